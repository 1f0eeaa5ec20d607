"""Names the model read as people that English writes as bodies: the name of the body its staff works or plays for,
written right before a staff noun ("a former Brackwell banker", "Dalstow Rovers defender X", "a Corvala employee",
"the Orla Party leader").

A person has aides, supporters and officials ("a senior Roe official", "Roe staffers"), never employees, bankers or
defenders. This is a general shape of English, read on every occurrence of the name (one is enough, as `firm_people`
reads its firm cues); the name's length does not matter ("the La Orla Avanza leader"), unlike the firm cues, which
read one- and two-word names only.

Three guards keep people people. The staff noun must head its phrase: in "a Roe executive order" it qualifies the
order, which is the person's. A player's position or "star" also reads as a person's supporter ("Roe defenders said",
"a staunch Roe defender"), so it counts only before the player's name ("Dalstow Rovers defender Jan Kolb") or after
"former" (a career: "the former Dalstow Rovers striker"). And a name the article gives a title ("Senator Jane Roe") or
writes in full elsewhere as a first name and a surname ("Jane Roe" ... "Roe employees") is a person's, whatever
follows it.
"""

from __future__ import annotations

from spacy.tokens import Doc

from core.extract.kb import title_words
from core.extract.nlp import doc_column

# who works for a body, written right after its name: "a Brackwell banker" (not "staffers" or "officials": "Roe
# staffers", "a senior Roe official" are a person's)
_STAFF_AFTER = frozenset(
    {"employee", "employees", "banker", "bankers", "executive", "executives", "analyst", "analysts", "shareholders"}
)
# who plays for a club, and its stars: also a person's supporters ("Roe defenders"), so only before a player's name
# or after "former"
_PLAYERS = frozenset(
    {"defender", "defenders", "striker", "strikers", "midfielder", "midfielders", "goalkeeper", "star", "winger"}
)
# title words that say when, not what: "former Brackwell banker" is no person's title
_WHEN = frozenset({"former", "late", "acting", "interim", "incoming", "outgoing"})


def _heads_phrase(doc: Doc, e: int) -> bool:
    """The staff noun at ``e`` heads its phrase: no common noun after it, nor a lower-case head it qualifies ("a Roe
    executive order"); a capitalised name after it is the staff member's own ("Kessler analyst Jan Kolb")."""
    nxt = doc[e + 1] if e + 1 < len(doc) else None
    if nxt is not None and nxt.is_lower and nxt.pos_ == "NOUN":
        return False
    head = doc[e].head
    return not (doc[e].dep_ in ("amod", "compound") and head.i > e and head.is_lower and head.pos_ == "NOUN")


def _staff_after(doc: Doc, low: list[str], words: list[str], s: int, e: int) -> bool:
    """ "a Brackwell banker", "the Orla Party leader": a staff noun in lower case right after the name ("leader" only
    after "the": "the Orla Party leader", where a person's surname takes none)."""
    if e >= len(low) or not words[e].islower():
        return False
    if low[e] in _PLAYERS:
        named = e + 1 < len(doc) and doc[e + 1].is_title and doc[e + 1].pos_ == "PROPN"
        return (named or (s > 0 and low[s - 1] == "former")) and _heads_phrase(doc, e)
    if low[e] in _STAFF_AFTER or (low[e] == "leader" and s > 0 and low[s - 1] == "the"):
        return _heads_phrase(doc, e)
    return False


def _persons_name(doc: Doc, form: str, forms: set[str], starts: list[int]) -> bool:
    """A name the article titles ("Senator Jane Roe") or writes in full as a first name and this surname."""
    width = len(form.split())
    if any(len(f.split()) > width and f.split()[-width:] == form.split() for f in forms):
        return True  # "Jane Roe" ... "Roe employees"
    titles = title_words()[0] - _WHEN
    return any((s > 0 and doc[s - 1].lower_ in titles) or _apposed_title(doc, s + width, titles) for s in starts)


def _apposed_title(doc: Doc, k: int, titles: frozenset[str] | set[str]) -> bool:
    """ "Roe, the mayor of Kell, ...": a title in apposition after the name (a few lower-case words may precede it:
    "the former mayor") makes the name a person's."""
    if k >= len(doc) or doc[k].text != ",":
        return False
    for tok in doc[k + 1 : k + 5]:
        if tok.lower_ in titles:
            return True
        if not (tok.is_lower and tok.is_alpha):
            return False
    return False


def named_as_body(doc: Doc, starts: list[int], width: int, forms: set[str], mention_starts: list[int]) -> bool:
    """Any occurrence (token starts, the name's width in tokens) written as a body's name before its staff, unless the
    name is a person's (``forms``: the cluster's forms, ``mention_starts``: where its mentions start)."""
    low, words = doc_column(doc, "lower_"), doc_column(doc, "text")
    if not any(_staff_after(doc, low, words, s, s + width) for s in starts):
        return False
    form = " ".join(words[starts[0] : starts[0] + width])
    return not _persons_name(doc, form, forms, [*starts, *mention_starts])
