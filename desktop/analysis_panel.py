"""Questions to the network in the window: focus and expand, back/forward, Top N, node size by a measure, colour by
group, a period, and paths between two entities listed hop by hop.

``AnalysisController`` owns the current view (``core.analysis.View``) and its history. Views other than the whole
network, and every measure or grouping, are computed on a worker that opens its own project (measures of the
whole network come from the project's cache); the network view then draws the result. ``PathPanel`` lists paths;
a hop opens its evidence in the reader, as a tie does.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

import networkx as nx
import shiboken6
from PySide6.QtCore import QObject, QPoint, QStringListModel, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QSpinBox,
    QToolBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from superqt.utils import create_worker

from core import analysis
from core.analysis import MEASURE_LABELS, MEASURES, View
from core.graph import build_graph
from core.layout import MAX_TIDY_NODES
from core.project import Project
from core.records import DocumentInfo, EntityInfo, RelationInfo
from desktop.panels import ID_ROLE, REF_ROLE, _tree, one_line, plain_label
from desktop.settings import Settings
from desktop.time_control import TimeControl
from desktop.view_history import ViewHistory

log = logging.getLogger(__name__)

SIZE_KEY = "sizeNodesBy"
GROUP_KEY = "colourByGroup"


def compute_view(
    db_path: Path,
    documents: list[DocumentInfo],
    entities: list[EntityInfo],
    relations: list[RelationInfo],
    view: View,
    groups: bool,
) -> tuple[nx.MultiDiGraph, dict[int, float]]:
    """The graph ``view`` shows, each node with its ``score`` (the view's measure) and ``community``; and the
    whole network's scores for the Overview. Runs on a worker: its own connection, cached measures."""
    with Project.open(db_path) as project:
        whole = build_graph(entities, relations)
        whole_scores = project.measure(view.measure, view.all_ties, whole)
        if view.timed:
            graph = build_graph(*analysis.period_records(documents, entities, relations, view))
            scores = analysis.measure(graph, view.measure, view.all_ties)  # a period's own: not worth caching
        else:
            graph, scores = whole, whole_scores
        shown = analysis.narrow(graph, view, scores)
        if groups:
            found = project.communities(view.all_ties, whole)
            for node in shown:
                shown.nodes[node]["community"] = found.get(int(node), -1)
            shown.graph["colour_by_group"] = True
        for node in shown:
            shown.nodes[node]["score"] = scores.get(int(node), 0.0)
        return shown, whole_scores


def _communities(db_path: Path, graph: nx.MultiDiGraph, all_ties: bool) -> dict[int, int]:
    with Project.open(db_path) as project:  # the project keeps them: computed once per network
        return project.communities(all_ties, graph)


class PathDialog(QDialog):
    """Two entities (typed with completion) and which ties a path may use."""

    def __init__(self, names: QStringListModel, source: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pathDialog")
        self.setWindowTitle("Path between two entities")
        self.source = QLineEdit(source)
        self.target = QLineEdit()
        for edit, name in ((self.source, "pathFrom"), (self.target, "pathTo")):
            edit.setObjectName(name)
            completer = QCompleter(names, edit)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            edit.setCompleter(completer)
        self.all_ties = QCheckBox("Co-occurrence ties too (named in the same sentence)")
        self.directed = QCheckBox("Follow ties only in the direction stated")
        form = QFormLayout()
        form.addRow("From", self.source)
        form.addRow("To", self.target)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Find paths")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addLayout(form)
        column.addWidget(self.all_ties)
        column.addWidget(self.directed)
        column.addWidget(buttons)
        (self.target if source else self.source).setFocus()


class PathPanel(QWidget):
    """Paths between two entities, hop by hop: a path highlights its chain, a hop opens its evidence."""

    pathChosen = Signal(list, list)  # node ids, relation ids of one path
    evidenceActivated = Signal(object)  # TextRef
    relationActivated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pathPanel")
        self.title = plain_label("Paths", "panelTitle")
        self.summary = plain_label("", "muted")
        self.tree = _tree(["Paths"], wrap=True)
        self.tree.setObjectName("pathTree")
        self.tree.itemClicked.connect(self._clicked)
        self.tree.itemActivated.connect(self._clicked)
        self._paths: list[tuple[list[int], list[int]]] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 6)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)

    def show_paths(
        self,
        source: EntityInfo,
        target: EntityInfo,
        found: list[list[analysis.Hop]],
        relations: dict[int, RelationInfo],
        names: dict[int, str],
        all_ties: bool,
    ) -> None:
        self.title.setText(f"{source.name} → {target.name}")
        self.tree.clear()
        self._paths = []
        if not found:
            through = "any ties" if all_ties else "stated ties (co-occurrence ties can be included)"
            self.summary.setText(f"No path between {source.name} and {target.name} through {through}.")
            return
        self.summary.setText(
            f"{len(found)} shortest path{'s' * (len(found) != 1)}. Click a path to see it in the network, "
            "a tie to read its evidence."
        )
        for number, hops in enumerate(found, start=1):
            nodes = [hops[0].source, *(h.target for h in hops)]
            edges = [k for h in hops for k in h.relations]
            self._paths.append((nodes, edges))
            top = QTreeWidgetItem([f"Path {number}: {len(hops)} tie{'s' * (len(hops) != 1)}"])
            top.setData(0, ID_ROLE, number - 1)
            for hop in hops:
                relation = relations[hop.relations[0]]
                forward = (relation.source, relation.target) == (hop.source, hop.target)
                arrow = f"—{relation.type}→" if forward else f"←{relation.type}—"
                count = len(relation.evidence)
                text = f"{names[hop.source]} {arrow} {names[hop.target]}  ({count} sentence{'s' * (count != 1)})"
                if len(hop.relations) > 1:
                    text += f"  + {len(hop.relations) - 1} more tie{'s' * (len(hop.relations) > 2)}"
                item = QTreeWidgetItem([one_line(text)])
                item.setData(0, REF_ROLE, relation.id)
                item.setToolTip(0, "")
                top.addChild(item)
            self.tree.addTopLevelItem(top)
            top.setExpanded(True)
        self.tree.setCurrentItem(self.tree.topLevelItem(0))
        self.pathChosen.emit(*self._paths[0])

    def hop_items(self) -> list[QTreeWidgetItem]:
        return [self.tree.topLevelItem(i).child(j) for i in range(self.tree.topLevelItemCount())
                for j in range(self.tree.topLevelItem(i).childCount())]  # fmt: skip

    def _clicked(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        relation_id = item.data(0, REF_ROLE)
        if relation_id is not None:
            self.relationActivated.emit(int(relation_id))
            parent = item.parent()
            if parent is not None:
                self.pathChosen.emit(*self._paths[int(parent.data(0, ID_ROLE))])
        elif item.data(0, ID_ROLE) is not None:
            self.pathChosen.emit(*self._paths[int(item.data(0, ID_ROLE))])


class AnalysisController(QObject):
    """The view of the network the window shows, its history and the analysis controls."""

    viewChanged = Signal(object)  # the View now shown
    rankingReady = Signal(object, str)  # whole-network scores by the chosen measure, and its label
    pathsShown = Signal()
    working = Signal(str)  # what a worker is computing ("" when nothing), for the status bar

    def __init__(self, network_view: QWidget, settings: Settings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.network = network_view
        self._settings = settings  # desktop.settings.Settings: remembers the measure and the colour mode
        self.history = ViewHistory()
        self.db_path: Path | None = None
        self.documents: list[DocumentInfo] = []
        self.entities: dict[int, EntityInfo] = {}
        self.relations: dict[int, RelationInfo] = {}
        self.graph = nx.MultiDiGraph()
        self.selected: int | None = None
        self.shown_graph = nx.MultiDiGraph()
        self.positions: dict[int, tuple[float, float]] | None = None  # a big network's places, kept in the project
        self._generation = 0
        self._relayout = False
        self._rank_again = False
        self.draw_pending = False  # a graph was handed to the view and is not on the page yet
        self._workers: list[object] = []
        self._asked: tuple[int, int, bool, bool] | None = None  # the last path question: a, b, all ties, directed
        self.path_panel = PathPanel()
        self.path_panel.pathChosen.connect(self.network.show_path)
        self.time_control = TimeControl()
        self.time_control.periodChanged.connect(self._period_changed)
        self.network.nodeClicked.connect(self._node_clicked)
        self.network.nodeDoubleClicked.connect(self.focus_on)
        self.network.drawn.connect(self._drawn)
        self._build_actions()

    # -- controls ------------------------------------------------------------------------------

    def _build_actions(self) -> None:
        def action(text: str, slot: Callable[[], object], shortcut: str | None = None, tip: str = "") -> QAction:
            act = QAction(text, self)
            act.triggered.connect(lambda _checked=False: slot())
            if shortcut:
                act.setShortcut(QKeySequence(shortcut))
            act.setToolTip(tip or text)
            return act

        self.act_back = action("◀", self.back, "Alt+Left", "Back to the previous view (Alt+Left)")
        self.act_forward = action("▶", self.forward, "Alt+Right", "Forward to the next view (Alt+Right)")
        self.act_focus = action("Focus", lambda: self.focus_on(self.selected),
                                tip="Show only the selected entity and its neighbours (or double-click a node)")
        self.act_expand = action("Expand", self.expand_selected,
                                 tip="Add the selected neighbour's own neighbours to the focused view")
        self.act_whole = action("Whole network", self.show_whole, tip="Leave the focus, period and Top N")
        self.act_path = action("Path…", self.ask_path, "Ctrl+Shift+P", "Shortest chains between two entities")
        self.hops = QSpinBox()
        self.hops.setObjectName("focusHops")
        self.hops.setRange(1, analysis.MAX_HOPS)
        self.hops.setSuffix(" hop")
        self.hops.setToolTip("How many ties away from the focused entity")
        self.hops.valueChanged.connect(lambda n: self.hops.setSuffix(" hop" if n == 1 else " hops"))
        self.hops.valueChanged.connect(self._hops_changed)
        self.top = QSpinBox()
        self.top.setObjectName("topN")
        self.top.setRange(0, 5000)
        self.top.setSingleStep(10)
        self.top.setSpecialValueText("All")
        self.top.setPrefix("Top ")
        self.top.setToolTip("Keep only the N most important entities (by the measure in View › Size nodes by)")
        self.top.editingFinished.connect(self._top_changed)
        self.top.valueChanged.connect(lambda _v: self._top_changed() if not self.top.hasFocus() else None)
        self.view_label = QLabel("")
        self.view_label.setObjectName("viewLabel")
        self.view_label.setTextFormat(Qt.TextFormat.PlainText)  # entity names come from articles
        self.act_isolated = QAction("Hide entities without ties", self, checkable=True)
        self.act_isolated.toggled.connect(self._isolated_changed)
        self.act_groups = QAction("Colour by group", self, checkable=True)
        self.act_groups.setChecked(self._setting(GROUP_KEY, "false") == "true")
        self.act_groups.toggled.connect(self._groups_changed)
        self.act_focus_group = action("Focus on the selected entity's group", self.focus_group)
        self.size_group = QActionGroup(self)
        self.size_actions: dict[str, QAction] = {}
        chosen = self._setting(SIZE_KEY, "ties")
        for name in MEASURES:
            act = QAction(MEASURE_LABELS[name], self, checkable=True)
            act.setChecked(name == chosen)
            act.triggered.connect(lambda _c=False, n=name: self.set_measure(n))
            self.size_group.addAction(act)
            self.size_actions[name] = act
        self.history = ViewHistory(View(measure=chosen if chosen in MEASURES else "ties"))
        self._update_actions()

    def install(self, window: QMainWindow, view_menu: QMenu, entity_lists: tuple[QTreeWidget, ...] = ()) -> None:
        """Put the controls in a toolbar row of their own and in the View menu; ``entity_lists`` (trees whose items
        carry entity ids) get a context menu with Focus, Expand and Path to…"""
        window.addToolBarBreak()
        toolbar = QToolBar("Analysis")
        toolbar.setObjectName("analysisToolbar")
        toolbar.setMovable(False)
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
        time_bar = toolbar
        status = window.statusBar()

        def say(text: str) -> None:
            if text:
                status.showMessage(text)
            elif status.currentMessage().startswith(("Computing the view", "Finding paths")):
                status.clearMessage()  # only our own message: another one (a saved file) stays

        self.working.connect(say)
        for tree in entity_lists:
            tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            tree.customContextMenuRequested.connect(lambda pos, t=tree: self._list_menu(t, pos))
        toolbar.addAction(self.act_back)
        toolbar.addAction(self.act_forward)
        toolbar.addAction(self.act_focus)
        toolbar.addWidget(self.hops)
        toolbar.addAction(self.act_expand)
        toolbar.addAction(self.act_whole)
        toolbar.addWidget(self.top)
        toolbar.addAction(self.act_path)
        toolbar.addWidget(self.view_label)
        time_bar.addSeparator()
        time_bar.addWidget(QLabel("Period"))
        time_bar.addWidget(self.time_control)
        view_menu.addSeparator()
        sizes = view_menu.addMenu("Size nodes by")
        sizes.addActions(list(self.size_actions.values()))
        view_menu.addActions([self.act_groups, self.act_focus_group, self.act_isolated])
        view_menu.addSeparator()
        view_menu.addActions([self.act_back, self.act_forward, self.act_whole])

    def add_entity_actions(self, menu: QMenu, entity_id: int) -> None:
        """Focus, Expand and Path to… for one entity, in a context menu built elsewhere (the network's, a list's)."""
        if entity_id not in self.entities:
            return
        menu.addAction("Focus on it", lambda: self.focus_on(entity_id))
        view = self.history.current
        if view.focus and entity_id in self.shown_graph and not any(c == entity_id for c, _ in view.focus):
            menu.addAction("Expand", lambda: (self.select(entity_id), self.expand_selected()))
        menu.addAction("Path to…", lambda: (self.select(entity_id), self.ask_path()))

    def _list_menu(self, tree: QTreeWidget, pos: QPoint) -> None:
        item = tree.itemAt(pos)
        entity_id = item.data(0, ID_ROLE) if item is not None else None
        if entity_id is None:
            return
        menu = QMenu(tree)
        menu.setObjectName("entityAnalysisMenu")
        self.add_entity_actions(menu, int(entity_id))
        self.context_menu = menu
        menu.popup(tree.viewport().mapToGlobal(pos))

    def _setting(self, key: str, default: str) -> str:
        return self._settings.preference(key, default)

    def _update_actions(self) -> None:
        view = self.history.current
        self.act_back.setEnabled(self.history.can_go_back())
        self.act_forward.setEnabled(self.history.can_go_forward())
        self.act_expand.setEnabled(bool(view.focus) and self.selected is not None)
        self.act_whole.setEnabled(not view.whole)
        self.act_focus.setEnabled(self.selected is not None)
        self.act_focus_group.setEnabled(self.selected is not None)

    # -- the network to show -------------------------------------------------------------------

    def set_network(
        self,
        db_path: Path,
        documents: list[DocumentInfo],
        entities: dict[int, EntityInfo],
        relations: dict[int, RelationInfo],
        graph: nx.MultiDiGraph,
        highlight: list[int],
        positions: dict[int, tuple[float, float]] | None = None,
    ) -> None:
        """A new project state from the window: the current view is shown over it (``positions``: the project's
        layout of a big network, used when a big graph is shown)."""
        self.positions = positions
        if db_path != self.db_path:
            self.history = ViewHistory(View(measure=self.history.current.measure))
        self.db_path = db_path
        self.documents, self.entities, self.relations, self.graph = documents, entities, relations, graph
        self.time_control.set_months(analysis.months(documents))
        view = self.history.current
        self.time_control.set_period(view.since, view.until)
        self._show(view, highlight, refit=False)

    def _needs_worker(self, view: View) -> bool:
        if self._rank_again:  # the measure changed: the Overview's ranking is computed again too
            return True
        return not view.whole or view.measure != "ties" or self.act_groups.isChecked()

    def _show(self, view: View, highlight: list[int] | None = None, refit: bool = True) -> None:
        """Draw ``view``; ``refit`` frames the result (a new view), a reload keeps the user's framing."""
        self._generation += 1
        generation = self._generation
        self._update_actions()
        self.view_label.setText(self.describe(view))
        self.viewChanged.emit(view)
        if self.db_path is None or not self._needs_worker(view):
            self._draw(self.graph, highlight or [], refit)
            return
        self._rank_again = False
        worker = create_worker(
            compute_view, self.db_path, list(self.documents), list(self.entities.values()),
            list(self.relations.values()), view, self.act_groups.isChecked(), _start_thread=False,
            _ignore_errors=True,
        )  # fmt: skip
        worker.returned.connect(lambda result: self._computed(generation, view, result, highlight or [], refit))
        worker.errored.connect(lambda error: self._failed("computing the view", error))
        worker.finished.connect(lambda: self._worker_done(worker))
        self._workers.append(worker)
        measure = MEASURE_LABELS[view.measure].split(" (")[0].lower()
        self.working.emit(f"Computing the view ({measure}{', groups' * self.act_groups.isChecked()})…")
        worker.start()

    def _failed(self, work: str, error: BaseException) -> None:
        log.error("%s failed", work, exc_info=(type(error), error, error.__traceback__))
        if self._alive():
            self.working.emit("")
            self.network.window().statusBar().showMessage(f"Could not finish {work}: {error}", 8000)

    def _worker_done(self, worker: object) -> None:
        if worker in self._workers:
            self._workers.remove(worker)
        if not self._workers and self._alive():
            self.working.emit("")

    def _alive(self) -> bool:
        # a worker may finish after the window has closed: nothing of it is touched then
        return shiboken6.isValid(self) and shiboken6.isValid(self.network)

    def _computed(self, generation: int, view: View, result: tuple, highlight: list[int], refit: bool) -> None:
        if not self._alive() or generation != self._generation:
            return  # a newer view was asked for meanwhile
        graph, whole_scores = result
        self._draw(graph, highlight, refit)
        self.rankingReady.emit(whole_scores, MEASURE_LABELS[view.measure])

    def _draw(self, graph: nx.MultiDiGraph, highlight: list[int], refit: bool) -> None:
        if self._relayout:
            # groups gathered or released: the page arranges the nodes anew instead of keeping their places
            self._relayout = False
            graph = graph.copy()
            graph.graph["relayout"] = True
            refit = False  # the page frames a new arrangement itself
        self.shown_graph = graph
        self.draw_pending = True
        view = self.history.current
        if not view.whole:  # how much of the network this view leaves: the status bar counts the whole project
            said = self.describe(view) or "Showing the period"
            self.view_label.setText(f"{said} · {graph.number_of_nodes()} of {len(self.entities)} entities")
        # a big network is drawn at the places kept in the project; a smaller view, or one arranged by group,
        # is laid out for itself
        positions = self.positions
        if positions is None or graph.graph.get("colour_by_group") or graph.number_of_nodes() <= MAX_TIDY_NODES:
            self.network.show_graph(graph, highlight=list(highlight))
        else:
            self.network.show_graph(graph, highlight=list(highlight), positions=positions)
        if refit:
            self.network.fit()  # held by the view until the new graph is on the page

    def _drawn(self, _count: int) -> None:
        if not getattr(self.network, "layout_pending", lambda: False)():  # a stand-in view draws at once
            self.draw_pending = False

    def describe(self, view: View) -> str:
        """The view in a few words, for the toolbar: what the network shows now."""
        parts = []
        if view.focus:
            centres = [self.entities[c].name for c, _ in view.focus if c in self.entities]
            hops = max(h for _, h in view.focus)
            if all(h == 0 for _, h in view.focus):
                parts.append(f"a group of {len(centres)}")
            else:
                shown = ", ".join(centres[:2]) + (f" +{len(centres) - 2}" if len(centres) > 2 else "")
                parts.append(f"around {shown} ({hops} hop{'s' * (hops != 1)})")
        if view.top:
            parts.append(f"top {view.top} by {MEASURE_LABELS[view.measure].split(' (')[0].lower()}")
        if view.hide_isolated:
            parts.append("no lone entities")
        return "Showing " + "; ".join(parts) if parts else ""

    def busy(self) -> bool:
        return bool(self._workers)

    def go(self, view: View) -> None:
        self.history.push(view)
        self._show(self.history.current)

    # -- slots ---------------------------------------------------------------------------------

    def _node_clicked(self, entity_id: int) -> None:
        self.selected = entity_id
        self._update_actions()

    def select(self, entity_id: int | None) -> None:
        self.selected = entity_id
        self._update_actions()

    def focus_on(self, entity_id: int | None) -> None:
        if entity_id is None or entity_id not in self.graph:
            return
        self.selected = entity_id
        self.go(replace(self.history.current, focus=((int(entity_id), self.hops.value()),)))

    def expand_selected(self) -> None:
        view = self.history.current
        if not view.focus or self.selected is None:
            return
        if any(c == self.selected and h >= 1 for c, h in view.focus):
            return
        self.go(replace(view, focus=(*view.focus, (int(self.selected), 1))))

    def focus_group(self) -> None:
        """Focus on the selected entity's community (found on a worker: on a big network it takes seconds)."""
        if self.selected is None or self.db_path is None:
            return
        selected, view = self.selected, self.history.current
        worker = create_worker(_communities, self.db_path, self.graph, view.all_ties, _start_thread=False,
                               _ignore_errors=True)
        worker.returned.connect(lambda groups: self._focus_group(selected, groups) if self._alive() else None)
        worker.errored.connect(lambda error: self._failed("finding the groups", error))
        worker.finished.connect(lambda: self._worker_done(worker))
        self._workers.append(worker)
        self.working.emit("Computing the view (groups)…")
        worker.start()

    def _focus_group(self, selected: int, groups: dict[int, int]) -> None:
        group = groups.get(selected)
        members = sorted(n for n, g in groups.items() if g == group)
        if members:
            self.go(replace(self.history.current, focus=tuple((m, 0) for m in members)))

    def show_whole(self) -> None:
        self.time_control.set_period(None, None)
        self.top.blockSignals(True)
        self.top.setValue(0)
        self.top.blockSignals(False)
        self.act_isolated.blockSignals(True)
        self.act_isolated.setChecked(False)
        self.act_isolated.blockSignals(False)
        self.go(View(measure=self.history.current.measure, undated=self.time_control.undated.isChecked()))

    def back(self) -> None:
        if self.history.can_go_back():
            self._restore(self.history.back())

    def forward(self) -> None:
        if self.history.can_go_forward():
            self._restore(self.history.forward())

    def _restore(self, view: View) -> None:
        self.time_control.set_period(view.since, view.until)
        self.top.blockSignals(True)
        self.top.setValue(view.top or 0)
        self.top.blockSignals(False)
        self._show(view)

    def _hops_changed(self, hops: int) -> None:
        view = self.history.current
        if len(view.focus) == 1 and view.focus[0][1] != hops:
            self.go(replace(view, focus=((view.focus[0][0], hops),)))

    def _top_changed(self) -> None:
        value = self.top.value() or None
        if value != self.history.current.top:
            self.go(replace(self.history.current, top=value))

    def _isolated_changed(self, on: bool) -> None:
        self.go(replace(self.history.current, hide_isolated=on))

    def _groups_changed(self, on: bool) -> None:
        self._settings.set_preference(GROUP_KEY, "true" if on else "false")
        self._relayout = True
        self._show(self.history.current)

    def set_measure(self, name: str) -> None:
        self._settings.set_preference(SIZE_KEY, name)
        self.size_actions[name].setChecked(True)
        self._rank_again = True
        self.go(replace(self.history.current, measure=name))

    def _period_changed(self, since: date | None, until: date | None, undated: bool) -> None:
        self.go(replace(self.history.current, since=since, until=until, undated=undated))

    # -- paths ---------------------------------------------------------------------------------

    def ask_path(self, names: QStringListModel | None = None, lookup: Callable[[str], int | None] | None = None,
                 parent: QWidget | None = None) -> None:
        names = names or getattr(self, "_names_model", None) or QStringListModel([])
        lookup = lookup or getattr(self, "_lookup", None)
        source = self.entities[self.selected].name if self.selected in self.entities else ""
        dialog = PathDialog(names, source, parent or self.network.window())
        self.path_dialog = dialog
        dialog.accepted.connect(
            lambda: self.find_paths(dialog.source.text(), dialog.target.text(), dialog.all_ties.isChecked(),
                                    dialog.directed.isChecked(), lookup)
        )  # fmt: skip
        dialog.open()

    def use_names(self, names: QStringListModel, lookup: Callable[[str], int | None]) -> None:
        """The window's list of names and its name → entity lookup, for the path dialog."""
        self._names_model = names
        self._lookup = lookup

    def find_paths(self, source: str, target: str, all_ties: bool = False, directed: bool = False,
                   lookup: Callable[[str], int | None] | None = None) -> None:
        """Look the paths up on a worker (well under a second even on big networks); ``pathsShown`` follows."""
        lookup = lookup or self._lookup
        a, b = lookup(source), lookup(target)
        panel = self.path_panel
        if a is None or b is None:
            missing = source if a is None else target
            panel.title.setText("Paths")
            panel.tree.clear()
            panel.summary.setText(f"No entity called “{missing.strip()}”.")
            self.pathsShown.emit()
            return
        if a == b:
            panel.tree.clear()
            panel.summary.setText("Choose two different entities.")
            self.pathsShown.emit()
            return
        self._find(a, b, all_ties, directed)

    def repeat_paths(self) -> bool:
        """Ask the last path question again (an edit changed the network under it); False when it cannot be."""
        if self._asked is None or not {self._asked[0], self._asked[1]} <= set(self.entities):
            return False
        self._find(*self._asked)
        return True

    def _find(self, a: int, b: int, all_ties: bool, directed: bool) -> None:
        self._asked = (a, b, all_ties, directed)
        worker = create_worker(analysis.paths, self.graph, a, b, 3, all_ties, directed, _start_thread=False,
                               _ignore_errors=True)
        worker.returned.connect(lambda found: self._paths_found(a, b, found, all_ties))
        worker.errored.connect(lambda error: self._failed("finding paths", error))
        worker.finished.connect(lambda: self._worker_done(worker))
        self._workers.append(worker)
        self.working.emit("Finding paths…")
        worker.start()

    def _paths_found(self, a: int, b: int, found: list[list[analysis.Hop]], all_ties: bool) -> None:
        if not self._alive() or a not in self.entities or b not in self.entities:
            return  # the window closed, or the project changed meanwhile
        panel = self.path_panel
        if found and self.shown_graph is not self.graph:
            on_path = {n for hops in found for h in hops for n in (h.source, h.target)}
            if not on_path <= set(self.shown_graph):
                self.show_whole()  # the chain must be in sight: leave a focus or period that hides part of it
        names = {i: e.name for i, e in self.entities.items()}
        panel.show_paths(self.entities[a], self.entities[b], found, self.relations, names, all_ties)
        if not found:
            self.network.show_path([], [])
        self.pathsShown.emit()
