"""Names beside titles: regnal names, a demonym before a title, and a title's portfolio words that name no body.

"Morocco's King Mohammed VI" names a person the model often leaves out; in "Jordanian King Abdullah II" the
demonym is the state and the rest the person; in "Under Secretary of the Treasury for Terrorism and Financial
Intelligence" or "Minister of State for Regional Integration" the capitalised words after "for" are the title's
portfolio, not a body. General words only (royal titles, title heads, Roman numerals).
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc

from core.extract.cap_words import is_cap
from core.extract.coref import Mention
from core.extract.honorifics import COURTESY, past_honorific
from core.extract.kb import lexicon_set, lookup, title_words
from core.extract.nlp import doc_ents, doc_text
from core.extract.things import spelled_by_acronym
from core.model import Kind

_ROYAL = frozenset({"king", "queen", "emir", "amir", "sultan", "emperor", "empress", "pope", "prince", "princess",
                    "shah", "tsar", "czar", "sheikh"})
# II to XXXIX; a bare "I" is too often the pronoun
_ROMAN = re.compile(r"X{0,3}(?:IX|IV|VI{0,3}|I{2,3})|X{1,3}I?")
_REGNAL = re.compile(
    r"(?<![\w.])(?i:" + "|".join(sorted(_ROYAL)) + r")[ \t]+"
    r"((?:[A-Z][\w'\u2019-]+[ \t]+){1,3}(?:" + _ROMAN.pattern + r"))\b"
)
_TITLE_HEADS = frozenset({"secretary", "minister", "representative", "commissioner", "envoy", "coordinator",
                          "rapporteur", "adviser", "advisor", "undersecretary", "under-secretary", "ambassador",
                          "czar", "tsar"})
_JOINERS = frozenset({"and", "&", ","})
# words that end or open only a body's name ("Intelligence", "Security" may close a portfolio too)
_BODY_ENDS = frozenset({"Agency", "Ministry", "Department", "Office", "Bureau", "Council", "Commission", "Committee",
                        "Organization", "Organisation", "Corps", "Party", "Force", "Forces", "Army", "Navy", "Service",
                        "Authority", "Administration", "Group", "Company", "Bank", "Fund"})


def regnal_names(doc: Doc) -> list[Mention]:
    """ "King Mohammed VI", "Pope Leo XIV": the name after a royal title up to its Roman numeral, as a person (found
    by one scan of the text)."""
    out = []
    for m in _REGNAL.finditer(doc_text(doc)):
        span = doc.char_span(m.start(1), m.end(1))
        if span is not None and len(span) > 1 and lookup(span[:-1].text) is None:
            out.append(Mention(span.start, span.end, Kind.OFFICIAL, None, 3, "person"))
    return out


def name_start(doc: Doc, start: int, end: int, titles: list[bool]) -> int:
    """Where a person's span of three words or more really starts: past a demonym and its title, then past a
    courtesy title ('Jordanian King Abdullah II', '... Coal and Mines Shri Pralhad Joshi', honorifics.py)."""
    return past_honorific(doc, past_demonym_title(doc, start, end, titles), end)


def past_demonym_title(doc: Doc, start: int, end: int, titles: list[bool]) -> int:
    """ "Jordanian King Abdullah II": a person's span opened by a demonym and a title starts after the title (the
    demonym stays free to name the state)."""
    term = lookup(doc[start].text)
    if term is None or term.kind is not Kind.STATE or term.role != "demonym" or not titles[start + 1]:
        return start
    k = start + 1
    while k < end - 1 and titles[k]:
        k += 1
    return k


def portfolio_words(doc: Doc, start: int, end: int) -> bool:
    """Capitalised words after a title's "for" ("... Secretary of the Treasury for Terrorism and Financial
    Intelligence", "Minister of State for Regional Integration"): the portfolio, not a body's name."""
    k = start
    if end - start > 2 and doc[start].text == "State" and doc[start + 1].lower_ == "for":
        k = start + 1  # "Minister of State for X": "State" belongs to the title
    elif doc[start].text in _BODY_ENDS or doc[end - 1].text in _BODY_ENDS:
        return False
    else:
        k -= 1
        while k >= 0 and start - k <= 6 and (doc[k].lower_ in _JOINERS or (is_cap(doc[k]) and doc[k].is_alpha)):
            k -= 1
    if k < 0 or doc[k].lower_ not in {"for", "on"}:
        return False
    j = k - 1
    while j >= 0 and k - j <= 6:
        word = doc[j].lower_
        if word in _TITLE_HEADS:
            return True
        if not (word in {"of", "the"} or (is_cap(doc[j]) and doc[j].is_alpha)):
            return False
        j -= 1
    return False


