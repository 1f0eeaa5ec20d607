"""The network's toolbar: find an entity, and which kinds, tie families and evidence counts are shown."""

from __future__ import annotations

from PySide6.QtCore import QSize, QStringListModel, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QCompleter, QLabel, QLineEdit, QMenu, QToolBar, QToolButton, QWidget
from superqt import QLabeledSlider

from core import style
from core.model import Family, Kind
from desktop.panels import dot_icon
from desktop.reports import opaque


class FilterBar(QToolBar):
    """Search box, kind toggles, the ties menu and the evidence slider; ``changed`` when a filter moves."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Network", parent)
        self.setObjectName("networkToolbar")
        self.setMovable(False)
        self.setIconSize(QSize(14, 14))
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)

        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText("Find an entity…  (Ctrl+F)")
        self.search.setClearButtonEnabled(True)
        self.search.setAcceptDrops(False)
        self.completer = QCompleter(QStringListModel([], self), self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setMaxVisibleItems(12)
        self.search.setCompleter(self.completer)
        self.addWidget(self.search)
        self.addSeparator()

        self.kind_actions: dict[str, QAction] = {}
        for kind in Kind:
            kind_style = style.kind_style(str(kind))
            act = QAction(dot_icon(kind_style.color), kind_style.label, self)
            act.setCheckable(True)
            act.setChecked(True)
            act.setToolTip(f"Show {kind_style.label.lower()} nodes")
            act.toggled.connect(self._changed)
            self.addAction(act)
            button = self.widgetForAction(act)
            if button is not None:
                button.setProperty("kindToggle", True)
            self.kind_actions[str(kind)] = act
        self.addSeparator()

        self.family_menu = QMenu(self)
        self.family_menu.addAction("Stated ties only", self.set_default_families)
        self.family_menu.addAction("Show all ties", lambda: self.set_all_families(True))
        self.family_menu.addAction("Hide all ties", lambda: self.set_all_families(False))
        self.family_menu.addSeparator()
        self.family_actions: dict[str, QAction] = {}
        for family in Family:
            family_style = style.family_style(str(family))
            label = family_style.label
            if family == Family.ASSOCIATION:
                label += " (named in the same sentence)"
            act = self.family_menu.addAction(dot_icon(opaque(family_style.color)), label)
            act.setCheckable(True)
            # co-occurrence ties outnumber the stated ones and bury them: one click away, not shown first
            act.setChecked(str(family) not in style.HIDDEN_FAMILIES)
            act.toggled.connect(self._changed)
            self.family_actions[str(family)] = act
        self.family_button = QToolButton()
        self.family_button.setMenu(self.family_menu)
        self.family_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.family_button.setToolTip("Which kinds of ties to show")
        self.addWidget(self.family_button)
        self.addSeparator()

        self.addWidget(QLabel("Min. evidence"))
        self.min_evidence = QLabeledSlider(Qt.Orientation.Horizontal)
        self.min_evidence.setObjectName("minEvidence")
        self.min_evidence.setRange(1, 10)
        self.min_evidence.setValue(1)
        self.min_evidence.setFixedWidth(180)
        self.min_evidence.setToolTip("Hide ties stated in fewer sentences than this")
        self.min_evidence.valueChanged.connect(self._changed)
        self.addWidget(self.min_evidence)
        self.addSeparator()
        self._update_family_button()

    def add_end(self, fit: QAction, add: QAction) -> None:
        """Fit after the filters; the add button at the far right."""
        self.addAction(fit)
        spacer = QWidget()
        spacer.setSizePolicy(spacer.sizePolicy().Policy.Expanding, spacer.sizePolicy().Policy.Preferred)
        self.addWidget(spacer)
        self.addAction(add)

    def filters(self) -> tuple[set[str], set[str], int]:
        """The kinds and families shown, and the least evidence a shown tie has."""
        kinds = {k for k, a in self.kind_actions.items() if a.isChecked()}
        families = {f for f, a in self.family_actions.items() if a.isChecked()}
        return kinds, families, self.min_evidence.value()

    def set_all_families(self, on: bool) -> None:
        self._set_families(lambda _family: on)

    def set_default_families(self) -> None:
        self._set_families(lambda family: family not in style.HIDDEN_FAMILIES)

    def reset(self) -> None:
        """Every kind and family shown, any evidence count."""
        for act in [*self.kind_actions.values(), *self.family_actions.values()]:
            act.blockSignals(True)
            act.setChecked(True)
            act.blockSignals(False)
        self.min_evidence.blockSignals(True)
        self.min_evidence.setValue(1)
        self.min_evidence.blockSignals(False)
        self._changed()

    def _set_families(self, shown: object) -> None:
        for family, act in self.family_actions.items():
            act.blockSignals(True)
            act.setChecked(bool(shown(family)))  # type: ignore[operator]
            act.blockSignals(False)
        self._changed()

    def _changed(self, *_args: object) -> None:
        self._update_family_button()
        self.changed.emit()

    def _update_family_button(self) -> None:
        checked = {f for f, a in self.family_actions.items() if a.isChecked()}
        total = len(self.family_actions)
        if len(checked) == total:
            text = "Ties: all"
        elif checked == set(style.default_families()):
            text = "Ties: stated"
        else:
            text = f"Ties: {len(checked)} of {total} kinds"
        self.family_button.setText(text)
