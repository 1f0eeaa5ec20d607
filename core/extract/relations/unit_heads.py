"""The head of a unit is a member of the body or state the unit belongs to: "Fiji's director of public
prosecutions, X", "X, head of the merchant marine at the Panama Maritime Authority" (gold MEMBERSHIP in blind15 and
blind17), where the title rules read 'director of' / 'head of' the body or state as its LEADERSHIP.

The title's own 'of' names the unit in lower case (no name, nor a word that names the state itself: 'head of
state', 'head of government' lead it). So does a lower-case word before a leader's or commander's title: 'rescue
leader X', 'the maritime component commander of the Defence Force', 'foreign policy chief X', 'opposition leader X'
(blind4, blind27, blind32: MEMBERSHIP), where 'party leader', 'army chief', 'junta leader' and 'world leaders' lead.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Doc, Token

from core.extract.relations.syntax import Tie
from core.model import Family, Kind

_ROLES = frozenset({"director", "head", "chief"})
# the words of an armed force's name, whose staff's chief heads it
_FORCE_WORDS = frozenset({"army", "military", "forces", "force", "navy", "defence", "defense", "armed"})
_WHOLE = frozenset({"state", "government", "country", "nation", "republic", "kingdom", "mission", "delegation"})
# a leader's title qualified by a lower-case unit before it: 'rescue leader', 'component commander'
_LEADS = frozenset({"leader", "commander", "chief", "head"})
_RULING_UNITS = (  # a lower-case word before a leader's title that rules: 'party leader', 'army chief'
    _WHOLE
    | {"party", "army", "military", "navy", "junta", "rebel", "militia", "group", "force", "regime", "movement"}
    | {"world", "coup", "team", "naval", "air", "guard", "corps", "unit", "fleet", "squadron", "brigade", "division"}
    | {"strongman", "dictator", "despot", "tyrant", "autocrat", "ruler", "monarch", "president", "premier"}
)

# a unit that is a whole body of its own, led by its head ('head of the Kaltor military unit', 'head of the Vesna
# party'); a part of a body ('wing', 'office', 'bureau', 'desk') is only a part: its head is a member of the body
_WHOLE_UNITS = frozenset(
    {"party", "group", "movement", "militia", "faction", "organisation", "organization", "unit", "union", "front"}
    | {"alliance", "coalition", "brigade", "battalion", "regiment", "network", "gang", "cartel"}
    | {"agency", "corporation", "company", "conglomerate"}  # 'director of the GRU intelligence agency'
)


def _named_units(doc: Doc, tok_ent: Sequence[int], start: int, end: int) -> set[int]:
    """The names a role's lower-case unit carries before it: 'head of the Kaltor military unit', 'head of the
    far-right Vesna party' name the unit itself, which its head leads (gold LEADERSHIP)."""
    out: set[int] = set()
    for i in range(start, end):
        t = doc[i]
        if t.lower_ not in _ROLES or tok_ent[i] >= 0:
            continue
        for prep in t.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for unit in prep.children:
                    if (
                        unit.dep_ == "pobj"
                        and unit.is_lower
                        and tok_ent[unit.i] < 0
                        and unit.lemma_.lower() in _WHOLE_UNITS
                    ):
                        out |= {
                            tok_ent[m.i]
                            for m in unit.children
                            if tok_ent[m.i] >= 0
                            and (
                                (
                                    m.i < unit.i
                                    and m.dep_ in ("compound", "amod", "nmod")
                                    and _next_to(doc, tok_ent, m.i, unit.i)
                                )
                                or (m.i == unit.i + 1 and m.dep_ == "appos")  # 'the state corporation Rosatom'
                            )
                        }
    return out


def _next_to(doc: Doc, tok_ent: Sequence[int], i: int, unit: int) -> bool:
    """Only lower-case words stand between the name at ``i`` and its unit: 'the Kaltor military unit', not 'the
    Bureau's Baltimore field office' (a unit of the body, named by its town)."""
    j = i
    while j + 1 < unit and tok_ent[j + 1] == tok_ent[i]:
        j += 1
    return all(doc[k].is_lower or doc[k].text in ("-", "–") for k in range(j + 1, unit))


def _unit_titles(doc: Doc, tok_ent: Sequence[int], start: int, end: int) -> set[str]:
    """The roles of the sentence whose 'of' phrase names a lower-case unit."""
    out: set[str] = set()
    for i in range(start, end):
        t = doc[i]
        if t.lower_ not in _ROLES or tok_ent[i] >= 0:
            continue
        for prep in t.children:
            if prep.dep_ != "prep" or prep.lower_ != "of":
                continue
            for unit in prep.children:
                if (
                    unit.dep_ == "pobj"
                    and unit.pos_ == "NOUN"
                    and unit.is_lower
                    and tok_ent[unit.i] < 0
                    and unit.lemma_.lower() not in _WHOLE
                    and not (unit.lower_ == "staff" and _force_owned(t, unit, doc, tok_ent))
                ):
                    out.add(t.lower_)
    return out


