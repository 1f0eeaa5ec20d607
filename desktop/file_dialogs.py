"""The window's file dialogs: which articles to add, where to export, which project to make or open."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QInputDialog, QWidget

from desktop.settings import PROJECT_SUFFIX

ARTICLES = "Articles (*.txt *.md *.html *.htm *.pdf *.docx);;All files (*)"
GRAPHS = (
    "GEXF for Gephi (*.gexf);;GraphML (*.graphml);;CSV tables (*.csv);;JSON (*.json);;"
    "FollowTheMoney for Aleph (*.ftm.json);;i2 Analyst's Notebook links (*.i2.csv)"
)
SCALES = ["1× (screen)", "2× (sharp)", "4× (print)"]


def articles(parent: QWidget) -> list[str]:
    files, _ = QFileDialog.getOpenFileNames(parent, "Add articles", str(Path.home()), ARTICLES)
    return files


def folder(parent: QWidget) -> str:
    return QFileDialog.getExistingDirectory(parent, "Add a folder of articles", str(Path.home()))


def image_target(parent: QWidget) -> tuple[Path, int] | None:
    """Where to save the network image and, for a PNG, at what scale; None if the user cancelled."""
    path, chosen = QFileDialog.getSaveFileName(
        parent, "Export image", str(Path.home() / "network.png"), "PNG image (*.png);;SVG image (*.svg)"
    )
    if not path:
        return None
    target = Path(path)
    if target.suffix.lower() not in (".png", ".svg"):
        target = target.with_suffix(".svg" if "SVG" in chosen else ".png")
    if target.suffix.lower() != ".png":
        return target, 1
    picked, ok = QInputDialog.getItem(parent, "Export image", "Resolution:", SCALES, 1, False)
    return (target, int(picked[0])) if ok else None


def graph_target(parent: QWidget) -> Path | None:
    """Where to export the graph; a name without a known suffix gets the chosen format's."""
    path, chosen = QFileDialog.getSaveFileName(parent, "Export graph", str(Path.home() / "network.gexf"), GRAPHS)
    if not path:
        return None
    target = Path(path)
    if target.suffix.lower() not in (".gexf", ".graphml", ".csv", ".json"):
        target = target.with_suffix("." + chosen.split("*.")[1].rstrip(")"))
    return target


def new_project(parent: QWidget) -> Path | None:
    path, _ = QFileDialog.getSaveFileName(
        parent, "New project", str(Path.home() / f"untitled{PROJECT_SUFFIX}"), f"Entente project (*{PROJECT_SUFFIX})"
    )
    if not path:
        return None
    return Path(path) if path.endswith(PROJECT_SUFFIX) else Path(path + PROJECT_SUFFIX)


def project(parent: QWidget) -> Path | None:
    path, _ = QFileDialog.getOpenFileName(
        parent, "Open project", str(Path.home()), f"Entente project (*{PROJECT_SUFFIX});;All files (*)"
    )
    return Path(path) if path else None
