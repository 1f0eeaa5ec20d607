"""Bodies, places and people that news writing marks by a general word around the name, not by the name itself.

Candidates: "the Saudi-led coalition" (a coalition named by the state that leads it), "the Black Sea fleet" (a fleet
named by its sea, in either case). Fixes on the chosen mentions: "al-"/"al " before an Arabic name belongs to it; a
leading "The" is not part of a name; "the social network X" is a platform, not a party; "its exclave, X" and "the X
region" are places; "a Cabinet meeting" is a meeting; "X news agency" is the agency's name; a country never opens a
person's name ("Ambassador to Sri Lanka Julie Chung").
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc

from core.extract.cap_words import is_cap
from core.extract.coref import Mention
from core.extract.editions import outlet_editions
from core.extract.field_bodies import field_bodies
from core.extract.kb import lexicon_set, lookup
from core.extract.long_bodies import (
    ambiguous_demonym_leads,
    join_hyphenated_bodies,
    joined_heads,
    of_tails,
    portfolio_cut,
    things_by_acronym,
)
from core.extract.nicknamed import nicknamed_people
from core.extract.nlp import doc_column, doc_ends, doc_starts, doc_text, span_text
from core.extract.outlet_shapes import citing_outlets, outlets_by_shape, romance_names
from core.extract.paired_bodies import split_paired_bodies
from core.extract.run_on_names import join_for_names, join_initials, split_run_on
from core.extract.statenames import state_fixes
from core.extract.subunits import drop_unit_owners
from core.extract.titled import portfolio_words
from core.model import Kind

_HYPHENS = {"-", "\u2010", "\u2011"}
_LED_NOUNS = {"coalition", "alliance", "force", "forces", "mission", "operation", "intervention"}
# seas and directions that name fleets ("Pacific Fleet", "Northern Fleet"), besides names ending in "Sea"/"Ocean"
_FLEET_WORDS = {"Pacific", "Northern", "Baltic", "Atlantic", "Mediterranean", "Caspian", "Southern", "Eastern",
                "Western", "Arctic", "Sea", "Ocean"}
_PLATFORM_NOUNS = {"network", "platform", "app", "application", "site", "service"}
_PLATFORM_KINDS = {"social", "messaging", "media", "video", "streaming", "networking"}
_PLACE_APPOSED = {"exclave", "enclave", "region", "province", "territory", "island", "town", "village", "district"}
_AFTER_PLACE = {"region", "regions", "area", "belt", "basin", "neighborhood", "neighbourhood", "district", "quarter",
                "suburb", "governorate", "oblast", "prefecture", "municipality"}
_COMPASS = {"eastern", "western", "northern", "southern", "central", "northeastern", "northwestern", "southeastern",
            "southwestern", "north-eastern", "north-western", "south-eastern", "south-western"}
_LISTED = {"Group", "Category", "Tier", "Class", "List", "Annex", "Schedule", "Zone"}
_CODE = re.compile(r"[A-Z]\d{0,2}")
_EVENT_NAMES = {"Meeting", "Meetings", "Summit", "Talks"}
_EVENT_NOUNS = {"meeting", "meetings", "session", "sessions", "day", "reshuffle"}
_ARTICLES = {"al", "el"}
_NOT_NAMES = {"a", "an", "the", "this", "that", "these", "those", "it", "its", "their", "our", "his", "her"}
_POSSESSIVES = {"'s", "\u2019s", "'", "\u2019"}
_LOWER_BODIES = {"council", "committee", "politburo", "directorate", "commission"}
_NAME_SMALL_WORDS = {"of", "for", "the", "and", "in", "on", "de", "des", "du", "la", "el"}
_CLOSING_QUOTES = {"\u201d", '"', "\u2019", "'"}
_DOCUMENT_NOUNS = {"statement", "declaration", "document", "communique", "communiqué", "agreement", "accord", "pact",
                   "treaty", "plan", "initiative", "route", "corridor", "report", "resolution", "roadmap"}
_NAMED_BY = {"channel", "outlet", "website", "group", "agency", "newspaper", "broadcaster", "militia", "firm",
             "company"}
# titles written only before a person's name (not "General", "Chief", "Director": also words of bodies' names)
_PERSON_TITLES = {"pm", "president", "ambassador", "minister", "premier", "senator", "sen.", "gov.", "governor",
                  "mayor", "king", "queen", "prince", "emir", "sheikh", "ayatollah", "mr", "mr.", "mrs", "ms", "dr",
                  "dr.", "envoy", "spokesman", "spokeswoman", "chancellor"}
# lower-case words that make the capitalised name before them a group or a carrier, not a person
_GROUP_NOUNS = {"group", "militia", "faction", "organisation", "organization", "movement", "outfit"}
_PLURAL_BODIES = {"organisation", "organization", "party", "company", "firm", "body", "agency", "outlet", "entity"}
_GROUP_KINDS = {"militant", "rebel", "armed", "terrorist", "extremist", "separatist", "paramilitary", "insurgent",
                "jihadist", "islamist", "militia", "guerrilla", "opposition", "political"}
_CARRIER_NOUNS = {"flight", "flights", "airliner", "jetliner"}
_PLACE_NOUNS_AFTER = {"island", "islands", "port", "peninsula", "province", "airport", "strait", "coast", "county"}
_STATE_AREAS = {"region", "territory", "republic", "enclave"}
_TRIGGERS = {"led", "fleet"} | _STATE_AREAS | _LOWER_BODIES | _NAMED_BY | _PERSON_TITLES


# a web address written as a name: no scheme, no "www.", no path after it
_DOMAIN = re.compile(
    r"(?<![\w./@-])[A-Za-z][A-Za-z0-9-]*[A-Za-z0-9]\.(?i:com|org|net|info|io|news|az|ru|ir|ua|am|ge|kz)(?![\w/-]|\.\w)"
)


@cache
def _trigger_re() -> re.Pattern:
    words = sorted(_TRIGGERS, key=len, reverse=True)
    alternatives = "|".join(re.escape(w) for w in words)
    return re.compile(r"\((?=\s*[A-Z]{3,}\s*\))|(?<![\w.])(?:" + alternatives + r")(?![\w])", re.I)


def word_positions(doc: Doc, pattern: re.Pattern, text: str) -> list[int]:
    """Token indices where ``pattern`` matches the text at a token's start (a scan of the text, not of the tokens)."""
    out = []
    starts, ends = doc_starts(doc), doc_ends(doc)  # (``doc.char_span`` of one token, without making the span)
    for m in pattern.finditer(text):
        i = starts.get(m.start())
        if i is not None and ends[i] == m.end():
            out.append(i)
    return out


