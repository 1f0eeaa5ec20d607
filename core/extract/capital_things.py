"""A capital written as the modifier of a named document, process or sports event is that thing's place, not the
state's government: "the 1973 Paris Peace Accords", "the CSCE Copenhagen Document", "the Nairobi and Luanda
processes", "the Tokyo tournament". Where a capital stands for its state it is a doer or an owner ("Beijing said",
"by Beijing", "the Beijing government"), and a government noun is not among these heads.
"""

from __future__ import annotations

from spacy.tokens import Doc

from core.extract.cap_words import is_cap
from core.extract.coref import Mention
from core.extract.furniture import title_case_line_at
from core.extract.kb import lexicon_set

# heads in any case a capital names the place of (besides the title-case heads of the lexicon's "document_heads")
_THING_HEADS = frozenset({"process", "processes", "tournament", "championship", "championships", "document", "accords"})


def capital_names_a_thing(doc: Doc, m: Mention) -> bool:
    """The capital at ``m`` modifies a document's, process's or tournament's head written right after it, past at
    most two capitalised nouns or a year and one 'and <Capital>' ("Nairobi and Luanda processes"). On a Title Case
    heading every word is capitalised ("Moscow Threatens Kyiv Over Peace Process"), so there nothing is skipped."""
    k = m.end
    if k + 1 < len(doc) and doc[k].lower_ == "and" and is_cap(doc[k + 1]):
        k += 2
    skipped = 2 if title_case_line_at(doc.text, doc[m.start].idx) else 0
    while k < len(doc) and skipped < 2 and _skippable(doc[k]) and not _thing_head(doc[k]):
        k, skipped = k + 1, skipped + 1
    return k < len(doc) and _thing_head(doc[k])


def _thing_head(tok) -> bool:
    return tok.text in lexicon_set("document_heads") or tok.lower_ in _THING_HEADS


def _skippable(tok) -> bool:
    """A capitalised noun ("Peace" of "Paris Peace Accords") or a year; no verb or preposition ("Threatens", "Over")."""
    if tok.like_num and len(tok) == 4:
        return True
    return is_cap(tok) and tok.pos_ in ("PROPN", "NOUN")
