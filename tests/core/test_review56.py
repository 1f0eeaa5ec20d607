"""Round AR's review mends: a rank after an article before a two-word name ends no sentence; mediators only of talks
the sides hold (not refused, urged or planned talks, nor a sale brokered); no shared act announced when it failed; a
country's industry is no 'X Steel' firm; 'and' joins two trades only; trade delegations and another state's minister
are no members of the state's delegation; 'state' makes a foreign ministry only in 'State Department'."""

from __future__ import annotations

from core.extract.relations.mediated_sides import _sides
from core.model import Family, Kind
from tests.core.test_entities import by_text, extract
from tests.core.test_entities_news import HEADLINE
from tests.core.test_relations import OFF, P, S, pairs, run

_SPEC = {
    "Ruritania": (S, ["Ruritania", "Ruritanian"]),
    "Vexora": (S, ["Vexora", "Vexoran"]),
    "Sylvania": (S, ["Sylvania"]),
    "Acme": (P, ["Acme"]),
    "Marta Kowal": (OFF, ["Marta Kowal"]),
    "Paul Vexley": (OFF, ["Paul Vexley"]),
}


def _fams(text: str, a: str, b: str) -> set[Family]:
    return pairs(text, _SPEC).get(frozenset((a, b)), set())


def _types(text: str) -> set[str]:
    _, rels = run(text, _SPEC)
    return {r.type for r in rels}


def test_a_rank_after_an_article_before_a_full_name_ends_no_sentence():
    text = "Ruritania detained a former Marine Sgt. Paul Vexley, accusing him of spying."
    assert _fams(text, "Ruritania", "Paul Vexley") - {Family.ASSOCIATION}


def test_refused_or_urged_talks_have_no_mediator(nlp):
    # (the rules of holding talks tie the sides to Sylvania as before; the mediators' rule finds no sides)
    names = {"Ruritania", "Vexora", "Sylvania", "Acme"}

    def den(t):
        return frozenset({t.i}) if t.text in names else frozenset()

    for text in (
        "Ruritania and Vexora refused to hold talks mediated by Sylvania.",
        "Ruritania and Vexora urged Sylvania to hold talks mediated by Acme.",
        "Ruritania and Vexora announced a plan to meet Sylvania with mediation from Acme.",
    ):
        doc = nlp(text)
        w = next(t for t in doc if t.lower_ in ("mediated", "mediation"))
        assert _sides(w, den) == set(), text
    text = "Ruritania and Vexora agreed to a ceasefire during talks mediated by Sylvania."
    assert Family.DIPLOMACY in _fams(text, "Sylvania", "Ruritania")


def test_a_sale_brokered_is_no_talks_mediated():
    text = "Ruritania and Vexora met in the capital, with Acme brokering the sale of tanks."
    assert Family.DIPLOMACY not in _fams(text, "Acme", "Ruritania")


def test_an_agreement_that_failed_is_no_shared_act():
    text = "Ruritania and Vexora failed to agree on a ceasefire, Ruritanian negotiator Marta Kowal said."
    assert Family.AGREEMENT not in _fams(text, "Marta Kowal", "Vexora")


def test_a_countrys_steel_industry_is_no_firm(nlp):
    found = by_text(extract(nlp, HEADLINE + "Japan Steel exports fell sharply last year, officials said.\n"))
    assert "Japan Steel" not in found, found
    found = by_text(extract(nlp, HEADLINE + "The U.S. Steel industry has lobbied for new tariffs on imports.\n"))
    assert "U.S. Steel" not in found, found


def test_and_joins_two_trades_only(nlp):
    found = by_text(extract(nlp, HEADLINE + "The deal between Halvard and Energy Company of Vexora was signed.\n"))
    assert not any(name.startswith("Halvard and") for name in found), found
    found = by_text(extract(nlp, HEADLINE + "The order hit Orvana Shipping and Service Company on Monday.\n"))
    assert found["Orvana Shipping and Service Company"][0] is Kind.PARTY, found


def test_a_trade_delegation_or_another_states_minister_is_no_member():
    # (the rule of leading a delegation reads 'led delegation of' as before; the delegations' rule adds nothing)
    text = "A Ruritanian trade delegation headed by Acme chief Marta Kowal visited Vexora on Monday."
    assert "head of delegation of" not in _types(text)
    text = "Vexora's delegation included Ruritanian Foreign Minister Marta Kowal as an observer."
    assert Family.MEMBERSHIP not in _fams(text, "Marta Kowal", "Vexora")
