"""The lead's mends after the read-only review of round AB (session 12); each test fails without its mend."""

from __future__ import annotations

from core.extract import extract_documents
from core.extract.furniture import furniture_ranges
from core.model import Document, Family


def _doc(text: str):
    [doc] = extract_documents([Document(sha256="t", path="/tmp/t.txt", title="t", text="Report.\n\n" + text)])
    return doc


def _ties(text: str) -> set[tuple[str, str, Family]]:
    doc = _doc(text)
    return {(doc.entities[r.source].name, doc.entities[r.target].name, r.family) for r in doc.relations}


def _kinds(text: str) -> dict[str, str]:
    return {e.name: e.kind.name for e in _doc(text).entities}


def test_a_capitals_dateline_before_a_wire_agency_stays_text():
    text = "Turkey blocks deal\nAnkara (Reuters) - The government said it would block the deal."
    assert [text[a:b] for a, b in furniture_ranges(text)] == ["(Reuters) - "]
    text = "Vietnam signs\nHanoi (VNA) - The two states signed the deal.-VNA"
    assert "Hanoi " in [text[a:b] for a, b in furniture_ranges(text)]


def test_an_agency_sign_off_is_furniture_without_a_pool_credit_in_the_text():
    text = "The two states signed a deal worth 40 billion USD.-VNA"
    assert [text[a:b] for a, b in furniture_ranges(text)] == ["-VNA"]


def test_a_parliament_is_a_place_only_where_something_happens_in_it():
    assert "Turkish parliament" not in _kinds("Gunmen opened fire in the Turkish parliament on Tuesday.")
    assert "Turkish parliament" in _kinds("The bill stalled in the Turkish parliament for months before it passed.")


def test_a_states_biggest_private_fund_or_insurer_is_not_its_member():
    assert not {f for *_, f in _ties("Allianz, Germany's largest insurer, sold its stake in the firm.")} & {
        Family.MEMBERSHIP
    }
    assert ("Acme Fund", "Norway", Family.MEMBERSHIP) in _ties(
        "The Acme Fund, Norway's sovereign wealth fund, sold its stake."
    )


def test_a_verb_named_channels_is_no_list_of_places():
    assert "Nova Vox" in _kinds("Officials banned the Nova Vox and Kanal Plus channels on Tuesday.")


def test_an_opposition_leader_said_with_is_is_a_member():
    got = _ties("Max Ode is the Russian opposition leader and met Ivo Rask on Monday.")
    assert ("Max Ode", "Russia", Family.MEMBERSHIP) in got
    assert ("Max Ode", "Russia", Family.LEADERSHIP) not in got


def test_two_lifts_in_one_sentence_and_a_lift_a_court_describes_are_enforcement():
    got = _ties("France lifted sanctions on Syria, while Britain lifted sanctions on Iraq.")
    assert ("France", "Syria", Family.ENFORCEMENT) in got
    assert ("France", "Syria", Family.ENFORCEMENT) in _ties(
        "The court ruled that France lifted sanctions on Syria unlawfully."
    )
    assert ("France", "Syria", Family.ENFORCEMENT) not in _ties("Germany demanded that France lift sanctions on Syria.")


def test_a_numbered_formation_is_no_ship():
    assert (
        _kinds("On Monday, Combined Task Force 150 ships seized a dhow in the Arabian Sea.").get(
            "Combined Task Force 150"
        )
        != "VESSEL"
    )
