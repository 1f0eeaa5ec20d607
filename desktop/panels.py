"""Side panels: the documents list, the node panel and the edge (tie) panel.

Every string shown here comes from articles, so it goes into plain-text labels and item texts, never
into rich text. The panels hold no project: the window hands them records and listens to their signals.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core import style
from core.records import DocumentInfo, EntityInfo, RelationInfo, TextRef

ID_ROLE = Qt.ItemDataRole.UserRole
REF_ROLE = Qt.ItemDataRole.UserRole + 1

def kind_colour(kind: str) -> str:
    return style.kind_style(kind).color


def family_colour(family: str) -> str:
    """The family's line colour made opaque, for a chip that must stay readable."""
    colour = style.family_style(family).color
    if colour.startswith("rgba("):
        r, g, b, _a = (part.strip() for part in colour[5:-1].split(","))
        return f"rgb({r}, {g}, {b})"
    return colour


def plain_label(text: str = "", object_name: str = "") -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setText(text)
    if object_name:
        label.setObjectName(object_name)
    return label


def chip(text: str, colour: str) -> QLabel:
    label = plain_label(text, "chip")
    label.setWordWrap(False)
    label.setStyleSheet(f"background:{colour}; color:#10131a; border-radius:8px; padding:1px 8px; font-weight:600;")
    label.setSizePolicy(label.sizePolicy().Policy.Maximum, label.sizePolicy().Policy.Fixed)
    return label


def one_line(text: str) -> str:
    return " ".join(text.split())


def _tree(headers: list[str]) -> QTreeWidget:
    tree = QTreeWidget()
    tree.setHeaderLabels(headers)
    tree.setHeaderHidden(len(headers) == 1)
    tree.setRootIsDecorated(True)
    tree.setUniformRowHeights(False)
    tree.setWordWrap(True)
    tree.setAcceptDrops(False)
    tree.setFrameShape(QFrame.Shape.NoFrame)
    tree.header().setStretchLastSection(True)
    return tree


class DocumentList(QWidget):
    """Every document in the project; activating one opens it in the reader."""

    documentActivated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tree = _tree(["Title", "Date"])
        self.tree.setRootIsDecorated(False)
        self.tree.setWordWrap(False)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemActivated.connect(lambda item, _col: self.documentActivated.emit(item.data(0, ID_ROLE)))
        self.tree.itemDoubleClicked.connect(lambda item, _col: self.documentActivated.emit(item.data(0, ID_ROLE)))
        self._count = plain_label("", "sectionTitle")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._count)
        layout.addWidget(self.tree)

    def set_documents(self, documents: Iterable[DocumentInfo]) -> None:
        self.tree.clear()
        docs = list(documents)
        for doc in docs:
            item = QTreeWidgetItem([one_line(doc.title) or doc.path, doc.published or ""])
            item.setData(0, ID_ROLE, doc.id)
            self.tree.addTopLevelItem(item)
        self._count.setText(f"Documents ({len(docs)})")

    def item_for(self, doc_id: int) -> QTreeWidgetItem | None:
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item.data(0, ID_ROLE) == doc_id:
                return item
        return None

    def titles(self) -> list[str]:
        return [self.tree.topLevelItem(i).text(0) for i in range(self.tree.topLevelItemCount())]


