"""A body's name listing words with commas, spelled by the acronym bracketed after it: "the Reform, Unity and
Progress (RUP) movement", "the Survey, Mapping, and Geology Agency (SMGA)". The comma would otherwise end the name;
the acronym's letters, one for each capitalised word, show the whole list is the name."""

from __future__ import annotations

from spacy.tokens import Doc

from core.extract.coref import Mention
from core.extract.kb import acronym_of, lookup
from core.extract.nlp import doc_column
from core.model import Kind

_JOINERS = {",", "and", "&"}


def comma_names(doc: Doc) -> list[Mention]:
    """The names of the module's shape, each one body's mention (without the bracketed acronym)."""
    out = []
    words = doc_column(doc, "text")
    for k in (k for k, w in enumerate(words) if w == "(" and k > 0 and k + 2 < len(doc)):
        acr = words[k + 1]
        if words[k + 2] != ")" or len(acr) < 3 or not acr.isupper() or not acr.isalpha():
            continue
        s = k
        while s > 0 and k - s < 2 * len(acr) + 1 and (doc[s - 1].is_title or doc[s - 1].text in _JOINERS):
            s -= 1
            if doc[s].is_title and "," in words[s:k] and acronym_of(doc[s:k].text) == acr and not _a_list(doc, s, k):
                out.append(Mention(s, k, Kind.PARTY, None, 3, "org"))
                break
    return out


def _a_list(doc: Doc, s: int, k: int) -> bool:
    """ "Vexland, Ostavia and Norland (VON)", "January, February and March (JFM)", "the Treasury, Commerce and State
    (TCS) departments": a list of places, dates, known names or bodies (a plural noun after the bracket) is no one
    body's name."""
    if k + 3 < len(doc) and doc[k + 3].tag_ in ("NNS", "NNPS"):
        return True
    return any(t.ent_type_ in ("GPE", "LOC", "DATE", "NORP") or lookup(t.text) is not None for t in doc[s:k])
