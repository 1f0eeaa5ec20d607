"""Mentions that are pieces of a longer written word, class names, bare titles and places taken for names."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from core.extract.apposed_people import people_in_apposition
from core.extract.body_titles import without_head_title
from core.extract.conjoined_places import drop_conjoined_places
from core.extract.coref import Mention
from core.extract.cut_names import firm_noun_leads, join_cut_names, known_name_leads, titled_founders
from core.extract.forces import ORDINAL_WORDS
from core.extract.glued_states import cut_glued_states
from core.extract.glued_words import cut_glued_words
from core.extract.headings import heading_spans, in_heading, ship_before_noun
from core.extract.kb import lexicon_set, lookup, title_words
from core.extract.listed_places import drop_listed_places
from core.extract.long_bodies import offices_of_forces
from core.extract.name_particles import mend_cut_names
from core.extract.named_places import is_named_place, lone_capitals, place_texts
from core.extract.nlp import doc_column, doc_text, span_text
from core.extract.offices import commands_of_forces, offices_of_states
from core.extract.people import join_adjacent_people
from core.extract.ship_nouns import trim_ship_nouns
from core.extract.spelled_names import spelled_names
from core.extract.titled import title_trimmed, without_split_suffixes
from core.extract.tonnes import metric_tonnes
from core.extract.vessels import is_vessel_prefix
from core.extract.whole_names import whole_names
from core.model import Kind

_HYPHENS = {"-", "\u2010", "\u2011"}
_INITIAL = re.compile(r"^[A-Z]\.$")
# combining forms of a region or of two peoples: "Indo-Pacific", "Sino-Russian", "Euro-Atlantic"
_COMBINING = {"Indo", "Sino", "Afro", "Euro", "Anglo", "Franco", "Russo", "Austro", "Greco", "Judeo", "Asia"}
_PLACE_BEFORE = r"\b(?:in|into|from|over|across|near|inside|throughout)"
_HYPHEN_SPLIT = re.compile(r"[-\u2010\u2011]")
_PLACE_TAILS = {"Zone", "Zones", "Airport", "Airfield", "Corridor"}  # "the Air Defense Identification Zone"
_ORDINALS = frozenset(ORDINAL_WORDS)
_CROSSING_TAILS = {"Crossing", "Checkpoint"}  # "the Adre Crossing": a border crossing is a place, not a body or person
# "the Status of Visiting Forces Agreement": a name right before a treaty's word is the treaty's, not a body's
_TREATY_WORDS = {"Agreement", "Agreements", "Convention", "Treaty", "Accord", "Pact"}
_BASE_WORDS = {"Base", "Camp"}  # "Air Base 201"
# "the X Reception Centre", "the Y Convention Center": a building where people are held, received or meet
_CENTRE_USES = {"Reception", "Detention", "Transit", "Registration", "Processing", "Holding", "Evacuation", "Shopping",
                "Convention", "Exhibition", "Conference", "Medical", "Trauma", "Community", "Cultural", "Refugee"}
_TYPE_WORDS = {"class", "type"}  # "an Arleigh Burke-class destroyer": the design, not a ship or a person


def _joined(doc: Doc, k: int) -> bool:
    """Token k is a hyphen written with no space on either side, between two words."""
    return (
        0 < k < len(doc) - 1
        and doc[k].text in _HYPHENS
        and not doc[k - 1].whitespace_
        and not doc[k].whitespace_
        and doc[k + 1].is_alpha
    )


def _text(doc: Doc, m: Mention) -> str:
    return doc_text(doc)[m.chars[0] : m.chars[1]] if m.chars is not None else span_text(doc, m.start, m.end)


def _extend(doc: Doc, m: Mention, renamed: dict[str, str]) -> Mention | None:
    """ "USS Chung" of "USS Chung-Hoon", "Al" of "Al-Jazeera": the mention takes the whole hyphenated word; a force
    word in a compound modifier ("the army-aligned government") or a class name is no mention at all."""
    k = m.end
    if k < len(doc) - 1 and _joined(doc, k) and doc[k + 1].lower_ in _TYPE_WORDS:
        return None
    if m.end - m.start > 2 and _joined(doc, m.end - 2) and doc[m.end - 1].lower_ in _TYPE_WORDS:
        return None
    if m.chars is not None or not _joined(doc, k):
        return m
    nxt = doc[k + 1]
    if m.kind is Kind.VESSEL or (nxt.is_title and m.key is None):
        end = k + 2
        while _joined(doc, end) and (doc[end + 1].is_title or m.kind is Kind.VESSEL):
            end += 2
        if m.kind is Kind.VESSEL and m.key is not None:
            tail = doc[k:end].text
            m.key = renamed.setdefault(m.key, m.key + tail)
        m.end = end
        return m
    if m.key is None and m.kind is Kind.PARTY and doc[m.end - 1].is_lower:
        return None  # "Sudan's army-aligned government"
    return m


def _ship_by_prefix(doc: Doc, m: Mention) -> Mention:
    """ "USS Chung-Hoon" that the model took for a person: a ship's prefix opens a ship's name."""
    if m.kind is not Kind.VESSEL and m.end - m.start > 1 and is_vessel_prefix(doc[m.start].text):
        m.kind = Kind.VESSEL
        m.key = doc[m.start + 1 : m.end].text
        m.role = "name"
    return m


def _place_words(doc: Doc, chosen: list[Mention]) -> set[str]:
    """Texts of one-word names that the model called people but the text uses as places ("fighting in X", or in
    the last part of a hyphenated X) and never joins to a longer name of a person."""
    words: set[str] = set()
    longer: set[str] = set()
    for m in chosen:
        if m.kind is not Kind.OFFICIAL or m.chars is not None:
            continue
        if any(doc_column(doc, "whitespace_")[m.start : m.end - 1]):
            longer.update(doc_column(doc, "text")[m.start : m.end])
        else:
            words.add(doc[m.start : m.end].text)
    out = set()
    text = doc_text(doc) if words else ""
    for word in words - longer:
        parts = {word} | {p for p in _HYPHEN_SPLIT.split(word) if len(p) > 3}
        names = "|".join(re.escape(p) for p in sorted(parts, key=len, reverse=True))
        if re.search(_PLACE_BEFORE + r"\s+(?:the\s+)?(?:" + names + r")\b", text):
            out.add(word)
    return out


def _unit_as_body(doc: Doc, m: Mention) -> Mention:
    """ "the elite Marine Commandos boarded": a plural unit's name the model took for a person is a force."""
    last = doc[m.end - 1].text
    heads = lexicon_set("unit_heads")
    plural = last.endswith("s") and (last in heads or last[:-1] in heads)
    if m.kind is Kind.OFFICIAL and m.chars is None and m.end - m.start >= 2 and plural:
        return Mention(m.start, m.end, Kind.PARTY, None, m.tier, "org")
    return m


