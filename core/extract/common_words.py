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


def drop_common_words(text: str, entities: list[LocalEntity]) -> list[LocalEntity]:
    """``entities`` less each unknown one-word body or person that is a common word opening its sentences."""
    out = []
    for e in entities:
        forms = {m.text for m in e.mentions}
        word = next(iter(forms)) if len(forms) == 1 else ""
        if (
            e.kind in {Kind.PARTY, Kind.OFFICIAL}
            and _WORD.fullmatch(word)
            and e.name == word
            and all(_opens_sentence(text, m.start) for m in e.mentions)
            and re.search(r"(?<![\w\-])" + word.lower() + r"\b", text)
            and word not in knowledge().terms
            and not _speaks(text, word)
        ):
            continue
        out.append(e)
    return out
