"""A passive's doer that the parser hung on the role the verb casts its subject as: 'X, which is listed as a terror
group by Y', 'X was designated a terrorist organization by Y' (the 'by' phrase is the verb's agent, not a part of
the role noun)."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

# verbs that cast their passive subject as a role ('listed as', 'designated', 'named', 'branded')
_CASTING = frozenset(
    {"list", "designate", "blacklist", "label", "brand", "name", "declare", "classify", "recognize", "recognise"}
)


def hung_agents(v: Token) -> Iterator[Token]:
    """The 'by' prepositions hung on the role a passive casting verb without an agent of its own gives its
    subject."""
    if v.lemma_.lower() not in _CASTING or v.tag_ != "VBN" or any(c.dep_ == "agent" for c in v.children):
        return
    roles = [c for c in v.children if c.dep_ in ("dobj", "oprd", "attr")]
    roles += [o for p in v.children if p.dep_ == "prep" and p.lower_ == "as" for o in p.children if o.dep_ == "pobj"]
    for r in roles:
        if r.pos_ != "NOUN":
            continue
        for p in r.children:
            if p.dep_ == "prep" and p.lower_ == "by":
                yield p
