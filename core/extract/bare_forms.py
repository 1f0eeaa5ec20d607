"""A known body's plain-word name, which names it only in a text that names the body too: "MI5 issued an alert ...
The Security Service named X" (the Security Service is MI5's own name, but "the Security Service" alone may be
another state's). The bodies' table lists such forms under "bare_forms"; a body every mention of which is one of
them, written after a bare "the" ("Ruritania's Security Service", "the Ruritanian Security Service" name another
state's), joins the known body of that form when the text names that body as well. Works on a document's finished
entities; entities keep their order."""

from __future__ import annotations

import re

from core.extract.kb import bare_form_owners
from core.model import Kind, LocalEntity

_THE = re.compile(r"^the[ \t]+", re.I)
_THE_BEFORE = re.compile(r"(?:^|[^\w'\u2019])the[ \t]+$", re.I)


def bare_form_of(form: str, name: str) -> bool:
    """Whether ``form`` is the known body ``name``'s plain-word name ("Security Service" of MI5)."""
    return bare_form_owners().get(_THE.sub("", form)) == name


def join_bare_forms(text: str, entities: list[LocalEntity]) -> list[LocalEntity]:
    """``entities`` with each body named only by a known body's bare form merged into that body, when present."""
    owners = bare_form_owners()
    hosts = {e.name: e for e in entities if e.kind is Kind.PARTY and e.name in owners.values()}
    if not hosts:
        return entities
    gone: set[int] = set()
    for e in entities:
        if e.kind is not Kind.PARTY or e.name in hosts or not e.mentions:
            continue
        named = {owners.get(_THE.sub("", m.text)) if _bare(text, m) else None for m in e.mentions}
        host = hosts.get(next(iter(named))) if len(named) == 1 else None
        if host is None:
            continue
        host.mentions = sorted({(s.start, s.end): s for s in host.mentions + e.mentions}.values(), key=_start)
        gone.add(id(e))
    return [e for e in entities if id(e) not in gone]


def _bare(text: str, m) -> bool:
    """ "the Security Service": the form after a bare "the", no owner's name or adjective before it."""
    return _THE.match(m.text) is not None or _THE_BEFORE.search(text[max(0, m.start - 12) : m.start]) is not None


def _start(span) -> int:
    return span.start
