"""A project: one SQLite file holding documents, their extractions and the resolved network.

This is the one door ``desktop/`` and the CLI go through. Adding articles is a generator so that a
caller (a terminal progress bar, a Qt worker) can show progress and cancel between documents.
"""

from __future__ import annotations

import dataclasses
import logging
import sqlite3
from collections.abc import Callable, Generator, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx

from core import big_layout, ingest, resolve
from core import graph as graph_mod
from core.merge import merge_relations
from core.model import Document, Problem
from core.records import DocumentInfo, EntityInfo, RelationInfo
from core.store import Store, StoreError

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Progress:
    """How far an ``add`` has come: ``done`` of ``total`` steps, and what it is doing now."""

    done: int
    total: int
    message: str


@dataclass(slots=True)
class AddReport:
    """What an ``add`` did: documents newly extracted, files already in the project, and refusals."""

    added: list[DocumentInfo] = field(default_factory=list)
    known: list[DocumentInfo] = field(default_factory=list)  # already in the project before this add
    duplicates: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    cancelled: bool = False


class Project:
    """An open ``.entente`` project file."""

    def __init__(self, store: Store) -> None:
        self._store = store

    @classmethod
    def open(cls, path: str | Path) -> Project:
        """Open or create the project at ``path``; a network left unfinished by a killed add is completed."""
        project = cls(Store.open(Path(path)))
        if project._store.resolution_is_stale():
            project._resolve()
        return project

    @property
    def path(self) -> Path:
        return self._store.path

    def close(self) -> None:
        self._store.close()

    def __enter__(self) -> Project:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- adding articles -------------------------------------------------------------------------

    def add(
        self, paths: Iterable[str | Path], batch_size: int = 1, cancel: Callable[[], bool] | None = None
    ) -> Generator[Progress, None, AddReport]:
        """Read, extract and store the articles at ``paths``; yields progress, returns the report.

        Each document is committed on its own, so a cancel (closing the generator) or a crash keeps
        everything finished before it. Documents already stored (same content hash) are not
        extracted again. The cross-document resolution runs once at the end over stored extractions.
        A step is at most one file read or one document extracted (batch size 1 by default: batches barely
        change the speed here), so a cancel never waits long. ``cancel`` is asked after every step; when it
        says yes, the add stops there and returns its report so far with ``cancelled`` set.
        """
        from core.extract import extract_documents  # the NLP model loads only when needed

        report = AddReport()

        def halted() -> bool:
            report.cancelled = cancel is not None and cancel()
            return report.cancelled

        fresh: list[Document] = []
        seen: set[str] = set()
        yield Progress(0, 0, "Reading files")
        for item in ingest.ingest(paths):
            self._sort_read(item, report, fresh, seen)
            yield Progress(0, 0, f"Read {Path(item.path).name}")
            if halted():
                return report
        total = len(fresh)
        if not fresh:
            return report
        yield Progress(0, total, "Loading the language model")
        if halted():
            return report
        try:
            extractions = extract_documents(fresh, batch_size=batch_size)
            for done, (document, extraction) in enumerate(zip(fresh, extractions, strict=True), start=1):
                if isinstance(extraction, Problem):
                    report.problems.append(extraction)
                else:
                    report.added.append(self._store.add_document(document, extraction))
                yield Progress(done, total, f"Extracted {Path(document.path).name}")
                if halted():
                    return report
            yield Progress(total, total, "Linking entities across documents")
        except GeneratorExit:
            report.cancelled = True
            raise
        finally:
            # whatever stopped the add (done, cancel, an error), the stored documents join the network
            if report.added:
                self._resolve()
        return report

    def _sort_read(self, item: Document | Problem, report: AddReport, fresh: list[Document], seen: set[str]) -> None:
        """A file just read is a refusal, a document the project already has, or a new one to extract."""
        if isinstance(item, Problem):
            report.problems.append(item)
            return
        stored = self._store.find_document(item.sha256)
        if stored is not None or item.sha256 in seen:
            report.duplicates.append(item.path)
            if stored is not None:  # named by this add, so it goes by the path given now
                report.known.append(dataclasses.replace(stored, path=item.path))
            return
        seen.add(item.sha256)
        fresh.append(item)

    def add_all(self, paths: Iterable[str | Path], batch_size: int = 1) -> AddReport:
        """``add`` without progress, for scripts and tests."""
        gen = self.add(paths, batch_size=batch_size)
        while True:
            try:
                next(gen)
            except StopIteration as stop:
                return stop.value

    def _resolve(self) -> None:
        extractions = self._store.local_extractions()
        entities = resolve.resolve(extractions)
        self._store.replace_resolution(entities, merge_relations(extractions, entities))

    # -- reading ---------------------------------------------------------------------------------

    def documents(self) -> list[DocumentInfo]:
        return self._store.documents()

    def data_version(self) -> int:
        """Changes whenever another connection (another process, a worker) commits to the project."""
        return self._store.data_version()

    def document_count(self) -> int:
        return self._store.document_count()

    def document_text(self, doc_id: int) -> str:
        return self._store.document_text(doc_id)

    def entities(self) -> list[EntityInfo]:
        return self._store.entities()

    def entity(self, entity_id: int) -> EntityInfo:
        return self._store.entity(entity_id)

    def relations(self) -> list[RelationInfo]:
        return self._store.relations()

    def relation(self, relation_id: int) -> RelationInfo:
        return self._store.relation(relation_id)

    def mentions_in(self, doc_id: int) -> list[tuple[int, int, int]]:
        """``(entity_id, start, end)`` of every entity mention in one document, in text order."""
        return self._store.mentions_in(doc_id)

    def graph(self) -> nx.MultiDiGraph:
        """The network: one node per entity, one edge per relation (see ``core.graph``)."""
        return graph_mod.build_graph(self.entities(), self.relations())

    def network_layout(self, graph: nx.MultiDiGraph) -> tuple[dict[int, tuple[float, float]], str]:
        """Every node's position for ``graph`` and how it was found: ``"cached"``, ``"extended"`` or ``"computed"``.

        The layout is kept in the project: reopening reuses it, and after an add only the new entities are
        placed (``core.big_layout.extend_layout``) while every entity drawn before keeps its place.
        """
        key = big_layout.graph_key(graph)
        stored_key, method, stored = self._store.layout()
        nodes = [int(n) for n in graph.nodes]
        if method != big_layout.METHOD:
            stored = {}
        if stored and all(n in stored for n in nodes):
            positions, how = {n: stored[n] for n in nodes}, "cached"
            if stored_key == key and len(stored) == len(nodes):
                return positions, how
        elif stored:
            positions, how = big_layout.extend_layout(graph, stored), "extended"
        else:
            positions, how = big_layout.overview_layout(graph), "computed"
        try:
            self._store.save_layout(key, big_layout.METHOD, positions)
        except (StoreError, sqlite3.Error) as exc:  # a busy or full disk costs the cache, not the drawing
            log.warning("could not keep the layout in %s: %s", self.path, exc)
        return positions, how
