"""Window behaviour that does not depend on the web view: panels, reader, search, filters, adding, reports."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt

from core.project import Project
from tests.desktop.conftest import open_last_evidence


def test_first_start_adds_the_default_corpus(make_window, qtbot, data_dir):
    from desktop.settings import default_project_path

    window = make_window(default_project_path(), real_view=False, add_default_corpus=True, wait=False)
    with qtbot.waitSignal(window.addFinished, timeout=90_000) as added:
        pass
    assert len(added.args[0].added) == 5
    qtbot.waitUntil(lambda: window.drawn_count > 0)
    assert window.drawn_count == window.graph.number_of_nodes() > 0
    assert len(window.doc_list.titles()) == 5
    assert default_project_path().is_file()


def test_node_click_opens_node_panel_and_first_mention(make_window, qtbot, project_copy):
    window = make_window(project_copy, real_view=False)
    entity = max(window.entities.values(), key=lambda e: len(e.mentions))
    spot: list[QPoint] = []
    window.view.node_view_position(entity.id, spot.append)
    qtbot.waitUntil(lambda: bool(spot))
    qtbot.mouseClick(window.view, Qt.MouseButton.LeftButton, pos=spot[0])
    assert window.details.currentWidget() is window.details.node
    assert window.details.node.name.text() == entity.name
    first = entity.mentions[0]
    assert window.reader.doc_id == first.doc_id
    assert window.reader.selected_text() == first.text


def test_tie_and_evidence_open_the_sentence(make_window, qtbot, project_copy):
    window = make_window(project_copy, real_view=False)
    relation = max(window.relations.values(), key=lambda r: len(r.evidence))
    assert len(relation.evidence) > 1
    window.show_relation(relation.id)
    open_last_evidence(qtbot, window, relation)


def test_search_selects_by_alias_or_name(make_window, project_copy):
    window = make_window(project_copy, real_view=False)
    entity = max(window.entities.values(), key=lambda e: len(e.mentions))
    window.search.setText(entity.name.upper())
    window.search.returnPressed.emit()
    assert window.view.selected == entity.id
    assert window.details.node.entity_id == entity.id
    names = window.completer.model().stringList()
    assert entity.name in names


def test_filters_reach_the_view(make_window, project_copy):
    window = make_window(project_copy, real_view=False)
    _, families, _ = window.view.filters
    assert "ASSOCIATION" not in families and "DIPLOMACY" in families  # co-occurrence waits for a click
    assert window.family_button.text() == "Ties: stated"
    window.kind_actions["VESSEL"].setChecked(False)
    window.family_actions["ASSOCIATION"].setChecked(True)
    window.family_actions["HOSTILITY"].setChecked(False)
    window.min_evidence.setValue(2)
    kinds, families, minimum = window.view.filters
    assert "VESSEL" not in kinds and "STATE" in kinds
    assert "ASSOCIATION" in families and "HOSTILITY" not in families
    assert minimum == 2
    window.reset_filters()
    assert window.view.filters[2] == 1 and "VESSEL" in window.view.filters[0]
    assert "ASSOCIATION" in window.view.filters[1] and window.family_button.text() == "Ties: all"


def test_document_list_opens_reader(make_window, qtbot, project_copy):
    window = make_window(project_copy, real_view=False)
    item = window.doc_list.tree.topLevelItem(1)
    rect = window.doc_list.tree.visualItemRect(item)
    qtbot.mouseClick(window.doc_list.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.reader.doc_id is None  # one click selects; a double click opens
    qtbot.mouseDClick(window.doc_list.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    doc_id = item.data(0, Qt.ItemDataRole.UserRole)
    assert window.reader.doc_id == doc_id
    with Project.open(project_copy) as project:
        assert window.reader.plain_text() == project.document_text(doc_id).replace("\xa0", " ")


def test_cancel_keeps_the_window_working(make_window, qtbot, tmp_path):
    import resources

    window = make_window(tmp_path / "empty.entente", real_view=False)
    with qtbot.waitSignal(window.addFinished, timeout=90_000) as finished:
        window.add_paths([resources.corpus_dir()])
        assert window.cancel_button.isVisible()
        window.cancel_work()
    assert finished.args[0].cancelled
    assert not window.busy and not window.cancel_button.isVisible()
    assert window.message_bar.isVisible() and "Cancelled" in window.message_bar.text.text()


def test_export_graph_writes_each_format(make_window, project_copy, tmp_path):
    window = make_window(project_copy, real_view=False)
    for suffix in (".gexf", ".graphml", ".json"):
        written = window.export_graph(tmp_path / f"net{suffix}")
        assert written and all(Path(p).stat().st_size > 0 for p in written)


def test_settings_remember_recent_projects_and_layout(make_window, project_copy, tmp_path):
    from desktop.settings import Settings

    window = make_window(project_copy, real_view=False)
    window.resize(760, 540)  # within the offscreen screen, so the restored geometry is not clamped
    window.splitter.setSizes([150, 300, 300])
    sizes = window.splitter.sizes()
    window.close()
    assert Settings().recent_projects()[0] == project_copy.resolve()
    again = make_window(project_copy, real_view=False)
    assert again.size().width() == 760
    assert again.splitter.sizes() == sizes


def test_switching_projects_and_recent_menu(make_window, qtbot, project_copy, tmp_path):
    window = make_window(project_copy, real_view=False)
    fresh = tmp_path / "fresh.entente"
    assert window.new_project(fresh)
    assert not window.documents and window.drawn_count in (-1, 0)
    assert window.doc_list.empty.isVisibleTo(window.doc_list)
    window._fill_recent_menu()
    labels = [a.text() for a in window.recent_menu.actions()]
    assert any(label.startswith("copy") for label in labels)
    back = next(a for a in window.recent_menu.actions() if a.text().startswith("copy"))
    back.trigger()
    assert window.project.path == project_copy
    qtbot.waitUntil(lambda: len(window.documents) == 5 and not window.loading)  # read on a worker


def test_a_file_that_is_not_a_project_is_refused_politely(make_window, project_copy, tmp_path):
    window = make_window(project_copy, real_view=False)
    bogus = tmp_path / "notes.entente"
    bogus.write_bytes(b"this is not sqlite at all" * 100)
    assert not window.open_project(bogus)
    assert window.message_bar.isVisible() and "notes.entente" in window.message_bar.text.text()
    assert window.project.path == project_copy and len(window.documents) == 5


def test_worker_failure_is_reported_and_the_window_lives_on(make_window, qtbot, project_copy, tmp_path, failing_add):
    failing_add(RuntimeError("the language model went missing"))
    window = make_window(project_copy, real_view=False)
    article = tmp_path / "a.txt"
    article.write_text("Cuba and Venezuela signed a deal.", encoding="utf-8")
    with qtbot.waitSignal(window.addFinished, timeout=30_000):
        window.add_paths([article])
    assert "language model went missing" in window.message_bar.text.text()
    assert not window.busy and not window.progress.isVisible()


def test_closing_during_work_waits_for_the_worker_without_blocking(make_window, qtbot, tmp_path):
    import resources

    path = tmp_path / "closing.entente"
    window = make_window(path, real_view=False)
    window.add_paths([resources.corpus_dir()])
    window.close()  # returns at once: the event loop keeps running while the worker finishes its step
    assert window.isVisible() and window.busy and window.project is not None
    assert window.progress_label.text() == "Finishing…" and not window.cancel_button.isEnabled()
    window.add_paths([tmp_path / "more.txt"])  # no new work once closing
    assert not window._pending and not window.act_add.isEnabled()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=90_000)
    from PySide6.QtCore import QThreadPool

    qtbot.waitUntil(lambda: QThreadPool.globalInstance().activeThreadCount() == 0, timeout=10_000)
    assert window.project is None and not window.busy
    with Project.open(path) as project:
        assert len(project.documents()) <= 5
        assert bool(project.entities()) == bool(project.documents())  # what was stored was also linked


def test_cancelled_add_still_reports_the_files_refused_before_the_cancel(project_copy, tmp_path):
    import threading

    import resources
    from desktop.main_window import describe_report
    from desktop.workers import add_articles

    duplicate = tmp_path / "again.txt"
    duplicate.write_bytes(sorted(resources.corpus_dir().glob("*.txt"))[0].read_bytes())
    binary = tmp_path / "photo.txt"
    binary.write_bytes(bytes(range(256)) * 64)
    fresh = tmp_path / "fresh.txt"
    fresh.write_text("Cuba and Venezuela signed a deal in Havana.", encoding="utf-8")
    cancel = threading.Event()
    steps = add_articles(project_copy, [duplicate, binary, fresh], cancel)
    try:
        while True:
            if next(steps).total:  # the files are read; extraction is about to start
                cancel.set()
    except StopIteration as stop:
        report = stop.value
    assert report.cancelled and not report.added
    assert [Path(p.path).name for p in report.problems] == ["photo.txt"]
    assert [Path(p).name for p in report.duplicates] == ["again.txt"]
    shown = describe_report(report)
    assert "photo.txt" in shown and "again.txt" in shown and "Cancelled" in shown


def test_reader_loads_no_resources():
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QTextDocument

    import resources
    from desktop.reader import Reader

    reader = Reader()
    image = next(resources.web_dir().rglob("*.*"))
    assert reader.browser.loadResource(QTextDocument.ResourceType.ImageResource, QUrl.fromLocalFile(str(image))) is None
    assert not reader.browser.openLinks() and not reader.browser.openExternalLinks()


def test_typing_in_search_offers_completions(make_window, qtbot, project_copy):
    window = make_window(project_copy, real_view=False)
    entity = next(e for e in sorted(window.entities.values(), key=lambda e: -len(e.mentions)) if len(e.name) > 4)
    window.search.setFocus()
    qtbot.keyClicks(window.search, entity.name[1:4])  # a piece from the middle: matching is by substring
    popup = window.completer.popup()
    qtbot.waitUntil(popup.isVisible, timeout=5000)
    shown = [window.completer.completionModel().index(i, 0).data() for i in range(popup.model().rowCount())]
    assert entity.name in shown
    row = shown.index(entity.name)
    popup.setCurrentIndex(window.completer.completionModel().index(row, 0))
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert window.view.selected == entity.id
    assert window.details.node.name.text() == entity.name


def test_kind_toggle_button_filters(make_window, qtbot, project_copy):
    window = make_window(project_copy, real_view=False)
    button = window.toolbar.widgetForAction(window.kind_actions["PARTY"])
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert "PARTY" not in window.view.filters[0]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert "PARTY" in window.view.filters[0]


def test_articles_dropped_while_busy_wait_their_turn(make_window, qtbot, tmp_path):
    import shutil

    import resources

    window = make_window(tmp_path / "queue.entente", real_view=False)
    folder = tmp_path / "more"
    folder.mkdir()
    first, *rest = sorted(resources.corpus_dir().glob("*.txt"))
    for path in rest:
        shutil.copy(path, folder / path.name)
    reports = []
    window.addFinished.connect(reports.append)
    window.add_paths([first])
    window.add_paths([folder])  # arrives while the first add runs
    qtbot.waitUntil(lambda: len(reports) == 2, timeout=120_000)
    assert [len(r.added) for r in reports] == [1, len(rest)]
    assert len(window.documents) == 1 + len(rest) and not window.busy


def test_edge_title_names_are_text_and_links(qtbot):
    from core.model import Family
    from core.records import DocumentInfo, RelationInfo, TextRef
    from desktop.panels import EdgePanel

    panel = EdgePanel()
    qtbot.addWidget(panel)
    hostile = "<b>Bold</b> & <img src=x>"
    ref = TextRef(1, 0, 4, "text")
    relation = RelationInfo(7, 1, 2, "met", Family.ASSOCIATION, (ref,))
    panel.show_relation(relation, {1: hostile, 2: "Cuba"}, {1: DocumentInfo(1, "0" * 64, "a.txt", "A", None, "")})
    assert panel.title_text() == f"{hostile} —met— Cuba"  # undirected: no arrow head; markup shown as text
    assert panel.note.isVisibleTo(panel)  # a co-occurrence says what it is
    with qtbot.waitSignal(panel.nodeActivated) as activated:
        panel.title.linkActivated.emit("target")
    assert activated.args == [2]
    panel.show_relation(RelationInfo(8, 2, 1, "visited", Family.DIPLOMACY, (ref,)), {1: "Cuba", 2: "Venezuela"}, {})
    assert panel.title_text() == "Venezuela —visited→ Cuba" and not panel.note.isVisibleTo(panel)
