"""Fishing vessels' names of blind39's first run (issue #11, round AI), on invented sentences: a "No." and its
number in the name, "Maru" names, acronym-and-number names, hull codes, squid jiggers, a short form of a longer
name, and one ship under several forms across articles."""

from __future__ import annotations

from core.extract.hulls import ship_core
from core.model import DocExtraction, Kind, LocalEntity, Span
from core.resolve import resolve
from tests.core.test_entities import by_name, by_text, extract
from tests.core.test_entities_news import HEADLINE


def test_a_no_and_its_number_end_a_ships_name(nlp):
    text = HEADLINE + "A sailor on board the fishing boat Tai Lung Pao No. 17 died in the incident.\n"
    found = by_text(extract(nlp, text))
    assert found["Tai Lung Pao No. 17"][0] is Kind.VESSEL
    assert "Tai Lung Pao No" not in found


def test_a_named_and_numbered_fishing_trawler(nlp):
    text = HEADLINE + "The Sorin Kaze 35 fishing trawler, detained by border guards, was released on Monday.\n"
    found = by_text(extract(nlp, text))
    assert found["Sorin Kaze 35"][0] is Kind.VESSEL


def test_a_maru_name_with_its_number_written_before_it(nlp):
    text = HEADLINE + "The No. 58 Kotobuki Maru, which belongs to a trawl cooperative, was seized on Monday.\n"
    found = by_text(extract(nlp, text))
    assert found["No. 58 Kotobuki Maru"][0] is Kind.VESSEL


def test_a_maru_name_alone_is_a_ship(nlp):
    text = HEADLINE + "Border guards boarded the Kotobuki Maru near the islands on Monday.\n"
    found = by_text(extract(nlp, text))
    assert found["Kotobuki Maru"][0] is Kind.VESSEL


def test_acronyms_and_a_number_before_a_ships_noun_name_the_ship(nlp):
    text = HEADLINE + "Officials said the KRAB ZPM 4021 vessel first spotted four foreign boats off the coast.\n"
    found = by_text(extract(nlp, text))
    assert found["KRAB ZPM 4021"][0] is Kind.VESSEL


def test_a_hull_code_before_a_name_after_a_coast_guard(nlp):
    text = HEADLINE + "The crew of the Coast Guard PX-12 Orlando class patrol vessel fired warning shots.\n"
    found = by_text(extract(nlp, text))
    assert found["PX-12 Orlando"][0] is Kind.VESSEL


def test_a_hull_code_of_an_aircraft_is_no_ship(nlp):
    text = HEADLINE + "Two F-16 Fighting Falcon jets flew over the strait on Monday.\n"
    found = by_text(extract(nlp, text))
    assert found.get("F-16 Fighting", (None,))[0] is not Kind.VESSEL
    assert found.get("F-16 Fighting Falcon", (None,))[0] is not Kind.VESSEL


def test_a_squid_jigger_named_with_a_number(nlp):
    text = HEADLINE + "The patrol ship encountered the squid jigger Hai Lun 311 fishing in the zone.\n"
    found = by_text(extract(nlp, text))
    assert found["Hai Lun 311"][0] is Kind.VESSEL


def test_a_one_word_short_form_of_a_longer_ship_name_is_that_ship(nlp):
    text = (
        HEADLINE + "The Portvale-based Marten Dirk Bos was seized on Wednesday. The operator said its scallop vessel "
        "Marten was boarded by the authorities. Campaigners said the Marten Dirk Bos was very large.\n"
    )
    ships = {n: m for n, (k, m) in by_name(extract(nlp, text)).items() if k is Kind.VESSEL}
    assert list(ships) == ["Marten Dirk Bos"]
    assert "Marten" in ships["Marten Dirk Bos"]


def test_ship_core_drops_the_marks_around_a_ships_name():
    def core(name: str) -> str:
        return ship_core(name)[0]

    assert core("No. 58 Kotobuki Maru") == core("Kotobuki Maru 58") == core("Kotobuki Maru No. 58") != ""
    assert core("PNA Orlando") == core("PX-12 Orlando") == core("Orlando")
    assert core("KRAB ZPM 4021") == ""
    assert core("Kotobuki Maru 58") != core("Kotobuki Maru 59")
    assert core("Ocean Star") != core("Star Ocean")  # review of round AI: the order of the words is the name's


def test_different_ships_stay_apart():
    """Review of round AI: two hull codes, two numbers, two orders of words, or two ships of one article."""
    assert len(resolve([(1, _ship("No. 1 Kotobuki Maru")), (2, _ship("No. 2 Kotobuki Maru"))])) == 2
    assert len(resolve([(1, _ship("Ocean Star")), (2, _ship("Star Ocean"))])) == 2
    assert len(resolve([(1, _ship("PX-12 Orlando")), (2, _ship("PX-14 Orlando"))])) == 2
    two = DocExtraction(
        entities=[
            LocalEntity(name="PX-12 Orlando", kind=Kind.VESSEL, mentions=[Span(0, 13, "PX-12 Orlando")]),
            LocalEntity(name="PNA Orlando", kind=Kind.VESSEL, mentions=[Span(20, 31, "PNA Orlando")]),
        ]
    )
    assert len(resolve([(1, two)])) == 2


def _ship(name: str) -> DocExtraction:
    return DocExtraction(entities=[LocalEntity(name=name, kind=Kind.VESSEL, mentions=[Span(0, len(name), name)])])


def test_one_ship_under_two_forms_in_two_articles_is_one_entity():
    resolved = resolve([(1, _ship("No. 58 Kotobuki Maru")), (2, _ship("Kotobuki Maru 58"))])
    assert len(resolved) == 1
    resolved = resolve([(1, _ship("PNA Orlando")), (2, _ship("PX-12 Orlando"))])
    assert len(resolved) == 1
