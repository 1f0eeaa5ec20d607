"""Review mends of round AO: a copyright note is furniture only at a line's or sentence's start; a common-word drop
spares names the knowledge base knows and names that speak; a person after 'X-held' stays (a hostage); a lede after a
dateline may still end at an abbreviation's stop; a portfolio's end with a day or after 'The' is no holder; a passive
done to the speaker himself is no report of his."""

from __future__ import annotations

from core.model import Family, Kind
from tests.core.test_entities import by_text, extract
from tests.core.test_relations import OFF, pairs

_PEOPLE = {"Anton Reles": (OFF, ["Anton Reles", "Reles"]), "Marta Kowal": (OFF, ["Marta Kowal", "Kowal"])}


def test_a_copyright_word_inside_a_sentence_is_prose(nlp):
    got = by_text(extract(nlp, "The plan, passed as the Copyright 2019 rules, is new. Brazil said it would comply.\n"))
    assert got.get("Brazil", (None,))[0] is Kind.STATE, got


def test_a_copyright_line_is_still_furniture(nlp):
    text = "Brazil said it would comply.\nCopyright 2024 Vexora Daily News. All rights reserved.\n"
    got = by_text(extract(nlp, text))
    assert "Vexora Daily News" not in got, got


def test_a_name_that_speaks_is_no_common_word(nlp):
    text = "Quill said on Monday it would sell the field. The quill was found near the port by the regulator.\n"
    got = by_text(extract(nlp, text))
    assert "Quill" in got, got


def test_a_person_held_by_a_group_is_still_a_person(nlp):
    got = by_text(extract(nlp, "Rebel-held Anna Roe was freed on Monday, the ministry said.\n"))
    assert got.get("Anna Roe", (None,))[0] is Kind.OFFICIAL, got


def test_a_lede_after_a_dateline_ends_at_an_abbreviations_stop(nlp):
    text = " date 2024-05-02 TBILISI \u2014 Georgia fined Acme Inc. The ministry said on Tuesday the fine stands.\n"
    doc = nlp(text)
    sents = [s.text.strip() for s in doc.sents]
    assert "The ministry said on Tuesday the fine stands." in sents, sents


def test_a_portfolio_before_a_day_names_no_holder(nlp):
    got = by_text(extract(nlp, "Minister of Energy and Natural Resources Tuesday said the fund would resume.\n"))
    assert not any("Tuesday" in name for name in got), got


def test_a_title_after_a_sentence_opening_the_names_no_holder(nlp):
    text = "The Minister of State for Regional Integration said on Monday the talks would resume.\n"
    got = by_text(extract(nlp, text))
    assert "Regional Integration" not in got, got


def test_what_was_done_to_the_speaker_is_no_report_of_his():
    got = pairs("Anton Reles told reporters that he was insulted by President Marta Kowal.", _PEOPLE)
    assert Family.REPORTING not in got.get(frozenset(("Anton Reles", "Marta Kowal")), set()), got
    # the doer of a passive done to another is still reported
    got = pairs("Anton Reles told reporters that the decision was made by President Marta Kowal.", _PEOPLE)
    assert Family.REPORTING in got.get(frozenset(("Anton Reles", "Marta Kowal")), set()), got
