"""A person named by 'of' in another person's reported words is what the speaker reports on (of_persons.py)."""

from __future__ import annotations

from core.model import Family
from tests.core.test_relations import OFF, P, S, stated, tied

PEOPLE = {
    "Freedonia": (S, ["Freedonia", "Freedonian"]),
    "Max Ode": (OFF, ["Max Ode", "Ode"]),
    "Lin Bao": (OFF, ["Lin Bao", "Bao"]),
    "Tom Reed": (OFF, ["Tom Reed", "Reed"]),
    "Vexora Bank": (P, ["Vexora Bank"]),
}


def test_a_person_released_in_the_speakers_words_is_reported_on():
    got = stated("Max Ode said the release of Lin Bao was the result of months of quiet talks.", PEOPLE)
    assert tied(got, "Max Ode", "Lin Bao", Family.REPORTING), got


def test_a_decision_of_a_person_in_quoted_words_is_reported_on():
    got = stated("“This is the policy of President Lin Bao and of this government,” Ode said on Monday.", PEOPLE)
    assert tied(got, "Max Ode", "Lin Bao", Family.REPORTING), got


def test_a_person_in_the_speakers_own_phrase_is_no_part_of_his_words():
    got = stated("Max Ode, a close friend of Lin Bao, said the talks in Freedonia had ended.", PEOPLE)
    assert not tied(got, "Max Ode", "Lin Bao", Family.REPORTING), got


def test_the_speaker_named_by_of_in_his_own_words_is_no_report_on_himself():
    got = stated("Max Ode said the government of Max Ode would meet Freedonia's envoys.", PEOPLE)
    assert ("Max Ode", "Max Ode", Family.REPORTING) not in got, got


def test_a_person_named_in_an_apposition_describing_another_is_no_report():
    text = "Lin Bao, an outspoken critic of President Tom Reed, will be freed on Friday, Max Ode said."
    got = stated(text, PEOPLE)
    assert not tied(got, "Max Ode", "Tom Reed", Family.REPORTING), got
