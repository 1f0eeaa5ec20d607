"""Long formal names the rules cut at "of" or "and", joined back when the model reads the whole name.

"the Office of the Director of National Intelligence" came out as two bodies ("Office of the Director",
"National Intelligence"), "Wuhan Example Science and Technology Company" as a person and a firm, "Paris Example
Club" as France and a body. When spaCy reads one ORG over them, and the pieces inside are unkeyed bodies or people
joined only by "of" / "of the" after a piece of two words or more (or by "and" / "&" when only the last piece ends
in a company word, or by "&" alone), they are one body; so are a capital's name and an unkeyed body's name right after
it, and a state's name and a trade body's named by an ampersand initialism ("UK X&Y Club").
"""

from __future__ import annotations

import itertools
import re

from spacy.tokens import Doc

from core.extract.coref import Mention
from core.extract.firm_people import FIRM_NOUNS
from core.extract.kb import lexicon_set, title_words
from core.extract.nlp import doc_column, doc_ents, doc_text
from core.model import Kind

_OF_GAPS = frozenset({("of",), ("of", "the")})
_AND_GAPS = frozenset({("and",), ("&",)})
_AMPERSAND = re.compile(r"[A-Z]{1,3}&[A-Z]{1,3}$")
_TRAILING = frozenset({",", ".", "'s", "\u2019s"})


def _company_word(word: str) -> bool:
    return word in lexicon_set("company_tails") or word in lexicon_set("legal_forms")


def _firm_close(word: str) -> bool:
    """A firm's name closes with it ("… Shipping Company", "… Holdings Ltd"); a ministry's "of Energy" does not."""
    return word in lexicon_set("legal_forms") or word.lower() in {"company", "corporation"}


def _last_word(doc: Doc, m: Mention) -> str:
    words = [t.text for t in doc[m.start : m.end] if not t.is_punct or t.text == "."]
    return words[-1] if words else ""


def _joinable(doc: Doc, pieces: list[Mention]) -> bool:
    """Every gap between the pieces is a joint; an "and" joint only in a firm's name."""
    for a, b in itertools.pairwise(pieces):
        gap = tuple(t.lower_ for t in doc[a.end : b.start])
        if gap in _OF_GAPS and a.end - a.start >= 2 and not _firm_close(_last_word(doc, b)):
            continue  # not 'the Port Authority of Example Shipping Company': a body of a firm is two things
        if gap in _AND_GAPS and _company_word(_last_word(doc, b)) and not _company_word(_last_word(doc, a)):
            continue
        worded = not any(t.is_lower for t in doc[b.start : b.end])  # not "X & Co. for Apparent Violations"
        head = _last_word(doc, a)
        if gap == ("&",) and worded and not _company_word(head) and head not in lexicon_set("org_heads"):
            continue  # "Finance & Credit Bank": an ampersand inside one name read by the model joins a firm's words
        return False
    return True


def _named_after_town(doc: Doc, pieces: list[Mention]) -> bool:
    """ "the Paris Example Club": a capital's name opening a body's unkeyed name is the town it is named after (a
    person's name after a capital is not: 'the Taipei Jane Roe delegation' is the town and the person); any
    state's name opening a trade body's named by an ampersand initialism ("the UK X&Y Club") is part of its name."""
    town, body = pieces[0], pieces[-1]
    ampersand = _AMPERSAND.match(doc[body.start].text) is not None
    return (
        len(pieces) == 2
        and town.kind is Kind.STATE
        and ((town.role == "capital" and body.kind is Kind.PARTY) or ampersand)
        and town.end - town.start == 1
        and town.end == body.start
        and body.key is None
        and body.chars is None
        and body.kind in {Kind.PARTY, Kind.OFFICIAL}
    )


# one-word heads a state's own organ or an office opens with: "Government of X", "President of X" stay as they are
_NOT_NAME_HEADS = frozenset({"government", "republic", "kingdom", "state", "people", "office", "ministry", "minister"})


