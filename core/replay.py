"""Replaying the analyst's edit log over the machine's resolution: the edited network, and a status per edit.

Entity edits first rework the partition of local entities (so ties follow their sentences); the ties are then
re-merged only for the entities that changed, and tie and date edits come last. The machine's records stay as they
are wherever no edit touches them, so a replay costs what the edits touch, not what the network holds.
"""

from __future__ import annotations

import contextlib
import functools
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace

from core.edits import APPLIED, TIE_OPS, UNDONE, EditError, LogEntry, describe
from core.extract.kb import fold
from core.merge import merge_relations
from core.model import DocExtraction, Family, Kind, LocalEntity, LocalRelation, Span
from core.records import NO_MENTIONS, NOTE_PREFIX, DocumentInfo, EntityInfo, RelationInfo, TextRef

# -- the machine's network, as replay needs it ------------------------------------------------------


@dataclass(slots=True)
class Base:
    """The machine's resolution and the local extractions under it; loaded once per resolution."""

    documents: list[DocumentInfo]
    entities: dict[int, EntityInfo]
    members: dict[int, list[tuple[int, int]]]
    relations: list[RelationInfo]
    locals: dict[tuple[int, int], LocalEntity]
    relations_of: dict[tuple[int, int], list[tuple[int, LocalRelation]]]
    by_name: defaultdict[str, set[tuple[int, int]]] = field(default_factory=lambda: defaultdict(set))
    ids: tuple[dict[tuple[int, int, Family], int], int] | None = None
    found: dict[str, dict[int, list[TextRef]]] = field(default_factory=dict)  # name -> doc -> whole-word matches
    by_ends: defaultdict[tuple[int, int], list[RelationInfo]] | None = None

    @classmethod
    def build(
        cls,
        documents: list[DocumentInfo],
        entities: list[EntityInfo],
        members: dict[int, list[tuple[int, int]]],
        relations: list[RelationInfo],
        extractions: Sequence[tuple[int, DocExtraction]],
    ) -> Base:
        local: dict[tuple[int, int], LocalEntity] = {}
        relations_of: dict[tuple[int, int], list[tuple[int, LocalRelation]]] = defaultdict(list)
        for doc_id, extraction in extractions:
            for idx, entity in enumerate(extraction.entities):
                local[(doc_id, idx)] = entity
            for r in extraction.relations:
                relations_of[(doc_id, r.source)].append((doc_id, r))
                if r.target != r.source:
                    relations_of[(doc_id, r.target)].append((doc_id, r))
        return cls(documents, {e.id: e for e in entities}, members, relations, local, relations_of)

    def fold_of(self, member: tuple[int, int]) -> str:
        return _folded(self.locals[member].name)

    def relation_ids(self) -> tuple[dict[tuple[int, int, Family], int], int]:
        """The machine's relation id of each (source, target, family), and the next free id."""
        if self.ids is None:
            known = {(r.source, r.target, r.family): r.id for r in self.relations}
            self.ids = (known, max(known.values(), default=0) + 1)
        return self.ids

    def ties_between(self, ends: tuple[int, int]) -> list[RelationInfo]:
        if self.by_ends is None:
            self.by_ends = defaultdict(list)
            for r in self.relations:
                self.by_ends[_ends(r.source, r.target)].append(r)
        return self.by_ends.get(ends, [])

    def named(self, folded: str) -> set[tuple[int, int]]:
        """The local entities whose name folds to ``folded``."""
        if not self.by_name:
            for member, local in self.locals.items():
                self.by_name[_folded(local.name)].add(member)
        return self.by_name.get(folded, set())

    def sentences(self, doc_id: int) -> list[Span]:
        """The sentences the extractor kept as evidence in one document."""
        return [r.evidence for (d, _), items in self.relations_of.items() if d == doc_id for _, r in items]


@dataclass(slots=True)
class Edited:
    """The network after the replay, with a status for each edit replayed."""

    documents: list[DocumentInfo]
    entities: list[EntityInfo]
    relations: list[RelationInfo]
    statuses: dict[int, str]
    rejected: list[str]
    entity_by_id: dict[int, EntityInfo] = field(default_factory=dict)
    relation_by_id: dict[int, RelationInfo] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.entity_by_id = {e.id: e for e in self.entities}
        self.relation_by_id = {r.id: r for r in self.relations}


