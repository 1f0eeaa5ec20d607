"""One person written both ways round ("Mohamed Bazoum", "Bazoum Mohamed"), or once in full and once with a word
left out or the words in another order ("Ana Maria Lopez" and "Ana Lopez", "Wu Jian Ming" and "Ming Wu"): the two
entities are one."""

from __future__ import annotations

import re

from core.extract.relations.titles import KIN_WORDS
from core.model import Kind, LocalEntity

# the kin noun a relative is introduced with, just before the name ("His son, Jan Lee Roe"; not "the son of Jan Roe")
_LAST_WORD = re.compile(r"([A-Za-z]+)\W{0,3}$")


def join_reversed(entities: list[LocalEntity], text: str = "") -> list[LocalEntity]:
    """Merge a person whose two-word name is another's with the words swapped into the one named first."""
    seen: dict[tuple[str, str], LocalEntity] = {}
    out = []
    for e in entities:
        if e.kind is not Kind.OFFICIAL:
            out.append(e)
            continue
        pairs = {tuple(m.text.split()) for m in e.mentions}
        pairs = {p for p in pairs if len(p) == 2}
        host = next((seen[(b, a)] for a, b in pairs if (b, a) in seen and seen[(b, a)] is not e), None)
        if host is None:
            for p in pairs:
                seen.setdefault(p, e)
            out.append(e)
            continue
        _merge(host, e)
    return _join_shortened(out, text)


def _join_shortened(entities: list[LocalEntity], text: str) -> list[LocalEntity]:
    """Merge a person written with two words that are both words of ONE other person's longer name (three words or
    more) into that person: "Khalid Omar" beside "Khalid bin Omar", "Jian Wu" beside "Wu Jian Ming". Two longer names
    that both hold the two words ("George Bush" beside "George W. Bush" and "George H. W. Bush") leave it alone, and so
    does a name a kin noun introduces ("President Jan Roe ... His son, Jan Lee Roe": a relative)."""
    people = [e for e in entities if e.kind is Kind.OFFICIAL]
    longer = [(e, _long_forms(e)) for e in people]
    longer = [(e, forms) for e, forms in longer if forms]
    if not longer:
        return entities
    gone: set[int] = set()
    for e in people:
        shorts = {frozenset(w.casefold() for w in m.text.split()) for m in e.mentions if len(m.text.split()) == 2}
        shorts = {s for s in shorts if len(s) == 2}
        if not shorts or any(len(m.text.split()) >= 3 for m in e.mentions):
            continue
        hosts: dict[int, tuple[LocalEntity, int]] = {}
        for h, forms in longer:
            ats = [at for s in shorts for f, at in forms.items() if s < f]
            if ats and h is not e and id(h) not in gone:
                hosts[id(h)] = (h, min(ats))
        if len(hosts) != 1:
            continue
        host, at = next(iter(hosts.values()))
        if not (_kin_before(text, at) or _kin_before(text, e.mentions[0].start)):
            _merge(host, e)
            gone.add(id(e))
    return [e for e in entities if id(e) not in gone]


def _kin_before(text: str, at: int) -> bool:
    last = _LAST_WORD.search(text[max(0, at - 20) : at])
    return last is not None and last[1].casefold() in KIN_WORDS


def _long_forms(e: LocalEntity) -> dict[frozenset[str], int]:
    """Each name of three words or more the person is written with (as a set of words), where it first appears."""
    forms: dict[frozenset[str], int] = {}
    for m in e.mentions:
        if len(m.text.split()) >= 3:
            key = frozenset(w.casefold() for w in m.text.split())
            forms[key] = min(forms.get(key, m.start), m.start)
    return forms


def _merge(host: LocalEntity, e: LocalEntity) -> None:
    host.mentions = sorted({(s.start, s.end): s for s in host.mentions + e.mentions}.values(), key=_start)


def _start(span) -> int:
    return span.start
