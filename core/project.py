"""A project: one SQLite file holding documents, their extractions and the resolved network.

This is the one door ``desktop/`` and the CLI go through. Adding articles is a generator so that a
caller (a terminal progress bar, a Qt worker) can show progress and cancel between documents.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import logging
import sqlite3
from collections.abc import Callable, Collection, Generator, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx

from core import analysis, big_layout, ingest, resolve
from core import edits as edits_mod
from core import graph as graph_mod
from core import replay as replay_mod
from core.edits import Edit, EditError, LogEntry
from core.layout import MAX_TIDY_NODES
from core.merge import merge_relations
from core.model import Document, Problem
from core.records import DocumentInfo, EntityInfo, RelationInfo, TextRef
from core.replay import Edited
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
        # the machine's network and the edited one are kept while nothing is written to the file
        self._base: tuple[object, replay_mod.Base] | None = None
        self._edited: tuple[object, Edited | None] | None = None
        self._base_checked: object = None  # the store generation at which _base was last found current
        self._texts: dict[int, str] | None = None  # read once when a name is first searched for
        self._mentions_index: tuple[object, dict[int, list[tuple[int, int, int]]]] | None = None

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
        self,
        paths: Iterable[str | Path],
        batch_size: int = 1,
        cancel: Callable[[], bool] | None = None,
        jobs: int | None = None,
        lay_out: bool = True,
    ) -> Generator[Progress, None, AddReport]:
        """Read, extract and store the articles at ``paths``; yields progress, returns the report.

        Each document is committed on its own, in the order read, so a cancel (closing the generator) or a crash
        keeps everything finished before it. Documents already stored (same content hash) are not extracted
        again. The cross-document resolution runs once at the end over stored extractions. ``jobs`` worker
        processes extract side by side (``None``: one per core when there is enough text; see ``core.parallel``);
        the result is the same for any number. Progress counts documents, and the pieces of a long one.
        ``cancel`` is asked after every step (at least a few times a second); when it says yes, the add stops
        there and returns its report so far with ``cancelled`` set. ``batch_size`` is kept for callers; each
        document is parsed on its own. With ``lay_out`` a big network is laid out (only what is new) and kept in
        the project as the add's last step, so that the window opening it next draws at once.
        """
        del batch_size
        from core import parallel

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
        workers = parallel.workers_for(fresh, jobs)
        message = "Loading the language model" + (f" in {workers} processes" if workers > 1 else "")
        yield Progress(0, total, message)
        if halted():
            return report
        steps = parallel.extract(fresh, workers)
        done = 0  # until a worker reports, the message stays the loading one
        try:
            for step in steps:
                if isinstance(step, parallel.Result):
                    document = fresh[step.index]
                    if isinstance(step.value, Problem):
                        report.problems.append(step.value)
                    else:
                        report.added.append(self._store.add_document(document, step.value))
                    done = step.index + 1
                    message = f"Extracted {Path(document.path).name}"
                elif isinstance(step, parallel.Part):
                    name = Path(fresh[step.index].path).name
                    message = f"Extracting {name}: {step.step}"
                yield Progress(done, total, message)
                if halted():
                    return report
            yield Progress(total, total, "Linking entities across documents")
        except GeneratorExit:
            report.cancelled = True
            raise
        finally:
            steps.close()  # stops the worker processes at once on a cancel
            # whatever stopped the add (done, cancel, an error), the stored documents join the network
            if report.added:
                self._resolve()
        if lay_out and report.added and not report.cancelled and not halted():
            graph = self.graph()
            if graph.number_of_nodes() > MAX_TIDY_NODES:
                yield Progress(total, total, "Laying out the network")
                # on a cancel here the documents are in; the window lays the network out when it opens
                with contextlib.suppress(big_layout.Stopped):
                    self.network_layout(graph, stop=halted)
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

    def add_all(
        self,
        paths: Iterable[str | Path],
        batch_size: int = 1,
        jobs: int | None = None,
        lay_out: bool = True,
        cancel: Callable[[], bool] | None = None,
        progress: Callable[[Progress], object] | None = None,
    ) -> AddReport:
        """``add`` run to its end, each step handed to ``progress`` if given: for the command line, scripts and
        tests."""
        gen = self.add(paths, batch_size=batch_size, cancel=cancel, jobs=jobs, lay_out=lay_out)
        while True:
            try:
                step = next(gen)
            except StopIteration as stop:
                return stop.value
            if progress is not None:
                progress(step)

    def _resolve(self) -> None:
        extractions = self._store.local_extractions()
        entities = resolve.resolve(extractions)
        self._store.replace_resolution(entities, merge_relations(extractions, entities))

    # -- reading: the network with the analyst's edits applied ----------------------------------------

    def documents(self) -> list[DocumentInfo]:
        """Every document; ``published`` is the analyst's date when one was set."""
        if self._edited is not None and self._edited[0] == self._store.generation():
            edited = self._edited[1]
            return edited.documents if edited else self._store.documents()
        # no replay needed for this: opening a window reads the documents first, on its own thread
        return replay_mod.effective_documents(self._store.documents(), self._log())

    def data_version(self) -> int:
        """Changes whenever another connection (another process, a worker) commits to the project."""
        return self._store.data_version()

    def document_count(self) -> int:
        return self._store.document_count()

    def document_text(self, doc_id: int) -> str:
        return self._store.document_text(doc_id)

    def page_at(self, doc_id: int, offset: int) -> int | None:
        """The PDF page number of character ``offset`` of a document, or None (not a PDF, or pages not kept)."""
        return self._store.page_at(doc_id, offset)

    def entities(self) -> list[EntityInfo]:
        edited = self._network()
        return edited.entities if edited else self._store.entities()

    def entity(self, entity_id: int) -> EntityInfo:
        edited = self._network()
        return edited.entity_by_id[entity_id] if edited else self._store.entity(entity_id)

    def relations(self) -> list[RelationInfo]:
        edited = self._network()
        return edited.relations if edited else self._store.relations()

    def relation(self, relation_id: int) -> RelationInfo:
        edited = self._network()
        return edited.relation_by_id[relation_id] if edited else self._store.relation(relation_id)

    def mentions_in(self, doc_id: int) -> list[tuple[int, int, int]]:
        """``(entity_id, start, end)`` of every entity mention in one document, in text order."""
        edited = self._network()
        if edited is None:
            return self._store.mentions_in(doc_id)
        if self._mentions_index is None or self._mentions_index[0] is not edited:
            index: dict[int, list[tuple[int, int, int]]] = {}
            for e in edited.entities:
                for m in e.mentions:
                    index.setdefault(m.doc_id, []).append((e.id, m.start, m.end))
            for found in index.values():
                found.sort(key=lambda t: (t[1], t[2]))
            self._mentions_index = (edited, index)
        return list(self._mentions_index[1].get(doc_id, []))

    def graph(self) -> nx.MultiDiGraph:
        """The network: one node per entity, one edge per relation (see ``core.graph``)."""
        return graph_mod.build_graph(self.entities(), self.relations())

    # -- the analyst's edits (see core.edits) ----------------------------------------------------

    def apply(self, edit: Edit) -> LogEntry:
        """Check ``edit`` against the network as it is, then log it in one transaction; ``EditError`` if it
        cannot be made (nothing is logged then)."""
        if edit.op not in edits_mod.OPS:
            raise EditError(f"unknown edit {edit.op!r}")
        base = self._machine()
        args = dict(edit.args)
        new_entity = None
        if edit.op in edits_mod.CREATING and not (edit.op == "split" and args.get("into")):
            current = self._network()
            # above every id shown now or ever given by an edit (undone ones too): the machine skips these
            shown = [e.id for e in current.entities] if current else []
            new_entity = 1 + max(0, *base.entities, *shown, self._store.max_edit_entity())
            args["new_id"] = new_entity
        log = self._log()
        expected = self._store.next_edit_id()  # statuses may name it ("restored by edit 7")
        pending = LogEntry(expected, "", edit.op, args, False, "")
        edited = replay_mod.replay(base, [*log, pending], self._mentions_of, strict=expected)
        row, at = self._store.add_edit(edit.op, edits_mod.dumps(args), new_entity)
        status = edited.statuses[expected]
        # another process logging an edit in between would shift the id: then the next read replays afresh
        self._edited = (self._store.generation(), edited) if row == expected else None
        return LogEntry(row, at, edit.op, args, False, status)

    def undo(self) -> LogEntry | None:
        """Undo the newest active edit; the entry undone, or None when there is none."""
        row = self._store.undo_edit()
        return self._entry(row)

    def redo(self) -> LogEntry | None:
        """Redo the oldest undone edit; the entry redone, or None when there is none."""
        row = self._store.redo_edit()
        return self._entry(row)

    def edit_log(self, statuses: bool = True) -> list[LogEntry]:
        """Every edit, oldest first, each with its status against the network as it is now (without
        ``statuses``, just the log as stored: no replay, so cheap on any thread)."""
        if not statuses:
            return self._log(with_undone=True)
        edited = self._network()
        statuses = edited.statuses if edited else {}
        return [
            dataclasses.replace(entry, status=statuses.get(entry.id, edits_mod.UNDONE if entry.undone else ""))
            for entry in self._log(with_undone=True)
        ]

    def rejected_names(self) -> list[str]:
        edited = self._network()
        return edited.rejected if edited else []

    def find_entities(self, text: str) -> list[EntityInfo]:
        """The entities ``text`` names (id ``e12``, exact name, or alias); more than one when ambiguous."""
        return edits_mod.lookup(self.entities(), text)

    def sentence_at(self, doc_id: int, offset: int) -> TextRef:
        """The sentence holding ``offset`` in a document, as the evidence of a tie the analyst adds."""
        span = edits_mod.sentence_at(self.document_text(doc_id), offset, self._machine().sentences(doc_id))
        return TextRef(doc_id, span.start, span.end, span.text)

    def machine_state(self) -> tuple[object, replay_mod.Base]:
        """The machine's network as edits replay over it, with the key saying which resolution it is: plain data
        another ``Project`` on the same file (another thread) can ``adopt`` instead of reading it again."""
        base = self._machine()
        assert self._base is not None
        return self._base[0], base

    def adopt(self, state: object) -> bool:
        """Take over ``machine_state()`` of another ``Project`` on this file, if it is of the current resolution."""
        if not isinstance(state, tuple) or len(state) != 2 or not isinstance(state[1], replay_mod.Base):
            return False
        if state[0] != self._store.resolution_key():
            return False
        if self._base is None or self._base[0] != state[0]:
            self._base = (state[0], state[1])
        return True

    def _entry(self, row: int | None) -> LogEntry | None:
        if row is None:
            return None
        return next(e for e in self.edit_log() if e.id == row)

    def _log(self, with_undone: bool = False) -> list[LogEntry]:
        entries = []
        for row, at, op, text, _, undone in self._store.edits():
            if with_undone or not undone:
                args = json.loads(text)
                entries.append(LogEntry(row, at, op, args if isinstance(args, dict) else {}, undone, ""))
        return entries

    def _machine(self) -> replay_mod.Base:
        generation = self._store.generation()
        if self._base is not None and self._base_checked == generation:
            return self._base[1]  # nothing was written since the resolution was last checked
        self._base_checked = generation
        key = self._store.resolution_key()
        if self._base is None or self._base[0] != key:
            store = self._store
            base = replay_mod.Base.build(
                store.documents(), store.entities(), store.members(), store.relations(), store.local_extractions()
            )
            self._base = (key, base)
        return self._base[1]

    def _network(self) -> Edited | None:
        """The edited network, or None when no edit is active (the machine's network is then read as stored)."""
        key = self._store.generation()
        if self._edited is not None and self._edited[0] == key:
            return self._edited[1]
        log = self._log(with_undone=True)
        edited = None
        if any(not e.undone for e in log):
            edited = replay_mod.replay(self._machine(), log, self._mentions_of)
        self._edited = (key, edited)
        return edited

    def _mentions_of(self, name: str) -> list[TextRef]:
        """Whole-word occurrences of ``name`` in every document; each document is searched once per name."""
        base = self._machine()
        found = base.found.setdefault(name, {})
        missing = [d.id for d in base.documents if d.id not in found]
        if missing:
            if self._texts is None or not set(missing) <= self._texts.keys():
                self._texts = self._store.texts()
            texts = self._texts
            for doc_id in missing:
                found[doc_id] = edits_mod.find_mentions(name, {doc_id: texts[doc_id]})
        return [m for doc_id in sorted(found) for m in found[doc_id]]

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
            if len(exact) == 1:
                return exact[0]
            if exact:  # 'Kim' as two officials' short name: a guess would answer about the wrong one
                shown = "; ".join(f"e{e.id} {e.name}" for e in sorted(exact, key=lambda e: e.id)[:6])
                raise LookupError(f"“{text}” names {len(exact)} entities: {shown}{' …' * (len(exact) > 6)}; use an id")
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

    def network_layout(
        self, graph: nx.MultiDiGraph, stop: Callable[[], bool] | None = None
    ) -> tuple[dict[int, tuple[float, float]], str]:
        """Every node's position for ``graph`` and how it was found: ``"cached"``, ``"extended"`` or ``"computed"``.

        The layout is kept in the project: reopening reuses it, and after an add only the new entities are
        placed (``core.big_layout.extend_layout``) while every entity drawn before keeps its place. ``stop`` is
        asked between steps of a layout; when it says yes, ``big_layout.Stopped`` is raised and nothing is kept.
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
            positions, how = big_layout.extend_layout(graph, stored, stop=stop), "extended"
        else:
            positions, how = big_layout.overview_layout(graph, stop=stop), "computed"
        try:
            self._store.save_layout(key, big_layout.METHOD, positions)
        except (StoreError, sqlite3.Error) as exc:  # a busy or full disk costs the cache, not the drawing
            log.warning("could not keep the layout in %s: %s", self.path, exc)
        return positions, how
