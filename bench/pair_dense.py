"""The pair layer with dense context features (round BF, x-vec86): spaCy's own tok2vec vectors for an untyped pair.

    PYTHONPATH=. nice .venv/bin/python bench/pair_dense.py --cache FILE [--data FILE]

en_core_web_sm fills ``doc.tensor`` (96 floats per token) for every short document it parses (``parse`` drops it
only for a long document's pieces), so the vectors cost nothing more at run time. For each sample of
``bench/pair_data.py`` (one sentence in which the rules left a pair untyped; its two closest mentions, as
``Reader._pair_features`` picks them) the features are: each end's mention vectors (mean), their elementwise product,
the common head's vector, the path tokens' vectors (mean, the two ends and the head left out), the tokens between the
two mentions (mean), and a few numbers (log distance, path length, entities in the sentence, the two ends' kinds).

Models (scikit-learn), trained on dev + holdout + blind4..43 and scored FORWARD on blind44..65 (``--per-set``: each
set of 44..65 with a model of the sets before it): ``dense`` (logistic regression on the dense features), ``mlp``
(one hidden layer of 64), ``sparse`` (the trainer's stock model, ``bench/pair_tries.py``), ``both`` (logistic
regression on the sparse features and the dense ones side by side). The family of an accepted pair: a multinomial
model over the positives on the same features (``fam=dense`` / ``fam=sparse``). Rows, labels and the scoring are
``bench/pair_tries.py``'s: a positive is a sample on a gold pair in a sentence the gold gives as its evidence.
"""

from __future__ import annotations

import argparse
import math
import pickle
import time
from pathlib import Path

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.neural_network import MLPClassifier
from sklearn.preprocessing import StandardScaler

import bench.pair_data as pd
from bench.train_pair_model import FAMILY_KEEP, C, _keep, figures
from core.extract.relations.reader import Reader

SETS = ("dev", "holdout", *(f"blind{n}" for n in range(4, 66)))
TRAIN_END = "blind44"  # the single model: every set before it
FWD = tuple(f"blind{n}" for n in range(44, 66))
POOLS = {"blind44..65": FWD, "blind56..65": tuple(f"blind{n}" for n in range(56, 66))}
THS = (0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95)
KINDS = ("STATE", "PARTY", "OFFICIAL", "VESSEL")

_docs: dict[str, object] = {}


def _patch() -> None:
    """Keep each sample's two mentions (token ranges) in its features, as ``__at=x0,x1,y0,y1``."""
    orig = Reader._pair_features

    def pair_features(self, a, b, seg, n, where, ruled, ties):
        feats = orig(self, a, b, seg, n, where, ruled, ties)
        if not feats:
            return feats
        near = [(abs(i - j), i, j) for i in where.get((a, seg), ()) for j in where.get((b, seg), ()) if i != j]
        _, i, j = min(near)
        out = []
        for t in sorted((i, j)):
            e, s, f = self.tok_ent[t], t, t + 1
            while s > 0 and self.tok_ent[s - 1] == e:
                s -= 1
            while f < len(self.tok_ent) and self.tok_ent[f] == e:
                f += 1
            out += [s, f]
        return [*feats, "__at=" + ",".join(map(str, out))]

    Reader._pair_features = pair_features
    orig_parsed = pd.parsed

    def parsed(paths, cache=None):
        res = orig_parsed(paths, cache)
        for stem, doc, _ in res:
            _docs[stem] = doc
        return res

    pd.parsed = parsed


def _path(doc, x: int, y: int) -> tuple[int, list[int]]:
    up_x = [x]
    while doc[up_x[-1]].head.i != up_x[-1]:
        up_x.append(doc[up_x[-1]].head.i)
    seen = {t: k for k, t in enumerate(up_x)}
    up_y = [y]
    while up_y[-1] not in seen and doc[up_y[-1]].head.i != up_y[-1]:
        up_y.append(doc[up_y[-1]].head.i)
    if up_y[-1] not in seen:  # two roots (sentences joined): no common head
        return -1, up_x[1:] + up_y[1:]
    lca = up_y[-1]
    return lca, up_x[1 : seen[lca]] + up_y[1:-1]


