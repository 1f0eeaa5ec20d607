"""Entity class of round AY (issue #11): an artwork or an artefact named like a person ("the Benin Bronzes",
"a Bronze Bust of a Man", "the Kohinoor diamond") is no person and no body; on invented sentences."""

from __future__ import annotations

from core.model import Kind
from tests.core.test_entities import by_text, extract


def test_a_name_closed_by_an_artefact_noun_is_no_person(nlp):
    text = (
        "Germany handed over 20 Tavara Bronzes to Nigeria on Monday. Germany had agreed to return the Bronzes "
        "last year, and Italy returned a Bronze Bust of a Man to Greece, minister Olaf Brenner said."
    )
    found = by_text(extract(nlp, text))
    assert not any(n in found for n in ("Tavara Bronzes", "Bronzes", "Bronze Bust", "Tavara")), found
    assert found.get("Germany", (None,))[0] is Kind.STATE, found
    assert found.get("Olaf Brenner", (None,))[0] is Kind.OFFICIAL, found


def test_a_name_before_a_lower_case_artefact_noun_names_the_object(nlp):
    text = (
        "India too wants its looted treasures, including Velanoor diamond, back from the United Kingdom, minister "
        "Ravi Sethi said. Peru wants the Marakoor diamond back from Spain."
    )
    found = by_text(extract(nlp, text))
    assert "Velanoor" not in found and "Marakoor" not in found, found
    assert found.get("Ravi Sethi", (None,))[0] is Kind.OFFICIAL, found


def test_a_country_name_before_an_artefact_plural_is_part_of_the_objects_name(nlp):
    text = "Germany handed over 20 Mali Bronzes to Nigeria on Monday, minister Olaf Brenner said."
    found = by_text(extract(nlp, text))
    assert "Mali" not in found and "Mali Bronzes" not in found, found
    assert found.get("Nigeria", (None,))[0] is Kind.STATE, found


def test_a_firm_before_a_lower_case_artefact_noun_stays(nlp):
    found = by_text(extract(nlp, "EU sanctions hit Alrosa diamond exports, Brussels said on Friday."))
    assert found.get("Alrosa", (None,))[0] is Kind.PARTY, found
