"""Invisible characters taken out of a text before the rules read it, with a map back to the text as read.

Zero-width spaces and joiners, byte-order marks, bidi embeddings, overrides and isolates, soft hyphens and
control characters are invisible on screen yet split or hide names ("Kim" + ZWJ + "Jong-un", "Cuba" + BEL). The
rules read a copy without them, so they match names as if those characters were absent; ``Cleaned.span`` maps
every offset of the copy back to the text as read, so ``text[start:end]`` of the original is what is stored.
Whitespace controls stay (tabs, newlines, form feeds); other separators become a plain space or newline of the
same length, so they still separate words and lines.
"""

from __future__ import annotations

import bisect
import re
import sys
import unicodedata
from dataclasses import dataclass
from functools import cache

from core.extract.wrapped_lines import unwrap_names

# kept as they are: ordinary whitespace that the tokenizer and the line-break rules understand
_KEPT = frozenset("\t\n\r\x0b\x0c")
# replaced one for one, so offsets do not move: separators that are whitespace to Python and spaCy anyway
_SEPARATORS = {"\x1c": " ", "\x1d": " ", "\x1e": "\n", "\x1f": " ", "\x85": "\n", "\u2028": "\n", "\u2029": "\n",
               # the modifier letter apostrophe ("the Presidentʼs Office") read as the ordinary one, one for one
               "\u02bc": "\u2019",
               # the non-breaking hyphen ("Storm\u20110042", "Self\u2011Defense") read as the plain one, one for one
               "\u2011": "-"}


@cache
def _invisible() -> tuple[re.Pattern[str], dict[int, str]]:
    """The characters removed (controls ``Cc`` and formats ``Cf`` less kept whitespace) as one pattern."""
    removed = [
        chr(c)
        for c in range(sys.maxunicode + 1)
        if unicodedata.category(chr(c)) in {"Cc", "Cf"} and chr(c) not in _KEPT and chr(c) not in _SEPARATORS
    ]
    ranges: list[list[int]] = []
    for ch in removed:
        if ranges and ranges[-1][1] == ord(ch) - 1:
            ranges[-1][1] = ord(ch)
        else:
            ranges.append([ord(ch), ord(ch)])
    body = "".join(re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in ranges)
    return re.compile(f"[{body}]+"), {ord(k): v for k, v in _SEPARATORS.items()}


_SEPARATOR_RE = re.compile("[" + "".join(_SEPARATORS) + "]")
# an opening quote, a backtick, an acute accent or a prime typed for the apostrophe of a possessive ("Brazil‘s
# strategies", "Iran´s airspace"): read as the apostrophe, one for one, so that the name ends before it
_POSSESSIVE_QUOTE = re.compile(r"(?<=[A-Za-z])[\u2018`\u00b4\u2032](?=s\b)")


@dataclass(frozen=True, slots=True)
class Cleaned:
    """A text without invisible characters, and where each of its characters was in the text as read."""

    text: str
    original: str
    # runs of removed characters: a run before clean offset ``_at[i]`` brings the removed count to ``_removed[i]``
    _at: tuple[int, ...] = ()
    _removed: tuple[int, ...] = ()

    @property
    def changed(self) -> bool:
        return self.text is not self.original

    def offset(self, index: int) -> int:
        """The offset in the original of the clean character at ``index`` (or of the end, for ``len(text)``)."""
        i = bisect.bisect_right(self._at, index)
        return index + (self._removed[i - 1] if i else 0)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span of clean ``[start, end)``: from its first to its last visible character."""
        if end <= start:
            at = self.offset(start)
            return at, at
        return self.offset(start), self.offset(end - 1) + 1


def clean(text: str) -> Cleaned:
    """``text`` without invisible characters; the same object (no copy, no map) when it has none."""
    pattern, separators = _invisible()
    swapped = text.translate(separators) if _SEPARATOR_RE.search(text) is not None else text
    if _POSSESSIVE_QUOTE.search(swapped) is not None:
        swapped = _POSSESSIVE_QUOTE.sub("\u2019", swapped)
    swapped = unwrap_names(swapped)  # a name cut by a hard-wrapped line's break, one space for the break
    runs = [(m.start(), m.end()) for m in pattern.finditer(swapped)]
    if not runs:
        return Cleaned(swapped, text) if swapped is not text else Cleaned(text, text)
    pieces: list[str] = []
    at: list[int] = []
    removed: list[int] = []
    last, gone = 0, 0
    for a, b in runs:
        pieces.append(swapped[last:a])
        gone += b - a
        at.append(a - (gone - (b - a)))  # the clean offset of the first character after the run
        removed.append(gone)
        last = b
    pieces.append(swapped[last:])
    return Cleaned("".join(pieces), text, tuple(at), tuple(removed))


# -- printing ------------------------------------------------------------------------------------------


def _escape(match: re.Match[str]) -> str:
    ch = match.group()
    return f"\\x{ord(ch):02x}" if ord(ch) < 0x100 else f"\\u{ord(ch):04x}" if ord(ch) < 0x10000 else f"\\U{ord(ch):08x}"


def printable(text: str, keep_newlines: bool = False) -> str:
    """``text`` safe for a terminal: every control, format and separator character shown as an escape.

    A bell, an escape sequence or a bidi override in an article or a file name must not act on the terminal.
    """
    pattern = terminal_pattern(keep_newlines)
    return pattern.sub(_escape, text)


@cache
def terminal_pattern(keep_newlines: bool = False) -> re.Pattern[str]:
    """One character that a terminal could act on or hide: controls (newlines too unless kept), formats, separators."""
    pattern, _ = _invisible()
    extra = "".join(re.escape(c) for c in sorted((_KEPT | set(_SEPARATORS)) - ({"\n"} if keep_newlines else set())))
    return re.compile(pattern.pattern[:-2] + extra + "]")
