"""Towns the model took for people because they stand in a list with places: "Alpha, Beta and Gamma townships",
"between Caracas and Valbona", "the cities of Grozny, Vedar and Kolt".

A one- or two-word name with no known meaning, joined by "and"/"," (spaCy's ``conj``) to a place the model or the
knowledge base knows, is a place too: no person is listed with towns. A list of two names of states only ("Ruritania
and Valbona") says too little (a person may stand beside a country), so the place beside it must be a town (a place
that is not a state's name, or a capital) or the list must hold three or more members, none a known person or body.
Also "north of Valbona", "50 km southwest of Valbona": a compass point's "of" places the name. A one-word name
the model took for a body ("in Fuengirola, Malaga, and Valbona") is read the same way.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from core.extract.coref import Mention
from core.extract.kb import lexicon_set, lookup
from core.extract.nlp import doc_column, doc_ents, span_text
from core.extract.placed_names import COMPASS
from core.model import Kind

_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def _group(tok: Token) -> list[Token]:
    """The heads of the coordination ``tok`` stands in (itself included)."""
    top = tok
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    out, todo = [], [top]
    while todo:
        t = todo.pop()
        out.append(t)
        todo.extend(c for c in t.children if c.dep_ == "conj")
    return out


def _member(doc: Doc, t: Token, placed: frozenset[str] = frozenset()) -> str:
    """What a list member is: "town" (known), "placed" (the model's GPE, here or at another mention of the same
    word: "the city of Derna"), "state", "name" (an unknown capitalised word) or "other"."""
    if not (t.is_title or t.is_upper) or t.pos_ not in {"PROPN", "NOUN"}:
        return "other"
    a = t.i
    while a > 0 and t.i - a < 3 and doc[a - 1].dep_ == "compound" and doc[a - 1].head.i == t.i:
        a -= 1
    text = doc[a : t.i + 1].text
    term = lookup(text) or lookup(t.text)
    if term is not None:
        if term.kind is Kind.STATE:
            return "state" if term.role == "name" else "town"
        return "other"  # a known person or body: the list is not of places
    if t.ent_type_ in _PLACE_LABELS or text in placed:
        return "placed"  # a place by the model's word only
    if t.ent_type_ in {"PERSON", "ORG", ""}:
        return "name"
    return "other"


def _person_words(doc: Doc, chosen: list[Mention]) -> dict[str, set[int]]:
    """Every word of a person's name of two words or more, with where each name starts: "Omar" of "Ilhan Omar" is
    her surname in any list."""
    spans = [doc[m.start : m.end] for m in chosen if m.kind is Kind.OFFICIAL and m.chars is None]
    spans += [e for e in doc_ents(doc) if e.label_ == "PERSON"]
    out: dict[str, set[int]] = {}
    texts = doc_column(doc, "text")
    for s in spans:
        if len(span_text(doc, s.start, s.end).split()) > 1:
            for k in range(s.start, s.end):
                out.setdefault(texts[k], set()).add(s.start)
    return out


def _listed_with_places(doc: Doc, m: Mention, people: dict[str, set[int]], placed: list[frozenset[str]]) -> bool:
    span = doc[m.start : m.end]
    root = span.root
    group = _group(root)
    members = [t for t in group if not (m.start <= t.i < m.end)]
    if not members or not any(c.dep_ == "cc" for t in group for c in t.children):
        return False  # "in Dakar, Jean Roe": no "and" joins them, the model's conj is an apposition
    if any(people.get(t.text, set()) - set(range(m.start, m.end)) for t in [*span, *members]):
        return False  # "Omar and Tlaib": the surnames of people the article names in full
    before = doc[m.start - 1] if m.start > 0 else None
    if before is not None and before.dep_ in {"compound", "amod", "nmod"} and m.start <= before.head.i < m.end:
        return False  # "Israeli Prime Minister Benjamin Netanyahu and ...": a title or a state's word before a man
    if not placed:
        placed.append(_placed_texts(doc))  # read once per document, when a list first needs it
    kinds = [_member(doc, t, placed[0]) for t in members]
    if len(span.text.split()) > 1:
        # "Khalil and Jan Muhammad", "Emirates and John Doe": beside a full name only a known town places it
        return "town" in kinds and "other" not in kinds
    kinds = ["town" if k == "placed" else k for k in kinds]
    places = sum(k in {"town", "state"} for k in kinds)
    if "other" in kinds or not places or 2 * places < len(kinds):
        return False  # "Sovcombank, Rossiya Bank, Zetabank and Russia": most of the list is no place
    return "town" in kinds or len(members) >= 2


def _placed_texts(doc: Doc) -> frozenset[str]:
    """Names the text places at some mention: the model's GPE, LOC or FAC, or a word after "the city of" (a list member
    is a place when another of its mentions is)."""
    out = {e.text for e in doc_ents(doc) if e.label_ in _PLACE_LABELS}
    lower, nouns = doc_column(doc, "lower_"), lexicon_set("place_nouns")
    for k in range(2, len(lower)):
        if lower[k - 1] == "of" and lower[k - 2] in nouns and doc[k].is_title:
            out.add(doc[k].text)
    return frozenset(out)


def _compass_of(doc: Doc, m: Mention) -> bool:
    return m.start >= 2 and doc[m.start - 1].lower_ == "of" and doc[m.start - 2].lower_ in COMPASS


def drop_conjoined_places(doc: Doc, chosen: list[Mention]) -> list[Mention]:
    """``chosen`` without unknown one- or two-word people listed with places or placed by a compass point."""
    out = []
    people = _person_words(doc, chosen)
    placed: list[frozenset[str]] = []
    for m in chosen:
        if (
            m.key is None
            and (m.kind is Kind.OFFICIAL or (m.kind is Kind.PARTY and m.role == "single"))
            and m.chars is None
            and len(span_text(doc, m.start, m.end).split()) <= 2
            and lookup(span_text(doc, m.start, m.end)) is None
            and (_compass_of(doc, m) or _listed_with_places(doc, m, people, placed))
        ):
            continue
        out.append(m)
    return out
