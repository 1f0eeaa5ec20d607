"""News outlets the model took for people: a name ending in a newspaper's word ("European Pravda", "Harbour
Gazette"), a lone name that reports ("X reported that", "according to X", "according to “X”", "as reported by X") and
is never part of a person's longer name in the text, or a name after a reporting verb that closes its sentence
("..., reported Daily Lamp.", "..., writes El Lamp.": the inverted shape news writing keeps for outlets) whose last
word never stands alone elsewhere (a person's surname recurs: "Smith said"). General words only."""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc

from core.extract.coref import Mention
from core.extract.kb import lookup, outlet_names, title_words
from core.extract.nlp import doc_column
from core.model import Kind

# the words that end a newspaper's or a broadcaster's name
_OUTLET_TAILS = frozenset({
    "Pravda", "Izvestia", "Vedomosti", "Herald", "Gazette", "Times", "Post", "Tribune", "Journal", "Daily",
    "Chronicle", "Courier", "Telegraph", "Observer", "Inquirer", "Express", "Monitor", "Shimbun", "Ilbo", "Sinmun",
    "Zeitung", "Kurier", "Gazeta", "Kathimerini", "Online",
})
# the first words of papers' names: "Daily Sabah", "Daily Maverick"
_OUTLET_HEADS = frozenset({"Daily"})
# the small words inside Romance names of papers and bodies: "Corriere della Sera", "Banco do Brasil"
_ROMANCE = frozenset({"della", "delle", "degli", "dei", "del", "di", "da", "do", "dos", "das", "des", "du", "de"})
_REPORTS = frozenset({"reported", "reports", "wrote", "published", "revealed"})
_BEFORE = ({"according", "to"}, {"reported", "by"}, {"reports", "by"}, {"source", ":"}, {"sources", ":"})
# those who speak to a paper unnamed: "sources told X", "local officials told X"
_SOURCES = frozenset({"source", "sources", "official", "officials", "spokesperson", "spokesman", "spokeswoman"})
_OPEN_QUOTES = frozenset({'"', "“", "‘", "'"})
# a reporting verb put before its subject, after a comma, at the end of a sentence: "..., notes X."
_INVERTED = frozenset({"reported", "reports", "writes", "wrote", "notes", "noted"})
# ... of which only 'reported' names outlets alone: "..., writes Tom Roe." and "..., noted Ann Lee." name columnists
# and analysts as often, so those need an article opening the name ("writes El Lamp", "notes The Lamp") or a known
# outlet's name
_REPORTED = frozenset({"reported", "reports"})
_ARTICLES = frozenset({"the", "el", "la", "le", "les", "los", "las", "il", "lo", "der", "die", "das", "de", "het"})


def _reports(doc: Doc, s: int, e: int) -> bool:
    if e < len(doc) and doc[e].lower_ in _REPORTS:
        return True
    if s >= 3 and doc[s - 1].text in _OPEN_QUOTES:
        s -= 1  # 'according to “X”'
    if s >= 2 and doc[s - 1].lower_ == "told" and doc[s - 2].lower_ in _SOURCES:
        return _told_outlet(doc, s, e)  # "officials told X", "sources told X": the outlet they spoke to
    return s >= 2 and {doc[s - 2].lower_, doc[s - 1].lower_} in _BEFORE and doc[s - 2].lower_ != doc[s - 1].lower_


def _told_outlet(doc: Doc, s: int, e: int) -> bool:
    """ "officials told X." / "told X that ..." / "told X on condition of anonymity": X closes the clause, and no
    clause elsewhere is about X ("Officials told X that ... X did not respond": a person)."""
    if e < len(doc) and not (
        doc[e].text in (".", ",", "!") or doc[e].is_sent_start or doc[e].lower_ == "that"
        or (doc[e].lower_ == "on" and e + 1 < len(doc) and doc[e + 1].lower_ == "condition")
    ):
        return False
    name = doc[s:e].text
    return not any(
        t.dep_ in ("nsubj", "nsubjpass") and t.head.lower_ not in _REPORTS and doc[t.i : t.i + e - s].text == name
        for t in doc
        if t.i != s
    )


def _closing_report(doc: Doc, s: int, e: int) -> bool:
    """'..., reported X.': the name follows a reporting verb after a comma and closes its sentence."""
    if s < 2 or doc[s - 1].lower_ not in _INVERTED or doc[s - 2].text != ",":
        return False
    return e == len(doc) or doc[e].text in (".", "!") or doc[e].is_sent_start


