"""A state named right before its head: "Saudi Crown Prince X", "UK Prime Minister X", "Russia's X" (no title).

The modifier rules read a state word on an official's name as belonging (MEMBERSHIP); the annotated sets tie a
state's head to it as LEADERSHIP ("Saudi Crown Prince X", "Russia's Vladimir Putin", "North Korea's Kim Jong-un",
"Saudi Prince X": LEADERSHIP in every set), while "Foreign Minister X", "Vice-President X", "Myanmar tycoon X" stay
members. So the title words between the state and the name decide: a head's title (no deputy's), or none at all
after a possessive ("Russia's X": a state's bare possessive on a person is its leader in every annotated case).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Doc

from core.extract.relations.syntax import POSSESSIVE_MARKS, Tie
from core.model import Family, Kind

# head titles beyond the head-of-state list: 'Crown Prince', 'Prime Minister', 'Supreme Leader'
_PRINCES = frozenset({"prince", "princess", "sheikh", "shah", "tsar", "czar"})
_DEPUTIES = frozenset({"vice", "deputy", "assistant", "acting", "former", "ex", "late"})
_POSSESSIVE = POSSESSIVE_MARKS
_JOINERS = _POSSESSIVE | {"-"}


def head_titles(
    stated: list[Tie],
    doc: Doc,
    tok_ent: Sequence[int],
    heads: Sequence[tuple[int, int]],
    kind: Callable[[int], Kind],
    head_words: frozenset[str],
    start: int,
    end: int,
) -> list[Tie]:
    """The sentence's ties with each official → state 'part of' read from a head's title made LEADERSHIP."""
    out: list[Tie] = []
    for src, tgt, type_, fam in stated:
        if fam is Family.MEMBERSHIP and type_ == "part of" and {kind(src), kind(tgt)} == {Kind.OFFICIAL, Kind.STATE}:
            person, state = (src, tgt) if kind(src) is Kind.OFFICIAL else (tgt, src)
            if _headed(person, state, doc, tok_ent, heads, head_words, start, end):
                out.append((person, state, "head of", Family.LEADERSHIP))
                continue
        out.append((src, tgt, type_, fam))
    return out


def _headed(
    person: int,
    state: int,
    doc: Doc,
    tok_ent: Sequence[int],
    heads: Sequence[tuple[int, int]],
    head_words: frozenset[str],
    start: int,
    end: int,
) -> bool:
    for i in _name_starts(person, tok_ent, heads, start, end):
        words: list[str] = []
        j = i - 1
        while j >= start and tok_ent[j] < 0 and len(words) < 5 and (doc[j].is_alpha or doc[j].text in _JOINERS):
            words.append(doc[j].lower_)
            j -= 1
        if j < start or tok_ent[j] != state:
            continue
        words.reverse()
        possessive = bool(words) and words[0] in _POSSESSIVE
        title = [w for w in words if w not in _POSSESSIVE and w != "-"]
        if any(w in _DEPUTIES or w.split("-")[0] in _DEPUTIES for w in title):
            continue
        if not title and possessive:
            # "Russia's Vladimir Putin"; not "the president of the Tribunal, Japan's X": a head of something else
            return not _titled_apart(doc, tok_ent, heads, person, state)
        if title and (title[-1] in head_words or title[-1] in _PRINCES):
            return True  # 'Saudi Crown Prince X', "Iran's Supreme Leader X"
        if title[-2:] == ["prime", "minister"]:
            return True  # 'UK Prime Minister X'
    return False


def _titled_apart(doc: Doc, tok_ent: Sequence[int], heads: Sequence[tuple[int, int]], person: int, state: int) -> bool:
    """The person's name stands in apposition to an unnamed title of a named body: 'the president of the Tribunal,
    Japan's X' (the parser may hang the name on the body), so the state's possessive gives the person's country."""
    for ei, hi in heads:
        t = doc[hi]
        if ei != person or t.dep_ != "appos":
            continue
        title = t.head
        if tok_ent[title.i] >= 0 and title.dep_ == "pobj" and title.head.lower_ in ("of", "for", "at"):
            title = title.head.head  # 'the president of the Tribunal, Japan's X' hung on 'Tribunal'
        if title.pos_ != "NOUN" or not title.is_lower or tok_ent[title.i] >= 0:
            continue
        named = {
            tok_ent[o.i]
            for c in title.children
            if c.dep_ == "prep" and c.lower_ in ("of", "for", "at")
            for o in c.children
            if o.dep_ == "pobj" and tok_ent[o.i] >= 0
        }
        if named - {person, state}:
            return True
    return False


# the last word of a body that has one minister: 'Ocean Affairs Council Minister X', 'Unification Ministry Minister'
_ONE_MINISTER = frozenset({"council", "ministry", "department", "commission", "office", "agency", "board"})


def body_ministers(
    stated: list[Tie],
    doc: Doc,
    tok_ent: Sequence[int],
    heads: Sequence[tuple[int, int]],
    kind: Callable[[int], Kind],
    start: int,
    end: int,
) -> list[Tie]:
    """'Ocean Affairs Council Minister X': a minister titled by a body's name heads it (a council or ministry has
    one minister), where the title rules read 'minister of' the body as membership."""
    out: list[Tie] = []
    for src, tgt, type_, fam in stated:
        body = fam is Family.MEMBERSHIP and type_ == "minister of" and kind(tgt) is Kind.PARTY
        if body and kind(src) is Kind.OFFICIAL and _titled_by(src, tgt, doc, tok_ent, heads, start, end):
            fam = Family.LEADERSHIP
        out.append((src, tgt, type_, fam))
    return out


def _titled_by(
    person: int, body: int, doc: Doc, tok_ent: Sequence[int], heads: Sequence[tuple[int, int]], start: int, end: int
) -> bool:
    """The person's name right after 'Minister' right after the body's name."""
    for i in _name_starts(person, tok_ent, heads, start, end):
        if i - 2 >= start and doc[i - 1].lower_ == "minister" and tok_ent[i - 1] < 0 and tok_ent[i - 2] == body:
            return doc[i - 2].lower_ in _ONE_MINISTER  # 'Likud Minister X' is a member of a party with many
    return False


def _name_starts(person: int, tok_ent: Sequence[int], heads: Sequence[tuple[int, int]], start: int, end: int):
    """The first token of each of the person's mentions in the sentence (``heads``: entity, head token)."""
    for ei, hi in heads:
        if ei != person or not start <= hi < end:
            continue
        i = hi
        while i > start and tok_ent[i - 1] == person:
            i -= 1
        yield i
