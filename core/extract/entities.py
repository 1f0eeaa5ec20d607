"""Entities of one parsed document: spaCy's names checked against general knowledge and news conventions.

Steps: (1) page furniture (bylines, photo credits, "Follow ... on Twitter") is set aside; (2) candidates come from
ship cues, known countries/bodies/outlets, organisation name patterns and spaCy's labels, longest and surest first;
(3) each is typed (a capital only where it stands for its government); (4) mentions are clustered inside the
document: surnames and first names to the full name, acronyms to their long forms, "the Panel" to its body.
Every mention keeps exact offsets: trimming "the", titles or "'s" only makes a span shorter.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from core.extract.coref import (
    Cluster,
    Mention,
    alias_mentions,
    bracketed_short_names,
    cluster_parties,
    cluster_people,
    display_name,
    ministry_form,
    people_named_as_bodies,
    surname_mentions,
)
from core.extract.firms import called_firms, is_firm, legal_form_firms, refine_firms
from core.extract.forces import join_short_forms, national_forces, numbered_units, operations, short_forms
from core.extract.furniture import furniture_ranges, heading_ranges
from core.extract.kb import Term, acronym_of, knowledge, lexicon_set, lookup
from core.extract.places import place_blocks, town_context
from core.extract.vessels import find_vessel_names, is_vessel_prefix, repeated
from core.model import Kind, LocalEntity, Span

_POSSESSIVE = {"'s", "’s", "'", "’", "s'"}
_DETERMINERS = {"the", "a", "an", "this", "that", "these", "those"}
_BLOCKER_LABELS = {"FAC", "LOC", "EVENT", "WORK_OF_ART", "LAW"}


# ---------------------------------------------------------------- lexicon helpers


@cache
def _titles() -> tuple[frozenset[str], int, frozenset[str]]:
    titles = lexicon_set("titles", fold=True)
    return titles, max(len(t.split()) for t in titles), frozenset(t.split()[0] for t in titles)


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
                _mark_portfolio(doc, i, i + n, marked)
                i += n - 1
                break
        i += 1
    return marked


def _mark_portfolio(doc: Doc, start: int, end: int, marked: list[bool]) -> None:
    """ "Energy Minister", "National Security Adviser": capitalised words before a title's head word are its portfolio
    (not a body, not a name), unless they name a country or a body ("Russian", "Party")."""
    if doc[end - 1].lower_ not in lexicon_set("title_portfolio_heads"):
        return
    heads = lexicon_set("org_heads")
    j = start
    while (
        j > 0
        and start - j < 3
        and doc[j - 1].is_title
        and doc[j - 1].is_alpha
        and doc[j - 1].text not in heads
        and lookup(doc[j - 1].text) is None
        and not doc[j - 1].is_stop
        and doc[j - 1].ent_type_ not in {"PERSON", "GPE", "NORP"}
    ):
        j -= 1
        marked[j] = True


def _strip(doc: Doc, start: int, end: int, titles: list[bool] | None = None) -> tuple[int, int]:
    """Drop a leading article (and, for people, title words) and a trailing possessive or punctuation."""
    changed = True
    while changed and start < end:
        changed = False
        if doc[start].lower_ in _DETERMINERS or doc[start].is_punct or doc[start].is_space:
            start, changed = start + 1, True
            continue
        if titles is not None and titles[start] and end - start > 1:
            start, changed = start + 1, True
    while end > start and (doc[end - 1].text in _POSSESSIVE or doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
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
                    rest = lookup(doc[i + 1 : i + n].text) if n > 1 and term.kind is Kind.PARTY else None
                    owner = lookup(tok.text) if rest is not None and rest.name == term.name else None
                    national = _national_body(doc, i, n, term)
                    if national is not None:
                        out.append(Mention(i, i + n, Kind.PARTY, national, 4, "name"))
                    elif owner is not None and owner.kind is Kind.STATE:
                        # "U.S. Treasury Department": the state, and the body as it is also written alone
                        out.append(_from_term(i, i + 1, owner))
                        out.append(_from_term(i + 1, i + n, term))
                    else:
                        known = _from_term(i, i + n, term)
                        if term.kind is Kind.PARTY and n > 1:
                            known.owner = _state_opening(doc, i, i + n)  # "UK Maritime Trade Operations"
                        out.append(known)
                    break
        if "-" in tok.text and not tok.text.startswith("-"):
            # "U.S.-sanctioned", "Cuba-based": the country part of a hyphenated word
            head = tok.text.split("-", 1)[0]
            term = lookup(head)
            if term is not None and term.kind is Kind.STATE and term.role != "block":
                out.append(_from_term(i, i + 1, term, chars=(tok.idx, tok.idx + len(head))))
    return out


def _state_opening(doc: Doc, start: int, end: int) -> Mention | None:
    """The state whose name or adjective opens a known body's name, as a mention of its own inside it."""
    for n in (2, 1):
        if start + n < end:
            term = lookup(doc[start : start + n].text)
            if term is not None and term.kind is Kind.STATE and term.role in {"name", "acronym", "demonym"}:
                return Mention(start, start + n, Kind.STATE, term.name, 3, term.role)
    return None


