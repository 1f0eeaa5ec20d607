"""A ministry named bare ("the Foreign Ministry", "a Foreign Ministry official") beside the one ministry of that
portfolio named with its state ("the Turkish Foreign Ministry") when the article has named that ministry or its state
before; the capital after "in" ("the Foreign Ministry in Ankara") picks the state among several. Works on a
document's finished entities; entities keep their order."""

from __future__ import annotations

import re

from core.extract.coref import ministry_form
from core.extract.kb import lookup
from core.model import Kind, LocalEntity

_SMALL = {"of", "and", "for", "the"}
_SEAT = re.compile(
    r"(?:[ \t]+officials?)?[ \t]+in[ \t]+([A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?)(?:[ \t]+and[ \t]+([A-Z][\w'’-]+))?"
)
_BOTH = "?"  # "foreign ministry officials in Ankara and Cairo": the ministries of two states, no one host


def join_bare_ministries(text: str, entities: list[LocalEntity]) -> list[LocalEntity]:
    """Merge each bare ministry into the state-qualified ministry of the same portfolio it names."""
    parties = [e for e in entities if e.kind is Kind.PARTY]
    gone: set[int] = set()
    first_bare: dict[str, LocalEntity] = {}
    for e in parties:
        portfolio = _bare_portfolio(e)
        if portfolio is None:
            continue
        hosts = [o for o in parties if o is not e and id(o) not in gone and o.name.startswith(portfolio + " of ")]
        if not hosts and portfolio in first_bare:
            # "the Labor Ministry ... the Ministry of Labor" with no state's ministry of that portfolio named: one body
            _merge(first_bare[portfolio], e)
            gone.add(id(e))
            continue
        first_bare.setdefault(portfolio, e)
        seats = {_seat(text, m.end) for m in e.mentions} - {None}
        if _BOTH in seats:
            continue
        if len(seats) == 1:
            hosts = [o for o in hosts if o.name == f"{portfolio} of {next(iter(seats))}"]
        else:
            # a host the article has already named, or whose state it has: not "A Foreign Ministry statement ...
            # Separately, the Peruvian Foreign Ministry" with no word of Peru before
            first = min(m.start for m in e.mentions)
            hosts = [o for o in hosts if min(m.start for m in o.mentions) < first or _named(_state(o), text[:first])]
            # not "Norway has recalled its envoy from Peru, the Foreign Ministry said ... the Peruvian Foreign
            # Ministry": a bare ministry in a sentence naming another state first is that state's own
            sentence = text[max(text.rfind(". ", 0, first), text.rfind("\n", 0, first)) + 1 : first]
            hosts = [o for o in hosts if not _other_state_named(sentence, _state(o))]
        if len(hosts) != 1:
            continue
        _merge(hosts[0], e)
        gone.add(id(e))
    return [e for e in entities if id(e) not in gone]


def _merge(host: LocalEntity, e: LocalEntity) -> None:
    host.mentions = sorted({(s.start, s.end): s for s in host.mentions + e.mentions}.values(), key=_start)


def _bare_portfolio(e: LocalEntity) -> str | None:
    """ "Ministry of Foreign Affairs" when every form of the body is that ministry with no state word."""
    forms = {re.sub(r"^the\s+", "", m.text, flags=re.I) for m in e.mentions} | {e.name}
    # "commerce ministry" is "Commerce Ministry"; the "of" of a name already "Ministry of Commerce" stays small
    names = {ministry_form(" ".join(w if w in _SMALL else w[:1].upper() + w[1:] for w in f.split())) for f in forms}
    if len(names) != 1:
        return None
    (name,) = names
    return name if name.startswith("Ministry of ") and " of " not in name[len("Ministry of ") :] else None


def _named(state: str, text: str) -> bool:
    """The state's name as a whole word ("Niger" is not named inside "Nigeria")."""
    return re.search(rf"(?<![\w-]){re.escape(state)}(?![\w-])", text) is not None


def _other_state_named(sentence: str, state: str) -> bool:
    """The sentence before the bare ministry opens with a state other than ``state`` ("Norway has recalled ...")."""
    words = re.findall(r"[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)*", sentence)
    for w in words[:1]:
        term = lookup(w)
        if term is not None and term.kind is Kind.STATE and term.name != state and term.role != "capital":
            return True
    return False


def _state(e: LocalEntity) -> str:
    return e.name.rsplit(" of ", 1)[1]


def _seat(text: str, end: int) -> str | None:
    """The state whose capital is named right after the body ("in Ankara")."""
    found = _SEAT.match(text, end)
    if found is None:
        return None
    if found.group(2) is not None and _capital(found.group(2).split()) is not None:
        return _BOTH
    return _capital(found.group(1).split())


def _capital(words: list[str]) -> str | None:
    """The state whose capital opens ``words`` ("Ankara" -> Turkey)."""
    for n in (2, 1):
        term = lookup(" ".join(words[:n])) if len(words) >= n else None
        if term is not None and term.kind is Kind.STATE and term.role == "capital":
            return term.name
    return None


def _start(span) -> int:
    return span.start
