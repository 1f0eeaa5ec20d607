"""Bodies, places and people that news writing marks by a general word around the name, not by the name itself.

Candidates: "the Saudi-led coalition" (a coalition named by the state that leads it), "the Black Sea fleet" (a fleet
named by its sea, in either case). Fixes on the chosen mentions: "al-"/"al " before an Arabic name belongs to it; a
leading "The" is not part of a name; "the social network X" is a platform, not a party; "its exclave, X" and "the X
region" are places; "a Cabinet meeting" is a meeting; "X news agency" is the agency's name; a country never opens a
person's name ("Ambassador to Sri Lanka Julie Chung").
"""

from __future__ import annotations

from spacy.tokens import Doc

from core.extract.coref import Mention
from core.extract.kb import lexicon_set, lookup
from core.extract.things import is_cap
from core.model import Kind

_HYPHENS = {"-", "\u2010", "\u2011"}
_LED_NOUNS = {"coalition", "alliance", "force", "forces", "mission", "operation", "intervention"}
# seas and directions that name fleets ("Pacific Fleet", "Northern Fleet"), besides names ending in "Sea"/"Ocean"
_FLEET_WORDS = {"Pacific", "Northern", "Baltic", "Atlantic", "Mediterranean", "Caspian", "Southern", "Eastern",
                "Western", "Arctic", "Sea", "Ocean"}
_PLATFORM_NOUNS = {"network", "platform", "app", "application", "site", "service"}
_PLATFORM_KINDS = {"social", "messaging", "media", "video", "streaming", "networking"}
_PLACE_APPOSED = {"exclave", "enclave", "region", "province", "territory", "island", "town", "village", "district"}
_AFTER_PLACE = {"region", "regions", "area", "belt", "basin"}
_EVENT_NOUNS = {"meeting", "meetings", "session", "sessions", "day", "reshuffle"}
_ARTICLES = {"al", "el"}
_NOT_NAMES = {"a", "an", "the", "this", "that", "these", "those", "it", "its", "their", "our", "his", "her"}
_POSSESSIVES = {"'s", "\u2019s", "'", "\u2019"}
_LOWER_BODIES = {"council", "committee", "politburo", "directorate", "commission"}
_NAME_SMALL_WORDS = {"of", "for", "the", "and", "in", "on", "de", "des", "du", "la", "el"}
_CLOSING_QUOTES = {"\u201d", '"', "\u2019", "'"}
_DOCUMENT_NOUNS = {"statement", "declaration", "document", "communique", "communiqué", "agreement", "accord", "pact",
                   "treaty", "plan", "initiative", "route", "corridor", "report", "resolution", "roadmap"}
_NAMED_BY = {"channel", "outlet", "website", "group", "agency", "newspaper", "broadcaster", "militia", "firm", "company"}
# titles written only before a person's name (not "General", "Chief", "Director": also words of bodies' names)
_PERSON_TITLES = {"pm", "president", "ambassador", "minister", "premier", "senator", "sen.", "gov.", "governor",
                  "mayor", "king", "queen", "prince", "emir", "sheikh", "ayatollah", "mr", "mr.", "mrs", "ms", "dr",
                  "dr.", "envoy", "spokesman", "spokeswoman", "chancellor"}