def _national_body(doc: Doc, i: int, n: int, term: Term) -> str | None:
    """ "Russia's Security Council" is Russia's own council, not the UN body the bare words usually name."""
    if term.kind is not Kind.PARTY or not term.name.startswith(("UN ", "United Nations")) or i < 2:
        return None
    if doc[i - 1].text not in _POSSESSIVE or doc[i].text in {"UN", "U.N."} or doc[i].text.startswith("United"):
        return None
    for width in (1, 2):
        state = lookup(doc[i - 1 - width : i - 1].text) if i - 1 - width >= 0 else None
        if state is not None and state.kind is Kind.STATE and state.role != "block":
            return f"{doc[i : i + n].text} of {state.name}"
    return None


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
        while j > 0 and (
            _is_cap(doc[j - 1])
            or (doc[j - 1].text in _POSSESSIVE and j > 1 and _is_cap(doc[j - 2]))
            or (_joined_hyphen(doc, j - 1) and _is_cap(doc[j - 2]))  # "Self-Defense Force"
        ):
            if doc[j - 1].is_sent_start and doc[j - 1].lower_ == "the":
                break
            j -= 1
        j = _official_state_name_start(doc, j, i)
        j = _joined_by_and(doc, j)
        k = i + 1
        if k < len(doc) and doc[k].is_digit and len(doc[k]) <= 3 and doc[i].whitespace_:
            k += 1  # "Office 39", "Unit 180": a numbered body
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
            place = e > t and doc[e - 1].text in lexicon_set("place_tails")  # "... Service of Odesa Oblast"
            # "Ministry of the Armed Forces" is one name; "Presidium of the Political Bureau" is two bodies
            if e > t and not place and (
                (tok.text in lexicon_set("of_heads") and not _is_body_name(tail)) or not _is_org_name(tail)
            ):
                k = e
        if k < len(doc) and doc[j : k + 1].text.casefold() in _titles()[0]:
            continue  # "Chief Cabinet" + "Secretary": a title, not a body
        out.append(Mention(j, k, Kind.PARTY, None, 3, "org"))
    for i, tok in enumerate(doc):
        # "the Trump administration": a leader's surname and the lower-case word
        if (
            tok.lower_ == "administration"
            and i > 0
            and doc[i - 1].pos_ == "PROPN"
            and _is_cap(doc[i - 1])
            and not _is_state_word(doc[i - 1].text)  # "the US administration" is the state
        ):
            j = i - 1
            while j > 0 and doc[j - 1].pos_ == "PROPN" and _is_cap(doc[j - 1]) and i - j < 3:
                j -= 1
            out.append(Mention(j, i + 1, Kind.PARTY, None, 3, "org"))
    return out


def _joined_by_and(doc: Doc, j: int) -> int:
    """ "the Police and Border Guard Board": two capitalised words joined by "and" after "the" open one name."""
    if j < 3 or doc[j - 1].lower_ != "and" or not _is_cap(doc[j - 2]) or lookup(doc[j - 2].text) is not None:
        return j
    k = j - 2
    while k > 0 and j - k < 5 and _is_cap(doc[k - 1]) and lookup(doc[k - 1].text) is None:
        k -= 1
    return k if k > 0 and doc[k - 1].lower_ == "the" and not doc[k].is_sent_start else j


def _official_state_name_start(doc: Doc, j: int, head: int) -> int:
    """ "Islamic Republic of Iran Navy": a state's long name with "of" inside opens the body's name."""
    for s in range(max(0, j - 4), j - 1):
        for e in range(j + 1, head + 1):
            term = lookup(doc[s:e].text)
            if term is not None and term.kind is Kind.STATE and " of " in doc[s:e].text:
                return s
    return j


