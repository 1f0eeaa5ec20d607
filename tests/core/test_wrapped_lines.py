"""A name cut by a hard-wrapped line's break is read whole (wrapped_lines.unwrap_names, called by clean.clean); a
headline, a byline, a dateline, a short line and a name ending at its head noun keep their breaks. Invented text."""

from __future__ import annotations

from core.extract.clean import clean
from core.extract.pipeline import extract_text
from core.extract.wrapped_lines import hard_wrapped, unwrap_names

_WRAPPED = (
    "Vexland to review harbour deal\n"
    "By Ana Roe and Tom Bell\n"
    "PORTVILLE Jan 3 The government of Vexland said on Monday that it would\n"
    "review the harbour contract signed last year, after the chief judge Lorenzo\n"
    "Bellandi asked the finance ministry to hand over all the papers of the\n"
    "deal, which had been financed in part by the Northern Bank for\n"
    "Trade and Development and by a group of lenders from abroad.\n"
    "The ministry said it would answer the request of the court by the end of\n"
    "the month, and that the talks with the lenders would go on as planned.\n"
)


def test_the_text_is_hard_wrapped():
    assert hard_wrapped(_WRAPPED)


def test_a_break_inside_a_name_is_read_as_a_space():
    got = unwrap_names(_WRAPPED)
    assert len(got) == len(_WRAPPED)
    assert "judge Lorenzo Bellandi asked" in got
    assert "Northern Bank for Trade and Development" in got
    assert clean(_WRAPPED).text == got  # the parser reads the unwrapped copy


def test_headline_byline_and_sentence_breaks_stay():
    got = unwrap_names(_WRAPPED)
    assert got.startswith("Vexland to review harbour deal\nBy Ana Roe and Tom Bell\nPORTVILLE")
    assert "papers of the\ndeal" in got and "end of\nthe month" in got  # no name is cut there


def test_a_name_ending_at_its_head_noun_keeps_its_break():
    text = _WRAPPED.replace(
        "after the chief judge Lorenzo\nBellandi", "after the Supreme Court of Vexland Ministry\nOfficials"
    )
    assert "Ministry\nOfficials" in unwrap_names(text)


def test_text_written_one_line_a_paragraph_is_left():
    text = "Vexland to review deal\n\nThe chief judge Lorenzo\nBellandi asked for the papers.\n\nMore.\n\nEnd.\n"
    assert not hard_wrapped(text)
    assert unwrap_names(text) == text


def test_the_cut_name_is_one_entity_with_offsets_in_the_text_as_read():
    found = extract_text(_WRAPPED)
    names = {e.name for e in found.entities}
    assert {"Lorenzo Bellandi", "Northern Bank for Trade and Development"} <= names
    assert "Northern Bank" not in names
    for e in found.entities:
        for m in e.mentions:
            assert _WRAPPED[m.start : m.end] == m.text


def test_headings_list_lines_and_addresses_keep_their_breaks():
    # review BJ-8: a letterhead, a heading or a list line as wide as the prose is no running line
    letterhead = _WRAPPED.replace(
        "The ministry said it would answer the request of the court by the end of\n",
        "Issued by the Consular Office of the Embassy of Vexland in Portville\n"
        "Information Desk, 44 Harbour Road, Portville, telephone and mail below.\n",
    )
    got = unwrap_names(letterhead)
    assert "Portville\nInformation Desk" in got
    listing = _WRAPPED.replace(
        "The ministry said it would answer the request of the court by the end of\n",
        "The Deputy Minister for Trade and Industry of the Republic of Vexland\n"
        "Both delegations agreed to meet again in the spring to review the plan.\n",
    )
    assert "Vexland\nBoth delegations" in unwrap_names(listing)


def test_a_date_in_the_running_line_is_no_address():
    # review BJ-6: a date's number before a capitalised month is no street's number
    dated = _WRAPPED.replace(
        "deal, which had been financed in part by the Northern Bank for\n",
        "deal, which had been approved on 12 March by the Northern Bank for\n",
    )
    assert "Northern Bank for Trade" in unwrap_names(dated)
    opening = _WRAPPED.replace(
        "deal, which had been financed in part by the Northern Bank for\n",
        "deal, which had been approved on\n12 March of last year by the board of the Northern Bank for\n",
    )
    assert "Northern Bank for Trade" in unwrap_names(opening)
