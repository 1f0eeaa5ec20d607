"""A meeting's or a speech's venue is no party to it (core/extract/relations/meeting_places.py), on invented
sentences."""

from __future__ import annotations

from core.extract import extract_documents
from core.extract.relations.meeting_places import at_meeting_place
from core.model import Document, Family


def _ties(text: str) -> set[tuple[str, str, Family]]:
    [doc] = extract_documents([Document(sha256="t", path="/tmp/t.txt", title="t", text="Report.\n\n" + text)])
    return {(doc.entities[r.source].name, doc.entities[r.target].name, r.family) for r in doc.relations}


def _families(ties: set[tuple[str, str, Family]], a: str, b: str) -> set[Family]:
    return {f for x, y, f in ties if {x, y} == {a, b}}


def test_speaking_in_a_state_is_no_tie_to_it():
    ties = _ties("Ravel Okonkwo, speaking in Portugal on Monday, said the talks with Peru would resume soon.")
    assert Family.DIPLOMACY not in _families(ties, "Ravel Okonkwo", "Portugal")


def test_the_speaker_still_reports_on_the_one_he_speaks_of():
    ties = _ties("Wang Mei, speaking in Portugal on Aug. 31, said Okonkwo will pay a heavy price for his trip.")
    assert Family.DIPLOMACY not in _families(ties, "Wang Mei", "Portugal")
    assert Family.REPORTING in _families(ties, "Wang Mei", "Okonkwo")


def test_arriving_in_a_state_stays_a_visit():
    ties = _ties("Foreign Minister Tomas Vendrik arrived in Ghana on Tuesday for a two-day visit.")
    assert Family.DIPLOMACY in _families(ties, "Tomas Vendrik", "Ghana")


def test_the_label_rule():
    assert at_meeting_place("speak", "speaking in")
    assert at_meeting_place("meet", "met with leader in")
    assert at_meeting_place("visit", "visited at")
    assert not at_meeting_place("visit", "visited troop in")
    assert not at_meeting_place("hold", "held talk in")
    assert not at_meeting_place("arrive", "arrived in")
    assert not at_meeting_place("meet", "met with")


# made_up_of.py: a party in brackets after a listed person's name is the person's, no member of the group


def test_parties_tagged_on_listed_people_are_not_allied_in_the_group():
    ties = _ties(
        "Senator Mark Hollis is leading the delegation, which comprises Ravi Menon (BJP), Arjun Dasgupta (DMK),"
        " Priya Nair (CPI) and Kiran Rao (TMC)."
    )
    assert Family.ALLIANCE not in _families(ties, "BJP", "DMK")
    assert Family.MEMBERSHIP in _families(ties, "Ravi Menon", "BJP")


def test_bodies_listed_in_an_unnamed_team_stay_together():
    ties = _ties("Meanwhile, a special team comprising the Ghana Navy and the Ghana Ports Authority boarded the ship.")
    assert Family.ALLIANCE in _families(ties, "Ghana Navy", "Ghana Ports Authority")