def _joined_hyphen(doc: Doc, i: int) -> bool:
    """A hyphen written tight between two words ("Self-Defense")."""
    return i > 0 and doc[i].text in {"-", "\u2010"} and not doc[i - 1].whitespace_ and not doc[i].whitespace_


def _is_body_name(span: SpacySpan) -> bool:
    """A tail that names a body of its own even after "Ministry of": a known body, an acronym, or a party
    ("Munitions Industry Department of the Workers' Party of Korea" is two bodies)."""
    term = lookup(span.text)
    return (
        (term is not None and term.kind is Kind.PARTY)
        or any(t.is_upper and len(t) > 1 and t.is_alpha for t in span)
        or span[-1].text in lexicon_set("body_heads_after_of")
    )


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
    if lookup(doc[start:end].text) is None:
        # "White House National Security Council": a known body, then a body of its own
        for p in range(end - 2, start, -1):
            term = lookup(doc[start:p].text)
            if term is not None and term.kind is Kind.PARTY and any(t.text in heads for t in doc[p:end]):
                out.append(Mention(start, p, Kind.PARTY, term.name, 4, term.role))
                start = p + 1 if doc[p].text in _POSSESSIVE else p  # "U.S. Treasury's Office of ..."
                break
    for p in range(start + 1, end - 1):
        # "Treasury's Office of ...", "the Justice Department's National Security Division": two bodies
        if doc[p].text in _POSSESSIVE:
            term = lookup(doc[start:p].text)
            if term is not None and term.kind is Kind.PARTY:
                out.append(Mention(start, p, Kind.PARTY, term.name, 4, term.role))
                start = p + 1
            elif term is None and doc[p - 1].text in heads:
                out.extend(_trim_org(doc, Mention(start, p, Kind.PARTY, None, 3, "org")))  # "British Royal Navy's"
                start = p + 1
            break
    for n in range(min(4, end - start - 1), 0, -1) if not _spelled_by_acronym(doc, start, end) else ():
        term = lookup(doc[start : start + n].text)
        if term is None or term.kind is not Kind.STATE or term.role == "block":
            continue
        owned = start + n < end and doc[start + n].text in _POSSESSIVE
        if not owned and term.role == "capital":
            break  # "Minsk Tractor Works", "Tehran Times": a city in a firm's or paper's name
        if not owned and term.role == "name" and end - start - n >= 2 and is_firm(doc, start + n, end):
            break  # "India Gaurik Ship Management", "China Ocean Shipping": the country is part of a firm's name
        rest = doc[start + n + owned : end].text
        if term.role in {"demonym", "name"} and rest in lexicon_set("state_itself"):
            m.kind, m.key, m.role = Kind.STATE, term.name, term.role  # "the United States Government" is the state
            break
        if term.role in {"demonym", "name"} and rest in lexicon_set("generic_bodies"):
            m.owner = Mention(start, start + n, Kind.STATE, term.name, 3, term.role)
            break  # "the Russian Navy", "China's Coast Guard": named with its country; the state is a mention inside
        base = _ministry_name(m.name or doc[start + n + owned : end].text)
        party = base.endswith(" Party") and " of " not in base
        if not owned and (term.role == "acronym" or party) and m.role != "ministry":
            if term.role == "acronym" and not party and doc[end - 1].text == "Department" and end - start - n >= 2:
                # "U.S. Treasury Department": also written "the Treasury Department"; the state stays a mention
                known = lookup(doc[start + n : end].text)
                state = Mention(start, start + n, Kind.STATE, term.name, 3, term.role)
                if known is not None and known.kind is Kind.PARTY:
                    out.append(state)  # a known body: the same split as the known-terms rule makes
                    start += n
                    m.key = known.name
                else:
                    m.name = doc[start + n : end].text
                    m.owner = state
                break
            if party:
                m.key = f"{base} of {term.name}"  # "Chinese Communist Party" is the Communist Party of China
            elif term.role == "acronym":
                m.owner = Mention(start, start + n, Kind.STATE, term.name, 3, term.role)  # "UK Maritime Trade ..."
            break
        state = Mention(start, start + n, Kind.STATE, term.name, 3, term.role)
        if base.startswith("Ministry ") and not owned and doc[end - 1].text == "Ministry":
            # "Russian Foreign Ministry" is how the article names the body: the mention keeps the adjective and the
            # state is a mention of its own inside it
            m.name = f"{base} of {term.name}"
            m.owner = state
            break
        if not owned and term.role == "demonym" and not base.startswith("Ministry ") and not party:
            # "the Indonesian Maritime Security Agency": the name as written, the state inside it, and (see
            # forces.short_forms) the name without the adjective
            m.key = m.name = None
            m.owner = state
            break
        out.append(state)
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
    alone = end - start == 1 and text in lexicon_set("heads_not_alone")  # "a TV screen"
    if alone or (end - start == 1 and doc[start].is_sent_start and text in heads and text not in generic):
        out.append(Mention(start, end, Kind.PARTY, None, 0, "block"))  # "Forces fired ...": a word opening a sentence
        return out
    if end - start == 1 and text in generic and m.role == "org":
        m.role = "bare"  # "the Panel": decided once the document's bodies are known
    out.append(Mention(start, end, m.kind, m.key, m.tier, m.role, m.name, owner=m.owner))
    return out


