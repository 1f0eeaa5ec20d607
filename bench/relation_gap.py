"""Why gold relation pairs are missed: an end the output lacks (and why), or both ends found but tied only by
ASSOCIATION or not at all. Matching as ../shared/eval/score.py (bench/gold_match.py: one-to-one, canonical-name hits
first).

    python bench/relation_gap.py PRED_DIR 56 57 ... 63     (PRED_DIR/blindNN.json against bench/real/blindNN/gold)

An unmatched gold end is: under another entity (a predicted entity holding its form matched another gold entity);
cut/glued/alias not joined (an unmatched predicted entity shares a word with it); named in the text (a gold form is
written there, capitalised or as a lower-case description) with no entity; or a gold name not in the text at all.
"""

from __future__ import annotations

import collections
import json
import sys
from pathlib import Path

_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(_ROOT))
sys.path.insert(0, str(_ROOT.parent / "shared" / "eval"))
from score import norm  # noqa: E402

from bench.gold_match import match_form_sets  # noqa: E402

_LINKS = {"of", "the", "and", "for", "de", "al", "von", "der"}


def _why(name: str, gold_entity: dict, gf: set[str], forms: dict[str, set[str]], m: dict, text: str) -> tuple:
    """(class, example) for a gold entity no predicted entity matched."""
    for pid, pf in forms.items():
        if pf & gf:
            return "under another entity (merged)", f"{name} ~ {m.get(pid)}"
    gtoks = set(" ".join(gf).split()) - _LINKS
    for pid, pf in forms.items():
        if pid not in m and any(set(f.split()) & gtoks for f in pf):
            return "cut/glued/alias not joined (unmatched pred shares a word)", f"{name} ~ {sorted(pf)[:3]}"
    nt = " " + norm(text) + " "
    hit = [x for x in gf if " " + x + " " in nt]
    if not hit:
        return "gold name not in text (description / inferred body)", name
    raw = [a for a in [name, *gold_entity.get("aliases", [])] if a in text]
    capd = [a for a in raw if all(w[:1].isupper() or w in _LINKS or not w[:1].isalpha() for w in a.split())]
    if capd:
        return "named in text (capitalised), no entity", f"{name} | {capd[:2]}"
    return "named in text (lowercase description), no entity", f"{name} | {hit[:2]}"


def run(pred_path: str, gold_dir: str, tally: collections.Counter, examples: dict) -> None:
    pred = json.loads(Path(pred_path).read_text())
    docs = {d["id"]: d for d in pred["documents"]}
    forms: dict[str, dict[str, set[str]]] = collections.defaultdict(dict)
    for e in pred["entities"]:
        for mention in e.get("mentions", []):
            forms[mention["document"]].setdefault(e["id"], set()).add(norm(mention["text"]))
        for d in forms:
            if e["id"] in forms[d]:
                forms[d][e["id"]].add(norm(e["name"]))
    for doc_id, d in docs.items():
        gp = Path(gold_dir) / (Path(d["path"]).stem + ".json")
        if not gp.exists():
            continue
        g = json.loads(gp.read_text())
        text = Path(d["path"]).read_text()
        gents = {ge["name"]: ge for ge in g["entities"]}
        gforms = {n: {norm(n)} | {norm(a) for a in ge.get("aliases", [])} for n, ge in gents.items()}
        m = match_form_sets(forms[doc_id], gforms, norm)
        inv = {v: k for k, v in m.items()}
        gpairs = {frozenset((r["source"], r["target"])) for r in g.get("relations", []) if r["source"] != r["target"]}
        typed, tied = set(), set()
        for r in pred["relations"]:
            if not any(ev.get("document") == doc_id for ev in r.get("evidence", [])):
                continue
            a, b = m.get(r["source"]), m.get(r["target"])
            if a and b:
                tied.add(frozenset((a, b)))
                if r.get("family") != "ASSOCIATION":
                    typed.add(frozenset((a, b)))
        for pair in gpairs:
            tally["gold pairs"] += 1
            if pair in typed:
                continue
            tally["missed"] += 1
            ends = [n for n in sorted(pair) if n not in inv]
            if ends:
                reasons = [_why(n, gents[n], gforms[n], forms[doc_id], m, text) for n in ends]
                tally["end: " + " + ".join(sorted({r[0] for r in reasons}))] += 1
                for r in reasons:
                    tally["  ends(" + r[0] + ")"] += 1
                    examples[r[0]].append(r[1])
            elif pair in tied:
                tally["both ends, ASSOCIATION only"] += 1
            else:
                tally["both ends, nothing"] += 1


def main() -> None:
    tally: collections.Counter = collections.Counter()
    examples: dict[str, list[str]] = collections.defaultdict(list)
    for n in sys.argv[2:]:
        one: collections.Counter = collections.Counter()
        run(f"{sys.argv[1]}/blind{n}.json", f"bench/real/blind{n}/gold", one, examples)
        tally.update(one)
        print(n, dict(one))
    print()
    for k, v in sorted(tally.items()):
        print(f"{v:5d}  {k}")
    for k, v in examples.items():
        print("==", k, len(v))
        for x, c in collections.Counter(v).most_common(200):
            print("   ", c, x)


if __name__ == "__main__":
    main()
