"""'President X of A', 'King X of A', 'Presidents X of A and Y of B', 'leaders such as X of A and Y of B': a person
named with a head's title and an 'of' state heads that state (gold LEADERSHIP, not the plain 'Juan Perez of Peru'
MEMBERSHIP). The title is the word right before the person's name (a deputy's 'Vice President X of A' is a member),
or, for a later conjunct with no title of its own, the first conjunct's when that one has its own 'of' or the title
is plural; or the plural head noun the names are
apposed to or listed under ('leaders such as', 'presidents, X of A and ...'). An 'of' body takes the wider set of
heads' titles ('Chairman X of the Green Union', 'Director X of the agency')."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from core.extract.titled import sultan_in_name
from core.model import Family, Kind

# titles of those who head a state (a prince is mostly a royal, not the head: 'Prince X of A' stays a member; a
# chancellor may keep the exchequer: 'Chancellor X of Britain')
STATE_HEADS = frozenset(
    {"president", "king", "queen", "monarch", "emperor", "emir", "sultan", "premier"}
    | {"ruler", "leader", "dictator", "strongman", "pm", "head", "autocrat", "despot", "tyrant"}
)
# a modifier before a head's title that makes it no state's head: 'Rebel leader X of A', 'Opposition leader X of A'
_NOT_STATES = frozenset({"opposition", "rebel", "party", "militia", "insurgent", "guerrilla", "union", "tribal"})
# lexicon heads' titles that do not head a body they are 'of' ('Captain X of the Z' sails for it)
_NOT_BODY_HEADS = frozenset({"captain", "owner", "operator", "founder", "speaker", "coordinator", "headman"})
# words between a plural head noun and the listed names: 'leaders such as X', 'presidents like X', 'including'
_LISTING = frozenset({"as", "such", "like", "including"})


def _title_family(lemma: str, prev: str, kind: Kind, role_nouns: dict[str, Family]) -> str | None:
    """The title ``lemma`` when it is a head's title of a ``kind`` entity, '' for another title, None for no title
    word."""
    if lemma == "minister" and prev == "prime":
        return lemma
    fam = role_nouns.get(lemma)
    if fam is None:
        return None
    if fam is not Family.LEADERSHIP:
        return ""
    return lemma if (lemma in STATE_HEADS if kind is Kind.STATE else lemma not in _NOT_BODY_HEADS) else ""


def _titled(doc: Doc, start: int, kind: Kind, role_nouns: dict[str, Family], deputies: frozenset[str]) -> str | None:
    """The word before the name at ``start`` as a title: a head's (its lemma), another ('') or none (None)."""
    i = start - 1
    if i < 0:
        return None
    title = doc[i]
    if sultan_in_name(doc, i):
        return None  # "Sultan Al Harbi of the UAE": a given name the mention lost, no ruler's title
    lemma = title.lemma_.lower()
    prev = doc[i - 1].lower_ if i > 0 else ""
    found = _title_family(lemma, prev, kind, role_nouns)
    if found is None and title.tag_ == "NNS":
        found = _title_family(title.lower_.rstrip("s"), prev, kind, role_nouns)
    if found and (prev in deputies or (kind is Kind.STATE and prev in _NOT_STATES)):
        return ""
    return found


def _mention_start(i: int, me: int, tok_ent: Sequence[int]) -> int:
    while i > 0 and tok_ent[i - 1] == me:
        i -= 1
    return i


def titled_leader(
    doc: Doc,
    tok_ent: Sequence[int],
    t: Token,
    me: int,
    kind: Kind,
    role_nouns: dict[str, Family],
    deputies: frozenset[str],
) -> str:
    """The head's title ('president', 'king', 'leader') the person whose mention ``t`` heads is named with as the
    head of an 'of' entity of ``kind``; '' when he is not named so."""
    own = _titled(doc, _mention_start(t.i, me, tok_ent), kind, role_nouns, deputies)
    if own is not None:
        return own
    first = t
    for _ in range(6):
        if first.dep_ != "conj" or first.head.i == first.i:
            break
        first = first.head
        if first.dep_ == "pobj" and first.head.lower_ == "of" and first.head.head.i != first.head.i:
            first = first.head.head  # 'X of A and Y of B': Y hangs on A, the list is X's
    if first.i != t.i:
        fid = tok_ent[first.i]
        if fid < 0:
            return ""
        start = _mention_start(first.i, fid, tok_ent)
        found = _titled(doc, start, kind, role_nouns, deputies)
        if found is not None:
            # inherited only along 'X of A and Y of B' or a plural title: 'President X and Y of B' is X's title
            own_of = any(c.dep_ == "prep" and c.lower_ == "of" for c in first.children)
            return found if own_of or doc[start - 1].tag_ == "NNS" else ""
    h = first
    for _ in range(3):
        if h.dep_ not in ("appos", "pobj", "prep", "amod") or h.head.i == h.i:
            return ""
        h = h.head
        if h.lower_ in _LISTING:
            continue
        if h.tag_ != "NNS" or tok_ent[h.i] >= 0:
            return ""
        return _title_family(h.lemma_.lower(), "", kind, role_nouns) or ""
    return ""
