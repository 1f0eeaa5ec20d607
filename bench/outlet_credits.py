"""How consistently the gold credits a news outlet or data source with REPORTING ties, and how the rules do.

    python3 bench/outlet_credits.py PRED_DIR SET [SET ...] [--list]

For every sentence of a set's articles where a gold body is credited in one of the shapes below, counts the other
gold entities named in that sentence that have a gold REPORTING tie from it (with or without that sentence as the
evidence) and those that have none; then, of the tied ones, how many the prediction PRED_DIR/<set>.json finds as a
pair, and as a REPORTING pair. Bodies are split into outlets (a known outlet or a press word in the name or shape),
data sources ('database', 'data', '.com', 'tracker') and other bodies ('according to the ministry'). Plain text
matching, no parser: the shapes are

    according to (the) [...] X          X reported / reports / notes / wrote / writes / said / says / told
    ..., reported / reports / notes / writes X          told (the) X          (analysed / compiled / ...) by (the) X
    X data / X's data / data from X     (report / interview / article) (by / with / in / to) X
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

ROOT = Path(__file__).resolve().parent.parent / "bench" / "real"
_PRESS = re.compile(
    r"\b(news|times|post|journal|television|tv|radio|press|daily|herald|gazette|tribune|telegraph|broadcast\w*|"
    r"newspaper|magazine|media|chronicle|agency|reuters|associated press|afp|bloomberg|tass|xinhua|interfax|"
    r"kyodo|yonhap|ria|bbc|cnn|spiegel|kommersant|politico|axios|guardian|nikkei|sputnik|meduza|insider|"
    r"lloyd|tradewinds|splash|gcaptain|executive|nhk|irna|tasnim|fars|mehr|anadolu|welle|forbes|monde)\b",
    re.I,
)
_DATA = re.compile(r"(\.com|\.org|\.net|\bdata\b|database|tracker|tracking|analytics|equasis|marinetraffic|kpler|"
                   r"vortexa|windward|lloyd's list intelligence|s&p)", re.I)
_VERBS = r"(?:reported|reports|noted|notes|wrote|writes|said|says|told|cited|quoted|added|adds|reporting|learned)"


def norm(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).replace("\u2019", "'").replace("\u2018", "'")


def sentences(text: str) -> list[str]:
    out = []
    for line in text.split("\n"):
        out += [s for s in re.split(r"(?:(?<=[.!?])|(?<=[.!?][\"'\u201d]))\s+(?=[A-Z\"'\u201c(])", line) if s.strip()]
    return out


def find(alias: str, sent: str) -> list[int]:
    return [m.start() for m in re.finditer(r"(?<![\w-])" + re.escape(alias) + r"(?![\w-])", sent)]


def credited(sent: str, alias: str) -> str | None:
    """The shape in which ``alias`` is credited in ``sent``, if any."""
    a = re.escape(alias)
    shapes = [
        ("according", r"\baccording to\b[^.;]{0,60}?(?<![\w-])" + a + r"(?![\w-])"),
        ("per", r"\b(?:as per|per)\s+(?:the\s+)?" + a + r"(?![\w-])"),
        ("X verb", r"(?<![\w-])" + a + r"(?:'s?)?\s+(?:\w+\s+){0,2}?(?:has |had |also |later )?" + _VERBS + r"\b"),
        ("verb X", r"\b" + _VERBS + r",?\s+(?:the\s+)?(?:\w+\s+){0,3}?" + a + r"(?![\w-])"),
        ("told X", r"\btold\s+(?:the\s+)?(?:\w+\s+){0,2}?" + a + r"(?![\w-])"),
        ("by X", r"\b(?:analy[sz]ed|compiled|collected|published|gathered|released|provided|obtained|seen|"
                 r"reviewed|cited|verified|shared|reported|quoted|confirmed)\s+by\s+(?:the\s+)?(?:\w+\s+){0,2}?"
                 + a + r"(?![\w-])"),
        ("data", r"(?<![\w-])" + a + r"(?:'s)?\s+(?:\w+\s+){0,2}?(?:data|database|figures|records|analysis|report)\b"),
        ("data from", r"\b(?:data|figures|records|analysis|information|report|reports|images|imagery)\s+(?:from|by|of)"
                      r"\s+(?:the\s+)?(?:\w+\s+){0,2}?" + a + r"(?![\w-])"),
        ("interview", r"\b(?:interview|report|article|broadcast|programme|program|statement)\s+(?:by|with|to|in|on|for)"
                      r"\s+(?:the\s+)?(?:\w+\s+){0,2}?" + a + r"(?![\w-])"),
    ]
    for name, pat in shapes:
        if re.search(pat, sent):
            return name
    return None


def klass(name: str, aliases: list[str], sent: str) -> str:
    forms = [name, *aliases]
    if any(_DATA.search(f) for f in forms):
        return "data"
    if any(_PRESS.search(f) for f in forms):
        return "outlet"
    for f in forms:
        if re.search(r"(news agency|broadcaster|newspaper|outlet|channel|daily|television|magazine)\W+(?:the\s+)?"
                     + re.escape(f) + r"\b", sent, re.I) or re.search(
            re.escape(f) + r"\W+(?:\w+\W+)?(news agency|newspaper|television|broadcaster|daily|channel|data)\b",
            sent, re.I):
            return "outlet"
    return "body"


def main() -> int:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    listing = "--list" in sys.argv
    pred_dir, sets = Path(args[0]), args[1:]
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent.parent / "shared" / "eval"))
    sys.path.insert(0, "/work/shared/eval")
    import score as sc  # the shared scorer's normalisation


    tot: dict[str, Counter] = {}
    for st in sets:
        setdir = ROOT / st
        pred = json.loads((pred_dir / f"{st}.json").read_text())
        ppairs: dict[str, dict[frozenset, set]] = {}
        docid = {Path(d["path"]).stem: d["id"] for d in pred["documents"]}
        for r in pred["relations"]:
            for ev in r["evidence"]:
                ppairs.setdefault(ev["document"], {}).setdefault(
                    frozenset((r["source"], r["target"])), set()).add(r["family"])
        for g in sorted(setdir.glob("gold/*.json")):
            gold = json.loads(g.read_text())
            text = norm((setdir / gold["document"]).read_text())
            did = docid.get(g.stem)
            # predicted entity ids per gold name, by shared normalised forms (roughly as the scorer does)
            gforms = {e["name"]: {sc.norm(e["name"])} | {sc.norm(a) for a in e.get("aliases", [])}
                      for e in gold["entities"]}
            pid_of: dict[str, str] = {}
            for e in pred["entities"]:
                forms = {sc.norm(m["text"]) for m in e["mentions"] if m["document"] == did}
                if not forms:
                    continue
                forms.add(sc.norm(e["name"]))
                for name, gf in gforms.items():
                    if gf & forms and name not in pid_of:
                        pid_of[name] = e["id"]
            rep = {}
            for r in gold["relations"]:
                if r.get("family") == "REPORTING":
                    rep.setdefault(frozenset((r["source"], r["target"])), []).append(norm(r.get("evidence", "")))
            for sent in sentences(text):
                present = {}
                for e in gold["entities"]:
                    forms = sorted({e["name"], *e.get("aliases", [])}, key=lambda f: (-len(f), f))
                    hit = next((f for f in forms if len(f) > 1 and find(norm(f), sent)), None)
                    if hit:
                        present[e["name"]] = norm(hit)
                for name, form in present.items():
                    ge = next(e for e in gold["entities"] if e["name"] == name)
                    if ge["kind"] != "PARTY":
                        continue
                    shape = next((s for f in sorted({form, *(norm(a) for a in ge.get("aliases", []))}, key=len,
                                                    ) if len(f) > 1 for s in [credited(sent, f)] if s),
                                 None)
                    if not shape:
                        continue
                    k = klass(name, ge.get("aliases", []), sent)
                    c = tot.setdefault(k, Counter())
                    c["sentences"] += 1
                    for other in present:
                        if other == name:
                            continue
                        # an entity whose form lies inside the credited body's own form is no other entity
                        if present[other] in form and present[other] != form:
                            continue
                        pair = frozenset((name, other))
                        evs = rep.get(pair)
                        here = bool(evs) and any(ev and (ev in sent or sent in ev) for ev in evs)
                        c["others"] += 1
                        okind = next(e["kind"] for e in gold["entities"] if e["name"] == other)
                        for key in (f"shape {shape}", f"other {okind}"):
                            sub = tot.setdefault(f"{k} {key}", Counter())
                            sub["others"] += 1
                            sub["tied here"] += here
                            sub["tied elsewhere"] += bool(evs) and not here
                            a, b = pid_of.get(name), pid_of.get(other)
                            pf = ppairs.get(did, {}).get(frozenset((a, b)), set()) if a and b else set()
                            sub["pred REPORTING"] += "REPORTING" in pf
                            sub["pred REPORTING, tied"] += "REPORTING" in pf and bool(evs)
                        if here:
                            c["tied here"] += 1
                        elif evs:
                            c["tied elsewhere"] += 1
                        else:
                            c["untied"] += 1
                        if evs:
                            a, b = pid_of.get(name), pid_of.get(other)
                            fams = ppairs.get(did, {}).get(frozenset((a, b)), set()) if a and b else set()
                            fams = fams - {"ASSOCIATION"}
                            c["tied: found"] += bool(fams)
                            c["tied: found REPORTING"] += "REPORTING" in fams
                        if listing:
                            mark = "TIED" if here else ("tied-elsewhere" if evs else "untied")
                            if evs:
                                a, b = pid_of.get(name), pid_of.get(other)
                                fams = ppairs.get(did, {}).get(frozenset((a, b)), set()) if a and b else set()
                                mark += " pred=" + ",".join(sorted(fams)) if fams else (
                                    " pred=-" if a and b else " pred=no-" + ("source" if not a else "target"))
                            print(f"{st}/{g.stem} [{k}/{shape}] {name} -> {other} ({okind}): {mark}\n    {sent[:300]}")
    for k, c in sorted(tot.items()):
        share = (c["tied here"] + c["tied elsewhere"]) / c["others"] if c["others"] else 0
        print(f"{k:28} {share:.2f} tied", dict(c))
    return 0


if __name__ == "__main__":
    sys.exit(main())
