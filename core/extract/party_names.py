"""Bodies the model took for people, told by the words around their names; works on the finished entities.

- A name written before "party", "coalition" or "movement" ("the hard-left Avanza party", "the ruling Georgian Hope
  party") is a political party; a demonym before it that was read as its state belongs to the name.
- A one-word name given as another name of a body ("the country's Maritime Security Agency or Bakamla said") is
  that body.
"""

from __future__ import annotations

import re

from core.model import Kind, LocalEntity, Span

_PARTY_WORD = re.compile(r"[ \t]+(?:party|coalition|movement|bloc)\b")
_OR = re.compile(r"[ \t]+or[ \t]+$")
_CAPITAL_WORD = re.compile(r"[A-Z][\w'\u2019-]*$")


def named_parties(text: str, entities: list[LocalEntity]) -> list[LocalEntity]:
    """Entities with the kinds and names the words around them give (see the module's docstring)."""
    gone: set[int] = set()
    split = [(e, p) for e in entities if e.kind is Kind.OFFICIAL if (p := _leaders_party(text, e, entities))]
    entities = entities + [p for _, p in split]
    ends = {m.end: (e, m) for e in entities for m in e.mentions}
    for e in entities:
        if e.kind not in (Kind.OFFICIAL, Kind.PARTY) or any(e is person for person, _ in split):
            continue
        for m in list(e.mentions):
            state = ends.get(m.start - 1)
            if state is not None and (state[0].kind is not Kind.STATE or text[m.start - 1] != " "):
                state = None
            full = text[state[1].start : m.end] if state is not None else m.text
            if not _before_party_word(text, full):
                continue
            e.kind = Kind.PARTY
            if state is not None:
                _take_demonym(text, e, state[0], state[1], m)
            break
    for e in entities:
        if e.kind is not Kind.OFFICIAL or len({m.text for m in e.mentions}) != 1 or " " in e.mentions[0].text:
            continue
        for m in e.mentions:
            before = _OR.search(text, max(0, m.start - 6), m.start)
            if before is None or not _CAPITAL_WORD.match(m.text):
                continue
            host = next((h for h in _ends_at(entities, before.start()) if h.kind is Kind.PARTY), None)
            if host is None:
                continue
            host.mentions = sorted(host.mentions + e.mentions, key=lambda s: s.start)
            gone.add(id(e))
            break
    return [e for e in entities if id(e) not in gone and e.mentions]


def _leaders_party(text: str, person: LocalEntity, entities: list[LocalEntity]) -> LocalEntity | None:
    """ "the Varga party ... led by Ivan Varga": the surname written before a lower-case "party" is the party named
    after the person, not the person; those words (with "party") are a party of their own."""
    full = [m for m in person.mentions if " " in m.text]
    if any(_before_party_word(text, t) for t in {m.text for m in full}):
        return None  # "the Georgian Dream party": the whole name is the party's
    for name in {m.text.split()[-1] for m in full if m.text[-1:].isalpha()}:
        if not any(text.endswith(name, 0, at) for at in _party_words(text)):
            continue  # (the quick answer for most names: written before no "party", so the scan finds nothing)
        found = list(re.finditer(r"(?<![\w])" + re.escape(name) + r"[ \t]+party\b", text))
        if not found or any(m.text.startswith(found[0].group()) for e in entities for m in e.mentions):
            continue
        spans = [Span(f.start(), f.end(), f.group()) for f in found]
        person.mentions = [m for m in person.mentions if not any(x.start <= m.start < x.end for x in spans)]
        return LocalEntity(f"{name} Party", Kind.PARTY, spans)
    return None


def _before_party_word(text: str, name: str) -> bool:
    """Is the name written somewhere right before "party" (or "coalition", "movement")?"""
    if not any(text.endswith(name, 0, at) for at in _party_words(text)):
        return False  # (the quick answer for most names: the full scan below finds no more)
    return any(_PARTY_WORD.match(text, m.end()) for m in re.finditer(r"(?<![\w])" + re.escape(name), text))


_last: tuple[str, list[int]] = ("", [])  # the text read last and its positions


def _party_words(text: str) -> list[int]:
    """Where each run of spaces before "party" (…) starts, once per text: a name right before the word ends at
    one of them, or in the run itself if the name ends in a space."""
    global _last
    last = _last
    if last[0] is not text:
        found: list[int] = []
        for m in _PARTY_WORD.finditer(text):
            found += range(m.start(), m.end() - len(m.group().lstrip(" \t")) + 1)
        last = _last = (text, found)
    return last[1]


def _ends_at(entities: list[LocalEntity], end: int) -> list[LocalEntity]:
    return [e for e in entities if any(m.end == end for m in e.mentions)]


def _take_demonym(text: str, party: LocalEntity, state: LocalEntity, demonym: Span, name: Span) -> None:
    """ "Georgian" + "Dream" before "party": one name; the same full name written elsewhere joins it too."""
    full = text[demonym.start : name.end]
    party.mentions = [s for s in party.mentions if s is not name] + [Span(demonym.start, name.end, full)]
    state.mentions = [s for s in state.mentions if s is not demonym]
    for m in re.finditer(r"(?<![\w])" + re.escape(full) + r"(?![\w])", text):
        state.mentions = [s for s in state.mentions if not (m.start() <= s.start < m.end())]
        party.mentions = [s for s in party.mentions if not (m.start() <= s.start < m.end())]
        party.mentions.append(Span(m.start(), m.end(), full))
    party.mentions.sort(key=lambda s: s.start)
    if len(full) > len(party.name):
        party.name = full
