"""Lists and conjunctions (round AR, blind46 classes): states listed as a group's partners, names continuing a list
begun inside a plural noun's 'of' phrase, and a state named by an adjective on a listed body. Invented sentences."""

from __future__ import annotations

from core.model import Family, Kind
from tests.core.test_relations import stated

S, P, OFF = Kind.STATE, Kind.PARTY, Kind.OFFICIAL
STATES = {
    "Ruritania": (S, ["Ruritania", "Ruritanian"]),
    "Borduria": (S, ["Borduria", "Bordurian"]),
    "Syldavia": (S, ["Syldavia", "Syldavian"]),
    "Carpania": (S, ["Carpania", "Carpanian"]),
}


def _allied(got):
    return {frozenset((a, b)) for a, b, f in got if f is Family.ALLIANCE}


def test_states_listed_as_partners_of_a_group_are_not_each_others_partners():
    spec = {**STATES, "Northern Council": (P, ["Northern Council"])}
    got = stated(
        "The states formed a Metals Supply Forum last year. Partners include Ruritania, Borduria, Syldavia,"
        " Carpania and the Northern Council.",
        spec,
    )
    assert not _allied(got), got


def test_firms_listed_as_a_ventures_partners_stay_partners():
    spec = {
        "Andes Capital": (P, ["Andes Capital"]),
        "Condor Terminals": (P, ["Condor Terminals"]),
        "Llama Holdings": (P, ["Llama Holdings"]),
    }
    got = stated(
        "The partners, which include Andes Capital and two firms, Condor Terminals and Llama Holdings, will build"
        " the port.",
        spec,
    )
    assert frozenset(("Andes Capital", "Condor Terminals")) in _allied(got), got


def test_names_continuing_an_of_list_hold_no_post():
    spec = {
        **STATES,
        "Mao Lin": (OFF, ["Mao Lin"]),
        "Hill Front": (P, ["Hill Front", "HF"]),
        "River Army": (P, ["River Army"]),
        "Delta Alliance Army": (P, ["Delta Alliance Army"]),
    }
    got = stated(
        "Spokeswoman Mao Lin said representatives of Ruritania’s military government and the Hill Front (HF), the"
        " River Army and the Delta Alliance Army took part in the negotiations over Wednesday and Thursday.",
        spec,
    )
    members = {frozenset((a, b)) for a, b, f in got if f is Family.MEMBERSHIP}
    assert frozenset(("River Army", "Ruritania")) not in members, got
    assert frozenset(("River Army", "Hill Front")) not in members, got
    assert frozenset(("Delta Alliance Army", "Hill Front")) not in members, got


def test_an_adjectives_state_on_a_listed_body_is_no_partner():
    spec = {**STATES, "Taliban": (P, ["Taliban"])}
    got = stated(
        "Ruritania and the Bordurian Taliban have agreed to a ceasefire after talks held in the capital, with"
        " Syldavia and Carpania mediating the negotiations.",
        spec,
    )
    assert not any({a, b} == {"Ruritania", "Borduria"} for a, b, _ in got), got


def test_people_named_after_an_of_list_still_hold_the_posts():
    spec = {**STATES, "Ivo Marek": (OFF, ["Ivo Marek"]), "Lena Vos": (OFF, ["Lena Vos"])}
    got = stated(
        "The plan was announced by the foreign ministers of Ruritania and Borduria, Ivo Marek and Lena Vos.",
        spec,
    )
    members = {frozenset((a, b)) for a, b, f in got if f is Family.MEMBERSHIP}
    assert frozenset(("Ivo Marek", "Ruritania")) in members, got


def test_a_states_own_organ_keeps_its_state_in_a_joint_list():
    spec = {
        **STATES,
        "Ruritanian Department of Defense": (P, ["Department of Defense"]),
        "Bordurian Department of National Defense": (P, ["Department of National Defense"]),
    }
    got = stated(
        "“The exercises will grow,” a joint statement between the Ruritanian Department of Defense and the Bordurian"
        " Department of National Defense read.",
        spec,
    )
    assert any({a, b} == {"Ruritania", "Borduria"} for a, b, f in got if f is Family.ALLIANCE), got
