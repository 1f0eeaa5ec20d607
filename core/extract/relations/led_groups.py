"""Whoever leads a state's or a body's delegation, side, team or efforts is its member, not its leader: 'the Pakistani
delegation was headed by Defence Minister X', 'X, who has led the UK's diplomatic efforts', 'a tribunal of the Y Court
led by X', 'the head of Russia's delegation X' (gold: MEMBERSHIP in 35 of the 36 such ties of the annotated sets; the
one other is a head's own title). A group that is itself the named body ('the Y Observation Mission', a name) keeps
its head's LEADERSHIP, and so does a head of state ('Emir X is to head Qatar's delegation', 'President X led the
Freedonian side'); a group the sentence does not give to the tie's other end leaves the tie as read. Only a tie read
from the leading words themselves ('led', 'head of') is retyped: a head of a body named by his own title ("the group's
political chief X", 'NATO Secretary General X, who heads NATO's efforts') keeps LEADERSHIP."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Doc, Token

from core.extract.relations.syntax import Tie
from core.model import Family, Kind

# what a member leads on its side's behalf (lemmas)
GROUPS = frozenset({"delegation", "side", "team", "effort", "tribunal", "panel", "mission", "contingent"})
# the words that lead it: 'led by', 'headed', 'chaired', 'the head of', 'leading'
_LEADING = frozenset({"lead", "head", "chair", "leader", "chief"})
_OWNING = ("poss", "compound", "amod", "nmod")
_DEPUTY = frozenset({"deputy", "vice", "vice-", "assistant"})
# a tie's type read from the leading words ('led', 'head of'), not from a title of its own ('chief of')
_LED_TYPES = frozenset(
    {"lead", "leads", "led", "leading", "head", "heads", "headed", "heading", "chair", "chairs", "chaired"}
)
_PAST = {"lead": "led", "head": "headed", "chair": "chaired"}


def _owner_ents(noun: Token, tok_ent: Sequence[int]) -> set[int]:
    """The entities a group noun is given to: "Russia's delegation", 'the Pakistani side', 'a delegation of X'."""
    owners = {tok_ent[c.i] for c in noun.children if c.dep_ in _OWNING and tok_ent[c.i] >= 0}
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            owners |= {tok_ent[p.i] for p in c.children if p.dep_ == "pobj" and tok_ent[p.i] >= 0}
    return owners


def _leads(noun: Token) -> Token | None:
    """The leading word the group noun hangs on or carries: 'led the delegation', 'the delegation led by', 'the
    delegation was headed by', 'the head of the delegation'."""
    h = noun.head
    if noun.dep_ in ("dobj", "nsubjpass") and h.lemma_.lower() in _LEADING:
        return h
    if noun.dep_ == "pobj" and h.lower_ == "of" and h.head.lemma_.lower() in _LEADING:
        return h.head
    for c in noun.children:
        if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in _LEADING:
            return c
    return None


def _head_of_state(name: Token, titles: frozenset[str]) -> bool:
    """'Emir X', 'President X', 'Prime Minister X' (not 'Vice President X'): a title a head of state holds, just before
    the name."""
    doc = name.doc
    left = name.left_edge.i
    words = [t.lower_ for t in doc[max(0, left - 3) : left]] + [t.lower_ for t in doc[left : name.i]]
    for i, w in enumerate(words):
        if (w in titles or (w == "prime" and words[i + 1 : i + 2] == ["minister"])) and not (
            i > 0 and words[i - 1] in _DEPUTY
        ):
            return True
    return False


def _label(lead: Token, group: Token) -> str:
    """The retyped tie's label as a reader would say it: 'led efforts of', 'head of delegation of'."""
    word = lead.lemma_.lower()
    if lead.pos_ == "VERB":
        return f"{_PAST.get(word, word)} {group.lower_} of"
    return f"{word} of {group.lower_} of"


def _near(a: Token, b: Token, hops: int = 3) -> bool:
    """The two tokens lie within a few dependency links of each other."""
    seen = {a.i: 0}
    frontier = [a]
    for d in range(1, hops + 1):
        nxt = []
        for t in frontier:
            for n in (t.head, *t.children):
                if n.i not in seen:
                    seen[n.i] = d
                    nxt.append(n)
        frontier = nxt
    return b.i in seen


def led_groups(
    stated: list[Tie],
    doc: Doc,
    tok_ent: Sequence[int],
    heads: Sequence[tuple[int, int]],
    kind: Callable[[int], Kind],
    titles: frozenset[str],
    start: int,
    end: int,
) -> list[Tie]:
    """The sentence's ties with a person's LEADERSHIP of a state or body read as MEMBERSHIP where the sentence has
    him lead that state's or body's delegation, side, team or efforts."""
    if not any(f is Family.LEADERSHIP for *_, f in stated):
        return stated
    groups = [
        t for t in doc[start:end] if t.lemma_.lower() in GROUPS and tok_ent[t.i] < 0 and t.pos_ == "NOUN"
    ]
    if not groups:
        return stated
    def _led(type_: str) -> bool:
        return type_.split(" ", 1)[0].lower() in _LED_TYPES

    titled = {frozenset((s, t)) for s, t, ty, f in stated if f is Family.LEADERSHIP and not _led(ty)}
    out: list[Tie] = []
    for src, tgt, type_, fam in stated:
        led = _led(type_) and frozenset((src, tgt)) not in titled
        if led and fam is Family.LEADERSHIP and {kind(src), kind(tgt)} & {Kind.OFFICIAL} and kind(src) != kind(tgt):
            person, side = (src, tgt) if kind(src) is Kind.OFFICIAL else (tgt, src)
            names = [doc[hi] for ei, hi in heads if ei == person and start <= hi < end]
            if any(_head_of_state(n, titles) for n in names):
                out.append((src, tgt, type_, fam))
                continue
            for g in groups:
                lead = _leads(g)
                if lead is None or side not in _owner_ents(g, tok_ent):
                    continue
                if any(_near(n, lead) for n in names):
                    out.append((person, side, _label(lead, g), Family.MEMBERSHIP))
                    break
            else:
                out.append((src, tgt, type_, fam))
            continue
        out.append((src, tgt, type_, fam))
    return out
