"""One person written both ways round ("Mohamed Bazoum", "Bazoum Mohamed"): the two entities are one."""

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
        host.mentions = sorted({(s.start, s.end): s for s in host.mentions + e.mentions}.values(), key=_start)
    return out


def _start(span) -> int:
    return span.start
