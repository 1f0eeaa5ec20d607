"""Round BI (blind78's entity classes): diseases are no parties (diseases.py), "Mission X" names a programme
(programmes.py), a territory named with a state's demonym is no mention of the state (KB regions_with_state_words),
states that each 'have' their own missions are not tied to each other (relations/verbs.py), a name the model
took for a person's that ends in a firm's trade ("X Space", "X Pharma") is a body (body_shaped.py), and "the
European-run X Space Centre" is a place (space_works.py).

Every sentence here is invented for its rule; the measure of quality is bench/real (real articles, scored).
"""

from __future__ import annotations

from core.extract.diseases import drop_disease_names
from core.extract.programmes import drop_mission_names
from core.model import Family, Kind, LocalEntity, Span
from tests.core.test_entities import extract
from tests.core.test_entities_news import HEADLINE, forms
from tests.core.test_event_names_acronyms import _entity
from tests.core.test_relations import stated, tied

S = Kind.STATE


def _in_text(text: str, kind: Kind, *names: str) -> LocalEntity:
    """An entity whose mentions are ``names`` where they stand in ``text``, in order."""
    spans, at = [], 0
    for f in names:
        at = text.index(f, at)
        spans.append(Span(at, at + len(f), f))
        at += len(f)
    return LocalEntity(names[0], kind, spans)


def test_a_disease_named_alone_is_no_party() -> None:
    found = drop_disease_names(
        "",
        [
            _entity(Kind.OFFICIAL, "Ebola"),
            _entity(Kind.PARTY, "Coronavirus", "the Coronavirus outbreak"),
            _entity(Kind.PARTY, "Swine Flu"),
            _entity(Kind.PARTY, "Marburg virus disease"),
        ]
    )
    assert found == []


def test_a_body_named_after_a_disease_stays() -> None:
    kept = [
        _entity(Kind.PARTY, "Ebola Response Team"),
        _entity(Kind.PARTY, "Global Fund to Fight AIDS"),
        _entity(Kind.PARTY, "Malaria Consortium", "Malaria"),  # one form is more than the disease
        _entity(Kind.STATE, "Corona"),
    ]
    assert drop_disease_names("", kept) == kept


def test_a_disease_that_shares_its_name_is_the_disease_only_beside_illness() -> None:
    # "Anthrax" and "SARS" also name a band and a police squad
    band = "Anthrax called off its tour of Norland when the singer fell ill, Anthrax said on Monday."
    kept = [_in_text(band, Kind.PARTY, "Anthrax", "Anthrax")]
    assert drop_disease_names(band, kept) == kept
    squad = "Officers of SARS beat protesters in Kell on Friday, and SARS denied it."
    kept = [_in_text(squad, Kind.PARTY, "SARS", "SARS")]
    assert drop_disease_names(squad, kept) == kept
    ill = "Letters with Anthrax spores reached the ministry, and two Anthrax cases were confirmed."
    assert drop_disease_names(ill, [_in_text(ill, Kind.PARTY, "Anthrax", "Anthrax")]) == []
    assert drop_disease_names("", [_entity(Kind.PARTY, "the SARS virus")]) == []  # a disease's word of its own


def test_a_mission_name_is_a_programme() -> None:
    assert drop_mission_names("", [_entity(Kind.OFFICIAL, "Mission Kestrel", "Kestrel")]) == []
    text = "The interceptor test, the first of Mission Blue Heron, hit its target in orbit."
    assert drop_mission_names(text, [_in_text(text, Kind.PARTY, "Mission Blue Heron")]) == []


def test_mission_control_and_a_missions_own_body_stay() -> None:
    kept = [
        _entity(Kind.PARTY, "Mission Control"),
        _entity(Kind.PARTY, "Mission of Norland to the United Nations"),
        _entity(Kind.PARTY, "Mission Kestrel", "Kestrel Agency"),
        _entity(Kind.STATE, "Mission Kestrel"),
    ]
    assert drop_mission_names("", kept) == kept


