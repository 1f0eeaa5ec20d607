"""Pairs a reporter could be tied to through an act of the sentence it reports (x-rep108, reported_counterparts.py).

    PYTHONPATH=. python bench/reported_counterparts.py PRED_DIR FIRST LAST [PREFIX]

PRED_DIR holds ``blindNN.json`` outputs (an allsets.sh OUTDIR); FIRST..LAST the blind sets read. In each evidence
sentence where the output has R -REPORTING-> A and A tied to B by an act family (HOSTILITY, DIPLOMACY, AGREEMENT,
TRADE, ALLIANCE, ENFORCEMENT, DEFECTION), and R..B has no typed tie in the document, R -> B is one candidate; counted
by the reporter's kind (an outlet by bench/reporting_shapes.py's words, another body, a person, a state), B's kind
and the act's family, against the gold: REP (a gold REPORTING pair), other (a gold pair of another family), none,
unm (an end not matched). With PREFIX, every candidate of the rows starting with it.
"""

import collections
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.gold_match import gold_docs, load_norm
from bench.reporting_shapes import _OUTLET

norm = load_norm()
PRED = Path(sys.argv[1])
FIRST, LAST = int(sys.argv[2]), int(sys.argv[3])
want = sys.argv[4] if len(sys.argv) > 4 else None
ACTS = {"HOSTILITY", "DIPLOMACY", "AGREEMENT", "TRADE", "ALLIANCE", "ENFORCEMENT", "DEFECTION"}
tab = collections.defaultdict(collections.Counter)
rows = collections.defaultdict(list)
for n in range(FIRST, LAST + 1):
    p = PRED / f"blind{n}.json"
    if not p.exists():
        continue
    pred = json.loads(p.read_text())
    ents = {e["id"]: e for e in pred["entities"]}
    for d, _gold, m, gfam in gold_docs(pred, Path(f"bench/real/blind{n}/gold"), norm):
        by_sent = collections.defaultdict(list)
        typed_any = set()
        for r in pred["relations"]:
            for ev in r["evidence"]:
                if ev.get("document") != d["id"]:
                    continue
                by_sent[ev["start"]].append((r["source"], r["target"], r["family"], ev["text"]))
                if r["family"] != "ASSOCIATION":
                    typed_any.add(frozenset((r["source"], r["target"])))
        for rels in by_sent.values():
            rep = [(s, t) for s, t, f, _ in rels if f == "REPORTING"]
            acts = [(s, t, f) for s, t, f, _ in rels if f in ACTS]
            text = rels[0][3]
            seen = set()
            for R, A in rep:
                for s, t, f in acts:
                    if A not in (s, t):
                        continue
                    B = t if s == A else s
                    if B == R or frozenset((R, B)) in typed_any or (R, B) in seen:
                        continue
                    seen.add((R, B))
                    rk = ents[R]["kind"]
                    if rk == "PARTY":
                        rk = (
                            "OUTLET"
                            if _OUTLET.search(ents[R]["name"]) or _OUTLET.search(m.get(R, "") or "")
                            else "BODY"
                        )
                    key = f"{rk[:5]}>{ents[B]['kind'][:4]} via {f[:4]}"
                    gr, gb = m.get(R), m.get(B)
                    if gr is None or gb is None:
                        res = "unm"
                    else:
                        g = gfam.get(frozenset((gr, gb)), set())
                        res = "REP" if "REPORTING" in g else ("other" if g else "none")
                    tab[key][res] += 1
                    gold_fams = sorted(gfam.get(frozenset((gr, gb)), []))
                    names = f"{ents[R]['name']} -> {ents[B]['name']} (A={ents[A]['name']})"
                    rows[key].append(f"blind{n} {res} {names} {gold_fams} | {text[:200]}")
tot = collections.Counter()
for k, c in sorted(tab.items(), key=lambda x: -sum(x[1].values())):
    print(f"{k:30} {dict(c)}")
if want:
    for k in rows:
        if k.startswith(want):
            for r in rows[k]:
                print(k, "|", r)
