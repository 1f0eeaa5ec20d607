"""Given names the model leaves out of a person's span when the name follows an honorific or a title's portfolio:
"HE Jassim" + "Saif Ahmed al-Sulaiti", "Minister of Transport Razzaq" + "Muhaibas al-Saadawi", "Minister of Energy and
Infrastructure Suhail" + "Mohamed al-Mazrouei", "Minister of Youth and Sports, Syed Saddiq" + "Syed Abdul Rahman".

A given name here is a capitalised proper noun the model left untagged that is no word of the language (WordNet's),
no known term and no title word: "Transport", "Infrastructure" or "Security" end a title's portfolio, "Razzaq" or
"Suhail" do not. Up to two given names are taken, and only when what stands before them may open a name: an honorific
("HE", "H.E.", "His Excellency", "HRH"), a comma, a lower-case word, a title word, a capitalised word of a title's
portfolio ("Minister of Transport"), a closing bracket ("Director of Trade (DGT) Ravi ..."), a quotation's closing
mark after its stop ("... to panic," Dambo ...") or a state after "to"/"of" ("Ambassador to Vexland Naghma ...").
A surname the model split at its apostrophe ("Mohammed Shia'" + "al-Sudani") is one name. General words only.
"""

from __future__ import annotations

from spacy.tokens import Doc

from core.extract.honorifics import COURTESY
from core.extract.kb import lookup, title_words
from core.extract.modifier_words import in_dictionary
from core.extract.portfolios import portfolio_of_title, remit_word
from core.model import Kind

# honorifics written before a name ("HE" and "H.E." for His Excellency, "HH" His Highness, "HRH", "Eng" engineer)
HONOURS = COURTESY | frozenset({"HE", "H.E", "HH", "H.H.", "HRH", "H.R.H.", "Excellency", "Highness", "Eng", "Eng."})
_APOSTROPHES = frozenset({"'", "\u2019"})
_HYPHENS = frozenset({"-", "\u2010", "\u2011"})
_ARTICLES = frozenset({"al", "el"})
_MOST = 2  # given names taken back
_CLOSING_QUOTES = frozenset({'"', "\u201d", "'", "\u2019"})
_QUOTE_ENDS = frozenset({",", ".", "?", "!"})  # a quotation closing before its speaker
_SHEIKH = frozenset({"Sheikh", "Sheikha", "Shaikh"})


def _word(tok) -> bool:
    """A word of the language ("Transport", "Endowments" as "endowment")."""
    text = tok.text
    return in_dictionary(text) or in_dictionary(tok.lemma_) or (text.endswith("s") and in_dictionary(text[:-1]))


def _given(doc: Doc, k: int, taken: list[bool]) -> bool:
    tok = doc[k]
    return (
        not taken[k]
        and tok.is_title
        and tok.is_alpha
        and tok.pos_ == "PROPN"
        and tok.ent_type_ == ""
        and not tok.is_stop
        and not _word(tok)
        and lookup(tok.text) is None
        and tok.lower_ not in title_words()[0]
    )


def portfolio_word(doc: Doc, k: int) -> bool:
    """ "Transport" of "Minister of Transport", "Infrastructure" of "Minister of Energy and Infrastructure": a
    capitalised word of the language closing a title's portfolio or remit."""
    tok = doc[k]
    if not (tok.is_title and tok.is_alpha and _word(tok)):
        return False
    if portfolio_of_title(doc, k) or remit_word(doc, k):
        return True
    return k > 1 and doc[k - 1].lower_ in {"and", "&"} and doc[k - 2].is_title and portfolio_of_title(doc, k - 2)


def _opens_name(doc: Doc, k: int) -> bool:
    """May token ``k`` stand just before a person's given names?"""
    tok = doc[k]
    if tok.text in HONOURS or tok.text == "," or tok.lower_ in title_words()[0]:
        return True
    if tok.is_lower and tok.is_alpha:  # "said Razzaq ...", not "of the Media Teresa X" (a remit's article)
        return tok.pos_ not in {"DET", "ADP"}
    if tok.text == ")" or (tok.text in _CLOSING_QUOTES and k > 0 and doc[k - 1].text in _QUOTE_ENDS):
        return True  # "Director of Trade (DGT) Ravi ...", "'... no reason to panic,' Dambo ..."
    if k > 0 and doc[k - 1].lower_ in {"to", "of"} and (tok.ent_type_ == "GPE" or _state(tok.text)):
        return True  # "Ambassador to Vexland Naghma ...", "Prosecutor General of Vexland Irina ..."
    return portfolio_word(doc, k)


def _state(text: str) -> bool:
    found = lookup(text)
    return found is not None and found.kind is Kind.STATE


def given_names_before(doc: Doc, start: int, taken: list[bool]) -> int:
    """Where a person's span that the model started after its given names really starts (``start`` if not so); a
    "Sheikh" that is the person's own name ("Sheikh" + "Hasina", ``titled.sheikh_in_name``) opens it too."""
    if start > 0 and not taken[start - 1] and doc[start - 1].text in _SHEIKH:
        from core.extract.titled import sheikh_in_name  # (titled.py reads this module)

        if sheikh_in_name(doc, start - 1):
            return start - 1
    k = start
    while k > 0 and start - k < _MOST and _given(doc, k - 1, taken):
        k -= 1
    for j in range(k, start):  # the longest run whose first name may open a name
        if j == 0 or doc[j].is_sent_start or _opens_name(doc, j - 1):
            return j
    return start


def past_apostrophe(doc: Doc, end: int, taken: list[bool]) -> int:
    """ "Mohammed Shia'" + "al-Sudani": a name the model ended on an apostrophe goes on over the surname after it."""
    if (
        end + 3 < len(doc)
        and doc[end].text in _APOSTROPHES
        and doc[end - 1].is_title
        and doc[end - 1].is_alpha
        and doc[end - 1].lower_[-1] not in "sz"  # "Mahmoud Abbas' al-Fatah party": a plural possessive
        and doc[end].whitespace_
        and doc[end + 1].lower_ in _ARTICLES
        and doc[end + 2].text in _HYPHENS
        and doc[end + 3].is_title
        and doc[end + 3].is_alpha
        and not taken[end + 1]
    ):
        return end + 4
    return end
