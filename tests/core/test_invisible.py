"""Invisible characters: names matched as if they were absent, offsets into the text as read, nothing raw printed."""

from __future__ import annotations

import json
import unicodedata
from functools import cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core import cli
from core.extract import extract_text
from core.extract.clean import clean, printable

BASE = (
    "Summit in Pyongyang\n\n"
    "North Korean leader Kim Jong-un met Russian President Vladimir Putin in Pyongyang on Tuesday.\n\n"
    "Cuba and Venezuela signed an oil agreement, and Putin praised Cuba.\n"
)
INVISIBLE = [
    "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u200e", "\u200f", "\u202a", "\u202b", "\u202c",
    "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069", "\x00", "\x07", "\x08", "\x1b", "\x7f", "\x9b",
    "\U000e0041",
]  # fmt: skip


def summary(extraction) -> tuple[list, list]:
    entities = [(e.name, str(e.kind), len(e.mentions)) for e in extraction.entities]
    relations = sorted((r.source, r.target, r.type) for r in extraction.relations)
    return entities, relations


@cache
def base_extraction():
    return extract_text(BASE)


def spans(extraction) -> list:
    return [m for e in extraction.entities for m in e.mentions] + [r.evidence for r in extraction.relations]


def test_the_reported_cases_read_as_if_the_characters_were_absent() -> None:
    text = BASE.replace("Kim Jong-un", "Kim\u200d Jong\u200b-un").replace("Cuba and", "Cuba\x07 and")
    found = extract_text(text)
    names = {e.name for e in found.entities}
    assert "Kim Jong-un" in names and "Cuba" in names
    assert not any("\u200d" in n or "\x07" in n for n in names), "names are shown clean"
    kim = next(e for e in found.entities if e.name == "Kim Jong-un")
    assert kim.mentions[0].text == "Kim\u200d Jong\u200b-un", "the mention is the text as read"
    cuba = next(e for e in found.entities if e.name == "Cuba")
    assert all(m.text == "Cuba" for m in cuba.mentions), "a bell after the name is not part of it"
    assert summary(found) == summary(base_extraction())


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.integers(0, len(BASE)), st.sampled_from(INVISIBLE)), min_size=1, max_size=12))
def test_inserted_invisible_characters_change_nothing_but_offsets(inserts: list[tuple[int, str]]) -> None:
    text = BASE
    for at, ch in sorted(inserts, reverse=True):
        text = text[:at] + ch + text[at:]
    found = extract_text(text)
    for span in spans(found):
        assert text[span.start : span.end] == span.text
        assert clean(span.text).text == span.text.translate({ord(c): None for c in INVISIBLE})
    assert summary(found) == summary(base_extraction())
    assert [clean(s.text).text for s in spans(found)] == [s.text for s in spans(base_extraction())]


def test_clean_maps_every_offset_back() -> None:
    text = "\ufeff\u202eAb\u200dc\x07 d\x1ce\u2028"
    cleaned = clean(text)
    assert cleaned.text == "Abc d e\n"
    for i, ch in enumerate(cleaned.text):
        original = cleaned.offset(i)
        assert text[original] == ch or (ch in " \n" and text[original] in "\x1c\u2028")
    assert cleaned.span(0, 3) == (2, 6) and text[2:6] == "Ab\u200dc"
    assert cleaned.span(0, 0) == (2, 2)
    plain = "Nothing hidden here."
    assert clean(plain).text is plain and not clean(plain).changed


def test_printable_leaves_no_control_or_format_character() -> None:
    hostile = "A\x1b]0;owned\x07B\u202eC\x9b31mD\u200dE\nF\tG\U000e0041"
    shown = printable(hostile)
    assert all(unicodedata.category(ch) not in {"Cc", "Cf", "Zl", "Zp"} for ch in shown)
    assert shown == "A\\x1b]0;owned\\x07B\\u202eC\\x9b31mD\\u200dE\\x0aF\\x09G\\U000e0041"
    assert printable("a\nb", keep_newlines=True) == "a\nb"


def _raw(text: str) -> list[str]:
    return [ch for ch in text if unicodedata.category(ch) in {"Cc", "Cf", "Zl", "Zp"} and ch != "\n"]


def test_the_command_line_prints_no_raw_control_characters(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "bell\x07\u202e.txt"
    article.write_text(
        "Summit\n\nThe \x1b[31m government of Kim\u200d Jong-un \x1b[0m met \u202eCuba\u202c officials. \x9b2J\n"
        "Cuba\x07 and Venezuela signed a deal.\n",
        encoding="utf-8",
    )
    missing = tmp_path / "gone\x1b[2J.txt"
    for fmt in ("table", "json"):
        code = cli.main(["extract", str(article), str(missing), "--format", fmt, "--jobs", "1"])
        out, err = capsys.readouterr()
        assert code == cli.SKIPPED
        assert _raw(out) == [] and _raw(err) == [], fmt
        assert "gone\\x1b[2J.txt: no such file" in err
        if fmt == "json":
            data = json.loads(out)
            assert data["documents"][0]["path"] == str(article), "the escapes are JSON's: the values are intact"
            texts = [m["text"] for e in data["entities"] for m in e["mentions"]]
            assert "Kim\u200d Jong-un" in texts
        else:
            assert "Kim Jong-un" in out and "bell" not in out
    assert cli.main(["extract", "\x1b[31m", "--format", "tab\x07le"]) == cli.NOTHING
    _, err = capsys.readouterr()
    assert _raw(err) == [] and "tab\\x07le" in err
