"""Entity classes of blind set 30 (issue #11, round X), each on invented sentences."""

from __future__ import annotations

from core.extract.teasers import teaser_tails
from core.model import Kind
from tests.core.test_entities import by_text, extract
from tests.core.test_entities_news import HEADLINE

_STORY = (
    "Norland signs port deal with a foreign operator\n\n"
    "Norland signed an agreement on Friday to sell a stake in its biggest port.\n\n"
    "Dockworkers protested in the capital against the sale.\n\n"
    "The government said the prime minister would visit the buyer's country in June.\n\n"
)


def test_unheaded_headlines_closing_a_page_are_furniture():
    tail = (
        "Read more: close\n"
        "Valdoria wants a role in the border dialogue: paper\n"
        "Alliance starts air patrols over Kestria\n"
        "Opposition party tops Ostmark election\n"
        "Services\n"
        "webmail\n"
        "Powered by SomeCMS\n"
    )
    text = _STORY + tail
    ranges = teaser_tails(text)
    assert [text[a:b] for a, b in ranges] == [tail]


def test_a_page_closing_on_an_unfinished_paragraph_or_two_short_lines_keeps_them():
    cut = _STORY + "Officials said the ministry of transport in Valdoria would review the terms of the lease next\n"
    assert teaser_tails(cut) == []
    two = _STORY + "Valdoria wants a role in the border dialogue\nAlliance starts air patrols over Kestria\n"
    assert teaser_tails(two) == []


def test_a_government_named_after_a_leader_never_named_otherwise_is_a_body(nlp):
    text = HEADLINE + (
        "When Dalton was trade minister in the Harwick government, his office reviewed the lease. In 2016 the"
        " Brennock government approved it, and the Territory government sold it.\n"
    )
    found = by_text(extract(nlp, text))
    assert found["Harwick government"][0] is Kind.PARTY
    assert found["Brennock government"][0] is Kind.PARTY
    assert "Harwick" not in found and "Brennock" not in found and "Territory government" not in found


def test_a_government_named_after_a_leader_named_in_full_stays_the_leader(nlp):
    text = HEADLINE + "The bloc urged the Ortega government to free prisoners. President Daniel Ortega refused.\n"
    found = by_text(extract(nlp, text))
    assert "Ortega government" not in found
    assert found["Daniel Ortega"][0] is Kind.OFFICIAL


def test_a_compass_point_in_two_words_keeps_a_known_body_whole(nlp):
    text = HEADLINE + (
        "Ministers of the Association of South-East Asian Nations met on Friday. Envoys of the Association of South"
        " East Asian Nations met later.\n"
    )
    found = by_text(extract(nlp, text))
    assert found["Association of South-East Asian Nations"] == (Kind.PARTY, "ASEAN")
    assert found["Association of South East Asian Nations"] == (Kind.PARTY, "ASEAN")
    assert "East Asian Nations" not in found and "Association of South" not in found


def test_a_chairperson_title_is_not_read_into_the_name(nlp):
    text = HEADLINE + '"The law must prevail," Norland Union Commission Chairperson Tomas Ali Berend said in Valdor.\n'
    found = by_text(extract(nlp, text))
    assert found["Tomas Ali Berend"][0] is Kind.OFFICIAL
    assert not any(t.startswith("Chairperson") for t in found)


def test_a_lone_common_noun_an_ethnic_group_or_a_treaty_acronym_is_no_entity(nlp):
    text = HEADLINE + (
        "The tax breaks were questioned by the Opposition. The state-of-the-art Terminal is the largest employer."
        " Valdor said it backed Tuareg rebels. The deal revived the JCPOA talks, the Delegation said.\n"
    )
    found = by_text(extract(nlp, text))
    assert not {"Opposition", "Terminal", "Tuareg", "JCPOA", "Delegation"} & set(found)


def test_an_author_box_closing_a_page_is_furniture():
    box = (
        "About Jane Roe\n\n"
        "Jane Roe is a Norland journalist. After graduating from the University of Valdor she joined the paper.\n"
    )
    text = _STORY + box
    assert [text[a:b] for a, b in teaser_tails(text)] == [box]
    other = _STORY + "About Norland\n\nThe country lies on the coast of the sea and trades with Valdor.\n"
    assert teaser_tails(other) == []


def test_a_word_cut_at_the_end_of_a_page_is_no_name(nlp):
    text = HEADLINE + (
        "The court invited the colonel to assume the duties of the president on Tuesday, and sources close to him"
        " told Reute"
    )
    assert "Reute" not in by_text(extract(nlp, text))


def test_the_state_department_shortened_or_in_lower_case_after_us_is_the_body(nlp):
    text = HEADLINE + (
        "Anyone considering deals with Valdor risks sanctions, State Dept says\n\nAsked at a briefing at the US state"
        " department about the deal, deputy spokesperson Jane Roe said the sanctions remain.\n"
    )
    found = by_text(extract(nlp, text))
    assert found["State Dept"] == (Kind.PARTY, "U.S. State Department")
    assert found["US state department"] == (Kind.PARTY, "U.S. State Department")


def test_a_named_meeting_is_an_event_not_an_actor(nlp):
    text = HEADLINE + "The ministers took the decision at the Emergency Foreign Ministers' Meeting on Friday night.\n"
    found = by_text(extract(nlp, text))
    assert not any(t.endswith("Meeting") for t in found)
