"""Links to other stories that close a page: they are page furniture, not the article.

A teaser heading ("Trending stories") with bulleted headlines under it is furniture wherever it stands. Two shapes,
both at the very end of the text: a run of bulleted headlines ("- Minister resigns over leak", no
sentence's end on any of them), and a heading such as "Latest News" followed by nothing but teaser cards (a headline,
perhaps its one-sentence blurb under it). A writer's name after a dash closing the last paragraph signs it.
"""

from __future__ import annotations

import re

_BULLET = re.compile(r"[-\u2022\u00b7*\u2013]\s+\S")
_SENTENCE_END = re.compile(r"[.!?\"\u201d:;,]\s*$")
# the heading of a closing block of teasers
_TAIL_HEAD = re.compile(
    r"(?:Latest|Trending|Popular|Top|More|Related|Recommended|Most [Rr]ead|Editor'?s? [Pp]icks?)"
    r"(?:[ \t]+(?:[Nn]ews|[Ss]tories|[Pp]osts|[Aa]rticles|[Uu]pdates|[Hh]eadlines|[Nn]ow|[Rr]eads?))?"
    r"|You [Mm]ay [Aa]lso [Ll]ike|Read [Nn]ext|Don'?t [Mm]iss|(?:More|Also) [Oo]n [Tt]his [Ss]ite"
)
# a heading no story's text uses for its own items ("Latest updates:", "Top" may head an article's own list)
_ANYWHERE_HEAD = re.compile(
    r"(?:Trending|Popular|More|Related|Recommended)"
    r"[ \t]+(?:[Nn]ews|[Ss]tories|[Pp]osts|[Aa]rticles|[Hh]eadlines|[Rr]eads?)"
    r"|Most [Rr]ead|Editor'?s? [Pp]icks?|You [Mm]ay [Aa]lso [Ll]ike|Read [Nn]ext|Don'?t [Mm]iss"
    r"|(?:More|Also) [Oo]n [Tt]his [Ss]ite"
)
_HEADLINE_WORDS = 20


def _lines(text: str) -> list[tuple[int, int, str]]:
    out, pos = [], 0
    for line in text.splitlines(keepends=True):
        body = line.strip()
        if body:
            out.append((pos, pos + len(line), body))
        pos += len(line)
    return out


def _headline(body: str) -> bool:
    return len(body.split()) <= _HEADLINE_WORDS and not _SENTENCE_END.search(body) and body[:1].isupper()


