"""Long work off the GUI thread: adding articles runs ``Project.add`` on a superqt worker, and the window
re-reads the project (records and graph) on one too.

The worker opens its own ``Project`` on the same file because a sqlite connection must stay on the thread
that made it. Cancelling is cooperative (``Project.add`` asks after every step) so the generator ends on
the worker thread, never garbage-collected on the GUI thread with a foreign connection inside.
"""

from __future__ import annotations

import threading
from collections.abc import Generator, Sequence
from dataclasses import dataclass
from pathlib import Path

import networkx as nx
from superqt.utils import FunctionWorker, GeneratorWorker, create_worker

from core.graph import build_graph
from core.layout import MAX_TIDY_NODES
from core.project import AddReport, Progress, Project
from core.records import DocumentInfo, EntityInfo, RelationInfo


class WorkFailed(Exception):
    """An error inside the worker, carried out as a non-RuntimeError.

    superqt takes a RuntimeError from a generator worker for "the Qt object was deleted" and then ends the
    thread without emitting ``errored`` or ``finished``, which would leave the window busy for ever.
    """


def add_articles(
    db_path: Path, paths: Sequence[str | Path], cancel: threading.Event, jobs: int | None = None
) -> Generator[Progress, None, AddReport]:
    """Add ``paths`` to the project at ``db_path``; yields progress, returns the report (``cancelled`` on cancel).

    ``jobs``: extraction processes (None: automatic, see ``core.parallel``).
    """
    try:
        return (yield from _add_articles(db_path, paths, cancel, jobs))
    except RuntimeError as exc:
        raise WorkFailed(str(exc) or type(exc).__name__) from exc


def _add_articles(
    db_path: Path, paths: Sequence[str | Path], cancel: threading.Event, jobs: int | None
) -> Generator[Progress, None, AddReport]:
    with Project.open(db_path) as project:
        # Project.add stops at the next step once cancelled, keeps finished documents and re-links them
        return (yield from project.add(paths, cancel=cancel.is_set, jobs=jobs))


class AddJob:
    """One running ``add_articles`` with its cancel switch; signals are the worker's own."""

    def __init__(self, db_path: Path, paths: Sequence[str | Path], jobs: int | None = None) -> None:
        self.paths = list(paths)
        self.cancel_event = threading.Event()
        self.worker: GeneratorWorker = create_worker(
            add_articles, db_path, self.paths, self.cancel_event, jobs, _start_thread=False, _ignore_errors=True
        )

    def start(self) -> None:
        self.worker.start()

    def cancel(self) -> None:
        self.cancel_event.set()

    @property
    def cancelled(self) -> bool:
        return self.cancel_event.is_set()


@dataclass(frozen=True)
class Snapshot:
    """Everything the window shows of a project, read in one go: plain records and a graph, no connection."""

    documents: list[DocumentInfo]
    entities: list[EntityInfo]
    relations: list[RelationInfo]
    graph: nx.MultiDiGraph
    machine: object = None  # the machine's network as edits replay over it (Project.machine_state), if read
    # where a big network's nodes go, from the project's layout cache (None: the view lays a small one out)
    positions: dict[int, tuple[float, float]] | None = None


def read_snapshot(db_path: Path) -> Snapshot:
    """Read the project at ``db_path`` through a connection of this (worker) thread's own.

    The machine's network under the edits is read here too, so that the window's first edit does not read it
    on the GUI thread (seconds on a big project).
    """
    with Project.open(db_path) as project:
        entities, relations = project.entities(), project.relations()
        graph = build_graph(entities, relations)  # what project.graph() does, without reading everything twice
        positions = project.network_layout(graph)[0] if graph.number_of_nodes() > MAX_TIDY_NODES else None
        return Snapshot(project.documents(), entities, relations, graph, project.machine_state(), positions)


def snapshot_worker(db_path: Path) -> FunctionWorker:
    """A not yet started worker returning ``read_snapshot(db_path)``."""
    return create_worker(read_snapshot, db_path, _start_thread=False, _ignore_errors=True)