def news_candidates(doc: Doc) -> list[Mention]:
    """Bodies and people named by a general word around the name: coalitions led by a state, fleets by their sea,
    a channel's hyphenated name, a long name before its acronym, a council in lower case, a title read as a place."""
    out: list[Mention] = []
    n = len(doc)
    text = doc_text(doc)  # spaCy joins doc_text(doc) anew on every access: once here
    out += domain_outlets(doc, text)
    out += field_bodies(doc)
    out += _led_in_one_word(doc, text)
    out += nicknamed_people(doc)  # 'Joaquín ‘El Chapo’ Guzmán': one person, the quoted nickname inside
    for i in word_positions(doc, _trigger_re(), text):
        tok = doc[i]
        low = tok.lower_
        if low == "led" and 2 <= i < n - 1 and doc[i + 1].lower_ in _LED_NOUNS:
            m = _led_by(doc, i)
            if m is not None:
                out.append(m)
        elif low == "fleet":
            m = _fleet(doc, i)
            if m is not None:
                out.append(m)
        elif low == "(":
            # "Agency for the Safety of Air Navigation in Africa (ASECNA)": a name with small words before its acronym
            if i > 3 and i + 2 < n and doc[i + 2].text == ")" and _acronym(doc[i + 1].text):
                m = _long_form(doc, i)
                if m is not None:
                    out.append(m)
        elif low in _STATE_AREAS and tok.is_lower and i > 0:
            # "the breakaway Somaliland region": the state's name, not a place the model joins to the noun
            term = lookup(doc[i - 1].text)
            if term is not None and term.kind is Kind.STATE and term.role == "name":
                prev = doc[i - 1]
                chars = (prev.idx, prev.idx + len(prev))
                out.append(Mention(i - 1, i + 1, Kind.STATE, term.name, 4, "name", chars=chars))
        elif tok.is_lower and low in _LOWER_BODIES:
            m = _lower_council(doc, i)
            if m is not None:
                out.append(m)
        if tok.is_lower and low in _NAMED_BY and i + 3 < n and doc[i + 1].text[:1].isupper():
            # "the Telegram channel VChK-OGPU": a name of capitalised parts joined by hyphens after a body noun
            k = i + 1
            while k + 2 < n and doc[k + 1].text in _HYPHENS and not doc[k].whitespace_ and not doc[k + 1].whitespace_:
                if not doc[k + 2].text[:1].isupper():
                    break
                k += 2
            if k > i + 1 and lookup(doc[i + 1 : k + 1].text) is None:
                out.append(Mention(i + 1, k + 1, Kind.PARTY, None, 2, "org"))
        elif (
            low in _PERSON_TITLES
            and tok.ent_iob_ == "B"
            and tok.ent_type_ in {"GPE", "ORG"}
            and i + 1 < n
            and doc[i + 1].ent_iob_ == "I"
            and (i + 2 >= n or doc[i + 2].ent_iob_ != "I")
            and doc[i + 1].is_title
            and lookup(doc[i + 1].text) is None
        ):
            out.append(Mention(i + 1, i + 2, Kind.OFFICIAL, None, 2, "person"))  # "PM Modi" read as a place
    return out


