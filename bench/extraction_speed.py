"""Extraction speed against spaCy's own ``nlp.pipe`` over the same text with the same model, then with 1 and N jobs.

    python bench/extraction_speed.py [--repeat N] [--jobs-repeat N] [--jobs N] [PATH ...]

Prints words per second for both, and the ratio (Entente's time / spaCy's time); the target is at most 1.3.
The spaCy side is the plain model as shipped; Entente's side is its whole extraction (its own pipeline
components, entity and relation rules). Each pass runs on copies of the articles with a per-pass marker,
so spaCy's caches do not flatter either side.

Then the same extraction through ``core.parallel`` with one process and with ``--jobs`` worker processes (2 by
default) over ``--jobs-repeat`` passes: words per second and the speed-up (goal >= 1.7x on two cores). The
workers' start-up (a language model load each) is counted in; other programs running meanwhile are not
subtracted, so run it on a quiet machine (the load average is printed).
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import spacy  # noqa: E402

from core import parallel  # noqa: E402
from core.extract import extract_documents  # noqa: E402
from core.extract.nlp import MODEL  # noqa: E402
from core.ingest import ingest  # noqa: E402
from core.model import Document  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("paths", nargs="*", default=[str(ROOT / "resources" / "corpus")])
    ap.add_argument("--repeat", type=int, default=8, help="passes over the articles (default 8)")
    ap.add_argument("--jobs-repeat", type=int, default=30, help="passes for the jobs comparison (default 30)")
    ap.add_argument("--jobs", type=int, default=2, help="worker processes to compare with one (default 2)")
    ap.add_argument("--only-jobs", action="store_true", help="skip the comparison with spaCy")
    args = ap.parse_args()

    base = [d for d in ingest(args.paths) if isinstance(d, Document)]
    if args.only_jobs:
        compare_jobs(base, args.jobs_repeat, args.jobs)
        return 0
    docs = [
        Document(sha256=f"{d.sha256}-{i}", path=d.path, title=d.title, text=f"Pass {i}.\n\n{d.text}")
        for i in range(args.repeat)
        for d in base
    ]
    words = sum(len(d.text.split()) for d in docs)
    nlp = spacy.load(MODEL)  # the plain model: Entente's own components count against Entente
    list(nlp.pipe(d.text for d in docs[: len(base)]))  # warm-up: both sides then run on a loaded model
    list(extract_documents(base))

    timings, cpu = {}, {}
    for name, run in (
        ("spaCy nlp.pipe", lambda: list(nlp.pipe((d.text for d in docs), batch_size=8))),
        ("Entente extract", lambda: list(extract_documents(docs, batch_size=8))),
    ):
        start, cpu_start = time.perf_counter(), time.process_time()
        run()
        timings[name], cpu[name] = time.perf_counter() - start, time.process_time() - cpu_start

    print(f"{len(docs)} documents, {words} words ({len(base)} articles x {args.repeat} passes)")
    for name, seconds in timings.items():
        print(f"{name:<16} {seconds:7.2f} s  {words / seconds:8.0f} words/s  (CPU time {cpu[name]:.2f} s)")
    ratio = timings["Entente extract"] / timings["spaCy nlp.pipe"]
    print(f"ratio            {ratio:7.2f}x  (target <= 1.30)")
    cpu_ratio = cpu["Entente extract"] / cpu["spaCy nlp.pipe"]
    print(f"CPU-time ratio   {cpu_ratio:7.2f}x  (process time: less moved by other programs on a shared machine)")
    print(f"peak memory      {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:7.0f} MB")
    compare_jobs(base, args.jobs_repeat, args.jobs)
    return 0


def _cpu() -> float:
    """CPU seconds of this process and of its finished children (the workers)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def compare_jobs(base: list[Document], repeat: int, jobs: int) -> None:
    """Words per second through ``core.parallel`` with one process and with ``jobs`` workers (none if repeat is 0)."""
    if repeat <= 0:
        return
    docs = [
        Document(sha256=f"{d.sha256}-j{i}", path=d.path, title=d.title, text=f"Run {i}.\n\n{d.text}")
        for i in range(repeat)
        for d in base
    ]
    words = sum(len(d.text.split()) for d in docs)
    print(f"\n{len(docs)} documents, {words} words; load average before: {os.getloadavg()[0]:.2f}")
    seconds, cpu = {}, {}
    for n in (1, jobs):
        start, cpu_start = time.perf_counter(), _cpu()
        results = [s for s in parallel.extract(docs, parallel.workers_for(docs, n)) if isinstance(s, parallel.Result)]
        seconds[n], cpu[n] = time.perf_counter() - start, _cpu() - cpu_start
        assert len(results) == len(docs)
        label = "1 job " if n == 1 else f"{n} jobs"
        print(f"{label:<16} {seconds[n]:7.2f} s  {words / seconds[n]:8.0f} words/s  (CPU time {cpu[n]:.1f} s, "
              f"workers' included)")
    print(f"speed-up         {seconds[1] / seconds[jobs]:7.2f}x  (goal >= 1.70 with 2 jobs on 2 cores; "
          f"{parallel.cores()} cores here, load average after: {os.getloadavg()[0]:.2f})")
    # On a busy machine the wall-clock speed-up says more about the other programs than about this one; the CPU
    # time does not: with every core free, N workers can be at most N x (1-job CPU / N-job CPU) faster.
    print(f"CPU-bound limit  {jobs * cpu[1] / cpu[jobs]:7.2f}x  (the speed-up on {jobs} idle cores, from CPU times: "
          f"{jobs} x {cpu[1]:.1f} s / {cpu[jobs]:.1f} s)")
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"peak memory of a worker {children:7.0f} MB")


if __name__ == "__main__":
    sys.exit(main())
