"""Last checks on the candidate mentions: words that name things rather than entities, and names cut at "and".

Things: a hull or model number in brackets ("(F571)"), a plural acronym ("UAVs"), a document's acronym or name
("Resolution (UNSCR)", "the Security Cooperation Agreements"), a weapons maker named as a brand ("Zastava-produced").
Names cut at "and": "Myanma Oil and Gas Enterprise (MOGE)" (its acronym spells it all), "Emerald and Ruby Jewelry
Company" (one lone word before "and" and a firm's name after it).
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from core.extract.artworks import names_an_artwork
from core.extract.bases import names_a_base
from core.extract.cap_words import is_cap
from core.extract.coref import Mention
from core.extract.equipment import model_spans, names_equipment_or_document, names_ship_class
from core.extract.furniture import title_case_line_at
from core.extract.kb import acronym_of, is_state_word, lexicon_set, lookup
from core.extract.named_storms import names_a_storm
from core.extract.nlp import doc_tokens
from core.extract.people import named_person
from core.extract.products import names_a_product
from core.extract.programmes import names_a_programme
from core.model import Kind

# "Zastava-produced rifles", "Norinco-made": the maker of a weapon named as its brand, not a party of the story
_MAKER = re.compile(r"[-\u2010](?:produced|made|built|manufactured|designed|supplied)\b")
# the words that close the name of a port, base, yard or a building (never a surname)
_WORKS = frozenset({"port", "airport", "airbase", "airfield", "harbour", "harbor", "shipyard", "dockyard", "pier",
                    "wharf", "refinery", "barracks", "cosmodrome", "spaceport", "checkpoint", "naval base",
                    "cafe", "café", "restaurant", "hotel", "synagogue", "mosque", "church", "cathedral", "stadium",
                    "prison", "jail", "penitentiary", "bridge", "palace", "road", "highway", "railway", "railroad",
                    "expressway", "motorway", "pipeline", "corridor", "tunnel", "canal", "setu"})
# "a Hong Kong-flagged tanker": a flag or registry adjective names where a ship is listed, never a person or a body
# devices named by their kind ("a CCTV camera"): the word before them is no body
_DEVICE_NOUNS = frozenset({"camera", "cameras"})
# equipment words that also close other names: "Arleigh Burke class"
_NOT_MODEL_NOUNS = frozenset({"class"})
# the endings of a word for an attitude or a doctrine ("Russophobia", "Zionism"), never a body's name
_DOCTRINES = ("phobia", "ism")
# holy books: "the desecration of the Quran" names a book, no body
_SCRIPTURES = frozenset({"Quran", "Koran", "Qur'an", "Qur\u2019an", "Bible", "Torah", "Talmud"})
# faiths, their rites and pious phrases (general knowledge): "the Hajj", "perform Umrah", "Islam", never a party
_FAITHS = frozenset({"Islam", "Christianity", "Judaism", "Hinduism", "Buddhism", "Sikhism", "Jainism", "Hajj", "Haj",
                     "Umrah", "Umra", "Alhamdulillah", "Inshallah", "InshaAllah", "Mashallah", "Bismillah"})
# a cost or a length right before a name ("the $260m X Bridge", "the 923-metre-long X Bridge")
_SIZE = re.compile(r"\d\s*(?:m|bn|million|billion|km|-?(?:kilo)?met(?:re|er)s?(?:\s*-\s*long)?)$")
_FUNCTION_POS = frozenset({"ADP", "DET", "CCONJ", "SCONJ", "PRON", "AUX", "PART"})
_TIME_ZONE = re.compile(r"(?:UTC|GMT)\s*(?:[+\u2212-]|\d)")
_FLAG_WORD = re.compile(r"[-\u2010](?:flagged|registered)$", re.IGNORECASE)
# units of measure: after a number they open a quantity ("2,170 Kgs Hashish"), never a name
_UNITS = frozenset({"kg", "kgs", "kilos", "kilograms", "tonnes", "tons", "grams", "gms", "lbs", "pounds", "litres",
                    "liters", "barrels", "gallons", "ounces"})


_CLASS_WORD = re.compile(r"\b([A-Z]\w+)-class\b")
_FIRM_NOUN = r"(?:firm|company|group|maker|manufacturer|shipbuilder|shipyard|contractor)"


@lru_cache(maxsize=8)
def _class_words(doc_text: str) -> frozenset[str]:
    """The words the document writes before '-class' ("two Corsaro-class ships"), found once per document."""
    return frozenset(_CLASS_WORD.findall(doc_text))


def _class_word(word: str, doc_text: str) -> bool:
    """A ship's class word used bare ("Corsaro's air wing"), unless the text calls it a firm ("Corsaro, the Italian
    firm, said")."""
    if word not in _class_words(doc_text):
        return False
    w = re.escape(word)
    called = rf"\b{w},? (?:the |an? )?(?:[\w-]+ ){{0,3}}{_FIRM_NOUN}\b|\b{_FIRM_NOUN} {w}\b"
    return re.search(called, doc_text) is None


