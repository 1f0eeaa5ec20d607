"""Last checks on a mention's words: shapes that are no name of a state, body, person or ship.

- "the Hong Kong-based consortium": a place made an adjective ("-based", "-owned") names nobody;
- "Elena LasconiDaniel Mihailescu": two caption names glued together (a long lower-case run, then a capital);
- "Jan Novakclarified that": a speech verb glued to a person's name by a lost space is cut off the name;
- "TNI-AU": an acronym joined by a hyphen to an unknown one is part of that one, not the known body it spells;
- "in the X Marine Reserve", "the X National Park": a protected area is a place, never a ship; a national park
  after "of the" ("the director of the X National Park") is its authority, a body;
- "Doctors Without Borders", "Médecins Sans Frontières": the "without borders" bodies are bodies, whole;
- "the Belt and Road Initiative", "the X Security Project": a programme or plan is no body;
- "Co. for Apparent Violations" (from "X & Co. for Apparent Violations"): a legal form opens no firm's name;
- "the Type 052D X destroyer": a class of ship after its type number is no ship;
- "the X LNG tanker": the cargo word before the ship word is the ship's type, no part of its name;
- "Donetsk, Luhansk, Kherson and Zaporizhia": a one-word "person" listed among places is a place.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc

from core.extract import currencies
from core.extract.carriers import airline_demonym
from core.extract.coref import Mention
from core.extract.excerpt_ends import cut_at_excerpt_end
from core.extract.held_places import held_place
from core.extract.honorifics import ends_in_courtesy
from core.extract.kb import WEEKDAYS, knowledge, lexicon_set, lookup
from core.extract.labels import no_actor
from core.extract.nlp import doc_column, doc_text
from core.extract.placed_people import named_only_as_place
from core.model import Kind


@cache
def _tail_forms() -> frozenset[str]:
    return lexicon_set("legal_forms") - lexicon_set("leading_legal_forms")


_ADJECTIVE = re.compile(r"-(?:based|owned|flagged|registered|listed|headquartered|backed|run|led)$")
_GLUED = re.compile(r"\b([A-Z][a-z\u00e0-\u00ff]*[a-z\u00e0-\u00ff]{4})[A-Z][a-z]")
# name parts written joined to what follows: "AbdelRahman", "AbdulAziz", "FitzGerald" are one name, not two glued
_JOINED_PARTS = frozenset({"Abdel", "Abdul", "Abdal", "Abdol", "Abdoul", "Abdou", "Fitz", "Della", "Mac"})
_GLUED_VERB = re.compile(
    r"\b[A-Z][a-z]{3,}?(clarified|explained|announced|declared|insisted|confirmed|stressed|emphasi[sz]ed|replied"
    r"|added|stated|warned|claimed|argued|urged|noted|denied|wrote|told)$"
)
_GROUP_TAIL = re.compile(r"\b(?:[Ss]trike|[Bb]attle)[ \t]+[Gg]roup$")
_JOINED_ACRONYM = re.compile(r"[A-Z]{2,}[-\u2010]$")
_PROTECTED = re.compile(
    r"\b(?:(?:Marine|Nature|Wildlife|Game|Biosphere|Forest|National|Natural)[ \t]+(?:Reserve|Sanctuary|Refuge)"
    r"|Marine[ \t]+(?:Park|Protected[ \t]+Area)|National[ \t]+Park|Conservation[ \t]+Area)$"
)
_PROGRAMMES = frozenset(
    {"Initiative", "Initiatives", "Programme", "Program", "Plan", "Project", "Corridor", "Pipeline", "Scheme"}
)
_EVENTS = frozenset({"Meeting", "Meetings", "Summit"})  # "the Emergency Foreign Ministers' Meeting": no actor
_REGISTERS = frozenset({"List", "Lists"})  # "the Entity List", "the Unverified List (UVL)": a register, no body
_CARGO = frozenset({"LNG", "LPG", "CNG", "Oil", "Crude", "Gas"})
_SHIP_TYPES = frozenset({"tanker", "carrier", "ship", "vessel", "tankers", "carriers"})
# a share's ticker with its exchange's letters ("PWM.V", "FXPO.L"): after a firm's legal form it is no second firm
_TICKER = re.compile(r"[A-Z]{2,5}\.[A-Z]{1,2}")
_BORDERS = re.compile(r"(?:Without[ \t]+Borders|Sans[ \t]+Fronti[eè]res|Sin[ \t]+Fronteras)$")


def _period(doc: Doc, m: Mention) -> bool:
    end = m.chars[1] if m.chars is not None else doc[m.end - 1].idx + len(doc[m.end - 1].text)
    after = doc_text(doc)[end : end + 5]
    return after[:1] in {"-", "\u2010", "\u2011", " "} and after[1:4].lower() == "era" and not after[4:5].isalpha()


def keep_name(doc: Doc, m: Mention, said: str) -> bool:
    """False when the mention's words are no name; a few shapes are retyped (a park's authority, a body's short)."""
    if no_actor(doc, m, said) or named_only_as_place(doc, m, said) or cut_at_excerpt_end(doc, m, said):
        return False  # a place, a label or a class of ship (labels.py), a town the text only names as a place
    if held_place(doc, m) or ends_in_courtesy(doc, m.start, m.end):
        return False  # "Russian-occupied Enerville": held ground; "Mines Shri": a title's end, the name follows
    if m.chars is None and _ADJECTIVE.search(said):
        return False
    ticker = m.kind is Kind.PARTY and m.start > 0 and _TICKER.fullmatch(said)
    if ticker and doc[m.start - 1].text in lexicon_set("legal_forms"):
        return False  # "Acme Lithium Inc ACL.V": the firm's ticker on its exchange, no body of its own
    if m.kind is Kind.STATE and (_period(doc, m) or airline_demonym(doc, m)):
        return False  # "Soviet-era jets": a time; "Turkish Airlines": a word of the firm's name
    if m.kind is not Kind.STATE and m.end - m.start == 1 and currencies.is_code(doc, m.start, said):
        return False  # "USD 400 million", "the INR Swap Window": a currency's code is no body
    if m.kind is Kind.PARTY and m.end - m.start == 1 and said in _common_acronyms(doc):
        return False  # "a floating storage unit (FSU)": the acronym of a common noun names no body
    if m.kind is Kind.OFFICIAL and any(g.group(1) not in _JOINED_PARTS for g in _GLUED.finditer(said)):
        return False
    if m.kind is Kind.PARTY and m.chars is None and m.end - m.start > 2 and doc[m.end - 1].text in WEEKDAYS:
        m.end -= 1  # "The Superior Council of Communication Thursday ordered": the day is no word of the name
        said = doc[m.start : m.end].text
    glued = _GLUED_VERB.search(said) if m.kind is Kind.OFFICIAL and m.chars is None and m.end - m.start > 1 else None
    if glued is not None:
        start = doc[m.start].idx
        m.chars = (start, start + len(said) - len(glued.group(1)))
    if m.kind is Kind.OFFICIAL and "] " in said and "[" not in said:
        start = m.chars[0] if m.chars is not None else doc[m.start].idx  # "President [Jane] Roe": an editor's insert
        m.chars = (start + said.index("] ") + 2, m.chars[1] if m.chars is not None else start + len(said))
    at = m.chars[0] if m.chars is not None else doc[m.start].idx
    if said.isupper() and len(said) <= 2 and _joined_to_acronym(doc, at):
        return False
    if m.kind is Kind.VESSEL and _GROUP_TAIL.search(said):
        m.kind, m.key = Kind.PARTY, None  # "USS Nimitz Carrier Strike Group": the fleet's group, named by its ship
    if m.kind is not Kind.STATE and _PROTECTED.search(said):
        authority = said.endswith("Park") and m.start >= 2 and doc[m.start - 1].lower_ == "the"
        if not (authority and doc[m.start - 2].lower_ == "of"):
            return False
        m.kind = Kind.PARTY
    words = said.split()
    if m.kind is Kind.PARTY and len(words) > 1 and words[0] in _tail_forms():
        return False  # "JC Flowers & Co. for Apparent Violations": a firm's legal form opens no name
    if m.key is None and len(words) > 1 and words[-1] in _PROGRAMMES and not _agency_named(doc, m, words):
        return False
    listed_of = len(words) > 2 and words[0] in _REGISTERS and words[1] == "of"  # "List of Specially Designated ..."
    if m.key is None and (_REGISTERS & set(words[1:]) or said in _REGISTERS or listed_of or _before_register(doc, m)):
        return False  # "Entity List", "Unverified List (UVL", "Watch" of "the Watch List"
    if m.key is None and _followed_platform(doc, m.start):
        return False  # "follow our Vexnews channel", "follow us on Vexnews": the page's promotion of a platform
    if m.key is None and said.isupper() and m.start >= 2 and doc[m.start - 2].text in _REGISTERS:
        return doc[m.start - 1].text != "("  # "the Unverified List (UVL)": the register's short name
    if m.kind is Kind.VESSEL and m.start >= 2 and doc[m.start - 2].text == "Type" and not doc[m.start - 1].is_alpha:
        return False  # "the Type 052D Luyang III destroyer": a class of ship, no ship
    cargo = m.end - m.start > 1 and m.end < len(doc) and doc[m.end - 1].text in _CARGO
    if m.kind is Kind.VESSEL and cargo and doc[m.end].lower_ in _SHIP_TYPES:
        m.end -= 1
        m.key = doc[m.start : m.end].text if m.key == said else m.key
    if m.kind is Kind.OFFICIAL and m.end - m.start == 1 and _listed_among_places(doc, m.start):
        return False
    if m.kind is Kind.OFFICIAL and m.key is None and m.end - m.start == 1 and _before_nickname(doc, m.end):
        return False  # "Ferdinand" of 'President Ferdinand "Bongbong" Marcos Jr.': the surname after names the person
    if m.key is None and len(words) > 1 and words[-1] in _EVENTS:
        return False  # a named meeting or summit is an event
    if m.key is None and m.end - m.start == 1 and _cut_at_the_end(doc, m.start):
        return False  # "... told Reute": the page's text was cut inside its last word
    if _BORDERS.search(said) and m.chars is None:
        if said.split()[0] in {"Without", "Sans", "Sin"} and m.start > 0 and doc[m.start - 1].is_title:
            m.start -= 1  # "Doctors" + "Without Borders": the model cut the name's first word off
        m.kind = Kind.PARTY
    return True


