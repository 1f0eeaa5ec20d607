"""Long names of bodies the rules cut apart.

A body's long name with a hyphenated word inside it, which the model cuts at the hyphen: "the Norland Maritime
Rescue Co-ordination and Enforcement Centre" read as "Norland Maritime Rescue Co" + "Enforcement Centre". When a
body's mention runs into a lower-case word joined by a tight hyphen and another body's mention follows right after
it (or after "and"), the two are one name. A lone "Navy-led" or "Army-backed" joins nothing.

A body's name with a second "of the" that the model read whole: "the International Tribunal for the Law of the Sea"
cut by the name patterns after "Law". The tail joins when the model's name runs on over it and the tail is neither a
name of its own (a state, a known body, another mention) nor a place ("... Service of Odesa Oblast").

A body's head word read as a body of its own right after the body's name: "the Border Guard Station" read as
"Border Guard" + "Station" is one name.

An office named after a title and the force the title is of: "the Office of the Chief of the General Staff of the
Armed Forces" read as that office + "Armed Forces" is one name (a force named by its bare common words is no body of
its own there).

An acronym in brackets after lower-case words that spell it names a thing, not a body: "rocket-propelled grenades
(RPG)".

A people's word no state answers alone ("Korean") before a body named without it elsewhere in the text: "the Korean
Joint Chiefs of Staff" after "South Korea's Joint Chiefs of Staff" is that body, the word left out.

A portfolio's last word run into the name of the person who holds it: "Commissioner for Children's Rights Jane Roe"
read as the person "Rights Jane Roe"; a plural portfolio word opens no one's name."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc

from core.extract.coref import Mention
from core.extract.kb import knowledge, lexicon_set, lookup
from core.extract.nlp import doc_ents, doc_text, span_text
from core.model import Kind

_HYPHENS = frozenset({"-", "\u2010"})


def _open_body(m: Mention) -> bool:
    return m.kind is Kind.PARTY and m.key is None and m.name is None and m.chars is None


def _hyphen_word_end(doc: Doc, end: int) -> int | None:
    """End of "-ordination" written tight after the token before ``end``, or None."""
    if end + 1 >= len(doc) or doc[end].text not in _HYPHENS or doc[end - 1].whitespace_ or doc[end].whitespace_:
        return None
    word = doc[end + 1]
    if not (word.is_alpha and word.is_lower) or word.lower_.endswith(("ed", "ing")):
        return None  # "Police-led and Border Guard-backed": a participle, no word cut in two ("Co-ordination")
    return end + 2


def join_hyphenated_bodies(doc: Doc, chosen: list[Mention]) -> list[Mention]:
    """The chosen mentions with a body cut at a hyphenated word joined to the body named after it."""
    text = doc_text(doc)
    if "-" not in text and "\u2010" not in text:
        return chosen
    starts = {m.start: m for m in chosen if _open_body(m)}
    dropped: set[int] = set()
    for m in chosen:
        if id(m) in dropped or not _open_body(m):
            continue
        end = _hyphen_word_end(doc, m.end)
        if end is None:
            continue
        after = end + 1 if end < len(doc) and doc[end].lower_ == "and" else end
        nxt = starts.get(after)
        if nxt is None or nxt is m or id(nxt) in dropped:
            continue
        m.end = nxt.end
        dropped.add(id(nxt))
    return [m for m in chosen if id(m) not in dropped]


def _tail_end(doc: Doc, end: int, ent_end: int, taken: set[int]) -> int | None:
    """End of "of the Sea" after ``end`` inside the model's name ending at ``ent_end``, or None."""
    k = end
    if k >= ent_end or doc[k].lower_ != "of":
        return None
    k += 1
    if k >= ent_end or doc[k].lower_ != "the":
        return None  # "Smart Tankers of Piraeus": a town, not a formal name's second "of the"
    k += 1
    tail = doc[k:ent_end]
    if not len(tail) or any(t.i in taken or not (t.is_title or t.lower_ in {"of", "the", "and"}) for t in tail):
        return None
    if not tail[-1].is_title or lookup(tail.text) is not None:
        return None
    if len(tail) > 1 and tail[-1].text in lexicon_set("place_tails"):
        return None  # "of Odesa Oblast": a named place (a bare "the Sea" names none)
    if any(lookup(t.text) is not None or t.text in lexicon_set("org_heads") for t in tail if t.is_title):
        return None
    return ent_end


def of_tails(doc: Doc, chosen: list[Mention]) -> list[Mention]:
    """The chosen bodies ending before an "of the X" tail that the model's name runs on over, with the tail."""
    ents = [e for e in doc_ents(doc) if e.label_ == "ORG"]
    if not ents:
        return chosen
    taken = {i for m in chosen if m.chars is None for i in range(m.start, m.end)}
    for m in chosen:
        if not _open_body(m) or m.end >= len(doc) or doc[m.end].lower_ != "of":
            continue
        if not any(t.lower_ in {"of", "for"} for t in doc[m.start : m.end]):
            continue  # only a formal name with an "of"/"for" of its own runs on ("Tribunal for the Law of the Sea")
        ent = next((e for e in ents if e.start <= m.start < m.end < e.end), None)
        end = _tail_end(doc, m.end, ent.end, taken) if ent is not None else None
        if end is not None:
            taken.update(range(m.end, end))
            m.end = end
    return chosen


