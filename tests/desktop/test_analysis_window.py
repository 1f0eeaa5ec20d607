"""Focus, back/forward, paths with their panel, measures and the period control, through the real window."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QToolBar, QToolButton

from core import analysis
from core.model import Family, Kind
from core.project import Project
from tests.core.small_net import make_project
from tests.desktop.conftest import page_js, real_view_available
from tests.desktop.test_window_live import view_point

pytestmark = pytest.mark.skipif(not real_view_available(), reason="desktop.network_view not available")

SHOTS = Path("/work/coord/shots") if Path("/work/coord").is_dir() else Path(__file__).parents[2] / ".notes" / "shots"


def save_shot(window, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert window.grab().save(str(SHOTS / name), "PNG")


def settled(window) -> bool:
    """The view asked for is computed, laid out and drawn."""
    return (not window.analysis.busy() and not window.view.layout_busy() and not window.analysis.draw_pending
            and window.drawn_count == window.analysis.shown_graph.number_of_nodes())


def tool_button(window, action) -> QToolButton:
    bar = window.findChild(QToolBar, "analysisToolbar")
    button = bar.widgetForAction(action)
    assert isinstance(button, QToolButton)
    return button


def visible_nodes(qtbot, window) -> int:
    got: list[dict] = []
    window.view.counts(got.append)
    qtbot.waitUntil(lambda: bool(got), timeout=10_000)
    return got[0]["nodes"]


def test_double_click_focuses_and_alt_left_goes_back(make_window, qtbot, project_copy):
    window = make_window(project_copy)
    total = window.graph.number_of_nodes()
    ri = window._entity_by_name("Ri Il-kyu")
    point = view_point(qtbot, window.view.node_view_position, ri)
    target = window.view.click_target()
    with qtbot.waitSignal(window.view.nodeDoubleClicked, timeout=10_000):
        # two clicks in quick succession, as a hand double-clicks (QTest's DblClick alone never reaches the page)
        for _ in range(2):
            qtbot.mouseClick(target, Qt.MouseButton.LeftButton, pos=target.mapFrom(window.view, point))
    qtbot.waitUntil(lambda: window.analysis.history.current.focus == ((ri, 1),) and settled(window), timeout=60_000)
    qtbot.waitUntil(lambda: visible_nodes(qtbot, window) < total, timeout=20_000)
    shown = set(window.analysis.shown_graph.nodes)
    qtbot.waitUntil(lambda: window.drawn_count == len(shown), timeout=20_000)
    qtbot.waitUntil(lambda: page_js(qtbot, window.view, "window.entente.isAnimating()") is False, timeout=10_000)
    neighbours = {n for u, v in window.graph.to_undirected().edges(ri) for n in (u, v)}
    assert ri in shown and shown <= neighbours | {ri} and len(shown) < total
    save_shot(window, "analysis_focused.png")

    qtbot.mouseClick(tool_button(window, window.analysis.act_back), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: settled(window) and visible_nodes(qtbot, window) == total, timeout=60_000)
    assert window.analysis.history.current.focus == ()
    window.activateWindow()
    window.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.analysis.history.current.focus == ((ri, 1),), timeout=10_000)
    qtbot.waitUntil(lambda: settled(window) and visible_nodes(qtbot, window) == len(shown), timeout=60_000)


def test_path_dialog_lists_hops_and_a_hop_opens_its_evidence(make_window, qtbot, project_copy):
    window = make_window(project_copy)
    qtbot.mouseClick(tool_button(window, window.analysis.act_path), Qt.MouseButton.LeftButton)
    dialog = window.analysis.path_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=5_000)
    qtbot.keyClicks(dialog.source, "Ri Il-kyu")
    qtbot.keyClicks(dialog.target, "Canel")  # QTest types Latin-1 only; a part of the name is enough
    qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    panel = window.analysis.path_panel
    qtbot.waitUntil(lambda: window.details.currentWidget() is panel, timeout=10_000)
    assert panel.tree.topLevelItemCount() >= 1
    hops = panel.hop_items()
    assert hops and "Ri Il-kyu" in panel.tree.topLevelItem(0).child(0).text(0)
    hop = hops[0]
    relation = window.relations[hop.data(0, Qt.ItemDataRole.UserRole + 1)]
    panel.tree.scrollToItem(hop)
    qtbot.mouseClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=panel.tree.visualItemRect(hop).center())
    first = min(relation.evidence, key=lambda r: (r.doc_id, r.start))
    qtbot.waitUntil(lambda: window.reader.doc_id == first.doc_id, timeout=5_000)
    assert window.reader.selected_text() == first.text
    assert window.details.currentWidget() is panel, "the path stays listed while its evidence is read"
    qtbot.waitUntil(lambda: settled(window), timeout=30_000)
    on_path = {relation.source, relation.target}
    off_path = next(n for n in window.graph if n not in window.analysis.path_panel._paths[0][0])

    def faded(node: int) -> bool:
        return json.loads(page_js(qtbot, window.view, f"window.entente.nodeStyle({int(node)})"))["faded"]

    qtbot.waitUntil(lambda: faded(off_path), timeout=10_000)
    assert not any(faded(n) for n in on_path), "the chain stands out, the rest fades"
    save_shot(window, "analysis_path.png")

    with qtbot.waitSignal(window.analysis.pathsShown, timeout=5_000):
        window.analysis.find_paths("Ri Il-kyu", "Atlantis")
    assert "No entity called" in panel.summary.text()


def test_no_path_is_said_plainly(make_window, qtbot, tmp_path):
    o, s = Kind.OFFICIAL, Kind.STATE
    path = tmp_path / "apart.entente"
    make_project(path, [
        {"entities": [("Ri Il Kyu", o), ("Cuba", s)], "ties": [(0, 1, "visits", Family.DIPLOMACY)]},
        {"entities": [("Nicolas Maduro", o), ("Venezuela", s)], "ties": [(0, 1, "leads", Family.LEADERSHIP)]},
    ]).close()  # fmt: skip
    window = make_window(path)
    with qtbot.waitSignal(window.analysis.pathsShown, timeout=10_000):
        window.analysis.find_paths("Ri Il Kyu", "Venezuela")
    assert window.details.currentWidget() is window.analysis.path_panel
    assert window.analysis.path_panel.tree.topLevelItemCount() == 0
    assert window.analysis.path_panel.summary.text().startswith("No path between Ri Il Kyu and Venezuela")


def test_measure_sizes_the_overview_and_is_remembered(make_window, qtbot, project_copy):
    window = make_window(project_copy)
    window.analysis.size_actions["betweenness"].trigger()
    overview = window.details.overview
    qtbot.waitUntil(lambda: overview.top.headerItem().text(1).startswith("Betweenness"), timeout=60_000)
    values = [float(overview.top.topLevelItem(i).text(1)) for i in range(overview.top.topLevelItemCount())]
    assert values == sorted(values, reverse=True) and values[0] > 0
    qtbot.waitUntil(lambda: settled(window), timeout=30_000)
    assert all("score" in d for _, d in window.analysis.shown_graph.nodes(data=True))
    # View › Colour by group, through the menu bar
    bar = window.menuBar()
    view_menu = next(a.menu() for a in bar.actions() if a.text() == "&View")
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(view_menu.menuAction()).center())
    qtbot.waitUntil(view_menu.isVisible, timeout=5_000)
    groups = window.analysis.act_groups
    qtbot.mouseClick(view_menu, Qt.MouseButton.LeftButton, pos=view_menu.actionGeometry(groups).center())
    assert groups.isChecked()
    qtbot.waitUntil(lambda: settled(window) and window.analysis.shown_graph.graph.get("colour_by_group"),
                    timeout=60_000)
    communities = {d["community"] for _, d in window.analysis.shown_graph.nodes(data=True)}
    assert len(communities) > 1
    qtbot.waitUntil(lambda: page_js(qtbot, window.view, "window.entente.isAnimating()") is False, timeout=10_000)
    save_shot(window, "analysis_groups.png")
    window.analysis.size_actions["ties"].trigger()  # back to ties: the Overview follows
    qtbot.waitUntil(lambda: overview.top.headerItem().text(1) == "Ties" and settled(window), timeout=60_000)
    assert overview.top.topLevelItem(0).text(0) == "North Korea"
    again = make_window(project_copy)
    assert again.analysis.size_actions["ties"].isChecked()
    window.analysis.size_actions["betweenness"].trigger()
    again = make_window(project_copy)
    assert again.analysis.size_actions["betweenness"].isChecked()
    assert again.analysis.history.current.measure == "betweenness"


def test_period_control_filters_and_the_undated_toggle(make_window, qtbot, tmp_path):
    o, s = Kind.OFFICIAL, Kind.STATE
    path = tmp_path / "dated.entente"
    make_project(path, [
        {"published": "2013-04-02", "entities": [("Ri Il Kyu", o), ("North Korea", s)],
         "ties": [(0, 1, "serves", Family.MEMBERSHIP)]},
        {"published": "2014-01-10", "entities": [("Ri Il Kyu", o), ("Cuba", s)],
         "ties": [(0, 1, "posted to", Family.DIPLOMACY), (0, 1, "visits", Family.DIPLOMACY)]},
        {"published": "2016-11-20", "entities": [("Ri Il Kyu", o), ("South Korea", s)],
         "ties": [(0, 1, "defects to", Family.DEFECTION)]},
        {"published": "2019-05-09", "entities": [("Kim Jong Un", o), ("North Korea", s)],
         "ties": [(0, 1, "leads", Family.LEADERSHIP)]},
        {"entities": [("Ri Il Kyu", o), ("Japan", s)], "ties": [(0, 1, "visits", Family.DIPLOMACY)]},
    ]).close()  # fmt: skip
    window = make_window(path)
    control = window.analysis.time_control
    assert control.months[0] == "2013-04" and control.months[-1] == "2019-05"
    assert window.doc_list.titles()[0] == "Article 3", "newest first"
    # drag the right handle from the last month to December 2016, as a hand does
    slider = control.slider
    low, high = slider._handleRect(0).center(), slider._handleRect(1).center()
    target = control.months.index("2016-12")
    x = round(low.x() + (high.x() - low.x()) * target / (len(control.months) - 1))
    qtbot.mousePress(slider, Qt.MouseButton.LeftButton, pos=high)
    for step in range(1, 6):
        qtbot.mouseMove(slider, QPoint(high.x() + (x - high.x()) * step // 5, high.y()))
    qtbot.mouseRelease(slider, Qt.MouseButton.LeftButton, pos=QPoint(x, high.y()))
    assert control.months[int(slider.value()[1])] == "2016-12", slider.value()
    qtbot.waitUntil(lambda: settled(window) and window.analysis.history.current.until is not None, timeout=60_000)
    assert window.analysis.history.current.until.isoformat() == "2016-12-31"
    assert len(window.analysis.history._views) == 2, "one drag, one view in the history"
    names = {d["name"] for _, d in window.analysis.shown_graph.nodes(data=True)}
    assert "Kim Jong Un" not in names and "Japan" in names, "2019 is out; undated ties stay by default"
    toggle = control.undated
    qtbot.mouseClick(toggle, Qt.MouseButton.LeftButton, pos=QPoint(8, toggle.height() // 2))
    qtbot.waitUntil(lambda: not window.analysis.history.current.undated and settled(window), timeout=60_000)
    names = {d["name"] for _, d in window.analysis.shown_graph.nodes(data=True)}
    assert "Japan" not in names and {"Ri Il Kyu", "Cuba", "South Korea"} <= names
    save_shot(window, "analysis_period.png")


def test_focus_from_the_search_box_then_expand_a_neighbour(make_window, qtbot, project_copy, tmp_path):
    window = make_window(project_copy)
    qtbot.keyClicks(window.search, "Ri Il-kyu")
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    ri = window._entity_by_name("Ri Il-kyu")
    assert window.analysis.selected == ri
    hops = window.analysis.hops
    qtbot.mouseClick(tool_button(window, window.analysis.act_focus), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: settled(window) and window.analysis.history.current.focus == ((ri, 1),), timeout=60_000)
    first = set(window.analysis.shown_graph.nodes)
    assert "Ri Il-kyu" in window.analysis.view_label.text()
    written = window.export_graph(tmp_path / "ri.ftm.json")  # exports follow the view on screen
    exported = {json.loads(line)["properties"]["name"][0] for line in written[0].read_text("utf-8").splitlines()
                if json.loads(line)["schema"] in ("Person", "PublicBody", "Organization", "Vessel")}
    assert exported == {window.entities[n].name for n in first}
    # a neighbour through which the network goes on: clicked in the page, then expanded
    beyond = {n: len(set(nx.all_neighbors(window.graph, n)) - first) for n in first if n != ri}
    neighbour = max(beyond, key=lambda n: beyond[n])
    assert beyond[neighbour] > 0
    point = view_point(qtbot, window.view.node_view_position, neighbour)
    target = window.view.click_target()
    with qtbot.waitSignal(window.view.nodeClicked, timeout=10_000):
        qtbot.mouseClick(target, Qt.MouseButton.LeftButton, pos=target.mapFrom(window.view, point))
    qtbot.mouseClick(tool_button(window, window.analysis.act_expand), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: settled(window) and len(window.analysis.history.current.focus) == 2, timeout=60_000)
    grown = set(window.analysis.shown_graph.nodes)
    assert first < grown and neighbour in grown
    assert hops.text() == "1 hop"
    hops.setValue(2)  # one centre again at two hops: the spin box applies to a single focus only
    assert hops.text() == "2 hops"
    assert len(window.analysis.history.current.focus) == 2
    qtbot.mouseClick(tool_button(window, window.analysis.act_whole), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: settled(window) and window.analysis.history.current.whole, timeout=60_000)
    assert window.analysis.shown_graph.number_of_nodes() == window.graph.number_of_nodes()


def test_overview_context_menu_path_to(make_window, qtbot, project_copy):
    window = make_window(project_copy)
    overview = window.details.overview.top
    item = next(overview.topLevelItem(i) for i in range(overview.topLevelItemCount())
                if overview.topLevelItem(i).text(0) == "Ri Il-kyu")
    where = overview.visualItemRect(item).center()
    # the context menu event a right click makes (QTest's right click makes none on the offscreen platform)
    viewport = overview.viewport()
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, where, viewport.mapToGlobal(where))
    QApplication.sendEvent(viewport, event)
    qtbot.waitUntil(lambda: getattr(window.analysis, "context_menu", None) is not None
                    and window.analysis.context_menu.isVisible(), timeout=5_000)
    menu = window.analysis.context_menu
    path_to = next(a for a in menu.actions() if a.text() == "Path to…")
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(path_to).center())
    dialog = window.analysis.path_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=5_000)
    assert dialog.source.text() == "Ri Il-kyu", "the entity the menu was opened on"
    qtbot.keyClicks(dialog.target, "Venezuela")
    with qtbot.waitSignal(window.analysis.pathsShown, timeout=10_000):
        qtbot.keyClick(dialog.target, Qt.Key.Key_Return)
    assert window.analysis.path_panel.tree.topLevelItemCount() >= 1


def test_top_n_typed_and_hide_isolated_from_the_view_menu(make_window, qtbot, project_copy):
    window = make_window(project_copy)
    spin = window.analysis.top
    qtbot.mouseClick(spin, Qt.MouseButton.LeftButton)
    spin.selectAll()
    qtbot.keyClicks(spin, "5")
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.analysis.history.current.top == 5 and settled(window), timeout=60_000)
    ties = analysis.measure(window.graph, "ties")
    top = set(analysis.ranking(ties, 5))
    assert set(window.analysis.shown_graph.nodes) == top
    assert "top 5 by ties" in window.analysis.view_label.text()
    assert window.analysis.view_label.text().endswith(f"· 5 of {len(window.entities)} entities")
    bar = window.menuBar()
    view_menu = next(a.menu() for a in bar.actions() if a.text() == "&View")
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(view_menu.menuAction()).center())
    qtbot.waitUntil(view_menu.isVisible, timeout=5_000)
    hide = window.analysis.act_isolated
    qtbot.mouseClick(view_menu, Qt.MouseButton.LeftButton, pos=view_menu.actionGeometry(hide).center())
    qtbot.waitUntil(lambda: window.analysis.history.current.hide_isolated and settled(window), timeout=60_000)
    shown = window.analysis.shown_graph
    assert all(any(True for _ in nx.all_neighbors(shown, n)) for n in shown), "no entity without a tie is left"


def test_focus_on_a_group(make_window, qtbot, project_copy):
    window = make_window(project_copy)
    ri = window._entity_by_name("Ri Il-kyu")
    window.focus_entity(ri)
    window.analysis.act_focus_group.trigger()
    qtbot.waitUntil(lambda: bool(window.analysis.history.current.focus) and settled(window), timeout=60_000)
    with Project.open(project_copy) as project:
        groups = project.communities()
    members = {n for n, g in groups.items() if g == groups[ri]}
    assert set(window.analysis.shown_graph.nodes) == members
    n, total = len(members), len(window.entities)
    assert window.analysis.view_label.text() == f"Showing a group of {n} · {n} of {total} entities"


def test_a_failing_computation_is_one_line_in_the_status_bar(make_window, qtbot, project_copy, monkeypatch):
    from desktop import analysis_panel

    window = make_window(project_copy)

    def broken(*_args, **_kwargs):
        raise OSError("disk gone")

    monkeypatch.setattr(analysis_panel, "compute_view", broken)
    window.analysis.top.setValue(5)
    said = "Could not finish computing the view: disk gone"
    qtbot.waitUntil(lambda: said in window.statusBar().currentMessage(), timeout=10_000)
    assert not window.analysis.busy()
    assert window.analysis.shown_graph.number_of_nodes() == window.graph.number_of_nodes(), "the last view stays"


def test_the_network_node_menu_asks_questions_and_edits(make_window, qtbot, project_copy):
    window = make_window(project_copy)
    ri = window._entity_by_name("Ri Il-kyu")
    point = view_point(qtbot, window.view.node_view_position, ri)
    target = window.view.click_target()
    window.edit_menus.menu = None
    qtbot.mouseClick(target, Qt.MouseButton.RightButton, pos=target.mapFrom(window.view, point))
    qtbot.waitUntil(lambda: window.edit_menus.menu is not None and window.edit_menus.menu.isVisible(), timeout=10_000)
    menu = window.edit_menus.menu
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    # the questions first, then the edits, in one menu
    assert texts[:2] == ["Focus on it", "Path to…"]
    assert "Rename…" in texts and any(t.startswith("Reject") for t in texts)
    path_to = next(a for a in menu.actions() if a.text() == "Path to…")
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(path_to).center())
    dialog = window.analysis.path_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=5_000)
    assert dialog.source.text() == "Ri Il-kyu"
    qtbot.keyClicks(dialog.target, "Venezuela")
    with qtbot.waitSignal(window.analysis.pathsShown, timeout=10_000):
        qtbot.keyClick(dialog.target, Qt.Key.Key_Return)
    assert window.analysis.path_panel.tree.topLevelItemCount() >= 1
    save_shot(window, "node_menu_path.png")


def test_paths_are_asked_again_after_an_edit_of_a_tie_on_them(make_window, qtbot, project_copy):
    """Rejecting a hop's tie from the network left the Overview where the paths were: they are looked up again."""
    from tests.desktop.test_edits_window import choose

    window = make_window(project_copy)
    panel = window.analysis.path_panel
    with qtbot.waitSignal(window.analysis.pathsShown, timeout=10_000):
        window.analysis.find_paths("Ri Il-kyu", "Canel")
    qtbot.waitUntil(lambda: settled(window), timeout=30_000)
    # the path is framed with an animation: the tie is where it stays only once that is over
    qtbot.waitUntil(lambda: not page_js(qtbot, window.view, "window.entente.isAnimating()"), timeout=10_000)
    target = window.view.click_target()
    for hop in panel.hop_items():
        # a short tie's middle may lie under one of its nodes or another tie (the layout decides): right-click the
        # first hop whose middle is the tie's own
        wrong = window.relations[hop.data(0, Qt.ItemDataRole.UserRole + 1)]
        point = view_point(qtbot, window.view.edge_view_position, wrong.id)
        window.edit_menus.menu = None
        qtbot.mouseClick(target, Qt.MouseButton.RightButton, pos=target.mapFrom(window.view, point))
        qtbot.waitUntil(lambda: window.edit_menus.menu is not None and window.edit_menus.menu.isVisible())
        if window.edit_menus.menu.property("relationId") == wrong.id:
            break
        window.edit_menus.menu.close()
    menu = window.edit_menus.menu
    assert menu.objectName() == "tieMenu" and menu.property("relationId") == wrong.id
    with qtbot.waitSignal(window.analysis.pathsShown, timeout=10_000):
        choose(qtbot, window.edit_menus.menu, "Reject tie")
    assert window.details.currentWidget() is panel
    shown = {item.data(0, Qt.ItemDataRole.UserRole + 1) for item in panel.hop_items()}
    assert wrong.id not in window.relations and wrong.id not in shown
    assert panel.title.text().startswith("Ri Il-kyu")
    qtbot.waitUntil(lambda: settled(window), timeout=30_000)  # the edited network drawn before the window closes
