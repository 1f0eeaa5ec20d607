"""One body written in two shapes in one article: "Fifth Fleet" and "5th Fleet", "MSDF" and "Maritime Self-Defense
Force", "Department of Commerce" and "Commerce Department", a lone "Navy" beside "the Turkish Navy". Works on a
document's finished entities; entities keep their order."""

from __future__ import annotations

import re

from core.extract.forces import ORDINAL_WORDS
from core.extract.kb import lookup
from core.model import Kind, LocalEntity

_ORDINALS = {w: f"{n}{'st' if n == 1 else 'nd' if n == 2 else 'rd' if n == 3 else 'th'}"
             for n, w in enumerate(ORDINAL_WORDS, start=1)}
# a unit or force word a short form is written as on its own ("the Navy" after "the Turkish Navy")
_HEADS = frozenset({"navy", "army", "fleet", "marines", "coast guard", "air force", "military", "police", "guard"})
_SMALL = frozenset({"of", "the", "and", "for", "de", "del", "la", "&"})
_ACRONYM = re.compile(r"[A-Z]{3,8}$")
# a firm's legal form after its name ("Ltd.", ", Inc.", "Co., Ltd.", "SA")
_LEGAL_FORM = re.compile(r",?\s+(?:Co\.?,?\s+)?(?:Ltd\.?|Limited|Inc\.?|Corp\.?|LLC|PLC|S\.A\.|SA|AG|GmbH|PJSC|JSC)$")
_OFFICE_HEADS = frozenset({"Department"})  # "Department of Commerce" is the "Commerce Department"


def join_short_forms(entities: list[LocalEntity]) -> list[LocalEntity]:
    """Merge a body's ordinal spelling, undefined acronym or bare head word into the body written in full."""
    parties = [e for e in entities if e.kind is Kind.PARTY]
    gone: set[int] = set()
    by_ordinal: dict[str, LocalEntity] = {}
    by_office: dict[str, tuple[LocalEntity, set[str]]] = {}
    initials: dict[str, LocalEntity] = {}
    for e in parties:
        for form in _forms(e):
            for key in _initials(form):
                initials.setdefault(key, e)
    by_form: dict[str, LocalEntity] = {}
    for e in parties:
        for form in _forms(e):
            by_form.setdefault(form.casefold(), e)
    for e in parties:
        host = None
        for form in _forms(e):
            key = _ordinal_key(form)
            if key is None:
                continue
            seen = by_ordinal.setdefault(key, e)
            if seen is not e:
                host = seen
        states = _states(e)
        for key in {k for form in _forms(e) for k in _office_keys(form)}:
            seen, theirs = by_office.setdefault(key, (e, states))
            if host is None and seen is not e and not (states and theirs and not states & theirs):
                host = seen  # "the U.S. Department of Commerce" and "the Commerce Department" (no other state named)
        if host is None:
            host = _bare_firm_host(e, by_form)
        if host is None:
            host = _acronym_host(e, initials)
        if host is None:
            host = _head_host(e, parties, gone) or _longer_host(e, parties, gone)
        if host is not None and host is not e and id(host) not in gone:
            host.mentions = sorted({(s.start, s.end): s for s in host.mentions + e.mentions}.values(), key=_start)
            gone.add(id(e))
    return [e for e in entities if id(e) not in gone]


def _start(span) -> int:
    return span.start


def _forms(e: LocalEntity) -> set[str]:
    return {m.text for m in e.mentions} | {e.name}


def _ordinal_key(form: str) -> str | None:
    """ "Fifth Fleet" and "5th Fleet" give one key; a form without an ordinal word or number gives none."""
    words = form.split()
    if len(words) < 2:
        return None
    out, changed = [], False
    for w in words:
        low = w.lower()
        if low in _ORDINALS:
            out.append(_ORDINALS[low])
            changed = True
        elif re.fullmatch(r"\d{1,3}(?:st|nd|rd|th)", low):
            out.append(low)
            changed = True
        else:
            out.append(low)
    return " ".join(out) if changed else None


