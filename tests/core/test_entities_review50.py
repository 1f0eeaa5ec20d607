"""Mends of round AL's review (entities, invented names): a body named before 'vaccine' as a field ('the Gavon
vaccine alliance'), a maker whose name ends in a body word ('the Vexo Institute doses') and a firm listed among
sectors stay bodies; only a list of goods closed by a medical good's noun takes a capitalised word for a drug."""

from __future__ import annotations

import pytest

from tests.core.test_entities import by_text, extract


@pytest.mark.parametrize(
    "text, name",
    [
        ("Peru received the doses through the Gavon vaccine alliance, Norway said.", "Gavon"),
        ("The Vexo Institute doses reached Peru on Monday, the ministry said.", "Vexo Institute"),
        ("The new sanctions hit shipping, Rosvexa and refineries in the region, Norway said.", "Rosvexa"),
    ],
)
def test_a_body_beside_a_vaccine_or_goods_word_stays_a_body(nlp, text, name):
    found = by_text(extract(nlp, text))
    assert name in found, found
