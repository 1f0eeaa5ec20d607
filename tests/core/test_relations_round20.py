"""Verb and clause classes of the newest sets' misses (issue 11, x-rel20): general verbs the lexicon lacked,
'make peace with', a price cap, and a text's relative clause acting for its authors ('a resolution proposed by X
that sanctioned Y', 'X said in a statement that condemned Y'). Entities placed by hand; invented sentences."""

from __future__ import annotations

from core.model import Family, Kind
from tests.core.test_relation_family_cues import CL, PE, _fams
from tests.core.test_relations import stated

S, P, OFF = Kind.STATE, Kind.PARTY, Kind.OFFICIAL
BO = {"Bolivia": (S, ["Bolivia", "Bolivian"])}
VESK = {"Arno Vesk": (OFF, ["Arno Vesk"])}


def test_general_verbs_added_to_the_lexicon():
    assert _fams(stated("Peru objected to Chile's plan.", {**PE, **CL}), "Peru", "Chile") == {Family.HOSTILITY}
    got = stated("Peru coordinated with Chile on the patrols.", {**PE, **CL})
    assert _fams(got, "Peru", "Chile") == {Family.ALLIANCE}
    got = stated("Chilean vessels surrounded the Peruvian ship.", {**PE, **CL})
    assert _fams(got, "Peru", "Chile") == {Family.HOSTILITY}
    got = stated("The Bolivian police apprehended Arno Vesk.", {**BO, **VESK})
    assert _fams(got, "Bolivia", "Arno Vesk") == {Family.ENFORCEMENT}


def test_making_peace_is_an_agreement_and_a_price_cap_is_hostile():
    got = stated("In 1994, Peru became the second state to make peace with Chile.", {**PE, **CL})
    assert _fams(got, "Peru", "Chile") == {Family.AGREEMENT}
    got = stated("Bolivia imposed a price cap on Peruvian crude exports in December.", {**PE, **BO})
    assert _fams(got, "Peru", "Bolivia") == {Family.HOSTILITY}


def test_a_texts_relative_clause_acts_for_its_authors():
    spec = {**PE, **BO, **VESK}
    got = stated("The council passed a resolution proposed by Peru and Bolivia that sanctioned Arno Vesk.", spec)
    assert _fams(got, "Peru", "Arno Vesk") == {Family.ENFORCEMENT}
    assert _fams(got, "Bolivia", "Arno Vesk") == {Family.ENFORCEMENT}
    got = stated("The UNSC unanimously passed a resolution that sanctioned Arno Vesk.", {**VESK, "UNSC": (P, ["UNSC"])})
    assert _fams(got, "UNSC", "Arno Vesk") == {Family.ENFORCEMENT}
    got = stated("Peru said in a statement that condemned the ongoing Chilean war in Gaza.", {**PE, **CL})
    assert _fams(got, "Peru", "Chile") == {Family.HOSTILITY}
    # welcoming a text is not writing it
    assert not _fams(stated("Peru welcomed the resolution that sanctioned Arno Vesk.", spec), "Peru", "Arno Vesk")


def test_clashes_and_a_ceasefire_between_two_sides():
    assert _fams(stated("Clashes between Peru and Chile left ten dead.", {**PE, **CL}), "Peru", "Chile") == {
        Family.HOSTILITY
    }
    got = stated("A ceasefire between Peru and Chile took effect on Monday.", {**PE, **CL})
    assert _fams(got, "Peru", "Chile") == {Family.AGREEMENT}


def test_a_weapons_relative_clause_acts_for_who_used_it():
    got = stated("Peru continues to carry out air attacks that destroy Chilean critical infrastructure.", {**PE, **CL})
    assert ("Peru", "Chile", Family.HOSTILITY) in got
    got = stated("Peru launched missiles that struck Chile.", {**PE, **CL})
    assert ("Peru", "Chile", Family.HOSTILITY) in got
    # whoever shoots the drones down did not launch them
    got = stated("Chile shot down drones that struck Bolivia.", {**CL, **BO})
    assert ("Chile", "Bolivia", Family.HOSTILITY) not in got


def test_a_seized_load_acts_on_where_it_was_bound():
    got = stated("Peru seized two drones that were destined for Bolivia.", {**PE, **BO})
    assert _fams(got, "Peru", "Bolivia") == {Family.ENFORCEMENT}
    got = stated("Peru seized two drones bound for Bolivia.", {**PE, **BO})
    assert _fams(got, "Peru", "Bolivia") == {Family.ENFORCEMENT}


