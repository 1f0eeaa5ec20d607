"""Entities of one parsed document: spaCy's names checked against general knowledge and news conventions.

Steps: (1) page furniture (``furniture``: bylines, datelines, credits, teasers) is set aside; (2) candidates come
from ship cues (``vessels``), known countries/bodies/outlets (``known``), organisation name patterns, forces and units
(``forces``), firms (``firms``), places and equipment that block (``places``) and spaCy's labels, longest and surest
first; (3) each is typed (a capital only where it stands for its government); (4) mentions are clustered inside the
document (``coref``): surnames and first names to the full name (``people``), acronyms and bracketed short names to
their long forms, "the Panel" to its body, "the Chinese coast guard" to "China Coast Guard".
Every mention keeps exact offsets: trimming "the", titles or "'s" only makes a span shorter.
"""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from core.extract import firm_people, nested, placed_names, portfolio_bodies, possessed_people, set_aside, threat_groups
from core.extract import infrastructure as works
from core.extract.administrations import administrations
from core.extract.aliases import join_other_names
from core.extract.called_names import called_short_names
from core.extract.churches import churches
from core.extract.conjoined_bodies import people_joined_to_bodies
from core.extract.coref import (
    Cluster,
    Mention,
    alias_mentions,
    bracketed_short_names,
    cluster_parties,
    cluster_people,
    display_name,
    firms_named_by_first_word,
    ministry_form,
    people_named_as_bodies,
    surname_mentions,
)
from core.extract.demonym_firms import demonym_pair_firms
from core.extract.firms import called_firms, is_firm, legal_form_firms, refine_firms
from core.extract.forces import join_short_forms, national_forces, numbered_units, operations, past_rank, short_forms
from core.extract.fragments import prune
from core.extract.furniture import furniture_ranges, heading_ranges, outside
from core.extract.kb import is_state_word, knowledge, lexicon_set, lookup, title_words
from core.extract.known import known_terms, names_a_language
from core.extract.ministries import ministry_mentions, plural_bodies
from core.extract.name_tails import tail_end
from core.extract.news_kinds import is_year, news_candidates, news_fixes
from core.extract.nlp import doc_column, doc_ends, doc_ents, doc_text, doc_tokens, span_text
from core.extract.people import korean_names, name_like, named_after_role, person_by_who, person_end, person_start
from core.extract.places import (
    drop_capitals_as_places,
    followed_by_facility,
    place_blocks,
    place_context,
    place_words,
    unknown_place,
)
from core.extract.portfolios import mark_portfolios_after, portfolio_of_title
from core.extract.slashed_names import slash_inside_name
from core.extract.state_bodies import (
    joined_by_and,
    keeps_state,
    known_body_name,
    official_state_name_start,
    owns_head,
    state_tail_end,
)
from core.extract.stray_names import keep_name, owned_apposition
from core.extract.summits import event_names
from core.extract.things import company_shaped, is_cap, names_a_thing, spelled_across_and, spelled_by_acronym
from core.extract.titled import before_rank, name_start, of_owner, past_gloss, person_owns, regnal_names, sheikh_in_name
from core.extract.vessels import anaphoric_ship, is_vessel_prefix, vessel_mentions
from core.model import Kind, LocalEntity, Span

_POSSESSIVE = {"'s", "’s", "'", "’", "s'"}
_COMPASS, _REGION_HEADS = frozenset({"North", "South", "East", "West", "Central"}), frozenset({"Force", "Command"})
_DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my"}
_BLOCKER_LABELS = {"FAC", "LOC", "EVENT", "WORK_OF_ART", "LAW"}
_NOUNS_AFTER = {"agency", "newspaper", "daily", "broadcaster", "channel", "outlet", "firm", "radio", "television", "tv"}


# ---------------------------------------------------------------- lexicon helpers


