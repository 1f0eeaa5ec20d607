"""The analyst's edits in the window: one QUndoCommand per core edit on one QUndoStack, and the menus that make them.

The core keeps the edit log (``Project.apply``/``undo``/``redo``), so the stack mirrors it: an edit is made in the
core first and then pushed (its first ``redo`` does nothing), undo and redo call the core's, and opening a project
fills the stack from the stored log so that Ctrl+Z reaches edits made before the project was last closed.
Menus open with ``popup`` (never a nested event loop) and dialogs with ``open``; names are plain text throughout.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from PySide6.QtCore import QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QDialog, QInputDialog, QMenu, QToolButton, QWidget

from core import edits, style
from core.edits import Edit, EditError, LogEntry
from core.model import Family, Kind
from core.project import Project
from core.records import DocumentInfo, EntityInfo, RelationInfo
from core.store import StoreError
from desktop.edit_dialogs import AddEntityDialog, AddTieDialog, EditLogDialog, MergeDialog, RejectedNamesDialog

log = logging.getLogger(__name__)


class EditCommand(QUndoCommand):
    """One edit of the core's log on the undo stack."""

    def __init__(self, editor: Editor, entry: LogEntry) -> None:
        super().__init__(entry.summary)
        self.entry = entry
        self._editor = editor
        self._made = True  # the core has made it already: the push's own redo() is not another edit

    def redo(self) -> None:
        if self._made:
            self._made = False
            return
        self._editor.step("redo")

    def undo(self) -> None:
        self._editor.step("undo")


