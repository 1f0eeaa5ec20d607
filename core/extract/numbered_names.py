"""Ships named by a word and a number after a plural ship noun, and their sister ships.

"The other two arrested vessels were Delmor 806 and Delmor 888", "its two sister vessels, Kaveno 1 and Kaveno 4,
were arrested": names ending in a number, listed with commas and "and" right after a plural ship noun (past "were",
"are" or a comma), are ships. A ship named by words and a number has sisters named by the same words and another
number ("Kaveno 3" once "Kaveno 1" is a ship): a fleet numbers its boats.
"""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from core.extract.kb import lexicon_set
from core.extract.nlp import doc_column

_LINKS = {",", "were", "are", "include", "included", "including"}


def _numbered(doc: Doc, span: tuple[int, int] | None) -> bool:
    return span is not None and span[1] - span[0] >= 2 and doc[span[1] - 1].is_digit and doc[span[0]].is_alpha


def ships_listed_by_number(doc: Doc, name_at) -> list[SpacySpan]:
    """Numbered names listed right after a plural ship noun (``name_at`` is the ship finder's test of a name)."""
    out: list[SpacySpan] = []
    plurals = lexicon_set("vessel_nouns", fold=True)
    lower = doc_column(doc, "lower_")
    for j, word in enumerate(lower[:-2]):
        if word not in plurals or doc[j].tag_ != "NNS" or not doc[j].is_lower or lower[j + 1] not in _LINKS:
            continue
        k = j + 2 if lower[j + 2] not in _LINKS else j + 3
        names = []
        while k < len(doc) and len(names) < 6:
            span = name_at(doc, k)
            if not _numbered(doc, span):
                break
            names.append(span)
            k = span[1]
            if k + 1 < len(doc) and lower[k] == ",":
                k += 1
            if k < len(doc) and lower[k] in {"and", "or"}:
                k += 1
            elif k < len(doc) and doc[k - 1].text != ",":
                break
        if len(names) >= 2 or (names and lower[j + 1] != ","):
            out.extend(doc[a:b] for a, b in names)
    return out


def sister_ships(doc: Doc, found: list[SpacySpan]) -> list[SpacySpan]:
    """Other numbers after the words of a ship's numbered name: its sister ships."""
    stems = {tuple(t.text for t in s[:-1]) for s in found if len(s) >= 2 and s[-1].is_digit and s[0].is_alpha}
    if not stems:
        return []
    known = {s.text for s in found}
    out = []
    for stem in stems:
        n = len(stem)
        for i in range(len(doc) - n):
            same = doc[i + n].is_digit and tuple(t.text for t in doc[i : i + n]) == stem
            if same and (i == 0 or not doc[i - 1].is_title) and doc[i : i + n + 1].text not in known:
                out.append(doc[i : i + n + 1])
    return out
