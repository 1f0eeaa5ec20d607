"""Review of round AU (rev-AU, session 19): vote lists end with their phrase and need an asserted copula; an outlet
told something keeps the states that did the act or had it done to them; a columnist after a closing 'writes' or
'noted' stays a person; a capitalised 'LIC' is no courtesy title; an open military act planned or directed is
reported, not blamed. Invented sentences."""

from __future__ import annotations

import pytest

from core.model import Family, Kind
from tests.core.test_entities import by_text, extract
from tests.core.test_entities_news import HEADLINE
from tests.core.test_relations import OFF, P, S, pairs, stated

pytestmark = pytest.mark.usefixtures("rules_alone")

_SPEC = {
    "Ruritania": (S, ["Ruritania", "Ruritanian"]),
    "Vexora": (S, ["Vexora", "Vexoran"]),
    "Sylvania": (S, ["Sylvania", "Sylvanian"]),
    "Freedonia": (S, ["Freedonia", "Freedonian"]),
    "Reuters": (P, ["Reuters"]),
    "Arno Vesk": (OFF, ["Arno Vesk"]),
}


def _spec(text: str) -> dict:
    return {k: v for k, v in _SPEC.items() if any(f in text for f in v[1])}


def test_a_vote_list_ends_with_its_phrase():
    text = "Those voting against it were Ruritania and Vexora, Sylvania said."
    got = pairs(text, _spec(text))
    assert Family.ALLIANCE in got.get(frozenset(("Ruritania", "Vexora")), set())
    assert Family.ALLIANCE not in got.get(frozenset(("Ruritania", "Sylvania")), set())
    assert Family.ALLIANCE not in got.get(frozenset(("Vexora", "Sylvania")), set())


def test_a_hedged_vote_list_ties_no_one():
    text = "Those voting against it may include Ruritania, Vexora and Sylvania."
    got = pairs(text, _spec(text))
    assert not any(Family.ALLIANCE in fams for fams in got.values()), got


def test_an_outlet_told_of_an_act_reports_its_doer():
    text = "Sources told Reuters that the ship was seized by Sylvania on Monday."
    assert ("Reuters", "Sylvania", Family.REPORTING) in stated(text, _spec(text))
    text = "Officials told Reuters that Freedonia had imposed sanctions on Sylvania."
    assert ("Reuters", "Freedonia", Family.REPORTING) in stated(text, _spec(text))


def test_a_columnist_after_a_closing_noted_or_writes_stays_a_person(nlp):
    text = HEADLINE + "Ruritania will not back down on the border, noted Arno Vesk.\n"
    assert by_text(extract(nlp, text))["Arno Vesk"][0] is Kind.OFFICIAL
    text = HEADLINE + "Sanctions against Ruritania have failed, writes Tomas Bexley.\n"
    assert by_text(extract(nlp, text))["Tomas Bexley"][0] is Kind.OFFICIAL


def test_a_capitalised_lic_is_no_courtesy_title(nlp):
    text = HEADLINE + "LIC Chairman Arno Vesk said the insurer would invest more in Ruritania.\n"
    found = by_text(extract(nlp, text))
    assert found.get("LIC", (None,))[0] is Kind.PARTY, found


def test_airstrikes_planned_or_directed_are_reported_not_blamed():
    for verb in ("directed", "planned"):
        text = f"Arno Vesk said the airstrikes were {verb} by Sylvania."
        got = stated(text, _spec(text))
        assert ("Arno Vesk", "Sylvania", Family.HOSTILITY) not in got, (verb, got)