def domain_outlets(doc: Doc, text: str) -> list[Mention]:
    """ "TankerTrackers.com", "News.Az": a site named by its web address is an outlet or a data provider (a body)."""
    out = []
    for m in _DOMAIN.finditer(text):
        if not any(c.isupper() for c in m.group(0)):
            continue
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is not None:
            out.append(Mention(span.start, span.end, Kind.PARTY, None, 4, "org", chars=m.span()))
    return out


def _led_by(doc: Doc, i: int) -> Mention | None:
    """ "the Saudi-led coalition": one body, with the state (or body) that leads it a mention of its own inside it."""
    lead = doc[i - 2]
    if doc[i - 1].text not in _HYPHENS or lead.whitespace_ or doc[i - 1].whitespace_:
        return None
    term = lookup(lead.text)
    if term is None or term.kind not in {Kind.STATE, Kind.PARTY} or term.role == "block":
        return None
    m = Mention(i - 2, i + 2, Kind.PARTY, None, 5, "org")
    m.chars = (lead.idx, doc[i + 1].idx + len(doc[i + 1]))  # kept whole: no short form without the state
    m.owner = Mention(i - 2, i - 1, term.kind, term.name, 3, term.role)
    return m


# "the U.S.-led coalition": the model keeps an abbreviation with its hyphen and "led" as one word
_LED_WORD = re.compile(r"(?<![\w.])([A-Z][A-Za-z]*\.(?:[A-Za-z]+\.)+)-led[ \t]+(" + "|".join(_LED_NOUNS) + r")\b")


def _led_in_one_word(doc: Doc, text: str) -> list[Mention]:
    """ "the U.S.-led coalition" written as one word and a noun: the coalition, with its leader inside it."""
    out = []
    for found in _LED_WORD.finditer(text):
        term = lookup(found.group(1))
        span = doc.char_span(found.start(), found.end())
        if term is None or term.kind is not Kind.STATE or term.role == "block" or span is None or len(span) != 2:
            continue
        m = Mention(span.start, span.end, Kind.PARTY, None, 5, "org", chars=found.span())
        m.owner = Mention(span.start, span.start + 1, term.kind, term.name, 3, term.role, chars=found.span(1))
        out.append(m)
    return out


def _fleet(doc: Doc, i: int) -> Mention | None:
    """ "the Black Sea Fleet", "Russia's Black Sea fleet": a fleet named by its sea, in either case."""
    j = i
    while j > 0 and i - j < 3 and is_cap(doc[j - 1]) and lookup(doc[j - 1].text) is None:
        if doc[j - 1].lower_ in _NOT_NAMES:
            break
        j -= 1
    if j == i or doc[i - 1].text not in _FLEET_WORDS:
        return None
    m = Mention(j, i + 1, Kind.PARTY, None, 6, "org")  # before the sea's name as a place
    m.name = f"{doc[j:i].text} Fleet"
    return m


