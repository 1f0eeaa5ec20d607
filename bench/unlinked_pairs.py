"""Gold pairs whose two ends the output has but ties by nothing at all (not even ASSOCIATION), each with the gold's
evidence sentence and why: both ends have a mention in that sentence (the relation layer dropped the pair), an end's
gold name or alias is written in the sentence with no mention of that end there (and whether the output knows that
written form elsewhere in the document, holds it inside another entity's mention, or never has it), an end not named
in the sentence at all (a pronoun or description), or the evidence not found verbatim in the text.

    PYTHONPATH=. python bench/unlinked_pairs.py PRED_DIR 30 31 ... 65 [--list]
"""

from __future__ import annotations

import collections
import json
import re
import sys
from pathlib import Path

_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(_ROOT))
sys.path.insert(0, str(_ROOT.parent / "shared" / "eval"))
from score import norm  # noqa: E402

from bench.gold_match import match_form_sets  # noqa: E402


def _alias_in(name: str, gold_entity: dict, ev: str) -> str:
    for a in [name, *gold_entity.get("aliases", [])]:
        if re.search(r"(?<!\w)" + re.escape(a) + r"(?!\w)", ev):
            return a
    return ""


def run(pred_path: str, gold_dir: str, tally: collections.Counter, rows: list) -> None:
    pred = json.loads(Path(pred_path).read_text())
    forms: dict[str, dict[str, set[str]]] = collections.defaultdict(dict)
    spans: dict[str, list[tuple[int, int, str, str]]] = collections.defaultdict(list)
    for e in pred["entities"]:
        for mn in e.get("mentions", []):
            forms[mn["document"]].setdefault(e["id"], {norm(e["name"])}).add(norm(mn["text"]))
            spans[mn["document"]].append((mn["start"], mn["end"], e["id"], mn["text"]))
    for d in pred["documents"]:
        gp = Path(gold_dir) / (Path(d["path"]).stem + ".json")
        if not gp.exists():
            continue
        g, text = json.loads(gp.read_text()), Path(d["path"]).read_text()
        gents = {ge["name"]: ge for ge in g["entities"]}
        gforms = {n: {norm(n)} | {norm(a) for a in ge.get("aliases", [])} for n, ge in gents.items()}
        m = match_form_sets(forms[d["id"]], gforms, norm)
        inv = {v: k for k, v in m.items()}
        tied = set()
        for r in pred["relations"]:
            if any(ev.get("document") == d["id"] for ev in r.get("evidence", [])):
                a, b = m.get(r["source"]), m.get(r["target"])
                if a and b:
                    tied.add(frozenset((a, b)))
        seen = set()
        for r in g.get("relations", []):
            pair = frozenset((r["source"], r["target"]))
            if r["source"] == r["target"] or pair in seen or pair in tied or any(n not in inv for n in pair):
                continue
            seen.add(pair)
            ev = r.get("evidence", "")
            at = text.find(ev) if ev else -1
            if at < 0:
                cls = "evidence not found verbatim"
            else:
                inside = {
                    n: [t for a, b, pid, t in spans[d["id"]] if pid == inv[n] and at <= a and b <= at + len(ev)]
                    for n in pair
                }
                missing = [n for n in pair if not inside[n]]
                why = []
                for n in missing:
                    alias = _alias_in(n, gents[n], ev)
                    if not alias:
                        why.append("end not named in the sentence (pronoun/description)")
                        continue
                    p0 = at + re.search(r"(?<!\w)" + re.escape(alias) + r"(?!\w)", ev).start()
                    over = [pid for a, b, pid, _ in spans[d["id"]] if a < p0 + len(alias) and p0 < b]
                    if over:
                        why.append("written form inside another entity's mention")
                    elif norm(alias) in forms[d["id"]].get(inv[n], set()):
                        why.append("written form known in the document, this occurrence missed")
                    elif alias[:1].islower():
                        why.append("lower-case description, no mention")
                    else:
                        why.append("capitalised form the output never gives this end")
                cls = " + ".join(sorted(set(why))) or "both ends in the sentence, relation layer dropped the pair"
            tally[cls] += 1
            rows.append((Path(d["path"]).stem, r["source"], r["target"], r["family"], cls, ev[:200]))


def main() -> None:
    args = [a for a in sys.argv[1:] if a != "--list"]
    tally: collections.Counter = collections.Counter()
    rows: list = []
    for n in args[1:]:
        run(f"{args[0]}/blind{n}.json", f"bench/real/blind{n}/gold", tally, rows)
    for k, v in tally.most_common():
        print(f"{v:5d}  {k}")
    if "--list" in sys.argv:
        for row in sorted(rows, key=lambda r: r[4]):
            print(" | ".join(row).replace("\n", " "))


if __name__ == "__main__":
    main()