def _cut_at_the_end(doc: Doc, i: int) -> bool:
    """The word is the last of the text, closing a paragraph of fifteen words or more with no end, and it begins a
    longer word of the text or of a known name ("Reute" of "Reuters"): cut short. A whole name that merely ends a
    page with no full stop stays (review of round X)."""
    if not all(doc_column(doc, "is_space")[i + 1 :]):
        return False
    word = doc[i].text
    if not any(u.text != word and u.text.startswith(word) for u in doc) and not _starts_known(word):
        return False
    k = i
    while k > 0 and "\n" not in doc[k - 1].text_with_ws:
        k -= 1
    return i - k >= 15


_OPEN_QUOTES = frozenset({"\u201c", '"', "\u2018", "'"})
_CLOSE_QUOTES = frozenset({"\u201d", '"', "\u2019", "'"})


def _before_nickname(doc: Doc, end: int) -> bool:
    """ 'Ferdinand "Bongbong" Marcos': a given name, a quoted nickname of one or two capitalised words, a surname."""
    if end + 3 >= len(doc) or doc[end].text not in _OPEN_QUOTES or not doc[end + 1].is_title:
        return False
    k = end + 2 if doc[end + 2].text in _CLOSE_QUOTES else end + 3
    after = doc[k + 1] if k + 1 < len(doc) else None
    return after is not None and doc[k].text in _CLOSE_QUOTES and after.ent_type_ == "PERSON" and after.is_title


