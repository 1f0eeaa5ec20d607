"""The window's event loop keeps running while a big network is laid out, and only the newest graph is drawn."""

from __future__ import annotations

import gc
import json
import random
import time
from collections.abc import Iterator
from itertools import pairwise

import networkx as nx
import pytest
from PySide6.QtCore import QTimer

from core.graph import build_graph
from core.layout import MAX_TIDY_NODES
from core.model import Family, Kind
from core.records import EntityInfo, RelationInfo, TextRef
from desktop.network_view import NetworkView
from tests.desktop.conftest import page_js
from tests.desktop.test_network_view import DRAW_TIMEOUT, close_view, open_view, small_graph

TICK_MS = 20
MAX_GAP_S = 0.4  # a loop that waited on the layout would stall for seconds; a loaded machine costs a few ticks


def big_graph(n: int = MAX_TIDY_NODES, seed: int = 3) -> nx.MultiDiGraph:
    """``n`` entities, ~2.5 ties each: the tidy layout of this takes well over half a second."""
    rng = random.Random(seed)
    ref = TextRef(1, 0, 4, "text")
    entities = [EntityInfo(i, f"Entity number {i}", rng.choice(list(Kind)), (), (ref,)) for i in range(1, n + 1)]
    relations = [
        RelationInfo(r, rng.randint(1, n), rng.randint(1, n), "tie", rng.choice(list(Family)), (ref,))
        for r in range(1, round(2.5 * n) + 1)
    ]
    return build_graph(entities, [r for r in relations if r.source != r.target])


@pytest.fixture
def view(qtbot) -> Iterator[NetworkView]:
    widget = open_view(qtbot)
    yield widget
    close_view(widget)


def _ticker() -> tuple[QTimer, list[float]]:
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(TICK_MS)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start()
    return timer, ticks


def test_event_loop_keeps_ticking_while_a_big_graph_is_laid_out(qtbot, view) -> None:
    graph = big_graph()
    timer, ticks = _ticker()
    qtbot.waitUntil(lambda: len(ticks) >= 3, timeout=5_000)
    drawn: list[tuple[int, float]] = []
    view.drawn.connect(lambda count: drawn.append((count, time.monotonic())))
    # the whole test session's objects (thousands of tests' models, documents and windows) are not the window's: a
    # full collection over them stalls any loop for about half a second, so they are collected and set aside first
    gc.collect()
    gc.freeze()
    try:
        settled = len(ticks)  # the collection's own pause is before the drawing: the loop ticks afresh first
        qtbot.waitUntil(lambda: len(ticks) >= settled + 3, timeout=5_000)
        begun = time.monotonic()
        view.show_graph(graph)
        returned = time.monotonic()
        qtbot.waitUntil(lambda: bool(drawn), timeout=DRAW_TIMEOUT)
    finally:
        gc.unfreeze()
    timer.stop()

    count, ended = drawn[0]
    assert count == graph.number_of_nodes()
    # the work runs from the call until the page reports the graph drawn: the loop must tick all along
    assert ended - begun > MAX_GAP_S, "the graph was drawn too fast to show anything"
    during = [max(t for t in ticks if t < begun)] + [t for t in ticks if begun <= t <= ended] + [ended]
    gaps = [b - a for a, b in pairwise(during)]
    # the call only hands the work on: a layout done in it would make it last as long as the whole drawing
    assert returned - begun < (ended - begun) / 2, f"show_graph itself took {returned - begun:.2f} s"
    assert max(gaps) < MAX_GAP_S, f"the event loop stalled for {max(gaps):.2f} s while the graph was laid out"


def test_only_the_newest_of_quick_reloads_is_drawn(qtbot, view) -> None:
    drawn: list[int] = []
    view.drawn.connect(drawn.append)
    view.show_graph(big_graph())
    view.show_graph(big_graph(60, seed=4))
    newest = small_graph(extra=True)
    view.show_graph(newest, highlight=[5])
    counts: list[dict[str, int]] = []
    view.counts(counts.append)  # asked before the layout is done: answered for the newest graph
    qtbot.waitUntil(lambda: bool(drawn) and bool(counts), timeout=DRAW_TIMEOUT)
    assert drawn[0] == newest.number_of_nodes()
    assert counts[0]["nodes"] == newest.number_of_nodes()
    qtbot.waitUntil(lambda: not view.layout_busy(), timeout=DRAW_TIMEOUT)  # stale layouts have ended too
    qtbot.wait(300)  # and anything they could have sent would have arrived
    assert drawn == [newest.number_of_nodes()]
    assert [json.loads(page_js(qtbot, view, f"window.entente.describe({n})"))["fresh"] for n in (1, 5)] == [
        False,
        True,
    ]


def test_in_line_layout_draws_as_before(qtbot) -> None:
    """The headless render lays out in line: the page has the graph as soon as show_graph returns."""
    widget = NetworkView(test_hooks=True, background_layout=False)
    widget.resize(900, 600)
    widget.show()
    try:
        with qtbot.waitSignal(widget.drawn, timeout=DRAW_TIMEOUT) as blocker:
            widget.show_graph(small_graph())
            assert not widget.layout_pending() and not widget.layout_busy()
        assert blocker.args == [4]
    finally:
        close_view(widget)


def test_window_reads_the_project_off_the_gui_thread_and_applies_only_the_newest(
    make_window, qtbot, project_copy, monkeypatch
) -> None:
    import threading

    from desktop import workers

    window = make_window(project_copy, real_view=False)
    shown = window.view.shown
    threads: list[str] = []
    read = workers.read_snapshot

    def recording_read(path):
        threads.append(threading.current_thread().name)
        return read(path)

    monkeypatch.setattr(workers, "read_snapshot", recording_read)
    known = set(window.entities) - {min(window.entities)}  # as if one entity were new since the last look
    finished: list[int] = []
    window.reload()
    window.reload()
    window.reload(known=known, then=lambda: finished.append(len(window.entities)))
    assert window.loading
    qtbot.waitUntil(lambda: bool(finished) and not window.loading, timeout=30_000)
    qtbot.wait(100)  # anything the older reads could still deliver would have arrived
    assert len(threads) == 3 and threading.main_thread().name not in threads
    assert window.view.shown == shown + 1  # two stale snapshots dropped, the newest drawn once
    assert window.view.highlight == {min(window.entities)}
    assert finished == [len(window.entities)] and len(window.entities) > 0
