"""Hacking groups named by the security trade's numbered labels: "the cyberespionage group APT28", "hacking group
APT40", "the state-sponsored APT 31 hacking group". An "advanced persistent threat" label with its number is a
group's name, a body, whatever else the model guesses (it seldom tags one at all). So is the label the trade gives a
group still unnamed, "Storm-" and four digits ("the campaign dubbed Storm-0123", "Storm 0123"; the hyphenated label
whatever its number, "Storm-2099", but two words only when the number is no year: "Storm 1987" is a storm)."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from core.extract.coref import Mention
from core.extract.nlp import doc_column
from core.model import Kind, LocalEntity, Span

_JOINED = re.compile(r"APT\d{1,3}|Storm-\d{4}")
_PREFIXES = ("APT", "Storm")
_LABEL = re.compile(r"APT[ \t]?\d{1,3}|Storm[- \t]\d{4}")
_NUMBERS = {"APT": re.compile(r"\d{1,3}"), "Storm": re.compile(r"(?!19|20)\d{4}")}


def threat_groups(doc: Doc) -> list[Mention]:
    """Every "APT28" or "Storm-0123" (one token) or "APT 31" or "Storm 0123" (two) as a body."""
    out = []
    words = doc_column(doc, "text")
    for i, word in enumerate(words):
        if not word.startswith(_PREFIXES):
            continue  # (both shapes open with the prefix)
        if _JOINED.fullmatch(word):
            out.append(Mention(i, i + 1, Kind.PARTY, None, 7, "org"))
        elif word in _NUMBERS and i + 1 < len(words) and _NUMBERS[word].fullmatch(words[i + 1]):
            out.append(Mention(i, i + 2, Kind.PARTY, None, 7, "org"))
    return out


# what joins a group's label to its nickname: "APT28 or Fancy Bear", "APT40 (also known as Kryptonite Panda)"
_OTHER_NAME = re.compile(
    r"[ \t]*,?[ \t]*(?:(?:\(?(?:also[ \t]+)?(?:known[ \t]+as|called|dubbed)|or|aka|a\.k\.a\.?)[ \t]+|\([ \t]*)[\"“‘']?"
)


def join_group_nicknames(text: str, entities: list[LocalEntity]) -> list[LocalEntity]:
    """ "APT28 or Fancy Bear": the nickname the trade gives a numbered group is one more mention of the group, a
    body, whatever the nickname alone was taken for (a person, from its two capitalised words)."""
    at = {m.start: e for e in entities for m in e.mentions}
    gone: set[int] = set()
    for e in entities:
        if e.kind is not Kind.PARTY or id(e) in gone:
            continue
        for m in list(e.mentions):
            if not _LABEL.fullmatch(m.text):
                continue
            found = _OTHER_NAME.match(text, m.end)
            other = at.get(found.end()) if found else None
            if other is None or other is e or id(other) in gone or other.kind is Kind.STATE:
                continue
            if any(_LABEL.fullmatch(s.text) or s.text.isupper() for s in other.mentions):
                continue  # "APT28 or APT29", "APT28 or NATO": another group or a body, not a nickname
            e.mentions = sorted({(s.start, s.end): s for s in e.mentions + other.mentions}.values(), key=_start)
            for s in other.mentions:
                at[s.start] = e
            gone.add(id(other))
    return [e for e in entities if id(e) not in gone]


def _start(span: Span) -> int:
    return span.start