def spelled_by_acronym(doc: Doc, start: int, end: int) -> bool:
    """ "Syrian Arab News Agency (SANA)": the bracketed acronym spells the whole name, country word included."""
    if end + 2 >= len(doc) or doc[end].text != "(" or doc[end + 2].text != ")":
        return False
    return acronym_of(doc[start:end].text) == doc[end + 1].text.replace(".", "")


def company_shaped(span) -> bool:
    """ "Dalian Haibo International Freight", "Corpus Christi Maritime": a firm's name, whatever the model said."""
    words = [t for t in span if not t.is_punct]
    return len(words) >= 2 and words[-1].text in lexicon_set("company_tails")


def names_a_thing(doc: Doc, m: Mention, text: str, end_char: int, doc_text: str) -> bool:
    """Does this mention (``text``, ending at ``end_char`` of ``doc_text``) name a thing (see the module's
    docstring), not a state, body, person or ship?"""
    if m.kind is not Kind.STATE and _MAKER.match(doc_text, end_char):
        return True
    if m.kind is not Kind.VESSEL and (end_char - len(text), end_char) in model_spans(doc, doc_text):
        return True  # "Leopard 1 AP tanks": a model's suffix, even one spelled like an agency
    if m.kind in (Kind.OFFICIAL, Kind.PARTY) and m.key is None and _FLAG_WORD.search(text):
        return True
    one_word = m.end - m.start == 1 and m.start > 0 and doc[m.start - 1].lower_ not in lexicon_set("role_nouns")
    if m.key is None and (m.kind is Kind.PARTY or one_word) and m.chars is None and _indefinite_head(doc, m):
        return True  # a person only as one word after no role ("a Chilean citizen Juan Perez" stays)
    if (
        m.key is None
        and m.kind is Kind.OFFICIAL
        and m.end - m.start > 1
        and doc[m.end - 1].lower_ in _WORKS
        and (doc[m.end - 1].lower_ != "bridge" or _names_a_bridge(doc, m))
        and not _titled(doc, m.start)
    ):
        return True  # "off Tien Sa Port": a port or a base named after its place, no person ("Senator X Road" is)
    if m.key is None and m.kind in (Kind.OFFICIAL, Kind.PARTY) and names_a_base(doc, m.start, m.end):
        return True  # "Camp Melchor Dela Cruz", "Ain al-Asad Air Base": where troops are, no party
    one = m.key is None and m.end - m.start == 1
    if one and (text.casefold().endswith(_DOCTRINES) or text in _SCRIPTURES or text in _FAITHS):
        return True  # "Russophobia", "Zionism": an attitude or a doctrine, no body
    if m.key is None and m.end - m.start == 1 and doc[m.start].is_stop and doc[m.start].pos_ in _FUNCTION_POS:
        return True  # "“With regard to...": a function word opening a quote, no name
    if m.key is None and m.kind is Kind.OFFICIAL and _listed_brand(doc, m.start):
        return True  # "brands such as Lucky Strike and Dunhill": products, no people
    if m.key is None and m.kind is Kind.OFFICIAL and _coded(text):
        return True  # "K9 howitzers", "K2 Black Panther tanks": a model's code, never a person's name
    headline = _headline_cased(text) and title_case_line_at(doc_text, doc[m.start].idx)
    if m.key is None and m.kind in (Kind.OFFICIAL, Kind.PARTY) and headline:
        return True  # "Release Of Seized X Ordered By South African Court": a headline line in Title Case, no name
    if m.key is None and m.kind is Kind.OFFICIAL and m.end - m.start > 1 and doc[m.end - 1].text in _REGION_WORDS:
        return True  # "Ogun State", "Chin State": a region of a state, no person (its government is another name)
    if m.key is None and m.kind in (Kind.OFFICIAL, Kind.PARTY) and m.end - m.start > 1 and _CODE_END.search(text):
        return True  # "a Dassault Falcon 7X": a maker's and a model's words closed by its code, no body or person
    if m.key is None and m.kind in (Kind.OFFICIAL, Kind.PARTY) and m.end - m.start == 1 and _names_a_type(doc, m):
        return True  # "an Antonov 124 took off", "a Boeing 747 cargo plane": a maker's word and a model's number
    if m.key is None and m.kind in (Kind.OFFICIAL, Kind.PARTY) and _names_fields(text):
        return True
    if m.key is None and (_cut_at_the_end(text, end_char, doc_text) or _run_together(text)):
        return True
    if m.key is None and (_titles_a_document(doc, m) or _opens_a_document(doc, m)):
        return True
    if m.key is None and m.kind is not Kind.VESSEL and names_equipment_or_document(doc, text, doc_text):
        return True
    if m.key is None and m.kind is Kind.VESSEL and names_ship_class(doc, text, doc_text):
        return True  # "two Gowind corvettes": the class's name, no ship's
    if m.key is None and m.kind in (Kind.OFFICIAL, Kind.VESSEL) and _names_a_model(doc, m):
        return True
    if m.key is None and m.kind is Kind.OFFICIAL and _plural_title(text):
        return True  # "The National Security Advisors of the three allies": holders of a title, no one person
    if m.key is None and m.kind in (Kind.OFFICIAL, Kind.PARTY) and _region_before_its_office(doc, m.end):
        return True  # "the Sughd regional department of the Committee": the region an office serves, no body
    if m.key is None and m.end - m.start == 1 and _device_after(doc, m.end):
        return True  # "installed a CCTV camera", "closed-circuit television (CCTV) cameras": a device's kind, no body
    if m.key is None and m.start > 0 and doc[m.start].lower_ in _UNITS and doc[m.start - 1].like_num:
        return True  # "2170 Kgs Hashish": a weight of goods, no person
    if m.key is None and m.kind is Kind.PARTY and m.end - m.start == 1 and _class_word(text, doc_text):
        return True  # "two Corsaro-class ships" ... "Corsaro's air wing": the class of ship, no body
    if _TIME_ZONE.match(text):
        return True  # "08:45 (UTC +04:00)": a clock's offset, no body
    if names_an_artwork(doc, m):
        return True  # "the Benin Bronzes", "the Kohinoor diamond": an artwork or an artefact, no person
    if names_a_storm(doc, m):
        return True  # "Hurricane Milton": weather, no person (named_storms.py)
    if names_a_product(doc, m):
        return True  # "doses of Covishield vaccines": a vaccine's or a medicine's brand, no body
    if names_a_programme(doc, m):
        return True  # "the Kingdom's Vision 2030": a plan and the year it aims at, no body
    if m.key is None and m.kind is Kind.OFFICIAL and _bare_title(text):
        return True  # "Bangladesh's Foreign Affairs Advisor": a title and its field, no person's name
    if m.key is None and m.kind is Kind.OFFICIAL and named_person(doc, m.start, m.end):
        return False  # "Nathan Law": a given name and a surname that is also a document's word
    return m.key is None and (_plural_acronym(text) or _bracketed_thing(doc, m) or _names_a_document(text))


