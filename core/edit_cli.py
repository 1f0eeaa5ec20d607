"""`entente edit --db FILE ...`: the analyst's edits from the command line, one transaction each.

Exit status: 0 the edit was made (or the log printed), 1 it was refused (unknown or ambiguous name, nothing to
do, bad input): nothing changed then. The made edit is printed on standard output, errors on stderr.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from core import edits
from core.edits import EditError
from core.extract.clean import printable
from core.project import Project
from core.records import DocumentInfo, EntityInfo

OK, REFUSED = 0, 1


def add_parser(sub: argparse._SubParsersAction) -> None:
    ed = sub.add_parser("edit", help="correct the network: merge, split, rename, reject, add, undo…")
    ed.add_argument("--db", type=Path, required=True, help="the project file")
    ops = ed.add_subparsers(dest="op", required=True, metavar="EDIT")

    def op(name: str, help_: str) -> argparse.ArgumentParser:
        return ops.add_parser(name, help=help_)

    p = op("merge", "merge entities into one")
    p.add_argument("entities", nargs="+", metavar="ENTITY")
    p.add_argument("--name", help="the survivor's name (one of theirs, or a new one)")
    p = op("split", "move an alias (and its mentions) out of an entity")
    p.add_argument("entity", metavar="ENTITY")
    p.add_argument("alias", metavar="ALIAS")
    p.add_argument("--into", metavar="ENTITY", help="an existing entity to move it to (default: a new one)")
    p.add_argument("--name", help="the new entity's name (default: the alias)")
    p = op("rename", "rename an entity")
    p.add_argument("entity", metavar="ENTITY")
    p.add_argument("name", metavar="NAME")
    p = op("kind", "change an entity's kind")
    p.add_argument("entity", metavar="ENTITY")
    p.add_argument("kind", metavar="KIND")
    p = op("reject", "take an entity out; its name never becomes an entity again")
    p.add_argument("entity", metavar="ENTITY")
    p = op("restore", "let a rejected name be an entity again")
    p.add_argument("name", metavar="NAME")
    p = op("confirm", "stand behind an entity as the machine made it")
    p.add_argument("entity", metavar="ENTITY")
    p = op("add-entity", "add an entity; its mentions are found in every document (it may have none)")
    p.add_argument("name", metavar="NAME")
    p.add_argument("--kind", required=True)
    p = op("add-tie", "add a tie; the sentence at --at is its evidence, or --note says where it is known from")
    _ends(p)
    p.add_argument("--family", required=True)
    p.add_argument("--type", required=True, dest="type_")
    p.add_argument("--document", metavar="DOC", help="document id (d3) or file name")
    p.add_argument("--at", type=int, metavar="OFFSET", help="a character offset in the sentence")
    p.add_argument("--note", help="where the tie is known from, when no article states it (a registry, a filing)")
    p.add_argument("--date", metavar="YYYY-MM-DD", help="with --note: when the tie held, for views of a period")
    p = op("reject-tie", "take a tie out")
    _ends(p)
    p.add_argument("--family")
    p = op("retype-tie", "change a tie's family, type or direction")
    _ends(p)
    p.add_argument("--family", required=True, help="the tie's family now")
    p.add_argument("--new-family")
    p.add_argument("--new-type")
    p.add_argument("--reverse", action="store_true", help="turn the tie round")
    p = op("confirm-tie", "stand behind a tie as the machine made it")
    _ends(p)
    p.add_argument("--family", required=True)
    p = op("date", "set a document's date")
    p.add_argument("document", metavar="DOC")
    p.add_argument("date", metavar="YYYY-MM-DD")
    op("undo", "undo the last edit")
    op("redo", "redo the last undone edit")
    op("log", "print every edit, newest last")


def _ends(p: argparse.ArgumentParser) -> None:
    p.add_argument("source", metavar="SOURCE")
    p.add_argument("target", metavar="TARGET")


def entity(project: Project, text: str) -> EntityInfo:
    """The one entity ``text`` names, or an error listing the candidates."""
    found = project.find_entities(text)
    if len(found) == 1:
        return found[0]
    if found:
        listed = "; ".join(f"e{e.id} {e.name} ({e.kind})" for e in found[:20])
        raise EditError(f"{text!r} names {len(found)} entities: {listed}; use an id")
    entities = project.entities()
    near = [e for e in entities if text.casefold() in e.name.casefold()][:10]
    near += [e for e in edits.similar(text, entities, 5) if e not in near]  # 'Lukashenko' → 'Lukashenka'
    hint = ("; did you mean: " + "; ".join(f"e{e.id} {e.name}" for e in near)) if near else ""
    raise EditError(f"no entity {text!r}{hint}")


def document(project: Project, text: str) -> DocumentInfo:
    docs = project.documents()
    found = [d for d in docs if f"d{d.id}" == text] or [
        d for d in docs if d.path == text or Path(d.path).name == text
    ]
    if len(found) == 1:
        return found[0]
    if found:
        raise EditError(f"{text!r} names {len(found)} documents: " + ", ".join(f"d{d.id} {d.path}" for d in found))
    raise EditError(f"no document {text!r} (use an id such as d1, or a file name)")


def build(project: Project, args: argparse.Namespace) -> edits.Edit:
    """The edit the command line asks for, with every name looked up."""
    match args.op:
        case "merge":
            return edits.merge([entity(project, e) for e in args.entities], args.name)
        case "split":
            into = entity(project, args.into) if args.into else None
            return edits.split(entity(project, args.entity), args.alias, into=into, name=args.name)
        case "rename":
            return edits.rename(entity(project, args.entity), args.name)
        case "kind":
            return edits.set_kind(entity(project, args.entity), args.kind)
        case "reject":
            return edits.reject(entity(project, args.entity))
        case "restore":
            return edits.restore(args.name)
        case "confirm":
            return edits.confirm(entity(project, args.entity))
        case "add-entity":
            return edits.add_entity(args.name, args.kind)
        case "add-tie":
            if (args.document is None) != (args.at is None):
                raise EditError("--document and --at go together (the sentence of an article)")
            if args.document is None and not args.note:
                raise EditError("say what states the tie: --document DOC --at OFFSET, or --note TEXT")
            evidence = None
            if args.document is not None:
                evidence = project.sentence_at(document(project, args.document).id, args.at)
            return edits.add_tie(
                entity(project, args.source), entity(project, args.target), args.family, args.type_, evidence,
                args.note, args.date,
            )
        case "reject-tie":
            return edits.reject_tie(entity(project, args.source), entity(project, args.target), args.family)
        case "retype-tie":
            return edits.retype_tie(
                entity(project, args.source), entity(project, args.target), args.family,
                args.new_family, args.new_type, args.reverse,
            )
        case "confirm-tie":
            return edits.confirm_tie(entity(project, args.source), entity(project, args.target), args.family)
        case "date":
            return edits.set_date(document(project, args.document), args.date)
    raise EditError(f"unknown edit {args.op!r}")


def _err(message: str) -> None:
    print(printable(message), file=sys.stderr)


def line(entry: edits.LogEntry) -> str:
    state = "undone" if entry.undone else entry.status
    return f"{entry.id:>4}  {entry.at}  {entry.summary}  [{state}]"


def cmd_edit(args: argparse.Namespace) -> int:
    if not args.db.is_file():
        _err(f"entente: no project at {args.db}")
        return REFUSED
    with Project.open(args.db) as project:
        try:
            if args.op == "log":
                for entry in project.edit_log():
                    print(printable(line(entry)))
                return OK
            if args.op in ("undo", "redo"):
                entry = project.undo() if args.op == "undo" else project.redo()
                if entry is None:
                    _err(f"entente: nothing to {args.op}")
                    return REFUSED
                print(printable(f"{args.op}: {entry.summary}"))
                return OK
            entry = project.apply(build(project, args))
        except EditError as exc:
            _err(f"entente: {exc}; nothing changed")
            return REFUSED
        print(printable(line(entry)))
        return OK
