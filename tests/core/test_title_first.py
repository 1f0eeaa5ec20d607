"""A title written right before a name holds that name, in a list of titled people
(core/extract/relations/title_first.py), on invented sentences."""

from __future__ import annotations

from core.extract import extract_documents
from core.model import Document, Family


def _ties(text: str) -> set[tuple[str, str, Family]]:
    [doc] = extract_documents([Document(sha256="t", path="/tmp/t.txt", title="t", text="Report.\n\n" + text)])
    return {(doc.entities[r.source].name, doc.entities[r.target].name, r.family) for r in doc.relations}


def _families(ties: set[tuple[str, str, Family]], a: str, b: str) -> set[Family]:
    return {f for x, y, f in ties if {x, y} == {a, b}}


_SIGNERS = (
    "The memorandum was signed by Qatar's Minister of Transport Jamal Ahmed Karimi, Iraqi Minister of Transport"
    " Omar Hadi Salman, the UAE's Minister of Energy and Infrastructure Faisal Nasser Hamdan, and Turkish Minister"
    " of Trade Mehmet Ali Demirci."
)


def test_each_listed_minister_is_his_own_states_only():
    ties = _ties(_SIGNERS)
    assert Family.MEMBERSHIP in _families(ties, "Omar Hadi Salman", "Iraq")
    assert not _families(ties, "Omar Hadi Salman", "United Arab Emirates") - {Family.ASSOCIATION}


def test_a_listed_chair_is_the_next_names():
    ties = _ties(
        "The ceremony was attended by African Union chairperson and Kenyan President Daniel Otieno Mwangi, SADC"
        " chairperson and Malawian President Peter Banda Chirwa, and Ghana's President Kofi Mensah Boateng."
    )
    assert Family.LEADERSHIP in _families(ties, "Peter Banda Chirwa", "Southern African Development Community")
    assert Family.LEADERSHIP not in _families(ties, "Daniel Otieno Mwangi", "Southern African Development Community")


def test_a_title_after_a_name_and_a_comma_stays_his():
    ties = _ties("Omar Hadi Salman, the UAE's Minister of Energy, said the corridor would open next year.")
    assert Family.MEMBERSHIP in _families(ties, "Omar Hadi Salman", "United Arab Emirates")
    ties = _ties("The deal was signed by Omar Hadi Salman, Iraq's Minister of Transport, and Ravel Okonkwo.")
    assert Family.MEMBERSHIP in _families(ties, "Omar Hadi Salman", "Iraq")


def test_a_second_states_title_after_and_is_a_second_person():
    """'A, the Kenyan President and Ugandan Prime Minister B': two people, each holding his own title (round BH's
    review); 'SADC chairperson and Malawian President B' above is one person's."""
    ties = _ties("Samuel Otieno, the Kenyan President and Ugandan Prime Minister Peter Mwesigwa met in Arusha.")
    assert Family.LEADERSHIP in _families(ties, "Samuel Otieno", "Kenya")
    assert Family.LEADERSHIP not in _families(ties, "Peter Mwesigwa", "Kenya")


def test_the_same_role_twice_is_two_people():
    ties = _ties("Samuel Otieno, the ECOWAS President and Senegalese President Peter Mwesigwa met the envoys.")
    assert Family.LEADERSHIP in _families(ties, "Samuel Otieno", "ECOWAS")
    assert Family.LEADERSHIP not in _families(ties, "Peter Mwesigwa", "ECOWAS")


def test_an_apposed_title_before_a_name_is_that_names():
    """'A, the UAE's Minister of Energy and Infrastructure B, and C': the title is B's, not A's (apposed_posts.py
    leaves it to title_first.py)."""
    ties = _ties(
        "The deal was signed by Samuel Otieno, the UAE's Minister of Energy and Infrastructure Peter Mwesigwa, and"
        " John Kamau."
    )
    assert not _families(ties, "Samuel Otieno", "United Arab Emirates") - {Family.ASSOCIATION}


def test_a_counterpart_in_a_guest_list_keeps_its_own_rules():
    """'A, his Ugandan counterpart B and C have accepted the invitation': the counterpart's title is left to the
    counterpart rules (the `_OTHERS` guard), which set no meeting between two guests named in a list (the gold's
    convention: an attendance list ties no guest to another)."""
    ties = _ties(
        "Prime Minister of Kenya Samuel Otieno, his Ugandan counterpart Peter Mwesigwa and Vice-President of Tanzania"
        " John Kamau have also accepted the invitation."
    )
    assert Family.DIPLOMACY not in _families(ties, "Samuel Otieno", "Peter Mwesigwa")
