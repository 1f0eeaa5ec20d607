"""An entity known from outside the articles, in the window: added by name, tied by hand with a note, drawn marked
as the analyst's, and its panel says plainly that no article mentions it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt

from tests.desktop.conftest import page_js, real_view_available
from tests.desktop.test_edits_window import choose, dialog_of, node_point, ok_button, right_click_node

SHOTS = Path("/work/coord/shots")
FIRM = "Caribe Holdings <i>Ltd</i>"
NOTE = "Equasis registry, 2024: owner of the ship"


def test_add_an_entity_no_article_mentions_tie_it_with_a_note_and_click_it(make_window, qtbot, project_copy):
    if not real_view_available():
        pytest.skip("QtWebEngine view not available")
    window = make_window(project_copy, real_view=True)
    ship = next(e for e in window.entities.values() if str(e.kind) == "VESSEL")
    # the network's background menu: Add entity…
    window.edit_menus.menu = None
    qtbot.mouseClick(window.view.click_target(), Qt.MouseButton.RightButton, pos=QPoint(8, 8))
    qtbot.waitUntil(lambda: window.edit_menus.menu is not None and window.edit_menus.menu.isVisible(), timeout=10_000)
    assert window.edit_menus.menu.objectName() == "backgroundMenu"
    choose(qtbot, window.edit_menus.menu, "Add entity")
    dialog = dialog_of(qtbot, window)
    assert dialog.objectName() == "addEntityDialog" and not ok_button(dialog).isEnabled()
    qtbot.keyClicks(dialog.name, FIRM)
    dialog.kind.setFocus()
    qtbot.keyClicks(dialog.kind, "P")  # Party, chosen from the keyboard
    assert dialog.kind.currentData() == "PARTY"
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(e.name == FIRM for e in window.entities.values()), timeout=20_000)
    firm = next(e for e in window.entities.values() if e.name == FIRM)
    assert firm.origin == "analyst" and firm.mentions == ()
    assert window.statusBar().currentMessage().startswith("Done: add PARTY")

    # tie it to the ship by hand, from its node's menu (it is drawn, alone, until tied)
    qtbot.waitUntil(lambda: firm.id in window.graph and window.drawn_count >= 0, timeout=30_000)
    menu = right_click_node(qtbot, window, firm.id)
    assert menu.objectName() == "entityMenu"
    choose(qtbot, menu, "Tie by hand")
    dialog = dialog_of(qtbot, window)
    assert dialog.objectName() == "addTieDialog" and dialog.source.currentData() == firm.id
    dialog.target.setCurrentIndex(dialog.target.findData(ship.id))
    dialog.family.setFocus()
    qtbot.keyClicks(dialog.family, "Tr")  # Trade
    qtbot.keyClicks(dialog.type, "owns")
    assert not ok_button(dialog).isEnabled()  # no note yet: nothing would stand as evidence
    qtbot.keyClicks(dialog.note, NOTE)
    assert ok_button(dialog).isEnabled()  # a date is optional
    qtbot.keyClicks(dialog.when, "May 2024")
    assert not ok_button(dialog).isEnabled()  # but when typed it must be a day
    dialog.when.clear()
    qtbot.keyClicks(dialog.when, "2024-05-01")
    assert ok_button(dialog).isEnabled()
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(r.source == firm.id and r.target == ship.id for r in window.relations.values()),
                    timeout=20_000)
    tie = next(r for r in window.relations.values() if r.source == firm.id and r.target == ship.id)
    assert str(tie.family) == "TRADE" and tie.evidence == () and tie.dated == "2024-05-01"

    # drawn, marked as the analyst's
    qtbot.waitUntil(lambda: window.drawn_count == window.analysis.shown_graph.number_of_nodes(), timeout=30_000)
    mark = json.loads(page_js(qtbot, window.view, f"window.entente.nodeStyle({firm.id})"))
    assert mark["analyst"] and mark["dashes"]
    # its tie is drawn although no sentence states it (the analyst's note passes the evidence filter)
    shown = json.loads(page_js(qtbot, window.view, "window.entente.visible()"))
    assert firm.id in shown["nodes"] and tie.id in shown["edges"]

    # a click on its node: the panel says where it comes from instead of an empty list
    target = window.view.click_target()
    with qtbot.waitSignal(window.view.nodeClicked, timeout=10_000):
        qtbot.mouseClick(target, Qt.MouseButton.LeftButton, pos=node_point(qtbot, window, firm.id))
    panel = window.details.node
    qtbot.waitUntil(lambda: window.details.currentWidget() is panel and panel.entity_id == firm.id, timeout=10_000)
    assert panel.name.text() == FIRM and panel.name.textFormat() == Qt.TextFormat.PlainText
    assert panel.outside.isVisible() and "outside the articles" in panel.outside.text()
    assert "no article mentions it" in panel.provenance.text()
    assert panel.documents.topLevelItem(0).text(0) == "Added by the analyst: no article mentions it."
    ties = panel.ties.topLevelItem(0)
    assert "the analyst's note" in ties.child(0).text(0)
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert window.grab().save(str(SHOTS / "x-misc7-outside-entity.png"), "PNG")

    # its tie: the note stands where the sentences would
    rect = panel.ties.visualItemRect(ties.child(0))
    qtbot.mouseClick(panel.ties.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    edge = window.details.edge
    qtbot.waitUntil(lambda: window.details.currentWidget() is edge and edge.relation_id == tie.id, timeout=10_000)
    assert edge.evidence.topLevelItem(0).text(0) == f"The analyst's note: {NOTE}"
    assert "the analyst's note" in " ".join(
        edge.family_row.itemAt(i).widget().text() for i in range(edge.family_row.count())
        if edge.family_row.itemAt(i).widget() is not None and hasattr(edge.family_row.itemAt(i).widget(), "text")
    )
    assert window.grab().save(str(SHOTS / "x-misc7-outside-tie.png"), "PNG")
