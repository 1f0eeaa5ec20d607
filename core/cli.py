"""`entente extract`, `entente export` (the formats core writes itself), `path` and `rank` (no Qt here).

Exit status: 0 every file was read, 2 some were skipped (output is still written), 1 nothing usable or a
usage error. Standard output carries only the requested output; messages and progress go to stderr.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sqlite3
import sys
import tempfile
from collections.abc import Sequence
from contextlib import ExitStack
from pathlib import Path
from typing import IO

from core import cli_analysis, edit_cli
from core.analysis import AnalysisError
from core.export import GRAPH_SUFFIXES, contract, export_format, write
from core.extract.clean import printable, terminal_pattern
from core.project import AddReport, Progress, Project
from core.store import StoreError

OK, NOTHING, SKIPPED = 0, 1, 2
# JSON escapes C0 controls itself; everything else a terminal could act on or hide is escaped after it
_INVISIBLE_IN_JSON = terminal_pattern(keep_newlines=True)
JOBS_HELP = "worker processes extracting side by side (default: one per core when there is enough text)"


def say(message: str) -> None:
    """A message on stderr, with any control or bidi character in it (a file name, an article's) escaped."""
    print(printable(message), file=sys.stderr)


def json_text(data: dict) -> str:
    """``data`` as JSON; invisible characters JSON leaves raw (C1 controls, bidi, zero-width) come out escaped.

    The parsed values are the same, but a terminal shown the output never acts on them.
    """
    return _INVISIBLE_IN_JSON.sub(_json_escape, json.dumps(data, ensure_ascii=False, indent=1))


def _json_escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code > 0xFFFF:  # JSON spells characters beyond the BMP as a surrogate pair
        code -= 0x10000
        return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"
    return f"\\u{code:04x}"


class SafeParser(argparse.ArgumentParser):
    """argparse echoes what was typed in its errors; a typed escape sequence must not reach the terminal raw."""

    def _print_message(self, message: str, file: IO[str] | None = None) -> None:
        super()._print_message(printable(message, keep_newlines=True), file)


def _jobs(value: str) -> int:
    try:
        jobs = int(value)
    except ValueError:
        jobs = 0
    if jobs < 1:
        raise argparse.ArgumentTypeError(f"not a number of processes: {value!r}")
    return jobs


def parser() -> argparse.ArgumentParser:
    ap = SafeParser(prog="entente", description="Who is tied to whom, from news articles.")
    sub = ap.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("extract", help="extract entities and relations and print them")
    ex.add_argument("paths", nargs="*", metavar="PATH", help="article files or folders (none: the whole project)")
    ex.add_argument("--format", choices=("json", "table"), default="table")
    ex.add_argument("--db", type=Path, help="project file to use or create (default: a temporary one)")
    ex.add_argument("--jobs", type=_jobs, metavar="N", help=JOBS_HELP)
    exp = sub.add_parser("export", help="write the network to a file")
    exp.add_argument("paths", nargs="*", metavar="PATH", help="article files or folders (none: the whole project)")
    exp.add_argument("--out", type=Path, required=True, help=f"output file: {', '.join(GRAPH_SUFFIXES)}, .png")
    exp.add_argument("--db", type=Path, help="project file to use or create (default: a temporary one)")
    exp.add_argument("--jobs", type=_jobs, metavar="N", help=JOBS_HELP)
    cli_analysis.add_view_options(exp)
    cli_analysis.add_commands(sub)
    edit_cli.add_parser(sub)
    return ap


class Refused(Exception):
    """A command line that cannot be run as given; the message is meant for the user."""


def load(
    paths: Sequence[str], db: Path | None, stack: ExitStack, jobs: int | None = None
) -> tuple[Project, AddReport]:
    """Open (or make) the project and add ``paths`` to it, reporting progress and refusals on stderr."""
    if not paths:  # the whole project as it stands, edits applied
        if db is None or not db.is_file():
            raise Refused("name articles, or an existing project with --db" if db is None else f"no project at {db}")
        project = stack.enter_context(Project.open(db))
        return project, AddReport(known=project.documents())
    db_given = db is not None  # a kept project gets its layout made now; a temporary one is never drawn
    if db is None:
        db = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="entente-"))) / "project.entente"
    project = stack.enter_context(Project.open(db))
    report = run_with_progress(project, paths, jobs, lay_out=db_given)
    for problem in report.problems:
        say(f"entente: skipped {problem}")
    return project, report


def run_with_progress(
    project: Project, paths: Sequence[str], jobs: int | None = None, lay_out: bool = True
) -> AddReport:
    if not sys.stderr.isatty():
        return project.add_all(paths, jobs=jobs, lay_out=lay_out)
    from rich.progress import Progress as Bar

    progress = Bar(transient=True, console=None)
    progress.start()
    task = progress.add_task("Reading", total=None)

    def show(step: Progress) -> None:
        description = printable(step.message)
        progress.update(task, completed=step.done, total=step.total or None, description=description)

    try:
        return project.add_all(paths, jobs=jobs, lay_out=lay_out, progress=show)
    finally:
        progress.stop()


