"""Bodies a news story names by a general pattern around a general word, read from the text once per document.

Missions abroad of a union of states: "the UN Interim Force in Lebanon", "the United Nations Mission in South Sudan",
"the EU Naval Force in Somalia": the union, the mission's words and the place it serves are one name (the model cuts
it into "UN", "Interim Force" and the country); an observer mission named without its place ("the EU Election
Observation Mission", "the SADC Election Observer Mission") ends at "Mission", and one sent "to" a place keeps it
("the EU Election Observation Mission to Nigeria", as the gold names such missions; not "the United Nations Mission
to Haiti", a force the gold names by its union). Naval groups: "the Nimitz carrier
strike group", "USS Nimitz Carrier Strike Group", "the Vikramaditya carrier battle group": a fleet's formation named
by its flagship is a body, not the ship and not a person. A court or a prosecutor's office of a judicial district is
one body with its district. A trade show named by its place ("the Paris Air Show") names no state.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from core.extract.coref import Mention
from core.extract.kb import WEEKDAYS, lookup
from core.extract.nlp import doc_text
from core.model import Kind

_UNIONS = r"(?:UN|U\.N\.|United[ \t]+Nations|EU|European[ \t]+Union|NATO|OSCE|AU|African[ \t]+Union|SADC|ECOWAS|OAS)"
_MISSION_HEADS = r"(?:Force|Mission|Operation|Office|Administration|Command)"
_TITLED = r"[A-Z][a-z][\w\-]*"
_MISSION = re.compile(
    rf"\b{_UNIONS}[ \t]+(?:{_TITLED}[ \t]+){{0,3}}{_MISSION_HEADS}[ \t]+(?:in|for)[ \t]+(?:the[ \t]+)?"
    rf"{_TITLED}(?:[ \t]+{_TITLED}){{0,2}}"
)
# an observer mission named without its place: "the EU Election Observation Mission", "SADC Election Observer Mission"
_OBSERVERS = re.compile(
    rf"\b{_UNIONS}[ \t]+(?:{_TITLED}[ \t]+){{0,2}}(?:Observation|Observer|Observers|Monitoring)[ \t]+Mission\b"
    rf"(?:[ \t]+to[ \t]+(?:the[ \t]+)?{_TITLED}(?:[ \t]+{_TITLED}){{0,2}})?"
    r"(?![ \t]+(?:in|for|of)[ \t]+(?:the[ \t]+)?[A-Z])"
)
# a place's name ends before a word that is no part of it: "in Lebanon Monday", "in Mali Says"
_NOT_PLACE = WEEKDAYS | {"Says", "Said"}
_GROUP = re.compile(
    r"\b(?:(?:USS|INS|HMS|FS|JS|CNS|ITS|HMAS|HMCS|ROKS|TCG|BNS|ESPS)[ \t]+)?"
    r"([A-Z][\w\-]+(?:[ \t]+[A-Z][\w\-]+)?)[ \t]+(?:[Cc]arrier[ \t]+)?(?:[Ss]trike|[Bb]attle)[ \t]+[Gg]roup\b"
)
# a court or prosecutor of a judicial district: "the Court of the Southern District of New York", "the U.S. Attorney's
# Office for the Eastern District of Virginia", "the US District Court for the Southern District of New York"
_DISTRICT_BODY = re.compile(
    r"\b(?:(?:U\.S\.|US|United[ \t]+States|Federal)[ \t]+)?(?:(?:District|Bankruptcy)[ \t]+)?"
    r"(?:Court|Attorney['\u2019]s[ \t]+Office)[ \t]+(?:of|for)[ \t]+the[ \t]+"
    r"(?:(?:Northern|Southern|Eastern|Western|Central|Middle)[ \t]+)?District[ \t]+of[ \t]+"
    r"[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?"
)
# a trade show named by its city or country: "the Paris Air Show", "the Singapore Airshow": an event, no state
_SHOW = re.compile(r"\b[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?[ \t]+(?:Air[ \t]+Show|Airshow|Defen[cs]e[ \t]+Expo)\b")
_NO_FLAGSHIP = frozenset(
    {"The", "A", "An", "This", "That", "Its", "Their", "Carrier", "Strike", "Battle", "Expeditionary", "Amphibious",
     "Naval", "Navy"}
)


def field_bodies(doc: Doc) -> list[Mention]:
    """A mission of a union of states in a place, and a naval group named by its flagship (see the module)."""
    text = doc_text(doc)
    out = []
    if any(w in text for w in ("UN", "Nations", "Union", "EU", "NATO", "OSCE", "SADC", "ECOWAS", "OAS")):
        for m in _MISSION.finditer(text):
            if text.startswith(" of ", m.end()):
                continue  # "the UN Office for the Coordination of Humanitarian Affairs": the name goes on
            words = _mission_words(m.group(0).split())
            _add(doc, out, m.start(), m.start() + len(" ".join(words)) if words else m.start(), 3, text)
        for m in _OBSERVERS.finditer(text):
            words = m.group(0).split()
            end = m.start() + len(" ".join(_mission_words(words))) if "to" in words else m.end()
            _add(doc, out, m.start(), end, 3, text)
    if "District of" in text:
        for m in _DISTRICT_BODY.finditer(text):
            _add(doc, out, m.start(), m.end(), 4, text)
    if "show" in text or "Show" in text or "Expo" in text:
        for m in _SHOW.finditer(text):
            span = doc.char_span(m.start(), m.end())
            if span is not None:
                out.append(Mention(span.start, span.end, Kind.STATE, None, 7, "block"))
    if "roup" in text:
        for m in _GROUP.finditer(text):
            names = m.group(1).split()
            if names[0] in _NO_FLAGSHIP or any(lookup(w) is not None for w in names):
                continue  # "the US carrier strike group", "The carrier strike group": no flagship named
            _add(doc, out, m.start(1), m.end(), 4, text)  # the prefix would make it a ship: the flagship's name
    return out


def _mission_words(words: list[str]) -> list[str]:
    """The mission's words up to the end of its place: the longest run of the place words the knowledge base knows
    ("in Lebanon Spokesperson Andrea" -> "in Lebanon"), else up to a word that is no part of a place."""
    at = max(i for i, w in enumerate(words) if w in ("in", "for", "to"))
    head, place = words[: at + 1], words[at + 1 :]
    lead = [place.pop(0)] if place and place[0] == "the" else []
    for k in range(len(place), 0, -1):
        if lookup(" ".join(place[:k])) is not None:
            return head + lead + place[:k]
    cut = next((k for k, w in enumerate(place) if w in _NOT_PLACE or w.lower() in _ROLE_WORDS), len(place))
    return head + lead + place[:cut]


# words that follow a mission's name and are no part of its place: "… in X Spokesperson Y", "… in X Commander Y"
_ROLE_WORDS = frozenset({"spokesperson", "spokesman", "spokeswoman", "commander", "chief", "head", "deputy", "envoy",
                         "director", "official", "officials", "said", "says"})


def _add(doc: Doc, out: list[Mention], start: int, end: int, tier: int, text: str) -> None:
    if end <= start or " " not in text[start:end].strip():
        return
    span = doc.char_span(start, end)
    if span is not None:
        out.append(Mention(span.start, span.end, Kind.PARTY, None, tier, "org"))
