"""Round AQ's review mends: a laser aimed only with an aiming verb and by its own subject, a close pass only between
craft and by a distance, a challenge or buzz only by a warship or warplane, a summons only to a foreign ministry, a
rank after an article ending its sentence, the troops' label, and a list of names longer than the recursion limit."""

from __future__ import annotations

import inspect
import sys

from core.extract.nlp import load_nlp
from core.extract.relations import find_relations
from core.model import Family
from tests.core.test_relations import OFF, P, S, V, entities, pairs

_SPEC = {
    "Ruritania": (S, ["Ruritania", "Ruritanian"]),
    "Vexora": (S, ["Vexora", "Vexoran"]),
    "Freedonia": (S, ["Freedonia"]),
    "Ruritanian Coast Guard": (P, ["Ruritanian Coast Guard"]),
    "Vexoran Navy": (P, ["Vexoran Navy"]),
    "Vexoran Army": (P, ["Vexoran Army"]),
    "Sorel": (P, ["Sorel"]),
    "NATO": (P, ["NATO"]),
    "Marlo Bay": (V, ["Marlo Bay"]),
    "Ministry of Internal Affairs of Vexora": (P, ["Interior Ministry"]),
    "Ministry of Foreign Affairs of Vexora": (P, ["Ministry of Foreign Affairs"]),
    "Anton Reles": (OFF, ["Anton Reles"]),
}


def _fams(text: str, a: str, b: str, spec: dict | None = None) -> set[Family]:
    return pairs(text, spec or _SPEC).get(frozenset((a, b)), set())


def test_the_one_who_reports_a_laser_is_not_the_one_who_aims_it():
    text = "A Ruritanian vessel directed a laser light toward the Marlo Bay, the Vexoran Navy said."
    assert Family.HOSTILITY not in _fams(text, "Vexoran Navy", "Marlo Bay")
    assert Family.HOSTILITY in _fams(text, "Ruritania", "Marlo Bay")


def test_a_laser_used_or_sold_is_aimed_at_no_one():
    text = "Ruritanian surgeons used laser eye surgery on Vexoran soldiers."
    assert Family.HOSTILITY not in _fams(text, "Ruritania", "Vexora")
    assert Family.HOSTILITY not in _fams("Sorel invested in laser research at Vexoran universities.", "Sorel", "Vexora")
    text = "Ruritania's Sorel aimed its new laser products at the Vexoran market."
    assert Family.HOSTILITY not in _fams(text, "Sorel", "Vexora")


def test_a_hull_number_directing_a_laser_leads_no_one():
    spec = dict(_SPEC, **{"RCG 7731": (V, ["7731"])})
    text = "A Ruritanian Coast Guard vessel with bow number 7731 directed a laser light toward the Marlo Bay."
    assert _fams(text, "RCG 7731", "Marlo Bay", spec) == {Family.HOSTILITY}


def test_a_score_or_a_race_is_no_close_pass():
    text = "Ruritania came within two points of Vexora in the World Cup qualifier on Sunday."
    assert Family.HOSTILITY not in _fams(text, "Ruritania", "Vexora")
    text = "Ruritania came within a mile of Vexora in the regatta race on Sunday."
    assert Family.HOSTILITY not in _fams(text, "Ruritania", "Vexora")
    text = "The Ruritanian warship came within 50 yards of the Marlo Bay on Sunday."
    assert Family.HOSTILITY in _fams(text, "Ruritania", "Marlo Bay")


def test_only_a_warship_or_warplane_challenges_or_buzzes():
    text = "The Ruritanian team's boat challenged the Vexoran Navy boat in the regatta."
    assert Family.HOSTILITY not in _fams(text, "Ruritania", "Vexoran Navy")
    text = "A Vexoran Navy plane was approached by a Ruritanian airline's aircraft for a routine refuelling."
    assert Family.HOSTILITY not in _fams(text, "Ruritania", "Vexoran Navy")
    text = "A Vexoran Navy surveillance plane was approached by a Ruritanian fighter jet over the sea."
    assert Family.HOSTILITY in _fams(text, "Ruritania", "Vexoran Navy")


def test_one_called_to_the_interior_ministry_is_questioned_not_summoned():
    text = "Ruritanian activist Anton Reles was summoned to the Interior Ministry for questioning."
    # (the one summoned is tied by the verb lexicon's 'summon', as before; his state is not the ministry's envoy)
    assert Family.DIPLOMACY not in _fams(text, "Ministry of Internal Affairs of Vexora", "Ruritania")


def test_a_rank_after_an_article_ends_its_sentence():
    text = "Police in Freedonia arrested a Vexoran Army Sgt. Ruritania welcomed the arrest on Monday."
    assert _fams(text, "Vexoran Army", "Ruritania") == set()


def test_troops_withdrawn_are_troops_and_a_mission_is_not_its_owner():
    ents_rels = pairs("Ruritania withdrew its forces from NATO's mission in Vexora.", _SPEC)
    assert Family.DIPLOMACY not in ents_rels.get(frozenset(("Ruritania", "NATO")), set())
    from tests.core.test_relations import run

    ents, rels = run("Ruritania withdrew its troops from Vexora on Monday.", _SPEC)
    types = {r.type for r in rels if {ents[r.source].name, ents[r.target].name} == {"Ruritania", "Vexora"}}
    assert "withdrew troops from" in types, types


def test_a_list_deeper_than_the_recursion_limit_is_read():
    names = [f"Vel{a}{b}ia" for a in "bcdfghjklmnp" for b in "aeiouy"][:70]
    names = [f"{n} {m}" for n in names for m in ("Nord", "Sud", "Est", "West", "Ost", "Mar", "Sol", "Val", "Ren")]
    spec = {n: (S, [n]) for n in names} | {"Ruritania": (S, ["Ruritania"])}
    text = "Ruritania recognised " + ", ".join(names) + " and Vexora on Monday."
    doc = load_nlp()(text)
    ents = entities(text, spec)
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(len(inspect.stack()) + 200)
    try:
        rels = find_relations(doc, ents)
    finally:
        sys.setrecursionlimit(limit)
    assert rels


def test_a_rank_the_tokenizer_splits_is_no_body(nlp):
    from tests.core.test_entities import by_text, extract

    found = by_text(extract(nlp, '"The ship made unsafe moves," said Navy Capt. Jane Roe, a spokeswoman for Japan.'))
    assert "Capt" not in found, found
    assert "Jane Roe" in found, found
