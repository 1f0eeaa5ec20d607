"""States or bodies listed together as partners in one act or group.

- A partnership noun with its members listed: 'a coalition of A, B and C', 'the consortium, made up of A, B and C',
  'a consortium including A and B': every two members are partners (ALLIANCE).
- The partners of one venture listed: 'the partners, which include A and two firms, B and C': every two are
  partners (ALLIANCE); not 'Peru's partners, including A and B' nor 'support from other partners, including A and
  B' (partners of Peru, or of the one supported, not named as each other's).
- A recognition by a list of states: 'A, B and C recognise the state of X': they act as one (ALLIANCE).
- 'A joined B in voting against the resolution', 'four countries joined B in voting ...: A, C, D': the joiners side
  with B (ALLIANCE).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Token

from core.extract.nlp import doc_column, doc_lemma_lower, doc_sents
from core.extract.relations.syntax import Tie
from core.model import Family, Kind

_PARTNER_NOUNS = frozenset({"coalition", "consortium"})
_RECOGNISING = frozenset({"recognise", "recognize"})
_TRIGGERS = _PARTNER_NOUNS | _RECOGNISING | {"join", "partner"}
# words that open the list of a partnership noun's members: 'of', 'made up of', 'including', 'which includes'
_LEAD_INS = frozenset({"of", "including", "includes", "included", "comprising", "comprises", "comprised"})
_LISTING = frozenset({"include", "includes", "included", "including", "comprise", "comprises", "comprising"})
_NOUN_REACH = 6  # tokens from the noun to the word opening its list: 'the consortium, which includes'
_SIDES = frozenset({Kind.STATE, Kind.PARTY})
_GROUP_WORDS = frozenset({"country", "nation", "state", "government"})  # 'four countries joined X ...: A, B'
_LIST_MARKS = frozenset({":", "–", "—"})
# words that make partners someone else's: 'support from other partners, including A and B', 'its international
# partners A and B' (partners of a third party, not named as each other's)
OF_ANOTHER = frozenset({"other", "international", "foreign", "western", "external", "traditional", "key"})


def partner_ties(toks: list[Token], tok_ent: list[int], kind: Callable[[int], Kind]) -> Iterator[Tie]:
    """Partners of a coalition or consortium, states recognising together, and those who joined another in an act."""
    if not toks:
        return
    doc = toks[0].doc
    lemma = doc_lemma_lower(doc)
    first, last = toks[0].i, toks[-1].i
    hits = [i for i in range(first, last + 1) if lemma[i] in _TRIGGERS and tok_ent[i] < 0]
    if not hits:
        return  # (the quick answer for most sentences)
    low = doc_column(doc, "lower_")
    for i in hits:
        t = doc[i]
        if lemma[i] in _PARTNER_NOUNS and t.pos_ == "NOUN":
            reach = range(i + 1, min(last, i + _NOUN_REACH) + 1)
            start = next((j + 1 for j in reach if low[j] in _LEAD_INS and _hangs_on(doc[j], t)), -1)
            if start < 0:
                continue
            members, _ = name_run(doc, start, last, tok_ent, kind)
            if lemma[i] == "consortium":
                # 'a consortium comprising the UK, Germany and Italy': states stand for their makers in a business
                # venture (blind22: no state partners in gold); firms in one are partners (blind18)
                members = [e for e in members if kind(e) is not Kind.STATE]
            yield from _pairs(members, f"{lemma[i]} partner of")
        elif low[i] == "partners" and t.pos_ == "NOUN" and not _anothers(t):
            reach = range(i + 1, min(last, i + _NOUN_REACH) + 1)
            lead = next((doc[j] for j in reach if low[j] in _LISTING and _hangs_on(doc[j], t)), None)
            if lead is not None:
                yield from _pairs(_listed(lead, tok_ent, kind), "partner of")
        elif lemma[i] in _RECOGNISING and t.pos_ == "VERB" and _recognised_state(t, tok_ent, kind) and _affirmed(t):
            subjects = [c for c in t.children if c.dep_ in ("nsubj", "agent")]
            if [c.lower_ for c in subjects] == ["we"] and t.dep_ == "ccomp":
                # 'A, B and C are announcing that we recognise X': 'we' are the announcers
                subjects = [c for c in t.head.children if c.dep_ == "nsubj"]
            for c in subjects:
                named = [x.i for x in c.subtree if tok_ent[x.i] >= 0]  # 'Today A, B and C': from the first name
                if not named:
                    continue
                lo = named[0]
                states = [e for e in name_run(doc, lo, last, tok_ent, kind)[0] if kind(e) is Kind.STATE]
                yield from _pairs(states, "joint recognition with")
        elif lemma[i] == "join" and t.pos_ == "VERB":
            yield from _joined_in(t, last, tok_ent, kind)
            yield from _joined_by(t, tok_ent, kind)


def _anothers(noun: Token) -> bool:
    """'Peru's partners', 'partners of Peru', 'other partners', 'its international partners': partners of a third
    party, so the names listed are not each other's."""
    return any(c.dep_ in ("poss", "prep") or c.lower_ in OF_ANOTHER for c in noun.children)


