"""Where Entente keeps things (data dir, default project, log) and what it remembers (recent projects, layout)."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs
from PySide6.QtCore import QByteArray, QSettings

APP_NAME = "Entente"
ORG_NAME = "Entente"
PROJECT_SUFFIX = ".entente"
MAX_RECENT = 8


def data_dir() -> Path:
    """The folder for the default project and the log; ``ENTENTE_DATA_DIR`` overrides it (tests, portable use)."""
    override = os.environ.get("ENTENTE_DATA_DIR")
    return Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_project_path() -> Path:
    return data_dir() / f"default{PROJECT_SUFFIX}"


def log_path() -> Path:
    return data_dir() / "entente.log"


class Settings:
    """Remembered preferences; an ini file in the data dir when ``ENTENTE_DATA_DIR`` is set, so tests stay apart."""

    def __init__(self, qsettings: QSettings | None = None) -> None:
        if qsettings is None:
            if os.environ.get("ENTENTE_DATA_DIR"):
                qsettings = QSettings(str(data_dir() / "settings.ini"), QSettings.Format.IniFormat)
            else:
                qsettings = QSettings(ORG_NAME, APP_NAME)
        self._q = qsettings

    # -- recent projects -----------------------------------------------------------------------

    def recent_projects(self) -> list[Path]:
        value = self._q.value("recent", [])
        if isinstance(value, str):  # QSettings hands back a lone string for a one-item list
            value = [value]
        return [Path(v) for v in value or [] if v]

    def add_recent(self, path: Path) -> None:
        path = Path(path).resolve()
        recent = [p for p in self.recent_projects() if p != path]
        self._q.setValue("recent", [str(p) for p in [path, *recent][:MAX_RECENT]])

    def remove_recent(self, path: Path) -> None:
        self._q.setValue("recent", [str(p) for p in self.recent_projects() if p != Path(path)])

    # -- extraction ----------------------------------------------------------------------------

    def jobs(self) -> int | None:
        """Worker processes for extraction; None: automatic (one per core when there is enough text)."""
        try:
            value = int(self._q.value("extraction/jobs", 0) or 0)
        except (TypeError, ValueError):
            return None
        return value if value > 0 else None

    def set_jobs(self, jobs: int | None) -> None:
        self._q.setValue("extraction/jobs", jobs or 0)

    # -- view preferences ----------------------------------------------------------------------

    def preference(self, key: str, default: str) -> str:
        """A remembered choice (the measure nodes are sized by, colour by group), as text."""
        value = self._q.value(f"preferences/{key}", default)
        return str(value) if value is not None else default

    def set_preference(self, key: str, value: str) -> None:
        self._q.setValue(f"preferences/{key}", value)

    # -- window layout -------------------------------------------------------------------------

    def layout(self, key: str) -> QByteArray | None:
        value = self._q.value(f"layout/{key}")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_layout(self, key: str, value: QByteArray) -> None:
        self._q.setValue(f"layout/{key}", value)

    def sync(self) -> None:
        self._q.sync()