def _bare_firm_host(e: LocalEntity, by_form: dict[str, LocalEntity]) -> LocalEntity | None:
    """ "Mitsubishi Heavy Industries, Ltd." beside "Mitsubishi Heavy Industries": one firm, with and without its
    legal form."""
    for form in _forms(e):
        bare = _LEGAL_FORM.sub("", form)
        if bare != form and len(bare.split()) >= 1 and (host := by_form.get(bare.casefold())) not in (None, e):
            return host
    return None


def _office_keys(form: str) -> set[str]:
    """ "Department of Commerce" and "Commerce Department" (a country word before either) give one key."""
    words = form.split()
    if len(words) < 2:
        return set()
    if words[-1] in _OFFICE_HEADS:
        before = words[:-1]
        return {" ".join(before[-n:]).lower() + " " + words[-1].lower() for n in range(1, min(3, len(before)) + 1)
                if all(x[:1].isupper() for x in before[-n:])}
    for i, w in enumerate(words[:-2]):
        if w in _OFFICE_HEADS and words[i + 1] == "of":
            rest = [x for x in words[i + 2 :] if x != "the"]
            if 0 < len(rest) <= 3 and all(x[:1].isupper() for x in rest):
                return {" ".join(rest).lower() + " " + w.lower()}
    return set()


def _states(e: LocalEntity) -> set[str]:
    """The states whose names or adjectives are written in the body's forms ("U.S.", "Philippine")."""
    words = {w.strip("’'s,") for form in _forms(e) for w in form.split()}
    return {t.name for w in words if w[:1].isupper() and (t := lookup(w)) is not None and t.kind is Kind.STATE}


def _initials(form: str) -> list[str]:
    """ "Japanese Maritime Self-Defense Force" -> MSDF (and JMSDF): the letters an undefined acronym may take."""
    words = [w for w in re.split(r"[\s\-]+", form) if w and w.lower() not in _SMALL]
    if len(words) < 3 or not all(w[:1].isupper() for w in words):
        return []
    letters = "".join(w[0] for w in words)
    return [letters, letters[1:]] if len(letters) > 3 else [letters]


def _acronym_host(e: LocalEntity, initials: dict[str, LocalEntity]) -> LocalEntity | None:
    texts = {m.text for m in e.mentions}
    if not texts or not all(_ACRONYM.match(t) for t in texts):
        return None
    hosts = {id(initials[t]): initials[t] for t in texts if t in initials and initials[t] is not e}
    return next(iter(hosts.values())) if len(hosts) == 1 else None


def _head_host(e: LocalEntity, parties: list[LocalEntity], gone: set[int]) -> LocalEntity | None:
    """A body written only as its bare head word goes to the nearest body in full with that head, earlier first."""
    texts = {re.sub(r"^the\s+", "", m.text, flags=re.I).lower() for m in e.mentions}
    if len(texts) != 1 or next(iter(texts)) not in _HEADS:
        return None
    head = next(iter(texts))
    first = min(m.start for m in e.mentions)
    before, after = None, None
    for other in parties:
        if other is e or id(other) in gone:
            continue
        full = [m for m in other.mentions if m.text.lower().endswith(" " + head) and len(m.text.split()) >= 2]
        for m in full:
            if m.start < first and (before is None or m.start > before[0]):
                before = (m.start, other)
            elif m.start > first and (after is None or m.start < after[0]):
                after = (m.start, other)
    pick = before or after
    return pick[1] if pick else None


def _longer_host(e: LocalEntity, parties: list[LocalEntity], gone: set[int]) -> LocalEntity | None:
    """ "the Ruritanian Navy" beside "the Ruritanian People's Navy": the same state word and force word with more
    between is the one force, when exactly one such longer body is in the article."""
    written = {tuple(m.text.split()) for m in e.mentions}
    short = {w for w in written if len(w) == 2 and w[1].lower() in _HEADS and w[0][:1].isupper()}
    if not short or any(w not in short and (len(w) != 1 or w[0] not in {b for _, b in short}) for w in written):
        return None
    hosts = {
        id(other): other
        for other in parties
        if other is not e and id(other) not in gone
        for m in other.mentions
        if len(words := m.text.split()) >= 3 and any(words[0] == a and words[-1] == b for a, b in short)
    }
    return next(iter(hosts.values())) if len(hosts) == 1 else None
