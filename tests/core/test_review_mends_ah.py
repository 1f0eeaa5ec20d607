"""Mends from the read-only review of round AH: each case below was a false tie, a lost tie or a crash there."""

from __future__ import annotations

from core.model import Family, Kind
from tests.core.test_entities import by_text, extract
from tests.core.test_relations import OFF, P, S, stated

SPEC = {
    "Freedonia": (S, ["Freedonia", "Freedonian"]),
    "Sylvania": (S, ["Sylvania", "Sylvanian"]),
    "Tomainia": (S, ["Tomainia", "Tomainian"]),
    "Lin Bao": (OFF, ["Lin Bao"]),
    "Ana Voss": (OFF, ["Ana Voss"]),
    "Union Council": (P, ["Union Council"]),
    "Daily Courier": (P, ["Daily Courier"]),
}


def _pairs(text: str) -> set[tuple[str, str, Family]]:
    return stated(text, SPEC)


def test_the_matter_of_a_dispute_named_again_as_the_target_of_an_act_keeps_the_act():
    got = _pairs("Amid rising tensions over Sylvania, Freedonia attacked Sylvania on Monday.")
    assert ("Freedonia", "Sylvania", Family.HOSTILITY) in got
    got = _pairs("Amid the dispute over Sylvania, Freedonia imposed sanctions on Sylvania.")
    assert ("Freedonia", "Sylvania", Family.HOSTILITY) in got


def test_a_main_clause_that_names_the_target_too_keeps_its_tie():
    got = _pairs("Lin Bao visited Sylvania in May, while Ana Voss visited Sylvania in June.")
    assert ("Lin Bao", "Sylvania", Family.DIPLOMACY) in got


def test_the_respective_pairing_survives_a_segment_that_starts_inside_a_name(nlp):
    from core.extract.relations.denials import respective_pairs

    doc = nlp("New Freedonia and Sylvania trade ministers, Lin Bao and Ana Voss, met.")
    tok_ent = [0, 0, -1, 1, -1, -1, -1, 2, 2, -1, 3, 3, -1, -1, -1]
    assert len(tok_ent) == len(doc), [t.text for t in doc]
    kinds = {0: Kind.STATE, 1: Kind.STATE, 2: Kind.OFFICIAL, 3: Kind.OFFICIAL}
    got = respective_pairs(list(range(1, len(doc))), doc, tok_ent, kinds.__getitem__)
    assert got == {frozenset((0, 3)), frozenset((1, 2))}


def test_a_war_is_no_joint_exercise():
    got = _pairs("Freedonian and Sylvanian troops took part in the war.")
    assert ("Freedonia", "Sylvania", Family.ALLIANCE) not in got
    got = _pairs("Freedonian and Sylvanian troops took part in the war games.")
    assert ("Freedonia", "Sylvania", Family.ALLIANCE) in got


def test_a_worry_for_someones_safety_or_death_is_no_enmity():
    assert ("Freedonia", "Sylvania", Family.HOSTILITY) not in _pairs(
        "Freedonia expressed regret over the death of Sylvania's president."
    )
    assert ("Freedonia", "Sylvania", Family.HOSTILITY) in _pairs("Freedonia was concerned about Sylvania's actions.")


def test_a_pact_signed_to_cut_ties_names_no_partner():
    got = _pairs("Freedonia signed an agreement to cut ties with Sylvania.")
    assert ("Freedonia", "Sylvania", Family.AGREEMENT) not in got
    got = _pairs("Freedonia has signed agreements to delimit its maritime zone with Sylvania.")
    assert ("Freedonia", "Sylvania", Family.AGREEMENT) in got


def test_as_per_an_outlet_reports_on_the_states_authorities():
    got = _pairs("Freedonia's authorities have issued an order closing schools, as per Daily Courier.")
    assert ("Daily Courier", "Freedonia", Family.REPORTING) in got


def test_a_single_member_of_a_bloc():
    got = _pairs("The Union Council, of which Freedonia is a member, met on Monday.")
    assert ("Freedonia", "Union Council", Family.MEMBERSHIP) in got


def test_a_things_name_after_a_states_possessive_is_no_person(nlp):
    found = by_text(extract(nlp, "Israel's Iron Dome intercepted most of the rockets fired on Monday."))
    assert "Iron Dome" not in found or found["Iron Dome"][0] is not Kind.OFFICIAL, found


def test_a_name_cut_at_the_excerpts_end_after_a_title_is_still_a_name(nlp):
    from core.extract.excerpt_ends import cut_at_excerpt_end

    for text in ("The talks were attended by President Donald Tr", "The talks were attended by General Wang Li"):
        doc = nlp(text)
        start = next(t.i for t in doc if t.text in ("President", "General"))
        m = type("M", (), {"start": start, "end": len(doc)})()
        assert not cut_at_excerpt_end(doc, m, doc[start:].text), text
    doc = nlp("The talks were attended by Deputy Prime Mi")
    start = next(t.i for t in doc if t.text == "Deputy")
    m = type("M", (), {"start": start, "end": len(doc)})()
    assert cut_at_excerpt_end(doc, m, doc[start:].text)
