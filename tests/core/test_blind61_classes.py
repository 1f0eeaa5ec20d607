"""Classes of blind set 61 (issue #11, x-b61-73): asylum and refuge (granting backs the person, fleeing to a state
or taking refuge in it deals with the host, neither is a defection), organs of large bodies as general knowledge,
'Chief Observer' as a title, a writer's byline run into the page's date stamp; on invented sentences."""

from __future__ import annotations

from core.extract.furniture import furniture_ranges
from core.model import Family, Kind
from tests.core.test_entities import by_name, by_text, extract
from tests.core.test_relations_apposed_posts50 import _read


def _fams(got: set, a: str, b: str) -> set[Family]:
    return {f for x, y, f in got if {x, y} == {a, b}}


def test_granting_asylum_backs_the_person(nlp):
    got = _read(nlp, "Mexico granted political asylum to Telmo Varga on Monday.")
    assert _fams(got, "Mexico", "Telmo Varga") == {Family.ALLIANCE}, got


def test_taking_refuge_in_a_state_deals_with_the_host(nlp):
    got = _read(nlp, "Mr. Varga has taken refuge in Belarus since April after the uprising.")
    assert _fams(got, "Belarus", "Varga") == {Family.DIPLOMACY}, got
    got = _read(nlp, "Telmo Varga fled to Australia in May, where he applied for protection.")
    assert _fams(got, "Australia", "Telmo Varga") == {Family.DIPLOMACY}, got


def test_fleeing_a_state_stays_a_defection(nlp):
    # negative: 'fled Belarus' (no 'to') leaves a side, as the gold reads it
    got = _read(nlp, "Telmo Varga said he was in Kyiv after fleeing Belarus last year.")
    assert Family.DIPLOMACY not in _fams(got, "Telmo Varga", "Belarus"), got


def test_fleeing_to_a_state_named_a_defection_stays_one(nlp):
    # negative: the sentence calls the flight a defection
    text = "In a notable defection, Telmo Varga, a senior Ruritanian diplomat, has fled to South Korea with his family."
    got = _read(nlp, text)
    assert Family.DIPLOMACY not in _fams(got, "Telmo Varga", "South Korea"), got


def test_organs_of_the_council_of_europe_are_one_body(nlp):
    text = "Jan Ostrow, PACE (Parliamentary Assembly of the Council of Europe) head of the delegation, spoke."
    names = by_name(extract(nlp, text))
    assert names.get("Parliamentary Assembly of the Council of Europe", (None,))[0] is Kind.PARTY, names
    assert "Parliamentary Assembly" not in names and "Council of Europe" not in names, names


def test_the_council_of_europe_alone_stays(nlp):
    names = by_name(extract(nlp, "The Council of Europe criticised the ruling on Monday."))
    assert "Council of Europe" in names, names


def test_central_american_integration_system_is_not_cut(nlp):
    text = "He was named secretary general of the Central American Integration System (SICA) on Monday."
    found = by_text(extract(nlp, text))
    assert found.get("Central American Integration System", (None,))[0] is Kind.PARTY, found
    assert "Integration System" not in found, found


def test_chief_observer_is_a_title(nlp):
    found = by_text(extract(nlp, "Namely, the areas that Chief Observer Varga pointed out include the voter roll."))
    assert "Chief Observer" not in found and "Observer" not in found, found
    assert found.get("Varga", (None,))[0] is Kind.OFFICIAL, found


def test_a_byline_run_into_the_date_stamp_is_furniture():
    text = "Observers praise the vote\n\nJana Tellor Published May 29, 2023 | 06:00 PM\n\nPeru and Chile met.\n"
    assert [text[a:b] for a, b in furniture_ranges(text)][:1] == ["Jana Tellor Published May 29, 2023 | 06:00 PM"]


def test_a_sentence_with_published_is_not_furniture():
    # negative: prose where 'Published' follows a name but no date stamp comes after it
    text = "Peru and Chile met.\nThe Daily Review Published an interview with the minister.\n"
    assert not [text[a:b] for a, b in furniture_ranges(text) if "Published" in text[a:b]]
