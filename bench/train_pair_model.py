"""Measure (and with --write train) the learned second look at pairs the rules leave untyped, on real articles.

    PYTHONPATH=. .venv/bin/python bench/train_pair_model.py --write [--check] [--cost] [--end-to-end] [--story]
        [--forward] [--threshold P --family-floor Q] [--cache FILE]

Samples come from every article of bench/real/{dev,holdout,blind4..blind61} (``bench.pair_data.SETS``: every set
whose gold is in; a set still blind is never listed there) as the app extracts it (``bench/pair_data.py``): each
sentence where the rules leave a pair untyped, labelled by whether the gold gives that sentence as the evidence of a
tie between the two. The validation that chooses is LEAVE-ONE-SET-OUT: each fold is one annotated set (dev, holdout,
blind4, ..., blind61), so the held-out articles come from annotators and stories the model was not trained on, as a
fresh blind set does (``--story`` prints a cross-validation grouped by STORY beside it: ``story`` column of
bench/real/sources/r*.md, joined where stories share words or a ship; 5 folds). A model setting is a threshold on the
tie's probability and a floor on the softmax share of the family the model gives the pair. For every setting it
prints relation P/R/F1 and family accuracy at the shared scorer's level (unordered pairs of gold entities per
document) for the rules alone and for the rules plus the model, on the same held-out folds, and the pairs the model
adds with their own precision and family accuracy; ``--forward`` prints "train on the sets before, test on the next"
for blind9 ... blind61 (FORWARD), which the rule reads too.

THE STATED RULE picks the setting: the highest held-out-set recall with held-out-set precision >= MIN_PRECISION
(0.80) and family accuracy >= MIN_FAMILY (0.85) (rules' pairs and added ones together, pooled over the held-out
sets), F1 over the rules' alone and gaining in MIN_GAIN_SHARE of the sets; THE LAYER'S OWN PAIRS AS A FIRST RUN
SEES THEM (since round M): on the FORWARD sets, each scored with a model of the sets before it and pooled, at least
MIN_ADDED pairs added, MIN_ADDED_PRECISION (0.80) of them gold ties and MIN_ADDED_FAMILY (0.85) of those with the
gold's family (the held-out figures mix in the rules' pairs, and the rules are tuned on the sets held out: that
hid a layer whose own pairs are 0.6 precise, 0.5 of the right family, which cost blind17 and blind18 precision and
family on their first runs); and, with the model trained on all articles, the default corpus's relation F1 >=
CORPUS_FLOOR (0.88; candidates tried in order of recall, up to CORPUS_TRIES of them), with the relation rules'
unit tests (tests/core/test_relations*.py) passing. The per-set held-out tables show the rules alone, every
threshold without a family floor, OLD_SETTING and the chosen setting.
``--write`` writes core/extract/data/pair_model.json at that setting (or at ``--threshold`` and ``--family-floor``);
when none qualifies it removes the file, so the layer is off (a model of earlier rules must not stay on).
``--check`` scores the real sets, the default corpus and the older sets with the rules alone and with the chosen
model; ``--end-to-end`` runs ``entente extract`` per held-out set with the model of the other sets; ``--cost`` prints
the CPU cost.
Needs scikit-learn (a development tool only: the app reads the weights as JSON).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

from bench.pair_data import REAL, ROOT, SETS, Article, articles, parsed, scorer

OUT = ROOT / "core" / "extract" / "data" / "pair_model.json"
THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95)
FLOORS = (0.0, 0.4, 0.5, 0.6, 0.7, 0.8)  # least softmax share of the family the model gives an added pair
FOLDS = 5  # folds of the story-grouped CV (shown beside the leave-one-set-out validation)
C = 0.3  # L2 strength: chosen in story-grouped CV (0.1 to 1.0 differ little)
# The validation that chooses: one fold per annotated set. Checked on blind9, blind10 and blind11 (each model
# trained on the sets before it, scored on it): leave-one-set-out predicted the layer's change of F1 and recall on
# the next set a little better than story-grouped CV (mean error 0.010 / 0.013 against 0.011 / 0.015 over 45
# settings x 3 sets; precision and family equal), and both UNDER-state what the layer does on a fresh set (recall
# gained and precision lost about 1.5-2x larger on blind11). See bench/real/README.md.
VALIDATION = "set"
# the stated rule: the highest held-out-set recall whose held-out-set precision and family accuracy (rules' pairs
# + added ones, pooled over the held-out sets) meet the issue's bar (0.80, 0.85), F1 over the rules' alone and
# gaining in MIN_GAIN_SHARE of the held-out sets, and the default corpus's relation F1 at its floor
MIN_PRECISION = 0.80
MIN_FAMILY = 0.85
MIN_GAIN_SHARE = 0.8
# THE RULE'S FORWARD PART (round M, x-learn25). The pooled figures above mix the rules' pairs with the layer's, and
# the rules are tuned on every set the validation holds out (P 0.87-0.88 there, 0.72-0.82 on a fresh set's first
# run): a layer that adds pairs at 0.6 precision looks harmless beside rules at 0.87 and costs a fresh set its
# precision (blind17 first run P 0.721 -> 0.707, family 0.865 -> 0.839; blind18 P 0.816 -> 0.758, family 0.917 ->
# 0.868, at (0.7, 0.0) chosen with held-out P 0.845). So the layer's OWN pairs are judged on their own, on the sets
# it was not trained on in the order they came (FORWARD: each scored with a model of the sets before it, as its
# first run saw it; for blind18, not yet tuned on, this gives its first run's figures exactly): the pairs it adds,
# pooled over FORWARD, must be gold ties at MIN_ADDED_PRECISION and of the gold's family at MIN_ADDED_FAMILY, the
# issue's bar. Pairs at least that good cannot pull a set whose rules meet the bar below it, whatever the rules do
# on that set; pairs below it pull a fresh set's precision and family down. MIN_ADDED keeps a setting that adds a
# handful of pairs (no measurable recall; a precision of 7 of 8 says little) from passing by luck.
MIN_ADDED_PRECISION = 0.80
MIN_ADDED_FAMILY = 0.85
MIN_ADDED = 20
# sets tested with a model of the sets before them (--forward; the rule's forward part)
FORWARD = ("blind9", "blind10", "blind11", "blind12", "blind13", "blind14", "blind15", "blind16", "blind17", "blind18",
           "blind19", "blind20", "blind21", "blind22", "blind23", "blind24",
           "blind25", "blind26", "blind27", "blind28", "blind29", "blind30", "blind31", "blind32", "blind33",
           "blind34", "blind35", "blind36", "blind37", "blind38", "blind39", "blind40", "blind41", "blind42", "blind43",
           "blind44", "blind45", "blind46", "blind47", "blind48", "blind49", "blind50", "blind51", "blind52", "blind53",
           "blind54", "blind55", "blind56", "blind57", "blind58", "blind59", "blind60", "blind61")
# The default corpus's relation F1 floor: the issue's bar is 0.85; 0.87 until session 6, when with blind12 and 13 in
# training (262 articles) the settings that meet the held-out rule reach 0.86-0.87 on the corpus's 5 synthetic
# articles while gaining recall on the held-out real sets (x-learn20). tests/core/test_corpus_score.py holds 0.86.
# 0.86 -> 0.88 in session 8 (round M): with the layer off the rules alone give 0.893, and
# tests/core/test_corpus_score.py holds 0.88
CORPUS_FLOOR = 0.88
OLD_SETTING = (0.7, 0.0)  # the setting shipped before (x-learn23, round L, 342 articles), shown in every per-set table
CORPUS = ROOT / "resources" / "corpus"
CORPUS_GOLD = ROOT.parent / "shared" / "corpus" / "gold"
CORPUS_TRIES = 20  # candidates tried on the default corpus, highest CV recall first (about 15 s each; 12 until round K,
# when the first 12 all failed the corpus floor or the relation unit tests after the merge)
OLDER = ("heldout", "blind2", "blind3", "dev")  # the older synthetic sets under bench/


# feature prefixes each model leaves out (none: in story-grouped CV on 164 articles the sentence's cue words
# "fc_word=" help the yes/no model by about a point of recall at equal precision, and the family model too)
YES_DROP: tuple[str, ...] = ()
FAMILY_DROP: tuple[str, ...] = ()
# the features the family model reads: the words (cue words, the common head's and the path's lemmas, the words
# between), the kinds, the rules' families around the pair and the structure; not the distance, count and
# dependency-label features, which tell whether a tie is stated but not which (story-grouped CV on 204 articles:
# the family of added gold pairs right 0.44-0.45 instead of 0.39-0.42 at thresholds 0.6-0.8)
FAMILY_KEEP: tuple[str, ...] = (
    "k=", "rfam_", "fc_word=", "lca_lemma=", "k_lca_lemma=", "path_lemma=", "bw=", "sent_fam=", "bw_fam=",
    "on_path=", "co_partner", "rp_speaker", "st_", "ar_roles", "report=", "lca=", "k_lca=", "prep=",
)  # fmt: skip


def _keep(feats: list[str], drop: tuple[str, ...], only: tuple[str, ...] = ()) -> dict[str, float]:
    if only:
        return {f: 1.0 for f in feats if f.startswith(only) and not (drop and f.startswith(drop))}
    return {f: 1.0 for f in feats if not f.startswith(drop)} if drop else dict.fromkeys(feats, 1.0)


def _weights(names, row) -> dict[str, float]:
    return {n: round(float(w), 3) for n, w in zip(names, row, strict=True) if abs(w) >= 0.01}


def train(
    arts: list[Article],
    c: float = C,
    by_evidence: bool = True,
    yes_drop: tuple[str, ...] | None = None,
    family_drop: tuple[str, ...] | None = None,
    family_c: float | None = None,
) -> dict:
    """Logistic weights (is a tie stated?) and a family model over the positives, as the JSON the app reads.

    With ``by_evidence`` a sentence is a positive only where the gold gives it as the tie's evidence (a pair the
    gold ties in one sentence is only named together in the others): in CV this adds about 2 points of F1. A
    positive whose sentence is evidence for ties of several families counts once, shared among them."""
    yes_drop = YES_DROP if yes_drop is None else yes_drop
    family_drop = FAMILY_DROP if family_drop is None else family_drop
    X, y, fx, fy, fw = [], [], [], [], []
    for a in arts:
        for s in a.samples:
            if s.typed_elsewhere:
                continue
            X.append(_keep(s.feats, yes_drop))
            y.append(int(s.label and (s.in_evidence or not by_evidence)))
            if y[-1]:
                fams = sorted(s.families_here or s.families)
                for f in fams:
                    fx.append(_keep(s.feats, family_drop, FAMILY_KEEP))
                    fy.append(f)
                    fw.append(1.0 / len(fams))
    vec = DictVectorizer()
    clf = LogisticRegression(C=c, max_iter=3000).fit(vec.fit_transform(X), y)
    fvec = DictVectorizer()
    fclf = LogisticRegression(C=family_c or c, max_iter=3000).fit(fvec.fit_transform(fx), fy, sample_weight=fw)
    fnames = fvec.get_feature_names_out()
    return {
        "_about": "Written by bench/train_pair_model.py from real annotated articles; read by pair_model.py.",
        "threshold": 0.5,
        "bias": float(clf.intercept_[0]),
        "weights": _weights(vec.get_feature_names_out(), clf.coef_[0]),
        "family_bias": {k: float(b) for k, b in zip(fclf.classes_, fclf.intercept_, strict=True)},
        "families": {k: _weights(fnames, row) for k, row in zip(fclf.classes_, fclf.coef_, strict=True)},
    }


def folds(arts: list[Article], by: str = VALIDATION) -> list[list[int]]:
    """Article indices of each held-out fold: one annotated set each (``by="set"``), or whole stories in FOLDS
    folds (``by="story"``)."""
    if by == "story":
        groups = [a.story for a in arts]
        return [list(te) for _, te in GroupKFold(n_splits=FOLDS).split(arts, groups=groups)]
    out: dict[str, list[int]] = {}
    for i, a in enumerate(arts):
        out.setdefault(a.set, []).append(i)
    return [out[s] for s in sorted(out, key=lambda s: SETS.index(s) if s in SETS else len(SETS))]


Pred = dict[frozenset, tuple[float, str, float]]  # pair -> (tie probability, family, the family's share)


def model_of(raw: dict):
    from core.extract.relations.pair_model import PairModel

    return PairModel(raw["weights"], raw["bias"], 0.5, raw["families"], raw["family_bias"])


def predict(model, art: Article) -> Pred:
    """Each untyped pair's best probability in ``art`` and the family the model gives it there."""
    out: Pred = {}
    for s in art.samples:
        if s.typed_elsewhere:
            continue
        p = model.probability(s.feats)
        if p > out.get(s.pair, (-1.0, "", 0.0))[0]:
            fam, share = model.family_and_share(s.feats)
            out[s.pair] = (p, fam.value, share)
    return out


