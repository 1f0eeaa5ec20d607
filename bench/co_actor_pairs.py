"""Co-actors: pairs of parties named together as the doers of one act, and what the output and the gold make of them.

    PYTHONPATH=. python bench/co_actor_pairs.py OUT.jsonl NAME=PRED.json ...   (gold: bench/real/NAME/gold)

Every document is parsed again (the extraction's own spaCy pipeline). A doer list is: a subject (nsubj, nsubjpass)
with its 'conj' conjuncts; 'the joint operation/team/patrol of A and B' (the conjuncts under 'of' on a subject noun);
'A, together with B' / 'A along with B' (the names after 'with' beside the subject). Each item is mapped to the output
entity whose mention holds it; every two items of different entities make a pair. One JSON row per pair and sentence:
the verb's lemma, the lexicon family of the verb, the ends' kinds, whether the two ends belong to different states (the
state itself, or the state the output ties a body to by MEMBERSHIP), the output's family for the pair in the document
(none, ASSOCIATION or typed), and the gold's families for the matched pair.
"""

from __future__ import annotations

import collections
import json
import sys
from pathlib import Path

_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(_ROOT))
sys.path.insert(0, str(_ROOT.parent / "shared" / "eval"))
from score import norm  # noqa: E402

from bench.gold_match import match_form_sets  # noqa: E402
from core.extract.nlp import load_nlp  # noqa: E402
from core.extract.relations.lexicon import lexicon  # noqa: E402

_GROUP = frozenset({"operation", "team", "patrol", "force", "exercise", "effort", "mission", "task", "raid", "crew"})


def _conjuncts(t):
    out, todo = [t], [t]
    while todo:
        x = todo.pop()
        for c in x.children:
            if c.dep_ == "conj":
                out.append(c)
                todo.append(c)
    return out


def _lists(doc):
    """(shape, verb, [item tokens]) for every doer list of the document."""
    for t in doc:
        if t.dep_ not in ("nsubj", "nsubjpass"):
            continue
        verb = t.head
        conj = _conjuncts(t)
        if len(conj) > 1:
            yield "conj", verb, conj
        if t.lemma_.lower() in _GROUP or (t.pos_ == "NOUN" and any(c.lower_ in ("joint",) for c in t.children)):
            for p in t.children:
                if p.dep_ == "prep" and p.lower_ in ("of", "from", "between"):
                    for o in p.children:
                        if o.dep_ == "pobj" and len(_conjuncts(o)) > 1:
                            yield "group-of", verb, _conjuncts(o)
        # 'A, together with B, ...' / 'A along with B'
        for h in (t, verb):
            for adv in h.children:
                if adv.lower_ in ("together", "along") and adv.i + 1 < len(doc) and doc[adv.i + 1].lower_ == "with":
                    w = doc[adv.i + 1]
                    objs = [o for o in w.children if o.dep_ == "pobj"]
                    if objs:
                        yield "along-with", verb, conj + _conjuncts(objs[0])
                elif (
                    adv.dep_ == "prep"
                    and adv.lower_ == "with"
                    and adv.i > 0
                    and doc[adv.i - 1].lower_
                    in (
                        "together",
                        "along",
                    )
                ):
                    objs = [o for o in adv.children if o.dep_ == "pobj"]
                    if objs:
                        yield "along-with", verb, conj + _conjuncts(objs[0])


