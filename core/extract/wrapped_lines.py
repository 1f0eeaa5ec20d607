"""Hard-wrapped text (a wire copy, a mail, a PDF's text), and the names its line breaks cut in two.

A text wrapped at a set width breaks its lines wherever the width runs out, also inside a name: "Rome Chief
Prosecutor Giuseppe\\nPignatone", "the European Bank for\\nReconstruction and Development", "led by Japan\\nAtomic
Power". The tagger reads the break as a token of its own and ends the name there ("Giuseppe", "European Bank"),
which no rule after it can mend. ``unwrap_names`` reads such a break as the space it stands for, one character for
one (no offset moves), before the text is parsed. Only a break inside a paragraph's running line is read so: the
line before is no headline or byline (not the text's first line, as wide as the text's lines about, no closing
stop, not a line opening "By"), it ends in a capitalised word that is no name's head noun ("Bridge", "Ministry": the
next capital opens another name) or in a joining word after one ("Bank for", "Bank of"), and the next line opens on
a capitalised word that is no dateline's capitals ("NEW YORK Nov 26"). A line of
capitalised words and words of grammar only that opens a block (after a blank line or a stop) is a heading, a list
line or a letterhead ("Embassy of the Republic of Vexland in Portville", "Minister of Foreign Affairs of Vexland"),
never running prose however wide, and a line holding a street's number ("12 Harbour Road") is an address: the break
after either, or before an address, stays.
"""

from __future__ import annotations

import re
from functools import cache

from core.extract.kb import lexicon_set

# A document is hard-wrapped (PDF text, 72-column mail) when most of its line breaks fall inside paragraphs.
_SINGLE_BREAK = re.compile(r"(?<!\n)\n(?!\n)")
_ANY_BREAK = re.compile(r"\n+")
HARD_WRAP_SHARE = 0.5
WRAP_WIDTH = 130  # wrapped lines are shorter than this (80 in mail and wire copy, about 110 in a wide PDF)
LONG_LINE_SHARE = 0.1  # a wrapped text has (almost) none longer
_RUNNING_SHARE = 0.5  # a running line is at least this share of the text's widest line

# "2020 Harbour Avenue", "12 Quay Street", or a line opening on a number ("7 Vexland Hill"); a date's number ("on
# 12 March by the Bank of") has no street word after it
_STREETS = r"(?:Road|Rd|Street|St|Avenue|Ave|Lane|Boulevard|Blvd|Drive|Square|Place|Way|Quay|Highway|Terrace|Crescent)"
_MONTHS = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
_ADDRESS = re.compile(rf"^[ \t]*\d+[ \t]+(?!{_MONTHS})[A-Z]|\b\d+[ \t]+(?:[A-Z][\w'\u2019-]*[ \t]+){{1,3}}{_STREETS}\b")
_BLOCK_ENDS = frozenset({".", "!", "?", ":", ";", '"', "\u201d"})
# the only lower-case words of a heading, a list line or a letterhead
_GRAMMAR = frozenset({"of", "the", "in", "for", "and", "on", "to", "at", "by", "a", "an", "&", "de", "du", "des"})
_NAME_BREAK = re.compile(
    r"(?<=[^\n])\b(?:[A-Z][\w'\u2019-]*|[A-Z][\w'\u2019.-]*[ \t]+(?:for|of|and))\n"
    r"(?=[A-Z][a-z\u00e0-\u00ff'\u2019]|[A-Z]\b)"
)


def hard_wrapped(text: str) -> bool:
    """Prose broken into lines of a set width (an e-mail, a wire copy, a PDF's text), as opposed to one line per
    paragraph or heading (most pages copied from the web: single breaks, but long lines)."""
    breaks = len(_ANY_BREAK.findall(text))
    if breaks < 4 or len(_SINGLE_BREAK.findall(text)) / breaks <= HARD_WRAP_SHARE:
        return False
    lengths = [len(line) for line in text.split("\n") if line.strip()]
    return sum(n > WRAP_WIDTH for n in lengths) <= LONG_LINE_SHARE * len(lengths)


@cache
def _heads() -> frozenset[str]:
    """Nouns that close a name ("Bridge", "Ministry", "Council"): a capitalised word after one opens another."""
    return lexicon_set("facility_nouns", fold=True) | lexicon_set("org_heads", fold=True)


def _heading(line: str) -> bool:
    """A line of capitalised words and words of grammar only: a heading, a list line or a letterhead ("Embassy of
    Vexland in Portville"), no running prose ("The delegation, led by Prosecutor X" has its lower-case words)."""
    words = [w.strip(",;:()") for w in line.split() if any(c.isalpha() for c in w)]
    return bool(words) and all(w[:1].isupper() or w.lower() in _GRAMMAR for w in words)


def _opens_block(text: str, start: int) -> bool:
    """Does the line at ``start`` open a block: the text's first line, or one after a blank line or a line closing
    in a stop or a colon? A line inside a paragraph ("led by Prosecutor-General\nX Y, is meeting Chief Prosecutor Z")
    may be full of names and still run on."""
    if start == 0:
        return True
    prev = text[text.rfind("\n", 0, start - 1) + 1 : start - 1].rstrip()
    return not prev or prev[-1] in _BLOCK_ENDS


def unwrap_names(text: str) -> str:
    """``text`` with each line break that cuts a name in a hard-wrapped text read as a space (same length)."""
    if "\n" not in text or not hard_wrapped(text):
        return text
    widest = max(len(line.rstrip()) for line in text.split("\n"))
    first_end = text.find("\n", len(text) - len(text.lstrip()))
    spaces: list[int] = []
    for m in _NAME_BREAK.finditer(text):
        at = m.end() - 1  # the break
        if at <= first_end or text[at + 1 : at + 2] == "\n":
            continue
        line = text[text.rfind("\n", 0, at) + 1 : at]
        if text[at - 1 : at] == "\n" or len(line.rstrip()) < _RUNNING_SHARE * widest or line.lstrip().startswith("By "):
            continue
        if line.rsplit(None, 1)[-1].lower() in _heads():
            continue  # "the Francis Bridge\nScott Key Bridge": a name ends at its head noun, the next is another
        following = text[at + 1 : (text.find("\n", at + 1) + 1 or len(text) + 1) - 1]
        heading = _heading(line) and _opens_block(text, at - len(line))
        if heading or _ADDRESS.search(line) or _ADDRESS.search(following):
            continue  # a heading, a list line, a letterhead or an address is no running line
        spaces.append(at)
    if not spaces:
        return text
    chars = list(text)
    for at in spaces:
        chars[at] = " "
    return "".join(chars)
