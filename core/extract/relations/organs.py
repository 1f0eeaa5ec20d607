"""A state and the organ acting for it share the act: 'Iran's Revolutionary Guards seized X' is Iran's too."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from core.extract.bare_forms import bare_form_of
from core.extract.relations.lexicon import Lexicon
from core.extract.relations.passive_subjects import UNDERGOING
from core.extract.relations.syntax import Tie
from core.model import Family, Kind, LocalEntity

# Acts an organ does for its state; ties of belonging (LEADERSHIP, MEMBERSHIP) stay the organ's own.
_SHARED = frozenset(
    {Family.ENFORCEMENT, Family.HOSTILITY, Family.DIPLOMACY, Family.TRADE, Family.ALLIANCE, Family.AGREEMENT}
    | {Family.REPORTING}  # 'South Korea's NIS revealed ...' is South Korea's statement too
)


def is_organ(entity: LocalEntity, lex: Lexicon) -> bool:
    """A navy, coast guard, ministry or police force, by the words of its names; a firm or a news agency is not."""
    # a known body's plain-word name ("MI5 ... the Security Service") makes it no organ of an unnamed state
    forms = (entity.name, *(m.text for m in entity.mentions if not bare_form_of(m.text, entity.name)))
    words = {w for form in forms for w in re.findall(r"\w+", form.lower())}
    return bool(words & lex.organ_words) and not words & lex.organ_exclusions


def organ_states(
    stated: Iterable[Tie], kind: Callable[[int], Kind], organ: Callable[[int], bool]
) -> dict[int, set[int]]:
    """State organ → the states the document says it belongs to ('Iran's IRGC Navy', 'the China Coast Guard')."""
    out: dict[int, set[int]] = {}
    for src, tgt, type_, fam in stated:
        if type_.startswith("based") or type_ in ("flagged", "registered"):
            continue  # 'the Bahrain-based US Fifth Fleet' is not Bahrain's
        if fam is Family.MEMBERSHIP and kind(src) is Kind.PARTY and kind(tgt) is Kind.STATE and organ(src):
            out.setdefault(src, set()).add(tgt)
    return out


# A spokesperson speaks for the organ alone: 'Chinese Foreign Ministry spokesman X' is the ministry's, not China's.
_SPOKESPEOPLE = ("spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen")


def through_states(stated: list[Tie], kind: Callable[[int], Kind], state_of: dict[int, set[int]]) -> list[Tie]:
    """For each act of a state organ, the same act by its state (and done to the state, when done to the organ);
    a person serving the organ serves the state ('the commander of China's Coast Guard'), but not its spokesperson
    ('Gan Yu, a spokesperson for China's Coast Guard' is the Coast Guard's)."""
    if not state_of:
        return []
    out: list[Tie] = []
    for src, tgt, type_, fam in stated:
        if fam is Family.MEMBERSHIP and kind(src) is Kind.OFFICIAL and not type_.startswith(_SPOKESPEOPLE):
            out.extend((src, state, type_, fam) for state in state_of.get(tgt, ()) if state != src)
        if fam not in _SHARED or type_ in ("quoted on", UNDERGOING):
            continue  # (an organ's quoted words are its own: '"... A and B ...," the ministry said in a statement')
        for state in state_of.get(src, ()):
            if state != tgt:
                out.append((state, tgt, type_, fam))
        for state in state_of.get(tgt, ()):
            if state != src and fam in (Family.ENFORCEMENT, Family.HOSTILITY, Family.DIPLOMACY):
                out.append((src, state, type_, fam))
    return out
