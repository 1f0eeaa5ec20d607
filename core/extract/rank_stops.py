"""Rank abbreviations the tokenizer splits from their stop ('Navy Cmdr. X', 'Staff Sgt. Y'): one token, as spaCy
already keeps 'Gen.', 'Adm.' and 'Gov.', so that the stop ends no sentence and the rank is not read as a name
('Navy Cmdr' cut from the person it titles). Only the ranks whose stop the parser takes for a full stop."""

from __future__ import annotations

from spacy.language import Language
from spacy.symbols import NORM, ORTH
from spacy.tokens import Doc

RANKS = ("Cmdr", "Cdr", "Sgt", "Brig", "Cpl", "Pvt", "Cmde", "Cmdt")


def keep_rank_stops(nlp: Language) -> None:
    """Each rank with its stop made one token (its norm the bare abbreviation, lower-case)."""
    for rank in RANKS:
        nlp.tokenizer.add_special_case(f"{rank}.", [{ORTH: f"{rank}.", NORM: rank.lower()}])


_STOPPED = frozenset(f"{rank}." for rank in RANKS)
# what may stand between an article and a rank that closes a sentence: 'arrested a Russian Army Sgt. Germany ...',
# 'a former Navy Cmdr. Russia denied ...' (a rank before a name has no article: 'said Navy Cmdr. X')
_BEFORE_RANK = frozenset({"former", "retired", "senior", "junior", "serving", "veteran"})
_ARTICLES = frozenset({"a", "an", "the"})


def rank_ends(doc: Doc, words: list[str] | None = None) -> None:
    """A rank after an article ends its sentence where a capital follows: the stop is a full stop as well.
    ``words``: each token's text, when the caller has them (only the ranks' tokens are then looked at)."""
    if words is None:
        words = [t.text for t in doc]
    for i in range(len(words) - 1):
        if words[i] not in _STOPPED or not words[i + 1][:1].isupper():
            continue
        token = doc[i]
        if token.i + 2 < len(doc) and doc[token.i + 2].text[:1].isupper() and doc[token.i + 2].is_alpha:
            continue  # 'detained a former Marine Sgt. Paul Whelan': a name of two words follows the rank
        j = token.i - 1
        while j >= 0 and (doc[j].is_title or doc[j].is_upper or doc[j].lower_ in _BEFORE_RANK) and j > token.i - 5:
            j -= 1
        if j >= 0 and doc[j].lower_ in _ARTICLES:
            doc[token.i + 1].is_sent_start = True
