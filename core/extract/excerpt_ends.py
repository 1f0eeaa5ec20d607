"""A title cut at an excerpt's end: "... was attended by Deputy Prime Mi" (the page stops mid-word). The words left
are no name: a mention that runs to the very end of a text stopping without punctuation, and whose last word is
only the start of a title's word ("Mi" of "Minister") after nothing but title's words, is dropped (a person's name cut
short, "Donald Tr", is still the person's)."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc

from core.extract.coref import Mention
from core.extract.kb import title_words
from core.extract.nlp import doc_text


@cache
def _title_word_set() -> frozenset[str]:
    return frozenset(w for title in title_words()[0] for w in title.split())


def cut_at_excerpt_end(doc: Doc, m: Mention, said: str) -> bool:
    """Does the mention end where the text is cut off in the middle of a title's word?"""
    text = doc_text(doc).rstrip()
    if not text or not text[-1].isalpha() or m.end > len(doc):
        return False
    if doc[m.end - 1].idx + len(doc[m.end - 1]) < len(text):
        return False
    said_words = said.casefold().split()
    words = _title_word_set()
    if len(said_words) < 2 or any(w not in words for w in said_words[:-1]):
        return False  # "Donald Tr", "President Donald Tr": a name cut short is still the person's
    last = said_words[-1]
    return last not in words and any(w.startswith(last) for w in words)
