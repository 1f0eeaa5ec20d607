"""Bodies whose written name opens with a state's name: "Communist Party of China Central Committee" (the state
belongs to the name before it), "Japan Maritime Self-Defense Force" (the name as written keeps its state, the state
is a mention inside it and the name without it is a form of the body too).
"""

from __future__ import annotations

from spacy.tokens import Doc

from core.extract.kb import lookup
from core.model import Kind


def state_tail_end(doc: Doc, t: int, e: int, k: int) -> int:
    """ "Party of China Central Committee": a state's name opening the "of" tail belongs to the name before it when a
    body's name follows the state (the body is then a sub-organ of the whole)."""
    for n in (3, 2, 1):
        term = lookup(doc[t : t + n].text) if t + n < e else None
        if term is not None and term.kind is Kind.STATE and term.role == "name":
            return t + n
    return k


def keeps_state(doc: Doc, role: str, start: int, n: int, end: int) -> bool:
    """Does the body ``doc[start:end]``, opened by a state word of ``n`` tokens, keep it in its name? A demonym
    always does ("Indonesian Maritime Security Agency"); a state's name does ("Japan Maritime Self-Defense Force",
    "Bangladesh Shipping Department") unless a known body's name opens the run ("United Kingdom Maritime Trade
    Operations Center" is that known body's)."""
    if role == "demonym":
        return True
    return role == "name" and not any(lookup(doc[start:p].text) is not None for p in range(start + n + 1, end))
