"""Places and equipment that the model takes for people or bodies: seas, shoals and straits, towns, aircraft and arms.

"Scarborough Shoal", "the Channel", "Bajo de Masinloc": a geographic word ends (or opens) the name. "Bandar Abbas,
Iran" and "the port of Ust-Luga": a town. "a Lynx helicopter", "Kalibr cruise missiles", "a Kilo-class submarine":
a model of aircraft, ship or weapon. These claim their words so that no rule makes an entity of them.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from core.extract.capital_things import capital_names_a_thing
from core.extract.coref import Mention
from core.extract.kb import knowledge, lexicon_set, lookup
from core.extract.nlp import doc_column, doc_tokens, span_text
from core.extract.venues import games_venue
from core.model import Kind

_POSSESSIVE = {"'s", "\u2019s", "'", "\u2019", "s'"}

_SEA_HEADS = {"Gulf", "Sea", "Strait", "Straits", "Bay", "Isle", "Islands", "Island"}
_PARTICLES = {"de", "del", "la", "el", "al", "-", "\u2010"}


@cache
def _equipment() -> tuple[frozenset[str], int, frozenset[str]]:
    words = lexicon_set("equipment_nouns", fold=True)
    return words, max(len(w.split()) for w in words), frozenset(w.split()[0].split("-")[0] for w in words)


def _equipment_at(doc: Doc, i: int) -> bool:
    """Does an equipment noun phrase ("helicopter", "cruise missiles", "air defence system") start at ``i``?"""
    words, longest, first = _equipment()
    if not doc[i].is_lower or doc[i].lower_ not in first:
        return False
    return any(i + n <= len(doc) and span_text(doc, i, i + n).casefold() in words for n in range(longest, 0, -1))


def _model_token(tok) -> bool:
    """A word of a model's name: "Lynx", "MH-60", "TB2", "Su", "35", "-"."""
    digits = any(c.isdigit() for c in tok.text)
    return tok.is_title or tok.is_upper or tok.like_num or tok.text in {"-", "\u2010"} or digits


def _blocks_before_equipment(doc: Doc) -> list[Mention]:
    """ "a Lynx helicopter", "Bayraktar TB2 drones", "two MH-60 Seahawk helicopters", "Kilo-class submarine"."""
    out = []
    first = _equipment()[2]
    lowered = doc_column(doc, "lower_")
    for i in range(1, len(doc)):
        if lowered[i] != "class" and lowered[i] not in first:
            continue  # neither "-class" nor an equipment word can start here: the cheap test first
        k = i
        if doc[i].lower_ == "class" and i >= 2 and doc[i - 1].text in {"-", "\u2010"}:
            k = i - 1  # "Kilo-class"
        elif not _equipment_at(doc, i):
            continue
        j = k
        heads = lexicon_set("org_heads")
        while (
            j > 0
            and k - j < 4
            and _model_token(doc[j - 1])
            and not doc[j - 1].is_stop
            and lookup(doc[j - 1].text) is None
            and doc[j - 1].text not in heads
        ):
            j -= 1  # "a Royal Navy helicopter", "Iranian drones": the owner is not part of the model's name
        while j < k and not (doc[j].is_title or doc[j].is_upper or any(c.isdigit() for c in doc[j].text)):
            j += 1
        if j >= k:
            continue
        out.append(Mention(j, k, Kind.STATE, None, 0, "block"))
    return out


