"""A project of about 5,000 entities and 30,000 ties, opened in the real window: prints what a user would feel.

    python bench/big_project.py [--project PATH] [--stories 350] [--keep] [--shot FILE.png]

The project comes from this script's own generator: about 1,100 articles in story groups (a cast of states,
parties, officials and vessels per story, a few states and officials recurring across stories), written with
realistic names and sentence shapes. Running the NLP over all of them takes minutes on two shared cores, so the
generator writes each article together with its extraction (entities, mention offsets, stated and co-occurrence
ties, exactly as the extractor would store them) straight into the store, then runs the real cross-document
resolution. Then it opens the project in the real window (off-screen) and prints: the time from the project read
to the first network drawn (with no layout kept, then as after an add, which lays the network out as its last
step), the median and worst frame while panning and zooming with the mouse (measured in the page with
requestAnimationFrame), the time from a click on a node to the node panel showing it, and the resident memory of
the app and its web engine processes.
Figures, not a test.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from core.model import DocExtraction, Document, Family, Kind, LocalEntity, LocalRelation, Span  # noqa: E402


def _words(text: str) -> list[str]:
    return text.split()


FIRST = _words(
    "Kim Park Ri Choe Jang Han Ivan Sergei Dmitri Olga Natalia Ahmed Omar Layla Fatima Yusuf Hassan Carlos Miguel "
    "Lucia Elena Jorge Pedro Ana Wei Li Chen Mei Hiroshi Yuki Kenji John Sarah David Emma Michael Grace Pierre "
    "Claire Amara Kwame Thandiwe Arjun Priya Ravi Mehmet Ayse Nikos Eleni Tomas Marta Jan Sofia Lars Ingrid Tariq "
    "Nadia Rafael Beatriz Oleksandr Iryna"
)
LAST = _words(
    "Sokolov Petrenko Haddad Nasser Rahman Alvarez Moreno Castillo Ortega Zhang Liang Huang Tanaka Sato Nakamura "
    "Whitfield Harrington Caldwell Okafor Mensah Dlamini Banerjee Raghavan Yilmaz Demir Papadakis Novak Kowalski "
    "Lindqvist Halvorsen Qureshi Farouk Medina Salazar Bondarenko Kravets Volkov Morozov Lebedev Orlov Baranov "
    "Fedorov Khalil Mansour Saleh Aziz Barzani Tehrani Karimi Hosseini Navarro Dominguez Fuentes Herrera Villalobos "
    "Takahashi Matsumoto Fujimori Ashworth Pemberton Blackwood Eriksen Johansson Adeyemi Boateng Nkosi Mutasa"
)
PARTY_A = _words(
    "National Democratic Popular Socialist Liberal Green Progressive Patriotic Workers' United Free Republican "
    "Revolutionary Christian Civic Federal Agrarian Labour Reform Justice"
)
PARTY_B = ("Party", "Front", "Alliance", "Movement", "Congress", "Union", "League", "Coalition", "Bloc", "Rally")
VESSEL_A = _words(
    "Ocean Golden Northern Silver Eastern Crimson Pacific Atlantic Jade Amber Polar Coral Iron Morning Evening "
    "Royal Lucky Great Blue Red White Star Sea Grand Swift Bright Noble Quiet Wild Southern"
)
VESSEL_B = _words(
    "Star Pearl Glory Spirit Venture Harmony Dawn Fortune Pioneer Voyager Horizon Breeze Eagle Falcon Dragon "
    "Phoenix Trader Carrier Unity Promise Crown Lotus Wave Tide"
)
CITIES = ("Geneva", "Vienna", "Doha", "Beijing", "Moscow", "Havana", "Pyongyang", "Tehran", "Caracas", "Oslo")
PREFIX = ("MV", "MT", "MV", "MT", "SS")

# (family, type, sentence shape): {a} and {b} are the two ends; the tie runs a -> b
SHAPES: dict[tuple[str, str], tuple[tuple[Family, str, str], ...]] = {
    ("OFFICIAL", "STATE"): (
        (Family.LEADERSHIP, "leads", "{a}, the president of {b}, addressed the assembly on Tuesday."),
        (Family.DIPLOMACY, "visited", "{a} arrived in {b} for two days of talks with senior officials."),
        (Family.HOSTILITY, "accused", "{a} accused {b} of violating the ceasefire along the border."),
        (Family.REPORTING, "reported on", "According to {a}, {b} had moved troops closer to the coast."),
    ),
    ("OFFICIAL", "PARTY"): (
        (Family.MEMBERSHIP, "member", "{a}, a senior member of the {b}, told reporters the vote would go ahead."),
        (Family.LEADERSHIP, "leads", "{a}, who chairs the {b}, announced a new platform."),
        (Family.DEFECTION, "defected to", "{a} left his old party and joined the {b} last spring."),
    ),
    ("OFFICIAL", "OFFICIAL"): (
        (Family.DIPLOMACY, "met", "{a} met {b} in {city} to discuss the sanctions."),
        (Family.ALLIANCE, "backed", "{a} publicly backed {b} ahead of the election."),
        (Family.HOSTILITY, "criticised", "{a} sharply criticised {b} over the arms deal."),
        (Family.AGREEMENT, "signed with", "{a} and {b} signed a memorandum on energy cooperation."),
    ),
    ("STATE", "STATE"): (
        (Family.DIPLOMACY, "held talks with", "{a} held talks with {b} in {city} on Monday."),
        (Family.TRADE, "exported to", "{a} exported refined fuel to {b} in breach of the cap."),
        (Family.HOSTILITY, "condemned", "{a} condemned {b} for the missile launch."),
        (Family.ALLIANCE, "allied with", "{a} reaffirmed its defence pact with {b}."),
        (Family.ENFORCEMENT, "sanctioned", "{a} imposed new sanctions on {b} over its weapons programme."),
    ),
    ("VESSEL", "STATE"): (
        (Family.TRADE, "delivered to", "The {a} delivered a cargo of coal to {b} in March."),
        (Family.MEMBERSHIP, "flagged in", "The {a}, flagged in {b}, switched off its transponder."),
    ),
    ("STATE", "VESSEL"): ((Family.ENFORCEMENT, "seized", "{a} seized the {b} off its coast last week."),),
    ("VESSEL", "VESSEL"): (
        (Family.TRADE, "transferred to", "The {a} transferred oil to the {b} in a ship-to-ship operation."),
    ),
    ("PARTY", "STATE"): ((Family.MEMBERSHIP, "part of", "The {a} is the ruling party of {b}."),),
    ("PARTY", "PARTY"): (
        (Family.ALLIANCE, "allied with", "The {a} formed a coalition with the {b}."),
        (Family.HOSTILITY, "opposed", "The {a} walked out of parliament in protest at the {b}."),
    ),
    ("OFFICIAL", "VESSEL"): ((Family.ENFORCEMENT, "inspected", "{a} ordered an inspection of the {b}."),),
}
ASSOCIATION = "{a} and {b} were both named in the panel's latest report."
QUIET = "{a} declined to comment on the matter."


def _names(rng: random.Random) -> dict[str, list[str]]:
    import pycountry

    states = sorted({getattr(c, "common_name", None) or c.name for c in pycountry.countries if "," not in c.name})
    states = [s for s in states if "(" not in s]
    officials = [f"{f} {last}" for f in FIRST for last in LAST]
    parties = [f"{a} {b}" for a in PARTY_A for b in PARTY_B]
    vessels = [f"{p} {a} {b}" for a in VESSEL_A for b in VESSEL_B for p in PREFIX[:1]]
    for names in (officials, parties, vessels):
        rng.shuffle(names)
    return {"STATE": states, "OFFICIAL": officials, "PARTY": parties, "VESSEL": vessels}


class _Story:
    def __init__(self, rng: random.Random, pool: dict[str, list[str]], states: list[str], shared: list[str]) -> None:
        self.cast: list[tuple[str, str]] = []
        # a few states are in the news everywhere, most only now and then: the hubs of a real corpus
        weights = [1.0 / (1 + i) ** 0.9 for i in range(len(states))]
        for name in set(rng.choices(states, weights, k=rng.randint(2, 4))):
            self.cast.append((name, "STATE"))
        for kind, low, high in (("PARTY", 2, 4), ("OFFICIAL", 9, 14), ("VESSEL", 1, 4)):
            for _ in range(rng.randint(low, high)):
                if pool[kind]:
                    self.cast.append((pool[kind].pop(), kind))
        for name in rng.sample(shared, k=min(len(shared), rng.randint(0, 2))):  # officials who recur
            self.cast.append((name, "OFFICIAL"))


def _article(rng: random.Random, story: _Story, sentences: int, title: str) -> tuple[str, DocExtraction]:
    cast = rng.sample(story.cast, k=min(len(story.cast), rng.randint(9, 14)))
    local: dict[str, int] = {}
    entities: list[LocalEntity] = []
    relations: list[LocalRelation] = []
    text = title + "\n\n"

    def mention(name: str, kind: str, at: int) -> int:
        if name not in local:
            local[name] = len(entities)
            entities.append(LocalEntity(name, Kind(kind)))
        entities[local[name]].mentions.append(Span(at, at + len(name), name))
        return local[name]

    for k in range(sentences):
        if k % 6 == 5:
            text += "\n\n" if k % 12 == 11 else ""
        a, b = rng.sample(cast, 2)
        shapes = SHAPES.get((a[1], b[1])) or SHAPES.get((b[1], a[1]))
        if shapes and (a[1], b[1]) not in SHAPES:
            a, b = b, a
        roll = rng.random()
        if roll < 0.05:
            shape, family, kind = QUIET, None, ""
        elif roll < 0.3 or not shapes:
            shape, family, kind = ASSOCIATION, Family.ASSOCIATION, "appears with"
        else:
            family, kind, shape = rng.choice(shapes)
        sentence_start = len(text)
        shape = shape.replace("{city}", rng.choice(CITIES))
        before_a, rest = shape.split("{a}", 1)
        text += before_a
        ia = mention(a[0], a[1], len(text))
        text += a[0]
        if "{b}" in rest:
            between, after = rest.split("{b}", 1)
            text += between
            ib = mention(b[0], b[1], len(text))
            text += b[0] + after
        else:
            text += rest
            ib = None
        if family is not None and ib is not None:
            span = Span(sentence_start, len(text), text[sentence_start:])
            relations.append(LocalRelation(ia, ib, kind, family, span))
        text += " "
    return text.rstrip() + "\n", DocExtraction(entities, relations)


def generate(path: Path, stories: int, seed: int = 11) -> dict[str, float]:
    """Write the project at ``path``: ``stories`` story groups of 3 to 6 articles each."""
    from core.project import Project

    rng = random.Random(seed)
    pool = _names(rng)
    states = pool.pop("STATE")
    rng.shuffle(states)  # which states are in the news most: not the first in the alphabet
    shared = [pool["OFFICIAL"].pop() for _ in range(120)]
    started = time.perf_counter()
    articles = 0
    with Project.open(path) as project:
        store = project._store  # the generator stands in for the extractor: it writes what extraction would
        for s in range(stories):
            story = _Story(rng, pool, states, shared)
            for k in range(rng.randint(3, 6)):
                title = f"Story {s + 1}, part {k + 1}: talks, sanctions and ships"
                text, extraction = _article(rng, story, rng.randint(22, 31), title)
                sha = hashlib.sha256(text.encode()).hexdigest()
                document = Document(sha, f"generated/story-{s + 1:04d}-{k + 1}.txt", title, text, "2024-05-01")
                store.add_document(document, extraction)
                articles += 1
        written = time.perf_counter()
        project._resolve()
        resolved = time.perf_counter()
        counts = (len(project.entities()), len(project.relations()))
    return {
        "articles": articles,
        "entities": counts[0],
        "ties": counts[1],
        "write_s": written - started,
        "resolve_s": resolved - written,
    }


# -- measuring in the window -------------------------------------------------------------------------


def _wait(app: object, until, timeout: float = 120.0, step_ms: int = 5) -> float:
    from PySide6.QtCore import QEventLoop, QTimer

    start = time.perf_counter()
    while not until():
        if time.perf_counter() - start > timeout:
            raise TimeoutError("gave up waiting")
        loop = QEventLoop()
        QTimer.singleShot(step_ms, loop.quit)
        loop.exec()
    return time.perf_counter() - start


def _js(app: object, view: object, code: str) -> object:
    box: list[object] = []
    view.run_js(code, box.append)
    _wait(app, lambda: bool(box), 30)
    return box[0]


def _memory() -> dict[str, float]:
    """MB of this process and of its children (the web engine processes): resident (shared pages counted in
    every process that maps them) and proportional (shared pages split between them)."""
    import psutil

    me = psutil.Process(os.getpid())
    out = {"app_rss": 0.0, "app_pss": 0.0, "engine_rss": 0.0, "engine_pss": 0.0, "processes": 0}
    for proc in [me, *me.children(recursive=True)]:
        try:
            info = proc.memory_full_info()
        except psutil.Error:
            continue
        side = "app" if proc.pid == me.pid else "engine"
        if side == "engine" and os.environ.get("BENCH_MEMORY_DETAIL"):
            kind = next((a for a in proc.cmdline() if a.startswith("--type=")), "--type=?")
            print(f"    {kind[7:]:>10}: {info.rss / 2**20:6.0f} MB resident")
        out[f"{side}_rss"] += info.rss / 2**20
        out[f"{side}_pss"] += getattr(info, "pss", info.rss) / 2**20
        out["processes"] += 1
    return out


def _pointer(app: object, target: object, kind: str, x: float, y: float, pressed: bool) -> None:
    from PySide6.QtCore import QEvent, QPointF, Qt
    from PySide6.QtGui import QMouseEvent

    types = {"press": QEvent.Type.MouseButtonPress, "move": QEvent.Type.MouseMove,
             "release": QEvent.Type.MouseButtonRelease}
    local = QPointF(x, y)
    event = QMouseEvent(
        types[kind], local, target.mapToGlobal(local), Qt.MouseButton.LeftButton if kind != "move" else
        Qt.MouseButton.NoButton, Qt.MouseButton.LeftButton if pressed else Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    app.sendEvent(target, event)


def _wheel(app: object, target: object, x: float, y: float, delta: int) -> None:
    from PySide6.QtCore import QPoint, QPointF, Qt
    from PySide6.QtGui import QWheelEvent

    local = QPointF(x, y)
    event = QWheelEvent(local, target.mapToGlobal(local), QPoint(0, 0), QPoint(0, delta), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    app.sendEvent(target, event)


def _interact(app: object, window: object) -> dict[str, list[float]]:
    """Pan with the mouse, then zoom in and out with the wheel, recording frames in the page."""
    view = window.view
    target = view.click_target()
    w, h = target.width(), target.height()
    _js(app, view, "window.entente.startFrames()")
    x, y = w * 0.5, h * 0.5
    _pointer(app, target, "press", x, y, True)
    for k in range(60):  # a slow circle of drags, about 16 ms apart, as a hand moves
        x += 6 if (k // 15) % 2 == 0 else -6
        y += 4 if (k // 30) == 0 else -4
        _pointer(app, target, "move", x, y, True)
        _sleep(app, 16)
    _pointer(app, target, "release", x, y, False)
    _sleep(app, 400)
    for k in range(24):  # wheel in, then out
        _wheel(app, target, w * 0.45, h * 0.45, 120 if k < 12 else -120)
        _sleep(app, 40)
    _sleep(app, 600)
    data = json.loads(_js(app, view, "window.entente.frames()"))
    return data


def _sleep(app: object, ms: int) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def _open_window(app: object, path: Path) -> tuple[object, float]:
    """The real main window on ``path`` (settings in a scratch file); returns it and when it drew the network."""
    from PySide6.QtCore import QSettings

    from desktop.main_window import MainWindow
    from desktop.settings import Settings

    drawn: list[float] = []
    scratch = Path(tempfile.mkdtemp(prefix="entente-bench-settings-"))
    settings = Settings(QSettings(str(scratch / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(path, settings, add_default_corpus=False)
    window.resize(1440, 900)
    window.show()
    window.graphDrawn.connect(lambda n: drawn.append(time.perf_counter()) if n > 0 else None)
    _wait(app, lambda: bool(drawn), timeout=600)
    return window, drawn[0]


def _timed_reader(marks: dict[str, object]):
    """``workers.read_snapshot`` as the window runs it, noting when the project is read and when laid out."""
    from core.graph import build_graph
    from core.layout import MAX_TIDY_NODES
    from core.project import Project
    from desktop import workers

    def read(db_path: Path) -> workers.Snapshot:
        marks["start"] = time.perf_counter()
        with Project.open(db_path) as project:
            documents, entities, relations = project.documents(), project.entities(), project.relations()
            graph = build_graph(entities, relations)
            machine = project.machine_state()  # what the analyst's edits replay over, read here as the window does
            marks["read"] = time.perf_counter()
            positions, how = project.network_layout(graph) if len(graph) > MAX_TIDY_NODES else (None, "small")
            marks["laid_out"] = time.perf_counter()
            marks["how"] = how
        return workers.Snapshot(documents, entities, relations, graph, machine, positions)

    return read


def measure(path: Path, shot: Path | None) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
    os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox")
    os.environ["ENTENTE_TEST_HOOKS"] = "1"  # the page's frame probe
    import sqlite3

    from desktop import workers
    from desktop.app import apply_theme
    from desktop.headless import _application

    with sqlite3.connect(path) as db:  # the first open below lays the project out, as the first open ever does
        db.execute("DELETE FROM layout_positions")
        db.execute("DELETE FROM layout_state")
    app = _application()
    apply_theme(app)
    marks: dict[str, object] = {}
    original = workers.read_snapshot
    workers.read_snapshot = _timed_reader(marks)
    print(f"load average while measuring: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    window = None
    for attempt in ("open with no layout kept (a project laid out by no add yet)", "first open after the add"):
        if window is not None:
            window.close()
            window.deleteLater()
            _sleep(app, 500)
            with sqlite3.connect(path) as db:  # as the add left it: laid out by its last step, timed here
                db.execute("DELETE FROM layout_positions")
                db.execute("DELETE FROM layout_state")
            from core.project import Project

            started = time.perf_counter()
            with Project.open(path) as project:
                how = project.network_layout(project.graph())[1]
            print(f"the add's last step, laying out the network and keeping it: {time.perf_counter() - started:.2f} s"
                  f" ({how}; on the add's worker, before the window reads the project)")
        marks.clear()
        started = time.perf_counter()
        window, drawn = _open_window(app, path)
        print(f"{attempt}: layout {marks['how']}")
        print(f"  window made → project read      {marks['read'] - started:7.2f} s   (on a worker)")
        print(f"  layout                          {marks['laid_out'] - marks['read']:7.2f} s")
        print(f"  project read → network drawn    {drawn - marks['read']:7.2f} s")
    workers.read_snapshot = original

    _sleep(app, 3000)  # the page collects its garbage two seconds after its last frame
    _print_memory("memory with the project drawn")
    if shot is not None:  # what the user sees on opening the project
        window.grab().save(str(shot))
        print(f"screenshot: {shot}")
    frames = _interact(app, window)
    intervals = sorted(frames["intervals"][1:]) or [0.0]
    draws = sorted(frames["draws"]) or [0.0]
    print(f"panning and zooming: {len(intervals)} frames (requestAnimationFrame intervals in the page)")
    print(f"  frame   median {statistics.median(intervals):6.1f} ms   worst {intervals[-1]:6.1f} ms")
    print(f"  drawing median {statistics.median(draws):6.1f} ms   worst {draws[-1]:6.1f} ms   (vis-network + names)")

    # click a node as a user does (zoomed in on its neighbourhood) and time until the node panel shows it
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    view = window.view
    ranked = sorted(window.graph.nodes, key=lambda n: -window.graph.degree(n))
    for hub in (ranked[len(ranked) // 20], ranked[len(ranked) // 200], ranked[len(ranked) // 2]):
        view.select_node(hub)
        _sleep(app, 1500)
        target = view.click_target()
        for _ in range(2):  # then the wheel, over the node, until it is big enough to aim at
            spot: list[object] = []
            view.node_view_position(hub, spot.append)
            _wait(app, lambda spot=spot: bool(spot))
            for _ in range(12):
                _wheel(app, target, spot[0].x(), spot[0].y(), 120)
                _sleep(app, 30)
            _sleep(app, 800)
        spot = []
        view.node_view_position(hub, spot.append)
        _wait(app, lambda spot=spot: bool(spot))
        point = spot[0]
        heard: list[tuple[int, float]] = []
        view.nodeClicked.connect(lambda node, heard=heard: heard.append((node, time.perf_counter())))
        started = time.perf_counter()
        QTest.mouseClick(target, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
        try:
            _wait(app, lambda heard=heard: bool(heard) and window.details.node.entity_id == heard[0][0], 5, 1)
        except TimeoutError:
            print(f"click → node panel: no node answered the click at {window.entities[hub].name}'s place")
            continue
        took = (time.perf_counter() - started) * 1000
        node, at = heard[0]
        print(f"click → node panel: {took:6.0f} ms  (page → app {(at - started) * 1000:.0f} ms; "
              f"{window.entities[node].name}, {window.graph.degree(node)} ties)")
        _sleep(app, 1000)
    if shot is not None:  # zoomed in on the last node clicked, its neighbourhood in focus
        focused = shot.with_name(shot.stem + "-focus" + shot.suffix)
        window.grab().save(str(focused))
        print(f"screenshot: {focused}")
    _sleep(app, 3000)
    _print_memory("memory after panning, zooming and clicks")
    window.close()
    window.deleteLater()
    _sleep(app, 300)


def _print_memory(title: str) -> None:
    m = _memory()
    print(f"{title}: {m['app_rss'] + m['engine_rss']:6.0f} MB resident in {m['processes']:.0f} processes "
          f"(app {m['app_rss']:.0f} MB, web engine {m['engine_rss']:.0f} MB); proportional set size "
          f"{m['app_pss'] + m['engine_pss']:.0f} MB (app {m['app_pss']:.0f}, web engine {m['engine_pss']:.0f})")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--project", type=Path, help="where to write the project (default: a temporary folder)")
    parser.add_argument("--stories", type=int, default=350)
    parser.add_argument("--keep", action="store_true", help="reuse --project if it exists")
    parser.add_argument("--shot", type=Path, help="save a screenshot of the window here")
    parser.add_argument("--generate-only", action="store_true")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="entente-big-"))
    path = args.project or folder / "big.entente"
    if not (args.keep and path.exists()):
        if path.exists():
            path.unlink()
        made = generate(path, args.stories)
        print(
            f"generated {made['articles']} articles → {made['entities']} entities, {made['ties']} ties "
            f"(written in {made['write_s']:.1f} s, resolved in {made['resolve_s']:.1f} s)"
        )
    if not args.generate_only:
        measure(path, args.shot)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