def _port_of_call(doc: Doc, m: Mention) -> bool:
    """ "on its voyage from X to Y in Bahrain": a name between "to"/"from" and "in" + a country is a place."""
    k = m.end
    if m.start == 0 or doc[m.start - 1].lower_ not in {"to", "from"} or k + 1 >= len(doc) or doc[k].lower_ != "in":
        return False
    term = lookup(doc[k + 1].text)
    return term is not None and term.kind is Kind.STATE and term.role == "name"


def _place_names(doc: Doc, chosen: list[Mention]) -> set[str]:
    """A body-less name ending in a place's word ("... Identification Zone", "... International Airport", "Air Base
    201") is a place, and so is the acronym bracketed after it."""
    out = set()
    for m in chosen:
        named = m.key is None and m.chars is None and m.kind in {Kind.PARTY, Kind.OFFICIAL}
        treaty = m.end < len(doc) and doc[m.end].text in _TREATY_WORDS
        if named and (doc[m.end - 1].text in _CROSSING_TAILS or treaty):
            out.add(doc[m.start : m.end].text)
        if m.key is not None or m.kind is not Kind.PARTY or m.chars is not None:
            continue
        last = doc[m.end - 1]
        owned = m.start > 0 and doc[m.start - 1].tag_ == "POS"
        if owned or doc[m.start].lower_ in _ORDINALS or (m.end < len(doc) and doc[m.end].lower_ == "of"):
            continue  # "the IRGC Navy's Third Naval Zone": a command, not a place
        two = m.end - m.start > 1
        if two and last.text in {"Centre", "Center"} and doc[m.end - 2].text in _CENTRE_USES:
            out.add(doc[m.start : m.end].text)
        if last.text in _PLACE_TAILS or (last.like_num and two and doc[m.end - 2].text in _BASE_WORDS):
            out.add(doc[m.start : m.end].text)
        if _cut_before_airport(doc, m.end):
            out.add(doc[m.start : m.end].text)  # "X International" cut from "X International Airport"
    for k, tok in ((k, doc[k]) for k, w in enumerate(doc_column(doc, "text")[:-3]) if w in _PLACE_TAILS):
        if tok.text in _PLACE_TAILS and doc[k + 1].text == "(" and doc[k + 3].text == ")":
            out.add(doc[k + 2].text)
    return out


