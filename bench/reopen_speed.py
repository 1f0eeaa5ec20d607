"""How fast a processed project reopens, and what it costs to extract it the first time.

    python bench/reopen_speed.py [--copies N ...]

For each size, the default corpus is stored N times over (each copy made distinct, so every copy is really
extracted), then the project is reopened in a fresh process the way the window does it: open the file, read
the documents, build the network graph. Prints the first extraction's time, the reopen time and the file size.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from core.ingest import ingest  # noqa: E402
from core.model import Document  # noqa: E402

REOPEN = """
import sys, time
start = time.perf_counter()
from core.project import Project
with Project.open(sys.argv[1]) as project:
    docs = project.documents()
    graph = project.graph()
print(f"{time.perf_counter() - start:.3f} {len(docs)} {graph.number_of_nodes()} {graph.number_of_edges()} "
      f"{'spacy' in sys.modules}")
"""


def build(folder: Path, copies: int) -> tuple[Path, float]:
    from core.project import Project

    base = [d for d in ingest([ROOT / "resources" / "corpus"]) if isinstance(d, Document)]
    articles = folder / "articles"
    articles.mkdir()
    for i in range(copies):
        for d in base:
            (articles / f"{i:03}_{Path(d.path).name}").write_text(f"Copy {i}.\n\n{d.text}", encoding="utf-8")
    db = folder / "bench.entente"
    start = time.perf_counter()
    with Project.open(db) as project:
        project.add_all([articles])
    return db, time.perf_counter() - start


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--copies", type=int, nargs="+", default=[1, 4, 16])
    args = ap.parse_args()
    print(f"{'documents':>9} {'first add':>10} {'reopen':>8} {'nodes':>6} {'edges':>6} {'file':>8}  spaCy imported")
    for copies in args.copies:
        with tempfile.TemporaryDirectory(prefix="entente-bench-") as tmp:
            db, first = build(Path(tmp), copies)
            out = subprocess.run(
                [sys.executable, "-c", REOPEN, str(db)], cwd=ROOT, capture_output=True, text=True, check=True
            ).stdout.split()
            seconds, docs, nodes, edges, spacy = out
            size = db.stat().st_size + sum(p.stat().st_size for p in db.parent.glob("bench.entente-*"))
            print(f"{docs:>9} {first:>9.1f}s {float(seconds):>7.2f}s {nodes:>6} {edges:>6} {size / 2**20:>6.1f}MB  "
                  f"{spacy}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
