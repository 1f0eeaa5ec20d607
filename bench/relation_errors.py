"""False relations: the typed pairs an extraction states that the gold does not, as ../shared/eval/score.py counts them.

    python3 bench/relation_errors.py PREDICTED.json GOLD_DIR [GOLD_DIR ...]

PREDICTED.json is what `entente extract --format json` prints. Entities are matched to gold one-to-one as the
shared scorer matches them; a predicted pair counts as false when either end matches no gold entity ("?name") or
the gold states no relation between the two. Each false pair prints its document, the two ends, the predicted
types and families (type "stated with" is the learned pair layer) and the evidence sentence of that document;
then counts by cause: an end that is no gold entity, the pair layer, or the rules.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.gold_match import match_forms

SCORE = Path(__file__).resolve().parents[2] / "shared" / "eval" / "score.py"


def _norm():
    import importlib.util

    spec = importlib.util.spec_from_file_location("score", SCORE)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.norm


def false_pairs(pred: dict, gold_dirs: list[Path]) -> list[dict]:
    norm = _norm()
    docs = {d["id"]: d for d in pred["documents"]}
    names = {e["id"]: e["name"] for e in pred["entities"]}
    out = []
    for doc_id, d in docs.items():
        stem = Path(d["path"]).stem
        gpath = next((g / f"{stem}.json" for g in gold_dirs if (g / f"{stem}.json").exists()), None)
        if gpath is None:
            continue
        gold = json.loads(gpath.read_text(encoding="utf-8"))
        forms: dict[str, set[str]] = {}
        for e in pred["entities"]:
            for m in e.get("mentions", []):
                if m.get("document") == doc_id:
                    forms.setdefault(e["id"], {norm(e["name"])}).add(norm(m["text"]))
        m = match_forms(forms, gold, norm)
        gpairs = {frozenset((r["source"], r["target"])) for r in gold.get("relations", [])}
        seen: dict[frozenset, dict] = {}
        for r in pred["relations"]:
            ev = [x for x in r.get("evidence", []) if x.get("document") == doc_id]
            if not ev or r.get("family") == "ASSOCIATION":
                continue
            a = m.get(r["source"], "?" + names.get(r["source"], r["source"]))
            b = m.get(r["target"], "?" + names.get(r["target"], r["target"]))
            pair = frozenset((a, b))
            if pair in gpairs:
                continue
            row = seen.setdefault(pair, {"doc": stem, "ends": (a, b), "ties": [], "evidence": ev[0]["text"]})
            row["ties"].append(f"{r['type']} {r['family']}")
        out.extend(seen.values())
    return out


def cause(row: dict) -> str:
    if any(e.startswith("?") for e in row["ends"]):
        return "an end is no gold entity"
    if all(t.startswith("stated with") for t in row["ties"]):
        return "pair layer"
    return "rules"


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print(__doc__)
        return 2
    pred = json.loads(Path(argv[0]).read_text(encoding="utf-8"))
    rows = false_pairs(pred, [Path(p) for p in argv[1:]])
    for row in rows:
        a, b = row["ends"]
        print(f"[{row['doc'][:30]}] {a} -- {b}: {'; '.join(row['ties'])}  ({cause(row)})")
        print(f"    {row['evidence'][:240]!r}")
    print(f"\n{len(rows)} false pairs:", dict(Counter(cause(r) for r in rows)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
