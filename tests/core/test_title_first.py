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
