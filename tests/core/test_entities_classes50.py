"""Entity classes of round AL (issue #11): a vaccine's or a medicine's brand is no body, a country's own Red Cross
society keeps its country word, an airline named after its country stays whole, and an honorific before a name
("H.E.") is no body; on invented sentences."""

from __future__ import annotations

from core.extract.relations.lexicon import lexicon
from core.extract.relations.name_ties import states_in_names
from core.model import Kind, LocalEntity, Span
from tests.core.test_entities import by_name, by_text, extract


def test_a_brand_before_a_vaccine_noun_names_the_vaccine(nlp):
    text = (
        "Norway sent 50,000 doses of Vaxoral vaccines to Peru on Monday. A second batch of the Imuvex COVID-19 "
        "vaccine will follow, and 20,000 Imuvex doses arrived in Chile."
    )
    found = by_text(extract(nlp, text))
    assert "Vaxoral" not in found and "Imuvex" not in found, found
    assert found.get("Norway", (None,))[0] is Kind.STATE, found


def test_a_capitalised_word_among_lower_case_goods_is_one_of_the_goods(nlp):
    text = "Norway supplied hydroxychloroquine, Lopiravir and aspirin tablets to Peru, the ministry said."
    found = by_text(extract(nlp, text))
    assert "Lopiravir" not in found, found
    assert found.get("Peru", (None,))[0] is Kind.STATE, found


def test_a_countrys_red_cross_keeps_its_country_word(nlp):
    text = (
        "The vice president of the Norwegian Red Cross, Ola Brenvik, met officials of the Peruvian Red Cross "
        "in Lima on Monday."
    )
    found = by_text(extract(nlp, text))
    assert found.get("Norwegian Red Cross", (None,))[0] is Kind.PARTY, found
    assert found.get("Peruvian Red Cross", (None,))[0] is Kind.PARTY, found
    assert found["Norwegian Red Cross"][1] != found["Peruvian Red Cross"][1], found


def test_an_airline_named_after_its_country_stays_whole(nlp):
    text = (
        "A photograph showed the Air Norway plane that carried the doses to Lima. A Peru Eastern flight landed "
        "in Oslo later on Monday."
    )
    found = by_text(extract(nlp, text))
    assert found.get("Air Norway", (None,))[0] is Kind.PARTY, found
    assert found.get("Peru Eastern", (None,))[0] is Kind.PARTY, found
    assert "Air" not in found and "Eastern" not in found, found


def test_an_honorific_alone_is_no_body(nlp):
    text = "The Norwegian envoy to Peru, H.E. Ambassador Ola Brenvik, said on Monday that talks would go on."
    names = by_name(extract(nlp, text))
    assert "H.E." not in names and "H.E" not in names, names


def _entity(name: str, kind: Kind) -> LocalEntity:
    return LocalEntity(name=name, kind=kind, mentions=[Span(0, len(name), name)])


def test_an_airline_or_a_red_cross_named_after_a_country_is_not_that_states_own():
    entities = [
        _entity("Norway", Kind.STATE),
        _entity("Air Norway", Kind.PARTY),
        _entity("Norway Eastern", Kind.PARTY),
        _entity("Norwegian Red Cross", Kind.PARTY),
        _entity("Norwegian Coast Guard", Kind.PARTY),
    ]
    named = states_in_names(entities, lexicon().name_tie_exclusions)
    assert named == {4: {0}}, named


def test_a_plan_named_with_its_target_year_is_no_body(nlp):
    text = (
        "Saudi Arabia said the deal supports Vision 2030, the Kingdom's plan. The talks fit the Kingdom’s Vision "
        "2030 goals, Norway said."
    )
    found = by_text(extract(nlp, text))
    assert not any("Vision" in t for t in found), found
    assert found.get("Norway", (None,))[0] is Kind.STATE, found


def test_the_acronym_of_an_authorisation_is_no_body(nlp):
    text = "The Peruvian Ministry of Health issued an Emergency Use Authorisation (EUA) for the vaccine on Monday."
    found = by_text(extract(nlp, text))
    assert "EUA" not in found, found
    assert found.get("Peruvian Ministry of Health", (None,))[0] is Kind.PARTY, found
