"""Last checks on a mention's words: shapes that are no name of a state, body, person or ship.

- "the Hong Kong-based consortium": a place made an adjective ("-based", "-owned") names nobody;
- "Elena LasconiDaniel Mihailescu": two caption names glued together (a long lower-case run, then a capital);
- "in the X Marine Reserve", "the X National Park": a protected area is a place, never a ship; a national park
  after "of the" ("the director of the X National Park") is its authority, a body;
- "Doctors Without Borders", "Médecins Sans Frontières": the "without borders" bodies are bodies, whole.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from core.extract.coref import Mention
from core.model import Kind

_ADJECTIVE = re.compile(r"-(?:based|owned|flagged|registered|listed|headquartered|backed|run|led)$")
_GLUED = re.compile(r"[a-z\u00e0-\u00ff]{4}[A-Z][a-z]")
_PROTECTED = re.compile(
    r"\b(?:(?:Marine|Nature|Wildlife|Game|Biosphere|Forest|National|Natural)[ \t]+(?:Reserve|Sanctuary|Refuge)"
    r"|Marine[ \t]+(?:Park|Protected[ \t]+Area)|National[ \t]+Park|Conservation[ \t]+Area)$"
)
_BORDERS = re.compile(r"(?:Without[ \t]+Borders|Sans[ \t]+Fronti[eè]res|Sin[ \t]+Fronteras)$")


def keep_name(doc: Doc, m: Mention, said: str) -> bool:
    """False when the mention's words are no name; a few shapes are retyped (a park's authority, a body's short)."""
    if m.chars is None and _ADJECTIVE.search(said):
        return False
    if m.kind is Kind.OFFICIAL and _GLUED.search(said):
        return False
    if m.kind is not Kind.STATE and _PROTECTED.search(said):
        authority = said.endswith("Park") and m.start >= 2 and doc[m.start - 1].lower_ == "the"
        if not (authority and doc[m.start - 2].lower_ == "of"):
            return False
        m.kind = Kind.PARTY
    if _BORDERS.search(said) and m.chars is None:
        if said.split()[0] in {"Without", "Sans", "Sin"} and m.start > 0 and doc[m.start - 1].is_title:
            m.start -= 1  # "Doctors" + "Without Borders": the model cut the name's first word off
        m.kind = Kind.PARTY
    return True