def _lower_council(doc: Doc, i: int) -> Mention | None:
    """ "the Houthis' supreme political council": a council named in lower case right after its owner's possessive."""
    j = i
    while j > 0 and i - j < 3 and doc[j - 1].is_lower and doc[j - 1].is_alpha and not doc[j - 1].is_stop:
        j -= 1
    if j == i or j < 2 or doc[j - 1].text not in _POSSESSIVES:
        return None
    owner = lookup(doc[j - 2].text)
    if owner is None or owner.kind not in {Kind.STATE, Kind.PARTY} or owner.role == "block":
        return None
    m = Mention(j, i + 1, Kind.PARTY, None, 4, "org")
    m.name = " ".join(t.text.capitalize() for t in doc[j : i + 1])
    return m


def is_year(text: str) -> bool:
    """ "2024", "1998": a number that is a year, not a unit's or a body's number."""
    return len(text) == 4 and text[:2] in {"19", "20"}


def _acronym(text: str) -> bool:
    return text.isalpha() and text.isupper() and len(text) >= 3


def _tight_hyphen(doc: Doc, i: int) -> bool:
    """ "Self-determination": a hyphen written tight inside a name, or the word it joins on."""
    if doc[i].text in _HYPHENS:
        return i > 0 and not doc[i].whitespace_ and not doc[i - 1].whitespace_
    return i > 0 and doc[i - 1].text in _HYPHENS and not doc[i - 1].whitespace_ and doc[i].is_alpha


def _long_form(doc: Doc, bracket: int) -> Mention | None:
    """The name before "(ACRONYM)" when it opens with a body's head word and runs on through "of", "for", "in"."""
    heads = lexicon_set("org_heads")
    end = bracket
    if not is_cap(doc[end - 1]):
        return None
    k = end
    while k > 0 and end - k < 14 and (
        is_cap(doc[k - 1]) or doc[k - 1].lower_ in _NAME_SMALL_WORDS or _tight_hyphen(doc, k - 1)
    ):
        k -= 1
    # the last head word with a small word after it opens the name ("X Group of Companies and Y Group of Z (YGZ)")
    start = next(
        (h for h in range(end - 1, k - 1, -1)
         if doc[h].text in heads and any(doc[t].lower_ in _NAME_SMALL_WORDS for t in range(h, end))),
        None,
    )
    if start is None:
        return None
    while start > 0 and is_cap(doc[start - 1]) and lookup(doc[start - 1].text) is None:
        if doc[start - 1].ent_type_ in {"DATE", "TIME"} or doc[start - 1].is_sent_start:
            break
        start -= 1
    return Mention(start, end, Kind.PARTY, None, 4, "org") if end - start >= 5 else None


