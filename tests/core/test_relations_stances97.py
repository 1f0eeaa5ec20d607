"""Round BH (x-clause97): a gerund after an adjective of stance or a pledge is done by the one the stance is said of
('X remains committed to supporting Y', 'X is open to talking to Y', 'X has committed to providing aid to Y';
core/extract/relations/stance_doers.py)."""

from __future__ import annotations

from core.model import Family
from tests.core.test_relations import OFF, P, S, stated, tied

_SPEC = {
    "Freedonia": (S, ["Freedonia"]),
    "Sylvania": (S, ["Sylvania"]),
    "Nordic Partners Group": (P, ["Nordic Partners Group"]),
    "Lin Bao": (OFF, ["Lin Bao"]),
    "Ana Voss": (OFF, ["Ana Voss"]),
}


def test_a_gerund_after_a_stance_is_the_subjects_act():
    got = stated("The Nordic Partners Group remains fully committed to supporting Sylvania in its transition.", _SPEC)
    assert tied(got, "Nordic Partners Group", "Sylvania", Family.ALLIANCE)
    got = stated("President Lin Bao said he is open to talking to President Ana Voss.", _SPEC)
    assert tied(got, "Lin Bao", "Ana Voss", Family.DIPLOMACY)
    got = stated("Freedonia is keen on expanding trade with Sylvania.", _SPEC)
    assert tied(got, "Freedonia", "Sylvania", Family.TRADE)


def test_a_passive_stance_and_a_pledge_are_the_subjects():
    got = stated("Freedonia is committed to supporting Sylvania.", _SPEC)
    assert tied(got, "Freedonia", "Sylvania", Family.ALLIANCE)
    got = stated("Freedonia has committed to supporting Sylvania.", _SPEC)
    assert tied(got, "Freedonia", "Sylvania", Family.ALLIANCE)


def test_a_denied_doubted_or_opposed_stance_ties_no_one():
    for text in (
        "Freedonia is opposed to expanding trade with Sylvania.",
        "Freedonia is not committed to supporting Sylvania.",
        "President Lin Bao said he could be open to talking to President Ana Voss.",
        "Freedonia is open to striking Sylvania.",
    ):
        got = stated(text, _SPEC)
        assert not {(a, b) for a, b, _ in got} & {("Freedonia", "Sylvania"), ("Sylvania", "Freedonia")}, text
        assert not {(a, b) for a, b, _ in got} & {("Lin Bao", "Ana Voss"), ("Ana Voss", "Lin Bao")}, text


def test_a_wish_to_join_or_to_buy_is_no_membership_or_trade():
    # review of round BH: after 'interested', 'keen', 'open', 'eager' the act has not happened
    for text, a, b, fam in (
        (
            "Freedonia is interested in joining the Nordic Partners Group, Lin Bao said.",
            "Freedonia",
            "Nordic Partners Group",
            Family.MEMBERSHIP,
        ),
        ("Freedonia is keen on buying Sylvania's gas, officials said.", "Freedonia", "Sylvania", Family.TRADE),
        (
            "Freedonia is open to joining the Nordic Partners Group.",
            "Freedonia",
            "Nordic Partners Group",
            Family.MEMBERSHIP,
        ),
    ):
        got = stated(text, _SPEC)
        assert not tied(got, a, b, fam), (text, got)
    got = stated("Freedonia is committed to buying Sylvania's gas.", _SPEC)  # a course taken, not a wish
    assert tied(got, "Freedonia", "Sylvania", Family.TRADE), got
