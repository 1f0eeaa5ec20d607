"""Classes of blind set 60 (issue #11, round BC): ships of one force, events named only as a time frame, a state's
navy by its demonym, a navy's auxiliary fleet; on invented sentences."""

from __future__ import annotations

from core.model import Family, Kind
from tests.core.test_entities import by_name, by_text, extract
from tests.core.test_relations import V, pairs
from tests.core.test_relations_apposed_posts50 import _read


def test_ships_of_one_task_force_are_no_members_of_each_other():
    # 'the frigates A and B and supply ship C': the parser hangs A and B on C's 'ship' as its modifiers
    spec = {"Tarvos": (V, ["Tarvos"]), "Belmark": (V, ["Belmark"]), "Orlandia": (V, ["Orlandia"])}
    got = pairs("Tarvos and Belmark supply ship Orlandia sailed on Monday.", spec)
    assert not [k for k, fams in got.items() if Family.MEMBERSHIP in fams], got


def test_a_ship_still_belongs_to_its_navy(nlp):
    got = _read(nlp, "The Royal Navy ship HMS Tarvos docked in Cyprus on Monday.")
    assert ("Tarvos", "Royal Navy", Family.MEMBERSHIP) in got, got


def test_an_event_named_as_a_time_frame_is_not_what_the_verb_acts_on(nlp):
    text = (
        "Ireland, Ghana and Fiji chartered planes to evacuate their nationals from Jordan in the aftermath of the "
        "Hamas raids that left dozens dead."
    )
    got = _read(nlp, text)
    assert not [r for r in got if "Hamas" in r and r[2] is not Family.ASSOCIATION], got
    text = "Norway evacuated its citizens from Lebanon in the wake of the Hezbollah attacks on Israel."
    got = _read(nlp, text)
    assert not [r for r in got if r[:2] == ("Norway", "Hezbollah") and r[2] is not Family.ASSOCIATION], got


def test_an_act_on_a_side_outside_a_time_frame_stays(nlp):
    got = _read(nlp, "Israel struck Hamas in the aftermath of the attacks that killed hundreds.")
    assert ("Israel", "Hamas", Family.HOSTILITY) in got, got


def test_chinese_navy_is_the_pla_navy(nlp):
    text = (
        "The Chinese navy sent two frigates to Aden. According to China's defense ministry, the PLA Navy fleet "
        "was on escort missions in the Gulf of Aden."
    )
    names = by_name(extract(nlp, text))
    assert "People's Liberation Army Navy" in names, names
    assert "Chinese navy" not in names and "PLA Navy" not in names, names


def test_other_demonym_navies_keep_their_own_names(nlp):
    names = by_name(extract(nlp, "The Russian Navy sent two frigates to Aden on Monday."))
    assert "People's Liberation Army Navy" not in names, names


def test_royal_fleet_auxiliary_is_one_body(nlp):
    text = "HMS Tarvos and the Royal Fleet Auxiliary ship Belmark Bay were due in Limassol on Tuesday."
    found = by_text(extract(nlp, text))
    assert found.get("Royal Fleet Auxiliary", (None,))[0] is Kind.PARTY, found
    assert "Auxiliary" not in found and "Royal Fleet" not in found, found
