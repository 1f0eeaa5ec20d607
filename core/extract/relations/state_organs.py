"""Is a side of an act one of a state's own civil bodies: a ministry, a department, a police force (an organ word in
its name) or a seat of government named for the government ('the White House', 'the Pentagon', 'Downing Street')?
Two such bodies of the same state, or one or both of none named, sharing an act ('the White House and the State
Department confirmed the agreement') are colleagues on one side, not two sides of it. Armed forces are no such
organ: 'the Libyan army and the Libyan Government of National Unity confirmed the agreement' are two sides."""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

from spacy.tokens import Token

from core.extract.kb import lookup
from core.extract.relations.lexicon import lexicon
from core.model import Kind

# seats of government named for the government or one of its departments, and their states (general knowledge)
_SEATS = {
    **dict.fromkeys(("white house", "pentagon"), "United States"),
    **dict.fromkeys(("elysee", "élysée", "quai d'orsay"), "France"),
    "downing street": "United Kingdom",
    "blue house": "South Korea",
    "zhongnanhai": "China",
}
# force words: an army, a brigade or a guard acts in a war or a deal as a side of its own, no office of a government
_FORCES = frozenset(
    {"army", "forces", "brigade", "battalion", "regiment", "guard", "guards", "corps", "commando", "commandos"}
    | {"marines"}
)


def _words(side: Token) -> list[str]:
    return [w.lower_ for w in side.doc[side.left_edge.i : side.i + 1] if w.lower_ != "the"]


def state_organ(side: Token) -> bool:
    """The words of the side's noun phrase (up to its head) hold an organ word, no force word and none of the
    exclusions ('news agency'), or name a seat of government."""
    lex = lexicon()
    words = _words(side)
    if " ".join(words) in _SEATS:
        return True
    return bool(set(words) & (lex.organ_words - _FORCES)) and not set(words) & (lex.organ_exclusions | _FORCES)


def _named_states(text: str) -> set[str]:
    """The known states a name's words or word pairs name ('U.S. Treasury Department')."""
    words = text.split()
    forms = [*words, *(" ".join(p) for p in pairwise(words))]
    return {t.name for f in forms if (t := lookup(f)) is not None and t.kind is Kind.STATE}


def organ_home(
    side: Token,
    den: Callable[[Token], frozenset[int]],
    kind: Callable[[int], Kind],
    name: Callable[[int], str] | None = None,
) -> frozenset[str]:
    """The states the words of a body's phrase name, inside its name or before it ('the Ukrainian Defence Ministry',
    "Ruritania's Foreign Ministry"), a seat of government names ('the White House': the United States) or the
    body's canonical name holds ('the Treasury' as 'U.S. Treasury Department'): known states by name, other named
    states by entity."""
    doc = side.doc
    out: set[str] = set()
    seat = _SEATS.get(" ".join(_words(side)))
    if seat is not None:
        out.add(seat)
    if name is not None:
        for e in den(side):
            out |= _named_states(name(e))
    for w in doc[side.left_edge.i : side.i + 1]:
        for form in (w.text, doc[w.i - 1 : w.i + 1].text if w.i > side.left_edge.i else ""):
            term = lookup(form) if form else None
            if term is not None and term.kind is Kind.STATE:
                out.add(term.name)
        out |= {f"#{e}" for e in den(w) if kind(e) is Kind.STATE}
    return frozenset(out)