def _device_after(doc: Doc, end: int) -> bool:
    """ "a CCTV camera", "(CCTV) cameras": an upper-case acronym right before a device's noun names its kind; a
    maker's name before it ("Korvex cameras") is a firm and stays."""
    word = doc[end - 1]
    if not (word.is_upper and word.is_alpha and len(word) <= 5):
        return False
    k = end + (end < len(doc) and doc[end].text == ")")
    return k < len(doc) and doc[k].lower_ in _DEVICE_NOUNS


def _bare_title(text: str) -> bool:
    """ "Foreign Affairs Advisor", "National Security Adviser": field words before a title, no name."""
    words = text.casefold().split()
    titles, fields = lexicon_set("titles"), lexicon_set("field_words")
    return len(words) > 1 and words[-1] in titles and all(w in fields for w in words[:-1])


_REGIONAL = frozenset({"regional", "provincial", "district", "municipal", "oblast", "county"})


def _region_before_its_office(doc: Doc, end: int) -> bool:
    return end + 1 < len(doc) and doc[end].lower_ in _REGIONAL and doc[end + 1].is_lower and doc[end + 1].pos_ == "NOUN"


def _plural_title(text: str) -> bool:
    """ "National Security Advisors", "Foreign Ministers": a title in the plural (its last one to three words)."""
    words = text.casefold().split()
    if len(words) < 2 or not words[-1].endswith("s"):
        return False
    words[-1] = words[-1][:-1]
    titles = lexicon_set("titles")
    return any(" ".join(words[-n:]) in titles for n in (3, 2, 1))


