"""Names of artworks and artefacts, not of people or bodies.

"the Benin Bronzes", "the Parthenon Marbles", "a Bronze Bust of a Man": a capitalised name closed by an artefact's
noun names the object, never a person. "the Kohinoor diamond": a name standing right before a lower-case artefact's
noun is the object's name. "Bronzes" alone (cut from "Benin Bronzes") is the artefact's noun, and "Benin" before it
no state of the story."""

from __future__ import annotations

from spacy.tokens import Doc

from core.extract.coref import Mention
from core.model import Kind

# the nouns of artworks and artefacts (lower-cased): the words that close an object's name
_ARTEFACT_NOUNS = frozenset(
    {"bronzes", "marbles", "sculptures", "sculpture", "treasures", "manuscripts", "manuscript", "bust", "busts"}
    | {"statue", "statues", "statuette", "statuettes", "figurine", "figurines", "relics", "artefacts", "artifacts"}
    | {"frescoes", "frescos", "fresco", "tapestry", "tapestries", "mosaics", "scrolls", "jewels", "diamond"}
    | {"vase", "vases", "antiquities", "idols", "idol", "codex", "papyri", "papyrus"}
)
# the plural nouns that, capitalised and alone, still name the objects ("the Bronzes")
_PLURALS = frozenset(w for w in _ARTEFACT_NOUNS if w.endswith("s") and w not in {"bust", "codex", "papyrus"})


def names_an_artwork(doc: Doc, m: Mention) -> bool:
    """Does this person-or-body mention without a key name an artwork or an artefact (see the module's docstring)?"""
    nxt = doc[m.end] if m.end < len(doc) else None
    if m.kind is Kind.STATE:
        return nxt is not None and nxt.is_title and nxt.lower_ in _PLURALS  # "Benin" of "the Benin Bronzes"
    if m.key is not None or m.kind not in (Kind.PARTY, Kind.OFFICIAL):
        return False
    last = doc[m.end - 1]
    if m.end - m.start == 1:
        if last.lower_ in _PLURALS and last.is_title:
            return True  # "Bronzes": the objects' noun alone
    elif last.lower_ in _ARTEFACT_NOUNS and last.is_title:
        return True  # "Benin Bronzes", "Bronze Bust"
    # "the Kohinoor diamond": the object itself ("Alrosa diamond exports" trade in it: the firm stays)
    return (
        m.end - m.start <= 2
        and nxt is not None
        and nxt.is_lower
        and nxt.lower_ in _ARTEFACT_NOUNS
        and nxt.dep_ not in ("compound", "amod", "nmod")
    )