class NodePanel(QWidget):
    """One entity: name, kind, aliases, the documents that mention it and its ties grouped by type."""

    relationActivated = Signal(int)
    documentActivated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entity_id: int | None = None
        self.name = plain_label("", "panelTitle")
        self._kind_row = QHBoxLayout()
        self._kind_row.setContentsMargins(0, 0, 0, 0)
        self._kind_holder = QWidget()
        self._kind_holder.setLayout(self._kind_row)
        self.aliases = plain_label("", "muted")
        self.documents = _tree(["Mentioned in"])
        self.documents.setRootIsDecorated(False)
        self.documents.setHeaderHidden(False)
        self.ties = _tree(["Ties"])
        self.ties.setHeaderHidden(False)
        self.documents.itemClicked.connect(self._document_clicked)
        self.ties.itemClicked.connect(self._tie_clicked)
        self.ties.itemActivated.connect(self._tie_clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 6)
        layout.setSpacing(6)
        layout.addWidget(self.name)
        layout.addWidget(self._kind_holder)
        layout.addWidget(self.aliases)
        layout.addWidget(self.documents, 2)
        layout.addWidget(self.ties, 3)

    def show_entity(
        self,
        entity: EntityInfo,
        relations: Iterable[RelationInfo],
        names: Mapping[int, str],
        documents: Mapping[int, DocumentInfo],
    ) -> None:
        self.entity_id = entity.id
        self.name.setText(entity.name)
        while self._kind_row.count():
            widget = self._kind_row.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        self._kind_row.addWidget(chip(style.kind_style(str(entity.kind)).label, kind_colour(str(entity.kind))))
        self._kind_row.addWidget(plain_label(f"{len(entity.mentions)} mentions", "muted"))
        self._kind_row.addStretch(1)
        others = [a for a in entity.aliases if a != entity.name]
        self.aliases.setText("Also called: " + ", ".join(others) if others else "")
        self.aliases.setVisible(bool(others))

        self.documents.clear()
        counts: dict[int, int] = defaultdict(int)
        for m in entity.mentions:
            counts[m.doc_id] += 1
        for doc_id in entity.doc_ids:
            doc = documents.get(doc_id)
            title = one_line(doc.title) if doc else f"Document {doc_id}"
            item = QTreeWidgetItem([f"{title}  ({counts[doc_id]})"])
            item.setData(0, ID_ROLE, doc_id)
            self.documents.addTopLevelItem(item)
        self.documents.setHeaderLabels([f"Mentioned in {len(entity.doc_ids)} documents"])

        self.ties.clear()
        by_type: dict[str, list[RelationInfo]] = defaultdict(list)
        for r in relations:
            if entity.id in (r.source, r.target):
                by_type[r.type].append(r)
        total = 0
        for rel_type in sorted(by_type, key=lambda t: (-len(by_type[t]), t)):
            group = QTreeWidgetItem([f"{rel_type}  ({len(by_type[rel_type])})"])
            group.setFlags(group.flags() & ~Qt.ItemFlag.ItemIsSelectable)
            self.ties.addTopLevelItem(group)
            for r in sorted(by_type[rel_type], key=lambda r: -len(r.evidence)):
                arrow = "→" if r.source == entity.id else "←"
                text = f"{arrow} {names.get(r.target if r.source == entity.id else r.source, '?')}"
                child = QTreeWidgetItem([f"{text}   · {len(r.evidence)} sentence{'s' * (len(r.evidence) != 1)}"])
                child.setData(0, ID_ROLE, r.id)
                group.addChild(child)
                total += 1
            group.setExpanded(True)
        self.ties.setHeaderLabels([f"Ties ({total})"])

    def tie_item(self, relation_id: int) -> QTreeWidgetItem | None:
        for i in range(self.ties.topLevelItemCount()):
            group = self.ties.topLevelItem(i)
            for j in range(group.childCount()):
                if group.child(j).data(0, ID_ROLE) == relation_id:
                    return group.child(j)
        return None

    def _tie_clicked(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        relation_id = item.data(0, ID_ROLE)
        if relation_id is not None:
            self.relationActivated.emit(relation_id)
        else:
            item.setExpanded(not item.isExpanded())

    def _document_clicked(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        self.documentActivated.emit(item.data(0, ID_ROLE))


class EdgePanel(QWidget):
    """One tie: source –type→ target, its family, and every evidence sentence grouped by document."""

    evidenceActivated = Signal(object)  # TextRef
    nodeActivated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.relation_id: int | None = None
        self._source_id = self._target_id = 0
        self.source = QPushButton()
        self.target = QPushButton()
        for button in (self.source, self.target):
            button.setObjectName("entityLink")
            button.setFlat(True)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.source.clicked.connect(lambda: self.nodeActivated.emit(self._source_id))
        self.target.clicked.connect(lambda: self.nodeActivated.emit(self._target_id))
        self.type = plain_label("", "relType")
        self.type.setWordWrap(False)
        self.family_row = QHBoxLayout()
        self.family_row.setContentsMargins(0, 0, 0, 0)
        family_holder = QWidget()
        family_holder.setLayout(self.family_row)
        self.evidence = _tree(["Evidence"])
        self.evidence.setHeaderHidden(False)
        self.evidence.itemClicked.connect(self._evidence_clicked)
        self.evidence.itemActivated.connect(self._evidence_clicked)

        title = QHBoxLayout()
        title.setSpacing(6)
        title.addWidget(self.source)
        title.addWidget(self.type)
        title.addWidget(self.target)
        title.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 6)
        layout.setSpacing(6)
        layout.addLayout(title)
        layout.addWidget(family_holder)
        layout.addWidget(self.evidence, 1)

    def show_relation(
        self, relation: RelationInfo, names: Mapping[int, str], documents: Mapping[int, DocumentInfo]
    ) -> None:
        self.relation_id = relation.id
        self._source_id, self._target_id = relation.source, relation.target
        self.source.setText(_button_text(names.get(relation.source, "?")))
        self.target.setText(_button_text(names.get(relation.target, "?")))
        self.type.setText(f"—{relation.type}→")
        while self.family_row.count():
            widget = self.family_row.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        family = str(relation.family)
        self.family_row.addWidget(chip(style.family_style(family).label, family_colour(family)))
        self.family_row.addWidget(
            plain_label(f"{len(relation.evidence)} sentences in {len(relation.doc_ids)} documents", "muted")
        )
        self.family_row.addStretch(1)

        self.evidence.clear()
        by_doc: dict[int, list[TextRef]] = defaultdict(list)
        for ref in relation.evidence:
            by_doc[ref.doc_id].append(ref)
        for doc_id in sorted(by_doc):
            doc = documents.get(doc_id)
            group = QTreeWidgetItem([one_line(doc.title) if doc else f"Document {doc_id}"])
            group.setFlags(group.flags() & ~Qt.ItemFlag.ItemIsSelectable)
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            self.evidence.addTopLevelItem(group)
            for ref in sorted(by_doc[doc_id], key=lambda r: r.start):
                child = QTreeWidgetItem([f"“{one_line(ref.text)}”"])
                child.setData(0, REF_ROLE, ref)
                group.addChild(child)
            group.setExpanded(True)
        self.evidence.setHeaderLabels([f"Evidence ({len(relation.evidence)})"])

    def evidence_items(self) -> list[QTreeWidgetItem]:
        items = []
        for i in range(self.evidence.topLevelItemCount()):
            group = self.evidence.topLevelItem(i)
            items += [group.child(j) for j in range(group.childCount())]
        return items

    def _evidence_clicked(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        ref = item.data(0, REF_ROLE)
        if ref is not None:
            self.evidenceActivated.emit(ref)


def _button_text(text: str) -> str:
    # a QPushButton treats "&" as a mnemonic marker; double it so names show as written
    return text.replace("&", "&&")


class DetailsPanel(QStackedWidget):
    """Hint, node panel or edge panel: whichever the last click asked for."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hint = plain_label(
            "Click a node to see who it is and whom it is tied to.\nClick a tie to read the sentences behind it.",
            "hint",
        )
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.node = NodePanel()
        self.edge = EdgePanel()
        self.addWidget(self.hint)
        self.addWidget(self.node)
        self.addWidget(self.edge)

    def show_hint(self) -> None:
        self.setCurrentWidget(self.hint)
