"""Gold pairs the relation rules find with gold entities placed, but the whole pipeline misses: the recall lost to
entities (an end not found, found under another name, or found but not where the tie is stated).

    PYTHONPATH=. .venv/bin/python bench/entity_gap.py PREDICTED.json CORPUS_DIR [CORPUS_DIR ...]

PREDICTED.json is what `entente extract --format json` prints for the corpora's texts. Entities are matched to gold
one-to-one as ../shared/eval/score.py matches them (bench/gold_match.py). Each lost pair prints its document, its
gold ends, why it is lost ('no entity for X': X matched no predicted entity; 'untyped': both matched, the pipeline
gave the pair no typed relation) and the gold evidence; then the counts by cause.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.gold_match import match_forms
from bench.relation_dev import gold_entities
from bench.relation_errors import _norm
from core.extract.nlp import load_nlp
from core.extract.relations import find_relations
from core.model import Family


def pipeline_pairs(pred: dict, doc_id: str, gold: dict, norm) -> tuple[set[frozenset], set[str]]:
    """The gold-named pairs the prediction types in one document, and the gold names it matched."""
    forms: dict[str, set[str]] = {}
    for e in pred["entities"]:
        for m in e.get("mentions", []):
            if m.get("document") == doc_id:
                forms.setdefault(e["id"], {norm(e["name"])}).add(norm(m["text"]))
    m = match_forms(forms, gold, norm)
    pairs = set()
    for r in pred["relations"]:
        if r.get("family") == "ASSOCIATION" or not any(x.get("document") == doc_id for x in r.get("evidence", [])):
            continue
        a, b = m.get(r["source"]), m.get(r["target"])
        if a and b:
            pairs.add(frozenset((a, b)))
    return pairs, set(m.values())


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print(__doc__)
        return 2
    pred = json.loads(Path(argv[0]).read_text(encoding="utf-8"))
    by_stem = {Path(d["path"]).stem: d["id"] for d in pred["documents"]}
    norm = _norm()
    nlp = load_nlp()
    causes: Counter[str] = Counter()
    placed_total = 0
    for corpus in map(Path, argv[1:]):
        for gpath in sorted((corpus / "gold").glob("*.json")):
            gold = json.loads(gpath.read_text(encoding="utf-8"))
            doc_id = by_stem.get(gpath.stem)
            if doc_id is None:
                continue
            text = (corpus / gold["document"]).read_text(encoding="utf-8")
            entities = gold_entities(text, gold)
            placed = {
                frozenset((entities[r.source].name, entities[r.target].name))
                for r in find_relations(nlp(text), entities)
                if r.family is not Family.ASSOCIATION
            }
            gev = {frozenset((r["source"], r["target"])): r for r in gold["relations"] if r["source"] != r["target"]}
            placed &= set(gev)
            placed_total += len(placed)
            found, matched = pipeline_pairs(pred, doc_id, gold, norm)
            for key in sorted(placed - found, key=sorted):
                lost = [n for n in sorted(key) if n not in matched]
                why = "; ".join(f"no entity for {n}" for n in lost) or "untyped"
                causes["no entity" if lost else "untyped"] += 1
                print(f"[{gpath.stem[:30]}] {' -- '.join(sorted(key))}: {why}")
                print(f"    {gev[key].get('evidence', '')[:240]!r}")
    print(f"\n{sum(causes.values())} of {placed_total} pairs found with gold entities placed are lost:", dict(causes))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
