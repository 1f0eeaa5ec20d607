"""The main window: the network in the middle, documents on the left, details and the reader on the right.

The window reads the project on the GUI thread (reads are quick) and hands every add to a worker that
opens its own connection. Slots stay thin: they look records up and pass them to the panels.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Collection, Iterable, Sequence
from pathlib import Path

import networkx as nx
from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeySequence,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

import resources
from core.big_layout import extend_layout
from core.layout import MAX_TIDY_NODES, stated_ties
from core.project import AddReport, Progress, Project
from core.records import DocumentInfo, EntityInfo, RelationInfo, TextRef
from core.store import StoreError
from desktop import file_dialogs
from desktop.analysis_panel import AnalysisController
from desktop.edit_commands import EditMenus, Editor, Records
from desktop.external_changes import ProjectWatcher, RefreshBar
from desktop.filter_bar import FilterBar
from desktop.jobs_menu import JobsMenu
from desktop.panels import ID_ROLE, DetailsPanel, DocumentList, MessageBar
from desktop.reader import Reader
from desktop.reports import describe_report, error_reason, names_line, report_details
from desktop.settings import Settings, log_path
from desktop.window_style import STYLE_SHEET
from desktop.workers import AddJob, Snapshot, snapshot_worker

log = logging.getLogger(__name__)



def _default_view() -> QWidget:
    from desktop.network_view import NetworkView

    return NetworkView()


class MainWindow(QMainWindow):
    """One open project. ``view_factory`` lets tests and tools swap the web view for something lighter."""

    addFinished = Signal(object)  # AddReport, after the graph has been re-read and handed to the view
    graphDrawn = Signal(int)  # node count, once the view has drawn

    def __init__(
        self,
        project_path: Path,
        settings: Settings | None = None,
        view_factory: Callable[[], QWidget] | None = None,
        add_default_corpus: bool = True,
    ) -> None:
        super().__init__()
        self.settings = settings or Settings()
        self.project: Project | None = None
        self.documents: dict[int, DocumentInfo] = {}
        self.entities: dict[int, EntityInfo] = {}
        self.relations: dict[int, RelationInfo] = {}
        self.graph = nx.MultiDiGraph()
        self.drawn_count = -1
        self._job: AddJob | None = None
        # reloads are numbered: a snapshot read on a worker is applied only if no newer reload was asked for
        self._load_generation = 0
        self._loader: object | None = None  # the worker reading the project, if one runs
        self._after_load: list[Callable[[], None]] = []
        self._pending: list[str] = []
        self._known_entities: set[int] = set()  # the entities shown when the running add started
        self._fallback_project: Path | None = None  # shown before the open project, until that one reads fine
        self._closing = False

        self.setObjectName("mainWindow")
        self.setStyleSheet(STYLE_SHEET)
        self.setAcceptDrops(True)
        self.resize(1440, 880)
        self.view = (view_factory or _default_view)()
        self.view.setObjectName("networkView")
        self.view.setMinimumWidth(360)
        self.view.nodeClicked.connect(self.show_entity)  # the page already highlights what was clicked
        self.view.edgeClicked.connect(self.show_relation)
        self.view.backgroundClicked.connect(self._background_clicked)
        self.view.drawn.connect(self._drawn)

        self.doc_list = DocumentList()
        self.doc_list.documentActivated.connect(self.open_document)
        self.doc_list.addRequested.connect(self._ask_add_files)
        self.details = DetailsPanel()
        self.details.node.relationActivated.connect(self.show_relation)
        self.details.node.documentActivated.connect(self._open_entity_in_document)
        self.details.edge.evidenceActivated.connect(self.open_evidence)
        self.details.edge.nodeActivated.connect(self.focus_entity)
        self.details.overview.entityActivated.connect(self.focus_entity)
        self.reader = Reader()
        self.message_bar = MessageBar()
        self.editor = Editor(lambda: self.project, self)
        self.editor.changed.connect(self._edited)
        self.editor.refused.connect(self.message_bar.show_message)
        self.editor.done.connect(lambda text: self.statusBar().showMessage(text, 8000))
        records = lambda: Records(self.documents, self.entities, self.relations)  # noqa: E731
        self.edit_menus = EditMenus(self.editor, lambda: self.project, records, self)
        self.view.contextMenuRequested.connect(self.edit_menus.network_menu)
        self.edit_menus.install(
            self.reader, self.doc_list.tree, lambda item: item.data(0, ID_ROLE) if item else None,
            (self.details.node, self.details.edge),
            (lambda: self.details.node.entity_id, lambda: self.details.edge.relation_id),
        )
        self.analysis = AnalysisController(self.view, self.settings, self)
        self.details.addWidget(self.analysis.path_panel)
        self.analysis.path_panel.relationActivated.connect(self._open_relation_evidence)
        self.analysis.pathsShown.connect(lambda: self.details.setCurrentWidget(self.analysis.path_panel))
        self.analysis.rankingReady.connect(self.details.overview.show_ranking)
        self.edit_menus.entity_actions = self.analysis.add_entity_actions
        self.refresh_bar = RefreshBar()
        self.refresh_bar.refresh.connect(self._refresh)
        self.watcher = ProjectWatcher(lambda: self.project, lambda: len(self.documents), self._idle, parent=self,
                                      edited_elsewhere=lambda: not self.editor.in_step())
        self.watcher.changed.connect(lambda count: self.refresh_bar.offer(count, len(self.documents)))

        self.right = QSplitter(Qt.Orientation.Vertical)
        self.right.setObjectName("rightSplitter")
        self.right.addWidget(self.details)
        self.right.addWidget(self.reader)
        self.right.setChildrenCollapsible(False)
        self.right.setSizes([470, 410])
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.doc_list)
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(self.right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([220, 820, 400])
        self.splitter.setCollapsible(1, False)
        central = QWidget()
        central.setObjectName("central")
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.message_bar)
        column.addWidget(self.refresh_bar)
        column.addWidget(self.splitter, 1)
        self.setCentralWidget(central)

        self._build_actions()
        self._build_toolbar()
        self._build_menus()
        self._build_status_bar()
        self._restore_layout()
        self.open_project(project_path, add_default_corpus=add_default_corpus)

    # -- building ------------------------------------------------------------------------------

    def _build_actions(self) -> None:
        def action(text: str, slot: Callable[[], object], shortcut: QKeySequence | str | None = None) -> QAction:
            act = QAction(text, self)
            act.triggered.connect(lambda _checked=False: slot())
            if shortcut is not None:
                act.setShortcut(QKeySequence(shortcut))
            return act

        self.act_add = action("Add articles…", self._ask_add_files, QKeySequence.StandardKey.Open)
        self.act_add_folder = action("Add folder…", self._ask_add_folder, "Ctrl+Shift+O")
        self.act_export_image = action("Export image…", self._ask_export_image, "Ctrl+E")
        self.act_export_graph = action("Export graph…", self._ask_export_graph, "Ctrl+Shift+E")
        self.act_quit = action("Quit", self.close, QKeySequence.StandardKey.Quit)
        self.act_new = action("New project…", self._ask_new_project, QKeySequence.StandardKey.New)
        self.act_open = action("Open project…", self._ask_open_project, "Ctrl+Alt+O")
        self.act_fit = action("Fit", self.fit, "Ctrl+0")
        self.act_fit.setToolTip("Fit the whole network in view")
        self.act_reset = action("Show everything", self.reset_filters)
        self.act_find = action("Find entity", lambda: self.search.setFocus(), QKeySequence.StandardKey.Find)
        self.addAction(self.act_find)

    def _build_toolbar(self) -> None:
        bar = FilterBar(self)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        bar.add_end(self.act_fit, self.act_add)
        bar.changed.connect(self._filters_changed)
        self.toolbar = bar
        self.search, self.completer = bar.search, bar.completer
        self.kind_actions, self.family_actions = bar.kind_actions, bar.family_actions
        self.family_button, self.min_evidence = bar.family_button, bar.min_evidence
        self._completion_ids: dict[str, int] = {}
        self.completer.activated.connect(self.select_by_name)
        self.search.returnPressed.connect(lambda: self.select_by_name(self.search.text()))

    def _build_menus(self) -> None:
        menu = self.menuBar()
        file_menu = menu.addMenu("&File")
        file_menu.addActions([self.act_add, self.act_add_folder])
        file_menu.addSeparator()
        file_menu.addActions([self.act_export_image, self.act_export_graph])
        file_menu.addSeparator()
        file_menu.addAction(self.act_quit)
        self.edit_menu = menu.addMenu("&Edit")
        self.edit_menus.fill_edit_menu(self.edit_menu, self.editor.undo_action(self), self.editor.redo_action(self))
        project_menu = menu.addMenu("&Project")
        project_menu.addActions([self.act_new, self.act_open])
        self.recent_menu = project_menu.addMenu("Recent projects")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        project_menu.addMenu(JobsMenu(self.settings, self))
        view_menu = menu.addMenu("&View")
        view_menu.addActions([self.act_find, self.act_fit, self.act_reset])
        toggle_docs = QAction("Documents panel", self, checkable=True, checked=True)
        toggle_docs.toggled.connect(self.doc_list.setVisible)
        view_menu.addAction(toggle_docs)
        self.analysis.install(self, view_menu, (self.details.overview.top,))
        self.analysis.use_names(self.completer.model(), self._entity_by_name)
        self.edit_menus.view_actions = [self.act_fit, self.analysis.act_whole, self.act_reset]

    def _build_status_bar(self) -> None:
        status = self.statusBar()
        status.setSizeGripEnabled(False)
        self.counts_label = QLabel()
        self.counts_label.setTextFormat(Qt.TextFormat.PlainText)
        status.addWidget(self.counts_label)
        self.progress = QProgressBar()
        self.progress.setObjectName("progress")
        self.progress.setTextVisible(False)
        self.progress_label = QLabel()
        self.progress_label.setTextFormat(Qt.TextFormat.PlainText)  # progress names files: article-derived
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.setObjectName("cancel")
        self.cancel_button.clicked.connect(self.cancel_work)
        for widget in (self.progress_label, self.progress, self.cancel_button):
            status.addPermanentWidget(widget)
            widget.hide()

    # -- the project ---------------------------------------------------------------------------

    def open_project(self, path: Path, add_default_corpus: bool = False) -> bool:
        """Switch to the project at ``path`` (created if missing); the current one is closed only on success."""
        if self.busy:
            self.message_bar.show_message("Wait for the articles being added, or cancel them, before switching.")
            return False
        try:
            project = Project.open(path)
            has_documents = bool(project.documents())
        except (StoreError, sqlite3.Error, OSError) as exc:  # not a project, a newer one, unreadable: say so
            log.warning("could not open project %s: %s", path, exc)
            self.message_bar.show_message(f"Could not open {Path(path).name}: {error_reason(exc, Path(path))}")
            return False
        previous = None
        if self.project is not None:
            previous = self.project.path
            self.project.close()
        self.project = project
        self.editor.reset()
        # what waited for the old project's re-read (an add's report) belongs to it, not to this one
        self._after_load.clear()
        self._known_entities = set()
        # if this project's first read fails (damaged past its header), the window goes back to ``previous``
        self._fallback_project = previous
        self.settings.add_recent(project.path)
        self.setWindowTitle(f"{Path(path).stem} — Entente")
        self.details.show_hint()
        self.reader.clear()
        # nothing of the old project stays on show while the new one is read
        self._apply(Snapshot([], [], [], nx.MultiDiGraph()), draw=False)
        self.drawn_count = -1  # until the view reports this project's graph drawn
        self.reload(highlight=())
        if add_default_corpus and not has_documents:
            self.add_paths([resources.corpus_dir()])
        return True

    def _idle(self) -> bool:
        return self._job is None and self._loader is None and not self._closing

    @property
    def loading(self) -> bool:
        """True while the project is being re-read on a worker."""
        return self._loader is not None

    def reload(
        self, highlight: Iterable[int] = (), known: Collection[int] = (), then: Callable[[], None] | None = None
    ) -> None:
        """Re-read the project on a worker and then update every view in place (``then`` runs after that).

        With ``known`` (the entities shown before) every entity not among them is highlighted as new (none when
        nothing was shown before). Of reloads asked for in quick succession only the newest is applied.
        """
        assert self.project is not None
        self._load_generation += 1
        generation = self._load_generation
        if then is not None:
            self._after_load.append(then)
        worker = snapshot_worker(self.project.path)
        path = self.project.path
        fresh = list(highlight)
        worker.returned.connect(lambda snap: self._loaded(generation, snap, fresh, known))
        worker.errored.connect(lambda error: self._load_failed(generation, path, fresh, known, error))
        worker.finished.connect(lambda: self._load_ended(worker))
        self._loader = worker
        worker.start()

    def _loaded(self, generation: int, snapshot: Snapshot, highlight: Iterable[int], known: Collection[int]) -> None:
        if generation != self._load_generation or self._closing or self.project is None:
            return  # a newer reload is on its way (or the window is going): this snapshot is stale
        if known:
            highlight = set(highlight) | ({e.id for e in snapshot.entities} - set(known))
        self.project.adopt(snapshot.machine)  # the next edit need not read it on this thread
        self._apply(snapshot, highlight)
        self._loader = None
        self._fallback_project = None  # this project reads fine: no going back any more
        done, self._after_load = self._after_load, []
        for callback in done:
            callback()
        if self._pending and self._job is None:
            pending, self._pending = self._pending, []
            QTimer.singleShot(0, lambda: self.add_paths(pending))

    def _load_failed(
        self, generation: int, path: Path, highlight: Iterable[int], known: Collection[int], error: BaseException
    ) -> None:
        # the worker could not read the file (locked a moment too long, say): read it here instead, as before
        log.warning("reading the project on a worker failed (%s); reading it on the GUI thread", error)
        if generation != self._load_generation or self._closing or self.project is None:
            return
        if self.project.path != path:
            return
        project = self.project
        try:
            snapshot = Snapshot(project.documents(), project.entities(), project.relations(), project.graph())
        except (StoreError, sqlite3.Error, OSError) as exc:  # damaged past its header: say so, keep working
            log.warning("could not read project %s: %s", path, exc)
            self._unreadable(path, exc)
            return
        self._loaded(generation, snapshot, highlight, known)

    def _unreadable(self, path: Path, exc: BaseException) -> None:
        """The project at ``path`` cannot be read: nothing waits for it any more, and the user is told in a line."""
        self._loader = None
        done, self._after_load = self._after_load, []
        for callback in done:
            callback()  # an add's report goes out all the same (its articles may be stored, just not shown)
        dropped, self._pending = self._pending, []
        message = f"Could not read {path.name}: {error_reason(exc, path)}"
        if dropped:
            message += f" Not added: {names_line(dropped)}."
        previous, self._fallback_project = self._fallback_project, None
        if previous is not None and previous != path and self.open_project(previous):
            message += f" Back to {previous.name}."
        self.message_bar.show_message(message)

    def _load_ended(self, worker: object) -> None:
        if self._loader is worker:
            self._loader = None

    def _apply(self, snapshot: Snapshot, highlight: Iterable[int] = (), draw: bool = True) -> None:
        """Show ``snapshot`` in every panel and the network."""
        self.refresh_bar.hide()  # what is shown now is the newest the project has
        self.documents = {d.id: d for d in snapshot.documents}
        self.entities = {e.id: e for e in snapshot.entities}
        self.relations = {r.id: r for r in snapshot.relations}
        self.graph = snapshot.graph
        per_doc: dict[int, set[int]] = {}
        for entity in self.entities.values():
            for doc_id in entity.doc_ids:
                per_doc.setdefault(doc_id, set()).add(entity.id)
        self.doc_list.set_documents(self.documents.values(), {d: len(e) for d, e in per_doc.items()})
        self._update_completer()
        top = max((len(r.evidence) for r in self.relations.values()), default=1)
        self.min_evidence.setMaximum(max(2, min(top, 50)))
        self.details.overview.show_summary(self.entities, stated_ties(self.graph), len(self.documents))
        self.counts_label.setText(
            f"{len(self.documents)} documents · {len(self.entities)} entities · {len(self.relations)} ties"
        )
        if draw and self.project is not None:
            self.drawn_count = -1  # until the view reports this graph drawn
            # the analysis controller draws the view asked for (the whole network, a focus, a period…)
            self.analysis.set_network(self.project.path, snapshot.documents, self.entities, self.relations,
                                      self.graph, list(highlight), snapshot.positions)
            self._filters_changed()

    # -- selection -----------------------------------------------------------------------------

    def show_entity(self, entity_id: int, read: bool = True) -> None:
        """The node panel for ``entity_id`` and (``read``) its first mention in the reader."""
        entity = self.entities.get(entity_id)
        if entity is None:
            return
        names = {i: e.name for i, e in self.entities.items()}
        self.analysis.select(entity_id)
        self.details.node.show_entity(entity, self.relations.values(), names, self.documents)
        self.details.setCurrentWidget(self.details.node)
        if entity.mentions and read:
            first = entity.mentions[0]
            self.open_document(first.doc_id, (first.start, first.end), focus_entity=entity_id)

    def focus_entity(self, entity_id: int) -> None:
        """Select ``entity_id`` in the network too (for selections that do not start in the view)."""
        if entity_id in self.entities:
            self.view.select_node(entity_id)
            self.show_entity(entity_id)

    def _entity_by_name(self, text: str) -> int | None:
        key = text.strip().casefold()
        entity_id = self._completion_ids.get(key)
        if entity_id is None:
            entity_id = next((i for k, i in self._completion_ids.items() if key and key in k), None)
        return entity_id

    def select_by_name(self, text: str) -> None:
        entity_id = self._entity_by_name(text)
        if entity_id is None:
            self.statusBar().showMessage(f"No entity called “{text.strip()}”", 4000)
            return
        self.focus_entity(entity_id)

    def show_relation(self, relation_id: int, read: bool = True) -> None:
        """The edge panel for ``relation_id``; (``read``) the reader shows its first evidence sentence."""
        relation = self.relations.get(relation_id)
        if relation is None:
            return
        names = {i: e.name for i, e in self.entities.items()}
        self.details.edge.show_relation(relation, names, self.documents)
        self.details.setCurrentWidget(self.details.edge)
        if relation.evidence and read:
            self.open_evidence(min(relation.evidence, key=lambda r: (r.doc_id, r.start)))

    def open_evidence(self, ref: TextRef) -> None:
        self.open_document(ref.doc_id, (ref.start, ref.end))

    def _open_relation_evidence(self, relation_id: int) -> None:
        relation = self.relations.get(relation_id)
        if relation is not None and relation.evidence:
            self.open_evidence(min(relation.evidence, key=lambda r: (r.doc_id, r.start)))

    def open_document(
        self, doc_id: int, highlight: tuple[int, int] | None = None, focus_entity: int | None = None
    ) -> None:
        info = self.documents.get(doc_id)
        if info is None or self.project is None:
            return
        text = self.project.document_text(doc_id)
        page = self.project.page_at(doc_id, highlight[0]) if highlight is not None else None
        self.reader.show_document(info, text, self.project.mentions_in(doc_id), highlight, focus_entity, page)

    def _open_entity_in_document(self, doc_id: int) -> None:
        entity = self.entities.get(self.details.node.entity_id or -1)
        first = next((m for m in entity.mentions if m.doc_id == doc_id), None) if entity else None
        if first is None:
            self.open_document(doc_id)
        else:
            self.open_document(doc_id, (first.start, first.end), focus_entity=entity.id)

    def _edited(self) -> None:
        """An edit, an undo or a redo: show the edited network, which the project has just computed."""
        if self.project is None:
            return
        if self.loading:  # a re-read is on its way: a newer one replaces it, with this edit in
            self.reload()
            return
        node, shown, place = self.details.node.entity_id, self.details.currentWidget(), self.reader.place()
        edge = self.relations.get(self.details.edge.relation_id or -1)
        p = self.project
        graph, positions = p.graph(), self.analysis.positions
        if positions is not None and graph.number_of_nodes() > MAX_TIDY_NODES:
            positions = extend_layout(graph, positions)  # a big network: everyone stays, a new entity is placed
        self._apply(Snapshot(p.documents(), p.entities(), p.relations(), graph, None, positions))
        # a tie turned round or retyped comes back under another id: follow it by its two ends
        same_ends = [r for r in self.relations.values() if edge and {r.source, r.target} == {edge.source, edge.target}]
        if shown is self.details.node and node in self.entities:
            self.show_entity(node, read=False)
        elif shown is self.details.edge and same_ends:
            self.show_relation(min(same_ends, key=lambda r: (r.family != edge.family, r.id)).id, read=False)
        elif not (shown is self.analysis.path_panel and self.analysis.repeat_paths()):  # paths asked again
            self.details.show_hint()
        if place is not None and place[0] in self.documents:  # the reader stays where the analyst was reading
            self.reader.reshow(place, self.documents[place[0]], p.document_text(place[0]), p.mentions_in(place[0]))

    def _refresh(self) -> None:
        """What another program added or edited, shown: the network read again, the edit history with it."""
        if self.project is not None:
            self.editor.reset()
            self.reload(known=set(self.entities))

    def _background_clicked(self) -> None:
        self.details.show_hint()

    def _drawn(self, count: int) -> None:
        # framing is the view's business: it fits a graph arriving in an empty view, and on resize until
        # the user zooms or pans
        self.drawn_count = count
        self.graphDrawn.emit(count)

    def _update_completer(self) -> None:
        # names first, then aliases; on a clash the entity mentioned most wins
        ranked = sorted(self.entities.values(), key=lambda e: -len(e.mentions))
        ids: dict[str, int] = {}
        shown: dict[str, str] = {}
        for entity in ranked:
            for text in (entity.name, *entity.aliases):
                key = text.strip().casefold()
                if key and key not in ids:
                    ids[key] = entity.id
                    shown[key] = text.strip()
        self._completion_ids = ids
        model = self.completer.model()
        assert isinstance(model, QStringListModel)
        model.setStringList(sorted(shown.values(), key=str.casefold))

    # -- filters -------------------------------------------------------------------------------

    def _filters_changed(self, *_args: object) -> None:
        self.view.set_filters(*self.toolbar.filters())

    def reset_filters(self) -> None:
        self.toolbar.reset()

    def fit(self) -> None:
        self.view.fit()

    # -- adding articles -----------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        """Articles are being added, or wait to be (queued while the project is re-read)."""
        return self._job is not None or bool(self._pending)

    def add_paths(self, paths: Sequence[str | Path]) -> None:
        """Add articles on a worker; while one runs, further paths wait their turn."""
        paths = [str(p) for p in paths]
        if not paths or self._closing:
            return
        if self.project is None:  # the project named at start was refused: nowhere to add to
            self.message_bar.show_message(
                f"No project is open; open or create one first. Not added: {names_line(paths)}."
            )
            return
        if self._job is not None or self.loading:
            self._pending += paths  # after the running job, or once the project read meanwhile is shown
            return
        job = AddJob(self.project.path, paths, self.settings.jobs())
        worker = job.worker
        worker.yielded.connect(self._progress)
        worker.returned.connect(self._add_returned)
        worker.errored.connect(self._add_failed)
        worker.finished.connect(self._add_finished)
        self._job = job
        self._known_entities = set(self.entities)
        self.progress.setRange(0, 0)
        self.progress_label.setText("Reading files…")
        for widget in (self.progress_label, self.progress, self.cancel_button):
            widget.show()
        self.cancel_button.setEnabled(True)
        job.start()

    def cancel_work(self) -> None:
        if self._job is not None:
            self._job.cancel()
            self._pending.clear()
            self.cancel_button.setEnabled(False)
            self.progress_label.setText("Cancelling after the current article…")

    def _progress(self, step: Progress) -> None:
        if self._closing:
            return
        if step.total:
            self.progress.setRange(0, step.total)
            self.progress.setValue(step.done)
        else:
            self.progress.setRange(0, 0)
        if not (self._job and self._job.cancelled):
            self.progress_label.setText(step.message)

    def _add_returned(self, report: AddReport | None) -> None:
        self._last_report = report

    def _add_failed(self, exc: BaseException) -> None:
        log.error("adding articles failed", exc_info=(type(exc), exc, exc.__traceback__))
        self._last_error = exc

    def _add_finished(self) -> None:
        job, self._job = self._job, None
        report, self._last_report = getattr(self, "_last_report", None), None
        error, self._last_error = getattr(self, "_last_error", None), None
        if self._closing:
            # the window waited for this worker before closing (closeEvent): now the project can go
            QTimer.singleShot(0, self.close)
            return
        for widget in (self.progress_label, self.progress, self.cancel_button):
            widget.hide()
        if report is None:  # failed: whatever was stored before the failure is shown all the same
            report = AddReport(cancelled=job is not None and job.cancelled)
        if error is not None or report.added or report.cancelled:
            # the report goes out once the window shows what was added; queued paths wait for that too
            self.reload(known=self._known_entities, then=lambda: self._report_added(report, error))
        else:
            self._report_added(report, error)
            if self._pending:
                pending, self._pending = self._pending, []
                QTimer.singleShot(0, lambda: self.add_paths(pending))

    def _report_added(self, report: AddReport, error: BaseException | None) -> None:
        if error is not None:
            self.message_bar.show_message(
                f"Adding articles failed: {str(error).splitlines()[0] if str(error) else error!r}"
                f"\nDetails are in the log ({log_path()})."
            )
        elif report.duplicates or report.problems or report.cancelled:
            self.message_bar.show_message(describe_report(report), "warning", report_details(report))
        elif report.added:
            self.statusBar().showMessage(describe_report(report), 6000)
        self.addFinished.emit(report)

    # -- drag and drop -------------------------------------------------------------------------

    @staticmethod
    def _dropped_paths(event: QDropEvent | QDragEnterEvent | QDragMoveEvent) -> list[str]:
        mime = event.mimeData()
        if not mime.hasUrls():
            return []
        return [url.toLocalFile() for url in mime.urls() if url.isLocalFile()]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dropped_paths(event):
            event.acceptProposedAction()
            self.statusBar().showMessage("Drop to add these articles to the project")
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._dropped_paths(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragLeaveEvent(self, event: object) -> None:
        self.statusBar().clearMessage()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = self._dropped_paths(event)
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.statusBar().clearMessage()
        self.add_paths(paths)

    # -- dialogs -------------------------------------------------------------------------------

    def _ask_add_files(self) -> None:
        self.add_paths(file_dialogs.articles(self))

    def _ask_add_folder(self) -> None:
        if folder := file_dialogs.folder(self):
            self.add_paths([folder])

    def _ask_export_image(self) -> None:
        if chosen := file_dialogs.image_target(self):
            self.export_image(*chosen)

    def export_image(self, path: Path, scale: int = 2, done: Callable[[bool], None] | None = None) -> None:
        path = Path(path)

        def finished(ok: bool) -> None:
            if ok:
                self.statusBar().showMessage(f"Saved {path}", 6000)
            else:
                self.message_bar.show_message(f"Could not save {path}")
            if done is not None:
                done(ok)

        if path.suffix.lower() == ".svg":
            self.view.export_svg(path, finished)  # async: positions are read from the page first
        else:
            self.view.export_png(path, scale, finished)

    def _ask_export_graph(self) -> None:
        if target := file_dialogs.graph_target(self):
            self.export_graph(target)

    def export_graph(self, path: Path) -> list[Path]:
        from core import export

        if self.project is None:
            return []
        try:
            written = export.write(  # the view on screen: its focus, period and Top N
                Path(path), self.project.documents(), self.project.entities(), self.project.relations(),
                view=self.analysis.history.current,
            )
        except (OSError, ValueError) as exc:
            self.message_bar.show_message(f"Could not export to {Path(path).name}: {exc}")
            return []
        self.statusBar().showMessage("Saved " + ", ".join(str(p) for p in written), 6000)
        return written

    def _ask_new_project(self) -> None:
        if target := file_dialogs.new_project(self):
            self.new_project(target)

    def new_project(self, target: Path) -> bool:
        """Start an empty project at ``target``, replacing a file there (the save dialog has asked)."""
        if self.project is not None and target.resolve() == self.project.path.resolve():
            self.message_bar.show_message(f"{target.name} is the project already open.", "info")
            return False
        if self.busy:
            self.message_bar.show_message("Wait for the articles being added, or cancel them, before switching.")
            return False
        for stale in (target, target.with_name(target.name + "-wal"), target.with_name(target.name + "-shm")):
            stale.unlink(missing_ok=True)
        return self.open_project(target)

    def _ask_open_project(self) -> None:
        if path := file_dialogs.project(self):
            self.open_project(path)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        current = self.project.path.resolve() if self.project else None
        recent = [p for p in self.settings.recent_projects() if p != current]
        for path in recent:
            act = self.recent_menu.addAction(f"{path.stem}   ({path.parent})".replace("&", "&&"))
            act.setEnabled(path.exists())
            act.triggered.connect(lambda _c=False, p=path: self.open_project(p))
        if not recent:
            self.recent_menu.addAction("No other projects yet").setEnabled(False)

    # -- window state --------------------------------------------------------------------------

    def _restore_layout(self) -> None:
        if (geometry := self.settings.layout("geometry")) is not None:
            self.restoreGeometry(geometry)
        if (state := self.settings.layout("state")) is not None:
            self.restoreState(state)
        self._layout_restored = False
        if (main := self.settings.layout("mainSplitter")) is not None:
            self._layout_restored = self.splitter.restoreState(main)
        if (right := self.settings.layout("rightSplitter")) is not None:
            self.right.restoreState(right)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._layout_restored:
            # first run: panels in proportion to the screen the window landed on, the network gets the rest
            self._layout_restored = True
            width = max(self.width(), 900)
            docs = min(max(int(width * 0.15), 190), 260)
            side = min(max(int(width * 0.27), 340), 440)
            self.splitter.setSizes([docs, width - docs - side, side])

    def save_layout(self) -> None:
        self.settings.set_layout("geometry", self.saveGeometry())
        self.settings.set_layout("state", self.saveState())
        self.settings.set_layout("mainSplitter", self.splitter.saveState())
        self.settings.set_layout("rightSplitter", self.right.saveState())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._closing:
            self.save_layout()
        self._closing = True
        self._pending.clear()
        if self._job is not None:
            # the worker stops after the step in flight (one file or one article); the window closes when it
            # reports finished (_add_finished), without blocking the event loop, and never closes the
            # project under it
            self._job.cancel()
            self.cancel_button.setEnabled(False)
            self.progress_label.setText("Finishing…")
            for action in (self.act_add, self.act_add_folder, self.act_new, self.act_open):
                action.setEnabled(False)
            self.setAcceptDrops(False)
            event.ignore()
            return
        if self.project is not None:
            self.project.close()
            self.project = None
        super().closeEvent(event)