def _common_acronyms(doc: Doc) -> frozenset[str]:
    """Acronyms the text defines after lower-case words whose initials they spell ("floating storage unit (FSU)")."""
    found = doc.user_data.get("common_acronyms")
    if found is None:
        out = set()
        text = doc_column(doc, "text")
        for i in (i for i, w in enumerate(text) if w == "("):
            if i + 2 >= len(text) or text[i + 2] != ")":
                continue
            acr = text[i + 1]
            n = len(acr)
            if not (2 <= n <= 6 and acr.isupper() and acr.isalpha()) or i < n:
                continue
            words = doc[i - n : i]
            if all(w.is_alpha and w.is_lower for w in words) and "".join(w.text[0] for w in words).upper() == acr:
                out.add(acr)
        found = doc.user_data["common_acronyms"] = frozenset(out)
    return found


_PLACE_LABELS = frozenset({"GPE", "LOC"})
_AGENCY_OPENERS = frozenset({"United", "UN", "U.N.", "World"})  # "United Nations Development Programme"


def _followed_platform(doc: Doc, s: int) -> bool:
    low = [doc[k].lower_ for k in range(max(0, s - 3), s)]
    return low[-2:] == ["follow", "our"] or low == ["follow", "us", "on"]


def _before_register(doc: Doc, m: Mention) -> bool:
    return m.end < len(doc) and doc[m.end].text in _REGISTERS and m.end - m.start == 1 and m.chars is None


