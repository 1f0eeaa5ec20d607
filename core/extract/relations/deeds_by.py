"""A side that acts against a hostile deed whose doer a passive's 'by' names: 'nine countries carry out
investigations into the war waged by Y: A, B, C', 'A, B and C set up a group to investigate war crimes committed by
Y', 'an alliance made up of A and B is coming together to tackle the threat posed by Y's cyberattacks', 'X
highlighted the threat posed by Y's programme' (each of A, B, C, X -> Y, HOSTILITY).

Measured over blind30..81 (bench/by_agents.py on main 97fb762a's outputs, round BJ): pairs of the doer of a deed
noun (war, crime, threat, attack, ...) 'waged/committed/posed/perpetrated/carried out by Y' with the subject of the
verb the deed hangs under, where that verb (or an inquiry noun on the way, 'investigations into', 'evidence of')
opposes the deed, were left untyped by the other rules. Not: a verb that backs the deed ('X backed the war waged by
Y' is no hostility: only the verbs below), a deed only judged in a reported clause ('X said the risk posed by Y was
unacceptable': the gold splits), a deed noun outside the list ('the programme launched by Y'), a verb not stated
as done (syntax.unasserted), and a subject that is a news outlet or a court (review of round BJ, item 5): an outlet
documents, examines or exposes a deed and a court prosecutes or punishes it without being the doer's enemy ('X News
exposed the abuses committed by Y', 'the International Criminal Court will prosecute war crimes committed by Y').
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

from spacy.tokens import Token

from core.extract.relations.outlets import is_outlet_name
from core.extract.relations.syntax import Tie, unasserted, words_in
from core.model import Family, Kind

# the participles naming the doer of a deed (the lemmatizer gives "wag" for "waged")
_DOING = frozenset({"wage", "wag", "commit", "pose", "perpetrate", "carry"})
# deeds of hostility
_DEEDS = frozenset(
    {
        "war", "crime", "aggression", "attack", "cyberattack", "threat", "violation", "abuse", "atrocity",
        "genocide", "invasion", "massacre",
    }
)
# verbs of acting against a deed
_OPPOSING = frozenset(
    {
        "investigate", "probe", "examine", "document", "collect", "gather", "tackle", "counter", "combat", "fight",
        "confront", "condemn", "denounce", "decry", "deplore", "highlight", "prosecute", "punish", "expose",
        "resist",
    }
)
# nouns of inquiry on the way from the deed to the verb ('investigations into', 'evidence of')
_INQUIRY = frozenset({"investigation", "probe", "inquiry", "evidence", "prosecution"})
# words of a court's or a prosecutor's name ('the International Criminal Court', 'the Special Tribunal')
_COURT_WORDS = frozenset({"court", "courts", "tribunal", "tribunals", "prosecutor", "prosecutors", "judiciary"})
_UP = frozenset({"dobj", "pobj", "prep", "conj", "nsubjpass", "compound", "appos", "dep"})
_CLIMB = frozenset({"advcl", "xcomp", "conj", "dep"})


def _doers(v: Token, tok_ent: Sequence[int], kind: Callable[[int], Kind]) -> list[int]:
    """The entities the 'by' phrase names: its noun's own name (and conjuncts'), or the states and bodies that own or
    qualify a common noun ("Y's programme", 'Chinese state-sponsored cyberattacks')."""
    out: list[int] = []
    for a in v.children:
        if a.dep_ != "agent" or a.lower_ != "by":
            continue
        for p in a.children:
            if p.dep_ != "pobj":
                continue
            for t in (p, *p.conjuncts):
                e = tok_ent[t.i]
                if e >= 0:
                    out.append(e)
                    continue
                for c in t.children:
                    m = tok_ent[c.i]
                    if c.dep_ in ("poss", "amod", "compound") and m >= 0 and kind(m) in (Kind.STATE, Kind.PARTY):
                        out.append(m)
    return list(dict.fromkeys(out))


def _opposer(deed: Token) -> Token | None:
    """The verb acting against the deed, walking up through prepositions and nouns ('investigations into the war',
    'evidence of war crimes'), when it or a noun of inquiry on the way says so."""
    t, inquiry = deed, False
    for _ in range(6):
        if t.dep_ not in _UP or t.head.i == t.i:
            return None
        t = t.head
        if t.pos_ == "VERB":
            lemma = t.lemma_.lower()
            if lemma in _OPPOSING:
                return t
            if inquiry or any(c.dep_ == "dobj" and c.lemma_.lower() in _INQUIRY for c in t.children):
                return t
            if t.dep_ not in ("conj", "dep"):
                return None
        elif t.lemma_.lower() in _INQUIRY:
            inquiry = True
    return None


def _colon_list(h: Token, toks: list[Token], tok_ent: Sequence[int]) -> list[int]:
    """The names listed after a colon closing the clause of ``h``, read on the surface (the parser hangs such a list
    anywhere): only names, commas and 'and' up to the sentence's end."""
    colon = next((t for t in toks if t.i > h.i and t.text == ":"), None)
    if colon is None:
        return []
    rest = [t for t in toks if t.i > colon.i]
    if not rest or any(tok_ent[t.i] < 0 and t.lower_ not in (",", "and", ".", ";") for t in rest):
        return []
    return [tok_ent[t.i] for t in rest if tok_ent[t.i] >= 0]


def _subjects(h: Token, toks: list[Token], tok_ent: Sequence[int]) -> list[int]:
    """The entities named in the subject of ``h`` (climbing out of 'to tackle', a conjoined or loose verb), or, for a
    plural subject with no name, the list set after a colon in its clause ('nine countries ...: A, B and C')."""
    for _ in range(4):
        subj = [c for c in h.children if c.dep_ == "nsubj"]
        if subj:
            out = [tok_ent[t.i] for s in subj for t in s.subtree if tok_ent[t.i] >= 0]
            if not out:
                out = _colon_list(h, toks, tok_ent)
            return list(dict.fromkeys(out))
        if h.dep_ not in _CLIMB or h.head.i == h.i:
            return []
        h = h.head
    return []


def _neutral(e: int, toks: list[Token], tok_ent: Sequence[int], kind: Callable[[int], Kind]) -> bool:
    """Is entity ``e`` a side that acts on a deed without opposing its doer: a news outlet or a court?"""
    if kind(e) is not Kind.PARTY:
        return False
    name = " ".join(t.text for t in toks if tok_ent[t.i] == e)
    return is_outlet_name(name) or bool(_COURT_WORDS & set(name.lower().split()))


def deed_doer_ties(toks: list[Token], tok_ent: Sequence[int], kind: Callable[[int], Kind]) -> Iterator[Tie]:
    """Each side acting against the deed -> its doer, HOSTILITY."""
    for v in words_in(toks, _DOING, lemma=True):
        if v.dep_ != "acl" or v.head.lemma_.lower() not in _DEEDS:
            continue
        if v.lemma_.lower() == "carry" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in v.children):
            continue
        doers = _doers(v, tok_ent, kind)
        if not doers:
            continue
        h = _opposer(v.head)
        if h is None or unasserted(h):
            continue
        label = f"{h.lemma_.lower()} {v.head.lemma_.lower()} {v.lower_} by"
        for s in _subjects(h, toks, tok_ent):
            if kind(s) is Kind.VESSEL or _neutral(s, toks, tok_ent, kind):
                continue
            for d in doers:
                if d != s:
                    yield s, d, label, Family.HOSTILITY