def _names_a_model(doc: Doc, m: Mention) -> bool:
    """ "the New Generation Fighter", "42 Dassault Rafale multirole fighters": a name closed by a weapon's noun or
    standing before one (one lower-case word between) is a model of equipment, no person and no ship."""
    if m.end - m.start < 2:
        return False
    nouns = lexicon_set("equipment_nouns") - _NOT_MODEL_NOUNS
    if doc[m.end - 1].lower_ in nouns:
        return True
    k = m.end
    if k + 1 < len(doc) and doc[k].is_lower and doc[k].is_alpha and doc[k].pos_ in ("ADJ", "NOUN"):
        k += 1  # "multirole", "combat"
    return k < len(doc) and doc[k].lower_ in nouns


def _titles_a_document(doc: Doc, m: Mention) -> bool:
    """ "the Vienna Convention on Consular Relations" read from "Consular Relations": the words after a treaty's
    head and "on" title the treaty, unless a body's word is among them."""
    if m.start < 2 or doc[m.start - 1].lower_ not in {"on", "concerning"}:
        return False
    heads = lexicon_set("org_heads")
    named = doc[m.start : m.end]
    return doc[m.start - 2].text in lexicon_set("document_heads") and not any(t.text in heads for t in named)


# royal and religious titles that name roads, ports and bridges after their holders
_NAMESAKE_TITLES = frozenset(
    {"sheikh", "king", "queen", "prince", "princess", "emir", "sultan", "imam", "saint", "st", "st."}
)


def _titled(doc: Doc, start: int) -> bool:
    """A role noun or a title right before the name ("Senator Mark Road", "Defence Minister Jan Tunnel"): a person."""
    prev = doc[start - 1].lower_ if start > 0 else ""
    if prev in _NAMESAKE_TITLES:
        return False  # "Sheikh Zayed Road", "King Fahd Causeway": a road named after a king or a saint
    return prev in lexicon_set("role_nouns") or prev in lexicon_set("titles", fold=True)


def _names_a_bridge(doc: Doc, m: Mention) -> bool:
    """ "Tienditas International Bridge", "the Kerch Bridge", a place's name before it: a bridge; "Jeff Bridge" is a
    person."""
    if m.end - m.start >= 3 or doc[m.end - 2].ent_type_ in ("GPE", "LOC", "FAC"):
        return True
    if _SIZE.search(doc[max(m.start - 3, 0) : m.start].text):
        return True  # "the $260m X Bridge", "a 923-metre X Bridge": a size or cost before it, no person
    return m.start > 0 and doc[m.start - 1].lower_ == "the"


def _opens_a_document(doc: Doc, m: Mention) -> bool:
    """ "the Export Administration Regulations" read as "Export Administration": the words before a treaty's or a
    rule's capitalised head name the document, unless a body's word is among them."""
    if m.kind not in (Kind.PARTY, Kind.OFFICIAL) or m.chars is not None or m.end >= len(doc):
        return False
    head = doc[m.end]
    if not (head.is_title and head.text.rstrip("s") in lexicon_set("document_heads")):
        return False
    return not any(t.text in lexicon_set("org_heads") for t in doc[m.start : m.end])