def predictions(arts: list[Article], c: float = C, by: str = VALIDATION, **kw) -> list[Pred]:
    """Out-of-fold: per article, each untyped pair's best probability and the family the model gives it."""
    out: list[Pred] = [{} for _ in arts]
    for test in folds(arts, by):
        held = set(test)
        model = model_of(train([a for i, a in enumerate(arts) if i not in held], c, **kw))
        for i in test:
            out[i] = predict(model, arts[i])
    return out


def added(pred: Pred, threshold: float, floor: float) -> dict[frozenset, str]:
    """The pairs a model at ``threshold`` and family ``floor`` types, with their family."""
    return {k: f for k, (p, f, q) in pred.items() if p >= threshold and q >= floor}


def figures(arts: list[Article], added: list[dict[frozenset, str]]) -> dict[str, float]:
    """Relation P/R/F1 and family accuracy at the scorer's level, rules' pairs plus ``added``."""
    tp = fp = fn = famok = n_add = tp_add = fam_add = 0
    for a, extra in zip(arts, added, strict=True):
        pred = {k: set(v) for k, v in a.rule_pairs.items()}
        for k, f in extra.items():
            if k not in pred:  # a pair the layer adds: its own precision and family, whatever the rules' are
                n_add += 1
                tp_add += k in a.gold_pairs
                fam_add += f in a.gold_pairs.get(k, ())
            pred.setdefault(k, set()).add(f)
        hits = set(pred) & set(a.gold_pairs)
        tp += len(hits)
        fp += len(pred) - len(hits)
        fn += len(a.gold_pairs) - len(hits)
        famok += sum(1 for k in hits if pred[k] & a.gold_pairs[k])
    p, r = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
    return {
        "p": p,
        "r": r,
        "f": 2 * p * r / (p + r) if p + r else 0.0,
        "fam": famok / max(tp, 1),
        "tp": tp,
        "fp": fp,
        "added": n_add,
        "added_p": tp_add / max(n_add, 1),  # the added pairs' precision
        "added_fam": fam_add / max(tp_add, 1),  # the family right on the added pairs the gold ties
    }


