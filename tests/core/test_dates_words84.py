"""A month is a whole word wherever page furniture or a date is read: 'Mayday', 'Marchers' and 'Mayor' begin like a
month but are none (core.dates MONTH_WORD, used by core.titles and core.extract.furniture)."""

from __future__ import annotations

from core.extract.furniture import furniture_ranges


def _furniture(text: str) -> list[str]:
    return [text[a:b].strip() for a, b in furniture_ranges(text) if text[a:b].strip()]


def test_a_byline_run_into_a_date_stamp_is_furniture():
    text = "Talks resume in Geneva\n\nJane Roe Published May 29, 2023 | 06:00 PM\n\nThe talks resumed on Monday.\n"
    assert any(s.startswith("Jane Roe Published") for s in _furniture(text))


def test_a_word_that_begins_like_a_month_after_a_stamp_word_is_no_date():
    text = "Ships warned at sea\n\nJane Roe Posted Mayday 3 warnings\n\nThe coast guard sent two boats.\n"
    assert not any("Mayday" in s for s in _furniture(text))
