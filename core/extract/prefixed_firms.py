"""A ship's prefix that is also a body's acronym ("MSC", hulls.ACRONYM_PREFIXES) opening a firm's name, not a ship's:
"MSC Cruises", "MSC Adriatic Shipping Company" (a firm's word among the first three capitalised words after it)."""

from __future__ import annotations

from spacy.tokens import Doc

from core.extract.kb import lexicon_set

_FIRM_WORDS = frozenset({"Cruises", "Cargo", "Line", "Air", "Media"})


def _firm_word(word: str) -> bool:
    """A word that names a firm or a body's branch after its acronym ("Cruises", "Group", "Shipping")."""
    return word in _FIRM_WORDS or word in lexicon_set("company_tails") or word in lexicon_set("org_heads")


def firm_name_after(doc: Doc, i: int) -> bool:
    """A firm's word within the first three capitalised words from token ``i`` (right after a prefix): the prefix
    opens a body's name."""
    for k in range(i, min(i + 3, len(doc))):
        if not doc[k].text[:1].isupper():
            return False
        if _firm_word(doc[k].text):
            return True
    return False
