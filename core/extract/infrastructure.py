"""Names of works and places that look like bodies or people: pipelines, cables, fields, terminals, regions named with a
state's word, places' acronyms, ideologies; and context that says a name is a body ("X and Y newspapers", "&").

"the undersea X gas pipeline", "the X offshore oil field", "the X Offshore Terminal": a named work, not a party.
"British Columbia", "Northern Ireland": a region whose name holds a state's word, not that state. "the Gulf of X
(GoX)": the acronym of a place is a place. "Pan-Africanism": an idea. "Guinean" in a story that names Equatorial
Guinea and never Guinea is Equatorial Guinea's.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc

from core.extract.comma_names import comma_names
from core.extract.coref import Mention
from core.extract.federal_governments import federal_governments
from core.extract.general_bodies import general_bodies
from core.extract.governments import government_of, leader_governments
from core.extract.kb import lexicon_set, lookup
from core.extract.nlp import doc_column, doc_ents, doc_text
from core.extract.paired_portfolios import paired_portfolio_bodies
from core.extract.regional_commands import regional_commands
from core.extract.series_bodies import series_bodies
from core.extract.space_works import space_blocks
from core.model import Kind

_HYPHENS = {"-", "\u2010", "\u2013"}
_MODS = {"ADJ", "NOUN"}
_FORCE_WORDS = {"naval", "military", "air", "defence", "defense", "security", "command", "operational"}
# "Air Defense Identification Zone", "Maritime Exclusion Zone": a zone drawn on a map, whatever force words it holds
_MAP_ZONE_WORDS = {"Identification", "Exclusion", "Exclusive", "Economic", "Buffer", "Demilitarized", "Demilitarised"}
_IDEA = re.compile(r"[A-Z][A-Za-z]*(?:[-\u2010][A-Z][A-Za-z]*)*isms?")


def _name_token(tok) -> bool:
    """A word of a work's name: "BalticConnector", "Nord", "AKPO", "2" (no known state, body or outlet)."""
    text = tok.text
    if not text[:1].isupper() and not (text[:1].isdigit() and len(text) <= 3):
        return False
    return lookup(text) is None and text not in lexicon_set("org_heads")


def _name_start(doc: Doc, end: int) -> int:
    """Where the capitalised name that ends at ``end`` starts (``end`` when there is none)."""
    s = end
    while s > 0 and end - s < 6 and (_name_token(doc[s - 1]) or _inner_of(doc, s - 1, end)):
        s -= 1
    while s < end and (doc[s].lower_ in {"the", "of"} or doc[s].text in _HYPHENS):
        s += 1
    return s


# "the X Nuclear Power Plant", "the X Power Station": a plant making power is a work (not "the X Steel Plant", a firm)
_POWER_WORKS = frozenset({"Plant", "Plants", "Station", "Stations"})


def _power_work(words: list[str], i: int) -> bool:
    return words[i] in _POWER_WORKS and i > 0 and words[i - 1] == "Power"


def _inner_of(doc: Doc, i: int, end: int) -> bool:
    """ "the Power of Siberia 2 pipeline": "of" between two capitalised words of a work's name belongs to it."""
    return i > 0 and i + 1 < end and doc[i].lower_ == "of" and _name_token(doc[i - 1]) and _name_token(doc[i + 1])


