"""The analyst's edits in the window: context menus on nodes, ties, the reader and the document list, the merge
and add-tie dialogs, the rejected names, and Undo/Redo (Ctrl+Z / Ctrl+Shift+Z) also after reopening."""

from __future__ import annotations

import json
import re

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit, QMenu, QWidget

from core import edits
from core.project import Project
from desktop.reader import qt_position
from tests.desktop.conftest import page_js, real_view_available


def node_point(qtbot, window, entity_id: int) -> QPoint:
    spot: list[QPoint] = []
    window.view.node_view_position(entity_id, spot.append)
    qtbot.waitUntil(lambda: bool(spot), timeout=10_000)
    return spot[0]


def right_click_node(qtbot, window, entity_id: int) -> QMenu:
    window.edit_menus.menu = None
    qtbot.mouseClick(window.view.click_target(), Qt.MouseButton.RightButton, pos=node_point(qtbot, window, entity_id))
    qtbot.waitUntil(lambda: window.edit_menus.menu is not None and window.edit_menus.menu.isVisible(), timeout=10_000)
    return window.edit_menus.menu


def choose(qtbot, menu: QMenu, text: str) -> None:
    """Click the menu entry starting with ``text`` (opening submenus on the way: 'Kind/Vessel')."""
    first, _, rest = text.partition("/")
    action = next(a for a in menu.actions() if a.text().replace("&", "").startswith(first))
    assert action.isEnabled(), text
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())
    if rest:
        sub = action.menu()
        qtbot.waitUntil(sub.isVisible, timeout=5_000)
        choose(qtbot, sub, rest)


def context_click(qtbot, window, widget: QWidget, pos: QPoint) -> QMenu:
    """A right click as Qt delivers it to a widget: the context-menu event at that point."""
    window.edit_menus.menu = None
    qtbot.mouseMove(widget, pos)
    QApplication.sendEvent(widget, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, widget.mapToGlobal(pos)))
    qtbot.waitUntil(lambda: window.edit_menus.menu is not None and window.edit_menus.menu.isVisible())
    return window.edit_menus.menu


def dialog_of(qtbot, window) -> QWidget:
    qtbot.waitUntil(lambda: window.edit_menus.dialog is not None and window.edit_menus.dialog.isVisible(),
                    timeout=5_000)
    return window.edit_menus.dialog


def ok_button(dialog: QWidget) -> QWidget:
    box = dialog.findChild(QDialogButtonBox)
    return box.button(QDialogButtonBox.StandardButton.Ok)


def names(window) -> set[str]:
    return {e.name for e in window.entities.values()}


def test_reject_from_the_node_menu_then_undo_and_redo_with_the_keyboard(make_window, qtbot, project_copy):
    window = make_window(project_copy, real_view=False)
    victim = min(window.entities.values(), key=lambda e: (len(e.mentions), e.id))
    menu = right_click_node(qtbot, window, victim.id)
    assert menu.objectName() == "entityMenu"
    choose(qtbot, menu, "Reject")
    assert victim.id not in window.entities and victim.id not in window.graph
    assert window.editor.stack.count() == 1 and window.editor.stack.undoText().startswith("reject")
    # the status bar says what was done, and how to take it back
    assert window.statusBar().currentMessage() == f"Done: reject '{victim.name}' (Ctrl+Z undoes it)"
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert victim.id in window.entities and victim.id in window.graph
    assert window.statusBar().currentMessage() == f"Undone: reject '{victim.name}'"
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert victim.id not in window.entities
    assert window.statusBar().currentMessage() == f"Redone: reject '{victim.name}'"
    # the rejected names list restores it
    window.edit_menus.show_rejected()
    dialog = dialog_of(qtbot, window)
    assert [dialog.list.item(i).text() for i in range(dialog.list.count())] == [victim.name]
    dialog.list.setCurrentRow(0)
    qtbot.mouseClick(dialog.restore, Qt.MouseButton.LeftButton)
    assert victim.id in window.entities and window.editor.stack.count() == 2
    # the history lists both, newest last; the reject is kept, marked as lifted by the restore
    window.edit_menus.show_log()
    history = dialog_of(qtbot, window)
    rows = [[history.tree.topLevelItem(i).text(c) for c in (2, 3)] for i in range(history.tree.topLevelItemCount())]
    assert rows == [[f"reject '{victim.name}'", "restored by edit 2"], [f"restore '{victim.name}'", "applied"]]
    # the time is whole and nothing runs off the side of the dialog
    first = history.tree.topLevelItem(0)
    when = history.tree.fontMetrics().horizontalAdvance(first.text(1))
    assert history.tree.visualItemRect(first).isValid() and history.tree.header().sectionSize(1) > when
    assert history.tree.horizontalScrollBar().maximum() == 0 and first.toolTip(2) == first.text(2)