# -- the replay -------------------------------------------------------------------------------------


class _Gone(Exception):
    """The edit finds nothing to act on in the network as it is now."""


@dataclass(slots=True)
class _Entity:
    id: int
    name: str
    kind: Kind
    members: list[tuple[int, int]]  # never changed in place: it may be the machine's own list
    extra: list[TextRef] = field(default_factory=list)  # mentions the analyst's search found
    origin: str = "machine"
    confirmed: bool = False
    notes: list[str] = field(default_factory=list)
    base: EntityInfo | None = None  # the machine's record, while nothing about the entity changed
    moved: bool = False  # its members changed: its ties are merged again


@dataclass(slots=True)
class _Tie:
    source: int
    target: int
    type: str
    family: Family
    evidence: tuple[TextRef, ...]  # replaced, never changed in place: it may be the machine's own tuple
    origin: str = "machine"
    confirmed: bool = False
    notes: list[str] = field(default_factory=list)
    base: RelationInfo | None = None
    dated: str | None = None

    def joins(self, source: int, target: int, family: Family | None) -> bool:
        ends = (self.source, self.target) == (source, target) or (
            self.family is Family.ASSOCIATION and (self.source, self.target) == (target, source)
        )
        return ends and (family is None or self.family is family)


class _TieSet:
    """The ties during a replay. The machine's ties stay its records until an edit touches their pair of ends,
    so a replay costs what the edits touch, not what the network holds."""

    def __init__(self, base: Base, alive: set[int], recomputed: Iterable[_Tie]) -> None:
        self.base = base
        self.alive = alive  # entities whose machine ties still hold (neither changed members nor gone)
        self.pairs: dict[tuple[int, int], list[_Tie]] = {}  # pairs of ends held here as editable ties
        for tie in recomputed:
            self.add(tie)

    def _pair(self, ends: tuple[int, int]) -> list[_Tie]:
        if ends not in self.pairs:
            self.pairs[ends] = [
                _Tie(r.source, r.target, r.type, r.family, r.evidence, base=r)
                for r in self.base.ties_between(ends)
                if r.source in self.alive and r.target in self.alive
            ]
        return self.pairs[ends]

    def add(self, tie: _Tie) -> None:
        self._pair(_ends(tie.source, tie.target)).append(tie)

    def remove(self, tie: _Tie) -> None:
        self._pair(_ends(tie.source, tie.target)).remove(tie)

    def joining(self, source: int, target: int, family: Family | None) -> list[_Tie]:
        return [t for t in self._pair(_ends(source, target)) if t.joins(source, target, family)]

    def untouched(self) -> list[RelationInfo]:
        alive, pairs = self.alive, self.pairs
        return [
            r for r in self.base.relations
            if r.source in alive and r.target in alive and _ends(r.source, r.target) not in pairs
        ]

    def __iter__(self) -> Iterator[_Tie]:
        return (t for group in self.pairs.values() for t in group)


def _ends(a: int, b: int) -> tuple[int, int]:
    return (a, b) if a < b else (b, a)


@functools.lru_cache(maxsize=1 << 16)
def _folded(name: str) -> str:
    return fold(name)


def dated_document(documents: Sequence[DocumentInfo], args: dict) -> int | None:
    """The document a date edit names: by id, else by path (ids are stable, but say the file is re-added)."""
    want = args["document"]
    if any(d.id == want["id"] for d in documents):
        return want["id"]
    return next((d.id for d in documents if d.path == want["path"]), None)


def with_dates(documents: Sequence[DocumentInfo], dates: dict[int, str]) -> list[DocumentInfo]:
    return [replace(d, published=dates[d.id], date_origin="analyst") if d.id in dates else d for d in documents]


def effective_documents(documents: Sequence[DocumentInfo], log: Sequence[LogEntry]) -> list[DocumentInfo]:
    """The documents with the analyst's dates, without a whole replay (dates depend on nothing else)."""
    dates: dict[int, str] = {}
    for entry in log:
        if entry.op == "date" and not entry.undone:
            with contextlib.suppress(KeyError, TypeError, AttributeError):
                doc_id = dated_document(documents, entry.args)
                if doc_id is not None:
                    dates[doc_id] = str(entry.args["date"])
    return with_dates(documents, dates)