_POST_WORDS = frozenset({"Station", "Post", "Outpost", "Headquarters", "Base", "Detachment"})


def joined_heads(doc: Doc, chosen: list[Mention]) -> list[Mention]:
    """The chosen bodies ending in a head word with a lone capitalised word chosen right after one ("Border Guard" +
    "Station") joined to it."""
    heads = lexicon_set("org_heads")
    words = heads | _POST_WORDS  # a body's word, not a headline's verb ("Maritime Tribunal Rules in Favor of X")
    lone = {m.start: m for m in chosen if _open_body(m) and m.end - m.start == 1 and doc[m.start].text in words}
    if not lone:
        return chosen
    dropped: set[int] = set()
    for m in chosen:
        nxt = lone.get(m.end)
        if nxt is None or nxt is m or id(m) in dropped or not _open_body(m) or not doc[m.end - 1].whitespace_:
            continue
        if doc[m.end - 1].text in heads and m.end - m.start > 1:
            m.end = nxt.end
            dropped.add(id(nxt))
    return [m for m in chosen if id(m) not in dropped]


_PORTFOLIO_PLURALS = frozenset({"rights", "affairs", "relations", "resources", "services", "works", "communications"})


def portfolio_cut(doc: Doc, chosen: list[Mention]) -> list[Mention]:
    """People's mentions with a leading plural portfolio word ("Rights Jane Roe") cut to the name."""
    for m in chosen:
        if m.kind is not Kind.OFFICIAL or m.chars is not None or m.end - m.start < 3 or m.start == 0:
            continue
        first = doc[m.start]
        before = doc[m.start - 1]
        if first.lower_ in _PORTFOLIO_PLURALS and first.is_title and doc[m.start + 1].is_title and not before.is_punct:
            m.start += 1
    return chosen


def offices_of_forces(doc: Doc, chosen: list[Mention]) -> list[Mention]:
    """ "Office of the X of the Armed Forces": an office's mention joined to the bare force named after it."""
    forces = lexicon_set("force_nouns")
    bare = {m.start: m for m in chosen if _open_body(m) and span_text(doc, m.start, m.end).casefold() in forces}
    if not bare:
        return chosen
    dropped: set[int] = set()
    for m in chosen:
        if not _open_body(m) or m.end - m.start < 4 or doc[m.start].text != "Office" or doc[m.start + 1].lower_ != "of":
            continue
        k = m.end
        if k + 1 < len(doc) and doc[k].lower_ == "of":
            k += 2 if doc[k + 1].lower_ == "the" else 1
            nxt = bare.get(k)
            if nxt is not None and id(nxt) not in dropped:
                m.end = nxt.end
                dropped.add(id(nxt))
    return [m for m in chosen if id(m) not in dropped]


def _spelled_in_lower_case(doc: Doc, i: int) -> bool:
    """The lower-case words before the bracket at token ``i`` spell the acronym after it ("rocket-propelled
    grenades (RPG)")."""
    acronym = doc[i + 1].text.lower()
    words: list[str] = []
    k = i - 1
    while k >= 0 and len(words) < len(acronym):
        tok = doc[k]
        if tok.text in _HYPHENS and not tok.whitespace_ and not doc[k - 1].whitespace_:
            k -= 1
            continue
        if not (tok.is_alpha and tok.is_lower):
            return False
        words.append(tok.text)
        k -= 1
    return len(words) == len(acronym) and "".join(w[0] for w in reversed(words)) == acronym


def things_by_acronym(doc: Doc, chosen: list[Mention]) -> list[Mention]:
    """The chosen mentions without a bracketed acronym that lower-case words before it spell (a thing's)."""
    return [
        m
        for m in chosen
        if not (
            m.kind is Kind.PARTY
            and m.key is None
            and m.chars is None
            and m.end - m.start == 1
            and 1 < m.start < len(doc) - 1
            and doc[m.start - 1].text == "("
            and doc[m.end].text == ")"
            and doc[m.start].is_upper
            and _spelled_in_lower_case(doc, m.start - 1)
        )
    ]


@cache
def _demonym_ends() -> frozenset[str]:
    """Last words of two-word demonyms ("Korean" of "South Korean"): a people's word no one state answers alone."""
    terms = knowledge().terms
    return frozenset(
        form.split()[-1] for form, t in terms.items() if " " in form and t.kind is Kind.STATE and t.role == "demonym"
    )


def ambiguous_demonym_leads(doc: Doc, chosen: list[Mention]) -> list[Mention]:
    """Bodies' mentions opened by a people's word that names no one state ("Korean"), cut to the body's name when
    the text names that body without it."""
    bodies = {doc[m.start : m.end].text for m in chosen if _open_body(m) and m.end - m.start > 1}
    if not bodies:
        return chosen
    for m in chosen:
        first = doc[m.start]
        if not _open_body(m) or m.end - m.start < 3 or first.text not in _demonym_ends() or lookup(first.text):
            continue
        if first.is_title and doc[m.start + 1 : m.end].text in bodies:
            m.start += 1
    return chosen