def _cut_before_airport(doc: Doc, end: int) -> bool:
    """ "Airport" or "Airfield" right after a name, and no capitalised word after it: the name is the airport's."""
    if end >= len(doc) or doc[end].text not in {"Airport", "Airfield"}:
        return False
    return end + 1 >= len(doc) or not doc[end + 1].is_title


def _ends_in_state(doc: Doc, m: Mention) -> Mention:
    """ "Neighbouring Mali" at the start of a sentence: the state, without the adjective the model took in."""
    first = doc[m.start]
    opener = first.is_sent_start or first.pos_ in {"ADJ", "VERB"} or first.lower_.endswith("ing")
    if m.kind is Kind.OFFICIAL and m.end - m.start >= 2 and opener:
        term = lookup(doc[m.start + 1 : m.end].text)
        if term is not None and term.kind is Kind.STATE and term.role == "name":
            return Mention(m.start + 1, m.end, Kind.STATE, term.name, 3, term.role)
    return m


def prune(doc: Doc, chosen: list[Mention]) -> list[Mention]:
    """The chosen mentions without fragments, class names, bare titles, lone initials and places; split names
    joined back to their whole written word."""
    chosen = whole_names(doc, mend_cut_names(doc, spelled_names(doc, chosen)))
    chosen = firm_noun_leads(doc, known_name_leads(doc, join_cut_names(doc, chosen)))
    chosen = titled_founders(doc, people_in_apposition(doc, chosen))
    chosen = drop_conjoined_places(doc, drop_listed_places(doc, trim_ship_nouns(doc, chosen)))
    titles = title_words()[0]
    renamed: dict[str, str] = {}
    out = []
    place_names = _place_names(doc, chosen)
    named, capitals = place_texts(doc, chosen), lone_capitals(doc, chosen)
    headings = heading_spans(doc_text(doc))
    for m in commands_of_forces(doc, offices_of_states(doc, offices_of_forces(doc, chosen))):
        if doc[m.start].text == "MT" and metric_tonnes(doc_text(doc), doc[m.start].idx):
            continue  # "500 MT Wheat" the model took for a name: metric tonnes of a cargo, no tanker
        m = title_trimmed(doc, without_head_title(doc, m))
        m = _extend(doc, ship_before_noun(doc, _ship_by_prefix(doc, m)), renamed)
        if m is None or in_heading(doc, m, headings):
            continue
        text = _text(doc, m)
        if m.kind is Kind.OFFICIAL and (text.casefold() in titles or _INITIAL.match(text)):
            continue  # "Minister" of "Minister of Foreign Affairs", "H." of a photo credit
        if m.key is None and (text in place_names or (text.split("-")[0] in _COMBINING and "-" in text)):
            continue
        if (m.kind is Kind.OFFICIAL and _port_of_call(doc, m)) or is_named_place(doc, m, named, capitals):
            continue
        out.append(_unit_as_body(doc, _ends_in_state(doc, m)))
    for m in out:
        if m.kind is Kind.VESSEL and m.key in renamed:
            m.key = renamed[m.key]
    out = cut_glued_words(doc, out)  # "Jane Roewith whom": a name glued to the next word
    out = cut_glued_states(doc, out)  # "TaiwanCzech Republic": a dateline run into the next line
    places, out = _place_words(doc, out), join_adjacent_people(doc, without_split_suffixes(doc, out))
    return [m for m in out if not (m.kind is Kind.OFFICIAL and m.chars is None and _text(doc, m) in places)]
