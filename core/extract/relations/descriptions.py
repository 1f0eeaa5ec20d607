"""Descriptions that stand for entities named nearby: 'the two countries', 'both leaders', 'the tanker'."""

from __future__ import annotations

from spacy.symbols import PRON
from spacy.tokens import Doc, Token

from core.extract.relations.lexicon import Lexicon
from core.model import Family, Kind, LocalEntity

_PAIR_WORDS = frozenset({"two", "both"})
_COUNT_DEPS = frozenset({"nummod", "det", "predet", "amod", "quantmod"})
# How far back a description reaches for what it stands for: this sentence and the two before it.
_SENTENCES_BACK = 2
# A description naming a body by its head word ('the ministry') reaches further: the word itself says which.
_BODY_BACK = 4


def _is_pair(t: Token) -> bool:
    """'the two countries', 'both nations', 'the two sides': a plural description counting two."""
    return any(c.lower_ in _PAIR_WORDS and c.dep_ in _COUNT_DEPS for c in t.children)


def _window_start(doc: Doc, t: Token, back: int) -> int:
    """The first token of the sentence ``back`` sentences before the one holding ``t``."""
    sent = t.sent
    start = sent.start
    for _ in range(back):
        if sent.start == 0:
            break
        sent = doc[sent.start - 1].sent
        start = sent.start
    return start


def _body_named_before(
    doc: Doc, tok_ent: list[int], entities: list[LocalEntity], t: Token, names: dict[int, set[str]]
) -> int | None:
    """The body named last before ``t`` (within ``_BODY_BACK`` sentences) whose name holds the description's head
    word and its noun modifiers: 'the ministry' for the Foreign Ministry, 'the coast guard' for the X Coast Guard."""
    need = {t.lower_, t.lemma_.lower()}
    nouns = {c.lower_ for c in t.children if c.dep_ == "compound" and c.is_alpha}
    start = _window_start(doc, t, _BODY_BACK)
    for i in range(t.i - 1, start - 1, -1):
        ei = tok_ent[i]
        if ei < 0 or entities[ei].kind is not Kind.PARTY:
            continue
        if ei not in names:
            names[ei] = _name_words(entities[ei])
        words = names[ei]
        if need & words and nouns <= words:
            return ei
    return None


def _name_words(entity: LocalEntity) -> set[str]:
    words = {w.lower() for w in entity.name.split()}
    for m in entity.mentions:
        words |= {w.lower() for w in m.text.split()}
    return words


def _named_before(
    doc: Doc, tok_ent: list[int], entities: list[LocalEntity], t: Token, kind: Kind, doers: bool = True
) -> list[int]:
    """Entities of ``kind`` named before ``t``, nearest first, within ``_SENTENCES_BACK`` sentences; the subjects
    of ``t``'s clause are left out (with ``doers``)."""
    start = _window_start(doc, t, _SENTENCES_BACK)
    # 'The United States has sanctioned both countries': the doer of the clause is not one of the two
    verb = t.head
    for _ in range(6):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    subjects = {tok_ent[c.i] for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "agent")} - {-1}
    skip = subjects if doers else set()
    out: list[int] = []
    for i in range(t.i - 1, start - 1, -1):
        ei = tok_ent[i]
        if ei >= 0 and entities[ei].kind is kind and ei not in out and ei not in skip:
            out.append(ei)
    return out


def pair_descriptions(
    doc: Doc, tok_ent: list[int], entities: list[LocalEntity], lex: Lexicon
) -> dict[int, frozenset[int]]:
    """Token → the entities a description stands for: the two of its kind named last for a counted plural ('the
    two countries'), the body or state named last for 'the ministry', 'the kingdom', the ship for 'it' boarded."""
    out: dict[int, frozenset[int]] = {}
    names: dict[int, set[str]] = {}  # entity → the words of its names, built when first asked
    for t in doc:
        if t.pos == PRON:
            ship = _ship_pronoun(t, tok_ent, entities, lex)
            if ship is not None:
                out[t.i] = frozenset((ship,))
            continue
        if tok_ent[t.i] >= 0 or t.pos_ not in ("NOUN", "PROPN"):
            continue
        kind = lex.group_descriptions.get(t.lower_) or lex.group_descriptions.get(t.lemma_.lower())
        if kind is not None and _is_pair(t):
            named = _named_before(doc, tok_ent, entities, t, kind)
            if len(named) >= 2:
                out[t.i] = frozenset(named[:2])
            continue
        word = t.lemma_.lower()
        head_word = t.lower_ in lex.body_heads or (word in lex.body_heads and t.tag_ != "NNS")
        royal = word in lex.monarchies and t.tag_ != "NNS"
        if not (head_word or royal or t.lower_ in lex.single_descriptions) or not _is_definite(t, tok_ent):
            continue
        if head_word:
            # 'the ministry said', 'the Navy's ships': the nearest body named before whose name holds the word
            body = _body_named_before(doc, tok_ent, entities, t, names)
            if body is not None:
                out[t.i] = frozenset((body,))
                continue
        if royal:
            # 'the kingdom's ambassador': the nearest state named before that is a kingdom
            states = [e for e in _named_before(doc, tok_ent, entities, t, Kind.STATE, doers=False)]
            states = [e for e in states if entities[e].name in lex.monarchies[word]]
            if states:
                out[t.i] = frozenset(states[:1])
                continue
        kind = lex.single_descriptions.get(t.lower_)
        if kind is not None:
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


def _ship_pronoun(t: Token, tok_ent: list[int], entities: list[LocalEntity], lex: Lexicon) -> int | None:
    """'Chile seized the tanker and later released it', 'boarded it', 'fired shots at it': 'it' undergoing a
    boarding, a strike or a seizure stands for the ship named last, in its sentence or the one before."""
    if t.lower_ != "it" or t.dep_ not in ("dobj", "pobj"):
        return None
    verb = t.head.head if t.dep_ == "pobj" else t.head
    lemma = verb.lemma_.lower()
    if (
        lemma not in lex.boarding_verbs
        and lemma not in lex.striking_verbs
        and lex.verbs.get(lemma) not in (Family.ENFORCEMENT, Family.HOSTILITY)
    ):
        return None
    for i in range(t.i - 1, _window_start(t.doc, t, 1) - 1, -1):
        ei = tok_ent[i]
        if ei >= 0 and entities[ei].kind is Kind.VESSEL:
            return ei
    return None
