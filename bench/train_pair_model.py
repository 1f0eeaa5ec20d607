"""Train (or only measure) the learned second look at untyped pairs, on real annotated articles only.

    PYTHONPATH=. .venv/bin/python bench/train_pair_model.py [--write] [--threshold P] DIR [DIR ...]

Each DIR holds articles and a gold/ folder (bench/real/dev). Gold entities are placed as in bench/relation_dev.py;
the rules run without the model; every pair they leave untyped is a sample (label: the gold states a tie between
the two). Prints grouped cross-validation by article (5 folds): pairs the model would add, how many are gold,
and how many carry a gold family, at several thresholds. ``--write`` trains on all and writes
core/extract/data/pair_model.json with the chosen threshold. Needs scikit-learn (a development tool only: the
app reads the weights as JSON).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

from bench.relation_dev import gold_entities
from core.extract.nlp import load_nlp
from core.extract.relations.lexicon import lexicon
from core.extract.relations.reader import Reader

OUT = Path(__file__).resolve().parents[1] / "core" / "extract" / "data" / "pair_model.json"


def samples(dirs: list[Path]) -> tuple[list[dict], list[int], list[str], list[int]]:
    nlp, lex = load_nlp(), lexicon()
    X, y, fam, groups = [], [], [], []
    for gi, d in enumerate(sorted(p for dd in dirs for p in (dd / "gold").glob("*.json"))):
        gold = json.loads(d.read_text(encoding="utf-8"))
        text = (d.parent.parent / gold["document"]).read_text(encoding="utf-8")
        ents = gold_entities(text, gold)
        gfam: dict[frozenset, str] = {}
        for r in gold["relations"]:
            if r["source"] != r["target"]:
                gfam.setdefault(frozenset((r["source"], r["target"])), r["family"])
        reader = Reader(nlp(text), ents, lex)
        reader.collect = True
        typed = {
            frozenset((ents[r.source].name, ents[r.target].name))
            for r in reader.relations()
            if r.family.value != "ASSOCIATION"
        }
        seen = set(typed)  # a pair typed in another sentence is found already
        for a, b, feats in reader.untyped:
            key = frozenset((ents[a].name, ents[b].name))
            if not feats or key in seen:
                continue
            seen.add(key)
            X.append({f: 1.0 for f in feats})
            y.append(int(key in gfam))
            fam.append(gfam.get(key, ""))
            groups.append(gi)
    return X, y, fam, groups


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dirs", nargs="+", type=Path)
    ap.add_argument("--write", action="store_true")
    ap.add_argument("--threshold", type=float, default=0.6)
    a = ap.parse_args()
    X, y, fam, groups = samples(a.dirs)
    print(f"{len(y)} untyped pairs, {sum(y)} of them gold")
    vec = DictVectorizer()
    M = vec.fit_transform(X)
    probs = [0.0] * len(y)
    famp = [""] * len(y)
    fconf = [0.0] * len(y)
    for tr, te in GroupKFold(n_splits=5).split(M, y, groups):
        clf = LogisticRegression(C=0.5, max_iter=2000).fit(M[tr], [y[i] for i in tr])
        pos = [i for i in tr if y[i]]
        fclf = LogisticRegression(C=0.5, max_iter=2000).fit(M[pos], [fam[i] for i in pos])
        fprob = fclf.predict_proba(M[te])
        for k, (i, p) in enumerate(zip(te, clf.predict_proba(M[te])[:, 1], strict=True)):
            j = fprob[k].argmax()
            probs[i], famp[i], fconf[i] = p, fclf.classes_[j], fprob[k][j]
    for th in (0.4, 0.5, 0.6, 0.7, 0.8):
        for fth in (0.0, 0.5, 0.7):
            added = [i for i in range(len(y)) if probs[i] >= th and fconf[i] >= fth]
            hits = [i for i in added if y[i]]
            famok = sum(1 for i in hits if famp[i] == fam[i])
            print(
                f"threshold {th} family {fth}: adds {len(added)} pairs, {len(hits)} gold "
                f"({len(hits) / max(len(added), 1):.2f}), family right on {famok}"
            )
    if a.write:
        clf = LogisticRegression(C=0.5, max_iter=2000).fit(M, y)
        pos = [i for i in range(len(y)) if y[i]]
        fclf = LogisticRegression(C=0.5, max_iter=2000).fit(M[pos], [fam[i] for i in pos])
        names = vec.get_feature_names_out()
        model = {
            "_about": "Written by bench/train_pair_model.py from real annotated articles; read by pair_model.py.",
            "threshold": a.threshold,
            "bias": float(clf.intercept_[0]),
            "weights": {n: round(float(w), 4) for n, w in zip(names, clf.coef_[0], strict=True) if abs(w) > 1e-4},
            "family_bias": {c: float(b) for c, b in zip(fclf.classes_, fclf.intercept_, strict=True)},
            "families": {
                c: {n: round(float(w), 4) for n, w in zip(names, row, strict=True) if abs(w) > 1e-4}
                for c, row in zip(fclf.classes_, fclf.coef_, strict=True)
            },
        }
        OUT.write_text(json.dumps(model, indent=0, sort_keys=True) + "\n", encoding="utf-8")
        print("wrote", OUT)
    return 0


if __name__ == "__main__":
    sys.exit(main())
