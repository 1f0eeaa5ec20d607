"""Classes of the gold relations the relation rules miss, with gold entities placed (as bench/relation_dev.py).

    PYTHONPATH=. .venv/bin/python bench/relation_misses.py [--list] CORPUS_DIR [CORPUS_DIR ...]

Each missed pair (no typed relation between the two gold entities in the document) is put in one class by its
gold evidence sentence: one side only there as a description or a pronoun ('the tanker', 'the two countries',
'it'), a tie the gold counts as a report, or, both named, by the shape of the dependency path between the two
nearest mentions (a second clause, a relative clause, a conjoined name, an apposition, a passive with 'by', ...).
Prints a table of counts per class; with --list, every miss under its class.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

from spacy.tokens import Token

from bench.relation_dev import gold_entities
from core.extract.nlp import load_nlp
from core.extract.relations import find_relations
from core.model import Family

_SHIP = {"ship", "vessel", "tanker", "boat", "frigate", "destroyer", "warship", "carrier", "yacht", "cargo", "ships"}
_GROUP = {"countries", "nations", "sides", "states", "governments", "neighbours", "neighbors", "leaders", "allies"}
_BODY = {"group", "militia", "ministry", "junta", "kingdom", "rebels", "movement", "company", "firm", "authorities"}
_BODY |= {"government", "regime", "administration", "country", "nation", "military", "navy", "coalition", "bloc"}
_PRON = {"it", "its", "they", "their", "them", "he", "his", "him", "she", "her", "which", "who", "whose"}


def _path(a: Token, b: Token) -> list[str]:
    """Dependency labels from ``a`` up to the common head and down to ``b``, with the head's POS."""
    up_a = [a, *a.ancestors]
    up_b = [b, *b.ancestors]
    common = next((t for t in up_a if t in up_b), None)
    if common is None:
        return ["<none>"]
    left = [t.dep_ for t in up_a[: up_a.index(common)]]
    right = [t.dep_ for t in up_b[: up_b.index(common)]]
    return [*left, f"^{common.pos_}", *reversed(right)]


def _shape(path: list[str]) -> str:
    deps = set(path)
    if "<none>" in deps:
        return "cross-sentence (parser split)"
    head = next(p for p in path if p.startswith("^"))
    verbs_conj = "conj" in deps and head in ("^VERB", "^AUX")
    if "relcl" in deps:
        return "relative clause"
    if "agent" in deps:
        return "passive with 'by'"
    if "appos" in deps:
        return "apposition"
    if verbs_conj and path.index(head) not in (0, len(path) - 1):
        idx = path.index(head)
        if "conj" in path[:idx] or "conj" in path[idx + 1 :]:
            return "second clause (conjoined verbs)"
    if "advcl" in deps or "xcomp" in deps or "pcomp" in deps:
        return "subordinate clause (advcl/xcomp)"
    if "ccomp" in deps:
        return "reported clause (ccomp)"
    if "conj" in deps:
        return "conjoined subject/object"
    if head in ("^VERB", "^AUX"):
        return "one verb (family or verb unknown)"
    return "noun phrase (title/modifier/noun)"


def nearest_roots(doc, first, second):
    """The roots of the closest pair of mentions, one of ``first`` and one of ``second`` (char-offset mentions), by
    token distance; None when no pair aligns with the parse."""
    best = None
    for ma in first:
        for mb in second:
            sa = doc.char_span(ma.start, ma.end, alignment_mode="expand")
            sb = doc.char_span(mb.start, mb.end, alignment_mode="expand")
            if sa is None or sb is None:
                continue
            d = abs(sa.root.i - sb.root.i)
            if best is None or d < best[0]:
                best = (d, sa.root, sb.root)
    return None if best is None else best[1:]


def classify(doc, text, gold, entities, key, gev) -> tuple[str, str]:
    """Class of one missed pair and the evidence it was judged on."""
    names = {e.name: i for i, e in enumerate(entities)}
    rows = gev[key]
    reporting = all(r["family"] == "REPORTING" for r in rows)
    if any(n not in names for n in key):
        return "one side named only inside another name ('US Navy')", rows[0].get("evidence", "")
    for r in rows:
        ev = r.get("evidence", "")
        start = text.find(ev) if ev else -1
        if start < 0:
            continue
        end = start + len(ev)
        inside = {}
        for name in key:
            if name not in names:
                continue
            ms = [m for m in entities[names[name]].mentions if start <= m.start and m.end <= end]
            inside[name] = ms
        missing = [n for n in key if not inside.get(n)]
        if missing:
            words = {w.strip(".,;:'\"()").lower() for w in ev.split()}
            if reporting:
                return "reporting (one side not named)", ev
            if words & _GROUP:
                return "description: plural ('the two countries')", ev
            if words & _SHIP:
                return "description: ship ('the tanker')", ev
            if words & _BODY:
                return "description: body/state ('the group', 'the government')", ev
            if words & _PRON:
                return "pronoun", ev
            return "one side not in evidence (other)", ev
        if reporting:
            return "reporting", ev
        roots = nearest_roots(doc, inside[key_list(key)[0]], inside[key_list(key)[1]])
        if roots is None:
            continue
        return _shape(_path(*roots)), ev
    return "evidence not found", rows[0].get("evidence", "")


def key_list(key: frozenset) -> list[str]:
    return sorted(key)


def gold_pairs(nlp, corpus: Path):
    """Each gold document of CORPUS as ``(gold, text, entities, doc, gev, typed)``: the gold's entities placed in the
    text, its parse, the gold relations by unordered pair of names, and the pairs the relation rules type."""
    for gpath in sorted((corpus / "gold").glob("*.json")):
        gold = json.loads(gpath.read_text(encoding="utf-8"))
        text = (corpus / gold["document"]).read_text(encoding="utf-8")
        entities = gold_entities(text, gold)
        doc = nlp(text)
        rels = find_relations(doc, entities)
        gev: dict[frozenset, list[dict]] = {}
        for r in gold["relations"]:
            if r["source"] != r["target"]:
                gev.setdefault(frozenset((r["source"], r["target"])), []).append(r)
        typed = {
            frozenset((entities[r.source].name, entities[r.target].name))
            for r in rels
            if r.family is not Family.ASSOCIATION
        }
        yield gold, text, entities, doc, gev, typed


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpora", nargs="+", type=Path)
    ap.add_argument("--list", action="store_true")
    a = ap.parse_args()
    nlp = load_nlp()
    counts: Counter[str] = Counter()
    listing: dict[str, list[str]] = defaultdict(list)
    total = 0
    for corpus in a.corpora:
        for gold, text, entities, doc, gev, typed in gold_pairs(nlp, corpus):
            total += len(gev)
            for key in sorted(set(gev) - typed, key=sorted):
                cls, ev = classify(doc, text, gold, entities, key, gev)
                counts[cls] += 1
                rows = "; ".join(f"{r['source']} -> {r['target']} {r['type']} {r['family']}" for r in gev[key])
                listing[cls].append(f"  [{gold['document'][:28]}] {rows}\n      {ev[:300]!r}")
    missed = sum(counts.values())
    print(f"gold pairs {total}, missed {missed} (recall {1 - missed / max(total, 1):.3f})")
    for cls, n in counts.most_common():
        print(f"{n:5d}  {cls}")
        if a.list:
            print("\n".join(listing[cls]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
