"""Mends from blind58's first run (round BB): each case below came out wrong there, written here on invented
sentences and names."""

from __future__ import annotations

from core.extract import extract_text
from core.extract.clean import clean
from core.extract.furniture import furniture_ranges
from core.model import Family, Kind
from tests.core.test_entities import by_name, by_text, extract
from tests.core.test_relations import OFF, P, S, stated

VX = {"Vexland": (S, ["Vexland"]), "Norland": (S, ["Norland"])}


# -- entities ------------------------------------------------------------------------------------------------------


def test_a_non_breaking_hyphen_reads_as_a_hyphen_and_keeps_the_text_as_written():
    text = "The Maritime Self\u2011Defense Force sailed."
    cleaned = clean(text)
    assert cleaned.text == "The Maritime Self-Defense Force sailed." and cleaned.original == text
    assert cleaned.span(4, 35) == (4, 35)


def test_a_trade_label_for_an_unnamed_hacking_group_is_a_body():
    text = "The campaign, codenamed \u201cStorm\u20110042,\u201d targeted Vexland. Analysts said Storm 0042 was active."
    found = {e.name: (e.kind, [m.text for m in e.mentions]) for e in extract_text(text).entities}
    group = next((v for k, v in found.items() if k.startswith("Storm")), None)
    assert group is not None and group[0] is Kind.PARTY, found
    assert set(group[1]) == {"Storm\u20110042", "Storm 0042"}, found


def test_a_storm_with_a_year_is_no_hacking_group(nlp):
    found = by_text(extract(nlp, "The Great Storm 1987 flattened forests across the south of Vexland."))
    assert "Storm 1987" not in found, found


def test_editors_initials_and_agencies_closing_a_story_are_furniture():
    text = (
        "Vexland and Norland restore ties\nVexland and Norland restored full diplomatic ties on Monday, officials "
        "said.\nThe two states will exchange ambassadors, the foreign ministry in Vexland said in a statement.\n"
        "ab/cd (AFP, Reuters)"
    )
    assert [text[a:b].strip() for a, b in furniture_ranges(text)] == ["ab/cd (AFP, Reuters)"]


def test_agencies_named_inside_a_sentence_are_no_furniture():
    text = "Vexland and Norland restored ties on Monday.\nThe talks were reported by Reuters (and others) first.\n"
    assert all("Reuters" not in text[a:b] for a, b in furniture_ranges(text))


def test_well_known_intelligence_services_named_by_short_names(nlp):
    text = "The government blamed Norland's military intelligence service, the GRU. The warning came from MI5 first."
    found = by_text(extract(nlp, text))
    assert found.get("GRU", (None,))[0] is Kind.PARTY and found.get("MI5", (None,))[0] is Kind.PARTY, found


def test_a_known_bodys_plain_name_joins_it_when_the_text_names_it(nlp):
    text = (
        "MI5 issued a rare alert to MPs yesterday, warning that an agent of Vexland had infiltrated parliament. "
        "The Security Service named Jane Roe, a solicitor with links to politicians, as the agent."
    )
    found = by_name(extract(nlp, text))
    assert set(found["MI5"][1]) == {"MI5", "Security Service"}, found


def test_a_plain_service_name_alone_joins_no_known_body(nlp):
    text = "Currently, the captured Vexlandic citizens are held by the Security Service, the president said."
    found = by_text(extract(nlp, text))
    assert found.get("Security Service", (None, None))[1] != "MI5", found


def test_a_known_body_with_a_second_of_the_is_named_whole(nlp):
    text = "Vexland's Federal Office for the Protection of the Constitution (BfV) is seeking more powers."
    found = by_name(extract(nlp, text))
    assert "Federal Office for the Protection of the Constitution" in found, found


def test_a_portfolio_before_ministry_is_a_body_not_a_person(nlp):
    text = "The Home Affairs ministry has rejected the application of billionaire Jane Roe on Monday."
    found = by_text(extract(nlp, text))
    assert found["Home Affairs"][0] is Kind.PARTY and found["Jane Roe"][0] is Kind.OFFICIAL, found


def test_a_person_before_a_lower_case_noun_stays_a_person(nlp):
    text = "Jane Roe met the press on Monday. The Jane Roe campaign raised funds."
    found = by_text(extract(nlp, text))
    assert found["Jane Roe"][0] is Kind.OFFICIAL, found


# -- families ------------------------------------------------------------------------------------------------------


def test_a_state_nominating_its_ambassador_makes_him_its_member():
    spec = {**VX, "John Doe": (OFF, ["John Doe"])}
    got = stated("Vexland nominated John Doe to become its ambassador in Norland.", spec)
    assert ("Vexland", "John Doe", Family.MEMBERSHIP) in got, got
    assert not any(f is Family.LEADERSHIP for *_, f in got), got


def test_a_state_appointing_its_envoy_as_such_makes_him_its_member():
    spec = {**VX, "John Doe": (OFF, ["John Doe"])}
    got = stated("Vexland appointed John Doe as its envoy on Monday.", spec)
    assert ("Vexland", "John Doe", Family.MEMBERSHIP) in got, got


def test_appointing_an_ambassador_to_a_state_is_diplomacy_with_it():
    got = stated("Vexland decided to appoint an ambassador to Norland on Monday.", VX)
    assert ("Vexland", "Norland", Family.DIPLOMACY) in got, got


def test_appointing_a_minister_stays_leadership():
    spec = {"Jane Roe": (OFF, ["Jane Roe"]), "John Doe": (OFF, ["John Doe"])}
    got = stated("President Jane Roe appointed John Doe as defence minister on Monday.", spec)
    assert not any(f is Family.MEMBERSHIP for s, t, f in got if {s, t} == {"Jane Roe", "John Doe"}), got


def test_ordered_sanctions_on_a_named_service_parsed_as_a_second_object_are_enforcement():
    spec = {"Jane Roe": (OFF, ["Jane Roe"]), "Vexland": (S, ["Vexlandic"]), "KRB": (P, ["KRB"])}
    got = stated("Jane Roe ordered sanctions against two Vexlandic intelligence services, the KRB military "
                 "intelligence agency and its sister service.", spec)
    assert ("Jane Roe", "KRB", Family.ENFORCEMENT) in got and ("Jane Roe", "KRB", Family.HOSTILITY) not in got, got


def test_ordered_sanctions_on_a_state_stay_hostility():
    spec = {"Jane Roe": (OFF, ["Jane Roe"]), **VX}
    got = stated("Jane Roe ordered sanctions against Norland on Monday.", spec)
    assert ("Jane Roe", "Norland", Family.ENFORCEMENT) not in got, got
