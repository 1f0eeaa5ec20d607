"""Firms by their legal and trade forms: "X Co., Ltd.", "X Sdn Bhd", "Smart Tankers of Piraeus", "a terminal called X".

A firm's legal form after a comma belongs to its name; "of <port>" after a trading name is where the firm sits, not
part of the name; a trade word alone ("Shipping" opening a sentence) names nothing.
"""

from __future__ import annotations

from spacy.tokens import Doc

from core.extract.body_shaped import body_shaped
from core.extract.cap_words import apostrophe_word
from core.extract.coref import Mention
from core.extract.demonym_named_firms import demonym_start
from core.extract.formal_firms import formal_firm_names
from core.extract.intercapped_firms import intercapped_firms
from core.extract.kb import is_state_word, lexicon_set, lookup
from core.extract.nlp import doc_column, doc_text, span_text
from core.model import Kind

_LINKS = {"called", "named"}


def legal_form_end(doc: Doc, end: int) -> int:
    """ "Luqing Petrochemical Co." + ", Ltd.": the legal form written after a comma is part of the firm's name."""
    forms = lexicon_set("legal_forms")
    k = end
    while k + 1 < len(doc) and doc[k].text == "," and doc[k + 1].text in forms:
        k += 2
    # "Rayyan Shipping (OPC) Private Limited": a company's kind in brackets, then its legal form
    if k + 3 < len(doc) and doc[k].text == "(" and doc[k + 2].text == ")" and doc[k + 1].is_upper:
        f = k + 3 + (doc[k + 3].text in {"Private", "Public"})
        j = k
        while j > 0 and k - j < 6 and doc[j - 1].is_title:
            j -= 1
        initials = {t.text[0] for t in doc[j:k]}  # not "X Petroleum Corporation (XPC) Limited": the name's acronym
        if f < len(doc) and doc[f].text in forms and len(doc[k + 1]) <= 4 and doc[k + 1].text[0] not in initials:
            k = f + 1
    return k


def is_firm(doc: Doc, start: int, end: int) -> bool:
    words = [t for t in doc[start:end] if not t.is_punct or t.text == "."]
    last = words[-1].text if words else ""
    return len(words) >= 2 and (last in lexicon_set("company_tails") or last in lexicon_set("legal_forms"))


def place_tail_start(doc: Doc, start: int, end: int) -> int:
    """ "Smart Tankers of Piraeus": where the firm's name stops before "of <town>" (a town or a country after it)."""
    tails = lexicon_set("company_tails")
    for k in range(start + 1, end - 1):
        if doc[k].lower_ != "of" or doc[k - 1].text not in tails:
            continue
        place = doc[k + 1 : end]
        term = lookup(place.text)
        comma = end + 1 < len(doc) and doc[end].text == ","
        then_state = comma and any(map(is_state_word, (doc[end + 1 : end + 3].text, doc[end + 1].text)))
        if (term is not None and term.kind is Kind.STATE) or then_state or place.root.ent_type_ in {"GPE", "LOC"}:
            return k
    return end


def lone_trade_word(text: str) -> bool:
    """ "Shipping", "Maritime", "Ltd.": a firm's trade or legal word alone is no name."""
    word = text.strip()
    return " " not in word and (word in lexicon_set("company_tails") or word in lexicon_set("legal_forms"))


def called_firms(doc: Doc, taken: list[bool]) -> list[Mention]:
    """ "an oil terminal in China called Huaying Huizhou Daya Bay Petrochemical Terminal Storage": a business the
    text names with "called"/"named" after a noun for one."""
    nouns = lexicon_set("business_nouns")
    out = []
    for i, tok in ((i, doc[i]) for i, w in enumerate(doc_column(doc, "lower_")) if w in _LINKS):
        if tok.lower_ not in _LINKS or i + 1 >= len(doc):
            continue
        back = [t for t in doc[max(0, i - 6) : i] if t.lower_ in nouns and t.pos_ == "NOUN"]
        if not back or any(t.is_sent_start for t in doc[back[-1].i + 1 : i + 1]):
            continue
        k = i + 1
        while k < len(doc) and k - i <= 8 and (doc[k].is_title or doc[k].is_upper) and not taken[k] and doc[k].is_alpha:
            k += 1
        if k - i >= 3 and lookup(doc[i + 1 : k].text) is None:
            out.append(Mention(i + 1, k, Kind.PARTY, None, 2, "org"))
    return out


