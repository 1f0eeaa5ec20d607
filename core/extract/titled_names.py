"""A full name the model left untagged right after a title phrase: "Greek Prime Minister, Kyriakos Mitsotakis on
the sidelines", "said the Minister of Climate and Environment, Jane Roe Doe , in a statement". Two or three
capitalised proper nouns, known as neither place nor body nor title, that close before a lower-case word or a
punctuation mark, name the title's holder."""

from __future__ import annotations

from spacy.tokens import Doc

from core.extract.coref import Mention
from core.extract.kb import lexicon_set, lookup
from core.model import Kind


def _name_word(doc: Doc, k: int, taken: list[bool], titles: list[bool]) -> bool:
    tok = doc[k]
    return (
        tok.is_title
        and tok.is_alpha
        and tok.pos_ == "PROPN"
        and not taken[k]
        and not titles[k]
        and tok.ent_type_ in {"", "PERSON"}
        and tok.text not in lexicon_set("org_heads")
        and lookup(tok.text) is None
    )


def names_after_titles(doc: Doc, taken: list[bool], titles: list[bool]) -> list[Mention]:
    out = []
    for i in range(len(doc) - 2):
        if not titles[i] or titles[i + 1] or not doc[i].is_title:
            continue  # the last word of a title phrase
        j = i + 2 if doc[i + 1].text == "," else i + 1
        k = j
        while k < len(doc) and k - j < 3 and _name_word(doc, k, taken, titles):
            k += 1
        if k - j < 2 or (k < len(doc) and (doc[k].is_title or doc[k].is_upper) and doc[k].is_alpha):
            continue
        if k < len(doc) and doc[k].is_alpha and doc[k].pos_ not in {"ADP", "VERB", "AUX", "CCONJ", "PRON", "DET"}:
            continue
        if k + 1 < len(doc) and doc[k].lower_ in {"and", "&"} and doc[k + 1].is_title:
            continue  # "Minister of Public Safety, Democratic Institutions and Intergovernmental Affairs": portfolios
        out.append(Mention(j, k, Kind.OFFICIAL, None, 2, "person"))
        for t in range(j, k):
            taken[t] = True
    return out
