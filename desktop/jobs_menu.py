"""The Project ▸ Extraction processes menu: how many worker processes extract articles side by side."""

from __future__ import annotations

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from core.parallel import cores
from desktop.settings import Settings

MAX_CHOICES = 8  # more processes than this only add memory (a language model each) on any desktop


class JobsMenu(QMenu):
    """One checkable choice per number of processes, plus Automatic; the choice is kept in the settings."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__("Extraction processes", parent)
        self.setObjectName("jobsMenu")
        self._settings = settings
        self._group = QActionGroup(self)
        self._group.setExclusive(True)
        self.choices: dict[int | None, QAction] = {}
        available = cores()
        self._add(None, f"Automatic (one per core: {available})")
        self.addSeparator()
        for jobs in range(1, max(2, min(available, MAX_CHOICES)) + 1):
            self._add(jobs, "1 process (no workers)" if jobs == 1 else f"{jobs} processes")
        chosen = settings.jobs()
        self.choices.get(chosen, self.choices[None]).setChecked(True)

    def _add(self, jobs: int | None, label: str) -> None:
        action = self.addAction(label)
        action.setCheckable(True)
        action.setData(jobs or 0)
        action.triggered.connect(lambda _checked=False, jobs=jobs: self._settings.set_jobs(jobs))
        self._group.addAction(action)
        self.choices[jobs] = action