def refine_firms(doc: Doc, chosen: list[Mention]) -> list[Mention]:
    """Bodies' spans made right for firms: ", Ltd." joined on, "of Piraeus" and "Hong Kong's" cut off, a lone trade
    word dropped. Spans only shrink or take in the legal form, so offsets stay exact."""
    out: list[Mention] = []
    absorbed: set[int] = set()
    by_start = {m.start: m for m in chosen}
    for m in chosen:
        if m.kind is Kind.OFFICIAL and m.key is None and m.chars is None and _based_before(doc, m.start):
            m.kind, m.role = Kind.PARTY, "org"  # "London-based X Club": a firm or a body, not a person
        if m.kind is Kind.OFFICIAL and m.key is None and m.chars is None and body_shaped(doc[m.start : m.end]):
            m.kind, m.role = Kind.PARTY, "org"  # "the X bin Y Space Centre", "X Pictures": no person's name
        if m.kind is not Kind.PARTY or m.chars is not None:
            continue
        end = legal_form_end(doc, m.end)
        if end > m.end:
            for k in range(m.end, end):
                if k in by_start and by_start[k].end <= end:
                    absorbed.add(id(by_start[k]))
            m.end = end
            continue
        cut = place_tail_start(doc, m.start, m.end)
        if cut < m.end and is_firm(doc, m.start, cut):
            m.end = cut
        for p in range(m.start + 1, min(m.start + 4, m.end - 1)):
            if doc[p].text not in {"'s", "\u2019s"}:
                continue
            owner = lookup(doc[m.start : p].text)
            town = owner.role == "block" if owner is not None else doc[m.start].ent_type_ in {"GPE", "LOC"}
            if town and is_firm(doc, p + 1, m.end):
                m.start = p + 1  # "Shanghai's X Shipping": the town is where the firm is, not its name
            break
    for m in chosen:
        if id(m) in absorbed:
            continue
        text = span_text(doc, m.start, m.end) if m.chars is None else doc_text(doc)[m.chars[0] : m.chars[1]]
        if m.kind is Kind.PARTY and m.key is None and lone_trade_word(text):
            continue
        lone = m.kind is Kind.PARTY and m.key is None and m.end - m.start == 1
        if lone and m.end + 1 < len(doc) and _based_before(doc, m.end + 2):
            continue  # "a sister company of Tarnow-based X": the word before "-based" is a place
        out.append(m)
    return out


def _based_before(doc: Doc, start: int) -> bool:
    """ "Istanbul-based X": a name right after "<place>-based" (a person would have a role noun between)."""
    return start >= 2 and doc[start - 1].lower_ == "based" and doc[start - 2].text in {"-", "\u2010", "\u2011"}


def legal_form_firms(doc: Doc) -> list[Mention]:
    """ "Ridotto LLC", "OJSC Planar", "Maritime Ventures Sdn Bhd": capitalised words with a legal form before or after
    them name a firm, whatever the model made of them."""
    forms = lexicon_set("legal_forms")
    leading = lexicon_set("leading_legal_forms")
    out = []
    tails = lexicon_set("company_tails")
    words = forms | tails | leading
    for i, tok in ((i, doc[i]) for i, w in enumerate(doc_column(doc, "text")) if w in words):
        trade = tok.text in lexicon_set("company_tails") and tok.is_title
        if (tok.text in forms or trade) and i > 0 and (_name_word(doc[i - 1]) or _state_before_form(doc, i)):
            j = i - 1
            while j > 0 and i - j < 5 and _name_word(doc[j - 1]) and not doc[j].is_sent_start:
                j -= 1
            while j < i and (_stop_word(doc[j]) or lookup(doc[j].text) is not None):
                j += 1
            country = lookup(doc[j - 1].text) if j > 0 else None
            if j < i and country is not None and country.role == "name" and not doc[j - 1].is_sent_start:
                j -= 1  # "India Gaurik Ship Management": a country's name opening a firm's is part of it
            goes_on = (i + 1 < len(doc) and doc[i + 1].is_title) or (j > 0 and doc[j - 1].text in {"-", "\u2010"})
            if trade and goes_on:
                continue  # "Sepehr Energy Jahan Nama Pars", "Electro-Mechanics Plant": the name is longer
            owner = demonym_start(doc, j, i + 1) if j < i else None
            if owner is not None:
                j = owner.start  # "the Canadian Broadcasting Corp": the people's word opens the firm's name
            if j < i:
                out.append(Mention(j, i + 1, Kind.PARTY, None, 3, "org", owner=owner))
        elif trade and _state_steel(doc, i):
            out.append(Mention(i - 1, i + 1, Kind.PARTY, None, 3, "org"))
        elif tok.text in leading and i + 1 < len(doc) and _name_word(doc[i + 1]):
            k = i + 1
            while k < len(doc) and k - i <= 4 and _name_word(doc[k]):
                k += 1
            out.append(Mention(i, k, Kind.PARTY, None, 3, "org"))
    return out + _spelled_leading_forms(doc) + formal_firm_names(doc) + intercapped_firms(doc)


