"""Who would stop: 'X urged Y to stop supplying weapons to Z', 'X pressed Y to cease striking Z's pipeline',
'asked Y to refrain from attacking Z'. The act one is asked to give up is the asked one's (Y supplies Z, Y
strikes Z), never the asker's: the asker wants it to end. (An urging to do something, 'urged Y to break ties
with Z', stays the urger's aim, as before.)"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

# Verbs of giving an act up, with the act hung on them as an xcomp ('stop striking'); not 'refrain from',
# whose act is not under way ('asked X to refrain from taking any action').
_DESISTING = frozenset({"stop", "cease", "halt", "desist", "quit"})
# Verbs of asking someone else to do something, whose object is the one asked.
_ASKING = frozenset({"urge", "press", "pressure", "push", "call", "demand", "ask", "tell", "force", "lobby"})
_ASKING |= frozenset({"order", "instruct", "request", "persuade", "convince", "compel", "encourage"})


def desisting_doer(v: Token, objects: Callable[[Token], frozenset[int]]) -> frozenset[int]:
    """The one asked to give up ``v``: the object of the asking verb nearest before 'stop'; empty where ``v`` is
    no act someone is asked to give up."""
    up = v.head
    if v.dep_ != "xcomp" or up.i == v.i or up.lemma_.lower() not in _DESISTING:
        return frozenset()
    if up.dep_ not in ("xcomp", "advcl") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in up.children):
        return frozenset()
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in up.children):
        return frozenset()
    # 'urging the Council to press Y to stop striking Z', with 'to stop' hung on 'urging': the nearer asker
    chain, x = [up.head], up.head
    while True:
        nxt = [c for c in x.children if c.dep_ == "xcomp" and x.i < c.i < up.i and c.i != up.i]
        if not nxt:
            break
        x = nxt[-1]
        chain.append(x)
    asker = chain[-1]
    if asker.i == up.i or asker.pos_ != "VERB" or asker.lemma_.lower() not in _ASKING:
        return frozenset()
    return objects(asker)
