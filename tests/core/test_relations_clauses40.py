"""Round AA (x-cl40): mends of round Y's review. 'the release of a ship' is the act on it; a rescue or an
evacuation sides only with ships and people; a ruling on a ship only for measures; 'lender'/'fund'/'insurer' only by
a demonym; 'figure' only in a body; 'turned to X' only for help; a state's chair only a bloc's plain chair.
Invented sentences, entities placed by hand."""

from __future__ import annotations

from core.extract.relations import act_words, between, clauses, families, relation_nouns, verbs
from core.model import Family
from tests.core.test_relations import OFF, P, S, V, stated

SPEC = {
    "Freedonia": (S, ["Freedonia", "Freedonian", "Fredville"]),
    "Sylvania": (S, ["Sylvania", "Sylvanian"]),
    "Ruritania": (S, ["Ruritania", "Ruritanian"]),
    "Acme League": (P, ["Acme League"]),
    "Acme Guards": (P, ["Acme Guards"]),
    "Acme Navy": (P, ["Acme Navy"]),
    "Lin Bao": (OFF, ["Lin Bao"]),
    "Sea Star": (V, ["Sea Star"]),
    "Orca": (V, ["Orca"]),
}


def test_directing_the_release_of_a_ship_is_the_release_not_an_alliance():
    got = stated("Freedonia's Acme Guards directed the release of the tanker Sea Star.", SPEC)
    assert ("Acme Guards", "Sea Star", Family.ALLIANCE) not in got
    assert ("Acme Guards", "Sea Star", Family.ENFORCEMENT) in got


def test_an_evacuation_of_a_place_takes_no_side_with_its_state():
    got = stated("Sylvania led the evacuation of Fredville in 2021.", SPEC)
    assert not {f for a, b, f in got if {a, b} == {"Sylvania", "Freedonia"}}
    # a rescue of a ship still sides with it
    assert ("Acme Navy", "Sea Star", Family.ALLIANCE) in stated("The Acme Navy led the rescue of the Sea Star.", SPEC)


def test_an_order_on_a_ship_is_a_measure_only_for_a_measure():
    got = stated("The Acme Navy ordered that the vessel Sea Star be escorted to Sylvania.", SPEC)
    assert ("Acme Navy", "Sea Star", Family.ENFORCEMENT) not in got
    got = stated("The Acme League ruled that the Sea Star should be released.", SPEC)
    assert ("Acme League", "Sea Star", Family.ENFORCEMENT) in got


def test_a_lender_of_a_state_by_possessive_is_not_its_member():
    got = stated("The Acme League, Freedonia's biggest lender, approved a loan.", SPEC)
    assert ("Acme League", "Freedonia", Family.MEMBERSHIP) not in got
    got = stated("The Acme League, a Sylvanian hedge fund, bought the bonds.", SPEC)
    assert ("Acme League", "Sylvania", Family.MEMBERSHIP) in got


def test_a_figure_in_a_state_is_not_its_member():
    got = stated("Lin Bao, a divisive figure in Freedonia, spoke on Monday.", SPEC)
    assert ("Lin Bao", "Freedonia", Family.MEMBERSHIP) not in got


def test_turning_to_a_state_sides_with_it_only_for_help():
    got = stated("Freedonia turned to Ruritania for discounted crude.", SPEC)
    assert ("Freedonia", "Ruritania", Family.ALLIANCE) not in got
    got = stated("Freedonia turned to Ruritania for help.", SPEC)
    assert ("Freedonia", "Ruritania", Family.ALLIANCE) in got


def test_a_state_is_a_blocs_chair_only_by_a_plain_chair():
    got = stated("Freedonia, the de facto leader of the Acme League, cut output.", SPEC)
    assert ("Freedonia", "Acme League", Family.LEADERSHIP) not in got
    got = stated("Freedonia, the former chair of the Acme League, objected.", SPEC)
    assert ("Freedonia", "Acme League", Family.LEADERSHIP) not in got
    got = stated("Freedonia, the Acme League's rotating chair, called for calm.", SPEC)
    assert ("Freedonia", "Acme League", Family.LEADERSHIP) in got


def test_a_collision_between_ships_is_hostile():
    got = stated("The Sea Star was in a collision with the Orca near the port.", SPEC)
    assert ("Sea Star", "Orca", Family.HOSTILITY) in got
    got = stated("The Freedonian tanker, the Sea Star, collided with the Orca, a bulk freighter, on Saturday.", SPEC)
    assert ("Sea Star", "Orca", Family.HOSTILITY) in got  # the only verb, hung on the subject after its apposition


def test_fighting_a_fire_on_a_ship_helps_it():
    text = "A fire broke out on the Sea Star. The Acme Navy is still working to contain the fire onboard the vessel."
    assert ("Acme Navy", "Sea Star", Family.ALLIANCE) in stated(text, SPEC)
    text = "A fire broke out on the Sea Star on Monday. The Acme Navy fought the blaze on the tanker for two days."
    got = stated(text, SPEC)
    assert ("Acme Navy", "Sea Star", Family.ALLIANCE) in got
    assert ("Acme Navy", "Sea Star", Family.HOSTILITY) not in got
    assert ("Acme Navy", "Sea Star", Family.HOSTILITY) in stated("The Acme Navy fired on the Sea Star.", SPEC)


def test_a_singular_relative_clause_after_a_list_is_about_its_last_member():
    spec = {**SPEC, "Bolt Power": (P, ["Bolt Power"]), "Acme Corp": (P, ["Acme Corp"]), "Russia": (S, ["Russia"])}
    text = (
        "On Sunday, the Treasury Department removed sanctions against Acme Corp and Bolt Power, which is "
        "Russia’s largest private power company."
    )
    got = stated(text, spec)
    assert ("Bolt Power", "Russia", Family.MEMBERSHIP) in got
    assert ("Acme Corp", "Russia", Family.MEMBERSHIP) not in got


def test_shared_word_sets_have_one_definition():
    for mod, name in ((verbs, "_INVOLVING"), (relation_nouns, "_INVOLVING"), (verbs, "_LEADING"),
                      (clauses, "_LEADING"), (verbs, "_FREEING_ACTS"), (families, "_RESCUING"),
                      (verbs, "_ORDER_MODALS")):
        assert not hasattr(mod, name), (mod.__name__, name)
    assert relation_nouns.INVOLVING is verbs.INVOLVING is act_words.INVOLVING
    assert clauses.LEADING is verbs.LEADING and families.RESCUING is act_words.RESCUING
    assert between.SAVING_ACTS is verbs.SAVING_ACTS
    assert "release" not in act_words.FREEING_ACTS | act_words.SAVING_ACTS
