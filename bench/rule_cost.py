"""CPU time of Entente's own work around spaCy, as a share of spaCy's parse time, stage by stage.

    python bench/rule_cost.py [--repeat N] [PATH ...]     (default: the 82 real articles and the default corpus)

CPU time (``time.process_time``), not wall time, so other programs on a shared machine move the figures less;
each stage is timed over every article, ``--repeat`` times, and the best pass is printed. The parse is the
pipeline as extraction runs it (short texts in batches, see ``pipeline.parse_ahead``) next to spaCy's own
``nlp.pipe`` of the plain model; the rules are ``find_entities`` and ``find_relations`` on the parsed documents.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import spacy  # noqa: E402

from core.extract import pipeline  # noqa: E402
from core.extract.clean import clean  # noqa: E402
from core.extract.entities import find_entities  # noqa: E402
from core.extract.nlp import MODEL, load_nlp  # noqa: E402
from core.extract.relations import find_relations  # noqa: E402
from core.ingest import ingest  # noqa: E402
from core.model import Document  # noqa: E402

DEFAULT = [ROOT / "bench" / "real" / s for s in ("dev", "holdout", "blind4")] + [ROOT.parent / "shared" / "corpus"]


def best(run, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.process_time()
        run()
        times.append(time.process_time() - start)
    return min(times)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("paths", nargs="*", default=[str(p) for p in DEFAULT])
    ap.add_argument("--repeat", type=int, default=5, help="passes per stage; the best is kept (default 5)")
    args = ap.parse_args()
    docs = [d for d in ingest(args.paths) if isinstance(d, Document)]
    texts = [clean(d.text).text for d in docs]
    plain, nlp = spacy.load(MODEL), load_nlp()
    parsed = [nlp(t) for t in texts]
    entities = [find_entities(d) for d in parsed]
    list(plain.pipe(texts, batch_size=8))
    starts = _batch_starts(docs) if hasattr(pipeline, "parse_ahead") else []

    stages = {
        "spaCy nlp.pipe (plain model)": lambda: list(plain.pipe(texts, batch_size=8)),
        "parse as extraction runs it": lambda: (
            [pipeline.parse_ahead(docs, i) or nlp(texts[i]) for i in starts]
            if starts
            else [nlp(t) for t in texts]  # a tree from before parse_ahead: one text at a time
        ),
        "clean": lambda: [clean(d.text) for d in docs],
        "entity rules": lambda: [find_entities(d) for d in parsed],
        "relation rules": lambda: [find_relations(d, e) for d, e in zip(parsed, entities, strict=True)],
        "whole extraction": lambda: list(pipeline.extract_documents(docs)),
    }
    seconds = {name: best(run, args.repeat) for name, run in stages.items()}
    spacy_time = seconds["spaCy nlp.pipe (plain model)"]
    words = sum(len(t.split()) for t in texts)
    print(f"{len(docs)} documents, {words} words; CPU seconds, best of {args.repeat}")
    for name, value in seconds.items():
        print(f"{name:<30} {value:7.3f} s  {value / spacy_time * 100:6.1f}% of spaCy's nlp.pipe")
    rules = seconds["entity rules"] + seconds["relation rules"]
    print(f"{'rules together':<30} {rules:7.3f} s  {rules / spacy_time * 100:6.1f}% of spaCy's nlp.pipe")
    return 0


def _batch_starts(docs: list[Document]) -> list[int]:
    """Where ``extract_documents`` starts each batch (a long document is a batch of its own)."""
    starts, index = [], 0
    while index < len(docs):
        starts.append(index)
        index += max(1, len(pipeline.parse_ahead(docs, index)))
    return starts


if __name__ == "__main__":
    sys.exit(main())
