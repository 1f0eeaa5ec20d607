"""A speaker who cites a body's document: 'X said the haze was dense, citing a Y report', 'Based on Y's
observations, X said ...', 'referencing a Y report linking smog to pollution from Z'. The speaker reports on the
document's author (X → Y), and the author on the parties its document is said to name (Y → Z), REPORTING."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Token

from core.extract.relations.syntax import Tie, pobjs, words_or_lemmas_in
from core.model import Family, Kind

# Verbs by which a speaker names the document he draws on: 'citing a report', 'referencing a study'.
_CITING = frozenset({"cite", "reference", "quote"})
_BASED = frozenset({"based"})
# What a body observes or finds, besides its documents: "based on X's observations".
_FINDINGS = frozenset({"observation", "finding", "survey", "research", "estimate", "monitoring"})
# Words by which a document names its author: 'a NASA report', "X's observations".
_AUTHOR_DEPS = frozenset({"compound", "poss", "nmod"})
# A document's clause of what it says: 'a report linking smog to India', 'a study showing that ...'.
_SAYING = frozenset({"link", "show", "say", "find", "blame", "accuse", "tie", "attribute", "suggest", "indicate"})


def cited_documents(
    toks: list[Token],
    tok_ent: list[int],
    kind: Callable[[int], Kind],
    document_nouns: frozenset[str],
    reporting_verbs: frozenset[str],
) -> Iterator[Tie]:
    """X → the author of the document X cites in the clause X speaks; the author → the parties the document's own
    clause names."""
    for t in words_or_lemmas_in(toks, _BASED, _CITING):  # (no other token is asked)
        lemma = t.lemma_.lower()
        if lemma in _CITING and t.tag_ == "VBG" and t.dep_ in ("advcl", "xcomp", "conj"):
            docs = [c for c in t.children if c.dep_ == "dobj"]
        elif t.lower_ == "based" and t.dep_ in ("advcl", "prep", "acl"):
            docs = [p for c in t.children if c.dep_ == "prep" and c.lower_ == "on" for p in pobjs(c)]
        else:
            continue
        speech = t.head
        for _ in range(2):  # 'X said [the haze was dense, citing ...]': the parser hangs it on the reported clause
            if speech.lemma_.lower() in reporting_verbs or speech.dep_ not in ("ccomp", "conj"):
                break
            speech = speech.head
        if speech.pos_ not in ("VERB", "AUX") or speech.lemma_.lower() not in reporting_verbs:
            continue
        speakers = {
            tok_ent[x.i] for s in speech.children if s.dep_ == "nsubj" for x in (s, *s.conjuncts) if tok_ent[x.i] >= 0
        }
        for d in (y for x in docs for y in (x, *x.conjuncts)):
            if tok_ent[d.i] >= 0 or d.lemma_.lower() not in document_nouns | _FINDINGS:
                continue
            authors = {tok_ent[c.i] for c in d.children if c.dep_ in _AUTHOR_DEPS and tok_ent[c.i] >= 0}
            authors |= {
                tok_ent[p.i]
                for c in d.children
                if c.dep_ == "prep" and c.lower_ in ("by", "from", "of")
                for p in pobjs(c)
                if tok_ent[p.i] >= 0
            }
            authors = {a for a in authors if kind(a) is not Kind.STATE and kind(a) is not Kind.VESSEL}
            for a in sorted(authors):
                for s in sorted(speakers - authors):
                    yield s, a, "cited report of", Family.REPORTING
            said = [c for c in d.children if c.dep_ == "acl" and c.lemma_.lower() in _SAYING]
            named = {tok_ent[x.i] for c in said for x in c.subtree if tok_ent[x.i] >= 0}
            for a in sorted(authors):
                for b in sorted(named - authors - speakers):
                    if kind(b) is not Kind.VESSEL:
                        yield a, b, "reported on", Family.REPORTING
