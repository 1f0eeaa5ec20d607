"""Round BA (x-fam66): a Secretary General named after his body, an Administrator for an agency and a Commandant
head their body (gold: 16 of 17, 2 of 2, 2 of 2 LEADERSHIP). Entities placed by hand; invented sentences."""

from __future__ import annotations

from core.model import Family, Kind
from tests.core.test_relation_family_cues import _fams
from tests.core.test_relations import stated

OFF, P = Kind.OFFICIAL, Kind.PARTY
BODY = {
    "Arno Vesk": (OFF, ["Arno Vesk", "Vesk"]),
    "Zentral Health Organization": (P, ["Zentral Health Organization", "ZHO"]),
    "Bureau of Tariffs": (P, ["Bureau of Tariffs"]),
    "Sylvanian Coast Guard": (P, ["Sylvanian Coast Guard"]),
}


def test_a_secretary_general_named_after_his_body_heads_it():
    got = stated("ZHO Secretary General Arno Vesk said on Tuesday that the talks would resume.", BODY)
    assert _fams(got, "Arno Vesk", "Zentral Health Organization") == {Family.LEADERSHIP}


def test_a_plain_secretary_of_a_body_is_its_member():
    got = stated("Arno Vesk, a secretary at the Bureau of Tariffs, said the talks would resume.", BODY)
    assert _fams(got, "Arno Vesk", "Bureau of Tariffs") == {Family.MEMBERSHIP}


def test_an_administrator_for_an_agency_heads_it_a_deputy_does_not():
    got = stated("Arno Vesk, Administrator for the Bureau of Tariffs, said the drills would continue.", BODY)
    assert _fams(got, "Arno Vesk", "Bureau of Tariffs") == {Family.LEADERSHIP}
    got = stated("Arno Vesk, Deputy Administrator for the Bureau of Tariffs, said the drills would continue.", BODY)
    assert _fams(got, "Arno Vesk", "Bureau of Tariffs") == {Family.MEMBERSHIP}


def test_a_commandant_heads_his_service():
    got = stated("Admiral Arno Vesk, Commandant of the Sylvanian Coast Guard, ordered the relief of the crew.", BODY)
    assert _fams(got, "Arno Vesk", "Sylvanian Coast Guard") == {Family.LEADERSHIP}


def test_a_deputy_administrator_of_an_agency_stays_its_member():
    # item 9 (round BA review): the deputy must not enter the Administrator's branch at all
    got = stated("Arno Vesk, the Deputy Administrator of the Bureau of Tariffs, said the drills would continue.", BODY)
    assert _fams(got, "Arno Vesk", "Bureau of Tariffs") == {Family.MEMBERSHIP}
    got = stated("Arno Vesk, the Administrator of the Bureau of Tariffs, said the drills would continue.", BODY)
    assert _fams(got, "Arno Vesk", "Bureau of Tariffs") == {Family.LEADERSHIP}
