"""A list of states in a speaker's reported words, and the gold's word on the speaker and each state (x-rep121).

    PYTHONPATH=. python bench/reported_lists.py PRED_DIR FIRST LAST [--min N] [--list]

PRED_DIR holds ``blindNN.json`` outputs (an allsets.sh OUTDIR); FIRST..LAST the blind sets read (gold matched as
../shared/eval/score.py matches it, bench/gold_match.py). For each reporting verb (the lexicon's REPORTING verbs)
whose subject names an entity (the speaker), each list of at least ``--min`` (3) conjoined states inside its reported
clauses (ccomp, parataxis, or the clause a closing 'X said' hangs on) gives one candidate pair per member: speaker
and state. Per speaker kind: candidates, those the output already types, and of the untyped ones how many are gold
pairs and gold REPORTING. A rule tying the speaker to each member is worth it only at >= 0.8 gold REPORTING.
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path

_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(_ROOT))
sys.path.insert(0, str(_ROOT.parent / "shared" / "eval"))
from score import norm  # noqa: E402

from bench.gold_match import gold_docs  # noqa: E402
from core.extract.nlp import load_nlp  # noqa: E402
from core.extract.relations.lexicon import lexicon  # noqa: E402


def _scopes(v):
    """The reported clauses of ``v``: its clausal children, or the clause a closing report hangs on."""
    out = [c for c in v.children if c.dep_ in ("ccomp", "parataxis") and c.pos_ in ("VERB", "AUX")]
    if not out and v.dep_ in ("parataxis", "ccomp", "conj") and v.head.i < v.i:
        out = [v.head]
    return out


def rows_of(pred_dir: Path, first: int, last: int, least: int) -> list[dict]:
    nlp, lex = load_nlp(), lexicon()
    rows = []
    for n in range(first, last + 1):
        pp = pred_dir / f"blind{n}.json"
        corpus = _ROOT / "bench" / "real" / f"blind{n}"
        if not pp.exists():
            continue
        pred = json.loads(pp.read_text(encoding="utf-8"))
        kinds = {e["id"]: e["kind"] for e in pred["entities"]}
        names = {e["id"]: e["name"] for e in pred["entities"]}
        for d, _gold, match, gfam in gold_docs(pred, corpus / "gold", norm):
            text = (corpus / Path(d["path"]).name).read_text(encoding="utf-8")
            spans = [
                (m["start"], m["end"], e["id"])
                for e in pred["entities"]
                for m in e.get("mentions", [])
                if m["document"] == d["id"]
            ]
            typed = {
                frozenset((r["source"], r["target"]))
                for r in pred["relations"]
                if r.get("family") != "ASSOCIATION" and any(ev.get("document") == d["id"] for ev in r["evidence"])
            }
            doc = nlp(text)
            tok = {}
            for a, b, e in spans:
                for t in doc.char_span(a, b, alignment_mode="expand") or ():
                    tok[t.i] = e
            seen = set()
            for v in doc:
                if v.lemma_.lower() not in lex.reporting_verbs or v.pos_ not in ("VERB", "AUX"):
                    continue
                speakers = {tok[s.i] for s in v.children if s.dep_ == "nsubj" and s.i in tok}
                speakers = {e for e in speakers if kinds[e] in ("OFFICIAL", "PARTY", "STATE")}
                if not speakers:
                    continue
                for c in _scopes(v):
                    for t in c.subtree:
                        if t.i not in tok or kinds[tok[t.i]] != "STATE" or t.dep_ == "conj":
                            continue
                        members = {tok[t.i]} | {
                            tok[x.i] for x in t.conjuncts if x.i in tok and kinds[tok[x.i]] == "STATE"
                        }
                        if len(members) < least:
                            continue
                        for s in speakers:
                            for m in members - {s}:
                                key = (d["id"], s, m)
                                if key in seen:
                                    continue
                                seen.add(key)
                                gs, gm = match.get(s), match.get(m)
                                rows.append(
                                    {
                                        "doc": Path(d["path"]).stem,
                                        "kind": kinds[s],
                                        "speaker": names[s],
                                        "member": names[m],
                                        "role": t.dep_,
                                        "typed": frozenset((s, m)) in typed,
                                        "gold": sorted(gfam.get(frozenset((gs, gm)), set())) if gs and gm else [],
                                        "sentence": t.sent.text.strip(),
                                    }
                                )
    return rows


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("pred_dir", type=Path)
    ap.add_argument("first", type=int)
    ap.add_argument("last", type=int)
    ap.add_argument("--min", type=int, default=3)
    ap.add_argument("--list", action="store_true")
    a = ap.parse_args()
    rows = rows_of(a.pred_dir, a.first, a.last, a.min)
    stats: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    for r in rows:
        for k in (r["kind"], f"{r['kind']} list as {r['role']}", "all"):
            st = stats[k]
            st["n"] += 1
            st["typed"] += r["typed"]
            if not r["typed"]:
                st["new"] += 1
                st["gold"] += bool(r["gold"])
                st["rep"] += "REPORTING" in r["gold"]
                st["stories"] += 0
    print(f"{'speaker kind / list role':34s} {'n':>4s} {'typed':>5s} {'new':>4s} {'gold':>4s} {'rep':>4s}")
    for k, st in sorted(stats.items()):
        print(f"{k:34s} {st['n']:4d} {st['typed']:5d} {st['new']:4d} {st['gold']:4d} {st['rep']:4d}")
    if a.list:
        for r in rows:
            if not r["typed"]:
                tag = "+" if r["gold"] else "-"
                print(f"  {tag} [{r['doc'][:26]}] {r['speaker']} -- {r['member']} {r['gold']} ({r['role']})")
                print(f"      {r['sentence'][:240]!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
