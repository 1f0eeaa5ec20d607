"""Vetoes run after the rules of one sentence segment: ties a rule read that the sentence's structure says it does
not state (issue 11, false pairs on fresh news).

- A title read across a coordination or a list: in 'US President Trump and North Korean leader Kim', 'North
  Korean' is Kim's title, not Trump's; in 'Japan's Defense Minister A, President B' Japan is A's; in 'the secretary
  of X, A, the president of Y, B' X is A's. A title tie (leadership, membership) is dropped when the name of the
  state or body nearest to the person modifies the title of another official named after it. A title the
  coordination shares stays: 'Saudi activists A and B' (a plural title), 'Russian Defense Minister A and Foreign
  Minister B' ('and' and a bare title), 'Russian President A's envoy B' (a possessor).
- A war that is someone else's: 'supplied arms to Russia for its war in Ukraine', 'supports Russian aggression
  against Ukraine', 'urged a solution to the war in Ukraine' tie the speaker or supplier to the war's owner or to
  no one, not to the war's victim.
- A rescue of a state's people or craft: 'rescued an Iranian fishing vessel and its crew of 23 Pakistani nationals'
  helps the vessel and the crew, not the states their demonyms name (blind29's gold has no such tie); the rescue of
  a named ship stays ('rescued the crew from the M/V Blue Gull'), and so does a rescuer named by a demonym ('rescued by
  an Emirati ship').

Each veto only drops ties; the pairs it drops are read as not tied by the surface and pair layers too.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from core.extract.relations.demonym_lists import LISTED
from core.extract.relations.syntax import Tie
from core.model import Family, Kind

_TITLE_FAMILIES = frozenset({Family.LEADERSHIP, Family.MEMBERSHIP})
# nouns of an armed conflict that its owner wages on its victim
WAR_NOUNS = frozenset({"war", "aggression", "invasion", "offensive", "attack", "attacks", "airstrike", "airstrikes"})
_OWNER_DEPS = frozenset({"poss", "amod", "compound", "nmod"})
# 'support for the war in X', 'a solution to the war in X'
_SUPPORT_PREPS = frozenset({"for", "to"})
_WINDOW = 8
# the first word of a rescue tie's type ('rescued', 'rescued crew from')
_RESCUE_WORDS = frozenset({"rescued", "rescue", "rescues", "rescuing", "evacuated", "evacuate", "saved", "save"})


def _title_holder(
    end: int, seg_end: int, doc: Doc, tok_ent: list[int], kind: Callable[[int], Kind], mine: list[int]
) -> int:
    """The official whose title a name ending before token ``end`` modifies ('US President Trump', 'Ambassador to
    the Philippines Kumaran', 'Solomon Islands Minister of Foreign Affairs Manele'): the first official named after
    it within the same title, read up to a verb, a clause's punctuation or 'and'; -1 for none, or when that
    official's name is the possessor of a phrase naming the person at ``mine`` later ('Russian President Putin's
    envoy X': X's title too)."""
    for i in range(end, min(end + _WINDOW, seg_end)):
        t = doc[i]
        ei = tok_ent[i]
        if ei >= 0:
            if kind(ei) is not Kind.OFFICIAL:
                continue
            j = i
            while j + 1 < seg_end and tok_ent[j + 1] == ei:
                j += 1
            if j + 1 < len(doc) and doc[j + 1].tag_ == "POS" and any(m > j for m in mine):
                return -1
            return -1 if _shares(j, mine, doc, tok_ent) else ei
        if t.text == "," and i + 1 < seg_end and tok_ent[i + 1] >= 0 and kind(tok_ent[i + 1]) is Kind.OFFICIAL:
            continue  # 'the general secretary of the CNE, Antonio Meneses': the name in apposition holds the title
        if t.pos_ in ("VERB", "AUX", "CCONJ", "PUNCT", "SCONJ", "PRON") or (t.tag_ == "POS" and i > end):
            return -1
        if t.pos_ == "ADP" and t.lower_ not in ("of", "to"):
            return -1
        if t.tag_ in ("NNS", "NNPS"):
            return -1  # 'Saudi rights activists X and Y': a title the coordination shares
    return -1


def _shares(last: int, mine: list[int], doc: Doc, tok_ent: list[int]) -> bool:
    """The person at ``mine`` follows the holder ending at ``last`` with 'and' and a bare title only: 'Russian Defense
    Minister Shoigu and Foreign Minister Lavrov' share the demonym."""
    after = [m for m in mine if m > last]
    if not after:
        return False
    gap = doc[last + 1 : min(after)]
    return (
        any(t.pos_ == "CCONJ" for t in gap)
        and len(gap) <= 5
        and all(tok_ent[t.i] < 0 and t.pos_ not in ("VERB", "AUX", "PUNCT", "ADP", "PRON") for t in gap)
    )


