"""Cross pairs of two officials' act: what lifting a typed act between two officials to their states would add.

    python3 bench/official_cross_pairs.py OUTDIR FIRST LAST [BLIND_LAST_JSON] [--rows]

OUTDIR holds allsets' outputs (blindNN.json); FIRST..LAST the blind sets to read; BLIND_LAST_JSON, when given, is read
for set LAST instead (a first run's on.json). For every typed act (not MEMBERSHIP, LEADERSHIP, REPORTING) between two
OFFICIAL entities whose evidence sentence also holds each official's typed MEMBERSHIP/LEADERSHIP tie to a STATE, the
candidates are the first official's state to the second official (S1-P2), the first official to the second's state
(P1-S2) and the two states (S1-S2), with the act's family. Pairs the output already types are counted apart; the rest
are looked up in the gold (either direction; names matched by gold name or alias). Prints counts by shape and family
(new pairs, gold pairs, gold pairs of that family); --rows prints each candidate. Round BH x-conj105.
"""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OWN = {"LEADERSHIP", "MEMBERSHIP", "REPORTING", "ASSOCIATION"}


def _gold_name(ent: dict, did: str, gold: dict) -> str | None:
    for ge in gold["entities"]:
        if ent["name"] == ge["name"] or ent["name"] in ge["aliases"]:
            return ge["name"]
    texts = {m["text"] for m in ent["mentions"] if m["document"] == did}
    for ge in gold["entities"]:
        if texts & set(ge["aliases"]):
            return ge["name"]
    return None


def candidates(pred: dict, gold_dir: Path) -> list[tuple]:
    docs = {x["id"]: Path(x["path"]).stem for x in pred["documents"]}
    ents = {e["id"]: e for e in pred["entities"]}
    golds = {
        d: json.loads((gold_dir / f"{n}.json").read_text())
        for d, n in docs.items()
        if (gold_dir / f"{n}.json").exists()
    }
    typed: dict[str, set[frozenset]] = defaultdict(set)
    rel_ev = []
    for r in pred["relations"]:
        if r["family"] == "ASSOCIATION":
            continue
        for ev in r["evidence"]:
            typed[ev["document"]].add(frozenset((r["source"], r["target"])))
            rel_ev.append((r, ev))
    own = defaultdict(list)
    for r, ev in rel_ev:
        if (
            r["family"] in ("LEADERSHIP", "MEMBERSHIP")
            and ents[r["target"]]["kind"] == "STATE"
            and ents[r["source"]]["kind"] == "OFFICIAL"
        ):
            own[(ev["document"], r["source"])].append((r["target"], ev["start"], ev["end"]))
    out, seen = [], set()
    for r, ev in rel_ev:
        fam, a, b, did = r["family"], r["source"], r["target"], ev["document"]
        if fam in OWN or ents[a]["kind"] != "OFFICIAL" or ents[b]["kind"] != "OFFICIAL":
            continue
        sa = {s for s, s0, e0 in own[(did, a)] if s0 < ev["end"] and ev["start"] < e0}
        sb = {s for s, s0, e0 in own[(did, b)] if s0 < ev["end"] and ev["start"] < e0}
        cands = [("S1-S2", s, t) for s in sa for t in sb if s != t]
        cands += [("S1-P2", s, b) for s in sa if s not in sb] + [("P1-S2", a, t) for t in sb if t not in sa]
        for shape, x, y in cands:
            key = (did, frozenset((x, y)), fam)
            if key in seen:
                continue
            seen.add(key)
            if frozenset((x, y)) in typed[did]:
                out.append((shape, fam, "already", None, docs[did], ents[x]["name"], ents[y]["name"], ev["text"]))
                continue
            gold = golds.get(did)
            fams = set()
            if gold:
                gx, gy = _gold_name(ents[x], did, gold), _gold_name(ents[y], did, gold)
                fams = {g["family"] for g in gold["relations"] if gx and gy and {g["source"], g["target"]} == {gx, gy}}
            out.append((shape, fam, bool(fams), fam in fams, docs[did], ents[x]["name"], ents[y]["name"], ev["text"]))
    return out


def main(argv: list[str]) -> None:
    rows_wanted = "--rows" in argv
    args = [a for a in argv if a != "--rows"]
    outdir, first, last = Path(args[0]), int(args[1]), int(args[2])
    last_json = Path(args[3]) if len(args) > 3 else None
    rows = []
    for n in range(first, last + 1):
        f = last_json if (n == last and last_json) else outdir / f"blind{n}.json"
        rows += [(n, *c) for c in candidates(json.loads(f.read_text()), ROOT / f"bench/real/blind{n}/gold")]
    counts = Counter()
    for _, shape, fam, gold, right, *_ in rows:
        if gold == "already":
            counts[(shape, fam, "already")] += 1
            continue
        counts[(shape, fam, "new")] += 1
        counts[(shape, fam, "gold")] += gold
        counts[(shape, fam, "family")] += right
    for shape in ("S1-S2", "S1-P2", "P1-S2"):
        for fam in sorted({k[1] for k in counts if k[0] == shape}):
            c = {w: counts[(shape, fam, w)] for w in ("new", "gold", "family", "already")}
            print(
                f"{shape} {fam:12} new {c['new']:3} gold {c['gold']:3} family {c['family']:3} already {c['already']:3}"
            )
    if rows_wanted:
        for row in rows:
            if row[3] != "already":
                print(row[:8], repr(row[8][:160]))


if __name__ == "__main__":
    main(sys.argv[1:])
