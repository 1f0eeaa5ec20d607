"""Oracle harness for the relation rules: gold entities in, relation P/R and family accuracy out.

    PYTHONPATH=. .venv/bin/python bench/relation_dev.py [--quiet] [--split-lines] [CORPUS_DIR]

CORPUS_DIR holds the articles and a gold/ folder beside them (default: the shared corpus; bench/heldout works too,
but it is held out: read its figures, do not tune rules on its listings).

Entities are built from the gold aliases (word-boundary matches, longest first, no overlaps), so the figures
measure the relation rules alone, apart from entity errors. Pair logic follows shared/eval/score.py:
unordered entity pairs per document, ASSOCIATION ties left out of P/R, family accuracy over the found pairs.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from core.extract.nlp import MODEL, load_nlp
from core.extract.relations import find_relations
from core.model import Family, Kind, LocalEntity, Span

CORPUS = Path("/work/shared/corpus")


@Language.component("entente_bench_line_breaks")
def _line_breaks(doc: Doc) -> Doc:
    for t in doc[1:]:
        prev = doc[t.i - 1]
        if "\n" in prev.text or "\n" in prev.whitespace_:
            t.is_sent_start = True
    return doc


def gold_entities(text: str, gold: dict) -> list[LocalEntity]:
    """Every gold alias located in the text, longest first, skipping overlaps."""
    forms = []
    for i, ge in enumerate(gold["entities"]):
        for alias in {ge["name"], *ge.get("aliases", [])}:
            forms.append((alias, i))
    forms.sort(key=lambda f: -len(f[0]))
    taken: list[tuple[int, int]] = []
    entities = [LocalEntity(ge["name"], Kind(ge["kind"])) for ge in gold["entities"]]
    for alias, i in forms:
        for m in re.finditer(r"(?<!\w)" + re.escape(alias) + r"(?!\w)", text):
            s, e = m.span()
            if any(s < te and ts < e for ts, te in taken):
                continue
            taken.append((s, e))
            entities[i].mentions.append(Span(s, e, text[s:e]))
    for ent in entities:
        ent.mentions.sort(key=lambda sp: sp.start)
    return [e for e in entities if e.mentions]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", nargs="?", type=Path, default=CORPUS)
    ap.add_argument("--quiet", action="store_true", help="figures only, no missed/spurious listing")
    ap.add_argument(
        "--split-lines",
        action="store_true",
        help="start a sentence after every line break before parsing (what-if for the pipeline)",
    )
    a = ap.parse_args()
    nlp = load_nlp()
    if a.split_lines:
        nlp = spacy.load(MODEL)
        nlp.add_pipe("entente_bench_line_breaks", before="parser")
    tot = dict(tp=0, fp=0, fn=0, fam=0, anyhit=0)
    for gpath in sorted((a.corpus / "gold").glob("*.json")):
        gold = json.loads(gpath.read_text(encoding="utf-8"))
        text = (a.corpus / gold["document"]).read_text(encoding="utf-8")
        entities = gold_entities(text, gold)
        doc = nlp(text)
        rels = find_relations(doc, entities)
        for r in rels:
            ev = r.evidence
            assert text[ev.start : ev.end] == ev.text, ("bad evidence offsets", ev)
        gfam: dict[frozenset, set[str]] = {}
        gev: dict[frozenset, list[str]] = {}
        for r in gold["relations"]:
            if r["source"] != r["target"]:
                key = frozenset((r["source"], r["target"]))
                gfam.setdefault(key, set()).add(r["family"])
                gev.setdefault(key, []).append(f"{r['source']} -> {r['target']} {r['type']} {r['family']}")
        pfam: dict[frozenset, set[str]] = {}
        pinfo: dict[frozenset, list[str]] = {}
        pany: set[frozenset] = set()
        for r in rels:
            key = frozenset((entities[r.source].name, entities[r.target].name))
            pany.add(key)
            if r.family is not Family.ASSOCIATION:
                pfam.setdefault(key, set()).add(r.family.value)
                pinfo.setdefault(key, []).append(
                    f"{entities[r.source].name} -> {entities[r.target].name} {r.type} {r.family.value}"
                    f" || {r.evidence.text[:160]!r}"
                )
        hits = set(pfam) & set(gfam)
        tp, fp, fn = len(hits), len(set(pfam) - hits), len(set(gfam) - hits)
        famok = sum(1 for k in hits if pfam[k] & gfam[k])
        tot["tp"] += tp
        tot["fp"] += fp
        tot["fn"] += fn
        tot["fam"] += famok
        tot["anyhit"] += len(pany & set(gfam))
        print(f"== {gold['document']}: P {tp / max(tp + fp, 1):.2f} R {tp / max(tp + fn, 1):.2f} fam {famok}/{tp}")
        if a.quiet:
            continue
        for k in sorted(set(gfam) - hits, key=sorted):
            print("  MISSED", "; ".join(gev[k]), "(assoc)" if k in pany else "")
        for k in sorted(set(pfam) - hits, key=sorted):
            for line in pinfo[k]:
                print("  SPURIOUS", line)
        for k in sorted(hits, key=sorted):
            if not pfam[k] & gfam[k]:
                print("  WRONGFAM", "; ".join(gev[k]), "| pred:", "; ".join(x.split(" || ")[0] for x in pinfo[k]))
    tp, fp, fn = tot["tp"], tot["fp"], tot["fn"]
    p, r = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
    f = 2 * p * r / (p + r) if p + r else 0.0
    print(
        f"TOTAL relation P {p:.3f} R {r:.3f} F1 {f:.3f} | family acc {tot['fam'] / max(tp, 1):.3f} | "
        f"pair recall (any) {tot['anyhit'] / max(tp + fn, 1):.3f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
