"""A title cut at an excerpt's end: "... was attended by Deputy Prime Mi" (the page stops mid-word). The words left
are no name: a mention that runs to the very end of a text stopping without punctuation, and whose last word is
only the start of a title's word ("Mi" of "Minister") after nothing but title's words, is dropped (a person's name cut
short, "Donald Tr", is still the person's). A name cut there that the text names in full before ("... escaped to
Germ" after "Germany", "from Sri Lan" after "Sri Lanka") is a mention of that entity (`join_cut_names`); a name the
knowledge base knows as it stands ("... traders in Niger" after "Nigeria") is no cut."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc

from core.extract.coref import Mention
from core.extract.kb import lookup, title_words
from core.extract.nlp import doc_text
from core.model import LocalEntity


@cache
def _title_word_set() -> frozenset[str]:
    return frozenset(w for title in title_words()[0] for w in title.split())


def cut_at_excerpt_end(doc: Doc, m: Mention, said: str) -> bool:
    """Does the mention end where the text is cut off in the middle of a title's word?"""
    text = doc_text(doc).rstrip()
    if not text or not text[-1].isalpha() or m.end > len(doc):
        return False
    if doc[m.end - 1].idx + len(doc[m.end - 1]) < len(text):
        return False
    said_words = said.casefold().split()
    words = _title_word_set()
    if len(said_words) < 2 or any(w not in words for w in said_words[:-1]):
        return False  # "Donald Tr", "President Donald Tr": a name cut short is still the person's
    last = said_words[-1]
    return last not in words and any(w.startswith(last) for w in words)


def _completes(cut: str, said: str) -> bool:
    """Do the last words of ``said`` write ``cut`` out in full in as many words ("Sri Lan" -> "Sri Lanka", "Kav" ->
    "Osman Kavala"; never "Germ" -> "German Federal Office")?"""
    words = said.split()
    n = len(cut.split())
    if len(words) < n:
        return False
    tail = " ".join(words[len(words) - n :])
    return len(tail) > len(cut) and tail.startswith(cut) and tail[len(cut)].isalpha()


def join_cut_names(text: str, entities: list[LocalEntity]) -> list[LocalEntity]:
    """The entity named once, by a name the text's cut end stops in the middle of a word, joins the one other entity
    the document names by that name in full; with none, or more than one, it stays as it is."""
    end = len(text.rstrip())
    if not end or not text[end - 1].isalpha():
        return entities
    cut = next((e for e in entities if len(e.mentions) == 1 and e.mentions[0].end == end), None)
    if cut is None or len(cut.mentions[0].text) < 3:
        return entities
    said = cut.mentions[0].text
    if lookup(said) is not None:
        return entities  # a whole known name ("Niger" beside "Nigeria"), no word cut short
    whole = [e for e in entities if e is not cut and any(_completes(said, m.text) for m in e.mentions)]
    if len(whole) != 1:
        return entities
    whole[0].mentions.append(cut.mentions[0])
    whole[0].mentions.sort(key=lambda m: m.start)
    return [e for e in entities if e is not cut]