def status(report: AddReport) -> int:
    if not report.added and not report.known:
        say("entente: no article could be read")
        return NOTHING
    return SKIPPED if report.problems else OK


def requested(report: AddReport) -> tuple[set[int], dict[int, str]]:
    """The documents this call named, and the path each was named by this time."""
    docs = report.added + report.known
    return {d.id for d in docs}, {d.id: d.path for d in docs}


def table(data: dict) -> str:
    names = {e["id"]: e["name"] for e in data["entities"]}
    lines = [f"{len(data['documents'])} documents, {len(data['entities'])} entities, "
             f"{len(data['relations'])} relations", "", "ENTITIES"]
    for e in sorted(data["entities"], key=lambda e: (e["kind"], -len(e["mentions"]), e["name"])):
        lines.append(f"  {e['kind']:<9} {e['name']:<40} {len(e['mentions']):>3} mentions")
    lines += ["", "RELATIONS"]
    stated = [r for r in data["relations"] if r["family"] != "ASSOCIATION"]
    for r in sorted(stated, key=lambda r: (r["family"], names[r["source"]])):
        lines.append(f"  {r['family']:<11} {names[r['source']]} —{r['type']}→ {names[r['target']]}"
                     f"  ({len(r['evidence'])} sentence{'s' if len(r['evidence']) != 1 else ''}"
                     + (", the analyst's note" if r.get("note") else "") + ")")
    lines.append(f"  … and {len(data['relations']) - len(stated)} co-occurrence ties")
    return "\n".join(lines)


def cmd_extract(args: argparse.Namespace) -> int:
    with ExitStack() as stack:
        project, report = load(args.paths, args.db, stack, args.jobs)
        code = status(report)
        if code == NOTHING:
            return code
        only, paths = requested(report)
        # the whole project (no paths) also holds what the analyst knows from outside the articles
        data = contract(project.documents(), project.entities(), project.relations(), only, paths, not args.paths)
        if args.format == "json":
            sys.stdout.write(json_text(data) + "\n")
        else:
            print(printable(table(data), keep_newlines=True))
        return code


def export_source(args: argparse.Namespace, stack: ExitStack) -> tuple[Project, set[int] | None, int]:
    """The project to export, the documents to export from it (None: all) and the exit status so far.

    With article paths they are added (to ``--db`` or a temporary project) and only they are exported; without,
    the whole of an existing ``--db`` is.
    """
    if args.paths:
        project, report = load(args.paths, args.db, stack, args.jobs)
        code = status(report)
        return project, requested(report)[0], code
    if args.db is None:
        raise LookupError("give article files to export, or an existing project with --db")
    return stack.enter_context(cli_analysis.existing_project(args.db)), None, OK


def cmd_export(args: argparse.Namespace) -> int:
    suffix = export_format(args.out)
    if suffix not in GRAPH_SUFFIXES:
        known = " ".join((*GRAPH_SUFFIXES, ".png"))  # .png is drawn by the app's own view (desktop/cli.py)
        say(f"entente: cannot export to {suffix or 'a file without a suffix'}; name the output with one of: {known}")
        return NOTHING
    with ExitStack() as stack:
        project, only, code = export_source(args, stack)
        if code == NOTHING:
            return code
        view = cli_analysis.view_from_args(args, project)
        written = write(args.out, project.documents(), project.entities(), project.relations(), only, view)
        for path in written:
            say(f"entente: wrote {path}")
        return code


def main(argv: Sequence[str] | None = None) -> int:
    ap = parser()
    try:
        args = ap.parse_args(argv)
    except SystemExit as exc:  # argparse already printed the usage line
        return OK if exc.code == 0 else NOTHING
    commands = {"extract": cmd_extract, "export": cmd_export, "path": cli_analysis.cmd_path,
                "rank": cli_analysis.cmd_rank, "edit": edit_cli.cmd_edit}  # fmt: skip
    try:
        return commands[args.command](args)
    except Refused as exc:
        say(f"entente: {exc}")
        return NOTHING
    except (LookupError, AnalysisError) as exc:  # an unknown entity, an ambiguous name, a bad date
        say(f"entente: {exc.args[0] if exc.args else exc}")
        return NOTHING
    except StoreError as exc:
        say(f"entente: {exc}")
        return NOTHING
    except sqlite3.DatabaseError as exc:  # the file opened but its pages are damaged
        say(f"entente: the project file cannot be used ({exc})")
        return NOTHING
    except BrokenPipeError:  # the reader stopped early (``| head``): it has what it asked for
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # Python's own advice: nothing more reaches the closed pipe at exit
        return OK
    except OSError as exc:
        say(f"entente: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "))
        return NOTHING
    except KeyboardInterrupt:
        say("entente: interrupted; what was extracted is saved")
        return 130


if __name__ == "__main__":
    sys.exit(main())
