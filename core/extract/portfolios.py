"""A minister's portfolio written after the title: "Iran's Minister of Information and Communications Technology",
"the Minister for Foreign Affairs", "the Minister of the Armed Forces": the capitalised words after "of"/"for" (and
"the") are part of the title, not a body."""

from __future__ import annotations

from spacy.tokens import Doc

from core.extract.kb import knowledge, lexicon_set, lookup, title_words
from core.extract.nlp import doc_column

_HEADS = frozenset({"minister"})  # "Secretary of Homeland Security" also names the department
_LINKS = frozenset({"of", "for"})


def mark_portfolios_after(doc: Doc, marked: list[bool]) -> None:
    """Mark "Minister of X and Y" (title case, no person, place or known name in the run) as title tokens."""
    lowered = doc_column(doc, "lower_")
    for i, w in enumerate(lowered[:-2]):
        if w not in _HEADS or lowered[i + 1] not in _LINKS or not doc[i].is_title:
            continue
        first = i + 3 if lowered[i + 2] == "the" else i + 2  # "Minister of the Armed Forces", "for the Interior"
        k = first
        most = 8 if first == i + 2 else 5  # after "the" two words at most: "the Armed Forces Jane Roe" names her next
        while k < len(doc) and k - i < most and _portfolio_word(doc, k):
            k += 1
        while k > first and not doc[k - 1].is_title:
            k -= 1  # "Minister of Information and": the run ends on a capitalised word
        k = _listed_portfolios(doc, k) if k > first else k
        if k > first and lookup(doc[first:k].text) is None:
            for t in range(i, k):
                marked[t] = True
    _mark_remits(doc, marked)
    _mark_named_portfolios(doc, marked)
    _mark_topics(doc, marked)


# portfolios a title names beyond the ministries' words (lexicon "field_words", "ministry_adjectives"): general words
_TOPICS = frozenset({"climate", "climate change", "manpower", "employment", "migration", "human rights", "oceans",
                     "housing", "transportation", "planning", "refugees"})


def _topic(words: str) -> bool:
    adjectives = knowledge().lexicon["ministry_adjectives"]
    return words in _TOPICS or words in lexicon_set("field_words") or words in adjectives


def _mark_topics(doc: Doc, marked: list[bool]) -> None:
    """ "Special Envoy for Climate Change Xie Zhenhua", "Minister of Manpower Ida Fauziyah": the model reads a title's
    topic (after "of"/"for" and a title word), or its last word, into the holder's name of three words or more; the
    words are the title's when the topic up to them is a known portfolio. "Climate Change and Energy Minister": a
    known portfolio the model reads as a person before "and" is the title's as well."""
    titles = title_words()[0]
    for e in doc.ents:
        if e.label_ != "PERSON":
            continue
        s = e.start
        if len(e) == 2 and _topic(e.text.lower()) and e.end < len(doc) and doc[e.end].lower_ in {"and", "&"}:
            marked[s] = marked[s + 1] = True
            continue
        if len(e) < 3 or not doc[s].is_alpha:
            continue
        k = s - 1
        while k > 0 and s - k <= 3 and doc[k].is_title and doc[k].is_alpha:
            k -= 1
        if k < 1 or doc[k].lower_ not in _LINKS or doc[k - 1].lower_ not in titles:
            continue
        if _topic(doc[k + 1 : s + 1].text.lower()):
            for t in range(k + 1, s + 1):
                marked[t] = True


_REMIT_LINKS = frozenset({"in", "on"})
_REMIT_JOINERS = frozenset({"of", "the", "and", "for"})


