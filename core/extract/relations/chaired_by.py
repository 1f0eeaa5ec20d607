"""A named body said to be chaired by named sides, read on the surface: 'the Official Creditor Committee (OCC), which
is co-chaired by A, B and C', 'the Creditors Committee co-chaired by A', 'the X Institute, chaired by Senator A'
(each chair -> the body, LEADERSHIP).

The parser splits 'co-chaired' into three words and hangs them on the clause ('co' a relative clause, 'chaired' an
adverbial one), so the verb rule for 'chair' never sees the body; a participle after a name in a list ('including
the X Institute, chaired by A') is hung on the list's verb. Measured over blind30..81 (bench/by_agents.py, round BJ):
the pairs of a chair named right after 'chaired by' with the body named right before, left untyped by the other
rules. Only a body's name right before (its bracketed acronym, a comma and 'which is/was' allowed between), and the
chairs only as a bare list of names after 'by' (names, commas, 'and'); a meeting or a session chaired names no body
(chaired_meetings.py reads 'a meeting of X chaired by Y'). Nor a body named as the partner or the place of an event
with the participle right after it ('X held talks with the Y Forum chaired by Z', 'a summit at the Y Institute chaired
by Z'): the participle may hang on the talks, which Z chairs (review of round BJ, item 6); 'which is chaired' after
the body still names its chair.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

from spacy.tokens import Token

from core.extract.relations.syntax import Tie, words_in
from core.model import Family, Kind

_CHAIRED = frozenset({"chaired", "co-chaired"})
# words allowed between the body's name and the participle
_BETWEEN = frozenset({"(", ")", ",", "which", "is", "was", "are", "were", "co", "-", "jointly", "currently"})
_LIST = frozenset({",", "and"})
# events whose partner ('talks with X') or place ('a summit at X') may be the body before the participle
_EVENTS = frozenset(
    {"talk", "meeting", "session", "summit", "conference", "negotiation", "consultation", "dialogue", "round"}
)
_EVENT_PREPS = frozenset({"with", "at"})
_DETERMINERS = frozenset({"the", "a", "an", "its", "their"})


def chaired_by_ties(toks: list[Token], tok_ent: Sequence[int], kind: Callable[[int], Kind]) -> Iterator[Tie]:
    """Each chair -> the body, LEADERSHIP."""
    if not toks:
        return
    first, last = toks[0].i, toks[-1].i
    doc = toks[0].doc
    for v in words_in(toks, _CHAIRED):
        if v.i + 1 > last or doc[v.i + 1].lower_ != "by":
            continue
        body = _body_before(doc, v.i - 1, first, tok_ent, kind)
        if body is None or _event_partner(doc, v.i, body, first, tok_ent):
            continue
        for chair in _names_after(doc, v.i + 2, last, tok_ent):
            if chair != body and kind(chair) in (Kind.STATE, Kind.OFFICIAL, Kind.PARTY):
                yield chair, body, "chair of", Family.LEADERSHIP


def _body_before(doc, i: int, first: int, tok_ent: Sequence[int], kind: Callable[[int], Kind]) -> int | None:
    """The body named right before position ``i`` (past its acronym in brackets, a comma, 'which is')."""
    seen: set[int] = set()
    while i >= first:
        t: Token = doc[i]
        e = tok_ent[i]
        if e >= 0:
            seen.add(e)
            bracketed = i > first and doc[i - 1].text == "("
            if not bracketed:  # the body's own name (its acronym in brackets after it may be a second entity)
                return e if len(seen) <= 2 and all(kind(x) is Kind.PARTY for x in seen) else None
        elif t.lower_ not in _BETWEEN:
            return None
        i -= 1
    return None


def _event_partner(doc, v: int, body: int, first: int, tok_ent: Sequence[int]) -> bool:
    """Is the body before the participle at ``v`` the object of 'with' or 'at' after an event noun ('talks with the
    Y Forum chaired by Z'), with no 'which' between it and the participle?"""
    i = v - 1
    while i >= first and tok_ent[i] != body:
        if doc[i].lower_ == "which":
            return False
        i -= 1
    while i >= first and tok_ent[i] == body:
        i -= 1
    while i >= first and doc[i].lower_ in _DETERMINERS:
        i -= 1
    return i - 1 >= first and doc[i].lower_ in _EVENT_PREPS and doc[i - 1].lemma_.lower() in _EVENTS


def _names_after(doc, i: int, last: int, tok_ent: Sequence[int]) -> list[int]:
    """The names listed from position ``i``: names, commas and 'and' only, up to the first other word."""
    out: list[int] = []
    after_comma = False  # the last name came right after a comma
    while i <= last:
        e = tok_ent[i]
        if e >= 0:
            if e not in out:
                out.append(e)
                after_comma = doc[i - 1].text == ","
        elif doc[i].tag_ == "POS" or doc[i].lower_ in ("'s", "\u2019s"):
            if out:  # "chaired by X's deputy": X only owns the chair
                out.pop()
            break
        elif doc[i].lower_ not in _LIST and doc[i].tag_ != "NNP":
            if doc[i].pos_ in ("VERB", "AUX") and after_comma and out:
                out.pop()  # 'chaired by X, Y announced ...': Y opens the next clause
            break  # a title before a name ('Senator') is let through, any other word ends the list
        i += 1
    return out