def _recognised_state(v: Token, tok_ent: list[int], kind: Callable[[int], Kind]) -> bool:
    """Whether what is recognised is a state ('recognise the state of X'), not a claimant to power (a list of states
    recognising a person is no alliance by that alone)."""
    objects = [c for c in v.children if c.dep_ in ("dobj", "nsubjpass")]
    if any(tok_ent[c.i] < 0 and c.lemma_.lower() != "state" for c in objects):
        return False  # 'recognised the new government of X': a claimant to power, not the state
    named = {tok_ent[x.i] for c in objects for x in c.subtree} - {-1}
    return bool(named) and all(kind(e) is Kind.STATE for e in named)


def _affirmed(v: Token) -> bool:
    """'A, B and C do not recognise X', 'refused to recognise X': no joint recognition."""
    if any(c.dep_ == "neg" for c in v.children):
        return False
    return not (v.dep_ == "xcomp" and v.head.lemma_.lower() in ("refuse", "decline", "reject"))


def _hangs_on(word: Token, noun: Token) -> bool:
    """The list's opening word belongs to the partnership noun: 'a coalition of', 'the consortium, made up of',
    'a consortium which includes' (not 'the coalition blamed the governments of A and B')."""
    head = word.head
    if head.i == noun.i or (noun.dep_ == "compound" and head.i == noun.head.i):
        return True  # 'a coalition of', 'the coalition government of'
    return (head.dep_ in ("acl", "relcl") and head.head.i == noun.i) or (
        head.head.dep_ in ("acl", "relcl")
        and head.head.head.i == noun.i
        and head.pos_ not in ("NOUN", "PROPN")  # 'a consortium in which stakeholders including A and B own …'
    )


def joined_in_act(v: Token) -> Token | None:
    """The act of 'joined B in voting', a gerund after 'in' (then 'join' is no membership of B), or None."""
    for c in v.children:
        if c.dep_ == "prep" and c.lower_ == "in":
            for p in c.children:
                if p.dep_ in ("pobj", "pcomp") and p.tag_ == "VBG":
                    return p
    return None


def _joined_in(v: Token, last: int, tok_ent: list[int], kind: Callable[[int], Kind]) -> Iterator[Tie]:
    """'A joined B in voting against X': A sides with B in the act ('voting'), named as a gerund after 'in'."""
    doc = v.doc
    act = joined_in_act(v)
    objects = [c for c in v.children if c.dep_ == "dobj" and tok_ent[c.i] >= 0]
    if act is None or not objects or kind(tok_ent[objects[0].i]) not in _SIDES:
        return
    # 'A joined B and C in voting against X': A sides with each one it joined
    joined = name_run(doc, objects[0].left_edge.i, act.i - 1, tok_ent, kind)[0] or [tok_ent[objects[0].i]]
    subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return
    if tok_ent[subj.i] >= 0:
        joiners = name_run(doc, subj.left_edge.i, v.i - 1, tok_ent, kind)[0]
    elif subj.lemma_.lower() in _GROUP_WORDS and subj.tag_ == "NNS":
        # 'four countries joined Russia in voting against the resolution: A, B, C and D': the list after a colon
        # or a dash at the end of the sentence names the countries
        sent = doc_sents(doc)[v.i]
        mark = next((j for j in range(min(last, sent.end - 1), v.i, -1) if doc[j].text in _LIST_MARKS), -1)
        joiners, end = name_run(doc, mark + 1, last, tok_ent, kind) if mark > 0 else ([], 0)
        if any(not doc[j].is_punct for j in range(end, min(last, sent.end - 1) + 1)):
            joiners = []  # the list runs to the sentence's end
    else:
        joiners = []
    for a in joiners:
        for b in joined:
            if a != b and a not in joined and kind(a) in _SIDES:
                yield a, b, f"joined in {act.lower_}", Family.ALLIANCE


