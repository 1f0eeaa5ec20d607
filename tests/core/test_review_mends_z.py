"""The lead's mends after the read-only review of round Z (session 12); each test fails without its mend."""

from __future__ import annotations

from core.model import Family
from tests.core.test_relations import OFF, P, S, run, stated

SPEC = {
    "Freedonia": (S, ["Freedonia", "Freedonian"]),
    "Sylvania": (S, ["Sylvania", "Sylvanian"]),
    "Red Front": (P, ["Red Front", "RF"]),
    "Blue Front": (P, ["Blue Front", "BF"]),
    "Green Front": (P, ["Green Front", "GF"]),
    "Gold Front": (P, ["Gold Front"]),
    "Acme Bank": (P, ["Acme Bank"]),
    "Lin Bao": (OFF, ["Lin Bao"]),
    "Tom Ng": (OFF, ["Tom Ng"]),
}
_FRONTS = ["Red Front", "Blue Front", "Green Front", "Gold Front"]


def test_a_relative_clause_on_one_listed_name_is_not_copied_to_the_list():
    got = stated(
        "Red Front (RF), Blue Front (BF), Green Front (GF) and Gold Front, which Freedonia owns, were sanctioned by "
        "Sylvania.",
        SPEC,
    )
    for body in _FRONTS:
        assert ("Sylvania", body, Family.ENFORCEMENT) in got, body  # the act on the list still reaches all
    for body in _FRONTS[:3]:
        assert (body, "Freedonia", Family.MEMBERSHIP) not in got, body


def test_a_participle_on_one_listed_name_is_not_copied_to_the_list():
    got = stated(
        "Red Front (RF), Blue Front (BF), Green Front (GF) and Gold Front, owned by Freedonia, were sanctioned by "
        "Sylvania.",
        SPEC,
    )
    for body in _FRONTS[:3]:
        assert (body, "Freedonia", Family.MEMBERSHIP) not in got, body


def test_a_condemning_word_the_subject_fights_or_exposes_is_not_its_conduct():
    for text in (
        '"Freedonia has stopped the intimidation of voters," Lin Bao said.',
        "Lin Bao said Freedonia had documented the brutality of the rebels.",
        "Lin Bao said Tom Ng has worked to end repression.",
    ):
        got = stated(text, SPEC)
        assert not any(f is Family.HOSTILITY for _, _, f in got), text
    got = stated('"The regime in Freedonia has displayed disregard for human rights," Lin Bao said.', SPEC)
    assert ("Lin Bao", "Freedonia", Family.HOSTILITY) in got


def test_taking_a_name_off_a_list_is_enforcement_only_on_a_list_of_sanctions_or_terror():
    for text in (
        "Freedonia removed Red Front from the list of candidates.",
        "Freedonia dropped Red Front from its list of partners.",
        "Freedonia cancelled the listing of Acme Bank on its stock exchange.",
    ):
        assert not any(f is Family.ENFORCEMENT for *_, f in stated(text, SPEC)), text
    got = stated("Freedonia removed Red Front from its list of terrorist organisations.", SPEC)
    assert ("Freedonia", "Red Front", Family.ENFORCEMENT) in got
    got = stated("Sylvania revoked the designation of Red Front as a foreign terrorist organisation.", SPEC)
    assert ("Sylvania", "Red Front", Family.ENFORCEMENT) in got


def test_a_hug_is_said_hugged():
    ents, rels = run("Lin Bao and Tom Ng hugged.", SPEC)
    assert [(ents[r.source].name, ents[r.target].name, r.type) for r in rels if r.family is Family.DIPLOMACY] == [
        ("Lin Bao", "Tom Ng", "hugged")
    ]
