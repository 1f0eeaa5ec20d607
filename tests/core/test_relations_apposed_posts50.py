"""A person followed by a body's title in apposition holds the title in the body (round AL)."""

from __future__ import annotations

from core.extract.entities import find_entities
from core.extract.relations import find_relations
from core.model import Family
from tests.core.test_entities_news import HEADLINE
from tests.core.test_relations import OFF, P, S, pairs

_SPEC = {
    "Ruritania": (S, ["Ruritania", "Ruritanian"]),
    "Vexora": (P, ["Vexora"]),
    "Marta Kowal": (OFF, ["Marta Kowal"]),
    "Anton Reles": (OFF, ["Anton Reles"]),
}


def test_a_person_then_a_bodys_title_is_a_member_of_the_body():
    text = "Anton Reles, the Ruritanian judiciary's foreign relations chief, said on Monday the prisoner was freed."
    got = pairs(text, _SPEC)
    assert got.get(frozenset(("Anton Reles", "Ruritania"))) == {Family.MEMBERSHIP}
    got = pairs("Marta Kowal, Vexora's under secretary for sanctions, said the fund was frozen.", _SPEC)
    assert got.get(frozenset(("Marta Kowal", "Vexora"))) == {Family.MEMBERSHIP}


def test_no_post_without_a_title_or_with_a_list():
    got = pairs("Anton Reles, the Ruritanian judiciary's new budget, said the prisoner was freed.", _SPEC)
    assert Family.MEMBERSHIP not in got.get(frozenset(("Anton Reles", "Ruritania")), set())
    got = pairs("Marta Kowal, Vexora's director and Anton Reles met on Monday.", _SPEC)
    assert Family.MEMBERSHIP not in got.get(frozenset(("Marta Kowal", "Vexora")), set())


def _read(nlp, text: str) -> set[tuple[str, str, Family]]:
    doc = nlp(HEADLINE + text + "\n")
    ents = find_entities(doc)
    names = [e.name for e in ents]
    return {(names[r.source], names[r.target], r.family) for r in find_relations(doc, ents)}


def test_a_states_title_then_a_person_without_the_closing_comma(nlp):
    text = "The talks came after Fidel Orsk had discussions with Greek Foreign Minister, Nikos Valaris in Ankara."
    got = _read(nlp, text)
    assert ("Nikos Valaris", "Greece", Family.MEMBERSHIP) in got, got
    text = "It follows a meeting between President Fidel Orsk and Greek Prime Minister, Kostas Drenis on the sidelines."
    got = _read(nlp, text)
    assert ("Kostas Drenis", "Greece", Family.LEADERSHIP) in got, got


def test_a_title_then_a_speaker_without_the_closing_comma_is_no_post(nlp):
    got = _read(nlp, "Asked about Greek Foreign Minister, Nikos Valaris said he was not told.")
    assert ("Nikos Valaris", "Greece", Family.MEMBERSHIP) not in got, got


def test_an_envoy_named_right_after_his_host_state_holds_the_post(nlp):
    text = (
        "Cambodian Prime Minister Hun Rith and Chinese Ambassador to Cambodia Wang Lifen attended a handover"
        " ceremony that was held at the airport."
    )
    got = _read(nlp, text)
    assert ("Wang Lifen", "Cambodia", Family.DIPLOMACY) in got, got
    assert ("Wang Lifen", "China", Family.MEMBERSHIP) in got, got
    assert ("Hun Rith", "China", Family.MEMBERSHIP) not in got, got