def _spelled_by_acronym(doc: Doc, start: int, end: int) -> bool:
    """ "Syrian Arab News Agency (SANA)": the bracketed acronym spells the whole name, country word included."""
    if end + 2 >= len(doc) or doc[end].text != "(" or doc[end + 2].text != ")":
        return False
    return acronym_of(doc[start:end].text) == doc[end + 1].text.replace(".", "")


def _ministry_name(name: str) -> str:
    return ministry_form(name)


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
    # a town the model reads as a place somewhere ("the port city of Vladivostok", "in Vladivostok") is a place in
    # "the Vladivostok summit" too, unless it is part of a person's full name in the text
    in_names = {t.text for e in ents if e.label_ == "PERSON" and len(e) > 1 for t in e}
    place_nouns = lexicon_set("place_nouns")
    for e in ents:
        if e.label_ != "GPE" or len(e) != 1 or e.text in in_names or lookup(e.text) is not None:
            continue
        after_place_noun = e.start >= 2 and doc[e.start - 1].lower_ == "of" and doc[e.start - 2].lower_ in place_nouns
        based = e.end + 1 < len(doc) and doc[e.end].text == "-" and doc[e.end + 1].lower_ in {"based", "registered"}
        if after_place_noun or based or _place_context(doc, e.start, e.end):
            words.add(e.text)
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
    while k < len(doc) and k - end < 6 and doc[k].pos_ in {"ADJ", "PROPN", "NOUN"}:
        if doc[k].lower_ in nouns and not (k + 1 < len(doc) and doc[k + 1].text in _POSSESSIVE):
            break
        k += 2 if k + 1 < len(doc) and doc[k + 1].text in _POSSESSIVE else 1  # "the group's leader"
    if k + 1 < len(doc) and doc[k + 1].pos_ in {"VERB", "AUX"} and doc[k + 1].tag_ in {"VBD", "VBZ", "VBP"}:
        return False  # "…Maduro, the Sputnik news agency reported": the subject of the next clause
    return k < len(doc) and doc[k].lower_ in nouns


def _self_named(doc: Doc, start: int) -> bool:
    """ "The Houthis, who call themselves Ansar Allah": the name a body gives itself."""
    return start >= 2 and doc[start - 1].lower_ in {"themselves", "itself"} and doc[start - 2].lemma_ == "call"


def _org_noun_after(doc: Doc, end: int) -> bool:
    """ "the Tasnim news agency", "the Sputnik agency": the common noun right after the name says what it is."""
    k = end + 1 if end < len(doc) and doc[end].lower_ in {"news", "law"} else end
    nouns = {"agency", "newspaper", "daily", "broadcaster", "channel", "outlet", "firm"}
    return k < len(doc) and doc[k].lower_ in nouns and doc[k].is_lower


def _org_apposition(doc: Doc, end: int) -> bool:
    return _apposition(doc, end, lexicon_set("org_nouns"))


def _role_apposition(doc: Doc, end: int) -> bool:
    return _apposition(doc, end, lexicon_set("role_nouns"))


def _has_head(span: SpacySpan) -> bool:
    heads = lexicon_set("org_heads")
    return any(t.text in heads for t in span)


