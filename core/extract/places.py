"""Places and equipment that the model takes for people or bodies: seas, shoals and straits, towns, aircraft and arms.

"Scarborough Shoal", "the Channel", "Bajo de Masinloc": a geographic word ends (or opens) the name. "Bandar Abbas,
Iran" and "the port of Ust-Luga": a town. "a Lynx helicopter", "Kalibr cruise missiles", "a Kilo-class submarine":
a model of aircraft, ship or weapon. These claim their words so that no rule makes an entity of them.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc

from core.extract.coref import Mention
from core.extract.kb import lexicon_set, lookup
from core.model import Kind

_PARTICLES = {"de", "del", "la", "el", "al", "-", "\u2010"}


@cache
def _equipment() -> tuple[frozenset[str], int, frozenset[str]]:
    words = lexicon_set("equipment_nouns", fold=True)
    return words, max(len(w.split()) for w in words), frozenset(w.split()[0].split("-")[0] for w in words)


def _equipment_at(doc: Doc, i: int) -> bool:
    """Does an equipment noun phrase ("helicopter", "cruise missiles", "air defence system") start at ``i``?"""
    words, longest, first = _equipment()
    if not doc[i].is_lower or doc[i].lower_ not in first:
        return False
    return any(i + n <= len(doc) and doc[i : i + n].text.casefold() in words for n in range(longest, 0, -1))


def _model_token(tok) -> bool:
    """A word of a model's name: "Lynx", "MH-60", "TB2", "Su", "35", "-"."""
    digits = any(c.isdigit() for c in tok.text)
    return tok.is_title or tok.is_upper or tok.like_num or tok.text in {"-", "\u2010"} or digits


def _blocks_before_equipment(doc: Doc) -> list[Mention]:
    """ "a Lynx helicopter", "Bayraktar TB2 drones", "two MH-60 Seahawk helicopters", "Kilo-class submarine"."""
    out = []
    for i in range(1, len(doc)):
        k = i
        if doc[i].lower_ == "class" and i >= 2 and doc[i - 1].text in {"-", "\u2010"}:
            k = i - 1  # "Kilo-class"
        elif not _equipment_at(doc, i):
            continue
        j = k
        heads = lexicon_set("org_heads")
        while (
            j > 0
            and k - j < 4
            and _model_token(doc[j - 1])
            and not doc[j - 1].is_stop
            and lookup(doc[j - 1].text) is None
            and doc[j - 1].text not in heads
        ):
            j -= 1  # "a Royal Navy helicopter", "Iranian drones": the owner is not part of the model's name
        while j < k and not (doc[j].is_title or doc[j].is_upper or any(c.isdigit() for c in doc[j].text)):
            j += 1
        if j >= k or (j > 0 and doc[j - 1].text in heads):
            continue
        out.append(Mention(j, k, Kind.STATE, None, 0, "block"))
    return out


def place_blocks(doc: Doc) -> list[Mention]:
    """Capitalised names of seas, straits, shoals and islands, and models of equipment: never entities."""
    tails = lexicon_set("place_tails")
    leads = lexicon_set("place_leads")
    out = _blocks_before_equipment(doc)
    for i, tok in enumerate(doc):
        if tok.text not in tails or not tok.is_title:
            continue
        j = i
        while j > 0 and i - j < 4 and (doc[j - 1].is_title or doc[j - 1].lower_ in {"of", "de", "del"}):
            j -= 1
        while j < i and doc[j].lower_ in {"of", "de", "del"}:
            j += 1
        if j < i and doc[j].is_sent_start and doc[j].lower_ == "the":
            j += 1
        if j == i and not (i > 0 and doc[i - 1].lower_ == "the"):
            continue  # a bare "Sea" or "Bank" opening a name of something else
        if any(t.text in lexicon_set("org_heads") for t in doc[j:i]) or lookup(doc[j : i + 1].text) is not None:
            continue
        out.append(Mention(j, i + 1, Kind.STATE, None, 5, "block"))  # wins over a person of the same length
    for i, tok in enumerate(doc):
        if tok.text in leads and i + 1 < len(doc) and (doc[i + 1].is_title or doc[i + 1].lower_ in _PARTICLES):
            k = i + 1
            while k < len(doc) and k - i < 5 and (doc[k].is_title or doc[k].lower_ in _PARTICLES):
                k += 1  # "Bab el-Mandeb", "Bajo de Masinloc"
            out.append(Mention(i, k, Kind.STATE, None, 0, "block"))
    return out


def town_context(doc: Doc, start: int, end: int) -> bool:
    """ "Bandar Abbas, Iran" (a name then its country), "the port of Ust-Luga": a town, not a person."""
    if any(t.lower_ == "of" or t.text in lexicon_set("company_tails") for t in doc[start:end]):
        return False  # "Smart Tankers of Piraeus, Greece": a firm and where it sits
    if end + 1 < len(doc) and doc[end].text == ",":
        nxt = lookup(doc[end + 1].text) or (lookup(doc[end + 1 : end + 3].text) if end + 2 < len(doc) else None)
        width = 1 if lookup(doc[end + 1].text) else 2
        after = doc[end + 1 + width] if end + 1 + width < len(doc) else None
        if nxt is not None and nxt.kind is Kind.STATE and nxt.role == "name" and (after is None or after.is_punct):
            return True  # "Bandar Abbas, Iran," but not "Kim, North Korea's leader"
    return start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in lexicon_set("place_nouns")
