"""'X, which is allied with Y', 'an action by X, which supports Y': a relative clause opened by 'which'/'who' right
after a name says what the name does, read as the short phrase 'X is allied with Y' would be
(core/extract/relations/between.py ``_relative_opening``; round AZ, relative clauses among the missed ties).
Entities placed by hand."""

from __future__ import annotations

from core.extract.relations.between import _relative_opening
from core.model import Family
from tests.core.test_relations import S, pairs, stated

SPEC = {
    "Ruritania": (S, ["Ruritania"]),
    "Freedonia": (S, ["Freedonia", "Freedonian"]),
    "Lutavia": (S, ["Lutavia"]),
}


def test_relative_clause_after_a_name_ties_the_name():
    got = stated("Rain fell. Lutavia blamed Ruritania, which is allied with Freedonia, for the incident.", SPEC)
    assert ("Ruritania", "Freedonia", Family.ALLIANCE) in got


def test_relative_clause_on_an_object_of_by():
    # (round AZ review item 6: 'which supports Freedonia' was tied by another path too; 'is allied with' only here)
    got = stated("Rain fell. Lutavia called it a deliberate action by Ruritania, which is allied with Freedonia.", SPEC)
    assert ("Ruritania", "Freedonia", Family.ALLIANCE) in got


def test_relative_pronoun_as_object_is_no_doer(nlp):
    # 'which the rebels attacked with Freedonian drones': the pronoun is what the clause acts on, no doer's subject
    # (read on the parse: the end-to-end tie is also refused by the subject inside the gap)
    doc = nlp("Rain fell. Ruritania, which the rebels attacked with Freedonian drones, said little.")
    name = next(t for t in doc if t.text == "Ruritania")
    gap = list(doc[name.i + 1 : next(t for t in doc if t.text == "Freedonian").i])
    assert _relative_opening(gap, name.i, name.i) is None
    doc = nlp("Rain fell. Ruritania, which is allied with Freedonia, said little.")
    name = next(t for t in doc if t.text == "Ruritania")
    gap = list(doc[name.i + 1 : next(t for t in doc if t.text == "Freedonia").i])
    assert _relative_opening(gap, name.i, name.i) is not None


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


def test_a_clause_verb_acting_on_a_noun_the_name_hangs_from_ties_no_one():
    # round AZ review item 1: the clause's verb must act on the next name (or what it owns), not on 'sanctions' or
    # 'refugees' it governs
    for text in (
        "Rain fell. Ruritania, which opposes new sanctions on Freedonia, blocked the package.",
        "Rain fell. Ruritania, which hosts millions of refugees from Freedonia, called for calm.",
    ):
        assert not pairs(text, SPEC).get(frozenset(("Ruritania", "Freedonia")), set()) - {Family.ASSOCIATION}, text


def test_a_clause_verb_acting_on_what_the_next_name_owns_still_ties():
    got = stated("Rain fell. Lutavia blamed Ruritania, which is allied with Freedonia's rebels, for it.", SPEC)
    assert ("Ruritania", "Freedonia", Family.ALLIANCE) in got


def test_a_passive_relative_clause_states_only_a_tie_the_same_both_ways():
    # 'which was attacked with Freedonian drones': Ruritania is the one attacked, no attacker
    got = pairs("Rain fell. Ruritania, which was attacked with Freedonian drones, said little.", SPEC)
    assert Family.HOSTILITY not in got.get(frozenset(("Ruritania", "Freedonia")), set())
