"""A person quoted in his own words reports on the parties the quotation names (issue 11, round E).
Entities placed by hand; invented sentences."""

from __future__ import annotations

from core.model import Family, Kind
from tests.core.test_relations import stated

S, P, OFF, V = Kind.STATE, Kind.PARTY, Kind.OFFICIAL, Kind.VESSEL
SPEC = {
    "Peru": (S, ["Peru", "Peruvian"]),
    "Chile": (S, ["Chile", "Chilean"]),
    "Bolivia": (S, ["Bolivia", "Bolivian"]),
    "Chilean Navy": (P, ["Chilean Navy"]),
    "Peruvian Coast Guard": (P, ["Peruvian Coast Guard"]),
    "Arno Vesk": (OFF, ["Arno Vesk", "Vesk"]),
    "Lima Star": (V, ["Lima Star"]),
}


def _reported(got) -> set[str]:
    return {b for a, b, f in got if a == "Arno Vesk" and f is Family.REPORTING}


def test_a_quoted_person_reports_on_the_parties_his_quotation_names():
    got = stated(
        "“The people of Bolivia deserve to live in peace, and the Chilean Navy ships that surrounded the "
        "Lima Star must leave,” Vesk said in a statement.",
        SPEC,
    )
    assert {"Bolivia", "Chilean Navy", "Lima Star"} <= _reported(got)
    got = stated('Arno Vesk said in a statement: "Since the Chilean Navy arrived, the Lima Star has not moved."', SPEC)
    assert "Chilean Navy" in _reported(got)


def test_a_quotation_names_no_place_adjective_or_description_as_a_party():
    got = stated(
        "“Our crews sailed from ports in Bolivia to help the Chilean people,” Vesk said at a news conference.",
        SPEC,
    )
    assert not {"Bolivia", "Chile"} & _reported(got)


def test_a_quoted_speaker_acting_announcing_or_judging_is_no_report():
    # first person: the speaker is one who acts
    got = stated("“We support Bolivia in these talks,” Vesk said on Monday.", SPEC)
    assert "Bolivia" not in _reported(got)
    # a state as the quotation's subject: the minister announces his state's act
    got = stated("“Peru has decided to cut diplomatic relations with Bolivia,” Vesk said on Monday.", SPEC)
    assert "Bolivia" not in _reported(got)
    # a judgement: the judged takes the judgement's family, read elsewhere
    got = stated("“The boarding of the Lima Star by Bolivia is a violation of international law,” Vesk said.", SPEC)
    assert "Bolivia" not in _reported(got)


def test_a_quoted_phrase_in_the_writers_clause_and_the_speakers_own_body_are_no_report():
    # only the words are quoted, the clause is the writer's
    got = stated("Vesk said that Bolivia “put at risk the security of the Lima Star” on Monday.", SPEC)
    assert "Lima Star" not in _reported(got)
    # the speaker's own organ, named in his phrase
    got = stated(
        "“Since the Peruvian Coast Guard left, the Chilean Navy has not moved,” said Peruvian Coast Guard "
        "spokesman Arno Vesk.",
        SPEC,
    )
    assert "Peruvian Coast Guard" not in _reported(got)
    assert "Chilean Navy" in _reported(got)
