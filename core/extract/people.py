"""Names of people that the model cuts short or misses: particles ("von der"), first names, Korean given names.

Each helper widens or confirms a span the entity rules already have; spans only grow over words of the name.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from core.extract.coref import Mention
from core.extract.given_names import given_names_before, past_apostrophe, portfolio_word
from core.extract.honorifics import COURTESY, honour_only
from core.extract.kb import first_words, lexicon_set, lookup, title_words
from core.extract.modifier_words import in_dictionary
from core.extract.nlp import doc_column
from core.extract.portfolios import portfolio_of_title, remit_word
from core.extract.titled_names import names_after_titles
from core.model import Kind

_HYPHENS = frozenset({"-", "\u2010", "\u2011"})

_NAME_PARTICLES = {"von", "van", "der", "den", "de", "du", "bin", "bint", "ibn", "al", "el", "da", "di", "dos", "del"}


_CONNECTORS = {
    "de",
    "del",
    "da",
    "dos",
    "van",
    "von",
    "der",
    "al",
    "el",
    "bin",
    "ibn",
    "la",
    "le",
    "di",
    "-",
    "'",
    "’",
    ".",
}


def _camel(tok) -> bool:
    """ "MaryKay", "McAllister", "DeLauro": a name word with a capital inside it."""
    return tok.is_alpha and tok.text[:1].isupper() and any(c.islower() for c in tok.text)


def person_by_who(doc: Doc, start: int, end: int) -> bool:
    """ "the presidency of Hugo Chávez, who ...": a name the model took for a title of a work, told by "who"."""
    span = doc[start:end]
    return (
        2 <= len(span) <= 4
        and all(t.is_title and t.is_alpha for t in span)
        and not any(t.text in lexicon_set("org_heads") for t in span)
        and lookup(span.text) is None
        and end + 1 < len(doc)
        and doc[end].text == ","
        and doc[end + 1].lower_ == "who"
    )


def named_person(doc: Doc, start: int, end: int) -> bool:
    """ "Nathan Law", "Jo Peace": two words the model tags as a person, the first no English word, are a given name
    and a surname, whatever the surname means as a word."""
    return (
        end - start == 2
        and doc[start].ent_type_ == "PERSON"
        and doc[end - 1].ent_type_ == "PERSON"
        and doc[start].is_title
        and doc[start].is_alpha
        and not in_dictionary(doc[start].text)
        # "the 1972 Simla Agreement", "the X Act": a document takes an article, a year or an owner, a person none
        and not (start > 0 and (doc[start - 1].pos_ in {"DET", "NUM"} or doc[start - 1].tag_ == "POS"))
    )


def name_like(span: SpacySpan) -> bool:
    """Every word capitalised, bar the particles names carry ("de", "al-", "bin"); no digit in a name of
    several words ("Jet A-1" is a fuel; "M23" may be a body's name)."""
    # "Jong-un": the part after a hyphen written tight; "Maria - docked" is a name and a dash
    tight = {t.i for t in span if t.text in {"-", "\u2010"} and not t.whitespace_ and t.i > 0}
    hyphenated = {i + 1 for i in tight if not span.doc[i - 1].whitespace_}
    return (
        all(t.is_title or t.is_upper or _camel(t) or t.lower_ in _CONNECTORS or t.i in hyphenated for t in span)
        and any(t.is_title for t in span)
        and not (len(span) > 1 and any(c.isdigit() for c in span.text))
        and not _rank_cut(span)
        and not honour_only(span.doc, span.start, span.end)  # "Datuk Seri" alone: the name follows it
    )


# abbreviated ranks: a name never ends on one ("said Navy Cmdr. Jane Roe": spaCy's "Navy Cmdr" is the title)
_RANK_ABBREVIATIONS = frozenset({"cmdr", "cdr", "capt", "lt", "adm", "col", "sgt", "maj", "brig", "cpl", "pvt"})


def _rank_cut(span: SpacySpan) -> bool:
    doc, end = span.doc, span.end
    return len(span) > 1 and span[-1].lower_ in _RANK_ABBREVIATIONS and end < len(doc) and doc[end].text == "."


_PLURAL_RANKS = frozenset({"captains", "commanders", "generals", "colonels", "majors", "lieutenants", "sergeants"})


def _before_name(tok) -> bool:
    """A lower-case word or a plural rank ("Captains Navtej" + "Singh Gill"): what may stand before a left-out first
    name (a single title may open a name of its own: "Commissioner Justice X", "Former Candidate X")."""
    return tok.is_lower or tok.lower_ in _PLURAL_RANKS


def _title_before_name(doc: Doc, k: int) -> bool:
    """ "London Mayor" + "Sadiq" + "Khan", "Prime Minister of Mauritius" + "Pravind" + "Kumar Jugnauth", "In 2020,"
    + "Ranjit" + "Gupta": a title's last word, a state's name after a title's "of", or a comma before an untagged
    first name."""
    tok = doc[k]
    if in_dictionary(doc[k + 1].text):
        return False  # "In the Lok Sabha, Speaker X": a word of the language, not a first name
    if tok.text == "," or tok.lower_ in title_words()[0]:
        return True
    term = lookup(tok.text) if k > 0 and doc[k - 1].lower_ == "of" else None
    return term is not None and term.kind is Kind.STATE and term.role == "name"


def person_start(doc: Doc, start: int, taken: list[bool]) -> int:
    """A Korean family name just before a name spaCy cut short belongs to it ("Choe Ryong Hae")."""
    if (
        start > 0
        and not taken[start - 1]
        and doc[start - 1].text in lexicon_set("korean_surnames")
        and not doc[start - 1].is_sent_start
    ):
        return start - 1
    if (
        start > 0
        and not taken[start - 1]
        # "by Alisher" + "Usmanov": an untagged first name after a lower-case word
        and (
            doc[start - 1].is_sent_start
            or (doc[start - 1].ent_type_ == "" and start > 1 and _before_name(doc[start - 2]))
            or (doc[start - 1].ent_type_ == "" and start > 1 and _title_before_name(doc, start - 2))
        )
        and doc[start - 1].is_title
        and doc[start - 1].pos_ == "PROPN"
        and doc[start - 1].ent_type_ in {"", "GPE", "ORG", "NORP"}  # a lone first name gets any label
        and not doc[start - 1].is_stop
        and lookup(doc[start - 1].text) is None
        and doc[start - 1].lower_ not in title_words()[0]
        and doc[start - 1].lower_ not in lexicon_set("vessel_nouns", fold=True)  # "Tanker X Y, which ..."
        and doc[start - 1].lower_ not in lexicon_set("role_nouns")  # "Economist Jane Roe": her profession
        and doc[start - 1].lower_ not in lexicon_set("field_words")  # "Minister of ... and Environment Jane Roe"
        and not portfolio_of_title(doc, start - 1)
        and not remit_word(doc, start - 1)
        and not portfolio_word(doc, start - 1)  # "Minister of Energy and Infrastructure" + "Jane Roe"
    ):
        return start - 1  # "Yolanda" + "Ccori Huaman": a first name opening the sentence, left out by the model
    if doc[start].lower_ in _PARTICLES:
        return _names_before_particle(doc, start, taken)
    if _bare_initial(doc, start, taken):
        return start - 1
    return given_names_before(doc, start, taken)  # "HE Jassim" + "Saif Ahmed al-Sulaiti"


_PARTICLES = frozenset({"al", "el", "bin", "ibn", "abu"})


def _names_before_particle(doc: Doc, start: int, taken: list[bool]) -> int:
    """ "His Excellency Ahmed Aqeel" + "Al Khateeb": one or two untagged given names before a surname that opens
    with a particle belong to it."""
    k = start
    while (
        k > 0
        and start - k < 2
        and not taken[k - 1]
        and doc[k - 1].is_title
        and doc[k - 1].is_alpha
        and doc[k - 1].pos_ == "PROPN"
        and doc[k - 1].ent_type_ == ""
        and not doc[k - 1].is_stop
        and lookup(doc[k - 1].text) is None
        and doc[k - 1].lower_ not in title_words()[0]
        and doc[k - 1].lower_ not in lexicon_set("role_nouns")
        and doc[k - 1].lower_ not in _PARTICLES
        and not portfolio_word(doc, k - 1)  # "Minister of Transportation" + "Jassem bin Saif"
    ):
        k -= 1
    return k


@cache
def _title_ends() -> frozenset[str]:
    """Last words of the title phrases ("secretary" of "general secretary"): what may stand before a bare initial."""
    return frozenset(t.split()[-1] for t in title_words()[0])


def _bare_initial(doc: Doc, start: int, taken: list[bool]) -> bool:
    """ "general secretary A" + "Jane Roe": an initial without its full stop, after a lower-case title word, opens the
    name (a capital "A" there is no article: an article is lower-case inside a sentence; "under section A" + "Tom
    Ng" is a label, not an initial)."""
    return (
        start > 1
        and not taken[start - 1]
        and len(doc[start - 1].text) == 1
        and doc[start - 1].text.isupper()
        and doc[start - 1].text != "I"
        and not doc[start - 1].is_sent_start
        and doc[start - 2].is_lower
        and doc[start - 2].is_alpha
        and doc[start - 2].text in _title_ends()
    )


def korean_names(doc: Doc, ents: list[SpacySpan]) -> list[Mention]:
    """Family name + two-syllable given name ("Choe Ryong Hae", "Jo Song-gil"), which the model often misses."""
    surnames = lexicon_set("korean_surnames")
    firsts = first_words()
    in_person = {t for e in ents if e.label_ == "PERSON" for t in range(e.start, e.end)}
    out = []
    words = doc_column(doc, "text")  # (a scan of the words, not a ``Token`` per word)
    for i in [i for i, w in enumerate(words[: len(doc) - 2]) if w in surnames]:
        if i in in_person:
            continue
        a, b = doc[i + 1], doc[i + 2]
        if b.text in {"-", "\u2010"} and i + 3 < len(doc) and doc[i + 3].is_lower and doc[i + 3].is_alpha:
            end = i + 4  # "Song-gil"
        elif b.is_title and b.is_alpha and len(b) <= 5:
            end = i + 3
        else:
            continue
        if (
            not (a.is_title and a.is_alpha and len(a) <= 5)
            or a.is_stop
            or a.text in firsts
            or b.text in firsts
            or any(t in in_person for t in range(i, end))
        ):
            continue
        out.append(Mention(i, end, Kind.OFFICIAL, None, 1, "person"))
    return out


def person_end(doc: Doc, end: int, taken: list[bool]) -> int:
    """A second surname spaCy left out ("Bruno Rodríguez Parrilla"), or a part after a non-breaking space; the
    lower-case syllable after a hyphen the model cut off ("Moon Jae" + "-in")."""
    if (joined := past_apostrophe(doc, end, taken)) > end:
        return joined  # "Mohammed Shia'" + "al-Sudani"
    if (
        end + 1 < len(doc)
        and doc[end].text in {"-", "\u2010"}
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
        and doc[end + 1].is_alpha
        and doc[end + 1].is_lower
        and len(doc[end + 1]) <= 4
        and not taken[end + 1]
    ):
        return end + 2
    k = end
    while k < len(doc) and k - end < 3 and doc[k].lower_ in _NAME_PARTICLES and not taken[k]:
        k += 1
    if k > end and k + 1 < len(doc) and doc[k].text in {"-", "\u2010"} and not doc[k].whitespace_:
        k += 1  # "bin Zayed al-Nahyan"
    if k > end and k < len(doc) and doc[k].is_title and doc[k].is_alpha and not taken[k]:
        return k + 1  # "Ursula von" + "der Leyen", "Mohammed bin" + "Salman"
    for _ in range(2):  # "Fatma Betul" + "Sayan Kaya": up to two surnames the model left out
        nxt = end + 1 if end + 1 < len(doc) and doc[end].is_space and "\n" not in doc[end].text else end
        if (
            nxt < len(doc)
            and not taken[nxt]
            and doc[nxt].is_title
            and doc[nxt].is_alpha
            and (doc[nxt].pos_ == "PROPN" or nxt > end)
            and (doc[nxt].ent_type_ in {"", "PERSON"} or _korean_given(doc, end, nxt) or _lone_org_word(doc, nxt))
            and lookup(doc[nxt].text) is None
            and doc[nxt].lower_ not in title_words()[2]  # "Papua New Guinean" + "Prime Minister": no surname
        ):
            end = nxt + 1
        else:
            break
    return end


def _apostrophe_name(tok) -> bool:
    """ "Sa'id", "Ma'mun": a capitalised name word with an apostrophe inside it."""
    parts = tok.text.replace("\u2019", "'").split("'")
    return len(parts) == 2 and tok.text[:1].isupper() and all(p.isalpha() and p[1:].islower() for p in parts)


def _lone_org_word(doc: Doc, i: int) -> bool:
    """A second surname the model called an organisation, a place or a work on its own ("Arnoldo André" + "Tinoco",
    "Marco Tronchetti" + "Provera"; a place the lexicon does not know: the caller looks it up)."""
    tok = doc[i]
    return (
        tok.ent_type_ in {"ORG", "GPE", "WORK_OF_ART"}
        and tok.ent_iob_ == "B"
        and (i + 1 >= len(doc) or doc[i + 1].ent_iob_ != "I")
        and tok.text not in lexicon_set("org_heads")
    )


def _korean_given(doc: Doc, end: int, nxt: int) -> bool:
    """The last syllable of a Korean given name ("Choe Son" + "Hui"), whatever label the model gave it."""
    return end >= 2 and doc[end - 2].text in lexicon_set("korean_surnames") and len(doc[nxt]) <= 4


def named_after_role(doc: Doc, taken: list[bool], titles: list[bool]) -> list[Mention]:
    """ "oligarch Igor Sechin", "Businessman Alisher Usmanov": a role noun right before two or three capitalised words
    the model left untagged names a person."""
    roles = lexicon_set("role_nouns") | lexicon_set("role_nouns_before")
    heads = lexicon_set("org_heads")
    out = []
    for i, tok in ((i, doc[i]) for i, w in enumerate(doc_column(doc, "lower_")[:-2]) if w in roles):
        if tok.lower_ not in roles or taken[i]:
            continue
        # "Chief Prosecutor Tiiu Ilves": the role's own title words open no name
        j = i + 2 if i + 2 < len(doc) and doc[i + 1].text in {"\u201d", '"'} else i + 1
        while j < len(doc) - 2 and titles[j] and doc[j].is_title and not taken[j]:
            j += 1
        if j < len(doc) - 2 and doc[j].text in COURTESY:
            j += 1  # "spokesperson Cde Jane Roe", "envoy Mr Jan Roe": a courtesy title after the role is no name
        k = j
        while (
            k < len(doc)
            and k - j <= 2
            and ((doc[k].is_title and doc[k].is_alpha) or _apostrophe_name(doc[k]))
            and doc[k].pos_ == "PROPN"
            and not taken[k]
            and not titles[k]
            and doc[k].text not in heads
            and lookup(doc[k].text) is None
        ):
            k += 1
        if k - j == 1 and not taken[k - 1] and k < len(doc) and doc[k].lower_ in {"al", "el", "bin", "ibn"}:
            k = person_end(doc, k, taken)  # "facilitator Sa'id al-Jamal": a first name and a particle's surname
        if k - j >= 2 and all(doc[t].ent_type_ in {"", "PERSON", "ORG"} for t in range(j, k)):
            out.append(Mention(j, k, Kind.OFFICIAL, None, 2, "person"))
            for t in range(j, k):
                taken[t] = True
    return out + names_after_titles(doc, taken, titles)  # "Greek Prime Minister, Kyriakos Mitsotakis on"


def join_adjacent_people(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """ "General Mahamt Idriss" + "Deby Itno": two unkeyed person spans written tight after a title are one name
    (a misspelt first name the model did not tag with the rest); "General Emad-Eddin" + "Eddin Mustafa Adawi": a
    hyphenated given name whose last part the model gave to the rest of the name is one name too."""
    people = {m.start: m for m in mentions if m.kind is Kind.OFFICIAL and m.role == "person" and m.key is None}
    titles = title_words()[0]
    gone = set()
    for m in sorted(people.values(), key=lambda m: m.start):
        if honour_only(doc, m.start, m.end):
            gone.add(id(m))  # "Prime Minister Datuk Seri" + "Amran Kadir": the honour is no name and no part of it
            continue
        nxt = people.get(m.end)
        if nxt is None and m.end - m.start >= 3 and doc[m.end - 2].text in _HYPHENS and not doc[m.end - 2].whitespace_:
            nxt = people.get(m.end - 1)  # the hyphenated word's last part opens the next span
        if nxt is None or id(nxt) == id(m) or id(m) in gone or m.start == 0 or doc[m.start - 1].lower_ not in titles:
            continue
        if doc[m.end - 1].whitespace_ != " " or not doc[m.end - 1].is_alpha:
            continue
        m.end = nxt.end
        gone.add(id(nxt))
    return [m for m in mentions if id(m) not in gone] if gone else mentions