def dense(doc, at: list[int], feats: list[str]) -> np.ndarray:
    x0, x1, y0, y1 = at
    T = doc.tensor
    z = np.zeros(T.shape[1], dtype="float32")
    va, vb = T[x0:x1].mean(0), T[y0:y1].mean(0)
    hx, hy = doc[x0:x1].root.i, doc[y0:y1].root.i
    lca, path = _path(doc, hx, hy)
    path = [t for t in path if not (x0 <= t < x1 or y0 <= t < y1)]
    vl = T[lca] if lca >= 0 and not (x0 <= lca < x1 or y0 <= lca < y1) else z
    vp = T[path].mean(0) if path else z
    vbw = T[x1:y0].mean(0) if x1 < y0 else z
    n = next((int(f[2:]) for f in feats if f.startswith("n=") and f[2:].isdigit()), 2)
    k = next((f[2:] for f in feats if f.startswith("k=")), "-")
    ka, _, kb = k.partition("-")
    kinds = [float(ka == c) for c in KINDS] + [float(kb == c) for c in KINDS]
    nums = [math.log1p(max(y0 - x1, 0)), math.log1p(len(path)), float(lca < 0), math.log1p(n), *kinds]
    return np.concatenate([va, vb, va * vb, vl, vp, vbw, np.asarray(nums, dtype="float32")])


def build(cache: Path, data: Path):
    if data.exists():
        return pickle.loads(data.read_bytes())
    _patch()
    t0 = time.time()
    arts = pd.articles([pd.REAL / s for s in SETS], cache)
    print(f"{len(arts)} articles ({time.time() - t0:.0f} s)", flush=True)
    rows, D = [], []
    for i, a in enumerate(arts):
        doc = _docs[a.stem]
        for s in a.samples:
            at = next(f for f in s.feats if f.startswith("__at="))
            s.feats = [f for f in s.feats if not f.startswith("__at=")]
            if s.typed_elsewhere:
                continue
            rows.append((i, s))
            D.append(dense(doc, [int(v) for v in at[5:].split(",")], s.feats))
    out = (arts, rows, np.vstack(D))
    data.write_bytes(pickle.dumps(out))
    return out


class Models:
    def __init__(self, arts, rows, D):
        self.arts, self.rows, self.D = arts, rows, D
        self.vec, self.fvec = DictVectorizer(), DictVectorizer()
        self.X = self.vec.fit_transform([dict.fromkeys(s.feats, 1.0) for _, s in rows]).tocsr()
        self.F = self.fvec.fit_transform([_keep(s.feats, (), FAMILY_KEEP) for _, s in rows]).tocsr()
        self.pos = np.array([bool(s.label and s.in_evidence) for _, s in rows])
        self.fams = [
            sorted(s.families_here or s.families) if p else [] for (_, s), p in zip(rows, self.pos, strict=True)
        ]
        self.set_of = np.array([SETS.index(arts[i].set) for i, _ in rows])

    def fit(self, train: np.ndarray, kinds: list[str]):
        idx = np.flatnonzero(train)
        y = self.pos[idx].astype(int)
        sc = StandardScaler().fit(self.D[idx])
        Dz = sc.transform(self.D).astype("float32")
        r, fy, fw = [], [], []
        for k in idx:
            for f in self.fams[k]:
                r.append(k)
                fy.append(f)
                fw.append(1.0 / len(self.fams[k]))
        probs, famp = {}, {}
        if "dense" in kinds:
            probs["dense"] = LogisticRegression(C=0.05, max_iter=2000).fit(Dz[idx], y).predict_proba(Dz)[:, 1]
        if "mlp" in kinds:
            mlp = MLPClassifier((64,), alpha=1e-2, early_stopping=True, random_state=0, max_iter=200)
            probs["mlp"] = mlp.fit(Dz[idx], y).predict_proba(Dz)[:, 1]
        if "sparse" in kinds:
            probs["sparse"] = LogisticRegression(C=C, max_iter=3000).fit(self.X[idx], y).predict_proba(self.X)[:, 1]
        if "both" in kinds:
            B = sp.hstack([self.X, sp.csr_matrix(Dz * 0.3)]).tocsr()
            probs["both"] = LogisticRegression(C=C, max_iter=3000).fit(B[idx], y).predict_proba(B)[:, 1]
        fd = LogisticRegression(C=0.05, max_iter=2000).fit(Dz[r], fy, sample_weight=fw)
        famp["dense"] = (fd.classes_, fd.predict_proba(Dz))
        fs = LogisticRegression(C=C, max_iter=3000).fit(self.F[r], fy, sample_weight=fw)
        famp["sparse"] = (fs.classes_, fs.predict_proba(self.F))
        return probs, famp


