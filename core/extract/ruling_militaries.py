"""A state whose armed forces rule it themselves: news calls them "the junta", "the military government" or "the
military regime", and those words are the state's armed forces, one body with "the Myanmar military".

Which states: a general fact kept in ``data/lexicon.json`` ("military_rulers", with the armed forces' usual name, and
their own name, "Tatmadaw", which names the body where the article writes it).
A junta that governs as a transitional government and acts for its state ("Mali's junta expelled the envoy") is no
body of its own (bench/real/sources r14, r37, r57): only the listed states' rulers are made one.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc

from core.extract.coref import Mention
from core.extract.kb import knowledge, lookup
from core.extract.nlp import doc_column
from core.model import Kind

_HEADS = frozenset({"junta", "government", "regime"})
_POSSESSIVE = {"'s", "\u2019s"}


@cache
def _rulers() -> tuple[dict[str, list[str]], dict[str, str]]:
    """(state -> its armed forces' usual name and own names, surface form -> state) for the listed states."""
    forces = dict(knowledge().lexicon["military_rulers"])
    forms = {f: t.name for f, t in knowledge().terms.items() if t.kind is Kind.STATE and t.name in forces}
    return forces, {f: s for f, s in forms.items() if f[:1].isupper() and len(f) > 3}


def ruling_militaries(doc: Doc) -> list[Mention]:
    """ "the junta", "Myanmar's junta", "the military government" in an article that names a listed state: a mention
    of that state's armed forces (with the state's word inside it as its own mention)."""
    lowered = doc_column(doc, "lower_")
    if not any(w in _HEADS for w in lowered):
        return []  # the cheap test first
    forces, forms = _rulers()
    named = {s for f, s in forms.items() if f in doc.text}
    if len(named) != 1:
        return []  # no listed state, or two: whose junta is not sure
    (state_name,) = named
    usual, *own = forces[state_name]
    name = next((n for n in own if n in doc.text), usual)  # "the Tatmadaw" written: the junta is that body
    out = []
    for i, w in enumerate(lowered):
        if w not in _HEADS or doc[i].is_upper:
            continue
        start = i
        if w != "junta":  # "the military government", "the military regime"; not "military regime users"
            if i == 0 or lowered[i - 1] != "military" or (i + 1 < len(doc) and doc[i + 1].pos_ in {"NOUN", "PROPN"}):
                continue
            start = i - 1
        elif i > 0 and lowered[i - 1] == "military":
            start = i - 1  # "the military junta"
        j = start - 1 if start > 0 and doc[start - 1].text in _POSSESSIVE else start
        owner = None
        for n in (3, 2, 1):
            if j - n < 0:
                continue
            term = lookup(doc[j - n : j].text)
            if term is not None and term.kind is Kind.STATE:
                owner = Mention(j - n, j, Kind.STATE, term.name, 3, term.role)
                break
        if owner is not None and owner.key != state_name:
            continue  # "Thailand's military government": another state's, not the listed one's
        m = Mention(start if owner is None else owner.start, i + 1, Kind.PARTY, None, 4, "force", owner=owner)
        m.name = name
        out.append(m)
    return out