def test_history_is_undoable_after_closing_and_reopening(make_window, qtbot, project_copy):
    window = make_window(project_copy, real_view=False)
    entity = max(window.entities.values(), key=lambda e: len(e.mentions))
    menu = right_click_node(qtbot, window, entity.id)
    choose(qtbot, menu, "Rename")
    dialog = dialog_of(qtbot, window)
    line = dialog.findChild(QLineEdit)
    line.clear()
    qtbot.keyClicks(line, "Renamed <b>by hand</b>")
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    assert window.entities[entity.id].name == "Renamed <b>by hand</b>"
    window.focus_entity(entity.id)
    assert window.details.node.name.text() == "Renamed <b>by hand</b>"
    assert window.details.node.name.textFormat() == Qt.TextFormat.PlainText
    assert "renamed from" in window.details.node.provenance.text()
    window.close()

    again = make_window(project_copy, real_view=False)
    assert again.entities[entity.id].name == "Renamed <b>by hand</b>"
    assert again.editor.stack.count() == 1 and again.editor.stack.canUndo()
    edit_menu = again.edit_menu
    undo = next(a for a in edit_menu.actions() if a.text().startswith("Undo"))
    undo.trigger()
    assert again.entities[entity.id].name == entity.name
    with Project.open(project_copy) as project:
        assert [e.undone for e in project.edit_log()] == [True]


def test_merge_through_the_dialog_keeps_a_chosen_name(make_window, qtbot, project_copy):
    window = make_window(project_copy, real_view=False)
    states = sorted((e for e in window.entities.values() if str(e.kind) == "STATE"), key=lambda e: -len(e.mentions))
    keep, other = states[0], states[1]
    window.focus_entity(keep.id)
    button = window.details.node.findChild(QWidget, "nodeEditButton")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.edit_menus.menu is not None and window.edit_menus.menu.isVisible())
    choose(qtbot, window.edit_menus.menu, "Merge with")
    dialog = dialog_of(qtbot, window)
    assert not ok_button(dialog).isEnabled()
    qtbot.keyClicks(dialog.filter, other.name)
    item = dialog.item_for(other.id)
    assert not item.isHidden()
    dialog.list.setCurrentItem(item)
    qtbot.keyClick(dialog.list, Qt.Key.Key_Space)
    assert dialog.chosen() == [other.id] and ok_button(dialog).isEnabled()
    dialog.name.setCurrentText("")
    qtbot.keyClicks(dialog.name.lineEdit(), "Merged State")
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    merged = window.entities[keep.id]
    assert other.id not in window.entities and merged.name == "Merged State"
    assert {m.doc_id for m in merged.mentions} == set(keep.doc_ids) | set(other.doc_ids)