Setting = tuple[float, float]  # (threshold, family floor)


def cv_table(arts: list[Article], preds: list[Pred], idx: list[int] | None = None) -> tuple[dict, list]:
    """Figures of the rules alone and of every setting, on the articles ``idx`` (all by default)."""
    idx = list(range(len(arts))) if idx is None else idx
    sub = [arts[i] for i in idx]
    base = figures(sub, [{} for _ in sub])
    rows = [((th, fl), figures(sub, [added(preds[i], th, fl) for i in idx])) for fl in FLOORS for th in THRESHOLDS]
    return base, rows


def fold_gains(arts: list[Article], preds: list[Pred], setting: Setting, by: str = VALIDATION) -> list[float]:
    """F1 of rules + model minus F1 of the rules alone, per held-out fold."""
    out = []
    for test in folds(arts, by):
        sub = [arts[i] for i in test]
        out.append(figures(sub, [added(preds[i], *setting) for i in test])["f"] - figures(sub, [{} for _ in sub])["f"])
    return out


def candidates(
    arts: list[Article],
    preds: list[Pred],
    base: dict,
    rows: list[tuple[Setting, dict]],
    fwd: list[tuple[Setting, dict]],
) -> list:
    """Settings that meet the stated rule, highest held-out recall first (then precision): on the held-out sets
    precision ≥ MIN_PRECISION, family accuracy ≥ MIN_FAMILY, F1 over the rules' alone and gaining in
    MIN_GAIN_SHARE of the sets; and on the FORWARD sets (``fwd``: each scored with a model of the sets before it,
    pooled) at least MIN_ADDED added pairs, of which MIN_ADDED_PRECISION are gold ties, MIN_ADDED_FAMILY of those
    with the gold's family."""
    need = math.ceil(MIN_GAIN_SHARE * len(folds(arts)) - 1e-9)
    ahead = dict(fwd)
    ok = [
        (m["r"], m["p"], setting)
        for setting, m in rows
        if m["p"] >= MIN_PRECISION
        and m["fam"] >= MIN_FAMILY
        and m["f"] > base["f"]
        and ahead[setting]["added"] >= MIN_ADDED
        and ahead[setting]["added_p"] >= MIN_ADDED_PRECISION
        and ahead[setting]["added_fam"] >= MIN_ADDED_FAMILY
        and sum(g > 0 for g in fold_gains(arts, preds, setting)) >= need
    ]
    return [setting for _, _, setting in sorted(ok, reverse=True)]