_RANKS = frozenset({"admiral", "general", "colonel", "captain", "lieutenant", "brigadier", "commodore", "major"})
# (a courtesy title before a person's name, "... for Foreign Affairs Mr Wang Yi", is never inside a body's name:
# honorifics.COURTESY, as written)


def before_rank(doc: Doc, t: int, e: int) -> int:
    """ "the Joint Command of South Africa Rear Admiral X": a military rank and the name after it end the body, as
    does a courtesy title ("the Central Commission for Foreign Affairs Mr X"); so does a possessive before another
    body's head ("the Department of the Interior’s Office of Y": two bodies)."""
    heads = lexicon_set("org_heads")
    for x in range(t + 1, e - 1):
        word = doc[x].lower_
        if word in _RANKS or doc[x].text in COURTESY or (word in {"rear", "vice"} and doc[x + 1].lower_ == "admiral"):
            return x
        if doc[x].text in {"'s", "\u2019s"} and doc[x + 1].text in heads and doc[x + 1].is_title:
            return x
    return e


def of_owner(doc: Doc, w: int) -> bool:
    """ "the Department of the Interior’s Office": the owner before a possessive ends another body's name after "of"
    (the possessive begins a second body, it does not join the owner to it)."""
    if doc[w + 1].text not in {"'s", "\u2019s"}:
        return False  # "the Politburo of the Workers' Party": a plural's apostrophe is inside the name
    k = w - 1 - (w > 1 and doc[w - 1].lower_ == "the")
    return k >= 1 and doc[k].lower_ == "of" and doc[k - 1].text in lexicon_set("org_heads")


# general words a body's name writes with a possessive inside it ("People's Party", "Workers' Party")
_NAME_OWNERS = frozenset({"people", "peoples", "workers", "women", "farmers", "nation", "nations", "citizens"})


def person_owns(doc: Doc, start: int, p: int, end: int) -> int | None:
    """ "Israeli billionaire X Y's Z Group": where the name before the possessive at ``p`` starts, when it is a person
    owning the body, unless the possessive is inside the body's name (a people or workers' word before it, or one
    acronym spells it all: "X People’s Liberation Front (XPLF)"). Two or three words the model reads as a person; or,
    before a body's name of two words or more ("Pashinyan's Office" is the office's own name), a courtesy title and a
    word ("Mr X's Movement for ...": the person starts after the title) or one surname of a person the text names in
    full ("a lawmaker in X's Labour Party")."""
    if not doc[p - 1].is_title or doc[p - 1].lower_ in _NAME_OWNERS or spelled_by_acronym(doc, start, end):
        return None
    if p - start in {2, 3} and doc[p - 1].ent_type_ == "PERSON":
        return start
    if end - p < 3:
        return None
    if p - start == 2 and doc[start].text in COURTESY:
        return start + 1
    name = doc[p - 1].text
    if p - start == 1 and any(e.label_ == "PERSON" and len(e) > 1 and e[-1].text == name for e in doc_ents(doc)):
        return start
    return None


_SUFFIXES = frozenset({"Jr.", "Jr", "Sr.", "Sr"})


def title_trimmed(doc: Doc, m: Mention) -> Mention:
    """A person's name without the title swallowed before it ("Prime Minister James Marape" -> "James Marape"), and
    with the first name the model left out before a suffix ("Secretary Gilberto" + "Teodoro Jr.")."""
    if m.kind is not Kind.OFFICIAL or m.key is not None or m.chars is not None:
        return m
    titles, longest, _ = title_words()
    for n in range(min(longest, m.end - m.start - 2), 0, -1):
        if n == 1 and sultan_in_name(doc, m.start):
            break  # "Sultan Al Jaber": a given name
        if doc[m.start : m.start + n].text.casefold() in titles and all(t.is_title for t in doc[m.start : m.start + n]):
            m.start += n
            break
    s = m.start
    if m.end + 1 < len(doc) and doc[m.end].text == "," and doc[m.end + 1].text in _SUFFIXES and m.end - s >= 2:
        m.end += 2  # "Secretary Teodoro Locsin, Jr.": the suffix after a comma is part of the name
    if m.end - s == 2 and doc[m.end - 1].text in _SUFFIXES and s >= 2:
        first = doc[s - 1]
        if first.is_title and first.is_alpha and lookup(first.text) is None and doc[s - 2].lower_ in titles:
            m.start = s - 1
    return m


