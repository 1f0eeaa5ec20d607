"""Publication dates from the head of real articles (datelines and date lines as agencies and papers print them)."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.dates import published_in_text
from core.ingest import read_document

# the first lines of real articles (a Reuters, a Washington Times, an AP, a Hankyoreh, a UPI page, …)
REAL = [
    ("Senior North Korean diplomat meets U.N. political affairs chief\nExclusive\n"
     "December 6, 2017 / 9:30 AM / Updated 9 hours ago\n\nSEOUL (Reuters) - North Korea’s vice foreign minister met",
     "2017-12-06"),
    ("- The Washington Times - Saturday, October 21, 2006\n\nNEW YORK — Diplomats at the United Nations dread",
     "2006-10-21"),
    ("Senior UN official in North Korea to meet top leaders\n\nDecember 5, 2017 4:59 am\n \n"
     "PYONGYANG, North Korea (AP) — A senior United Nations official has arrived in Pyongyang", "2017-12-05"),
    ("Posted on : Sep.28,2006 17:18 KST Modified on : Sep.29,2006 21:05 KST\n\n"
     "North Korea's deputy envoy to the United Nations is expected to be replaced soon", "2006-09-28"),
    ("Russian Foreign Ministry: Western countries are silent\n02 October 2023\n\nToday there was another briefing",
     "2023-10-02"),
    ("Briefing\n\nWASHINGTON, May 9, 2019 -- The United States seized a North Korean cargo ship", "2019-05-09"),
    ("Seized ship\nPublished 10 May 2019\n\nThe Wise Honest was seized", "2019-05-10"),
    ("Report\n2019-05-09T10:00:00Z\nThe ship", "2019-05-09"),
    ("date 2016-06-20 SEOUL, June 20 A North Korean diplomat who was part of six-party talks", "2016-06-20"),
]  # fmt: skip
UNDATED = [
    # a yearless dateline, and no full date with the same day anywhere: the year is not guessed
    "Reports: Top North Korea diplomat to meet with U.S. officials\n\n"
    "SEOUL, Oct. 18 (UPI) -- North Korea's top diplomat for U.S. affairs may be traveling to Malaysia",
    "Ex-diplomat says\n\nMarch 12 (UPI) -- A North Korean diplomat who fled\n\nIn July 2019, the regime's ministry",
    "Qatar\n\nDOHA, September 1. /TASS/. Qatar's foreign minister said",
    # a date in the story's first sentence is an event, not the publication
    "Report: U.N. Investigating\n\nNorth Korea's Kim Yong Nam poses with Venezuela's Foreign Minister Jorge Arreaza "
    "at the Miraflores presidential palace in Caracas, Venezuela on November 27, 2018. - Kim Yong Nam's visit is",
]


@pytest.mark.parametrize(("text", "expected"), REAL)
def test_real_datelines(text: str, expected: str) -> None:
    assert published_in_text(text) == expected


@pytest.mark.parametrize("text", UNDATED)
def test_no_certain_date_is_none(text: str) -> None:
    assert published_in_text(text) is None


def test_a_yearless_dateline_takes_the_year_only_from_the_same_day_elsewhere() -> None:
    text = "Qatar\n\nDOHA, September 1. /TASS/. Qatar's minister spoke.\n\nOn September 1, 2019 he said more."
    assert published_in_text(text) == "2019-09-01"
    both = text + " A year before, on September 1, 2018, the same."
    assert published_in_text(both) is None, "two candidate years: no guess"


def test_ingest_dates_text_files_from_their_dateline(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Ship seized\n\nWASHINGTON, May 9, 2019 -- The United States seized a ship.\n", "utf-8")
    assert read_document(article).published == "2019-05-09"
    plain = tmp_path / "b.txt"
    plain.write_text("Ship seized\n\nThe United States seized a ship on May 9, 2019 in the Pacific.\n", "utf-8")
    assert read_document(plain).published is None
