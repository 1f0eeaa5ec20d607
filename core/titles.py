"""The headline of a plain-text article: the first line that reads like one, less the page furniture around it.

Text copied from a web page often opens with what surrounded the headline: a section name ("Nation & World
News", "DEFENSE & SECURITY"), a widget ("Alexa", "Menu", "Share"), a breadcrumb ("Home > World > Asia"), a menu
bar, a date line, a byline or a photo caption with its credit. Those lines are skipped by their shape and by
general word lists (never by any one article's words), and an agency dateline ("(Bloomberg) --",
"WASHINGTON (Reuters) -") is cut from the front of the line that is kept.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise

from core.dates import MONTH_WORD, WEEKDAY_WORD

_STORE_DATE = re.compile(r"^date \d{4}-\d{2}-\d{2}\s*")  # how some stored pages begin
_BULLET = re.compile(r"^[-•*–—]\s+")
_SENTENCE_END = re.compile(r"[.!?\"”]\s*$")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# words that name a site's sections or its widgets, never a story (folded)
_SECTION_WORDS = _words(
    """news world nation national international local politics political business economy economics markets
    market finance money opinion opinions analysis editorial editorials commentary features feature sport sports
    culture arts lifestyle science technology tech health environment climate energy defense defence security
    military diplomacy foreign affairs region regions regional latest breaking top stories story home homepage
    video videos photos photo gallery podcast podcasts live updates more beyond today daily weekly briefing
    newsletter newsletters menu share print email comment comments subscribe subscription login log sign register
    search close skip content advertisement advertising sponsored alexa listen audio read follow us connect
    trending popular most viewed edition"""
)
# the glue of a section name: "Nation & World News", "South Asia and Beyond", "Saudi Arabia and the world"
_CONNECTORS = frozenset({"&", "and", "the", "of", "in", "with", "+", "-", "–", "—", "|", "/", ":", "·", "•"})
# world regions a section may be named after (countries come from the knowledge base)
_REGION_WORDS = _words(
    """asia africa europe america americas oceania pacific atlantic arctic antarctica middle east west north south
    central eastern western northern southern latin caribbean gulf arab asean eu us uk"""
)
# "Home > World", "Home : Media : News"; the look-behind makes one attempt per run of spaces, not one per space
_BREADCRUMB_SEPARATORS = re.compile(r"(?<!\s)\s+(?:>|›|»|/|\||:)\s+")
_MONTHS = MONTH_WORD
_WEEKDAYS = WEEKDAY_WORD
# a line that is only a date and a time: "Monday, Sep 15, 2025", "13:30 JST, August 22, 2023", "2021/08/10 17:44"
_DATE_WORD = re.compile(
    r"(?:" + _MONTHS + "|" + _WEEKDAYS + r"|\d{1,4}(?:[/:.\-]\d{1,4}){0,2}(?:st|nd|rd|th)?|[AP]\.?M\.?|[A-Z]{2,4}T"
    r"|(?:UTC|GMT)(?:[+-]\d{1,2}(?::?\d\d)?)?|Updated|Published|Posted|on|at)[,.]?",
    re.I,
)
# months in French, Spanish, Portuguese, Italian, Romanian, German and Dutch
_OTHER_MONTHS = (
    "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|"
    "mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|janeiro|fevereiro|março|maio|junho|julho|"
    "setembro|outubro|dezembro|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|ianuarie|"
    "februarie|martie|aprilie|iunie|iulie|octombrie|noiembrie|decembrie|januar|februar|märz|juni|juli|oktober|dezember|"
    "januari|februari|maart|mei|augustus"
)
# a day, a month in the page's own language and a year: "15 iulie 2020", "3 de junio de 2021", "12. März 2019"
_OTHER_LANGUAGE_DATE = re.compile(
    r"\d{1,2}\.? (?:de )?(?:" + _OTHER_MONTHS + r")\.? (?:de )?(?:19|20)\d{2}", re.I
)
_DATE_STRIP_MARKS = frozenset("|•·-–—")  # bars, bullets and a lone dash between a date and its time
_BYLINE = re.compile(r"^(?:By|BY|Written by|Reporting by):?\s+[A-Z]")
_BYLINE_WORDS = 12
_SECTION_MAX_WORDS = 6
# a menu bar copied as one line: capitalised words with several "&" or "/" between them and no sentence
_MENU_MIN_WORDS = 6
_MENU_SECTION_MIN_WORDS = 8
_MENU_SECTION_WORDS = 4
# a date (and what follows: a byline, an e-mail) after the headline's own end: "… ‘white list’. August. 13, 2019 …"
_TAIL_DATE = re.compile(r"(?<=[.’'\"”])\s+(?:" + _MONTHS + r"\.?\s+\d{1,2}\b|\d{1,2}\s+" + _MONTHS + r"\s+\d{4}).*$")
# datelines the furniture rules leave: "MOSCOW, September 7. /TASS/.", "Pyongyang, North Korea - "
_SLASH_AGENCY = re.compile(r"^[A-Z][A-Za-z .'\-]{1,30}(?:,\s*" + _MONTHS + r"\s+\d{1,2})?\.?\s*/[A-Z][A-Za-z]+/\.?\s*")
_PLACE_DASH = re.compile(r"^[A-Z][a-z]+(?:\s[A-Z][a-z]+)?,\s[A-Z][a-z]+(?:\s[A-Z][a-z]+)?\s+[-–—]+\s+(?=[A-Z“\"])")
# a place and a date alone on a line: "Dubai, April 27", "Kabul, Feb. 20, 2023" (a dateline the story's text follows)
_PLACE_DATE_LINE = re.compile(
    r"^[A-Z][A-Za-z.'’\-]*(?: [A-Z][A-Za-z.'’\-]*){0,3}, " + _MONTHS + r" \d{1,2}(?:, \d{4})?$"
)
# a dateline alone on its line: "Tianjin, China, Sep 1 (EFE).-", "LONDON (Reuters) -"
_DATELINE_LINE = re.compile(r"^[A-Z][\w .,'’\-]{0,60}\([A-Z][A-Za-z]+\)\s*[.,:]?\s*[-–—]*\s*$")
# short segments before ' | ' that open a line: "Doha, Qatar | THE PAPER | Headline …" (a place, a masthead, a kicker)
_PIPED_LEAD = re.compile(r"^(?:[^|\n]{1,40}?\s\|\s)+(?=\S)")
# a capital's or a country's name and a dash before the story: "Washington — The US imposed …"
_PLACE_ONLY_DASH = re.compile(r"^([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+[—–-]+\s+(?=[A-Z“\"])")
# a place in capitals and a bullet before the story: "SEOUL • North Korea severed …" (a dash after capitals may
# open a headline: "NATO – Allies agree …")
_CAPS_PLACE_MARK = re.compile(r"^[A-Z]{3,}(?:[ -][A-Z]{2,}){0,2},?\s+[•·]\s+(?=[A-Z“\"])")
# agencies' credits or places joined by slashes and a dash before the story: "dpa/GNA – North Korea said …",
# "Rome/Madrid — Spain has offered …"
_AGENCIES_DASH = re.compile(r"^[A-Za-z]{2,8}(?:/[A-Za-z]{2,8})+\s+[—–-]+\s+(?=[A-Z“\"])")
# an agency's bracketed credit opening the story's first line, with or without a dash: "(XNA) For the first time …"
_BRACKETED_AGENCY = re.compile(r"^\([A-Z][A-Za-z]{1,9}\)\s*[—–-]*\s*(?=[A-Z“\"])")
# a page's label line: "Tags: Russia | Estonia", "Topics: …", "Filed under: …"
_LABEL_LINE = re.compile(r"^(?:Tags?|Topics?|Filed [Uu]nder|Categor(?:y|ies)|Keywords|Related [Tt]opics)\s*:")
_URL_LINE = re.compile(r"(?:https?://|www\.)\S+")
# a site's bare domain as its name ("ExampleRates.com", "news.example.co.uk"); also read by core.extract.furniture
DOMAIN = r"[A-Za-z0-9][A-Za-z0-9\-]*(?:\.[A-Za-z0-9\-]+)*\.(?:com|net|org|info|news|co|io|tv)(?:\.[a-z]{2})?"
_DOMAIN_LINE = re.compile(DOMAIN)
# a credit or a source wholly in brackets: "[Source: X]", "(Photo: X)"
_BRACKETED_LINE = re.compile(r"\[[^\[\]]*\]|\([^()]*\)")
# what marks a line as a photo caption: its credit
_CREDIT = re.compile(r"Photo|PHOTO|Image|Credit|Getty|©|/")
# a caption's own opening ("This photo shows …", "In this file photo, …") and a credit in brackets closing a line
_CAPTION_OPENING = re.compile(
    r"^(?:(?:This|In this)(?: file| handout| undated)? (?:photo|image|picture|video still)\b"
    r"|Open this photo in gallery)"
)
_CAPTION_CREDIT = re.compile(
    r"\((?:[^()]*\svia\s+[A-Z][\w.]*|[^()]*\b(?:Photo|PHOTO|Credit|Getty Images)\b[^()]*)\)\s*$"
)
# where a caption places someone in the picture: "X, center, attends …", "Y, second from left, and Z"
_CAPTION_PLACE = re.compile(
    r", (?:(?:(?:second|third|fourth) )?(?:from )?(?:left|right)|cent(?:er|re)|front|rear|top|bottom)(?: row)?,"
)
# a byline run into an agency's dateline: "By Jane Roe JAKARTA, April 9 (Reuters) – …" (the dateline is cut next)
_BYLINE_LEAD = re.compile(
    r"^By\s+(?:[A-Z][a-z][\w.'’-]*\s+|[A-Z]\.\s+|(?:da|de|van|von|bin|al)\s+){1,5}(?=[A-Z]{3,}\b[A-Z ]*,)"
)
# what may open a headline's line before its words, cut in this order
# a syndicator's tag before the story, its opening bracket often lost: "MENAFN - The Conversation) Anthony …" (the
# syndicator's name may be gone already, leaving "The Conversation) …": a bracket closed that no bracket opened)
_SYNDICATED = re.compile(
    r"^(?:\(?MENAFN\s*[-\u2013\u2014]\s*)?[^()\n]{1,60}(?:\([^()\n]{1,20}\))?\)\s*(?=[A-Z\u201c\"])"
)
_LEADS = (
    *(_STORE_DATE, _BULLET, _BYLINE_LEAD, _SLASH_AGENCY, _PLACE_DASH, _PIPED_LEAD, _CAPS_PLACE_MARK, _AGENCIES_DASH,
      _BRACKETED_AGENCY),
    _SYNDICATED,
)
# a site's name and a dash before the story: "Example Daily News – The board adopted …" (its last word a paper's)
_MASTHEAD_DASH = re.compile(r"^(?:[A-Z][\w.&']*\s+){0,3}([A-Z][a-z]+)\s+[—–-]\s+(?=[A-Z“\"])")
# a widget's empty state: "No menu items!", "No comments yet", "No results found"
_EMPTY_WIDGET = re.compile(
    r"^No (?:\w+ )?(?:items|results|comments|posts|articles|stories|entries)(?: (?:yet|found|available|to show))?[.!]?$"
)
# a call to give or to subscribe over the headline: "Give the Gift of Truth This New Year", "Subscribe to Our …"
_CALL_TO_ACT = re.compile(r"^(?:Give\b.*\bGifts?\b|Donate\b|Subscribe\b|Download\b|Sign [Uu]p\b)")
# a player's or a translator's notice over the story: "This audio is created with AI assistance", "This article was
# translated by machine"
_MACHINE_NOTICE = re.compile(
    r"^This (?:audio|article|story|text|summary|content|translation|page)\b.{0,40}"
    r"\b(?:AI|artificial intelligence|machine|automated|automatically)\b",
    re.I,
)
# a pictograph (☀, ★, an emoji; not a flag) between words, a capital after it: a site's teaser bar run together
# ("Start the day smarter ☀️ Notable …"); a headline opening or closing with one, or "Navy ⚓ seizes …", keeps it
_PICTOGRAPH = re.compile(r"\S\s*[\u2600-\u27bf\U0001f000-\U0001f1e5\U0001f200-\U0001faff]\ufe0f?\s*[A-Z]")


def headline(text: str, markdown: bool = False, max_chars: int = 200) -> str:
    """The first line that reads like a headline, less a leading dateline; else the first non-empty line."""
    from core.extract.furniture import furniture_ranges  # word lists: loaded only when a text file is read

    furniture = furniture_ranges(text)
    first, pos = "", 0
    for line in text.splitlines(keepends=True):
        start, pos = pos, pos + len(line)
        body = line.strip().lstrip("\ufeff").strip()
        if markdown:
            body = body.lstrip("#").strip()
        if not body:
            continue
        first = first or body
        lead = start + len(line) - len(line.lstrip().lstrip("\ufeff"))
        end = start + len(line.rstrip())  # a body is always a suffix of text[lead:end]
        if any(a <= lead and end <= b + 1 for a, b in furniture):
            continue  # the whole line is furniture
        body = _without_dateline(text, furniture, lead, end, markdown)
        if _is_caption(text, furniture, end - len(body), end):
            continue
        if (
            body
            and not _is_furniture_line(body)
            and not _names_the_site(body, text, pos)
            and not _kicker(body, text, pos)
            and not _over_a_repeated_headline(body, text, pos)
            and not _masthead_over_headline(body, text, pos)
        ):
            body = _rewrapped(_unglued(body, text, pos), text, pos, max_chars)
            return clip(_TAIL_DATE.sub("", body).rstrip(), max_chars)
    return clip(first, max_chars)


def _rewrapped(body: str, text: str, pos: int, max_chars: int) -> str:
    """A sentence the page wraps over several lines, no headline above it ("Envoys probing" / "the port's accounts
    are meeting ..."): a line with no sentence end whose next line goes on in lower case is joined to what follows,
    up to the sentence's end or the title's length. One lower-case line under a headline that ends no sentence is the
    page's furniture ("listen to this article now", "posted on 12 March"), not the headline's end."""
    if _SENTENCE_END.search(body) or not (body[-1:].isalnum() or body.endswith(",")):
        return body
    joined, lines = body, 0
    for line in text[pos:].splitlines():
        line = line.strip()
        if not line or not line[0].islower() or len(line.split()) < 4 or len(joined) >= max_chars:
            break
        joined, lines = f"{joined} {line}", lines + 1
        if _SENTENCE_END.search(line):
            break
    ends = _SENTENCE_END.search(joined[len(body) :]) is not None or len(joined) >= max_chars
    return joined if lines >= 2 or ends else body


def _unglued(body: str, text: str, pos: int) -> str:
    """The headline less a section's name glued to its front when the page repeats it on the next line
    ("NewsBaltimore charges …" over "Baltimore charges …"): the repeat is the headline."""
    after = next((line.strip() for line in text[pos:].splitlines() if line.strip()), "")
    lead = body[: len(body) - len(after)]
    if after and len(after) < len(body) and body.endswith(after) and lead.strip().casefold() in _SECTION_WORDS:
        return after
    return body


def _names_the_site(body: str, text: str, pos: int) -> bool:
    """A site's name over the page's date line and the headline ("Beautiful Virgin Islands" / "Thursday, Nov 13,
    2025" / "UN sanctions ..."): a few capitalised words, no sentence, then a line that is only a date, then a line
    that reads like a headline (a title-case headline over its date and the story's first sentence stays)."""
    words = body.split()
    if not 0 < len(words) <= 4 or _SENTENCE_END.search(body) or not all(w[:1].isupper() for w in words):
        return False
    after = [line.strip() for line in text[pos:].splitlines() if line.strip()][:2]
    if len(after) < 2 or not _is_date_line(after[0].split()):
        return False
    return len(after[1].split()) >= 4 and not after[1].rstrip("\"'’”").endswith((".", "!", "?"))


# the last word of a site's or a blog's name: "Cyber Policy Blog", "Harbour Weekly Review"
_MASTHEAD_WORDS = _words(
    "blog blogs magazine journal review digest gazette herald tribune chronicle dispatch bulletin wire"
)


def _masthead_over_headline(body: str, text: str, pos: int) -> bool:
    """A site's or a blog's name over the headline ("Cyber Policy Blog" / "Ports Audit Finds Gaps In Harbour Checks"):
    a few capitalised words ending in a masthead's word, no sentence, then a longer line with no sentence end."""
    words = body.split()
    if not 0 < len(words) <= 4 or _SENTENCE_END.search(body) or not all(w[:1].isupper() for w in words):
        return False
    if words[-1].casefold() not in _MASTHEAD_WORDS:
        return False
    after = next((line.strip() for line in text[pos:].splitlines() if line.strip()), "")
    # the line under it reads like a headline: most of its longer words capitalised ("Envoy Quits Over Blog" over
    # "Ministers say the posts harmed ties" is itself the headline, over its subheadline)
    long_words = [w for w in after.split() if len(w) > 3]
    title_case = bool(long_words) and sum(w[:1].isupper() for w in long_words) * 3 >= len(long_words) * 2
    return len(after.split()) > len(words) and not _SENTENCE_END.search(after) and title_case


# the lower-case words a section's name joins its capitalised ones with (English, Albanian, Romance, Slavic): a
# preposition of a headline ("Talks with Vexland", "Deal over Port") is none of them
_SECTION_JOINS = frozenset(
    {"from", "of", "the", "and", "in", "nga", "de", "la", "le", "les", "des", "du", "del", "della", "e", "y", "i",
     "na", "et", "und"}
)


def _over_a_repeated_headline(body: str, text: str, pos: int) -> bool:
    """A site's or a section's name over a headline the page prints twice ("24/7 Space News" / "WATER WORLD" /
    "Japan not notified ..." / "Japan not notified ..."): a few capitalised words, no sentence, and within the next
    three lines one that reads like a headline, repeated on the line after it. A widget's short exclamation over it
    ("Registration was successful!") is no headline either."""
    words = body.split()
    if not 0 < len(words) <= 4:
        return False
    # a section's name may hold short lower-case joining words between its capitalised ones ("News from the World",
    # "Lajme nga Bota"), not at either end
    capital = [w[:1].isupper() or w[:1].isdigit() for w in words]
    named = capital[0] and capital[-1] and all(c or w in _SECTION_JOINS for c, w in zip(capital, words, strict=True))
    if not body.endswith("!") and (_SENTENCE_END.search(body) or not named):
        return False
    after = [line.strip() for line in text[pos:].splitlines() if line.strip()][:4]
    # (a headline, not a lead sentence the page scraped twice: no full stop closes it)
    return any(len(a.split()) >= 4 and a == b and not a.rstrip("\"'’”").endswith(".") for a, b in pairwise(after))


def _kicker(body: str, text: str, pos: int) -> bool:
    """An event's or a section's name over the headline and its date line ("Regional Air Show" / "Navy Signs Up for
    Twelve Frigates" / "- February 10, 2022, 5:40 AM"): a few capitalised words, no sentence, then a longer line with
    no sentence end, then a line that is only a date."""
    words = body.split()
    if not 0 < len(words) <= 4 or _SENTENCE_END.search(body) or not all(w[:1].isupper() for w in words):
        return False
    after = [line.strip() for line in text[pos:].splitlines() if line.strip()][:2]
    if len(after) < 2 or len(after[0].split()) < 5 or _SENTENCE_END.search(after[0]):
        return False
    return _is_date_line(_BULLET.sub("", after[1]).split())


def clip(title: str, max_chars: int = 200) -> str:
    title = " ".join(title.split())
    if len(title) <= max_chars:
        return title
    cut = title[:max_chars].rsplit(" ", 1)[0] or title[:max_chars]
    return cut.rstrip() + "…"


def _without_dateline(text: str, furniture: list[tuple[int, int]], lead: int, end: int, markdown: bool) -> str:
    """The line from ``lead`` to ``end`` less what opens it: a store date, a bullet, an agency dateline."""
    from core.extract.furniture import furniture_ranges

    pos, moved = lead, True
    while moved:
        moved = False
        for a, b in furniture:
            if a <= pos < b < end:
                pos, moved = b, True
    body = text[pos:end].strip()
    moved = True
    while moved:
        moved = False
        if markdown and body.startswith("#"):
            body, moved = body.lstrip("#").strip(), True
        for pattern in _LEADS:
            m = pattern.match(body)
            if m and 0 < m.end() < len(body) and (pattern is not _PIPED_LEAD or _reads_on(body[m.end() :])):
                body, moved = body[m.end() :].strip(), True
        m = _MASTHEAD_DASH.match(body)
        if m and m.group(1).casefold() in _MASTHEAD_ENDS and len(body[m.end() :].split()) >= 5:
            body, moved = body[m.end() :].strip(), True  # "Example Daily News – The board adopted …"
        m = _PLACE_ONLY_DASH.match(body)
        if m and _is_state_place(m.group(1)) and len(body[m.end() :].split()) >= 5:
            body, moved = body[m.end() :].strip(), True
        # a dateline after a store date: the furniture rules only see one at the start of a line
        cut = max((b for a, b in furniture_ranges(body) if a == 0 and b < len(body)), default=0)
        if cut:
            body, moved = body[cut:].strip(), True
    return body


def _reads_on(rest: str) -> bool:
    """What is left after piped lead segments reads as a headline or a sentence, not as one more short label."""
    return len(rest.split()) >= 5


def _is_caption(text: str, furniture: list[tuple[int, int]], lead: int, end: int) -> bool:
    """A photo caption: it opens with a copyright sign or with "This photo shows", closes with a credit
    ("| Photo: …/EFE", "(Jane Roe via AP)") after its words, or places someone in the picture ("X, center,
    attends …", "Y, second from left, …")."""
    line = text[lead:end]
    if line.startswith("©") or _CAPTION_OPENING.match(line) or _CAPTION_CREDIT.search(line):
        return True
    if _CAPTION_PLACE.search(line):
        return True
    return any(lead < a < end <= b + 1 and _CREDIT.search(text[a:b]) for a, b in furniture)


def _is_furniture_line(body: str) -> bool:
    words = body.split()
    if _URL_LINE.fullmatch(body) or _DOMAIN_LINE.fullmatch(body) or _BRACKETED_LINE.fullmatch(body):
        return True  # the page's address or its site's domain, or a bracketed source or credit
    if _DATELINE_LINE.match(body) or _PLACE_DATE_LINE.match(body):
        return True  # a dateline on its own line
    if not any(len(w) >= 3 and w.isalpha() for w in words):
        return True  # a widget's symbols and units: "+ ↺ − 16 px"
    if _LABEL_LINE.match(body):
        return True  # a label line of tags or topics
    if _MACHINE_NOTICE.match(body) and len(words) <= 12:
        return True  # a player's or a translator's notice
    if _EMPTY_WIDGET.match(body):
        return True  # a widget's empty state
    if _SENTENCE_END.search(body) and len(words) > 3:
        return False
    return (
        _is_section(words)
        or _is_breadcrumb(body)
        or _is_date_line(words)
        or (_BYLINE.match(body) is not None and len(words) <= _BYLINE_WORDS)
        or _is_menu(body, words)
        or _is_masthead(body, words)
        or _PICTOGRAPH.search(body) is not None
        or (_CALL_TO_ACT.match(body) is not None and all(w[:1].isupper() for w in words if len(w) > 3))
    )


# the last word of a site's or a paper's name: "Space Travel News", "The Daily Record", "Gulf Times"
_MASTHEAD_ENDS = frozenset(
    {
        "news",
        "report",
        "times",
        "post",
        "daily",
        "today",
        "herald",
        "journal",
        "tribune",
        "gazette",
        "review",
        "monitor",
        "wire",
        "online",
        "digest",
        "express",
        "observer",
        "chronicle",
        # general words for a paper in other tongues and in mastheads: "The Asahi Shimbun", "The Daily Telegraph"
        "shimbun",
        "ilbo",
        "telegraph",
        "guardian",
        "standard",
        "inquirer",
        "courier",
        "bulletin",
        "dispatch",
        "press",
        "mirror",
        "insider",
    }
)


def _is_masthead(body: str, words: list[str]) -> bool:
    """A site's name or a kicker over the headline: a few capitalised words ending in a paper's word, or a
    short line in capitals ("FLOATING STEEL")."""
    if not 0 < len(words) <= 4 or _SENTENCE_END.search(body):
        return False
    if len(words) <= 3 and body.isupper():
        return True
    return all(w[:1].isupper() for w in words) and words[-1].strip(".,:;!?").casefold() in _MASTHEAD_ENDS


def _is_section(words: list[str]) -> bool:
    """A section or widget name: section words, places and glue only, at least one section word among them."""
    if len(words) > _SECTION_MAX_WORDS:
        return False
    folded = [w.strip(".,:;!?()[]\"'’“”").casefold() for w in words]
    folded = [w for w in folded if w]
    places = _place_words()
    if not any(w in _SECTION_WORDS for w in folded):
        return False
    return all(w in _SECTION_WORDS or w in _CONNECTORS or w in _REGION_WORDS or w in places for w in folded)


def _is_breadcrumb(body: str) -> bool:
    """ "Home > World > Asia": short parts between separators, none of them a sentence."""
    parts = _BREADCRUMB_SEPARATORS.split(body)
    return len(parts) >= 3 and all(0 < len(p.split()) <= 3 and not _SENTENCE_END.search(p) for p in parts)


def _is_date_line(words: list[str]) -> bool:
    # a time and a date glued by a comma are two date words: "Updated at 18:18,16-07-2018"
    # and the bars or bullets of a site's date strip are no words: "| 27 May 2024, Monday |"
    words = [piece for w in words for piece in w.split(",") if piece and piece not in _DATE_STRIP_MARKS]
    if _OTHER_LANGUAGE_DATE.fullmatch(" ".join(words)):
        return True
    return bool(words) and all(_DATE_WORD.fullmatch(w) for w in words) and any(c.isdigit() for w in words for c in w)


def _is_menu(body: str, words: list[str]) -> bool:
    """A navigation bar: many capitalised words joined by "&" and "/" ("Environment & Safety Gas Processing/LNG …"),
    or a run of capitalised section names ("The Daily Post - Israel News WORLD NEWS Middle East Politics Opinion")."""
    if len(words) < _MENU_MIN_WORDS or _SENTENCE_END.search(body):
        return False
    joins = body.count("&") + body.count("/")
    named = [w for w in words if w not in {"&", "/", "|"}]
    if joins >= 2 and all(w[:1].isupper() or w[:1].isdigit() for w in named):
        return True
    capitalised = all(w[:1].isupper() or w[:1].isdigit() or w.casefold() in _CONNECTORS for w in named)
    return capitalised and _mostly_sections(words)


def _mostly_sections(words: list[str]) -> bool:
    """Section names run together: at least four section words in a line of eight or more, and section words, places
    and glue at least three in five of its words (a title-case headline names one section word at most)."""
    if len(words) < _MENU_SECTION_MIN_WORDS:
        return False
    folded = [f for f in (w.strip(".,:;!?()[]\"'’“”").casefold() for w in words) if f]
    places = _place_words()
    sections = sum(f in _SECTION_WORDS for f in folded)
    known = sum(f in _SECTION_WORDS or f in _CONNECTORS or f in _REGION_WORDS or f in places for f in folded)
    return sections >= _MENU_SECTION_WORDS and known * 5 >= len(folded) * 3


def _is_state_place(name: str) -> bool:
    """A country's name or its capital in the knowledge base ("Washington", "Paris")."""
    from core.extract.kb import Kind, lookup

    term = lookup(name)
    return term is not None and term.kind is Kind.STATE and term.role in {"name", "capital"}


@cache
def _place_words() -> frozenset[str]:
    """Every word of a country's name in the knowledge base (folded): "saudi", "arabia", "korea"."""
    from core.extract.kb import Kind, knowledge

    return frozenset(
        w.casefold()
        for form, term in knowledge().terms.items()
        if term.kind is Kind.STATE and term.role in {"name", "capital"}
        for w in form.split()
    )