def test_providing_a_named_army_with_goods_is_trade():
    got = stated("Peru has provided the Bolivian army with $5 million worth of equipment.", {**PE, **BO})
    assert _fams(got, "Peru", "Bolivia") == {Family.TRADE}


def test_a_witness_and_an_asker_of_an_act():
    spec = {**VESK, "Lina Sorel": (OFF, ["Lina Sorel"]), "Tomas Brun": (OFF, ["Tomas Brun"])}
    got = stated("Arno Vesk and Lina Sorel inked the documents in the presence of President Tomas Brun.", spec)
    assert ("Arno Vesk", "Tomas Brun", Family.DIPLOMACY) in got
    assert ("Lina Sorel", "Tomas Brun", Family.DIPLOMACY) in got
    got = stated("Arno Vesk was arrested in Bolivia at the request of Chile.", {**VESK, **BO, **CL})
    assert ("Chile", "Bolivia", Family.DIPLOMACY) in got
    got = stated("Bolivia arrested Arno Vesk at the request of Chile.", {**VESK, **BO, **CL})
    assert _fams(got, "Chile", "Bolivia") == {Family.DIPLOMACY}


def test_a_gerund_after_by_is_done_by_the_clauses_subject_and_listing_is_a_measure():
    spec = {**PE, **CL, "Andina Foods": (P, ["Andina Foods"]), "Sol Nuevo": (P, ["Sol Nuevo"])}
    got = stated(
        "Peru has aligned itself with the sanctions against Chile by listing two fishing companies, Andina Foods "
        "and Sol Nuevo.",
        spec,
    )
    assert _fams(got, "Peru", "Andina Foods") == {Family.ENFORCEMENT}
    assert _fams(got, "Peru", "Sol Nuevo") == {Family.ENFORCEMENT}
    assert _fams(stated("Peru responded after meeting Chile in Lima.", spec), "Peru", "Chile") == {Family.DIPLOMACY}


def test_following_reads_as_after_for_whose_event_it_is():
    got = stated("Lima warns of retaliation following a 12-day war with Chile in June.", {**PE, **CL})
    assert _fams(got, "Peru", "Chile") == {Family.HOSTILITY}



def test_a_deed_acts_for_whose_deed_it_is():
    got = stated(
        "Arno Vesk spoke, citing concerns about Chilean activities targeting critical infrastructure in Peruvian "
        "waters.",
        {**VESK, **CL, **PE},
    )
    assert ("Chile", "Peru", Family.HOSTILITY) in got
    assert not _fams(got, "Arno Vesk", "Peru")


def test_working_with_is_cooperation():
    assert _fams(stated("Peru will work with Chile on the patrols.", {**PE, **CL}), "Peru", "Chile") == {
        Family.ALLIANCE
    }


def test_backing_a_hostile_act_backs_whose_act_it_is():
    text = "The EU will respond to Peru's actions supporting Chilean aggression against Bolivia."
    got = stated(text, {**PE, **CL, **BO})
    assert ("Peru", "Chile", Family.ALLIANCE) in got
    # the aggression is Chile's: its backer is not tied to the victim (blind4 gold, twice; relations/vetoes.py)
    assert ("Peru", "Bolivia", Family.HOSTILITY) not in got
    spec = {**VESK, "Lina Sorel": (OFF, ["Lina Sorel"])}
    got = stated("Arno Vesk defended Lina Sorel's arrest.", spec)  # an arrest's owner is who was arrested
    assert Family.ALLIANCE not in _fams(got, "Arno Vesk", "Lina Sorel")


def test_inking_or_sealing_together_is_an_agreement_between_the_signers():
    spec = {**VESK, "Lina Sorel": (OFF, ["Lina Sorel"]), **PE, **CL}
    text = "Peruvian Defense Secretary Arno Vesk and Chilean Foreign Minister Lina Sorel inked the documents."
    got = stated(text, spec)
    assert _fams(got, "Arno Vesk", "Lina Sorel") == {Family.AGREEMENT}
    assert _fams(stated("Peru and Chile sealed a trade deal on Monday.", spec), "Peru", "Chile") == {Family.AGREEMENT}