def test_reader_adds_an_entity_and_a_tie_from_its_sentence(make_window, qtbot, project_copy):
    window = make_window(project_copy, real_view=False)
    doc = next(iter(window.documents.values()))
    window.open_document(doc.id)
    text = window.project.document_text(doc.id)
    # a capitalised word no entity covers yet
    covered = {(m.start) for e in window.entities.values() for m in e.mentions if m.doc_id == doc.id}
    word = next(m for m in re.finditer(r"\b[A-Z][a-z]{4,}\b", text) if m.start() not in covered
                and not any(m.group() == e.name for e in window.entities.values()))
    cursor = QTextCursor(window.reader.browser.document())
    cursor.setPosition(qt_position(text, word.start()))
    cursor.setPosition(qt_position(text, word.end()), QTextCursor.MoveMode.KeepAnchor)
    window.reader.browser.setTextCursor(cursor)
    viewport = window.reader.browser.viewport()
    menu = context_click(qtbot, window, viewport, window.reader.browser.cursorRect(cursor).center())
    assert menu.objectName() == "readerMenu"
    choose(qtbot, menu, f"Add “{word.group()}” as/Party")
    added = next(e for e in window.entities.values() if e.name == word.group())
    assert added.origin == "analyst" and str(added.kind) == "PARTY"
    assert all(text[m.start:m.end] == m.text for m in added.mentions if m.doc_id == doc.id)

    # the cursor in that sentence: a tie from the new entity, with the sentence as evidence
    window.open_document(doc.id)
    cursor = QTextCursor(window.reader.browser.document())
    cursor.setPosition(qt_position(text, word.start() + 1))
    window.reader.browser.setTextCursor(cursor)
    menu = context_click(qtbot, window, viewport, window.reader.browser.cursorRect(cursor).center())
    choose(qtbot, menu, "Add tie from this sentence")
    dialog = dialog_of(qtbot, window)
    assert dialog.objectName() == "addTieDialog"
    dialog.source.setCurrentIndex(dialog.source.findData(added.id))
    if dialog.target.currentData() == added.id:
        dialog.target.setCurrentIndex(1 if dialog.source.currentIndex() == 0 else 0)
    target = dialog.target.currentData()
    assert dialog.family.currentIndex() == -1 and dialog.family.currentText() == "", "no family chosen for them"
    qtbot.keyClicks(dialog.type, "guards")
    assert not ok_button(dialog).isEnabled(), "a family must be chosen"
    dialog.family.setFocus()
    for _ in range(dialog.family.findData("ENFORCEMENT") + 1):  # from none to Enforcement with the keyboard
        qtbot.keyClick(dialog.family, Qt.Key.Key_Down)
    assert dialog.family.currentData() == "ENFORCEMENT"
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    tie = next(r for r in window.relations.values() if (r.source, r.target) == (added.id, target))
    assert (tie.origin, tie.confirmed, str(tie.family), tie.type) == ("analyst", True, "ENFORCEMENT", "guards")
    evidence = tie.evidence[0]
    assert evidence.doc_id == doc.id and evidence.start <= word.start() < evidence.end
    assert text[evidence.start:evidence.end] == evidence.text
    assert window.graph.edges[added.id, target, tie.id]["origin"] == "analyst"