def show_both(title: str, both: list[tuple[str, dict, list[tuple[Setting, dict]]]]) -> None:
    """Every setting under several validations, side by side (P / R / F1 / family)."""
    print(title)
    print("| threshold | family floor | " + " | ".join(
        f"{n}: P / R / F1 / family; added pairs, their P, their family" for n, _, _ in both) + " |")  # fmt: skip
    print("|---|---|" + "---|" * len(both))
    cell = "{p:.3f} / {r:.3f} / {f:.3f} / {fam:.3f}; {added} {added_p:.2f} {added_fam:.2f}"
    print("| rules alone | | " + " | ".join(cell.format(**b) for _, b, _ in both) + " |")
    for k, (setting, _) in enumerate(both[0][2]):
        print(f"| {setting[0]} | {setting[1]} | " + " | ".join(cell.format(**rows[k][1]) for _, _, rows in both) + " |")


def forward_preds(arts: list[Article]) -> list[Pred]:
    """Each article of FORWARD with the predictions of a model trained on the sets before its own (in SETS order):
    what a first run of that set would have seen from the layer (the rules and entities are today's, in-sample for
    every set); the other articles get none."""
    out: list[Pred] = [{} for _ in arts]
    for target in FORWARD:
        before = SETS[: SETS.index(target)]
        model = model_of(train([a for a in arts if a.set in before]))
        for i, a in enumerate(arts):
            if a.set == target:
                out[i] = predict(model, a)
    return out


