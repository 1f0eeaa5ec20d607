"""'Russia and Ukraine agreed to exchange prisoners, the head of Russia's delegation X said', 'Today the UK and Rwanda
have signed a partnership, UK Home Secretary Y told a news conference': an announcer whose own side does a shared act
(an agreement, talks, an alliance) together with a co-subject announces the act with that co-subject, and takes the
act's family with it (the annotated sets: AGREEMENT, not REPORTING), as announcements.py gives an announcer the family
of an act its side does to a target."""

from __future__ import annotations

from spacy.tokens import Token

from core.extract.relations.syntax import Tie, unasserted
from core.model import Family

# Acts both sides do together.
SHARED = frozenset({Family.AGREEMENT, Family.DIPLOMACY, Family.ALLIANCE})
# verbs that leave the act undone: 'failed to agree', 'refused to sign', 'declined to meet'
_UNDONE = frozenset({"fail", "refuse", "decline", "reject"})


def co_doers_act(
    v: Token, hi: int, tok_ent: list[int], doers: set[int], side: set[int], stated: list[Tie]
) -> Family | None:
    """The family of the shared act the target (named at ``hi``) does with the announcer's side, joined to it as the
    verb's subject ('A and B agreed'), read from the sentence's own tie between them; None when the target acts
    alone, with someone outside the side, or is no conjoined subject ('X's experts believe ...')."""
    if unasserted(v) or v.lemma_.lower() in _UNDONE or any(c.lemma_.lower() in _UNDONE for c in v.ancestors):
        return None  # 'A and B failed to agree', 'may sign': no act done together
    tgt = tok_ent[hi]
    mine = doers - {tgt}
    if tgt not in doers or not mine or not mine <= side:
        return None
    joined = [y for c in v.children if c.dep_ in ("nsubj", "nsubjpass") for y in (c, *c.conjuncts)]
    if hi not in {y.i for y in joined} or not {tok_ent[y.i] for y in joined} & mine:
        return None
    fams = {f for a, b, _, f in stated if {a, b} & mine and tgt in (a, b) and a != b and f in SHARED}
    return next((f for f in (Family.AGREEMENT, Family.DIPLOMACY, Family.ALLIANCE) if f in fams), None)
