"""Military bases and camps named like people or bodies: "Naval Base Camilo Osias", "Camp Melchor Dela Cruz" (read
as "Camp Melchor" and "Dela Cruz"), "Ain al-Asad Air Base". The run of capitalised words a mention sits in opens
with "Camp"/"Fort" or a base's words ("Naval Base"), or closes with them ("Air Base"): the whole run is a place where
troops are stationed, and no part of it is a party of the story.
"""

from __future__ import annotations

from spacy.tokens import Doc

from core.extract.nlp import doc_column

# the words before "Base" that make it a base's name ("Naval Base X", "X Air Base"); general military words
# ("X Air Force Base", "Joint Base X")
_BASE_KINDS = frozenset(
    {"air", "naval", "navy", "military", "army", "marine", "airforce", "space", "logistics", "force", "joint"}
)
_OPENERS = frozenset({"camp", "fort"})
# joining words a place's name may hold ("Camp de la Paz", "Ain al-Asad")
_INSIDE = frozenset(
    {"de", "del", "dela", "la", "al", "el", "-", "\u2010", "of", "bin", "van", "von", "da", "do", "dos"}
)


def _cap(tok) -> bool:
    return tok.is_title or (tok.is_upper and tok.is_alpha)


def _run(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """The run of capitalised words (and the joining words inside a name) around doc[start:end]."""
    s = start
    while s > 0 and (_cap(doc[s - 1]) or (doc[s - 1].lower_ in _INSIDE and s > 1 and _cap(doc[s - 2]))):
        s -= 1
    e = end
    while e < len(doc) and (_cap(doc[e]) or (doc[e].lower_ in _INSIDE and e + 1 < len(doc) and _cap(doc[e + 1]))):
        e += 1
    return s, e


def names_a_base(doc: Doc, start: int, end: int) -> bool:
    """Is doc[start:end] (a person's or body's name by its shape) part of a base's or camp's name?"""
    s, e = _run(doc, start, end)
    if e - s < 2:
        return False
    words = doc_column(doc, "lower_")[s:e]
    if words[0] in _OPENERS:
        return True  # "Camp Melchor Dela Cruz", "Fort Bragg"
    if words[-1] == "base" and words[-2] in _BASE_KINDS:
        return True  # "Ain al-Asad Air Base"
    return words[1] == "base" and words[0] in _BASE_KINDS  # "Naval Base Camilo Osias"
