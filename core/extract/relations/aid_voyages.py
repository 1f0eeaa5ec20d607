"""A voyage that carries help: 'three navy ships are heading to X with supplies', 'flew to X with relief aid'.

Going to a state is diplomacy (families.py reads a motion verb to a state so); going there with aid, supplies or
relief is help to it, which the annotated sets file under ALLIANCE (blind27: 'heading to Tonga with supplies')."""

from __future__ import annotations

from spacy.tokens import Token

# what a voyage carries that makes it help to where it goes (nouns, lemmas)
AID_LOADS = frozenset(
    {"aid", "supply", "supplies", "relief", "food", "medicine", "medicines", "water", "tent"}  # not 'with help from X'
    | {"tents", "provision", "provisions", "ration", "rations", "vaccine", "vaccines", "donation", "donations"}
)


def carries_aid(v: Token) -> bool:
    """Whether the motion verb ``v`` goes 'with' aid: a 'with' phrase below it whose object (or the noun that object
    qualifies) is a load of help ('with supplies', 'with 250 pallets of humanitarian supplies')."""
    for c in v.children:
        if c.dep_ != "prep" or c.lower_ != "with":
            continue
        for o in c.children:
            if o.dep_ != "pobj":
                continue
            if o.lemma_.lower() in AID_LOADS or o.lower_ in AID_LOADS:
                return True
            # 'with 250 pallets of humanitarian supplies', 'with tonnes of aid'
            for p in o.children:
                if (
                    p.dep_ == "prep"
                    and p.lower_ == "of"
                    and any(x.dep_ == "pobj" and x.lemma_.lower() in AID_LOADS for x in p.children)
                ):
                    return True
    return False
