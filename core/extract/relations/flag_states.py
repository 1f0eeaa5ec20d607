"""A ship's flag: 'the Freedonia-flagged tanker Polar Star was seized by ...', 'the Freedonian flagged vessel Polar
Star' name the state only as the flag of a ship the sentence names. The flag is the ship's tie (MEMBERSHIP, found
elsewhere); a speaker or body reporting the ship's fate reports on the ship, not on its flag state. A state the
sentence names only so is dropped from the sentence's REPORTING ties. A flag said of ships not named before it
('the vessels were Freedonian-flagged', 'a Freedonian-flagged boat') is what is reported, and stays."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Token

from core.model import Family, Kind

_FLAG_WORDS = frozenset({"flagged", "registered"})
_GAP = 4  # words between the flag word and the ship's name ('aframax crude oil tanker')


def _flag_of_named_ship(
    t: Token, toks: Sequence[Token], tok_ent: Sequence[int], kind: Callable[[int], Kind]
) -> bool:
    """``t`` is the last word of a state's name or adjective followed by '(-)flagged' and then, after a few lowercase
    words, a named ship."""
    doc = t.doc
    j = t.i + 1
    if j < len(doc) and doc[j].text in ("-", "–"):
        j += 1
    if j >= len(doc) or doc[j].lower_ not in _FLAG_WORDS or tok_ent[j] >= 0:
        return False
    if j + 1 < len(doc) and doc[j + 1].tag_ in ("DT", "PRP$"):
        return False  # 'Freedonia registered the tanker': a verb with its object, the state acts and is no flag
    last = toks[-1].i
    for k in range(j + 1, min(j + 2 + _GAP, last + 1)):
        ek = tok_ent[k]
        if ek >= 0:
            return kind(ek) is Kind.VESSEL
        w = doc[k]
        if not w.is_lower or w.is_punct:
            return False
    return False


def drop_flag_only_states(
    found: dict, toks: Sequence[Token], tok_ent: Sequence[int], kind: Callable[[int], Kind]
) -> None:
    """Remove from ``found`` ((src, tgt, family) -> type) the REPORTING ties to a state the sentence names only as
    the flag of a ship named there."""
    seen: dict[int, bool] = {}
    for n, t in enumerate(toks):
        ei = tok_ent[t.i]
        if ei < 0 or kind(ei) is not Kind.STATE:
            continue
        if n + 1 < len(toks) and tok_ent[toks[n + 1].i] == ei:
            continue  # judge a name by its last word
        seen[ei] = seen.get(ei, True) and _flag_of_named_ship(t, toks, tok_ent, kind)
    only = {ei for ei, flag in seen.items() if flag}
    for key in [k for k in found if k[2] is Family.REPORTING and (k[0] in only or k[1] in only)]:
        del found[key]
