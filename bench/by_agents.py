"""Pairs around a passive's 'by' agent, with the extracted entities: what typing each shape would add (round BJ).

    PYTHONPATH=. python bench/by_agents.py OUTDIR FIRST LAST OUT.jsonl
    python3 bench/by_agents.py --table OUT.jsonl [MIN]

OUTDIR holds allsets' outputs (blindNN.json). For every sentence of every document of blindFIRST..LAST with a 'by'
the parser labels an agent, the doers are the output entities named in the agent's object (with its conjuncts and
the words hung on them); every other output entity of the sentence is a candidate, put in a role by where it stands
against the passive verb V: 'subj' (V's passive subject, or the noun V hangs on as a participle or relative clause),
'prep:<p>' (the object of a preposition on V), 'agent2' (the object of a second 'by' joined to V's conjunct),
'head:<lemma>' (V's noun's head verb's subject, 'X investigates the war waged by Y'), 'other'. Each row says whether
the output types the pair in that document already, whether the gold ties it, and with which families. --table
groups the new rows by (verb lemma, role) and prints groups with at least MIN rows (new / gold / the gold's top
family and its count).
"""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _gold_name(ent: dict, did: str, gold: dict) -> str | None:
    for ge in gold["entities"]:
        if ent["name"] == ge["name"] or ent["name"] in ge.get("aliases", []):
            return ge["name"]
    texts = {m["text"] for m in ent["mentions"] if m["document"] == did}
    for ge in gold["entities"]:
        if texts & set(ge.get("aliases", [])) or ge["name"] in texts:
            return ge["name"]
    return None


def _ents_in(tokens, spans):
    """Entity ids whose mention overlaps the tokens."""
    out = set()
    for t in tokens:
        for s, e, eid in spans:
            if s <= t.idx < e:
                out.add(eid)
    return out


def _role(v, other_tokens):
    """The role name of the other end's tokens against the passive verb ``v``."""
    subj = [c for c in v.children if c.dep_ in ("nsubjpass", "nsubj")]
    sub_toks = {t for c in subj for t in c.subtree}
    if v.dep_ in ("acl", "relcl") and v.head.pos_ in ("NOUN", "PROPN"):
        noun = v.head
        sub_toks |= {t for t in noun.subtree if t.i < v.i or t.i > max(x.i for x in v.subtree)}
    if other_tokens & sub_toks:
        return "subj"
    for c in v.children:
        if c.dep_ == "prep" and c.lower_ != "by" and other_tokens & set(c.subtree):
            return f"prep:{c.lower_}"
    if v.dep_ in ("acl", "relcl"):
        noun = v.head
        h = noun.head
        if noun.dep_ == "pobj":
            h = h.head
        if h.pos_ in ("VERB", "AUX"):
            hs = {t for c in h.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
            if other_tokens & hs:
                return f"head:{h.lemma_.lower()}"
    return "other"


def rows_for(nlp, pred: dict, gold_dir: Path, setn: int):
    docs = {x["id"]: x for x in pred["documents"]}
    ents = {e["id"]: e for e in pred["entities"]}
    typed: dict[str, set[frozenset]] = defaultdict(set)
    for r in pred["relations"]:
        if r["family"] == "ASSOCIATION":
            continue
        for ev in r["evidence"]:
            typed[ev["document"]].add(frozenset((r["source"], r["target"])))
    spans_by_doc = defaultdict(list)
    for e in pred["entities"]:
        for m in e["mentions"]:
            spans_by_doc[m["document"]].append((m["start"], m["end"], e["id"]))
    for did, d in docs.items():
        stem = Path(d["path"]).stem
        gpath = gold_dir / f"{stem}.json"
        if not gpath.exists():
            continue
        gold = json.loads(gpath.read_text())
        text = (ROOT / "bench/real" / f"blind{setn}" / Path(d["path"]).name).read_text(encoding="utf-8")
        if " by " not in text:
            continue
        doc = nlp(text)
        spans = spans_by_doc[did]
        gfam = defaultdict(set)
        for g in gold["relations"]:
            gfam[frozenset((g["source"], g["target"]))].add(g["family"])
        for sent in doc.sents:
            for by in sent:
                if by.dep_ != "agent" or by.lower_ != "by":
                    continue
                v = by.head
                doers = _ents_in(list(by.subtree), spans)
                if not doers:
                    continue
                sent_spans = [(s, e, i) for s, e, i in spans if sent.start_char <= s < sent.end_char]
                others = {i for _, _, i in sent_spans} - doers
                for o in others:
                    otoks = {t for t in sent if any(s <= t.idx < e and i == o for s, e, i in sent_spans)}
                    role = _role(v, otoks)
                    for a in doers:
                        pair = frozenset((a, o))
                        ga, go = _gold_name(ents[a], did, gold), _gold_name(ents[o], did, gold)
                        fams = sorted(gfam.get(frozenset((ga, go)), ())) if ga and go else []
                        yield {
                            "set": setn, "doc": stem, "verb": v.lemma_.lower(), "vdep": v.dep_, "role": role,
                            "agent": ents[a]["name"], "akind": ents[a]["kind"], "other": ents[o]["name"],
                            "okind": ents[o]["kind"], "typed": pair in typed[did], "gold": bool(fams),
                            "fams": fams, "sent": sent.text[:300],
                        }


def _story(stem: str) -> str:
    """Two articles of one story share a round and a pair number (r150_01, r150_02)."""
    rnd, num = stem.split("_")[:2]
    return f"{rnd}_{(int(num) + 1) // 2}"


def table(path: Path, least: int) -> None:
    rows = [json.loads(x) for x in path.read_text().splitlines()]
    seen, new = set(), defaultdict(list)
    for r in rows:
        key = (r["set"], r["doc"], frozenset((r["agent"], r["other"])))
        if r["typed"] or key in seen:
            continue
        seen.add(key)
        new[(r["verb"], r["role"])].append(r)
    for (verb, role), rs in sorted(new.items(), key=lambda kv: -len(kv[1])):
        if len(rs) < least:
            continue
        fams = Counter(f for r in rs for f in r["fams"])
        top = fams.most_common(1)[0] if fams else ("-", 0)
        stories = len({_story(r["doc"]) for r in rs})
        gold = sum(r["gold"] for r in rs)
        print(f"{verb:14} {role:16} new {len(rs):3} gold {gold:3} {top[0]} {top[1]} stories {stories}")


def main(argv: list[str]) -> None:
    if argv[0] == "--table":
        table(Path(argv[1]), int(argv[2]) if len(argv) > 2 else 3)
        return
    from core.extract.nlp import load_nlp

    nlp = load_nlp()
    outdir, first, last, out = Path(argv[0]), int(argv[1]), int(argv[2]), Path(argv[3])
    with out.open("w") as fh:
        for n in range(first, last + 1):
            f = outdir / f"blind{n}.json"
            for row in rows_for(nlp, json.loads(f.read_text()), ROOT / f"bench/real/blind{n}/gold", n):
                fh.write(json.dumps(row) + "\n")
            fh.flush()


if __name__ == "__main__":
    main(sys.argv[1:])
