"""A long title between a state (or body) and its holder: 'Hungarian Minister of Foreign Affairs and Trade X said',
"Japan's Vice Minister for Foreign Affairs X", 'Indian Union Minister of Mines X' (gold MEMBERSHIP of X in the
state, or LEADERSHIP for a head's title), where the parser hangs the name on the title's 'of' phrase or as a
conjunct, so the title rules find no holder and the speech rules read the speaker as reporting on his own state.

The run is the words right before the holder's name: capitalised words, role nouns and 'of', 'for', 'and', '&' (a
comma only among the portfolios after 'of' or 'for'; never a joining word right before the name, which lists or
apposes him), with a role noun among them and no other name; right before the run stands the state or
body, as a demonym or name ('Hungarian', 'Japan') or its possessive ('Japan's'). The role noun nearest the run's
start gives the family (a deputy word before it, or any role below a head, makes it MEMBERSHIP); the tie replaces a
'reported on' tie between the two.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Doc

from core.extract.relations.syntax import Tie
from core.model import Family, Kind

_JOINS = frozenset({"of", "for", "and", "&", ","})
_MAX_RUN = 12
_HOLDERS = frozenset({Kind.OFFICIAL})
_OWNERS = frozenset({Kind.STATE, Kind.PARTY})


def _family(words: list[str], role_nouns: dict[str, Family], deputies: frozenset[str]) -> tuple[Family, str] | None:
    """The family and role noun of the run's first role noun, or None when it is none of the membership kind."""
    for k, w in enumerate(words):
        fam = role_nouns.get(w)
        if fam is None or w in deputies:  # 'Vice Minister': the minister is the role
            continue
        if fam not in (Family.MEMBERSHIP, Family.LEADERSHIP):
            return None
        if w == "minister" and k > 0 and words[k - 1] == "prime":
            fam = Family.LEADERSHIP  # a prime minister heads the government (a deputy one does not)
        if fam is Family.LEADERSHIP and any(x in deputies for x in words[:k]):
            return Family.MEMBERSHIP, w
        return fam, w
    return None


def _run(doc: Doc, tok_ent: Sequence[int], i: int, start: int, role_nouns: dict[str, Family]) -> tuple[int, list[str]]:
    """The first token and the lower-case words of the title run ending right before token ``i`` (or -1)."""
    j = i - 1
    words: list[str] = []
    while j >= start and tok_ent[j] < 0 and len(words) < _MAX_RUN:
        t = doc[j]
        if not (t.lower_ in _JOINS or (t.text[:1].isupper() and t.is_alpha) or t.lower_ in role_nouns):
            break
        words.append(t.lower_)
        j -= 1
    words.reverse()
    if words and words[-1] in _JOINS:
        return i, []  # 'Swedish citizens A and X', 'the ministry's spokesperson, X': a list or an apposition
    # a comma joins only the portfolios after 'of' or 'for' ('Minister of Mines, Coal and Steel'); one before any
    # closes another title ('Dassault chairman and CEO, and Air Vice Marshal X')
    for k, w in enumerate(words):
        if w in ("of", "for"):
            break
        if w == ",":
            j += k + 1
            words = words[k + 1 :]
            break
    # the run opens with a title word, never a joining word or comma
    while words and words[0] in _JOINS:
        words.pop(0)
        j += 1
    return j + 1, words


def title_run_ties(
    stated: list[Tie],
    doc: Doc,
    tok_ent: Sequence[int],
    kind: Callable[[int], Kind],
    role_nouns: dict[str, Family],
    deputies: frozenset[str],
    start: int,
    end: int,
) -> list[Tie]:
    """``stated`` with the ties of long titles between a state or body and the holder named right after them."""
    found: dict[tuple[int, int], tuple[Family, str]] = {}
    for i in range(start + 1, end):
        holder = tok_ent[i]
        if holder < 0 or tok_ent[i - 1] == holder or kind(holder) not in _HOLDERS:
            continue
        first, words = _run(doc, tok_ent, i, start, role_nouns)
        if not words or ("of" not in words and "for" not in words and "and" not in words):
            continue  # a short title is the title rules' own ('Hungarian Foreign Minister X')
        k = first - 1
        if k >= start and doc[k].lower_ in ("'s", "’s") and k - 1 >= start:
            k -= 1  # "Japan's Vice Minister for ..."
        owner = tok_ent[k] if k >= start else -1
        if owner < 0 or owner == holder or kind(owner) not in _OWNERS:
            continue
        role = _family(words, role_nouns, deputies)
        if role is not None:
            found[(holder, owner)] = role
    if not found:
        return stated
    out: list[Tie] = []
    for a, b, ty, f in stated:
        if ty == "reported on" and ((a, b) in found or (b, a) in found):
            continue
        out.append((a, b, ty, f))
    for (holder, owner), (fam, noun) in found.items():
        out.append((holder, owner, f"{noun} of", fam))
    return out
