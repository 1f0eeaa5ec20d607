"""Dialogs for the analyst's edits: merge, add an entity or a tie, the rejected names and the edit history.

Names and sentences come from articles or from the analyst: they go into widgets as plain text only.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core import edits, style
from core.edits import LogEntry
from core.model import Family, Kind
from core.records import EntityInfo

ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _plain(text: str, wrap: bool = True) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    return label


def _entry(entity: EntityInfo) -> str:
    return f"{entity.name}  ·  {style.kind_style(str(entity.kind)).label}"


class MergeDialog(QDialog):
    """Merge one entity with others: tick them, then keep one of the names or type a new one."""

    def __init__(self, entity: EntityInfo, others: Iterable[EntityInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mergeDialog")
        self.setWindowTitle("Merge entities")
        self.entity = entity
        self.filter = QLineEdit()
        self.filter.setPlaceholderText("Filter…")
        self.filter.textChanged.connect(self._filter)
        self.list = QListWidget()
        others = [e for e in others if e.id != entity.id]
        likely = edits.similar(entity.name, others)  # 'IRGC Navy' → 'Islamic Revolutionary Guard Corps Navy' on top
        rest = sorted((e for e in others if e not in likely), key=lambda e: e.name.casefold())
        for other in [*likely, *rest]:
            item = QListWidgetItem(_entry(other))
            item.setData(ID_ROLE, other.id)
            item.setData(ID_ROLE + 1, other.name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.itemChanged.connect(lambda _item: self._names())
        self.name = QComboBox()
        self.name.setEditable(True)
        self.name.setObjectName("mergeName")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Merge")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(_plain(f"Merge “{entity.name}” with:"))
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        form = QFormLayout()
        form.addRow("Name of the merged entity", self.name)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(420, 480)
        self._names()

    def item_for(self, entity_id: int) -> QListWidgetItem | None:
        return next((self.list.item(i) for i in range(self.list.count()) if self.list.item(i).data(ID_ROLE) ==
                     entity_id), None)

    def chosen(self) -> list[int]:
        return [
            self.list.item(i).data(ID_ROLE)
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        ]

    def chosen_name(self) -> str:
        return self.name.currentText()

    def _names(self) -> None:
        typed = self.name.currentText()
        names = [self.entity.name] + [
            self.list.item(i).data(ID_ROLE + 1)
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        ]
        self.name.blockSignals(True)
        self.name.clear()
        self.name.addItems(list(dict.fromkeys(names)))
        self.name.setCurrentText(typed if typed and typed not in names[:1] else names[0])
        self.name.blockSignals(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(len(names) > 1)

    def _filter(self, text: str) -> None:
        key = text.casefold().strip()
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setHidden(bool(key) and key not in item.text().casefold())


class AddEntityDialog(QDialog):
    """An entity by name and kind, known from the articles or from outside them (a registry, a filing)."""

    def __init__(self, name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("addEntityDialog")
        self.setWindowTitle("Add an entity")
        self.name = QLineEdit(name)
        self.name.setObjectName("entityName")
        self.name.setPlaceholderText("e.g. a firm or a ship from a registry")
        self.kind = QComboBox()
        self.kind.setObjectName("entityKind")
        for kind in Kind:
            self.kind.addItem(style.kind_style(str(kind)).label, str(kind))
        self.kind.setPlaceholderText("Choose…")
        self.kind.setCurrentIndex(-1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Add entity")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name.textChanged.connect(self._ready)
        self.kind.currentIndexChanged.connect(self._ready)
        hint = _plain("Its mentions are found in every article, now and later; it may have none, and then it "
                      "stands on your word alone (tie it by hand, with a note).")
        hint.setObjectName("muted")
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.addRow("Name", self.name)
        form.addRow("Kind", self.kind)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)
        self._ready()

    def values(self) -> tuple[str, str]:
        return self.name.text(), self.kind.currentData()

    def _ready(self) -> None:
        ok = bool(self.name.text().strip()) and self.kind.currentIndex() >= 0
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)


class AddTieDialog(QDialog):
    """A tie stated by one sentence (its ends named in the sentence first), or, with no sentence, known from
    outside the articles on the analyst's note: its two ends, family and type."""

    def __init__(
        self,
        sentence: str | None,
        entities: Sequence[EntityInfo],
        named: Iterable[int],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("addTieDialog")
        self.setWindowTitle("Add a tie")
        by_id = {e.id: e for e in entities}
        first = [by_id[i] for i in dict.fromkeys(named) if i in by_id]
        rest = sorted((e for e in by_id.values() if e.id not in {f.id for f in first}), key=lambda e: e.name.casefold())
        ordered = first + rest
        self.source, self.target = QComboBox(), QComboBox()
        for box in (self.source, self.target):
            box.setEditable(False)
            for e in ordered:
                box.addItem(_entry(e), e.id)
        self.source.setObjectName("tieSource")
        self.target.setObjectName("tieTarget")
        if len(ordered) > 1:
            self.target.setCurrentIndex(1)
        swap = QPushButton("⇅ Swap")
        swap.clicked.connect(self._swap)
        self.family = QComboBox()
        self.family.setObjectName("tieFamily")
        for family in Family:
            self.family.addItem(style.family_style(str(family)).label, str(family))
        # no family chosen for the analyst: 'attacked' went in as Leadership, the first in the list, unnoticed
        self.family.setPlaceholderText("Choose…")
        self.family.setCurrentIndex(-1)
        self.type = QLineEdit()
        self.type.setObjectName("tieType")
        self.type.setPlaceholderText("e.g. met, seized, sanctions")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Add tie")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.type.textChanged.connect(self._ready)
        self.family.currentIndexChanged.connect(self._ready)
        self.source.currentIndexChanged.connect(self._ready)
        self.target.currentIndexChanged.connect(self._ready)
        self.note = QLineEdit()
        self.note.setObjectName("tieNote")
        self.note.setPlaceholderText("where it is known from, e.g. a registry extract")
        self.note.textChanged.connect(self._ready)
        self.when = QLineEdit()
        self.when.setObjectName("tieDate")
        self.when.setPlaceholderText("YYYY-MM-DD, optional: when it held, for views of a period")
        self.when.textChanged.connect(self._ready)
        self.by_note = sentence is None
        layout = QVBoxLayout(self)
        if sentence is not None:
            quote = _plain(f"“{sentence}”")
            quote.setObjectName("muted")
            layout.addWidget(_plain("Evidence:"))
            layout.addWidget(quote)
        else:
            layout.addWidget(_plain("No article states this tie: your note stands as its evidence."))
        form = QFormLayout()
        form.addRow("From", self.source)
        form.addRow("", swap)
        form.addRow("To", self.target)
        form.addRow("Family", self.family)
        form.addRow("Type", self.type)
        if self.by_note:
            form.addRow("Note", self.note)
            form.addRow("Date", self.when)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)
        self._ready()

    def values(self) -> tuple[int, int, str, str]:
        return self.source.currentData(), self.target.currentData(), self.family.currentData(), self.type.text()

    def day(self) -> str | None:
        """The date typed for a tie on a note (checked by ``_ready``), or None."""
        return self.when.text().strip() or None

    def _swap(self) -> None:
        s, t = self.source.currentIndex(), self.target.currentIndex()
        self.source.setCurrentIndex(t)
        self.target.setCurrentIndex(s)

    def _ready(self) -> None:
        ok = bool(self.type.text().strip()) and self.source.currentData() != self.target.currentData()
        ok = ok and self.family.currentIndex() >= 0 and (not self.by_note or bool(self.note.text().strip()))
        ok = ok and (self.day() is None or _is_day(self.day()))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)


