"""Names of spacecraft, launch sites, stations and rivers, which look like bodies but are things and places.

"the International Space Station (ISS)", "the X Satellite Launch Center", "the X Space Centre" (a place's one-word
name before it; "the Mohammed bin Rashid Space Centre", named after a person, is a body), "Mission Control Center",
"the X Space Observatory", "the X Observatory and Research Centre": places. "the satellite X", "the X satellite",
"a X upper stage", "the X Launch vehicle", "the X Probe", "the X space station", and over a comma "the satellite, X,",
"satellites, named X and Y,", "X, an imaging satellite": craft. "to the Moon": a thing. "the Tigris", "the Blue
Nile": rivers (general knowledge). "the Grand Ethiopian Renaissance Dam (GERD)": a dam, whatever state word it
holds, and its acronym.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc

from core.extract.coref import Mention
from core.extract.kb import WEEKDAYS, lexicon_set, lookup
from core.extract.nlp import doc_column, doc_text
from core.model import Kind

_W = r"[A-Z][\w\u2019'-]*"
_SP = r"[ \u00a0]+"
_ACR = rf"(?:{_SP}\((?P<acr>[A-Z]{{2,6}})\))?"
_SITE = rf"(?:{_W}{_SP}){{0,3}}(?:(?:Satellite|Space){_SP})?Launch{_SP}(?:Center|Centre|Site|Complex|Pad|Base)"
_STATION = rf"(?:{_W}{_SP}){{1,3}}Space{_SP}Stations?"
_CONTROL = rf"Mission{_SP}Control{_SP}(?:Center|Centre)"
_OBSERVATORY = (
    rf"{_W}{_SP}(?:Space{_SP}Observatory|Observatory{_SP}and{_SP}Research{_SP}(?:Center|Centre)|Space{_SP}Observatory)"
)
_DAM = rf"(?:{_W}{_SP}){{1,4}}Dam"
_PLACES = re.compile(rf"\b(?:{_SITE}|{_STATION}|{_CONTROL}|{_OBSERVATORY}|{_DAM}){_ACR}")
# "built at X Observatory": a place after "at"/"from" ("by the Conflict Observatory" is a body)
_AT_OBSERVATORY = re.compile(rf"(?<=\b(?:at|At) )(?:{_W}{_SP}){{1,2}}Observatory\b(?!{_SP}(?:for|of)\b){_ACR}")
# a craft named right after its noun ("the satellite Khayyam", "satellite 'Khayyam'") or right before it
_CRAFT_NOUNS = r"(?:satellite|probe|spacecraft|rocket|capsule|lander|rover)"
_AFTER_NOUN = re.compile(rf"\b{_CRAFT_NOUNS}{_SP}[\u2018'\u201c\"]?(?P<name>{_W})")
_BEFORE_NOUN = re.compile(  # a lookahead: every start is tried ("The H-2A Launch Vehicle": "H-2A" too)
    rf"(?<![\w-])(?=(?P<all>(?P<name>{_W}(?:{_SP}{_W})?)[\u2019'\u201d\"]?{_SP}"
    rf"(?:{_CRAFT_NOUNS}|[Pp]robe|[Ss]pacecraft|upper{_SP}stage"
    rf"|[Ll]aunch{_SP}[Vv]ehicle|space{_SP}station)\b(?:{_SP}No\.?{_SP}\d+)?))"
)
# a craft named beside its noun over a comma: "the satellite, Vela, was", "two satellites, named Vela and Orro,",
# "its space station, Vela.", "Vela, an imaging satellite", "Vela and Orro, Iran's first private satellites"; the
# name is closed by punctuation, and the noun is the phrase's last word, closed by punctuation or a verb (not "a
# satellite maker", "its satellite internet service")
_CRAFT_HEADS = rf"(?:{_CRAFT_NOUNS}s?|space{_SP}stations?)"
_NAMES = rf"(?P<name>{_W})(?:{_SP}and{_SP}(?P<other>{_W}))?"
_APPOSED_AFTER = re.compile(
    rf"\b{_CRAFT_HEADS},{_SP}(?:(?:named|called|dubbed){_SP})?[\u2018'\u201c\"]?{_NAMES}(?=[,.;)])"
)
_APPOSED_BEFORE = re.compile(
    rf"(?<![\w-]){_NAMES},{_SP}(?:an?|the|its|their|{_W}[\u2019']s)"
    rf"(?:{_SP}(?!(?:of|with|for|by|from|to|in|on|at|and|or|that|which|who|whose)\b)[a-z][\w-]*){{0,4}}?"
    rf"{_SP}{_CRAFT_HEADS}\b"
)
# "to the Moon": the Earth's satellite (not "the Moon government" of a Korean president: a word other than a link
# after it keeps it)
_MOON = re.compile(
    r"(?<=\b[Tt]he[ \u00a0])Moon\b(?=[.,;:)!?\u2019']|[ \u00a0]+(?:and|or|in|on|by|for|to|from|with|is|was|will)\b)"
)
_ONE_PLACE_CENTRE = re.compile(rf"\b(?P<name>{_W}){_SP}Space{_SP}(?:Center|Centre)\b")
# a word each pattern needs in the text (a text without any is not searched): the places' head words, the craft
# nouns (and parts of 'Probe', 'Spacecraft', 'upper stage', 'launch vehicle')
_PLACE_WORDS = ("Launch", "Space", "Control", "Observatory", "Dam")
_CRAFT_WORDS = ("satellite", "robe", "pacecraft", "rocket", "capsule", "lander", "rover", "upper", "aunch")


# the words before a place's one-word name: "from the X Space Centre" (not "Mohammed bin Rashid Space Centre")
_PLACE_LEADS = frozenset({"the", "The", "from", "at", "our", "its", "to", "(", ","})
# or a compound participle: "from the European-run X Space Centre", "the state-owned X Space Center"
_RUN_BY = re.compile(r"[A-Za-z]+-(?:run|based|owned|operated|managed|built)")
_COMMON = frozenset({"the", "a", "an", "its", "their", "first", "new", "earth", "on", "in", "from", "and", "is", "was"})
_COMMON |= {d.lower() for d in WEEKDAYS}


@cache
def _rivers() -> re.Pattern[str]:
    names = sorted(lexicon_set("rivers"), key=len, reverse=True)
    # not "the Nile Basin Initiative": a river's name opening a longer name is that name's
    return re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b(?![ \u00a0]+[A-Z])")


def _craft_word(word: str) -> bool:
    """A craft's own name: not a known state, body or common capitalised word of a sentence."""
    if word.endswith(("'s", "\u2019s", "'", "\u2019")) or ("-" in word[1:] and not any(c.isdigit() for c in word)):
        return False  # "Iran's satellite", "Doha-based satellite channel"; "H-2A" stays
    return lookup(word) is None and word.lower() not in _COMMON