def full(m: Models, probs, famp, which: np.ndarray) -> dict[str, list[dict]]:
    """model+family -> per article: pair -> (probability, family) at the pair's best sample."""
    out = {}
    for name, p in probs.items():
        for fname, (cls, pf) in famp.items():
            per = [{} for _ in m.arts]
            for k in np.flatnonzero(which):
                i, s = m.rows[k]
                if p[k] > per[i].get(s.pair, (-1.0,))[0]:
                    per[i][s.pair] = (float(p[k]), cls[int(pf[k].argmax())])
            out[f"{name} fam={fname}"] = per
    return out


CELL = "{p:.3f} / {r:.3f} / {fam:.3f}; {added} {added_p:.2f} {added_fam:.2f}"


def table(arts, runs: dict[str, list[dict]], title: str) -> None:
    print(f"\n{title}\n")
    idx = {n: [i for i, a in enumerate(arts) if a.set in ss] for n, ss in POOLS.items()}
    print("| model | threshold | " + " | ".join(f"{n}: P / R / family; added, their P, their family" for n in POOLS)
          + " |")  # fmt: skip
    print("|---|---|" + "---|" * len(POOLS))
    cells = [CELL.format(**figures([arts[i] for i in ix], [{} for _ in ix])) for ix in idx.values()]
    print("| rules alone | | " + " | ".join(cells) + " |")
    for name, per in runs.items():
        for th in THS:
            cells = []
            for ix in idx.values():
                add = [{k: f for k, (p, f) in per[i].items() if p >= th} for i in ix]
                cells.append(CELL.format(**figures([arts[i] for i in ix], add)))
            print(f"| {name} | {th} | " + " | ".join(cells) + " |", flush=True)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cache", type=Path, required=True)
    ap.add_argument("--data", type=Path, default=Path("/tmp/x-vec86/pair_dense.pkl"))
    ap.add_argument("--kinds", default="dense,mlp,sparse,both")
    ap.add_argument("--per-set", action="store_true", help="also: each of blind44..65 with a model of the sets before")
    a = ap.parse_args()
    t0 = time.time()
    arts, rows, D = build(a.cache, a.data)
    m = Models(arts, rows, D)
    print(f"{len(arts)} articles, {len(rows)} rows, {int(m.pos.sum())} positive, {D.shape[1]} dense features "
          f"({time.time() - t0:.0f} s)", flush=True)  # fmt: skip
    kinds = a.kinds.split(",")
    probs, famp = m.fit(m.set_of < SETS.index(TRAIN_END), kinds)
    print(f"single model fitted ({time.time() - t0:.0f} s)", flush=True)
    table(arts, full(m, probs, famp, m.set_of >= SETS.index(TRAIN_END)), "One model on dev + holdout + blind4..43:")
    if a.per_set:
        runs: dict[str, list[dict]] = {}
        for target in FWD:
            t = SETS.index(target)
            probs, famp = m.fit(m.set_of < t, kinds)
            for name, per in full(m, probs, famp, m.set_of == t).items():
                run = runs.setdefault(name, [{} for _ in arts])
                for i, x in enumerate(arts):
                    if x.set == target:
                        run[i] = per[i]
            print(f"{target} done ({time.time() - t0:.0f} s)", flush=True)
        table(arts, runs, "Each of blind44..65 with a model of the sets before it:")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