def _company_shaped(span: SpacySpan) -> bool:
    """ "Dalian Haibo International Freight", "Corpus Christi Maritime": a firm's name, whatever the model said."""
    words = [t for t in span if not t.is_punct]
    return len(words) >= 2 and words[-1].text in lexicon_set("company_tails")


def _person_shaped(span: SpacySpan) -> bool:
    heads = lexicon_set("org_heads")
    words = [t for t in span if not t.is_punct]
    return (
        1 <= len(words) <= 4
        and all(t.is_title for t in words)
        and not any(t.text in heads for t in words)
        and lookup(span.text) is None
    )


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


def _person_by_who(doc: Doc, start: int, end: int) -> bool:
    """ "the presidency of Hugo Chávez, who ...": a name the model took for a title of a work, told by "who"."""
    span = doc[start:end]
    return (
        2 <= len(span) <= 4
        and all(t.is_title and t.is_alpha for t in span)
        and not _has_head(span)
        and lookup(span.text) is None
        and end + 1 < len(doc)
        and doc[end].text == ","
        and doc[end + 1].lower_ == "who"
    )


def _name_like(span: SpacySpan) -> bool:
    """Every word capitalised, bar the particles names carry ("de", "al-", "bin")."""
    # "Jong-un": the part after a hyphen written tight; "Maria - docked" is a name and a dash
    tight = {t.i for t in span if t.text in {"-", "\u2010"} and not t.whitespace_ and t.i > 0}
    hyphenated = {i + 1 for i in tight if not span.doc[i - 1].whitespace_}
    return all(
        t.is_title or t.is_upper or _camel(t) or t.lower_ in _CONNECTORS or t.i in hyphenated for t in span
    ) and any(
        t.is_title for t in span
    )


def _place_context(doc: Doc, start: int, end: int) -> bool:
    """ "in Vladivostok", "towed to Pago Pago, where": a place spaCy took for a person."""
    if end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ == "where":
        return True
    if town_context(doc, start, end):
        return True
    possessive = end < len(doc) and doc[end].text in _POSSESSIVE
    if possessive or start == 0:
        return False
    before = doc[start - 1].lower_
    if before in {"from", "to"} and start > 1 and doc[start - 2].lower_ in lexicon_set("travel_words"):
        return True  # "a flight from Vladivostok"
    if before in {"and", "or"} and start > 2 and doc[start - 2].is_title:
        # "in Aleppo and Homs": the second of two places
        return doc[start - 3].lower_ in {"in", "at", "near", "into"}
    return before in {"in", "at", "near", "into"}


def _person_start(doc: Doc, start: int, taken: list[bool]) -> int:
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
        and (doc[start - 1].is_sent_start or (doc[start - 1].ent_type_ == "" and start > 1 and doc[start - 2].is_lower))
        and doc[start - 1].is_title
        and doc[start - 1].pos_ == "PROPN"
        and doc[start - 1].ent_type_ in {"", "GPE", "ORG", "NORP"}  # a lone first name gets any label
        and not doc[start - 1].is_stop
        and lookup(doc[start - 1].text) is None
        and doc[start - 1].lower_ not in _titles()[0]
    ):
        return start - 1  # "Yolanda" + "Ccori Huaman": a first name opening the sentence, left out by the model
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
    """A second surname spaCy left out ("Bruno Rodríguez Parrilla"), or a part after a non-breaking space; the
    lower-case syllable after a hyphen the model cut off ("Moon Jae" + "-in")."""
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
    nxt = end + 1 if end + 1 < len(doc) and doc[end].is_space and "\n" not in doc[end].text else end
    if (
        nxt < len(doc)
        and not taken[nxt]
        and doc[nxt].is_title
        and doc[nxt].is_alpha
        and (doc[nxt].pos_ == "PROPN" or nxt > end)
        and (doc[nxt].ent_type_ in {"", "PERSON"} or _korean_given(doc, end, nxt) or _lone_org_word(doc, nxt))
        and lookup(doc[nxt].text) is None
    ):
        return nxt + 1
    return end