def news_fixes(doc: Doc, chosen: list[Mention]) -> list[Mention]:
    """The chosen mentions with the article-shaped mistakes above corrected (spans only shrink or take "al-")."""
    out: list[Mention] = []
    chosen = joined_heads(doc, of_tails(doc, join_hyphenated_bodies(doc, chosen)))
    chosen = join_for_names(doc, join_initials(doc, split_run_on(doc, split_paired_bodies(doc, chosen))))
    chosen = ambiguous_demonym_leads(doc, things_by_acronym(doc, portfolio_cut(doc, chosen)))
    chosen += citing_outlets(doc, chosen)
    starts = {m.start: m for m in chosen if m.chars is None}
    dropped: set[int] = set()
    for m in chosen:
        if id(m) in dropped or m.chars is not None:
            if id(m) not in dropped:
                out.append(m)
            continue
        initial = m.kind is Kind.OFFICIAL and doc[m.start].text == "A" and not doc[m.start].is_sent_start  # "A Roe"
        article = doc[m.start].lower_ in {"the", "a", "an"} and not initial
        if m.kind is not Kind.STATE and m.end - m.start > 1 and article:
            m.start += 1  # "The Telegram channel": the article is not the name
        if m.kind in {Kind.PARTY, Kind.OFFICIAL} and not _keep(doc, m):
            continue
        if m.kind is Kind.PARTY and m.key is None and m.name is None and _two_names(doc, m.start, m.end):
            # "KFOR & EULEX", "Mak and Rachad": two bodies the model read as one name
            for i in (m.start, m.end - 1):
                term = lookup(doc[i].text)
                known = term is not None and term.kind is Kind.PARTY
                out.append(Mention(i, i + 1, Kind.PARTY, term.name if known else None, m.tier, m.role))
            continue
        if m.kind in {Kind.PARTY, Kind.OFFICIAL}:
            m.start = _with_article(doc, m.start)
        if m.kind is Kind.PARTY and m.key is None and m.name is None:
            m.key = _state_body(doc, m)
        if m.kind is Kind.PARTY and m.key is None and m.name is None and _news_agency(doc, m.end):
            m.name = f"{doc[m.start:m.end].text} News Agency"
        if m.kind is Kind.OFFICIAL and _place_noun_after(doc, m.end):
            continue  # "Borneo island", "the Bandar Abbas port": a place the model took for a person
        if m.kind is Kind.OFFICIAL and m.key is None and _body_noun_around(doc, m.start, m.end):
            # "the X group's headquarters", "militant group X", "a X flight"; not a surname waiting for its person
            m.kind, m.role = Kind.PARTY, ("single" if m.role == "maybe-surname" else m.role)
        if m.kind is Kind.OFFICIAL:
            split = _country_opening(doc, m, starts)
            if split is not None:
                state, follower = split
                out.append(state)
                if follower is not None:
                    dropped.add(id(follower))
                    m.end = follower.end
                m.start = state.end
        out.append(m)
    _numbered_short_forms(doc, out)
    outlets_by_shape(doc, out)
    romance_names(doc, out)
    return drop_unit_owners(doc, outlet_editions(doc, state_fixes(doc, out)))


def _two_names(doc: Doc, s: int, e: int) -> bool:
    """ "A and B" of two one-word names: both acronyms, or one of them written alone elsewhere in the text."""
    if e - s != 3 or doc[s + 1].lower_ not in {"and", "&"} or not all(is_cap(doc[i]) for i in (s, e - 1)):
        return False
    a, b = doc[s], doc[e - 1]
    if a.is_upper and b.is_upper and len(a) > 2 and len(b) > 2:
        return True
    words = doc_column(doc, "text")
    alone = {*words[:s], *words[e:]}
    if a.text in alone or b.text in alone:
        return True
    # "the two terrorist organizations, the Mak and Rachad": a plural body word just before names two bodies
    return any(doc[k].tag_ == "NNS" and doc[k].lemma_ in _GROUP_NOUNS | _PLURAL_BODIES for k in range(max(0, s - 4), s))


def _place_noun_after(doc: Doc, e: int) -> bool:
    return e < len(doc) and doc[e].is_lower and doc[e].lower_ in _PLACE_NOUNS_AFTER


def _body_noun_around(doc: Doc, s: int, e: int) -> bool:
    """A lower-case group word right after the name, or right before it (past a closing quote)."""
    if e < len(doc) and doc[e].is_lower and doc[e].lower_ in _GROUP_NOUNS | _CARRIER_NOUNS:
        return True
    if e + 1 < len(doc) and doc[e].lower_ in _GROUP_KINDS and doc[e + 1].lower_ in _GROUP_NOUNS | {"rebels", "rebel"}:
        return True  # "the M23 militant group", "the X rebel movement"
    b = s - 1
    if b >= 0 and doc[b].text in _CLOSING_QUOTES:
        b -= 1
    return b >= 0 and doc[b].is_lower and doc[b].lower_ in _GROUP_NOUNS


def _numbered_short_forms(doc: Doc, chosen: list[Mention]) -> None:
    """ "CTF 153" after "Combined Task Force 153": the initials and the number of a numbered body are that body."""
    numbered = {}
    for m in chosen:
        if m.kind is Kind.PARTY and m.chars is None and m.end - m.start >= 3 and doc[m.end - 1].like_num:
            words = [t.text for t in doc[m.start : m.end - 1] if t.is_title]
            numbered["".join(w[0] for w in words) + " " + doc[m.end - 1].text] = doc[m.start : m.end].text
    if not numbered:
        return
    for m in chosen:
        if m.kind is not Kind.PARTY or m.chars is not None or m.key is not None:
            continue
        end = m.end + 1 if m.end - m.start == 1 and m.end < len(doc) and doc[m.end].like_num else m.end
        long = numbered.get(doc[m.start : end].text) if end - m.start == 2 else None
        if long is not None:
            m.key, m.end = long, end


