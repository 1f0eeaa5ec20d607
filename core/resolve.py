"""Cross-document resolution: the local entities of every document → one entity per real thing.

Local entities merge when they name one thing in different spellings: accents, hyphens, case, Korean romanisation
('Ri Il Kyu'/'Ri Il Gyu'), an extra trailing surname ('Raul Castro Ruz'), a small spelling difference (rapidfuzz),
or an acronym and its long form. Guards keep apart people whose first name part differs ('Raúl'/'Fidel Castro',
'Kim Jong-un'/'Kim Yong-nam'). A bare surname joins a full name of another document only when exactly one person in
the corpus carries it. Kinds must agree.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache

from core.extract.hulls import ship_core, written_with_prefix
from core.extract.kb import acronym_of, fold, lexicon_set, lookup, person_key, same_person
from core.model import DocExtraction, Kind, LocalEntity


@dataclass(slots=True)
class ResolvedEntity:
    """A project-wide entity and the local entities (doc id, index in that document) it gathers."""

    name: str
    kind: Kind
    aliases: list[str] = field(default_factory=list)
    members: list[tuple[int, int]] = field(default_factory=list)


class _Sets:
    """Union-find over local entities."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _acronym(text: str) -> str | None:
    bare = text.replace(".", "")
    return bare if len(bare) >= 2 and bare.isalpha() and bare.isupper() else None


def resolve(extractions: Sequence[tuple[int, DocExtraction]]) -> list[ResolvedEntity]:
    items: list[tuple[int, int, LocalEntity]] = [
        (doc_id, index, local) for doc_id, extraction in extractions for index, local in enumerate(extraction.entities)
    ]
    sets = _Sets(len(items))

    # the same name (up to accents, case, hyphens, apostrophes) and kind is one thing
    by_name: dict[tuple[Kind, str], int] = {}
    for i, (_, _, local) in enumerate(items):
        key = (local.kind, _spelling(_firm_core(local.name) if local.kind is Kind.PARTY else local.name))
        if key in by_name:
            sets.union(by_name[key], i)
        else:
            by_name[key] = i
    _merge_across_kinds(items, sets)

    persons = _merge_people(items, sets)
    _merge_acronyms(items, sets)
    _merge_ships(items, sets)

    groups: dict[int, list[int]] = {}
    for i in range(len(items)):
        groups.setdefault(sets.find(i), []).append(i)
    resolved = []
    for members in sorted(groups.values(), key=lambda g: g[0]):
        locals_ = [items[i] for i in members]
        kind = Kind.OFFICIAL if persons.intersection(members) else _voted_kind(locals_)
        entity = ResolvedEntity(name=_canonical([local for _, _, local in locals_]), kind=kind)
        for doc_id, index, local in locals_:
            entity.members.append((doc_id, index))
            for m in local.mentions:
                if m.text not in entity.aliases:
                    entity.aliases.append(m.text)
        resolved.append(entity)
    return resolved


def _merge_across_kinds(items: list[tuple[int, int, LocalEntity]], sets: _Sets) -> None:
    """A name of two or more words written alike in several documents is one thing even where one document guessed
    its kind wrong (a group taken for a person, a ship for a person); the kind is then voted (``_voted_kind``)."""
    by_name: dict[str, list[int]] = {}
    for i, (_, _, local) in enumerate(items):
        if local.kind is not Kind.STATE and len(local.name.split()) >= 2:
            by_name.setdefault(_spelling(local.name), []).append(i)
    for group in by_name.values():
        if len({items[i][2].kind for i in group}) > 1:
            for i in group[1:]:
                sets.union(group[0], i)


@cache
def _legal_forms() -> frozenset[str]:
    return frozenset(f.replace(".", "").casefold() for f in lexicon_set("legal_forms"))


def _firm_core(name: str) -> str:
    """A firm's name less the legal forms that close it: "Harbour Lines L.L.C" and "Harbour Lines" are one firm
    across documents (one article writes the form, another leaves it out)."""
    forms = _legal_forms()
    words = name.split()
    while len(words) > 1 and words[-1].strip(",").replace(".", "").casefold() in forms:
        words.pop()
    return " ".join(words)


def _spelling(name: str) -> str:
    """A name up to accents, case, hyphens, apostrophes and spaces: "Amir-Abdollahian" and "Amirabdollahian" agree."""
    return "".join(fold(name).replace("'", "").split())


def _voted_kind(locals_: Sequence[tuple[int, int, LocalEntity]]) -> Kind:
    """The kind most documents give (ties: any kind but a person's, then most mentions, then the first document's); a
    ship's prefix written in any document ("MV Ruby") settles it as a ship. A firm, a gang or a ship named like a
    person is often taken for one where no cue says otherwise, while a person is seldom read as a body: between as
    many documents, the reading that is no person wins."""
    if any(
        local.kind is Kind.VESSEL and any(written_with_prefix(m.text) for m in local.mentions) for *_, local in locals_
    ):
        return Kind.VESSEL
    documents: Counter[Kind] = Counter(local.kind for _, _, local in locals_)
    mentions: Counter[Kind] = Counter()
    for _, _, local in locals_:
        mentions[local.kind] += len(local.mentions)
    first = locals_[0][2].kind
    return max(documents, key=lambda k: (documents[k], k is not Kind.OFFICIAL, mentions[k], k is first))


