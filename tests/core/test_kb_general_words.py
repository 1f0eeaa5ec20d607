"""General words no entity: a South Asian crop season ("Kharif", "Rabi") and a named boundary line ("the Line of
Actual Control", "the International Maritime Boundary Line (IMBL)"), which the model tags as bodies (KB
`non_entities`); a firm named by its plural goods ("X Sugars") is a body, not a person (`body_shaped`). Sentences
written for the rules."""

from __future__ import annotations

from core.model import Kind
from tests.core.test_entities import by_text, extract
from tests.core.test_entities_news import HEADLINE


def test_crop_seasons_are_no_entities(nlp):
    text = HEADLINE + "Output fell after weak Kharif and Rabi harvests in 2023, the Vexland farm ministry said.\n"
    found = by_text(extract(nlp, text))
    assert "Kharif" not in found and "Rabi" not in found


def test_a_boundary_line_is_no_body(nlp):
    text = (
        HEADLINE + "The coast guard said the boats had crossed the International Maritime Boundary Line (IMBL) "
        "on Sunday. Troops also moved along the Line of Actual Control, officials said.\n"
    )
    found = by_text(extract(nlp, text))
    assert not any("Line" in name or name == "IMBL" for name in found)


def test_a_firm_named_by_its_plural_goods_is_a_body(nlp):
    # invented firms and wording (review of round BJ, item 9: the first version was a bench sentence, one word changed)
    text = HEADLINE + "Among the day's losers, Harish Mohan Sugars shed 9 per cent after its results.\n"
    assert by_text(extract(nlp, text))["Harish Mohan Sugars"][0] is Kind.PARTY
    text = HEADLINE + "Shares of Kishore Lal Textiles slid 11 per cent, the steepest drop on the index that day.\n"
    assert by_text(extract(nlp, text))["Kishore Lal Textiles"][0] is Kind.PARTY