class Editor(QObject):
    """Makes edits through the project and keeps the undo stack in step with the core's log."""

    changed = Signal()  # the edited network changed (an edit, an undo, a redo)
    refused = Signal(str)  # an edit that could not be made, in one line for the user
    done = Signal(str)  # what an edit, an undo or a redo just did, in one line for the status bar

    def __init__(self, project: Callable[[], Project | None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._project = project
        self.stack = QUndoStack(self)
        self._syncing = False

    def reset(self) -> None:
        """Fill the stack from the open project's log (undone edits stay redoable)."""
        self._syncing = True
        try:
            self.stack.clear()
            project = self._project()
            if project is None:
                return
            entries = project.edit_log(statuses=False)
            for entry in entries:
                self.stack.push(EditCommand(self, entry))
            self.stack.setIndex(sum(not e.undone for e in entries))
            self.stack.setClean()
        finally:
            self._syncing = False

    def in_step(self) -> bool:
        """True when the stack holds the project's log as it is in the file (another process may have edited)."""
        project = self._project()
        if project is None:
            return True
        entries = project.edit_log(statuses=False)
        commands = [self.stack.command(i) for i in range(self.stack.count())]
        return [(e.id, e.undone) for e in entries] == [
            (c.entry.id, i >= self.stack.index()) for i, c in enumerate(commands)
        ]

    def _resync(self) -> bool:
        """Reload the history when the project was edited elsewhere; True when it had to."""
        if self.in_step():
            return False
        self.reset()
        self.changed.emit()
        self.refused.emit("The project was edited elsewhere: its edit history was reloaded. Try again.")
        return True

    def apply(self, make: Edit | Callable[[], Edit]) -> LogEntry | None:
        """Make one edit; a refusal is reported through ``refused`` and changes nothing."""
        project = self._project()
        if project is None:
            return None
        self._resync()  # the new edit still goes ahead: it goes on top of whatever the log holds
        try:
            entry = project.apply(make() if callable(make) else make)
        except EditError as exc:
            self.refused.emit(f"Not changed: {exc}.")
            return None
        except (StoreError, sqlite3.Error) as exc:
            self.refused.emit(f"The edit could not be saved: {exc}")
            return None
        self.stack.push(EditCommand(self, entry))
        self.changed.emit()
        self.done.emit(f"Done: {entry.summary} (Ctrl+Z undoes it)")
        return entry

    def step(self, which: str) -> None:
        if self._syncing:
            return
        project = self._project()
        if project is None:
            return
        if self._stale_step(which):
            return
        try:
            done = project.undo() if which == "undo" else project.redo()
        except (StoreError, sqlite3.Error) as exc:
            self.refused.emit(f"Could not {which}: {exc}")
            return
        if done is None:
            log.warning("the undo stack and the project's edit log disagree (nothing to %s)", which)
        self.changed.emit()
        if done is not None:
            self.done.emit(f"{'Undone' if which == 'undo' else 'Redone'}: {done.summary}")

    def _stale_step(self, which: str) -> bool:
        """The stack moved already; if the file's log was not where the stack was, undo/redo is not done."""
        project = self._project()
        entries = project.edit_log(statuses=False) if project is not None else []
        commands = [self.stack.command(i) for i in range(self.stack.count())]
        before = self.stack.index()  # QUndoStack moves its index after the command has run
        expected = [(c.entry.id, i >= before) for i, c in enumerate(commands)]
        if [(e.id, e.undone) for e in entries] == expected:
            return False
        # let the stack's own step finish first, then show the file's history as it is
        QTimer.singleShot(0, self._resync)
        return True

    def undo_action(self, parent: QObject) -> QAction:
        act = self.stack.createUndoAction(parent, "Undo")
        act.setShortcut(QKeySequence("Ctrl+Z"))
        return act

    def redo_action(self, parent: QObject) -> QAction:
        act = self.stack.createRedoAction(parent, "Redo")
        act.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        return act


@dataclass(frozen=True)
class Records:
    """What the window shows now, by id."""

    documents: Mapping[int, DocumentInfo]
    entities: Mapping[int, EntityInfo]
    relations: Mapping[int, RelationInfo]


def text_index(text: str, qt_position: int) -> int:
    """The code-point index in ``text`` of a QTextDocument position (Qt counts UTF-16 units)."""
    units = 0
    for index, ch in enumerate(text):
        if units >= qt_position:
            return index
        units += 2 if ord(ch) > 0xFFFF else 1
    return len(text)


class EditMenus(QObject):
    """The analyst's menus: on a node or tie of the network, in the panels, the reader and the document list."""

    def __init__(
        self, editor: Editor, project: Callable[[], Project | None], records: Callable[[], Records], parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.editor = editor
        self._project = project
        self._records = records
        self._parent = parent
        self.menu: QMenu | None = None  # the menu open now (tests click into it)
        self.dialog: QDialog | None = None  # the dialog open now
        # questions about an entity (Focus, Path to…) put first in its menu on the network, if the window has them
        self.entity_actions: Callable[[QMenu, int], None] | None = None
        self.view_actions: list[QAction] = []  # first in the background's menu (Fit, Whole network)

    # -- opening -------------------------------------------------------------------------------

    def _popup(self, menu: QMenu, where: QPoint) -> QMenu:
        self.menu = menu
        menu.popup(where)
        return menu

    def network_menu(self, what: str, item_id: int, where: QPoint) -> None:
        if what == "node" and item_id in self._records().entities:
            menu = self.entity_menu(item_id)
            if self.entity_actions is not None:
                first = menu.actions()[0]
                questions = QMenu(menu)
                self.entity_actions(questions, item_id)
                for act in questions.actions():
                    act.setParent(menu)
                    menu.insertAction(first, act)
                menu.insertSeparator(first)
            self._popup(menu, where)
        elif what == "edge" and item_id in self._records().relations:
            self._popup(self.tie_menu(item_id), where)
        elif what == "background":
            self._popup(self.background_menu(), where)

    def background_menu(self) -> QMenu:
        """On the network's background: the view's own actions (if the window gave some), then the edit history."""
        menu = QMenu(self._parent)
        menu.setObjectName("backgroundMenu")
        if self.view_actions:
            menu.addActions(self.view_actions)
            menu.addSeparator()
        menu.addAction(self.editor.stack.createUndoAction(menu, "Undo"))
        menu.addAction(self.editor.stack.createRedoAction(menu, "Redo"))
        menu.addSeparator()
        menu.addAction("Add entity…", self.add_entity)
        menu.addAction("Rejected names…", self.show_rejected)
        menu.addAction("Edit history…", self.show_log)
        return menu

    def install(
        self,
        reader: QWidget,
        doc_tree: QWidget,
        doc_of_item: Callable[[object], int | None],
        panels: tuple[QWidget, QWidget],
        shown: tuple[Callable[[], int | None], Callable[[], int | None]],
    ) -> None:
        """Context menus on the reader and the document list, and an "Edit" button on the node and tie panels
        (``panels`` and what each ``shown`` now)."""
        browser = reader.browser
        browser.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        browser.customContextMenuRequested.connect(
            lambda pos: self._popup(self.reader_menu(reader), browser.viewport().mapToGlobal(pos))
        )
        doc_tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

        def doc_menu(pos: QPoint) -> None:
            doc_id = doc_of_item(doc_tree.itemAt(pos))
            if doc_id is not None:
                self._popup(self.document_menu(doc_id), doc_tree.viewport().mapToGlobal(pos))

        doc_tree.customContextMenuRequested.connect(doc_menu)
        mentioned = panels[0].documents  # the node panel's "Mentioned in" list: split by document

        def mentions_menu(pos: QPoint) -> None:
            doc_id = doc_of_item(mentioned.itemAt(pos))
            if doc_id is not None:
                self._popup(self.mentions_menu(shown[0](), doc_id), mentioned.viewport().mapToGlobal(pos))

        mentioned.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        mentioned.customContextMenuRequested.connect(mentions_menu)
        for panel, name, build in (
            (panels[0], "nodeEditButton", lambda: self.entity_menu(shown[0]())),
            (panels[1], "edgeEditButton", lambda: self.tie_menu(shown[1]())),
        ):
            button = QToolButton()
            button.setObjectName(name)
            button.setText("Edit ▾")
            button.setToolTip("Correct this: rename, merge, reject…")
            button.clicked.connect(lambda _c=False, b=button, make=build: self._popup(
                make(), b.mapToGlobal(b.rect().bottomLeft())))
            panel.layout().insertWidget(0, button, 0, Qt.AlignmentFlag.AlignRight)

    # -- menus ---------------------------------------------------------------------------------

    def entity_menu(self, entity_id: int | None) -> QMenu:
        menu = QMenu(self._parent)
        menu.setObjectName("entityMenu")
        entity = self._records().entities.get(entity_id) if entity_id is not None else None
        if entity is None:
            menu.addAction("No entity selected").setEnabled(False)
            return menu
        apply = self.editor.apply
        menu.addAction("Rename…", lambda: self._ask_text(
            "Rename", f"New name for “{entity.name}”:", entity.name,
            lambda name: apply(lambda: edits.rename(entity, name))))
        kinds = menu.addMenu("Kind")
        for kind in Kind:
            act = kinds.addAction(style.kind_style(str(kind)).label, lambda k=kind: apply(edits.set_kind(entity, k)))
            act.setCheckable(True)
            act.setChecked(kind == entity.kind)
            act.setEnabled(kind != entity.kind)
        menu.addAction("Merge with…", lambda: self._merge(entity))
        menu.addAction("Tie by hand, with a note…", lambda: self.tie_by_note(entity))
        others = [a for a in entity.aliases if a != entity.name]
        split = menu.addMenu("Split off")
        split.setEnabled(bool(others))
        for alias in others:
            split.addAction(f"“{alias}” as a new entity", lambda a=alias: apply(lambda: edits.split(entity, a)))
        menu.addSeparator()
        if not entity.confirmed:
            menu.addAction("Confirm", lambda: apply(edits.confirm(entity)))
        menu.addAction(f"Reject “{entity.name}”", lambda: apply(edits.reject(entity)))
        return menu

    def tie_menu(self, relation_id: int | None) -> QMenu:
        menu = QMenu(self._parent)
        menu.setObjectName("tieMenu")
        menu.setProperty("relationId", relation_id)  # which tie the menu edits (ties may cross under the pointer)
        records = self._records()
        relation = records.relations.get(relation_id) if relation_id is not None else None
        if relation is None or relation.source not in records.entities or relation.target not in records.entities:
            menu.addAction("No tie selected").setEnabled(False)
            return menu
        source, target = records.entities[relation.source], records.entities[relation.target]
        apply = self.editor.apply
        families = menu.addMenu("Family")
        for family in Family:
            act = families.addAction(
                style.family_style(str(family)).label,
                lambda f=family: apply(lambda: edits.retype_tie(source, target, relation.family, new_family=f)),
            )
            act.setCheckable(True)
            act.setChecked(family == relation.family)
            act.setEnabled(family != relation.family)
        menu.addAction("Type…", lambda: self._ask_text(
            "Type of tie", "What the tie says:", relation.type,
            lambda text: apply(lambda: edits.retype_tie(source, target, relation.family, new_type=text))))
        turn = menu.addAction("Turn round", lambda: apply(
            lambda: edits.retype_tie(source, target, relation.family, reverse=True)))
        turn.setEnabled(relation.family is not Family.ASSOCIATION)
        menu.addSeparator()
        if not relation.confirmed:
            menu.addAction("Confirm tie", lambda: apply(edits.confirm_tie(source, target, relation.family)))
        menu.addAction("Reject tie", lambda: apply(edits.reject_tie(source, target, relation.family)))
        return menu

    def mentions_menu(self, entity_id: int | None, doc_id: int) -> QMenu:
        """Split an entity by document: its mentions in one article are someone else ('Castro')."""
        menu = QMenu(self._parent)
        menu.setObjectName("mentionsMenu")
        records = self._records()
        entity = records.entities.get(entity_id) if entity_id is not None else None
        mentions = [m for m in entity.mentions if m.doc_id == doc_id] if entity else []
        if entity is None or not mentions:
            menu.addAction("No mentions here").setEnabled(False)
            return menu
        apply = self.editor.apply
        menu.addAction("Split off its mentions here as a new entity…", lambda: self._ask_text(
            "Split off", f"Name of the entity “{entity.name}” is in this document:", entity.name,
            lambda name: apply(lambda: edits.split(entity, mentions=mentions, name=name))))
        others = sorted((e for e in records.entities.values() if e.id != entity.id), key=lambda e: e.name.casefold())

        def move() -> None:
            labels = [f"{e.name} (e{e.id})" for e in others]
            dialog = QInputDialog(self._parent)
            dialog.setObjectName("askEntity")
            dialog.setWindowTitle("Move mentions")
            dialog.setLabelText(f"Whom do the {len(mentions)} mention(s) of “{entity.name}” here name?")
            dialog.setComboBoxItems(labels)
            dialog.setComboBoxEditable(False)
            dialog.textValueSelected.connect(lambda label: apply(lambda: edits.split(
                entity, into=others[labels.index(label)], mentions=mentions)))
            self._open(dialog)

        menu.addAction("Move its mentions here to another entity…", move).setEnabled(bool(others))
        return menu

    def document_menu(self, doc_id: int) -> QMenu:
        menu = QMenu(self._parent)
        menu.setObjectName("documentMenu")
        doc = self._records().documents.get(doc_id)
        if doc is None:
            return menu
        menu.addAction("Set date…", lambda: self._ask_text(
            "Document date", f"Date of “{doc.title[:80]}” (YYYY-MM-DD):", doc.published or "",
            lambda text: self.editor.apply(lambda: edits.set_date(doc, text))))
        return menu

    def reader_menu(self, reader: QWidget) -> QMenu:
        """Add the selected text as an entity, or a tie whose evidence is the sentence under the cursor."""
        menu = QMenu(self._parent)
        menu.setObjectName("readerMenu")
        project = self._project()
        doc_id = reader.doc_id
        if project is None or doc_id is None:
            menu.addAction("No document open").setEnabled(False)
            return menu
        text = project.document_text(doc_id)
        cursor = reader.browser.textCursor()
        start, end = (text_index(text, p) for p in (cursor.selectionStart(), cursor.selectionEnd()))
        selected = " ".join(text[start:end].split())
        add = menu.addMenu(f"Add “{selected[:40]}” as" if selected else "Add entity (select its name first)")
        add.setObjectName("addEntityMenu")
        add.setEnabled(bool(selected))
        for kind in Kind:
            add.addAction(style.kind_style(str(kind)).label,
                          lambda k=kind: self.editor.apply(lambda: edits.add_entity(selected, k)))
        menu.addAction("Add tie from this sentence…", lambda: self._add_tie(project, doc_id, start))
        menu.addAction("Copy", reader.browser.copy).setEnabled(bool(selected))
        return menu

    def fill_edit_menu(self, menu: QMenu, undo: QAction, redo: QAction) -> None:
        menu.addActions([undo, redo])
        menu.addSeparator()
        menu.addAction("Add entity…", self.add_entity)
        menu.addAction("Rejected names…", self.show_rejected)
        menu.addAction("Edit history…", self.show_log)

    # -- dialogs -------------------------------------------------------------------------------

    def _ask_text(self, title: str, label: str, value: str, done: Callable[[str], object]) -> None:
        dialog = QInputDialog(self._parent)
        dialog.setObjectName("askText")
        dialog.setWindowTitle(title)
        dialog.setLabelText(label)
        dialog.setTextValue(value)
        dialog.textValueSelected.connect(done)
        self._open(dialog)

    def _open(self, dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()

    def _merge(self, entity: EntityInfo) -> None:
        entities = self._records().entities
        dialog = MergeDialog(entity, entities.values(), self._parent)

        def accepted() -> None:
            chosen = [entities[i] for i in dialog.chosen() if i in entities]
            name = dialog.chosen_name()
            self.editor.apply(lambda: edits.merge([entity, *chosen], name=name))

        dialog.accepted.connect(accepted)
        self._open(dialog)

    def add_entity(self, name: str = "") -> None:
        """An entity by name: found in the articles, or known from outside them (then it has no mentions)."""
        if self._project() is None:
            return
        dialog = AddEntityDialog(name, self._parent)
        dialog.accepted.connect(lambda: self.editor.apply(lambda: edits.add_entity(*dialog.values())))
        self._open(dialog)

    def tie_by_note(self, entity: EntityInfo) -> None:
        """A tie no article states, known from outside them: the analyst's note stands as its evidence."""
        entities = self._records().entities
        dialog = AddTieDialog(None, list(entities.values()), [entity.id], self._parent)

        def accepted() -> None:
            source, target, family, type_ = dialog.values()
            note, day = dialog.note.text(), dialog.day()
            self.editor.apply(
                lambda: edits.add_tie(entities[source], entities[target], family, type_, None, note, day)
            )

        dialog.accepted.connect(accepted)
        self._open(dialog)

    def _add_tie(self, project: Project, doc_id: int, offset: int) -> None:
        try:
            sentence = project.sentence_at(doc_id, offset)
        except EditError as exc:
            self.editor.refused.emit(f"Not changed: {exc}.")
            return
        entities = self._records().entities
        named = [e for e in entities.values() if any(
            m.doc_id == doc_id and sentence.start <= m.start < sentence.end for m in e.mentions)]
        named.sort(key=lambda e: min(m.start for m in e.mentions if m.doc_id == doc_id and m.start >= sentence.start))
        dialog = AddTieDialog(sentence.text, list(entities.values()), [e.id for e in named], self._parent)

        def accepted() -> None:
            source, target, family, type_ = dialog.values()
            self.editor.apply(lambda: edits.add_tie(entities[source], entities[target], family, type_, sentence))

        dialog.accepted.connect(accepted)
        self._open(dialog)

    def show_rejected(self) -> None:
        project = self._project()
        if project is None:
            return
        dialog = RejectedNamesDialog(project.rejected_names(), self._parent)
        dialog.restoreRequested.connect(lambda name: self.editor.apply(lambda: edits.restore(name)))
        self._open(dialog)

    def show_log(self) -> None:
        project = self._project()
        if project is not None:
            self._open(EditLogDialog(project.edit_log(), self._parent))