def _merge_people(items: list[tuple[int, int, LocalEntity]], sets: _Sets) -> set[int]:
    """Full names by spelling; then bare surnames to the one person of the corpus who carries them. Returns the
    items of bodies found to be a person (``_bare_surnames_as_bodies``): their group is a person's."""
    people = [(i, person_key(local.name)) for i, (_, _, local) in enumerate(items) if local.kind is Kind.OFFICIAL]
    full = [(i, key) for i, key in people if len(key) >= 2]
    # only names whose first two parts start alike can be one person: compare within those blocks, not all pairs
    blocks: dict[tuple[str, str], list[tuple[int, tuple[str, ...]]]] = {}
    for i, key in full:
        blocks.setdefault((key[0][:1], key[1][:1]), []).append((i, key))
    for block in blocks.values():
        for x, (i, a) in enumerate(block):
            for j, b in block[x + 1 :]:
                if items[i][0] != items[j][0] and same_person(a, b):
                    sets.union(i, j)
    carriers: dict[str, set[int]] = {}  # a surname (or the first name of a two-part name) -> who carries it
    for j, other in full:
        for part in set(other[1:]) | ({other[0]} if len(other) == 2 else set()):
            carriers.setdefault(part, set()).add(j)
    for i, key in people:
        if len(key) != 1:
            continue
        owners = {sets.find(j) for j in carriers.get(key[0], ())}
        if len(owners) == 1:
            sets.union(i, owners.pop())
    return _bare_surnames_as_bodies(items, sets, full)


def _bare_surnames_as_bodies(
    items: list[tuple[int, int, LocalEntity]], sets: _Sets, full: list[tuple[int, tuple[str, ...]]]
) -> set[int]:
    """ "Trump's proclamation", "Trump-era", "the Putin convoy": a bare surname the model took for a body, where a
    person of another document carries it as the last part of a full name, is that person (and retyped a person's).
    Only a one-word, title-case name that is no known term, when exactly one person carries the surname, and when no
    document that names that person also names a body so (a firm called after its founder, "Orlan" beside "Jon
    Orlan"): the body's whole group is checked, as the same-name join has already put the bodies so named together.
    The extraction's own entities are left as they are: the items returned are a person's (``resolve``)."""
    persons: set[int] = set()
    surnames: dict[str, set[int]] = {}
    for j, key in full:
        surnames.setdefault(key[-1], set()).add(j)
    for i, (_, _, local) in enumerate(items):
        name = local.name
        if local.kind is not Kind.PARTY or " " in name or len(name) < 4 or not name.istitle() or not name.isalpha():
            continue
        if lookup(name) is not None or any(not m.text.startswith(name) for m in local.mentions):
            continue
        carriers = surnames.get(fold(name), set())
        owners = {sets.find(j) for j in carriers}
        if len(owners) != 1:
            continue
        root, person_docs = sets.find(i), {items[j][0] for j in carriers}
        group = [k for k in range(len(items)) if sets.find(k) == root]
        if any(items[k][0] in person_docs or items[k][2].kind is not Kind.PARTY for k in group):
            continue  # a body so named beside the person in one document is another thing (or already joined)
        persons.add(i)
        sets.union(i, owners.pop())
    return persons


def _merge_acronyms(items: list[tuple[int, int, LocalEntity]], sets: _Sets) -> None:
    """A body named only by its acronym ("WPK") is the one body of another document that uses or spells it."""
    spelled: dict[str, set[int]] = {}  # acronym -> long-named bodies that spell it or use it
    for j, (_, _, other) in enumerate(items):
        if other.kind is Kind.PARTY and not _acronym(other.name):
            for acr in {acronym_of(other.name)} | {a for m in other.mentions if (a := _acronym(m.text))}:
                spelled.setdefault(acr, set()).add(j)
    for i, (_, _, local) in enumerate(items):
        acr = _acronym(local.name)
        if local.kind is not Kind.PARTY or acr is None:
            continue
        owners = {sets.find(j) for j in spelled.get(acr, ())}
        if len(owners) == 1:
            sets.union(i, owners.pop())


def _merge_ships(items: list[tuple[int, int, LocalEntity]], sets: _Sets) -> None:
    """Ships of different articles whose names differ only by a prefix, a hull code or where the number is written
    ("No. 172 Eiho Maru", "Eiho Maru 172") are one ship (``ship_core``); two marks that differ ("GC-24 Mantilla",
    "GC-25 Mantilla") are two hulls, and two ships of one article stay as that article's resolution left them."""
    by_core: dict[str, list[tuple[int, str]]] = {}
    for i, (doc, _, local) in enumerate(items):
        if local.kind is not Kind.VESSEL:
            continue
        core, mark = ship_core(local.name)
        if not core:
            continue
        for j, other in by_core.get(core, []):
            if items[j][0] != doc and (not mark or not other or mark == other):
                sets.union(j, i)
        by_core.setdefault(core, []).append((i, mark))


def _marked(form: str) -> bool:
    """Keeps its accents or hyphens: 'Raúl Castro', 'Kim Jong-un' (the careful spelling)."""
    return "-" in form or any(unicodedata.combining(c) for c in unicodedata.normalize("NFD", form))


def _canonical(locals_: Sequence[LocalEntity]) -> str:
    """Full names over bare ones, then the form most documents use, then the carefully spelled one."""
    names = [local.name for local in locals_]
    docs = Counter(names)
    mentions = Counter(m.text for local in locals_ for m in local.mentions)

    def score(form: str) -> tuple:
        return (len(form.split()) >= 2 or not _acronym(form), docs[form], _marked(form), mentions[form], len(form))

    return max(docs, key=score)