def news_candidates(doc: Doc) -> list[Mention]:
    """Bodies named by a general word around a known name or a sea: coalitions led by a state, fleets."""
    out: list[Mention] = []
    n = len(doc)
    for i, tok in enumerate(doc):
        # "the Saudi-led coalition": one body, with the state a mention of its own inside it
        if (
            i + 3 < n
            and doc[i + 1].text in _HYPHENS
            and not tok.whitespace_
            and doc[i + 2].lower_ == "led"
            and doc[i + 3].lower_ in _LED_NOUNS
        ):
            term = lookup(tok.text)
            if term is not None and term.kind in {Kind.STATE, Kind.PARTY} and term.role != "block":
                m = Mention(i, i + 4, Kind.PARTY, None, 5, "org")
                m.chars = (tok.idx, doc[i + 3].idx + len(doc[i + 3]))  # kept whole: no short form without the state
                m.owner = Mention(i, i + 1, term.kind, term.name, 3, term.role)
                out.append(m)
        # "the Black Sea Fleet", "Russia's Black Sea fleet": a fleet named by its sea
        if tok.lower_ == "fleet" and i > 0:
            j = i
            while j > 0 and i - j < 3 and is_cap(doc[j - 1]) and lookup(doc[j - 1].text) is None:
                j -= 1
            if j < i and doc[i - 1].text in _FLEET_WORDS:
                m = Mention(j, i + 1, Kind.PARTY, None, 6, "org")  # before the sea's name as a place
                m.name = f"{doc[j:i].text} Fleet"
                out.append(m)
        # "the Telegram channel VChK-OGPU": a name of capitalised parts joined by hyphens after a body noun
        if tok.lower_ in _NAMED_BY and tok.is_lower and i + 3 < n and doc[i + 1].text[:1].isupper():
            k = i + 1
            while k + 2 < n and doc[k + 1].text in _HYPHENS and not doc[k].whitespace_ and not doc[k + 1].whitespace_:
                if not doc[k + 2].text[:1].isupper():
                    break
                k += 2
            if k > i + 1 and lookup(doc[i + 1 : k + 1].text) is None:
                out.append(Mention(i + 1, k + 1, Kind.PARTY, None, 2, "org"))
        # "Agency for the Safety of Air Navigation in Africa (ASECNA)": a body's name with small words, before its acronym
        if tok.text == "(" and i + 2 < n and doc[i + 2].text == ")" and _acronym(doc[i + 1].text) and i > 3:
            m = _long_form(doc, i)
            if m is not None:
                out.append(m)
        # "the Houthis' supreme political council": a council named in lower case after its owner
        if tok.lower_ in _LOWER_BODIES and tok.is_lower and i >= 3:
            j = i
            while j > 0 and i - j < 3 and doc[j - 1].is_lower and doc[j - 1].pos_ == "ADJ":
                j -= 1
            owner = lookup(doc[j - 2].text) if j >= 2 and j < i and doc[j - 1].text in _POSSESSIVES else None
            if owner is not None and owner.kind in {Kind.STATE, Kind.PARTY} and owner.role != "block":
                m = Mention(j, i + 1, Kind.PARTY, None, 4, "org")
                m.name = " ".join(t.text.capitalize() for t in doc[j : i + 1])
                out.append(m)
        # "PM Modi" read as one place or body: a title and one name is a person
        if (
            tok.ent_iob_ == "B"
            and tok.ent_type_ in {"GPE", "ORG"}
            and i + 1 < n
            and tok.lower_ in _PERSON_TITLES
            and doc[i + 1].ent_iob_ == "I"
            and (i + 2 >= n or doc[i + 2].ent_iob_ != "I")
            and doc[i + 1].is_title
            and lookup(doc[i + 1].text) is None
        ):
            out.append(Mention(i + 1, i + 2, Kind.OFFICIAL, None, 2, "person"))
    return out


def _acronym(text: str) -> bool:
    return text.isalpha() and text.isupper() and len(text) >= 3


def _long_form(doc: Doc, bracket: int) -> Mention | None:
    """The name before "(ACRONYM)" when it opens with a body's head word and runs on through "of", "for", "in"."""
    heads = lexicon_set("org_heads")
    end = bracket
    if not is_cap(doc[end - 1]):
        return None
    k = end
    while k > 0 and end - k < 14 and (is_cap(doc[k - 1]) or doc[k - 1].lower_ in _NAME_SMALL_WORDS):
        k -= 1
    # the last head word with a small word after it opens the name ("X Group of Companies and Y Group of Z (YGZ)")
    start = next(
        (h for h in range(end - 1, k - 1, -1)
         if doc[h].text in heads and any(doc[t].lower_ in _NAME_SMALL_WORDS for t in range(h, end))),
        None,
    )
    if start is None:
        return None
    while start > 0 and is_cap(doc[start - 1]) and lookup(doc[start - 1].text) is None and not doc[start - 1].is_sent_start:
        if doc[start - 1].ent_type_ in {"DATE", "TIME"}:
            break
        start -= 1
    return Mention(start, end, Kind.PARTY, None, 4, "org") if end - start >= 5 else None


