"""Clauses and verbs seen on new stories (round T): a passive verb done to what someone owns reads as its active form
("Y's appeal was rejected by X" as 'X rejected Y's appeal'), and a hostile reaction named with 'by' ('the move
triggered protests by Y') as with 'from'."""

from __future__ import annotations

from core.model import Family
from tests.core.test_relations import OFF, P, S, stated

SPEC = {
    "Freedonia": (S, ["Freedonia", "Freedonian"]),
    "Sylvania": (S, ["Sylvania", "Sylvanian"]),
    "Lin Bao": (OFF, ["Lin Bao"]),
    "Acme": (P, ["Acme"]),
    "Grand Council": (P, ["Grand Council"]),
}


def test_a_passive_done_to_what_someone_owns():
    got = stated("Acme's appeal was rejected by the Grand Council in April.", SPEC)
    assert ("Grand Council", "Acme", Family.HOSTILITY) in got
    got = stated("Sylvania's ambassador was summoned by Freedonia on Monday.", SPEC)
    assert ("Freedonia", "Sylvania", Family.DIPLOMACY) in got
    got = stated("The deployment of the Acme forces to the area will be supported by Freedonia.", SPEC)
    assert ("Freedonia", "Acme", Family.ALLIANCE) in got


def test_a_passive_with_no_doer_or_a_stance_owns_nothing():
    got = stated("Acme's appeal was rejected in April.", SPEC)
    assert not any(f is Family.HOSTILITY for _, _, f in got)
    got = stated("Acme's appeal was rejected by the Grand Council.", SPEC)
    assert ("Acme", "Grand Council", Family.HOSTILITY) not in got
    got = stated("The contract was signed as soon as the Grand Council's injunction was dismissed by Acme.", SPEC)
    assert not any(f is Family.LEADERSHIP for _, _, f in got)


def test_a_reaction_by_someone():
    got = stated("The decision of the Grand Council triggered protests by Sylvania.", SPEC)
    assert ("Sylvania", "Grand Council", Family.HOSTILITY) in got
    got = stated("The seizure of the ship by Freedonia sparked condemnation from Sylvania.", SPEC)
    assert ("Sylvania", "Freedonia", Family.HOSTILITY) in got
    got = stated("The decision of the Grand Council triggered celebrations by Sylvania.", SPEC)
    assert ("Sylvania", "Grand Council", Family.HOSTILITY) not in got


def test_sides_at_odds():
    for text in (
        "Freedonia has been at odds with Sylvania for years over the dam.",
        "Freedonia, which criticised the deal and has been at odds with Sylvania for years, said so.",
    ):
        assert ("Freedonia", "Sylvania", Family.HOSTILITY) in stated(text, SPEC), text
