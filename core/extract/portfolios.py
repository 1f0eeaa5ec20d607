"""A minister's portfolio written after the title: "Iran's Minister of Information and Communications Technology",
"the Minister for Foreign Affairs", "the Minister of the Armed Forces": the capitalised words after "of"/"for" (and
"the") are part of the title, not a body."""

from __future__ import annotations

from spacy.tokens import Doc

from core.extract.kb import lexicon_set, lookup, title_words
from core.extract.nlp import doc_column

_HEADS = frozenset({"minister"})  # "Secretary of Homeland Security" also names the department
_LINKS = frozenset({"of", "for"})


def mark_portfolios_after(doc: Doc, marked: list[bool]) -> None:
    """Mark "Minister of X and Y" (title case, no person, place or known name in the run) as title tokens."""
    lowered = doc_column(doc, "lower_")
    for i, w in enumerate(lowered[:-2]):
        if w not in _HEADS or lowered[i + 1] not in _LINKS or not doc[i].is_title:
            continue
        first = i + 3 if lowered[i + 2] == "the" else i + 2  # "Minister of the Armed Forces", "for the Interior"
        k = first
        most = 8 if first == i + 2 else 5  # after "the" two words at most: "the Armed Forces Jane Roe" names her next
        while k < len(doc) and k - i < most and _portfolio_word(doc, k):
            k += 1
        while k > first and not doc[k - 1].is_title:
            k -= 1  # "Minister of Information and": the run ends on a capitalised word
        if k > first and lookup(doc[first:k].text) is None:
            for t in range(i, k):
                marked[t] = True


def _portfolio_word(doc: Doc, k: int) -> bool:
    t = doc[k]
    if t.lower_ in {"and", "&"} or (t.lower_ == "for" and doc[k - 1].text == "State"):  # "of State for X"
        return k + 1 < len(doc) and doc[k + 1].is_title
    return t.is_title and t.is_alpha and t.ent_type_ not in {"PERSON", "GPE", "NORP"} and lookup(t.text) is None


def portfolio_of_title(doc: Doc, i: int) -> bool:
    """ "Secretary of Commerce" + "John Doe", "Secretary of Homeland Security" + "Jane Roe": token ``i`` is a word of
    the portfolio after a title's "of"/"for" (up to three capitalised words back), no first name and no person."""
    if lookup(doc[i].text) is not None:
        return False  # "President of Honduras Juan Orlando Hernandez": a state's name, the person's name after it
    k = i
    while (
        k > i - 3
        and k > 1
        and doc[k - 1].lower_ not in _LINKS
        and doc[k - 1].is_title
        and doc[k - 1].is_alpha
        and lookup(doc[k - 1].text) is None  # "President of Honduras" + "Juan ...": a state's name ends the title
    ):
        k -= 1
    if k < 2 or doc[k - 1].lower_ not in _LINKS:
        return False
    title = doc[k - 2].lower_
    return title in _HEADS or title in lexicon_set("title_portfolio_heads") or title in title_words()[0]
