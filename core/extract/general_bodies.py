"""A body whose head word takes "General" after it: "the Directorate General of Foreign Trade", "the Secretariat
General of the Government", "the Directorate-General for Trade". The model and the head-word pattern stop at the
head ("Directorate") and leave "General" as a body or a rank of its own; the head, "General" and the capitalised
"of"/"for" tail are one name."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from core.extract.coref import Mention
from core.extract.nlp import doc_text
from core.model import Kind

_CAP = r"[A-Z][\w'\u2019\-]*"
_GENERAL = re.compile(
    r"\b(?:Directorate|Secretariat|Inspectorate|Commissariat|Procuratorate)[ \t\-]General[ \t]+(?:of|for)[ \t]+"
    rf"(?:the[ \t]+)?{_CAP}(?:[ \t]+(?:and[ \t]+)?{_CAP}){{0,5}}"
)


def general_bodies(doc: Doc) -> list[Mention]:
    """Each "<head> General of <Name>" (see the module) as one body."""
    text = doc_text(doc)
    if "General" not in text:
        return []
    out = []
    for m in _GENERAL.finditer(text):
        said = m.group(0)
        while said.endswith(" and"):  # "... of Foreign Trade and ...": the name ends before a dangling "and"
            said = said[:-4]
        span = doc.char_span(m.start(), m.start() + len(said))
        if span is not None:
            out.append(Mention(span.start, span.end, Kind.PARTY, None, 3, "org"))
    return out
