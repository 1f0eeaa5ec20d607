"""Pairs the output ties only by co-occurrence (ASSOCIATION), by the dependency shape between their two ends.

    PYTHONPATH=. python bench/clause_shapes.py PRED_DIR 30 31 ... 65 [--list SHAPE]

For every pair of entities the output ties in a document only by ASSOCIATION, each evidence sentence holding a
mention of both is parsed again (the extraction's own spaCy pipeline) and the path between the two mentions' head
words is read: the labels up from one end to the lowest common head, that head's part of speech, and the labels down
to the other end ('nsubj^ VERB conj> dobj>'). A pair is gold when the gold ties the two matched entities. For each
shape: pairs, gold pairs, and how often the lexicon family of the verb nearest above the second end (the governing
verb of the clause it sits in) is the gold's family. Pairs with no mention of both ends in one sentence are skipped.
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
from core.extract.relations.lexicon import lexicon  # noqa: E402

_VERBISH = ("VERB", "AUX")


def _path(a, b) -> tuple[str, object] | None:
    up_a = [a, *a.ancestors]
    ids_a = {t.i: n for n, t in enumerate(up_a)}
    chain_b = [b]
    for t in b.ancestors:
        if chain_b[-1].i in ids_a:
            break
        chain_b.append(t)
    top = next((t for t in chain_b if t.i in ids_a), None)
    if top is None:
        return None
    up = [t.dep_ for t in up_a[: ids_a[top.i]]]
    down = [t.dep_ for t in reversed(chain_b[: chain_b.index(top)])]
    return " ".join([*(d + "^" for d in up), top.pos_, *(d + ">" for d in down)]), top


def _governing(t, top):
    """The verb nearest above ``t`` (``t`` excluded), up to ``top``."""
    for x in t.ancestors:
        if x.pos_ in _VERBISH:
            return x
        if x.i == top.i:
            break
    return top if top.pos_ in _VERBISH else None


def run(pred_path: str, gold_dir: str, rows: list, nlp, lex) -> None:
    pred = json.loads(Path(pred_path).read_text())
    for doc_id, d, m, gfam, todo, mentions in untyped_pair_docs(pred, gold_dir, norm):
        text = Path(d["path"]).read_text()
        doc = nlp(text)
        for a, b, evs in todo:
            ga, gb = m.get(a), m.get(b)
            fams = gfam.get(frozenset((ga, gb)), set()) if ga and gb else set()
            seen = set()
            for ev in evs:
                s, e = ev["start"], ev["end"]
                ma = [x for x in mentions[(doc_id, a)] if s <= x[0] and x[1] <= e]
                mb = [x for x in mentions[(doc_id, b)] if s <= x[0] and x[1] <= e]
                best = None
                for xa in ma:
                    for xb in mb:
                        sa = doc.char_span(*xa, alignment_mode="expand")
                        sb = doc.char_span(*xb, alignment_mode="expand")
                        if sa is None or sb is None or sa.root.i == sb.root.i:
                            continue
                        ta, tb = sa.root, sb.root
                        if tb.i < ta.i:
                            ta, tb = tb, ta
                        p = _path(ta, tb)
                        if p is None:
                            continue
                        if best is None or len(p[0]) < len(best[0][0]):
                            best = (p, ta, tb)
                if best is None:
                    continue
                (shape, top), ta, tb = best
                if shape in seen:
                    continue
                seen.add(shape)
                va, vb = _governing(ta, top), _governing(tb, top)
                fa = lex.verbs.get(va.lemma_.lower()) if va is not None else None
                fb = lex.verbs.get(vb.lemma_.lower()) if vb is not None else None
                rows.append(
                    {
                        "doc": Path(d["path"]).stem,
                        "shape": shape,
                        "gold": bool(fams),
                        "fams": sorted(fams),
                        "top": top.lemma_,
                        "va": va.lemma_ if va is not None else None,
                        "vb": vb.lemma_ if vb is not None else None,
                        "fa": fa.value if fa else None,
                        "fb": fb.value if fb else None,
                        "a": text[ta.idx : ta.idx + len(ta.text)],
                        "b": text[tb.idx : tb.idx + len(tb.text)],
                        "sent": ev["text"][:300],
                    }
                )


# the clause shapes round BF measured (one end the subject of a verb, the other in a clause hung on that verb or
# on its object); a pair's shape is matched against each in turn
_ARG = r"(dobj>|prep> pobj>|dobj> prep> pobj>|dative>)"
CLASSES = {
    "conjoined verbs sharing a subject ('X arrived and met Z')": rf"^nsubj\^ (VERB|AUX) conj> {_ARG}",
    "xcomp chain ('X moved to ban Z', 'X ordered Y to leave Z')": rf"^nsubj\^ (VERB|AUX) (xcomp> )+{_ARG}",
    "advcl off the subject's verb ('X met Y, pledging aid to Z')": rf"^nsubj\^ (VERB|AUX) advcl> (xcomp> )?{_ARG}",
    "pcomp ('X did this by/after/before doing Z')": rf"^nsubj\^ (VERB|AUX) prep> pcomp> (xcomp> )?{_ARG}",
    "relcl/acl on the object ('sanctions on Y, which Z supplied')": r"^(nsubj\^ )?(VERB|AUX) "
    r"(dobj>|prep> pobj>|dobj> prep> pobj>) (relcl|acl)>|(relcl|acl)\^ (pobj\^ prep\^ |dobj\^ )(dobj\^ )?(VERB|AUX)",
    "relcl on the subject ('X, who heads Y, met Z': Y~Z)": r"relcl\^ .*nsubj\^ (VERB|AUX)|(VERB|AUX) .*nsubj> relcl>",
}


def _line(rs: list, label: str) -> str:
    gold = sum(r["gold"] for r in rs)
    lv = [r for r in rs if r["fb"]]
    fam = sum(r["fb"] in r["fams"] for r in lv)
    return (
        f"{len(rs):5d} {gold:5d} {gold / max(1, len(rs)):5.2f} | {len(lv):4d} {sum(r['gold'] for r in lv):4d} "
        f"{fam:4d}  {label}"
    )


def main() -> None:
    args = sys.argv[1:]
    out = None
    if "--out" in args:
        i = args.index("--out")
        out = args[i + 1]
        del args[i : i + 2]
    nlp, lex = load_nlp(), lexicon()
    rows: list = []
    for n in args[1:]:
        run(f"{args[0]}/blind{n}.json", f"bench/real/blind{n}/gold", rows, nlp, lex)
        print(n, len(rows), file=sys.stderr)
    if out:
        Path(out).write_text(json.dumps(rows))
    by: dict[str, list] = collections.defaultdict(list)
    for r in rows:
        by[r["shape"]].append(r)
    print("pairs  gold share | with the governing verb in the lexicon: pairs gold gold's-family  class")
    for label, pattern in CLASSES.items():
        rs = [r for r in rows if re.search(pattern, r["shape"])]
        print(_line(rs, label))
        print("      gold families:", dict(collections.Counter(f for r in rs for f in r["fams"]).most_common()))
    print()
    print("pairs  gold  share  fb==gold  shape")
    for shape, rs in sorted(by.items(), key=lambda kv: -len(kv[1]))[:80]:
        gold = sum(r["gold"] for r in rs)
        fam = sum(r["fb"] in r["fams"] for r in rs if r["gold"])
        print(f"{len(rs):5d} {gold:5d} {gold / len(rs):6.2f} {fam:5d}  {shape}")


if __name__ == "__main__":
    main()