def forward(arts: list[Article], fpreds: list[Pred], chosen: Setting | None) -> None:
    """The FORWARD sets, each with the model of the sets before it, and pooled (the pool is what the rule reads)."""
    res = []
    for target in (*FORWARD, "pooled"):
        idx = [i for i, a in enumerate(arts) if a.set == target or (target == "pooled" and a.set in FORWARD)]
        res.append((target, *cv_table(arts, fpreds, idx)))
    print("\nTrain on the sets before, test on the set (relation P / R / F1 / family on it; then the pairs the layer "
          "adds, their precision and their family accuracy):")  # fmt: skip
    print("| threshold | family floor | " + " | ".join(
        f"{t} (train {SETS[0]}..{SETS[SETS.index(t) - 1]})" if t in SETS else f"{FORWARD[0]}..{FORWARD[-1]} {t}"
        for t in (*FORWARD, "pooled")) + " |")  # fmt: skip
    print("|---|---|" + "---|" * len(res))
    cell = "{p:.3f} / {r:.3f} / {f:.3f} / {fam:.3f}; {added} {added_p:.2f} {added_fam:.2f}"
    print("| rules alone | | " + " | ".join(cell.format(**b) for _, b, _ in res) + " |")
    for k, (setting, _) in enumerate(res[0][2]):
        mark = " (chosen)" if setting == chosen else ""
        print(f"| {setting[0]} | {setting[1]}{mark} | " + " | ".join(cell.format(**rows[k][1]) for _, _, rows in res)
              + " |")  # fmt: skip


def show(title: str, base: dict, rows: list[tuple[Setting, dict]]) -> None:
    print(title)
    print("| threshold | family floor | rel. P | rel. R | rel. F1 | family acc | pairs typed | of them gold |")
    print("|---|---|---|---|---|---|---|---|")
    line = "| {} | {} | {p:.3f} | {r:.3f} | {f:.3f} | {fam:.3f} | {n} | {tp} |"
    print(line.format("rules alone", "", n=base["tp"] + base["fp"], **base))
    for (th, fl), m in rows:
        print(line.format(th, fl, n=m["tp"] + m["fp"], **m))


