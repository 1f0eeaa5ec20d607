"""Two names joined by a hyphen before a relation noun: 'the Peru-Chile dispute', 'the Japan-U.S. alliance'."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Token

from core.extract.nlp import doc_column
from core.extract.relations.lexicon import Lexicon
from core.extract.relations.syntax import Tie, words_in
from core.model import Family, Kind

_JOINERS = frozenset({"-", "–", "—", "/"})
_POSSESSIVE = frozenset({"'s", "’s"})
_SHARED_FAMILIES = frozenset({Family.DIPLOMACY, Family.AGREEMENT, Family.ALLIANCE, Family.HOSTILITY})
_BACK = 8  # tokens from the second name back to the 'and': 'A and North Korean leader Kim Jong Un's summit'
_REACH = 8  # tokens from the second name to the noun: 'the Peru-Chile and Bolivia-Chile strategic alliances'


def joined_ties(toks: list[Token], tok_ent: list[int], kind: Callable[[int], Kind], lex: Lexicon) -> Iterator[Tie]:
    """A tie between two states or bodies written as one hyphenated modifier of a relation noun."""
    if not toks:
        return
    doc = toks[0].doc
    first, last = toks[0].i, toks[-1].i
    yield from _owned_together(doc, toks, tok_ent, lex)
    for t in words_in(toks, _JOINERS):  # (punctuation: its lower-case form is its text)
        if t.text not in _JOINERS or t.whitespace_ or t.i == first or t.i >= last:
            continue
        before, after = doc[t.i - 1], doc[t.i + 1]
        if before.whitespace_:
            continue  # 'Peru - a poor country -' is an aside, not a joined name
        a, b = tok_ent[before.i], tok_ent[after.i]
        if a < 0 or b < 0 or a == b or not {kind(a), kind(b)} <= {Kind.STATE, Kind.PARTY}:
            continue
        end = after.i
        while end + 1 <= last and tok_ent[end + 1] == b:
            end += 1
        fam, noun = _head_noun(doc, end + 1, last, tok_ent, lex)
        if fam is not None and fam not in (Family.MEMBERSHIP, Family.LEADERSHIP, Family.REPORTING):
            yield a, b, f"{noun} with", fam


def _head_noun(doc, start: int, last: int, tok_ent: list[int], lex: Lexicon) -> tuple[Family | None, str]:
    """The family of the noun the joined names modify, walking over further joined names and modifiers."""
    for i in range(start, min(last, start + _REACH) + 1):
        w = doc[i]
        low, lemma = w.lower_, w.lemma_.lower()
        if tok_ent[i] >= 0 or w.text in _JOINERS or low in ("and", ","):
            continue
        if w.pos_ in ("ADJ", "NOUN", "PROPN") and w.dep_ in ("amod", "compound", "nmod") and w.head.i > w.i:
            continue  # 'strategic', 'trade' in 'the Peru-Chile trade deal': the head noun says what it is
        fam = lex.relation_nouns.get(lemma) or lex.relation_nouns.get(low)
        return fam, low
    return None, ""


def _owned_together(doc, toks: list[Token], tok_ent: list[int], lex: Lexicon) -> Iterator[Tie]:
    """'President A and Chilean leader B's summit': two names sharing one possessive before a relation noun meet in
    it (the parser often hangs the first name elsewhere)."""
    first, last = toks[0].i, toks[-1].i
    low = doc_column(doc, "lower_")
    for i in range(first + 1, last):
        if low[i] not in _POSSESSIVE or tok_ent[i - 1] < 0:
            continue  # (the quick answer for most tokens)
        t = doc[i]
        n = t.i + 1
        while n < last and doc[n].pos_ == "ADJ":
            n += 1  # "B's first summit"
        noun = doc[n]
        fam = lex.relation_nouns.get(noun.lemma_.lower()) or lex.relation_nouns.get(noun.lower_)
        if noun.pos_ != "NOUN" or fam not in _SHARED_FAMILIES:
            continue
        b = tok_ent[t.i - 1]
        i = t.i - 1
        while i > first and tok_ent[i - 1] == b:
            i -= 1
        a = -1
        for j in range(i - 1, max(first, i - _BACK) - 1, -1):
            w = doc[j]
            if w.lower_ == "and":
                k = j - 1 if j - 1 >= first and doc[j - 1].text != "," else j - 2
                a = tok_ent[k] if k >= first else -1
                break
            if tok_ent[j] >= 0 or w.pos_ == "ADJ" or w.lemma_.lower() in lex.role_nouns or w.lower_ in lex.deputy_words:
                continue  # 'Chilean', 'leader', 'deputy' before the second name
            break
        if a >= 0 and a != b and not _aimed_elsewhere(noun, tok_ent, (a, b)):
            yield a, b, f"{noun.lower_} with", fam


def _aimed_elsewhere(noun: Token, tok_ent: list[int], owners: tuple[int, int]) -> bool:
    """'the US and Israel's strikes on Iran', 'A and B's criticism of C': the act has its own target, so the two
    owners act side by side on it, not on each other."""
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in ("on", "of", "against", "for", "to", "with"):
            for x in c.subtree:
                if tok_ent[x.i] >= 0 and tok_ent[x.i] not in owners:
                    return True
    return False
