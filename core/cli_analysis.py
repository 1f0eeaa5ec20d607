"""`entente path`, `entente rank` and the view options of `entente export` (focus, period, Top N); no Qt here."""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from core import analysis
from core.analysis import MEASURES, AnalysisError, View
from core.extract.clean import printable
from core.project import Project
from core.records import RelationInfo, TextRef

OK, NOTHING = 0, 1


def add_commands(sub: argparse._SubParsersAction) -> None:
    pa = sub.add_parser("path", help="the shortest chains of ties between two entities, with their evidence")
    pa.add_argument("entities", nargs=2, metavar="ENTITY", help="a name, an alias or an id such as e12")
    pa.add_argument("--db", type=Path, required=True, help="the project file")
    pa.add_argument("--paths", type=int, default=3, metavar="N", help="at most N distinct paths (default 3)")
    pa.add_argument("--all-ties", action="store_true", help="co-occurrence (same sentence) ties count too")
    pa.add_argument("--directed", action="store_true", help="follow ties only in the direction stated")
    pa.add_argument("--format", choices=("json", "table"), default="table")
    ra = sub.add_parser("rank", help="the most important entities by a measure")
    ra.add_argument("--db", type=Path, required=True, help="the project file")
    ra.add_argument("--by", choices=MEASURES, default="ties", help="the measure (default: ties)")
    ra.add_argument("--top", type=int, default=20, metavar="N", help="how many (default 20; 0 for all)")
    ra.add_argument("--all-ties", action="store_true", help="co-occurrence (same sentence) ties count too")
    ra.add_argument("--format", choices=("json", "table"), default="table")


def add_view_options(ap: argparse.ArgumentParser) -> None:
    ap.add_argument("--focus", metavar="ENTITY", help="only this entity and its neighbours")
    ap.add_argument("--hops", type=int, default=1, choices=(1, 2, 3), help="neighbours up to N ties away (default 1)")
    ap.add_argument("--since", metavar="YYYY-MM-DD", help="only ties stated in articles dated from this day")
    ap.add_argument("--until", metavar="YYYY-MM-DD", help="only ties stated in articles dated up to this day")
    ap.add_argument("--undated", action="store_true", help="with --since/--until, keep ties from undated articles")
    ap.add_argument("--top", type=int, metavar="N", help="only the N most important entities (see --by)")
    ap.add_argument("--by", choices=MEASURES, default="ties", help="the measure for --top (default: ties)")


def view_from_args(args: argparse.Namespace, project: Project) -> View:
    """The view the export options ask for; raises ``LookupError``/``AnalysisError`` with a user message."""
    focus = ()
    if args.hops != 1 and not args.focus:  # it was dropped without a word: the export was the whole network
        raise AnalysisError("--hops needs --focus ENTITY (the entity whose neighbours to keep)")
    if args.focus:
        focus = ((project.find_entity(args.focus).id, args.hops),)
    if args.top is not None and args.top < 1:
        raise AnalysisError("--top needs a number of entities (1 or more)")
    return View(
        focus=focus,
        since=analysis.parse_day(args.since),
        until=analysis.parse_day(args.until),
        undated=args.undated,
        top=args.top,
        measure=args.by,
    )


def existing_project(db: Path) -> Project:
    if not db.exists():
        raise LookupError(f"{db}: no such project file")
    return Project.open(db)


def _ref(r: TextRef) -> dict:
    return {"document": f"d{r.doc_id}", "text": r.text, "start": r.start, "end": r.end}


def cmd_path(args: argparse.Namespace) -> int:
    with existing_project(args.db) as project:
        a, b = (project.find_entity(text) for text in args.entities)
        if a.id == b.id:
            raise AnalysisError(f"“{args.entities[0]}” and “{args.entities[1]}” are the same entity ({a.name})")
        graph = project.graph()
        found = analysis.paths(graph, a.id, b.id, max(1, args.paths), args.all_ties, args.directed)
        if not found:
            ties = "any ties" if args.all_ties else "stated ties (try --all-ties)"
            print(printable(f"entente: no path between {a.name} and {b.name} through {ties}"), file=sys.stderr)
            return NOTHING
        relations = {r.id: r for r in project.relations()}
        names = {e.id: e.name for e in project.entities()}
        out = []
        for hops in found:
            chain = []
            for hop in hops:
                best: RelationInfo = relations[hop.relations[0]]
                chain.append({
                    "source": f"e{hop.source}", "target": f"e{hop.target}", "type": best.type,
                    "family": str(best.family), "stated": f"e{best.source}→e{best.target}",
                    "evidence": [_ref(x) for x in best.evidence],
                    "other_ties": [{"type": relations[k].type, "family": str(relations[k].family),
                                    "stated": f"e{relations[k].source}→e{relations[k].target}",
                                    "evidence": [_ref(x) for x in relations[k].evidence]}
                                   for k in hop.relations[1:]],
                })  # fmt: skip
            out.append(chain)
        if args.format == "json":
            sys.stdout.write(_json({"paths": out}) + "\n")
        else:
            print(printable(_path_table(out, names), keep_newlines=True))
        return OK


def _path_table(found: list[list[dict]], names: dict[int, str]) -> str:
    def name(ref: str) -> str:
        return names.get(int(ref[1:]), ref)

    lines = []
    for number, chain in enumerate(found, start=1):
        lines.append(f"PATH {number}: {len(chain)} tie{'s' * (len(chain) != 1)}")
        lines.append("  " + name(chain[0]["source"]))
        for hop in chain:
            forward = hop["stated"] == f"{hop['source']}→{hop['target']}"
            arrow = f"—{hop['type']}→" if forward else f"←{hop['type']}—"
            lines.append(f"    {arrow} {name(hop['target'])}  ({hop['family']})")
            for ref in hop["evidence"][:2]:
                lines.append(f"        “{' '.join(ref['text'].split())}” [{ref['document']}]")
            if len(hop["evidence"]) > 2:
                lines.append(f"        … and {len(hop['evidence']) - 2} more sentences")
        lines.append("")
    return "\n".join(lines).rstrip()


def cmd_rank(args: argparse.Namespace) -> int:
    if args.top < 0:
        raise AnalysisError("--top needs a number of entities (0 for all)")
    with existing_project(args.db) as project:
        graph = project.graph()
        scores = project.measure(args.by, args.all_ties, graph)
        groups = project.communities(args.all_ties, graph)
        ranked = analysis.ranking(scores, args.top if args.top and args.top > 0 else None)
        rows = [
            {"id": f"e{n}", "name": graph.nodes[n]["name"], "kind": graph.nodes[n]["kind"],
             "score": round(scores[n], 6), "community": groups.get(n, -1)}
            for n in ranked
        ]  # fmt: skip
        if args.format == "json":
            sys.stdout.write(_json({"by": args.by, "entities": rows}) + "\n")
        else:
            print(f"{'#':>3}  {'ENTITY':<40} {'KIND':<9} {args.by.upper():>12}  GROUP")
            sizes = Counter(groups.values())
            for i, row in enumerate(rows, start=1):
                score = f"{row['score']:.4f}" if args.by in ("betweenness", "pagerank") else f"{row['score']:.0f}"
                group = row["community"] if sizes[row["community"]] > 1 else "-"  # a lone entity is no group
                print(printable(f"{i:>3}  {row['name'][:40]:<40} {row['kind']:<9} {score:>12}  {group}"))
        return OK


def _json(data: dict) -> str:
    """``data`` as indented JSON, invisible characters from articles escaped (see ``core.cli.json_text``)."""
    from core.cli import json_text  # core.cli imports this module

    return json_text(data)