def title_tokens(doc: Doc) -> list[bool]:
    """Tokens that belong to a title phrase ("Secretary of State", "Foreign Minister") standing before a name."""
    words, longest, firsts = title_words()
    marked = [False] * len(doc)
    i = 0
    lowered = doc_column(doc, "lower_")
    while i < len(doc):
        if lowered[i] not in firsts or sheikh_in_name(doc, i):
            i += 1
            continue
        for n in range(min(longest, len(doc) - i), 0, -1):
            if span_text(doc, i, i + n).casefold() in words and (n > 1 or (i + 1 < len(doc) and is_cap(doc[i + 1]))):
                for t in range(i, i + n):
                    marked[t] = True
                _mark_portfolio(doc, i, i + n, marked)
                i += n - 1
                break
        i += 1
    mark_portfolios_after(doc, marked)
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
    changed, toks = True, doc_tokens(doc)  # (the document's tokens made once: no new Token per look)
    while changed and start < end:
        changed, first = False, toks[start]
        count = first.pos_ == "NUM" and first.is_alpha and end - start > 1  # "Two Coast Guard crew members"
        if first.lower_ in _DETERMINERS or first.is_punct or first.is_space or count:
            start, changed = start + 1, True
            continue
        if titles is not None and titles[start] and end - start > 1:
            start, changed = start + 1, True
    while end > start and (toks[end - 1].text in _POSSESSIVE or toks[end - 1].is_punct or toks[end - 1].is_space):
        end -= 1
    return start, end


# ---------------------------------------------------------------- candidate sources


