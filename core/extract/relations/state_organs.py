"""Is a side of an act one of a state's own bodies: a ministry, a department, an army, a police force (an organ word
in its name) or a seat of government named for the government ('the White House', 'the Pentagon', 'Downing
Street')? Two such bodies of one state sharing an act ('the White House and the State Department confirmed the
agreement') are colleagues on one side, not two sides of it."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from core.extract.kb import lookup
from core.extract.relations.lexicon import lexicon
from core.model import Kind

# seats of government named for the government or one of its departments (general knowledge)
_SEATS = frozenset(
    {"white house", "pentagon", "downing street", "elysee", "élysée", "blue house", "zhongnanhai", "quai d'orsay"}
)


def state_organ(side: Token) -> bool:
    """The words of the side's noun phrase (up to its head) hold an organ word, none of the exclusions
    ('news agency'), or name a seat of government."""
    lex = lexicon()
    words = [w.lower_ for w in side.doc[side.left_edge.i : side.i + 1] if w.lower_ != "the"]
    if " ".join(words) in _SEATS:
        return True
    return bool(set(words) & lex.organ_words) and not set(words) & lex.organ_exclusions


def organ_home(side: Token, den: Callable[[Token], frozenset[int]], kind: Callable[[int], Kind]) -> frozenset[str]:
    """The states the words of a body's phrase name, inside its name or before it ('the Ukrainian Defence Ministry',
    "Ruritania's Foreign Ministry"): known states by name, other named states by entity."""
    doc = side.doc
    out: set[str] = set()
    for w in doc[side.left_edge.i : side.i + 1]:
        for form in (w.text, doc[w.i - 1 : w.i + 1].text if w.i > side.left_edge.i else ""):
            term = lookup(form) if form else None
            if term is not None and term.kind is Kind.STATE:
                out.add(term.name)
        out |= {f"#{e}" for e in den(w) if kind(e) is Kind.STATE}
    return frozenset(out)
