"""How long an analyst's edit takes on a big project (figures, not a test).

    python bench/edit_speed.py [--entities 2000] [--docs 400] [--repeat 5]

Builds a project of synthetic articles whose extractions are written straight into the store (no NLP: an edit
never re-extracts), about ``--entities`` entities and several ties each, then times each kind of edit from the
call to ``Project.apply``/``undo``/``redo`` until the edited entities and relations are ready, the cold first edit
(which loads the machine's network), the full replay after a machine resolution, and the window's re-read.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from core import edits  # noqa: E402
from core.model import DocExtraction, Document, Family, Kind, LocalEntity, LocalRelation, Span  # noqa: E402
from core.project import Project  # noqa: E402

_SYLLABLES = ("ka", "ro", "mi", "ta", "lo", "ven", "dra", "sul", "bex", "nor", "qui", "zan", "pel", "gor")
_VERBS = (("met", Family.DIPLOMACY), ("attacked", Family.HOSTILITY), ("joined", Family.MEMBERSHIP),
          ("traded with", Family.TRADE), ("praised", Family.ALLIANCE))


def _name(rng: random.Random, i: int) -> str:
    word = "".join(rng.choice(_SYLLABLES) for _ in range(3)).capitalize()
    return f"{word} Union {i}"


def build(path: Path, n_entities: int, n_docs: int, seed: int = 7) -> None:
    """Synthetic articles: each sentence ties two entities, chosen with hubs, so ties repeat across documents."""
    rng = random.Random(seed)
    names = [_name(rng, i) for i in range(n_entities)]
    kinds = [rng.choice((Kind.STATE, Kind.PARTY, Kind.VESSEL)) for _ in names]
    weights = [1 / (i + 1) ** 0.6 for i in range(n_entities)]
    order = list(range(n_entities))
    rng.shuffle(order)
    with Project.open(path) as project:
        store = project._store
        for d in range(n_docs):
            # every entity appears at least once: walk the shuffled list, plus hub-weighted picks
            picked = order[d * n_entities // n_docs:(d + 1) * n_entities // n_docs]
            picked += rng.choices(range(n_entities), weights, k=12)
            picked = list(dict.fromkeys(picked))
            text, local, relations = "", {}, []
            for _ in range(20):
                a, b = rng.sample(picked, 2)
                verb, family = rng.choice(_VERBS)
                start = len(text)
                for who in (a, b):
                    if who not in local:
                        local[who] = LocalEntity(names[who], kinds[who])
                sentence = f"{names[a]} {verb} {names[b]}."
                text += sentence + " "
                local[a].mentions.append(Span(start, start + len(names[a]), names[a]))
                b_at = start + len(names[a]) + len(verb) + 2
                local[b].mentions.append(Span(b_at, b_at + len(names[b]), names[b]))
                idx = list(local)
                relations.append(LocalRelation(idx.index(a), idx.index(b), verb, family,
                                               Span(start, start + len(sentence), sentence)))
            doc = Document(f"{d:064x}", f"/synthetic/article{d}.txt", f"Article {d}", text.strip() + "\n")
            store.add_document(doc, DocExtraction(list(local.values()), relations))
        project._resolve()


def timed(work) -> float:
    t = time.perf_counter()
    work()
    return (time.perf_counter() - t) * 1000


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--entities", type=int, default=2000)
    ap.add_argument("--docs", type=int, default=400)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="entente-bench-"))
    path = folder / "big.entente"
    t = time.perf_counter()
    build(path, args.entities, args.docs)
    print(f"built in {time.perf_counter() - t:.1f} s: ", end="")
    with Project.open(path) as project:
        ents, rels = project.entities(), project.relations()
        print(f"{len(project.documents())} documents, {len(ents)} entities, {len(rels)} relations")
        rng = random.Random(3)

        def ready() -> None:
            project.entities()
            project.relations()

        cold = timed(lambda: (project.apply(edits.confirm(rng.choice(ents))), ready()))
        figures: dict[str, list[float]] = {}

        def measure(label: str, make) -> None:
            for _ in range(args.repeat):
                current = project.entities()
                edit = make(current)
                figures.setdefault(label, []).append(timed(lambda e=edit: (project.apply(e), ready())))

        def pair(current):
            return rng.sample(current, 2)

        measure("rename", lambda c: edits.rename(rng.choice(c), f"Renamed {rng.random():.6f}"))
        measure("kind", lambda c: edits.set_kind(rng.choice(c), "PARTY"))
        measure("merge", lambda c: edits.merge(pair(c)))
        measure("reject", lambda c: edits.reject(rng.choice(c)))
        measure("add-entity", lambda c: edits.add_entity(f"Bench Entity {rng.random():.6f}"[:0] or
                                                         rng.choice(c).name.split()[0], "PARTY"))
        doc = project.documents()[0]
        sentence = project.sentence_at(doc.id, 5)
        measure("add-tie", lambda c: edits.add_tie(*pair(c), "TRADE", "sells to", sentence))
        for label, step in (("undo", project.undo), ("redo", project.redo)):
            figures[label] = [timed(lambda s=step: (s(), ready())) for _ in range(args.repeat)]
        log_size = len(project.edit_log())
    with Project.open(path) as reader, Project.open(path) as window:  # the window's worker reads, it adopts
        reader.entities()  # the worker's re-read replays the log (and searches the added names) first
        state = reader.machine_state()
        window.adopt(state)
        adopted = timed(lambda: (window.apply(edits.confirm(rng.choice(window.entities()))), window.entities(),
                                 window.relations()))
    with Project.open(path) as project:  # a fresh open: the machine's network loads, the whole log replays
        reopen = timed(lambda: (project.entities(), project.relations()))
        resolve = timed(project._resolve)
        replay = timed(lambda: (project.entities(), project.relations()))
        snapshot = timed(lambda: (project.documents(), project.graph()))

    print(f"\nedit answers (ms, {args.repeat} runs each; the edited entities and relations ready):")
    print(f"  {'edit':<12} {'median':>8} {'max':>8}")
    for label, values in figures.items():
        print(f"  {label:<12} {statistics.median(values):>8.1f} {max(values):>8.1f}")
    print(f"\n  first edit after opening (loads the machine's network): {cold:.0f} ms")
    print(f"  first edit when the network read on a worker was adopted (as the window does): {adopted:.0f} ms")
    print(f"  reopen with a log of {log_size} edits, network ready: {reopen:.0f} ms")
    print(f"  machine resolution again (no NLP): {resolve:.0f} ms, then full replay of the log: {replay:.0f} ms")
    print(f"  graph for the window after that: {snapshot:.0f} ms")


if __name__ == "__main__":
    main()