def _others_title(
    person: int, other: int, where: list[int], doc: Doc, tok_ent: list[int], kind: Callable[[int], Kind]
) -> bool:
    """The name of ``other`` nearest to ``person``'s in the segment modifies the title of another official."""
    seg_end = where[-1] + 1
    ends = [i + 1 for i in where if tok_ent[i] == other and (i + 1 >= seg_end or tok_ent[i + 1] != other)]
    mine = [i for i in where if tok_ent[i] == person]
    if not ends or not mine:
        return False
    end = min(ends, key=lambda e: min(abs(e - 1 - i) for i in mine))
    if end < seg_end and doc[end].tag_ == "POS":
        end += 1  # 'China's Foreign Minister Wang Yi'
    holder = _title_holder(end, seg_end, doc, tok_ent, kind, mine)
    return holder >= 0 and holder != person


def _owned_war(src: int, tgt: int, type_: str, where: list[int], doc: Doc, tok_ent: list[int]) -> bool:
    """The tie runs from a verb through a war noun to the war's victim ('providing arms for its war in Ukraine',
    'supporting Russian aggression against Ukraine'), and the war is another's or only the object of a
    preposition."""
    words = type_.split()
    if len(words) < 3 or words[0] in WAR_NOUNS or not any(w in WAR_NOUNS for w in words[1:-1]):
        return False
    nouns = [
        doc[i]
        for i in where
        if doc[i].lower_ in WAR_NOUNS
        and tok_ent[i] < 0
        and any(tok_ent[j] == tgt for j in range(doc[i].i + 1, doc[i].right_edge.i + 1))
    ]  # the war nouns whose phrase names the victim: 'war in Ukraine'
    if not nouns:
        return False
    for n in nouns:
        owners = {tok_ent[c.i] for c in n.children if c.dep_ in _OWNER_DEPS and tok_ent[c.i] >= 0}
        if src in owners or tgt in owners:
            return False  # 'Russian aggression against Ukraine' is Russia's
        owned = bool(owners) or any(c.dep_ == "poss" and c.pos_ == "PRON" for c in n.children)
        if not owned and not (n.dep_ == "pobj" and n.head.lower_ in _SUPPORT_PREPS):
            return False
    return True


def _rescued_demonym(tgt: int, type_: str, where: list[int], doc: Doc, tok_ent: list[int]) -> bool:
    """A rescue tie whose target is named in the segment only as a demonym before a common noun ('an Iranian
    fishing vessel', '23 Pakistani nationals', 'Indian crew members')."""
    words = type_.split()
    if not words or words[0] not in _RESCUE_WORDS:
        return False
    toks = [doc[i] for i in where if tok_ent[i] == tgt]
    return bool(toks) and all(
        t.dep_ in ("amod", "compound") and t.head.i > t.i and tok_ent[t.head.i] < 0 and t.head.is_lower for t in toks
    )


def vetoed(
    stated: list[Tie],
    where: list[int],
    doc: Doc,
    tok_ent: list[int],
    kind: Callable[[int], Kind],
    refused: set[frozenset[int]],
) -> list[Tie]:
    """``stated`` without the ties the segment's structure denies; ``refused`` becomes the set of denied pairs,
    which the pair layer leaves untyped."""
    refused.clear()
    out = []
    for tie in stated:
        src, tgt, type_, fam = tie
        drop = False
        if fam in _TITLE_FAMILIES and src != tgt and type_ != LISTED:  # 'Peruvians A, B and C': each (demonym_lists)
            ks, kt = kind(src), kind(tgt)
            if ks is Kind.OFFICIAL and kt in (Kind.STATE, Kind.PARTY):
                drop = _others_title(src, tgt, where, doc, tok_ent, kind)
            elif kt is Kind.OFFICIAL and ks in (Kind.STATE, Kind.PARTY):
                drop = _others_title(tgt, src, where, doc, tok_ent, kind)
        elif fam is Family.HOSTILITY:
            drop = _owned_war(src, tgt, type_, where, doc, tok_ent)
        elif fam is Family.ALLIANCE and kind(tgt) is Kind.STATE:
            drop = _rescued_demonym(tgt, type_, where, doc, tok_ent)
        if drop:
            refused.add(frozenset((src, tgt)))
        else:
            out.append(tie)
    return out
