"""Predicted entities matched to gold entities one-to-one, as ../shared/eval/score.py matches them."""

from __future__ import annotations

import collections
import json
from collections.abc import Iterator
from pathlib import Path

SCORER = Path(__file__).resolve().parent.parent.parent / "shared" / "eval" / "score.py"


def load_norm(scorer: Path | str = SCORER):
    """The scorer's own ``norm`` (../shared/eval/score.py beside the clone, or the given file)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("score", scorer)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.norm


def match_forms(pred_forms: dict, gold: dict, norm) -> dict:
    """Predicted entity key -> gold name, one-to-one, as the shared scorer matches them: a predicted entity's
    normalised forms against each gold entity's name and aliases, the gold name itself first, then the most shared."""
    gforms = {ge["name"]: {norm(ge["name"])} | {norm(a) for a in ge.get("aliases", [])} for ge in gold["entities"]}
    return match_form_sets(pred_forms, gforms, norm)


def match_form_sets(pred_forms: dict, gforms: dict[str, set[str]], norm) -> dict:
    """``match_forms`` on gold forms already normalised: gold name -> its normalised name and aliases."""
    cands = []
    for key, pf in pred_forms.items():
        for name, gf in gforms.items():
            shared = pf & gf
            if shared:
                cands.append((-(2 if norm(name) in pf else 1), -len(shared), key, name))
    used_p, used_g, m = set(), set(), {}
    for _, _, key, name in sorted(cands):
        if key not in used_p and name not in used_g:
            used_p.add(key)
            used_g.add(name)
            m[key] = name
    return m


def gold_docs(pred: dict, gold_dir: str | Path, norm) -> Iterator[tuple[dict, dict, dict, dict]]:
    """Per predicted document with a gold file in ``gold_dir``: the document, its gold, predicted entity -> gold name
    (each entity's forms there: its mentions and its name), and the gold's families per unordered pair
    (bench/family_groups.py, bench/label_precision.py)."""
    forms: dict[str, dict[str, set[str]]] = collections.defaultdict(dict)
    for e in pred["entities"]:
        for m in e.get("mentions", []):
            forms[m["document"]].setdefault(e["id"], {norm(e["name"])}).add(norm(m["text"]))
    for d in pred["documents"]:
        gp = Path(gold_dir) / (Path(d["path"]).stem + ".json")
        if not gp.exists():
            continue
        gold = json.loads(gp.read_text(encoding="utf-8"))
        gfam: dict[frozenset, set[str]] = collections.defaultdict(set)
        for r in gold.get("relations", []):
            if r["source"] != r["target"]:
                gfam[frozenset((r["source"], r["target"]))].add(r.get("family", ""))
        yield d, gold, match_forms(forms.get(d["id"], {}), gold, norm), gfam


def untyped_pair_docs(pred: dict, gold_dir: str, norm) -> Iterator[tuple[str, dict, dict, dict, list, dict]]:
    """Per predicted document with a gold file in ``gold_dir``: its id, the document, predicted entity -> gold name,
    the gold's families per unordered pair, the pairs the output ties only by co-occurrence (source, target, evidence
    in this document), and every entity's mention spans by (document, entity) (bench/verb_pairs.py,
    bench/clause_shapes.py)."""
    forms: dict[str, dict[str, set[str]]] = collections.defaultdict(dict)
    mentions: dict[tuple[str, str], list[tuple[int, int]]] = collections.defaultdict(list)
    for e in pred["entities"]:
        for m in e.get("mentions", []):
            forms[m["document"]].setdefault(e["id"], {norm(e["name"])}).add(norm(m["text"]))
            mentions[(m["document"], e["id"])].append((m["start"], m["end"]))
    for doc_id, d in {d["id"]: d for d in pred["documents"]}.items():
        gp = Path(gold_dir) / (Path(d["path"]).stem + ".json")
        if not gp.exists():
            continue
        g = json.loads(gp.read_text())
        gforms = {ge["name"]: {norm(ge["name"])} | {norm(a) for a in ge.get("aliases", [])} for ge in g["entities"]}
        m = match_form_sets(forms[doc_id], gforms, norm)
        gfam: dict[frozenset, set[str]] = collections.defaultdict(set)
        for r in g.get("relations", []):
            if r["source"] != r["target"]:
                gfam[frozenset((r["source"], r["target"]))].add(r["family"])
        typed, tied = set(), {}
        for r in pred["relations"]:
            evs = [ev for ev in r.get("evidence", []) if ev.get("document") == doc_id]
            if not evs:
                continue
            key = frozenset((r["source"], r["target"]))
            if r.get("family") != "ASSOCIATION":
                typed.add(key)
            else:
                tied[key] = (r["source"], r["target"], evs)
        todo = [v for k, v in tied.items() if k not in typed]
        if todo:
            yield doc_id, d, m, gfam, todo, mentions