def _noun_of(doc: Doc, pieces: list[Mention]) -> bool:
    """ "the company Voice of Example", "the Council of the EU", "the Association of Cambodian Example Agencies": the
    model's ORG opens with one capitalised noun cut off as an unkeyed body before "of" (and "the"); the named state,
    body or place after it is a word of that one name, not a mention of its own. Not when what follows is a body
    named by its head noun ("the Politburo of the Example Party", "the Judgment of the Court")."""
    head, rest = pieces[0], pieces[1:]
    gap = tuple(t.lower_ for t in doc[head.end : rest[0].start])
    word = doc[head.start]
    owner = max(rest, key=lambda m: m.end)
    state_led = any(m.kind is Kind.STATE and m.start == owner.start for m in rest)
    if owner.kind is Kind.PARTY and not state_led and doc[owner.end - 1].text in lexicon_set("org_heads"):
        return False  # "the Politburo of the Example Party", "the Bureau of the X Council": an organ of a named body
    return (
        head.end - head.start == 1
        and gap in _OF_GAPS
        and head.kind is Kind.PARTY
        and head.key is None
        and head.chars is None
        and word.is_title
        and word.is_alpha
        and word.lower_ not in _NOT_NAME_HEADS
        and word.lower_ not in title_words()[0]
    )


def join_cut_names(doc: Doc, chosen: list[Mention]) -> list[Mention]:
    """The chosen mentions with formal names cut at "of"/"and" joined back to the model's whole ORG name."""
    out = chosen
    for ent in doc_ents(doc):
        if ent.label_ != "ORG" or len(ent) < 2:
            continue
        start, end = ent.start, ent.end
        if doc[start].lower_ == "the":
            start += 1
        while end > start and doc[end - 1].text in _TRAILING:
            end -= 1
        pieces = sorted((m for m in out if m.start < end and m.end > start), key=lambda m: m.start)
        last = max((m.end for m in pieces), default=0)
        if len(pieces) >= 2 and pieces[0].start == start and last >= end and _noun_of(doc, pieces):
            whole = Mention(start, last, Kind.PARTY, None, pieces[0].tier, "org")
            gone = {id(m) for m in pieces}
            out = [m for m in out if id(m) not in gone] + [whole]
            continue
        if len(pieces) < 2 or pieces[0].start != start or pieces[-1].end < end:
            continue
        unkeyed = all(m.key is None and m.chars is None and m.kind in {Kind.PARTY, Kind.OFFICIAL} for m in pieces)
        if _named_after_town(doc, pieces) or (len(ent) >= 4 and unkeyed and _joinable(doc, pieces)):
            whole = Mention(start, pieces[-1].end, Kind.PARTY, None, pieces[-1].tier, "org")
            gone = {id(m) for m in pieces}
            out = [m for m in out if id(m) not in gone] + [whole]
    return out


# a firm noun a Title-Case name opens with is what the name's holder is, never a person's title ("Charterer X said")
# (not a trade a person may be named by, nor a surname: "Brewer Jane Roe", "Operator Jane Roe told the inquiry")
_PERSON_TRADES = frozenset(
    {"maker", "producer", "exporter", "importer", "retailer", "supplier", "distiller", "brewer", "contractor"}
    | {"operator", "miner"}
)
_FIRM_LEADS = (FIRM_NOUNS - {"group", "brand", "giant", "institution", "outfit"} - _PERSON_TRADES) | {
    "charterer",
    "shipowner",
}


def firm_noun_leads(doc: Doc, chosen: list[Mention]) -> list[Mention]:
    """ "Charterer Example said": a person read over a firm noun and a name is the firm the name names; a person's
    name with an ampersand initialism in it ("X&Y Club") is a body's."""
    out = []
    for m in chosen:
        first = doc[m.start]
        if (
            m.kind is Kind.OFFICIAL
            and m.key is None
            and m.chars is None
            and m.end - m.start >= 2
            and first.is_title
            and first.lower_ in _FIRM_LEADS
            and doc[m.start + 1].is_title
        ):
            m = Mention(m.start + 1, m.end, Kind.PARTY, None, m.tier, "org")
        elif (
            m.kind is Kind.OFFICIAL
            and m.key is None
            and any(map(_AMPERSAND.match, doc_column(doc, "text")[m.start : m.end]))
        ):
            m = Mention(m.start, m.end, Kind.PARTY, None, m.tier, "org")  # "P&I Club", "M&A": no person's name
        out.append(m)
    return out


