"""A long report (five million characters by default) added to a new project: time and peak memory.

    python bench/long_document.py [--chars N] [--jobs N]

The report is generated from the shipped articles, one numbered section each, until it has ``--chars``
characters (a UN Panel of Experts report of several hundred pages is a few million). It goes the way a user's
file goes: read from disk, parsed in pieces, rules over the whole document, stored, linked. Prints the time,
the speed, what was found and the peak resident memory of the whole process (goal: under 1.2 GB for five
million characters); with ``--jobs`` above 1 the worker processes' peak is printed too.
"""

from __future__ import annotations

import argparse
import itertools
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from core.extract import pipeline  # noqa: E402
from core.project import Progress, Project  # noqa: E402


def report_text(chars: int) -> str:
    articles = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "resources" / "corpus").glob("*.txt"))]
    parts = ["Final report of the Panel of Experts\n\n"]
    size, section = len(parts[0]), 0
    while size < chars:
        part = f"{section + 1}. Section {section + 1}\n\n{articles[section % len(articles)].strip()}\n\n"
        parts.append(part)
        size += len(part)
        section += 1
    return "".join(parts)[:chars]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--chars", type=int, default=5_000_000, help="length of the report (default 5,000,000)")
    ap.add_argument("--jobs", type=int, default=1, help="extraction processes (default 1: this process)")
    args = ap.parse_args()
    text = report_text(args.chars)
    words = len(text.split())
    with tempfile.TemporaryDirectory(prefix="entente-long-") as tmp:
        path = Path(tmp) / "report.txt"
        path.write_text(text, encoding="utf-8")
        del text
        print(f"report: {args.chars:,} characters, {words:,} words, "
              f"{len(pipeline.chunk_bounds(path.read_text(encoding='utf-8'))):,} pieces; "
              f"load average {os.getloadavg()[0]:.2f}", flush=True)
        started = time.perf_counter()
        cpu_started = time.process_time()
        marks: dict[str, float] = {}  # when each stage was first reported

        def mark(step: Progress) -> None:
            for stage in ("parsing", "finding names", "reading ties", "Linking"):
                if stage in step.message and stage not in marks:
                    marks[stage] = time.perf_counter() - started

        with Project.open(Path(tmp) / "long.entente") as project:
            report = project.add_all([path], jobs=args.jobs, progress=mark)
            seconds = time.perf_counter() - started
            cpu = time.process_time() - cpu_started
            entities, relations = len(project.entities()), len(project.relations())
    if report.problems:
        print(f"FAILED: {report.problems[0]}")
        return 1
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"time             {seconds:8.1f} s  ({words / seconds:,.0f} words/s); this process's CPU time {cpu:.1f} s "
          f"({words / cpu:,.0f} words/s of CPU)" if args.jobs == 1 else f"time             {seconds:8.1f} s")
    if args.jobs == 1:
        stages = ["start", *marks, "end"]
        at = {"start": 0.0, **marks, "end": seconds}
        print("stages           " + ", ".join(f"{a} {at[b] - at[a]:.1f} s" for a, b in itertools.pairwise(stages)))
    print(f"found            {entities:,} entities, {relations:,} relations")
    print(f"peak memory      {peak:8.0f} MB  (goal < 1,229 MB = 1.2 GB)  load average {os.getloadavg()[0]:.2f}")
    if args.jobs > 1:
        print(f"peak of a worker {resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024:8.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
