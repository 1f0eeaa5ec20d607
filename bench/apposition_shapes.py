"""Surface shapes of appositions and title noun phrases: what a tie in each would add, counted on allsets' outputs.

    python3 bench/apposition_shapes.py OUTDIR FIRST LAST [--rows SHAPE]

OUTDIR holds allsets' outputs (blindNN.json); FIRST..LAST the blind sets to read. For every sentence (split on the
surface) of every document, pairs of two output entities whose mentions stand in one of the shapes below are
candidates with the family the shape would give. Pairs the output already types in that document (any family but
ASSOCIATION) are counted apart; the rest are looked up in the gold (either direction; names matched by gold name or
alias, as bench/official_cross_pairs.py). Prints, per shape: typed already, new, new gold, new gold of the shape's
family, and the gold families; --rows SHAPE prints that shape's new candidates. Round BJ x-app122.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from official_cross_pairs import _gold_name

ROOT = Path(__file__).resolve().parent.parent
SHIP = (
    r"(?:cargo |bulk |container |oil |fishing |research |survey |merchant |naval |coast guard )?"
    r"(?:ship|vessel|tanker|carrier|freighter|trawler|boat|warship|frigate|destroyer|submarine|corvette)s?"
)
TITLE = (
    r"(?:[a-z][a-z\-]+ ){0,3}(?:minister|president|chairman|chairwoman|chairperson|chair|head|chief|director|"
    r"secretary|general|manager|spokesman|spokeswoman|spokesperson|leader|commander|governor|ambassador|envoy|"
    r"officer|official|adviser|advisor|member|executive|founder|editor|deputy|mayor|speaker|lawmaker|"
    r"legislator|senator|representative|negotiator|premier|chancellor|coordinator|researcher|professor|analyst)"
)


def _sentences(text: str) -> list[tuple[int, int]]:
    out, start = [], 0
    for m in re.finditer(r"(?<=[.!?\"”])\s+(?=[A-Z“\"])|\n+", text):
        out.append((start, m.start()))
        start = m.end()
    out.append((start, len(text)))
    return out


def shapes(text: str, a: dict, b: dict) -> list[tuple[str, str, str, str]]:
    """Shapes in which mention ``a`` (earlier) and mention ``b`` (later) stand: (shape, family, x side, y side)."""
    ka, kb = a["kind"], b["kind"]
    gap = text[a["end"] : b["start"]]
    out = []
    if kb == "VESSEL" and ka == "STATE":
        glued = r"(?:-(?:linked|flagged|registered|owned|operated|bound))?"
        if re.fullmatch(glued + r"\s+(?:[a-z\-]+ ){0,2}" + SHIP + r"\s+", gap):
            out.append(("STATE(-linked) <ship noun> VESSEL", "MEMBERSHIP", "a", "b"))
        elif re.fullmatch(r"[’']s\s+(?:[a-z\-]+ ){0,2}" + SHIP + r",?\s+", gap):
            out.append(("STATE's <ship noun> VESSEL", "MEMBERSHIP", "a", "b"))
    if ka == "STATE" and kb == "PARTY":
        if (
            re.fullmatch(
                r"[’']s\s+(?:(?:state|state-owned|state-run|state-controlled|national|public|largest|"
                r"biggest|main|top|private|leading|flagship)\s+)?(?:[a-z\-]+\s+){0,3}",
                gap,
            )
            and gap.strip()
        ):
            out.append(("STATE's <lowercase words> BODY", "MEMBERSHIP", "b", "a"))
        elif re.fullmatch(r"\s+(?:[a-z\-]+\s+){1,3}", gap) and re.search(
            r"company|firm|agency|ministry|group|"
            r"party|bank|carrier|giant|operator",
            gap,
        ):
            out.append(("STATE/Demonym <lowercase noun> BODY", "MEMBERSHIP", "b", "a"))
    if ka == "OFFICIAL" and kb in ("PARTY", "STATE"):
        m = re.fullmatch(
            r",\s+(?:(?:a|an|the)\s+)?(?:(?:former|then|current|acting|interim|new)\s+)?"
            + TITLE
            + r"(?: and [a-z ]+)?\s+(?:of|for|at|in|to|with)\s+(?:the\s+)?(?:[A-Z][\w\-]*[’']s\s+)?"
            r"(?:[a-z\-]+\s+){0,3}",
            gap,
        )
        if m:
            out.append((f"OFFICIAL, <title> of {kb}", "LEADERSHIP/MEMBERSHIP", "a", "b"))
        elif kb == "STATE" and re.fullmatch(
            r",\s+(?:(?:a|an|the)\s+)?(?:(?:former|then|current|acting|veteran|"
            r"senior|top|leading|prominent)\s+)?",
            gap,
        ):
            out.append(("OFFICIAL, a [former] <Demonym> ...", "MEMBERSHIP", "a", "b"))
    if (
        ka == "PARTY"
        and kb == "PARTY"
        and re.fullmatch(
            r",\s+(?:a|an|the)\s+(?:[a-z\-]+\s+){0,3}(?:agency|body|unit|arm|branch|department|"
            r"subsidiary|affiliate|wing|division|office|bureau|organ|member)\s+(?:under|of|within|"
            r"attached to|affiliated with|owned by|run by|controlled by)\s+(?:the\s+)?",
            gap,
        )
    ):
        out.append(("BODY, an <unit noun> under/of BODY", "MEMBERSHIP", "a", "b"))
    if (
        ka == "PARTY"
        and kb == "STATE"
        and (
            re.fullmatch(
                r",\s+(?:a|an|the)\s+(?:[a-z\-]+\s+){0,3}(?:agency|body|unit|company|firm|group|party|"
                r"organisation|organization|ministry|operator|carrier|bank)\s+(?:of|in|from|based in)\s+"
                r"(?:the\s+)?",
                gap,
            )
            or re.fullmatch(r",\s+(?:a|an|the)\s+", gap)
        )
    ):
        out.append(("BODY, a <noun> of/in STATE | BODY, a <Demonym> ...", "MEMBERSHIP", "a", "b"))
    return out


def state_owned(text: str, s0: int, s1: int, ments: list[dict]) -> list[tuple]:
    """'state-owned/-run/-controlled ... BODY' with one STATE named in the sentence."""
    out = []
    states = {m["eid"] for m in ments if m["kind"] == "STATE"}
    if len(states) != 1:
        return out
    st = next(iter(states))
    for m in ments:
        if m["kind"] != "PARTY":
            continue
        pre = text[max(s0, m["start"] - 60) : m["start"]]
        if re.search(r"state[- ](?:owned|run|controlled|backed)\s+(?:[\w\-]+\s+){0,4}$", pre):
            out.append(("state-owned ... BODY, one STATE in the sentence", "MEMBERSHIP", m["eid"], st))
    return out


def main() -> None:
    args = sys.argv[1:]
    rows = None
    if "--rows" in args:
        i = args.index("--rows")
        rows = args[i + 1]
        args = args[:i] + args[i + 2 :]
    outdir, first, last = Path(args[0]), int(args[1]), int(args[2])
    stats: dict[str, Counter] = defaultdict(Counter)
    gfam: dict[str, Counter] = defaultdict(Counter)
    lines = []
    for n in range(first, last + 1):
        pj = outdir / f"blind{n}.json"
        gold_dir = ROOT / "bench" / "real" / f"blind{n}" / "gold"
        if not pj.exists() or not gold_dir.exists():
            continue
        pred = json.loads(pj.read_text())
        ents = {e["id"]: e for e in pred["entities"]}
        typed: dict[str, set[frozenset]] = defaultdict(set)
        for r in pred["relations"]:
            if r["family"] != "ASSOCIATION":
                for ev in r["evidence"]:
                    typed[ev["document"]].add(frozenset((r["source"], r["target"])))
        for doc in pred["documents"]:
            did, path = doc["id"], ROOT / "bench" / "real" / f"blind{n}" / Path(doc["path"]).name
            gp = gold_dir / f"{Path(doc['path']).stem}.json"
            if not gp.exists():
                continue
            gold = json.loads(gp.read_text())
            text = path.read_text()
            ms = sorted(
                (
                    {"eid": e["id"], "kind": e["kind"], "start": m["start"], "end": m["end"]}
                    for e in pred["entities"]
                    for m in e["mentions"]
                    if m["document"] == did
                ),
                key=lambda m: m["start"],
            )
            seen = set()
            for s0, s1 in _sentences(text):
                sm = [m for m in ms if s0 <= m["start"] < s1]
                cands = state_owned(text, s0, s1, sm)
                for i, a in enumerate(sm):
                    for b in sm[i + 1 :]:
                        if b["start"] - a["end"] > 90 or a["eid"] == b["eid"]:
                            continue
                        for shape, fam, xs, ys in shapes(text, a, b):
                            x = a["eid"] if xs == "a" else b["eid"]
                            y = b["eid"] if ys == "b" else a["eid"]
                            cands.append((shape, fam, x, y))
                for shape, fam, x, y in cands:
                    key = (shape, frozenset((x, y)))
                    if key in seen or x == y:
                        continue
                    seen.add(key)
                    if frozenset((x, y)) in typed[did]:
                        stats[shape]["typed"] += 1
                        continue
                    stats[shape]["new"] += 1
                    gx, gy = _gold_name(ents[x], did, gold), _gold_name(ents[y], did, gold)
                    fams = {
                        r["family"] for r in gold["relations"] if gx and gy and {r["source"], r["target"]} == {gx, gy}
                    }
                    if fams:
                        stats[shape]["gold"] += 1
                        if fams & set(fam.split("/")):
                            stats[shape]["fam"] += 1
                        for f in fams:
                            gfam[shape][f] += 1
                    if rows and rows in shape:
                        lines.append(
                            f"blind{n} {Path(doc['path']).stem[:28]} {ents[x]['name']} -- {ents[y]['name']}"
                            f" {sorted(fams) or '-'} | {text[s0:s1].strip()[:200]}"
                        )
    print("| shape | typed | new | new gold | of the family | gold families |")
    for shape, c in sorted(stats.items(), key=lambda kv: -kv[1]["new"]):
        print(
            f"| {shape} | {c['typed']} | {c['new']} | {c['gold']} | {c['fam']} | "
            f"{', '.join(f'{k} {v}' for k, v in gfam[shape].most_common())} |"
        )
    for line in lines:
        print(line)


if __name__ == "__main__":
    main()