def _agency_named(doc: Doc, m: Mention, words: list[str]) -> bool:
    """A programme that is an agency: named as the UN's or the world's, or defined by a bracketed acronym."""
    if words[0] in _AGENCY_OPENERS or (m.start > 0 and doc[m.start - 1].text in {"Nations", "UN", "U.N."}):
        return True  # "the UN Development Programme" (its name may be cut after the UN's)
    return m.end + 2 < len(doc) and doc[m.end].text == "(" and doc[m.end + 2].text == ")" and doc[m.end + 1].is_upper


def _listed_among_places(doc: Doc, i: int) -> bool:
    """The one-word name at ``i`` stands in a list of three or more one-word names ("A, B, C and D") where a place
    is named ("Taipei, Geng said" and "Kabarebe and Kanyuka" are no such lists)."""
    seen_place = False
    items = 1
    for step in (-1, 1):
        k = i
        while True:
            sep = k + step if step > 0 else k - 1
            item = sep + step
            if not (0 <= item < len(doc)) or doc[sep].text not in {",", "and"}:
                break
            tok = doc[item]
            if not tok.is_title or (0 <= item + step < len(doc) and doc[item + step].is_title):
                break
            seen_place = seen_place or tok.ent_type_ in _PLACE_LABELS
            items += 1
            k = item
    return seen_place and items >= 3


_OWNED = frozenset({"'s", "\u2019s"})


def owned_apposition(doc: Doc, end: int, nouns: frozenset[str]) -> bool:
    """ "X, Freedonia's largest gas producer": an apposition opened by a possessive name says what X is."""
    if end + 3 >= len(doc) or doc[end].text != "," or doc[end + 1].pos_ != "PROPN" or doc[end + 2].text not in _OWNED:
        return False
    k = end + 3
    while k < len(doc) and k - end < 10 and doc[k].pos_ in {"ADJ", "NOUN", "PROPN"} and doc[k].lower_ not in nouns:
        k += 1
    return k < len(doc) and doc[k].lower_ in nouns and (k + 1 >= len(doc) or doc[k + 1].pos_ not in {"NOUN", "PROPN"})


def _joined_to_acronym(doc: Doc, start: int) -> bool:
    """The mention at ``start`` follows another acronym and a hyphen with no space ("TNI-AU")."""
    before = doc_text(doc)[max(0, start - 12) : start]
    word = before.rsplit(None, 1)[-1] if before.strip() else ""
    if word[:-1].upper() in {"ANTI", "PRO", "NON", "POST", "EX", "PRE"}:
        return False  # "ANTI-NATO": a prefix, no acronym
    return bool(_JOINED_ACRONYM.search(word)) and lookup(word[:-1]) is None



@cache
def _known_firsts() -> frozenset[str]:
    return frozenset(k.split()[0].casefold() for k in knowledge().terms if k.strip())


def _starts_known(word: str) -> bool:
    """A known name (a term of the knowledge base) whose first word begins with ``word`` and is longer."""
    folded = word.casefold()
    return any(first.startswith(folded) and first != folded for first in _known_firsts())