def end_to_end(arts: list[Article], setting: Setting | None) -> None:
    """``entente extract`` on each held-out fold with the model of the other folds, scored per set."""
    score = scorer()
    where = {p.stem: p for s in SETS for p in (REAL / s).glob("*.txt")}
    merged: dict[str, dict] = {s: {"documents": [], "entities": [], "relations": []} for s in SETS}
    with tempfile.TemporaryDirectory() as tmp:
        for k, test in enumerate(folds(arts)):
            model = None
            if setting is not None:
                held = set(test)
                raw = train([a for i, a in enumerate(arts) if i not in held])
                raw["threshold"], raw["family_floor"] = setting
                model = Path(tmp) / f"fold{k}.json"
                model.write_text(json.dumps(raw), encoding="utf-8")
            paths = [str(where[arts[i].stem]) for i in test]
            data = _extract(paths, model)
            for s in SETS:  # one prediction per set: ids kept apart per fold (only merge B3 looks across files)
                docs = {d["id"] for d in data["documents"] if Path(d["path"]).parent.name == s}
                pre = f"f{k}_"
                merged[s]["documents"] += [{**d, "id": pre + d["id"]} for d in data["documents"] if d["id"] in docs]
                merged[s]["entities"] += [
                    {
                        **e,
                        "id": pre + e["id"],
                        "mentions": [{**m, "document": pre + m["document"]} for m in e["mentions"]],
                    }
                    for e in data["entities"]
                ]
                merged[s]["relations"] += [
                    {
                        **r,
                        "source": pre + r["source"],
                        "target": pre + r["target"],
                        "evidence": [
                            {**v, "document": pre + v["document"]} for v in r["evidence"] if v["document"] in docs
                        ],
                    }
                    for r in data["relations"]
                ]
    for s in SETS:
        res = score.score(merged[s], REAL / s / "gold")
        r = res["relation"]
        print(
            f"{s}: entity F1 {res['entity']['f']} | relation P {r['p']} R {r['r']} F1 {r['f']} | "
            f"family acc {res['family_accuracy']} | evidence valid {res['evidence_valid']}"
        )


def cost(arts: list[Article], cache: Path | None, setting: Setting) -> None:
    """CPU time of the relation rules on the parsed real articles without and with the model (best of 3), beside
    spaCy's parse of the same texts."""
    from core.extract.nlp import load_nlp
    from core.extract.relations.lexicon import lexicon
    from core.extract.relations.pair_model import PairModel
    from core.extract.relations.reader import Reader

    raw = train(arts)
    model = PairModel(raw["weights"], raw["bias"], setting[0], raw["families"], raw["family_bias"], setting[1])
    docs = parsed(sorted(p for s in SETS for p in (REAL / s).glob("*.txt")), cache)
    lex, nlp = lexicon(), load_nlp()
    t0 = time.process_time()
    for _, doc, _ in docs:
        nlp(doc.text)
    parse = time.process_time() - t0

    def rules(m: PairModel | None) -> float:
        best = float("inf")
        for _ in range(3):
            t = time.process_time()
            for _, doc, ents in docs:
                Reader(doc, ents, lex, m).relations()
            best = min(best, time.process_time() - t)
        return best

    off, on = rules(None), rules(model)
    print(
        f"CPU: spaCy parse {parse:.2f} s; relation rules {off:.3f} s without the model, {on:.3f} s with it "
        f"(+{on - off:.3f} s = {100 * (on - off) / parse:.1f}% of the parse)"
    )


