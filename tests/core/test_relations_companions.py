"""Companions added to a subject by 'together with' / 'along with' act beside the subject, not beside each other
(core/extract/relations/companions.py; round AJ, blind28's false pairs). Entities placed by hand."""

from __future__ import annotations

from core.model import Family
from tests.core.test_relations import S, pairs

SPEC = {k: (S, [k]) for k in ("Chile", "Peru", "Bolivia", "Ecuador", "Uruguay")}


def _allied(text: str, a: str, b: str) -> bool:
    return Family.ALLIANCE in pairs(text, SPEC).get(frozenset({a, b}), set())


def test_companions_after_together_with_are_tied_to_the_subject_not_to_each_other():
    text = "Chile, together with Peru, Bolivia and Ecuador, have imposed sanctions on two Uruguay ministers."
    assert _allied(text, "Chile", "Peru") and _allied(text, "Chile", "Ecuador")
    assert not _allied(text, "Peru", "Bolivia") and not _allied(text, "Bolivia", "Ecuador")


def test_a_plain_list_of_subjects_imposing_sanctions_stays_tied_pairwise():
    text = "Chile, Peru and Bolivia imposed sanctions on Ecuador."
    assert _allied(text, "Peru", "Bolivia") and _allied(text, "Chile", "Bolivia")
