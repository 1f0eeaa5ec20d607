"""Entity classes of round BD (issue #11): portfolio lists in a minister's title, one-word names cut before "of"; each
on invented sentences."""

from __future__ import annotations

from core.model import Kind
from tests.core.test_entities import by_text, extract
from tests.core.test_entities_news import HEADLINE


def test_a_portfolio_list_after_a_comma_is_the_ministers_title(nlp):
    text = HEADLINE + (
        "Union Minister of Parliamentary Affairs, Coal and Mines Ravindra Kelkar met the Argentine delegation in"
        " New Delhi on Tuesday.\n"
    )
    found = by_text(extract(nlp, text))
    assert "Coal" not in found
    assert "Mines" not in found
    assert "Coal and Mines" not in found
    oxford = HEADLINE + "Union Minister of Parliamentary Affairs, Coal, and Mines Ravindra Kelkar met the envoy.\n"
    assert "Coal" not in by_text(extract(nlp, oxford))


def test_a_portfolio_list_before_minister_is_the_title(nlp):
    text = HEADLINE + "Chile will send Justice and Public Security Minister Marta Quiroga to the ceremony in Lima.\n"
    found = by_text(extract(nlp, text))
    assert "Justice" not in found
    assert found["Marta Quiroga"][0] is Kind.OFFICIAL


def test_a_body_before_a_listed_minister_stays(nlp):
    text = HEADLINE + (
        "The Foreign Ministry and Finance Minister Tomas Lind both spoke. The Ministry of Defence, Police and the"
        " Coast Guard joined the search.\n"
    )
    found = by_text(extract(nlp, text))
    assert found["Tomas Lind"][0] is Kind.OFFICIAL


def test_a_one_word_name_cut_before_of_is_joined_back(nlp):
    text = HEADLINE + (
        "The sanctions name the lawmaker Petro Halyna, the firm Herald of Europe, and the blogger Ivan Dorn. Tomas"
        " Rebo, president of the Association of Cambodian Labour Agencies, said the ban was unfair. Malta, which"
        " holds the Council of the EU presidency, welcomed the vote.\n"
    )
    found = by_text(extract(nlp, text))
    assert found["Herald of Europe"][0] is Kind.PARTY
    assert "Herald" not in found
    assert found["Association of Cambodian Labour Agencies"][0] is Kind.PARTY
    assert "Association" not in found
    assert found["Council of the EU"][0] is Kind.PARTY
    assert "Council" not in found


def test_a_state_organ_or_title_before_of_stays_apart(nlp):
    text = HEADLINE + (
        "The Government of Rwanda reopened the border. The President of Tarsenia, Olek Varan, met the King of"
        " Norway in Oslo.\n"
    )
    found = by_text(extract(nlp, text))
    assert "President of Tarsenia" not in found
    assert "King of Norway" not in found
    assert found["Norway"][0] is Kind.STATE
    organ = HEADLINE + "Li Wen, a member of the Politburo of the Chinese Communist Party, led the delegation.\n"
    assert "Politburo of the Chinese Communist Party" not in by_text(extract(nlp, organ))
