"""The 'one verb' class of bench/relation_misses.py broken down by the verb: for each missed gold pair whose two
nearest mentions meet at a verb (no clause, apposition, conjunct or passive 'by' between them), the verb's lemma,
the prepositions on the path, each end's role under the verb and the ends' kinds.

    PYTHONPATH=. python bench/one_verb_misses.py [--out rows.json] CORPUS_DIR [CORPUS_DIR ...]

Prints counts by lemma, by lemma + preposition and by the two roles (e.g. 'nsubj>poss | dobj'), each with gold
pairs, stories (rNN_NN) and the gold's families, and whether the lexicon gives the lemma a family.
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import sys
from pathlib import Path

from bench.relation_misses import _path, _shape, gold_pairs, nearest_roots
from core.extract.nlp import load_nlp
from core.extract.relations.lexicon import lexicon


def _arm(t, top) -> list:
    """Tokens from ``t`` up to (not including) ``top``."""
    out = []
    while t.i != top.i:
        out.append(t)
        t = t.head
    return out


def _rows(doc, text, gold, entities, key, gev, story) -> dict | None:
    names = {e.name: i for i, e in enumerate(entities)}
    if any(n not in names for n in key):
        return None
    for r in gev[key]:
        ev = r.get("evidence", "")
        start = text.find(ev) if ev else -1
        if start < 0:
            continue
        end = start + len(ev)
        a, b = sorted(key)
        ma = [m for m in entities[names[a]].mentions if start <= m.start and m.end <= end]
        mb = [m for m in entities[names[b]].mentions if start <= m.start and m.end <= end]
        if not ma or not mb:
            return None
        roots = nearest_roots(doc, ma, mb)
        if roots is None:
            return None
        path = _path(*roots)
        if all(r["family"] == "REPORTING" for r in gev[key]) or _shape(path) != "one verb (family or verb unknown)":
            return None
        ta, tb = roots
        up = [ta, *ta.ancestors]
        top = next(t for t in up if t in [tb, *tb.ancestors])
        arms = []
        preps = []
        for t in (ta, tb):
            arm = _arm(t, top)
            arms.append(">".join(x.dep_ for x in reversed(arm)) or "self")
            preps += [x.lower_ for x in arm if x.dep_ == "prep"]
        fams = collections.Counter(r["family"] for r in gev[key])
        src = {r["source"] for r in gev[key]}
        return {
            "story": story,
            "lemma": top.lemma_.lower(),
            "prep": " ".join(preps),
            "roles": " | ".join(sorted(arms)),
            "kinds": " | ".join(sorted(entities[names[n]].kind.value for n in key)),
            "fams": dict(fams),
            "pair": f"{'/'.join(sorted(src))} :: {a} ~ {b}",
            "types": "; ".join(r["type"] for r in gev[key]),
            "sent": ev[:300],
        }
    return None


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpora", nargs="+", type=Path)
    ap.add_argument("--out")
    a = ap.parse_args()
    nlp = load_nlp()
    rows = []
    for corpus in a.corpora:
        for gold, text, entities, doc, gev, typed in gold_pairs(nlp, corpus):
            m = re.match(r"(r\d+_\d+)", gold["document"])
            story = m.group(1) if m else gold["document"]
            for key in sorted(set(gev) - typed, key=sorted):
                row = _rows(doc, text, gold, entities, key, gev, story)
                if row is not None:
                    row["set"] = corpus.name
                    rows.append(row)
        print(corpus.name, len(rows), file=sys.stderr)
    if a.out:
        Path(a.out).write_text(json.dumps(rows, indent=0))
    lex = lexicon()
    for label, keyf in (
        ("lemma", lambda r: r["lemma"]),
        ("lemma+prep", lambda r: f"{r['lemma']} {r['prep']}".strip()),
        ("roles", lambda r: r["roles"]),
        ("kinds", lambda r: r["kinds"]),
    ):
        by = collections.defaultdict(list)
        for r in rows:
            by[keyf(r)].append(r)
        print(f"\n== by {label}: misses stories lexicon gold-families")
        for k, rs in sorted(by.items(), key=lambda kv: (-len(kv[1]), kv[0])):
            if len(rs) < 3:
                continue
            fams = collections.Counter(f for r in rs for f in r["fams"])
            fam = lex.phrasal_verbs.get(k) or lex.verbs.get(k.split()[0]) if label.startswith("lemma") else None
            print(
                f"{len(rs):4d} {len({r['story'] for r in rs}):3d}  {fam.value if fam else '-':12s} {k:40s} "
                f"{dict(fams.most_common())}"
            )
    print(f"\ntotal {len(rows)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
