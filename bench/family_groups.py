"""Family errors over many sets, grouped by the rule that typed them (issue 11, round BG, x-fam90).

    python3 bench/family_groups.py OUTDIR [FIRST LAST] [--label 'reported on'] [--top N]

OUTDIR holds one output per set, OUTDIR/blindNN.json (what /work/coord/allsets.sh writes); FIRST..LAST (default
30..67) name the blind sets read, each scored against bench/real/blindNN/gold. Entities are matched to gold as
../shared/eval/score.py matches them, and a typed pair (family not ASSOCIATION) is counted as the scorer's family
accuracy counts it: a pair in the gold is right when any of its predicted families is among the gold's families for it.

Prints
- the totals (gold pairs found, right family) and the pair-level wrong ones grouped by the set of relation types
  (the rule's label) that typed them and (predicted families -> gold families);
- per label, over the gold pairs it types: how many, how many of them its own families get right, the stories
  (rNN prefixes) it fires in, and its most common (predicted -> gold) confusions, worst labels first;
- with --label, for that label alone: the gold's families (and pairs not in the gold) by the two ends' kinds, source
  first, to look for a condition that picks the gold's family.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.gold_match import gold_docs, load_norm

_ROOT = Path(__file__).resolve().parent.parent
def typed_pairs(pred: dict, gold_dir: Path, norm) -> list[dict]:
    """Every typed pair of the output whose two ends match gold entities: the gold's families for it (empty when the
    gold has no such pair) and the predicted (family, type, source kind, target kind, evidence) per relation."""
    kinds = {e["id"]: e["kind"] for e in pred["entities"]}
    out = []
    for d, _gold, m, gfam in gold_docs(pred, gold_dir, norm):
        stem = Path(d["path"]).stem
        preds: dict[frozenset, list[tuple]] = defaultdict(list)
        for r in pred["relations"]:
            ev = [e for e in r.get("evidence", []) if e.get("document") == d["id"]]
            a, b = m.get(r["source"]), m.get(r["target"])
            if ev and r.get("family") != "ASSOCIATION" and a and b and a != b:
                preds[frozenset((a, b))].append(
                    (r["family"], r["type"], kinds[r["source"]], kinds[r["target"]], ev[0]["text"])
                )
        for pair, ps in preds.items():
            out.append({"doc": stem, "pair": sorted(pair), "gold": sorted(gfam.get(pair, ())), "preds": ps})
    return out


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("outdir")
    ap.add_argument("first", nargs="?", type=int, default=30)
    ap.add_argument("last", nargs="?", type=int, default=67)
    ap.add_argument("--label")
    ap.add_argument("--top", type=int, default=30)
    a = ap.parse_args(argv)
    out, first, last, label, top = Path(a.outdir), a.first, a.last, a.label, a.top
    norm = load_norm()
    pairs = []
    for i in range(first, last + 1):
        f = out / f"blind{i}.json"
        if f.exists():
            pred = json.loads(f.read_text(encoding="utf-8"))
            pairs += typed_pairs(pred, _ROOT / "bench" / "real" / f"blind{i}" / "gold", norm)
    found = [p for p in pairs if p["gold"]]
    wrong = [p for p in found if not {q[0] for q in p["preds"]} & set(p["gold"])]
    print(
        f"blind{first}..{last}: {len(found)} gold pairs typed, {len(found) - len(wrong)} with a gold family "
        f"({1 - len(wrong) / max(1, len(found)):.3f}); {len(pairs) - len(found)} typed pairs not in the gold"
    )
    groups = Counter()
    for p in wrong:
        types = " + ".join(sorted({q[1] for q in p["preds"]}))
        groups[(types, "/".join(sorted({q[0] for q in p["preds"]})), "/".join(p["gold"]))] += 1
    print(f"\nwrong-family gold pairs by label and (predicted -> gold), top {top}:")
    for (types, pf, gf), n in groups.most_common(top):
        print(f"  {n:4d}  {types!r}: {pf} -> {gf}")
    per: dict[str, list] = defaultdict(lambda: [0, 0, set(), Counter()])
    for p in found:
        for t in {q[1] for q in p["preds"]}:
            fams = {q[0] for q in p["preds"] if q[1] == t}
            row = per[t]
            row[0] += 1
            row[1] += bool(fams & set(p["gold"]))
            row[2].add(p["doc"].split("_")[0])
            if not fams & set(p["gold"]):
                row[3]["/".join(sorted(fams)) + " -> " + "/".join(p["gold"])] += 1
    print(f"\nper label over the gold pairs it types (worst {top} by wrong pairs):")
    print(f"  {'label':34} {'pairs':>5} {'right':>5} {'acc':>5} {'stories':>7}  confusions")
    for t, (n, ok, stories, conf) in sorted(per.items(), key=lambda kv: -(kv[1][0] - kv[1][1]))[:top]:
        c = ", ".join(f"{k} {v}" for k, v in conf.most_common(3))
        print(f"  {t[:34]:34} {n:5d} {ok:5d} {ok / n:5.2f} {len(stories):7d}  {c}")
    if label:
        table: dict[tuple, Counter] = defaultdict(Counter)
        for p in pairs:
            qs = [q for q in p["preds"] if q[1] == label]
            if not qs:
                continue
            key = (qs[0][2], qs[0][3])
            if not p["gold"]:
                table[key]["not gold"] += 1
            for g in p["gold"]:
                table[key][g] += 1 / len(p["gold"])
        print(f"\n{label!r}: the gold's families by (source kind, target kind):")
        for key, c in sorted(table.items(), key=lambda kv: -sum(kv[1].values())):
            print(
                f"  {key[0]:>8} -> {key[1]:8} {sum(c.values()):5.0f}  "
                + "  ".join(f"{k} {v:.0f}" for k, v in c.most_common(6))
            )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
