"""Towns that the model takes for bodies or people, placed by a place noun right before them (round BH, second
wave: placed_names._town_noun_before and _owns_a_part), on invented sentences; and where the rule must not fire."""

from __future__ import annotations

from tests.core.test_entities import by_name, extract
from tests.core.test_entities_news import HEADLINE


def _names(nlp, sentence: str) -> dict:
    return by_name(extract(nlp, HEADLINE + sentence + "\n"))


def test_a_town_after_port_city_is_no_body(nlp):
    found = _names(nlp, "Valdoria beat out the Norlandic port city Tessaro and Ostrava for the right to host the fair.")
    assert "Tessaro" not in found, found


def test_a_town_after_the_capital_and_a_comma_is_no_person(nlp):
    found = _names(
        nlp, "Officers arrested Marko Delin in the capital, Vessaguay. The extradition request was filed later."
    )
    assert "Marko Delin" in found, found
    assert "Vessaguay" not in found, found


def test_a_town_owning_a_named_district_is_no_body(nlp):
    found = _names(
        nlp,
        "The Kurdish opposition party, based in Harvessa's Kojan district, said its camp was hit. "
        "Harvessa officials denied it.",
    )
    assert "Harvessa" not in found, found


def test_the_one_who_speaks_after_the_capital_and_a_comma_stays(nlp):
    found = _names(nlp, "Back in the capital, Brevik said the talks had failed.")
    assert "Brevik" in found, found


def test_the_owner_after_the_capital_and_a_comma_stays(nlp):
    found = _names(nlp, "In the capital, Tkachenko's office said two people were wounded. Tkachenko called for help.")
    assert "Tkachenko" in found, found


def test_the_subject_of_a_clause_after_the_town_stays(nlp):
    found = _names(nlp, "The ministry named Colonel Petrenko. The town Petrenko defended was shelled by Norland.")
    assert "Petrenko" in found, found
