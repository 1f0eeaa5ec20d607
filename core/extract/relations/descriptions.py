"""Descriptions that stand for entities named nearby: 'the two countries', 'both leaders', 'the tanker'."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from core.extract.relations.lexicon import Lexicon
from core.model import Kind, LocalEntity

_PAIR_WORDS = frozenset({"two", "both"})
_COUNT_DEPS = frozenset({"nummod", "det", "predet", "amod", "quantmod"})
# How far back a description reaches for what it stands for: this sentence and the two before it.
_SENTENCES_BACK = 2


def _is_pair(t: Token) -> bool:
    """'the two countries', 'both nations', 'the two sides': a plural description counting two."""
    return any(c.lower_ in _PAIR_WORDS and c.dep_ in _COUNT_DEPS for c in t.children)


def _named_before(doc: Doc, tok_ent: list[int], entities: list[LocalEntity], t: Token, kind: Kind) -> list[int]:
    """Entities of ``kind`` named before ``t``, nearest first, within ``_SENTENCES_BACK`` sentences."""
    sent = t.sent
    start = sent.start
    for _ in range(_SENTENCES_BACK):
        if sent.start == 0:
            break
        sent = doc[sent.start - 1].sent
        start = sent.start
    # 'The United States has sanctioned both countries': the doer of the clause is not one of the two
    verb = t.head
    for _ in range(6):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    doers = {tok_ent[c.i] for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "agent")} - {-1}
    out: list[int] = []
    for i in range(t.i - 1, start - 1, -1):
        ei = tok_ent[i]
        if ei >= 0 and entities[ei].kind is kind and ei not in out and ei not in doers:
            out.append(ei)
    return out


def pair_descriptions(
    doc: Doc, tok_ent: list[int], entities: list[LocalEntity], lex: Lexicon
) -> dict[int, frozenset[int]]:
    """Token → the two entities a counted plural description stands for: the two of its kind named last."""
    out: dict[int, frozenset[int]] = {}
    for t in doc:
        if tok_ent[t.i] >= 0 or t.pos_ not in ("NOUN", "PROPN"):
            continue
        kind = lex.group_descriptions.get(t.lower_) or lex.group_descriptions.get(t.lemma_.lower())
        if kind is not None and _is_pair(t):
            named = _named_before(doc, tok_ent, entities, t, kind)
            if len(named) >= 2:
                out[t.i] = frozenset(named[:2])
            continue
        kind = lex.single_descriptions.get(t.lower_)
        if kind is not None and _is_definite(t, tok_ent):
            # 'the country's acting ambassador', 'strikes against the militant group': the one named last
            named = _named_before(doc, tok_ent, entities, t, kind)
            if len(named) == 1:  # only when nothing else of its kind is near: 'the country' is often the topic
                out[t.i] = frozenset(named)
    return out


def _is_definite(t: Token, tok_ent: list[int]) -> bool:
    """'the country', 'the militant group', but not 'the country's first female president X' named there."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in t.children):
        return False
    return not any(tok_ent[c.i] >= 0 for c in t.children if c.dep_ in ("compound", "appos", "amod", "nmod"))
