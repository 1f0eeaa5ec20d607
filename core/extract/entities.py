"""Entities of one parsed document: spaCy's names checked against general knowledge and news conventions.

Steps: (1) page furniture (bylines, photo credits, "Follow ... on Twitter") is set aside; (2) candidates come from
ship cues, known countries/bodies/outlets, organisation name patterns and spaCy's labels, longest and surest first;
(3) each is typed (a capital only where it stands for its government); (4) mentions are clustered inside the
document: surnames and first names to the full name, acronyms to their long forms, "the Panel" to its body.
Every mention keeps exact offsets: trimming "the", titles or "'s" only makes a span shorter.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from core.extract.coref import (
    Cluster,
    Mention,
    alias_mentions,
    cluster_parties,
    cluster_people,
    display_name,
    surname_mentions,
)
from core.extract.kb import Term, knowledge, lexicon_set, lookup
from core.extract.vessels import find_vessel_names, repeated
from core.model import Kind, LocalEntity, Span

_POSSESSIVE = {"'s", "’s", "'", "’", "s'"}
_BLOCKER_LABELS = {"FAC", "LOC", "EVENT", "WORK_OF_ART", "LAW"}
_SENTENCE_END = re.compile(r"[.!?\"”:]\s*$")


# ---------------------------------------------------------------- lexicon helpers


@cache
def _titles() -> tuple[frozenset[str], int, frozenset[str]]:
    titles = lexicon_set("titles", fold=True)
    return titles, max(len(t.split()) for t in titles), frozenset(t.split()[0] for t in titles)


@cache
def _furniture() -> list[re.Pattern]:
    return [re.compile(p) for p in knowledge().lexicon["furniture_lines"]]


def _is_cap(tok) -> bool:
    return tok.is_title or (tok.is_upper and tok.is_alpha and len(tok) > 1)


def title_tokens(doc: Doc) -> list[bool]:
    """Tokens that belong to a title phrase ("Secretary of State", "Foreign Minister") standing before a name."""
    title_words, longest, first_words = _titles()
    marked = [False] * len(doc)
    i = 0
    lowered = [t.lower_ for t in doc]
    while i < len(doc):
        if lowered[i] not in first_words:
            i += 1
            continue
        for n in range(min(longest, len(doc) - i), 0, -1):
            if doc[i : i + n].text.casefold() in title_words and (n > 1 or (i + 1 < len(doc) and _is_cap(doc[i + 1]))):
                for t in range(i, i + n):
                    marked[t] = True
                i += n - 1
                break
        i += 1
    return marked


def _strip(doc: Doc, start: int, end: int, titles: list[bool] | None = None) -> tuple[int, int]:
    """Drop a leading article (and, for people, title words) and a trailing possessive or punctuation."""
    changed = True
    while changed and start < end:
        changed = False
        if doc[start].lower_ in {"the", "a", "an"} or doc[start].is_punct or doc[start].is_space:
            start, changed = start + 1, True
            continue
        if titles is not None and titles[start] and end - start > 1:
            start, changed = start + 1, True
    while end > start and (doc[end - 1].text in _POSSESSIVE or doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return start, end


# ---------------------------------------------------------------- page furniture


def furniture_ranges(text: str) -> list[tuple[int, int]]:
    """Character ranges of lines that are page furniture, not article text: bylines, credits, share prompts."""
    ranges: list[tuple[int, int]] = []
    pos, header, seen_title = 0, True, False
    for line in text.splitlines(keepends=True):
        body = line.strip()
        start, end = pos, pos + len(line)
        pos = end
        if not body:
            continue
        if not seen_title:
            seen_title = True
            continue
        if any(p.search(body) for p in _furniture()):
            ranges.append((start, end))
            continue
        if header and len(body.split()) <= 5 and not _SENTENCE_END.search(body):
            ranges.append((start, end))  # a byline between the title and the article
            continue
        if len(body.split()) >= 12:
            header = False
    return ranges


def title_range(text: str) -> tuple[int, int]:
    """The first line, when more text follows it (a text of one line has no headline)."""
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    if end < 0 or not text[end:].strip():
        return start, start
    return start, end


# ---------------------------------------------------------------- candidate sources


def _known_terms(doc: Doc) -> list[Mention]:
    """Known countries, demonyms, capitals, bodies and outlets, as exact token runs (longest first)."""
    first_words = _first_words()
    out: list[Mention] = []
    for i, tok in enumerate(doc):
        if tok.text in first_words:
            for n in range(min(8, len(doc) - i), 0, -1):
                term = lookup(doc[i : i + n].text)
                if term is not None:
                    out.append(_from_term(i, i + n, term))
                    break
        if "-" in tok.text and not tok.text.startswith("-"):
            # "U.S.-sanctioned", "Cuba-based": the country part of a hyphenated word
            head = tok.text.split("-", 1)[0]
            term = lookup(head)
            if term is not None and term.kind is Kind.STATE and term.role != "block":
                out.append(_from_term(i, i + 1, term, chars=(tok.idx, tok.idx + len(head))))
    return out


@cache
def _first_words() -> frozenset[str]:
    return frozenset(form.split()[0] for form in knowledge().terms)


def _from_term(start: int, end: int, term: Term, chars: tuple[int, int] | None = None) -> Mention:
    tier = 4 if term.kind is Kind.PARTY else 3
    return Mention(start, end, term.kind, term.name, tier, term.role, chars=chars)


def _org_patterns(doc: Doc) -> list[Mention]:
    """Capitalised names ending in an organisation word ("National Intelligence Service", "Ministry of X")."""
    heads = lexicon_set("org_heads")
    out: list[Mention] = []
    for i, tok in enumerate(doc):
        if tok.text not in heads or not _is_cap(tok):
            continue
        j = i
        while j > 0 and (_is_cap(doc[j - 1]) or (doc[j - 1].text in _POSSESSIVE and j > 1 and _is_cap(doc[j - 2]))):
            if doc[j - 1].is_sent_start and doc[j - 1].lower_ == "the":
                break
            j -= 1
        k = i + 1
        if k + 1 < len(doc) and doc[k].lower_ in {"of", "for"}:  # "Ministry of ...", "Institute for ..."
            t = k + 1
            if doc[t].lower_ == "the":
                t += 1
            e = t
            while e < len(doc) and (
                _is_cap(doc[e])
                or (doc[e].lower_ == "and" and e + 1 < len(doc) and _is_cap(doc[e + 1]))
                or (doc[e].text in _POSSESSIVE and e > t)
            ):
                e += 1
            while e > t and (doc[e - 1].lower_ == "and" or doc[e - 1].text in _POSSESSIVE):
                e -= 1
            tail = doc[t:e]
            # "Ministry of the Armed Forces" is one name; "Presidium of the Political Bureau" is two bodies
            if e > t and ((tok.text in lexicon_set("of_heads") and not _is_body_name(tail)) or not _is_org_name(tail)):
                k = e
        out.append(Mention(j, k, Kind.PARTY, None, 3, "org"))
    for i, tok in enumerate(doc):
        # "the Trump administration": a leader's surname and the lower-case word
        if tok.lower_ == "administration" and i > 0 and doc[i - 1].pos_ == "PROPN" and _is_cap(doc[i - 1]):
            j = i - 1
            while j > 0 and doc[j - 1].pos_ == "PROPN" and _is_cap(doc[j - 1]) and i - j < 3:
                j -= 1
            out.append(Mention(j, i + 1, Kind.PARTY, None, 3, "org"))
    return out


def _is_body_name(span: SpacySpan) -> bool:
    """A tail that names a body of its own even after "Ministry of": a known body or an acronym."""
    term = lookup(span.text)
    return (term is not None and term.kind is Kind.PARTY) or any(t.is_upper and len(t) > 1 and t.is_alpha for t in span)


def _is_org_name(span: SpacySpan) -> bool:
    """Is this "of ..." tail an organisation of its own (then it is not part of the name before it)?"""
    heads = lexicon_set("org_heads")
    term = lookup(span.text)
    if term is not None and term.kind is Kind.PARTY:
        return True
    return any(t.text in heads for t in span) or any(t.is_upper and len(t) > 1 and t.is_alpha for t in span)


def _ministry_mentions(doc: Doc) -> list[Mention]:
    """Lower-case "foreign ministry" after a country word: the ministry of that country."""
    adjectives = knowledge().lexicon["ministry_adjectives"]
    out = []
    for i, tok in enumerate(doc):
        if tok.lower_ == "ministry" and i > 0 and doc[i - 1].lower_ in adjectives and doc[i - 1].is_lower:
            start = i - 1
            for n in (2, 1):
                term = lookup(doc[max(0, start - n) : start].text)
                if start - n >= 0 and term is not None and term.kind is Kind.STATE and term.role != "block":
                    start -= n
                    break
            m = Mention(start, i + 1, Kind.PARTY, None, 3, "ministry")
            m.name = f"Ministry of {adjectives[doc[i - 1].lower_]}"
            out.append(m)
    return out


def _vessels(doc: Doc) -> list[Mention]:
    out = []
    names = {s.text for s in find_vessel_names(doc)}
    for name in names:
        for start, end in repeated(doc, name):
            span = doc.char_span(start, end)
            if span is not None:
                out.append(Mention(span.start, span.end, Kind.VESSEL, name, 6, "name"))
    return out


# ---------------------------------------------------------------- selection and typing


def _select(candidates: list[Mention], taken: list[bool]) -> list[Mention]:
    """Greedy, longest then surest first; a blocker (a place or building) claims tokens and yields nothing."""
    chosen = []
    for m in sorted(candidates, key=lambda m: (-(m.end - m.start), -m.tier, m.start)):
        if m.end <= m.start or any(taken[m.start : m.end]):
            continue
        for t in range(m.start, m.end):
            taken[t] = True
        if m.role != "block":
            chosen.append(m)
    return chosen


def _trim_org(doc: Doc, m: Mention) -> list[Mention]:
    """An organisation name without its article, and with a leading owner split off as its own mention.

    "North Korean Ministry of Foreign Affairs" and "Russia's Pacific Fleet" give the country and the body; a name
    that English writes with its country ("Chinese Communist Party", "U.S. Marshals Service") stays whole.
    """
    start, end = _strip(doc, m.start, m.end)
    out: list[Mention] = []
    heads = lexicon_set("org_heads")
    for p in range(start + 1, end - 1):
        # "Treasury's Office of ...", "the Justice Department's National Security Division": two bodies
        if doc[p].text in _POSSESSIVE:
            term = lookup(doc[start:p].text)
            if term is not None and term.kind is Kind.PARTY:
                out.append(Mention(start, p, Kind.PARTY, term.name, 4, term.role))
                start = p + 1
            elif term is None and doc[p - 1].text in heads:
                out.append(Mention(start, p, Kind.PARTY, None, 3, "org"))
                start = p + 1
            break
    for n in range(min(4, end - start - 1), 0, -1):
        term = lookup(doc[start : start + n].text)
        if term is None or term.kind is not Kind.STATE or term.role == "block":
            continue
        owned = start + n < end and doc[start + n].text in _POSSESSIVE
        base = _ministry_name(m.name or doc[start + n + owned : end].text)
        party = base.endswith(" Party") and " of " not in base
        if not owned and (term.role == "acronym" or party) and m.role != "ministry":
            if party:
                m.key = f"{base} of {term.name}"  # "Chinese Communist Party" is the Communist Party of China
            break
        out.append(Mention(start, start + n, Kind.STATE, term.name, 3, term.role))
        start += n + owned
        if base.startswith("Ministry ") or party:
            m.name = f"{base} of {term.name}"
        break
    # sub-organs: "Presidium of the X" is X here; "WPK Central Committee" is the WPK
    text = doc[start:end].text
    for prefix in knowledge().lexicon["sub_organ_prefixes"]:
        if text.startswith(prefix + " "):
            out.append(Mention(start, start + len(prefix.split()), Kind.PARTY, None, 0, "block"))
            start += len(prefix.split())
            text = doc[start:end].text
    for suffix in knowledge().lexicon["sub_organ_suffixes"]:
        n = len(suffix.split())
        if end - start > n and doc[end - n : end].text == suffix:
            out.append(Mention(end - n, end, Kind.PARTY, None, 0, "block"))
            end -= n
            while end > start and doc[end - 1].is_punct:
                end -= 1
            text = doc[start:end].text
    if text in lexicon_set("sub_organ_blocked") or start >= end:
        # a sub-organ named without its body: claim the words so spaCy's guess does not come back
        out.append(Mention(start, end, Kind.PARTY, None, 0, "block"))
        return out
    generic = lexicon_set("bare_heads") | lexicon_set("bare_heads_need_antecedent")
    if end - start == 1 and text in generic and m.role == "org":
        m.role = "bare"  # "the Panel": decided once the document's bodies are known
    out.append(Mention(start, end, Kind.PARTY, m.key, m.tier, m.role, m.name))
    return out


def _ministry_name(name: str) -> str:
    """ "Foreign Ministry" and "Ministry of Foreign Affairs" are one name."""
    words = name.split()
    adjectives = knowledge().lexicon["ministry_adjectives"]
    if len(words) == 2 and words[1] == "Ministry" and words[0].casefold() in adjectives:
        return f"Ministry of {adjectives[words[0].casefold()]}"
    return name


def _capital_is_place(doc: Doc, m: Mention) -> bool:
    """A capital named as a place ("in Havana, Cuba", "Havana's airport", "the streets of Havana")."""
    after = m.end
    if after + 1 < len(doc) and doc[after].text == ",":
        nxt = lookup(doc[after + 1].text) or lookup(doc[after + 1 : after + 3].text)
        if nxt is not None and nxt.kind is Kind.STATE and nxt.role == "name":
            return True
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


def _place_words(doc: Doc, ents: list[SpacySpan]) -> set[str]:
    """Names the text uses for a place or building ("the Vostochny Cosmodrome"), so "leaving Vostochny" is too."""
    words = set()
    for e in ents:
        if e.label_ in {"FAC", "LOC"} or _followed_by_facility(doc, e.end):
            first = e[1] if e[0].lower_ == "the" and len(e) > 1 else e[0]
            if first.is_title and lookup(first.text) is None:
                words.add(first.text)
    facilities = lexicon_set("facility_nouns")
    for i in range(len(doc) - 1):
        # "the Vostochny Cosmodrome", "José Martí Airport": a capitalised facility word ends a building's name
        if doc[i + 1].is_title and doc[i + 1].lower_ in facilities and doc[i].is_title and lookup(doc[i].text) is None:
            words.add(doc[i].text)
    return words


def _drop_capitals_as_places(doc: Doc, chosen: list[Mention]) -> list[Mention]:
    """Capitals stay only where they stand for a government; "to Algiers and Ankara" are both places."""
    places: set[int] = set()
    kept = []
    for m in sorted(chosen, key=lambda m: m.start):
        if m.role == "capital":
            conjunct = m.start > 1 and doc[m.start - 1].lower_ in {"and", ",", "or"} and (m.start - 2) in places
            if conjunct or _capital_is_place(doc, m):
                places.add(m.end - 1)
                continue
        kept.append(m)
    return kept


def _followed_by_facility(doc: Doc, end: int) -> bool:
    k = end
    while k < len(doc) and k - end < 2 and doc[k].is_lower and doc[k].pos_ == "ADJ":
        k += 1
    return k < len(doc) and doc[k].lower_ in lexicon_set("facility_nouns")


def _apposition(doc: Doc, end: int, nouns: frozenset[str]) -> bool:
    """ "Mahan Air, an Iranian airline", "X, a senior official": the apposition says what the name is."""
    if end + 2 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ not in {"a", "an", "the"}:
        return False
    k = end + 2
    while k < len(doc) and k - end < 6 and doc[k].pos_ in {"ADJ", "PROPN", "NOUN"} and doc[k].lower_ not in nouns:
        k += 1
    return k < len(doc) and doc[k].lower_ in nouns


def _org_apposition(doc: Doc, end: int) -> bool:
    return _apposition(doc, end, lexicon_set("org_nouns"))


def _role_apposition(doc: Doc, end: int) -> bool:
    return _apposition(doc, end, lexicon_set("role_nouns"))


def _has_head(span: SpacySpan) -> bool:
    heads = lexicon_set("org_heads")
    return any(t.text in heads for t in span)


def _person_shaped(span: SpacySpan) -> bool:
    heads = lexicon_set("org_heads")
    words = [t for t in span if not t.is_punct]
    return (
        1 <= len(words) <= 4
        and all(t.is_title for t in words)
        and not any(t.text in heads for t in words)
        and lookup(span.text) is None
    )


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


def _name_like(span: SpacySpan) -> bool:
    """Every word capitalised, bar the particles names carry ("de", "al-", "bin")."""
    hyphenated = {t.i + 1 for t in span if t.text in {"-", "\u2010"}}  # "Jong-un": the part after a hyphen
    return all(t.is_title or t.is_upper or t.lower_ in _CONNECTORS or t.i in hyphenated for t in span) and any(
        t.is_title for t in span
    )


def _place_context(doc: Doc, start: int, end: int) -> bool:
    """ "in Vladivostok", "towed to Pago Pago, where": a place spaCy took for a person."""
    if end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ == "where":
        return True
    possessive = end < len(doc) and doc[end].text in _POSSESSIVE
    return start > 0 and doc[start - 1].lower_ in {"in", "at", "near", "into"} and not possessive


def _person_start(doc: Doc, start: int, taken: list[bool]) -> int:
    """A Korean family name just before a name spaCy cut short belongs to it ("Choe Ryong Hae")."""
    if (
        start > 0
        and not taken[start - 1]
        and doc[start - 1].text in lexicon_set("korean_surnames")
        and not doc[start - 1].is_sent_start
    ):
        return start - 1
    return start


def _korean_names(doc: Doc, ents: list[SpacySpan]) -> list[Mention]:
    """Family name + two-syllable given name ("Choe Ryong Hae", "Jo Song-gil"), which the model often misses."""
    surnames = lexicon_set("korean_surnames")
    first_words = _first_words()
    in_person = {t for e in ents if e.label_ == "PERSON" for t in range(e.start, e.end)}
    out = []
    for i in range(len(doc) - 2):
        if doc[i].text not in surnames or i in in_person:
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
            or a.text in first_words
            or b.text in first_words
            or any(t in in_person for t in range(i, end))
        ):
            continue
        out.append(Mention(i, end, Kind.OFFICIAL, None, 1, "person"))
    return out


def _person_end(doc: Doc, end: int, taken: list[bool]) -> int:
    """A second surname spaCy left out ("Bruno Rodríguez Parrilla"), or a part after a non-breaking space."""
    nxt = end + 1 if end + 1 < len(doc) and doc[end].is_space and "\n" not in doc[end].text else end
    if (
        nxt < len(doc)
        and not taken[nxt]
        and doc[nxt].is_title
        and doc[nxt].is_alpha
        and (doc[nxt].pos_ == "PROPN" or nxt > end)
        and (doc[nxt].ent_type_ in {"", "PERSON"} or _korean_given(doc, end, nxt))
        and lookup(doc[nxt].text) is None
    ):
        return nxt + 1
    return end


def _korean_given(doc: Doc, end: int, nxt: int) -> bool:
    """The last syllable of a Korean given name ("Choe Son" + "Hui"), whatever label the model gave it."""
    return end >= 2 and doc[end - 2].text in lexicon_set("korean_surnames") and len(doc[nxt]) <= 4


def _from_spacy(doc: Doc, ents: list[SpacySpan], taken: list[bool], titles: list[bool]) -> list[Mention]:
    """spaCy's PERSON/ORG/GPE/NORP names not already claimed, typed by their shape and context."""
    non_entities = lexicon_set("non_entities")
    modifiers = lexicon_set("person_modifier_nouns")
    out = []
    for ent in ents:
        if ent.label_ not in {"PERSON", "ORG", "GPE", "NORP"}:
            continue
        people_like = titles if ent.label_ in {"PERSON", "ORG", "GPE"} else None
        start, end = _strip(doc, ent.start, ent.end, people_like)
        while start < end and taken[start]:
            start += 1
        while end > start and taken[end - 1]:
            end -= 1
        start, end = _strip(doc, start, end, people_like)
        while start < end and doc[start].is_lower:
            start += 1
        while end > start and doc[end - 1].is_lower:
            end -= 1
        if start >= end or any(taken[start:end]):
            continue
        span = doc[start:end]
        if all(titles[start:end]):
            continue  # "State" of "Secretary of State"
        if span.text in non_entities or not any(c.isupper() for c in span.text):
            continue
        if _followed_by_facility(doc, end) or (end < len(doc) and doc[end].lower_ in modifiers):
            continue
        if start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in lexicon_set("place_nouns"):
            continue  # "the island of Crete": a place
        org_noun_before = (start > 0 and doc[start - 1].lower_ in lexicon_set("org_nouns")) or _org_apposition(doc, end)
        if ent.label_ in {"PERSON", "GPE"} and not _name_like(span):
            continue
        if not _has_head(span) and lookup(span.text) is None and _place_context(doc, start, end):
            continue
        if (
            ent.label_ == "ORG"
            and not _has_head(span)
            and lookup(span.text) is None
            and start > 0
            and doc[start - 1].lower_ in lexicon_set("place_prepositions")
        ):
            continue  # "protests in Santiago": a place the model took for a body
        if org_noun_before and ent.label_ in {"PERSON", "ORG"}:
            out.append(Mention(start, end, Kind.PARTY, None, 1, "org"))  # "the rights group Cubalex"
        elif ent.label_ == "PERSON" or (ent.label_ == "ORG" and len(span) > 1 and _person_shaped(span)):
            out.append(
                Mention(
                    _person_start(doc, start, taken), _person_end(doc, end, taken), Kind.OFFICIAL, None, 2, "person"
                )
            )
        elif ent.label_ == "ORG" and len(span) == 1 and start > 0 and titles[start - 1] and span[0].is_title:
            out.append(Mention(start, end, Kind.OFFICIAL, None, 2, "person"))  # "Secretary Pompeo"
        elif ent.label_ == "ORG":
            if len(span) == 1 and span[0].text in lexicon_set("org_heads"):
                continue  # a bare "Party": only the pattern rule with its article may use it
            out.append(Mention(start, end, Kind.PARTY, None, 1, "org" if len(span) > 1 else "single"))
        elif ent.label_ == "GPE" and len(span) > 1 and _role_apposition(doc, end):
            out.append(Mention(start, end, Kind.OFFICIAL, None, 2, "person"))  # "Tareq Salem, a senior official"
        elif ent.label_ == "GPE" and len(span) == 1 and span[0].is_title:
            out.append(Mention(start, end, Kind.OFFICIAL, None, 1, "maybe-surname"))
    return out


