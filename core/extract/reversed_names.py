"""One person written both ways round ("Mohamed Bazoum", "Bazoum Mohamed"), or once in full and once with a word
left out or the words in another order ("Ana Maria Lopez" and "Ana Lopez", "Wu Jian Ming" and "Ming Wu"): the two
entities are one."""

from __future__ import annotations

from core.model import Kind, LocalEntity


def join_reversed(entities: list[LocalEntity]) -> list[LocalEntity]:
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
    return _join_shortened(out)


def _join_shortened(entities: list[LocalEntity]) -> list[LocalEntity]:
    """Merge a person written with two words that are both words of ONE other person's longer name (three words or
    more) into that person: "Khalid Omar" beside "Khalid bin Omar", "Jian Wu" beside "Wu Jian Ming". Two longer names
    that both hold the two words ("George Bush" beside "George W. Bush" and "George H. W. Bush") leave it alone."""
    people = [e for e in entities if e.kind is Kind.OFFICIAL]
    longer = [
        (e, {frozenset(w.casefold() for w in m.text.split()) for m in e.mentions if len(m.text.split()) >= 3})
        for e in people
    ]
    longer = [(e, forms) for e, forms in longer if forms]
    if not longer:
        return entities
    gone: set[int] = set()
    for e in people:
        shorts = {frozenset(w.casefold() for w in m.text.split()) for m in e.mentions if len(m.text.split()) == 2}
        shorts = {s for s in shorts if len(s) == 2}
        if not shorts or any(len(m.text.split()) >= 3 for m in e.mentions):
            continue
        hosts = {
            id(h): h for h, forms in longer if h is not e and id(h) not in gone for s in shorts for f in forms if s < f
        }
        if len(hosts) == 1:
            _merge(next(iter(hosts.values())), e)
            gone.add(id(e))
    return [e for e in entities if id(e) not in gone]


def _merge(host: LocalEntity, e: LocalEntity) -> None:
    host.mentions = sorted({(s.start, s.end): s for s in host.mentions + e.mentions}.values(), key=_start)


def _start(span) -> int:
    return span.start
