"""The network as FollowTheMoney entities (JSON lines, ``.ftm.json``) for Aleph and the FtM tools.

Officials are ``Person``; parties ``Organization``, or ``PublicBody`` when the name says it is a state body
(ministry, army, assembly…); ships ``Vessel``. FtM has no entity for a country, so a state is written twice over:
as a ``PublicBody`` named after it with ``country`` and ``jurisdiction`` set to its ISO code (so that ties to it
keep their evidence), and as that code on the entities tied to it for certain: ``country`` on the officials and
parties that lead, belong to or represent it, ``flag`` on the ships flagged or registered there. Ties are
``Membership`` or ``Representation`` where the tie says so, else ``UnknownLink`` (role = type, description =
family); each names the articles stating it in ``proof``. Every article is a ``Document`` (title, file name,
date) tied to the entities it mentions by ``Documentation``. Ids are digests of what the thing is (kind and
name, a document's content hash), so they stay the same across exports of the same project.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from functools import cache
from importlib import resources
from pathlib import Path, PurePath

from core.model import Family, Kind
from core.records import DocumentInfo, EntityInfo, RelationInfo, analyst_note

ID_PREFIX = "entente-"
# words in a party's name that make it part of a state rather than a party or a company
STATE_BODY_WORDS = frozenset({
    "ministry", "ministries", "government", "army", "navy", "air force", "armed forces", "assembly", "parliament",
    "congress", "senate", "council", "presidium", "embassy", "consulate", "mission", "department", "agency",
    "commission", "court", "police", "guard", "cabinet", "office", "bureau", "treasury", "state department",
    "foreign ministry", "central bank", "military", "coast guard", "customs", "intelligence", "secretariat",
})  # fmt: skip
FLAG_TYPES = frozenset({"flag", "register"})
REPRESENT_TYPES = frozenset({"represent"})
# ties that make an official or a party belong to a state, so that the state's code is its country
BELONGING = frozenset({Family.MEMBERSHIP, Family.LEADERSHIP})


def make_id(*parts: str) -> str:
    digest = hashlib.sha1("\x1f".join(parts).encode("utf-8"), usedforsecurity=False).hexdigest()
    return ID_PREFIX + digest


@cache
def _country_codes() -> dict[str, str]:
    text = resources.files("core.extract").joinpath("data", "countries.json").read_text(encoding="utf-8")
    codes = {}
    for row in json.loads(text)["countries"]:
        for name in (row["name"], *row["aliases"]):
            codes[name.casefold()] = row["code"].lower()
    return codes


def country_code(name: str, aliases: Iterable[str] = ()) -> str | None:
    """The ISO 3166 alpha-2 code (lower case, as FtM writes it) of a state named ``name``, if known."""
    codes = _country_codes()
    for form in (name, *aliases):
        code = codes.get(" ".join(form.split()).casefold())
        if code:
            return code
    import pycountry  # exact lookups only: a fuzzy match would give the wrong country a tie

    for form in (name, *aliases):
        for field in ("name", "official_name", "common_name"):
            found = pycountry.countries.get(**{field: form})
            if found is not None:
                return found.alpha_2.lower()
    return None


def is_state_body(name: str) -> bool:
    folded = f" {' '.join(name.casefold().split())} "
    return any(f" {word} " in folded for word in STATE_BODY_WORDS)


def _entity_ids(entities: Iterable[EntityInfo]) -> dict[int, str]:
    """A stable id per entity: its kind and name, and its project id only where two share both."""
    entities = list(entities)
    seen: dict[tuple[str, str], int] = defaultdict(int)
    for e in entities:
        seen[(str(e.kind), e.name.casefold())] += 1
    ids = {}
    for e in entities:
        key = (str(e.kind), e.name.casefold())
        ids[e.id] = make_id("entity", *key) if seen[key] == 1 else make_id("entity", *key, str(e.id))
    return ids


def document_id(doc: DocumentInfo) -> str:
    return make_id("document", doc.sha256)


def entities(
    documents: Iterable[DocumentInfo],
    project_entities: Iterable[EntityInfo],
    relations: Iterable[RelationInfo],
) -> Iterator[dict]:
    """Every FtM entity of the network, as ``{"id", "schema", "properties"}`` dicts with list values."""
    docs = {d.id: d for d in documents}
    people = {e.id: e for e in project_entities}
    relations = [r for r in relations if r.source in people and r.target in people]
    ids = _entity_ids(people.values())
    codes = {e.id: country_code(e.name, e.aliases) for e in people.values() if e.kind == Kind.STATE}
    country: dict[int, set[str]] = defaultdict(set)
    flags: dict[int, set[str]] = defaultdict(set)
    for r in relations:
        target = people[r.target]
        code = codes.get(r.target) if target.kind == Kind.STATE else None
        if code is None:
            continue
        source_kind = people[r.source].kind
        if source_kind == Kind.VESSEL and r.type in FLAG_TYPES:
            flags[r.source].add(code)
        elif source_kind in (Kind.OFFICIAL, Kind.PARTY) and r.family in BELONGING:
            country[r.source].add(code)

    used_docs: set[int] = set()
    for e in people.values():
        props = _entity_props(e, codes.get(e.id), country[e.id], flags[e.id])
        yield {"id": ids[e.id], "schema": _entity_schema(e), "properties": props}
    for e in people.values():
        for doc_id in e.doc_ids:
            if doc_id in docs:
                used_docs.add(doc_id)
                yield {
                    "id": make_id("documentation", document_id(docs[doc_id]), ids[e.id]),
                    "schema": "Documentation",
                    "properties": {"document": [document_id(docs[doc_id])], "entity": [ids[e.id]],
                                   "role": ["mentioned"]},
                }
    for r in relations:
        yield _link(r, people, ids, docs)
        used_docs.update(d for d in r.doc_ids if d in docs)
    for doc_id in sorted(used_docs):
        yield _document(docs[doc_id])


def _entity_schema(e: EntityInfo) -> str:
    if e.kind == Kind.OFFICIAL:
        return "Person"
    if e.kind == Kind.VESSEL:
        return "Vessel"
    if e.kind == Kind.STATE or is_state_body(e.name):
        return "PublicBody"
    return "Organization"


def _entity_props(e: EntityInfo, own_code: str | None, country: set[str], flags: set[str]) -> dict[str, list[str]]:
    props: dict[str, list[str]] = {"name": [e.name]}
    aliases = sorted({a for a in e.aliases if a != e.name})
    if aliases:
        props["alias"] = aliases
    if e.kind == Kind.STATE:
        props["summary"] = ["A state (its government), as the articles name it"]
        if own_code:
            props["country"] = [own_code]
            props["jurisdiction"] = [own_code]
    elif e.kind == Kind.VESSEL:
        if flags:
            props["flag"] = sorted(flags)
    elif country:
        props["country"] = sorted(country)
    return props


def _link(r: RelationInfo, people: Mapping[int, EntityInfo], ids: Mapping[int, str],
          docs: Mapping[int, DocumentInfo]) -> dict:
    source, target = people[r.source], people[r.target]
    link_id = make_id("link", ids[r.source], ids[r.target], r.type, str(r.family))
    proof = sorted({document_id(docs[d]) for d in r.doc_ids if d in docs})
    dates = sorted({docs[d].published[:10] for d in r.doc_ids if d in docs and docs[d].published})
    if not r.evidence and r.dated:
        dates = [r.dated]  # a tie on the analyst's note, dated by the analyst
    common: dict[str, list[str]] = {"role": [r.type], "description": [str(r.family)]}
    if proof:
        common["proof"] = proof
    if dates:
        common["startDate"] = [dates[0]]
        common["endDate"] = [dates[-1]]
    if r.evidence:
        common["summary"] = [" ".join(r.evidence[0].text.split())]
    elif note := analyst_note(r.notes):
        common["summary"] = [note]
    joining = source.kind in (Kind.OFFICIAL, Kind.PARTY) and target.kind in (Kind.PARTY, Kind.STATE)
    if r.family == Family.MEMBERSHIP and joining and r.type in REPRESENT_TYPES:
        return {"id": link_id, "schema": "Representation",
                "properties": {"agent": [ids[r.source]], "client": [ids[r.target]], **common}}
    if r.family == Family.MEMBERSHIP and joining and r.type not in FLAG_TYPES:
        return {"id": link_id, "schema": "Membership",
                "properties": {"member": [ids[r.source]], "organization": [ids[r.target]], **common}}
    return {"id": link_id, "schema": "UnknownLink",
            "properties": {"subject": [ids[r.source]], "object": [ids[r.target]], **common}}


def _document(doc: DocumentInfo) -> dict:
    props: dict[str, list[str]] = {"title": [doc.title], "fileName": [PurePath(doc.path).name]}
    if doc.published:
        props["publishedAt"] = [doc.published[:10]]
    return {"id": document_id(doc), "schema": "Document", "properties": props}


def write(
    path: Path, documents: Iterable[DocumentInfo], project_entities: Iterable[EntityInfo],
    relations: Iterable[RelationInfo],
) -> None:
    """One FtM entity per line, UTF-8."""
    with Path(path).open("w", encoding="utf-8") as out:
        for entity in entities(documents, project_entities, relations):
            out.write(json.dumps(entity, ensure_ascii=False, sort_keys=True) + "\n")
