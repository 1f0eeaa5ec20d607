"""A forum's or a conference's meeting is an event, not a party: "the 2024 Forum on China-Africa Cooperation (FOCAC)
Summit", "the seventh Tokyo International Conference for African Development (TICAD) summit", "the Seventh Tokyo
International Conference for African Development (TICAD7)". A name holding "Forum" or "Conference" is the meeting
when "summit" follows it (past its acronym in brackets) or an ordinal goes before it; its words and its acronym,
here and wherever else they stand, are claimed so no body comes of them. A feast named by one word before
"celebrations" or "festivities" ("during Nowruz celebrations") is an event as well."""

from __future__ import annotations

from spacy.tokens import Doc

from core.extract.coref import Mention
from core.extract.kb import lexicon_set, lookup
from core.extract.nlp import doc_column
from core.model import Kind

_MEETINGS = frozenset({"Forum", "Conference"})
_JOINS = frozenset({"on", "for", "of", "and", "-", "\u2013"})
_ORDINALS = frozenset(
    {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
     "twelfth"}
)
_MAX = 10
_FEASTS = frozenset({"celebrations", "festivities"})


def summit_names(doc: Doc) -> list[Mention]:
    """Blockers over every meeting's name (with its bracketed acronym) and over every other place they stand."""
    out: list[Mention] = []
    forms: set[tuple[str, ...]] = set()
    for i, t in enumerate(doc):
        if t.text not in _MEETINGS:
            continue
        start, end = _name_around(doc, i)
        if start is None:
            continue
        close = end
        acronym = None
        if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")" and doc[end + 1].is_upper:
            close, acronym = end + 3, doc[end + 1].text
        after = close < len(doc) and doc[close].lower_ == "summit"
        if not (after or _ordinal(doc, start - 1)):
            continue
        out.append(Mention(start, close, Kind.PARTY, None, 7, "block"))
        forms.add(tuple(tok.text for tok in doc[start:end]))
        if acronym:
            forms.add((acronym,))
    for i in range(1, len(doc)):
        if doc[i].lower_ in _FEASTS and _feast_name(doc, i - 1) and (i < 2 or not _name_word(doc[i - 2])):
            out.append(Mention(i - 1, i, Kind.PARTY, None, 7, "block"))  # "during Nowruz celebrations"
            forms.add((doc[i - 1].text,))
    texts = doc_column(doc, "text")
    for form in forms:
        n = len(form)
        for s in range(len(doc) - n + 1):
            if tuple(texts[s : s + n]) == form and not any(m.start <= s < m.end for m in out):
                out.append(Mention(s, s + n, Kind.PARTY, None, 7, "block"))
    return out


def _name_around(doc: Doc, i: int) -> tuple[int | None, int]:
    """The capitalised run (joined by "on", "for", "of", hyphens) that holds the meeting word at ``i``."""
    start = i
    while start > 0 and i - start < _MAX and _name_word(doc[start - 1]) and not doc[start].is_sent_start:
        start -= 1
    end = i + 1
    while end < len(doc) and end - i < _MAX and (_name_word(doc[end]) or doc[end].lower_ in _JOINS):
        end += 1
    while end > i + 1 and doc[end - 1].lower_ in _JOINS:
        end -= 1
    if end - start < 2:
        return None, end
    return start, end


def _name_word(t) -> bool:
    return t.is_title and t.is_alpha and t.lower_ not in _ORDINALS


def _feast_name(doc: Doc, k: int) -> bool:
    t = doc[k]
    return _name_word(t) and not t.is_sent_start and t.text not in lexicon_set("org_heads") and lookup(t.text) is None


def _ordinal(doc: Doc, k: int) -> bool:
    if k < 0:
        return False
    w = doc[k].lower_
    return w in _ORDINALS or (w[:-2].isdigit() and w[-2:] in {"st", "nd", "rd", "th"})
