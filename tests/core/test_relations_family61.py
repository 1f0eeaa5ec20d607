"""Family senses of round AW (issue 11): ties called cold by their own clause ('relations between X and Y have been
tense', 'the case has strained relations between X and Y') are hostile; a legal summons ('summoned X for
questioning', 'was summoned to court') is a measure on the person, where an envoy's summons stays diplomacy.
Entities placed by hand; invented sentences."""

from __future__ import annotations

from core.model import Family, Kind
from tests.core.test_relation_family_cues import CL, PE, _fams
from tests.core.test_relations import stated

S, P, OFF = Kind.STATE, Kind.PARTY, Kind.OFFICIAL
IVO = {"Ivo Marek": (OFF, ["Ivo Marek", "Marek"])}
POL = {"Peruvian National Police": (P, ["Peruvian National Police"])}


def test_ties_called_tense_by_their_clause_are_hostile():
    got = stated("Relations between Peru and Chile have been tense since May.", {**PE, **CL})
    assert _fams(got, "Peru", "Chile") == {Family.HOSTILITY}
    got = stated("Relations between Peru and Chile have remained tense since 1991.", {**PE, **CL})
    assert _fams(got, "Peru", "Chile") == {Family.HOSTILITY}


def test_ties_strained_or_soured_by_a_clause_are_hostile():
    got = stated("The affair has strained diplomatic relations between Peru and Chile.", {**PE, **CL})
    assert _fams(got, "Peru", "Chile") == {Family.HOSTILITY}
    got = stated("Relations between Peru and Chile soured after the vote.", {**PE, **CL})
    assert _fams(got, "Peru", "Chile") == {Family.HOSTILITY}


def test_ties_called_warm_or_not_cold_stay_diplomacy():
    got = stated("Relations between Peru and Chile have been cordial since May.", {**PE, **CL})
    assert _fams(got, "Peru", "Chile") == {Family.DIPLOMACY}
    got = stated("Relations between Peru and Chile have not soured after the vote.", {**PE, **CL})
    assert Family.HOSTILITY not in _fams(got, "Peru", "Chile")


def test_a_legal_summons_is_enforcement():
    got = stated("The Peruvian National Police summoned Ivo Marek for questioning on Monday.", {**POL, **IVO})
    assert _fams(got, "Peruvian National Police", "Ivo Marek") == {Family.ENFORCEMENT}
    got = stated("Ivo Marek was summoned to court by the Peruvian National Police.", {**POL, **IVO})
    assert _fams(got, "Peruvian National Police", "Ivo Marek") == {Family.ENFORCEMENT}


def test_an_envoys_summons_stays_diplomacy():
    got = stated("Chile's ambassador was summoned by Peru on Monday.", {**PE, **CL})
    assert _fams(got, "Peru", "Chile") == {Family.DIPLOMACY}
    got = stated("Peru summoned Ivo Marek to appear on Monday over the remarks.", {**PE, **IVO})
    assert _fams(got, "Peru", "Ivo Marek") == {Family.DIPLOMACY}


def test_an_act_done_by_a_participle_is_labelled_with_its_words():
    from tests.core.test_relations import run

    spec = {
        "Ruritania": (S, ["Ruritania", "Ruritanian"]),
        "Maldora": (S, ["Maldora", "Maldoran"]),
    }
    text = "The text takes into account the unlawful attacks carried out by Ruritania against Maldoran facilities."
    ents, rels = run(text, spec)
    types = {r.type for r in rels if {ents[r.source].name, ents[r.target].name} == {"Ruritania", "Maldora"}}
    assert "carried out attack against" in types
    assert "attack with" not in types


SYL = {
    "Sylvania": (S, ["Sylvania", "Sylvanian"]),
    "Arno Vesk": (OFF, ["Arno Vesk", "Vesk"]),
    "Freedonia": (S, ["Freedonia", "Freedonian"]),
}


def test_a_speaker_alleging_what_a_state_did_accuses_it():
    got = stated("Arno Vesk alleged that Freedonian diplomats were passing information to crime groups.", SYL)
    assert _fams(got, "Arno Vesk", "Freedonia") == {Family.HOSTILITY}
    got = stated("Arno Vesk alleged Freedonian interference with the canal.", SYL)
    assert _fams(got, "Arno Vesk", "Freedonia") == {Family.HOSTILITY}


def test_a_speaker_saying_or_denying_an_allegation_only_reports():
    got = stated("Arno Vesk said that Freedonian diplomats were passing information to crime groups.", SYL)
    assert Family.HOSTILITY not in _fams(got, "Arno Vesk", "Freedonia")
    got = stated("Arno Vesk did not allege that Freedonian diplomats were passing information to crime groups.", SYL)
    assert Family.HOSTILITY not in _fams(got, "Arno Vesk", "Freedonia")


def test_a_counterpart_of_a_head_named_so_elsewhere_in_the_document_heads_his_state():
    text = "Prime Minister Arno Vesk came on Monday. Vesk told his Freedonian counterpart Ivo Marek that it was good."
    got = stated(text, {**SYL, **IVO})
    assert _fams(got, "Ivo Marek", "Freedonia") == {Family.LEADERSHIP}


def test_a_deputy_heads_counterpart_is_a_member():
    text = "Deputy Prime Minister Arno Vesk and his Freedonian counterpart Ivo Marek led the commission."
    got = stated(text, {**SYL, **IVO})
    assert _fams(got, "Ivo Marek", "Freedonia") == {Family.MEMBERSHIP}


def test_ties_easing_or_only_threatened_are_not_called_cold():
    for text in (
        "Relations between Peru and Chile have become less tense.",
        "Relations between Peru and Chile are no longer tense.",
        "The dispute threatens to strain relations between Peru and Chile.",
    ):
        got = stated(text, {**PE, **CL})
        assert Family.HOSTILITY not in _fams(got, "Peru", "Chile"), text


def test_alleging_what_was_done_to_a_state_does_not_accuse_it():
    for text in (
        "Ivo Marek alleged that Peruvian diplomats were harassed by the police.",
        "Ivo Marek alleged that Peru was the victim of a cyberattack.",
    ):
        got = stated(text, {**PE, **IVO})
        assert Family.HOSTILITY not in _fams(got, "Ivo Marek", "Peru"), text


def test_alleging_a_state_was_involved_accuses_it():
    got = stated("Ivo Marek alleged that Peru was involved in the attack on the embassy.", {**PE, **IVO})
    assert Family.HOSTILITY in _fams(got, "Ivo Marek", "Peru"), got