def news_fixes(doc: Doc, chosen: list[Mention]) -> list[Mention]:
    """The chosen mentions with the article-shaped mistakes above corrected (spans only shrink or take "al-")."""
    out: list[Mention] = []
    starts = {m.start: m for m in chosen if m.chars is None}
    dropped: set[int] = set()
    for m in chosen:
        if id(m) in dropped or m.chars is not None:
            if id(m) not in dropped:
                out.append(m)
            continue
        if m.kind is not Kind.STATE and m.end - m.start > 1 and doc[m.start].lower_ in {"the", "a", "an"}:
            m.start += 1  # "The Telegram channel": the article is not the name
        if m.kind in {Kind.PARTY, Kind.OFFICIAL} and not _keep(doc, m):
            continue
        if m.kind in {Kind.PARTY, Kind.OFFICIAL}:
            m.start = _with_article(doc, m.start)
        if m.kind is Kind.PARTY and m.key is None and m.name is None:
            m.key = _state_body(doc, m)
        if m.kind is Kind.PARTY and m.key is None and m.name is None and _news_agency(doc, m.end):
            m.name = f"{doc[m.start:m.end].text} News Agency"
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
    return out


def _keep(doc: Doc, m: Mention) -> bool:
    """False for a platform, a place or an event word the model took for a name."""
    s, e = m.start, m.end
    if s >= 2 and doc[s - 1].lower_ in _PLATFORM_NOUNS and doc[s - 2].lower_ in _PLATFORM_KINDS:
        return False  # "on the social network X"
    if m.key is not None:
        return True
    if e - s == 1 and doc[s].lower_ in _NOT_NAMES:
        return False  # "An outlet ...": a determiner the model took for a name
    if s >= 2 and doc[s - 1].text == "," and doc[s - 2].lower_ in _PLACE_APPOSED:
        return False  # "its exclave, X"
    if e < len(doc) and doc[e].lower_ in _AFTER_PLACE and doc[e].is_lower and e - s <= 2:
        return False  # "the Sahel region"
    if e - s == 1 and s >= 2 and doc[s - 1].text == "(" and doc[s - 2].text in _CLOSING_QUOTES:
        return False  # "the so-called “Route for Peace” (RFP)": the acronym of a quoted title
    if _apposed_document(doc, e):
        return False  # "the Spirit of X, a joint statement": a document's title
    generic = lexicon_set("generic_bodies") | lexicon_set("org_heads")
    if e - s == 1 and doc[s].text in generic and e < len(doc) and doc[e].lower_ in _EVENT_NOUNS:
        return False  # "a Cabinet meeting"
    return True


def _apposed_document(doc: Doc, end: int) -> bool:
    """ "X of Y, a joint statement that ...": the apposition after the name (and its "of" tail) says it is a text."""
    k = end
    while k < len(doc) and k - end < 5 and (doc[k].lower_ in {"of", "the"} or is_cap(doc[k])):
        k += 1
    if k + 2 >= len(doc) or doc[k].text != "," or doc[k + 1].lower_ not in {"a", "an", "the"}:
        return False
    return any(doc[j].lower_ in _DOCUMENT_NOUNS for j in range(k + 2, min(len(doc), k + 5)))


def _with_article(doc: Doc, start: int) -> int:
    """ "al-Masirah", "al Shabaab": the Arabic article written before a name is part of it."""
    if start >= 2 and doc[start - 1].text in _HYPHENS and doc[start - 2].lower_ in _ARTICLES:
        if not doc[start - 2].whitespace_ and not doc[start - 1].whitespace_:
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
        term = lookup(doc[m.start : m.start + n].text)
        if term is None or term.kind is not Kind.STATE or term.role != "name":
            continue
        state = Mention(m.start, m.start + n, Kind.STATE, term.name, 3, term.role)
        follower = starts.get(m.end)
        if follower is not None and (follower.kind is not Kind.OFFICIAL or follower.end - follower.start > 2):
            follower = None
        return state, follower
    return None
