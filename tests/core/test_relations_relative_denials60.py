"""Relative denials (round AV): a denial inside a relative clause ('X, which has no formal ties with Y, opened
...') is the clause's; the main clause's tie to Y still stands."""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from core.extract.relations import denials
from core.model import Family
from tests.core.test_relations import S, stated

SPEC = {
    "Freedonia": (S, ["Freedonia", "Freedonian"]),
    "Sylvania": (S, ["Sylvania", "Sylvanian"]),
}


def test_a_relative_clause_s_denial_leaves_the_main_clause_tie():
    got = stated("Freedonia, which has no formal ties with Sylvania, opened its airspace for Sylvanian aircraft.", SPEC)
    assert ("Freedonia", "Sylvania", Family.ENFORCEMENT) in got


def test_a_main_clause_denial_still_refuses_the_pair():
    got = stated("Freedonia has no formal ties with Sylvania.", SPEC)
    assert not any({a, b} == {"Freedonia", "Sylvania"} and f is not Family.ASSOCIATION for a, b, f in got)


def test_only_a_denial_is_left_open_by_a_relative_clause(monkeypatch):
    """Another veto (a dispute's matter, another's clause) refuses the pair even when a relative clause also denies."""
    doc = Doc(Vocab(), words=["Freedonia", "raised", "tensions", "over", "Sylvania", "."])
    monkeypatch.setattr(denials, "_dispute_matter", lambda *a: True)
    monkeypatch.setattr(denials, "_relative_denial", lambda *a: True)
    refused: set[frozenset[int]] = set()
    tie = (0, 1, "raised tensions over", Family.HOSTILITY)
    out = denials.denied([tie], [], doc, [-1] * len(doc), lambda e: S, refused)
    assert out == [] and frozenset((0, 1)) in refused
