"""Measure, from gold alone, which entities in a speaker's reported words the gold ties to the speaker.

    PYTHONPATH=. .venv/bin/python bench/report_slices.py [--list SLICE] CORPUS_DIR [CORPUS_DIR ...]

Gold entities are placed as in bench/relation_dev.py. For every reporting verb with an entity subject (and every
'according to X'), each other entity of its sentence is put in one slice: its role in the reported clause (subject,
object, inside a prepositional phrase, possessive, modifier), inside the speaker's own subject phrase, the one told
('told X'), or elsewhere in the sentence; split by the speaker's kind and by whether the rules already give the
pair a typed tie. For each slice: candidates, how many the gold ties to the speaker (any family / REPORTING).
A new rule is worth writing for a slice whose 'new' candidates (no typed tie yet) have a gold precision >= 0.8.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

from spacy.tokens import Token

from bench.relation_dev import gold_entities
from core.extract.nlp import load_nlp
from core.extract.relations import find_relations
from core.extract.relations.lexicon import lexicon
from core.model import Family

_ROLES = {
    "nsubj": "subject",
    "nsubjpass": "subject",
    "csubj": "subject",
    "dobj": "object",
    "attr": "object",
    "dative": "object",
    "oprd": "object",
    "pobj": "prep",
    "poss": "possessive",
    "compound": "modifier",
    "amod": "modifier",
    "nmod": "modifier",
}
_CONTENT = ("ccomp", "parataxis", "dep")


def _role(t: Token, top: Token) -> str:
    """The role of a mention's root in the reported clause headed by ``top``."""
    x = t
    while x.dep_ in ("conj", "appos") and x.i != x.head.i:
        x = x.head
    role = _ROLES.get(x.dep_, "other")
    if role == "subject" or role == "object":
        depth = "main" if x.head.i == top.i else "nested"
        return f"{role}-{depth}"
    if role == "prep":
        known = x.head.lower_ in ("with", "to", "of", "by", "for", "in", "on")
        return f"prep-{x.head.lower_}" if known else "prep-other"
    return role


