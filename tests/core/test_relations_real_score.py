"""Regression: the relation rules on the real dev articles (bench/real/dev), with the gold entities placed as in
bench/relation_dev.py, so the figures measure the relation rules alone and no later change slips back."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from core.extract.nlp import load_nlp
from core.extract.relations import find_relations
from core.model import Family, Kind, LocalEntity, Span

REAL_DEV = Path(__file__).resolve().parents[2] / "bench" / "real" / "dev"


def gold_entities(text: str, gold: dict) -> list[LocalEntity]:
    """Every gold alias located in the text, longest first, skipping overlaps (as bench/relation_dev.py)."""
    forms = sorted(
        ((alias, i) for i, ge in enumerate(gold["entities"]) for alias in {ge["name"], *ge.get("aliases", [])}),
        key=lambda f: -len(f[0]),
    )
    taken: list[tuple[int, int]] = []
    entities = [LocalEntity(ge["name"], Kind(ge["kind"])) for ge in gold["entities"]]
    for alias, i in forms:
        for m in re.finditer(r"(?<!\w)" + re.escape(alias) + r"(?!\w)", text):
            s, e = m.span()
            if not any(s < te and ts < e for ts, te in taken):
                taken.append((s, e))
                entities[i].mentions.append(Span(s, e, text[s:e]))
    for ent in entities:
        ent.mentions.sort(key=lambda sp: sp.start)
    return [e for e in entities if e.mentions]


@pytest.fixture(scope="module")
def figures() -> dict[str, float]:
    nlp = load_nlp()
    tp = fp = fn = fam = 0
    for gpath in sorted((REAL_DEV / "gold").glob("*.json")):
        gold = json.loads(gpath.read_text(encoding="utf-8"))
        text = (REAL_DEV / gold["document"]).read_text(encoding="utf-8")
        ents = gold_entities(text, gold)
        gfam: dict[frozenset, set[str]] = {}
        for r in gold["relations"]:
            if r["source"] != r["target"]:
                gfam.setdefault(frozenset((r["source"], r["target"])), set()).add(r["family"])
        pfam: dict[frozenset, set[str]] = {}
        for r in find_relations(nlp(text), ents):
            assert text[r.evidence.start : r.evidence.end] == r.evidence.text
            if r.family is not Family.ASSOCIATION:
                pfam.setdefault(frozenset((ents[r.source].name, ents[r.target].name)), set()).add(r.family.value)
        hits = set(pfam) & set(gfam)
        tp, fp, fn = tp + len(hits), fp + len(set(pfam) - hits), fn + len(set(gfam) - hits)
        fam += sum(1 for k in hits if pfam[k] & gfam[k])
    assert tp + fn >= 600, "the real dev set is smaller than expected"
    return {"p": tp / (tp + fp), "r": tp / (tp + fn), "family": fam / tp}


def test_relations_on_real_dev_articles_hold(figures):
    # measured 2026-12-04 at P 0.917 R 0.541 family 0.879 (main before this work: P 0.886 R 0.392 family 0.844);
    # then at P 0.914 R 0.589 family 0.884 with the surface titles and phrases (branch x-recall)
    # then at P 0.919 R 0.610 family 0.881 with descriptions, ship lists and second clauses (branch x-desc)
    # P 0.904 R 0.628 family 0.912 with the pair layer off (x-learn25): the layer, trained on these articles among
    # others, typed some of their pairs in-sample; its own pairs on sets it was not trained on are 0.6 precise, so
    # it is off by the stated rule and the P floor 0.91 -> 0.90
    assert figures["p"] >= 0.90, figures
    assert figures["r"] >= 0.60, figures
    assert figures["family"] >= 0.87, figures
