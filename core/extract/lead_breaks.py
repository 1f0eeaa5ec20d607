"""A paragraph's lede is parsed from its first word, not from the dateline or stored date that opens its line.

" date 2024-03-13 YEREVAN \u2014 Armenia has given Russia until August 1 ..., Prime Minister X said." is one line:
read whole, the parser makes the date, the place in capitals and the dash part of the lede's tree, and the lede's
own ties (the speaker's, the subject's) are lost. ``furniture.furniture_ranges`` finds such leads already (a stored
page's date, "ADEN (Reuters) -", "BERLIN, August 27. /TASS/.", "(MENAFN- X (KUNA)) WASHINGTON, March 28 (KUNA) --");
the sentence-boundary component (``nlp.line_breaks``) starts a sentence where the lead ends and the line goes on,
and keeps that sentence whole up to its first full stop (the parser, handed a start after such a lead, would
otherwise cut 'US' off 'US President X has ...'). The lead's characters stay in the text, so whatever reads them
(entities heed furniture anyway) reads them as before, and the tagger and the named-entity model see the same text.
"""

from __future__ import annotations

import re

from core.extract.furniture import furniture_ranges

# a line of prose ends a sentence somewhere (a caption's credit may follow it: "... on Monday. Jane Roe (AFP)"); a
# headline after a stored date ("Tanker seized: crew held", "U.S. sanctions Acme") is read as before
_PROSE_END = re.compile(r"[a-z\d)\]\"'\u201d\u2019][.!?][\"'\u201d\u2019)]*(?:\s|$)")


def lead_ends(text: str) -> list[int]:
    """Where the text goes on after a piece of furniture that opens its line: the offset of the first character
    after the lead (and its spaces) on that same line, for each such lead before a line of prose (one that ends a
    sentence somewhere)."""
    out = []
    for a, b in furniture_ranges(text):
        before = a - 1
        while before >= 0 and text[before] in " \t":
            before -= 1
        if b <= a or (before >= 0 and text[before] != "\n"):
            continue  # furniture inside a line (a caption's credit): nothing to start (looked at without a scan of
            # the line, which a report of one long line would make quadratic)
        line_end = text.find("\n", a)
        line_end = len(text) if line_end < 0 else line_end
        if b >= line_end:
            continue  # a whole line
        rest = text[b:line_end]
        if rest.strip() and _PROSE_END.search(rest):
            out.append(b + len(rest) - len(rest.lstrip()))
    return out
