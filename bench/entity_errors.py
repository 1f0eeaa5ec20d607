"""List every entity error of an extraction against gold, matched as the shared scorer matches them.

    python3 bench/entity_errors.py PREDICTED.json GOLD_DIR [--scorer ../shared/eval/score.py]

Prints one line per error, grouped by document: ``FP`` a predicted entity no gold entity matches (with its forms
and kind), ``FN`` a gold entity no prediction matches (with its aliases), ``KIND`` a match whose kind differs from
the gold's. The last line counts each. The matching (one-to-one, canonical-name hits first) is the scorer's own.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.gold_match import match_forms


def _load_norm(scorer: Path):
    spec = importlib.util.spec_from_file_location("score", scorer)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.norm


def errors(pred: dict, gold_dir: Path, norm) -> list[tuple[str, str, str]]:
    """(document stem, class, description) for every entity error."""
    docs = {d["id"]: d for d in pred["documents"]}
    out = []
    for doc_id, d in docs.items():
        stem = Path(d["path"]).stem
        g = gold_dir / (stem + ".json")
        if not g.exists():
            continue
        gold = json.loads(g.read_text(encoding="utf-8"))
        forms: dict[str, set[str]] = {}
        raw: dict[str, set[str]] = {}
        kinds: dict[str, str] = {}
        for e in pred["entities"]:
            texts = {m["text"] for m in e.get("mentions", []) if m.get("document") == doc_id}
            if texts:
                forms[e["id"]] = {norm(t) for t in texts} | {norm(e["name"])}
                raw[e["id"]] = texts
                kinds[e["id"]] = e.get("kind")
        gents = {ge["name"]: ge for ge in gold["entities"]}
        m = match_forms(forms, gold, norm)
        used_p, used_g = set(m), set(m.values())
        for pid, name in m.items():
            if kinds[pid] != gents[name]["kind"]:
                out.append((stem, "KIND", f"{name!r} gold {gents[name]['kind']} got {kinds[pid]} {sorted(raw[pid])}"))
        for pid in forms:
            if pid not in used_p:
                out.append((stem, "FP", f"{kinds[pid]} {sorted(raw[pid])}"))
        for name, ge in gents.items():
            if name not in used_g:
                out.append((stem, "FN", f"{ge['kind']} {name!r} aliases {ge.get('aliases', [])}"))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("predicted", type=Path)
    ap.add_argument("gold", type=Path)
    ap.add_argument("--scorer", type=Path, default=Path("../shared/eval/score.py"))
    args = ap.parse_args()
    norm = _load_norm(args.scorer)
    found = errors(json.loads(args.predicted.read_text(encoding="utf-8")), args.gold, norm)
    counts: dict[str, int] = {}
    for stem, cls, text in found:
        print(f"{stem}\t{cls}\t{text}")
        counts[cls] = counts.get(cls, 0) + 1
    print(" ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
