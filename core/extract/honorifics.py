"""Courtesy titles and police ranks inside a person's span: "Minister of Coal and Mines Shri Pralhad Joshi", "Pol Col
Krissana X".

The model often runs a person's name back over the last words of a title's portfolio ("Mines Shri Pralhad Joshi");
a courtesy title written before a name (Mr, Mrs, Ms, Dr, Shri, Smt, Shrimati, the Spanish Lic, H.E., the Zimbabwean
Cde for "Comrade", the two-word Malaysian "Tan Sri", "Datuk Seri") opens the name, so whatever stands before it is the
title's, not the person's. A police prefix with its abbreviated ranks ("Pol Col", "Pol Lt Gen": the Thai police's) opens
the name after the last rank. A span
that ends in a courtesy title, or in a police rank after a police prefix, names no one (the name follows it).
Case-sensitive general words only.
"""

from __future__ import annotations

from spacy.tokens import Doc

from core.extract.cap_words import is_cap

COURTESY = frozenset(
    {"Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Shri", "Smt", "Smt.", "Shrimati", "Lic", "Lic.", "H.E.",
     "Cde", "Cde."}
)
# the Malaysian honours of two words ("Tan Sri X", "Datuk Seri X"): the second word opens the name only after the first
_TWO_WORDS = frozenset({("Tan", "Sri"), ("Puan", "Sri"), ("Datuk", "Seri"), ("Datuk", "Sri"), ("Dato", "Sri"),
                        ("Dato'", "Sri"), ("Dato’", "Sri"), ("Dato'", "Seri"), ("Dato’", "Seri")})
# the abbreviated ranks a police prefix opens ("Pol Col X", "Pol Lt Gen X", "Pol Maj Gen X": the Thai police's ranks)
_POLICE = frozenset({"Pol", "Pol."})
_RANKS = frozenset({"Gen", "Col", "Maj", "Lt", "Capt", "Sgt", "Cpl", "Snr", "Sub", "Gen.", "Col.", "Maj.", "Lt.",
                    "Capt.", "Sgt.", "Cpl.", "Snr."})


def past_honorific(doc: Doc, start: int, end: int) -> int:
    """Where a person's span really starts: after the last courtesy title in it that is followed by a capitalised
    name word ("Mines Shri Pralhad Joshi" -> "Pralhad Joshi", "Lic Raul Jalil" -> "Raul Jalil"), or after a police
    prefix and the ranks that follow it ("Pol Lt Gen Somchai X" -> "Somchai X"; the last word is always kept),
    whichever comes last in the span; the span's own start when there is none."""
    for k in range(end - 2, start - 1, -1):  # ('Lic Raul X' opened by it too: 'LIC' is an insurer)
        if doc[k].text in COURTESY and is_cap(doc[k + 1]) and doc[k + 1].is_alpha:
            return k + 1
        if k > start and (doc[k - 1].text, doc[k].text) in _TWO_WORDS and is_cap(doc[k + 1]) and doc[k + 1].is_alpha:
            return k + 1  # "Tan Sri Amran Kadir"
        if doc[k].text in _POLICE and doc[k + 1].text in _RANKS:
            j = k + 1
            while j < end - 1 and doc[j].text in _RANKS:
                j += 1
            return j
    return start


def ends_in_courtesy(doc: Doc, start: int, end: int) -> bool:
    """ "Mines Shri", "Autism Rocks Mr", a lone "Lic", "Pol Col": words run up to a courtesy title, or up to a police
    rank with a police prefix before it, name no one (the name follows it)."""
    if end > start and doc[end - 1].text in _RANKS:  # "Pol Col", "Pol Lt Gen": a police rank, its name cut off
        return any(doc[j].text in _POLICE for j in range(start, end - 1))
    return end > start and doc[end - 1].text in COURTESY


def honour_only(doc: Doc, start: int, end: int) -> bool:
    """ "Datuk Seri", "Tan Sri": a span of a two-word Malaysian honour alone names no one (the name follows it)."""
    return end - start == 2 and (doc[start].text, doc[start + 1].text) in _TWO_WORDS
