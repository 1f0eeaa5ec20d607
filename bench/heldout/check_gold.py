#!/usr/bin/env python3
"""Sanity-check the held-out gold: run from anywhere with `python3 bench/heldout/check_gold.py`.

Checks that every alias and every evidence sentence occurs verbatim in its article, that relation ends are
declared entities, that kinds and families are from the contract, and that canonical names keep one kind
across this set and the default corpus gold."""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
KINDS = {"STATE", "PARTY", "OFFICIAL", "VESSEL"}
FAMILIES = {"LEADERSHIP", "MEMBERSHIP", "DIPLOMACY", "ALLIANCE", "HOSTILITY", "DEFECTION", "AGREEMENT",
            "TRADE", "ENFORCEMENT", "REPORTING", "ASSOCIATION"}
errors = []
kinds = {}
golds = sorted((HERE / "gold").glob("*.json"))
corpus_gold = HERE.parent.parent.parent / "shared" / "corpus" / "gold"
for f in golds + sorted(corpus_gold.glob("*.json")):
    g = json.loads(f.read_text(encoding="utf-8"))
    for e in g["entities"]:
        if kinds.setdefault(e["name"], e["kind"]) != e["kind"]:
            errors.append(f"{f.name}: {e['name']} is {e['kind']} here, {kinds[e['name']]} elsewhere")
for f in golds:
    g = json.loads(f.read_text(encoding="utf-8"))
    text = (HERE / g["document"]).read_text(encoding="utf-8")
    names = set()
    for e in g["entities"]:
        if e["kind"] not in KINDS:
            errors.append(f"{f.name}: bad kind {e['kind']}")
        names.add(e["name"])
        for a in e["aliases"]:
            if a not in text:
                errors.append(f"{f.name}: alias {a!r} not in text")
    for r in g["relations"]:
        if r["source"] not in names or r["target"] not in names:
            errors.append(f"{f.name}: undeclared end in {r['source']} -> {r['target']}")
        if r["family"] not in FAMILIES:
            errors.append(f"{f.name}: bad family {r['family']}")
        if r["evidence"] not in text:
            errors.append(f"{f.name}: evidence not verbatim: {r['evidence'][:60]!r}")
    print(f"{f.name}: {len(g['entities'])} entities, {len(g['relations'])} relations, "
          f"{len({frozenset((r['source'], r['target'])) for r in g['relations']})} related pairs")
print("\n".join(errors) or "all aliases and evidence verbatim; kinds, families and names consistent")
sys.exit(1 if errors else 0)