def without_split_suffixes(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """ "Teodoro Locsin, Jr.": the suffix the model tagged alone (as a place) belongs to the name before it."""
    ends = {m.end - 1 for m in mentions if m.kind is Kind.OFFICIAL and m.end - m.start >= 4}
    ends = {e for e in ends if doc[e].text in _SUFFIXES and doc[e - 1].text == ","}
    return [m for m in mentions if not (m.start in ends and m.end == m.start + 1)] if ends else mentions


def past_gloss(doc: Doc, end: int) -> int:
    """Where the text goes on after a short gloss in brackets right after a name ("Tuoi Tre (Youth) newspaper")."""
    if end + 2 < len(doc) and doc[end].text == "(":
        close = next((k for k in range(end + 2, min(end + 5, len(doc))) if doc[k].text == ")"), None)
        if close is not None:
            return close + 1
    return end


_SHEIKH = frozenset({"Sheikh", "Sheikha", "Shaikh"})
_NAME_GOES_ON = frozenset({"bin", "bint", "ibn", "al", "Al", "Al-", "el"})


# particles that go on a Gulf name: "Sultan Al Jaber", "Sultan bin Salman" ("Al-Jaber" is one token or three)
_GIVEN_BEFORE = frozenset({"Al", "al", "bin", "Bin", "ibn"})


def sultan_in_name(doc: Doc, i: int) -> bool:
    """ "Sultan Al Jaber", "Sultan Al-Neyadi", "Mohammed bin Zayed bin Sultan Al Nahyan": "Sultan" right before a
    name particle is a given name, not a ruler's title (a ruler's title goes before his own given name: "Sultan
    Haitham bin Tarik"; "Sultan Al Jaber of the UAE" is still the given name)."""
    if doc[i].text != "Sultan" or i + 1 >= len(doc):
        return False
    after = doc[i + 1].text
    return after in _GIVEN_BEFORE or after.startswith(("Al-", "al-"))


def sheikh_in_name(doc: Doc, i: int) -> bool:
    """ "Sheikh Hasina": "Sheikh" before one name word and nothing more is the person's own name, not the title of
    a Gulf ruler named at length ("Sheikh Tamim bin Hamad Al Thani": the title). Not when the text writes that name
    at length elsewhere, nor inside a longer name ("Hassan Sheikh Mohamud"). "Sultan" before a name particle as well
    (``sultan_in_name``)."""
    if sultan_in_name(doc, i):
        return True
    if doc[i].text not in _SHEIKH or i + 1 >= len(doc) or not (is_cap(doc[i + 1]) and doc[i + 1].is_alpha):
        return False
    if _royal_beside(doc, i):
        return False  # "Dubai ruler Sheikh X", "the emir, Sheikh X,": a ruler's title
    named_before = i > 0 and is_cap(doc[i - 1]) and doc[i - 1].is_alpha and not doc[i].is_sent_start
    if named_before and doc[i - 1].lower_ not in _title_word_set():
        return False  # "Hassan Sheikh Mohamud" (not "Prime Minister Sheikh X": a title before the name)
    after = doc[i + 2] if i + 2 < len(doc) else None
    if after is not None and (is_cap(after) or after.text in _NAME_GOES_ON):
        return False  # "Sheikh Tamim bin Hamad", "Sheikh Sabah Khaled"
    said = rf"\b{re.escape(doc[i].text)}[ \t]+{re.escape(doc[i + 1].text)}[ \t]+(?:[A-Z]|(?:bin|bint|ibn|al|el)\b)"
    return re.search(said, doc_text(doc)) is None


_RULERS = _ROYAL | {"ruler", "monarch"}


def _royal_beside(doc: Doc, i: int) -> bool:
    """A royal title right before "Sheikh" (over a comma), or the noun the name is set beside."""
    k = i - 1 - (i > 0 and doc[i - 1].text == ",")
    if k >= 0 and doc[k].lower_ in _RULERS:
        return True
    name = doc[i + 1]
    beside = [name.head] if name.dep_ == "appos" else []
    return any(t.lower_ in _RULERS for t in beside + [c for c in name.children if c.dep_ == "appos"])


@cache
def _title_word_set() -> frozenset[str]:
    """Every word of the title phrases ("prime", "minister", "foreign", ...), folded."""
    return frozenset(w for title in title_words()[0] for w in title.split())