def replay(
    base: Base,
    log: Sequence[LogEntry],
    mentions_of: Callable[[str], list[TextRef]],
    strict: int | None = None,
) -> Edited:
    """The machine's network with the active edits of ``log`` applied in order.

    ``strict`` names the edit being made now: for it, finding nothing to do is an error rather than a status.
    """
    return _Replay(base, mentions_of, strict).run(log)


class _Replay:
    def __init__(self, base: Base, mentions_of: Callable[[str], list[TextRef]], strict: int | None) -> None:
        self.base = base
        self.mentions_of = mentions_of
        self.strict = strict
        self.current: int | None = None
        self.entities = {
            i: _Entity(i, e.name, e.kind, base.members.get(i, []), base=e) for i, e in base.entities.items()
        }
        self.redirect: dict[int, int] = {}
        self.rejected: dict[str, str] = {}  # folded -> as written
        self.dropped: set[tuple[int, int]] = set()  # local entities now in no entity
        self.dates: dict[int, str] = {}
        self.restored: set[str] = set()  # folded names whose rejection a later restore lifted
        self.restorers: set[int] = set()  # the restore edits that lifted a reject

    # -- entities

    def entity(self, r: dict) -> _Entity:
        i = r["id"]
        while i in self.redirect:
            i = self.redirect[i]
        if i in self.entities:
            return self.entities[i]
        named = [e for e in self.entities.values() if e.name == r["name"]]
        if not named:  # the machine may have gathered it into another entity since (a new article linked them)
            locals_ = self.base.locals
            named = [
                e for e in self.entities.values()
                if any(s.text == r["name"] for m in e.members for s in locals_[m].mentions)
                or any(x.text == r["name"] for x in e.extra)
            ]
        if len(named) == 1:
            return named[0]
        raise _Gone(f"'{r['name']}' (e{r['id']}) is no longer in the network")

    def must(self, condition: bool, message: str) -> None:
        """A check that refuses the edit being made now; on replay the edit simply has nothing to do."""
        if not condition and self.strict is not None and self.current == self.strict:
            raise EditError(message)

    @staticmethod
    def touch(entity: _Entity, note: str | None = None, moved: bool = False) -> None:
        entity.base = None
        entity.confirmed = True
        entity.moved = entity.moved or moved
        if note:
            entity.notes.append(note)

    def remove(self, entity: _Entity) -> None:
        del self.entities[entity.id]
        self.dropped.update(entity.members)

    def op_merge(self, args: dict) -> None:
        found = list({e.id: e for e in (self.entity(r) for r in args["entities"])}.values())
        self.must(len(found) >= 2, "these are one entity already")
        survivor, others = found[0], found[1:]
        for other in others:
            survivor.members = [*survivor.members, *other.members]
            survivor.extra = [*survivor.extra, *other.extra]
            survivor.notes.extend(other.notes)
            survivor.origin = "analyst" if "analyst" in (survivor.origin, other.origin) else "machine"
            del self.entities[other.id]
            self.redirect[other.id] = survivor.id
        merged = ", ".join(f"'{e.name}'" for e in found)
        if args.get("name"):
            survivor.name = args["name"]
        self.touch(survivor, f"merged from {merged} by the analyst", moved=bool(others))

    def op_split(self, args: dict) -> None:
        source = self.entity(args["entity"])
        alias = args.get("alias")
        picked = {tuple(p) for p in args.get("mentions") or ()}
        locals_ = self.base.locals
        moving = [m for m in source.members if any((m[0], s.start) in picked for s in locals_[m].mentions)]
        extra = [x for x in source.extra if (x.doc_id, x.start) in picked or x.text == alias]
        if alias:
            wanted = fold(alias)
            by_name = [m for m in source.members if self.base.fold_of(m) == wanted]
            moving += by_name or [m for m in source.members if any(s.text == alias for s in locals_[m].mentions)]
        moving = list(dict.fromkeys(moving))
        if not moving and not extra:
            raise _Gone(f"'{source.name}' has no mention '{alias}' any more" if alias else "its mentions are gone")
        # an article's mentions of one entity move together: 'Hong' beside 'Hong Jang-won' takes the full name along
        # (moving chosen mentions of the last article into another entity is a merge, and the analyst's choice)
        stays = any(m not in moving for m in source.members) or any(x not in extra for x in source.extra)
        instead = "merge them" if args.get("into") else "rename it"
        self.must(stays or (not alias and bool(args.get("into"))),
                  f"every mention of '{source.name}' would move (a split takes all of an article's mentions "
                  f"of it together), so nothing would stay: {instead} instead")
        if args.get("into"):
            target = self.entity(args["into"])
            self.must(target.id != source.id, "an entity cannot be split into itself")
            if target.id == source.id:
                raise _Gone("both sides are one entity now")
        else:
            new_id = args["new_id"]
            target = _Entity(new_id, args["name"], source.kind, [], origin="analyst")
            self.entities[new_id] = target
        source.members = [m for m in source.members if m not in moving]
        source.extra = [x for x in source.extra if x not in extra]
        target.members = [*target.members, *moving]
        target.extra = [*target.extra, *extra]
        what = f"'{alias}'" if alias else "chosen mentions"
        self.touch(source, f"{what} split off to '{target.name}' by the analyst", moved=True)
        self.touch(target, f"{what} split off from '{source.name}' by the analyst", moved=True)
        if not source.members and not source.extra:
            del self.entities[source.id]
            self.redirect[source.id] = target.id

    def op_rename(self, args: dict) -> None:
        entity = self.entity(args["entity"])
        self.touch(entity, f"renamed from '{entity.name}' by the analyst")
        entity.name = args["name"]

    def op_kind(self, args: dict) -> None:
        entity = self.entity(args["entity"])
        self.touch(entity, f"kind changed from {entity.kind} to {args['kind']} by the analyst")
        entity.kind = Kind(args["kind"])

    def op_confirm(self, args: dict) -> None:
        self.touch(self.entity(args["entity"]), "confirmed by the analyst")

    def op_reject(self, args: dict) -> None:
        with contextlib.suppress(_Gone):  # gone already: the rule on the name still holds
            self.remove(self.entity(args["entity"]))
        self.reject_name(args["name"])

    def reject_name(self, name: str) -> None:
        wanted = fold(name)
        self.rejected[wanted] = name
        named = self.base.named(wanted)
        for entity in list(self.entities.values()):
            if _folded(entity.name) == wanted:
                self.remove(entity)
                continue
            if named.isdisjoint(entity.members):
                continue
            gone = [m for m in entity.members if m in named]
            entity.members = [m for m in entity.members if m not in named]
            self.dropped.update(gone)
            entity.base, entity.moved = None, True  # changed, but not something the analyst vouched for
            entity.notes.append(f"mentions named '{name}' rejected by the analyst")
            if not entity.members and not entity.extra:
                self.remove(entity)

    def op_restore(self, args: dict) -> None:
        wanted = fold(args["name"])
        # only the restore that lifted a reject counts: a second restore of the name has nothing to lift
        self.must(wanted in self.rejected or self.current in self.restorers, f"'{args['name']}' is not a rejected name")

    def op_add_entity(self, args: dict) -> None:
        name, wanted = args["name"], fold(args["name"])
        self.must(wanted not in self.rejected, f"'{name}' is a rejected name: restore it instead")
        same = [e for e in self.entities.values() if _folded(e.name) == wanted]
        self.must(not same, f"'{name}' is an entity already" + (f" (e{same[0].id})" if same else ""))
        members = [m for e in same for m in e.members]
        taken = {(m[0], s.start) for m in members for s in self.base.locals[m].mentions}
        extra = [x for x in self.mentions_of(name) if (x.doc_id, x.start) not in taken]
        entity = _Entity(args["new_id"], name, Kind(args["kind"]), members, extra, origin="analyst")
        for other in same:  # the machine found it too, later: it joins the analyst's entity
            del self.entities[other.id]
            self.redirect[other.id] = entity.id
        self.entities[entity.id] = entity
        # known from outside the articles (a registry, a filing): it stands on the analyst's word alone
        self.touch(entity, "added by the analyst", moved=True)
        if not members and not extra:
            entity.notes.append(NO_MENTIONS)

    # -- ties

    def ties(self) -> _TieSet:
        """The machine's ties, merged again only where entity edits changed the members."""
        alive = {i for i, e in self.entities.items() if not e.moved}
        dirty = set(self.dropped)
        for e in self.entities.values():
            if e.moved:
                dirty.update(e.members)
        if not dirty:
            return _TieSet(self.base, alive, ())
        seen: set[int] = set()
        by_doc: dict[int, list[LocalRelation]] = defaultdict(list)
        for member in dirty:
            for doc_id, relation in self.base.relations_of.get(member, ()):
                if id(relation) not in seen:
                    seen.add(id(relation))
                    by_doc[doc_id].append(relation)
        order = list(self.entities.values())
        extractions = [(d, DocExtraction([], rels)) for d, rels in sorted(by_doc.items())]
        recomputed = []
        for m in merge_relations(extractions, order):  # type: ignore[arg-type]  # anything with .members will do
            evidence = tuple(TextRef(d, s.start, s.end, s.text) for d, s in m.evidence)
            recomputed.append(_Tie(order[m.source].id, order[m.target].id, m.type, m.family, evidence))
        return _TieSet(self.base, alive, recomputed)

    def op_add_tie(self, ties: _TieSet, args: dict) -> None:
        source, target = self.entity(args["source"]), self.entity(args["target"])
        if source.id == target.id:
            raise _Gone("both ends are one entity now")
        family = Family(args["family"])
        x = args.get("evidence")
        # a tie known from outside the articles carries the analyst's note instead of a sentence
        evidence = (TextRef(x["doc"], x["start"], x["end"], x["text"]),) if x else ()
        note = [f"{NOTE_PREFIX}{args['note']}"] if args.get("note") else []
        when = args.get("date") if not evidence else None
        if when:
            note.append(f"known as of {when}")
        same = ties.joining(source.id, target.id, family)
        for tie in same:
            tie.evidence = (*tie.evidence, *(e for e in evidence if e not in tie.evidence))
            tie.confirmed, tie.base = True, None
            tie.notes += ["stated again by the analyst", *note]
            tie.dated = tie.dated or when
        if not same:
            ties.add(_Tie(source.id, target.id, args["type"], family, evidence, "analyst", True,
                          ["added by the analyst", *note], dated=when))

    def matching(self, ties: _TieSet, args: dict) -> tuple[list[_Tie], str]:
        source, target = self.entity(args["source"]), self.entity(args["target"])
        family = Family(args["family"]) if args.get("family") else None
        found = ties.joining(source.id, target.id, family)
        label = f"'{source.name}' → '{target.name}'" + (f" ({family})" if family else "")
        return found, label

    def op_reject_tie(self, ties: _TieSet, args: dict) -> None:
        found, label = self.matching(ties, args)
        self.must(bool(found), f"there is no tie {label}")
        for tie in found:
            ties.remove(tie)

    def op_retype_tie(self, ties: _TieSet, args: dict) -> None:
        found, label = self.matching(ties, args)
        if not found:
            raise _Gone(f"there is no tie {label} any more")
        for tie in found:
            ties.remove(tie)
            if args.get("new_family"):
                tie.family = Family(args["new_family"])
            if args.get("new_type"):
                tie.type = args["new_type"]
            if args.get("reverse"):
                tie.source, tie.target = tie.target, tie.source
            tie.confirmed, tie.base = True, None
            tie.notes.append(f"changed by the analyst ({describe('retype-tie', args).split(': ', 1)[1]})")
            twin = next(iter(ties.joining(tie.source, tie.target, tie.family)), None)
            if twin is None:
                ties.add(tie)
            else:  # it now says what another tie says: one tie with both sets of sentences
                twin.evidence += tuple(x for x in tie.evidence if x not in twin.evidence)
                twin.confirmed, twin.base = True, None
                if args.get("new_type"):  # the words the analyst chose, not the other tie's
                    twin.type = args["new_type"]
                twin.notes += tie.notes
                twin.dated = twin.dated or tie.dated

    def op_confirm_tie(self, ties: _TieSet, args: dict) -> None:
        found, label = self.matching(ties, args)
        if not found:
            raise _Gone(f"there is no tie {label} any more")
        for tie in found:
            tie.confirmed, tie.base = True, None
            tie.notes.append("confirmed by the analyst")

    def op_date(self, args: dict) -> None:
        doc_id = dated_document(self.base.documents, args)
        if doc_id is None:
            raise _Gone(f"the document {args['document']['path']} is not in the project")
        self.dates[doc_id] = args["date"]

    # -- the whole run

    def run(self, log: Sequence[LogEntry]) -> Edited:
        active = [e for e in log if not e.undone]
        statuses = {e.id: UNDONE for e in log if e.undone}
        restored_by: dict[int, int] = {}
        for i, entry in enumerate(active):  # a reject counts until a later restore of the same name
            if entry.op == "reject":
                name = fold(str(entry.args.get("name", "")))
                later = (e for e in active[i + 1:] if e.op == "restore" and fold(str(e.args.get("name"))) == name)
                restorer = next(later, None)
                if restorer is not None:
                    restored_by[entry.id] = restorer.id
        self.restorers = set(restored_by.values())
        later_ops = []
        for entry in active:
            if entry.id in restored_by:
                statuses[entry.id] = f"restored by edit {restored_by[entry.id]}"
                self.restored.add(name_folded := fold(str(entry.args.get("name", ""))))
                self.rejected.pop(name_folded, None)
            elif entry.op in TIE_OPS or entry.op == "date":
                later_ops.append(entry)
            else:
                self.attempt(entry, statuses, lambda e: getattr(self, "op_" + e.op.replace("-", "_"))(e.args))
        ties = self.ties()
        for entry in later_ops:
            if entry.op == "date":
                self.attempt(entry, statuses, lambda e: self.op_date(e.args))
            else:
                self.attempt(entry, statuses, lambda e: getattr(self, "op_" + e.op.replace("-", "_"))(ties, e.args))
        return self.result(ties, statuses)

    def attempt(self, entry: LogEntry, statuses: dict[int, str], work: Callable[[LogEntry], None]) -> None:
        self.current = entry.id
        try:
            work(entry)
            statuses[entry.id] = APPLIED
        except _Gone as gone:
            if entry.id == self.strict:
                raise EditError(str(gone)) from None
            statuses[entry.id] = f"no longer applies: {gone}"
        except (KeyError, TypeError, ValueError, AttributeError) as exc:  # a log entry damaged in the file
            if entry.id == self.strict:
                raise EditError(f"the edit is not well formed ({exc!r})") from None
            statuses[entry.id] = "no longer applies: the stored edit is damaged"

    def result(self, ties: _TieSet, statuses: dict[int, str]) -> Edited:
        entities = []
        for e in sorted(self.entities.values(), key=lambda e: e.id):
            if e.base is not None:
                entities.append(e.base)
                continue
            found = [TextRef(m[0], s.start, s.end, s.text) for m in e.members for s in self.base.locals[m].mentions]
            mentions = sorted(dict.fromkeys(found + e.extra), key=lambda r: (r.doc_id, r.start, r.end))
            aliases = tuple(dict.fromkeys(r.text for r in mentions))
            entities.append(
                EntityInfo(e.id, e.name, e.kind, aliases, tuple(mentions), e.origin, e.confirmed, tuple(e.notes))
            )
        used: set[int] = set()
        relations = ties.untouched() + [t.base for t in ties if t.base is not None]
        used.update(r.id for r in relations)
        known, next_id = self.base.relation_ids()
        for t in ties:
            if t.base is not None:
                continue
            rel_id = known.get((t.source, t.target, t.family))
            if rel_id is None or rel_id in used:
                rel_id, next_id = next_id, next_id + 1
            used.add(rel_id)
            evidence = tuple(sorted(t.evidence, key=lambda r: (r.doc_id, r.start, r.end)))
            relations.append(
                RelationInfo(rel_id, t.source, t.target, t.type, t.family, evidence, t.origin, t.confirmed,
                             tuple(t.notes), t.dated)
            )
        relations.sort(key=lambda r: r.id)
        documents = with_dates(self.base.documents, self.dates)
        return Edited(documents, entities, relations, statuses, list(self.rejected.values()))
