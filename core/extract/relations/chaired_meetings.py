"""Who chairs a body's meeting chairs the body: 'after a meeting of the Ruritanian Security Council chaired by
President X', 'a session of the Y committee presided over by X' (gold: X's LEADERSHIP of the body; dev sets blind35,
blind44). The parser hangs the participle on the meeting, which names no one; the body is the meeting's 'of'."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Token

from core.extract.relations.syntax import Tie, pobjs, unasserted, words_in
from core.model import Family, Kind

_MEETINGS = frozenset({"meeting", "session", "sitting", "meetings", "sessions"})
_CHAIRING = frozenset({"chair", "preside", "lead", "head"})
_BODIES = frozenset({Kind.PARTY})


def chaired_meeting_ties(
    toks: list[Token], kind: Callable[[int], Kind], den: Callable[[Token], frozenset[int]]
) -> Iterator[Tie]:
    """Each person chairing a named body's meeting -> the body, LEADERSHIP."""
    for meeting in words_in(toks, _MEETINGS):
        bodies = {
            e for c in meeting.children if c.dep_ == "prep" and c.lower_ == "of" for o in pobjs(c) for e in den(o)
        }
        bodies = {e for e in bodies if kind(e) in _BODIES}
        if not bodies:
            continue
        for v in _participles(meeting):
            if v.lemma_.lower() not in _CHAIRING or unasserted(v):
                continue
            agent = [a for a in v.children if a.dep_ == "agent"]
            if v.lemma_.lower() == "preside":  # 'presided over by X'
                agent = [a for p in v.children if p.lower_ == "over" for a in p.children if a.dep_ == "agent"] or agent
            # the chair by name, not through a possessor ("chaired by X's deputy" is not chaired by X)
            named = [n for a in agent for o in pobjs(a) for n in (o, *(c for c in o.children if c.dep_ == "appos"))]
            chairs = {e for n in named if n.pos_ == "PROPN" for e in den(n) if kind(e) is Kind.OFFICIAL}
            for x in sorted(chairs):
                for b in sorted(bodies - {x}):
                    yield x, b, "chaired", Family.LEADERSHIP


def _participles(meeting: Token) -> list[Token]:
    """The participles that say who chaired ``meeting``: its own ('a meeting of X chaired by Y'), or one right after
    the meeting's phrase that the parser read as a clause of its own or a second conjunct ('Following a meeting of
    X chaired by Y, Z announced ...', 'chaired' a past tense there), with a 'by' and no subject of its own."""
    out = [v for v in meeting.children if v.dep_ == "acl" and v.tag_ == "VBN"]
    doc = meeting.doc
    nxt = meeting.right_edge.i + 1
    if nxt < len(doc) and doc[nxt].tag_ in ("VBN", "VBD") and doc[nxt] not in out:
        v = doc[nxt]
        if any(c.dep_ == "agent" for c in v.children) and not any(c.dep_.startswith("nsubj") for c in v.children):
            out.append(v)
    return out
