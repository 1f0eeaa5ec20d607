"""Fixtures shared by the core tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from core.extract.nlp import load_nlp


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The pipeline the extractor runs (loaded once)."""
    return load_nlp()


@pytest.fixture
def rules_alone(monkeypatch):
    """The relation rules without the learned second look (the pair layer), whatever weights are installed."""
    import core.extract.relations as relations

    monkeypatch.setattr(relations, "pair_model", lambda: None)
