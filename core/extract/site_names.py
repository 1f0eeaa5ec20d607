"""A place's one-word name before the noun of a site is a place, no party: "the Novopolotsk colony", "the Torkham
junction", "the Akkuyu nuclear power plant", "the Kattegat strait", "BAE Systems' Glasgow shipyards", "the Fukushima
accident". The model reads a town, a strait or a camp written so as an organisation or a person; English puts a
place's name before the noun of what stands there, while a party named before such a noun is also written as one
that acts ("Aramco said", "Aramco's refinery", "Aramco will build", "Aramco signed"), or the noun after the site's is
its staff ("the Frontex border guards"). Over bench/real blind1..81 a one-word body or person written once so and
never speaking was a place 9 times in 9 (towns, camps, a strait, a crossing, plants); no gold body or person was.

Only one word (or two joined by a hyphen, "Attari-Wagah"), only a name the knowledge base does not know, and the
site's noun stands within three lower-case words after the name with no word of grammar between ("the Eneabba rare
earths refinery", never "X in the port").

A people's one-word name right before a word for its people is an ethnic group or a nation, no party either: "the
Ngoni people", "Myanmar's Chin community", "from within Greenlandic society", "the Herero and Nama tribes". Gold
takes no ethnic group for an actor; "nationals" and "citizens" are a state's ("Commonwealth nationals") and are left.
Over blind1..81 a one-word body or person written so was an ethnic group 5 times in 5, no gold body or person.
Works on a document's finished entities."""

from __future__ import annotations

import re

from core.extract.kb import knowledge
from core.model import Kind, LocalEntity

# nouns of a site, a place's part or what happened at a place: what a place's name stands before
_SITES = frozenset(
    {"accident", "disaster", "junction", "plant", "plants", "colony", "prison", "jail", "gate", "border", "crossing",
     "checkpoint", "refinery", "shipyard", "shipyards", "port", "harbour", "harbor", "airport", "airbase", "camp",
     "camps", "strait", "region", "province", "district", "prefecture", "county", "island", "islands", "city",
     "town", "village", "settlement", "mine", "mines", "dam", "bridge", "reactor", "reactors", "terminal",
     "peninsula", "valley", "river", "mountains", "desert"}
)
# words of grammar that end the noun phrase after the name: "Glasgow in the region" names no Glasgow region
_GRAMMAR = frozenset(
    {"the", "a", "an", "in", "on", "at", "of", "to", "his", "her", "its", "their", "and", "or", "said", "says",
     "will", "would", "has", "have", "had", "is", "was", "are", "were", "by", "for", "from", "with", "as", "that",
     "this", "which", "who"}
)
# a site's noun followed by one of these is a body's staff or arm ("the Frontex border guards")
_STAFF = frozenset(
    {"guard", "guards", "police", "agency", "authority", "authorities", "force", "forces", "official", "officials",
     "officer", "officers", "service", "services", "worker", "workers", "staff", "operator", "operators", "company",
     "management", "administration", "commission", "council", "committee", "chief", "chiefs", "spokesman",
     "spokeswoman", "spokesperson"}
)
_NAME = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?")
_RUN = re.compile(r"[ \t]+([a-z][a-z-]*(?:[ \t]+[a-z][a-z-]*)*)\b")
# nouns for a people, its speech and its kin, right after its name
_PEOPLE = re.compile(
    r"[ \t]+(?:people|peoples|community|communities|society|language|languages|descent|origin|population|tribe"
    r"|tribes|minority|minorities|diaspora|ancestry|heritage|ethnicity|culture|identity)\b"
)
# a name that speaks, owns or acts: "X said", "X's", "X will build", "X has signed", "X bought"; after an auxiliary
# only a doer's verb ("Akkuyu has been shelled", "Rafah will be closed", "Kattegat could see" are a place's)
_DOES = (
    r"(?:say|said|tell|told|announce|announced|sign|signed|buy|bought|build|built|own|owned|operate|operated|run"
    r"|plan|planned|agree|agreed|open|opened|want|wanted|sell|sold|invest|invested|supply|supplied|deliver"
    r"|delivered|launch|launched|acquire|acquired|hire|hired|pay|paid|deny|denied|confirm|confirmed|warn|warned)"
)
_ACTS = re.compile(
    r"(?:['\u2019]s\b|[ \t]+(?:(?:has|had|have|will|would|can|could|may|might|shall|should|must)[ \t]+"
    + _DOES + r"\b"
    r"|(?:has[ \t]+|had[ \t]+)?(?:said|says|told|tells|announced|stated|added|warned|reported|confirmed|denied|claimed"
    r"|plans|planned|agreed|signed|bought|built|builds|owns|owned|operates|operated|runs|ran|opened|wants|wanted)\b))"
)


def _before_site(text: str, end: int) -> bool:
    """Does a site's noun follow ``end`` within three lower-case words, no word of grammar before it and no staff
    noun after it?"""
    run = _RUN.match(text, end)
    words = run.group(1).split() if run else []
    for i, w in enumerate(words[:3]):
        if w in _GRAMMAR:
            return False
        if w in _SITES:
            return i + 1 >= len(words) or words[i + 1] not in _STAFF
    return False


def site_name(text: str, e: LocalEntity) -> bool:
    """Is ``e`` a body or person named by one unknown word that some mention puts before a site's noun, or right
    before a people's noun, and no mention makes act ("X said", "X's")?"""
    if e.kind not in (Kind.PARTY, Kind.OFFICIAL) or not e.mentions:
        return False
    forms = {m.text for m in e.mentions}
    if len(forms) != 1 or not _NAME.fullmatch(word := next(iter(forms))) or word in knowledge().terms:
        return False
    if any(_ACTS.match(text, m.end) for m in e.mentions):
        return False
    return any(_before_site(text, m.end) or _PEOPLE.match(text, m.end) for m in e.mentions)


def drop_site_names(text: str, entities: list[LocalEntity]) -> list[LocalEntity]:
    """``entities`` less each one-word body or person that names a place or a people (module docstring)."""
    return [e for e in entities if not site_name(text, e)]
