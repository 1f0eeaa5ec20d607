"""Relation precision by rule label: for each relation `type` label, the typed pairs it gives and how many the gold has.

    python3 bench/label_precision.py [--base DIR] [--from N] [--to N] [--late N] [--top K] [--false LABEL ...]

Reads an extraction's per-set outputs (DIR/blindNN.json, default /tmp/main_base27) and the gold of
bench/real/blindNN/gold. Entities are matched to gold as ../shared/eval/score.py matches them (bench/gold_match.py),
and pairs are counted as the scorer counts them: per document, one unordered pair of ends (an unmatched end counts
as its own "?id"), typed when a relation of a family other than ASSOCIATION has evidence in that document.

Per label: typed pairs (document, pair) it fires on, of them in the gold / not, the share of the gold pairs whose
gold families include the label's family, the number of stories (rNN prefixes) it fires in, and the pairs only that
label types ('sole': what dropping the label would remove) with how many of those are gold; 'not gold' counts
apart those with an end that matches no gold entity (an entity error more than the rule's). The table is printed
over blind FROM..TO and again over blind LATE..TO (the sets tuned least). ``--false LABEL`` prints that label's
false pairs (and ``--gold LABEL`` its gold ones) with their evidence sentences.
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from bench.gold_match import gold_docs, load_norm  # noqa: E402


def typed_rows(pred: dict, gold_dir: Path, norm) -> list[dict]:
    """One row per (document, label, pair) typed: label, family, story, document stem, ends, gold families of the
    pair (empty when the gold has no such pair), the labels typing the same pair in that document, evidence."""
    names = {e["id"]: e["name"] for e in pred["entities"]}
    kinds = {e["id"]: e.get("kind") for e in pred["entities"]}
    rows = []
    for d, gold, m, gfam in gold_docs(pred, gold_dir, norm):
        stem = Path(d["path"]).stem
        gkind = {ge["name"]: ge["kind"] for ge in gold["entities"]}
        per_pair: dict[frozenset, list[dict]] = collections.defaultdict(list)
        for r in pred["relations"]:
            evs = [ev for ev in r.get("evidence", []) if ev.get("document") == d["id"]]
            if not evs or r.get("family") == "ASSOCIATION":
                continue
            a = m.get(r["source"], "?" + r["source"])
            b = m.get(r["target"], "?" + r["target"])
            pair = frozenset((a, b))
            per_pair[pair].append(
                {
                    "label": r["type"],
                    "family": r["family"],
                    "story": stem.split("_")[0],
                    "doc": stem,
                    "ends": (names.get(r["source"], r["source"]), names.get(r["target"], r["target"])),
                    "kinds": (kinds.get(r["source"]), kinds.get(r["target"])),
                    "gold_kinds": (gkind.get(a, "?"), gkind.get(b, "?")),
                    "gold": sorted(gfam.get(pair, ())),
                    "evidence": evs[0]["text"],
                }
            )
        for ties in per_pair.values():
            labels = {t["label"] for t in ties}
            seen = set()
            for t in ties:
                if t["label"] in seen:
                    continue
                seen.add(t["label"])
                t["others"] = sorted(labels - {t["label"]})
                rows.append(t)
    return rows


def table(rows: list[dict]) -> list[tuple]:
    by: dict[str, list[dict]] = collections.defaultdict(list)
    for r in rows:
        by[r["label"]].append(r)
    out = []
    for label, rs in by.items():
        gold = [r for r in rs if r["gold"]]
        fam = sum(1 for r in gold if r["family"] in r["gold"])
        sole = [r for r in rs if not r["others"]]
        out.append(
            (
                label,
                len(rs),
                len(gold),
                len(rs) - len(gold),
                sum(1 for r in rs if not r["gold"] and "?" in r["gold_kinds"]),
                fam / len(gold) if gold else 0.0,
                len({r["story"] for r in rs}),
                len(sole),
                sum(1 for r in sole if r["gold"]),
                collections.Counter(r["family"] for r in rs).most_common(1)[0][0],
            )
        )
    out.sort(key=lambda t: (-t[3], t[2] / t[1]))
    return out


def show(title: str, rows: list[dict], top: int) -> None:
    t = table(rows)
    n, g = len(rows), sum(1 for r in rows if r["gold"])
    print(f"\n## {title}: {n} (document, label, pair) ties, {g} gold ({g / n:.2f}), {len(t)} labels")
    print("| label | family | typed | gold | not gold | of which an end no gold entity | P | gold's family | stories "
          "| sole | sole gold |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for label, typed, gold, false, junk, fam, stories, sole, sole_gold, family in t[:top]:
        print(
            f"| {label} | {family} | {typed} | {gold} | {false} | {junk} | {gold / typed:.2f} | {fam:.2f} | "
            f"{stories} | {sole} | {sole_gold} |"
        )


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--base", default="/tmp/main_base27")
    ap.add_argument("--from", dest="first", type=int, default=30)
    ap.add_argument("--to", dest="last", type=int, default=67)
    ap.add_argument("--late", type=int, default=56)
    ap.add_argument("--top", type=int, default=30)
    ap.add_argument("--false", dest="false_labels", nargs="*", default=[])
    ap.add_argument("--gold", dest="gold_labels", nargs="*", default=[])
    ap.add_argument("--json", help="write every row to this file")
    a = ap.parse_args(argv)
    norm = load_norm()
    rows = []
    for n in range(a.first, a.last + 1):
        pred = json.loads((Path(a.base) / f"blind{n}.json").read_text(encoding="utf-8"))
        for r in typed_rows(pred, ROOT / "bench" / "real" / f"blind{n}" / "gold", norm):
            r["set"] = n
            rows.append(r)
    if a.json:
        Path(a.json).write_text(json.dumps(rows, indent=1), encoding="utf-8")
    show(f"blind{a.first}..{a.last}", rows, a.top)
    show(f"blind{a.late}..{a.last}", [r for r in rows if r["set"] >= a.late], a.top)
    for want, which in ((a.false_labels, False), (a.gold_labels, True)):
        for label in want:
            print(f"\n### {label}: {'gold' if which else 'false'} pairs")
            for r in rows:
                if r["label"] == label and bool(r["gold"]) == which:
                    print(
                        f"- {r['doc']} {r['ends'][0]} [{r['kinds'][0]}] -- {r['ends'][1]} [{r['kinds'][1]}] "
                        f"{r['family']} gold {r['gold']} also {r['others']}: {r['evidence'][:260]}"
                    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
