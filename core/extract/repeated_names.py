"""A body's or a person's name the model tagged in one sentence and missed in another ("Milei said ..." found,
"Milei argues X and Y ..." not): the same written form of a name the document already gives to exactly one body or
person is that body or person wherever else it stands alone ("Mr Snowden" too). Only the exact form, as a whole
word; never an acronym (over blind30..65 a repeated acronym was a gold tie 7 times in 15: "FIFA", "RT", "UN" stand
for more than one body); never inside or beside another capitalised word ("Maersk Line"); never in furniture; never
a common word opening a sentence; never a state's form (a capital written as a place is read as a place on
purpose). A person's family name alone after the full name was tried and dropped: its new ties were 8 gold in 12."""

from __future__ import annotations

import re

from core.extract.furniture import furniture_ranges
from core.model import Kind, LocalEntity, Span

_NAME_CHAR = re.compile(r"[\w\u00c0-\u024f]")
_OPENING = re.compile(r"(?:^|[.!?:][\"\u201d\u2019']?[ \t]+|\n[ \t]*|[\"\u201c\u2018][ \t]*)$")
_PLAIN_WORD = re.compile(r"[A-Z][a-z]+")
_WORD_BEFORE = re.compile(r"(\S+)[ \t]+$")
_JOINERS = "-@#/&\u2010\u2013"
_OPENERS = {"but", "and", "then", "now", "meanwhile", "also", "however", "so", "yet", "still", "here", "there"}
# a word closing a sentence: "Aires.", "Vell!"; not an abbreviation ("U.S.", "St.")
_SENTENCE_END = re.compile(r"^[^.]{3,}[.!?][\"\u201d\u2019']?$")
_WORD = re.compile(r"\w+")
_CAP_AFTER = re.compile(r"^[ \t]+[A-Z0-9]")
_KINDS = {Kind.PARTY, Kind.OFFICIAL}
_HONORIFICS = {"Mr", "Mrs", "Ms", "Miss", "Dr", "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Sir"}


def _stands_alone(text: str, a: int, b: int) -> bool:
    """Is text[a:b] a whole word set apart from any other capitalised word?"""
    if a > 0 and (_NAME_CHAR.match(text[a - 1]) or text[a - 1] in _JOINERS):
        return False
    if b < len(text) and (_NAME_CHAR.match(text[b]) or text[b] in _JOINERS):
        return False
    if _CAP_AFTER.match(text[b : b + 3]):
        return False
    word = _WORD_BEFORE.search(text[max(0, a - 40) : a])
    if word is None or not word.group(1)[:1].isupper() or word.group(1)[-1] in ',;:"\u201d)':
        return True
    if _SENTENCE_END.search(word.group(1)):
        return True  # "... in Buenos Aires. Milei argues": the word before closes a sentence
    if word.group(1) in _HONORIFICS:
        return True
    # a capitalised word just before is part of a longer name, unless it is a plain opener ("But Milei said")
    at = a - len(word.group(0))
    return word.group(1).lower() in _OPENERS and _OPENING.search(text[max(0, at - 4) : at]) is not None


def _common_opener(text: str, form: str, start: int, lower_words: set[str]) -> bool:
    """A plain word opening a sentence that the article also writes in lower case ("Vale" / "vale")."""
    if not _PLAIN_WORD.fullmatch(form) or _OPENING.search(text[max(0, start - 4) : start]) is None:
        return False
    return form.lower() in lower_words


def repeat_mentions(text: str, entities: list[LocalEntity]) -> list[LocalEntity]:
    """``entities`` with every further standalone occurrence of a body's or person's own form added as a mention."""
    owners: dict[str, set[int]] = {}
    for i, e in enumerate(entities):
        for m in e.mentions:
            owners.setdefault(m.text, set()).add(i)
    taken = bytearray(len(text) + 1)
    for e in entities:
        for m in e.mentions:
            taken[m.start : m.end] = b"\x01" * (m.end - m.start)
    furniture = furniture_ranges(text)
    # one pass over the text: every word written in lower case, and where each capitalised word starts
    lower_words: set[str] = set()
    starts: dict[str, list[int]] = {}
    for w in _WORD.finditer(text):
        word = w.group()
        if word.islower():
            lower_words.add(word)
        elif word[:1].isupper():
            starts.setdefault(word, []).append(w.start())
    for form, who in owners.items():
        if len(who) != 1 or not form[:1].isupper() or form.upper() == form or "\n" in form:
            continue
        i = next(iter(who))
        e = entities[i]
        if e.kind not in _KINDS:
            continue
        first = _WORD.match(form)
        added, end = [], 0
        for start in starts.get(first.group(), ()) if first is not None else ():
            if start < end or not text.startswith(form, start):
                continue
            end = start + len(form)
            if (
                _stands_alone(text, start, end)
                and not any(taken[start:end])
                and not any(a <= start < b for a, b in furniture)
                and not _common_opener(text, form, start, lower_words)
            ):
                added.append(Span(start, end, form))
        if added:
            e.mentions = sorted([*e.mentions, *added], key=lambda s: (s.start, s.end))
            for s in added:
                taken[s.start : s.end] = b"\x01" * (s.end - s.start)
    return entities
