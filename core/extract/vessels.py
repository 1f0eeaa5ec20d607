"""Named ships, which spaCy's model never labels: found from the words news writing puts around a ship's name.

"a North Korean ship named X", "the freighter X", "cargo ship, the X", "M/V X", "X (IMO 1234567)". Once a name is
known, its other occurrences in the document are the ship too; "the ship"/"the vessel" after it refer back to it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from core.extract.carriers import airline_carrier
from core.extract.coref import Mention
from core.extract.furniture import title_case_line_at
from core.extract.hulls import ACRONYM_PREFIXES
from core.extract.hulls import PREFIXES as _PREFIXES
from core.extract.kb import WEEKDAYS, lexicon_set, lookup
from core.extract.news_kinds import word_positions
from core.extract.nlp import doc_column, doc_ents, doc_text, doc_tokens, span_text, token_range
from core.extract.numbered_names import ships_listed_by_number, sister_ships
from core.extract.numbered_ships import numbered_ships
from core.extract.numbered_vessel_names import numbered_vessel_names
from core.extract.prefixed_firms import firm_name_after
from core.extract.relations.descriptions import facts
from core.extract.ship_cues import (
    owners_named_in_ships,
    ships_before_plural_noun,
    ships_by_last_name,
    ships_by_what_they_do,
    ships_taken_for_people,
)
from core.extract.tonnes import metric_tonnes
from core.model import Kind, LocalEntity, Span

# endings of a heading's verb after its ship noun and name ("Tanker Collides", "Frigate Helge Ingstad Sinks"): the
# verb is cut off the name; a name with no such word after it ("Tanker Stena Impero to Be Released") stays whole
_VERB_ENDINGS = ("s", "ed", "ing")
_VERBS = {"ship", "ferry", "barge", "boat", "carrier"}  # also verbs or loose nouns: trust them only as nouns
_DASHES = {"-", "\u2013", "\u2014", ":"}
_QUOTES = {"\u201c", '"', "\u2018", "'"}
_POSSESSIVES = {"'s", "\u2019s", "'", "\u2019"}
_NAME_LINKS = {"named", "called", "dubbed", "christened"}
_IMO = re.compile(r"\(?\s*IMO\s*(?:No\.?|number|#)?\s*:?\s*\d{7}\s*\)?")
_NOT_NAMES = {
    "In",
    "On",
    "At",
    "The",
    "A",
    "An",
    "And",
    "But",
    "For",
    "From",
    "To",
    "With",
    "By",
    "As",
    "It",
    "Its",
    "This",
    "That",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
} | WEEKDAYS


@cache
def _nouns() -> tuple[frozenset[str], int, frozenset[str]]:
    nouns = lexicon_set("vessel_nouns", fold=True)
    return nouns, max(len(n.split()) for n in nouns), frozenset(n.split()[0] for n in nouns)


def _camel(tok) -> bool:
    """ "McFaul", "DeBakey": a name word with a capital inside it."""
    return tok.is_alpha and tok.text[:1].isupper() and any(c.islower() for c in tok.text)


def _name_at(doc: Doc, i: int, prefixed: bool = False) -> tuple[int, int] | None:
    """The capitalised run starting at token ``i`` that can be a ship's name (up to five tokens, digits may end it);
    after a hull prefix (``prefixed``) a place's name is a ship's too ("HMCS Ottawa")."""
    if i >= len(doc):
        return None
    first = doc[i]
    if not (first.is_title or (first.is_upper and len(first) > 1) or _camel(first)) or first.text in _NOT_NAMES:
        return None
    j = i
    while j < len(doc) and j - i < 5:
        t = doc[j]
        # a hull number ends a name ("Yuan Wang 5"), a count word does not ("rammed the BRP X three times")
        if t.is_title or (t.is_upper and t.is_alpha) or _camel(t) or (t.like_num and j > i and not t.is_alpha):
            j += 1
            continue
        if _tight_hyphen(doc, j) and j > i and j + 1 < len(doc) and (doc[j + 1].is_title or doc[j + 1].is_upper):
            j += 2  # "Al-Noor", "Sea-Star", "X-PRESS": a hyphenated word is one word of the name
            continue
        break
    if j > i + 1 and doc[j - 1].text == "No" and _numbered_tail(doc, j):
        j += 2  # "Kuang Ta Hsing No. 28": the "No." and its number end the name
    text = span_text(doc, i, j)
    if not prefixed and lookup(text) is not None:  # a country or demonym ("the ship Panama seized") is not a name
        return None
    return i, j


def _numbered_tail(doc: Doc, j: int) -> bool:
    """ "No" at token ``j - 1`` followed by "." and a number of up to four digits ("No. 28")."""
    return j + 1 < len(doc) and doc[j].text == "." and doc[j + 1].text.isdigit() and len(doc[j + 1].text) <= 4


def _tight_hyphen(doc: Doc, j: int) -> bool:
    """A hyphen written tight between two words ("Al-Noor")."""
    return doc[j].text in {"-", "\u2010"} and not doc[j - 1].whitespace_ and not doc[j].whitespace_


_PREFIX = re.compile("(?:" + "|".join(re.escape(p) for p in _PREFIXES) + r")\s+(?=[A-Z0-9])")
_CUTTER = re.compile(r"\b(?:Guard|USCG)\s+Cutter\s+(?=[A-Z])")


_PREFIX_HEADS = frozenset(re.split(r"[/.]", p)[0] or p for p in _PREFIXES) | frozenset(_PREFIXES)


def _skip_prefix(doc: Doc, k: int) -> int:
    """Past an "M/V"-style prefix, to the name itself."""
    if k >= len(doc):
        return k
    tok = doc[k]
    if tok.text not in _PREFIX_HEADS:
        return k
    m = _PREFIX.match(doc_text(doc), tok.idx)
    if m is None:
        return k
    span = doc.char_span(m.end(), m.end() + 1, alignment_mode="expand")
    return span.start if span is not None else k


def _apposed_name(doc: Doc, k: int) -> bool:
    """A capitalised name between two commas (or before a bracket) right after a ship word."""
    span = _name_at(doc, k)
    # "... by the French Navy vessel, Premier Maitre X.": the name may also end the sentence
    return span is not None and span[1] < len(doc) and doc[span[1]].text in {",", "(", "."} and not doc[k].is_sent_start


_CLOSING = {"\u201d", '"', "\u2019", "'"}


def _quoted_name(doc: Doc, k: int) -> bool:
    """A name in quotes at token ``k``, closed right after it (not a quotation opening: '"this vessel," X said')."""
    span = _name_at(doc, k + 1) if doc[k].text in _QUOTES else None
    if span is None:
        return False
    end = span[1] + (span[1] < len(doc) and doc[span[1]].text == ",")
    return end < len(doc) and doc[end].text in _CLOSING


def _quoted_after_title(doc: Doc, i: int) -> int | None:
    """ "an Iranian Fishing Vessel 'Al-Noor 512'": a ship noun in capitals counts when a quoted name follows it."""
    end = _vessel_noun_end(doc, i) if doc[i].is_title else None
    return end if end is not None and end + 1 < len(doc) and _quoted_name(doc, end) else None


def _vessel_noun_end(doc: Doc, i: int) -> int | None:
    """End of a vessel noun phrase starting at token ``i`` ("cargo ship" -> i + 2), or None."""
    nouns, longest, first_words = _nouns()
    if doc_column(doc, "lower_")[i] not in first_words:
        return None
    for n in range(longest, 0, -1):
        last = doc[i + n - 1] if i + n <= len(doc) else None
        if (
            last is not None
            and span_text(doc, i, i + n).casefold() in nouns
            and (last.pos_ == "NOUN" or last.lower_ not in _VERBS)
        ):
            return i + n
    return None


def _listed_after(doc: Doc, i: int, plural: bool = False) -> list[tuple[int, int]]:
    """ "the Forest, the Petunia, the Faxon and the Clavel": the names listed after a ship's name; after a plural
    noun ("the tankers Bella, Bering and Luna") the list needs no "the"."""
    out = []
    if plural and i + 2 < len(doc) and doc[i].text in _DASHES:
        i += 1  # "three Russian ships - the Maja, Angara, and Maria -"
        if doc[i].lower_ == "the":
            i += 1
        first = _name_at(doc, i)
        if first is None:
            return []
        return [first, *_listed_after(doc, first[1], plural)]
    while i + 2 < len(doc):
        k = i
        if doc[k].text == ",":
            k += 1
        if doc[k].lower_ in {"and", "or"}:
            k += 1
        if k == i or k >= len(doc):
            break
        if doc[k].lower_ == "the":
            k += 1
        elif not plural:
            break
        span = _name_at(doc, k)
        if span is None:
            break
        out.append(span)
        i = span[1]
    return out


def _included(doc: Doc, end: int) -> tuple[int, int] | None:
    """The ship a plural noun goes on to name: "ships ..., including the X" or "such as the X"."""
    for k in range(end, min(len(doc) - 2, end + 8)):
        if doc[k].is_sent_start and k > end:
            return None
        if doc[k].lower_ == "including" or (doc[k].lower_ == "such" and doc[k + 1].lower_ == "as"):
            k += 2 if doc[k].lower_ == "such" else 1
            if k < len(doc) and doc[k].lower_ == "the":
                k += 1
            return _name_at(doc, k)
        if doc[k].lower_ in {"are", "were", "include", "included"} and doc[k + 1].lower_ == "the":
            return _name_at(doc, k + 2)  # "Among the vessels sanctioned are the Robon, ..."
    return None


def find_vessel_names(doc: Doc) -> list[SpacySpan]:
    """Spans naming a ship by one of the cue patterns (not yet the repeated mentions)."""
    found: list[SpacySpan] = []
    prefixes = lexicon_set("vessel_prefixes")
    i, tokens = 0, doc_tokens(doc)
    low, first_words = doc_column(doc, "lower_"), _nouns()[2]
    while i < len(doc):
        if low[i] not in first_words and low[i] != "flagged":
            i += 1  # every cue below starts at a ship word or at "-flagged"
            continue
        tok = tokens[i]
        span = None
        opener = tok.is_title and tok.is_sent_start  # "Tanker X Y, which had 16 crew, was found"
        end = _vessel_noun_end(doc, i) if tok.is_lower or opener else _quoted_after_title(doc, i)
        end = None if end == i + 1 and airline_carrier(doc, i) else end  # "flag carrier Air X": an airline
        if end is None and tok.lower_ == "flagged" and i > 0 and doc[i - 1].text == "-":
            end = i + 1  # "the Iranian-flagged Fortune"
        if end is not None:
            k = end
            if k + 1 < len(doc) and doc[k].text == "," and doc[k + 1].lower_ in _NAME_LINKS:
                k += 1  # "the vessel, named the Kiwala"
            if k < len(doc) and doc[k].lower_ in _NAME_LINKS:
                k += 2 if k + 1 < len(doc) and doc[k + 1].lower_ == "the" else 1
            elif k + 1 < len(doc) and doc[k].text in {",", "\u2013", "\u2014"} and doc[k + 1].lower_ == "the":
                k += 2  # "the vessel, the X", "A Danish ship \u2013 the X, was boarded"
            elif k + 2 < len(doc) and doc[k].text == "," and _quoted_name(doc, k + 1):
                k += 1  # "a fishing vessel, \u2018Al-Noor 512,\u2019 and": a quoted name set off by a comma
            elif k + 1 < len(doc) and doc[k].text == "," and _apposed_name(doc, k + 1):
                k += 1  # "The tanker, Niovi, was sailing": a name set off by commas
            elif k + 1 < len(doc) and doc[k].lower_ == "the":
                # "the firm's tanker the X": a possessive owner's ship named after it; otherwise no name here
                k = k + 1 if i > 0 and doc[i - 1].text in {"'s", "\u2019s"} else -1
            if k == end and k + 3 < len(doc) and doc[k].text == "(" and doc[k + 1].is_upper and doc[k + 2].text == ")":
                k += 3  # "an offshore patrol vessel (OPV) X": the class's short form stands between noun and name
            if 0 <= k < len(doc) - 1 and doc[k].text in _QUOTES:
                k += 1  # the tanker “Yuk Tung”
            span = _name_at(doc, _skip_prefix(doc, k)) if k >= 0 else None
            if span is not None and k == end and i > 0 and doc[i - 1].lower_ == "to":
                span = None  # "to ship X goods": a verb, whatever the tagger says
            if span is not None and k > end and doc[span[1] - 1].text in lexicon_set("org_heads"):
                span = None  # "close to the ship, the Defence Ministry said": a body, not the ship's name
            after = doc[span[1]] if span is not None and span[1] < len(doc) else None
            if span is not None and opener and not (after is not None and (after.is_lower or after.text == ",")):
                span = None  # a title-case heading ("Tanker Seized Off Oman") is no ship's name
            if (
                span is not None
                and opener
                and doc[span[1] - 1].lower_.endswith(_VERB_ENDINGS)
                and title_case_line_at(doc_text(doc), tok.idx)
            ):
                # the heading's verb, not a name: "Tanker Collides with Norwegian Frigate" (no name), "Tanker Stena
                # Impero Seized by Iran" (the name before it)
                span = (span[0], span[1] - 1) if span[1] - span[0] > 1 else None
        if span is None and end is not None and doc[end - 1].tag_ == "NNS" and end < len(doc):
            listed = _listed_after(doc, end, plural=True) if doc[end].text in _DASHES else []
            if listed:
                found.extend(doc[a:b] for a, b in listed)
                i = listed[-1][1]
                continue
            span = _included(doc, end)  # "merchant ships since November, including the Galaxy Leader"
        if span is not None:
            found.append(doc[span[0] : span[1]])
            i = span[1]
            plural = end is not None and doc[end - 1].tag_ == "NNS"
            for more in _listed_after(doc, i, plural):
                found.append(doc[more[0] : more[1]])
                i = more[1]
            continue
        i += 1
    text = doc_text(doc)
    nouns = _ship_nouns(doc, text)
    found += _paired_with_a_ship(doc) + _named_before_noun(doc, nouns) + _described_as_ship(doc, nouns)
    found += _ship_by_article(doc, nouns) + _object_of_ship_verb(doc, text)
    found += ships_by_what_they_do(doc, _name_at, _plain_name)
    found += ships_before_plural_noun(doc, _name_at, _plain_name, _CLASS_WORDS)
    found += ships_listed_by_number(doc, _name_at)
    for m in _IMO.finditer(text):
        # the name is the capitalised run just before "(IMO 1234567)" or ", IMO number 1234567"
        before = doc.char_span(0, m.start(), alignment_mode="contract")
        if before is None or len(before) == 0:
            continue
        j = before.end
        while j > 0 and doc[j - 1].text in {",", "("}:
            j -= 1
        k = j
        while k > 0 and (doc[k - 1].is_title or doc[k - 1].is_upper or doc[k - 1].like_num) and j - k < 5:
            k -= 1
        while k < j and (
            doc[k].text in _NOT_NAMES
            or doc[k].text in prefixes
            or (k > 0 and doc[k - 1].text == "/" and len(doc[k]) == 1)
        ):
            k += 1  # "M/V X": the tokens of the prefix are not the name
        if k < j:
            found.append(doc[k:j])
    for m in (*_PREFIX.finditer(text), *_CUTTER.finditer(text)):
        # "M/V Wise Honest", "USS Cole": the prefix is written only before ships
        if m.start() > 0 and (text[m.start() - 1].isalnum() or text[m.start() - 1] == "/"):
            continue
        if m.group().startswith("MT") and metric_tonnes(text, m.start()):
            continue  # "2,500 MT Of Wheat": metric tonnes after a number, no tanker's prefix
        start = doc.char_span(m.end(), m.end() + 1, alignment_mode="expand")
        if start is not None and start[0].lower_ in lexicon_set("titles", fold=True):
            continue  # "think tank IRIS Director Jane Roe": a body's acronym before a person's title, no ship
        if start is not None and m.group().split()[0] in ACRONYM_PREFIXES and firm_name_after(doc, start.start):
            continue  # "MSC Cruises", "MSC Adriatic Shipping Company": the body's own name, no ship
        span = _name_at(doc, start.start, prefixed=True) if start is not None else None
        if span is not None:
            found.append(doc[span[0] : span[1]])
    found = [span for span in found if _is_a_name(span.text, prefixes)]
    return found + sister_ships(doc, found)


def _paired_with_a_ship(doc: Doc) -> list[SpacySpan]:
    """ "seized the Delta Poseidon and another Greek-operated tanker": a name paired with "another" ship."""
    out = []
    for i, tok in ((i, doc[i]) for i, w in enumerate(doc_column(doc, "lower_")[:-3]) if w == "and"):
        if tok.lower_ != "and" or doc[i + 1].lower_ not in {"another", "a", "one"} or i < 2:
            continue
        k = i + 2
        while k < len(doc) and k - i < 7 and _vessel_noun_end(doc, k) is None and doc[k].text not in {",", ".", ";"}:
            k += 1
        if k >= len(doc) or _vessel_noun_end(doc, k) is None or doc[k].tag_ == "NNS":
            continue
        j = i
        while j > 0 and i - j < 5 and (doc[j - 1].is_title or (doc[j - 1].like_num and j < i)):
            j -= 1
        if j < i and j > 0 and doc[j - 1].lower_ == "the":
            span = _name_at(doc, j)
            if span is not None and span[1] == i:
                out.append(doc[span[0] : span[1]])
    return out


# words between a ship's name and its class noun: "the Kazan nuclear submarine", "the Pashin fleet sea tanker"
_NOT_SHIP_LABELS = frozenset({"ORG", "NORP", "DATE", "TIME"})
_CLASS_WORDS = {
    "nuclear",
    "powered",
    "-",
    "fleet",
    "sea",
    "navy",
    "naval",
    "missile",
    "guided",
    "diesel",
    "electric",
    "large",
    "small",
    "survey",
    "research",
    "patrol",
    "landing",
    "rescue",
    "salvage",
    "supply",
    "support",
    "attack",
    "spy",
    "tracking",
    "oil",
    "cargo",
    "container",
    "crude",
    "product",
    "chemical",
    "gas",
    "logistics",
    "amphibious",
    "warfare",
    "assault",
    "training",
    "hospital",
    "replenishment",
}


def _plain_name(doc: Doc, a: int, b: int, org_ok: bool = False) -> bool:
    """Capitalised words that can name a ship: no known country or body, no body's head word, no body or people
    label (with ``org_ok``, a body's label on a word not in capitals: "the Dale shuttle tanker")."""
    heads = lexicon_set("org_heads") | lexicon_set("unit_heads")
    return (
        all(
            (t.is_title or (t.is_upper and t.is_alpha and len(t) > 1) or (t.like_num and t.i > a))
            and t.text not in heads
            and t.text not in _NOT_NAMES
            and t.ent_type_ not in ({"NORP", "DATE", "TIME"} if org_ok and not t.is_upper else _NOT_SHIP_LABELS)
            and lookup(t.text) is None
            for t in doc[a:b]
        )
        and not (org_ok and doc[a].text in lexicon_set("non_entities") - lexicon_set("lone_adjectives"))
        and not (doc[a].text in {"Type", "Project"} and b > a + 1 and any(c.isdigit() for c in doc[a + 1].text))
        and lookup(doc[a:b].text) is None
    )  # "the Type 052D Luyang III destroyer", "a Project 636 submarine": a class of ships, not one


def _ship_nouns(doc: Doc, text: str) -> dict[int, int]:
    """Where a singular ship noun starts in lower case ("frigate", "research vessel"), and where it ends."""
    out: dict[int, int] = {}
    if _nouns()[2].isdisjoint(doc_column(doc, "text")):
        return out  # the scan finds a word only where a token is that word
    for i in word_positions(doc, _first_words_re(), text):
        end = _vessel_noun_end(doc, i)
        if end is not None and doc[end - 1].tag_ != "NNS":
            out[i] = end
    return out


@cache
def _first_words_re() -> re.Pattern:
    words = sorted(_nouns()[2], key=len, reverse=True)
    return re.compile(r"(?<![\w.-])(?:" + "|".join(re.escape(w) for w in words) + r")(?![\w])")


def _name_before(doc: Doc, end: int, org_ok: bool = False) -> int | None:
    """Start of the capitalised run (a name of up to four words) that ends at ``end`` right after "the"."""
    k = end
    while (
        k > 0
        and end - k < 4
        and (doc[k - 1].is_title or (doc[k - 1].is_upper and doc[k - 1].is_alpha) or doc[k - 1].like_num)
    ):
        k -= 1
    k += k < end - 1 and doc[k].text == "The"  # "The Sazan, a destroyer,": the article opening a sentence
    if k < end and doc[k].like_num:
        return None  # "the 5 ...": a name opens with a word
    if k == end or k == 0 or doc[k - 1].lower_ != "the" or not _plain_name(doc, k, end, org_ok):
        return None
    return k


def _capitals_before(doc: Doc, end: int) -> int | None:
    """ "sister ship to SAMHO DREAM, an oil tanker": two or three words in capitals set off before the apposition name
    a ship without "the" (the trade press writes ships' names so)."""
    k = end
    while k > 0 and end - k < 3 and doc[k - 1].is_upper and doc[k - 1].is_alpha and len(doc[k - 1]) > 1:
        k -= 1
    if end - k < 2 or (k > 0 and (doc[k - 1].is_upper or doc[k - 1].is_title) and doc[k - 1].is_alpha):
        return None  # one word in capitals is as often a body's acronym; a longer run is a shouted heading
    return k if _plain_name(doc, k, end, org_ok=True) else None


def _named_before_noun(doc: Doc, nouns: dict[int, int]) -> list[SpacySpan]:
    """ "the Admiral Gorshkov frigate", "the Pashin fleet sea tanker": a name between "the" and a ship's class noun."""
    out = []
    for j, end in nouns.items():
        if end < len(doc) and doc[end].pos_ in {"NOUN", "PROPN"}:
            continue  # "the Maersk tanker fleet": the name of a firm before a noun of its own
        k = j
        while (
            k > 0
            and j - k < 3
            and ((doc[k - 1].is_lower and doc[k - 1].lower_ in _CLASS_WORDS) or doc[k - 1].text == "-")
        ):
            k -= 1
        start = _name_before(doc, k, org_ok=end - k > 1)  # "the X logistics vessel": two words of class
        if start is not None and doc[k - 1].text not in lexicon_set("company_tails") and doc[k - 1].text != "Line":
            out.append(doc[start:k])  # not "the Maersk Line container ship": a firm's name
    return out


def _described_as_ship(doc: Doc, nouns: dict[int, int]) -> list[SpacySpan]:
    """ "described the Yuan Wang 5 as a research and survey vessel", "the Sazan, a Japanese destroyer,": a name the
    sentence says is a ship."""
    out = []
    for j in nouns:
        k = j - 1
        while k > 1 and j - k < 6 and doc[k].lower_ not in {"a", "an"} and not doc[k].is_punct:
            if doc[k].pos_ in {"VERB", "AUX"}:
                break
            k -= 1
        if k < 2 or doc[k].lower_ not in {"a", "an"} or doc[k - 1].lower_ not in {"as", ","}:
            continue  # "described the X as a ... vessel", "The X, a Japanese destroyer, ..."
        start = _name_before(doc, k - 1, org_ok=doc[k - 1].text == ",")  # the apposition says so, whatever the label
        if start is None and doc[k - 1].text == ",":
            start = _capitals_before(doc, k - 1)
        if start is not None:
            out.append(doc[start : k - 1])
    return out


# last words of places and monuments the model labels as facilities ("the Lincoln Memorial", "the Hoover Dam")
_SITE_WORDS = {
    "memorial",
    "monument",
    "centre",
    "center",
    "gate",
    "hall",
    "dam",
    "field",
    "road",
    "highway",
    "boulevard",
    "arena",
    "mine",
    "market",
    "mall",
    "cemetery",
    "garden",
    "gardens",
    "library",
    "house",
    "court",
    "fort",
    "castle",
    "lighthouse",
    "shoal",
    "reef",
    "island",
    "valley",
    "mountain",
    "hill",
}
_SHIP_VERBS = {
    "docked",
    "moored",
    "berthed",
    "anchored",
    "scuttled",
    "towed",
    "refloated",
    "sank",
    "hijacked",
    "rammed",
    "boarded",
}


def _object_of_ship_verb(doc: Doc, text: str) -> list[SpacySpan]:
    """ "docked the Amore Vero", "hijacked the Nova Star": a name after a verb that only ships take, and "the"."""
    out: list[SpacySpan] = []
    if _SHIP_VERBS.isdisjoint(doc_column(doc, "text")):
        return out  # the scan finds a verb only where a token is that verb
    for i in word_positions(doc, _ship_verbs_re(), text):
        if i + 2 < len(doc) and doc[i].pos_ == "VERB" and doc[i + 1].lower_ == "the":
            span = _name_at(doc, i + 2)
            if span is not None and _plain_name(doc, *span) and doc[span[0]].ent_type_ not in {"GPE", "LOC"}:
                out.append(doc[span[0] : span[1]])
    return out


@cache
def _ship_verbs_re() -> re.Pattern:
    return re.compile(r"\b(?:" + "|".join(sorted(_SHIP_VERBS)) + r")\b")


def _ship_by_article(doc: Doc, nouns: dict[int, int]) -> list[SpacySpan]:
    """ "drones hit the Sergey Kotov": a person-shaped name after "the" (people take no article) in a story about
    ships is a ship, unless a word of a place, building or body is in it or a noun follows it."""
    out = []
    blocked = lexicon_set("facility_nouns", fold=True) | lexicon_set("place_tails", fold=True)
    blocked |= lexicon_set("org_heads", fold=True) | lexicon_set("place_leads", fold=True) | _SITE_WORDS
    if not nouns:
        return out
    for ent in doc_ents(doc):
        if ent.label_ not in {"FAC", "PERSON"}:
            continue
        a = ent.start + 1 if doc[ent.start].lower_ == "the" else ent.start
        if not (a > 0 and doc[a - 1].lower_ == "the" and 2 <= ent.end - a <= 3):
            continue
        if not all(t.is_title and t.is_alpha and t.lower_ not in blocked for t in doc[a : ent.end]):
            continue
        if lookup(doc[a : ent.end].text) is not None or any(lookup(t.text) is not None for t in doc[a : ent.end]):
            continue
        if ent.end < len(doc) and (doc[ent.end].pos_ in {"NOUN", "PROPN"} or doc[ent.end].text in _POSSESSIVES):
            continue  # "the Biden administration", "the Kim family's"
        out.append(doc[a : ent.end])
    return out


def _is_a_name(text: str, prefixes: frozenset[str]) -> bool:
    """A ship's name has a word of its own: not a lone prefix ("MV", "M/V") or a single letter."""
    words = [w for w in re.split(r"[\s/.]+", text) if w]
    return any(len(w) > 1 and w not in _PREFIXES and w not in prefixes for w in words)


def is_vessel_prefix(text: str) -> bool:
    """Text that is exactly a ship's prefix ("M/V", "MT", "USS"), which is never an entity by itself."""
    word = text.strip()
    return (word in _PREFIXES and word not in ACRONYM_PREFIXES) or word in lexicon_set("vessel_prefixes")


# "Coast Guard Cutter Waesche": the service's capitalised "Cutter" is written before the ship's name like a prefix
_WRITTEN_PREFIX = re.compile(r"(?:" + "|".join(re.escape(p) for p in (*_PREFIXES, "Cutter")) + r")[ \t\u00a0]+$")


def repeated(doc: Doc, name: str, text: str | None = None) -> list[tuple[int, int]]:
    """Character ranges of every whole-word occurrence of ``name`` in the document; a prefix written before it
    ("BRP Bankaw", "MV Ruby") is part of that mention, so the ship is found under either form."""
    out = []
    text = doc_text(doc) if text is None else text
    for start, end in _whole_words(text, name):
        before = _WRITTEN_PREFIX.search(text, max(0, start - 8), start)
        whole = before is not None and (before.start() == 0 or not text[before.start() - 1].isalnum())
        out.append((before.start() if whole else start, end))
    return out


def _whole_words(text: str, name: str) -> Iterator[tuple[int, int]]:
    """Where ``name`` is written with no word character (``\\w``: alphanumeric or "_") on either side, left to right
    and not overlapping: the matches of ``(?<![\\w])NAME(?![\\w])`` found by ``str.find`` (no pattern to compile
    for each new name)."""
    if not name:
        yield from ((m.start(), m.end()) for m in re.finditer(r"(?<![\w])(?![\w])", text))
        return
    size, at = len(text), text.find(name)
    while at >= 0:
        end = at + len(name)
        if (at == 0 or not _word_char(text[at - 1])) and (end == size or not _word_char(text[end])):
            yield at, end
            at = text.find(name, end)
        else:
            at = text.find(name, at + 1)


def _word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def vessel_mentions(doc: Doc) -> list[Mention]:
    """Every occurrence of every ship's name the cue patterns found, as a vessel mention."""
    out = numbered_ships(doc)
    names = {s.text for s in find_vessel_names(doc)} | numbered_vessel_names(doc)
    text = doc_text(doc) if names else ""
    names |= _names_without_number(names)
    names |= _longer_written(names, text)
    for name in names:
        # "the frigate Gorshkov" after "the Admiral Gorshkov": the end of a longer name found here is that ship
        key = next((n for n in names if n.casefold().endswith(" " + name.casefold())), name)
        # "KN Pulau Dana" after "KN Pulau Dana-323": the name without its hull number is that ship
        key = next((n for n in names if n.startswith(name + "-") and n[len(name) + 1 :].isdecimal()), key)
        # "the vessel Al-Noor" after "the vessel 'Al-Noor 512'": the name without its number is that ship
        key = next((n for n in names if n.startswith(name + " ") and n[len(name) + 1 :].isdecimal()), key)
        key = _longer_name(name, names, key)
        for start, end in repeated(doc, name, text):
            span = token_range(doc, start, end) if start < end else _range(doc.char_span(start, end))
            if span is not None:
                out.append(Mention(span[0], span[1], Kind.VESSEL, key, 6, "name"))
    return out


def _range(span: SpacySpan | None) -> tuple[int, int] | None:
    return None if span is None else (span.start, span.end)


def _longer_name(name: str, names: set[str], key: str) -> str:
    """ "the scallop vessel Cornelis" beside "the Cornelis Gert Jan": a one-word name that opens the only longer
    name of several title-case words is that ship's."""
    if key != name or " " in name:
        return key
    longer = [
        n
        for n in names
        if n.startswith(name + " ") and all(w[:1].isupper() and not _not_in_name(w) for w in n.split()[1:])
    ]
    return longer[0] if len(longer) == 1 else key


_MONTHS_DAYS = frozenset(
    [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ]
)


def _not_in_name(word: str) -> bool:
    """A word that is no part of a ship's longer name: a stop word, a month or day, a body's or a title's word,
    a ship's noun ("MV Vexolane Vessel")."""
    low = word.lower()
    return (
        low in STOP_WORDS
        or low in _MONTHS_DAYS
        or word in lexicon_set("org_heads")
        or low in lexicon_set("titles", fold=True)
        or lookup(word) is not None
        or low in lexicon_set("vessel_nouns", fold=True)
        or low == "class"
    )


_SPEAKS_AFTER = re.compile(r"\s*,?\s*(?:said|says|told|added|announced|stated|insisted|wrote|warned)\b")
_SHIP_BEFORE = re.compile(r"(?:\b[Tt]he|-based|\b(?:vessel|ship|trawler|boat|tanker|dredger|freighter))\s+$")


def _longer_written(names: set[str], text: str) -> set[str]:
    """ "Cornelis Gert Jan" when the ship found is "the scallop vessel Cornelis" and the text writes it elsewhere with
    more capitalised words after it (one such longer form only)."""
    out = set()
    for name in names:
        if " " in name or not name.isalpha():
            continue
        uses = [
            m
            for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?: [A-Z][a-z]+){{1,3}}\b", text)
            if not any(_not_in_name(w) for w in m.group(0).split()[1:])
        ]
        found = {m.group(0) for m in uses}
        if len(found) != 1 or any(_SPEAKS_AFTER.match(text, m.end()) for m in uses):
            continue  # "Maria Zakharova said ...": a person (or a firm) who speaks is no ship
        if any(_SHIP_BEFORE.search(text[max(0, m.start() - 30) : m.start()]) for m in uses):
            out |= found  # "the Cornelis Gert Jan", "the Shoreham-based Cornelis Gert Jan": written as a ship
    return out