def _force_owned(t: Token, unit: Token, doc: Doc, tok_ent: Sequence[int]) -> bool:
    """'the Ruritanian army's chief of staff', 'chief of staff of the Ruritanian Air Force': the chief of an armed
    force's staff heads the force (gold LEADERSHIP in blind28, blind38, blind47); a president's or an office's chief
    of staff stays a member."""
    owners = [c for c in t.children if c.dep_ in ("poss", "compound") and c.i < t.i]
    owners += [
        p
        for h in (t, unit)
        for c in h.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for p in c.children
        if p.dep_ == "pobj" and p.i != unit.i
    ]
    for o in owners:
        ei = tok_ent[o.i]
        if ei < 0:
            continue
        i, j = o.i, o.i
        while i - 1 >= 0 and tok_ent[i - 1] == ei:
            i -= 1
        while j + 1 < len(doc) and tok_ent[j + 1] == ei:
            j += 1
        if any(doc[k].lower_ in _FORCE_WORDS for k in range(i, j + 1)):
            return True
    return False


def _holder(t: Token, tok_ent: Sequence[int]) -> int:
    """The named holder of the title ``t``: 'rescue leader X' (the title a compound of the name), 'X, the rescue
    leader' (an apposition), 'X is the opposition leader'; -1 when none is named beside it."""
    if t.dep_ == "compound" and tok_ent[t.head.i] >= 0:
        return tok_ent[t.head.i]
    if t.dep_ == "appos" and tok_ent[t.head.i] >= 0:
        return tok_ent[t.head.i]
    if t.dep_ == "attr":  # 'X is the opposition leader'
        for c in t.head.children:
            if c.dep_ == "nsubj" and tok_ent[c.i] >= 0:
                return tok_ent[c.i]
    for c in t.children:
        if c.dep_ in ("appos", "compound") and c.i > t.i and tok_ent[c.i] >= 0:
            return tok_ent[c.i]
    return -1


def _qualified_titles(doc: Doc, tok_ent: Sequence[int], start: int, end: int) -> set[tuple[str, int]]:
    """The leader's titles of the sentence with a lower-case unit before them ('rescue leader', 'police chief'),
    each with its named holder: only that holder's tie is a member's ('Sylvanian leader A met opposition leader B':
    A still leads)."""
    out: set[tuple[str, int]] = set()
    for i in range(start, end):
        t = doc[i]
        if t.lower_ not in _LEADS or tok_ent[i] >= 0:
            continue
        if any(
            m.dep_ == "compound"
            and m.i < t.i
            and m.pos_ == "NOUN"
            and m.is_lower
            and tok_ent[m.i] < 0
            and m.lemma_.lower() not in _RULING_UNITS
            for m in t.children
        ):
            holder = _holder(t, tok_ent)
            if holder >= 0:
                out.add((t.lower_, holder))
    return out


def unit_heads(
    stated: list[Tie], doc: Doc, tok_ent: Sequence[int], start: int, end: int, kind: Callable[[int], Kind] | None = None
) -> list[Tie]:
    """A 'director of' / 'head of' / 'chief of' LEADERSHIP of a sentence whose title names a unit is MEMBERSHIP;
    but a body whose name the unit carries ('head of the Kaltor military unit') is led by the unit's head."""
    if not any(f is Family.LEADERSHIP and ty.split(" ")[0] in _ROLES | _LEADS for _, _, ty, f in stated):
        return stated
    roles = _unit_titles(doc, tok_ent, start, end)
    held = _qualified_titles(doc, tok_ent, start, end)
    if not roles and not held:
        return stated
    preps = ("of", "for", "at")
    # 'head of combat operations for the Joint Staff', 'head of the merchant marine at the Authority'
    unit_ties = {f"{role} {prep}" for role in roles for prep in preps}
    by_holder = {(f"{role} {prep}", holder) for role, holder in held for prep in preps}

    named = {e for e in _named_units(doc, tok_ent, start, end) if kind is not None and kind(e) is Kind.PARTY}

    def member(a: int, b: int, ty: str) -> bool:
        return (ty in unit_ties and not ({a, b} & named and ty.endswith(" of"))) or (ty, a) in by_holder

    return [
        (a, b, ty, Family.MEMBERSHIP if f is Family.LEADERSHIP and member(a, b, ty) else f) for a, b, ty, f in stated
    ]
