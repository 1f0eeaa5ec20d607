"""Names the model read as people that English writes as bodies: the name of the body its staff works or plays for,
written right before a staff noun ("a former Brackwell banker", "Dalstow Rovers defender X", "a Corvala employee",
"the Orla Party leader").

A person has aides, supporters and officials ("a senior Roe official", "Roe staffers"), never employees, bankers or
defenders. This is a general shape of English, read on every occurrence of the name (one is enough, as `firm_people`
reads its firm cues); the name's length does not matter ("the La Orla Avanza leader"), unlike the firm cues, which
read one- and two-word names only.
"""

from __future__ import annotations

from spacy.tokens import Doc

from core.extract.nlp import doc_column

# who works or plays for a body, written right after its name: "a Brackwell banker", "Dalstow Rovers defender X" (not
# "staffers" or "officials": "Roe staffers", "a senior Roe official" are a person's)
_STAFF_AFTER = frozenset(
    {"employee", "employees", "banker", "bankers", "executive", "executives", "analyst", "analysts", "shareholders"}
    | {"defender", "defenders", "striker", "strikers", "midfielder", "midfielders", "goalkeeper", "star", "winger"}
)


def _staff_after(low: list[str], words: list[str], s: int, e: int) -> bool:
    """ "a Brackwell banker", "the Orla Party leader": a staff noun in lower case right after the name ("leader" only
    after "the": "the Orla Party leader", where a person's surname takes none)."""
    if e >= len(low) or not words[e].islower():
        return False
    return low[e] in _STAFF_AFTER or (low[e] == "leader" and s > 0 and low[s - 1] == "the")


def named_as_body(doc: Doc, starts: list[int], width: int) -> bool:
    """Any occurrence (token starts, the name's width in tokens) written as a body's name before its staff."""
    low, words = doc_column(doc, "lower_"), doc_column(doc, "text")
    return any(_staff_after(low, words, s, s + width) for s in starts)
