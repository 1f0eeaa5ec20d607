"""A side acting against a hostile deed whose doer a passive's 'by' names (round BJ, x-by120): the investigating,
tackling or highlighting side -> the doer, HOSTILITY; a side backing the deed or a deed noun outside the list takes
none."""

from __future__ import annotations

from core.model import Family
from tests.core.test_relations import P, S, stated

_SPEC = {
    "Ruritania": (S, ["Ruritania", "Ruritanian"]),
    "Freedonia": (S, ["Freedonia", "Freedonian"]),
    "Sylvania": (S, ["Sylvania", "Sylvanian"]),
    "Osterlich": (S, ["Osterlich"]),
    "Grand Fenwick": (S, ["Grand Fenwick"]),
}


def _hostile(got, a, b):
    return (a, b, Family.HOSTILITY) in got or (b, a, Family.HOSTILITY) in got


def test_investigating_a_deed_done_by_a_state():
    got = stated(
        "Apart from Sylvania, several smaller states now run separate inquiries into the aggression carried out by "
        "Ruritania: Freedonia, Osterlich and Grand Fenwick.",
        _SPEC,
    )
    for side in ("Freedonia", "Osterlich", "Grand Fenwick"):
        assert _hostile(got, side, "Ruritania"), (side, got)
    got = stated(
        "Freedonia and Sylvania set up a joint team to investigate war crimes committed by Ruritania.", _SPEC
    )
    assert _hostile(got, "Freedonia", "Ruritania") and _hostile(got, "Sylvania", "Ruritania"), got


def test_tackling_or_highlighting_a_threat_posed_by_a_state():
    got = stated(
        "A coalition made up of Freedonia and Sylvania is coming together to tackle the threat posed by "
        "Ruritanian cyberattacks.",
        _SPEC,
    )
    assert _hostile(got, "Freedonia", "Ruritania") and _hostile(got, "Sylvania", "Ruritania"), got


def test_backing_the_deed_or_another_noun_takes_none():
    got = stated("Freedonia openly backed the war waged by Ruritania in the east.", _SPEC)
    assert not _hostile(got, "Freedonia", "Ruritania"), got
    got = stated("Freedonia set up a team to investigate the programme launched by Ruritania.", _SPEC)
    assert not _hostile(got, "Freedonia", "Ruritania"), got


def test_an_outlet_or_a_court_acting_on_the_deed_is_no_enemy():
    """Review of round BJ, item 5: an outlet exposes a deed and a court tries it; neither is the doer's enemy."""
    spec = dict(
        _SPEC,
        **{
            "Harbour Gazette": (P, ["Harbour Gazette"]),
            "Northern Front": (P, ["Northern Front"]),
            "Special Tribunal for Osterlich": (P, ["Special Tribunal for Osterlich"]),
        },
    )
    got = stated("The Harbour Gazette documented the atrocities committed by the Northern Front last year.", spec)
    assert not _hostile(got, "Harbour Gazette", "Northern Front"), got
    got = stated("The Special Tribunal for Osterlich will punish the crimes perpetrated by Ruritania.", spec)
    assert not _hostile(got, "Special Tribunal for Osterlich", "Ruritania"), got