# a legal form spelled out before the firm's name: "Public Joint Stock Company X", "Limited Liability Company X"
_SPELLED_FORMS = {("Joint", "Stock"), ("Joint-Stock",), ("Limited", "Liability")}
_FORM_OPENERS = frozenset({"Public", "Open", "Closed", "Private", "Non-Public"})


def _spelled_leading_forms(doc: Doc) -> list[Mention]:
    out = []
    for i, w in enumerate(doc_column(doc, "text")):
        if w != "Company" or i + 1 >= len(doc) or not _owned_name_word(doc[i + 1]):
            continue
        j = next((i - len(f) for f in _SPELLED_FORMS if tuple(t.text for t in doc[max(0, i - len(f)) : i]) == f), None)
        if j is None:
            continue
        j -= j > 0 and doc[j - 1].text in _FORM_OPENERS
        k = i + 1
        while k < len(doc) and k - i <= 3 and _owned_name_word(doc[k]):
            k += 1
        out.append(Mention(j, k, Kind.PARTY, None, 3, "org"))
    return out


def _owned_name_word(tok) -> bool:
    """A word of a firm's name after its legal form: a known firm's name may be part of it ("... Gazprom Neft")."""
    term = lookup(tok.text) if tok.is_alpha and tok.is_title else None
    return tok.is_alpha and tok.is_title and (term is None or term.kind is Kind.PARTY)


# stop words that count or place what follows, never a firm's own word: "Several Orvana Marine Limited tankers"
_QUANTIFIERS = frozenset(
    {"several", "many", "other", "various", "few", "some", "all", "both", "each", "every", "more", "most", "such"}
    | {"any", "no", "another"}
)


def _stop_word(tok) -> bool:
    """ "The", "This", "Our", "Several" before a firm's name; not "Full" or "Top" ("Full Happy Limited"), which the
    tagger reads as the name's own word."""
    return tok.is_stop and (tok.pos_ not in {"PROPN", "ADJ", "NOUN"} or tok.lower_ in _QUANTIFIERS)


# heavy industries a firm is named for after its country alone: "U.S. Steel", "China Steel"
_STATE_INDUSTRIES = frozenset({"Steel"})


def _state_steel(doc: Doc, i: int) -> bool:
    """ "U.S. Steel": a country's name, then an industry's word with no name word after it, names a firm."""
    if i < 1 or doc[i].text not in _STATE_INDUSTRIES:
        return False
    if i + 1 < len(doc) and (doc[i + 1].is_title or doc[i + 1].pos_ in ("NOUN", "PROPN")):
        return False  # "the U.S. Steel industry", "Japan Steel exports": the country's industry, no firm
    country = lookup(doc[i - 1].text)
    # a country's name or acronym, not its demonym ("Chinese Steel" is the country's steel)
    return country is not None and country.kind is Kind.STATE and country.role in ("name", "acronym")


def _state_before_form(doc: Doc, i: int) -> bool:
    """ "Lithium Chile Inc": a country's name between a firm's own word and its legal form is part of the name."""
    if i < 2 or doc[i].text not in lexicon_set("legal_forms") or doc[i - 1].is_sent_start:
        return False
    country = lookup(doc[i - 1].text)
    return country is not None and country.kind is Kind.STATE and country.role == "name" and _name_word(doc[i - 2])


def _name_word(tok) -> bool:
    capital = tok.is_title or (tok.is_upper and len(tok) > 1) or tok.text[:1].isupper()  # "BlueWave Marine Ltd"
    return capital and (tok.is_alpha or apostrophe_word(tok.text)) and lookup(tok.text) is None
