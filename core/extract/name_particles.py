"""Names the model cuts at a small word: a surname opened by a particle ("Ursula von der" + "Leyen"), a party named by
its adjective and a lower-case "party" ("the Liberal party"), and a person called by a people's noun ("the
Frenchman": France, as a demonym is)."""

from __future__ import annotations

from spacy.tokens import Doc

from core.extract.coref import PARTICLES, Mention
from core.extract.kb import lexicon_set, lookup
from core.model import Kind

_PEOPLE_NOUNS = ("woman", "women", "man", "men")
# the political families a party is named by ("the Liberal party"); a leader's or a movement's own name is not one
_PARTY_FAMILIES = frozenset(
    {"Liberal", "Conservative", "Labour", "Labor", "Green", "Socialist", "Communist", "Democratic", "Republican"}
    | {"Progressive", "Nationalist", "Centre", "Center", "Libertarian", "Christian", "Social"}
)


def _people_noun_state(word: str):
    """ "Frenchman", "Dutchwomen": the state whose demonym opens a people's noun (None for "Chairman")."""
    for tail in _PEOPLE_NOUNS:
        if word.endswith(tail) and len(word) > len(tail) + 2:
            term = lookup(word[: -len(tail)])
            if term is not None and term.kind is Kind.STATE and term.role == "demonym":
                return term
            return None
    return None


def _particle_end(doc: Doc, m: Mention) -> int:
    """Where a person's name cut after its particle ends: "Ursula von der" + "Leyen" ends after "Leyen"."""
    end = m.end
    if m.kind is not Kind.OFFICIAL or m.chars is not None or end - m.start < 2 or end >= len(doc):
        return end
    if doc[end - 1].lower_ in PARTICLES and doc[end - 1].is_lower and doc[end].is_title and doc[end].is_alpha:
        return end + 1
    return end


def _particle_start(doc: Doc, m: Mention, covered: set[int]) -> int:
    """Where a surname the model read alone after its particles starts: "Ursula von der" + "Leyen"."""
    k = m.start
    if m.key is not None or m.chars is not None or m.end - k != 1 or not doc[k].is_title:
        return k
    while k > 0 and doc[k - 1].lower_ in PARTICLES and doc[k - 1].is_lower and k - 1 not in covered:
        k -= 1
    given = k - 1
    if k == m.start or given < 0 or given in covered or not (doc[given].is_title and doc[given].is_alpha):
        return m.start
    if lookup(doc[given].text) is not None or doc[given].pos_ != "PROPN":
        return m.start
    # a person's name ('Ursula von der Leyen'), not a place's or a body's ('Puerto de Veracruz')
    people = m.kind is Kind.OFFICIAL or "PERSON" in (doc[given].ent_type_, doc[m.start].ent_type_)
    return given if people else m.start


def mend_cut_names(doc: Doc, chosen: list[Mention]) -> list[Mention]:
    """The chosen mentions with particle surnames joined, "X party" whole, people's nouns as their state and a body
    run into its titled head cut apart."""
    chosen = split_titled_run_on(doc, chosen)
    covered = {t for m in chosen for t in range(m.start, m.end)}
    for m in chosen:
        start = _particle_start(doc, m, covered)
        if start < m.start:
            m.start, m.kind, m.role = start, Kind.OFFICIAL, "person"
    ends = {id(m): _particle_end(doc, m) for m in chosen}
    swallowed = {t for m in chosen for t in range(m.end, ends[id(m)])}
    out = []
    for m in chosen:
        if m.start in swallowed and m.chars is None:
            continue  # "Leyen" of "Ursula von der Leyen"
        m.end = ends[id(m)]
        one = m.end - m.start == 1 and m.chars is None and m.key is None
        if one and m.kind is not Kind.STATE and (term := _people_noun_state(doc[m.start].text)) is not None:
            m = Mention(m.start, m.end, Kind.STATE, term.name, 3, "demonym")
        elif (
            one
            and m.kind is Kind.PARTY
            and m.end < len(doc)
            and doc[m.end].lower_ == "party"
            and doc[m.start].text in _PARTY_FAMILIES
            and doc[m.end].is_lower
            and doc[m.start].is_title
        ):
            m.end += 1  # "the Liberal party"
        out.append(m)
    return out


_HYPHENS = frozenset({"-", "\u2010", "\u2011"})


def _person_run(doc: Doc, start: int, end: int) -> bool:
    """Two to four capitalised words (hyphens between them) that name no known state or body: a person."""
    words = [t for t in doc[start:end] if t.text not in _HYPHENS]
    return 2 <= len(words) <= 4 and all(t.is_title and t.is_alpha and lookup(t.text) is None for t in words)


def split_titled_run_on(doc: Doc, chosen: list[Mention]) -> list[Mention]:
    """ "Freedom Party of Ruritania Chairman Jean-Paul Roe": a body, its head's title and the head's name read as one
    name (the model often cuts a hyphenated given name apart): the body ends before the title, the person follows."""
    titles = lexicon_set("titles")
    out, drop = [], set()
    for m in chosen:
        if m.kind is not Kind.PARTY or m.key is not None or m.chars is not None or m.name is not None:
            out.append(m)
            continue
        k = next((k for k in range(m.start + 2, m.end - 1) if doc[k].is_title and doc[k].lower_ in titles), None)
        if k is None or not doc[k - 1].is_title:
            out.append(m)
            continue
        end = m.end
        hyphen = end + 1 < len(doc) and doc[end].text in _HYPHENS and not doc[end - 1].whitespace_
        for o in chosen:
            after = o.start > k and (o.start < end < o.end or (hyphen and o.start == end + 1))
            if o is not m and o.kind is Kind.OFFICIAL and o.chars is None and after:
                end = o.end
                drop.add(id(o))
        if not _person_run(doc, k + 1, end):
            drop.difference_update({id(o) for o in chosen if o.start < end and o.end == end})
            out.append(m)
            continue
        m.end = k
        out.extend([m, Mention(k + 1, end, Kind.OFFICIAL, None, m.tier, "person")])
    return [m for m in out if id(m) not in drop]
