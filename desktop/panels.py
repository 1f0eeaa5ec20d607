"""Side panels: the documents list, the node panel and the edge (tie) panel.

Every string shown here comes from articles, so it goes into plain-text labels and item texts, never
into rich text. The panels hold no project: the window hands them records and listens to their signals.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from pathlib import Path

from markupsafe import escape
from PySide6.QtCore import QModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QIcon, QPainter, QPixmap, QResizeEvent, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTabWidget,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core import style
from core.records import NOTE_PREFIX, DocumentInfo, EntityInfo, RelationInfo, TextRef, analyst_note, unmentioned

ID_ROLE = Qt.ItemDataRole.UserRole
REF_ROLE = Qt.ItemDataRole.UserRole + 1
META_ROLE = Qt.ItemDataRole.UserRole + 2


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


def safe_tooltip(text: str) -> str:
    """Tooltips render anything that looks like HTML; escaping and wrapping keeps article text literal."""
    return str(escape(text).join(("<p>", "</p>")))


class _WrapDelegate(QStyledItemDelegate):
    """Rows as tall as their wrapped text: QTreeView alone elides long sentences to one line."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        base = super().sizeHint(option, index)
        view = self.parent()
        assert isinstance(view, QTreeWidget)
        depth = 0
        parent = index.parent()
        while parent.isValid():
            depth += 1
            parent = parent.parent()
        width = view.viewport().width() - view.indentation() * (depth + int(view.rootIsDecorated())) - 16
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        font = index.data(Qt.ItemDataRole.FontRole) or option.font
        flags = int(Qt.TextFlag.TextWordWrap)
        height = QFontMetrics(font).boundingRect(QRect(0, 0, max(width, 80), 100_000), flags, text).height()
        return QSize(base.width(), max(base.height(), height + 8))

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        super().initStyleOption(option, index)
        option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
        option.textElideMode = Qt.TextElideMode.ElideNone


class _WrappingTree(QTreeWidget):
    def __init__(self) -> None:
        super().__init__()
        self.setItemDelegate(_WrapDelegate(self))
        self.setWordWrap(True)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.scheduleDelayedItemsLayout()  # wrapped heights depend on the width


def _tree(headers: list[str], wrap: bool = False) -> QTreeWidget:
    tree = _WrappingTree() if wrap else QTreeWidget()
    tree.setHeaderLabels(headers)
    tree.setHeaderHidden(len(headers) == 1)
    tree.setRootIsDecorated(True)
    tree.setUniformRowHeights(False)
    tree.setWordWrap(True)
    tree.setAcceptDrops(False)
    tree.setFrameShape(QFrame.Shape.NoFrame)
    tree.header().setStretchLastSection(True)
    return tree


class _DocumentDelegate(QStyledItemDelegate):
    """A document as a small card: the title wrapped over up to three lines, then a muted line of facts."""

    PAD = 8
    MAX_TITLE_LINES = 3

    def _title_font(self, option: QStyleOptionViewItem) -> QFont:
        font = QFont(option.font)
        font.setWeight(QFont.Weight.DemiBold)
        return font

    def _title_rect(self, option: QStyleOptionViewItem, text: str, width: int) -> QRect:
        metrics = QFontMetrics(self._title_font(option))
        rect = metrics.boundingRect(QRect(0, 0, width, 100_000), int(Qt.TextFlag.TextWordWrap), text)
        rect.setHeight(min(rect.height(), metrics.lineSpacing() * self.MAX_TITLE_LINES))
        return rect

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        view = self.parent()
        assert isinstance(view, QTreeWidget)
        width = max(view.viewport().width() - 2 * self.PAD, 80)
        title = self._title_rect(option, str(index.data(Qt.ItemDataRole.DisplayRole) or ""), width)
        meta = QFontMetrics(option.font).lineSpacing()
        return QSize(width, title.height() + meta + 3 * self.PAD - 2)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        title, opt.text = opt.text, ""
        style_ = opt.widget.style() if opt.widget else QApplication.style()
        style_.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        box = option.rect.adjusted(self.PAD, self.PAD, -self.PAD, -self.PAD)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.setFont(self._title_font(option))
        painter.setPen(QColor("#ffffff" if selected else style.TEXT))
        metrics = QFontMetrics(painter.font())
        lines = _wrap(title, metrics, box.width(), self.MAX_TITLE_LINES)
        for i, line in enumerate(lines):
            painter.drawText(box.left(), box.top() + metrics.ascent() + i * metrics.lineSpacing(), line)
        painter.setFont(option.font)
        painter.setPen(QColor("#c9d6ee" if selected else style.TEXT_MUTED))
        meta = str(index.data(META_ROLE) or "")
        meta_metrics = QFontMetrics(option.font)
        top = box.top() + len(lines) * metrics.lineSpacing() + self.PAD // 2
        meta = meta_metrics.elidedText(meta, Qt.TextElideMode.ElideRight, box.width())
        painter.drawText(box.left(), top + meta_metrics.ascent(), meta)
        painter.restore()


