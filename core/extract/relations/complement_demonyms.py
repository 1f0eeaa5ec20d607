"""A demonym inside the complement of a dealer's title naming the goods dealt in: 'X, a trader in Ruritanian bonds', 'a
dealer in Ruritanian antiques'. The state is the goods', not the one the person serves. Only a dealing title
(``_DEALERS``: 'a senior official in Russian diplomacy', 'a major player in Russian business' keep their ties) with
'in' and a bare noun (no article) that names no body, force, group or post and carries no such word among its
modifiers: the annotated sets keep 'major players in the Russian oil industry', 'head of the Mexican consular
section', 'a patron of Russian military hardware', 'a central figure in Russian government efforts' as ties, and 'a
minister in the Ruritanian government', 'a soldier in the Ruritanian army' keep theirs."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from core.extract.kb import lexicon_set
from core.extract.relations.lexicon import Lexicon
from core.extract.relations.syntax import MODIFIER_DEPS, NOUN_POS
from core.model import Kind

# collective nouns that name goods, not people or bodies ('a trader in Ruritanian oil')
_GOODS = frozenset({"oil", "crude", "fuel", "arms", "weapons"})
# titles of those who deal in goods, whose 'in' names what they deal in (not 'an official in Russian diplomacy')
_DEALERS = frozenset(
    {"trader", "dealer", "merchant", "broker", "investor", "speculator", "buyer", "seller", "exporter", "importer"}
    | {"supplier", "smuggler", "trafficker", "collector"}
)
# the lexicon's words for bodies, forces, groups and a state's people, less the goods, built once per lexicon
_BODY_WORDS: dict[int, frozenset[str]] = {}


def _body_like(word: str, lex: Lexicon) -> bool:
    """A word for a body, a force, a group, a post or a state's people ('government', 'army', 'president',
    'university')."""
    words = _BODY_WORDS.get(id(lex))
    if words is None:
        union = lex.body_heads | lex.organ_words | lex.group_nouns | lex.troop_nouns | lex.collective_nouns
        words = _BODY_WORDS[id(lex)] = frozenset(union - _GOODS)
    return word in lex.role_nouns or word in words or word.capitalize() in lexicon_set("org_heads")


def goods_demonym(
    prep: Token,
    p: Token,
    tok_ent: list[int],
    kind: Callable[[int], Kind],
    den_all: Callable[[Token], frozenset[int]],
    lex: Lexicon,
) -> bool:
    """Is ``p``, brought in by ``prep`` 'in' on a dealer's title, a bare unnamed common noun naming no body or post,
    with no such word among its modifiers, whose modifiers name states and nothing else names anyone ('a trader in
    Ruritanian bonds')?"""
    if prep.lower_ != "in" or tok_ent[p.i] >= 0 or p.pos_ not in NOUN_POS or p.pos_ == "PROPN":
        return False
    if prep.head.lemma_.lower() not in _DEALERS:
        return False  # 'a senior official in Russian diplomacy', 'a major player in Russian business'
    if any(c.dep_ in ("det", "poss") for c in p.children):
        return False  # 'players in the Russian oil industry'
    words = [p, *(c for c in p.children if c.dep_ in MODIFIER_DEPS)]
    if any(_body_like(w.lemma_.lower(), lex) or _body_like(w.lower_, lex) for w in words):
        return False  # 'a figure in Russian government efforts'
    mods = frozenset(e for c in p.children if c.dep_ in MODIFIER_DEPS for e in den_all(c))
    return bool(mods) and den_all(p) <= mods and all(kind(e) is Kind.STATE for e in mods)
