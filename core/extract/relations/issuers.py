"""Who gives a speaker's words out: the body that issued the document they are given in ('X said in a statement
released by the White House': the White House reports him and his words), and the outlets an unnamed source speaks
to ('according to diplomats speaking to X')."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Token

from core.extract.relations.syntax import pobjs

# Verbs by which a body issues or carries a speaker's document: 'a statement released by the White House'.
_ISSUING = frozenset({"release", "publish", "broadcast", "carry", "post", "issue", "distribute", "circulate"})
# Participles by which an unnamed source gives its word to an outlet: 'diplomats speaking to X', 'cited by X'.
_TOLD_SOURCE = frozenset({"speak", "talk", "cite", "quote"})


def issued_by(v: Token, document_nouns: frozenset[str], prep_objects: Callable[[Token], set[int]]) -> set[int]:
    """'said in a statement released by X', 'in a statement issued by Y': who issued the document a reporting verb
    ``v`` gives its words in (the agent of an issuing participle hung on the document)."""
    out: set[int] = set()
    for c in v.children:
        if c.dep_ != "prep" or c.lower_ != "in":
            continue
        for p in pobjs(c):
            if p.lemma_.lower() not in document_nouns:
                continue
            for a in p.children:
                if a.dep_ == "acl" and a.lemma_.lower() in _ISSUING:
                    out |= {e for x in a.children if x.dep_ == "agent" for e in prep_objects(x)}
    return out


def sources_outlets(source: Token, prep_objects: Callable[[Token], set[int]]) -> set[int]:
    """The bodies an unnamed source speaks to or is cited by: 'diplomats speaking to X', 'sources cited by X' (the
    caller keeps the news outlets: 'officials speaking to the ministry' make the ministry no reporter)."""
    out: set[int] = set()
    for a in source.children:
        if a.dep_ == "acl" and a.lemma_.lower() in _TOLD_SOURCE:
            for x in a.children:
                if (x.dep_ == "prep" and x.lower_ == "to") or x.dep_ == "agent":
                    out |= prep_objects(x)
    return out


def quoted_by(v: Token, tok_ent: Sequence[int], prep_objects: Callable[[Token], set[int]], outlets) -> set[tuple]:
    """'X was quoted by Y as saying ...', 'X was cited by Y', 'X was quoted as saying by Y' (the agent parsed under
    'as saying'): the outlet (``outlets``) by which a passive quoting verb ``v`` quotes its named subject reports on
    him; pairs (outlet, speaker)."""
    if v.lemma_.lower() not in ("quote", "cite"):
        return set()
    speakers = {tok_ent[c.i] for c in v.children if c.dep_ == "nsubjpass" and tok_ent[c.i] >= 0}
    agents = [c for c in v.children if c.dep_ == "agent"]
    agents += [
        x
        for a in v.children
        if a.dep_ == "prep" and a.lower_ == "as"
        for p in a.children
        if p.dep_ == "pcomp" and p.lemma_.lower() == "say"
        for x in p.children
        if x.dep_ in ("prep", "agent") and x.lower_ == "by"
    ]
    by = {e for c in agents for e in prep_objects(c)} & outlets
    return {(o, s) for o in by for s in speakers if o != s}
