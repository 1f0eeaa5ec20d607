"""Fixtures shared by the core tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from core.extract.nlp import load_nlp


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The pipeline the extractor runs (loaded once)."""
    return load_nlp()
