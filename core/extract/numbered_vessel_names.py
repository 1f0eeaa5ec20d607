"""Ships named by words and a number ("the Chinese Haiyang Dizhi 8 survey vessel", "the vessel identified as Xiang
Yang Hong 22"): the name's capitalised words and its number, right before a ship noun (past a "survey"/"research"
word) or right after "<ship noun> identified as / named / called". A country's word before the name is no part of
it; a name of several words with a number is otherwise never read as a name (``people.name_like``).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from core.extract.kb import lexicon_set, lookup
from core.extract.nlp import doc_column, doc_text

_SHIP_HEADS = frozenset({"vessel", "ship", "vessels", "ships"})
_KINDS = frozenset(
    {"survey", "research", "scientific", "oceanographic", "exploration", "surveillance", "spy", "fishing", "squid"}
)
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


def _code_word(tok) -> bool:
    """An acronym of two to five capitals ("BFAR", "MCS") that is no country's."""
    return tok.is_upper and tok.is_alpha and 2 <= len(tok) <= 5 and lookup(tok.text) is None


def numbered_vessel_names(doc: Doc) -> set[str]:
    """The names of ships written as words and a number (see the module's notes)."""
    low = doc_column(doc, "lower_")
    out = set()
    words = doc_column(doc, "text")  # (a scan of the words, not a ``Token`` per word)
    for k in [k for k, w in enumerate(words) if len(w) <= 4 and w.isdigit() and k > 1]:
        if not (_name_word(doc[k - 1]) or _code_word(doc[k - 1])):
            continue
        i = k - 1
        while (
            i > 0 and k - i < 5 and (_name_word(doc[i - 1]) or _code_word(doc[i - 1])) and not doc[i - 1].is_sent_start
        ):
            i -= 1
        if all(_code_word(doc[j]) for j in range(i, k)) and not _ship_after(low, k + 1):
            continue  # "BFAR MCS 3001 vessel": a name of acronyms only with a ship's noun right after it
        if any(low[j] in _FORMATIONS for j in range(i, k)):
            continue
        if k - i >= 2 and (_ship_after(low, k + 1) or _ship_before(low, i)):
            out.add(doc[i : k + 1].text)
    return out | _maru_names(doc) | _hull_coded_names(doc)


# "the Coast Guard GC-24 Mantilla", "the P-41 Orla patrol vessel": a hull code of capitals, a hyphen and a number
# written before the ship's name, after the service that sails it or before a ship's noun
_HULL_CODED = re.compile(r"\b[A-Z]{1,4}-\d{1,4} [A-Z][a-z]+(?: [A-Z][a-z]+)?\b")
_SERVICE_BEFORE = re.compile(r"(?:Coast Guard|Navy|Prefecture) $")
_AIRCRAFT_AFTER = re.compile(
    r" (?:[a-z]+ )?(?:aircraft|airplane|plane|jet|helicopter|chopper|drone|bomber|fighter|airframe)s?\b"
)
_NOUN_AFTER = re.compile(r" (?:class )?(?:patrol |offshore patrol |fishing |research )?(?:vessel|ship|boat|cutter)s?\b")


def _hull_coded_names(doc: Doc) -> set[str]:
    text = doc_text(doc)
    out = set()
    for m in _HULL_CODED.finditer(text):
        name = m.group(0)
        if name.rsplit(" ", 1)[-1] in {"Class", "Vessel", "Ship", "Boat"}:
            name = name.rsplit(" ", 1)[0]  # "P-41 Orla Class": the class word is no part of the name
        if " " not in name:
            continue
        end = m.start() + len(name)
        if _AIRCRAFT_AFTER.match(text, end):
            continue  # "the Coast Guard C-130 Hercules aircraft", "a Navy MH-60 Seahawk helicopter": no ship
        if _SERVICE_BEFORE.search(text, max(0, m.start() - 16), m.start()) or _NOUN_AFTER.match(text, end):
            out.add(name)
    return out


def _maru_names(doc: Doc) -> set[str]:
    """Japanese ships' names, whose last word is "Maru": "the No. 172 Eiho Maru" (with the "No." and its number
    written before the name), "the Eiho Maru 172 trawler" (a number after it), "the Shinyo Maru"."""
    out = set()
    for k in [i for i, w in enumerate(doc_column(doc, "text")) if w == "Maru" and i > 0]:
        i = k
        while i > 0 and k - i < 3 and _name_word(doc[i - 1]) and not doc[i - 1].is_sent_start:
            i -= 1
        if i == k:
            continue
        if i > 2 and doc[i - 1].text.isdigit() and doc[i - 2].text == "." and doc[i - 3].text == "No":
            i -= 3
        out.add(doc[i : k + 1].text)
    return out