def _org_patterns(doc: Doc) -> list[Mention]:
    """Capitalised names ending in an organisation word ("National Intelligence Service", "Ministry of X")."""
    heads = lexicon_set("org_heads")
    out: list[Mention] = []
    for i, word in enumerate(doc_column(doc, "text")):
        if word not in heads or not is_cap(tok := doc[i]):
            continue
        j = i
        while j > 0 and (
            is_cap(doc[j - 1])
            or (doc[j - 1].text in _POSSESSIVE and j > 1 and is_cap(doc[j - 2]) and not of_owner(doc, j - 2))
            or ((_joined_hyphen(doc, j - 1) or slash_inside_name(doc, j - 1)) and is_cap(doc[j - 2]))  # "Self-Defense"
        ):
            if doc[j - 1].is_sent_start and doc[j - 1].lower_ == "the":
                break
            j -= 1
        j = official_state_name_start(doc, j, i)
        j = joined_by_and(doc, j)
        k = i + 1
        if k < len(doc) and doc[k].is_digit and len(doc[k]) <= 5 and doc[i].whitespace_ and not is_year(doc[k].text):
            k += 1  # "Office 39", "Unit 180", "Unit 29155": a numbered body (not "Council 2024")
        elif k + 1 < len(doc) and word in _REGION_HEADS and doc[k].text in _COMPASS and not lookup(doc[k : k + 2].text):
            k += 1  # "Joint Interagency Task Force South": a command named by its region (not "Force South Korea")
        on = k + 1 < len(doc) and doc[k].lower_ == "on" and doc[k + 1].ent_type_ not in {"DATE", "TIME", "GPE"}
        if k + 1 < len(doc) and (doc[k].lower_ in {"of", "for"} or on):  # "Ministry of ...", "Commission on ..."
            t = k + 1
            if doc[t].lower_ == "the":
                t += 1
            e = before_rank(doc, t, tail_end(doc, t))
            while e > t and (doc[e - 1].lower_ == "and" or doc[e - 1].text in _POSSESSIVE):
                e -= 1
            a = next((x for x in range(t + 1, e) if doc[x].lower_ == "and"), None)
            second = a is not None and (_has_head(doc[a + 1 : e]) or company_shaped(doc[a + 1 : e]))
            second = second and (tok.text not in lexicon_set("of_heads") or owns_head(doc, e))
            if second and not spelled_by_acronym(doc, j, e):
                e = a  # "X Group of Companies and Y Group": a second name after "and" (a ministry keeps its "and")
            tail = doc[t:e]
            place = e > t and doc[e - 1].text in lexicon_set("place_tails")  # "... Service of Odesa Oblast"
            # "Ministry of the Armed Forces" is one name; "Presidium of the Political Bureau" is two bodies
            if e > t and not place and (
                (tok.text in lexicon_set("of_heads") and not _is_body_name(tail)) or not _is_org_name(tail)
            ):
                k = e
            elif e > t + 1 and not place:
                k = state_tail_end(doc, t, e, k)  # "Communist Party of China Central Committee"
        if k < len(doc) and any(span_text(doc, x, k + 1).casefold() in title_words()[0] for x in range(j, i)):
            continue  # "(Japan's) Chief Cabinet" + "Secretary": a title, not a body
        out.append(Mention(past_rank(doc, j, i), k, Kind.PARTY, None, 3, "org"))
    return out + administrations(doc)  # "the Trump administration"


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
    carriers = lexicon_set("carrier_words")
    if lookup(doc[start:end].text) is None:  # "White House National Security Council": a known body, then its own
        for p in range(end - 2, start, -1):
            term = lookup(doc[start:p].text)
            rest = [t.text in heads for t in doc[p:end]]  # "TASS News Agency": no body of its own after the name
            if term is not None and term.kind is Kind.PARTY and any(rest) and not all(rest):
                out.append(Mention(start, p, Kind.PARTY, term.name, 4, term.role))
                start = p + 1 if doc[p].text in _POSSESSIVE else p  # "U.S. Treasury's Office of ..."
                break
    for p in range(start + 1, end - 1):
        # "Treasury's Office of ...", "the Justice Department's National Security Division": two bodies
        if doc[p].text in _POSSESSIVE:
            term, known = lookup(doc[start:p].text), lookup(doc[p + 1 : end].text)
            if known is not None and known.kind is Kind.PARTY and term is not None and term.role == "block":
                start = p + 1  # "Hong Kong's South China Morning Post": a place's known body is that body
            elif term is not None and term.kind is Kind.PARTY:
                out.append(Mention(start, p, Kind.PARTY, term.name, 4, term.role))
                start = p + 1
            elif term is None and (owner := person_owns(doc, start, p, end)) is not None:
                out.append(Mention(owner, p, Kind.OFFICIAL, None, 2, "person"))  # "Israeli billionaire X Y's Z Group"
                start = p + 1
            elif term is None and doc[p - 1].text in heads:
                out.extend(_trim_org(doc, Mention(start, p, Kind.PARTY, None, 3, "org")))  # "British Royal Navy's"
                start = p + 1
            break
    for n in range(min(4, end - start - 1), 0, -1) if not spelled_by_acronym(doc, start, end) else ():
        term = lookup(doc[start : start + n].text)
        if term is not None and term.role == "block":
            break  # "British Columbia Supreme Court": a place opens the name, and no state's adjective inside it
        if term is None or term.kind is not Kind.STATE:
            continue
        owned = start + n < end and doc[start + n].text in _POSSESSIVE
        if not owned and term.role == "capital":
            break  # "Minsk Tractor Works", "Tehran Times": a city in a firm's or paper's name
        firm = is_firm(doc, start + n, end) if end - start - n >= 2 else doc[end - 1].text in carriers
        if not owned and term.role == "name" and firm:
            break  # "India Gaurik Ship Management", "Azerbaijan Airlines": the country is part of a firm's name
        rest = doc[start + n + owned : end].text
        if term.role in {"demonym", "name"} and rest in lexicon_set("state_itself"):
            m.kind, m.key, m.role = Kind.STATE, term.name, term.role  # "the United States Government" is the state
            break
        if term.role in {"demonym", "name"} and rest in lexicon_set("generic_bodies"):
            m.owner = Mention(start, start + n, Kind.STATE, term.name, 3, term.role)
            break  # "the Russian Navy", "China's Coast Guard": named with its country; the state is a mention inside
        base = ministry_form(m.name or doc[start + n + owned : end].text)
        if base == "Foreign Office" and not owned:
            base = "Ministry of Foreign Affairs"  # "the Pakistani Foreign Office"; a bare "Foreign Office" stays
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
                m.key = m.key or known_body_name(doc[start + n : end].text)  # "US Department of Justice": as known
            break
        state = Mention(start, start + n, Kind.STATE, term.name, 3, term.role)
        named = m.role == "ministry" or doc[end - 1].text in {"Ministry", "Office"}  # "the Indian defense ministry"
        named = named or (term.role == "demonym" and rest.startswith("Ministry"))
        if base.startswith("Ministry ") and not owned and named:
            # "Russian Foreign Ministry", "Russian Ministry of Defense" are how the article names the body: the mention
            # keeps the adjective and the state is a mention of its own inside it
            m.name = f"{base} of {term.name}"
            m.owner = state
            break
        if not (owned or base.startswith("Ministry ") or party) and keeps_state(doc, term.role, start, n, end):
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
        if end - start > n and span_text(doc, end - n, end) == suffix:
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
    opens = doc[start].is_sent_start or (start > 0 and doc[start - 1].is_sent_start and doc[start - 1].is_punct)
    if alone or (end - start == 1 and opens and text in heads and text not in generic):
        out.append(Mention(start, end, Kind.PARTY, None, 0, "block"))  # "Forces fired ...": a word opening a sentence
        return out
    if end - start == 1 and text in generic and m.role == "org":
        m.role = "bare"  # "the Panel": decided once the document's bodies are known
    out.append(Mention(start, end, m.kind, m.key, m.tier, m.role, m.name, owner=m.owner))
    return out


