"""The window around the real web view: real clicks in the page, drops over it, screenshots."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QImage
from PySide6.QtWidgets import QApplication, QWidget

from core import style
from core.project import Project
from tests.desktop.conftest import open_last_evidence, page_js, real_view_available

pytestmark = [
    pytest.mark.skipif(not real_view_available(), reason="desktop.network_view not available"),
    # PySide marks the QPoint constructors of drag events deprecated, but they are the ones Qt 6 offers
    pytest.mark.filterwarnings("ignore:Function.*QDrag.*Event:DeprecationWarning"),
]

SHOTS = Path(__file__).resolve().parents[2] / ".notes" / "shots"


def view_point(qtbot, locate, item_id: int) -> QPoint:
    found: list[QPoint] = []
    locate(item_id, found.append)
    qtbot.waitUntil(lambda: bool(found), timeout=10_000)
    return found[0]


def click_in_view(qtbot, window, point: QPoint) -> None:
    target = window.view.click_target()
    local = target.mapFrom(window.view, point) if target is not window.view else point
    qtbot.mouseClick(target, Qt.MouseButton.LeftButton, pos=local)


def save_shot(window, name: str) -> Path:
    SHOTS.mkdir(parents=True, exist_ok=True)
    path = SHOTS / name
    assert window.grab().save(str(path), "PNG")
    return path


def drop_files(qtbot, window, paths: list[Path], over: QWidget) -> None:
    """A drag entering and dropping on the window's native window, at a point over ``over``.

    Qt routes it to the deepest widget under the point that accepts drops, so this proves the widget
    underneath lets the drop through to the window.
    """
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    at = QPointF(over.mapTo(window, over.rect().center()))
    handle = window.windowHandle()
    actions = Qt.DropAction.CopyAction
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(at.toPoint(), actions, mime, buttons, mods)
    QApplication.sendEvent(handle, enter)
    move = QDragMoveEvent(at.toPoint(), actions, mime, buttons, mods)
    QApplication.sendEvent(handle, move)
    assert move.isAccepted(), "the drag was not accepted over the widget"
    drop = QDropEvent(at, actions, mime, buttons, mods)
    QApplication.sendEvent(handle, drop)
    assert drop.isAccepted()


def test_default_corpus_drawn(make_window, qtbot, data_dir):
    from desktop.settings import default_project_path

    window = make_window(default_project_path(), add_default_corpus=True, wait=False)
    window.resize(1440, 880)
    with qtbot.waitSignal(window.addFinished, timeout=120_000):
        pass
    qtbot.waitUntil(lambda: window.drawn_count > 0, timeout=60_000)
    assert window.drawn_count == window.graph.number_of_nodes()
    assert window.view.blocked_requests() == 0


def test_real_click_on_node_opens_panel_and_mention(make_window, qtbot, project_copy):
    window = make_window(project_copy)
    entity = max(window.entities.values(), key=lambda e: len(e.mentions))
    point = view_point(qtbot, window.view.node_view_position, entity.id)
    assert window.view.rect().contains(point)
    with qtbot.waitSignal(window.view.nodeClicked, timeout=10_000) as clicked:
        click_in_view(qtbot, window, point)
    assert clicked.args == [entity.id]
    assert window.details.currentWidget() is window.details.node
    assert window.details.node.name.text() == entity.name
    first = entity.mentions[0]
    assert window.reader.doc_id == first.doc_id
    assert window.reader.selected_text() == first.text
    save_shot(window, "window_node_clicked.png")


def test_real_click_on_edge_then_evidence(make_window, qtbot, project_copy):
    window = make_window(project_copy)
    clicked: list[tuple[str, int]] = []
    window.view.edgeClicked.connect(lambda i: clicked.append(("edge", i)))
    window.view.nodeClicked.connect(lambda i: clicked.append(("node", i)))
    window.view.backgroundClicked.connect(lambda: clicked.append(("background", 0)))
    # an edge's midpoint can lie under a node or a crossing edge; the best-attested ties are tried in turn
    # (stated ties only: co-occurrence ties are not drawn until the tie filter asks for them)
    shown = [r for r in window.relations.values() if str(r.family) not in style.HIDDEN_FAMILIES]
    candidates = sorted(shown, key=lambda r: (-len(r.evidence), r.id))[:6]
    relation = None
    for candidate in candidates:
        point = view_point(qtbot, window.view.edge_view_position, candidate.id)
        seen = len(clicked)
        click_in_view(qtbot, window, point)
        qtbot.waitUntil(lambda: len(clicked) > seen, timeout=10_000)  # noqa: B023 - waited on at once
        if clicked[-1] == ("edge", candidate.id):
            relation = candidate
            break
    assert relation is not None, f"no edge midpoint click reached its edge: {clicked}"
    assert len(relation.evidence) > 1
    open_last_evidence(qtbot, window, relation)
    save_shot(window, "window_edge_evidence.png")


NEW_ARTICLE = (
    "Norway and Iceland sign fisheries pact\n\n"
    "Norwegian Prime Minister Jonas Gahr Støre met Icelandic Prime Minister Bjarni Benediktsson in Oslo on "
    "Monday. Norway signed a fisheries agreement with Iceland after talks in Oslo.\n"
)


@pytest.mark.parametrize("where", ["window", "view"])
def test_drop_adds_article(make_window, qtbot, project_copy, tmp_path, where):
    window = make_window(project_copy)
    article = tmp_path / "nordic.txt"
    article.write_text(NEW_ARTICLE, encoding="utf-8")
    before = set(window.entities)
    target = window.doc_list if where == "window" else window.view
    with qtbot.waitSignal(window.addFinished, timeout=120_000) as finished:
        drop_files(qtbot, window, [article], target)
    report = finished.args[0]
    assert len(report.added) == 1 and not report.problems
    new_names = {window.entities[i].name for i in set(window.entities) - before}
    assert any("Iceland" in n or "Norw" in n for n in new_names), new_names
    with Project.open(project_copy) as project:
        assert any(Path(d.path).name == "nordic.txt" for d in project.documents())
    qtbot.waitUntil(lambda: window.drawn_count == window.graph.number_of_nodes(), timeout=60_000)
    # the new entities are ringed in the network, the old ones are not
    new_id, old_id = min(set(window.entities) - before), min(before)
    described = [json.loads(page_js(qtbot, window.view, f"window.entente.describe({i})")) for i in (new_id, old_id)]
    assert [d["fresh"] for d in described] == [True, False]


def test_drop_duplicate_and_binary_is_reported_not_fatal(make_window, qtbot, project_copy, tmp_path):
    import resources

    window = make_window(project_copy)
    duplicate = tmp_path / "again.txt"
    duplicate.write_bytes(next(iter(sorted(resources.corpus_dir().glob("*.txt")))).read_bytes())
    binary = tmp_path / "photo.txt"
    binary.write_bytes(bytes(range(256)) * 64)
    documents = len(window.documents)
    with qtbot.waitSignal(window.addFinished, timeout=120_000) as finished:
        drop_files(qtbot, window, [duplicate, binary], window.view)
    report = finished.args[0]
    assert report.duplicates and report.problems and not report.added
    assert window.message_bar.isVisible()
    message = window.message_bar.text.text()
    assert "again.txt" in message and "photo.txt" in message
    assert len(window.documents) == documents
    assert QApplication.activeModalWidget() is None
    save_shot(window, "window_report.png")
    qtbot.mouseClick(window.message_bar.close_button, Qt.MouseButton.LeftButton)
    assert not window.message_bar.isVisible()


def test_export_image_png_and_svg(make_window, qtbot, project_copy, tmp_path):
    window = make_window(project_copy)
    results: list[bool] = []
    window.export_image(tmp_path / "net.png", 2, results.append)
    qtbot.waitUntil(lambda: bool(results), timeout=20_000)
    image = QImage(str(tmp_path / "net.png"))
    assert results == [True] and image.width() >= 2 * 300
    window.export_image(tmp_path / "net.svg", 1, results.append)
    qtbot.waitUntil(lambda: len(results) == 2, timeout=20_000)
    assert results[1] and "<svg" in (tmp_path / "net.svg").read_text(encoding="utf-8")


def test_screenshot_option_writes_png(project_copy, tmp_path):
    import os
    import subprocess
    import sys

    out = tmp_path / "shot.png"
    root = Path(__file__).resolve().parents[2]
    env = dict(os.environ, PYTHONPATH=str(root), ENTENTE_DATA_DIR=str(tmp_path / "data"))
    done = subprocess.run(
        [sys.executable, "-m", "desktop.cli", "--project", str(project_copy), "--screenshot", str(out)],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert done.returncode == 0, done.stderr
    image = QImage(str(out))
    assert image.width() > 800 and image.height() > 500
    colours = {image.pixel(x, y) for x in range(0, image.width(), 37) for y in range(0, image.height(), 37)}
    assert len(colours) > 20  # a drawn window, not a blank rectangle
    SHOTS.mkdir(parents=True, exist_ok=True)
    (SHOTS / "screenshot_option.png").write_bytes(out.read_bytes())


IMG = '<img src="http://203.0.113.9/x.png" onerror="window.pwned=1">'
SCRIPT = "</script><script>window.pwned=2</script>"
JS_URL = "javascript:alert(1)"
LS = "\u2028"  # a line separator: ends a JavaScript string literal in old engines, a line in Qt labels
# a file name cannot hold "/": the same markup without slashes
FILE_NAME = f'<img src=x.png onerror="window.pwned=3"> {JS_URL}{LS}<script>window.pwned=4.txt'
TITLE = f"{IMG} Havana summit {SCRIPT} {JS_URL} end"  # no LS: a title is one line and LS ends it
NAME = f"{IMG}{SCRIPT}{LS}{JS_URL}"


def _one_line(text: str) -> str:
    return " ".join(text.split())


def test_hostile_article_through_the_real_page(make_window, qtbot, tmp_path):
    from desktop.network_view import NetworkView

    article = tmp_path / FILE_NAME
    article.write_text(
        f"{TITLE}\n\nCuba signed a trade agreement with Venezuela in Havana {IMG} on Monday {LS}{JS_URL}. "
        f"Cuba {SCRIPT} met Venezuela in Caracas.\n",
        encoding="utf-8",
    )
    path = tmp_path / f"<img src=x onerror=window.pwned=5>{LS}proj.entente"
    with Project.open(path) as project:
        assert project.add_all([article]).added
        relation = max(project.relations(), key=lambda r: len(r.evidence))
        target = relation.source
    # an entity named with the markup, as a hostile article could make one (names come from article text)
    import sqlite3

    with sqlite3.connect(path) as db:
        db.execute("UPDATE entities SET name = ? WHERE id = ?", (NAME, target))
    db.close()

    window = make_window(path)
    assert isinstance(window.view, NetworkView)
    assert window.entities[target].name == NAME
    assert window.windowTitle().startswith(path.stem)

    # the message strip: a refused file with a hostile name (binary content); nothing is added, nothing re-linked
    refused = tmp_path / f"{IMG.replace('/', '')}{LS}refused.txt"
    refused.write_bytes(bytes(range(256)) * 64)
    with qtbot.waitSignal(window.addFinished, timeout=120_000):
        window.add_paths([refused])
    assert refused.name in window.message_bar.text.text()
    assert window.message_bar.text.textFormat() == Qt.TextFormat.PlainText

    # document list: title as text, tooltip escaped
    assert _one_line(TITLE) in window.doc_list.titles()
    item = window.doc_list.tree.topLevelItem(0)
    assert "<img" not in item.toolTip(0) and "&lt;img" in item.toolTip(0)

    # node label and tooltip in the page
    described = json.loads(page_js(qtbot, window.view, f"window.entente.describe({target})"))
    assert described["label"] == NAME and NAME in described["tooltip"]
    assert set(described["tooltipTags"]) <= {"div", "span", "strong"}

    # a click on the hostile node: panel, reader
    point = view_point(qtbot, window.view.node_view_position, target)
    with qtbot.waitSignal(window.view.nodeClicked, timeout=10_000):
        click_in_view(qtbot, window, point)
    assert window.details.node.name.text() == NAME
    assert window.details.node.name.textFormat() == Qt.TextFormat.PlainText

    # evidence panel and reader
    window.show_relation(relation.id)
    assert NAME.replace(LS, " ") in window.details.edge.title_text()  # rich text: LS is white space there
    sentences = [i.text(0) for i in window.details.edge.evidence_items()]
    assert any(IMG in s or SCRIPT in s or JS_URL in s for s in sentences), sentences
    open_last_evidence(qtbot, window, window.relations[relation.id])
    assert window.reader._title.full_title() == TITLE
    assert TITLE.startswith(window.reader._title.text().removesuffix("…"))  # shown literally, perhaps elided
    assert article.name in window.reader._meta.text()
    text = window.reader.plain_text()
    assert IMG in text and SCRIPT in text and JS_URL in text
    html = window.reader.browser.toHtml()
    assert "<img" not in html and "<script" not in html

    # nothing ran, nothing was injected, nothing was fetched
    qtbot.waitUntil(lambda: window.drawn_count == window.graph.number_of_nodes(), timeout=60_000)
    assert page_js(qtbot, window.view, "typeof window.pwned") == "undefined"
    assert page_js(qtbot, window.view, "document.querySelectorAll('img, script:not([src])').length") == 0
    assert window.view.blocked_requests() == 0
    save_shot(window, "window_hostile.png")
