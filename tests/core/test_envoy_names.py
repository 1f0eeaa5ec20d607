"""An envoy named after a title closing on his host state (round AQ)."""

from __future__ import annotations

from core.model import Kind
from tests.core.test_entities import extract
from tests.core.test_entities_news import forms, holding


def test_a_name_with_a_bare_initial_after_an_envoys_title_to_a_state(nlp):
    text = "On Monday, Bangladesh's High Commissioner to India, K Rashid Mollah, was summoned to the ministry."
    envoy = holding(extract(nlp, text), "K Rashid Mollah")
    assert envoy is not None and envoy.kind is Kind.OFFICIAL


def test_no_name_after_an_envoys_title_to_a_state_then_a_place(nlp):
    found = forms(extract(nlp, "The Ambassador to India, New Delhi said, was summoned to the ministry."))
    assert all(kind is not Kind.OFFICIAL for kind, _ in found.values()), found

