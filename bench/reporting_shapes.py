"""Outlets named as a sentence's source, by the shape that names them, and the gold's word on the other entities of
that sentence (x-rep90).

    PYTHONPATH=. python bench/reporting_shapes.py PRED_DIR FIRST LAST [--list SHAPE]

PRED_DIR holds ``blindNN.json`` outputs of `entente extract --format json` (e.g. an allsets.sh OUTDIR); FIRST..LAST
the blind sets read (gold in bench/real/blindNN/gold, entities matched as ../shared/eval/score.py matches them). An
entity is an outlet when its name (or its gold name) has an outlet's word ('Reuters', 'News', 'Agency', 'TV', ...).
Each sentence (split at . ! ? and line ends) naming an outlet is put in one shape by the words around the outlet:
'told O' ('X told Reuters'), 'statement to O' ('in a statement to', 'in an interview with'), 'according to O',
'quoted' ('O quoted X', 'quoted by O'), 'O reported' ('..., O reported', 'O said', 'as reported by O'). Every other
entity of the sentence is one candidate pair with the outlet, by side (before or after the outlet) and kind; per
(shape, side, kind): candidates, those the output already types, and of the untyped ones how many are gold pairs,
how many gold REPORTING, and in how many stories (rNN prefixes). A rule typing a slice as REPORTING is worth it only
where its untyped candidates are >= 0.8 gold REPORTING.
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.gold_match import load_norm, match_form_sets

_ROOT = Path(__file__).resolve().parent.parent
_OUTLET = re.compile(
    r"Reuters|AFP|Agence|\bAP\b|Associated Press|BBC|CNN|News|Agency|TASS|Tass|Xinhua|Times|Post|Journal|\bTV\b|Radio"
    r"|Bloomberg|Press|KCNA|Yonhap|Kyodo|Jazeera|Interfax|RIA|Guardian|Telegraph|Herald|Tribune|Daily|Gazette"
    r"|Kommersant|Izvestia|Politico|Axios|Nikkei|Broadcast|Television|Channel|Network|Sputnik|IRNA|Anadolu|Fars"
    r"|Tasnim|Mehr|NHK|CBS|NBC|ABC|Globe|Mail|Monitor|Hindu|Express|Dawn|Asahi|Spiegel|Chronicle|Observer"
    r"|Newsweek|Insider|Wire|Media|Voice of|VOA|Euronews|France 24|Deutsche Welle|Pravda|Haaretz|Kathimerini"
)
_WORD = r"([\w.-]+\s+)"
_SHAPES = (
    # round BJ (x-rep121): documents an outlet saw, a report 'in' an outlet, an inverted closing 'reports O'
    ("reviewed by O", re.compile(rf"(reviewed|seen|obtained)\s+by\s+(the\s+)?{_WORD}{{0,3}}$"), None),
    ("reported in O", re.compile(rf"\b(reported|published|written)\s+in\s+(the\s+)?{_WORD}{{0,3}}$"), None),
    (
        "reports O",
        re.compile(rf",\s*(reports|writes|reported|wrote|says|said|adds|added)\s+(the\s+)?{_WORD}{{0,3}}$"),
        None,
    ),
    ("O correspondent", None, re.compile(r"^\W*(correspondent|reporter|journalist)")),
    ("told O", re.compile(rf"\b(told|tells|telling|tell)\s+(the\s+)?{_WORD}{{0,4}}$"), None),
    (
        "statement to O",
        re.compile(
            rf"(statement|interview|comments?|remarks)\s+(sent\s+|emailed\s+|given\s+)?(to|with)\s+(the\s+)?{_WORD}{{0,3}}$"
        ),
        None,
    ),
    ("according to O", re.compile(rf"according to\s+(the\s+)?{_WORD}{{0,3}}$"), None),
    ("quoted", re.compile(rf"quoted by\s+(the\s+)?{_WORD}{{0,3}}$"), re.compile(r"\bquoted\b")),
    (
        "O reported",
        re.compile(rf"(reported by|cited by)\s+(the\s+)?{_WORD}{{0,3}}$"),
        re.compile(r"^\W*(reported|reports|said|says|cited|citing)"),
    ),
)


def _shape(pre: str, post: str) -> str | None:
    for name, before, after in _SHAPES:
        if (before is not None and before.search(pre)) or (after is not None and after.search(post)):
            return name
    return None


def candidates(pred_dir: Path, first: int, last: int) -> list[dict]:
    """One row per (document, outlet, other entity, shape, side)."""
    norm = load_norm()
    rows: list[dict] = []
    seen: set[tuple] = set()
    for n in range(first, last + 1):
        pred = json.loads((pred_dir / f"blind{n}.json").read_text(encoding="utf-8"))
        corpus = _ROOT / "bench" / "real" / f"blind{n}"
        ents = {e["id"]: e for e in pred["entities"]}
        forms: dict[str, dict[str, set[str]]] = collections.defaultdict(dict)
        spans: dict[str, list[tuple[int, int, str]]] = collections.defaultdict(list)
        for e in pred["entities"]:
            for m in e.get("mentions", []):
                forms[m["document"]].setdefault(e["id"], {norm(e["name"])}).add(norm(m["text"]))
                spans[m["document"]].append((m["start"], m["end"], e["id"]))
        for d in pred["documents"]:
            stem = Path(d["path"]).stem
            gp = corpus / "gold" / f"{stem}.json"
            if not gp.exists():
                continue
            gold = json.loads(gp.read_text(encoding="utf-8"))
            text = (corpus / f"{stem}.txt").read_text(encoding="utf-8")
            gforms = {g["name"]: {norm(g["name"])} | {norm(a) for a in g.get("aliases", [])} for g in gold["entities"]}
            match = match_form_sets(forms[d["id"]], gforms, norm)
            gfam: dict[frozenset, set[str]] = collections.defaultdict(set)
            for r in gold["relations"]:
                gfam[frozenset((r["source"], r["target"]))].add(r["family"])
            typed = {
                frozenset((r["source"], r["target"]))
                for r in pred["relations"]
                if r.get("family") != "ASSOCIATION" and any(ev.get("document") == d["id"] for ev in r["evidence"])
            }
            for sm in re.finditer(r"[^.!?\n]+(?:[.!?]+|$)", text):
                s0, s1 = sm.span()
                inside = [(a, b, e) for a, b, e in spans[d["id"]] if a >= s0 and b <= s1]
                for a, b, o in inside:
                    if not (_OUTLET.search(ents[o]["name"]) or _OUTLET.search(match.get(o, ""))):
                        continue
                    shape = _shape(text[max(s0, a - 40) : a].lower(), text[b : b + 25].lower())
                    if shape is None:
                        continue
                    for _a2, b2, e in inside:
                        side = "before" if b2 <= a else "after"
                        key = (stem, o, e, shape, side)
                        if e == o or key in seen:
                            continue
                        seen.add(key)
                        go, ge = match.get(o), match.get(e)
                        rows.append(
                            {
                                "set": n,
                                "doc": stem,
                                "shape": shape,
                                "side": side,
                                "outlet": ents[o]["name"],
                                "other": ents[e]["name"],
                                "kind": ents[e]["kind"],
                                "typed": frozenset((o, e)) in typed,
                                "gold": sorted(gfam.get(frozenset((go, ge)), set())) if go and ge else [],
                                "sentence": text[s0:s1].strip(),
                            }
                        )
    return rows


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("pred_dir", type=Path)
    ap.add_argument("first", type=int)
    ap.add_argument("last", type=int)
    ap.add_argument("--list", default="", help="print the untyped candidates of shapes starting with this")
    a = ap.parse_args()
    rows = candidates(a.pred_dir, a.first, a.last)
    stats: dict[tuple, collections.Counter] = collections.defaultdict(collections.Counter)
    stories: dict[tuple, set[str]] = collections.defaultdict(set)
    for r in rows:
        k = (r["shape"], r["side"], r["kind"])
        st = stats[k]
        st["n"] += 1
        st["typed"] += r["typed"]
        if not r["typed"]:
            st["new"] += 1
            st["gold"] += bool(r["gold"])
            st["rep"] += "REPORTING" in r["gold"]
            stories[k].add(r["doc"][:4])
    print(f"{'shape':16s} {'side':6s} {'kind':9s} {'n':>4s} {'typed':>5s} {'new':>4s} {'gold':>4s} {'rep':>4s} stories")
    for k, st in sorted(stats.items(), key=lambda kv: -kv[1]["new"]):
        counts = f"{st['n']:4d} {st['typed']:5d} {st['new']:4d} {st['gold']:4d} {st['rep']:4d}"
        print(f"{k[0]:16s} {k[1]:6s} {k[2]:9s} {counts} {len(stories[k])}")
    if a.list:
        for r in rows:
            if not r["typed"] and r["shape"].startswith(a.list):
                tag = "+" if r["gold"] else "-"
                print(f"  {tag} [{r['doc'][:26]}] {r['outlet']} -- {r['other']} {r['gold']} ({r['side']})")
                print(f"      {r['sentence'][:240]!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