def infrastructure_blocks(doc: Doc) -> tuple[list[Mention], set[str]]:
    """Blocks over named works ("the X gas pipeline", "the X Fairway Buoy") and the names the text gives them."""
    nouns = lexicon_set("infrastructure_nouns")
    heads = lexicon_set("infrastructure_heads")
    out: list[Mention] = []
    names: set[str] = set()
    words, lowered = doc_column(doc, "text"), doc_column(doc, "lower_")
    hits = (i for i in range(len(doc)) if lowered[i] in nouns or words[i] in heads or words[i] in _POWER_WORKS)
    for i, tok in ((i, doc[i]) for i in hits):
        head = i + 1 >= len(doc) or not (doc[i + 1].is_lower and doc[i + 1].pos_ == "NOUN")  # not "X field commander"
        if tok.lower_ in nouns and tok.is_lower and tok.pos_ in {"NOUN", "PROPN"} and head:
            k = i
            while k > 0 and i - k < 3 and doc[k - 1].is_lower and doc[k - 1].is_alpha and doc[k - 1].pos_ in _MODS:
                k -= 1  # "gas", "offshore oil", "subsea power"
            s = _name_start(doc, k)
            if s < k:
                out.append(Mention(s, i + 1, Kind.STATE, None, 9, "block"))
                names.add(doc[s:k].text)
            while s >= 2 and s < k and doc[s - 1].lower_ in {"and", ","}:
                k, s = s - 1, _name_start(doc, s - 1)  # "the A and A 2 pipelines"
                if s < k:
                    out.append(Mention(s, k, Kind.STATE, None, 9, "block"))
                    names.add(doc[s:k].text)
        elif (tok.text in heads or _power_work(words, i)) and (
            i + 1 >= len(doc) or not (doc[i + 1].is_title or doc[i + 1].lower_ == "of")
        ):
            s = _name_start(doc, i)
            owned = s > 0 and doc[s - 1].text in {"'s", "\u2019s"}  # "the Navy's Third Naval Zone": a unit
            mapped = any(t.text in _MAP_ZONE_WORDS for t in doc[s:i])
            if s < i and (mapped or (not owned and not any(t.lower_ in _FORCE_WORDS for t in doc[s:i]))):
                out.append(Mention(s, i + 1, Kind.STATE, None, 9, "block"))
    craft, craft_names = space_blocks(doc)
    return out + craft, names | craft_names