def _extract(paths: list[str], model: Path | None) -> dict:
    """``entente extract --format json`` in a fresh process, its pair model read from ``model`` (None: none)."""
    code = (
        "import sys\nfrom pathlib import Path\nimport core.extract.relations as rel\n"
        "from core.extract.relations.pair_model import load_pair_model\n"
        f"m = load_pair_model(Path({str(model)!r})) if {model is not None} else None\n"
        "rel.pair_model = lambda: m\n"
        "from desktop.cli import main\nsys.exit(main(sys.argv[1:]))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, "extract", "--jobs", "1", "--format", "json", *paths],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    return json.loads(out.stdout)


def score_set(txt: Path, gold: Path, model: Path | None) -> dict:
    """``entente extract`` on a directory's articles with ``model`` (None: rules alone), scored by the shared scorer."""
    return scorer().score(_extract([str(p) for p in sorted(txt.glob("*.txt"))], model), gold)


def line(name: str, res: dict) -> str:
    r = res["relation"]
    return (
        f"{name}: entity F1 {res['entity']['f']} typed {res['typed']['f']} | relation P {r['p']} R {r['r']} "
        f"F1 {r['f']} | family acc {res['family_accuracy']} | evidence valid {res['evidence_valid']}"
    )


def with_corpus(arts: list[Article], cands: list[Setting], tmp: Path) -> tuple[Setting | None, dict]:
    """The first candidate (highest CV recall) whose model, trained on all articles, keeps the default corpus's
    relation F1 at CORPUS_FLOOR or above; and the full model's JSON."""
    raw = train(arts)
    tested = None  # whether the relation tests pass with the rules alone (if not, they cannot judge a candidate)
    for setting in cands:
        raw["threshold"], raw["family_floor"] = setting
        path = tmp / "candidate.json"
        path.write_text(json.dumps(raw), encoding="utf-8")
        res = score_set(CORPUS, CORPUS_GOLD, path)
        print(line(f"default corpus at {setting}", res))
        if res["relation"]["f"] < CORPUS_FLOOR:
            continue
        if tested is None:
            tested = unit_tests(tmp / "no_model.json", None)
            if not tested:
                print("the relation tests fail with the rules alone: not used to judge candidates")
        if not tested or unit_tests(path, setting):
            return setting, raw
    return None, raw


def unit_tests(model: Path, setting: Setting | None) -> bool:
    """The relation rules' unit tests (invented sentences, tests/core/test_relations*.py) pass with ``model`` as the
    shipped pair layer (a missing file: the rules alone): a setting that types a pair a rule's test says stays
    untyped is passed over (x-learn23: (0.5, 0.6) gave a speaker REPORTING on the ship in his quoted phrase,
    test_relations_quotes)."""
    tests = sorted(
        str(p.relative_to(ROOT))
        for p in (ROOT / "tests" / "core").glob("test_relations*.py")
        if "score" not in p.stem  # the real articles' figures, which the layer moves by design
    )
    env = {**os.environ, "ENTENTE_PAIR_MODEL": str(model), "PYTHONPATH": str(ROOT)}
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-x", "-p", "no:cacheprovider", *tests],
        capture_output=True, text=True, cwd=ROOT, env=env,
    )  # fmt: skip
    last = run.stdout.strip().splitlines()[-1] if run.stdout.strip() else run.stderr.strip()[-200:]
    print(f"relation unit tests at {setting}: {last}")
    return run.returncode == 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--write", action="store_true", help="train on all articles and write the model's JSON")
    ap.add_argument("--threshold", type=float, help="threshold to ship (default: the one the stated rule picks)")
    ap.add_argument("--family-floor", type=float, default=0.0, help="family floor to ship with --threshold")
    ap.add_argument("--end-to-end", action="store_true", help="also run entente extract per fold and score it")
    ap.add_argument("--cache", type=Path, help="keep the parsed articles in this file between runs")
    ap.add_argument("--cost", action="store_true", help="also print the model's CPU cost on the articles")
    ap.add_argument("--forward", action="store_true", help="also train on the sets before blind9..13, test on each")
    ap.add_argument("--story", action="store_true", help="also print the story-grouped CV beside the held-out sets")
    ap.add_argument(
        "--check", action="store_true", help="also score every set (real, default corpus, older) with the chosen model"
    )
    a = ap.parse_args()
    t0 = time.process_time()
    arts = articles([REAL / s for s in SETS], a.cache)
    n = sum(len(x.samples) for x in arts)
    nsets = len(folds(arts))
    print(
        f"{len(arts)} articles in {nsets} sets, {len({x.story for x in arts})} story groups; {n} untyped "
        f"pair-sentences, {sum(s.label for x in arts for s in x.samples)} of them on gold pairs "
        f"({time.process_time() - t0:.0f} s)"
    )
    preds = predictions(arts)
    base, rows = cv_table(arts, preds)
    both = [("held-out sets", base, rows)]
    if a.story:
        both.append(("story CV", *cv_table(arts, predictions(arts, by="story"))))
    show_both(
        f"\nAll {len(arts)} articles, rules alone vs rules + model on held-out folds: leave-one-set-out "
        f"({nsets} folds, the validation that chooses)"
        + (f" and story-grouped CV ({FOLDS} folds):" if a.story else ":"),
        both,
    )
    fpreds = forward_preds(arts)
    fwd = cv_table(arts, fpreds, [i for i, x in enumerate(arts) if x.set in FORWARD])[1]
    cands = candidates(arts, preds, base, rows, fwd)
    need = math.ceil(MIN_GAIN_SHARE * nsets - 1e-9)
    print(
        f"\nsettings meeting the rule (held-out sets: precision ≥ {MIN_PRECISION}, family accuracy ≥ {MIN_FAMILY},"
        f" F1 over the rules' and gaining in {need} sets of {nsets}; forward sets {FORWARD[0]}..{FORWARD[-1]}: ≥ "
        f"{MIN_ADDED} pairs added, {MIN_ADDED_PRECISION} of them gold ties, {MIN_ADDED_FAMILY} of those of the gold's "
        f"family), highest recall first: {cands[:CORPUS_TRIES]}"
    )
    with tempfile.TemporaryDirectory() as tmp:
        if a.threshold is not None:
            chosen: Setting | None = (a.threshold, a.family_floor)
            raw = train(arts)
            print(f"setting given: {chosen}")
        else:
            chosen, raw = with_corpus(arts, cands[:CORPUS_TRIES], Path(tmp))
            print(f"setting chosen (threshold, family floor): {chosen}")
        shown = [OLD_SETTING] + ([chosen] if chosen else [])
        by_set: dict[str, list[int]] = defaultdict(list)
        for i, x in enumerate(arts):
            by_set[x.set].append(i)
        for s in SETS:
            sb, setrows = cv_table(arts, preds, by_set[s])
            keep = [r for r in setrows if r[0][1] == 0.0 or r[0] in shown]
            show(f"\n{s} ({len(by_set[s])} articles), held out (model of the other sets):", sb, keep)
        if chosen:
            gains = " ".join(f"{g:+.3f}" for g in fold_gains(arts, preds, chosen))
            print(f"\nF1 gain per held-out set ({', '.join(SETS)}) at {chosen}: {gains}")
        if a.forward:
            forward(arts, fpreds, chosen)
        if a.end_to_end:
            print("\nEnd to end (entente extract + ../shared/eval/score.py), rules alone:")
            end_to_end(arts, None)
            if chosen is not None:
                print(f"Rules + model at {chosen}, each fold's model trained on the other folds' stories:")
                end_to_end(arts, chosen)
        if a.cost:
            print()
            cost(arts, a.cache, chosen or (0.85, 0.0))
        if chosen is not None:
            raw["threshold"], raw["family_floor"] = chosen
        if a.check:
            path = Path(tmp) / "chosen.json"
            path.write_text(json.dumps(raw), encoding="utf-8")
            print("\nEvery set, rules alone → with the model trained on all articles (real sets are in-sample):")
            sets = [(f"real {s}", REAL / s, REAL / s / "gold") for s in SETS]
            sets.append(("default corpus", CORPUS, CORPUS_GOLD))
            sets += [(f"bench/{s}", ROOT / "bench" / s, ROOT / "bench" / s / "gold") for s in OLDER]
            for name, txt, gold in sets:
                print(line(f"{name}, rules alone", score_set(txt, gold, None)))
                if chosen is not None:
                    print(line(f"{name}, with the model", score_set(txt, gold, path)))
    if a.write:
        if chosen is None:
            OUT.unlink(missing_ok=True)  # a model of earlier rules must not stay on
            print(f"no setting meets the rule: the layer stays off ({OUT.name} absent)")
            return 0
        OUT.write_text(json.dumps(raw, indent=0, sort_keys=True, separators=(",", ":")) + "\n", encoding="utf-8")
        print("wrote", OUT)
    return 0


if __name__ == "__main__":
    sys.exit(main())
