"""Snapshot of everything extraction puts out, to prove a change (a speed-up) leaves the output exactly as it was.

    python bench/output_snapshot.py OUT_DIR [--sets NAME ...]        # write the snapshot
    python bench/output_snapshot.py NEW_DIR --compare OLD_DIR        # write, then compare with an older one

For each set it writes two files: ``NAME.docs.json``, every document's own extraction in the order the rules gave
it (entities with their mentions' offsets, relations with their evidence), and ``NAME.cli.json``, what
``entente extract --format json`` prints for the set (cross-document resolution and graph building included).
``--compare`` checks both byte for byte and names the first documents that differ.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import sys
from dataclasses import asdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from core import cli  # noqa: E402
from core.extract import extract_documents  # noqa: E402
from core.ingest import ingest  # noqa: E402
from core.model import Document  # noqa: E402

SETS = {
    "real-dev": ROOT / "bench" / "real" / "dev",
    "real-holdout": ROOT / "bench" / "real" / "holdout",
    "real-blind4": ROOT / "bench" / "real" / "blind4",
    "corpus": ROOT.parent / "shared" / "corpus",
    "heldout": ROOT / "bench" / "heldout",
    "blind2": ROOT / "bench" / "blind2",
    "blind3": ROOT / "bench" / "blind3",
    "dev": ROOT / "bench" / "dev",
}


def articles(folder: Path) -> list[str]:
    return sorted(str(p) for p in folder.iterdir() if p.is_file() and p.suffix in {".txt", ".md", ".html"})


def snapshot(name: str, folder: Path, out: Path) -> None:
    paths = articles(folder)
    docs = [d for d in ingest(paths) if isinstance(d, Document)]
    per_doc = {}
    for document, result in zip(docs, extract_documents(docs), strict=True):
        per_doc[Path(document.path).name] = asdict(result) if hasattr(result, "entities") else repr(result)
    (out / f"{name}.docs.json").write_text(json.dumps(per_doc, indent=1, ensure_ascii=False, sort_keys=True) + "\n")
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        cli.main(["extract", *paths, "--format", "json", "--jobs", "1"])
    (out / f"{name}.cli.json").write_text(printed.getvalue())


def compare(new: Path, old: Path, names: list[str]) -> bool:
    same = True
    for name in names:
        for suffix in ("docs", "cli"):
            a, b = old / f"{name}.{suffix}.json", new / f"{name}.{suffix}.json"
            if a.read_bytes() == b.read_bytes():
                print(f"{name:<13} {suffix:<4} identical ({b.stat().st_size} bytes)")
                continue
            same = False
            if suffix == "docs":
                before, after = json.loads(a.read_text()), json.loads(b.read_text())
                differ = [k for k in sorted(set(before) | set(after)) if before.get(k) != after.get(k)]
                print(f"{name:<13} {suffix:<4} DIFFERS in {len(differ)} documents: {', '.join(differ[:8])}")
            else:
                print(f"{name:<13} {suffix:<4} DIFFERS")
    return same


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out", type=Path)
    ap.add_argument("--compare", type=Path, help="an earlier snapshot to compare with")
    ap.add_argument("--sets", nargs="*", default=list(SETS), choices=list(SETS))
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for name in args.sets:
        snapshot(name, SETS[name], args.out)
    if args.compare is None:
        return 0
    return 0 if compare(args.out, args.compare, args.sets) else 1


if __name__ == "__main__":
    sys.exit(main())
