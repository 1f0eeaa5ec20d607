"""Who a speaker's quoted words are about: '"... Y ... Z ...," X said', 'X said in a statement: "... Y ..."'.

A person quoted in his own words (the clause and its subject inside the quotation marks) reports on the parties the
quotation names: not on a state it names only as a place ('in the South China Sea', 'from Madras in India') or by an
adjective ('the Georgian people'), nor where the speaker speaks as one who acts ('we support ...'), announces his own
state's act ('Algeria has decided to cut relations with X') or judges ('a violation of international law by X'): the
gold gives those the act's or the judgement's family. speech.py drops the speaker's own state and organs."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from core.extract.nlp import doc_sents
from core.extract.relations.syntax import WHERE_PREPS
from core.model import Kind

OPENING = frozenset({"“", "``", "«"})
CLOSING = frozenset({"”", "''", "»"})
STRAIGHT = '"'
# Prepositions naming where something happened or went, which a quotation is not about (a report's, and more).
PLACES = WHERE_PREPS | {"within", "around", "outside", "over", "along", "onto", "beyond", "throughout"}


def quoted_tokens(sent: Sequence[Token]) -> set[int]:
    """Indices of the tokens inside quotation marks in a sentence; a sentence that opens inside a quotation (its
    first mark closes one) is quoted up to that mark."""
    inside: set[int] = set()
    toks = list(sent)
    marks = [t for t in toks if t.text in OPENING or t.text in CLOSING or t.text == STRAIGHT]
    if not marks:
        return inside
    state = marks[0].text in CLOSING  # the sentence starts inside a quotation
    for t in toks:
        if t.text in OPENING:
            state = True
        elif t.text in CLOSING:
            state = False
        elif t.text == STRAIGHT:
            state = not state
        elif state:
            inside.add(t.i)
    return inside


def _joined(t: Token) -> bool:
    """A name joined to another by a hyphen: 'Japan-U.S.'."""
    doc = t.doc
    return (t.i + 1 < len(doc) and doc[t.i + 1].text == "-") or (t.i > 0 and doc[t.i - 1].text == "-")


def in_place_phrase(t: Token, top: Token) -> bool:
    """Whether ``t`` sits in a phrase naming a place ('in Haiti', 'off the coast of China') below ``top``."""
    x = t
    while x.i != top.i and x.head.i != x.i:
        if x.dep_ == "pobj" and x.head.lower_ in PLACES:
            return True
        if x.dep_ in ("npadvmod", "advmod"):
            return True
        x = x.head
    return False


# A quotation in which the speaker speaks as one who acts ('we support ...', 'I think ...') states the speaker's own
# acts and stances, whose families other rules read; it is no report on their parties.
FIRST_PERSON = frozenset({"i", "we"})
# Words by which a quotation judges rather than reports ('a violation of international law by X', 'extremely
# regrettable'): the gold gives the judged the judgement's family, read by the verdict rules.
JUDGING = frozenset(
    {"violation", "breach", "regrettable", "deplorable", "provocation", "aggression", "deterrent", "warning"}
    | {"condemn", "denounce", "outrageous", "unprovoked", "blatant", "violate", "allegation", "accuse", "accusation"}
)
# Subjects by which a state acts: 'Algeria has decided ...', 'the government of X recognizes ...', 'his country ...'.
STATE_SUBJECTS = frozenset({"government", "country", "state", "nation", "kingdom", "republic", "administration"})
# Nouns an adjective of a state names the state itself through: 'the Lebanese government', 'the Lebanese army'.
_STATE_NOUNS = STATE_SUBJECTS | {"army", "military", "authority", "authorities", "leadership"}  # lemma: authority


def quote_parties(
    c: Token, tok_ent: Sequence[int], kind, hyphenated: dict, verdicts: frozenset[str] | dict = frozenset()
) -> set[int]:
    """Entities a quoted clause names as parties: any named entity inside the quotation marks of the clause ``c``,
    not in a place phrase, not a name inside a hyphenated word ('Doha-based') and not a state named only by an
    adjective ('the Georgian people', 'a British citizen'); none where the speaker speaks in the first person, a
    state is the one acting ('Algeria has decided to cut relations with X': the minister announces his state's act)
    or the quotation judges ('a violation of international law by X')."""
    inside = quoted_tokens(doc_sents(c.doc)[c.i])
    if c.i not in inside or any(x.i not in inside for x in c.children if x.dep_ in ("nsubj", "nsubjpass")):
        return set()  # 'X said that Y "jeopardized the security of Z"': a quoted phrase in the writer's clause
    words = [t for t in c.subtree if t.i in inside]
    if any(t.lower_ in FIRST_PERSON and t.dep_ in ("nsubj", "nsubjpass") for t in words):
        return set()
    if any(t.lemma_.lower() in JUDGING or t.lemma_.lower() in verdicts or t.lower_ in verdicts for t in words):
        return set()
    for x in c.children:
        if x.dep_ in ("nsubj", "nsubjpass") and (
            (tok_ent[x.i] >= 0 and kind(tok_ent[x.i]) is Kind.STATE)
            # ('the only countries that signed were X and Y' names the states, it does not make one act)
            or (x.lemma_.lower() in STATE_SUBJECTS and c.lemma_.lower() != "be")
        ):
            return set()
    out: set[int] = set()
    for t in words:
        ei = tok_ent[t.i]
        if ei < 0 or t.i in hyphenated:
            continue
        if in_place_phrase(t, c) and kind(ei) is not Kind.VESSEL:
            continue
        if kind(ei) is Kind.STATE and (t.pos_ == "ADJ" or t.dep_ == "amod" or _joined(t)):
            if t.dep_ == "amod" and t.head.lemma_.lower() in _STATE_NOUNS and not _joined(t):
                out.add(ei)  # 'the Lebanese state', 'the Lebanese government and army': the state itself
            continue  # 'the Georgian people', 'the Japan-U.S. alliance'
        if t.pos_ == "NOUN" and t.text.islower():
            continue  # 'the 20th civilian vessel': a description the quotation does not tie to a name
        out.add(ei)
    return out


def quoted_subjects(v: Token, subjects: list[Token]) -> list[Token]:
    """'"... are coming home: A, B and C," President X said': the parser makes the list closing a quotation a
    second subject of the verb after it. A subject inside the quotation marks while another stands outside them is
    part of the quoted words, not a speaker (the names in it are what the quotation tells of)."""
    if len(subjects) < 2 or not any(t.text in CLOSING or t.text == STRAIGHT for t in doc_sents(v.doc)[v.i]):
        return []
    inside = quoted_tokens(doc_sents(v.doc)[v.i])
    if all(s.i in inside for s in subjects) or not any(s.i in inside for s in subjects):
        return []
    # (a quotation opened in the sentence: one cut before its mark may have lost the subject's own verb)
    opened = next((t.i for t in doc_sents(v.doc)[v.i] if t.text in OPENING or t.text == STRAIGHT), None)
    return [s for s in subjects if s.i in inside and opened is not None and opened < s.i < v.i]


def colon_list(c: Token) -> list[Token]:
    """'"... two citizens are free: A and B," X said': the names a quoted clause lists after a colon (hung on the
    clause as a loose dependent) tell whom the clause is about."""
    colon = next((x.i for x in c.children if x.text == ":" and x.i > c.i), None)
    if colon is None:
        return []
    inside = quoted_tokens(doc_sents(c.doc)[c.i])
    return [x for x in c.children if x.i > colon and x.dep_ in ("dep", "appos") and x.i in inside]


def listed_names(listed: Sequence[Token], tok_ent: Sequence[int], hyphenated: dict) -> set[int]:
    """The names of a quoted list ('A, B and C'): a named head and the names joined to it, not what a phrase of
    theirs names ('A, ambassador of Y') nor a name inside a hyphenated word."""
    out: set[int] = set()
    stack = [s for s in listed if tok_ent[s.i] >= 0]
    while stack:
        t = stack.pop()
        if tok_ent[t.i] < 0 or t.i in hyphenated:
            continue
        out.add(tok_ent[t.i])
        stack += [x for x in t.children if x.dep_ in ("conj", "appos")]
    return out
