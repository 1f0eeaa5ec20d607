"""A person written with a quoted nickname inside the name: 'Joaquín ‘El Chapo’ Guzmán', 'Ferdinand "Bongbong" Marcos
Jr.'. The model cuts such a name at the quote ("Joaquín ‘El Chapo" as one name, "Guzmán" as another, which then joins a
relative with the same surname); the whole, quotes included, is one mention of one person."""

from __future__ import annotations

from spacy.tokens import Doc

from core.extract.coref import Mention
from core.extract.furniture import title_case_line_at
from core.extract.kb import lookup
from core.extract.nlp import doc_column
from core.model import Kind

_OPEN = frozenset({"\u201c", '"', "\u2018", "'"})
_CLOSE = frozenset({"\u201d", '"', "\u2019", "'"})
_SUFFIXES = frozenset({"Jr.", "Jr", "Sr.", "Sr"})


def _name_word(doc: Doc, i: int) -> bool:
    tok = doc[i]
    return tok.is_title and tok.is_alpha and not tok.is_stop and lookup(tok.text) is None


def person_word(doc: Doc, i: int) -> bool:
    return doc[i].ent_type_ == "PERSON" and _name_word(doc, i)


def nicknamed_people(doc: Doc) -> list[Mention]:
    """Given name, a quoted nickname of one or two capitalised words, a surname; the model reads the given name or the
    surname as a person's, or the whole as one name."""
    out: list[Mention] = []
    words, n = doc_column(doc, "text"), len(doc)
    for q in (i for i, w in enumerate(words) if w in _OPEN):
        if q < 1 or q + 3 >= n or not _name_word(doc, q - 1) or not doc[q + 1].is_title:
            continue
        k = q + 2 if words[q + 2] in _CLOSE else q + 3
        if k + 1 >= n or words[k] not in _CLOSE or not doc[q + 2 if k == q + 3 else q + 1].is_title:
            continue
        if doc[q].whitespace_ or doc[k - 1].whitespace_:
            continue  # the quotes hug the nickname: 'X "Y" Z', never 'X" Y "Z'
        end = k + 1
        one = doc[end].ent_iob_ == "I" and all(doc[t].ent_iob_ == "I" for t in range(q, end))  # one name to the model
        if not _name_word(doc, end) or not (person_word(doc, end) or person_word(doc, q - 1) or one):
            continue
        if title_case_line_at(doc.text, doc[q].idx):
            continue  # "Kovalenko Says Harris ‘Strongly’ Backs Plan": a headline's quoted word, no nickname
        end += 1
        while end < n and end - k <= 3 and (words[end] in _SUFFIXES or person_word(doc, end)):
            end += 1
        start = q - 1
        if start > 0 and person_word(doc, start - 1):
            start -= 1  # "Mary Jane 'X' Y": two given names
        out.append(Mention(start, end, Kind.OFFICIAL, None, 2, "person"))
    return out
