"""A common word capitalised only because it opens a sentence: "Pineapples grow in a field ...", "Smog is not a
political issue", "Flames engulfed the ship". The model reads such a word as a body's or a person's name; when the
article also writes the word in lower case, and every capitalised use of it opens a sentence or a line, it is the
word and no name. A name the knowledge base knows, or one that speaks ("Shell said", "Labour told"), is a name
however the article writes the word elsewhere."""

from __future__ import annotations

import re

from core.extract.kb import knowledge
from core.model import Kind, LocalEntity

_WORD = re.compile(r"[A-Z][a-z]+")
_SPEECH = (
    r"[ \t]+(?:has[ \t]+|had[ \t]+)?(?:said|says|told|tells|announced|announces|stated|states|added|warned|reported"
    r"|confirmed|denied|claimed)\b"
)
_OPENING = re.compile(r"(?:^|[.!?:][\"\u201d\u2019']?[ \t]+|\n[ \t]*|[\"\u201c\u2018][ \t]*)$")


def _opens_sentence(text: str, start: int) -> bool:
    return _OPENING.search(text[max(0, start - 4) : start]) is not None


def _speaks(text: str, word: str) -> bool:
    """Does ``word`` speak somewhere in ``text`` ("Signal said it would leave", "Labour told the paper")?"""
    return re.search(r"\b" + re.escape(word) + _SPEECH, text) is not None


def lone_word(text: str, e: LocalEntity) -> str:
    """The one capitalised word an unknown body or person is named by, always the same and never speaking ("" when
    it is named otherwise, known to the knowledge base, or says something: "Labour told the paper")."""
    forms = {m.text for m in e.mentions}
    word = next(iter(forms)) if len(forms) == 1 else ""
    if e.kind not in {Kind.PARTY, Kind.OFFICIAL} or not _WORD.fullmatch(word) or e.name != word:
        return ""
    return "" if word in knowledge().terms or _speaks(text, word) else word


def drop_common_words(text: str, entities: list[LocalEntity]) -> list[LocalEntity]:
    """``entities`` less each unknown one-word body or person that is a common word opening its sentences."""
    out = []
    for e in entities:
        word = lone_word(text, e)
        if (
            word
            and all(_opens_sentence(text, m.start) for m in e.mentions)
            and re.search(r"(?<![\w\-])" + word.lower() + r"\b", text)
        ):
            continue
        out.append(e)
    return out