def _cut_at_the_end(text: str, end_char: int, doc_text: str) -> bool:
    """ "the Government of the Russian F": a name whose last word is one letter where the text stops (an excerpt cut
    mid-word) is no name."""
    words = text.split()
    return len(words) > 1 and len(words[-1]) == 1 and words[-1].isupper() and not doc_text[end_char:].strip()


_GLUED = re.compile(r"([A-Z][a-z]+)(which|who|that|and|the|with|while)")


def _run_together(text: str) -> bool:
    """ "Russiawhich": a country's name run together with the next word (a space lost in the page) is no name; nor
    is a word run together with the capitalised word that opens the next sentence ("InstagramThe")."""
    m = _GLUED.fullmatch(text)
    return (m is not None and lookup(m.group(1)) is not None) or _GLUED_OPENER.fullmatch(text) is not None


_GLUED_OPENER = re.compile(r"[A-Za-z]*[a-z]{2}(?:The|This|That|These|Those|They|She|His|However|Meanwhile|When|While)")


_BRAND_NOUNS = frozenset({"brand", "brands", "product", "products", "label", "labels", "model", "models"})


def _listed_brand(doc: Doc, start: int) -> bool:
    """Is the name at ``start`` one of a list after "brands such as" / "brands like" / "brands including"?"""
    k = start - 1
    while k > 0 and start - k < 10 and (doc[k].text == "," or doc[k].lower_ == "and" or doc[k].is_title):
        k -= 1
    if k > 1 and doc[k].lower_ == "as" and doc[k - 1].lower_ == "such":
        k -= 2
    elif k > 0 and doc[k].lower_ in {"like", "including"}:
        k -= 1
    else:
        return False
    return doc[k].lower_ in _BRAND_NOUNS


def _model_number_after(doc: Doc, end: int) -> bool:
    """A number of two to four digits right after the word, not a year: "Antonov 124", "Tupolev 95"."""
    if end >= len(doc) or not doc[end].is_digit or not 2 <= len(doc[end]) <= 4 or doc[end - 1].whitespace_ != " ":
        return False
    return not (len(doc[end]) == 4 and doc[end].text[:2] in {"19", "20"})


# a model's code of letters and digits after a maker's capitalised word: "an Airbus A330", "two Boeing 777s"
_MODEL_CODE = re.compile(r"[A-Z]{1,2}\d{2,4}|\d{2,4}(?:s|[A-Z]{1,2})")
# prepositions a headline capitalises and a body's name writes in lower case ("Ordered By", "Backs India In")
_HEADLINE_WORDS = frozenset({"By", "In", "With", "From", "Over", "After", "Amid"})


def _headline_cased(text: str) -> bool:
    """Five words or more with a capitalised preposition inside: a Title Case headline the model read as one name."""
    words = text.split()
    return len(words) >= 5 and any(w in _HEADLINE_WORDS for w in words[1:-1])


# the capitalised word closing a region's name: "Ogun State", "Chin State", "Sughd Province"
_REGION_WORDS = frozenset({"State", "Province", "Region", "Oblast", "County", "District", "Prefecture", "Governorate"})
# a name closed by a code opened by a digit: "Dassault Falcon 7X"
_CODE_END = re.compile(r"\s\d\w*[A-Za-z]\w*$")


def _model_code_after(doc: Doc, m: Mention) -> bool:
    """ "an Airbus A330-300", "the two Boeing 777s": a capitalised maker's word (not an acronym: "RAF RC-135" is the
    force flying it) right before a model's code, not a decade ("the 1990s")."""
    if m.end >= len(doc) or not doc[m.start].is_title or doc[m.end - 1].whitespace_ != " ":
        return False
    code = doc[m.end].text
    return _MODEL_CODE.fullmatch(code) is not None and code[:2] not in {"19", "20"}


