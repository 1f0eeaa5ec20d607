"""Round AC (x-ent41): headline verbs, ships' names in capitals, misspelt names, on invented sentences."""

from __future__ import annotations

from core.extract.furniture import title_case_line_at
from core.extract.misspelt_names import _one_typo, join_misspelt
from core.model import Kind, LocalEntity, Span
from tests.core.test_entities import by_text, extract
from tests.core.test_entities_news import HEADLINE


def test_a_ship_noun_opening_a_title_case_heading_names_no_ship(nlp):
    text = (
        "Tanker Collides with Norwegian Frigate \u2014 Frigate Loses\n\n"
        "The Norwegian navy frigate, KNM Olav Berg, was returning from exercises when it hit a tanker.\n"
        "Comments on Tanker Collides with Norwegian Frigate \u2014 Frigate Loses \u2014 4 Comments\n"
    )
    found = by_text(extract(nlp, text))
    assert not any("Collides" in t or "Loses" in t for t in found)
    assert found["KNM Olav Berg"][0] is Kind.VESSEL


def test_a_title_case_line_is_found_past_its_dashes():
    text = "Tanker Collides with Norwegian Frigate \u2014 Frigate Loses\n\nThe tanker was not damaged."
    assert title_case_line_at(text, 3)
    assert not title_case_line_at(text, len(text) - 5)


def test_a_quoted_ship_name_in_capitals_keeps_its_hyphenated_word(nlp):
    text = HEADLINE + "The navy sent two boats to a fire onboard a container ship \u2018Z-LINE CORAL\u2019 on Monday.\n"
    found = by_text(extract(nlp, text))
    assert found["Z-LINE CORAL"][0] is Kind.VESSEL


def test_a_containership_is_a_ship_noun(nlp):
    text = HEADLINE + "The containership Nord-Star Amber caught fire at anchor off the port on Monday.\n"
    assert by_text(extract(nlp, text))["Nord-Star Amber"][0] is Kind.VESSEL


def test_a_name_in_capitals_before_an_apposed_ship_noun_is_a_ship(nlp):
    text = HEADLINE + "It is the sister ship to KELSO BRIGHT, an oil tanker hijacked by pirates in November.\n"
    assert by_text(extract(nlp, text))["KELSO BRIGHT"][0] is Kind.VESSEL


def test_one_word_in_capitals_before_an_apposed_ship_noun_stays_unread(nlp):
    text = HEADLINE + "The deal was signed with ADMOR, a tanker operator based in the port.\n"
    found = by_text(extract(nlp, text))
    assert found.get("ADMOR", (Kind.PARTY,))[0] is not Kind.VESSEL


def test_one_typo_is_a_single_letter_not_an_ending():
    assert _one_typo("Ingstad", "Instad") and _one_typo("Grieve", "Greive") and _one_typo("Ingstad", "Ingtsad")
    assert not _one_typo("Petrov", "Petrova") and not _one_typo("Jansen", "Jansens")
    assert not _one_typo("Lee", "Lea") and not _one_typo("Ingstad", "Angstad") and not _one_typo("Kim", "Kim")
    # four letters: two people as often as a slip
    assert not _one_typo("Yang", "Yong") and not _one_typo("Raab", "Rabb")


def _entity(name: str, kind: Kind, *forms: tuple[int, str]) -> LocalEntity:
    return LocalEntity(name=name, kind=kind, mentions=[Span(a, a + len(t), t) for a, t in forms])


def test_a_name_misspelt_once_joins_the_entity_it_misspells():
    ship = _entity("Olav Bergstad", Kind.VESSEL, (0, "KNM Olav Bergstad"), (90, "Olav Bergstad"))
    typo = _entity("Olav Bergsad", Kind.VESSEL, (40, "KNM Olav Bergsad"))
    person = _entity("Dominic Greive", Kind.OFFICIAL, (120, "Dominic Greive"))
    surname = _entity("Grieve", Kind.OFFICIAL, (160, "Grieve"), (190, "Grieve"))
    out = join_misspelt([ship, typo, person, surname])
    assert [e.name for e in out] == ["Olav Bergstad", "Dominic Grieve"]
    assert [m.start for m in out[0].mentions] == [0, 40, 90]
    assert [m.start for m in out[1].mentions] == [120, 160, 190]


def test_two_people_whose_names_differ_at_the_end_stay_apart():
    a = _entity("Ivan Petrov", Kind.OFFICIAL, (0, "Ivan Petrov"))
    b = _entity("Anna Petrova", Kind.OFFICIAL, (30, "Anna Petrova"))
    c = _entity("Petrova", Kind.OFFICIAL, (60, "Petrova"))
    assert len(join_misspelt([a, b, c])) == 3


def test_two_names_written_once_each_stay_apart():
    # review of round AC: 'Egyptian President Hassan met the envoy ... Israeli negotiator Ronen Hasson said': nothing
    # says which is the slip, and most often they are two people
    a = _entity("Hassan", Kind.OFFICIAL, (0, "Hassan"))
    b = _entity("Ronen Hasson", Kind.OFFICIAL, (60, "Ronen Hasson"))
    assert len(join_misspelt([a, b])) == 2


def test_a_short_given_name_one_letter_apart_is_another_person(nlp):
    text = HEADLINE + (
        "Senior Chinese leader Wang Yang met the envoy on Monday. Wang Yang called for calm. Later, State Councilor "
        "Wang Yong toured the port.\n"
    )
    found = by_text(extract(nlp, text))
    yong = [name for text, (_, name) in found.items() if "Wang Yong" in text]
    assert yong and "Wang Yang" not in yong[0]


def test_a_demonym_before_duma_names_the_state_duma(nlp):
    text = HEADLINE + "Speaking to the Russian Duma, or parliament, the president said the treaty was over.\n"
    assert by_text(extract(nlp, text))["Russian Duma"][1] == "State Duma"


def test_a_ship_named_in_a_title_case_heading_stays_a_ship(nlp):
    # review of round AC: only a one-word verb after the heading's ship noun is dropped
    text = (
        "Tanker Stena Tulip to Be Released by Freedonia\n\n"
        "Freedonia said on Monday it would release the British-flagged vessel it seized in July.\n"
    )
    assert by_text(extract(nlp, text))["Stena Tulip"][0] is Kind.VESSEL
