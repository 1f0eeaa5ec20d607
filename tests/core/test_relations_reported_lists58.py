"""Lists in a reported clause the parser breaks up (round AT, x-rep58): a subject listing its parties after 'of'
and going on past it, parsed with the later names conjoined to the head noun itself; the sides of a meeting a
reported act happens in. Invented sentences."""

from __future__ import annotations

import pytest

from core.model import Family, Kind
from tests.core.test_relations import stated

pytestmark = pytest.mark.usefixtures("rules_alone")

P, OFF = Kind.PARTY, Kind.OFFICIAL


def test_a_speaker_reports_every_party_of_a_list_begun_after_of():
    spec = {
        "Mao Lin": (OFF, ["Mao Lin"]),
        "Ruritanian Army": (P, ["Ruritanian military government"]),
        "Hill Front": (P, ["Hill Front", "HF"]),
        "River Army": (P, ["River Army"]),
        "Delta Alliance Army": (P, ["Delta Alliance Army"]),
    }
    got = stated(
        "Spokeswoman Mao Lin said representatives of the Ruritanian military government and the Hill Front (HF), the"
        " River Army and the Delta Alliance Army took part in the negotiations over Wednesday and Thursday.",
        spec,
    )
    reported = {b for a, b, f in got if a == "Mao Lin" and f is Family.REPORTING}
    assert reported == {"Ruritanian Army", "Hill Front", "River Army", "Delta Alliance Army"}, got


def test_the_sides_of_a_meeting_a_reported_act_happens_in_are_reported_on():
    spec = {
        "Mao Lin": (OFF, ["Mao Lin"]),
        "Hill Front": (P, ["Hill Front"]),
        "Lake Guard": (P, ["Lake Guard"]),
    }
    got = stated(
        "A temporary ceasefire agreement was adopted in the third meeting between the Lake Guard and the Hill Front,"
        " said Mao Lin.",
        spec,
    )
    reported = {b for a, b, f in got if a == "Mao Lin" and f is Family.REPORTING}
    assert reported == {"Lake Guard", "Hill Front"}, got


def test_a_place_a_reported_act_happens_in_is_still_no_report():
    spec = {
        "Mao Lin": (OFF, ["Mao Lin"]),
        "Ruritania": (Kind.STATE, ["Ruritania"]),
    }
    got = stated("A temporary ceasefire agreement was adopted in the capital of Ruritania, said Mao Lin.", spec)
    assert not {b for a, b, f in got if a == "Mao Lin" and f is Family.REPORTING}, got
