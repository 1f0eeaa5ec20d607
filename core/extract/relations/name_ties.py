"""A body whose own name says whose it is: 'China Coast Guard', 'US Fifth Fleet', 'Iranian Ministry of Defense'."""

from __future__ import annotations

import re
from functools import lru_cache

from core.extract.carriers import names_an_airline
from core.extract.kb import lookup
from core.model import Kind, LocalEntity

_WORD = re.compile(r"[\w.]+(?:[-'’]\w+)*")
_LONGEST = 3  # 'United Arab Emirates'


@lru_cache(maxsize=8192)  # the same names come back in every document, and the speech rules ask again
def _states_named_in(form: str) -> frozenset[str]:
    """Canonical country names spelled out as whole words inside a name."""
    words = _WORD.findall(form)
    out: set[str] = set()
    for n in range(_LONGEST, 0, -1):
        for i in range(len(words) - n + 1):
            term = lookup(" ".join(words[i : i + n]))
            # 'Paris Club', 'Bucharest Stock Exchange': a capital in a name says where, not whose (blind30..65: 0 of 4)
            if term is not None and term.kind is Kind.STATE and term.role not in ("block", "capital"):
                out.add(term.name)
    return frozenset(out)


# A body sent to a state, named for where it serves: 'UN Assistance Mission for Iraq', 'UN Interim Force in Lebanon'.
_SENT_BODIES = frozenset({"mission", "missions", "force", "forces", "operation"})


@lru_cache(maxsize=8192)
def _states_hosting(form: str) -> frozenset[str]:
    """Canonical country names that follow 'in' or 'for' after a mission's word in a name ('... Mission in Sudan')."""
    words = _WORD.findall(form)
    out: set[str] = set()
    for i, w in enumerate(words):
        if w.lower() not in ("in", "for") or not any(x.lower() in _SENT_BODIES for x in words[:i]):
            continue
        j = i + 2 if i + 1 < len(words) and words[i + 1].lower() == "the" else i + 1
        for n in range(_LONGEST, 0, -1):
            term = lookup(" ".join(words[j : j + n])) if j + n <= len(words) else None
            if term is not None and term.kind is Kind.STATE and term.role not in ("block", "capital"):
                out.add(term.name)
                break
    return frozenset(out)


def states_in_names(entities: list[LocalEntity], excluded: frozenset[str]) -> dict[int, set[int]]:
    """Body → the states of the document its name contains ('Philippine Coast Guard' → the Philippines)."""
    return _states_in_names(entities, excluded)[0]


def name_states(entities: list[LocalEntity], excluded: frozenset[str]) -> tuple[dict, dict]:
    """Both at once: (``states_in_names``, the hosting states: mission → the states of the document its name says it
    serves in and names no other: 'UN Assistance Mission for Iraq' → Iraq; the annotated sets tie such a mission to
    its host state as DIPLOMACY, not as the state's body: blind19, blind59)."""
    return _states_in_names(entities, excluded)


def _states_in_names(entities: list[LocalEntity], excluded: frozenset[str]) -> tuple[dict, dict]:
    by_name: dict[str, int] = {}
    for ei, e in enumerate(entities):
        if e.kind is not Kind.STATE:
            continue
        for form in {e.name, *(m.text for m in e.mentions)}:
            term = lookup(form)
            if term is not None and term.kind is Kind.STATE:
                by_name.setdefault(term.name, ei)
        by_name.setdefault(e.name, ei)
    if not by_name:
        return {}, {}
    out: dict[int, set[int]] = {}
    hosts: dict[int, set[int]] = {}
    for ei, e in enumerate(entities):
        if e.kind is not Kind.PARTY:
            continue
        forms = {e.name, *(m.text for m in e.mentions)}
        words = [w.lower() for form in forms for w in _WORD.findall(form)]
        if any(w in excluded or w.isdigit() for w in words):  # also 'France 24', a channel
            continue  # a party, an international body or a movement is not a state's own
        if any(names_an_airline(form) for form in forms):
            continue  # 'Air India', 'China Eastern': an airline named after its country (carriers.py)
        named: set[str] = set()
        hosting: set[str] = set()
        for form in forms:
            named |= _states_named_in(form)
            hosting |= _states_hosting(form)
        # 'the Group of Russian Forces in Chad': Russia's own body, a mission to Chad
        if own := {by_name[n] for n in named - hosting if n in by_name}:
            out[ei] = own
        if sent := {by_name[n] for n in named & hosting if n in by_name}:
            hosts[ei] = sent  # a mission to the state, not the state's own body
    return out, hosts


def unwritten_states(entities: list[LocalEntity], named: dict[int, set[int]]) -> dict[int, set[int]]:
    """Body → the states of ``named`` that only its canonical name holds, none of its mentions in the document
    ('the Justice Department' → 'US Department of Justice'): the text itself does not say whose the body is."""
    out: dict[int, set[int]] = {}
    for ei, states in named.items():
        written: set[str] = set()
        for m in entities[ei].mentions:
            written |= _states_named_in(m.text)
        spelled = {
            st
            for st in states
            if {entities[st].name, *(m.text for m in entities[st].mentions)} & written
            or _states_named_in(entities[st].name) & written
        }
        if states - spelled:
            out[ei] = states - spelled
    return out


# A national force named without its state: whose it is the article must say ('the Navy said').
_BARE_FORCES = frozenset(
    {"navy", "air force", "army", "coast guard", "coastguard", "defense forces", "defence forces", "marines"}
    | {"armed forces", "military", "border guard", "national guard", "naval forces"}
)


def is_bare_force(entity: LocalEntity) -> bool:
    """'Navy', 'the Defense Forces': every name of the body is a force word and nothing else."""
    forms = {entity.name, *(m.text for m in entity.mentions)}
    return all(re.sub(r"^the\s+", "", f.strip().lower()) in _BARE_FORCES for f in forms)


# bodies a state's word inside their own name does not make the state's: 'Australian National University', 'the
# Belarusian Sports Solidarity Foundation', 'Pakistan International Airlines' (a school, an NGO, a carrier; the gold
# ties none of them to the state, as ``name_tie_exclusions`` keeps the name ties). Not 'association' or 'institute': the
# gold ties 'the Israel Builders Association' and 'the Ethiopian Space Science and Technology Institute' (blind35, 56)
_UNOWNED_WORDS = frozenset({"university", "foundation", "airlines", "airline", "airways"})


def unowned_namesake(name: str, word: str) -> bool:
    """The state's ``word`` is one of the words of the body's own ``name``, and the name is a university's,
    foundation's or airline's."""
    words = {w.lower() for w in _WORD.findall(name)}
    return word.lower() in words and not words.isdisjoint(_UNOWNED_WORDS)
