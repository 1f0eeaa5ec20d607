"""The parties of an act a report relays from another speaker: 'Niger's government has said it is cutting ties
with Ukraine, AFP reported', 'Egypt said it sent a letter warning against Ethiopia's operation of the dam, X
reports' (the annotated sets give the outlet REPORTING to Ukraine and Ethiopia, not only to the speaker it
relays). An outlet's own scope (outlet_scope.py, outlet_parties.py) stops at a nested report (but for its ships);
this reads the states the nested act's words name by name or possessive, outside place phrases, relative clauses,
quotations (the relayed speaker's own words) and hyphenated words ('Japan-based'); not by adjective ('blocked a
Japanese fishing boat': the gold's outlet reports the boat, not Japan)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Token

from core.extract.relations.quotes import in_place_phrase, quoted_tokens
from core.model import Kind

# where a state's name in a relayed act names a party: its name or its possessive
_STATE_DEPS = frozenset({"pobj", "dobj", "poss", "conj", "nsubj", "nsubjpass"})


def relayed_parties(
    clause: Token,
    tok_ent: Sequence[int],
    kind: Callable[[int], Kind],
    hyphenated: dict,
    reporting: frozenset[str],
) -> set[int]:
    """The parties of the acts the clauses reported by ``clause`` (a reporting verb) name."""
    if clause.lemma_.lower() not in reporting or any(c.dep_ == "neg" for c in clause.children):
        return set()
    out: set[int] = set()
    for inner in clause.children:
        if inner.dep_ != "ccomp" or inner.pos_ not in ("VERB", "AUX"):
            continue
        quoted = quoted_tokens(inner.sent)  # (a quotation opened in an earlier sentence too: its first mark closes)
        stack = [inner]
        while stack:
            t = stack.pop()
            for x in t.children:
                if x.dep_ in ("relcl", "appos", "ccomp", "parataxis"):
                    continue
                stack.append(x)
            ei = tok_ent[t.i]
            if (
                ei >= 0
                and kind(ei) is Kind.STATE
                and t.i not in hyphenated
                and t.dep_ in _STATE_DEPS
                and not in_place_phrase(t, inner)
                and t.i not in quoted
            ):
                out.add(ei)
    return out