def _names_a_type(doc: Doc, m: Mention) -> bool:
    """A maker's word naming a type of aircraft: before a model's number ("a Boeing 747"), or, where the article
    writes it so, after a state's adjective ("Grounded Venezuelan Boeing not tied to X": the plane, no body)."""
    if _model_code_after(doc, m):
        return True
    if _model_number_after(doc, m.end):
        # a body's name is a type's ("a Boeing 747", "the Venezuelan Boeing 747 cargo plane"), not a firm's whose
        # people are counted ("Acme 150 workers were laid off")
        before = doc[m.start - 1] if m.start > 0 else None
        counted = m.end + 1 < len(doc) and doc[m.end + 1].tag_ in ("NNS", "NNPS")
        return (
            m.kind is Kind.OFFICIAL
            or not counted
            or (before is not None and (before.lower_ in _ARTICLES or is_state_word(before.text)))
        )
    if m.start == 0 or not is_state_word(doc[m.start - 1].text) or not doc[m.start].is_title:
        return False
    return doc[m.start].text in _typed_words(doc)


_TYPED_KEY = "entente_typed_words"
_ARTICLES = frozenset({"a", "an", "the"})


def _typed_words(doc: Doc) -> frozenset[str]:
    """The words the article writes before a model's number ("Boeing" of "Boeing 747"), found once per document
    (a report of a million characters asks for each of its names)."""
    found = doc.user_data.get(_TYPED_KEY)
    if found is None:
        found = doc.user_data[_TYPED_KEY] = frozenset(
            t.text for t in doc_tokens(doc)[:-1] if _model_number_after(doc, t.i + 1)
        )
    return found


def _coded(text: str) -> bool:
    """ "K9", "T-90 Proryv": a name opened by a word of letters and digits is a model's, not a person's."""
    first = text.split(maxsplit=1)[0] if text else ""
    return any(c.isdigit() for c in first) and any(c.isalpha() for c in first)


def _names_fields(text: str) -> bool:
    """ "the National Security and Public Safety of X", "Economic, Trade, Investment": fields of policy written in
    capitals, no body or person (whatever "of" joins after them)."""
    words = [w for w in re.split(r"[\s,&]+", text.split(" of ")[0]) if w and w.casefold() != "and"]
    fields = lexicon_set("field_words", fold=True)
    return len(words) >= 2 and all(w.casefold() in fields for w in words)


def _indefinite_head(doc: Doc, m: Mention) -> bool:
    """ "an Australian navy Seahawk deployed from ...": a name heading a noun phrase opened by "a"/"an" is one of a
    kind, a model of aircraft or equipment, not a body ("a Reuters reporter", "a dozen X fast boats": another head)."""
    after = doc[m.end] if m.end < len(doc) else None
    if after is not None and (after.pos_ in {"NOUN", "PROPN", "ADJ", "NUM"} or after.text in {"-", "\u2010", "("}):
        return False  # another head, or a short name defined after it ("a Joint Zone (JZ)": a body set up)
    if m.end - m.start > 1:
        heads = lexicon_set("org_heads")
        if any(t.text in heads for t in doc[m.start : m.end]):
            return False  # "a National Security Council was set up"
    k = m.start - 1
    while k >= 0 and m.start - k <= 4:
        tok = doc[k]
        if tok.lower_ in {"a", "an"}:
            return True
        demonym = tok.pos_ == "PROPN" and (term := lookup(tok.text)) is not None and term.role == "demonym"
        if not ((tok.pos_ in {"ADJ", "NOUN"} or demonym) and tok.is_alpha):
            return False
        k -= 1
    return False


