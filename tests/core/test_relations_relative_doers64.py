"""'X, which is allied with Y', 'an action by X, which supports Y': a relative clause opened by 'which'/'who' right
after a name says what the name does, read as the short phrase 'X is allied with Y' would be
(core/extract/relations/between.py ``_relative_opening``; round AZ, relative clauses among the missed ties).
Entities placed by hand."""

from __future__ import annotations

from core.model import Family
from tests.core.test_relations import S, pairs, stated

SPEC = {
    "Ruritania": (S, ["Ruritania"]),
    "Freedonia": (S, ["Freedonia"]),
    "Lutavia": (S, ["Lutavia"]),
}


def test_relative_clause_after_a_name_ties_the_name():
    got = stated("Rain fell. Lutavia blamed Ruritania, which is allied with Freedonia, for the incident.", SPEC)
    assert ("Ruritania", "Freedonia", Family.ALLIANCE) in got


def test_relative_clause_on_an_object_of_by():
    got = stated("Rain fell. Lutavia called it a deliberate action by Ruritania, which supports Freedonia.", SPEC)
    assert ("Ruritania", "Freedonia", Family.ALLIANCE) in got


def test_relative_pronoun_as_object_is_no_doer():
    # 'which Freedonia attacked': the pronoun is what the clause acts on, the name after it is the doer
    got = pairs("Rain fell. Ruritania, which Freedonia attacked in May, said little.", SPEC)
    fams = got.get(frozenset(("Ruritania", "Freedonia")), set())
    assert Family.ALLIANCE not in fams


def test_comma_without_a_relative_pronoun_stays_unread():
    # 'Ruritania, Freedonia and Lutavia' is a list, no act between the names
    got = pairs("Rain fell. Ruritania, Freedonia and Lutavia met in Geneva.", SPEC)
    assert Family.HOSTILITY not in got.get(frozenset(("Ruritania", "Freedonia")), set())


def test_passive_relative_clause_acts_on_the_name():
    # 'which was seized by Freedonian pirates', 'which were intercepted east of Lutavia': done to the name
    got = pairs("Rain fell. The tanker Ruritania, which was intercepted east of Lutavia, sailed on.", SPEC)
    assert not got.get(frozenset(("Ruritania", "Lutavia")), set()) - {Family.ASSOCIATION}


def test_a_noun_inside_the_relative_clause_is_not_its_act():
    # 'which shares Western concerns about Freedonian activities': the concern is not Ruritania's act on Freedonia
    got = pairs("Rain fell. Lutavia thanked Ruritania, which shares concerns about Freedonian activities.", SPEC)
    assert Family.HOSTILITY not in got.get(frozenset(("Ruritania", "Freedonia")), set())