def _acronym_mentions(doc: Doc, taken: list[bool]) -> list[Mention]:
    """Bracketed acronyms right after a name ("(KCNA)") that nothing else claimed."""
    out = []
    for i in range(1, len(doc) - 1):
        t = doc[i]
        bracketed = doc[i - 1].text == "(" and doc[i + 1].text == ")"
        if bracketed and not taken[i] and t.is_upper and len(t.text.replace(".", "")) >= 2:
            out.append(Mention(i, i + 1, Kind.PARTY, None, 1, "single"))
    return out


# ---------------------------------------------------------------- entry point


def find_entities(doc: Doc) -> list[LocalEntity]:
    """The document's STATE/PARTY/OFFICIAL/VESSEL entities, each with every mention's exact span."""
    text = doc.text
    n = len(doc)
    taken = [False] * n
    furniture = furniture_ranges(text)
    for start, end in furniture:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            for t in range(span.start, span.end):
                taken[t] = True

    ents = list(doc.ents)
    blockers = []
    for ent in ents:
        if ent.label_ in _BLOCKER_LABELS:
            s, e = _strip(doc, ent.start, ent.end)
            if e - s == 1 and ent.label_ == "LOC":
                continue  # "the South": too little to hide a name inside
            blockers.append(Mention(s, e, Kind.STATE, None, 0, "block"))
    organisations: list[Mention] = []
    for m in _org_patterns(doc) + _ministry_mentions(doc):
        organisations.extend(_trim_org(doc, m))
    candidates = _vessels(doc) + _known_terms(doc) + organisations + blockers
    titles = title_tokens(doc)
    for e in ents:
        if e.label_ == "PERSON" and len(e) > 1:
            s, t = _strip(doc, e.start, e.end, titles)
            if (
                t - s > 1
                and doc[s:t].text not in lexicon_set("non_entities")
                and _name_like(doc[s:t])
                and not _place_context(doc, s, t)
                and not _org_apposition(doc, t)
            ):
                start, end = _person_start(doc, s, taken), _person_end(doc, t, taken)
                candidates.append(Mention(start, end, Kind.OFFICIAL, None, 2, "person"))
        elif e.label_ == "ORG" and len(e) > 2:
            # "Petróleos de Venezuela": a country at the end of a name joined by "de"/"of" belongs to the name
            s, t = _strip(doc, e.start, e.end)
            if t - s > 2 and doc[t - 2].lower_ in {"de", "del", "of", "for"} and lookup(doc[t - 1].text):
                # after "in" it is a town ("in Santiago de Cuba"): it still hides the country word inside it
                place = e.start > 0 and doc[e.start - 1].lower_ in lexicon_set("place_prepositions")
                candidates.append(Mention(s, t, Kind.PARTY, None, 1, "block" if place else "org"))
    candidates += _korean_names(doc, ents)
    chosen = _select(candidates, taken)
    places = _place_words(doc, ents)
    chosen += [m for m in _from_spacy(doc, ents, taken, titles) if doc[m.start : m.end].text not in places]
    for m in chosen:
        for t in range(m.start, m.end):
            taken[t] = True
    chosen += _acronym_mentions(doc, taken)

    chosen = _drop_capitals_as_places(doc, chosen)

    def chars(m: Mention) -> tuple[int, int]:
        if m.chars is not None:
            return m.chars
        return doc[m.start].idx, doc[m.end - 1].idx + len(doc[m.end - 1])

    def text_of(m: Mention) -> str:
        a, b = chars(m)
        return text[a:b]

    # the title is set in Title Case, where spaCy guesses wildly: keep what the article itself confirms
    t_start, t_end = title_range(text)
    body = text[t_end:]
    chosen = [m for m in chosen if not (t_start <= chars(m)[0] < t_end) or m.key is not None or text_of(m) in body]

    people = cluster_people(doc, chosen, text_of)
    alias_mentions(doc, people, chars)
    surname_mentions(doc, people, taken, text_of)
    parties = cluster_parties(doc, chosen, text_of, taken)
    states: dict[str, Cluster] = {}
    vessels: dict[str, Cluster] = {}
    for m in chosen:
        if m.kind is Kind.STATE and m.key:
            states.setdefault(m.key, Cluster(Kind.STATE, m.key, name=m.key)).mentions.append(m)
        elif m.kind is Kind.VESSEL and m.key:
            vessels.setdefault(m.key, Cluster(Kind.VESSEL, m.key, name=m.key)).mentions.append(m)

    entities: list[tuple[int, LocalEntity]] = []
    for c in [*states.values(), *parties, *people, *vessels.values()]:
        spans = sorted({chars(m) for m in c.mentions})
        if not spans:
            continue
        mentions = [Span(a, b, text[a:b]) for a, b in spans]
        entities.append((spans[0][0], LocalEntity(name=display_name(c, mentions), kind=c.kind, mentions=mentions)))
    _anaphoric_ship(doc, entities, taken)
    return [e for _, e in sorted(entities, key=lambda p: p[0])]


def _anaphoric_ship(doc: Doc, entities: list[tuple[int, LocalEntity]], taken: list[bool]) -> None:
    """'the ship'/'the vessel' after the only named ship in the document refers back to it."""
    ships = [e for _, e in entities if e.kind is Kind.VESSEL]
    if len(ships) != 1:
        return
    ship = ships[0]
    first = min(m.start for m in ship.mentions)
    nouns = {"ship", "vessel", "freighter", "tanker"}
    for i in range(1, len(doc)):
        t = doc[i]
        if t.lower_ in nouns and doc[i - 1].lower_ == "the" and t.idx > first and not taken[i]:
            ship.mentions.append(Span(t.idx, t.idx + len(t), t.text))
    ship.mentions.sort(key=lambda s: s.start)