def spelled_across_and(doc: Doc, chosen: list[Mention]) -> list[Mention]:
    """ "Myanma Oil and Gas Enterprise (MOGE)": a name cut at "and" runs on to the bracketed acronym that spells it."""
    by_start = {m.start: m for m in chosen}
    dropped: set[int] = set()
    for m in chosen:
        e = m.end
        if m.kind is not Kind.PARTY or m.chars is not None or e + 2 >= len(doc) or doc[e].lower_ != "and":
            continue
        k = e + 1
        while k < len(doc) and k - e <= 4 and is_cap(doc[k]):
            k += 1
        if k > e + 1 and spelled_by_acronym(doc, m.start, k):
            for t in range(e, k):
                if t in by_start and by_start[t] is not m and by_start[t].end <= k:
                    dropped.add(id(by_start[t]))
            m.end = k
            m.key = None if m.key is None or lookup(doc[m.start : k].text) is None else m.key
    for m in chosen:
        s = _joined_by_und(doc, m)
        if s < m.start:
            dropped.update(id(by_start[t]) for t in range(s, m.start) if t in by_start and by_start[t].end <= m.start)
            m.start = s
        k = max(_listed_remit_end(doc, m), _one_word_and_name_end(doc, m, by_start))
        if k > m.end:
            dropped.update(id(by_start[t]) for t in range(m.end, k) if t in by_start and by_start[t].end <= k)
            m.end = k
    for m in chosen:
        s = m.start
        if m.kind is not Kind.PARTY or m.chars is not None or m.key is not None or s < 3 or doc[s - 1].lower_ != "and":
            continue
        word = doc[s - 2]
        lone = word.is_title and word.is_alpha and not is_cap(doc[s - 3]) and doc[s - 3].text != "&"
        lone = lone and lookup(word.text) is None and word.text not in lexicon_set("legal_forms")  # "X 77 Limited and"
        firm = company_shaped(doc[s : m.end]) or doc[m.end - 1].text in {"Company", "Corporation", "Group"}
        firm = firm or (m.end < len(doc) and doc[m.end].lower_ in {"company", "firm", "group"})  # "Y Union company"
        if lone and word.ent_type_ not in {"PERSON", "NORP"} and firm and m.end - s >= 2:
            # "Emerald and Ruby Jewelry Company": one word alone before "and" is the firm's name's first half
            if s - 2 in by_start and by_start[s - 2].end == s - 1:
                dropped.add(id(by_start[s - 2]))
            m.start = s - 2
        elif firm and m.end - s >= 2 and _state_led_pair(doc, s, word):
            # "China Road and Bridge Corporation": a country's name and one word before "and" open the firm's name
            dropped.update(id(by_start[t]) for t in (s - 3, s - 2) if t in by_start and by_start[t].end <= s - 1)
            m.start = s - 3
    return [m for m in chosen if id(m) not in dropped]


def _state_led_pair(doc: Doc, s: int, word) -> bool:
    """ "China Road and ...": a one-word country name (no word capitalised before it), then one title-case word that
    does not itself close a name ("Chile Airlines", "Peru Navy", "Oman Energy" are whole before "and")."""
    state, before = doc[s - 3], (doc[s - 4] if s >= 4 else None)
    term = lookup(state.text)
    heads = lexicon_set("company_tails") | lexicon_set("org_heads") | lexicon_set("legal_forms")
    return (
        word.is_title
        and word.is_alpha
        and word.text not in heads  # "Chile Airlines and X Airways", "Peru Navy and X Dock": two names
        and lookup(word.text) is None
        and term is not None
        and term.kind is Kind.STATE
        and (before is None or not is_cap(before))
    )


def _joined_by_und(doc: Doc, m: Mention) -> int:
    """ "Hamburger Hafen und Logistik AG": a firm's name joined by the German "und" runs back over the capitalised
    words before it (three at most); the start of the whole name, or ``m.start``."""
    s = m.start
    if m.kind is not Kind.PARTY or m.chars is not None or s < 2 or doc[s - 1].text != "und":
        return s
    if not company_shaped(doc[s : m.end]):
        return s
    k = s - 1
    while k > 0 and s - 1 - k < 3 and is_cap(doc[k - 1]):
        k -= 1
    return k if k < s - 1 else s


def _one_word_and_name_end(doc: Doc, m: Mention, by_start: dict[int, Mention]) -> int:
    """ "The Coast Guard, Navy, Customs and Border Protection, FBI": a one-word body cut at "and" runs on over two or
    three capitalised words no other mention opens, up to a comma or the sentence's end; the end, or ``m.end``."""
    e = m.end
    if m.kind is not Kind.PARTY or m.chars is not None or m.key is not None or e - m.start != 1 or e + 3 >= len(doc):
        return e
    if doc[e].lower_ != "and":
        return e
    k = e + 1
    while k < len(doc) and k - e <= 4 and is_cap(doc[k]) and doc[k].ent_type_ not in {"GPE", "PERSON", "NORP", "LOC"}:
        k += 1
    ok = 3 <= k - e <= 4 and k < len(doc) and doc[k].text in {",", ".", ";"} and lookup(doc[e + 1].text) is None
    ok = ok and not any(t in by_start for t in range(e + 1, k))
    return k if ok else e