def _lone_org_word(doc: Doc, i: int) -> bool:
    """A second surname the model called an organisation on its own ("Arnoldo André" + "Tinoco")."""
    tok = doc[i]
    return (
        tok.ent_type_ == "ORG"
        and tok.ent_iob_ == "B"
        and (i + 1 >= len(doc) or doc[i + 1].ent_iob_ != "I")
        and tok.text not in lexicon_set("org_heads")
    )


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
        if _self_named(doc, start):
            out.append(Mention(start, end, Kind.PARTY, None, 1, "self-name"))  # "who call themselves Ansar Allah"
            continue
        if span[0].text in lexicon_set("place_leads") and len(span) > 1:
            continue  # "the Paseo Los Próceres", "Mount Paektu": a place
        if span.text in non_entities or not any(c.isupper() for c in span.text):
            continue
        if _followed_by_facility(doc, end) or (end < len(doc) and doc[end].lower_ in modifiers):
            continue
        if start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in lexicon_set("place_nouns"):
            continue  # "the island of Crete": a place
        if ent.label_ == "ORG":
            end = _org_end(doc, end, taken)
            span = doc[start:end]
        org_noun_before = (
            (start > 0 and doc[start - 1].lower_ in lexicon_set("org_nouns"))
            or _org_apposition(doc, end)
            or _org_noun_after(doc, end)
            or _spelled_by_acronym(doc, start, end)
        )
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
            and not org_noun_before
            and not _company_shaped(span)
        ):
            continue  # "protests in Santiago": a place the model took for a body
        if ent.label_ == "ORG" and "-" in span.text and any(c.isdigit() for c in span.text) and not _has_head(span):
            continue  # "P-3C", "Su-35", "S-400": a model of aircraft or missile
        if (
            len(span) == 1
            and span[0].is_title
            and end < len(doc)
            and doc[end].lower_ in lexicon_set("person_regime_nouns")
            and ent.label_ in {"ORG", "PERSON", "GPE"}
        ):
            out.append(Mention(start, end, Kind.OFFICIAL, None, 2, "person"))  # "the Maduro regime": the ruler
            continue
        the_before = start > 0 and doc[start - 1].lower_ == "the" and len(span) == 1 and ent.label_ == "PERSON"
        airline = len(span) > 1 and span[0].text in lexicon_set("company_leads")
        if (org_noun_before and ent.label_ in {"PERSON", "ORG", "GPE"}) or _company_shaped(span) or airline:
            out.append(Mention(start, end, Kind.PARTY, None, 1, "org"))  # "the rights group Cubalex"
        elif the_before:
            out.append(Mention(start, end, Kind.PARTY, None, 1, "single"))  # "the Tatmadaw": people take no article
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


def _org_end(doc: Doc, end: int, taken: list[bool]) -> int:
    """The rest of a firm's name the model cut short, when an apposition after it says it is a firm
    ("Sepehr Energy" + "Jahan Nama Pars, a company controlled by ...")."""
    k = end
    while k < len(doc) and k - end < 4 and doc[k].is_title and doc[k].is_alpha and not taken[k]:
        if lookup(doc[k].text) is not None:
            return end
        k += 1
    return k if k > end and _org_apposition(doc, k) else end


def _acronym_mentions(doc: Doc, taken: list[bool]) -> list[Mention]:
    """Bracketed acronyms right after a name ("(KCNA)") that nothing else claimed."""
    out = []
    for i in range(1, len(doc) - 1):
        t = doc[i]
        bracketed = doc[i - 1].text == "(" and doc[i + 1].text == ")"
        place = i > 1 and doc[i - 2].text in lexicon_set("place_tails")  # "the Demilitarised Zone (DMZ)"
        if bracketed and not taken[i] and t.is_upper and len(t.text.replace(".", "")) >= 2 and not place:
            out.append(Mention(i, i + 1, Kind.PARTY, None, 1, "single"))
    return out


_AFTER_NOUN_OK = frozenset({"GPE"})  # "the state firm Cubametales": no country (those are known), so a wrong label
_ACRONYM_OK = frozenset({"DATE"})  # "the ALBA alliance" read as a date
_BEFORE_AGENCY_OK = frozenset({"PERSON", "GPE", "NORP"})  # "the Sputnik news agency"; known countries stay out


def _is_state_word(text: str) -> bool:
    term = lookup(text)
    return term is not None and term.kind is Kind.STATE


