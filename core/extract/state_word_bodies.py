"""A body named by a state's word and one capitalised noun: "the British Museum", "the Cyprus Mail", "the Russian
Knights", "the Indian Coastguard". The model reads the state's word as the state and leaves the noun as a one-word
body of its own ("Museum", "Mail"); when every mention of that unknown one-word body follows the same state's word
and ends the capitalised run, the two words are the body's name (the state keeps its own mention inside it). The
noun is an English one: a word of no dictionary is a name of its own that the state's word only describes ("the
Vexlandic Quorra news outlet"). A run that goes on ("U.S. Magistrate Judge X") is a title or a longer name, not this;
nor is one that starts before the state's word ("the Western Australian Museum", "the Royal Thai Police", "the Papua
New Guinea Defence"): the state's word must be the whole capitalised run before the noun."""

from __future__ import annotations

import re

from core.extract.kb import lookup
from core.extract.modifier_words import dictionary_noun
from core.model import Kind, LocalEntity, Span

_WORD = re.compile(r"[A-Z][a-z]+")
# the state's word right before the noun, one space between: "Sri Lankan " / "British " / "U.S. "
_BEFORE = re.compile(r"(?:(?<=[\s(\"“‘'])|^)((?:[A-Z][\w.]*[ \t])?[A-Z][\w.]*)[ \t]$")
# the capitalised run goes on after the noun ("Magistrate Judge", "Museum-Brantelhof"), or a possessive follows
# (left alone: the rule keeps to the plainest shape)
# a capitalised word before the state's word that still leaves it the whole run: a sentence's first word
_OPENERS = frozenset({"the", "a", "an", "in", "at", "of", "on", "by", "for", "from", "with", "to", "and", "but", "as"})
_GOES_ON = re.compile(r"[ \t]*(?:[A-Z]|-\w)|['\u2019]s\b")


def _state_word(text: str, start: int) -> str | None:
    """The state's word (a name or a people's word) written right before ``start``, else None."""
    found = _BEFORE.search(text, max(0, start - 40), start)
    if found is None:
        return None
    words = found.group(1).split()
    for k in range(len(words)):  # the longest known run: "Sri Lankan" before "Lankan"
        said = " ".join(words[k:])
        term = lookup(said)
        if term is not None:
            return said if term.kind is Kind.STATE and _whole_run(text, start - len(said) - 1) else None
    return None


def _whole_run(text: str, at: int) -> bool:
    """Is the word before ``at`` (where the state's word starts) no capitalised part of the same name ("Western
    Australian", "Michael Jordan")? A sentence's opening 'The' or 'In' is no part of it."""
    before = text[max(0, at - 30) : at].split()
    if not before or not before[-1][:1].isupper():
        return True
    return before[-1].lower() in _OPENERS


def _key(name: str) -> str:
    return re.sub(r"[\s\-]", "", name).lower()


def state_word_bodies(text: str, entities: list[LocalEntity]) -> list[LocalEntity]:
    """``entities`` with each such one-word body renamed to the state's word and the noun (see the module), or
    folded into a body of the document already named so ("Indian Coastguard" into "Indian Coast Guard")."""
    gone: set[int] = set()
    for e in entities:
        forms = {m.text for m in e.mentions}
        word = next(iter(forms)) if len(forms) == 1 else ""
        if e.kind is not Kind.PARTY or not _WORD.fullmatch(word) or lookup(word) is not None:
            continue
        if not dictionary_noun(word):
            continue  # "the Vexlandic Quorra news outlet": a name of its own, the state's word only describes it
        states = {_state_word(text, m.start) for m in e.mentions}
        if len(states) != 1 or None in states or any(_GOES_ON.match(text, m.end) for m in e.mentions):
            continue
        state = next(iter(states))
        name = f"{state} {word}"
        mentions = [Span(m.start - len(state) - 1, m.end, text[m.start - len(state) - 1 : m.end]) for m in e.mentions]
        if any(s.text != name for s in mentions):
            continue  # a line break or a tab between the words
        same = next(
            (
                o
                for o in entities
                if o is not e
                and o.kind is Kind.PARTY
                and id(o) not in gone
                and _key(name) in {_key(o.name)} | {_key(s.text) for s in o.mentions}
            ),
            None,
        )
        if same is not None:
            same.mentions = sorted({(s.start, s.end): s for s in same.mentions + mentions}.values(), key=_start)
            gone.add(id(e))
        else:
            e.name, e.mentions = name, mentions
    return [e for e in entities if id(e) not in gone]


def _start(span: Span) -> int:
    return span.start
