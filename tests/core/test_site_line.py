"""A stored page's first line that is only its site's domain or a bracketed source is furniture, not the headline."""

from __future__ import annotations

import pytest

from core.extract.furniture import furniture_ranges
from core.titles import headline

HEADLINE = "Coast guard boards a fishing trawler"
BODY = "The coast guard boarded a foreign fishing trawler on Tuesday, the ministry said in a statement."


@pytest.mark.parametrize("first", ["date 2024-03-13 ExampleRates.com", "news.example.co.uk", "[Source: Example Wire]"])
def test_site_line_is_furniture_and_the_next_line_is_the_headline(first: str) -> None:
    text = f" {first}\n\n{HEADLINE}\n\n{BODY}"
    start = text.index(first)
    assert any(a <= start and start + len(first) <= b for a, b in furniture_ranges(text))
    assert headline(text) == HEADLINE
    head = text.index(HEADLINE)
    assert not any(a <= head < b for a, b in furniture_ranges(text))  # the headline is not taken for a byline


def test_a_headline_naming_a_site_is_kept() -> None:
    text = f"Example.com buys a shipping registry\n\n{BODY}"
    assert headline(text) == "Example.com buys a shipping registry"
