"""A lede that opens its line after a dateline or a stored page's date is parsed from its own first word (round AO)."""

from __future__ import annotations

from core.extract.lead_breaks import lead_ends
from core.extract.pipeline import extract_text
from core.model import Family

_LEDE = (
    "Georgia has given Russia until June 1 to withdraw its border guards from the airport, Prime Minister"
    " Tomas Elbrin said on Tuesday."
)


def _ties(text: str) -> set[tuple[str, str, Family]]:
    got = extract_text(text)
    names = [e.name for e in got.entities]
    return {(names[r.source], names[r.target], r.family) for r in got.relations}


def test_the_lede_starts_after_a_stored_date_and_a_dateline():
    text = " date 2024-05-02 TBILISI \u2014 " + _LEDE + "\n"
    assert lead_ends(text) == [text.index("Georgia")]
    text = "Troops told to leave\n\nTBILISI, May 2 (Reuters) - " + _LEDE + "\n"
    assert lead_ends(text) == [text.index("Georgia")]


def test_no_lead_no_break():
    assert lead_ends(_LEDE + "\n") == []
    # a credit inside a caption's line is no lead: the caption is not cut after it
    assert lead_ends("Troops told to leave\n\nTroops at the port (Photo: Jane Roe/AP) on Monday.\n") == []
    # furniture that starts inside a line of prose (a credit after words of the line) starts nothing after it
    text = "Troops told to leave\n\nTroops at the port (Summit Press Pool) said on Monday it was over.\n"
    assert lead_ends(text) == []


def test_the_speakers_ties_survive_a_dateline_lead():
    got = _ties(" date 2024-05-02 TBILISI \u2014 " + _LEDE + "\n")
    assert ("Tomas Elbrin", "Russia", Family.REPORTING) in got, got
    # the same as without the lead
    assert ("Tomas Elbrin", "Russia", Family.REPORTING) in _ties(_LEDE + "\n")


def test_the_lede_is_one_sentence_to_its_full_stop(nlp):
    text = (
        " date 2025-07-07 US President Tomas Elbrin's administration has revoked the designation of the group,"
        " according to a memo published on Monday. It was new.\n"
    )
    doc = nlp(text)
    us = next(t for t in doc if t.text == "US")
    assert us.sent.start == us.i, [s.text for s in doc.sents]
    assert us.sent.text.endswith("on Monday."), [s.text for s in doc.sents]
    assert [s.text.strip() for s in doc.sents][-1] == "It was new."


def test_a_whole_line_of_furniture_starts_nothing_on_the_next_line():
    text = "Embassy closed\n#World News\nANKARA (Reuters) - Ruritania has closed its embassy.\n"
    assert lead_ends(text) == [text.index("Ruritania")]


def test_a_headline_after_a_stored_date_is_read_as_before():
    assert lead_ends(" date 2024-05-02 Ruritania: tanker bringing fuel to Vexora in Kalmar\nThe tanker sailed.\n") == []


def test_a_lede_with_a_caption_run_on_after_it_is_still_prose():
    text = " date 2024-05-02 Ruritania said the tanker sailed. Ruritania's president Anton Reles (AFP)\n"
    assert lead_ends(text) == [text.index("Ruritania")]
    assert lead_ends(" date 2024-05-02 U.S. sanctions Acme over tanker sales\nThe tanker sailed.\n") == []