def _remit_end(doc: Doc, i: int) -> int:
    """Where the remit after title word ``i`` ends (its last word's index + 1), or -1: "Director" + "in Charge",
    "Representative" + "on Freedom of the Media", when a name of three capitalised words or more follows it."""
    if not doc[i].is_title or doc[i + 1].lower_ not in _REMIT_LINKS or doc[i].lower_ not in title_words()[0]:
        return -1
    k, run = i + 2, i + 2  # run: where the last run of capitalised words begins
    while k < len(doc) and k - i < 12:
        t = doc[k]
        if t.lower_ in _REMIT_JOINERS and k > i + 2:
            j = k
            while j < len(doc) and j - k < 3 and doc[j].lower_ in _REMIT_JOINERS:
                j += 1
            if j == len(doc) or not doc[j].is_title:
                break
            k, run = j, j
        elif t.is_title and (t.is_alpha or (len(t) == 2 and t.text[1] == ".")):
            k += 1
        else:
            break
    if k - run < 3 or not doc[run].is_alpha or any(lookup(doc[j].text) for j in range(i + 2, run + 1)):
        return -1
    return run + 1


def _mark_remits(doc: Doc, marked: list[bool]) -> None:
    """ "Director in Charge Jane E. Roe", "Representative on Freedom of the Media Jane Roe": a title's remit after
    "in"/"on" runs into the holder's name, and the model starts the name one word early (at the remit's last word).
    When the last run of capitalised words after the remit's link holds three words or more, its first word closes
    the remit; the title word, the link and every word up to it are title tokens. A known name (a place, a body)
    stops the remit."""
    lowered = doc_column(doc, "lower_")
    for i in range(len(doc) - 4):
        if lowered[i + 1] not in _REMIT_LINKS:
            continue  # (no remit: ``_remit_end`` asks this first)
        end = _remit_end(doc, i)
        for t in range(i, end):
            marked[t] = True


def remit_word(doc: Doc, i: int) -> bool:
    """Token ``i`` closes a title's remit ("in Charge", "on Freedom of the Media") before a holder's name."""
    k = i - 1
    while k > 0 and i - k < 10 and (doc[k].is_title or doc[k].lower_ in _REMIT_JOINERS):
        k -= 1
    return k > 0 and doc[k].lower_ in _REMIT_LINKS and _remit_end(doc, k - 1) == i + 1


# the heads a bare ministry word stands by as the title's portfolio ("the Defence Secretary", "minister of Defense")
_PORTFOLIO_HEADS = frozenset({"minister", "secretary"})


def _ministry_words(doc: Doc, k: int, step: int) -> int:
    """How many tokens from ``k`` (going by ``step``) are a ministry's words ("Defence", "Industry and Trade",
    "Foreign Affairs"), each capitalised; 0 when the first is none."""
    adjectives = knowledge().lexicon["ministry_adjectives"]
    n = 0
    while 0 <= k < len(doc) and n < 4:
        t = doc[k]
        pair = doc[min(k, k + step) : max(k, k + step) + 1].text.lower() if 0 <= k + step < len(doc) else ""
        if pair in adjectives and doc[k].is_title and doc[k + step].is_title:
            n, k = n + 2, k + 2 * step
        elif (t.is_title and t.lower_ in adjectives) or (n and t.lower_ in {"and", "&"} and _adjective(doc, k + step)):
            n, k = n + 1, k + step
        else:
            break
    while n and doc[k - step].lower_ in {"and", "&"}:  # a run never ends on "and"
        n, k = n - 1, k - step
    return n


def _adjective(doc: Doc, k: int) -> bool:
    return 0 <= k < len(doc) and doc[k].lower_ in knowledge().lexicon["ministry_adjectives"]


def _mark_named_portfolios(doc: Doc, marked: list[bool]) -> None:
    """ "The Defence Secretary has said", "the former Justice Minister", "Song Yong Mu, minister of Defense": a
    ministry's word next to "minister"/"secretary" is the title's portfolio, not a body, even with no name after it."""
    lowered = doc_column(doc, "lower_")
    for i, w in enumerate(lowered):
        if w not in _PORTFOLIO_HEADS:
            continue
        n = _ministry_words(doc, i - 1, -1) if i > 0 else 0
        n = n or _joined_portfolios(doc, i)
        for t in range(i - n, i):
            marked[t] = True
        if w == "minister" and i + 2 < len(doc) and lowered[i + 1] in _LINKS:  # the title-case head is read above
            n = _ministry_words(doc, i + 2, 1)
            for t in range(i + 2, i + 2 + n):
                marked[t] = True


