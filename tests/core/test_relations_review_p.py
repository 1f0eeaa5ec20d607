"""Mends after the review of round P: arms aimed at a target are no sale, 'trained with X in Y' ties no place, and
the relation lexicon's additions merge into their lists or fail loudly."""

from __future__ import annotations

import pytest

from core.extract.relations.lexicon import _with_additions
from core.model import Family
from tests.core.test_relations import OFF, S, stated

SPEC = {
    "Chile": (S, ["Chile", "Chilean"]),
    "Peru": (S, ["Peru", "Peruvian"]),
    "Bolivia": (S, ["Bolivia", "Bolivian"]),
    "Ana Roe": (OFF, ["Ana Roe"]),
}


@pytest.mark.parametrize(
    "sentence",
    [
        "Chile fired artillery at Peru on Monday.",
        "Chile used howitzers against Peru.",
        "Chile used missiles against Peru.",
    ],
)
def test_arms_aimed_at_a_state_are_hostility_not_trade(sentence: str):
    got = stated(sentence, SPEC)
    assert ("Chile", "Peru", Family.HOSTILITY) in got
    assert ("Chile", "Peru", Family.TRADE) not in got


def test_arms_sent_to_a_state_stay_trade():
    assert ("Chile", "Peru", Family.TRADE) in stated("Chile will send howitzers to Peru.", SPEC)
    assert ("Chile", "Peru", Family.TRADE) in stated("Chile provided Peru with weapons.", SPEC)


def test_training_with_troops_in_a_place_ties_no_place():
    got = stated("Ana Roe trained with Chilean troops in Peru.", SPEC)
    assert not any(b == "Peru" for _, b, _ in got)


def test_additions_merge_into_their_lists_and_unknown_ones_fail():
    raw = {
        "verbs": {"HOSTILITY": ["attack"], "TRADE": ["sell"]},
        "verbs_added": {"HOSTILITY": ["Restrict"]},
        "light_verbs": ["take"],
        "light_verbs_added": ["levy"],
        "phrasal_verbs": {"side with": "ALLIANCE"},
        "phrasal_verbs_added": {"spy for": "ALLIANCE"},
        "_light_verbs_added": "a comment stays a comment",
    }
    merged = _with_additions(raw)
    assert merged["verbs"] == {"HOSTILITY": ["attack", "Restrict"], "TRADE": ["sell"]}
    assert merged["light_verbs"] == ["take", "levy"]
    assert merged["phrasal_verbs"] == {"side with": "ALLIANCE", "spy for": "ALLIANCE"}
    assert not any(k.endswith("_added") and not k.startswith("_") for k in merged)
    with pytest.raises(KeyError):
        _with_additions({"verbs": {"HOSTILITY": []}, "verbs_added": {"HOSTLITY": ["restrict"]}})
    with pytest.raises(KeyError):
        _with_additions({"verbs_added": {"HOSTILITY": ["restrict"]}})