def run(name: str, pred_path: str, gold_dir: Path, nlp, lex, out) -> None:
    pred = json.loads(Path(pred_path).read_text())
    kinds = {e["id"]: e["kind"] for e in pred["entities"]}
    names = {e["id"]: e["name"] for e in pred["entities"]}
    forms: dict[str, dict[str, set[str]]] = collections.defaultdict(dict)
    spans: dict[str, list[tuple[int, int, str]]] = collections.defaultdict(list)
    for e in pred["entities"]:
        for m in e.get("mentions", []):
            forms[m["document"]].setdefault(e["id"], {norm(e["name"])}).add(norm(m["text"]))
            spans[m["document"]].append((m["start"], m["end"], e["id"]))
    state_of: dict[str, set[str]] = collections.defaultdict(set)
    fam_doc: dict[tuple[str, frozenset], set[str]] = collections.defaultdict(set)
    for r in pred["relations"]:
        a, b = r["source"], r["target"]
        for ev in r.get("evidence", []):
            fam_doc[(ev["document"], frozenset((a, b)))].add(r["family"])
        if r["family"] == "MEMBERSHIP":
            if kinds.get(b) == "STATE":
                state_of[a].add(b)
            if kinds.get(a) == "STATE":
                state_of[b].add(a)
    docs = [d for d in pred["documents"] if (gold_dir / (Path(d["path"]).stem + ".json")).exists()]
    texts = [Path(d["path"]).read_text() if Path(d["path"]).exists() else (_ROOT / d["path"]).read_text() for d in docs]
    for d, _text, doc in zip(docs, texts, nlp.pipe(texts), strict=True):
        did = d["id"]
        g = json.loads((gold_dir / (Path(d["path"]).stem + ".json")).read_text())
        gforms = {ge["name"]: {norm(ge["name"])} | {norm(a) for a in ge.get("aliases", [])} for ge in g["entities"]}
        m = match_form_sets(forms[did], gforms, norm)
        gfam: dict[frozenset, set[str]] = collections.defaultdict(set)
        for r in g.get("relations", []):
            if r["source"] != r["target"]:
                gfam[frozenset((r["source"], r["target"]))].add(r["family"])
        tok_ent = [None] * len(doc)
        for s, e, eid in spans[did]:
            sp = doc.char_span(s, e, alignment_mode="expand")
            if sp is not None:
                for t in sp:
                    tok_ent[t.i] = eid
        seen = set()
        for shape, verb, items in _lists(doc):
            ents = []
            for it in items:
                # the item's entity: its own token, else the nearest token of its subtree that is a name
                e = tok_ent[it.i] or next((tok_ent[x.i] for x in it.subtree if tok_ent[x.i]), None)
                if e and e not in ents:
                    ents.append(e)
            for i, a in enumerate(ents):
                for b in ents[i + 1 :]:
                    key = (verb.sent.start, frozenset((a, b)))
                    if key in seen:
                        continue
                    seen.add(key)
                    ga, gb = m.get(a), m.get(b)
                    fams = sorted(gfam.get(frozenset((ga, gb)), set())) if ga and gb else []
                    out_f = fam_doc.get((did, frozenset((a, b))), set())
                    sa = {a} if kinds[a] == "STATE" else state_of[a]
                    sb = {b} if kinds[b] == "STATE" else state_of[b]
                    vf = lex.verbs.get(verb.lemma_.lower())
                    row = {
                        "set": name,
                        "doc": Path(d["path"]).stem,
                        "story": Path(d["path"]).stem.split("_")[0],
                        "shape": shape,
                        "verb": verb.lemma_.lower(),
                        "vpos": verb.pos_,
                        "vfam": vf.value if vf else None,
                        "a": names[a],
                        "b": names[b],
                        "ka": kinds[a],
                        "kb": kinds[b],
                        "diff": "?" if not (sa and sb) else ("diff" if not (sa & sb) else "same"),
                        "out": "typed" if out_f - {"ASSOCIATION"} else ("assoc" if out_f else "none"),
                        "outfam": sorted(out_f),
                        "gold": fams,
                        "matched": bool(ga and gb),
                        "sent": verb.sent.text[:300],
                    }
                    out.write(json.dumps(row) + "\n")


def main(argv: list[str]) -> None:
    nlp, lex = load_nlp(), lexicon()
    with open(argv[0], "w") as out:
        for arg in argv[1:]:
            name, pred = arg.split("=", 1)
            run(name, pred, _ROOT / "bench" / "real" / name / "gold", nlp, lex, out)
            out.flush()
            print(name, file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
