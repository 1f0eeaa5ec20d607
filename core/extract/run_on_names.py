"""A body and a person the model read as one name: "company Orlanatom, Ivan Petrov" (the head named after a comma),
"Director-General of the Ministry of Foreign Affairs Jane Roe" (the title's holder named right after the body
that the title is of). The name is cut into the body and the person."""

from __future__ import annotations

from spacy.tokens import Doc

from core.extract.coref import Mention
from core.extract.kb import lexicon_set, lookup
from core.model import Kind


def _person_words(doc: Doc, start: int, end: int) -> bool:
    """Two or three capitalised words that name no body, place or thing: a person's name."""
    if not 2 <= end - start <= 3:
        return False
    closed = lexicon_set("org_heads") | lexicon_set("legal_forms") | lexicon_set("company_tails")
    return all(
        t.is_title and t.is_alpha and t.pos_ == "PROPN" and t.text not in closed and lookup(t.text) is None
        for t in doc[start:end]
    )


def _after_title(doc: Doc, start: int) -> bool:
    """ "Director-General of the Ministry ...", "head of the Agency ...": the mention is the body a title is of."""
    k = start - 1
    if k >= 0 and doc[k].lower_ == "the":
        k -= 1
    if k < 1 or doc[k].lower_ != "of":
        return False
    title = doc[k - 1].lower_
    return title in lexicon_set("titles") or title in {"head", "director", "director-general", "chief", "deputy"}


def _split(doc: Doc, m: Mention) -> tuple[int, int] | None:
    """(end of the body, start of the person) when ``m`` runs a body and a person together."""
    if m.kind is not Kind.PARTY or m.key is not None or m.name is not None or m.chars is not None:
        return None
    for c in range(m.start + 1, m.end - 2):
        if doc[c].text == "," and _person_words(doc, c + 1, m.end):
            return c, c + 1
    if m.end - m.start >= 5 and doc[m.start].text in lexicon_set("org_heads") and _after_title(doc, m.start):
        for n in (2, 3):
            k = m.end - n
            if doc[k - 1].is_title and doc[k - 1].lower_ not in {"of", "and", "for"} and _person_words(doc, k, m.end):
                return k, k
    one = 3 <= m.end - m.start <= 4 and _known_body(doc[m.start].text) and _after_title(doc, m.start)
    if one and _person_words(doc, m.start + 1, m.end):
        return m.start + 1, m.start + 1  # "Secretary of the Treasury Jane Roe": a known body's one word, then her
    return None


def _known_body(word: str) -> bool:
    term = lookup(word)
    return term is not None and term.kind is Kind.PARTY


def _cut_open_bracket(doc: Doc, m: Mention) -> None:
    """ "National Development Complex (NDC": a name that runs into its bracketed acronym ends before the bracket."""
    k = m.end - 2
    if m.kind is not Kind.PARTY or m.chars is not None or k <= m.start or m.end >= len(doc):
        return
    if doc[k].text == "(" and doc[m.end].text == ")" and doc[k + 1].is_upper:
        m.end = k


def _second_of_a_title(doc: Doc, start: int) -> bool:
    """ "the Minister of Foreign Affairs and the National Community Abroad, Jane Roe": the words before the comma end
    a portfolio joined by "and" to a capitalised one, no body of their own."""
    k = start - 1 if start > 0 and doc[start - 1].lower_ == "the" else start
    return k >= 2 and doc[k - 1].lower_ == "and" and doc[k - 2].is_title


def split_run_on(doc: Doc, chosen: list[Mention]) -> list[Mention]:
    """``chosen`` with each body and person run together cut in two (see the module's docstring)."""
    out = []
    for m in chosen:
        _cut_open_bracket(doc, m)
        cut = _split(doc, m)
        if cut is None:
            out.append(m)
            continue
        if not _second_of_a_title(doc, m.start):
            out.append(Mention(m.start, cut[0], Kind.PARTY, None, m.tier, m.role))
        out.append(Mention(cut[1], m.end, Kind.OFFICIAL, None, m.tier, "person"))
    return out


def _initial(text: str) -> bool:
    """ "Kh", "A", "Zh": a name's initial, written before a period."""
    return 1 <= len(text) <= 2 and text[0].isupper() and text[1:].islower() and text.isalpha()


def join_initials(doc: Doc, chosen: list[Mention]) -> list[Mention]:
    """ "Major General Kh. Pirakzoda": an initial with a period and the surname after it are one person, though the
    model cut them at the period (or read the surname as a body)."""
    if not any(doc[m.start].text != "." and m.start + 2 < len(doc) and doc[m.start + 1].text == "." for m in chosen):
        return chosen
    by_start = {m.start: m for m in chosen if m.chars is None and m.key is None and m.kind is not Kind.STATE}
    drop: set[int] = set()
    for m in list(by_start.values()):
        i = m.start
        if m.end != i + 1 or not _initial(doc[i].text) or i + 2 >= len(doc) or doc[i + 1].text != ".":
            continue
        tail = doc[i + 2]
        if not (tail.is_title and tail.is_alpha and len(tail) > 2 and lookup(tail.text) is None):
            continue
        other = by_start.get(i + 2)
        if other is not None and other.end != i + 3:
            continue
        m.end, m.kind, m.role = i + 3, Kind.OFFICIAL, "person"
        if other is not None:
            drop.add(id(other))
    return [m for m in chosen if id(m) not in drop] if drop else chosen


def join_for_names(doc: Doc, chosen: list[Mention]) -> list[Mention]:
    """ "the Beijing Research Institute of Automation for Machine Building Industry": a body's formal name that runs
    on past "for" into capitalised words the model read as a second name, closed by a field's word ("Industry",
    "Development"; no known state or body)."""
    by_start = {m.start: m for m in chosen if m.chars is None and m.key is None and m.kind is not Kind.STATE}
    heads = lexicon_set("org_heads")
    drop: set[int] = set()
    for m in chosen:
        k = m.end
        if m.kind is not Kind.PARTY or m.key is not None or m.chars is not None or k + 2 >= len(doc):
            continue
        if doc[k].lower_ != "for" or (other := by_start.get(k + 1)) is None or other.end - other.start < 2:
            continue
        words = doc[m.start : m.end]
        if not any(t.text in heads for t in words) or not any(t.lower_ == "of" for t in words):
            continue  # the body's own name is formal ("Institute of ..."), not "Qatar Airways for Jane Roe"
        tail = doc[other.start : other.end]
        field = tail[-1].lower_ in lexicon_set("field_words") or tail[-1].text in lexicon_set("company_tails")
        if field and all(t.is_title and t.is_alpha and lookup(t.text) is None for t in tail):
            m.end = other.end
            drop.add(id(other))
    return [m for m in chosen if id(m) not in drop] if drop else chosen
