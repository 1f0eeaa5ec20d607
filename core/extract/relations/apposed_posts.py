"""A person followed by a body's title in apposition: 'John Smith, Acme's country manager, said ...',
'Jane Doe, the Ruritanian judiciary's foreign relations chief, said ...', 'John Smith, Treasury's under secretary
for sanctions, said ...'. The parser hangs the possessive body on the title and the title on the person, but the
title's owner reaches no rule when the person comes first (apposed_titles.py reads the title-first order). Read on
the surface: a person, a comma, an optional article, a body or state (its demonym counts) with at most two nouns of
its own ('judiciary'), a possessive, a title of at most five words ending in a role noun, then a comma, 'for' or
'of' or the sentence's end. The person holds the title in the body; a post of a part of the body (a noun between the
body and its possessive) or a post qualified by a noun ('operations director') is membership."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Token

from core.extract.relations.lexicon import Lexicon
from core.extract.relations.syntax import POSSESSIVE_MARKS, Tie, words_in
from core.extract.relations.title_first import name_after_title
from core.model import Family, Kind

_COMMA = frozenset({","})

_POSSESSIVE = POSSESSIVE_MARKS
_ARTICLES = frozenset({"the", "a", "an"})
_TITLE_TAGS = frozenset({"NN", "NNP", "NNS", "JJ", "HYPH", "NNPS", "IN"})
_AFTER = frozenset({",", "for", "of", ".", ";"})
_LONGEST = 5
_OWN_NOUNS = 2


def apposed_post_ties(
    toks: list[Token], tok_ent: list[int], kind: Callable[[int], Kind], lex: Lexicon
) -> Iterator[Tie]:
    """'John Smith, Acme's country manager,': the person holds the title in the body (see the module's text)."""
    if len(toks) < 5:
        return
    doc = toks[0].doc
    first, last = toks[0].i, toks[-1].i
    for t in words_in(toks, _COMMA):
        i = t.i
        if t.text != "," or i - 1 < first or i + 3 > last:
            continue
        person = tok_ent[i - 1]
        if person < 0 or kind(person) is not Kind.OFFICIAL:
            continue
        j = i + 1
        if doc[j].lower_ in _ARTICLES:
            j += 1
        owner = tok_ent[j] if j <= last else -1
        if owner < 0 or owner == person or kind(owner) not in (Kind.STATE, Kind.PARTY):
            continue
        while j + 1 <= last and tok_ent[j + 1] == owner:
            j += 1
        own = 0
        while j + 1 <= last and own < _OWN_NOUNS and tok_ent[j + 1] < 0 and doc[j + 1].tag_ in ("NN", "NNS"):
            j += 1
            own += 1
        if j + 1 > last or doc[j + 1].text not in _POSSESSIVE:
            continue
        post = _post(doc, j + 2, last, tok_ent, lex, kind)
        if post is None:
            continue
        fam, word, qualified = post
        if fam is Family.LEADERSHIP and (own or qualified):
            fam = Family.MEMBERSHIP
        yield person, owner, f"{word} of", fam


def _post(
    doc, start: int, last: int, tok_ent: list[int], lex: Lexicon, kind: Callable[[int], Kind]
) -> tuple[Family, str, bool] | None:
    """The title starting at ``start`` and closed by a comma, 'for', 'of' or the end: its family, its role word and
    whether a noun or a deputy word qualifies it; None when there is none."""
    roles = lex.role_nouns
    for k in range(start, min(start + _LONGEST, last + 1)):
        tok = doc[k]
        if tok_ent[k] >= 0 or tok.tag_ not in _TITLE_TAGS:
            return None
        word = tok.lemma_.lower()
        fam = roles.get(word) or roles.get(tok.lower_)
        closed = k == last or doc[k + 1].lower_ in _AFTER
        if fam in (Family.LEADERSHIP, Family.MEMBERSHIP) and closed and tok.tag_ in ("NN", "NNP", "NNS", "NNPS"):
            if word in lex.vessel_nouns:
                return None
            before = doc[start:k]
            if k + 2 <= last and doc[k + 1].text == "," and tok_ent[k + 2] >= 0:
                return None  # "Poland's president, Mary Brown, said": the next name's title (apposed_titles)
            if name_after_title(tok, tok_ent, kind) >= 0:
                return None  # 'A, the UAE's Minister of Energy B, and C': B's title (title_first.py)
            deputy = any(w.lower_ in lex.deputy_words for w in before)
            if word == "minister" and k > start and doc[k - 1].lower_ == "prime" and not deputy:
                return Family.LEADERSHIP, word, False  # a prime minister heads the government
            qualified = any(w.tag_ in ("NN", "NNS", "NNP", "NNPS") or w.lower_ in lex.deputy_words for w in before)
            return fam, word, qualified
    return None
