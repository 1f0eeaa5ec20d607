"""The place a meeting or a speech happens in is no party to it (round BG, x-b69r-92).

'Wang, speaking in Germany, said ...', 'X and Y met for the first time in Havana, Cuba', 'X met with the club's
leader in France', 'Y received the prime minister at the Royal Court', 'X visited Z at the White House', 'shakes
hands at a stadium in South Africa': a verb of meeting, speaking or receiving ties its doer to the state or body
after 'in' or 'at' only as a venue. Over blind30..69 such ties were 19, one in the gold (typed by a report besides),
from 15 stories. Verbs of coming or staying ('arrived in X', 'took refuge in X', 'is in X') and 'held talks in
Oman' (a host of talks between others) are no such verbs and keep their tie."""

from __future__ import annotations

# verbs whose 'in'/'at' names where the meeting, speech or reception happened
_MEETING_VERBS = frozenset({"meet", "speak", "talk", "shake", "host", "receive", "visit"})
# 'visited X in Y' is a visit to Y; only 'visited X at the White House' names a building
_AT_ONLY = frozenset({"visit", "receive"})


def at_meeting_place(lemma: str, label: str) -> bool:
    """Does the tie labelled ``label`` (verbs.py's short phrase, its last word the preposition the other end
    hangs from) name only the venue of the verb ``lemma``'s meeting or speech?"""
    if lemma not in _MEETING_VERBS:
        return False
    last = label.rsplit(" ", 1)[-1]
    return last == "at" or (last == "in" and lemma not in _AT_ONLY)
