"""Mentions that name a place, a label or a class of ship, not an actor (blind33's classes).

- "at the UN Headquarters in New York": a headquarters after a place preposition is a building;
- "Background: In November ...": a label word opening a line before a colon is no name;
- "the Chinese Research Vessel (CRV) X": a "person" whose last word is a ship noun is the ship's description;
- "a Dongdiao Class Auxiliary Intelligence ship": a class of ship before a ship noun is no actor;
- "-Navy" (of "X Army-Navy"): a body opening with a hyphen after a capitalised word is a cut-off word;
- "the Bashi, Balintang, and Babuyan channels": names listed before a plural place noun are places.
"""

from __future__ import annotations

from spacy.tokens import Doc

from core.extract.coref import Mention
from core.extract.kb import lexicon_set
from core.model import Kind

# words that label a paragraph of a news page ("Background: ..."); general page furniture, no article's words
_LABELS = frozenset(
    {
        "Background",
        "Context",
        "Note",
        "Notes",
        "Update",
        "Updated",
        "Analysis",
        "Related",
        "Read",
        "Recap",
        "Summary",
        "Correction",
        "Clarification",
        "Disclaimer",
        "Source",
        "Sources",
        "Explainer",
        "Timeline",
        "Factbox",
        "Highlights",
    }
)
# plural nouns of places that may close a list of their names
_SEA_WORDS = frozenset({"sea", "strait", "straits", "ocean", "waters", "gulf", "bay", "vessel", "ship", "ships"})
_PLACE_PLURALS = frozenset(
    {
        "channels",
        "straits",
        "islands",
        "isles",
        "islets",
        "rivers",
        "seas",
        "gulfs",
        "bays",
        "mountains",
        "passages",
        "reefs",
        "shoals",
        "atolls",
        "lakes",
        "peninsulas",
        "capes",
        "canals",
        "waterways",
        "archipelagos",
    }
)
_LIST_WORDS = frozenset({",", "and", "or"})
# ship nouns no person's surname is spelled as (not "Ferry", "Cutter", "Barge", "Carrier")
_SHIP_ENDS = frozenset(
    {
        "vessel",
        "vessels",
        "ship",
        "ships",
        "tanker",
        "tankers",
        "frigate",
        "destroyer",
        "corvette",
        "submarine",
        "icebreaker",
        "freighter",
        "trawler",
    }
)


def _headquarters(doc: Doc, m: Mention, words: list[str]) -> bool:
    k = m.start - (m.start > 0 and doc[m.start - 1].lower_ == "the")
    return words[-1] == "Headquarters" and k > 0 and doc[k - 1].lower_ in lexicon_set("place_prepositions")


def _label(doc: Doc, m: Mention, said: str) -> bool:
    at_line_start = m.start == 0 or "\n" in doc[m.start - 1].text_with_ws or doc[m.start - 1].is_space
    return said in _LABELS and at_line_start and m.end < len(doc) and doc[m.end].text == ":"


def _at_sea(doc: Doc, k: int) -> bool:
    """'channels' of the sea, not of television ('the Nova Vox and Kanal Plus channels'): a sea word in the sentence."""
    return any(w.lower_ in _SEA_WORDS for w in doc[k].sent)


def _listed_place(doc: Doc, m: Mention) -> bool:
    """Capitalised names, commas and "and" only, up to a plural place noun in lower case."""
    if m.end >= len(doc) or doc[m.end].text not in _LIST_WORDS:
        return False  # a list goes on after the name ('Vexcorp channels millions' is a verb, no list)
    for k in range(m.end, min(len(doc), m.end + 10)):
        t = doc[k]
        if t.text in _PLACE_PLURALS:  # lower-case: "Wang Yi and Solomon Islands Minister X" lists people
            return (t.tag_ == "NNS" and t.text != "channels") or _at_sea(doc, k)
        if not (t.text in _LIST_WORDS or (t.is_title and t.is_alpha)):
            return False
    return False


def no_actor(doc: Doc, m: Mention, said: str) -> bool:
    """The mention names a place, a label or a class of ship (see the module's notes)."""
    if said[:1] in {"-", "\u2010"} and m.kind is Kind.PARTY and m.start > 0 and doc[m.start - 1].is_title:
        return True  # "-Navy" of "Army-Navy" (not "-Jamal" of "al-Jamal's": the person's surname)
    if m.key is not None or m.kind is Kind.STATE:
        return False
    words = said.split()
    if _headquarters(doc, m, words) or _label(doc, m, said):
        return True
    ship_word = len(words) > 1 and (words[-1].lower() in _SHIP_ENDS or words[0].lower() in _SHIP_ENDS)
    if m.kind is Kind.OFFICIAL and ship_word:
        return True  # ... or "Frigate Loses", "Tanker Collides": a heading's ship and verb, no one's name
    after = doc[m.end].lower_ if m.end < len(doc) else ""
    if "Class" in words[1:] and after in lexicon_set("vessel_nouns", fold=True):
        return True
    return _listed_place(doc, m)
