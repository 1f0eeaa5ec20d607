"""A leader's bare name after a state's possessive: "Argentina's Javier Milei", "Brazil's Luiz Inácio Lula da Silva".

News writes a head of state or government as the country's own ("Argentina's Javier Milei and Uruguay's Yamandú
Orsi"); the model often leaves such a name untagged or tags it a building. The run of capitalised words after a
state's name and its "'s", up to a lower-case word or punctuation, is a person when every word is name-shaped, no
word is a known term, a title, a body's or a thing's word, and the run is not followed by a body's noun.
"""

from __future__ import annotations

from spacy.tokens import Doc

from core.extract.coref import Mention
from core.extract.kb import lexicon_set, lookup, title_words
from core.extract.nlp import doc_column
from core.extract.people import name_like
from core.extract.portfolios import joined_to_title
from core.extract.things import company_shaped
from core.model import Kind

_POSSESSIVE = frozenset({"'s", "\u2019s"})
_PARTICLES = frozenset({"da", "de", "do", "dos", "das", "del", "bin", "van", "von", "der", "al", "el", "di"})
_MAX_WORDS = 6
_STATE_ROLES = frozenset({"name", "acronym"})  # not a capital: "Moscow's Red Square" is a place
# the last word of a place's name, not a person's ("Russia's Far East", "Beijing's Tiananmen Square")
_PLACE_ENDS = frozenset({"East", "West", "North", "South", "Earth", "Square", "Street", "Avenue", "Palace", "Airport"})
_BEFORE_PLACES = frozenset({"to", "across", "throughout", "inside", "within", "around", "via"})
# what a leader named so does next in the sentences news writes ("Argentina's X said", "... X attended the summit");
# a thing's name goes on to other verbs ("Israel's Iron Dome intercepted ...")
_PERSONS_VERBS = frozenset(
    {"say", "tell", "meet", "visit", "attend", "arrive", "host", "call", "urge", "announce", "warn", "welcome", "sign"}
    | {"speak", "address", "travel", "decide", "thank", "praise", "criticize", "criticise", "join", "skip", "be"}
)


def _as_person(doc: Doc, start: int, end: int) -> bool:
    """The model tags a word of the run a person, or the run stands where a leader's name stands: before a comma, an
    'and', a bracket or the end of the sentence, or as the subject of a verb people do ('said', 'met', 'attended')."""
    if any(doc[k].ent_type_ == "PERSON" for k in range(start, end)):
        return True
    if end >= len(doc) or doc[end].is_punct or doc[end].lower_ in ("and", "or"):
        return True
    root = doc[end - 1]
    return root.dep_ == "nsubj" and root.head.lemma_.lower() in _PERSONS_VERBS


def _name_word(tok) -> bool:
    return tok.is_alpha and (tok.is_title or tok.lower_ in _PARTICLES)


def _plain_word(tok, barred: frozenset[str]) -> bool:
    """A word that may stand in a person's name: no known term, title or body's word."""
    titles = title_words()[0]
    return lookup(tok.text) is None and tok.lower_ not in titles and tok.lower_ not in barred and tok.text not in barred


def possessed_people(doc: Doc) -> list[Mention]:
    """Person mentions for the names written after a state's possessive."""
    barred = (
        lexicon_set("org_nouns")
        | lexicon_set("company_tails")
        | lexicon_set("role_nouns")
        | lexicon_set("non_entities")
        | lexicon_set("place_leads")
        | lexicon_set("company_leads")
    )
    places = lexicon_set("place_prepositions")
    place_tails = lexicon_set("place_tails")
    out = []
    n = len(doc)
    texts = doc_column(doc, "text")
    for i in range(n - 3):
        if texts[i + 1] not in _POSSESSIVE:
            continue
        term = lookup(doc[i].text)
        if term is None or term.kind is not Kind.STATE or term.role not in _STATE_ROLES:
            continue
        if i > 0 and (doc[i - 1].lower_ in places or doc[i - 1].lower_ in _BEFORE_PLACES):
            continue  # "at Iran's Bandar Abbas", "from Russia's Far East": a place
        start = i + 2
        end = start
        while end < n and end - start < _MAX_WORDS and _name_word(doc[end]):
            end += 1
        while end > start and doc[end - 1].lower_ in _PARTICLES:
            end -= 1
        if end - start < 2 or doc[start].lower_ in _PARTICLES:
            continue
        if end < n and (doc[end].is_title or doc[end].text in _POSSESSIVE or doc[end].text in {"-", "\u2010"}):
            continue  # a longer capitalised run or a name that owns something: a body's name, not a person
        if end + 1 < n and doc[end].text == "(" and doc[end + 1].is_upper:
            continue  # "Pakistan's National Missile Complex (NMC)": a body written with its acronym
        if end < n and doc[end].pos_ == "NOUN":
            continue  # "Turkey's A Haber news channel", "India's Act East policy": a thing's name
        if doc[end - 1].text in _PLACE_ENDS or doc[end - 1].text in place_tails:
            continue
        if joined_to_title(doc, start, end):
            continue  # "Peru's Climate Change and Energy Minister X": the run is the title's portfolio
        if not _as_person(doc, start, end):
            continue  # "Israel's Iron Dome intercepted the rockets": a thing's name
        span = doc[start:end]
        if not name_like(span) or company_shaped(span):
            continue
        if not all(_plain_word(t, barred) for t in span if t.lower_ not in _PARTICLES):
            continue
        out.append(Mention(start, end, Kind.OFFICIAL, None, 2, "person"))
    return out
