"""Ships named only by what is said of them: "it was the Marianne X which had requested permission to call at the
port", "the Nord Star was carrying a cargo of arms", "the company managing the Nord Star".

A name of two to four capitalised words after "the" (no country, body or place word in it) is a ship when the
clause it opens goes on to a port call or a cargo (within a few words, no punctuation between), or when it is the
object of managing, operating or chartering.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from core.extract.equipment import names_ship_class
from core.extract.kb import lexicon_set
from core.extract.nlp import doc_column, doc_text
from core.model import Kind

# a text that speaks of ships (one search for any of the words)
_SHIP_WORD = re.compile(r"\b(?:ship|vessel|tanker|vessels)\b")
_PORT_CALL = re.compile(
    r"(?:to\s+)?(?:call(?:ed|ing)?\s+(?:at|in)|dock(?:ed|ing)?|berth(?:ed|ing)?|moor(?:ed|ing)?|"
    r"carr(?:y|ying|ied)\s+(?:a\s+)?(?:cargo|shipment)|unload(?:ed|ing)?|set\s+sail)\b"
)
_KEEPERS = {"managing", "manages", "managed", "operating", "operates", "chartering", "chartered", "charters"}
_CLAUSE_WORDS = {
    "which",
    "that",
    "was",
    "is",
    "had",
    "has",
    "been",
    "requested",
    "sought",
    "asked",
    "permission",
    "to",
    "due",
    "set",
    "scheduled",
    "expected",
    "planning",
    "planned",
    "trying",
    "tried",
}


def ships_by_what_they_do(doc: Doc, name_at, plain_name) -> list[SpacySpan]:
    """Names the clause after them (or a keeper's verb before them) shows to be ships; ``name_at`` and ``plain_name``
    are the ship finder's tests of a name."""
    out = []
    text = doc_text(doc)
    low = doc_column(doc, "lower_")
    for i in range(len(doc) - 3):
        if low[i] != "the":
            continue
        span = name_at(doc, i + 1)
        if span is None or not 2 <= span[1] - span[0] <= 4 or not plain_name(doc, *span):
            continue
        a, b = span
        if any(not t.is_alpha for t in doc[a:b]):
            continue
        if i > 0 and doc[i - 1].lower_ in _KEEPERS:
            out.append(doc[a:b])
            continue
        k = b
        while k < len(doc) and k - b < 6 and doc[k].lower_ in _CLAUSE_WORDS:
            k += 1
        if k < len(doc) and _PORT_CALL.match(text, doc[k - 1].idx if doc[k - 1].lower_ == "to" else doc[k].idx):
            out.append(doc[a:b])
    return out


def ships_before_plural_noun(doc: Doc, name_at, plain_name, class_words: set[str]) -> list[SpacySpan]:
    """ "the Rezky and Stoikiy corvettes", "the Baotou, Taiyuan and Jinan destroyers": names joined by commas and
    "and" between "the" and a plural ship noun (perhaps after class words: "the X and Y guided missile destroyers")."""
    out = []
    plurals = lexicon_set("vessel_nouns", fold=True)
    lower = doc_column(doc, "lower_")
    for j, word in enumerate(lower):
        if word not in plurals or doc[j].tag_ != "NNS" or not doc[j].is_lower:
            continue
        k = j
        while k > 0 and j - k < 3 and doc[k - 1].is_lower and lower[k - 1] in class_words:
            k -= 1
        names: list[tuple[int, int]] = []
        end, joined = k, False
        while end > 1 and len(names) < 6:
            start = end
            while start > 0 and end - start < 5 and (doc[start - 1].is_title or doc[start - 1].is_upper):
                start -= 1
            if start == end or name_at(doc, start) != (start, end):
                break
            names.append((start, end))
            before = lower[start - 1] if start > 0 else ""
            if before == "the" and start > 1 and lower[start - 2] in {"and", ","}:
                before, start = lower[start - 2], start - 1
            if before in {"and", ","}:
                joined = joined or before == "and"
                end = start - 1
                continue
            if before != "the" or not joined:
                names = []
            break
        text = doc_text(doc)
        # "a FREMM frigate, and Gowind corvettes": a class the article marks elsewhere ("two Gowind corvettes")
        out.extend(
            doc[a:b] for a, b in names if plain_name(doc, a, b) and not names_ship_class(doc, doc[a:b].text, text)
        )
    return out


def ships_taken_for_people(doc: Doc, entities) -> None:
    """Retype, in place, a "person" every mention of whom follows "the" with no noun after it ("a missile attack on
    the True Confidence in March"), in a text that speaks of ships: people take no article; "the X regime" is not
    this."""
    text = doc_text(doc)
    lower = text.lower()
    if not _SHIP_WORD.search(lower):
        return
    for _, e in entities:
        if e.kind is not Kind.OFFICIAL or not e.mentions:
            continue
        if all(_with_the(doc, text, m.start, m.end) for m in e.mentions):
            e.kind = Kind.VESSEL


def owners_named_in_ships(entities) -> None:
    """A one-word "person" that is the first word of a ship's name is the firm the ship is named after ("the
    Harlow Pioneer ... its owner Harlow said"): a body, not an official."""
    firsts = {e.name.split()[0] for _, e in entities if e.kind is Kind.VESSEL and len(e.name.split()) >= 2}
    for _, e in entities if firsts else ():
        if e.kind is Kind.OFFICIAL and e.name in firsts and all(" " not in m.text for m in e.mentions):
            e.kind = Kind.PARTY


def _with_the(doc: Doc, text: str, start: int, end: int) -> bool:
    if text[max(0, start - 4) : start] != "the ":
        return False
    after = doc.char_span(end, len(text), alignment_mode="expand") if end < len(text) else None
    return after is None or len(after) == 0 or after[0].pos_ not in {"NOUN", "PROPN", "ADJ"}


def ships_by_last_name(doc: Doc, entities: list) -> None:
    """ "Watson's vessel Vexo Paul Dalcour ... The Dalcour is operated by ...": a one-word body or person that is the
    last word of a ship's name of two words or more, and is written after "the" at least once, is that ship called
    short; its mentions join the ship's (in place)."""
    ships = {}
    for _, e in entities:
        words = e.name.split()
        if e.kind is Kind.VESSEL and len(words) >= 2 and words[-1][:1].isupper():
            ships.setdefault(words[-1], e)
    if not ships:
        return
    text = doc_text(doc)
    gone = set()
    for _, e in entities:
        ship = ships.get(e.name)
        if ship is None or e.kind not in (Kind.PARTY, Kind.OFFICIAL) or any(m.text != e.name for m in e.mentions):
            continue
        if any(text[max(0, m.start - 4) : m.start].lower() == "the " for m in e.mentions):
            ship.mentions.extend(e.mentions)
            ship.mentions.sort(key=lambda s: s.start)
            gone.add(id(e))
    if gone:
        entities[:] = [(p, e) for p, e in entities if id(e) not in gone]