def _joined_by(v: Token, tok_ent: list[int], kind: Callable[[int], Kind]) -> Iterator[Tie]:
    """'Lithuania announced its decision to withdraw from the treaty, joined by Poland and Latvia': a trailing
    participle after a comma; those named after 'by' side with the subject of the clause (ALLIANCE)."""
    if v.tag_ != "VBN" or v.dep_ not in ("advcl", "acl") or v.i == 0 or v.doc[v.i - 1].text != ",":
        return
    clause = v.head
    if clause.pos_ in ("NOUN", "PROPN") and clause.dep_ == "dobj":
        clause = clause.head  # 'announced its decision ..., joined by X'
    if clause.pos_ not in ("VERB", "AUX") or any(c.dep_ == "auxpass" for c in clause.children):
        return
    joined = [tok_ent[c.i] for c in clause.children if c.dep_ == "nsubj" and tok_ent[c.i] >= 0]
    joiners = [
        tok_ent[x.i]
        for a in v.children
        if a.dep_ == "agent"
        for p in a.children
        if p.dep_ == "pobj"
        for x in (p, *p.conjuncts)
        if tok_ent[x.i] >= 0
    ]
    for a in dict.fromkeys(joiners):
        for b in dict.fromkeys(joined):
            if a != b and kind(a) in _SIDES and kind(b) in _SIDES:
                yield a, b, "joined", Family.ALLIANCE


def _listed(lead: Token, tok_ent: list[int], kind: Callable[[int], Kind]) -> list[int]:
    """The names a listing word ('include', 'including') lists: its object and the names joined or set beside it
    ('A and two firms, B and C'), not the words describing them ('U.S. oil giant A')."""
    doc = lead.doc
    found: list[int] = []
    todo = [c for c in lead.children if c.dep_ in ("dobj", "pobj")]
    while todo:
        x = todo.pop(0)
        e = tok_ent[x.i]
        if e >= 0 and kind(e) in _SIDES and e not in found:
            found.append(e)
        for c in x.children:
            if c.dep_ in ("conj", "appos"):
                todo.append(c)
            elif c.dep_ in ("nmod", "compound") and tok_ent[c.i] >= 0 and tok_ent[c.i] != e:
                end = c.i
                while end + 1 < len(doc) and tok_ent[end + 1] == tok_ent[c.i]:
                    end += 1
                if end + 1 < x.i and doc[end + 1].lower_ in ("and", ","):
                    todo.append(c)  # 'B Energy and C Energies': the first name hung on the second
    return found


def name_run(doc, start: int, last: int, tok_ent: list[int], kind: Callable[[int], Kind]) -> tuple[list[int], int]:
    """The names of one list from ``start`` (names joined by commas, 'the' and one 'and' before the last name) and
    the index of the first token after it."""
    run: list[int] = []
    ands = 0
    j = start
    while j <= last:
        e = tok_ent[j]
        word = doc[j].lower_
        if e >= 0:
            if kind(e) not in _SIDES:
                break
            if e not in run:
                run.append(e)
        elif word in ("and", "&"):
            ands += 1
            if ands > 1:
                break  # 'A, B and C and D has agreed': the list ends at its 'and'
        elif word not in (",", "the", "(", ")"):
            break
        j += 1
    return run, j


def _pairs(members: list[int], label: str) -> Iterator[Tie]:
    for n, a in enumerate(members):
        for b in members[n + 1 :]:
            yield a, b, label, Family.ALLIANCE
