"""Every predicted entity of a set, per document, with its match against the gold and general features (x-entp90).

    python3 bench/entity_features.py OUT.jsonl PRED.json:GOLD_DIR [PRED.json:GOLD_DIR ...] [--scorer SCORE.py]

One JSON line per (document, predicted entity): status ``ok`` (matched, same kind), ``kind`` (matched, other kind)
or ``fp`` (no gold match), the gold kind, the entity's kind, its mention texts and count in the document, the lines
its mentions sit on, shape flags, and its typed ties in the document with whether each is a gold pair. A second kind
of line (status ``fn``) lists every gold entity no prediction matches, with its aliases and whether its name occurs
in the text. Grouping is left to the reader (one-off ``python3 -c`` or jq).
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.gold_match import load_norm, match_forms


def _line(text: str, start: int) -> str:
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", start)
    return text[a: b if b >= 0 else len(text)]


def _shape(form: str) -> list[str]:
    words = form.split()
    flags = []
    if len(words) == 1:
        flags.append("one_word")
    if form.isupper() and len(form) > 1:
        flags.append("all_caps")
    if re.search(r"\d", form):
        flags.append("digits")
    if any(w[:1].islower() for w in words[1:]):
        flags.append("lower_inside")
    return flags


def _line_flags(line: str, m_start: int, m_end: int, line_start: int) -> list[str]:
    flags = []
    s = line.strip()
    words = re.findall(r"[A-Za-z][\w'’-]*", s)
    if not re.search(r"[.!?\"”’]\s*$", s):
        flags.append("no_stop_line")
    if len(words) <= 12:
        flags.append("short_line")
    long_words = [w for w in words if len(w) > 3]
    if long_words and sum(w[0].isupper() for w in long_words) >= 0.8 * len(long_words) and len(long_words) >= 3:
        flags.append("title_case_line")
    if m_start - line_start <= 1:
        flags.append("line_start")
    return flags


def rows(pred: dict, gold_dir: Path, norm, set_name: str):
    for d in pred["documents"]:
        doc_id = d["id"]
        stem = Path(d["path"]).stem
        g = gold_dir / (stem + ".json")
        if not g.exists():
            continue
        gold = json.loads(g.read_text(encoding="utf-8"))
        text = Path(d["path"]).read_text(encoding="utf-8") if Path(d["path"]).exists() else ""
        forms, ments, kinds, names = {}, {}, {}, {}
        for e in pred["entities"]:
            ms = [m for m in e.get("mentions", []) if m.get("document") == doc_id]
            if ms:
                forms[e["id"]] = {norm(m["text"]) for m in ms} | {norm(e["name"])}
                ments[e["id"]] = ms
                kinds[e["id"]] = e.get("kind")
                names[e["id"]] = e["name"]
        gents = {ge["name"]: ge for ge in gold["entities"]}
        m = match_forms(forms, gold, norm)
        gpairs = collections.defaultdict(set)
        for r in gold.get("relations", []):
            gpairs[frozenset((r["source"], r["target"]))].add(r["family"])
        ties = collections.defaultdict(list)
        for r in pred["relations"]:
            if r.get("family") == "ASSOCIATION":
                continue
            if not any(ev.get("document") == doc_id for ev in r.get("evidence", [])):
                continue
            for a, b in ((r["source"], r["target"]), (r["target"], r["source"])):
                if a in forms and b in forms:
                    gp = gpairs.get(frozenset((m.get(a), m.get(b))), set()) if a in m and b in m else set()
                    ties[a].append({"type": r.get("type"), "family": r.get("family"), "other": names[b],
                                    "gold_pair": bool(gp), "gold_family": r.get("family") in gp})
        for pid in forms:
            gname = m.get(pid)
            status = "fp" if gname is None else ("ok" if kinds[pid] == gents[gname]["kind"] else "kind")
            lines, lflags, around = [], collections.Counter(), []
            for mm in ments[pid]:
                ln = _line(text, mm["start"]) if text else ""
                ls = text.rfind("\n", 0, mm["start"]) + 1 if text else 0
                lines.append(ln[:200])
                if text:
                    before = re.search(r"(\S+)([ \t]+)$", text[max(0, mm["start"] - 40): mm["start"]])
                    after = re.match(r"([ \t]+)(\S+)(?:[ \t]+(\S+))?", text[mm["end"]: mm["end"] + 60])
                    around.append([before.group(1) if before else "", after.group(2) if after else "",
                                   (after.group(3) or "") if after else "", text[mm["end"]: mm["end"] + 1]])
                lflags.update(_line_flags(ln, mm["start"], mm["end"], ls))
            yield {"set": set_name, "doc": stem, "story": stem.split("_")[0], "status": status, "name": names[pid],
                   "kind": kinds[pid], "gold": gname, "gold_kind": gents[gname]["kind"] if gname else None,
                   "texts": sorted({mm["text"] for mm in ments[pid]}), "n": len(ments[pid]),
                   "shape": _shape(names[pid]), "line_flags": dict(lflags), "lines": lines[:3], "around": around,
                   "ties": ties[pid]}
        used = set(m.values())
        low = text.lower()
        for name, ge in gents.items():
            if name not in used:
                yield {"set": set_name, "doc": stem, "story": stem.split("_")[0], "status": "fn", "name": name,
                       "gold_kind": ge["kind"], "aliases": ge.get("aliases", []),
                       "in_text": name.lower() in low, "shape": _shape(name)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("pairs", nargs="+")
    ap.add_argument("--scorer", default=str(Path(__file__).resolve().parent.parent.parent / "shared/eval/score.py"))
    a = ap.parse_args()
    norm = load_norm(a.scorer)
    with open(a.out, "w", encoding="utf-8") as fh:
        for pair in a.pairs:
            pred_path, gold_dir = pair.split(":")
            pred = json.loads(Path(pred_path).read_text(encoding="utf-8"))
            for row in rows(pred, Path(gold_dir), norm, Path(pred_path).stem):
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
