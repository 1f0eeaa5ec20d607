"""How the network's layout and page data scale with graph size (figures, not a test).

    python bench/graph_scale.py [--sizes 50,200,500,1000] [--draw]

For synthetic graphs of N entities with about 2.5 ties per entity (hubs, a share of co-occurrence ties, some
loose nodes, like an extracted corpus), times ``core.page.layout`` (which uses ``core.layout.tidy_layout`` up to
``MAX_TIDY_NODES``), the whole ``graph_payload`` (layout + pyvis data), and with ``--draw`` the time from
``NetworkView.show_graph`` to the page's ``drawn`` signal in an off-screen view. Prints a table.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from itertools import pairwise
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import networkx as nx  # noqa: E402

from core.graph import build_graph  # noqa: E402
from core.layout import MAX_TIDY_NODES  # noqa: E402
from core.model import Family, Kind  # noqa: E402
from core.page import graph_payload, layout  # noqa: E402
from core.records import EntityInfo, RelationInfo, TextRef  # noqa: E402

_WORDS = ("North", "Grand", "Union", "Party", "Minister", "Republic", "Star", "Council", "Vessel", "People's")


def synthetic_graph(n: int, ties_per_node: float = 2.5, seed: int = 1) -> nx.MultiDiGraph:
    """``n`` entities and about ``ties_per_node * n`` ties: preferential attachment gives hubs, a fifth of the
    ties are co-occurrence (hidden by default), and about one node in ten has no tie at all."""
    rng = random.Random(seed)
    ref = TextRef(1, 0, 4, "text")
    kinds = list(Kind)
    families = [f for f in Family if f is not Family.ASSOCIATION]
    entities = [
        EntityInfo(i, f"{rng.choice(_WORDS)} {rng.choice(_WORDS)} {i}", rng.choice(kinds), (), (ref,))
        for i in range(1, n + 1)
    ]
    tied = [e.id for e in entities if rng.random() > 0.1]
    relations = []
    ends = tied[:2]
    for rid in range(1, round(ties_per_node * n) + 1):
        source = rng.choice(tied)
        target = rng.choice(ends) if rng.random() < 0.6 else rng.choice(tied)
        if source == target:
            continue
        family = Family.ASSOCIATION if rng.random() < 0.2 else rng.choice(families)
        evidence = (ref,) * rng.choice((1, 1, 1, 2, 3))
        relations.append(RelationInfo(rid, source, target, "tie", family, evidence))
        ends += [source, target]
    return build_graph(entities, relations)


def _best(func, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return min(times)


def _draw_times(graphs: dict[int, nx.MultiDiGraph], background: bool) -> dict[int, tuple[float, float]]:
    """Per size: seconds from ``show_graph`` to ``drawn``, and the longest the GUI thread went without running a
    20 ms timer meanwhile (what a user feels as a frozen window)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
    os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox")
    from PySide6.QtCore import QEventLoop, QTimer

    from desktop.headless import _application
    from desktop.network_view import NetworkView

    _application()
    out: dict[int, tuple[float, float]] = {}
    for n, graph in graphs.items():
        view = NetworkView(background_layout=background)
        view.resize(1200, 800)
        view.show()
        loop = QEventLoop()
        view.ready.connect(loop.quit)
        if not view.is_ready():
            loop.exec()
        ticks: list[float] = []
        timer = QTimer()
        timer.timeout.connect(lambda ticks=ticks: ticks.append(time.perf_counter()))
        timer.start(20)
        loop = QEventLoop()
        QTimer.singleShot(100, loop.quit)  # let the timer get going
        loop.exec()
        loop = QEventLoop()
        view.drawn.connect(lambda _count, loop=loop: loop.quit())
        QTimer.singleShot(120_000, loop.quit)
        start = time.perf_counter()
        view.show_graph(graph)
        loop.exec()
        end = time.perf_counter()
        timer.stop()
        during = [max(t for t in ticks if t < start)] + [t for t in ticks if start <= t <= end] + [end]
        out[n] = (end - start, max(b - a for a, b in pairwise(during)))
        view.close()
        view.deleteLater()
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="50,200,500,1000")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument(
        "--draw",
        action="store_true",
        help="also time show_graph → drawn in an off-screen view, off and on the GUI thread",
    )
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    graphs = {n: synthetic_graph(n) for n in sizes}
    graph_payload(graphs[sizes[0]])  # import pyvis once, outside the timings
    draw = _draw_times(graphs, background=True) if args.draw else {}
    inline = _draw_times(graphs, background=False) if args.draw else {}
    print(
        f"{'nodes':>6} {'edges':>6} {'layout':>8} {'ms/node':>8} {'payload':>8}   {'draw':>6} {'max GUI gap':>12}"
        f"   {'in-line draw':>12} {'max GUI gap':>12}  method"
    )
    for n, graph in graphs.items():
        t_layout = _best(lambda g=graph: layout(g), args.repeat)
        t_payload = _best(lambda g=graph: graph_payload(g), args.repeat)
        method = "tidy" if n <= MAX_TIDY_NODES else "groups (core.big_layout), no physics"
        shown = "".join(
            f"   {d[n][0]:5.2f}s {d[n][1] * 1000:10.0f}ms" if n in d else f"   {'-':>6} {'-':>12}" for d in (draw,)
        ) + "".join(f"   {d[n][0]:11.2f}s {d[n][1] * 1000:10.0f}ms" if n in d else "" for d in (inline,))
        print(
            f"{n:6d} {graph.number_of_edges():6d} {t_layout:7.3f}s {t_layout / n * 1000:7.2f}  {t_payload:7.3f}s{shown}"
            f"  {method}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