def place_blocks(doc: Doc) -> list[Mention]:
    """Capitalised names of seas, straits, shoals and islands, and models of equipment: never entities."""
    tails = lexicon_set("place_tails")
    leads = lexicon_set("place_leads")
    out = _blocks_before_equipment(doc)
    words = doc_column(doc, "text")
    for i, tok in ((i, doc[i]) for i, w in enumerate(words) if w in tails):
        if tok.text not in tails or not tok.is_title:
            continue
        if i + 2 < len(doc) and doc[i + 1].lower_ == "of" and doc[i + 2].is_title and doc[i].text in _SEA_HEADS:
            k = i + 2
            while k < len(doc) and k - i < 5 and doc[k].is_title:
                k += 1
            out.append(Mention(i, k, Kind.STATE, None, 5, "block"))  # "the Gulf of Oman": a sea, not Oman
            continue
        j = i
        while j > 0 and i - j < 4 and (doc[j - 1].is_title or doc[j - 1].lower_ in {"de", "del"}):
            j -= 1
        while j < i and doc[j].lower_ in {"de", "del"}:
            j += 1
        if j < i and doc[j].is_sent_start and doc[j].lower_ == "the":
            j += 1
        if j == i and not (i > 0 and doc[i - 1].lower_ == "the"):
            continue  # a bare "Sea" or "Bank" opening a name of something else
        if i + 1 < len(doc) and doc[i + 1].is_title and doc[i + 1].text not in tails:
            continue  # "Clarksons Sea Live": the name goes on, it is not a sea's
        if any(t.text in lexicon_set("org_heads") for t in doc[j:i]) or lookup(doc[j : i + 1].text) is not None:
            continue
        out.append(Mention(j, i + 1, Kind.STATE, None, 5, "block"))  # wins over a person of the same length
    for i, tok in ((i, doc[i]) for i, w in enumerate(words) if w in leads):
        if tok.text in leads and i + 1 < len(doc) and (doc[i + 1].is_title or doc[i + 1].lower_ in _PARTICLES):
            k = i + 1
            while k < len(doc) and k - i < 5 and (doc[k].is_title or doc[k].lower_ in _PARTICLES):
                k += 1  # "Bab el-Mandeb", "Bajo de Masinloc"
            out.append(Mention(i, k, Kind.STATE, None, 0, "block"))
    return out


def town_context(doc: Doc, start: int, end: int) -> bool:
    """ "Bandar Abbas, Iran" (a name then its country), "the port of Ust-Luga": a town, not a person."""
    if any(t.lower_ == "of" or t.text in lexicon_set("company_tails") for t in doc_tokens(doc)[start:end]):
        return False  # "Smart Tankers of Piraeus, Greece": a firm and where it sits
    if end + 1 < len(doc) and doc[end].text == ",":
        nxt = lookup(doc[end + 1].text) or (lookup(doc[end + 1 : end + 3].text) if end + 2 < len(doc) else None)
        width = 1 if lookup(doc[end + 1].text) else 2
        after = doc[end + 1 + width] if end + 1 + width < len(doc) else None
        if nxt is not None and nxt.kind is Kind.STATE and nxt.role == "name" and (after is None or after.is_punct):
            return True  # "Bandar Abbas, Iran," but not "Kim, North Korea's leader"
    return start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in lexicon_set("place_nouns")


_HYPHENS = {"-", "\u2010", "\u2011"}
# words after a capital's hyphen that make it the city: its stock exchange, its clock, a firm's registry (spaced,
# they are the state's verbs: "Washington listed the group", "Beijing registered a protest")
_PLACE_TAILS = frozenset({"listed", "time", "headquartered", "registered"})
_CLOCK_MARKS = frozenset({"a.m.", "p.m.", "am", "pm", "gmt", "utc", "hours", "hrs"})


