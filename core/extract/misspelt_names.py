"""A name misspelt once is still the same person or ship: "KNM Helge Instad" beside "KNM Helge Ingstad", "Dominic
Rabb" beside "Raab".

Two people (or two ships) of one document are one when the shorter name lines up with the end of the longer one and
every word is the same but one, which differs by a single letter (one letter dropped, added, changed or two swapped).
The odd word must be long enough to carry a typo (five letters at least: "Wang Yang" and "Wang Yong", "Li Wei" and
"Li Wen" are two people), begin with the same letter, and not differ only at its end: "Petrov" and "Petrova", "Jansen"
and "Jansens" may well be two people. The misspelling is the name written once, beside a spelling written at least
twice, which gives the name; two names written once each stay apart ("President Hassan" and "Ronen Hasson" are two
people, and nothing says which spelling is the slip). The fuller of the two names gives its other words.
"""

from __future__ import annotations

from core.model import Kind, LocalEntity

_KINDS = (Kind.OFFICIAL, Kind.VESSEL)
_MIN_LETTERS = 5


def _one_typo(a: str, b: str) -> bool:
    """``a`` and ``b`` differ by one letter dropped, added or changed, or two neighbours swapped, not at the end."""
    if a == b or a[:1] != b[:1] or min(len(a), len(b)) < _MIN_LETTERS or abs(len(a) - len(b)) > 1:
        return False
    k = 0
    while k < min(len(a), len(b)) and a[k] == b[k]:
        k += 1
    if k >= min(len(a), len(b)) - 1 and len(a) != len(b):
        return False  # "Petrov"/"Petrova": an ending, not a typo
    if len(a) == len(b):
        if a[k + 1 :] == b[k + 1 :]:
            return k < len(a) - 1  # one letter changed, not the last one
        return a[k] == b[k + 1] and a[k + 1] == b[k] and a[k + 2 :] == b[k + 2 :]  # "Ingstda"/"Ingstad"
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    return longer[k + 1 :] == shorter[k:]


def _same(short: list[str], long: list[str]) -> bool:
    """The shorter name's words end the longer's, all alike but one word with a single typo."""
    if not short or len(short) > len(long):
        return False
    tail = long[len(long) - len(short) :]
    odd = [(x, y) for x, y in zip(short, tail, strict=True) if x != y]
    return len(odd) == 1 and all(c.isalpha() for c in odd[0][0] + odd[0][1]) and _one_typo(*odd[0])


def _respelt(name: str, spelling: str) -> str:
    """The fuller of the two names, its odd word spelled as in ``spelling`` ("Dominic Rabb", "Raab": "Dominic Raab")."""
    long, short = name.split(), spelling.split()
    if len(long) <= len(short):
        return spelling
    return " ".join(long[: len(long) - len(short)] + short)


def join_misspelt(entities: list[LocalEntity]) -> list[LocalEntity]:
    """Merge each person or ship written once with a typo into the entity it misspells; order kept."""
    gone: set[int] = set()
    for i, e in enumerate(entities):
        if e.kind not in _KINDS or id(e) in gone:
            continue
        for o in entities[i + 1 :]:
            if o.kind is not e.kind or id(o) in gone:
                continue
            a, b = e.name.split(), o.name.split()
            if not (_same(a, b) if len(a) <= len(b) else _same(b, a)):
                continue
            # the slip is written once, the spelling it misses at least twice
            host, other = (e, o) if len(e.mentions) > len(o.mentions) else (o, e)
            if len(other.mentions) != 1 or len(host.mentions) < 2:
                continue
            merged = {(s.start, s.end): s for s in host.mentions + other.mentions}
            host.mentions = sorted(merged.values(), key=lambda s: s.start)
            host.name = _respelt(other.name, host.name)
            gone.add(id(other))
            if other is e:
                break
    return [e for e in entities if id(e) not in gone]
