"""Found gold pairs whose predicted family is wrong, with the sentence and the rule (or the pair layer) that typed it.

    python3 bench/family_errors.py PREDICTED.json GOLD_DIR [GOLD_DIR ...]

PREDICTED.json is what `entente extract --format json` prints. Entities are matched to gold as
../shared/eval/score.py does (so the pairs are the ones its family accuracy counts). Each wrong pair prints its
document, the two gold names and kinds, gold families, predicted families with their relation types ("stated with"
is the learned pair layer), and the predicted evidence sentence; a count of (predicted → gold) family and of the
relation types that typed the wrong ones follows.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.gold_match import match_forms

_SCORE = Path(__file__).resolve().parent.parent.parent / "shared" / "eval" / "score.py"


def _norm():
    spec = importlib.util.spec_from_file_location("score", _SCORE)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.norm


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print(__doc__)
        return 2
    norm = _norm()
    pred = json.loads(Path(argv[0]).read_text(encoding="utf-8"))
    gold_dirs = [Path(a) for a in argv[1:]]
    forms: dict[str, dict[str, set[str]]] = {}
    for e in pred["entities"]:
        for m in e.get("mentions", []):
            forms.setdefault(m["document"], {}).setdefault(e["id"], set()).update({norm(m["text"]), norm(e["name"])})
    wrong, confusions, rules, found = [], Counter(), Counter(), 0
    for d in pred["documents"]:
        stem = Path(d["path"]).stem
        g = next((gd / f"{stem}.json" for gd in gold_dirs if (gd / f"{stem}.json").exists()), None)
        if g is None:
            continue
        gold = json.loads(g.read_text(encoding="utf-8"))
        gents = {ge["name"]: ge for ge in gold["entities"]}
        m = match_forms(forms.get(d["id"], {}), gold, norm)
        gfam: dict[frozenset, set[str]] = {}
        for r in gold.get("relations", []):
            if r["source"] != r["target"]:
                gfam.setdefault(frozenset((r["source"], r["target"])), set()).add(r.get("family", ""))
        pfam: dict[frozenset, list[tuple[str, str, str]]] = {}
        for r in pred["relations"]:
            ev = [e for e in r.get("evidence", []) if e.get("document") == d["id"]]
            if not ev or r.get("family") == "ASSOCIATION":
                continue
            a, b = m.get(r["source"]), m.get(r["target"])
            if a and b:
                pfam.setdefault(frozenset((a, b)), []).append((r["family"], r["type"], ev[0]["text"]))
        for pair, preds in pfam.items():
            if pair not in gfam:
                continue
            found += 1
            if {p[0] for p in preds} & gfam[pair]:
                continue
            kinds = "/".join(gents[n]["kind"] for n in sorted(pair))
            wrong.append((stem, pair, kinds, gfam[pair], preds))
            for p in preds:
                confusions[(p[0], "/".join(sorted(gfam[pair])))] += 1
                rules[p[1]] += 1
    for stem, pair, kinds, gf, preds in wrong:
        a, b = sorted(pair)
        print(f"\n{stem}: {a} — {b} [{kinds}] gold {sorted(gf)}")
        for fam, type_, text in preds:
            print(f"  pred {fam} ({type_}): {text[:300]}")
    print(f"\n{len(wrong)} of {found} found pairs have a wrong family")
    print("predicted → gold:", ", ".join(f"{p}→{g} {n}" for (p, g), n in confusions.most_common()))
    print("typed by:", ", ".join(f"{t} {n}" for t, n in rules.most_common()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