def _wrap(text: str, metrics: QFontMetrics, width: int, max_lines: int) -> list[str]:
    """Greedy word wrap, the last line elided: QPainter cannot elide a wrapped paragraph by itself."""
    lines: list[str] = []
    words = text.split()
    current = ""
    while words:
        candidate = f"{current} {words[0]}".strip()
        if metrics.horizontalAdvance(candidate) <= width or not current:
            current = candidate
            words.pop(0)
            continue
        lines.append(current)
        current = ""
        if len(lines) == max_lines - 1:
            break
    rest = " ".join([current, *words]).strip()
    if rest:
        lines.append(metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width))
    return lines or [""]


class DocumentList(QWidget):
    """Every document in the project; activating one (double click, Enter) opens it in the reader."""

    documentActivated = Signal(int)
    addRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tree = _WrappingTree()
        self.tree.setItemDelegate(_DocumentDelegate(self.tree))
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(False)
        self.tree.setIndentation(0)
        self.tree.setAcceptDrops(False)
        self.tree.setFrameShape(QFrame.Shape.NoFrame)
        self.tree.setUniformRowHeights(False)
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tree.itemActivated.connect(lambda item, _col: self.documentActivated.emit(item.data(0, ID_ROLE)))
        self.tree.itemDoubleClicked.connect(lambda item, _col: self.documentActivated.emit(item.data(0, ID_ROLE)))
        self._count = plain_label("", "sectionTitle")

        self.empty = QWidget()
        self.empty.setObjectName("emptyDocs")
        empty_col = QVBoxLayout(self.empty)
        empty_col.setContentsMargins(18, 18, 18, 18)
        empty_col.addStretch(1)
        empty_col.addWidget(plain_label("No articles yet", "emptyTitle"))
        empty_col.addWidget(
            plain_label("Drop files or folders anywhere on the window: text, Markdown, HTML, PDF or Word.", "muted")
        )
        add = QPushButton("Add articles…")
        add.setObjectName("primary")
        add.clicked.connect(self.addRequested)
        empty_col.addWidget(add, 0, Qt.AlignmentFlag.AlignLeft)
        empty_col.addStretch(2)
        self._stack = QStackedWidget()
        self._stack.addWidget(self.empty)
        self._stack.addWidget(self.tree)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._count)
        layout.addWidget(self._stack)

    def set_documents(self, documents: Iterable[DocumentInfo], entity_counts: Mapping[int, int] | None = None) -> None:
        self.tree.clear()
        # newest first, undated ones after them in the order they were added
        docs = list(documents)
        dated = sorted((d for d in docs if d.published), key=lambda d: d.published or "", reverse=True)
        docs = dated + [d for d in docs if not d.published]
        counts = entity_counts or {}
        for doc in docs:
            item = QTreeWidgetItem([one_line(doc.title) or Path(doc.path).name])
            item.setData(0, ID_ROLE, doc.id)
            # the short facts first, so that eliding a long file name never hides them
            date = f"{doc.published} (set)" if doc.published and doc.date_origin == "analyst" else doc.published or ""
            facts = [f"{counts[doc.id]} entities" if doc.id in counts else "", date, Path(doc.path).name]
            item.setData(0, META_ROLE, " · ".join(f for f in facts if f))
            item.setToolTip(0, safe_tooltip(f"{one_line(doc.title)}\n{doc.path}"))
            self.tree.addTopLevelItem(item)
        self._count.setText(f"Documents ({len(docs)})")
        self._stack.setCurrentWidget(self.tree if docs else self.empty)

    def item_for(self, doc_id: int) -> QTreeWidgetItem | None:
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item.data(0, ID_ROLE) == doc_id:
                return item
        return None

    def titles(self) -> list[str]:
        return [self.tree.topLevelItem(i).text(0) for i in range(self.tree.topLevelItemCount())]


