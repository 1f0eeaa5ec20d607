"""A body whose head word takes "General" after it: "the Directorate General of Foreign Trade", "the Secretariat
General of the Government", "the Directorate-General for Trade". The model and the head-word pattern stop at the
head ("Directorate") and leave "General" as a body or a rank of its own; the head, "General" and the capitalised
"of"/"for" tail are one name. The tail ends before a weekday or a month ("... of Civil Aviation Tuesday said"), a
title ("... of Customs Commissioner X") or a state's name ("... of Shipping India"), none of which names the field."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from core.extract.coref import Mention
from core.extract.kb import WEEKDAYS, lexicon_set, lookup
from core.extract.nlp import doc_text
from core.model import Kind

_CAP = r"[A-Z][\w'\u2019\-]*"
_GENERAL = re.compile(
    r"\b(?:Directorate|Secretariat|Inspectorate|Commissariat|Procuratorate)[ \t\-]General[ \t]+(?:of|for)[ \t]+"
    rf"(?:the[ \t]+)?{_CAP}(?:[ \t]+(?:and[ \t]+)?{_CAP}){{0,5}}"
)

_MONTHS = frozenset(
    {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November"}
    | {"December"}
)
# title words that describe rather than name a person ('Acting', 'Major') may still name a field
_NOT_TITLES = frozenset(
    {"acting", "former", "incoming", "interim", "late", "outgoing", "major", "general", "principal"}
)


def _tail_end(said: str) -> int:
    """Where the name ``said`` ends: before the first weekday, month, title or state's name after the tail's first
    word (the whole of ``said`` when none)."""
    tail = re.search(r"[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?", said)
    if tail is None:
        return len(said)
    titles = lexicon_set("titles", fold=True) - _NOT_TITLES
    words = list(re.finditer(r"\S+", said[tail.end() :]))
    for w in words[1:]:
        word = w.group(0)
        term = lookup(word)
        if (
            word in WEEKDAYS
            or word in _MONTHS
            or word.lower() in titles
            or (term is not None and term.kind is Kind.STATE and term.role == "name")
        ):
            return tail.end() + w.start() - 1
    return len(said)


def general_bodies(doc: Doc) -> list[Mention]:
    """Each "<head> General of <Name>" (see the module) as one body."""
    text = doc_text(doc)
    if "General" not in text:
        return []
    out = []
    for m in _GENERAL.finditer(text):
        said = m.group(0)
        said = said[: _tail_end(said)].rstrip()
        while said.endswith(" and"):  # "... of Foreign Trade and ...": the name ends before a dangling "and"
            said = said[:-4]
        span = doc.char_span(m.start(), m.start() + len(said))
        if span is not None:
            out.append(Mention(span.start, span.end, Kind.PARTY, None, 3, "org"))
    return out