def _never_alone(text: str, known: str, rest: str) -> bool:
    """The rest of the name is written only after the known name ("told Reuters Vexa was safe ... Vexa said": no)."""
    alone = len(re.findall(rf"(?<![\w-]){re.escape(rest)}(?![\w-])", text))
    return alone == len(re.findall(rf"(?<![\w-]){re.escape(known)}\s+{re.escape(rest)}(?![\w-])", text))


def known_name_leads(doc: Doc, chosen: list[Mention]) -> list[Mention]:
    """ "Gazprom Example Shelf", "Thomson Reuters Vex": a known body's name in words (not capitals: "EU Operation X"
    is the EU's operation) run on, with no mark between, into an unkeyed body's name of capitalised words (no body's
    or document's head: "Hamas Politburo" stays two, "United Nations Convention on X" is a treaty's) is one longer
    name, the known body's subsidiary or product; an unkeyed body. A seat of government called a house takes a body's
    head after it too ("the White House Example Council": the council's full name)."""
    heads = lexicon_set("org_heads") | lexicon_set("unit_heads") | lexicon_set("document_heads")
    text = doc_text(doc)
    by_start = {m.start: m for m in chosen}
    gone: set[int] = set()
    out = []
    for m in sorted(chosen, key=lambda m: m.start):
        if id(m) in gone:
            continue
        nxt = by_start.get(m.end)
        house = doc[m.end - 1].text == "House"  # "the White House National Security Council": the body's full name
        if (
            m.kind is Kind.PARTY
            and m.key is not None
            and m.chars is None
            and nxt is not None
            and nxt.kind is Kind.PARTY
            and nxt.key is None
            and nxt.chars is None
            and not any(t.is_upper for t in doc[m.start : m.end])  # not "EU Operation X": a body and its own
            and doc[m.end - 1].whitespace_ == " "
            and doc[m.end - 1].is_alpha
            and doc[nxt.start].is_alpha
            and all(t.is_alpha and t.text[0].isupper() for t in doc[nxt.start : nxt.end])
            and (house or not any(t.text in heads for t in doc[nxt.start : nxt.end]))
            and _never_alone(text, doc[m.start : m.end].text, doc[nxt.start : nxt.end].text)
        ):
            gone.add(id(nxt))
            m = Mention(m.start, nxt.end, Kind.PARTY, None, nxt.tier, "org")
        out.append(m)
    return out


_NAMED_FOR = frozenset({"Foundation", "Institute", "Center", "Centre", "Fund", "Trust", "Prize", "Award", "Memorial"})


def titled_founders(doc: Doc, chosen: list[Mention]) -> list[Mention]:
    """ "the Capt. Jon Vexler Foundation": a body named after a titled person keeps the abbreviated title its name
    opens with (the rules cut it off as a person's title); only a head that names after people ("Foundation")."""
    titles = title_words()[0]
    out = []
    for m in chosen:
        s = m.start
        if m.kind is Kind.PARTY and m.key is None and m.chars is None and doc[m.end - 1].text in _NAMED_FOR and s >= 1:
            if doc[s - 1].text == "." and s >= 2:
                first, word = s - 2, doc[s - 2].lower_ + "."  # "Capt", "."
            else:
                first, word = s - 1, doc[s - 1].lower_  # "Capt."
            if word.endswith(".") and doc[first].text[:1].isupper() and word in titles:
                m = Mention(first, m.end, Kind.PARTY, None, m.tier, m.role)
        out.append(m)
    return out