def _listed_portfolios(doc: Doc, k: int) -> int:
    """ "Minister of Parliamentary Affairs, Coal (,) and Mines": where a portfolio run that stops at a comma ends when a
    list of one or two capitalised words, "and" and one capitalised word follows it (``k`` when none does)."""
    if k + 3 >= len(doc) or doc[k].text != ",":
        return k
    j = k + 1
    while j < len(doc) and j - k <= 2 and doc[j].lower_ not in {"and", "&"} and _listed_word(doc, j):
        j += 1
    if j > k + 1 and j + 2 < len(doc) and doc[j].text == "," and doc[j + 1].lower_ in {"and", "&"}:
        j += 1  # "Coal, and Mines"
    if j == k + 1 or j + 1 >= len(doc) or doc[j].lower_ not in {"and", "&"} or not _listed_word(doc, j + 1):
        return k
    return j + 2


def _listed_word(doc: Doc, k: int) -> bool:
    """A capitalised portfolio word, or a ministry's word the model reads into the holder's name ("Mines Jane")."""
    return _portfolio_word(doc, k) or (doc[k].is_title and _adjective(doc, k))


def _joined_portfolios(doc: Doc, i: int) -> int:
    """ "Justice and Public Security Minister": how many tokens before title word ``i`` are a portfolio list that
    opens with a ministry's word and joins capitalised words with "and" (0 when none)."""
    if not doc[i].is_title:
        return 0
    k, joined = i - 1, False
    while k > 0 and i - k <= 5 and (_portfolio_word(doc, k) or doc[k].lower_ in {"and", "&"}):
        joined = joined or doc[k].lower_ in {"and", "&"}
        if joined and _adjective(doc, k) and doc[k].is_title and doc[k - 1].lower_ not in {"and", "&"}:
            return i - k
        k -= 1
    return 0


def _portfolio_word(doc: Doc, k: int) -> bool:
    t = doc[k]
    if t.lower_ in {"and", "&"} or (t.lower_ == "for" and doc[k - 1].text == "State"):  # "of State for X"
        return k + 1 < len(doc) and doc[k + 1].is_title
    return t.is_title and t.is_alpha and t.ent_type_ not in {"PERSON", "GPE", "NORP"} and lookup(t.text) is None


def portfolio_of_title(doc: Doc, i: int) -> bool:
    """ "Secretary of Commerce" + "John Doe", "Secretary of Homeland Security" + "Jane Roe": token ``i`` is a word of
    the portfolio after a title's "of"/"for" (up to three capitalised words back), no first name and no person."""
    if lookup(doc[i].text) is not None:
        return False  # "President of Honduras Juan Orlando Hernandez": a state's name, the person's name after it
    k = i
    while (
        k > i - 3
        and k > 1
        and doc[k - 1].lower_ not in _LINKS
        and doc[k - 1].is_title
        and doc[k - 1].is_alpha
        and lookup(doc[k - 1].text) is None  # "President of Honduras" + "Juan ...": a state's name ends the title
    ):
        k -= 1
    if k < 2 or doc[k - 1].lower_ not in _LINKS:
        return False
    title = doc[k - 2].lower_
    return title in _HEADS or title in lexicon_set("title_portfolio_heads") or title in title_words()[0]


def joined_to_title(doc: Doc, start: int, end: int) -> bool:
    """The run from ``start`` to ``end``, no word of which the model tags a person, is joined by "and" to a
    portfolio's capitalised words and a title word ("Climate Change" + "and Energy Minister")."""
    if end + 2 >= len(doc) or doc[end].lower_ not in ("and", "&") or doc[end + 1].lower_ in title_words()[2]:
        return False
    if any(doc[k].ent_type_ == "PERSON" for k in range(start, end)):
        return False
    titles = title_words()[0]
    j = end + 2
    while j < len(doc) and j - end <= 3 and doc[j].is_title and doc[j].is_alpha and doc[j].lower_ not in titles:
        j += 1
    return j < len(doc) and doc[j].lower_ in titles