def _named_by_noun(doc: Doc, taken: list[bool]) -> list[Mention]:
    """Names the model left unlabelled that a common noun says are bodies: "the state oil firm Cubametales",
    "Rosneft, the Russian state oil giant", "the ALBA alliance"."""
    nouns = lexicon_set("org_nouns")
    blocked = {"DATE", "TIME", "PERSON", "GPE", "NORP", "CARDINAL", "ORDINAL", "MONEY", "QUANTITY", "PERCENT"}
    out = []

    def free(t, allowed: frozenset[str] = frozenset()) -> bool:
        return (
            not taken[t.i] and (t.ent_type_ not in blocked or t.ent_type_ in allowed) and lookup(t.text) is None
        ) and t.is_alpha

    cues = lexicon_set("org_cues_before")
    for i, tok in enumerate(doc[:-1]):
        cue = tok.text == "-" and i > 0 and i + 1 < len(doc) and f"{doc[i - 1].text}-{doc[i + 1].text}" in cues
        if cue:
            i += 1  # "the state-run Global New Light of Myanmar"
        elif tok.lower_ not in nouns or not (tok.is_lower or tok.text in {"NGO", "NGOs"}):
            continue
        if i + 1 >= len(doc):
            continue
        nxt = doc[i + 1]
        if _is_cap(nxt) and free(nxt, _AFTER_NOUN_OK) and not nxt.is_sent_start:
            k = i + 1
            while k < len(doc) and k - i <= 5:
                t = doc[k]
                if _is_cap(t) and free(t, _AFTER_NOUN_OK):
                    k += 1
                elif t.like_num and k + 1 < len(doc) and _is_cap(doc[k + 1]) and not taken[k]:
                    k += 1  # "El 19 Digital"
                elif cue and t.lower_ == "of" and k + 1 < len(doc) and _is_cap(doc[k + 1]):
                    k += 2  # "... of Myanmar": the country stays a mention of its own inside the name
                else:
                    break
            out.append(Mention(i + 1, k, Kind.PARTY, None, 1, "org"))
        if cue:
            continue
        prev = doc[i - 1] if i > 0 else None
        if prev is not None and prev.is_upper and len(prev) >= 3 and free(prev, _ACRONYM_OK) and prev.pos_ == "PROPN":
            out.append(Mention(i - 1, i, Kind.PARTY, None, 1, "org"))  # "the ALBA alliance"
    for i in range(1, len(doc)):
        # "the semi-official Kavir news agency": whatever label the model gave the name before it
        if (
            _org_noun_after(doc, i)
            and _is_cap(doc[i - 1])
            and free(doc[i - 1], _BEFORE_AGENCY_OK)
            and not (doc[i - 1].is_sent_start and doc[i - 1].pos_ == "ADJ")  # "Investigative outlet X reported"
        ):
            j = i - 1
            while j > 0 and i - j < 3 and _is_cap(doc[j - 1]) and free(doc[j - 1], _BEFORE_AGENCY_OK):
                j -= 1
            out.append(Mention(j, i, Kind.PARTY, None, 1, "org"))
    for i, tok in enumerate(doc):
        alone = i == 0 or not _is_cap(doc[i - 1])
        if alone and tok.is_title and free(tok) and tok.pos_ == "PROPN" and _org_apposition(doc, i + 1):
            out.append(Mention(i, i + 1, Kind.PARTY, None, 1, "org"))
    chosen = []
    for m in sorted(out, key=lambda m: m.start):
        inner = [t for t in range(m.start, m.end) if taken[t]]
        if all(t > m.start and _is_state_word(doc[t].text) for t in inner):
            for t in range(m.start, m.end):
                taken[t] = True
            chosen.append(m)
    return chosen


