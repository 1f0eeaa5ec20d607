"""A speaker's word condemning what a party does: '"The regime has displayed disregard for human rights," X said',
'Y said Z has set off an unlawful witch hunt against its critics' (gold: HOSTILITY between the speaker and the one
whose conduct is condemned, beside the report). Read for each verb of saying by the verdict rules (verdicts.py)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Token

from core.extract.relations.syntax import COPULAS

# Words that condemn an act in the words of the one who names it (not a judge's neutral 'violated').
CONDEMNING_ACTS = frozenset(
    {"disregard", "destabilize", "destabilise", "unlawful", "witch", "atrocity", "atrocities", "brutality"}
    | {"repression", "persecution", "lawlessness", "barbaric", "barbarism", "thuggery", "intimidation"}
)


# Verbs that fight, end or expose the condemned conduct rather than commit it: 'X has stopped the intimidation of
# voters', 'X documented the brutality of the rebels', 'X worked to end repression' (the word is not X's own conduct).
AGAINST = frozenset(
    {"stop", "end", "fight", "combat", "counter", "prevent", "oppose", "condemn", "denounce", "document", "expose"}
    | {"investigate", "report", "record", "protest", "criticise", "criticize", "reject", "resist", "halt", "curb"}
)


def _against(hit: Token, top: Token) -> bool:
    """A verb fighting or exposing the word stands between it and the reported clause's verb ``top``."""
    t = hit
    while True:
        if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in AGAINST:
            return True
        if t.i == top.i or t.head.i == t.i:
            return False
        t = t.head


# What lies outside the clause's own act: a nested report, a relative clause, its subject (judged apart).
_OUTSIDE = frozenset({"ccomp", "relcl", "nsubj", "nsubjpass", "csubj"})


def _marked(x: Token) -> bool:
    """'if Y refuses', 'because Z ...': a clause of condition or cause (not 'to be judge and jury')."""
    return x.dep_ == "advcl" and any(m.dep_ == "mark" for m in x.children)


def condemned_doers(
    v: Token, subjects: Callable[[Token], frozenset[int]]
) -> Iterator[tuple[Token, frozenset[int]]]:
    """The reported clauses of the saying verb ``v`` whose words condemn what their subject does, with the
    entities that subject names; not a clause denied, nor a word inside a clause nested in it."""
    for c in v.children:
        if c.dep_ not in ("ccomp", "parataxis") or c.pos_ not in ("VERB", "AUX") or c.lemma_.lower() in COPULAS:
            continue
        if any(x.dep_ == "neg" for x in c.children):
            continue
        stack, hit = [c], None
        while stack and hit is None:
            t = stack.pop()
            if t.lemma_.lower() in CONDEMNING_ACTS or t.lower_ in CONDEMNING_ACTS:
                hit = t
            stack.extend(x for x in t.children if x.dep_ not in _OUTSIDE and not _marked(x))
        if hit is None or _against(hit, c):
            continue
        judged = subjects(c)
        if judged:
            yield hit, judged
