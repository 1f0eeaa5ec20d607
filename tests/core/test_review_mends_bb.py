"""Mends of round BB's review (issue 11, mend B): a 'from' body or a holder's owner takes nothing back; a hostile act
forecast or wished ('likely to attack') is no act; a denied or refused bribe is no trade; only a state or a body
names its envoy; a denied act ('denied blocking Y') is not typed as done. Entities placed by hand; invented sentences
and names; pair layer off."""

from __future__ import annotations

from core.model import Family, Kind
from tests.core.test_relation_family_cues import CL, PE, _fams
from tests.core.test_relations import stated

S, P, OFF = Kind.STATE, Kind.PARTY, Kind.OFFICIAL
NO = {"Norland": (S, ["Norland", "Norlandic"])}
COUNCIL = {"Council of Harmony": (P, ["Council of Harmony"])}
WATCH = {"Rights Lookout": (P, ["Rights Lookout"])}
FIRM = {"Varnex": (P, ["Varnex"])}
AIRS = {"Alpha Air": (P, ["Alpha Air"]), "Beta Airways": (P, ["Beta Airways"])}


def test_a_side_suspended_from_a_named_body_is_no_act_of_the_speaker():
    got = stated("Peru said Chile had been suspended from the Council of Harmony.", {**PE, **CL, **COUNCIL})
    assert Family.ENFORCEMENT not in _fams(got, "Peru", "Chile")
    # no body named after 'from': the reporting state still takes it back
    got = stated("Peru said Chile had been suspended from the youth cup.", {**PE, **CL})
    assert Family.ENFORCEMENT in _fams(got, "Peru", "Chile")


def test_people_stripped_of_a_licence_are_not_their_owner():
    spec = {**WATCH, "Arno Vesk": (OFF, ["Arno Vesk"])}
    got = stated("Rights Lookout said Arno Vesk's lawyers were stripped of their licences.", spec)
    assert Family.ENFORCEMENT not in _fams(got, "Rights Lookout", "Arno Vesk")
    # what the side holds, revoked: still taken from it
    got = stated("Peru said Alpha Air's licence had been revoked.", {**PE, **AIRS})
    assert Family.ENFORCEMENT in _fams(got, "Peru", "Alpha Air")


def test_a_hostile_act_forecast_or_wished_is_no_act():
    got = stated("Peru is likely to attack Chile.", {**PE, **CL})
    assert Family.HOSTILITY not in _fams(got, "Peru", "Chile")
    got = stated("Peru is willing to block Chile's membership.", {**PE, **CL})
    assert Family.HOSTILITY not in _fams(got, "Peru", "Chile")
    # a readiness, and a wish for another act, stay the gold's acts ('willing to fund', 'willing to talk with')
    got = stated("Peru is ready to sign a trade deal with Chile.", {**PE, **CL})
    assert Family.AGREEMENT in _fams(got, "Peru", "Chile")
    got = stated("Peru is willing to sign a trade deal with Chile.", {**PE, **CL})
    assert Family.AGREEMENT in _fams(got, "Peru", "Chile")


def test_a_denied_or_refused_bribe_is_no_trade():
    got = stated("Varnex denied paying bribes to officials in Peru.", {**FIRM, **PE})
    assert Family.TRADE not in _fams(got, "Varnex", "Peru")
    got = stated("Varnex declined to pay bribes to officials in Peru.", {**FIRM, **PE})
    assert Family.TRADE not in _fams(got, "Varnex", "Peru")
    got = stated("Varnex paid bribes to officials in Peru.", {**FIRM, **PE})
    assert Family.TRADE in _fams(got, "Varnex", "Peru")


def test_only_a_state_or_a_body_names_its_envoy():
    spec = {**PE, "Arno Vesk": (OFF, ["Arno Vesk"]), "Lin Morava": (OFF, ["Lin Morava"])}
    got = stated("Arno Vesk designated Lin Morava to serve as envoy for Peru.", spec)
    assert Family.MEMBERSHIP not in _fams(got, "Arno Vesk", "Lin Morava")
    spec = {**PE, **CL, "Lin Morava": (OFF, ["Lin Morava"])}
    got = stated("Peru appointed Lin Morava to serve as ambassador to Chile.", spec)
    assert Family.MEMBERSHIP in _fams(got, "Peru", "Lin Morava")


def test_a_denied_act_is_not_typed_as_done():
    got = stated("Norland denied blocking the flights by Alpha Air and Beta Airways.", {**NO, **AIRS})
    assert Family.HOSTILITY not in _fams(got, "Norland", "Alpha Air")
    assert Family.HOSTILITY not in _fams(got, "Norland", "Beta Airways")
    got = stated("Norland denied that it was blocking the flights by Alpha Air.", {**NO, **AIRS})
    assert Family.HOSTILITY not in _fams(got, "Norland", "Alpha Air")
    assert Family.REPORTING in _fams(got, "Norland", "Alpha Air")