def provenance(origin: str, confirmed: bool, notes: Iterable[str]) -> str:
    """Who made what, in a line or two: the machine, or the analyst and what they did."""
    head = "Made by the analyst" if origin == "analyst" else (
        "Found by the machine, confirmed by the analyst" if confirmed else "Found by the machine"
    )
    # the analyst's note on a tie is shown as its evidence, not repeated here
    done = [n for n in notes if n not in ("added by the analyst", "confirmed by the analyst")
            and not n.startswith(NOTE_PREFIX)]
    return head + ("; " + "; ".join(done) if done else "") + "."


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
        self.provenance = plain_label("", "muted")  # who made what: the analyst's edits, in words
        self.provenance.setObjectName("provenance")
        self.outside = plain_label(
            "Known from outside the articles: its ties rest on the analyst's notes, not on sentences.", "muted"
        )
        self.outside.setObjectName("outsideNote")
        self.outside.hide()
        self.documents = _tree(["Mentioned in"])
        self.documents.setRootIsDecorated(False)
        self.ties = _tree(["Ties"])
        # ties and documents as tabs: each list gets the panel's full height instead of a few cramped rows
        self.tabs = QTabWidget()
        self.tabs.setObjectName("nodeTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.ties, "Ties")
        self.tabs.addTab(self.documents, "Documents")
        self.documents.itemClicked.connect(self._document_clicked)
        self.ties.itemClicked.connect(self._tie_clicked)
        self.ties.itemActivated.connect(self._tie_clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 6)
        layout.setSpacing(6)
        layout.addWidget(self.name)
        layout.addWidget(self._kind_holder)
        layout.addWidget(self.aliases)
        layout.addWidget(self.provenance)
        layout.addWidget(self.outside)
        layout.addWidget(self.tabs, 1)

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
        outside = unmentioned(entity)
        count = "no mentions" if outside else f"{len(entity.mentions)} mentions"
        self._kind_row.addWidget(plain_label(count, "muted"))
        self._kind_row.addStretch(1)
        others = [a for a in entity.aliases if a != entity.name]
        self.aliases.setText("Also called: " + ", ".join(others) if others else "")
        self.aliases.setVisible(bool(others))
        self.provenance.setText(provenance(entity.origin, entity.confirmed, entity.notes))

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
        if outside:  # known from outside the articles: say so rather than show an empty list
            item = QTreeWidgetItem(["Added by the analyst: no article mentions it."])
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsSelectable)
            self.documents.addTopLevelItem(item)
        self.outside.setVisible(outside)
        docs = len(entity.doc_ids)
        self.tabs.setTabText(1, f"Mentioned in {docs} {_plural('document', docs)}")

        self.ties.clear()
        by_type: dict[str, list[RelationInfo]] = defaultdict(list)
        for r in relations:
            if entity.id in (r.source, r.target):
                by_type[r.type].append(r)
        total = 0

        def co_occurrence(rel_type: str) -> bool:
            return all(str(r.family) in style.HIDDEN_FAMILIES for r in by_type[rel_type])

        # stated ties first, biggest groups first; co-occurrence ties (hidden in the network by default) last,
        # folded, so that they do not push what the articles state out of sight
        for rel_type in sorted(by_type, key=lambda t: (co_occurrence(t), -len(by_type[t]), t)):
            folded = co_occurrence(rel_type)
            label = f"{rel_type}  ({len(by_type[rel_type])})"
            group = QTreeWidgetItem([label + ("  · same sentence only" if folded else "")])
            group.setFlags(group.flags() & ~Qt.ItemFlag.ItemIsSelectable)
            self.ties.addTopLevelItem(group)
            for r in sorted(by_type[rel_type], key=lambda r: -len(r.evidence)):
                arrow = "→" if r.source == entity.id else "←"
                text = f"{arrow} {names.get(r.target if r.source == entity.id else r.source, '?')}"
                mark = "  · the analyst's" if r.origin == "analyst" else ("  · confirmed" if r.confirmed else "")
                n = len(r.evidence)
                said = f"{n} sentence{'s' * (n != 1)}" if n else "the analyst's note"
                child = QTreeWidgetItem([f"{text}   · {said}{mark}"])
                child.setData(0, ID_ROLE, r.id)
                group.addChild(child)
                total += 1
            group.setExpanded(not folded)
        self.tabs.setTabText(0, f"Ties ({total})")
        self.tabs.setCurrentIndex(0)

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
        # one wrapping line "source —type→ target" with the names as links: long names wrap instead of
        # widening the panel (and squeezing the network) whenever a tie is clicked
        self.title = QLabel()
        self.title.setObjectName("edgeTitle")
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.title.linkActivated.connect(self._link)
        self.family_row = QHBoxLayout()
        self.family_row.setContentsMargins(0, 0, 0, 0)
        family_holder = QWidget()
        family_holder.setLayout(self.family_row)
        self.evidence = _tree(["Evidence"], wrap=True)
        self.evidence.setHeaderHidden(False)
        self.evidence.itemClicked.connect(self._evidence_clicked)
        self.evidence.itemActivated.connect(self._evidence_clicked)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 6)
        layout.setSpacing(6)
        self.note = plain_label(
            "A co-occurrence: the two are named in the same sentence, but the articles do not say how they are "
            "related. Such ties are hidden in the network unless chosen under Ties.",
            "muted",
        )
        self.note.hide()
        self.provenance = plain_label("", "muted")
        self.provenance.setObjectName("provenance")
        layout.addWidget(self.title)
        layout.addWidget(family_holder)
        layout.addWidget(self.provenance)
        layout.addWidget(self.note)
        layout.addWidget(self.evidence, 1)

    def show_relation(
        self, relation: RelationInfo, names: Mapping[int, str], documents: Mapping[int, DocumentInfo]
    ) -> None:
        self.relation_id = relation.id
        self._source_id, self._target_id = relation.source, relation.target
        directed = style.family_style(str(relation.family)).directed

        def link(key: str, name: str) -> str:  # names are article text: escaped, never markup
            return f'<a href="{key}" style="color: #8db4ff; text-decoration: none;">{escape(name)}</a>'

        self.title.setText(
            link("source", names.get(relation.source, "?"))
            + f' <span style="color: {style.TEXT_MUTED}; font-weight: 400; font-size: 12pt;">'
            + f"—{escape(relation.type)}{'→' if directed else '—'}</span> "
            + link("target", names.get(relation.target, "?"))
        )
        while self.family_row.count():
            widget = self.family_row.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        family = str(relation.family)
        self.family_row.addWidget(chip(style.family_style(family).label, family_colour(family)))
        sentences, docs = len(relation.evidence), len(relation.doc_ids)
        facts = f"{sentences} {_plural('sentence', sentences)} in {docs} {_plural('document', docs)}"
        note = analyst_note(relation.notes) if not relation.evidence else ""
        facts = "no article states it: the analyst's note" if note else facts
        counts = plain_label(facts, "muted")
        counts.setWordWrap(False)
        self.family_row.addWidget(counts)
        self.family_row.addStretch(1)
        self.note.setVisible(family in style.HIDDEN_FAMILIES)
        self.provenance.setText(provenance(relation.origin, relation.confirmed, relation.notes))

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
        if note:  # stated by no article: the analyst's own words stand where the sentences would
            item = QTreeWidgetItem([f"The analyst's note: {one_line(note)}"])
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsSelectable)
            self.evidence.addTopLevelItem(item)
        self.evidence.setHeaderLabels([f"Evidence ({len(relation.evidence)})"])

    def title_text(self) -> str:
        """The title as the user reads it."""
        doc = QTextDocument()
        doc.setHtml(self.title.text())
        return doc.toPlainText()

    def _link(self, key: str) -> None:
        self.nodeActivated.emit(self._source_id if key == "source" else self._target_id)

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


