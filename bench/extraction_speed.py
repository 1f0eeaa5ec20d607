"""Extraction speed against spaCy's own ``nlp.pipe`` over the same text with the same model.

    python bench/extraction_speed.py [--repeat N] [PATH ...]

Prints words per second for both, and the ratio (Entente's time / spaCy's time); the target is at most 1.3.
The spaCy side is the plain model as shipped; Entente's side is its whole extraction (its own pipeline
components, entity and relation rules). Each pass runs on copies of the articles with a per-pass marker,
so spaCy's caches do not flatter either side.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import spacy  # noqa: E402

from core.extract import extract_documents  # noqa: E402
from core.extract.nlp import MODEL  # noqa: E402
from core.ingest import ingest  # noqa: E402
from core.model import Document  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("paths", nargs="*", default=[str(ROOT / "resources" / "corpus")])
    ap.add_argument("--repeat", type=int, default=8, help="passes over the articles (default 8)")
    args = ap.parse_args()

    base = [d for d in ingest(args.paths) if isinstance(d, Document)]
    docs = [
        Document(sha256=f"{d.sha256}-{i}", path=d.path, title=d.title, text=f"Pass {i}.\n\n{d.text}")
        for i in range(args.repeat)
        for d in base
    ]
    words = sum(len(d.text.split()) for d in docs)
    nlp = spacy.load(MODEL)  # the plain model: Entente's own components count against Entente
    list(nlp.pipe(d.text for d in docs[: len(base)]))  # warm-up: both sides then run on a loaded model
    list(extract_documents(base))

    timings = {}
    for name, run in (
        ("spaCy nlp.pipe", lambda: list(nlp.pipe((d.text for d in docs), batch_size=8))),
        ("Entente extract", lambda: list(extract_documents(docs, batch_size=8))),
    ):
        start = time.perf_counter()
        run()
        timings[name] = time.perf_counter() - start

    print(f"{len(docs)} documents, {words} words ({len(base)} articles x {args.repeat} passes)")
    for name, seconds in timings.items():
        print(f"{name:<16} {seconds:7.2f} s  {words / seconds:8.0f} words/s")
    ratio = timings["Entente extract"] / timings["spaCy nlp.pipe"]
    print(f"ratio            {ratio:7.2f}x  (target <= 1.30)")
    print(f"peak memory      {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:7.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
