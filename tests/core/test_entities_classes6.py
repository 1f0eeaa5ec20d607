"""Entity rules of round x-ent6: owned and seated foreign ministries, group and carrier words, place nouns after a
name, two names joined by "and", a bloc's seat city, and cross-document names spelled without spaces or kinds.

Every sentence here is invented for its rule; the measure of quality is bench/real (real articles, scored).
"""

from __future__ import annotations

import pytest

from core.model import DocExtraction, Kind, LocalEntity, Span
from core.resolve import resolve
from tests.core.test_entities import extract

HEADLINE = "Envoy recalled after a week of protests\n\n"


def names(nlp, text: str) -> dict[str, Kind]:
    return {e.name: e.kind for e in extract(nlp, HEADLINE + text)}


@pytest.mark.parametrize(
    ("text", "ministry"),
    [
        ("On Monday Norway's foreign ministry summoned the envoy of Chile.", "Ministry of Foreign Affairs of Norway"),
        ("On Monday Norway\u2019s foreign ministry summoned the envoy.", "Ministry of Foreign Affairs of Norway"),
        ("The foreign ministry in Oslo said on Monday that it had summoned the envoy.",
         "Ministry of Foreign Affairs of Norway"),
        ("A Chilean Foreign Office spokesman said the envoy had been summoned.",
         "Ministry of Foreign Affairs of Chile"),
    ],
)
def test_a_foreign_ministry_takes_its_owner_or_its_seat(nlp, text, ministry):
    found = names(nlp, text)
    assert found.get(ministry) is Kind.PARTY, found
    assert "Ministry of Foreign Affairs" not in found


def test_a_bare_foreign_office_stays_as_written(nlp):
    found = names(nlp, "Mr Dalton summoned the Chilean ambassador to the Foreign Office in London on Tuesday.")
    assert "Ministry of Foreign Affairs of Chile" not in found


@pytest.mark.parametrize(
    "text",
    [
        "Drones struck the Harakat Bilal group's headquarters near the border, officials said.",
        "The ministry said the strike targeted \u201cseparatist group\u201d Harakat Bilal on Tuesday.",
    ],
)
def test_a_group_word_around_a_name_makes_it_a_body(nlp, text):
    found = names(nlp, text)
    assert found.get("Harakat Bilal") is Kind.PARTY, found


@pytest.mark.parametrize("text", ["The tanker was held near Tavolara island for two days.",
                                  "The tanker was taken to the Porto Vesme port on Sunday."])
def test_a_place_noun_after_a_name_is_no_person(nlp, text):
    assert not [k for k in names(nlp, text).values() if k is Kind.OFFICIAL]


def test_two_acronyms_joined_by_and_are_two_bodies(nlp):
    found = names(nlp, "Patrols of KFOR & EUMAR were seen near the bridge on Monday, the mayor said.")
    assert "KFOR & EUMAR" not in found
    assert {"KFOR", "EUMAR"} <= set(found), found


def test_the_bloc_seat_stands_for_the_bloc_but_not_as_a_place(nlp):
    assert names(nlp, "The Brussels decision angered Minsk, the ministry said.").get("European Union") is Kind.PARTY
    found = names(nlp, "The ministers met in Brussels on Monday to discuss the sanctions.")
    assert "European Union" not in found and "Belgium" not in found


def local(name: str, kind: Kind, n: int = 1) -> LocalEntity:
    return LocalEntity(name=name, kind=kind, mentions=[Span(i * 10, i * 10 + len(name), name) for i in range(n)])


def test_names_spelled_with_and_without_a_hyphen_join_across_documents():
    resolved = resolve([(1, DocExtraction(entities=[local("Hamid Nour-Abadi", Kind.OFFICIAL)])),
                        (2, DocExtraction(entities=[local("Hamid Nourabadi", Kind.OFFICIAL)]))])
    assert len(resolved) == 1


def test_one_long_name_given_two_kinds_is_one_thing_of_the_voted_kind():
    resolved = resolve([(1, DocExtraction(entities=[local("Liwa Sahel", Kind.PARTY, 2)])),
                        (2, DocExtraction(entities=[local("Liwa Sahel", Kind.PARTY)])),
                        (3, DocExtraction(entities=[local("Liwa Sahel", Kind.OFFICIAL)]))])
    assert [(r.name, r.kind) for r in resolved] == [("Liwa Sahel", Kind.PARTY)]


def test_one_word_names_of_two_kinds_stay_apart():
    resolved = resolve([(1, DocExtraction(entities=[local("Jordan", Kind.STATE)])),
                        (2, DocExtraction(entities=[local("Jordan", Kind.OFFICIAL)]))])
    assert len(resolved) == 2