def _cut_in_brackets(doc: Doc, s: int, e: int) -> bool:
    """A name that opens a bracket it does not close, with a document's head after the closing bracket."""
    words = doc_column(doc, "text")[s:e]
    if "(" not in words or ")" in words[words.index("(") :]:
        return False
    k = e
    while k < len(doc) and k - e < 4 and doc[k].text != ")":
        k += 1
    return k + 1 < len(doc) and doc[k].text == ")" and doc[k + 1].text in lexicon_set("document_heads")


def _keep(doc: Doc, m: Mention) -> bool:
    """False for a platform, a place or an event word the model took for a name."""
    s, e = m.start, m.end
    if s >= 2 and doc[s - 1].lower_ in _PLATFORM_NOUNS and doc[s - 2].lower_ in _PLATFORM_KINDS:
        return False  # "on the social network X"
    if m.key is not None:
        return True
    if m.kind is Kind.PARTY and portfolio_words(doc, s, e):
        return False  # "Under Secretary for Terrorism and Financial Intelligence": the title's portfolio
    if e - s == 1 and doc[s].lower_ in _NOT_NAMES:
        return False  # "An outlet ...": a determiner the model took for a name
    if s >= 2 and doc[s - 1].text == "," and doc[s - 2].lower_ in _PLACE_APPOSED:
        return False  # "its exclave, X"
    if e < len(doc) and doc[e].lower_ in _AFTER_PLACE and doc[e].is_lower and e - s <= 2:
        return False  # "the Sahel region"
    if e - s <= 2 and s >= 2 and doc[s - 1].lower_ in _COMPASS and doc[s - 1].is_lower and doc[s - 2].is_lower:
        return False  # "in eastern Ladakh": a place
    if _listed(doc, s, e):
        return False  # "Group A1", "Tier B": a category of a list
    facilities = lexicon_set("facility_nouns")
    if e + 1 < len(doc) and doc[e].is_lower and doc[e].is_alpha and (
        doc[e].lower_ in facilities or (doc[e + 1].is_lower and doc[e + 1].lower_ in facilities)
    ):
        return False  # "at the X border crossing"
    if _said_to_be_a_place(doc, s, e):
        return False  # "X is Russia's only port", "ports such as X and Y"
    if e - s == 1 and s >= 2 and doc[s - 1].text == "(" and doc[s - 2].text in _CLOSING_QUOTES:
        return False  # "the so-called “Route for Peace” (RFP)": the acronym of a quoted title
    if _apposed_document(doc, e, m.kind is Kind.OFFICIAL):
        return False  # "the Spirit of X, a joint statement": a document's title
    if _cut_in_brackets(doc, s, e):
        return False  # "the Unlawful Acts (Prevention) Act": a law's name cut inside its bracket
    if m.kind is Kind.PARTY and e - s > 1 and doc[e - 1].text in _EVENT_NAMES:
        return False  # "the Foreign and Defense Ministerial Meeting": a meeting, not its members
    generic = lexicon_set("generic_bodies") | lexicon_set("org_heads")
    # "a Cabinet meeting"
    return not (e - s == 1 and doc[s].text in generic and e < len(doc) and doc[e].lower_ in _EVENT_NOUNS)


def _listed(doc: Doc, s: int, e: int) -> bool:
    """ "Group A", "Group A2", "A2" after "Group": a list's category named by a letter code."""
    if doc[s].text in _LISTED:
        return (e - s == 2 and _CODE.fullmatch(doc[s + 1].text) is not None) or (
            e - s == 1 and e < len(doc) and _CODE.fullmatch(doc[e].text) is not None
        )
    return e - s == 1 and s > 0 and doc[s - 1].text in _LISTED and _CODE.fullmatch(doc[s].text) is not None


