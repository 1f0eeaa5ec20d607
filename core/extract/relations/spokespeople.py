"""A state's ministry's spokesperson named after the ministry is the state's: 'Freedonian Foreign Ministry spokesman
Jan Brok said', "Freedonia's Foreign Ministry spokesperson, Jan Brok,", 'the Freedonian State Department's
spokeswoman, Jan Brok'. The title ties the person to the ministry and the ministry's name to its state; the gold ties
the person to the state too (MEMBERSHIP, the spokesperson's own state). Only where the state is written right before
the ministry (its word inside the ministry's name or its own name just before it, bare or with "'s") and the
spokesperson's word stands right before the person's name (a comma between them allowed); only a ministry or a
department, not a police force or a council ('Sylvanian police spokesman X' is no member of Sylvania in the gold).
A pair another rule already types keeps its family (the surface ties give way)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence

from spacy.tokens import Token

from core.extract.relations.syntax import POSSESSIVE_MARKS, Tie
from core.model import Family, Kind

_SPOKES = frozenset({"spokesman", "spokeswoman", "spokesperson"})
_RANKS = frozenset({"deputy", "chief", "principal", "senior"})
_ORGANS = frozenset({"ministry", "department"})


def spokesperson_state_ties(
    toks: Iterable[Token],
    tok_ent: Sequence[int],
    kind: Callable[[int], Kind],
    words: Callable[[int], set[str]],
    named: Mapping[int, set[int]],
) -> Iterator[Tie]:
    """(person, state, 'spokesperson of', MEMBERSHIP) for a ministry's spokesperson named with its state (see the
    module's text); ``words`` gives an entity's lower-case name words, ``named`` the states each body's name holds."""
    for t in toks:
        if t.lower_ not in _SPOKES:
            continue
        doc, i = t.doc, t.i
        j = i + 1
        if j < len(doc) and doc[j].text == ",":
            j += 1
        if j >= len(doc) or tok_ent[j] < 0 or kind(tok_ent[j]) is not Kind.OFFICIAL:
            continue
        k = i - 1
        if k >= 0 and doc[k].lower_ in _RANKS:
            k -= 1
        if k >= 0 and doc[k].text in POSSESSIVE_MARKS:
            k -= 1
        body = tok_ent[k] if k >= 0 else -1
        if body < 0 or kind(body) is not Kind.PARTY or not named.get(body) or _ORGANS.isdisjoint(words(body)):
            continue
        first = k
        while first > 0 and tok_ent[first - 1] == body:
            first -= 1
        before = first - 1
        if before >= 0 and doc[before].text in POSSESSIVE_MARKS:
            before -= 1
        states = named[body]
        # the state's word inside the ministry's mention ('Freedonian Foreign Ministry') or its name right before it
        inside = any(tok_ent[m] in states for m in range(first, k + 1)) or _state_word(doc[first], states, words)
        if not inside and (before < 0 or tok_ent[before] not in states):
            continue
        state = next((tok_ent[m] for m in (before, *range(first, k + 1)) if m >= 0 and tok_ent[m] in states), -1)
        if state < 0:
            state = next((s for s in sorted(states) if _state_word(doc[first], {s}, words)), -1)
        if state >= 0 and kind(state) is Kind.STATE:
            yield tok_ent[j], state, "spokesperson of", Family.MEMBERSHIP


def _state_word(tok: Token, states: set[int], words: Callable[[int], set[str]]) -> bool:
    """Whether ``tok`` is one of the states' own words ('Freedonian' in 'Freedonian Foreign Ministry')."""
    return any(tok.lower_ in words(s) for s in states)
