"""Named military exercises are events, not parties: "the trilateral exercise Noble Stingray", "the Noble Stingray
exercise", "Exercise Talisman Sabre", "the annual Golden Dragon military drills", "the Eagle Partner 2023 exercise",
"the “Counter-terrorism Operations and Humanitarian Relief” exercises". The name's words are claimed so the model's
guess (often a person) does not come back; a body or a country named before the word ("the Russian Navy exercise")
is left alone. Every other mention of a name so found is claimed too ("the broader Golden Dragon maneuvers")."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from core.extract.coref import Mention
from core.extract.kb import lexicon_set, lookup
from core.extract.nlp import doc_column
from core.model import Kind

_EXERCISES = frozenset(
    {"exercise", "exercises", "drill", "drills", "wargame", "wargames", "maneuvers", "manoeuvres", "games"}
)
# words that may stand between an exercise's name and the exercise word ("Golden Dragon joint military drills")
_BETWEEN = frozenset(
    {"military", "naval", "joint", "air", "war", "army", "maritime", "combined", "field", "bilateral", "trilateral",
     "multinational", "annual", "amphibious", "defence", "defense", "training"}
)
_QUOTES = frozenset({'"', "\u201c", "\u201d", "\u2018", "\u2019", "'"})
_MAX_QUOTED = 8
_YEARED = re.compile(r"[A-Z][a-z]+-(?:19|20)\d\d")


def exercise_names(doc: Doc) -> list[Mention]:
    """The words of every exercise's name, as blockers: two or three capitalised words just after the exercise word
    or just before it (past a few of its modifiers), or a quoted title before it."""
    out = []
    lowers = doc_column(doc, "lower_")
    for i, w in enumerate(lowers):
        if w not in _EXERCISES or (w == "games" and (i == 0 or lowers[i - 1] != "war")):
            continue
        end = i + 1
        while end < len(doc) and end - i <= 3 and _name_word(doc, end):
            end += 1
        if end - i >= 3:
            first = i if doc[i].is_title else i + 1  # "Exercise Talisman Sabre" as one name
            out.append(Mention(first, end, Kind.PARTY, None, 7, "block"))  # "the exercise Noble Stingray"
            continue
        if not doc[i].is_lower:
            continue
        single = _single_after(doc, i)
        if single is not None:
            out.append(single)  # "the military exercises Zorvan-2031", "exercises 'Zorvan' from September 12"
            continue
        k = i
        while k > 0 and i - k < 2 and lowers[k - 1] in _BETWEEN:
            k -= 1
        quoted = _quoted_before(doc, k)
        if quoted is not None:
            out.append(Mention(quoted[0], quoted[1], Kind.PARTY, None, 7, "block"))
            continue
        if k > 0 and _year(doc[k - 1]):
            k -= 1  # "the Eagle Partner 2023 exercise"
        start = k
        while start > 0 and k - start < 3 and _name_word(doc, start - 1):
            start -= 1
        if k - start >= 2:
            out.append(Mention(start, k, Kind.PARTY, None, 7, "block"))  # "the Noble Stingray exercise"
    return out + _repeated(doc, out)  # (summits.event_names adds the summits and feasts)


def _single_after(doc: Doc, i: int) -> Mention | None:
    """One name just after the exercise word at ``i``, set off by quotes ('Zorvan') or joined to a year
    (Zorvan-2031)."""
    if i + 1 < len(doc) and _YEARED.fullmatch(doc[i + 1].text) and _free_word(doc[i + 1].text.split("-")[0]):
        return Mention(i + 1, i + 2, Kind.PARTY, None, 7, "block")
    if i + 3 < len(doc) and doc[i + 1].text in _QUOTES and doc[i + 3].text in _QUOTES and _name_word(doc, i + 2):
        return Mention(i + 2, i + 3, Kind.PARTY, None, 7, "block")
    return None


def _free_word(word: str) -> bool:
    return word.isalpha() and word.istitle() and word not in lexicon_set("org_heads") and lookup(word) is None


def _year(t) -> bool:
    return t.like_num and len(t.text) == 4 and t.text.isdigit()


def _quoted_before(doc: Doc, k: int) -> tuple[int, int] | None:
    """The capitalised words between quotes just before token ``k`` (“Golden Dragon-2024”), if any."""
    if k == 0 or doc[k - 1].text not in _QUOTES:
        return None
    end = k - 1
    start = end
    while start > 0 and end - start < _MAX_QUOTED and doc[start - 1].text not in _QUOTES:
        start -= 1
        if doc[start].is_sent_start and start != end - 1 and not doc[start].is_title:
            return None
    if start == 0 or doc[start - 1].text not in _QUOTES or start == end:
        return None
    words = [t for t in doc[start:end] if t.is_alpha]
    if not words or not words[0].is_title or not all(t.is_title or t.is_lower for t in words):
        return None
    if any(lookup(t.text) is not None for t in doc[start:end]):
        return None  # "the “China-Cambodia” exercise": the parties named inside
    return start, end


def _repeated(doc: Doc, found: list[Mention]) -> list[Mention]:
    """Every other place the same words (two at least, or one in quotes or joined to a year) stand in the text."""
    names = set()
    for m in found:
        words = [t.text for t in doc[m.start : m.end] if t.is_alpha and t.is_title]
        if words and words[0].lower() == "exercise":
            words = words[1:]
        if len(words) >= 2 and len(words) == sum(1 for t in doc[m.start : m.end] if t.is_alpha):
            names.add(tuple(words))
        elif m.end - m.start == 1 and (_name_word(doc, m.start) or _YEARED.fullmatch(doc[m.start].text)):
            names.add((doc[m.start].text.split("-")[0],))  # 'Zorvan', Zorvan-2031: "the Zorvan drills" elsewhere
    return blocked_repeats(doc, names, {k for m in found for k in range(m.start, m.end)})


def blocked_repeats(doc: Doc, forms: set[tuple[str, ...]], claimed: set[int]) -> list[Mention]:
    """A blocking mention at every other place one of ``forms`` (word tuples) stands, outside the ``claimed``
    tokens (which grow as places are taken); shared with summits.py."""
    out = []
    texts = doc_column(doc, "text")
    for form in forms:
        n = len(form)
        for s in range(len(doc) - n + 1):
            if s not in claimed and tuple(texts[s : s + n]) == form:
                out.append(Mention(s, s + n, Kind.PARTY, None, 7, "block"))
                claimed.update(range(s, s + n))
    return out


def _name_word(doc: Doc, k: int) -> bool:
    """A capitalised word that is no body's head, no known name and does not open a sentence."""
    t = doc[k]
    return t.is_title and t.is_alpha and not t.is_sent_start and t.text not in lexicon_set("org_heads") and (
        lookup(t.text) is None
    )
