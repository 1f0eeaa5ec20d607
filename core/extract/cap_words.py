"""Capitalised words: a title-case word, an acronym, or a capitalised word with an apostrophe inside ("Xi\u2019an",
"Sana'a"). A base module the name rules share (things, honorifics, people and others import it)."""

from __future__ import annotations

import re

_INNER_APOSTROPHE = re.compile(r"[A-Z][a-z]+['\u2019][a-z]+")


def is_cap(tok) -> bool:
    """A capitalised word or an acronym; "Xi\u2019an", "Sana'a": a capitalised word with an apostrophe inside."""
    if tok.is_title or (tok.is_upper and tok.is_alpha and len(tok) > 1):
        return True
    return apostrophe_word(tok.text)


def apostrophe_word(text: str) -> bool:
    """ "Xi\u2019an", "Sana'a": a capitalised word with an apostrophe inside (not a possessive)."""
    return text[:1].isupper() and ("\u2019" in text or "'" in text) and _INNER_APOSTROPHE.fullmatch(text) is not None
