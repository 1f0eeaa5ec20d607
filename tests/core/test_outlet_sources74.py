"""An outlet named as a sentence's source ('according to X') that the clause rules find no party for reports on
every person and body the sentence names, however the parser hangs them (round BC, x-told74, outlet_sources.py).
Invented sentences."""

from __future__ import annotations

from core.model import Family, Kind
from tests.core.test_relations import stated


def test_an_outlet_with_a_party_found_does_not_take_every_name():
    spec = {
        "Osterlich": (Kind.STATE, ["Osterlich"]),
        "Anil Varo": (Kind.OFFICIAL, ["Anil Varo", "Varo"]),
        "Lamp News Agency": (Kind.PARTY, ["Lamp News Agency"]),
    }
    got = stated(
        "Osterlich is one of 21 nations to which Varo had applied for asylum, according to the Lamp News Agency.",
        spec,
    )
    # (the clause rules find Osterlich; the fallback is for sentences they find no party of)
    assert ("Lamp News Agency", "Anil Varo", Family.REPORTING) not in got, got


def test_an_outlet_reports_the_owner_a_sentence_names():
    spec = {
        "Zarvex Holdings": (Kind.PARTY, ["Zarvex Holdings"]),
        "Lamp News Agency": (Kind.PARTY, ["Lamp News Agency"]),
    }
    got = stated("The vessel belongs to Zarvex Holdings, according to Lamp News Agency.", spec)
    assert ("Lamp News Agency", "Zarvex Holdings", Family.REPORTING) in got, got


def test_a_state_named_in_passing_is_not_taken_by_the_outlet_source():
    spec = {
        "Zarvex Holdings": (Kind.PARTY, ["Zarvex Holdings"]),
        "Osterlich": (Kind.STATE, ["Osterlich"]),
        "Lamp News Agency": (Kind.PARTY, ["Lamp News Agency"]),
    }
    got = stated(
        "The vessel belongs to Zarvex Holdings, which has offices in Osterlich, according to Lamp News Agency.", spec
    )
    assert ("Lamp News Agency", "Zarvex Holdings", Family.REPORTING) in got, got
    assert not any(a == "Lamp News Agency" and b == "Osterlich" for a, b, _ in got), got


def test_a_body_that_is_no_outlet_does_not_take_every_name():
    spec = {
        "Osterlich": (Kind.STATE, ["Osterlich"]),
        "Anil Varo": (Kind.OFFICIAL, ["Anil Varo", "Varo"]),
        "Ruritanian Justice Ministry": (Kind.PARTY, ["Ruritanian Justice Ministry"]),
    }
    got = stated(
        "Osterlich is one of 21 nations to which Varo had applied for asylum, according to the Ruritanian Justice"
        " Ministry.",
        spec,
    )
    assert ("Ruritanian Justice Ministry", "Anil Varo", Family.REPORTING) not in got, got
