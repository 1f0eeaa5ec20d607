"""A news outlet's report closing a sentence: '..., Reuters reported.', '..., the AP reports on Sunday.', '..., reported
Daily X.' (after ', reported' any body named is the reporter: ', wrote the Foreign Ministry in a statement'). The
outlet reports on every person and ship the sentence names before it (the acts' doers and whom they act on alike),
not only on the reported clause's subject and object, but not on one named in passing: inside a relative clause, a
participle's phrase or an apposition that is no name. (Not on every state or body: across the development sets those,
often named only in passing, 'Ukrainian grain', 'UN sanctions', were the outlet's subject in fewer than half of the
sentences.)"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

from spacy.tokens import Token

from core.extract.relations.syntax import Tie
from core.model import Family, Kind

_VERBS = frozenset({"report", "write"})
# What may follow the closing report: 'reported on Sunday', 'reported late Monday', 'has previously reported'.
_TAIL_POS = frozenset({"PUNCT", "SPACE", "ADV", "ADP", "NOUN", "PROPN", "NUM", "DET", "ADJ"})
_REPORTED = frozenset({Kind.OFFICIAL, Kind.VESSEL})
_BREAK = frozenset({",", "\u201d", '"', "'", "\u2019"})


def _outlet_in(toks: Sequence[Token], tok_ent: Sequence[int], outlets: frozenset[int] | set[int]) -> int:
    """The one outlet named among ``toks`` (-1 if none or another name stands there)."""
    named = {tok_ent[t.i] for t in toks} - {-1}
    return next(iter(named)) if len(named) == 1 and named <= outlets else -1


def closing_outlet_ties(
    toks: list[Token],
    tok_ent: Sequence[int],
    kind: Callable[[int], Kind],
    outlets: frozenset[int],
) -> Iterator[Tie]:
    """Outlet -> each person or ship named before its closing report, REPORTING."""
    if len(toks) < 6:
        return
    last = len(toks) - 1
    while last > 0 and (toks[last].is_space or toks[last].is_punct) and toks[last].text not in _BREAK:
        last -= 1
    for k in range(last, max(0, last - 12), -1):
        v = toks[k]
        if v.pos_ != "VERB" or v.lemma_.lower() not in _VERBS:
            continue
        after = toks[k + 1 : last + 1]
        before = toks[max(0, k - 6) : k]
        cut = max((j for j, t in enumerate(before) if t.text in _BREAK), default=-1)
        outlet = -1
        if cut >= 0 and all(t.pos_ in _TAIL_POS and tok_ent[t.i] < 0 for t in after):
            # '..., Reuters (has previously) reported (on Sunday).'
            outlet = _outlet_in(before[cut + 1 :], tok_ent, outlets)
            start = before[cut].i
        elif k > 0 and toks[k - 1].text in _BREAK:
            # '..., reported Prothom Alo(, a daily).'
            end = next((j for j, t in enumerate(after) if t.text == ","), len(after))
            # (a body named there reports, whether or not the document calls it an outlet)
            bodies = {e for t in after[:end] if (e := tok_ent[t.i]) >= 0 and kind(e) is Kind.PARTY}
            outlet = _outlet_in(after[:end], tok_ent, outlets | bodies)
            start = toks[k - 1].i
        if outlet < 0:
            return
        told = [t for t in toks if t.i < start and tok_ent[t.i] >= 0 and not _in_passing(t, tok_ent)]
        for e in dict.fromkeys(tok_ent[t.i] for t in told):
            if e != outlet and e not in outlets and kind(e) in _REPORTED:
                yield outlet, e, "reported on", Family.REPORTING
        return


def _in_passing(t: Token, tok_ent: Sequence[int]) -> bool:
    """A name the report is not about: one inside a relative clause ('X, who met Y, ...'), a participle's phrase
    ('the junta, led by Y, ...') or an apposition that is no name ('X, the successor of Y, ...')."""
    for a in t.ancestors:
        if a.dep_ == "relcl" and any(c.tag_ in ("WP", "WDT", "WP$") for c in a.children):
            return True
        if (a.dep_ == "acl" and a.tag_ == "VBN") or (a.dep_ == "appos" and tok_ent[a.i] < 0):
            return True
    return False
