"""Extraction in worker processes: the same output as one process, byte for byte, and a cancel that stops them."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

import pytest

import core.extract.pipeline
from core import cli, parallel
from core.model import Document
from core.project import Project

ROOT = Path(__file__).resolve().parents[2]
CORPUS = sorted((ROOT / "resources" / "corpus").glob("*.txt"))


def _long_report(sections: int) -> str:
    opening = "Talks in Havana\n\nCuban President Miguel Díaz-Canel met Russian Foreign Minister Sergei Lavrov.\n\n"
    return opening + "".join(
        f"In section {i}, Díaz-Canel said Cuba would buy oil from Venezuela. Lavrov praised Russia's ties to Cuba.\n\n"
        for i in range(sections)
    )


@pytest.fixture(scope="module")
def articles(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """The shipped corpus, a text with invisible characters and one long enough to be parsed in two pieces."""
    folder = tmp_path_factory.mktemp("articles")
    hidden = folder / "hidden.txt"
    hidden.write_text(
        "Summit\n\nNorth Korean leader Kim\u200d Jong-un met \u202eCuba\u202c's president; Cuba\x07 signed.\n",
        encoding="utf-8",
    )
    long = folder / "long.txt"
    long.write_text(_long_report(200), encoding="utf-8")
    assert len(core.extract.pipeline.chunk_bounds(long.read_text(encoding="utf-8"))) == 2
    return [*CORPUS, hidden, long]


def _json(capsys: pytest.CaptureFixture[str], paths: list[Path], jobs: int) -> str:
    assert cli.main(["extract", *map(str, paths), "--format", "json", "--jobs", str(jobs)]) == 0
    return capsys.readouterr().out


def test_two_jobs_give_the_same_json_as_one_byte_for_byte(
    capsys: pytest.CaptureFixture[str], articles: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    one = _json(capsys, articles, 1)
    in_this_process: list[str] = []
    real = core.extract.pipeline.extract_one
    monkeypatch.setattr(
        core.extract.pipeline, "extract_one", lambda d, *a: in_this_process.append(d.path) or real(d, *a)
    )
    two = _json(capsys, articles, 2)
    assert in_this_process == [], "with two jobs every document is extracted in a worker process"
    assert '"Kim Jong-un"' in one and len(one) > 10_000
    assert two == one
    assert multiprocessing.active_children() == []


def test_jobs_default_to_the_cores_only_for_enough_text() -> None:
    short = [Document(str(i), f"{i}.txt", "t", "Cuba met Russia.") for i in range(3)]
    enough = [Document(str(i), f"{i}.txt", "t", "x" * parallel.AUTO_MIN_CHARS) for i in range(3)]
    long = [Document("l", "l.txt", "t", "x" * (parallel.LONG_CHARS + 1))]
    assert parallel.workers_for(short, None) == 0, "a worker's model load would cost more than it saves"
    assert parallel.workers_for(enough, None) == min(3, parallel.cores())
    assert parallel.workers_for(short, 2) == 2, "asked for: used"
    assert parallel.workers_for(short, 1) == 0 and parallel.workers_for(short, 9) == 3
    assert parallel.workers_for(short[:1], 4) == 0, "one short document: no worker to start"
    assert parallel.workers_for(long, None) == 1 and parallel.workers_for(long, 2) == 1, "a long one can be stopped"
    assert parallel.workers_for(long, 1) == 0


def test_cancel_stops_the_workers_inside_a_long_document(tmp_path: Path, articles: list[Path]) -> None:
    long = tmp_path / "report.txt"
    long.write_text(_long_report(2000), encoding="utf-8")  # some 200,000 characters: ten pieces
    seen: list[str] = []
    with Project.open(tmp_path / "p.entente") as project:
        started = lambda: any("report.txt: parsing part 1 of" in m for m in seen)  # noqa: E731
        report = project.add_all([long, *CORPUS], jobs=2, cancel=started, progress=lambda s: seen.append(s.message))
        assert report.cancelled
        assert not report.added and project.documents() == [], "the long document was not finished, so not stored"
        assert not any("part 2 of" in m for m in seen)
    assert multiprocessing.active_children() == [], "the workers were stopped, not left running the document"


def test_a_worker_that_dies_costs_its_document_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    documents = [Document(str(i), f"{i}.txt", "t", f"Cuba met Russia on day {i}.") for i in range(5)]
    monkeypatch.setattr(parallel, "_work", _die_on_second)
    results = [step for step in parallel.extract(documents, 2) if isinstance(step, parallel.Result)]
    assert [r.index for r in results] == [0, 1, 2, 3, 4]
    failed = [r for r in results if not hasattr(r.value, "entities")]
    assert [r.value.path for r in failed] == ["1.txt"] and "worker process stopped" in failed[0].value.reason
    assert multiprocessing.active_children() == []


def _die_on_second(index: int, document: Document):
    """A worker's task that kills its process on document 1.txt, as the out-of-memory killer would."""
    import os

    from core.extract.pipeline import extract_one, finish

    if document.path == "1.txt":
        os._exit(3)
    return finish(extract_one(document))


class _BrokenAfterFirst:
    """A pool whose worker died after the first document was handed out: that one's result fails, and handing
    out the next raises at once (the race a fast machine meets when a worker dies between two looks)."""

    def __init__(self) -> None:
        self.submitted = 0

    def submit(self, fn, *args):
        from concurrent.futures import Future
        from concurrent.futures.process import BrokenProcessPool

        self.submitted += 1
        if self.submitted > 1:
            raise BrokenProcessPool("a child process terminated abruptly")
        failed: Future = Future()
        failed.set_exception(BrokenProcessPool("a child process terminated abruptly"))
        return failed


def test_a_pool_that_breaks_while_documents_are_handed_out_is_replaced_not_raised() -> None:
    documents = [Document(str(i), f"{i}.txt", "t", f"Cuba met Russia on day {i}.") for i in range(3)]
    steps = parallel._drain(_BrokenAfterFirst(), documents, 0, 0, 2, multiprocessing.get_context("spawn").Queue())
    try:
        while True:
            step = next(steps)
            assert not isinstance(step, parallel.Result) or step.index == 0
    except StopIteration as stop:
        head, _ = stop.value
    assert head in (0, 1)  # where a new pool goes on; the dead pool's error is never raised to the caller
