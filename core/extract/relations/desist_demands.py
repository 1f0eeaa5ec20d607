"""Who would stop: 'X urged Y to stop supplying weapons to Z', 'X pressed Y to cease striking Z's pipeline',
'X called on Y to stop shelling Z', 'X warned Y to stop attacking Z'. The act one is asked to give up is the asked
one's (Y supplies Z, Y strikes Z), never the asker's: the asker wants it to end. (An urging to do something,
'urged Y to break ties with Z', stays the urger's aim, as before.)"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from core.extract.relations.act_words import PRESSING

# Verbs of giving an act up, with the act hung on them as an xcomp ('stop striking'); not 'refrain from',
# whose act is not under way ('asked X to refrain from taking any action').
_GIVING_UP = frozenset({"stop", "cease", "halt", "desist", "quit"})
# Verbs of asking someone else to do something, whose object is the one asked.
_ASKING = PRESSING | {"order", "instruct", "request", "persuade", "convince", "compel", "encourage", "warn"}
_ASKING |= frozenset({"implore", "beg", "appeal"})
# verbs whose one asked follows a preposition: 'called on Y to stop', 'appealed to Y to halt'
_ASKING_THROUGH = {"call": ("on", "upon"), "appeal": ("to",)}


def desisting_doer(
    v: Token, objects: Callable[[Token], frozenset[int]], prep_objects: Callable[[Token], frozenset[int]]
) -> frozenset[int]:
    """The one asked to give up ``v``: the object of the asking verb nearest before 'stop'; empty where ``v`` is
    no act someone is asked to give up."""
    up = v.head
    if v.dep_ != "xcomp" or up.i == v.i or up.lemma_.lower() not in _GIVING_UP:
        return frozenset()
    if up.dep_ not in ("xcomp", "advcl") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in up.children):
        return frozenset()
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in up.children):
        return frozenset()
    # 'urging the Council to press Y to stop striking Z', with 'to stop' hung on 'urging': the nearer asker
    asker = up.head
    while True:
        nxt = [c for c in asker.children if c.dep_ == "xcomp" and asker.i < c.i < up.i]
        if not nxt:
            break
        asker = nxt[-1]
    lemma = asker.lemma_.lower()
    if asker.pos_ != "VERB" or lemma not in _ASKING:
        return frozenset()
    asked = objects(asker)
    if lemma in _ASKING_THROUGH:
        for prep in asker.children:
            if prep.dep_ == "prep" and prep.lower_ in _ASKING_THROUGH[lemma]:
                asked |= prep_objects(prep)
    return asked
