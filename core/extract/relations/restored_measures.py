"""A measure restored by others is no act of the body it is named after (issue 11 round AK, blind40 false pairs).

'Britain, Germany and France started a process to reinstate UN sanctions on Iran': the three states act on Iran;
the UN, named on the sanctions as their source, is neither their partner nor their target, and the restoring is no
UN act against Iran. When a verb of bringing back (restore, reinstate, reimpose) takes a measure noun whose
modifier names a body other than the verb's doers, the ties of that body with the doers and with the measure's
target are dropped (and refused, so no later layer adds them back). 'The UN reimposed UN sanctions' keeps its ties.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from core.extract.nlp import doc_lemma_lower
from core.extract.relations.syntax import Tie
from core.model import Kind

RESTORING_VERBS = frozenset({"restore", "reinstate", "reimpose", "re-impose", "reapply", "re-apply", "reintroduce"})
_MEASURES = frozenset({"sanction", "sanctions", "embargo", "embargoes", "restriction", "restrictions", "measure"})
_SUBJECTS = ("nsubj", "nsubjpass")
# how far up the clause chain a verb's doers are looked for ('moved to restore', 'started a process to reinstate')
_CHAIN_DEPS = frozenset({"xcomp", "acl", "relcl", "advcl", "dobj", "pobj", "prep", "ccomp"})


def _doers(v: Token, tok_ent: list[int]) -> set[int]:
    """The named doers of ``v``, looked for up its chain of infinitives and the nouns they hang on."""
    t = v
    for _ in range(4):
        subj = [c for c in t.children if c.dep_ in _SUBJECTS]
        if subj:
            out = set()
            for s in subj:
                for x in s.subtree:
                    if tok_ent[x.i] >= 0 and x.dep_ not in ("pobj", "poss"):
                        out.add(tok_ent[x.i])
            return out
        if t.dep_ not in _CHAIN_DEPS or t.head.i == t.i:
            break
        t = t.head
    return set()


def _restored(v: Token, tok_ent: list[int]) -> tuple[set[int], set[int], set[int]]:
    """(owners named on the restored measure, the verb's doers, the measure's targets) for one verb."""
    owners: set[int] = set()
    targets: set[int] = set()
    for n in v.children:
        if n.dep_ != "dobj" or n.lemma_.lower() not in _MEASURES or tok_ent[n.i] >= 0:
            continue
        for x in n.subtree:
            if tok_ent[x.i] < 0:
                continue
            if x.i < n.i:
                owners.add(tok_ent[x.i])
            else:
                targets.add(tok_ent[x.i])
    if not owners:
        return set(), set(), set()
    doers = _doers(v, tok_ent)
    if not doers or owners & doers:
        return set(), set(), set()
    return owners, doers, targets - owners


def restored_measures(
    stated: list[Tie], where: list[int], doc: Doc, tok_ent: list[int], refused: set, kind: Callable[[int], Kind]
) -> list[Tie]:
    """``stated`` without the ties of a restored measure's named owner with its restorers and, where the owner is a
    body ('UN sanctions'), with its target: a state's own measures restored ('the Treasury reimposed US sanctions on
    X') still stand between that state and X."""
    drop: set[frozenset[int]] = set()
    lemmas = doc_lemma_lower(doc)
    for i in where:
        if lemmas[i] not in RESTORING_VERBS:
            continue
        v = doc[i]
        if v.pos_ not in ("VERB", "AUX") or v.lemma_.lower() not in RESTORING_VERBS:
            continue
        owners, doers, targets = _restored(v, tok_ent)
        drop |= {frozenset((o, e)) for o in owners for e in doers if o != e}
        drop |= {frozenset((o, e)) for o in owners for e in targets if o != e and kind(o) is not Kind.STATE}
    if not drop:
        return stated
    refused |= drop
    return [tie for tie in stated if frozenset((tie[0], tie[1])) not in drop]
