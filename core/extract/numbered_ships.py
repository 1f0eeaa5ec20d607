"""Ships named by a hull number after the service that sails them: "China Coast Guard vessel 5205", "CCG 5402",
"the CCG (China Coast Guard) 5402 vessel", "a CCG vessel with bow number 5205".

The service is a coast guard or navy written out ("... Coast Guard", "... Navy") or its acronym (spelled by such a
name in the document, or shaped like a coast guard's: "PCG", "JCG"). The number (three to five digits) is the ship;
the service keeps its own mention, except an acronym written right before the number ("expelled CCG 5402"), which is
part of the ship's name. The ship's key is the service's acronym and the number, so its mentions in several forms
and articles are one ship.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from core.extract.coref import Mention
from core.extract.kb import acronym_of
from core.extract.nlp import doc_column, doc_text, doc_tokens
from core.model import Kind

_WORD = r"[A-Z][\w'\u2019]*"
_SERVICE = re.compile(
    rf"(?:{_WORD}\s+){{1,3}}(?:Coast\s+Guard|Navy|Maritime\s+Militia)\b"
    rf"|(?:{_WORD}\s+){{0,2}}(?:Maritime|Marine|Naval)\s+(?:{_WORD}\s+){{0,2}}(?:Agency|Force|Command|Service)\b"
)
_SHIP_WORDS = {"vessel", "ship", "cutter", "boat", "patrol", "craft"}
_NUMBER_WORDS = {"number", "no", "no.", "hull", "bow", "pennant", "with", "#"}


def _acronyms(text: str) -> set[str]:
    """Acronyms of the coast guards and navies written out in the document."""
    return {acronym_of(m.group(0)) for m in _SERVICE.finditer(text)} - {""}


def _service_before(doc: Doc, k: int, acronyms: set[str]) -> tuple[int, str, bool] | None:
    """The service named right before token ``k`` (its first token, its acronym, whether written as the acronym),
    past a bracket that spells it out."""
    if k > 0 and doc[k - 1].text == ")":
        j = k - 2
        while j > 0 and k - j < 8 and doc[j].text != "(":
            j -= 1
        if j <= 0 or doc[j].text != "(":
            return None
        k = j
    if k == 0:
        return None
    last = doc[k - 1]
    if last.is_upper and last.is_alpha and 2 <= len(last) <= 5 and (last.text in acronyms or last.text[-2:] == "CG"):
        return k - 1, last.text, True
    if last.text in {"Guard", "Navy", "Militia", "Agency", "Force", "Command", "Service"}:
        text, end = doc_text(doc), last.idx + len(last)
        m = next((f for f in _SERVICE.finditer(text, text.rfind("\n", 0, end) + 1, end) if f.end() == end), None)
        if m is not None:
            span = doc.char_span(m.start(), m.end(), alignment_mode="contract")
            if span is not None:
                first = span.start + 1 if doc[span.start].lower_ in {"the", "a", "an"} else span.start
                return first, acronym_of(doc[first:k].text), False
    return None


def numbered_ships(doc: Doc) -> list[Mention]:
    """Mentions of ships named by a service and a hull number (see the module's docstring)."""
    text = doc_text(doc)
    if not re.search(r"\d{3}", text):
        return []
    acronyms: set[str] | None = None  # read off the text at the first number that may be a ship's
    out = []
    tokens = doc_tokens(doc)
    for i, word in enumerate(doc_column(doc, "text")):
        if not (3 <= len(word) <= 5 and word.isdigit()) or i == 0:  # a hull number
            continue
        tok = tokens[i]
        if tok.i + 1 < len(doc) and (doc[tok.i + 1].like_num or doc[tok.i + 1].text in {"%", "-", "/", ":", ","}):
            continue  # "5205 tonnes" stays, "2024-25", "1,200", "5,000 people" do not make a ship
        k = tok.i
        words = 0
        while k > 0 and doc[k - 1].lower_ in _NUMBER_WORDS and words < 3:
            k -= 1  # "with bow number", "No."
            words += 1
        named = k < tok.i
        if k > 0 and doc[k - 1].lower_ in _SHIP_WORDS:
            k -= 1
            named = True
        if acronyms is None:
            acronyms = _acronyms(text)
        found = _service_before(doc, k, acronyms)
        if found is None:
            continue
        first, acronym, short = found
        if not acronym or (not named and (not short or 1950 <= int(tok.text) <= 2039)):
            continue  # "the Japan Coast Guard 2024 report", "CCG 2024": no ship without a ship's word or an acronym
        start = first if (not named and first == tok.i - 1) else tok.i
        out.append(Mention(start, tok.i + 1, Kind.VESSEL, f"{acronym} {tok.text}", 6, "name"))
    return out
