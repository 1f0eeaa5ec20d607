"""Files shipped with Entente (default corpus, web page assets, icons), found the same way installed or bundled."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def _dir(name: str) -> Path:
    # the package is always a real folder (source tree, wheel or PyInstaller bundle), never a zip
    return Path(str(files(__name__) / name))


def corpus_dir() -> Path:
    """The default corpus: the articles a new user sees on first start."""
    return _dir("corpus")


def web_dir() -> Path:
    """The network page: template, scripts and styles, all served locally."""
    return _dir("web")


def icons_dir() -> Path:
    return _dir("icons")