def test_mission_x_written_alone_with_no_test_beside_it_stays() -> None:
    text = "The charity Mission Tallwood said rents rose by a third, and Mission Tallwood urged ministers to act."
    kept = [_in_text(text, Kind.PARTY, "Mission Tallwood", "Mission Tallwood")]
    assert drop_mission_names(text, kept) == kept


def test_mission_before_a_state_or_a_bodys_head_stays() -> None:
    text = "Crews of Mission Canada, Mission Harbour Fellowship and Mission Bay watched the rocket launch."
    kept = [
        _in_text(text, Kind.PARTY, "Mission Canada"),
        _in_text(text, Kind.PARTY, "Mission Harbour Fellowship"),
        _in_text(text, Kind.OFFICIAL, "Mission Bay"),
    ]
    assert drop_mission_names(text, kept) == kept


def test_a_territory_named_with_a_demonym_is_no_mention_of_the_state(nlp) -> None:
    text = HEADLINE + "The rocket lifted off from French Guiana on Tuesday night, the agency said.\n"
    got = forms(extract(nlp, text))
    assert "France" not in got, got


def test_states_that_each_have_missions_are_not_tied() -> None:
    spec = {"Norland": (S, ["Norland"]), "Sudland": (S, ["Sudland"]), "Ostland": (S, ["Ostland"])}
    got = stated("Norland, Sudland and Ostland each have unmanned missions bound for the asteroid belt.", spec)
    assert not tied(got, "Norland", "Sudland", Family.DIPLOMACY), got
    got = stated("Norland and Sudland have close ties, officials said.", spec)
    assert tied(got, "Norland", "Sudland", Family.DIPLOMACY), got


def test_a_name_ending_in_a_firms_trade_is_a_body(nlp) -> None:
    text = HEADLINE + "The satellite was built by Marlowe Alenia Space, a joint venture, the agency said.\n"
    assert forms(extract(nlp, text))["Marlowe Alenia Space"][0] is Kind.PARTY
    text = HEADLINE + "The shots were made by Brenner Pharma in Belgium, Brenner Pharma said on Monday.\n"
    assert forms(extract(nlp, text))["Brenner Pharma"][0] is Kind.PARTY


def test_a_space_centre_after_a_compound_participle_is_a_place(nlp) -> None:
    text = HEADLINE + "Engineers at the state-owned Varnel Space Centre readied the booster for a launch on Friday.\n"
    assert "Varnel Space Centre" not in forms(extract(nlp, text))


def test_a_launch_or_a_club_beside_mission_x_is_no_programme() -> None:
    # a bare "launched" or "test" is no space mission's: charities and clubs launch appeals and challenges
    for text in (
        "Mission Greenway, a group of 14 cities, launched a river clean-up challenge on Monday.",
        "The food bank Mission Ardley launched a winter appeal after a hard test for local families.",
    ):
        name = " ".join(text.split("Mission ")[1].split()[:1]).rstrip(",")
        kept = [_in_text(text, Kind.PARTY, f"Mission {name}")]
        assert drop_mission_names(text, kept) == kept, text


def test_a_shared_disease_name_far_from_the_word_of_illness_stays() -> None:
    band = "Anthrax postponed two concerts in Kell after the drummer caught a cold with fever symptoms, Anthrax said."
    kept = [_in_text(band, Kind.PARTY, "Anthrax", "Anthrax")]
    assert drop_disease_names(band, kept) == kept
    squad = "SARS agents detained three students overnight, and the students later saw patients at a clinic."
    kept = [_in_text(squad, Kind.PARTY, "SARS")]
    assert drop_disease_names(squad, kept) == kept
    ill = "Health officials confirmed an outbreak of SARS in the port, and SARS patients were isolated."
    assert drop_disease_names(ill, [_in_text(ill, Kind.PARTY, "SARS", "SARS")]) == []
