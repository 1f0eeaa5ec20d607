"""Word classes and dependency labels the rules share, small walks over the parse, and the shape of a tie."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from core.extract.nlp import doc_column, doc_lemma_lower
from core.model import Family

# Prepositions that bring in a participant rather than a time or a place.
CORE_PREPS = frozenset(
    {"to", "with", "from", "against", "on", "toward", "towards", "into", "for", "over", "of", "about"}
    | {"between", "upon", "onto", "among", "amongst", "beside", "alongside"}
)
PLACE_PREPS = frozenset({"in", "at", "inside", "within"})
# Plain cargo a ship carries on its route; arms, oil and fuel are left to the trade rules (sanctions, embargoes).
PLAIN_CARGO = frozenset({"cargo", "coal", "goods", "freight", "container", "grain", "ore", "steel", "cement"})
# Prepositions naming where something happened or went, which a report is not about.
WHERE_PREPS = frozenset(
    {"in", "at", "near", "off", "from", "to", "into", "toward", "towards", "across", "through", "inside"}
)
# possessive markers written as their own token: "Acme 's", "Acme’s", "the ministers'"
POSSESSIVE_MARKS = frozenset({"'s", "’s", "'"})
ROLE_PREPS = frozenset({"of", "at", "in", "to", "for", "within", "from", "with", "on"})
NOUN_PATIENT_PREPS = frozenset(
    {"to", "with", "against", "on", "toward", "towards", "over", "into", "upon", "at", "for"}
)
# shared manoeuvres are a partnership only with their partners ('joint drills with X'), never with their aim
JOINT_NOUNS = frozenset({"exercise", "exercises", "drill", "drills", "manoeuvre", "manoeuvres", "maneuver"})
# worries: a hostile stance toward what they are about, held by whose they are ('India's concerns over X')
FEELINGS = frozenset({"concern", "concerns", "worries"})
MODIFIER_DEPS = frozenset({"poss", "compound", "amod", "nmod"})
NOUN_POS = frozenset({"NOUN", "PROPN"})
COPULAS = frozenset({"be", "remain", "become"})
# auxiliaries of a plan or a prospect ('X confirmed Y would visit', 'may come under attack')
MODALS = frozenset({"would", "will", "could", "might", "may", "can", "should", "shall", "'ll", "wo", "ca"})
# those of them that leave an act unstated: a prediction ('will arrive for a visit') states one, a hedge does not
HEDGES = MODALS - {"will", "shall", "'ll"}
_CONDITIONS = frozenset({"if", "unless", "whether"})
_DENYING = frozenset({"deny", "refute"})
_UP_CLAUSES = frozenset({"xcomp", "ccomp"})  # not conjuncts ('did not comment, and X drew Y') nor advcl
# Dependencies only a noun phrase takes: the small model sometimes tags 'trafficker' or 'envoy' as a verb.
_NOMINAL_DEPS = frozenset({"compound", "appos", "nsubj", "nsubjpass", "dobj", "pobj", "attr", "nmod", "poss", "conj"})

Item = tuple[frozenset[int], str | None, Token | None]  # entities, preposition, noun they came through
Tie = tuple[int, int, str, Family]  # source entity, target entity, type label, family


def nominal(t: Token) -> bool:
    """A noun, or a word the tagger got wrong but the parser attached as one."""
    return t.pos_ in NOUN_POS or (
        t.pos_ in ("VERB", "ADJ") and t.tag_ not in ("VBD", "VBZ", "VBP") and t.dep_ in _NOMINAL_DEPS
    )


def pobjs(prep: Token) -> list[Token]:
    """The objects of a preposition."""
    return [p for p in prep.children if p.dep_ == "pobj"]


def governing_verb(t: Token, through: tuple[str, ...]) -> Token | None:
    """The first verb above ``t``, climbing at most four heads and only through the dependencies in ``through``."""
    for _ in range(4):
        if t.dep_ not in through or t.head.i == t.i:
            return None
        t = t.head
        if t.pos_ in ("VERB", "AUX"):
            return t
    return None


def stance_word(doc: Doc, start: int) -> str | None:
    """'pro' or 'anti' glued before the name starting at ``start``: 'the pro-EU authorities' are no part of the EU."""
    if start >= 2 and doc[start - 1].text == "-" and doc[start - 2].lower_ in ("pro", "anti"):
        return doc[start - 2].lower_
    if start >= 1 and doc[start - 1].lower_ in ("pro-", "anti-"):
        return doc[start - 1].lower_[:-1]
    return None


def unasserted(v: Token) -> bool:
    """The clause of ``v`` does not state its act as done: negated ('has not deployed'), hedged ('would trigger',
    'may come under attack'), conditional ('if X came to regard Y as'), or denied ('denied that it sees Y as',
    'denied blocking Y'); read up through the clauses ``v`` is the complement of ('came to regard', 'said it would
    not'), not past a clause of time or cause: 'did not comment after X deployed Y' states the deployment. Read
    once per verb and document (the tree alone decides it; a rule per tie asks again)."""
    memo = v.doc.user_data.get(_UNASSERTED)
    if memo is None:
        memo = v.doc.user_data[_UNASSERTED] = {}
    found = memo.get(v.i)
    if found is None:
        found = memo[v.i] = _unasserted(v)
    return found


_UNASSERTED = "entente_unasserted"  # ``doc.user_data`` key: token index -> ``unasserted``


def _unasserted(v: Token) -> bool:
    t = v
    for _ in range(4):
        for c in t.children:
            dep = c.dep_
            if dep == "neg" or (dep == "aux" and c.lower_ in HEDGES) or (dep == "mark" and c.lower_ in _CONDITIONS):
                return True
        infinitive = t.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)
        if (t.dep_ not in _UP_CLAUSES and not infinitive) or t.head.i == t.i:
            return False  # 'came to regard' (an infinitive) is read up; 'after X deployed Y' is not
        if (t.dep_ == "ccomp" and t.head.lemma_.lower() in _DENYING) or denied_clause(t):
            return True  # 'denied that it sees Y as', 'denied blocking the flights by Y' (a gerund, xcomp)
        t = t.head
    return False


def denied_clause(v: Token) -> bool:
    """'X denied blocking Y' (a gerund in the object's place), 'X denied that it was blocking Y': the clause a denial
    states after its verb (not 'a claim X denies' after a fronted clause, nor 'denied port to a ship carrying Y')."""
    head = v.head
    if head.i >= v.i or head.lemma_.lower() not in _DENYING:
        return False
    if v.dep_ == "ccomp":
        return True
    return v.dep_ == "xcomp" and v.tag_ == "VBG" and not any(c.dep_ == "dobj" for c in head.children)


def words_in(toks: list[Token], words: frozenset[str], lemma: bool = False) -> Iterator[Token]:
    """The tokens of a sentence whose lower-case form (or lemma) is one of ``words``, read from the document's cached
    columns: a rule that starts from a few words touches no other token."""
    if not toks:
        return
    doc = toks[0].doc
    column = doc_lemma_lower(doc) if lemma else doc_column(doc, "lower_")
    base = toks[0].i
    if toks[-1].i - base + 1 != len(toks):  # not one stretch of the document: read each token
        yield from (t for t in toks if column[t.i] in words)
        return
    stretch = column[base : base + len(toks)]
    if words.isdisjoint(stretch):
        return  # (most sentences hold none of the words: asked at C speed before the loop)
    for k, word in enumerate(stretch):
        if word in words:
            yield toks[k]


def words_or_lemmas_in(toks: list[Token], words: frozenset[str], lemmas: frozenset[str]) -> list[Token]:
    """The tokens of a sentence whose lower-case form is one of ``words`` or whose lemma is one of ``lemmas``, in
    their order (``words_in`` for a rule that starts from either)."""
    if not toks:
        return []
    doc = toks[0].doc
    lower, lemma = doc_column(doc, "lower_"), doc_lemma_lower(doc)
    base = toks[0].i
    if toks[-1].i - base + 1 != len(toks):
        return [t for t in toks if lower[t.i] in words or lemma[t.i] in lemmas]
    end = base + len(toks)
    if words.isdisjoint(lower[base:end]) and lemmas.isdisjoint(lemma[base:end]):
        return []
    return [toks[k - base] for k in range(base, end) if lower[k] in words or lemma[k] in lemmas]


# leadership verbs that, with a 'to' clause, give an instruction: 'directed the department to review the case'
INSTRUCTING = frozenset({"direct", "command"})
# 'command' instructs only a civilian body ('commanded the ministry to act'); a leader who commands a force to
# withdraw leads it ('Lin Bao commanded the Red Front to withdraw')
_CIVIL_BODIES = frozenset({"department", "ministry", "agency", "office", "treasury", "bureau", "commission"})


# a department's seat that stands for it: 'commanded the Pentagon to draw up plans'
_CIVIL_SEATS = frozenset({"pentagon", "whitehall", "kremlin"})


def _civil(obj: Token) -> bool:
    """A civilian body the verb's object names: 'the ministry', 'the Foreign Office', or a department's seat ('commanded
    the Pentagon to draw up plans' instructs the department; its own chiefs lead it). Any other name is led: 'commanded
    the Wagner Group to march', 'commanded the Marines to hold the bridge' (review of round AD)."""
    lemma = obj.lemma_.lower()
    return lemma in _CIVIL_BODIES or obj.lower_ in _CIVIL_SEATS


def instructs(v: Token) -> bool:
    """The verb has a 'to' clause of its own: 'directed X to review', 'commanded the ministry last week to act'."""
    if v.lemma_.lower() == "command" and not any(c.dep_ == "dobj" and _civil(c) for c in v.children):
        return False
    return any(
        c.dep_ in ("xcomp", "ccomp", "advcl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in v.children
    )