def capital_is_place(doc: Doc, m: Mention) -> bool:
    """A capital named as a place ("in Havana, Cuba", "Havana's airport", "the streets of Havana", "the Tokyo 2020
    Games")."""
    after = m.end
    if games_venue(doc, m.start, after):
        return True
    if after + 1 < len(doc) and doc[after].text == ",":
        nxt = lookup(doc[after + 1].text) or lookup(doc[after + 1 : after + 3].text)
        if nxt is not None and nxt.kind is Kind.STATE and nxt.role == "name":
            return True
    if after + 1 < len(doc) and doc[after].text in _HYPHENS and doc[after + 1].lower_ in _PLACE_TAILS:
        return True  # "London-listed": where a firm is listed
    if after < len(doc) and doc[after].lower_ == "time":
        closed = after + 1 < len(doc) and doc[after + 1].text == ")"
        clock = m.start > 0 and (doc[m.start - 1].like_num or doc[m.start - 1].lower_ in _CLOCK_MARKS)
        if closed or clock:
            return True  # "(Seoul time)", "7:30 p.m. Ottawa time": a clock's zone ("Seoul time and again" is not)
    k = after
    if k < len(doc) and doc[k].text in _POSSESSIVE:
        k += 1
    while k < len(doc) and k - after < 3 and doc[k].pos_ in {"ADJ", "PROPN"}:
        k += 1
    if k < len(doc) and doc[k].lower_ in lexicon_set("facility_nouns"):
        return True
    if (
        m.start >= 2
        and doc[m.start - 1].lower_ in {"in", "at", "near"}
        and doc[m.start - 2].lower_ in lexicon_set("facility_nouns")
    ):
        return True  # "the embassy in Rome", "an airport in Havana"
    before = doc[max(0, m.start - 2) : m.start].text.casefold()
    if any(before.endswith(p) for p in lexicon_set("place_prepositions_before", fold=True)):
        return True
    prev = doc[m.start - 1].lower_ if m.start > 0 else ""
    if prev == "to" and m.start > 1 and doc[m.start - 2].lower_ in lexicon_set("relation_words_before_to"):
        return False  # "close ties to Pyongyang": the government
    return prev in lexicon_set("locative_prepositions")  # "a summit in Hanoi", "flew to Havana"


def place_words(doc: Doc, ents: list[SpacySpan]) -> set[str]:
    """Names the text uses for a place or building ("the Vostochny Cosmodrome"), so "leaving Vostochny" is too."""
    words = set()
    bodies = _named_bodies(doc)
    for e in ents:
        if e.label_ in {"FAC", "LOC"} or followed_by_facility(doc, e.end):
            first = e[1] if e[0].lower_ == "the" and len(e) > 1 else e[0]
            if first.is_title and lookup(first.text) is None and first.text not in bodies:
                words.add(first.text)
    facilities = lexicon_set("facility_nouns")
    for i in (i for i, w in enumerate(doc_column(doc, "lower_")[1:]) if w in facilities):
        # "the Vostochny Cosmodrome", "José Martí Airport": a capitalised facility word ends a building's name
        if doc[i + 1].is_title and doc[i + 1].lower_ in facilities and doc[i].is_title and lookup(doc[i].text) is None:
            words.add(doc[i].text)
    # a town the model reads as a place somewhere ("the port city of Vladivostok", "in Vladivostok") is a place in
    # "the Vladivostok summit" too, unless it is part of a person's full name in the text
    in_names = {t.text for e in ents if e.label_ == "PERSON" and len(e) > 1 for t in e}
    place_nouns = lexicon_set("place_nouns")
    for e in ents:
        if e.label_ != "GPE" or len(e) != 1 or e.text in in_names or lookup(e.text) is not None:
            continue
        after_place_noun = e.start >= 2 and doc[e.start - 1].lower_ == "of" and doc[e.start - 2].lower_ in place_nouns
        based = e.end + 1 < len(doc) and doc[e.end].text == "-" and doc[e.end + 1].lower_ in {"based", "registered"}
        if after_place_noun or based or place_context(doc, e.start, e.end):
            words.add(e.text)
    return words


def _named_bodies(doc: Doc) -> set[str]:
    """Words the text names as a body right after a lower-case body noun ("Vexlandic group Norvatom", "the mining
    company Tarvex"): the model's place tag on that word elsewhere ("in which Norvatom holds a stake") is wrong."""
    nouns = lexicon_set("org_nouns")
    lower = doc_column(doc, "lower_")
    return {
        doc[i + 1].text
        for i in range(len(doc) - 1)
        if lower[i] in nouns and doc[i].is_lower and doc[i + 1].is_title and not doc[i + 2 : i + 3].text[:1].isupper()
    }


