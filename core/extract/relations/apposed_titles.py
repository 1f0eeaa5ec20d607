"""A body's title set beside a person by a comma: 'The Acme Agency (AA) director-general, John Smith, said ...',
"Acme's country manager, Jane Doe, said ...". The parser often hangs the title on the body and the person beside
the body, so the title reaches no holder; read on the surface: a body or state named right before the title (bare,
with a possessive or with its acronym in brackets), a title of at most five words ending in a role noun, a comma,
and a person named before a closing comma (a state's title may go without it when a preposition follows the person:
'Greek Prime Minister, Jane Doe on the sidelines'). The person holds the title in the body. An envoy's title may
close on the place it is posted to ('Peru's ambassador to Chile, Jane Doe,', 'the EU ambassador in Dakar, Jane Doe.'):
the envoy is posted to a state named after 'to' too."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Token

from core.extract.relations.lexicon import Lexicon
from core.extract.relations.syntax import POSSESSIVE_MARKS, Tie, words_in
from core.model import Family, Kind

_COMMA = frozenset({","})

_TITLE_TAGS = frozenset({"NN", "NNP", "JJ", "HYPH", "NNPS"})
_LONGEST = 5  # words of a title: 'ship operations and campaign director' is cut at 'and' (no joined titles here)
_POSSESSIVE = POSSESSIVE_MARKS
_OWNERS = frozenset({Kind.PARTY, Kind.STATE})
_CLAUSE_WORDS = frozenset({"that", "because", "if", "while", "as", "since", "although", "whether"})


def apposed_title_ties(
    toks: list[Token], tok_ent: list[int], kind: Callable[[int], Kind], lex: Lexicon
) -> Iterator[Tie]:
    """The person set by a comma after a body's title holds it (see the module's text)."""
    if len(toks) < 4:
        return
    doc = toks[0].doc
    first, last = toks[0].i, toks[-1].i
    for t in words_in(toks, _COMMA):
        i = t.i
        if t.text != "," or i + 1 > last or i - 2 < first:
            continue
        person = tok_ent[i + 1]
        if person < 0 or kind(person) is not Kind.OFFICIAL:
            continue
        post_end = _envoy_post(doc, i, first, tok_ent, lex) if tok_ent[i - 1] >= 0 or doc[i - 1].is_title else None
        if post_end is None and tok_ent[i - 1] >= 0:
            continue
        end = i + 1
        while end + 1 <= last and tok_ent[end + 1] == person:
            end += 1
        if end + 1 > last:
            continue
        unclosed = doc[end + 1].text != "," and not (post_end is not None and doc[end + 1].text == ".")
        if unclosed and (doc[end + 1].tag_ != "IN" or doc[end + 1].lower_ in _CLAUSE_WORDS):
            continue  # 'the director, John Smith and ...' lists; "Acme's new ship, John Smith said," is a speaker
        title = _title(doc, i - 1 if post_end is None else post_end, first, tok_ent, lex)
        if title is None:
            continue
        start, fam, word = title
        owner = _owner(doc, start - 1, first, tok_ent)
        if owner < 0 or kind(owner) not in _OWNERS or owner == person:
            continue
        if unclosed and kind(owner) is not Kind.STATE:
            continue  # "Greek Prime Minister, Jane Doe on the sidelines": a state's post read without its closing comma
        words = [w.lower_ for w in doc[start : i if post_end is None else post_end + 1]]
        if fam is Family.LEADERSHIP and any(w in lex.deputy_words for w in words[:-1]):
            fam = Family.MEMBERSHIP
        elif words[-2:] == ["prime", "minister"] and not any(w in lex.deputy_words for w in words):
            fam = Family.LEADERSHIP  # a prime minister heads the government (as surface.py reads him)
        yield person, owner, f"{word} of", fam
        place = tok_ent[i - 1]
        if post_end is not None and doc[post_end + 1].lower_ == "to" and place >= 0 and kind(place) is Kind.STATE:
            yield person, place, f"{word} to", Family.DIPLOMACY  # 'Peru's ambassador to Chile, Jane Doe'


def _envoy_post(doc, i: int, first: int, tok_ent: list[int], lex: Lexicon) -> int | None:
    """ "the EU ambassador in Dakar, Jane Doe": the envoy's title before the place it is posted to, which closes on
    the comma at ``i`` (one capitalised word or one named place): the title's last token, or None."""
    p = i - 1
    if tok_ent[p] >= 0:
        while p - 1 >= first and tok_ent[p - 1] == tok_ent[i - 1]:
            p -= 1
    if doc[p].text.lower() == "the":
        p -= 1
    p -= 1
    if p - 1 < first or doc[p].lower_ not in ("to", "in") or doc[p - 1].lemma_.lower() not in lex.diplomatic_roles:
        return None
    return p - 1


def _title(doc, j: int, first: int, tok_ent: list[int], lex: Lexicon) -> tuple[int, Family, str] | None:
    """The title ending at token ``j``: its first token, its family and its role word, or None."""
    roles = lex.role_nouns
    head = doc[j]
    word = head.lemma_.lower()
    if word == "general" and j - 2 >= first and doc[j - 1].text == "-":
        word = doc[j - 2].lower_  # 'director-general' is a director's post
    fam = roles.get(word) or roles.get(head.lower_)
    if fam not in (Family.LEADERSHIP, Family.MEMBERSHIP) or head.tag_ not in _TITLE_TAGS or word in lex.vessel_nouns:
        return None  # (a ship noun is a ship's post, never a person's)
    start = j
    while start - 1 >= first and j - start + 1 < _LONGEST:
        w = doc[start - 1]
        if tok_ent[w.i] >= 0 or w.tag_ not in _TITLE_TAGS or w.lower_ in ("the", "a", "an"):
            break
        start -= 1
    return start, fam, word


def _owner(doc, j: int, first: int, tok_ent: list[int]) -> int:
    """The body named right before a title: 'Acme's', 'Acme', 'the Acme Agency (AA)'."""
    if j < first:
        return -1
    if doc[j].text in _POSSESSIVE:
        j -= 1
    elif doc[j].text == ")" and j - 2 >= first and doc[j - 2].text == "(":
        j -= 3  # '(ASIO)': the acronym is the same body
    if j < first or tok_ent[j] < 0:
        return -1
    k = j
    while k - 1 >= first and tok_ent[k - 1] == tok_ent[j]:
        k -= 1
    if k - 1 >= first and doc[k - 1].text in _POSSESSIVE:
        return -1  # "Acme's UK country manager": the state names where the post is, not whose it is
    return tok_ent[j]