def _bullet_tail(lines: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """The closing run of two or more bulleted headlines."""
    run = 0
    for _, _, body in reversed(lines):
        if not _BULLET.match(body) or _SENTENCE_END.search(body) or len(body.split()) > _HEADLINE_WORDS:
            break
        run += 1
    if run < 2 or run == len(lines):
        return []
    return [(lines[-run][0], lines[-1][1])]


def _cards(lines: list[tuple[int, int, str]]) -> bool:
    """Teaser cards only: headlines, each perhaps followed by one sentence of blurb; two headlines at least."""
    heads, after_head = 0, False
    for _, _, body in lines:
        if _headline(body):
            heads, after_head = heads + 1, True
        elif after_head:
            after_head = False  # a card's blurb
        else:
            return False
    return heads >= 2


def _card_tail(lines: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """From a teaser heading ("Latest News") to the end, when only teaser cards follow it."""
    for i, (start, _, body) in enumerate(lines):
        if i > 0 and _TAIL_HEAD.fullmatch(body.rstrip(":")) and _cards(lines[i + 1 :]):
            return [(start, lines[-1][1])]
    return []


_BULLET_MARK = re.compile(r"^[-\u2022\u00b7*\u2013]\s+(?:\d{1,2}\.?\s+)?")


def _headed_runs(lines: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """A teaser heading ("Trending stories", not "Latest updates") anywhere in the page with two bulleted headlines or
    more under it."""
    out = []
    for i, (start, _, body) in enumerate(lines):
        if not _ANYWHERE_HEAD.fullmatch(body.rstrip(":")):
            continue
        k = i + 1
        while k < len(lines) and _BULLET.match(lines[k][2]) and _headline(_BULLET_MARK.sub("", lines[k][2])):
            k += 1
        if k - i > 2:
            out.append((start, lines[k - 1][1]))
    return out


_CLOSED = re.compile(r"[.!?\"\u201d:;,)\]]\s*$")


def _last_sentence_end(lines: list[tuple[int, int, str]]) -> int:
    """How many lines there are up to the last one that ends a sentence (0 when none does)."""
    k = len(lines)
    while k > 0 and not _CLOSED.search(lines[k - 1][2]):
        k -= 1
    return k


def _announces_a_list(lines: list[tuple[int, int, str]], k: int) -> bool:
    """The line before the tail opens a list of the article's own ("... are the following:", "signed by:")."""
    return k > 0 and lines[k - 1][2].rstrip().endswith((":", ",", ";"))


def _headline_tail(lines: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """Unheaded links to other stories closing a page after its last sentence: every line after the last one that
    ends a sentence is short (a menu's words, a headline), three of them headlines of four words or more; the page
    has three sentence lines at least before them."""
    k = _last_sentence_end(lines)
    tail = lines[k:]
    if k < 3 or not tail or any(len(body.split()) > 16 for _, _, body in tail):
        return []
    if _announces_a_list(lines, k):
        return []  # "The statement was signed by:" and its list: the article's own lines (review of round X)
    if not any(len(body.split()) <= 2 for _, _, body in tail):
        return []  # a menu's one- or two-word item shows the lines are links, not a list or credits
    if sum(len(body.split()) >= 4 and body[:1].isupper() for _, _, body in tail) < 3:
        return []
    return [(tail[0][0], tail[-1][1])]


def _long_headline_tail(text: str, lines: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """Four headlines or more of other stories (five to sixteen words each, none ending a sentence) set apart by a
    blank line after the article's last sentence: "Tanzania's Hassan declared landslide winner in election"."""
    k = _last_sentence_end(lines)
    tail = lines[k:]
    if k < 3 or len(tail) < 4 or "\n\n" not in text[lines[k - 1][1] - 1 : tail[0][0]]:
        return []
    if _announces_a_list(lines, k):
        return []  # "The companies designated are the following:" and its list (review of round AD)
    if any(not 5 <= len(body.split()) <= 16 or not body[:1].isupper() or ": " in body for _, _, body in tail):
        return []  # ("March 1994: A and B fight a war": a timeline's entries)
    return [(tail[0][0], tail[-1][1])]


_ABOUT = re.compile(r"About(?: the [Aa]uthor:?)?[ \t]+((?:[A-Z][\w.'\u2019-]+[ \t]+){1,2}[A-Z][\w'\u2019-]+)")


def _author_box(lines: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """A writer's box: a line "About Jane Roe" and the biography under it that opens with the same name."""
    out = []
    for i, (start, _, body) in enumerate(lines[:-1]):
        m = _ABOUT.fullmatch(body)
        if m is not None and lines[i + 1][2].startswith(m[1] + " "):
            out.append((start, lines[i + 1][1]))
    return out


# a writer's name signing off the last paragraph after its last sentence: "... in Asia. - Jane Roe"
_DASHED_NAME = re.compile(
    r"(?<=[.!?\"\u201d])[ \t]+[-\u2013\u2014][ \t]*[A-Z][\w.'\u2019-]+(?:[ \t]+[A-Z][\w.'\u2019-]+){1,2}[ \t]*$", re.M
)


def _dashed_sign_off(text: str, lines: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """The signature closing one of the last two lines of text."""
    out = []
    for start, end, _ in lines[-2:]:
        m = _DASHED_NAME.search(text, start, end)
        if m is not None:
            out.append(m.span())
    return out


# an outlet's or agency's credit in brackets closing the article's last sentence: "... in Colombo. (Colombo Gazette)",
# "(AFP)", "(With EFE Agency)": every word capitalised but a few small ones, four words at most
_BRACKETED_NAME = re.compile(
    r"(?<=[.!?\"\u201d])[ \t]*(\((?:(?:[A-Z][\w.&'\u2019-]*|via|and|of)[ \t]+){0,3}[A-Z][\w.&'\u2019-]*\))[ \t]*$", re.M
)


def _bracketed_sign_off(text: str, lines: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """The bracketed credit closing one of the last three lines of text."""
    out = []
    for start, end, _ in lines[-3:]:
        m = _BRACKETED_NAME.search(text, start, end)
        if m is not None:
            out.append(m.span(1))
    return out


# a wire story's end mark on a line of its own: "(END)", "-- ENDS --"
_END_MARK = re.compile(r"[(\[\-\u2013\u2014 ]*END(?:S)?[)\]\-\u2013\u2014 ]*")


def _after_end_mark(lines: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """Everything after an agency's end mark ("(END)"), when it is short lines only (headlines of other stories and
    their numbers, none over 16 words, a sentence's end on a quarter of them at most): the story is over, a list of
    links follows. The mark itself goes too. Short sentences after a stray mark ("In brief, talks go on.") are text."""
    for i, (start, _, body) in enumerate(lines):
        if i > 0 and _END_MARK.fullmatch(body):
            tail = lines[i + 1 :]
            ends = sum(_SENTENCE_END.search(b) is not None for _, _, b in tail)
            if tail and all(len(b.split()) <= 16 for _, _, b in tail) and ends <= len(tail) // 4:
                return [(start, tail[-1][1])]
            return []
    return []


def teaser_tails(text: str) -> list[tuple[int, int]]:
    """Character ranges of the closing blocks of links to other stories, and of a closing signature."""
    lines = _lines(text)
    return (
        _bullet_tail(lines) + _card_tail(lines) + _headed_runs(lines) + _headline_tail(lines)
        + _long_headline_tail(text, lines)
        + _after_end_mark(lines)
        + _author_box(lines)
        + _dashed_sign_off(text, lines)
        + _bracketed_sign_off(text, lines)
    )
