"""Members named in a relative clause of belonging, read on the surface (the parser breaks 'to which ... belong'):
'NATO, the bloc to which A, B and C all belong', 'the Union, of which A and B are members' — each named state is a
member of the body before 'to which' / 'of which' (MEMBERSHIP)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Token

from core.extract.relations.syntax import Tie
from core.model import Family, Kind

_BACK = 7  # tokens between the body's name and 'to which' ('NATO, the North Atlantic defense bloc to which')
_LIST_GLUE = frozenset({",", "and", "both", "all", "also", "the", "as", "well"})
_MEMBER_NOUNS = frozenset({"member", "members", "part", "signatories", "signatory", "parties"})


def belonging_ties(toks: list[Token], tok_ent: list[int], kind: Callable[[int], Kind]) -> Iterator[Tie]:
    """Member -> body, MEMBERSHIP."""
    for k in range(len(toks) - 2):
        prep, rel = toks[k], toks[k + 1]
        if rel.lower_ != "which" or prep.lower_ not in ("to", "of"):
            continue
        body = _body_before(toks, k, tok_ent, kind)
        if body is None:
            continue
        members: list[int] = []
        j = k + 2
        while j < len(toks):
            e = tok_ent[toks[j].i]
            if e >= 0:
                if not members or members[-1] != e:
                    members.append(e)
            elif toks[j].lower_ not in _LIST_GLUE:
                break
            j += 1
        if not members or j >= len(toks):
            continue
        word = toks[j].lemma_.lower()
        if prep.lower_ == "to":
            ok = word == "belong"
        else:  # 'of which A and B are members'
            ok = word == "be" and j + 1 < len(toks) and _member_word(toks[j + 1 :])
        if not ok:
            continue
        for m in members:
            if m != body and kind(m) is Kind.STATE:
                yield m, body, "member of", Family.MEMBERSHIP


def _member_word(rest: list[Token]) -> bool:
    for t in rest[:3]:
        if t.lower_ in _MEMBER_NOUNS:
            return True
        if t.lower_ not in ("all", "both", "also", "now", "founding", "full", "a", "an"):
            return False
    return False


def _body_before(toks: list[Token], k: int, tok_ent: list[int], kind: Callable[[int], Kind]) -> int | None:
    """The body named just before 'to which', past a comma and an apposed noun ('NATO, the bloc to which')."""
    for j in range(k - 1, max(-1, k - 1 - _BACK), -1):
        e = tok_ent[toks[j].i]
        if e >= 0:
            return e if kind(e) is Kind.PARTY else None
        if toks[j].pos_ in ("VERB", "AUX", "ADP") or toks[j].lower_ in ("and", "or"):
            return None
    return None
