"""Named military exercises are events, not parties: "the trilateral exercise Noble Stingray", "the Noble Stingray
exercise", "Exercise Talisman Sabre". The name's words are claimed so the model's guess (often a person) does not
come back; a body or a country named before the word ("the Russian Navy exercise") is left alone."""

from __future__ import annotations

from spacy.tokens import Doc

from core.extract.coref import Mention
from core.extract.kb import lexicon_set, lookup
from core.extract.nlp import doc_column
from core.model import Kind

_EXERCISES = frozenset({"exercise", "exercises", "drill", "drills", "wargame", "wargames"})


def exercise_names(doc: Doc) -> list[Mention]:
    """The words of every exercise's name, as blockers: two or three capitalised words just after the exercise word
    or just before a lower-case one."""
    out = []
    for i, w in enumerate(doc_column(doc, "lower_")):
        if w not in _EXERCISES:
            continue
        end = i + 1
        while end < len(doc) and end - i <= 3 and _name_word(doc, end):
            end += 1
        if end - i >= 3:
            first = i if doc[i].is_title else i + 1  # "Exercise Talisman Sabre" as one name
            out.append(Mention(first, end, Kind.PARTY, None, 7, "block"))  # "the exercise Noble Stingray"
            continue
        start = i
        while start > 0 and i - start < 3 and _name_word(doc, start - 1):
            start -= 1
        if i - start >= 2 and doc[i].is_lower:
            out.append(Mention(start, i, Kind.PARTY, None, 7, "block"))  # "the Noble Stingray exercise"
    return out


def _name_word(doc: Doc, k: int) -> bool:
    """A capitalised word that is no body's head, no known name and does not open a sentence."""
    t = doc[k]
    return t.is_title and t.is_alpha and not t.is_sent_start and t.text not in lexicon_set("org_heads") and (
        lookup(t.text) is None
    )
