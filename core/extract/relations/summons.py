"""The sense of 'summon': the lexicon reads a summons as diplomacy ('summoned the ambassador'), but a person
summoned for questioning, to court or to testify is under a legal process, a measure on them (ENFORCEMENT). Read on
the active verb ('X summoned Y for questioning') and on the passive one ('Y was summoned to court by X'); a summons
with none of these words ('Y's ambassador was summoned by X', 'summoned X to appear on Monday') stays diplomacy."""

from __future__ import annotations

from spacy.tokens import Token

from core.model import Family

_SUMMONING = frozenset({"summon", "subpoena"})
# 'for questioning', 'to court', 'before a judge', 'by prosecutors', 'to the police station'
_LEGAL = frozenset(
    {"questioning", "interrogation", "interview", "testimony", "trial", "hearing", "court", "tribunal", "judge"}
    | {"magistrate", "prosecutor", "prosecution", "police", "investigator", "inquiry", "investigation"}
    | {"court-martial", "deposition", "detective", "custody"}
)
# the prepositions a summons names its process or summoner with (not 'over the investigation': its topic)
_TO_LAW = frozenset({"for", "to", "before", "by", "into"})
# 'summoned to testify', 'summoned to give evidence', 'summoned to answer charges', 'summoned to stand trial'
_TESTIFYING = frozenset({"testify", "depose", "stand"})
_EVIDENCE = frozenset({"evidence", "charge", "charges", "statement", "trial"})


def _legal_words(prep: Token) -> bool:
    """A preposition of the summons naming a legal process: 'for questioning', 'to the district court'."""
    for p in prep.children:
        if p.dep_ in ("pobj", "pcomp"):
            words = [p, *(c for c in p.children if c.dep_ in ("compound", "amod"))]
            if any(w.lemma_.lower() in _LEGAL or w.lower_ in _LEGAL for w in words):
                return True
    return False


def legal_summons(v: Token) -> bool:
    """'summoned X for questioning', 'was summoned to court', 'summoned to testify', 'summoned by prosecutors'."""
    if v.lemma_.lower() not in _SUMMONING:
        return False
    for c in v.children:
        if c.dep_ == "nsubj" and c.lemma_.lower() in _LEGAL:
            return True  # 'the court summoned X', 'police summoned X'
        if c.dep_ in ("prep", "agent") and c.lower_ in _TO_LAW and _legal_words(c):
            return True
        if c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() in _TESTIFYING | {"appear", "give", "answer", "face"}:
            if c.lemma_.lower() in _TESTIFYING and c.lemma_.lower() != "stand":
                return True
            objects = [x for x in c.children if x.dep_ in ("dobj", "attr")]
            if any(o.lemma_.lower() in _EVIDENCE for o in objects):
                return True  # 'summoned to give evidence', 'summoned to stand trial', 'to answer charges'
            if any(x.dep_ == "prep" and x.lower_ in ("before", "in", "at") and _legal_words(x) for x in c.children):
                return True  # 'summoned to appear before a judge', 'to appear in court'
    return False


def summons_family(v: Token) -> Family | None:
    """ENFORCEMENT for a legal summons, None where the lexicon's diplomacy stands."""
    return Family.ENFORCEMENT if legal_summons(v) else None
