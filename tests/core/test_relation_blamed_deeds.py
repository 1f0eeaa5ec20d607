"""A speaker naming the target as the doer behind a killing accuses it (issue 11, x-rep57). Entities placed by hand;
invented sentences."""

from __future__ import annotations

from core.model import Family, Kind
from tests.core.test_relation_family_cues import _fams
from tests.core.test_relations import stated

S, OFF = Kind.STATE, Kind.OFFICIAL
SPEC = {
    "Arno Vesk": (OFF, ["Arno Vesk", "Vesk"]),
    "Sylvania": (S, ["Sylvania", "Sylvanian"]),
}
LIN = {"Lin Bao": (OFF, ["Lin Bao"])}


def test_saying_a_state_was_behind_killings_accuses_it():
    got = stated("Arno Vesk said Sylvania was behind the killings of two journalists.", SPEC)
    assert _fams(got, "Arno Vesk", "Sylvania") == {Family.HOSTILITY}


def test_a_killing_contracted_by_a_states_offices_accuses_it():
    text = '"The death of the dissident was contracted by government offices of Sylvania," Arno Vesk said.'
    assert _fams(stated(text, SPEC), "Arno Vesk", "Sylvania") == {Family.HOSTILITY}
    text = "Arno Vesk said the killing of the dissident was ordered by Sylvania."
    assert _fams(stated(text, SPEC), "Arno Vesk", "Sylvania") == {Family.HOSTILITY}


def test_being_behind_a_trade_deal_stays_a_report():
    got = stated("Arno Vesk said Sylvania was behind the new trade agreement.", SPEC)
    assert Family.HOSTILITY not in _fams(got, "Arno Vesk", "Sylvania")


def test_an_unnamed_boat_fired_upon_stays_a_report():
    got = stated("Arno Vesk said a fishing boat was fired upon by a Sylvanian patrol ship.", SPEC)
    assert Family.HOSTILITY not in _fams(got, "Arno Vesk", "Sylvania")
    got = stated("Arno Vesk said Lin Bao had been kidnapped by Sylvania.", {**SPEC, **LIN})
    assert _fams(got, "Arno Vesk", "Sylvania") == {Family.HOSTILITY}


def test_a_hedged_or_denied_blame_accuses_no_one():
    got = stated("Arno Vesk said Sylvania may have been behind the killings of two journalists.", SPEC)
    assert Family.HOSTILITY not in _fams(got, "Arno Vesk", "Sylvania")
    got = stated("Arno Vesk denied that Sylvania was behind the killings of two journalists.", SPEC)
    assert Family.HOSTILITY not in _fams(got, "Arno Vesk", "Sylvania")


# Review of round AS (rev-AS items 1-5, 11): only doing or ordering a deed of violence blames its doer.


def test_answering_a_deed_is_no_blame():
    for verb in ("condemned", "repelled", "investigated", "reported", "confirmed", "denied", "mourned"):
        got = stated(f"Arno Vesk said the killing of the dissident was {verb} by Sylvania.", SPEC)
        assert Family.HOSTILITY not in _fams(got, "Arno Vesk", "Sylvania"), verb


def test_being_behind_an_investigation_or_a_protest_is_no_blame():
    got = stated("Arno Vesk said Sylvania was behind the investigation into the killings.", SPEC)
    assert Family.HOSTILITY not in _fams(got, "Arno Vesk", "Sylvania")
    got = stated("Arno Vesk said an investigation was launched by Sylvania.", SPEC)
    assert Family.HOSTILITY not in _fams(got, "Arno Vesk", "Sylvania")
    got = stated("Arno Vesk said the protest was organised by Sylvania.", SPEC)
    assert Family.HOSTILITY not in _fams(got, "Arno Vesk", "Sylvania")


def test_a_named_victim_criticised_or_investigated_is_no_blame():
    got = stated("Arno Vesk said Lin Bao had been criticized by Sylvania.", {**SPEC, **LIN})
    assert Family.HOSTILITY not in _fams(got, "Arno Vesk", "Sylvania")
    got = stated("Arno Vesk said Lin Bao had been investigated by Sylvania for fraud.", {**SPEC, **LIN})
    assert Family.HOSTILITY not in _fams(got, "Arno Vesk", "Sylvania")


def test_the_critics_or_exiles_of_a_state_are_not_the_state():
    for subject in ("critics of Sylvania", "opponents of Sylvania", "Sylvanian exiles", "anti-Sylvanian militants"):
        got = stated(f"Arno Vesk said {subject} were behind the killings.", SPEC)
        assert Family.HOSTILITY not in _fams(got, "Arno Vesk", "Sylvania"), subject
    got = stated("Arno Vesk said Sylvanian agents were behind the killings.", SPEC)
    assert _fams(got, "Arno Vesk", "Sylvania") == {Family.HOSTILITY}


def test_conjoined_states_behind_a_killing_are_both_accused():
    spec = {**SPEC, "Freedonia": (S, ["Freedonia"])}
    got = stated("Arno Vesk said Sylvania and Freedonia were behind the killings.", spec)
    assert _fams(got, "Arno Vesk", "Sylvania") == {Family.HOSTILITY}
    assert _fams(got, "Arno Vesk", "Freedonia") == {Family.HOSTILITY}


def test_a_deed_carried_out_is_labelled_with_its_particle():
    from tests.core.test_relations import run

    ents, rels = run("Arno Vesk said the murder of the envoy was carried out by Sylvania.", SPEC)
    names = {i: e.name for i, e in enumerate(ents)}
    kinds = {r.type for r in rels if {names[r.source], names[r.target]} == {"Arno Vesk", "Sylvania"}}
    assert "accused of having carried out" in kinds, kinds


# Review of round AT (rev-AT item 4): an open military act plainly done is reported, not blamed; ordering one blames.


def test_airstrikes_carried_out_are_reported_not_blamed():
    spec = {**SPEC, "Freedonia": (S, ["Freedonia", "Freedonian"])}
    got = stated("Arno Vesk said the airstrikes against the terrorists were carried out by Sylvania.", spec)
    assert Family.HOSTILITY not in _fams(got, "Arno Vesk", "Sylvania")
    text = "Arno Vesk said the bombing of the rebel camp was carried out by Sylvania at Freedonia's request."
    got = stated(text, spec)
    assert Family.HOSTILITY not in _fams(got, "Arno Vesk", "Sylvania")


def test_an_attack_ordered_or_sponsored_blames_its_sponsor():
    got = stated("Arno Vesk said the attack on the embassy was sponsored by Sylvania.", SPEC)
    assert _fams(got, "Arno Vesk", "Sylvania") == {Family.HOSTILITY}