def _names_without_number(names: set[str]) -> set[str]:
    """ "Al-Noor" of "Al-Noor 512" when no other ship's name opens with it: a hyphenated name is that ship's."""
    out = set()
    for name in names:
        base, _, number = name.rpartition(" ")
        if "-" in base and number.isdecimal() and not any(n != name and n.startswith(base) for n in names):
            out.add(base)
    return out


def anaphoric_ship(doc: Doc, entities: list[tuple[int, LocalEntity]], taken: list[bool]) -> None:
    """'the ship'/'the vessel' after the only named ship in the document refers back to it."""
    ships_taken_for_people(doc, entities)
    owners_named_in_ships(entities)
    ships_by_last_name(doc, entities)
    ships = [e for _, e in entities if e.kind is Kind.VESSEL]
    if len(ships) != 1:
        return
    ship = ships[0]
    first = min(m.start for m in ship.mentions)
    nouns = {"ship", "vessel", "freighter", "tanker"}
    # a navy's ship ('USS X') is no tanker, and 'the dhow ... the vessel' in one sentence is the dhow
    merchant = facts().merchant_ship_words
    text = doc_text(doc)
    navy = any(w in facts().navy_prefixes for m in ship.mentions for w in text[max(m.start - 6, 0) : m.end].split())
    for i in range(1, len(doc)):
        t = doc[i]
        if t.lower_ in nouns and doc[i - 1].lower_ == "the" and t.idx > first and not taken[i]:
            if navy and (t.lower_ in merchant or any(w.lower_ in merchant for w in doc[t.sent.start : i])):
                continue
            ship.mentions.append(Span(t.idx, t.idx + len(t), t.text))
    ship.mentions.sort(key=lambda s: s.start)
