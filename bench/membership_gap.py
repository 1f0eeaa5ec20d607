"""Gold MEMBERSHIP pairs the output ties only by ASSOCIATION, grouped by the ends' kinds and the dependency path
between their mentions in the output's evidence sentence (matching as bench/relation_gap.py).

    PYTHONPATH=. python bench/membership_gap.py PRED_DIR 30 31 ... 65     (PRED_DIR/blindNN.json, bench/real/blindNN)

A path reads 'deps up from the first end ^ ... [the common head's lemma, * if an end] deps down to the second end'.
"""

from __future__ import annotations

import collections
import json
import sys
from pathlib import Path

_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(_ROOT))
sys.path.insert(0, str(_ROOT.parent / "shared" / "eval"))
from score import norm  # noqa: E402

from bench.gold_match import match_form_sets  # noqa: E402


def gaps(pred_dir: str, sets: list[str]) -> list[dict]:
    out = []
    for n in sets:
        pred = json.loads(Path(f"{pred_dir}/blind{n}.json").read_text())
        kinds = {e["id"]: e["kind"] for e in pred["entities"]}
        ments = {e["id"]: e.get("mentions", []) for e in pred["entities"]}
        forms: dict[str, dict[str, set[str]]] = collections.defaultdict(dict)
        for e in pred["entities"]:
            for m in e.get("mentions", []):
                forms[m["document"]].setdefault(e["id"], set()).update({norm(m["text"]), norm(e["name"])})
        for d in pred["documents"]:
            gp = Path(f"bench/real/blind{n}/gold") / (Path(d["path"]).stem + ".json")
            if not gp.exists():
                continue
            g = json.loads(gp.read_text())
            gforms = {ge["name"]: {norm(ge["name"])} | {norm(a) for a in ge.get("aliases", [])} for ge in g["entities"]}
            m = match_form_sets(forms[d["id"]], gforms, norm)
            found = collections.defaultdict(list)
            for r in pred["relations"]:
                evs = [ev for ev in r.get("evidence", []) if ev.get("document") == d["id"]]
                a, b = m.get(r["source"]), m.get(r["target"])
                if evs and a and b:
                    found[frozenset((a, b))].append((r, evs[0]))
            seen = set()
            for gr in g.get("relations", []):
                pair = frozenset((gr["source"], gr["target"]))
                if gr["family"] != "MEMBERSHIP" or len(pair) < 2 or pair in seen:
                    continue
                seen.add(pair)
                rs = found.get(pair, [])
                if not rs or any(r["family"] != "ASSOCIATION" for r, _ in rs):
                    continue
                r, ev = rs[0]
                ends = (r["source"], r["target"])
                doc_forms = [sorted({x["text"] for x in ments[i] if x["document"] == d["id"]}) for i in ends]
                out.append(dict(set=n, src=gr["source"], tgt=gr["target"], type=gr["type"], text=ev["text"],
                                kinds=f"{kinds[r['source']]}-{kinds[r['target']]}", forms=doc_forms))
    return out


def _span(doc, forms):
    for f in sorted(forms, key=len, reverse=True):
        i = doc.text.find(f)
        if i >= 0:
            sp = doc.char_span(i, i + len(f), alignment_mode="expand")
            if sp is not None:
                return sp
    return None


def _path(a, b) -> tuple[str, str]:
    up_a, up_b = [a, *a.ancestors], [b, *b.ancestors]
    at_b = {t.i: k for k, t in enumerate(up_b)}
    for k, t in enumerate(up_a):
        if t.i in at_b:
            up = "^".join(x.dep_ for x in up_a[:k])
            down = "v".join(x.dep_ for x in reversed(up_b[: at_b[t.i]]))
            return f"{up} [] {down}", t.lemma_ if t not in (a, b) else "*"
    return "none", ""


def main() -> None:
    from core.extract.nlp import load_nlp

    rows = gaps(sys.argv[1], sys.argv[2:])
    shapes: dict[str, list[str]] = collections.defaultdict(list)
    for row, doc in zip(rows, load_nlp().pipe([r["text"] for r in rows]), strict=True):
        a, b = _span(doc, row["forms"][0]), _span(doc, row["forms"][1])
        shape, head = _path(a.root, b.root) if a is not None and b is not None else ("ends not found", "")
        shapes[f"{row['kinds']} {shape}"].append(
            f"[{row['set']}] {row['src']} -> {row['tgt']} ('{row['type']}') [{head}] || {row['text'][:160]}"
        )
    print(len(rows), "gold MEMBERSHIP pairs tied only by ASSOCIATION")
    for shape, found in sorted(shapes.items(), key=lambda x: -len(x[1])):
        print(len(found), shape)
        for line in found:
            print("     ", line)


if __name__ == "__main__":
    main()
