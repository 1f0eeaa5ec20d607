"""Review mends of round AP: the airspace's owner closes it only when no one else is said to; only a state bans
flights; 'brought up the case against' files nothing; a state's security is no money; a hedged or conditional
announcement reports no event; a passive done to 'it' still names its doer; a firm counted by a number is no aircraft
maker."""

from __future__ import annotations

from core.model import Family, Kind
from tests.core.test_entities import by_text, extract
from tests.core.test_relations import OFF, P, S, pairs, stated

_SPEC = {
    "Ruritania": (S, ["Ruritania", "Ruritanian"]),
    "Freedonia": (S, ["Freedonia", "Freedonian"]),
    "Sylvania": (S, ["Sylvania", "Sylvanian"]),
    "Vexora Air": (P, ["Vexora Air"]),
    "Bank of Ruritania": (P, ["Bank of Ruritania"]),
    "Anton Reles": (OFF, ["Anton Reles", "Reles"]),
    "Boris Hale": (OFF, ["Boris Hale", "Hale"]),
}


def test_the_skys_owner_is_no_closer_beside_the_one_closing_it():
    got = stated("Ruritania closed Sylvanian airspace to Freedonian aircraft.", _SPEC)
    assert ("Sylvania", "Freedonia", Family.HOSTILITY) not in got, got
    assert ("Ruritania", "Freedonia", Family.HOSTILITY) in got, got


def test_an_airline_barring_its_own_flights_takes_no_measure():
    got = stated("Vexora Air halted flights to Freedonia and Sylvania.", _SPEC)
    assert ("Vexora Air", "Sylvania", Family.HOSTILITY) not in got, got
    got = stated("Ruritania banned commercial flights from Freedonia and Sylvania.", _SPEC)
    assert ("Ruritania", "Sylvania", Family.HOSTILITY) in got, got


def test_a_case_brought_up_in_talks_is_no_lawsuit():
    got = stated("Ruritania brought up the case against Freedonia during the talks.", _SPEC)
    assert ("Ruritania", "Freedonia", Family.HOSTILITY) not in got, got


def test_a_states_security_is_no_money_kept():
    got = stated("Ruritania said it will keep the security of Freedonia at the Bank of Ruritania.", _SPEC)
    assert ("Bank of Ruritania", "Freedonia", Family.TRADE) not in got, got


def test_a_hedged_or_conditional_announcement_reports_no_event():
    got = pairs("Anton Reles may confirm the presence of citizens working for the Freedonian government.", _SPEC)
    assert Family.REPORTING not in got.get(frozenset(("Anton Reles", "Freedonia")), set()), got
    text = "If Anton Reles confirms the presence of citizens working for the Freedonian government, talks end."
    got = pairs(text, _SPEC)
    assert Family.REPORTING not in got.get(frozenset(("Anton Reles", "Freedonia")), set()), got
    got = pairs("Anton Reles confirmed the presence of citizens working for the Freedonian government.", _SPEC)
    assert Family.REPORTING in got.get(frozenset(("Anton Reles", "Freedonia")), set()), got


def test_a_passive_done_to_it_still_names_its_doer():
    got = pairs("Anton Reles told reporters that it was ordered by President Boris Hale.", _SPEC)
    assert Family.REPORTING in got.get(frozenset(("Anton Reles", "Boris Hale")), set()), got


def test_a_firm_counted_by_a_number_is_no_aircraft_maker(nlp):
    got = by_text(extract(nlp, "Talvex said on Monday it would close the plant. Talvex 150 workers were laid off.\n"))
    assert got.get("Talvex", (None,))[0] is Kind.PARTY, got
