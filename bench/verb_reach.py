"""Pairs the output ties only by co-occurrence where one end sits in a verb's subject and the other in its object, the
object of a preposition on it, or the object of a preposition on its object ('sought advice from X'), each end
either the phrase's head or a modifier inside it ('Chinese firms', "X's government"): bench/verb_pairs.py widened.

    PYTHONPATH=. python bench/verb_reach.py PRED_DIR SET ... [--out rows.json] [--lemmas a,b,c]

Rows: set, story, lemma, prep, each end's role ('subj', 'subj~' for a modifier in the subject, 'obj', 'obj~',
'pobj', 'pobj~', 'objpobj', 'objpobj~'), gold (the gold ties the pair), the gold's families, the sentence. Prints,
per lemma and per lemma + preposition, pairs / gold / share / stories / the gold's families.
"""

from __future__ import annotations

import collections
import json
import re
import sys
from pathlib import Path

_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(_ROOT))
sys.path.insert(0, str(_ROOT.parent / "shared" / "eval"))
from score import norm  # noqa: E402

from bench.gold_match import untyped_pair_docs  # noqa: E402
from core.extract.nlp import load_nlp  # noqa: E402

_INNER = frozenset({"amod", "compound", "poss", "nmod", "npadvmod"})


def role(t):
    """(verb, role, prep) for a mention head, or None."""
    inner = False
    while t.dep_ in _INNER and t.head.i != t.i:
        t, inner = t.head, True
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    mark = "~" if inner else ""
    h = t.head
    if t.dep_ == "nsubj" and h.pos_ in ("VERB", "AUX"):
        return h, "subj" + mark, None
    if t.dep_ == "pobj" and h.dep_ == "agent" and h.head.pos_ == "VERB":
        return h.head, "subj" + mark, None
    if t.dep_ == "dobj" and h.pos_ == "VERB":
        return h, "obj" + mark, None
    if t.dep_ == "nsubjpass" and h.pos_ == "VERB":
        return h, "obj" + mark, None
    if t.dep_ == "pobj" and h.dep_ == "prep":
        p = h.head
        if p.pos_ in ("VERB", "AUX"):
            return p, "pobj" + mark, h.lower_
        if p.dep_ in ("dobj", "nsubjpass") and p.head.pos_ == "VERB":
            return p.head, "objpobj" + mark, h.lower_
    return None


def shape(ta, tb):
    ra, rb = role(ta), role(tb)
    if ra is None or rb is None or ra[0].i != rb[0].i:
        return None
    if ra[1].startswith("subj") == rb[1].startswith("subj"):
        return None
    subj, other = (ra, rb) if ra[1].startswith("subj") else (rb, ra)
    return ra[0], subj[1], other[1], other[2], ra is subj


def run(name: str, pred_path: str, gold_dir: str, rows: list, nlp) -> None:
    pred = json.loads(Path(pred_path).read_text())
    for doc_id, d, m, gfam, todo, mentions in untyped_pair_docs(pred, gold_dir, norm):
        path = d["path"] if Path(d["path"]).exists() else str(_ROOT / d["path"])
        text = Path(path).read_text()
        doc = nlp(text)
        stem = Path(d["path"]).stem
        story = re.match(r"(r\d+_\d+)", stem)
        for a, b, evs in todo:
            ga, gb = m.get(a), m.get(b)
            fams = gfam.get(frozenset((ga, gb)), set()) if ga and gb else set()
            found = None
            for ev in evs:
                s, e = ev["start"], ev["end"]
                for xa in (x for x in mentions[(doc_id, a)] if s <= x[0] and x[1] <= e):
                    for xb in (x for x in mentions[(doc_id, b)] if s <= x[0] and x[1] <= e):
                        sa = doc.char_span(*xa, alignment_mode="expand")
                        sb = doc.char_span(*xb, alignment_mode="expand")
                        if sa is None or sb is None or sa.root.i == sb.root.i:
                            continue
                        sh = shape(sa.root, sb.root)
                        if sh is not None:
                            found = (sh, sa.text, sb.text, ev)
                            break
                    if found:
                        break
                if found:
                    break
            if not found:
                continue
            (v, rs, ro, prep, a_subj), ta, tb, ev = found
            rows.append(
                {
                    "set": name,
                    "doc": stem,
                    "story": story.group(1) if story else stem,
                    "lemma": v.lemma_.lower(),
                    "prep": prep,
                    "subj": rs,
                    "other": ro,
                    "gold": bool(fams),
                    "fams": sorted(fams),
                    "a": ta if a_subj else tb,
                    "b": tb if a_subj else ta,
                    "sent": ev["text"][:300],
                }
            )


def main() -> None:
    args = sys.argv[1:]
    out = None
    if "--out" in args:
        i = args.index("--out")
        out = args[i + 1]
        del args[i : i + 2]
    if args[0].endswith(".json") and len(args) == 1:
        rows = json.loads(Path(args[0]).read_text())
    else:
        nlp = load_nlp()
        rows = []
        for name in args[1:]:
            run(name, f"{args[0]}/{name}.json", str(_ROOT / f"bench/real/{name}/gold"), rows, nlp)
            print(name, len(rows), file=sys.stderr)
    if out:
        Path(out).write_text(json.dumps(rows))
    for label, keyf in (("lemma", lambda r: r["lemma"]), ("lemma+prep", lambda r: f"{r['lemma']} {r['prep'] or ''}")):
        by = collections.defaultdict(list)
        for r in rows:
            by[keyf(r).strip()].append(r)
        print(f"\n== by {label}: pairs gold share stories gold-families")
        for k, rs in sorted(by.items(), key=lambda kv: (-sum(r["gold"] for r in kv[1]), kv[0])):
            gold = sum(r["gold"] for r in rs)
            if gold < 3:
                continue
            fams = collections.Counter(f for r in rs for f in r["fams"])
            stories = len({r["story"] for r in rs if r["gold"]})
            print(f"{len(rs):4d} {gold:4d} {gold / len(rs):5.2f} {stories:3d}  {k:24s} {dict(fams.most_common())}")
    print(f"\ntotal {len(rows)}, gold {sum(r['gold'] for r in rows)}")


if __name__ == "__main__":
    main()
