"""The period control: two handles over a small histogram of documents per month, and an "undated" toggle."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget
from superqt import QRangeSlider

from core import style

HANDLE_MARGIN = 8  # the slider's handles stop this far from its ends; the bars line up with them


class _Histogram(QWidget):
    """Bars of documents per month; the months outside the chosen range are drawn faded."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counts: list[int] = []
        self.low = 0
        self.high = 0
        self.setFixedHeight(26)

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.counts:
            return
        painter = QPainter(self)
        top = max(self.counts) or 1
        width = (self.width() - 2 * HANDLE_MARGIN) / len(self.counts)
        for i, count in enumerate(self.counts):
            if not count:
                continue
            height = max(2.0, (self.height() - 2) * count / top)
            colour = QColor("#5b8def" if self.low <= i <= self.high else style.PANEL_BORDER)
            painter.fillRect(QRectF(HANDLE_MARGIN + i * width + 0.5, self.height() - height, max(1.0, width - 1),
                                    height), colour)
        painter.end()


class TimeControl(QWidget):
    """Choose a period of months; emits ``periodChanged(since, until, undated)`` (None: no limit on that side)."""

    periodChanged = Signal(object, object, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timeControl")
        self.months: list[str] = []
        self.histogram = _Histogram()
        self.slider = QRangeSlider(Qt.Orientation.Horizontal)
        self.slider.setObjectName("periodSlider")
        self.slider.setMinimumWidth(160)
        self.slider.valueChanged.connect(self._moved)
        self.slider.sliderReleased.connect(self._emit)  # a drag asks for one view, when the handle is let go
        self.label = QLabel("No dated articles")
        self.label.setObjectName("muted")
        self.label.setMinimumWidth(150)
        self.undated = QCheckBox("Undated")
        self.undated.setObjectName("undatedToggle")
        self.undated.setChecked(True)
        self.undated.setToolTip("Keep ties stated only in articles without a date")
        self.undated.toggled.connect(lambda _on: self._emit())
        # the dark theme draws no box around an unchecked indicator: one drawn here, so "off" reads as off
        self.undated.setStyleSheet(
            f"QCheckBox::indicator {{ width: 12px; height: 12px; border: 1px solid {style.TEXT_MUTED}; "
            "border-radius: 3px; } QCheckBox::indicator:checked { background: #5b8def; border-color: #5b8def; }"
        )
        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.histogram)
        column.addWidget(self.slider)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addLayout(column, 1)
        row.addWidget(self.label)
        row.addWidget(self.undated)
        self.set_months({})

    def set_months(self, per_month: Mapping[str, int]) -> None:
        """The project's documents per month (``YYYY-MM``, every month in the span); the full span is chosen."""
        self.months = list(per_month)
        self.histogram.counts = list(per_month.values())
        self.slider.blockSignals(True)
        self.slider.setRange(0, max(0, len(self.months) - 1))
        self.slider.setValue((0, max(0, len(self.months) - 1)))
        self.slider.blockSignals(False)
        self.setEnabled(bool(self.months))
        self._show_range()

    def period(self) -> tuple[date | None, date | None]:
        """The chosen span as dates; an end at the edge of the project's span is no limit (None)."""
        if not self.months:
            return None, None
        low, high = (int(v) for v in self.slider.value())
        since = None if low == 0 else date.fromisoformat(self.months[low] + "-01")
        until = None
        if high < len(self.months) - 1:
            year, month = (int(p) for p in self.months[high + 1].split("-"))
            until = date.fromordinal(date(year, month, 1).toordinal() - 1)  # the last day of the chosen month
        return since, until

    def set_period(self, since: date | None, until: date | None) -> None:
        """Show ``since``..``until`` (from a view brought back by Back/Forward) without emitting."""
        if not self.months:
            return
        low = self.months.index(f"{since:%Y-%m}") if since and f"{since:%Y-%m}" in self.months else 0
        last = len(self.months) - 1
        high = self.months.index(f"{until:%Y-%m}") if until and f"{until:%Y-%m}" in self.months else last
        self.slider.blockSignals(True)
        self.slider.setValue((low, high))
        self.slider.blockSignals(False)
        self._show_range()

    def _moved(self, _value: object) -> None:
        self._show_range()
        if not self.slider.isSliderDown():
            self._emit()

    def _show_range(self) -> None:
        if not self.months:
            self.label.setText("No dated articles")
            self.histogram.update()
            return
        low, high = (int(v) for v in self.slider.value())
        self.histogram.low, self.histogram.high = low, high
        self.histogram.update()
        self.label.setText(f"{_month_label(self.months[low])} – {_month_label(self.months[high])}")

    def _emit(self) -> None:
        since, until = self.period()
        self.periodChanged.emit(since, until, self.undated.isChecked())


def _month_label(month: str) -> str:
    return date.fromisoformat(month + "-01").strftime("%b %Y")
