"""A titled speaker telling what a state (or a body) does speaks for it: 'Foreign Minister X said the government
of Nicaragua recognizes ...', 'President X announced that France would withdraw ...', 'Chevron will comply ...,
said spokesman X'. The annotated sets tie such a speaker to the state as its member (its head for a head of
state's title), where the reporting rules only read the report. Read per sentence; kept only for a speaker the
document ties to no state (or, for a body, to no body) in any other way, so a foreign minister commenting on
someone else's state, named with his own state elsewhere, is left alone.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from core.extract.nlp import doc_sents
from core.extract.relations.syntax import Tie
from core.model import Family, Kind, LocalRelation

_MEMBER_TITLES = frozenset({"minister", "secretary", "spokesman", "spokeswoman", "spokesperson", "envoy"})
_SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson"})
_DEPUTIES = frozenset({"vice", "deputy", "assistant", "acting", "former", "ex", "junior"})
_GOVERNMENTS = frozenset({"government", "administration", "republic"})
# a state named by its adjective on these nouns is the subject itself: 'the Czech state is taking ...'
_STATE_NOUNS = _GOVERNMENTS | {"state", "country", "nation"}
_QUOTES = frozenset('"\u201c\u201d')
_SAYING = frozenset({"say", "announce", "declare", "state", "tell", "confirm", "write", "add"})


def own_side_ties(
    sent: SpacySpan, lemmas: Sequence[str], tok_ent: Sequence[int], kind: Callable[[int], Kind]
) -> Iterator[Tie]:
    """(speaker, state or body, type, family) for each titled speaker of a clause whose subject is a state."""
    for i in range(sent.start, sent.end):
        if lemmas[i] not in _SAYING:
            continue
        v = sent.doc[i]
        speakers = [_named(c, tok_ent) for c in v.children if c.dep_ == "nsubj"]
        if len(speakers) != 1 or speakers[0] is None or kind(tok_ent[speakers[0].i]) is not Kind.OFFICIAL:
            continue
        title = _title(speakers[0], tok_ent)
        person = tok_ent[speakers[0].i]
        for clause in (c for c in v.children if c.dep_ == "ccomp"):
            if title is None and not _quoted(clause):
                continue
            for side in _subject_sides(clause, tok_ent):
                k = kind(side)
                if k is Kind.STATE:
                    yield person, side, "speaks for", Family.LEADERSHIP if title in _HEADS else Family.MEMBERSHIP
                elif k is Kind.PARTY and title in _SPOKESPEOPLE:
                    yield person, side, "speaks for", Family.MEMBERSHIP


def _named(subject: Token, tok_ent: Sequence[int]) -> Token | None:
    """The named speaker of a subject: the name itself, or the name set beside a title ('The Minister of Foreign
    Affairs, X, announced', 'The foreign minister, X, and ... said')."""
    if tok_ent[subject.i] >= 0:
        return subject
    if subject.lemma_.lower() in _MEMBER_TITLES or subject.lemma_.lower() in _HEADS:
        names = [c for c in subject.children if c.dep_ == "appos" and tok_ent[c.i] >= 0]
        if len(names) == 1:
            return names[0]
    return None


def _title(name: Token, tok_ent: Sequence[int]) -> str | None:
    """The title word on a speaker's name: 'Foreign Minister X', 'spokesman X', 'X, the foreign minister'."""
    ei = tok_ent[name.i]
    words = [c for c in name.children if c.dep_ in ("compound", "appos") and tok_ent[c.i] < 0]
    i = name.i - 1
    while i >= doc_sents(name.doc)[name.i].start and tok_ent[i] == ei:
        i -= 1
    if i >= doc_sents(name.doc)[name.i].start and tok_ent[i] < 0:
        words.append(name.doc[i])
    for w in words:
        low = w.lower_
        mods = {c.lower_ for c in w.children} | ({name.doc[w.i - 1].lower_} if w.i > 0 else set())
        if low.startswith(tuple(_DEPUTIES)) or mods & _DEPUTIES:
            return None  # 'Vice President X' speaks for the state, but as its member only: left to the title rules
        if low in _MEMBER_TITLES or low in _HEADS:
            if any(tok_ent[c.i] >= 0 for c in w.subtree):
                return None  # 'Spanish Foreign Minister X', 'minister of X': the title rules read it
            return low
    return None


_HEADS = frozenset({"president", "premier", "chancellor"})


def _subject_sides(clause: Token, tok_ent: Sequence[int]) -> set[int]:
    """The state a clause's subject names: 'Algeria decided', 'the government of Nicaragua recognizes'."""
    out: set[int] = set()
    for s in (c for c in clause.children if c.dep_ == "nsubj"):
        if tok_ent[s.i] >= 0:
            out.add(tok_ent[s.i])
        elif s.lemma_.lower() in _STATE_NOUNS:
            for c in s.children:
                if c.dep_ in ("amod", "compound") and c.i == s.i - 1 and tok_ent[c.i] >= 0:
                    out.add(tok_ent[c.i])
                if c.dep_ == "poss" and tok_ent[c.i] >= 0:
                    out.add(tok_ent[c.i])
                if c.dep_ == "prep" and c.lower_ == "of":
                    for p in c.subtree:
                        if tok_ent[p.i] >= 0:
                            out.add(tok_ent[p.i])
                            break
    return out


def _quoted(clause: Token) -> bool:
    """A clause quoted word for word: '"The United States remains committed ...," Miller said' (a speaker quoted
    in his own words on what a state does speaks for it, with or without his title)."""
    first = clause.left_edge
    return first.text in _QUOTES or (first.i > 0 and first.doc[first.i - 1].text in _QUOTES)


def keep_own_sides(
    found: list[LocalRelation], candidates: list[LocalRelation], kind: Callable[[int], Kind]
) -> list[LocalRelation]:
    """The candidates whose speaker the document ties to no state (no body, for a body) as member or head."""
    belongs: dict[int, set[Kind]] = {}
    for r in found:
        if r.family in (Family.MEMBERSHIP, Family.LEADERSHIP):
            for a, b in ((r.source, r.target), (r.target, r.source)):
                if kind(a) is Kind.OFFICIAL:
                    belongs.setdefault(a, set()).add(kind(b))
    return [r for r in candidates if kind(r.target) not in belongs.get(r.source, set())]
