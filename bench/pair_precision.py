"""Precision of the rules' typed pairs between two gold entities, by relation type, family and the ends' kinds.

    python3 bench/pair_precision.py [--by type|family-kinds|group] [--show TYPE] PRED.json:GOLD_DIR [...]

Each argument pairs a prediction (what `entente extract --format json` prints) with its gold directory. Entities are
matched to gold as ../shared/eval/score.py matches them (bench/relation_errors.py); only pairs whose two ends are
gold entities are counted (a pair with an end that is no gold entity is the entity stage's error, not a rule's), and
ASSOCIATION ties are left out as the scorer leaves them out. A pair is right when the gold ties the two ends at all.

Why: relation_errors.py lists the false pairs of one set; to narrow a rule one needs, for the pairs it makes in a
shape, how many are right as well as how many are false, summed over many sets. ``--by type`` counts each relation
type over the pairs it types (all, and alone: the pairs no other type also ties); ``--by family-kinds`` counts each
(family, gold kinds of the two ends); ``--by group`` the four broad groups (the speaker's 'reported on', a name's
'part of', a post or owner 'X of', the acts of verbs and nouns). ``--show TYPE`` prints the pairs a type types alone,
false first, with the gold's families and the sentence.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.gold_match import match_forms
from bench.relation_errors import _norm


def typed_pairs(pred: dict, gold_dir: Path, norm) -> list[dict]:
    """Every typed pair of ``pred`` between two gold entities, with its ties, kinds, gold families and sentence."""
    out = []
    for d in pred["documents"]:
        doc_id, stem = d["id"], Path(d["path"]).stem
        gpath = gold_dir / f"{stem}.json"
        if not gpath.exists():
            continue
        gold = json.loads(gpath.read_text(encoding="utf-8"))
        kinds = {e["name"]: e.get("kind", "?") for e in gold.get("entities", [])}
        forms: dict[str, set[str]] = {}
        for e in pred["entities"]:
            for m in e.get("mentions", []):
                if m.get("document") == doc_id:
                    forms.setdefault(e["id"], {norm(e["name"])}).add(norm(m["text"]))
        match = match_forms(forms, gold, norm)
        gfam: dict[frozenset, set[str]] = {}
        for r in gold.get("relations", []):
            gfam.setdefault(frozenset((r["source"], r["target"])), set()).add(r.get("family", ""))
        seen: dict[frozenset, dict] = {}
        for r in pred["relations"]:
            ev = [x["text"] for x in r.get("evidence", []) if x.get("document") == doc_id]
            if not ev or r.get("family") == "ASSOCIATION":
                continue
            a, b = match.get(r["source"]), match.get(r["target"])
            if a is None or b is None:
                continue
            pair = frozenset((a, b))
            row = seen.setdefault(
                pair,
                {
                    "doc": stem,
                    "ends": (a, b),
                    "kinds": "/".join(sorted(kinds.get(x, "?") for x in (a, b))),
                    "ties": set(),
                    "evidence": ev[0],
                    "gold": sorted(gfam.get(pair, set())),
                },
            )
            row["ties"].add((r["type"], r["family"]))
        out.extend(seen.values())
    return out


_POSTS = re.compile(r"^\S+( \S+)? of$")


def group(row: dict) -> str:
    """The broad group of the rules that typed the pair."""
    types = {t for t, _ in row["ties"]}
    if "reported on" in types:
        return "reported on"
    if "part of" in types:
        return "part of"
    if any(_POSTS.match(t) for t in types):
        return "post or owner 'X of'"
    return "acts of verbs and nouns"


def _line(label: str, c: Counter) -> str:
    right, false = c[True], c[False]
    share = right / max(1, right + false)
    return f"{label:42s} pairs {right + false:5d} right {right:5d} false {false:4d} ({share:.2f})"


def main(argv: list[str]) -> int:
    by, show = "type", None
    args = list(argv)
    while args and args[0].startswith("--"):
        flag = args.pop(0)
        if flag == "--by":
            by = args.pop(0)
        elif flag == "--show":
            show = args.pop(0)
    if not args:
        print(__doc__)
        return 2
    norm = _norm()
    rows = []
    for arg in args:
        pred_path, gold_dir = arg.rsplit(":", 1)
        rows += typed_pairs(json.loads(Path(pred_path).read_text(encoding="utf-8")), Path(gold_dir), norm)
    if show is not None:
        mine = [r for r in rows if {t for t, _ in r["ties"]} == {show}]
        for r in sorted(mine, key=lambda r: bool(r["gold"])):
            print(f"[{r['doc'][:30]}] {r['ends'][0]} -- {r['ends'][1]} [{r['kinds']}] gold {r['gold'] or 'none'}")
            print(f"    {r['evidence'][:240]!r}")
        return 0
    counts: dict[str, Counter] = {}
    alone: dict[str, Counter] = {}
    for r in rows:
        right = bool(r["gold"])
        if by == "type":
            types = {t for t, _ in r["ties"]}
            for t in types:
                counts.setdefault(t, Counter())[right] += 1
                if len(types) == 1:
                    alone.setdefault(t, Counter())[right] += 1
        elif by == "family-kinds":
            for f in {f for _, f in r["ties"]}:
                counts.setdefault(f"{f} {r['kinds']}", Counter())[right] += 1
        else:
            counts.setdefault(group(r), Counter())[right] += 1
    total = Counter(bool(r["gold"]) for r in rows)
    print(_line("all typed pairs between gold entities", total))
    for label, c in sorted(counts.items(), key=lambda kv: (-kv[1][False], -kv[1][True])):
        a = alone.get(label)
        print(_line(label, c) + (f" | alone {a[True] + a[False]}, false {a[False]}" if a else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
