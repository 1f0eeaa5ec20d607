"""The lead's mends after the read-only review of round AA (session 12); each test fails without its mend."""

from __future__ import annotations

from core.extract import extract_documents
from core.model import Document, Family


def _ties(text: str) -> set[tuple[str, str, Family]]:
    [doc] = extract_documents([Document(sha256="t", path="/tmp/t.txt", title="t", text="Report.\n\n" + text)])
    ents = doc.entities
    return {(ents[r.source].name, ents[r.target].name, r.family) for r in doc.relations}


def _names(text: str) -> set[str]:
    [doc] = extract_documents([Document(sha256="t", path="/tmp/t.txt", title="t", text="Report.\n\n" + text)])
    return {e.name for e in doc.entities}


def test_a_rescue_leader_beside_a_head_of_state_leaves_the_head_leading():
    got = _ties("Ukrainian leader Ivo Rask met Russian opposition leader Max Ode on Monday.")
    assert ("Ivo Rask", "Ukraine", Family.LEADERSHIP) in got
    assert ("Ivo Rask", "Ukraine", Family.MEMBERSHIP) not in got
    assert ("Max Ode", "Russia", Family.MEMBERSHIP) in got


def test_a_lift_refused_or_denied_keeps_the_sanctions_hostile():
    for text in ("France refused to lift sanctions on Syria.", "France will not ease sanctions on Syria."):
        got = _ties(text)
        assert ("France", "Syria", Family.ENFORCEMENT) not in got, text
        assert ("France", "Syria", Family.HOSTILITY) in got, text


def test_a_lift_is_judged_by_its_own_verb_not_by_a_call_elsewhere_in_the_sentence():
    got = _ties("France lifted sanctions on Syria after Germany pressed it to ease the embargo.")
    assert ("France", "Syria", Family.ENFORCEMENT) in got
    got = _ties("Germany demanded that France lift sanctions, and France lifted sanctions on Acme Corp.")
    assert ("France", "Acme Corp.", Family.ENFORCEMENT) in got


def test_a_collision_is_hostility_between_ships_only():
    assert not any(f is Family.HOSTILITY for *_, f in _ties("China collided with Japan over fishing rights."))
    assert ("Sea Star", "Orca", Family.HOSTILITY) in _ties(
        "The tanker Sea Star collided with the freighter Orca off Shanghai."
    )


def test_a_parliament_something_happens_in_is_a_place():
    assert "Turkish parliament" not in _names("Gunmen opened fire in the Turkish parliament on Tuesday.")
    assert "Turkish parliament" in _names(
        "Lawmakers in the Turkish parliament approved Sweden's NATO membership bid on Tuesday."
    )


def test_a_states_own_fund_and_a_figure_in_its_government_are_its_members():
    assert ("Acme Fund", "Norway", Family.MEMBERSHIP) in _ties(
        "The Acme Fund, Norway's sovereign wealth fund, sold its stake."
    )
    assert ("Lin Bao", "Russia", Family.MEMBERSHIP) in _ties(
        "Lin Bao, a senior figure in the Russian government, resigned."
    )
    assert not _ties("The International Monetary Fund, Ukraine's biggest lender, approved a new loan.") & {
        ("International Monetary Fund", "Ukraine", Family.MEMBERSHIP)
    }
