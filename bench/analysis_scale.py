"""How the network questions scale: measures, communities and a path on a big generated project (figures).

    python bench/analysis_scale.py [--entities 5000] [--ties 30000]

Writes a project of N entities and M ties straight into a store (preferential attachment gives hubs, a fifth of
the ties are co-occurrence), then times reading its graph, each measure (first computed, then read back from the
project's cache), the communities and path queries between random pairs. The window computes measures and
communities on a worker; a path query is meant to answer within a second.
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

from core import analysis  # noqa: E402
from core.model import Family, Kind  # noqa: E402
from core.project import Project  # noqa: E402


def generate(path: Path, entities: int, ties: int, seed: int = 1) -> None:
    rng = random.Random(seed)
    with Project.open(path) as project:
        db = project._store._db  # a benchmark may write the tables directly: no NLP, no resolution
        db.execute("BEGIN")
        docs = max(1, ties // 30)
        db.executemany(
            "INSERT INTO documents (id, sha256, path, title, text, published, added_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(d, f"{d:064x}", f"d{d}.txt", f"Doc {d}", "x" * 40,
              f"{2010 + d % 12}-{1 + d % 12:02d}-01" if d % 5 else None, "2026-01-01") for d in range(1, docs + 1)],
        )  # fmt: skip
        kinds = list(Kind)
        db.executemany(
            "INSERT INTO entities (id, name, kind) VALUES (?, ?, ?)",
            [(i, f"Entity {i}", str(kinds[i % 4])) for i in range(1, entities + 1)],
        )
        # mentions hang on local entities: one per entity in a document of its own choosing
        db.executemany(
            "INSERT INTO local_entities (id, doc_id, idx, name, kind) VALUES (?, ?, ?, ?, ?)",
            [(i, 1 + i % docs, i, f"Entity {i}", str(kinds[i % 4])) for i in range(1, entities + 1)],
        )
        db.executemany("INSERT INTO mentions (local_entity, start, end, text) VALUES (?, 0, 4, 'x')",
                       [(i,) for i in range(1, entities + 1)])
        db.executemany("INSERT INTO entity_members (local_entity, entity) VALUES (?, ?)",
                       [(i, i) for i in range(1, entities + 1)])
        targets = [1, 2]
        families = [f for f in Family if f != Family.ASSOCIATION]
        rows, evidence = [], []
        for r in range(1, ties + 1):
            a = rng.randint(1, entities)
            b = rng.choice(targets) if rng.random() < 0.7 else rng.randint(1, entities)
            if a == b:
                b = a % entities + 1
            targets.append(a)
            family = Family.ASSOCIATION if rng.random() < 0.2 else rng.choice(families)
            rows.append((r, a, b, "tie", str(family)))
            evidence.append((r, 1 + rng.randrange(docs), 0, 4, "x"))
        db.executemany("INSERT INTO relations (id, source, target, type, family) VALUES (?, ?, ?, ?, ?)", rows)
        db.executemany("INSERT INTO relation_evidence (relation, doc_id, start, end, text) VALUES (?, ?, ?, ?, ?)",
                       evidence)
        db.execute("COMMIT")


def timed(what: str, work):
    start = time.perf_counter()
    result = work()
    print(f"{what:<44} {time.perf_counter() - start:8.2f} s")
    return result


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--entities", type=int, default=5000)
    ap.add_argument("--ties", type=int, default=30000)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "big.entente"
        timed(f"generate {args.entities} entities, {args.ties} ties", lambda: generate(path, args.entities, args.ties))
        with Project.open(path) as project:
            graph = timed("read the graph", project.graph)
            print(f"  {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges")
            timed("fingerprint (cache key)", lambda: analysis.fingerprint(graph))
            for name in analysis.MEASURES:
                timed(f"measure {name} (computed)", lambda n=name: project.measure(n, graph=graph))
                timed(f"measure {name} (from the project's cache)", lambda n=name: project.measure(n, graph=graph))
            groups = timed("communities (computed)", lambda: project.communities(graph=graph))
            sizes = sorted((list(groups.values()).count(g) for g in set(groups.values())), reverse=True)
            print(f"  {len(sizes)} groups, the largest {sizes[:5]}")
            timed("communities (from the project's cache)", lambda: project.communities(graph=graph))
            rng = random.Random(3)
            nodes = sorted(graph.nodes)
            times = []
            for _ in range(10):
                a, b = rng.sample(nodes, 2)
                start = time.perf_counter()
                analysis.paths(graph, a, b, limit=3)
                times.append(time.perf_counter() - start)
            print(f"{'path query, 3 paths (median of 10 pairs)':<44} {statistics.median(times):8.2f} s"
                  f"   (max {max(times):.2f} s)")
            top = timed("view: Top 200 by ties", lambda: project.view_graph(analysis.View(top=200)))
            print(f"  {top.number_of_nodes()} nodes, {top.number_of_edges()} edges")
            timed("view: focus 2 hops on the biggest hub", lambda: project.view_graph(analysis.View(focus=((1, 2),))))


if __name__ == "__main__":
    main()
