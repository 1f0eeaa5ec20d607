"""Ships named by words and a number ("the Chinese Haiyang Dizhi 8 survey vessel", "the vessel identified as Xiang
Yang Hong 22"): the name's capitalised words and its number, right before a ship noun (past a "survey"/"research"
word) or right after "<ship noun> identified as / named / called". A country's word before the name is no part of
it; a name of several words with a number is otherwise never read as a name (``people.name_like``).
"""

from __future__ import annotations

from spacy.tokens import Doc

from core.extract.kb import lexicon_set, lookup
from core.extract.nlp import doc_column

_SHIP_HEADS = frozenset({"vessel", "ship", "vessels", "ships"})
_KINDS = frozenset({"survey", "research", "scientific", "oceanographic", "exploration", "surveillance", "spy"})
_LINKS = frozenset({"named", "called", "as", "dubbed"})
# words of a numbered formation, not a ship: "Combined Task Force 150 ships", "Carrier Strike Group 11 vessels"
_FORMATIONS = frozenset({"task", "force", "group", "squadron", "fleet", "flotilla", "division", "brigade", "unit"})


def _ship_after(low: list[str], k: int) -> bool:
    if k < len(low) and low[k] in _KINDS:
        k += 1
    return k < len(low) and (low[k] in _SHIP_HEADS or low[k] in lexicon_set("vessel_nouns", fold=True))


def _ship_before(low: list[str], i: int) -> bool:
    """ "the vessel identified as" / "a ship named" right before token ``i``."""
    return i > 1 and low[i - 1] in _LINKS and any(w in _SHIP_HEADS for w in low[max(0, i - 4) : i - 1])


def _name_word(tok) -> bool:
    return tok.is_title and tok.is_alpha and not tok.is_stop and lookup(tok.text) is None


def numbered_vessel_names(doc: Doc) -> set[str]:
    """The names of ships written as words and a number (see the module's notes)."""
    low = doc_column(doc, "lower_")
    out = set()
    words = doc_column(doc, "text")  # (a scan of the words, not a ``Token`` per word)
    for k in [k for k, w in enumerate(words) if len(w) <= 4 and w.isdigit() and k > 1]:
        if not _name_word(doc[k - 1]):
            continue
        i = k - 1
        while i > 0 and k - i < 5 and _name_word(doc[i - 1]) and not doc[i - 1].is_sent_start:
            i -= 1
        if any(low[j] in _FORMATIONS for j in range(i, k)):
            continue
        if k - i >= 2 and (_ship_after(low, k + 1) or _ship_before(low, i)):
            out.add(doc[i : k + 1].text)
    return out