def test_tie_menu_and_document_date(make_window, qtbot, project_copy):
    window = make_window(project_copy, real_view=False)
    relation = max((r for r in window.relations.values() if str(r.family) != "ASSOCIATION"),
                   key=lambda r: len(r.evidence))
    window.show_relation(relation.id)
    qtbot.mouseClick(window.details.edge.findChild(QWidget, "edgeEditButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.edit_menus.menu is not None and window.edit_menus.menu.isVisible())
    choose(qtbot, window.edit_menus.menu, "Turn round")
    turned = [r for r in window.relations.values() if (r.source, r.target) == (relation.target, relation.source)
              and r.family == relation.family]
    assert turned and turned[0].confirmed and "Found by the machine, confirmed" in window.details.edge.provenance.text()

    doc = next(iter(window.documents.values()))
    tree = window.doc_list.tree
    item = window.doc_list.item_for(doc.id)
    choose(qtbot, context_click(qtbot, window, tree.viewport(), tree.visualItemRect(item).center()), "Set date")
    dialog = dialog_of(qtbot, window)
    dialog.findChild(QLineEdit).clear()
    qtbot.keyClicks(dialog.findChild(QLineEdit), "2024-13-45")
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    assert "not a date" in window.message_bar.text.text()
    assert window.documents[doc.id].published == doc.published  # refused: nothing changed
    choose(qtbot, context_click(qtbot, window, tree.viewport(), tree.visualItemRect(item).center()), "Set date")
    dialog = dialog_of(qtbot, window)
    dialog.findChild(QLineEdit).clear()
    qtbot.keyClicks(dialog.findChild(QLineEdit), "2024-06-30")
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    assert window.documents[doc.id].published == "2024-06-30"
    assert "2024-06-30 (set)" in window.doc_list.item_for(doc.id).data(0, Qt.ItemDataRole.UserRole + 2)


def test_right_click_in_the_real_network_page_opens_the_node_menu(make_window, qtbot, project_copy):
    if not real_view_available():
        pytest.skip("QtWebEngine view not available")
    window = make_window(project_copy, real_view=True)
    entity = max(window.entities.values(), key=lambda e: len(e.mentions))
    menu = right_click_node(qtbot, window, entity.id)
    assert menu.objectName() == "entityMenu"
    choose(qtbot, menu, "Confirm")
    qtbot.waitUntil(lambda: window.drawn_count >= 0, timeout=30_000)
    assert window.entities[entity.id].confirmed
    # the page marks it, quietly, and its legend says so
    mark = json.loads(page_js(qtbot, window.view, f"window.entente.nodeStyle({entity.id})"))
    assert mark["analyst"] and mark["dashes"]
    other = next(i for i in window.entities if i != entity.id and not window.entities[i].confirmed)
    assert not json.loads(page_js(qtbot, window.view, f"window.entente.nodeStyle({other})"))["analyst"]
    legend = page_js(qtbot, window.view, "document.getElementById('legend-kinds').textContent")
    assert "analyst" in legend
    QApplication.processEvents()


def test_hostile_typed_names_stay_text(make_window, qtbot, project_copy):
    window = make_window(project_copy, real_view=False)
    entity = max(window.entities.values(), key=lambda e: len(e.mentions))
    hostile = "<img src=x onerror=alert(1)>"
    window.editor.apply(lambda: edits.rename(entity, hostile))
    window.focus_entity(entity.id)
    assert window.details.node.name.text() == hostile
    assert window.details.node.name.textFormat() == Qt.TextFormat.PlainText
    tie = next(r for r in window.relations.values() if entity.id in (r.source, r.target))
    window.show_relation(tie.id)
    assert hostile in window.details.edge.title_text()  # escaped into the title's links: read as text
    assert "<img" not in window.details.edge.title.text().replace("&lt;img", "")
    window.edit_menus.show_log()
    assert hostile in dialog_of(qtbot, window).tree.topLevelItem(0).text(2)


def test_edits_made_elsewhere_reload_the_history_instead_of_undoing_the_wrong_edit(make_window, qtbot, project_copy):
    from core import cli

    window = make_window(project_copy, real_view=False)
    entity = max(window.entities.values(), key=lambda e: len(e.mentions))
    window.editor.apply(edits.confirm(entity))
    assert window.editor.in_step()
    # meanwhile, the command line renames something in the same project
    victim = min(window.entities.values(), key=lambda e: (len(e.mentions), e.id))
    assert cli.main(["edit", "--db", str(project_copy), "rename", f"e{victim.id}", "Renamed elsewhere"]) == 0
    assert not window.editor.in_step()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.editor.in_step)
    assert "edited elsewhere" in window.message_bar.text.text()
    with Project.open(project_copy) as project:
        assert [e.undone for e in project.edit_log()] == [False, False]  # nothing was undone blindly
    assert window.entities[victim.id].name == "Renamed elsewhere" and window.editor.stack.count() == 2
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.entities[victim.id].name == victim.name


def test_split_an_entity_by_document_from_the_node_panel(make_window, qtbot, project_copy):
    window = make_window(project_copy, real_view=False)
    entity = next(e for e in sorted(window.entities.values(), key=lambda e: -len(e.mentions)) if len(e.doc_ids) > 1)
    window.focus_entity(entity.id)
    panel = window.details.node
    panel.tabs.setCurrentIndex(1)
    docs = panel.documents
    item = docs.topLevelItem(docs.topLevelItemCount() - 1)
    doc_id = item.data(0, Qt.ItemDataRole.UserRole)
    choose(qtbot, context_click(qtbot, window, docs.viewport(), docs.visualItemRect(item).center()), "Split off")
    dialog = dialog_of(qtbot, window)
    dialog.findChild(QLineEdit).clear()
    qtbot.keyClicks(dialog.findChild(QLineEdit), f"{entity.name} (in one article)")
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    split_off = next(e for e in window.entities.values() if e.name == f"{entity.name} (in one article)")
    assert split_off.doc_ids == [doc_id] and split_off.origin == "analyst"
    assert doc_id not in window.entities[entity.id].doc_ids
    # and back again: move those mentions into the first entity
    window.focus_entity(split_off.id)
    panel.tabs.setCurrentIndex(1)
    item = docs.topLevelItem(0)
    menu = context_click(qtbot, window, docs.viewport(), docs.visualItemRect(item).center())
    choose(qtbot, menu, "Move its mentions")
    dialog = dialog_of(qtbot, window)
    dialog.setTextValue(f"{entity.name} (e{entity.id})")
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    assert split_off.id not in window.entities and doc_id in window.entities[entity.id].doc_ids


def test_reject_a_tie_from_its_menu_in_the_network(make_window, qtbot, project_copy):
    window = make_window(project_copy, real_view=False)
    pairs: dict[frozenset, int] = {}
    for r in window.relations.values():
        pairs[frozenset((r.source, r.target))] = pairs.get(frozenset((r.source, r.target)), 0) + 1
    # the painted stand-in finds a tie by the middle of its two ends: take one alone between its two
    relation = max((r for r in window.relations.values() if str(r.family) != "ASSOCIATION"
                    and pairs[frozenset((r.source, r.target))] == 1), key=lambda r: len(r.evidence))
    spot: list[QPoint] = []
    window.view.edge_view_position(relation.id, spot.append)
    qtbot.waitUntil(lambda: bool(spot))
    window.edit_menus.menu = None
    qtbot.mouseClick(window.view.click_target(), Qt.MouseButton.RightButton, pos=spot[0])
    qtbot.waitUntil(lambda: window.edit_menus.menu is not None and window.edit_menus.menu.isVisible())
    assert window.edit_menus.menu.objectName() == "tieMenu"
    choose(qtbot, window.edit_menus.menu, "Reject tie")
    assert not [r for r in window.relations.values()
                if (r.source, r.target, r.family) == (relation.source, relation.target, relation.family)]
    assert relation.source in window.entities and relation.target in window.entities


def test_background_menu_of_the_network_holds_the_view_and_the_history(make_window, qtbot, project_copy):
    window = make_window(project_copy, real_view=False)
    victim = max(window.entities.values(), key=lambda e: len(e.mentions))
    window.editor.apply(lambda: edits.reject(victim))
    window.edit_menus.menu = None
    # a corner of the fake view is empty: its nodes sit on a circle in the middle, ties inside it
    qtbot.mouseClick(window.view.click_target(), Qt.MouseButton.RightButton, pos=QPoint(5, 5))
    qtbot.waitUntil(lambda: window.edit_menus.menu is not None and window.edit_menus.menu.isVisible(), timeout=5_000)
    menu = window.edit_menus.menu
    assert menu.objectName() == "backgroundMenu"
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts[:3] == ["Fit", "Whole network", "Show everything"]
    assert any(t.startswith("Undo") for t in texts) and "Edit history…" in texts
    choose(qtbot, menu, "Undo")
    qtbot.waitUntil(lambda: victim.id in window.entities, timeout=10_000)


def test_the_reader_stays_on_its_article_after_an_edit_made_from_it(make_window, qtbot, project_copy):
    """An entity added from the reader while the node panel showed another one: the reader jumped to that one's
    first mention, in another article; it stays where the analyst was reading, the new name marked."""
    window = make_window(project_copy, real_view=False)
    shown = max(window.entities.values(), key=lambda e: len(e.doc_ids))
    window.focus_entity(shown.id)
    doc = next(d for d in window.documents.values() if d.id != shown.mentions[0].doc_id)
    window.open_document(doc.id)
    text = window.project.document_text(doc.id)
    covered = {m.start for e in window.entities.values() for m in e.mentions if m.doc_id == doc.id}
    word = [m for m in re.finditer(r"\b[A-Z][a-z]{4,}\b", text) if m.start() not in covered
            and not any(m.group() == e.name for e in window.entities.values())][-1]
    cursor = QTextCursor(window.reader.browser.document())
    cursor.setPosition(qt_position(text, word.start()))
    cursor.setPosition(qt_position(text, word.end()), QTextCursor.MoveMode.KeepAnchor)
    browser = window.reader.browser
    browser.setTextCursor(cursor)
    browser.ensureCursorVisible()
    scrolled = browser.verticalScrollBar().value()
    menu = context_click(qtbot, window, browser.viewport(), browser.cursorRect(cursor).center())
    choose(qtbot, menu, f"Add “{word.group()}” as/Party")
    added = next(e for e in window.entities.values() if e.name == word.group())
    assert window.details.node.entity_id == shown.id, "the node panel still shows what it showed"
    assert window.reader.doc_id == doc.id and browser.verticalScrollBar().value() == scrolled
    assert window.reader.selected_text() == word.group()
    # the new entity is marked in the article on screen (the marks are bold)
    assert added.mentions
    probe = QTextCursor(browser.document())
    probe.setPosition(qt_position(text, word.start() + 1))
    assert probe.charFormat().fontWeight() >= 600


def test_the_merge_dialog_lists_the_likely_twins_first(make_window, qtbot, project_copy):
    """The machine left 'Castro' apart from 'Fidel Castro' and 'Raúl Castro': they head the list, not 'Alastair…'."""
    window = make_window(project_copy, real_view=False)
    castro = next(e for e in window.entities.values() if e.name == "Castro")
    choose(qtbot, right_click_node(qtbot, window, castro.id), "Merge")
    dialog = dialog_of(qtbot, window)
    first = [dialog.list.item(i).data(Qt.ItemDataRole.UserRole + 1 + 1) for i in range(2)]
    assert sorted(first) == ["Fidel Castro", "Raúl Castro"]
    rest = [dialog.list.item(i).data(Qt.ItemDataRole.UserRole + 1 + 1) for i in range(2, dialog.list.count())]
    assert rest == sorted(rest, key=str.casefold) and len(rest) == len(window.entities) - 3