def _named_by_role(doc: Doc, taken: list[bool], titles: list[bool]) -> list[Mention]:
    """A full name the model missed that an apposition calls a person: "Ramona Ruiz Soto, a Cuban doctor, said"."""
    out = []
    i = 0
    while i < len(doc):
        k = i
        while (
            k < len(doc)
            and k - i < 4
            and doc[k].is_title
            and doc[k].is_alpha
            and not taken[k]
            and not titles[k]
            and doc[k].ent_type_ in {"", "PERSON"}
            and lookup(doc[k].text) is None
        ):
            k += 1
        if k - i >= 2 and (i == 0 or not _is_cap(doc[i - 1])) and _role_apposition(doc, k):
            out.append(Mention(i, k, Kind.OFFICIAL, None, 2, "person"))
            for t in range(i, k):
                taken[t] = True
        i = max(k, i + 1)
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
            joined = any(t.text in {"-", "\u2010", "\u2013"} for t in doc[s:e])
            if (ent.label_ == "EVENT" or joined) and any(lookup(t.text) is not None for t in doc[s:e]):
                continue  # "the Israel-Hamas war", "the Iran-Iraq war": the parties are named inside
            if ent.label_ == "WORK_OF_ART" and ent.start > 0 and doc[ent.start - 1].lower_ in lexicon_set("org_nouns"):
                blockers.append(Mention(s, e, Kind.PARTY, None, 2, "org"))  # "the investigative outlet The Insider"
                continue
            if ent.label_ in {"WORK_OF_ART", "EVENT"} and _person_by_who(doc, s, e):
                blockers.append(Mention(s, e, Kind.OFFICIAL, None, 2, "person"))
                continue
            blockers.append(Mention(s, e, Kind.STATE, None, 0, "block"))
    organisations: list[Mention] = []
    for m in _org_patterns(doc) + _ministry_mentions(doc):
        organisations.extend(_trim_org(doc, m))
    candidates = _vessels(doc) + _known_terms(doc) + organisations + blockers + numbered_units(doc)
    candidates += national_forces(doc) + called_firms(doc, taken) + place_blocks(doc) + operations(doc)
    candidates += legal_form_firms(doc)
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
                and not _company_shaped(doc[s:t])
                and doc[s].text not in lexicon_set("company_leads")
                and not (s > 0 and doc[s - 1].lower_ in lexicon_set("org_nouns"))
                and not _spelled_by_acronym(doc, s, t)
                and doc[s].text not in lexicon_set("place_leads")
                and not _self_named(doc, s)
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
    chosen += _named_by_noun(doc, taken)
    chosen += [m.owner for m in chosen if m.owner is not None]
    places = _place_words(doc, ents)
    chosen += [m for m in _from_spacy(doc, ents, taken, titles) if doc[m.start : m.end].text not in places]
    for m in chosen:
        for t in range(m.start, m.end):
            taken[t] = True
    chosen += _acronym_mentions(doc, taken)
    chosen += _named_by_role(doc, taken, titles)

    chosen = refine_firms(doc, _drop_capitals_as_places(doc, chosen))

    def chars(m: Mention) -> tuple[int, int]:
        if m.chars is not None:
            return m.chars
        return doc[m.start].idx, doc[m.end - 1].idx + len(doc[m.end - 1])

    def text_of(m: Mention) -> str:
        a, b = chars(m)
        return text[a:b]

    # "M/V", "USS": a ship's prefix the model tagged on its own is never a person or a body
    non_entities = lexicon_set("non_entities")
    chosen = [
        m
        for m in chosen
        if not is_vessel_prefix(text_of(m)) and text_of(m).rstrip(".") not in non_entities and not _language(doc, m)
    ]

    # the title and subheadings are set in Title Case, where spaCy guesses wildly: keep what the article confirms
    headings = heading_ranges(text)
    if headings:
        body = "".join(text[a:b] for a, b in _between(headings, len(text)))

        def in_heading(m: Mention) -> bool:
            start = chars(m)[0]
            return any(a <= start < b for a, b in headings)

        chosen = [m for m in chosen if not in_heading(m) or m.key is not None or text_of(m) in body]

    bracketed_short_names(doc, chosen, text_of)
    people = cluster_people(doc, chosen, text_of)
    alias_mentions(doc, people, chars)
    surname_mentions(doc, people, taken, text_of)
    parties = join_short_forms(cluster_parties(doc, chosen, text_of, taken), text_of)
    short_forms(doc, parties)
    parties = people_named_as_bodies(parties, people, text_of)
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


def _between(ranges: list[tuple[int, int]], length: int) -> list[tuple[int, int]]:
    """The stretches of text outside ``ranges`` (sorted, not overlapping)."""
    out, pos = [], 0
    for a, b in ranges:
        out.append((pos, a))
        pos = b
    return [*out, (pos, length)]


def _language(doc: Doc, m: Mention) -> bool:
    """ "“true love” in Italian.": a demonym after "in" with nothing after it names a language, not a state."""
    if m.kind is not Kind.STATE or m.role != "demonym" or m.start == 0 or m.chars is not None:
        return False
    after = doc[m.end] if m.end < len(doc) else None
    return doc[m.start - 1].lower_ in {"in", "speaking", "speaks", "spoke"} and (after is None or after.is_punct)


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