@cache
def _region_pattern() -> re.Pattern[str]:
    names = sorted(lexicon_set("regions_with_state_words"), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b")


# a head of state's aircraft is called by its service and "One" ("Air Force One", "Marine One"): a plane, no body
_CALL_SIGN = re.compile(
    r"\b(?:Air[ \u00a0]+Force|Marine|Army|Navy|Coast[ \u00a0]+Guard|Executive)[ \u00a0]+(?:One|Two)\b"
)


# a quoted list of three or more Title-Case items, two with a small word inside: counts of a charge sheet or headings
# ("acts of “Breaking into the Store, Damage to Property, and Injury”"), no actors
_ITEM = r"[A-Z][\w-]*(?:[ \u00a0]+(?:[a-z]{1,4}|[A-Z][\w-]*)){0,5}"
_QUOTED_LIST = re.compile(rf"(?<=[\u201c\"])(?:{_ITEM},[ \u00a0]+){{2,}}(?:and[ \u00a0]+)?{_ITEM}(?=[,.]?[\u201d\"])")


def _charge_list(text: str) -> bool:
    items = re.split(r",\s+(?:and\s+)?", text)
    return sum(1 for item in items if re.search(r"\s[a-z]{1,4}\s", item)) >= 2


def region_blocks(doc: Doc) -> list[Mention]:
    """ "British Columbia", "Northern Ireland", "Western Australia": a region, not the state whose word it holds; an
    aircraft's call sign ("Air Force One") and a quoted list of charges are no body."""
    out = []
    text = doc_text(doc)
    lists = (hit for hit in _QUOTED_LIST.finditer(text) if _charge_list(hit.group(0)))
    for hit in (*_region_pattern().finditer(text), *_CALL_SIGN.finditer(text), *lists):
        span = doc.char_span(hit.start(), hit.end(), alignment_mode="expand")
        if span is not None:
            out.append(Mention(span.start, span.end, Kind.STATE, None, 5, "block"))
    return out


def place_acronyms(doc: Doc) -> tuple[list[Mention], set[str]]:
    """ "the Gulf of Guinea (GoG)": the acronym that follows a place's name is the place, wherever it is used."""
    found = set()
    for e in doc_ents(doc):
        k = e.end
        if e.label_ == "LOC" and k + 2 < len(doc) and doc[k].text == "(" and doc[k + 2].text == ")":
            acr = doc[k + 1].text
            if 2 <= len(acr) <= 6 and acr[0].isupper() and acr.isalpha() and lookup(acr) is None:
                found.add(acr)
    out = [Mention(i, i + 1, Kind.STATE, None, 5, "block") for i, w in enumerate(doc_column(doc, "text")) if w in found]
    return out, found


def compound_modifier(doc: Doc, k: int) -> bool:
    """ "Venezuela-based", "organized": a hyphen inside a compound modifier, or a participle used as one."""
    return (doc[k].text in _HYPHENS and not doc[k].whitespace_) or (doc[k].tag_ == "VBN" and doc[k].is_lower)


def joined_body_names(doc: Doc) -> list[Mention]:
    """ "the Peace and Security Council", "the Trade and Development Board": one body whose name joins two words by
    "and" (not the known body that its last words also name)."""
    heads = lexicon_set("org_heads")
    out = []
    for e in doc_ents(doc):
        s = e.start + (e[0].lower_ == "the")
        if e.label_ != "ORG" or e.end - s < 4 or doc[s + 1].lower_ != "and" or doc[e.end - 1].text not in heads:
            continue
        if all(t.is_title for t in doc[s + 2 : e.end]) and doc[s].is_title and lookup(doc[s].text) is None:
            out.append(Mention(s, e.end, Kind.PARTY, None, 3, "org"))
    # "U.S. Army Europe and Africa": regions joined by "and"; "the Reform, Unity and Progress (RUP) movement"
    out += series_bodies(doc)  # "the Ministry of Trade, Fisheries and Rural Roads"
    out += paired_portfolio_bodies(doc)  # "the country's Information and Communication Technologies Authority"
    return out + regional_commands(doc) + comma_names(doc) + general_bodies(doc)  # "Directorate General of X"


def names_an_idea(text: str) -> bool:
    """ "Pan-Africanism", "Zionism", "Marxism": an idea, never a body or a person."""
    return _IDEA.fullmatch(text) is not None


def body_by_context(doc: Doc, start: int, end: int) -> bool:
    """Context that makes a name a body: "&" inside it ("X & Friends"); a plural body noun after a pair of names
    ("A and B newspapers"); an apposition before it ("a Taiwanese pager manufacturer, X,")."""
    if "&" in doc_column(doc, "text")[start:end]:
        return True
    plural = lexicon_set("org_nouns_plural")
    k = end
    if k < len(doc) and doc[k].lower_ in {"and", "&"}:
        k += 1
        while k < len(doc) and k - end < 5 and (doc[k].is_title or doc[k].is_upper):
            k += 1
    if k < len(doc) and doc[k].lower_ in plural and doc[k].is_lower:
        return True
    j = start - 1
    if j >= 2 and doc[j].text == "," and doc[j - 1].lower_ in lexicon_set("org_nouns") and doc[j - 1].is_lower:
        i = j - 2
        while i >= 0 and j - i < 6 and doc[i].lower_ not in {"a", "an", "the"} and not doc[i].is_punct:
            i -= 1
        opens = i >= 0 and (i == 0 or doc[i].is_sent_start or doc[i - 1].is_punct)
        return opens and doc[i].lower_ in {"a", "an", "the"}
    return False


def _holds(words: list[str], part: list[str]) -> bool:
    return any(words[i : i + len(part)] == part for i in range(len(words)))


def demonyms_of_named_states(chosen: list[Mention], doc: Doc | None = None) -> None:
    """States named another way, re-keyed in place: "the Government of India" is India (as "the United States
    Government" is); "Guinean" where the text names Equatorial Guinea and never Guinea is the named state whose name
    holds the demonym's state."""
    for m in chosen if doc is not None else ():
        government_of(m, doc)
    if doc is not None:
        leader_governments(chosen, doc)
        federal_governments(chosen, doc)  # "the Federal Government": the article's one federation
    named = {m.key for m in chosen if m.kind is Kind.STATE and m.key and m.role != "demonym"}
    for m in chosen:
        if m.kind is not Kind.STATE or m.role != "demonym" or not m.key or m.key in named:
            continue
        words = m.key.split()
        longer = [n for n in named if n != m.key and _holds(n.split(), words)]
        if len(longer) == 1:
            m.key = longer[0]
