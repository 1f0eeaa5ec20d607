"""Names joined by 'and' that act together in a 'joint' act: 'X and Y said in a joint statement'."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Token

from core.extract.nlp import doc_column, doc_lemma_lower, doc_sents
from core.extract.relations.lexicon import Lexicon
from core.extract.relations.syntax import Tie
from core.model import Family, Kind

_JOINT = frozenset({"joint", "common", "coordinated", "concerted"})
# Verbs and adverbs that say the names listed as their doers act as one: 'A and B have been coordinating their
# support', 'A and B jointly announced', 'brokered by A and B'. (Mediating verbs keep the deal's family.)
_TOGETHER = frozenset({"coordinate", "jointly"})
_MEDIATE = frozenset({"broker", "mediate", "co-broker"})
_SIDES = frozenset({Kind.STATE, Kind.PARTY})
_LIST = frozenset({",", "and", "&"})
_OWN = frozenset({Family.AGREEMENT, Family.DIPLOMACY, Family.TRADE, Family.ALLIANCE})  # families a joint noun keeps


def joint_ties(toks: list[Token], tok_ent: list[int], kind: Callable[[int], Kind], lex: Lexicon) -> Iterator[Tie]:
    """A tie between states or bodies named side by side in a sentence that speaks of their joint act."""
    if not toks:
        return
    doc = toks[0].doc
    sent = doc_sents(doc)[toks[0].i]  # the joint act may be named outside a quote that names the partners
    low, lemma = doc_column(doc, "lower_"), doc_lemma_lower(doc)
    if not any(
        low[i] in _JOINT or lemma[i] in _TOGETHER or lemma[i] in _MEDIATE or low[i] == "together"
        for i in range(sent.start, sent.end)
    ):
        return  # (the quick answer for most sentences: none of the words below is in it)
    nouns = [t.head for t in sent if t.lower_ in _JOINT and t.dep_ == "amod" and t.head.pos_ == "NOUN"]
    acts = [t for t in sent if t.lemma_.lower() in _TOGETHER and t.pos_ in ("VERB", "ADV")]
    acts += [t for t in sent if t.lower_ == "together" and _together(t)]
    mediated = [t for t in sent if t.lemma_.lower() in _MEDIATE and t.pos_ == "VERB"]
    if not nouns and not acts and not mediated:
        return
    if nouns:
        noun = nouns[0].lower_
        fam = lex.relation_nouns.get(nouns[0].lemma_.lower()) or lex.relation_nouns.get(noun)
    elif acts:
        noun, fam = acts[0].lower_, Family.ALLIANCE
    else:
        noun, fam = mediated[0].lower_, Family.AGREEMENT
    if fam not in _OWN:
        fam = Family.ALLIANCE  # a joint statement, probe or strike: the two act as partners
    if fam is Family.ALLIANCE and any(lex.relation_nouns.get(t.lemma_.lower()) is Family.AGREEMENT for t in sent):
        fam = Family.AGREEMENT  # 'a joint statement on the agreement': partners to the deal
    # the names of a list joined only by commas, 'and' and 'the': the parse of such lists is too loose to follow;
    # every two names of one list are partners ('A, B, the C and D recognised X in a coordinated move')
    run: list[int] = []
    gap_ok = False
    for t in [*toks, None]:
        e = tok_ent[t.i] if t is not None else -1
        if e >= 0 and kind(e) in _SIDES:
            if not (run and gap_ok):
                yield from _partners(run, noun, fam)
                run = []
            if e not in run:
                run.append(e)
            gap_ok = True
        elif e >= 0 and e in run:
            continue  # a name of several words
        else:
            gap_ok = gap_ok and t is not None and (t.lower_ in _LIST or (t.lower_ == "the" and t.dep_ == "det"))
            if not gap_ok:
                yield from _partners(run, noun, fam)
                run = []


def _together(t: Token) -> bool:
    """'A and B together would decide', 'A and B had lobbied together': 'together' on a verb whose subject is a
    list of names (not 'together with X', nor 'brought A and B together', whose names are the object)."""
    nxt = t.nbor(1) if t.i + 1 < len(t.doc) else None
    if t.dep_ != "advmod" or (nxt is not None and nxt.lower_ == "with"):
        return False
    h = t.head
    if h.dep_ == "nsubj":  # 'A and the B together would decide', parsed with 'together' on the subject
        return any(x.dep_ == "conj" for x in h.children)
    return h.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "nsubj" and any(x.dep_ == "conj" for x in c.children) for c in h.children
    )


def _partners(run: list[int], noun: str, fam: Family) -> Iterator[Tie]:
    for i, a in enumerate(run):
        for b in run[i + 1 :]:
            yield a, b, f"joint {noun} with", fam
