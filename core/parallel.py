"""Extraction across worker processes: one language model per worker, results handed back in document order.

Each document is extracted by ``pipeline.extract_one`` whether in this process or in a worker, so the output is
the same for any number of jobs. Workers are started with ``spawn`` on every system: forking a process that runs
Qt threads can deadlock, and a frozen app starts its workers through ``multiprocessing.freeze_support``.
While it waits, ``extract`` yields ``None`` a few times a second so its caller can cancel; closing the generator
stops the workers at once, even in the middle of a long document.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import queue
from collections.abc import Generator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass

from core.model import DocExtraction, Document, Problem

POLL_SECONDS = 0.2  # how often a waiting caller gets control back (to cancel, to redraw)
# Starting a worker costs a language model load (a few seconds): below this much text, one process is quicker.
AUTO_MIN_CHARS = 60_000
LONG_CHARS = 100_000  # a document this long takes long enough for a worker's start-up not to matter
_AHEAD = 2  # documents queued per worker: enough to keep it busy, few enough to keep memory flat


@dataclass(frozen=True, slots=True)
class Part:
    """Progress inside document ``index``, e.g. "parsing part 3 of 250"."""

    index: int
    step: str


@dataclass(frozen=True, slots=True)
class Result:
    """The extraction of document ``index`` (or why it failed)."""

    index: int
    value: DocExtraction | Problem


def cores() -> int:
    """The cores this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # macOS and Windows have no affinity call
        return max(1, os.cpu_count() or 1)


def workers_for(documents: Sequence[Document], jobs: int | None) -> int:
    """Worker processes to start (0: extract in this process) for ``jobs`` asked (None: automatic).

    ``jobs=1`` is this process alone. Otherwise each worker takes whole documents, so there are never more workers
    than documents, and automatically one per core only when the text is worth the workers' start-up. A long
    document goes to a worker even alone: a cancel then stops it at once instead of after the rules' last pass.
    """
    if jobs == 1 or not documents:
        return 0
    total = sum(len(d.text) for d in documents)
    if jobs is None:
        jobs = cores() if total >= AUTO_MIN_CHARS else 1
    long = any(len(d.text) > LONG_CHARS for d in documents)
    return min(jobs, len(documents)) if jobs > 1 and len(documents) > 1 else int(long)


def extract(documents: Sequence[Document], workers: int) -> Generator[Part | Result | None, None, None]:
    """A ``Result`` per document in order, ``Part``s while long ones are read, ``None`` while waiting."""
    if workers < 1:
        yield from _in_process(documents)
    else:
        yield from _in_workers(documents, workers)


def _in_process(documents: Sequence[Document]) -> Generator[Part | Result, None, None]:
    from core.extract import pipeline

    ahead: dict = {}  # short documents parsed together, by index (``pipeline.parse_ahead``)
    for index, document in enumerate(documents):
        if index not in ahead:
            ahead = pipeline.parse_ahead(documents, index)
        steps = pipeline.extract_one(document, ahead.pop(index, None))
        while True:
            try:
                step = next(steps)
            except StopIteration as stop:
                yield Result(index, stop.value)
                break
            yield Part(index, str(step))


# -- workers ---------------------------------------------------------------------------------------------

_parts: multiprocessing.Queue | None = None  # set in each worker: where it reports progress inside a document


def _start_worker(parts: multiprocessing.Queue) -> None:
    global _parts
    _parts = parts
    from core.extract.nlp import load_nlp

    load_nlp()
    # the model's and the tables' objects (some 100,000: vocabulary, pipeline, lexicons) live as long as the worker:
    # moved out of the cycle collector's reach, its full passes over what the rules allocate no longer walk them too.
    # Only here, in a fresh worker process: frozen in the app's own process, its windows' cycles would never be freed.
    gc.collect()
    gc.freeze()


def _work(index: int, document: Document) -> DocExtraction | Problem:
    from core.extract.pipeline import extract_one

    steps = extract_one(document)
    while True:
        try:
            step = next(steps)
        except StopIteration as stop:
            return stop.value
        if _parts is not None:
            _parts.put((index, str(step)))


def _in_workers(documents: Sequence[Document], jobs: int) -> Generator[Part | Result | None, None, None]:
    context = multiprocessing.get_context("spawn")
    parts = context.Queue()
    head, careful_until = 0, 0
    while head < len(documents):  # a pool that broke (a worker killed) is replaced and the rest go on
        executor = ProcessPoolExecutor(jobs, mp_context=context, initializer=_start_worker, initargs=(parts,))
        finished = False
        try:
            head, careful_until = yield from _drain(executor, documents, head, careful_until, jobs, parts)
            finished = True
        finally:
            _stop(executor, finished)


def _drain(
    executor: ProcessPoolExecutor,
    documents: Sequence[Document],
    head: int,
    careful_until: int,
    jobs: int,
    parts: multiprocessing.Queue,
) -> Generator[Part | Result | None, None, tuple[int, int]]:
    """Results from ``head`` on, in order; returns ``(len(documents), 0)``, or where to go on if the pool broke.

    When a worker dies, every document in flight fails with it; those are then run again one at a time
    (up to ``careful_until``), so that only the document that kills its worker is reported.
    """
    futures: dict[int, Future] = {}
    queued = head
    while head < len(documents):
        ahead = 1 if head < careful_until else jobs * _AHEAD
        while queued < len(documents) and queued < head + ahead:
            try:
                futures[queued] = executor.submit(_work, queued, documents[queued])
            except BrokenProcessPool:
                break  # a worker died since the last look: what is in flight fails below, and is run again
            queued += 1
        if head not in futures:
            return head, careful_until  # the pool broke with nothing of this document in it: a new pool goes on
        future = futures.pop(head)
        while not wait([future], timeout=POLL_SECONDS).done:
            yield from _reported(parts)
            yield None
        yield from _reported(parts)
        try:
            value = future.result()
        except BrokenProcessPool:
            if queued > head + 1:  # others were in flight: any of them may have killed the worker
                return head, queued
            yield Result(head, Problem(documents[head].path, "could not be extracted (its worker process stopped)"))
            return head + 1, careful_until
        yield Result(head, value)
        head += 1
    return head, 0


def _reported(parts: multiprocessing.Queue) -> Generator[Part, None, None]:
    while True:
        try:
            index, step = parts.get_nowait()
        except queue.Empty:
            return
        yield Part(index, step)


def _stop(executor: ProcessPoolExecutor, finished: bool) -> None:
    """Close the pool; when not ``finished`` (a cancel), queued documents are dropped and running ones killed."""
    if finished:
        executor.shutdown(wait=True)
        return
    # Python 3.14 has terminate_workers() for this; before it the pool's processes are only reachable here
    workers = list((getattr(executor, "_processes", None) or {}).values())
    executor.shutdown(wait=False, cancel_futures=True)
    for process in workers:
        if process.is_alive():
            process.terminate()
    for process in workers:
        process.join(timeout=2)
