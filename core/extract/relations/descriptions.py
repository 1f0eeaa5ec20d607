"""Descriptions that stand for entities named nearby: 'the two countries', 'both leaders', 'the tanker'."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from spacy.symbols import PRON
from spacy.tokens import Doc, Token

from core.extract.nlp import doc_column, doc_lemma_lower, doc_sents
from core.extract.relations.lexicon import Lexicon
from core.model import Family, Kind, LocalEntity

_DATA = Path(__file__).parent.parent / "data"
_COUNTS = {"two": 2, "both": 2}
_COUNT_DEPS = frozenset({"nummod", "det", "predet", "amod", "quantmod"})
# How far back a description reaches for what it stands for: this sentence and the two before it.
_SENTENCES_BACK = 2
# A description naming a body by its head word ('the ministry') reaches further: the word itself says which.
_BODY_BACK = 4


@dataclass(frozen=True, slots=True)
class _Facts:
    """``data/descriptions.json``: which states a region or trait word fits, and what names a grouping of states."""

    state_heads: frozenset[str]
    traits: dict[str, frozenset[str]]  # 'central american' -> state names
    longest: int  # words in the longest trait
    bloc_heads: frozenset[str]
    bloc_words: frozenset[str]
    place_nouns: frozenset[str]
    navy_prefixes: frozenset[str]
    merchant_ship_words: frozenset[str]
    prefix_states: dict[str, str]  # 'HMCS' -> Canada
    armed_group_words: frozenset[str]
    state_body_words: frozenset[str]


@cache
def facts() -> _Facts:
    """Loaded once per process."""
    raw = json.loads((_DATA / "descriptions.json").read_text(encoding="utf-8"))
    countries = json.loads((_DATA / "countries.json").read_text(encoding="utf-8"))["countries"]
    names = {r["code"]: r["name"] for r in countries}
    traits = {k: frozenset(names[c] for c in v) for k, v in raw["traits"].items()}
    return _Facts(
        state_heads=frozenset(raw["state_heads"]),
        traits=traits,
        longest=max(len(k.split()) for k in traits),
        bloc_heads=frozenset(raw["bloc_heads"]),
        bloc_words=frozenset(raw["bloc_words"]),
        place_nouns=frozenset(raw["place_nouns"]),
        navy_prefixes=frozenset(raw["navy_prefixes"]),
        merchant_ship_words=frozenset(raw["merchant_ship_words"]),
        prefix_states={k: names[c] for k, c in raw["prefix_states"].items()},
        armed_group_words=frozenset(raw["armed_group_words"]),
        state_body_words=frozenset(raw["state_body_words"]),
    )


def _count(t: Token) -> int:
    """'the two countries', 'both nations': how many a plural description counts (0: none)."""
    return next((_COUNTS[c.lower_] for c in t.children if c.lower_ in _COUNTS and c.dep_ in _COUNT_DEPS), 0)


def _fitting_states(t: Token, known: _Facts) -> frozenset[str] | None:
    """'the Central American country', 'the oil-rich Gulf kingdom', 'the island': the states its region and trait
    words fit (all of them at once); None when the description has no such word."""
    first = min((c.i for c in t.children if c.dep_ == "det"), default=t.i)
    words = [w.lower_ for w in t.doc[first + 1 : t.i] if w.is_alpha]
    out: frozenset[str] | None = known.traits.get(t.lower_)
    i = 0
    while i < len(words):
        for n in range(min(known.longest, len(words) - i), 0, -1):
            fit = known.traits.get(" ".join(words[i : i + n]))
            if fit is not None:  # the longest trait at this word: 'south east asian' before 'asian'
                out = fit if out is None else out & fit
                i += n
                break
        else:
            i += 1
    return out


def _window_start(doc: Doc, t: Token, back: int) -> int:
    """The first token of the sentence ``back`` sentences before the one holding ``t``."""
    sent = doc_sents(t.doc)[t.i]
    start = sent.start
    for _ in range(back):
        if sent.start == 0:
            break
        sent = doc_sents(doc)[sent.start - 1]
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
    doc: Doc,
    tok_ent: list[int],
    entities: list[LocalEntity],
    t: Token,
    kind: Kind,
    doers: bool = True,
    back: int = _SENTENCES_BACK,
    places: frozenset[str] = frozenset(),
) -> list[int]:
    """Entities of ``kind`` named before ``t``, nearest first, within ``back`` sentences; the subjects of ``t``'s
    clause are left out (with ``doers``), and so are mentions that only say where ('near the Syrian border'),
    by the head nouns in ``places``."""
    start = _window_start(doc, t, back)
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
        if ei < 0 or entities[ei].kind is not kind or ei in out or ei in skip:
            continue
        w = doc[i]
        place = places and w.dep_ in ("amod", "compound", "poss") and w.head.lemma_.lower() in places
        if place and not _shared_with(w.head, tok_ent):  # 'Peru's border with Chile' names both sides
            continue
        out.append(ei)
    return out


def _shared_with(place: Token, tok_ent: list[int]) -> bool:
    """A place shared 'with' a name ("Congo's border with Rwanda") makes its owner a side, not only a where (the
    words as written: the parser often hangs the 'with' higher). The name must stand as the noun, not qualify one:
    'the border with the Sylvanian enclave' shares it with an enclave."""
    doc = place.doc
    j = place.i + 1
    if j < len(doc) and doc[j].lower_ == "with":
        j += 1 + (j + 1 < len(doc) and doc[j + 1].lower_ == "the")
        if j >= len(doc) or tok_ent[j] < 0:
            return False
        top = doc[j]  # the name's own head word ('South Sudan' -> 'Sudan')
        while top.head.i != top.i and tok_ent[top.head.i] == tok_ent[j]:
            top = top.head
        return top.dep_ not in ("amod", "compound")
    return False


def pair_descriptions(
    doc: Doc, tok_ent: list[int], entities: list[LocalEntity], lex: Lexicon
) -> dict[int, frozenset[int]]:
    """Token → the entities a description stands for: the two of its kind named last for a counted plural ('the
    two countries'), the body or state named last for 'the ministry', 'the kingdom', the ship for 'it' boarded."""
    out: dict[int, frozenset[int]] = {}
    names: dict[int, set[str]] = {}  # entity → the words of its names, built when first asked
    known = facts()
    pos, low, lemma = doc_column(doc, "pos_"), doc_column(doc, "lower_"), doc_lemma_lower(doc)
    # a noun below can stand for a name only if it is one of these words (as written or as its lemma)
    words = frozenset().union(
        lex.group_descriptions, lex.body_heads, lex.monarchies, known.state_heads, known.bloc_heads
    ) | frozenset(lex.single_descriptions)
    for t in (
        doc[i]
        for i, p in enumerate(pos)
        if p == "PRON" or (p in ("NOUN", "PROPN") and tok_ent[i] < 0 and (low[i] in words or lemma[i] in words))
    ):
        if t.pos == PRON:
            ship = _ship_pronoun(t, tok_ent, entities, lex)
            if ship is not None:
                out[t.i] = frozenset((ship,))
            continue
        if tok_ent[t.i] >= 0 or t.pos_ not in ("NOUN", "PROPN"):
            continue
        kind = lex.group_descriptions.get(t.lower_) or lex.group_descriptions.get(t.lemma_.lower())
        count = _count(t) if kind is not None else 0
        if count:
            named = _named_before(doc, tok_ent, entities, t, kind, places=known.place_nouns)
            fits = _fitting_states(t, known) if kind is Kind.STATE else None
            if fits is not None:  # 'the two Gulf states'
                named = [e for e in named if entities[e].name in fits]
            if len(named) >= count:
                out[t.i] = frozenset(named[:count])
            continue
        word = t.lemma_.lower()
        singular = t.tag_ != "NNS"
        head_word = t.lower_ in lex.body_heads or (word in lex.body_heads and singular)
        royal = word in lex.monarchies and singular
        statelike = t.lower_ in known.state_heads and singular
        bloc = t.lower_ in known.bloc_heads and singular
        if not (head_word or royal or statelike or bloc or t.lower_ in lex.single_descriptions):
            continue
        if not _is_definite(t, tok_ent):
            continue
        if head_word:
            # 'the ministry said', 'the Navy's ships': the nearest body named before whose name holds the word
            body = _body_named_before(doc, tok_ent, entities, t, names)
            if body is not None:
                out[t.i] = frozenset((body,))
                continue
        fits = _fitting_states(t, known) if royal or statelike else None
        if fits is not None:
            # 'the Central American country', 'the Gulf kingdom', 'the island nation': the nearest state named
            # before that fits its words; none fitting, it stands for none (not for the state named last)
            if not any(tok_ent[x.i] >= 0 and entities[tok_ent[x.i]].kind is Kind.STATE for x in t.subtree):
                states = _named_before(doc, tok_ent, entities, t, Kind.STATE, doers=False, back=_BODY_BACK)
                states = [e for e in states if entities[e].name in fits]
                if royal:
                    states = [e for e in states if entities[e].name in lex.monarchies[word]]
                if states:
                    out[t.i] = frozenset(states[:1])
            continue
        if bloc:
            # 'the bloc said', 'the organisation's council': the grouping of states named last
            party = _bloc_named_before(doc, tok_ent, entities, t, known, names)
            if party is not None:
                out[t.i] = frozenset((party,))
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
            if t.lower_ in known.armed_group_words:
                if _named_otherwise(t, tok_ent):
                    continue  # 'the Khalistan movement', 'the Sikh group': a name the text did not place
                # 'the rebels' are no navy, ministry, United Nations or parliament named nearby (nor, then, the
                # body named beside one: which was meant is not known)
                if any(_is_state_body(entities[e], known, lex) for e in named):
                    continue
            if len(named) == 1:  # only when nothing else of its kind is near: 'the country' is often the topic
                out[t.i] = frozenset(named)
    return out


def _named_otherwise(t: Token, tok_ent: list[int]) -> bool:
    """A capitalised word before the noun that is no mention: 'the Khalistan movement' names its own group."""
    return any(
        c.i < t.i and c.dep_ in ("compound", "amod") and c.text[:1].isupper() and tok_ent[c.i] < 0 for c in t.children
    )


def _is_state_body(entity: LocalEntity, known: _Facts, lex: Lexicon) -> bool:
    """A state's organ ('U.S. military'), a grouping of states or a legislature, by the words of its names."""
    words = _name_words(entity)
    if words & (known.bloc_words | known.state_body_words):
        return True
    return bool(words & lex.organ_words) and not words & lex.organ_exclusions


def _bloc_named_before(
    doc: Doc, tok_ent: list[int], entities: list[LocalEntity], t: Token, known: _Facts, names: dict[int, set[str]]
) -> int | None:
    """The body named last before ``t`` (within ``_BODY_BACK`` sentences) whose name says it groups states."""
    for i in range(t.i - 1, _window_start(doc, t, _BODY_BACK) - 1, -1):
        ei = tok_ent[i]
        if ei < 0 or entities[ei].kind is not Kind.PARTY:
            continue
        if ei not in names:
            names[ei] = _name_words(entities[ei])
        if names[ei] & known.bloc_words:
            return ei
    return None


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
    # 'the Navy's NNS Gongola tried intercepting it': the ship doing it is not what it is done to
    doers: set[int] = set()
    v = verb
    for _ in range(3):
        doers |= {tok_ent[c.i] for c in v.children if c.dep_ in ("nsubj", "nsubjpass", "agent")}
        if v.dep_ not in ("xcomp", "conj") or v.head.i == v.i:
            break
        v = v.head
    for i in range(t.i - 1, _window_start(t.doc, t, 1) - 1, -1):
        ei = tok_ent[i]
        if ei >= 0 and entities[ei].kind is Kind.VESSEL and ei not in doers:
            return ei
    return None