def _noun_ends(doc: Doc, end: int) -> bool:
    """Whether the craft noun ending at character ``end`` ends its phrase: it modifies no noun after it ("satellite
    internet service", "satellite maker"); a clause or a phrase may follow ("a satellite that will ...")."""
    span = doc.char_span(0, end, alignment_mode="expand")
    if span is None or span.end >= len(doc):
        return True
    after = doc[span.end]
    return after.pos_ not in ("NOUN", "PROPN") and doc[span.end - 1].dep_ != "compound"


def space_blocks(doc: Doc) -> tuple[list[Mention], set[str]]:
    """Blocks over craft, launch sites, stations, dams and rivers, and the names (and acronyms) the text gives them."""
    text = doc_text(doc)
    spans: list[tuple[int, int]] = []
    names: set[str] = set()
    places = _PLACES.finditer(text) if any(w in text for w in _PLACE_WORDS) else ()
    observatories = _AT_OBSERVATORY.finditer(text) if "Observatory" in text else ()
    for hit in (*places, *observatories):
        if hit.group("acr"):
            names.add(hit.group("acr"))
        initials = "".join(w[0] for w in hit.group(0).split() if w[:1].isupper())
        if len(initials) >= 3 and not hit.group("acr"):
            names.add(initials)  # "International Space Station", later "the ISS"
        spans.append((hit.start(), hit.end()))
    for hit in _ONE_PLACE_CENTRE.finditer(text) if "Space" in text else ():
        before = text[max(0, hit.start() - 12) : hit.start()].split()
        lead = not before or before[-1] in _PLACE_LEADS or _RUN_BY.fullmatch(before[-1]) is not None
        if lead and _craft_word(hit.group("name")):
            spans.append((hit.start(), hit.end()))  # "Tanegashima Space Center", not "Mohammed bin Rashid Space Centre"
    for pattern in (_AFTER_NOUN, _BEFORE_NOUN) if any(w in text for w in _CRAFT_WORDS) else ():
        for hit in pattern.finditer(text):
            words = hit.group("name").split()
            if all(_craft_word(w) for w in words) and lookup(hit.group("name")) is None:
                end = hit.end("all") if pattern is _BEFORE_NOUN else hit.end()  # "the H-IIA Launch vehicle": noun too
                spans.append((hit.start("name"), end))
                names.add(hit.group("name"))
    for pattern in (_APPOSED_AFTER, _APPOSED_BEFORE) if "atellite" in text or "station" in text else ():
        for hit in pattern.finditer(text):
            if pattern is _APPOSED_BEFORE and not _noun_ends(doc, hit.end()):
                continue
            for group in ("name", "other"):
                word = hit.group(group)
                if word and _craft_word(word):
                    spans.append(hit.span(group))
                    names.add(word)
    spans += [hit.span() for hit in _MOON.finditer(text)] if "Moon" in text else []
    spans += [hit.span() for hit in _rivers().finditer(text)]
    out = []
    for start, end in spans:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            out.append(Mention(span.start, span.end, Kind.STATE, None, 9, "block"))
    for i, word in enumerate(doc_column(doc, "text") if names else ()):
        if word in names and len(word) <= 6 and word.isupper():
            out.append(Mention(i, i + 1, Kind.STATE, None, 9, "block"))
    return out, names
