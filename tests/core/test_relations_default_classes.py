"""Classes behind the default corpus's missed and false pairs (issue 11): heads of bodies, leadership 'under',
organs of unnamed organs, gifts 'to X from Y', defectors. Entities placed by hand; invented sentences."""

from __future__ import annotations

from spacy.tokens import Doc

from core.extract.nlp import load_nlp
from core.extract.relations import find_relations
from core.model import Family, Kind
from tests.core.test_relations import entities, stated

S, P, OFF = Kind.STATE, Kind.PARTY, Kind.OFFICIAL
PE = {"Peru": (S, ["Peru", "Peruvian"])}
CL = {"Chile": (S, ["Chile", "Chilean"])}
PLP = {"Peruvian Labour Party": (P, ["Peruvian Labour Party", "PLP"])}
VESK = {"Arno Vesk": (OFF, ["Arno Vesk", "Vesk"])}


def _pairs(got) -> set[frozenset]:
    return {frozenset((a, b)) for a, b, _ in got}


def test_heading_a_named_body_is_leading_it():
    spec = {**PLP, **VESK}
    tie = ("Arno Vesk", "Peruvian Labour Party", Family.LEADERSHIP)
    assert tie in stated("The Peruvian Labour Party, headed by Arno Vesk, won the vote.", spec)
    assert tie in stated("The Peruvian Labour Party is headed by Arno Vesk.", spec)
    assert tie in stated("Arno Vesk heads the Peruvian Labour Party.", spec)
    # the parser hangs the participle on the noun before 'of': the name right before it is what is headed
    assert tie in stated(
        "Peru advanced under the leadership of the Peruvian Labour Party headed by Arno Vesk.", {**spec, **PE}
    )


def test_heading_somewhere_or_a_delegation_is_not_leading_a_state():
    spec = {**PE, **CL, **VESK}
    got = stated("Peru's delegation, headed by Arno Vesk, arrived in Chile.", spec)
    assert ("Arno Vesk", "Peru", Family.LEADERSHIP) not in got
    got = stated("Arno Vesk headed to Chile on Monday.", spec)
    assert ("Arno Vesk", "Chile", Family.LEADERSHIP) not in got


def test_under_the_leadership_of_a_body_the_clause_is_led_by_it():
    got = stated("Peru advanced under the leadership of the Peruvian Labour Party.", {**PE, **PLP})
    assert ("Peruvian Labour Party", "Peru", Family.LEADERSHIP) in got
    got = stated("The Peruvian people built the country under the wise leadership of Arno Vesk.", {**PE, **VESK})
    assert ("Arno Vesk", "Peru", Family.LEADERSHIP) in got
    # a leadership named without 'under' qualifies no clause
    got = stated("Peru praised the leadership of the Peruvian Labour Party.", {**PE, **PLP})
    assert ("Peruvian Labour Party", "Peru", Family.LEADERSHIP) not in got


def test_an_organ_of_an_unnamed_organ_belongs_to_the_named_body():
    spec = {**PLP, **VESK, "Political Bureau": (P, ["Political Bureau"])}
    got = stated(
        "The letter was conveyed to Arno Vesk, member of the Presidium of the Political Bureau of the PLP "
        "Central Committee, on Monday.",
        spec,
    )
    assert ("Political Bureau", "Peruvian Labour Party", Family.MEMBERSHIP) in got
    assert ("Arno Vesk", "Peruvian Labour Party", Family.MEMBERSHIP) in got
    # a noun that is no body ('the PLP building') makes no organ of the name before it
    got = stated("The Political Bureau of the PLP building met on Monday.", spec)
    assert ("Political Bureau", "Peruvian Labour Party", Family.MEMBERSHIP) not in got


def test_a_gift_to_one_from_another_ties_sender_and_bearer_to_the_addressee():
    spec = {
        **VESK,
        "Tomas Arvo": (OFF, ["Tomas Arvo", "Arvo"]),
        "Lena Moro": (OFF, ["Lena Moro", "Moro"]),
        "Andes Wire": (P, ["Andes Wire"]),
    }
    # the parser reads 'to dictator Vesk' as an infinitive here
    got = stated("Andes Wire also reported that Arvo arrived with a personal gift to dictator Vesk from Moro.", spec)
    assert ("Lena Moro", "Arno Vesk", Family.DIPLOMACY) in got
    assert ("Tomas Arvo", "Arno Vesk", Family.DIPLOMACY) in got
    # a text that publishes the letter does not bring it
    got = stated("The letter to Vesk from Moro was published by Andes Wire on Monday.", spec)
    assert ("Lena Moro", "Arno Vesk", Family.DIPLOMACY) in got
    assert ("Andes Wire", "Arno Vesk", Family.DIPLOMACY) not in got


def test_defectors_do_not_act_for_the_state_they_fled():
    spec = {**PE, **CL}
    got = stated("Fewer Peruvian defectors have been arriving in Chile in recent years.", spec)
    assert frozenset(("Peru", "Chile")) not in _pairs(got)
    got = stated("Peruvian officials have been arriving in Chile in recent years.", spec)
    assert ("Peru", "Chile", Family.DIPLOMACY) in got


def test_allowing_a_dealing_ties_who_allows_to_who_is_allowed():
    spec = {**PE, **CL}
    got = stated("Peru allowed Chile to reopen its embassy.", spec)
    assert ("Peru", "Chile", Family.DIPLOMACY) in got
    # an act that is no dealing, or a refusal, ties nothing
    got = stated("Peru allowed Chile to win the match.", spec)
    assert frozenset(("Peru", "Chile")) not in _pairs(got)
    got = stated("Peru did not allow Chile to reopen its embassy.", spec)
    assert ("Peru", "Chile", Family.DIPLOMACY) not in got


def test_a_subject_the_parser_hangs_on_the_conjunction_still_acts():
    # the parse the model gives for 'after President Barack Obama allowed Havana to ...': the subject as the
    # object of 'after'
    words = ["Chile", "grew", "after", "Vesk", "allowed", "Santiago", "to", "reopen", "an", "embassy", "."]
    heads = [1, 1, 4, 2, 1, 7, 7, 4, 9, 7, 1]
    deps = ["nsubj", "ROOT", "mark", "pobj", "advcl", "nsubj", "aux", "ccomp", "det", "dobj", "punct"]
    pos = ["PROPN", "VERB", "SCONJ", "PROPN", "VERB", "PROPN", "PART", "VERB", "DET", "NOUN", "PUNCT"]
    tags = ["NNP", "VBD", "IN", "NNP", "VBD", "NNP", "TO", "VB", "DT", "NN", "."]
    lemmas = ["Chile", "grow", "after", "Vesk", "allow", "Santiago", "to", "reopen", "an", "embassy", "."]
    doc = Doc(load_nlp().vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas)
    spec = {"Chile": (S, ["Chile", "Santiago"]), **VESK}
    ents = entities(doc.text, spec)
    got = {(ents[r.source].name, ents[r.target].name, r.family) for r in find_relations(doc, ents)}
    assert ("Arno Vesk", "Chile", Family.DIPLOMACY) in got