def _is_day(text: str) -> bool:
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True


class RejectedNamesDialog(QDialog):
    """The names the analyst rejected; restoring one lets the machine make it an entity again."""

    restoreRequested = Signal(str)

    def __init__(self, names: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rejectedDialog")
        self.setWindowTitle("Rejected names")
        self.list = QListWidget()
        self.list.addItems(list(names))
        self.restore = QPushButton("Restore")
        self.restore.setObjectName("restoreName")
        self.restore.setEnabled(False)
        self.list.currentRowChanged.connect(lambda row: self.restore.setEnabled(row >= 0))
        self.restore.clicked.connect(self._restore)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(_plain("Never made an entity again, also in articles added later:"))
        layout.addWidget(self.list, 1)
        if not names:
            layout.addWidget(_plain("No name is rejected."))
        layout.addWidget(self.restore, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(close)
        self.resize(360, 360)

    def _restore(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.restoreRequested.emit(item.text())
            self.list.takeItem(self.list.row(item))


class EditLogDialog(QDialog):
    """Every edit, newest last, with whether it still applies to the network."""

    def __init__(self, log: Sequence[LogEntry], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("editLogDialog")
        self.setWindowTitle("Edit history")
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(["#", "When (UTC)", "Edit", "Now"])
        self.tree.setRootIsDecorated(False)
        for entry in log:
            state = "undone" if entry.undone else entry.status
            item = QTreeWidgetItem([str(entry.id), entry.at.replace("T", " ")[:19], entry.summary, state])
            item.setToolTip(2, entry.summary)  # a long merge is elided in its column
            if state not in ("applied", "undone"):
                item.setToolTip(3, state)
            self.tree.addTopLevelItem(item)
        # sized by the header as shown (styled fonts): the time was cut to '14:17…' and the edit ran off the side
        header = self.tree.header()
        header.setStretchLastSection(False)
        for column, mode in enumerate((QHeaderView.ResizeMode.ResizeToContents,) * 2
                                      + (QHeaderView.ResizeMode.Stretch, QHeaderView.ResizeMode.ResizeToContents)):
            header.setSectionResizeMode(column, mode)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if not log:
            layout.addWidget(_plain("No edits yet: the network is as the machine drew it."))
        layout.addWidget(self.tree, 1)
        layout.addWidget(close)
        self.resize(860, 420)
