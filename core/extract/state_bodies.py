"""Bodies whose written name opens with a state's name: "Communist Party of China Central Committee" (the state
belongs to the name before it), "Japan Maritime Self-Defense Force" (the name as written keeps its state, the state
is a mention inside it and the name without it is a form of the body too).
"""

from __future__ import annotations

from spacy.tokens import Doc

from core.extract.cap_words import is_cap
from core.extract.kb import is_state_word, lexicon_set, lookup
from core.extract.nlp import span_text
from core.model import Kind


def state_tail_end(doc: Doc, t: int, e: int, k: int) -> int:
    """ "Party of China Central Committee": a state's name opening the "of" tail belongs to the name before it when a
    body's name follows the state (the body is then a sub-organ of the whole)."""
    for n in (3, 2, 1):
        term = lookup(doc[t : t + n].text) if t + n < e else None
        if term is not None and term.kind is Kind.STATE and term.role == "name":
            return t + n
    return k


def keeps_state(doc: Doc, role: str, start: int, n: int, end: int) -> bool:
    """Does the body ``doc[start:end]``, opened by a state word of ``n`` tokens, keep it in its name? A demonym
    always does ("Indonesian Maritime Security Agency"); a state's name does ("Japan Maritime Self-Defense Force",
    "Bangladesh Shipping Department") unless a known body's name opens the run ("United Kingdom Maritime Trade
    Operations Center" is that known body's)."""
    if role == "demonym":
        return True
    return role == "name" and not any(lookup(doc[start:p].text) is not None for p in range(start + n + 1, end))


def joined_by_and(doc: Doc, j: int) -> int:
    """ "the Police and Border Guard Board": two capitalised words joined by "and" after "the" open one name."""
    if j < 3 or doc[j - 1].lower_ != "and" or not is_cap(doc[j - 2]) or lookup(doc[j - 2].text) is not None:
        return j
    k = j - 2
    while k > 0 and j - k < 5:
        if is_cap(doc[k - 1]) and doc[k - 1].lower_ != "the" and lookup(doc[k - 1].text) is None:
            k -= 1  # (a sentence's capital "The Ports and Maritime Organization" is the article, not the name)
        elif k > 1 and _tight_hyphen(doc, k - 1) and is_cap(doc[k - 2]) and lookup(doc[k - 2].text) is None:
            k -= 2  # "Agri-Food and Veterinary Authority": a hyphened word opens the name
        else:
            break
    k -= k > 1 and doc[k - 2].lower_ == "the" and is_state_word(doc[k - 1].text)  # "the French Air and Space Force"
    if is_state_word(doc[k : j - 1].text):
        return j  # "the United States and European Union": a state's name before "and" is a name of its own
    if j - 2 > k and doc[j - 2].text in lexicon_set("org_heads") and lookup(doc[k : j - 2].text) is not None:
        return j  # "the Kenya Navy and Ports Authority": a state's whole body before "and" is a body of its own
    owned = k > 1 and doc[k - 1].text in {"'s", "\u2019s"} and is_state_word(doc[k - 2].text)  # "Iran's Ports and"
    if k > 0 and (doc[k - 1].lower_ == "the" or owned) and not doc[k].is_sent_start:
        return k
    after_and = k > 1 and doc[k - 1].lower_ == "and"  # a first body's "and" ("Ministry of Commerce and ...")
    return k if after_and and _model_org(doc, k, j) else j  # "... and National Development and Reform Commission"


def _tight_hyphen(doc: Doc, i: int) -> bool:
    return doc[i].text in {"-", "\u2010"} and not doc[i - 1].whitespace_ and not doc[i].whitespace_


def _model_org(doc: Doc, k: int, j: int) -> bool:
    """The model reads one ORG name over the words before "and" and the body's name after it."""
    opens = doc[k].ent_type_ == "ORG" and doc[k].ent_iob_ == "B"
    return opens and all(doc[x].ent_type_ == "ORG" and doc[x].ent_iob_ == "I" for x in range(k + 1, j + 1))


def official_state_name_start(doc: Doc, j: int, head: int) -> int:
    """ "Islamic Republic of Iran Navy": a state's long name with "of" inside opens the body's name."""
    for s in range(max(0, j - 4), j - 1):
        for e in range(j + 1, head + 1):
            said = span_text(doc, s, e)  # (``doc[s:e].text`` without making the span)
            term = lookup(said)
            if term is not None and term.kind is Kind.STATE and " of " in said:
                return s
    return j


def known_body_name(text: str) -> str | None:
    """The known body's name ``text`` spells ("Department of Justice"), if it spells one."""
    term = lookup(text)
    return term.name if term is not None and term.kind is Kind.PARTY else None


# the head words of offices of state: "Department of Justice and Treasury Department" names two of them
_OFFICE_HEADS = frozenset(
    {"Department", "Ministry", "Office", "Bureau", "Agency", "Commission", "Committee", "Council"}
)


def owns_head(doc: Doc, end: int) -> bool:
    """Does the name after "and" that ends before ``end`` close on an office's own head word ("and Treasury
    Department")? Then it is a second body, even after a ministry's "of" ("Ministry of Trade and Industry" stays)."""
    return doc[end - 1].text in _OFFICE_HEADS