def outlets_by_shape(doc: Doc, chosen: list[Mention]) -> None:
    """Retype, in place, the OFFICIAL mentions that are outlets by their shape or by what they do."""
    titles = title_words()[2] | {"mr", "mrs", "ms", "dr"}
    people = [m for m in chosen if m.kind is Kind.OFFICIAL and m.chars is None]
    longer = {doc[i].text for m in people if m.end - m.start > 1 for i in range(m.start, m.end)}
    lone: dict[str, list[Mention]] = {}
    inverted: set[str] = set()
    for m in people:
        if m.key is not None:
            continue
        words = doc[m.start : m.end]
        shaped = words[-1].text in _OUTLET_TAILS or words[0].text in _OUTLET_HEADS
        if len(words) > 1 and shaped and words[0].lower_ not in titles:
            m.kind, m.role = Kind.PARTY, "single"
        elif len(words) > 1 and _closing_report(doc, m.start, m.end) and words[0].lower_ not in titles:
            if doc[m.start - 1].lower_ in _REPORTED or words[0].lower_ in _ARTICLES or words.text in outlet_names():
                inverted.add(words.text)
        elif len(words) == 1 and words[0].text not in longer:
            lone.setdefault(words[0].text, []).append(m)
    _inverted_outlets(doc, people, inverted)
    for mentions in lone.values():
        if not any(_reports(doc, m.start, m.end) for m in mentions):
            continue
        if any(m.start > 0 and doc[m.start - 1].lower_.rstrip(".") in titles | {"or"} for m in mentions):
            continue  # "Mr X reported": a person; "the Maritime Agency or X": the body's other name (party_names)
        for m in mentions:
            m.kind, m.role = Kind.PARTY, "single"


def _inverted_outlets(doc: Doc, people: list[Mention], names: set[str]) -> None:
    """Retype the mentions of each name read after a closing reporting verb, unless its last word stands alone
    elsewhere in the text (a person named again by surname) or a title comes before one of its mentions."""
    if not names:
        return
    counts = Counter(doc_column(doc, "text"))  # (counted once: a word standing alone is one more than the mentions)
    for name in names:
        mentions = [m for m in people if doc[m.start : m.end].text == name]
        last = name.split()[-1]
        if counts[last] > len({m.end - 1 for m in mentions}):
            continue
        for m in mentions:
            m.kind, m.role = Kind.PARTY, "single"


def romance_names(doc: Doc, chosen: list[Mention]) -> None:
    """Widen, in place, a body's name the model began after a Romance particle ("Corriere della" + "Sera") over the
    particle and the one or two capitalised words before it that no other mention holds."""
    held: set[int] | None = None  # the tokens of the chosen mentions, gathered at the first particle
    lower = doc_column(doc, "lower_")
    for m in chosen:
        s = m.start
        if m.kind is not Kind.PARTY or m.key is not None or m.chars is not None or s < 2:
            continue
        if lower[s - 1] not in _ROMANCE or not doc[s - 1].is_lower:
            continue
        if held is None:
            held = {t for c in chosen if c.chars is None for t in range(c.start, c.end)}
        k = s - 1
        while k > 0 and s - 1 - k < 2 and doc[k - 1].is_title and doc[k - 1].is_alpha and k - 1 not in held:
            k -= 1
        if k < s - 1 and lookup(doc[k : s - 1].text) is None:
            m.start = k


_CITING_VERBS = frozenset({"reports", "reported", "reporting", "writes", "wrote"})


def _lone_name(doc: Doc, i: int) -> bool:
    """One capitalised word standing alone (no capitalised word on either side), no known state."""
    if not (0 <= i < len(doc)) or not doc[i].is_title or not doc[i].is_alpha:
        return False
    if (i > 0 and doc[i - 1].is_title) or (i + 1 < len(doc) and doc[i + 1].is_title):
        return False
    term = lookup(doc[i].text)
    return term is None or term.kind is Kind.PARTY


def citing_outlets(doc: Doc, chosen: list[Mention]) -> list[Mention]:
    """ "..., Trend reports citing Kabar.", "Nomad reported, citing Zarya": an outlet that reports citing another
    outlet; both are bodies, though the model named neither."""
    out: list[Mention] = []
    if "citing" not in doc_column(doc, "lower_"):
        return out
    covered = {t for m in chosen for t in range(m.start, m.end)}
    lone = {m.start: m for m in chosen if m.end == m.start + 1 and m.chars is None and m.key is None}
    for i in (i for i, w in enumerate(doc_column(doc, "lower_")) if w == "citing" and 2 <= i < len(doc) - 1):
        v = i - 2 if doc[i - 1].text == "," else i - 1  # "Nomad reported, citing Zarya"
        if v < 1 or doc[v].lower_ not in _CITING_VERBS:
            continue
        for k in (v - 1, i + 1):
            if doc[k].ent_type_ == "PERSON":
                continue  # 'Kuznetsov wrote, citing Ivanov': people write and cite too
            if k in lone and lone[k].kind is Kind.OFFICIAL and _lone_name(doc, k):
                lone[k].kind, lone[k].role = Kind.PARTY, "org"  # read as a person (or dropped as one)
            elif k not in covered and _lone_name(doc, k):
                out.append(Mention(k, k + 1, Kind.PARTY, None, 1, "org"))
                covered.add(k)
    return out
