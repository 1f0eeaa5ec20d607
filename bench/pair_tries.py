"""Tries at the pair layer's PRECISION on the forward sets (round BD, x-learn75): what the stated rule's forward part
reads, the layer's own added pairs (their share of gold ties, and of those the share with the gold's family).

    PYTHONPATH=. nice .venv/bin/python bench/pair_tries.py --cache FILE

Every try is scored as ``bench/train_pair_model.py --forward`` scores a setting: each FORWARD set (blind9..blind61)
with a model of the sets before it (SETS order), pooled; and on blind52..blind61 alone (the newest topics). Tries:

- ``stock``: the trainer's models (yes/no model, family model over the positives), no gate;
- candidate gates on an added pair (the features of the sentence that gave its best probability): ``cue`` (the
  common head or a verb/noun on the path is a lexicon word: an ``lca=`` or ``on_path=`` class with a family),
  ``n3`` (at most 3 entities in the sentence), ``cue+n3``, ``ss`` (both ends states), ``cue+ss``;
- ``famthr``: a threshold per family the model gives, each chosen on the forward pool blind9..blind43 (the lowest
  threshold at which that family's added pairs there are >= BAR_P gold ties and >= BAR_F of the gold's family, 5
  pairs at least; else the family is never added), scored on blind44..blind61 only (the tuning pool is apart);
- ``negfam``: one multinomial model, the families plus NONE (every untyped sample the gold does not give as a tie's
  evidence), trained on all features: the tie's probability is 1 - P(NONE), the family the likeliest other;
- ``cw``: the yes/no model with negatives weighted 2 (class weights), the family model with balanced class weights.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression

from bench.pair_data import REAL, SETS, articles
from bench.train_pair_model import FAMILY_KEEP, FORWARD, C, _keep, candidates, cv_table, figures, folds, show_both

THS = (0.5, 0.7, 0.85)
NEWEST = tuple(f"blind{n}" for n in range(52, 62))
TUNE = tuple(s for s in FORWARD if SETS.index(s) < SETS.index("blind44"))
AFTER = tuple(s for s in FORWARD if s not in TUNE)

Full = dict  # pair -> (probability, family, share, feats)


def _cue(feats: list[str]) -> bool:
    return any(f.startswith(("lca=", "on_path=")) and ":" in f.split("=", 1)[1] for f in feats)


def _n3(feats: list[str]) -> bool:
    return "n=2" in feats or "n=3" in feats


def _ss(feats: list[str]) -> bool:
    return "k=STATE-STATE" in feats


GATES = {
    "stock": lambda f: True,
    "cue": _cue,
    "n3": _n3,
    "cue+n3": lambda f: _cue(f) and _n3(f),
    "ss": _ss,
    "cue+ss": lambda f: _cue(f) and _ss(f),
}


class Rows:
    """Every untyped sample of every article as rows of global matrices (one vocabulary over all articles: a
    feature no training sample has gets weight 0 under L2, so the fits equal per-target vocabularies'), and the
    fits of each target warm-started from the last (same optimum, fewer iterations)."""

    def __init__(self, arts):
        self.rows = [(i, s) for i, a in enumerate(arts) for s in a.samples if not s.typed_elsewhere]
        self.vec, self.fvec = DictVectorizer(), DictVectorizer()
        self.X = self.vec.fit_transform([dict.fromkeys(s.feats, 1.0) for _, s in self.rows]).tocsr()
        self.F = self.fvec.fit_transform([_keep(s.feats, (), FAMILY_KEEP) for _, s in self.rows]).tocsr()
        self.pos = [bool(s.label and s.in_evidence) for _, s in self.rows]
        self.fams = [
            sorted(s.families_here or s.families) if p else [] for (_, s), p in zip(self.rows, self.pos, strict=True)
        ]
        self.last: dict[str, LogisticRegression] = {}

    def fit(self, key: str, X, y, w=None, **kw) -> LogisticRegression:
        old = self.last.get(key)
        if old is not None and set(old.classes_) != set(y):
            old = None
        clf = old or LogisticRegression(C=C, max_iter=3000, warm_start=True, **kw)
        self.last[key] = clf.fit(X, y, sample_weight=w)
        return clf

    def expand(self, idx: list[int], neg: str | None) -> tuple[list[int], list[str], list[float]]:
        """Rows for a family model: each positive once per family (weights shared), negatives as ``neg``."""
        r, y, w = [], [], []
        for k in idx:
            if self.pos[k]:
                for f in self.fams[k]:
                    r.append(k)
                    y.append(f)
                    w.append(1.0 / len(self.fams[k]))
            elif neg:
                r.append(k)
                y.append(neg)
                w.append(1.0)
        return r, y, w

    def models(self, train_arts: set[int], tries: list[str]):
        idx = [k for k, (i, _) in enumerate(self.rows) if i in train_arts]
        y = [int(self.pos[k]) for k in idx]
        out = {}
        if "stock" in tries or "cw" in tries:
            r, fy, fw = self.expand(idx, None)
        if "stock" in tries:
            out["stock"] = (self.fit("yes", self.X[idx], y), self.fit("fam", self.F[r], fy, fw), None)
        if "cw" in tries:
            yes = self.fit("yes_cw", self.X[idx], y, class_weight={0: 2.0, 1: 1.0})
            out["cw"] = (yes, self.fit("fam_cw", self.F[r], fy, fw, class_weight="balanced"), None)
        if "negfam" in tries:
            r, ny, nw = self.expand(idx, "NONE")
            out["negfam"] = (None, None, self.fit("negfam", self.X[r], ny, nw))
        return out

    def predict(self, model, art_rows: list[int]) -> Full:
        yes, fam, neg = model
        out: Full = {}
        if not art_rows:
            return out
        if neg is None:
            p1 = yes.predict_proba(self.X[art_rows])[:, 1]
            pf = fam.predict_proba(self.F[art_rows])
            for k, p, pr in zip(art_rows, p1, pf, strict=True):
                s = self.rows[k][1]
                if p > out.get(s.pair, (-1.0,))[0]:
                    j = int(pr.argmax())
                    out[s.pair] = (float(p), fam.classes_[j], float(pr[j]), s.feats)
            return out
        none = list(neg.classes_).index("NONE")
        for k, pr in zip(art_rows, neg.predict_proba(self.X[art_rows]), strict=True):
            s = self.rows[k][1]
            p = 1.0 - pr[none]
            if p > out.get(s.pair, (-1.0,))[0]:
                j = max((x for x in range(len(pr)) if x != none), key=lambda x: pr[x])
                out[s.pair] = (float(p), neg.classes_[j], float(pr[j] / max(p, 1e-9)), s.feats)
        return out


def fig(arts, full: list[Full], idx, th, gate=lambda f: True, thr: dict | None = None) -> dict:
    sub = [arts[i] for i in idx]
    add = []
    for i in idx:
        add.append({
            k: f for k, (p, f, q, feats) in full[i].items()
            if (p >= th if thr is None else (f in thr and p >= thr[f])) and gate(feats)
        })  # fmt: skip
    return figures(sub, add)


CELL = "{p:.3f} / {r:.3f} / {f:.3f} / {fam:.3f}; {added} {added_p:.2f} {added_fam:.2f}"


def table(arts, runs: dict[str, list[Full]]) -> None:
    pools = {"forward blind9..61": FORWARD, "blind44..61": AFTER, "blind52..61": NEWEST}
    idx = {n: [i for i, a in enumerate(arts) if a.set in ss] for n, ss in pools.items()}
    print("| try | threshold | " + " | ".join(f"{n}: P / R / F1 / family; added, their P, their family" for n in pools)
          + " |")  # fmt: skip
    print("|---|---|" + "---|" * len(pools))
    print("| rules alone | | " + " | ".join(CELL.format(**fig(arts, [{}] * len(arts), ix, 2.0)) for ix in idx.values())
          + " |")  # fmt: skip
    for model, full in runs.items():
        gates = GATES if model == "stock" else {"": GATES["stock"], "cue": _cue}
        for gname, gate in gates.items():
            for th in THS:
                name = f"{model}{' ' + gname if gname and gname != 'stock' else ''}"
                cells = [CELL.format(**fig(arts, full, ix, th, gate)) for ix in idx.values()]
                print(f"| {name} | {th} | " + " | ".join(cells) + " |")
    # a threshold per family, tuned on blind9..43's forward pool, scored on blind44..61 and blind52..61
    tune = [i for i, a in enumerate(arts) if a.set in TUNE]
    for model, full in runs.items():
        fams = sorted({f for i in tune for (_, f, _, _) in full[i].values()})
        for bar_p, bar_f in ((0.7, 0.75), (0.8, 0.85), (0.9, 0.9)):
            thr = {}
            for fam in fams:
                for th in (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95):
                    m = fig(arts, full, tune, th, lambda f: True, {fam: th})
                    if m["added"] >= 5 and m["added_p"] >= bar_p and m["added_fam"] >= bar_f:
                        thr[fam] = th
                        break
            cells = ["(tuning pool)"] + [CELL.format(**fig(arts, full, idx[n], 0, thr=thr)) for n in list(pools)[1:]]
            print(f"| {model} famthr (tuned at {bar_p}/{bar_f}: {thr}) | per family | " + " | ".join(cells) + " |")


def by_family(arts, full: list[Full], th: float) -> None:
    """At ``th``, per family the model gives (forward pool): added pairs, gold ties, of the gold's family."""
    idx = [i for i, a in enumerate(arts) if a.set in FORWARD]
    counts: dict[str, list[int]] = {}
    for i in idx:
        a = arts[i]
        for k, (p, f, _, _) in full[i].items():
            if p < th or k in a.rule_pairs:
                continue
            c = counts.setdefault(f, [0, 0, 0])
            c[0] += 1
            c[1] += k in a.gold_pairs
            c[2] += f in a.gold_pairs.get(k, ())
    print(f"by family given, at {th}: " + "; ".join(f"{f} {n}/{g}/{ok}" for f, (n, g, ok) in sorted(counts.items())))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cache", type=Path)
    ap.add_argument("--tries", default="stock,negfam,cw")
    ap.add_argument("--start", default=FORWARD[0], help="the first FORWARD set scored (the pools start there)")
    a = ap.parse_args()
    t0 = time.time()
    arts = articles([REAL / s for s in SETS], a.cache)
    print(f"{len(arts)} articles ({time.time() - t0:.0f} s)", flush=True)
    tries = a.tries.split(",")
    rows = Rows(arts)
    print(f"{len(rows.rows)} rows ({time.time() - t0:.0f} s)", flush=True)
    by_art: dict[int, list[int]] = {}
    for k, (i, _) in enumerate(rows.rows):
        by_art.setdefault(i, []).append(k)
    runs: dict[str, list[Full]] = {t: [{} for _ in arts] for t in tries}
    for target in FORWARD[FORWARD.index(a.start) :]:
        before = {i for i, x in enumerate(arts) if SETS.index(x.set) < SETS.index(target)}
        models = rows.models(before, tries)
        for i, x in enumerate(arts):
            if x.set == target:
                for t, m in models.items():
                    runs[t][i] = rows.predict(m, by_art.get(i, []))
        print(f"{target} done ({time.time() - t0:.0f} s)", flush=True)
    if "stock" in tries:
        fwd = [{k: v[:3] for k, v in f.items()} for f in runs["stock"]]
        pools = []
        for name, ss in (("forward blind9..61 pooled", FORWARD), ("forward blind52..61 pooled", NEWEST)):
            pools.append((name, *cv_table(arts, fwd, [i for i, x in enumerate(arts) if x.set in ss])))
        show_both("\nStock models (the trainer's), every setting, forward:", pools)
    table(arts, runs)
    for t, full in runs.items():
        for th in THS:
            print(t, end=" ")
            by_family(arts, full, th)
    sys.stdout.flush()
    # the trainer's held-out table (leave-one-set-out) for the stock models, and the stated rule's candidates
    if "stock" in tries:
        loso: list = [{} for _ in arts]
        for test in folds(arts):
            held = set(test)
            models = rows.models({i for i in range(len(arts)) if i not in held}, ["stock"])
            for i in test:
                loso[i] = {k: v[:3] for k, v in rows.predict(models["stock"], by_art.get(i, [])).items()}
            print(f"held-out fold {arts[test[0]].set} done ({time.time() - t0:.0f} s)", flush=True)
        base, lrows = cv_table(arts, loso)
        show_both("\nStock models, held-out sets beside the forward pool:", [("held-out sets", base, lrows), pools[0]])
        cands = candidates(arts, loso, base, lrows, pools[0][2])
        print(f"settings meeting the stated rule: {cands}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