def _plural(word: str, n: int) -> str:
    if n == 1:
        return word
    return word[:-1] + "ies" if word.endswith("y") else word + "s"


class Overview(QWidget):
    """What the details area shows before any click: the most connected entities, one click away."""

    entityActivated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = plain_label("Overview", "panelTitle")
        self.summary = plain_label("", "muted")
        self.hint = plain_label(
            "Click a node to see who it is and whom it is tied to; click a tie to read the "
            "sentences behind it. Drop articles anywhere on the window to add them.",
            "muted",
        )
        self.top = _tree(["Most connected"])
        self.top.setHeaderHidden(False)
        self.top.setRootIsDecorated(False)
        self.top.setColumnCount(2)
        self.top.setHeaderLabels(["Most connected", "Ties"])
        self.top.header().setStretchLastSection(False)
        self.top.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.top.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.top.setSortingEnabled(True)
        self._entities: Mapping[int, EntityInfo] = {}
        self.top.itemClicked.connect(lambda item, _c: self.entityActivated.emit(item.data(0, ID_ROLE)))
        self.top.itemActivated.connect(lambda item, _c: self.entityActivated.emit(item.data(0, ID_ROLE)))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 6)
        layout.setSpacing(6)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(self.hint)
        layout.addWidget(self.top, 100)
        layout.addStretch(1)  # keeps the text at the top while the list is hidden (an empty project)

    def show_ranking(self, scores: Mapping[int, float], label: str) -> None:
        """Rank by another measure (``core.analysis``), its label in the header."""
        if self._entities:
            self._fill(scores, label)

    def show_summary(self, entities: Mapping[int, EntityInfo], ties: Mapping[int, int], documents: int) -> None:
        by_kind: dict[str, int] = defaultdict(int)
        for e in entities.values():
            by_kind[style.kind_style(str(e.kind)).label.lower()] += 1
        kinds = ", ".join(f"{n} {_plural(k, n)}" for k, n in sorted(by_kind.items(), key=lambda kv: -kv[1]))
        self.summary.setText(f"{documents} documents · {len(entities)} entities" + (f" ({kinds})" if kinds else ""))
        self._entities = entities
        self._fill(ties, "Ties")
        self.top.setVisible(bool(ties))

    def _fill(self, scores: Mapping[int, float], label: str) -> None:
        entities = self._entities
        self.top.setSortingEnabled(False)
        self.top.clear()
        self.top.setHeaderLabels(["Most important" if label != "Ties" else "Most connected", label])
        icons: dict[str, QIcon] = {}
        known = [i for i in scores if i in entities]
        for entity_id in sorted(known, key=lambda i: (-scores[i], entities[i].name.casefold()))[:30]:
            entity = entities[entity_id]
            colour = kind_colour(str(entity.kind))
            if colour not in icons:
                icons[colour] = dot_icon(colour, 12)
            item = QTreeWidgetItem([entity.name, ""])
            value = float(scores[entity_id])
            # numbers as data, so that sorting by the column is numeric
            item.setData(1, Qt.ItemDataRole.DisplayRole, int(value) if value.is_integer() else round(value, 4))
            item.setIcon(0, icons[colour])
            item.setData(0, ID_ROLE, entity_id)
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.top.addTopLevelItem(item)
        self.top.setSortingEnabled(True)
        self.top.sortItems(1, Qt.SortOrder.DescendingOrder)


