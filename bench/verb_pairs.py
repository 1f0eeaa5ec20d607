"""Pairs the output ties only by co-occurrence (ASSOCIATION) where one end is the subject of a verb and the other its
object or the object of a preposition on it, grouped by the verb's lemma (and the preposition).

    PYTHONPATH=. python bench/verb_pairs.py PRED_DIR SET ... [--out rows.json] [--min 3]

SET is a real set's name (dev, holdout, blind4 ...); PRED_DIR/SET.json is the output, bench/real/SET/gold the gold.
For each pair main ties only by ASSOCIATION, each evidence sentence holding a mention of both ends is parsed again
(the extraction's own pipeline); the pair counts when one end's head word is the verb's nsubj (or the object of its
passive 'by' agent) and the other's the verb's dobj, the object of a preposition on the verb (or, with an agent, the
passive subject). Per verb (lemma, or 'lemma prep'): pairs, gold pairs, the gold's families, stories (rNN_NN
prefixes), and the lexicon family main gives the lemma (verbs / phrasal_verbs), '-' when it has none.
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


def _role(t):
    """(verb, role, prep) for a mention head: ('subj'), ('obj'), ('pobj', prep) or None. A conjunct takes the role of
    the first conjunct ('X and Y formed Z')."""
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    if t.dep_ == "nsubj" and t.head.pos_ in ("VERB", "AUX"):
        return t.head, "subj", None
    if t.dep_ == "nsubjpass" and t.head.pos_ == "VERB":
        return t.head, "pass", None
    if t.dep_ == "dobj" and t.head.pos_ == "VERB":
        return t.head, "obj", None
    if t.dep_ == "pobj" and t.head.dep_ == "agent" and t.head.head.pos_ == "VERB":
        return t.head.head, "agent", None
    if t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.head.pos_ == "VERB":
        return t.head.head, "pobj", t.head.lower_
    return None


def _shape(ta, tb):
    ra, rb = _role(ta), _role(tb)
    if ra is None or rb is None or ra[0].i != rb[0].i:
        return None
    v = ra[0]
    roles = {ra[1], rb[1]}
    prep = ra[2] or rb[2]
    if "subj" in roles and ("obj" in roles or "pobj" in roles):
        return v, prep
    if "agent" in roles and ("pass" in roles or "pobj" in roles):
        return v, prep
    return None


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
                ma = [x for x in mentions[(doc_id, a)] if s <= x[0] and x[1] <= e]
                mb = [x for x in mentions[(doc_id, b)] if s <= x[0] and x[1] <= e]
                for xa in ma:
                    for xb in mb:
                        sa = doc.char_span(*xa, alignment_mode="expand")
                        sb = doc.char_span(*xb, alignment_mode="expand")
                        if sa is None or sb is None or sa.root.i == sb.root.i:
                            continue
                        sh = _shape(sa.root, sb.root)
                        if sh is not None:
                            found = (sh, sa.root, sb.root, ev)
                            break
                    if found:
                        break
                if found:
                    break
            if not found:
                continue
            (v, prep), ta, tb, ev = found
            rows.append(
                {
                    "set": name,
                    "doc": stem,
                    "story": story.group(1) if story else stem,
                    "lemma": v.lemma_.lower(),
                    "prep": prep,
                    "gold": bool(fams),
                    "fams": sorted(fams),
                    "a": sa_text(text, ta),
                    "b": sa_text(text, tb),
                    "sent": ev["text"][:300],
                }
            )


def sa_text(text: str, t) -> str:
    return text[t.idx : t.idx + len(t.text)]


def main() -> None:
    args = sys.argv[1:]
    out, least = None, 3
    if "--out" in args:
        i = args.index("--out")
        out = args[i + 1]
        del args[i : i + 2]
    if "--min" in args:
        i = args.index("--min")
        least = int(args[i + 1])
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
    lex = lexicon()
    keys = ((lambda r: r["lemma"], "lemma"), (lambda r: f"{r['lemma']} {r['prep'] or ''}".strip(), "lemma+prep"))
    for keyf, label in keys:
        by: dict[str, list] = collections.defaultdict(list)
        for r in rows:
            by[keyf(r)].append(r)
        print(f"\n== by {label}: pairs gold share stories lexicon gold-families")
        for k, rs in sorted(by.items(), key=lambda kv: (-len(kv[1]), kv[0])):
            if len(rs) < least:
                continue
            gold = sum(r["gold"] for r in rs)
            stories = len({r["story"] for r in rs})
            lemma = k.split()[0]
            fam = lex.phrasal_verbs.get(k) or lex.verbs.get(lemma)
            fams = collections.Counter(f for r in rs for f in r["fams"])
            print(
                f"{len(rs):4d} {gold:4d} {gold / len(rs):5.2f} {stories:3d}  {fam.value if fam else '-':12s} {k:22s} "
                f"{dict(fams.most_common())}"
            )


if __name__ == "__main__":
    main()
