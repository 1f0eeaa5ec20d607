"""Round BJ (entity precision): a place's one-word name before the noun of a site is a place, no party
(site_names.py): "the Varnok colony", "the Pellmar junction", "the Quorra nuclear power plant".

Every sentence here is invented for its rule; the measure of quality is bench/real (real articles, scored).
"""

from __future__ import annotations

from core.extract.site_names import drop_site_names, site_name
from core.model import Kind, LocalEntity, Span


def _in_text(text: str, kind: Kind, name: str) -> LocalEntity:
    """An entity whose mentions are every place ``name`` stands in ``text``."""
    spans, at = [], 0
    while (at := text.find(name, at)) >= 0:
        spans.append(Span(at, at + len(name), name))
        at += len(name)
    return LocalEntity(name, kind, spans)


def test_a_town_before_a_site_noun_is_dropped() -> None:
    text = "The activist was moved to the Varnok penal colony last week. Later the Pellmar junction was shut."
    found = drop_site_names(text, [_in_text(text, Kind.PARTY, "Varnok"), _in_text(text, Kind.OFFICIAL, "Pellmar")])
    assert found == []


def test_lower_case_modifiers_may_stand_between() -> None:
    text = "Fuel reached the Quorra nuclear power plant on Monday."
    assert site_name(text, _in_text(text, Kind.PARTY, "Quorra"))


def test_a_party_that_acts_stays() -> None:
    text = "Output fell at the Dravco refinery. Dravco said repairs would take a week."
    assert not site_name(text, _in_text(text, Kind.PARTY, "Dravco"))
    text = "Dravco's chief visited the Dravco refinery."
    assert not site_name(text, _in_text(text, Kind.PARTY, "Dravco"))


def test_staff_after_the_site_noun_keeps_the_body() -> None:
    text = "The Frenlo border guards stopped the convoy."
    assert not site_name(text, _in_text(text, Kind.PARTY, "Frenlo"))


def test_a_word_of_grammar_before_the_noun_keeps_the_name() -> None:
    text = "Talks with Marrick in the port city went on."
    assert not site_name(text, _in_text(text, Kind.OFFICIAL, "Marrick"))


def test_two_word_names_and_states_are_left() -> None:
    text = "Tomas Reyl camp leaders met. Aldovia border troops waited."
    assert not site_name(text, _in_text(text, Kind.OFFICIAL, "Tomas Reyl"))
    assert not site_name(text, _in_text(text, Kind.STATE, "Aldovia"))


def test_a_people_before_its_people_noun_is_dropped() -> None:
    text = "Elders of the Vaskari people met. Life within Orlundic society changed. The Tamvo and Pell tribes fled."
    found = drop_site_names(
        text,
        [
            _in_text(text, Kind.PARTY, "Vaskari"),
            _in_text(text, Kind.OFFICIAL, "Orlundic"),
            _in_text(text, Kind.PARTY, "Pell"),
        ],
    )
    assert found == []


def test_a_body_before_nationals_stays() -> None:
    text = "Some Verenta nationals left, and Verenta officials stayed."
    assert not site_name(text, _in_text(text, Kind.PARTY, "Verenta"))


def test_a_firm_that_acts_elsewhere_stays() -> None:
    # review BJ-4: a name that builds, signs or buys is a party, though a mention stands before "plant"
    text = "Veltrona will build a second factory in the state. Output at the Veltrona plant in Dorvik resumed."
    assert not site_name(text, _in_text(text, Kind.PARTY, "Veltrona"))
    text = "Inspectors toured the Dravco plant. Dravco bought the site in May."
    assert not site_name(text, _in_text(text, Kind.PARTY, "Dravco"))


def test_a_place_after_an_auxiliary_and_a_passive_is_still_a_place() -> None:
    # review BJ-8: 'X has been shelled', 'X will be closed' say nothing a body does
    text = "Shells fell near the Varnok nuclear plant. Varnok has been shelled twice since May."
    assert site_name(text, _in_text(text, Kind.PARTY, "Varnok"))
    text = "Trucks queued at the Pellmar crossing, and Pellmar will be closed on Sunday."
    assert site_name(text, _in_text(text, Kind.OFFICIAL, "Pellmar"))


def test_a_body_after_an_auxiliary_and_a_doers_verb_stays() -> None:
    text = "Output fell at the Dravco refinery. Dravco will build a second one."
    assert not site_name(text, _in_text(text, Kind.PARTY, "Dravco"))