def _said_to_be_a_place(doc: Doc, s: int, e: int) -> bool:
    places = lexicon_set("place_nouns")
    if e + 1 < len(doc) and doc[e].lemma_ == "be" and doc[e].pos_ == "AUX":
        for k in range(e + 1, min(len(doc), e + 7)):
            if doc[k].lower_ in places and doc[k].is_lower:
                return k + 1 >= len(doc) or doc[k + 1].pos_ not in {"NOUN", "PROPN"}  # not "a port city's"
            if doc[k].pos_ in {"VERB", "ADP"} or doc[k].is_punct:
                break
    k = s - 1
    while k > 1 and s - k < 8 and doc[k].lower_ not in {"as", "including"}:
        if not (is_cap(doc[k]) or doc[k].lower_ in {",", "and", "or"}):
            return False
        k -= 1
    head = k - 2 if doc[k].lower_ == "as" and doc[k - 1].lower_ == "such" else k - 1
    return head >= 0 and doc[k].lower_ in {"as", "including"} and doc[head].lemma_.lower() in places


def _apposed_document(doc: Doc, end: int, person: bool = False) -> bool:
    """ "X of Y, a joint statement that ...": the apposition after the name (and its "of" tail) says it is a text;
    not "Jane Roe, the report said" (a person named before the text that says so)."""
    k = end
    while k < len(doc) and k - end < 5 and (doc[k].lower_ in {"of", "the"} or is_cap(doc[k])):
        k += 1
    if k + 2 >= len(doc) or doc[k].text != "," or doc[k + 1].lower_ not in {"a", "an", "the"}:
        return False
    speech = lexicon_set("speech_verbs") if person else frozenset()
    return any(
        doc[j].lower_ in _DOCUMENT_NOUNS and not (j + 1 < len(doc) and doc[j + 1].lemma_ in speech)
        for j in range(k + 2, min(len(doc), k + 5))
    )


def _with_article(doc: Doc, start: int) -> int:
    """ "al-Masirah", "al Shabaab": the Arabic article written before a name is part of it."""
    cut = start >= 1 and doc[start].text in _HYPHENS and not doc[start - 1].whitespace_
    if cut and doc[start - 1].lower_ in _ARTICLES:
        return start - 1  # "-Rawahi": the hyphen left at the front of a name cut after its article "al"
    tight = start >= 2 and not doc[start - 2].whitespace_ and not doc[start - 1].whitespace_
    if tight and doc[start - 1].text in _HYPHENS and doc[start - 2].lower_ in _ARTICLES:
        return start - 2
    if start >= 1 and doc[start - 1].text in _ARTICLES and doc[start - 1].whitespace_:
        return start - 1
    return start


def _state_body(doc: Doc, m: Mention) -> str | None:
    """ "Ukraine's Main Intelligence Directorate": the known body "Main Intelligence Directorate of Ukraine"."""
    if m.start < 2 or doc[m.start - 1].text not in _POSSESSIVES:
        return None
    state = lookup(doc[m.start - 2].text)
    if state is None or state.kind is not Kind.STATE or state.role == "block":
        return None
    term = lookup(f"{doc[m.start : m.end].text} of {state.name}")
    return term.name if term is not None and term.kind is Kind.PARTY else None


def _news_agency(doc: Doc, end: int) -> bool:
    return end + 1 < len(doc) and doc[end].lower_ == "news" and doc[end + 1].lower_ == "agency" and doc[end].is_lower


def _country_opening(doc: Doc, m: Mention, starts: dict[int, Mention]) -> tuple[Mention, Mention | None] | None:
    """ "Ambassador to Sri Lanka Julie Chung" read as "Sri Lanka Julie" + "Chung": the country, then the person."""
    for n in (3, 2, 1):
        if m.end - m.start <= n:
            continue
        term = lookup(span_text(doc, m.start, m.start + n))
        if term is None or term.kind is not Kind.STATE or term.role != "name":
            continue
        if n == 1 and not (m.start > 0 and doc[m.start - 1].lower_ in {"to", "of", "in", "from", "for"}):
            return None  # "Israel Katz", "Jordan Bardella": a first name spelled like a country
        state = Mention(m.start, m.start + n, Kind.STATE, term.name, 3, term.role)
        follower = starts.get(m.end)
        if follower is not None and (follower.kind is not Kind.OFFICIAL or follower.end - follower.start > 2):
            follower = None
        return state, follower
    return None
