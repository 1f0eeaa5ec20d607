"""A project: one SQLite file holding documents, their extractions and the resolved network.

This is the one door ``desktop/`` and the CLI go through. Adding articles is a generator so that a
caller (a terminal progress bar, a Qt worker) can show progress and cancel between documents.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Collection, Generator, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx

from core import analysis, ingest, resolve
from core import graph as graph_mod
from core.merge import merge_relations
from core.model import Document, Problem
from core.records import DocumentInfo, EntityInfo, RelationInfo
from core.store import Store


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

    # -- questions to the network ----------------------------------------------------------------

    def find_entity(self, text: str) -> EntityInfo:
        """The entity named ``text`` (its name, an alias, ``e<id>``, or a unique part of a name).

        Raises ``LookupError`` with a message for the user when there is none or the name is ambiguous.
        """
        wanted = " ".join(text.split()).casefold()
        entities = self.entities()
        if wanted.removeprefix("e").isdigit():
            by_id = {e.id: e for e in entities}.get(int(wanted.removeprefix("e")))
            if by_id is not None:
                return by_id
        for forms in (lambda e: [e.name], lambda e: e.aliases):
            exact = [e for e in entities if any(" ".join(f.split()).casefold() == wanted for f in forms(e))]
            if exact:
                return max(exact, key=lambda e: (len(e.mentions), -e.id))  # the one the articles are about
        partial = [e for e in entities if wanted and wanted in e.name.casefold()]
        if len(partial) == 1:
            return partial[0]
        if partial:
            shown = ", ".join(sorted(e.name for e in partial)[:5]) + (" …" if len(partial) > 5 else "")
            raise LookupError(f"“{text}” could be several entities: {shown}")
        raise LookupError(f"no entity called “{text}” in {self.path.name}")

    def measure(self, name: str, all_ties: bool = False, graph: nx.MultiDiGraph | None = None) -> dict[int, float]:
        """``analysis.measure`` of the whole network, kept in the project until the network changes."""
        graph = self.graph() if graph is None else graph
        return self._cached(f"measure:{name}:{int(all_ties)}", graph, lambda: analysis.measure(graph, name, all_ties))

    def communities(self, all_ties: bool = False, graph: nx.MultiDiGraph | None = None) -> dict[int, int]:
        """``analysis.communities`` of the whole network, kept in the project until the network changes."""
        graph = self.graph() if graph is None else graph
        found = self._cached(f"communities:{int(all_ties)}", graph, lambda: analysis.communities(graph, all_ties))
        return {n: int(g) for n, g in found.items()}

    def _cached(self, key: str, graph: nx.MultiDiGraph, compute: Callable[[], dict]) -> dict:
        network = analysis.fingerprint(graph)
        text = self._store.cached(key, network)
        if text is not None:
            try:
                return {int(k): float(v) for k, v in json.loads(text).items()}
            except (ValueError, TypeError, AttributeError):
                pass  # a damaged or foreign entry: computed again and replaced
        value = compute()
        self._store.cache(key, network, json.dumps(value))
        return value

    def view_graph(self, view: analysis.View, only: Collection[int] | None = None) -> nx.MultiDiGraph:
        """The network as ``view`` shows it (time range, focus, Top N), from the documents ``only`` if given."""
        entities, relations = analysis.period_records(self.documents(), self.entities(), self.relations(), view, only)
        graph = graph_mod.build_graph(entities, relations)
        scores = None
        if view.top is not None and not view.timed and only is None:
            scores = self.measure(view.measure, view.all_ties, graph)  # the whole network's: cached
        return analysis.narrow(graph, view, scores)