def _speaker(subj: Token, tok_ent: list[int]) -> tuple[int, str]:
    if tok_ent[subj.i] >= 0:
        return tok_ent[subj.i], "named"
    for c in subj.children:
        if c.dep_ in ("compound", "amod", "poss", "nmod") and tok_ent[c.i] >= 0:
            return tok_ent[c.i], "via-body"
        if c.dep_ == "prep" and c.lower_ == "of":
            for p in c.children:
                if p.dep_ == "pobj" and tok_ent[p.i] >= 0:
                    return tok_ent[p.i], "via-body"
    for c in subj.children:
        if c.dep_ == "appos" and tok_ent[c.i] >= 0:
            return tok_ent[c.i], "named"
    return -1, ""


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpora", nargs="+", type=Path)
    ap.add_argument("--list", action="append", default=[], help="print the candidates of slices containing this")
    a = ap.parse_args()
    nlp = load_nlp()
    rverbs = lexicon().reporting_verbs | {"say", "tell", "add", "state", "hail", "emphasize", "stress", "note"}
    stats: dict[str, Counter] = defaultdict(Counter)
    listing: dict[str, list[str]] = defaultdict(list)
    for corpus in a.corpora:
        for gpath in sorted((corpus / "gold").glob("*.json")):
            gold = json.loads(gpath.read_text(encoding="utf-8"))
            text = (corpus / gold["document"]).read_text(encoding="utf-8")
            ents = gold_entities(text, gold)
            doc = nlp(text)
            rels = find_relations(doc, ents)
            tok_ent = [-1] * len(doc)
            roots: dict[int, list[Token]] = defaultdict(list)
            for ei, e in enumerate(ents):
                for m in e.mentions:
                    sp = doc.char_span(m.start, m.end, alignment_mode="expand")
                    if sp is None:
                        continue
                    for t in sp:
                        tok_ent[t.i] = ei
                    roots[ei].append(sp.root)
            gfam: dict[frozenset, set[str]] = defaultdict(set)
            for r in gold["relations"]:
                if r["source"] != r["target"]:
                    gfam[frozenset((r["source"], r["target"]))].add(r["family"])
            pfam: dict[frozenset, set[str]] = defaultdict(set)
            for r in rels:
                if r.family is not Family.ASSOCIATION:
                    pfam[frozenset((ents[r.source].name, ents[r.target].name))].add(r.family.value)
            seen: set[tuple] = set()
            for v in doc:
                cases: list[tuple[int, str, set[int], Token, Token | None]] = []
                if v.lemma_.lower() in rverbs and v.pos_ in ("VERB", "AUX"):
                    subj = [c for c in v.children if c.dep_ == "nsubj"]
                    if not subj:
                        continue
                    spk, how = _speaker(subj[0], tok_ent)
                    if spk < 0:
                        continue
                    own = {t.i for t in subj[0].subtree}
                    tops = [c for c in v.children if c.dep_ in _CONTENT and c.pos_ in ("VERB", "AUX")]
                    cases.append((spk, f"{v.lemma_.lower()}|{how}", own, v, tops[0] if tops else None))
                elif v.lower_ == "according" and any(c.lower_ == "to" for c in v.children):
                    to = next(c for c in v.children if c.lower_ == "to")
                    objs = [p for p in to.children if p.dep_ == "pobj"]
                    if not objs:
                        continue
                    spk, how = _speaker(objs[0], tok_ent)
                    if spk < 0:
                        continue
                    own = {t.i for t in v.subtree}
                    cases.append((spk, f"according|{how}", own, v, v.head if v.head.i != v.i else None))
                for spk, how, own, verb, top in cases:
                    sname = ents[spk].name
                    content = {t.i for t in top.subtree} if top is not None else set()
                    if verb.lower_ != "according" and top is not None:
                        content -= own
                    sent = verb.sent
                    for ei, rts in roots.items():
                        if ei == spk:
                            continue
                        for rt in rts:
                            if not (sent.start <= rt.i < sent.end):
                                continue
                            if rt.i in own and verb.lower_ != "according":
                                role = "speaker-phrase"
                            elif rt.i in content:
                                role = _role(rt, top)
                            elif rt.head.i == verb.i and rt.dep_ in ("dobj", "dative"):
                                role = "told"
                            elif top is None:
                                role = "no-clause"
                            else:
                                role = "outside"
                            break
                        else:
                            continue
                        key = (gold["document"], sent.start, spk, ei)
                        if key in seen:
                            continue
                        seen.add(key)
                        pair = frozenset((sname, ents[ei].name))
                        state = "pred" if pair in pfam else "new"
                        kinds = f"{ents[spk].kind.value[:4]}>{ents[ei].kind.value[:4]}"
                        g = gfam.get(pair, set())
                        for sl in (
                            f"{role} | {state}",
                            f"{role} | {state} | {kinds}",
                            f"{role} | {state} | {how.split('|')[1]}",
                        ):
                            st = stats[sl]
                            st["n"] += 1
                            st["any"] += bool(g)
                            st["rep"] += "REPORTING" in g
                        tag = "+" if g else "-"
                        line = f"  {tag} [{gold['document'][:26]}] {sname} -> {ents[ei].name} {sorted(g)} ({how})"
                        line += f"\n      {sent.text.strip()[:260]!r}"
                        listing[f"{role} | {state} | {kinds}"].append(line)
    print(f"{'slice':58s} {'n':>5s} {'any':>5s} {'P':>5s} {'rep':>5s}")
    for sl in sorted(stats):
        st = stats[sl]
        print(f"{sl:58s} {st['n']:5d} {st['any']:5d} {st['any'] / st['n']:5.2f} {st['rep']:5d}")
    for want in a.list:
        for sl in sorted(listing):
            if want in sl:
                print(f"== {sl}")
                print("\n".join(listing[sl]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
