"""An outlet's report closing a sentence reports on every person the sentence names (round AV)."""

from __future__ import annotations

from core.model import Family
from tests.core.test_relations import OFF, P, S, stated

_SPEC = {
    "Ruritania": (S, ["Ruritania", "Ruritanian"]),
    "Freedonia": (S, ["Freedonia", "Freedonian"]),
    "Reuters": (P, ["Reuters"]),
    "Daily Clarion": (P, ["Daily Clarion"]),
    "Anton Reles": (OFF, ["Anton Reles"]),
    "Osmo Varga": (OFF, ["Osmo Varga"]),
}


def test_a_closing_report_covers_every_named_party():
    got = stated(
        "Anton Reles said he had ordered the ministry to expel ten envoys, including those from Ruritania and "
        "Freedonia, over their appeal for the release of activist Osmo Varga, Reuters reported.",
        _SPEC,
    )
    assert ("Reuters", "Osmo Varga", Family.REPORTING) in got, got


def test_a_closing_report_with_the_outlet_after_the_verb():
    text = "Ruritania's Foreign Secretary Anton Reles summoned the Freedonian envoy, reported Daily Clarion."
    got = stated(text, _SPEC)
    assert ("Daily Clarion", "Anton Reles", Family.REPORTING) in got, got


def test_a_closing_report_leaves_states_named_in_passing():
    got = stated("Anton Reles signed a deal to export Freedonian grain, Reuters reported.", _SPEC)
    assert ("Reuters", "Freedonia", Family.REPORTING) not in got, got


def test_a_closing_report_after_the_verb_covers_a_person_neither_subject_nor_object():
    text = "Freedonia expelled two envoys after talks with Osmo Varga collapsed, reported Daily Clarion."
    got = stated(text, _SPEC)
    assert ("Daily Clarion", "Osmo Varga", Family.REPORTING) in got, got


def test_a_closing_report_leaves_people_named_in_passing():
    for text in (
        "Anton Reles, who met Osmo Varga last week, said Freedonia would expel two diplomats, Reuters reported.",
        "The Liberal Party, founded by Osmo Varga in 1990, said Freedonia would expel two diplomats, Reuters reported.",
        "Anton Reles, the successor of Osmo Varga, said Freedonia would expel two diplomats, Reuters reported.",
    ):
        got = stated(text, {**_SPEC, "Liberal Party": (P, ["Liberal Party"])})
        assert ("Reuters", "Osmo Varga", Family.REPORTING) not in got, (text, got)
