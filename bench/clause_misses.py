"""Second, subordinate and relative-clause misses by dependency shape (x-clause97).

    PYTHONPATH=. .venv/bin/python bench/clause_misses.py CORPUS_DIR [CORPUS_DIR ...]

For every gold pair the relation rules miss (gold entities placed, as bench/relation_misses.py) whose class is a
second clause, a subordinate clause or a relative clause, prints one tab-separated row: set, document, the pair,
the gold families, the class, the path, the clause shape (the clause verb's link: conj/xcomp/advcl/pcomp/relcl, with
'own-subj' when the clause verb has its own subject, the relative word or 'where'), the clause verb's lemma and its
lexicon family ('-' when the lexicon lacks it).
"""

from __future__ import annotations

import sys
from pathlib import Path

from bench.relation_misses import _path, classify, gold_pairs, nearest_roots
from core.extract.nlp import load_nlp
from core.extract.relations.lexicon import lexicon
from core.extract.relations.reader import Reader

_CLASSES = {"second clause (conjoined verbs)", "subordinate clause (advcl/xcomp)", "relative clause"}
_LINKS = ("relcl", "conj", "advcl", "xcomp", "pcomp", "acl")


def _clause(a, b):
    """The clause verb on the path from a or b up to their common head, and its link label."""
    up_a = [a, *a.ancestors]
    up_b = [b, *b.ancestors]
    common = next((t for t in up_a if t in up_b), None)
    if common is None:
        return None, "none"
    for chain in (up_a[: up_a.index(common)], up_b[: up_b.index(common)]):
        for t in reversed(chain):  # highest first
            if t.dep_ in _LINKS and t.pos_ in ("VERB", "AUX"):
                return t, t.dep_
    return None, "none"


def _shape(v, link):
    if v is None:
        return link
    kids = list(v.children)
    subj = [c for c in kids if c.dep_ in ("nsubj", "nsubjpass", "csubj")]
    parts = [link]
    if link == "relcl":
        rel = [c for c in kids if c.tag_ in ("WDT", "WP", "WP$", "WRB") or c.lower_ in ("that", "where", "when")]
        parts.append(rel[0].lower_ if rel else "bare")
        if any(c.dep_ == "advmod" and c.lower_ == "where" for c in kids):
            parts.append("where")
        if subj and not any(s.tag_ in ("WDT", "WP") or s.lower_ == "that" for s in subj):
            parts.append("own-subj")
    else:
        if subj:
            parts.append("own-subj")
        mark = [c.lower_ for c in kids if c.dep_ in ("mark", "advmod") and c.i < v.i]
        if mark:
            parts.append(mark[0])
        if v.tag_ in ("VBG", "VBN", "VB"):
            parts.append(v.tag_)
    if v.head.pos_ in ("VERB", "AUX"):
        parts.append("on-verb")
    else:
        parts.append("on-" + v.head.pos_.lower())
    return "/".join(parts)


def _governing(t):
    for u in t.ancestors:
        if u.pos_ in ("VERB", "AUX"):
            return u
    return None


def _diagnose(reader, lex, a, b, ia, ib):
    """Why the pair is untyped: the actor carried to the verb over one end is the other end (verb unknown or not
    typed for it), or the actor is not found / someone else."""
    out = []
    for e, other in ((a, ib), (b, ia)):
        g = _governing(e)
        if g is None:
            continue
        try:
            act = reader.actor(g)
        except Exception:
            act = frozenset()
        lem = g.lemma_.lower()
        known = lex.verbs.get(lem)
        if other in act:
            out.append(f"actor-ok:{lem}:{known.value if known else '-'}")
        elif not act:
            out.append(f"no-actor:{lem}")
        else:
            out.append(f"other-actor:{lem}")
    return "|".join(out) or "no-verb"


def main() -> int:
    nlp = load_nlp()
    lex = lexicon()
    for corpus in map(Path, sys.argv[1:]):
        for gold, text, entities, doc, gev, typed in gold_pairs(nlp, corpus):
            names = {e.name: i for i, e in enumerate(entities)}
            reader = Reader(doc, entities, lex)
            for key in sorted(set(gev) - typed, key=sorted):
                cls, ev = classify(doc, text, gold, entities, key, gev)
                if cls not in _CLASSES:
                    continue
                start = text.find(ev)
                end = start + len(ev)
                x, y = sorted(key)
                roots = nearest_roots(
                    doc,
                    [m for m in entities[names[x]].mentions if start <= m.start and m.end <= end],
                    [m for m in entities[names[y]].mentions if start <= m.start and m.end <= end],
                )
                if roots is None:
                    continue
                a, b = roots
                v, link = _clause(a, b)
                fam = lex.verbs.get(v.lemma_.lower()).value if v is not None and v.lemma_.lower() in lex.verbs else "-"
                diag = _diagnose(reader, lex, a, b, names[x], names[y])
                fams = ",".join(sorted({r["family"] for r in gev[key]}))
                src = gev[key][0]["source"]
                print(
                    "\t".join(
                        [
                            corpus.name,
                            gold["document"][:30],
                            src,
                            gev[key][0]["target"],
                            fams,
                            cls,
                            " ".join(_path(a, b)),
                            _shape(v, link),
                            v.lemma_ if v is not None else "-",
                            fam,
                            diag,
                            ev[:200].replace("\t", " ").replace("\n", " "),
                        ]
                    ),
                    flush=True,
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
