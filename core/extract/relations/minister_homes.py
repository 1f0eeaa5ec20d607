"""A minister whose state the document has not tied him to speaks for the one state his words have act: 'Transport
Minister X said Spain had refused the ship', 'the foreign minister, Y, said Australia would continue to ...' (gold: the
minister is a MEMBER of that state, not its reporter). Only a title with 'minister' counts: an official of a board or a
secretary reporting on his state's act keeps REPORTING (gold r23 review)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from spacy.tokens import Doc, Span

_MINISTER = frozenset({"minister", "ministers"})


def titled_ministers(
    doc: Doc, heads: Iterable[tuple[int, int]], tok_ent: Sequence[int], people: set[int], sent: Span
) -> bool:
    """Every person in ``people`` is named in ``sent`` with a minister's title: in his own phrase ('Foreign Minister
    X') or in the phrase his name stands beside ('the foreign minister, X', 'X, the transport minister')."""
    titled: set[int] = set()
    for ei, hi in heads:
        if ei not in people or not sent.start <= hi < sent.end or tok_ent[hi] != ei:
            continue
        t = doc[hi]
        words = [x for x in t.subtree if x.dep_ != "relcl" and x.head.dep_ != "relcl"]
        if t.dep_ == "appos":
            words.append(t.head)
        words += [x for x in t.children if x.dep_ == "appos"]
        if any(x.lemma_.lower() in _MINISTER or x.lower_ in _MINISTER for x in words):
            titled.add(ei)
    return bool(people) and titled == people