def _apposition(doc: Doc, end: int, nouns: frozenset[str]) -> bool:
    """ "Mahan Air, an Iranian airline", "X, a senior official": the apposition says what the name is."""
    if end + 2 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ not in {"a", "an", "the"}:
        return False
    k = end + 2
    while k < len(doc) and k - end < 8 and (doc[k].pos_ in {"ADJ", "PROPN", "NOUN"} or works.compound_modifier(doc, k)):
        after = doc[k + 1].lower_ if k + 1 < len(doc) else ""  # "the group's leader", "the strike group commander"
        if doc[k].lower_ in nouns and not (after in _POSSESSIVE or after in lexicon_set("role_nouns")):
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
    k = end + 1 if end < len(doc) and doc_column(doc, "lower_")[end] in {"news", "law"} else past_gloss(doc, end)
    return k < len(doc) and doc_column(doc, "lower_")[k] in _NOUNS_AFTER and doc[k].is_lower


def _org_apposition(doc: Doc, end: int) -> bool:
    return _apposition(doc, end, lexicon_set("org_nouns")) or owned_apposition(doc, end, lexicon_set("org_nouns"))


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


def _from_spacy(doc: Doc, ents: list[SpacySpan], taken: list[bool], titles: list[bool]) -> list[Mention]:
    """spaCy's PERSON/ORG/GPE/NORP names not already claimed, typed by their shape and context."""
    non_entities, toks = lexicon_set("non_entities"), doc_tokens(doc)
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
        while start < end and toks[start].is_lower:
            start += 1
        while end > start and toks[end - 1].is_lower:
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
        if end - start == 1 and toks[start].pos_ == "VERB":
            continue  # "Commissioned in 2010, X is ...": a participle opening the sentence
        if followed_by_facility(doc, end) or (end < len(doc) and toks[end].lower_ in modifiers):
            continue
        if start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in lexicon_set("place_nouns"):
            continue  # "the island of Crete": a place
        if ent.label_ in {"ORG", "GPE"} and unknown_place(doc, start, end) and not company_shaped(span):
            continue  # "Chubut province", "between Crete and ...": a place
        if ent.label_ == "ORG":
            end = _org_end(doc, end, taken)
            span = doc[start:end]
        org_noun_before = (
            (start > 0 and doc[start - 1].lower_ in lexicon_set("org_nouns"))
            or _org_apposition(doc, end)
            or _org_noun_after(doc, end)
            or spelled_by_acronym(doc, start, end)
            or works.body_by_context(doc, start, end)
        )
        if ent.label_ in {"PERSON", "GPE"} and not name_like(span):
            continue
        if not _has_head(span) and lookup(span.text) is None and place_context(doc, start, end):
            continue
        if (
            ent.label_ == "ORG"
            and not _has_head(span)
            and lookup(span.text) is None
            and start > 0
            and doc[start - 1].lower_ in lexicon_set("place_prepositions")
            and not org_noun_before
            and not company_shaped(span)
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
        if (org_noun_before and ent.label_ in {"PERSON", "ORG", "GPE"}) or company_shaped(span) or airline:
            out.append(Mention(start, end, Kind.PARTY, None, 1, "org"))  # "the rights group Cubalex"
        elif the_before:
            out.append(Mention(start, end, Kind.PARTY, None, 1, "single"))  # "the Tatmadaw": people take no article
        elif ent.label_ == "PERSON" or (
            ent.label_ == "ORG" and len(span) > 1 and _person_shaped(span) and not portfolio_of_title(doc, start)
        ):
            start, end = person_start(doc, start, taken), person_end(doc, end, taken)
            out.append(Mention(start, end, Kind.OFFICIAL, None, 2, "person"))
        elif ent.label_ == "ORG" and len(span) == 1 and start > 0 and titles[start - 1] and span[0].is_title:
            out.append(Mention(start, end, Kind.OFFICIAL, None, 2, "person"))  # "Secretary Pompeo"
        elif ent.label_ == "ORG":
            if len(span) == 1 and span[0].text in lexicon_set("org_heads"):
                continue  # a bare "Party": only the pattern rule with its article may use it
            out.append(Mention(start, end, Kind.PARTY, None, 1, "org" if len(span) > 1 else "single"))
        elif ent.label_ == "GPE" and len(span) > 1 and _apposition(doc, end, lexicon_set("role_nouns")):
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
    words = doc_column(doc, "text")
    tails = lexicon_set("place_tails")
    for i in range(1, len(doc) - 1):
        if words[i - 1] != "(" or words[i + 1] != ")" or taken[i]:
            continue
        place = i > 1 and (words[i - 2] in tails or words[i - 2] == "Zone")  # "(DMZ)"
        place = place or (i > 1 and words[i - 2] in lexicon_set("document_heads"))  # "Decision (CFSP) 2022/1956"
        if doc[i].is_upper and len(words[i].replace(".", "")) >= 2 and not place:
            out.append(Mention(i, i + 1, Kind.PARTY, None, 1, "single"))
    return out


_AFTER_NOUN_OK = frozenset({"GPE"})  # "the state firm Cubametales": no country (those are known), so a wrong label
_ACRONYM_OK = frozenset({"DATE"})  # "the ALBA alliance" read as a date
_BEFORE_AGENCY_OK = frozenset({"PERSON", "GPE", "NORP"})  # "the Sputnik news agency"; known countries stay out


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
    for i, tok in ((i, doc[i]) for i, w in enumerate(doc_column(doc, "lower_")[:-1]) if w in nouns or w == "-"):
        cue = tok.text == "-" and i > 0 and i + 1 < len(doc) and f"{doc[i - 1].text}-{doc[i + 1].text}" in cues
        if cue:
            i += 1  # "the state-run Global New Light of Myanmar"
        elif tok.lower_ not in nouns or not (tok.is_lower or tok.text in {"NGO", "NGOs"}):
            continue
        if i + 1 >= len(doc):
            continue
        nxt = doc[i + 1]
        if is_cap(nxt) and free(nxt, _AFTER_NOUN_OK) and not nxt.is_sent_start:
            k = i + 1
            while k < len(doc) and k - i <= 5:
                t = doc[k]
                if is_cap(t) and free(t, _AFTER_NOUN_OK):
                    k += 1
                elif t.like_num and k + 1 < len(doc) and is_cap(doc[k + 1]) and not taken[k]:
                    k += 1  # "El 19 Digital"
                elif cue and t.lower_ == "of" and k + 1 < len(doc) and is_cap(doc[k + 1]):
                    k += 2  # "... of Myanmar": the country stays a mention of its own inside the name
                else:
                    break
            out.append(Mention(i + 1, k, Kind.PARTY, None, 1, "org"))
        if cue:
            continue
        prev = doc[i - 1] if i > 0 else None
        if prev is not None and prev.is_upper and len(prev) >= 3 and free(prev, _ACRONYM_OK) and prev.pos_ == "PROPN":
            out.append(Mention(i - 1, i, Kind.PARTY, None, 1, "org"))  # "the ALBA alliance"
    for i in [i for i, w in enumerate(doc_column(doc, "lower_")) if i and (w in _NOUNS_AFTER or w in {"news", "law"})]:
        # "the semi-official Kavir news agency": whatever label the model gave the name before it
        if (
            _org_noun_after(doc, i)
            and is_cap(doc[i - 1])
            and free(doc[i - 1], _BEFORE_AGENCY_OK)
            and not (doc[i - 1].is_sent_start and doc[i - 1].pos_ == "ADJ")  # "Investigative outlet X reported"
        ):
            j = i - 1
            while j > 0 and i - j < 3 and is_cap(doc[j - 1]) and free(doc[j - 1], _BEFORE_AGENCY_OK):
                j -= 1
            out.append(Mention(j, i, Kind.PARTY, None, 1, "org"))
    for i, tok in ((i, doc[i]) for i, title in enumerate(doc_column(doc, "is_title")) if title):
        if not tok.is_title:  # the cheap test first: most tokens fail it
            continue
        alone = i == 0 or not is_cap(doc[i - 1])
        if alone and free(tok) and tok.pos_ == "PROPN" and _org_apposition(doc, i + 1):
            out.append(Mention(i, i + 1, Kind.PARTY, None, 1, "org"))
    chosen = []
    for m in sorted(out, key=lambda m: m.start):
        inner = [t for t in range(m.start, m.end) if taken[t]]
        if all(t > m.start and is_state_word(doc[t].text) for t in inner):
            for t in range(m.start, m.end):
                taken[t] = True
            chosen.append(m)
    return chosen


def _named_by_role(doc: Doc, taken: list[bool], titles: list[bool]) -> list[Mention]:
    """A full name the model missed that an apposition calls a person: "Ramona Ruiz Soto, a Cuban doctor, said"."""
    out, i, titled = [], 0, doc_column(doc, "is_title")
    while i < len(doc):
        k = i
        while (
            k < len(doc)
            and k - i < 4
            and titled[k]
            and doc[k].is_alpha
            and not taken[k]
            and not titles[k]
            and doc[k].ent_type_ in {"", "PERSON"}
            and lookup(doc[k].text) is None
        ):
            k += 1
        if k - i >= 2 and (i == 0 or not is_cap(doc[i - 1])) and _apposition(doc, k, lexicon_set("role_nouns")):
            out.append(Mention(i, k, Kind.OFFICIAL, None, 2, "person"))
            for t in range(i, k):
                taken[t] = True
        i = max(k, i + 1)
    return out


# ---------------------------------------------------------------- entry point


def find_entities(doc: Doc) -> list[LocalEntity]:
    """The document's STATE/PARTY/OFFICIAL/VESSEL entities, each with every mention's exact span."""
    text = doc_text(doc)
    taken = [False] * len(doc)
    furniture = furniture_ranges(text)
    for start, end in furniture:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            for t in range(span.start, span.end):
                taken[t] = True

    ents = list(doc_ents(doc))
    blockers = []
    for ent in ents:
        if ent.label_ in _BLOCKER_LABELS:
            s, e = _strip(doc, ent.start, ent.end)
            if (e - s == 1 and ent.label_ == "LOC") or is_vessel_prefix(doc[s].text):
                continue  # "the South": too little to hide a name inside; "HMCS X (FFH-341)": a ship
            joined = any(t.text in {"-", "\u2010", "\u2013"} for t in doc[s:e])
            first = lookup(doc[s].text)
            if ent.label_ == "LOC" and first is not None and first.kind is Kind.PARTY:
                continue  # "the Clarksons Sea Live platform": a body's name opens it
            if (ent.label_ == "EVENT" or joined) and any(lookup(t.text) is not None for t in doc[s:e]):
                continue  # "the Israel-Hamas war", "the Iran-Iraq war": the parties are named inside
            if ent.label_ == "WORK_OF_ART" and ent.start > 0 and doc[ent.start - 1].lower_ in lexicon_set("org_nouns"):
                blockers.append(Mention(s, e, Kind.PARTY, None, 2, "org"))  # "the investigative outlet The Insider"
                continue
            if ent.label_ in {"WORK_OF_ART", "EVENT"} and person_by_who(doc, s, e):
                blockers.append(Mention(s, e, Kind.OFFICIAL, None, 2, "person"))
                continue
            blockers.append(Mention(s, e, Kind.STATE, None, 0, "block"))
    organisations: list[Mention] = []
    for m in _org_patterns(doc) + ministry_mentions(doc):
        organisations.extend(_trim_org(doc, m))
    candidates = vessel_mentions(doc) + known_terms(doc) + organisations + blockers + numbered_units(doc)
    candidates += national_forces(doc) + called_firms(doc, taken) + place_blocks(doc) + operations(doc)
    candidates += legal_form_firms(doc) + news_candidates(doc) + regnal_names(doc) + called_short_names(doc)
    candidates += event_names(doc) + plural_bodies(doc) + demonym_pair_firms(doc) + set_aside.set_aside(doc)
    built, work_names = works.infrastructure_blocks(doc)
    place_acrs, acr_names = works.place_acronyms(doc)
    candidates += built + place_acrs + works.region_blocks(doc) + works.joined_body_names(doc)
    titles = title_tokens(doc)  # a body's pattern in a title ("Minister of Information Technology") is the title
    candidates = [m for m in candidates if m.key or m.kind is not Kind.PARTY or not all(titles[m.start : m.end])]
    for e in ents:
        if e.label_ == "PERSON" and len(e) > 1:
            s, t = _strip(doc, e.start, e.end, titles)
            s = name_start(doc, s, t, titles) if t - s > 2 else s
            if (
                t - s > 1
                and doc[s:t].text not in lexicon_set("non_entities")
                and name_like(doc[s:t])
                and not place_context(doc, s, t)
                and not (_org_apposition(doc, t) or _org_noun_after(doc, t) or works.body_by_context(doc, s, t))
                and not company_shaped(doc[s:t])
                and doc[s].text not in lexicon_set("company_leads")
                and not (s > 0 and doc[s - 1].lower_ in lexicon_set("org_nouns"))
                and not spelled_by_acronym(doc, s, t)
                and doc[s].text not in lexicon_set("place_leads")
                and not _self_named(doc, s)
            ):
                start, end = person_start(doc, s, taken), person_end(doc, t, taken)
                candidates.append(Mention(start, end, Kind.OFFICIAL, None, 2, "person"))
        elif e.label_ == "ORG" and len(e) > 2:
            # "Petróleos de Venezuela": a country at the end of a name joined by "de"/"of" belongs to the name
            s, t = _strip(doc, e.start, e.end)
            if t - s > 2 and doc[t - 2].lower_ in {"de", "del", "of", "for"} and lookup(doc[t - 1].text):
                # after "in" it is a town ("in Santiago de Cuba"): it still hides the country word inside it
                place = e.start > 0 and doc[e.start - 1].lower_ in lexicon_set("place_prepositions")
                candidates.append(Mention(s, t, Kind.PARTY, None, 1, "block" if place else "org"))
    candidates += korean_names(doc, ents) + possessed_people.possessed_people(doc) + threat_groups.threat_groups(doc)
    candidates += churches(doc)
    chosen = _select(candidates, taken)
    chosen += _named_by_noun(doc, taken)
    chosen += [m.owner for m in chosen if m.owner is not None]
    places = place_words(doc, ents) | work_names | acr_names
    chosen += [m for m in _from_spacy(doc, ents, taken, titles) if span_text(doc, m.start, m.end) not in places]
    for m in chosen:
        for t in range(m.start, m.end):
            taken[t] = True
    chosen += _acronym_mentions(doc, taken)
    chosen += _named_by_role(doc, taken, titles) + named_after_role(doc, taken, titles)

    chosen = news_fixes(doc, spelled_across_and(doc, refine_firms(doc, drop_capitals_as_places(doc, chosen))))
    chosen = prune(doc, chosen)
    works.demonyms_of_named_states(chosen, doc)
    at, ends = doc_column(doc, "idx"), doc_ends(doc)  # (read once for ``chars``)
    def chars(m: Mention) -> tuple[int, int]:
        return m.chars if m.chars is not None else (at[m.start], ends[m.end - 1])
    def text_of(m: Mention) -> str:
        return text[slice(*chars(m))]

    # "M/V", "USS": a ship's prefix the model tagged on its own is never a person or a body
    non_entities = lexicon_set("non_entities")
    chosen = [
        m
        for m, said in [(m, text_of(m)) for m in chosen]
        if not is_vessel_prefix(said)
        and said not in non_entities
        and said.rstrip(".") not in non_entities
        and not names_a_language(doc, m)
        and not works.names_an_idea(said)
        and not ((m.key is None or m.kind is Kind.VESSEL) and said in work_names)
        and not names_a_thing(doc, m, said, chars(m)[1], text) and keep_name(doc, m, said)
    ]

    # the title and subheadings are set in Title Case, where spaCy guesses wildly: keep what the article confirms
    headings = heading_ranges(text)
    if headings:
        body = "".join(text[a:b] for a, b in outside(headings, len(text)))

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
    parties = placed_names.bodies_placed(doc, people_named_as_bodies(parties, people, text_of), text_of)
    people = firm_people.people_as_firms(doc, people_joined_to_bodies(doc, people, parties), parties, text_of)
    people = placed_names.bodies_placed(doc, people, text_of)  # "south of Kessaro": no one's name either
    people = firms_named_by_first_word(parties, people, text_of, lexicon_set("company_tails"))
    parties = firms_named_by_first_word(parties, parties, text_of, lexicon_set("company_tails"))
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
        entities.append((spans[0][0], LocalEntity(name=display_name(c, mentions, doc), kind=c.kind, mentions=mentions)))
    anaphoric_ship(doc, entities, taken)
    found = nested.drop_nested(join_other_names(text, [e for _, e in sorted(entities, key=lambda p: p[0])]))
    return portfolio_bodies.without_portfolio_bodies(text, found)