_REMIT_HEADS = frozenset({"Committee", "Subcommittee", "Commission", "Ministry", "Department"})


def _listed_remit_end(doc: Doc, m: Mention) -> int:
    """ "the Senate Committee on Commerce, Science and Transportation": a body's remit listed after "on"/"for"/"of"
    runs on over ", Y and Z" (one capitalised word each); the end of the whole name, or ``m.end``."""
    e = m.end
    if m.kind is not Kind.PARTY or m.chars is not None or e + 3 >= len(doc) or doc[e].text != ",":
        return e
    words = [t.text for t in doc[m.start : e]]
    at = next((i for i, w in enumerate(words) if w in {"on", "for", "of"}), None)
    if at is None or at < 1 or words[at - 1] not in _REMIT_HEADS or e - m.start - at != 2:
        return e
    k = e
    while k + 1 < len(doc) and doc[k].text == "," and is_cap(doc[k + 1]) and k + 2 < len(doc):
        k += 2
    if k + 1 < len(doc) and doc[k].lower_ == "and" and is_cap(doc[k + 1]):
        k += 2
        added = [t for t in doc[e:k] if is_cap(t)]
        named = any(lookup(t.text) is not None or t.ent_type_ in {"GPE", "PERSON", "NORP", "LOC"} for t in added)
        return k if not named and (k >= len(doc) or not is_cap(doc[k])) else e
    return e


def _names_a_document(text: str) -> bool:
    """ "the Security Cooperation Agreements": a treaty, resolution or report, unless a body's word is in the name
    ("Government of National Accord")."""
    words = text.split()
    heads = lexicon_set("org_heads")
    documents = lexicon_set("document_heads")
    # "Convention on Diplomatic Relations", "Treaty of Friendship": the head opens the title
    opened = len(words) > 2 and words[0] in documents and words[1] in {"on", "of", "for", "against", "concerning"}
    # "the Strategic Partnership Memorandum of Understanding": a document's head and what it records close the name
    opened = opened or (len(words) > 2 and words[-3] in documents and words[-2] == "of" and words[-1][:1].isupper())
    return (words[-1].rstrip("s") in documents or opened) and not any(w in heads for w in words)


def _plural_acronym(text: str) -> bool:
    """ "UAVs", "USVs", "MANPADs": a plural of an acronym names a kind of thing, not a body."""
    return len(text) > 2 and text.endswith("s") and text[:-1].isupper() and text[:-1].isalpha()


def _bracketed_thing(doc: Doc, m: Mention) -> bool:
    """A one-word mention in brackets that names a thing (see ``_acronym_of_a_thing``), whoever proposed it."""
    i = m.start
    return (
        m.end == i + 1
        and m.chars is None
        and 2 <= i < len(doc) - 1
        and doc[i - 1].text == "("
        and (
            (doc[i + 1].text == ")" and _acronym_of_a_thing(doc, i))
            or (doc[i].is_upper and doc[i + 1].like_num and i + 2 < len(doc) and doc[i + 2].text == ")")
        )
    )  # "(DDG 108)": a hull's type and number


def _acronym_of_a_thing(doc: Doc, i: int) -> bool:
    """ "(F571)", "(UAVs)", "Resolution (UNSCR)": a hull or model number, a plural, or the acronym of a document names a
    thing, not a body ("its forces (XAF)" is a body: lower-case words before the bracket say nothing)."""
    text = doc[i].text
    if any(c.isdigit() for c in text) or (text.endswith("s") and text[:-1].isupper()):
        return True
    before = doc[i - 2] if i >= 2 else None
    if before is not None and i >= 4 and before.text.isdigit() and len(before.text) == 4:  # "the X Act, 1967 (XA)"
        before = doc[i - 3 - (doc[i - 3].text == ",")]
    return before is not None and before.text in lexicon_set("document_heads")
