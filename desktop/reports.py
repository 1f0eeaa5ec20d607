"""What the window tells the user about an add: a few grouped lines however many files, and why a file failed."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from core.project import AddReport

SHOWN_NAMES = 3  # file names named in a report line before "… and N more"


def names_line(paths: Sequence[str | Path]) -> str:
    names = [Path(p).name for p in paths]
    shown = ", ".join(names[:SHOWN_NAMES])
    return shown + (f" … and {len(names) - SHOWN_NAMES} more" if len(names) > SHOWN_NAMES else "")


def _files(count: int) -> str:
    return f"{count} file{'s' * (count != 1)}"


def describe_report(report: AddReport) -> str:
    """The user-facing summary of an add, a few lines however many files: problems are grouped by reason."""
    added = len(report.added)
    head = f"Added {added} article{'s' * (added != 1)}." if added else "No new articles were added."
    lines = [head + (" Cancelled before the end." * report.cancelled)]
    if report.duplicates:
        lines.append("Already in the project: " + names_line(report.duplicates))
    by_reason: dict[str, list[str]] = {}
    for problem in report.problems:
        by_reason.setdefault(problem.reason, []).append(problem.path)
    for reason, paths in by_reason.items():
        if len(paths) == 1:
            lines.append(f"Could not read {Path(paths[0]).name}: {reason}")
        else:
            lines.append(f"{_files(len(paths))} could not be read: {reason} ({names_line(paths)})")
    return "\n".join(lines)


def report_details(report: AddReport) -> str:
    """Every file of the report, one a line, for the message bar's details; empty when the summary names all."""
    per_reason: dict[str, int] = {}
    for problem in report.problems:
        per_reason[problem.reason] = per_reason.get(problem.reason, 0) + 1
    if max([len(report.duplicates), *per_reason.values()]) <= SHOWN_NAMES:
        return ""
    lines = [f"Already in the project: {p}" for p in report.duplicates]
    lines += [f"Could not read {problem.path}: {problem.reason}" for problem in report.problems]
    return "\n".join(lines)


def error_reason(exc: BaseException, path: Path) -> str:
    """The first line of ``exc`` without the leading "<path>: " that the core's errors carry for the CLI."""
    text = str(exc).split("\n")[0] if str(exc) else type(exc).__name__
    for prefix in {str(path), str(Path(path).absolute()), str(Path(path).resolve())}:
        if text.startswith(prefix + ": "):
            return text[len(prefix) + 2 :]
    return text


def opaque(color: str) -> str:
    """``rgba(r, g, b, a)`` as ``#rrggbb``: menu swatches read better without the canvas transparency."""
    if color.startswith("rgba("):
        r, g, b = (int(float(v)) for v in color[5:-1].split(",")[:3])
        return f"#{r:02x}{g:02x}{b:02x}"
    return color
