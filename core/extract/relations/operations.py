"""A named operation and whose it is: 'India launched Operation X', 'under Operation X, India sent ...', 'Operation X
-- France's maritime security mission', 'the French deployment in Mali, Operation X', "India's Operation X".

The gold files an operation under the state, bloc or force that runs it (MEMBERSHIP operation -> owner: r14, r17,
r37, r117, r121, r129, holdout r2, dev r1); the annotated output left nearly all of them co-occurring only.

Launching verbs ('launch' was the one verb the lexicon lacked with >= 3 pairs in >= 2 stories, all gold and all
MEMBERSHIP, round BF, x-verbs86) are read here only, for an operation named as their object or before their participle
("'Operation Dusk', launched by Sylvania", where the parser hangs the participle on the noun before or on the verb);
'launched missiles at X', 'launched a campaign against Y', 'launched a satellite' stay with their rules. An owner is
never itself an operation ('The company launched Operation X', the company read as an operation named before); 'the
operation' launched is the one named before ('India launched the operation on Wednesday').
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Token

from core.extract.relations.syntax import Tie, unasserted, words_in
from core.model import Family, Kind

_OPERATION = frozenset({"operation", "op."})
_LAUNCHING = frozenset({"launch", "conduct", "mount", "begin", "start", "initiate", "run"})
# nouns a state's or bloc's operation is described by, set beside its name
_MISSIONS = frozenset({"mission", "operation", "deployment", "force", "tasking", "campaign"})
_OWNERS = (Kind.STATE, Kind.PARTY)
_DASHES = frozenset({",", "—", "–", "--", "-", "("})
_MODS = frozenset({"poss", "amod", "compound", "nmod", "case", "det", "advmod", "punct", "npadvmod"})


def operation_ties(
    toks: list[Token],
    tok_ent: list[int],
    kind: Callable[[int], Kind],
    den: Callable[[Token], frozenset[int]],
    name: Callable[[int], str],
) -> Iterator[Tie]:
    """Operation -> owner, MEMBERSHIP."""
    for word in words_in(toks, _OPERATION):
        op = tok_ent[word.i]
        if op < 0:
            yield from _referred(word, den, kind, name)
            continue
        if (word.i > 0 and tok_ent[word.i - 1] == op) or not word.is_title:
            continue  # the first word of a name 'Operation X'
        if kind(op) not in (Kind.PARTY,):
            continue
        end = word.i
        while end + 1 < len(word.doc) and tok_ent[end + 1] == op:
            end += 1
        head = _head(word, end, op, tok_ent)
        owners = set(_launched_by(head, end, den)) | set(_under(head, kind, den))
        owners |= {e for c in head.children if c.dep_ in ("poss", "amod", "compound", "nmod") for e in den(c)}
        owners |= _described_after(word.doc, end, toks[-1].i, tok_ent, kind)
        owners |= _described_before(word.doc, word.i, toks[0].i, tok_ent, kind)
        for e in owners:
            if e != op and kind(e) in _OWNERS and not _is_operation(e, name):
                yield op, e, "operation of", Family.MEMBERSHIP


def _head(word: Token, end: int, op: int, tok_ent: list[int]) -> Token:
    """The token of the name whose head lies outside it."""
    for i in range(word.i, end + 1):
        t = word.doc[i]
        if tok_ent[t.head.i] != op or t.head.i == t.i:
            return t
    return word.doc[end]


def _launched_by(head: Token, end: int, den) -> Iterator[int]:
    """'India launched Operation X', 'Operation X was launched by India', 'Operation X, (which was) launched by India',
    "'Operation X', launched by India" and 'the first day of Operation X launched by India' (the participle right after
    the name, past a comma or a closing quote, wherever the parser hangs it)."""
    v = head.head
    if head.dep_ == "dobj" and v.lemma_.lower() in _LAUNCHING and not unasserted(v):
        yield from (e for c in v.children if c.dep_ == "nsubj" for e in den(c))
    participles = [c for c in head.children if c.dep_ in ("acl", "relcl")]
    if head.dep_ == "nsubjpass":
        participles.append(v)
    for t in head.doc[end + 1 : end + 4]:
        if not t.is_punct:
            participles.append(t)
            break
    for c in participles:
        if c.lemma_.lower() in _LAUNCHING and c.tag_ == "VBN" and not unasserted(c):
            yield from (e for a in c.children if a.dep_ == "agent" for o in a.children for e in den(o))


def _referred(word: Token, den, kind, name) -> Iterator[Tie]:
    """'India launched the operation on Wednesday': the common noun read as the operation named before."""
    ops = [e for e in den(word) if kind(e) is Kind.PARTY and _is_operation(e, name)]
    if not ops:
        return
    for e in set(_launched_by(word, word.i, den)):
        if kind(e) in _OWNERS and not _is_operation(e, name):
            yield from ((op, e, "operation of", Family.MEMBERSHIP) for op in ops)


def _is_operation(e: int, name: Callable[[int], str]) -> bool:
    return name(e).split(" ", 1)[0].lower() in _OPERATION


def _under(head: Token, kind, den) -> Iterator[int]:
    """'Under Operation X, India dispatched ...', 'French warships deployed under Operation X': the doer of the act
    done under it (the subject, or the noun a participle hangs on)."""
    prep = head.head
    if head.dep_ != "pobj" or prep.lower_ != "under":
        return
    v = prep.head
    if v.pos_ not in ("VERB", "AUX") or unasserted(v):
        return
    if v.dep_ == "acl" and v.head.pos_ in ("NOUN", "PROPN"):
        yield from den(v.head)
    yield from (e for c in v.children if c.dep_ == "nsubj" for e in den(c))


def _described_after(doc, end: int, last: int, tok_ent: list[int], kind) -> set[int]:
    """'Operation X -- France's long-running maritime security mission', 'Operation X, the European Union naval
    mission': an owner's name, then only modifiers up to a mission noun."""
    i = end + 1
    if i > last or doc[i].text not in _DASHES:
        return set()
    owners: set[int] = set()
    for j in range(i + 1, min(last, i + 10) + 1):
        t = doc[j]
        e = tok_ent[j]
        if e >= 0:
            if kind(e) not in _OWNERS:
                return set()
            owners.add(e)
        elif t.lemma_.lower() in _MISSIONS and t.pos_ == "NOUN":
            return owners
        elif not (
            t.pos_ in ("ADJ", "DET", "NOUN", "ADV", "PART") or t.dep_ == "amod" or t.text in ("-", "’s", "'s", "of")
        ):
            return set()  # ('the European Union freedom of navigation naval mission')
    return set()


def _described_before(doc, start: int, first: int, tok_ent: list[int], kind) -> set[int]:
    """'The current French deployment in Mali, Operation X', 'The European Union naval force, Operation X': a
    mission noun (with 'in PLACE' after it) whose modifiers name its owner, set right before the name."""
    i = start - 1
    if i < first or doc[i].text not in (",", "—", "–"):
        return set()
    i -= 1
    if i - 1 >= first and tok_ent[i] >= 0 and kind(tok_ent[i]) is not Kind.PARTY:
        place = tok_ent[i]
        while i >= first and tok_ent[i] == place:
            i -= 1
        if i < first or doc[i].lower_ not in ("in", "off"):
            return set()
        i -= 1
    if i < first or doc[i].lemma_.lower() not in _MISSIONS or doc[i].pos_ != "NOUN" or tok_ent[i] >= 0:
        return set()
    owners: set[int] = set()
    for j in range(i - 1, max(first, i - 8) - 1, -1):
        t = doc[j]
        e = tok_ent[j]
        if e >= 0:
            if kind(e) not in _OWNERS:
                return set()
            owners.add(e)
        elif not (t.pos_ in ("ADJ", "NOUN", "ADV", "PART") or t.dep_ == "amod" or t.text in ("-", "’s", "'s")):
            break
    return owners
