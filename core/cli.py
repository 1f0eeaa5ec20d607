"""`entente extract`, `entente export` (the formats core writes itself), `path` and `rank` (no Qt here).

Exit status: 0 every file was read, 2 some were skipped (output is still written), 1 nothing usable or a
usage error. Standard output carries only the requested output; messages and progress go to stderr.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
import tempfile
from collections.abc import Sequence
from contextlib import ExitStack
from pathlib import Path

from core import cli_analysis
from core.analysis import AnalysisError
from core.export import GRAPH_SUFFIXES, contract, export_format, write
from core.project import AddReport, Project
from core.store import StoreError

OK, NOTHING, SKIPPED = 0, 1, 2


def parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="entente", description="Who is tied to whom, from news articles.")
    sub = ap.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("extract", help="extract entities and relations and print them")
    ex.add_argument("paths", nargs="+", metavar="PATH", help="article files or folders")
    ex.add_argument("--format", choices=("json", "table"), default="table")
    ex.add_argument("--db", type=Path, help="project file to use or create (default: a temporary one)")
    exp = sub.add_parser("export", help="write the network to a file")
    exp.add_argument("paths", nargs="*", metavar="PATH", help="article files or folders (none: all of --db)")
    exp.add_argument("--out", type=Path, required=True, help=f"output file: {', '.join(GRAPH_SUFFIXES)}, .png")
    exp.add_argument("--db", type=Path, help="project file to use or create (default: a temporary one)")
    cli_analysis.add_view_options(exp)
    cli_analysis.add_commands(sub)
    return ap


def load(paths: Sequence[str], db: Path | None, stack: ExitStack) -> tuple[Project, AddReport]:
    """Open (or make) the project and add ``paths`` to it, reporting progress and refusals on stderr."""
    if db is None:
        db = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="entente-"))) / "project.entente"
    project = stack.enter_context(Project.open(db))
    report = run_with_progress(project, paths)
    for problem in report.problems:
        print(f"entente: skipped {problem}", file=sys.stderr)
    return project, report


def run_with_progress(project: Project, paths: Sequence[str]) -> AddReport:
    gen = project.add(paths)
    progress = None
    if sys.stderr.isatty():
        from rich.progress import Progress as Bar

        progress = Bar(transient=True, console=None)
        progress.start()
        task = progress.add_task("Reading", total=None)
    try:
        while True:
            try:
                step = next(gen)
            except StopIteration as stop:
                return stop.value
            if progress is not None:
                progress.update(task, completed=step.done, total=step.total or None, description=step.message)
    finally:
        if progress is not None:
            progress.stop()


def status(report: AddReport) -> int:
    if not report.added and not report.known:
        print("entente: no article could be read", file=sys.stderr)
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
                     f"  ({len(r['evidence'])} sentence{'s' if len(r['evidence']) != 1 else ''})")
    lines.append(f"  … and {len(data['relations']) - len(stated)} co-occurrence ties")
    return "\n".join(lines)


def cmd_extract(args: argparse.Namespace) -> int:
    with ExitStack() as stack:
        project, report = load(args.paths, args.db, stack)
        code = status(report)
        if code == NOTHING:
            return code
        only, paths = requested(report)
        data = contract(project.documents(), project.entities(), project.relations(), only, paths)
        if args.format == "json":
            sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=1) + "\n")
        else:
            print(table(data))
        return code


def export_source(args: argparse.Namespace, stack: ExitStack) -> tuple[Project, set[int] | None, int]:
    """The project to export, the documents to export from it (None: all) and the exit status so far.

    With article paths they are added (to ``--db`` or a temporary project) and only they are exported; without,
    the whole of an existing ``--db`` is.
    """
    if args.paths:
        project, report = load(args.paths, args.db, stack)
        code = status(report)
        return project, requested(report)[0], code
    if args.db is None:
        raise LookupError("give article files to export, or an existing project with --db")
    return stack.enter_context(cli_analysis.existing_project(args.db)), None, OK


def cmd_export(args: argparse.Namespace) -> int:
    suffix = export_format(args.out)
    if suffix not in GRAPH_SUFFIXES:
        print(f"entente: core cannot write {suffix or 'files without a suffix'}", file=sys.stderr)
        return NOTHING
    with ExitStack() as stack:
        project, only, code = export_source(args, stack)
        if code == NOTHING:
            return code
        view = cli_analysis.view_from_args(args, project)
        written = write(args.out, project.documents(), project.entities(), project.relations(), only, view)
        for path in written:
            print(f"entente: wrote {path}", file=sys.stderr)
        return code


def main(argv: Sequence[str] | None = None) -> int:
    ap = parser()
    try:
        args = ap.parse_args(argv)
    except SystemExit as exc:  # argparse already printed the usage line
        return OK if exc.code == 0 else NOTHING
    commands = {"extract": cmd_extract, "export": cmd_export, "path": cli_analysis.cmd_path,
                "rank": cli_analysis.cmd_rank}  # fmt: skip
    try:
        return commands[args.command](args)
    except (LookupError, AnalysisError) as exc:  # an unknown entity, an ambiguous name, a bad date
        print(f"entente: {exc.args[0] if exc.args else exc}", file=sys.stderr)
        return NOTHING
    except StoreError as exc:
        print(f"entente: {exc}", file=sys.stderr)
        return NOTHING
    except sqlite3.DatabaseError as exc:  # the file opened but its pages are damaged
        print(f"entente: the project file cannot be used ({exc})", file=sys.stderr)
        return NOTHING
    except OSError as exc:
        print(f"entente: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "), file=sys.stderr)
        return NOTHING
    except KeyboardInterrupt:
        print("entente: interrupted; what was extracted is saved", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