class DetailsPanel(QStackedWidget):
    """Overview, node panel or edge panel: whichever the last click asked for."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.overview = Overview()
        self.hint = self.overview
        self.node = NodePanel()
        self.edge = EdgePanel()
        self.addWidget(self.overview)
        self.addWidget(self.node)
        self.addWidget(self.edge)

    def show_hint(self) -> None:
        self.setCurrentWidget(self.overview)


class MessageBar(QFrame):
    """A dismissable strip above the network for reports that must not block work (skipped files, errors).

    It shows a few lines at most: a long report (hundreds of refused files) would otherwise push the window's
    minimum height past the screen. The whole text goes to a tooltip and a "Details…" window instead.
    """

    MAX_LINES = 4
    MAX_HEIGHT = 120

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        self.setMaximumHeight(self.MAX_HEIGHT)
        self.text = plain_label()
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details_button = QPushButton("Details…")
        self.details_button.setObjectName("messageDetails")
        self.details_button.clicked.connect(self.show_details)
        self.details_button.hide()
        close = QToolButton()
        close.setText("✕")
        close.setToolTip("Dismiss")
        close.setAutoRaise(True)
        close.clicked.connect(self.hide)
        self.close_button = close
        self.details_text = ""
        self.details_dialog: QDialog | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 6, 6, 6)
        row.addWidget(self.text, 1)
        row.addWidget(self.details_button, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def show_message(self, text: str, level: str = "warning", details: str = "") -> None:
        """Show ``text`` (cut to a few lines); ``details``, or the uncut text, is one click away."""
        self.setProperty("level", level)
        self.style().unpolish(self)
        self.style().polish(self)
        lines = text.split("\n")  # not splitlines(): a file name may hold U+2028 and must stay whole
        if len(lines) > self.MAX_LINES:
            shown = [*lines[: self.MAX_LINES - 1], f"… and {len(lines) - self.MAX_LINES + 1} more lines"]
            details = details or text
        else:
            shown = lines
        self.text.setText("\n".join(shown))
        self.details_text = details
        self.text.setToolTip(safe_tooltip(details) if details else "")
        self.details_button.setVisible(bool(details))
        if self.details_dialog is not None and self.details_dialog.isVisible():
            if details:
                self.details_listing.setPlainText(details)
            else:
                self.details_dialog.close()
        self.show()

    def show_details(self) -> QDialog | None:
        """The whole report as plain text in a window of its own that does not block the main one."""
        if not self.details_text:
            return None
        if self.details_dialog is None:
            dialog = QDialog(self.window())
            dialog.setObjectName("messageDetailsDialog")
            dialog.setWindowTitle("Details")
            dialog.setModal(False)
            self.details_listing = QPlainTextEdit()
            self.details_listing.setReadOnly(True)
            buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
            buttons.rejected.connect(dialog.close)
            column = QVBoxLayout(dialog)
            column.addWidget(self.details_listing)
            column.addWidget(buttons)
            dialog.resize(560, 380)
            self.details_dialog = dialog
        self.details_listing.setPlainText(self.details_text)  # names and reasons stay text, never markup
        self.details_dialog.show()
        self.details_dialog.raise_()
        return self.details_dialog


def dot_icon(colour: str, size: int = 14) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(colour))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.end()
    return QIcon(pixmap)