def drop_capitals_as_places(doc: Doc, chosen: list[Mention]) -> list[Mention]:
    """Capitals stay only where they stand for a government; "to Algiers and Ankara" are both places."""
    places: set[int] = set()
    kept = []
    for m in sorted(chosen, key=lambda m: m.start):
        if m.role == "capital":
            conjunct = m.start > 1 and doc[m.start - 1].lower_ in {"and", ",", "or"} and (m.start - 2) in places
            if conjunct or capital_is_place(doc, m) or capital_names_a_thing(doc, m):
                places.add(m.end - 1)
                continue
            bloc = knowledge().lexicon["bloc_seats"].get(doc[m.start : m.end].text)
            if bloc is not None:
                m.kind, m.key, m.role = Kind.PARTY, bloc, "name"  # "the Brussels decision" is the EU's
        kept.append(m)
    return kept


def followed_by_facility(doc: Doc, end: int) -> bool:
    k, lowered, pos = end, doc_column(doc, "lower_"), doc_column(doc, "pos_")
    while k < len(doc) and k - end < 2 and doc_tokens(doc)[k].is_lower and pos[k] == "ADJ":
        k += 1
    return k < len(doc) and lowered[k] in lexicon_set("facility_nouns")


def place_context(doc: Doc, start: int, end: int) -> bool:
    """ "in Vladivostok", "towed to Pago Pago, where": a place spaCy took for a person."""
    if end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ == "where":
        return True
    if town_context(doc, start, end):
        return True
    possessive = end < len(doc) and doc[end].text in _POSSESSIVE
    if possessive or start == 0:
        return False
    if start > 2 and doc[start - 1].text in _POSSESSIVE and doc[start - 3].lower_ in {"in", "at", "near", "into", "to"}:
        term = lookup(doc[start - 2].text)
        if term is not None and term.kind is Kind.STATE:
            return True  # "stops at Iran's Bandar Abbas": a state's town
    before = doc[start - 1].lower_
    if before in {"from", "to"} and start > 1 and doc[start - 2].lower_ in lexicon_set("travel_words"):
        return True  # "a flight from Vladivostok"
    if before in {"and", "or"} and start > 2 and doc[start - 2].is_title:
        # "in Aleppo and Homs": the second of two places
        return doc[start - 3].lower_ in {"in", "at", "near", "into"}
    return before in {"in", "at", "near", "into"}


_PLACE_AFTER = frozenset({"area", "province", "region", "district", "island", "islands", "peninsula", "county"})


def _a_place(tok) -> bool:
    term = lookup(tok.text)
    return tok.ent_type_ in {"GPE", "LOC"} or (term is not None and term.kind is Kind.STATE)


def unknown_place(doc: Doc, start: int, end: int) -> bool:
    """An unknown headless name the text places: "Chubut province", "the Vrbetice area", "the island chain of X",
    "between X and Y", "close to X" (for a name spaCy read as a body)."""
    if lookup(span_text(doc, start, end)) is not None or any(
        t.text in lexicon_set("org_heads") for t in doc_tokens(doc)[start:end]
    ):
        return False
    if end < len(doc) and doc[end].is_lower and doc[end].lower_ in _PLACE_AFTER:
        return True
    if start >= 3 and doc[start - 1].lower_ == "of" and doc[start - 2].is_lower:
        return doc[start - 3].lower_ in lexicon_set("place_nouns")  # "the island chain of X", "the port town of X"
    if start >= 1 and doc[start - 1].lower_ == "between":
        return True
    if start >= 3 and doc[start - 1].lower_ == "and" and end - start == 1 and doc[start].is_title:
        # "between the island nation of Cyprus and X": the second of two places
        first = next((k for k in range(start - 2, max(0, start - 8), -1) if doc[k].lower_ == "between"), None)
        return first is not None and any(_a_place(t) for t in doc[first + 1 : start - 1])
    return start >= 2 and doc[start - 1].lower_ == "to" and doc[start - 2].lower_ in {"close", "next", "adjacent"}
