"""The ``entente`` console script: ``extract``/``export`` go to the Qt-free core, anything else opens the window.

``--self-test`` runs ``desktop.self_test``. Only a PNG export needs Qt (the page is drawn by QtWebEngine):
core builds the project and this file hands its graph to ``desktop.headless``.
"""

from __future__ import annotations

import errno
import logging
import sys
from collections.abc import Sequence
from contextlib import ExitStack
from pathlib import Path

CORE_COMMANDS = ("extract", "export", "edit", "path", "rank")
QT_IMAGE_SUFFIXES = (".png",)


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if "--self-test" in args:
        from desktop import self_test

        return self_test.main([a for a in args if a != "--self-test"])
    if args and args[0] in CORE_COMMANDS:
        if args[0] == "export" and _out_suffix(args) in QT_IMAGE_SUFFIXES:
            return export_png(args)
        from core import cli

        return cli.main(args)
    from desktop import app

    return app.run(args)


def _out_suffix(args: list[str]) -> str:
    for i, arg in enumerate(args):
        if arg == "--out" and i + 1 < len(args):
            return Path(args[i + 1]).suffix.lower()
        if arg.startswith("--out="):
            return Path(arg.split("=", 1)[1]).suffix.lower()
    return ""


def export_png(argv: list[str]) -> int:
    """``entente export PATHS --out x.png``: core reads and extracts, the headless view draws."""
    from core import cli

    try:
        args = cli.parser().parse_args(argv)
    except SystemExit as exc:
        return cli.OK if exc.code == 0 else cli.NOTHING
    from desktop.app import prepare_environment

    prepare_environment()
    # the view's own error log would reach the terminal as a second, unprefixed line beside ours
    logging.getLogger().addHandler(logging.NullHandler())
    try:
        if not Path(args.out).parent.is_dir():  # said as the other formats say it, before any work is done
            raise FileNotFoundError(errno.ENOENT, "No such file or directory", str(args.out))
        with ExitStack() as stack:
            project, only, code = cli.export_source(args, stack)  # the articles named now, as other formats do
            if code == cli.NOTHING:
                return code
            from core import cli_analysis
            from core.export import view_graph
            from desktop import headless

            view = cli_analysis.view_from_args(args, project)  # focus, period and Top N, as other formats
            graph = view_graph(project.documents(), project.entities(), project.relations(), view, only)
            headless.render_png(graph, args.out)
            cli.say(f"entente: wrote {args.out}")
            return code
    except OSError as exc:
        cli.say(f"entente: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "))
        return cli.NOTHING
    except cli.Refused as exc:
        print(f"entente: {exc}", file=sys.stderr)
        return cli.NOTHING
    except Exception as exc:  # the store or the renderer refused: one line, no traceback
        cli.say(f"entente: {exc}")
        return cli.NOTHING


if __name__ == "__main__":
    sys.exit(main())
