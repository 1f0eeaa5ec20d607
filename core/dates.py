"""A document's publication date from its text: a dateline, a "Published …" line or a date line at the top.

Metadata (HTML meta tags, PDF and DOCX properties) is read by ``core.ingest``; this is the fallback for plain
text and for files whose metadata says nothing. Only the head of the article is searched, and only in places
where a date means "when this was written": a date in the first sentence of the story is an event, not the
publication. A dateline without a year ("SEOUL, Oct. 18 (UPI) --") takes its year only from a full date of the
same month and day elsewhere in the text; otherwise the document stays undated rather than guessed.
"""

from __future__ import annotations

import re
from datetime import date

HEAD_LINES = 20  # non-blank lines searched from the top
SHORT_LINE = 80  # a date line is short: "December 6, 2017 / 9:30 AM / Updated 9 hours ago"
MAX_OTHER_WORDS = 8  # words beside the date on a short line ("- The Washington Times - Saturday, …")

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "oct": 10,
    "nov": 11, "dec": 12,
}  # fmt: skip
# a month's name or short form as a whole word, not the start of another word ("Mayor", "Junta", "Marines")
_MONTH_NAME = (
    r"Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|"
    r"Nov(?:ember)?|Dec(?:ember)?"
)
MONTH_WORD = rf"(?:{_MONTH_NAME})\b\.?"
WEEKDAY_WORD = (
    r"(?:Mon(?:day)?|Tue(?:s(?:day)?)?|Wed(?:nesday)?|Thu(?:r(?:s(?:day)?)?)?|Fri(?:day)?|Sat(?:urday)?|Sun(?:day)?)\b\.?"
)
_MONTH = rf"(?P<month>{_MONTH_NAME})\b\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)\b"
# "May 9, 2019", "Sept. 27, 2006", "Sep.28,2006" / "9 May 2019", "10th of May, 2019" / "2019-05-09"
_MDY = re.compile(rf"\b{_MONTH}\s*{_DAY},?\s*{_YEAR}", re.IGNORECASE)
_DMY = re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}", re.IGNORECASE)
_ISO = re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)(?!\d)")
_FULL = (_MDY, _DMY, _ISO)
# a month and day with no year, as a yearless dateline carries it
_MD = re.compile(rf"\b{_MONTH}\s*{_DAY}\b(?!,?\s*(?:19|20)\d\d)", re.IGNORECASE)
_DM = re.compile(rf"\b{_DAY}\s+{_MONTH}(?!,?\s*(?:19|20)\d\d)", re.IGNORECASE)

_KEYWORD = re.compile(
    r"^\W*(?:first\s+)?(?:published|posted|updated|last\s+updated|date|dated|issued|released)\b", re.IGNORECASE
)
# "WASHINGTON, May 9, 2019 —", "PYONGYANG, North Korea (AP) —" (the place is upper case or Title Case)
_PLACE = r"[A-Z][A-Za-z.'’-]*(?:[ -][A-Z][A-Za-z.'’-]*){0,3}"
_DATELINE_HEAD = re.compile(rf"^\s*{_PLACE}(?:,\s*{_PLACE})?\s*(?:\([^)]{{1,30}}\))?\s*,\s*")
# what follows a dateline's date: "(UPI) --", ". /TASS/.", " —", " -"
_DATELINE_TAIL = re.compile(r"^\s*(?:\([^)]{1,30}\)|\.?\s*/[^/]{1,20}/\.?|[-—–:]|\.\s)")


def _make(year: str | int, month: str | int, day: str | int) -> date | None:
    if isinstance(month, str) and not month.isdigit():
        month = _MONTHS[month.lower()[:3]]
    try:
        return date(int(year), int(month), int(day))
    except ValueError:
        return None


def _full_date(line: str) -> tuple[date, re.Match[str]] | None:
    """The first complete date on ``line`` (any of the accepted spellings) and where it stands."""
    found = []
    for pattern in _FULL:
        for match in pattern.finditer(line):
            when = _make(match["year"], match["month"], match["day"])
            if when is not None:
                found.append((match.start(), when, match))
                break
    if not found:
        return None
    _, when, match = min(found, key=lambda f: f[0])
    return when, match


def _head(text: str) -> list[str]:
    lines = []
    for line in text.splitlines():
        if line.strip():
            lines.append(line.strip())
            if len(lines) == HEAD_LINES:
                break
    return lines


def _is_date_line(line: str, match: re.Match[str]) -> bool:
    """A short line that is mostly its date: a byline date, not a sentence that mentions one."""
    if len(line) > SHORT_LINE:
        return False
    rest = line[: match.start()] + " " + line[match.end() :]
    return len(re.findall(r"[A-Za-z]{2,}", rest)) <= MAX_OTHER_WORDS and not rest.rstrip().endswith(".")


def _is_dateline(line: str, match: re.Match[str]) -> bool:
    """``PLACE, <date> —``: the place opens the line and a dash, an agency or a full stop follows the date."""
    head = _DATELINE_HEAD.match(line[: match.start()])
    return head is not None and head.end() == match.start() and bool(_DATELINE_TAIL.match(line[match.end() :]))


def _yearless_dateline(line: str) -> tuple[int, int] | None:
    """Month and day of a dateline that states no year: "SEOUL, Oct. 18 (UPI) --", "May 9 (UPI) --"."""
    for pattern in (_MD, _DM):
        match = pattern.search(line)
        if match is None:
            continue
        opens = match.start() == 0 or _DATELINE_HEAD.fullmatch(line[: match.start()]) is not None
        if opens and _DATELINE_TAIL.match(line[match.end() :]):
            month = _make(2000, match["month"], 1)
            if month is not None:
                return month.month, int(match["day"])
    return None


def published_in_text(text: str) -> str | None:
    """The ISO date the article's head gives for its publication, or None when it gives none for certain."""
    yearless: tuple[int, int] | None = None
    for line in _head(text):
        found = _full_date(line)
        if found is not None:
            when, match = found
            if (
                _KEYWORD.match(line)
                or _is_dateline(line, match)
                or _is_date_line(line, match)
                or match.re is _ISO
            ):
                return when.isoformat()
        if yearless is None:
            yearless = _yearless_dateline(line)
    if yearless is not None:
        return _year_for(text, *yearless)
    return None


def _year_for(text: str, month: int, day: int) -> str | None:
    """The year of a full date with this month and day anywhere in ``text``, if exactly one year fits."""
    years = set()
    for pattern in _FULL:
        for match in pattern.finditer(text):
            when = _make(match["year"], match["month"], match["day"])
            if when is not None and (when.month, when.day) == (month, day):
                years.add(when.year)
    if len(years) == 1:
        return date(years.pop(), month, day).isoformat()
    return None
