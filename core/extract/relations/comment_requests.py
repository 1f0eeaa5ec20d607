"""An outlet's request for comment: 'X did not respond to a request for comment from Y', 'A and B have yet to reply to
a Y request for comment'. The outlet that asked reports on those it asked (the annotated sets: REPORTING,
'requested comment from')."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Token

from core.extract.nlp import doc_column
from core.extract.relations.syntax import Tie
from core.model import Family, Kind

_REQUESTS = frozenset({"request", "requests", "query", "queries", "inquiry", "inquiries", "enquiry", "enquiries"})
# a request for comment is a reporter's ('a request for clarification' is any body's)
_ASKED = frozenset({"comment", "comments"})
_NAMING = frozenset({"compound", "poss", "nmod", "amod"})
# the verbs by which one is said to answer or not: 'did not respond to', 'declined', 'ignored', 'have yet to reply to'
_ANSWERING = frozenset({"respond", "reply", "answer", "return", "decline", "ignore", "acknowledge"})


def comment_requests(
    toks: list[Token], tok_ent: list[int], kind: Callable[[int], Kind], outlets: frozenset[int]
) -> Iterator[Tie]:
    """'X didn't respond to a request for comment from Y', 'a Y request for comment': Y → X, REPORTING, when Y is
    one of the document's news outlets (``outlets``)."""
    if not toks:
        return
    doc = toks[0].doc
    lowered = doc_column(doc, "lower_")
    if _ASKED.isdisjoint(lowered[toks[0].i : toks[-1].i + 1]):
        return  # (one look at the words of the sentence: most have no 'comment' at all)
    for t in toks:
        if lowered[t.i] not in _ASKED or t.dep_ != "pobj" or t.head.lower_ != "for":
            continue
        req = t.head.head
        if req.lower_ not in _REQUESTS:
            continue
        askers = _askers(req, t, tok_ent, kind) & outlets
        if not askers:
            continue
        asked = _asked(req, tok_ent, kind) - askers
        for a in sorted(askers):
            for b in sorted(asked):
                yield a, b, "requested comment from", Family.REPORTING


def _askers(req: Token, asked: Token, tok_ent: list[int], kind: Callable[[int], Kind]) -> set[int]:
    """The outlet that asks: named before the request ('a Y request') or 'from Y' after it."""
    out = {tok_ent[c.i] for c in req.children if c.dep_ in _NAMING and tok_ent[c.i] >= 0}
    for h in (req, asked, asked.head):
        for c in h.children:
            if c.dep_ == "prep" and c.lower_ == "from":
                out |= {tok_ent[p.i] for p in c.children if p.dep_ == "pobj" and tok_ent[p.i] >= 0}
    return {e for e in out if kind(e) is Kind.PARTY}


def _asked(req: Token, tok_ent: list[int], kind: Callable[[int], Kind]) -> set[int]:
    """Whoever is named as the subject of the answering verb the request hangs on, also a list of them."""
    v = req.head.head if req.dep_ == "pobj" else req.head if req.dep_ == "dobj" else None
    if v is None or v.lemma_.lower() not in _ANSWERING:
        return set()
    subjects = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
    while not subjects and v.dep_ in ("xcomp", "conj") and v.head.i != v.i:
        v = v.head  # 'have yet to reply to', 'did not confirm the sinking and did not respond to'
        subjects = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
    out: set[int] = set()
    for x in (x for s in subjects for x in (s, *s.conjuncts)):
        if tok_ent[x.i] >= 0:
            out.add(tok_ent[x.i])
        else:  # 'the U.S. government', "Russia's defence ministry": the state or body the subject is named by
            out |= {tok_ent[c.i] for c in x.children if c.dep_ in _NAMING and tok_ent[c.i] >= 0}
    return {e for e in out if kind(e) is not Kind.VESSEL}


# The verbs by which an outlet asks someone for comment: 'X reached out to A for comment', 'X contacted A and B for
# comment', 'X asked A for comment'.
_CONTACTING = frozenset({"reach", "contact", "approach", "ask", "email", "call", "query"})


def comment_contacts(
    toks: list[Token], tok_ent: list[int], kind: Callable[[int], Kind], outlets: frozenset[int]
) -> Iterator[Tie]:
    """'Y reached out to A, B and C for comment', 'Y contacted A for comment': Y → each asked, REPORTING, when Y, the
    verb's subject, is a body (one asking for comment is an outlet, named as such or not; no diplomacy)."""
    if not toks:
        return
    doc = toks[0].doc
    lowered = doc_column(doc, "lower_")
    if _ASKED.isdisjoint(lowered[toks[0].i : toks[-1].i + 1]):
        return
    for t in toks:
        if lowered[t.i] not in _ASKED or t.dep_ != "pobj" or t.head.lower_ != "for" or t.head.dep_ != "prep":
            continue
        v = t.head.head
        if v.pos_ != "VERB" or v.lemma_.lower() not in _CONTACTING:
            continue
        if v.lemma_.lower() == "reach" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in v.children):
            continue  # 'reach' alone is arriving
        subjects = [c for c in v.children if c.dep_ == "nsubj"]
        askers = {tok_ent[x.i] for s in subjects for x in (s, *s.conjuncts) if tok_ent[x.i] >= 0}
        # one who asks for comment is an outlet, known or not ('Newsweek reached out to X for comment'): a body
        askers = {e for e in askers if e in outlets or kind(e) is Kind.PARTY}
        if not askers:
            continue
        heads = [c for c in v.children if c.dep_ == "dobj"]
        tos = [c for c in v.children if c.dep_ == "prep" and c.lower_ == "to"]
        heads += [p for c in tos for p in c.children if p.dep_ == "pobj"]
        asked: set[int] = set()
        for x in (x for h in heads for x in (h, *h.conjuncts)):
            if tok_ent[x.i] >= 0:
                asked.add(tok_ent[x.i])
            else:  # 'the Freedonian government': the state or body the one asked is named by
                asked |= {tok_ent[c.i] for c in x.children if c.dep_ in _NAMING and tok_ent[c.i] >= 0}
        for a in sorted(askers):
            for b in sorted(asked - askers):
                if kind(b) is not Kind.VESSEL:
                    yield a, b, "requested comment from", Family.REPORTING
