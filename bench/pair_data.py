"""Samples for the learned pair layer: each real article extracted as the app does, its pairs matched to gold.

Used by ``bench/train_pair_model.py``. Every article is cleaned, parsed and read by the entity rules as
``entente extract`` reads it; the relation rules run without a model and keep the features of every pair they
leave untyped (one sample per sentence the pair shares). A predicted entity is matched to a gold entity the way
the shared scorer matches them (``../shared/eval/score.py``, imported from there), so a pair's label and the
rules' own pairs are counted at the scorer's level: unordered pairs of gold entities per document.
"""

from __future__ import annotations

import importlib.util
import json
import pickle
import re
from dataclasses import dataclass, field
from pathlib import Path

from spacy.tokens import Doc

from bench.gold_match import match_forms
from core.extract.clean import clean
from core.extract.entities import find_entities
from core.extract.nlp import load_nlp
from core.extract.pipeline import finish, parse
from core.extract.relations.lexicon import lexicon
from core.extract.relations.reader import Reader
from core.model import Family, LocalEntity

ROOT = Path(__file__).resolve().parents[1]
REAL = ROOT / "bench" / "real"
SETS = ("dev", "holdout", *(f"blind{n}" for n in range(4, 62)))  # every real set whose gold is in
SCORER = Path("/work/shared/eval/score.py")


def scorer(path: Path = SCORER):
    """The shared scorer as a module (its ``norm`` and ``score`` are the reference)."""
    spec = importlib.util.spec_from_file_location("shared_score", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def stories(sources: Path = REAL / "sources") -> dict[str, str]:
    """File stem -> story, from the ``story`` column of ``sources/r*.md``.

    One story's articles share names and phrasing, so they must fall in one fold. The column names an event
    within a story in several ways ("Sudan: US sanctions ...", "US interdiction ... (USS Normandy, Feb 2020)"):
    the text before a colon, or else without its brackets and trailing clauses, is the story.
    """
    out: dict[str, str] = {}
    for md in sorted(sources.glob("r*.md")):
        col = None
        for line in md.read_text(encoding="utf-8").splitlines():
            if not line.lstrip().startswith("|"):
                col = None  # a table ended: later tables (a review's list of changes) have other columns
                continue
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if "story" in cells and "file" in cells:
                col = cells.index("story")
                continue
            if col is None or len(cells) <= col or not re.match(r"r\d+_\d\d", cells[0]):
                continue
            story = cells[col]
            story = story.split(":")[0] if ":" in story else re.sub(r"\s*\(.*?\)|,.*$", "", story)
            out[Path(cells[0]).stem] = f"{md.stem}:{story.strip().lower()}"
    return out


def _words(story: str) -> set[str]:
    return {w for w in story.split(":", 1)[1].replace("–", " ").split() if len(w) > 3}


def story_groups(dirs: list[Path]) -> dict[str, int]:
    """File stem -> group: stories joined when one annotator's names for them share words ("Houthi attack and
    sinking of the Tutor", "Houthi sinking of the Eternity C"; Jaccard of words ≥ 0.25) or when two stories name
    the same ship or a person few stories name (a person in three stories or more is a head of state, and joining
    through them would make one story of all)."""
    story = stories()
    parent = {s: s for s in set(story.values())}

    def find(x: str) -> str:
        while parent[x] != x:
            x = parent[x]
        return x

    def join(a: str, b: str) -> None:
        parent[find(a)] = find(b)

    keys = sorted(parent)
    for i, a in enumerate(keys):
        for b in keys[i + 1 :]:
            wa, wb = _words(a), _words(b)
            if a[:2] == b[:2] and len(wa & wb) >= 0.25 * len(wa | wb):
                join(a, b)
    named: dict[str, set[str]] = {}
    for d in dirs:
        for g in (d / "gold").glob("*.json"):
            for e in json.loads(g.read_text(encoding="utf-8"))["entities"]:
                if e["kind"] in ("OFFICIAL", "VESSEL") and g.stem in story:
                    named.setdefault(e["name"], set()).add(story[g.stem])
    for where in named.values():
        if len(where) == 2:
            join(*sorted(where))
    roots = sorted({find(s) for s in keys})
    return {stem: roots.index(find(s)) for stem, s in story.items()}


@dataclass
class Sample:
    """One sentence in which the rules left a pair untyped."""

    feats: list[str]
    pair: frozenset  # gold names (or "?" + predicted name where no gold entity matches)
    label: int  # the gold states a tie between the two
    families: frozenset[str]  # the gold families of the pair
    typed_elsewhere: bool  # the rules typed the pair in another sentence (the model leaves those alone)
    in_evidence: bool = False  # this sentence is one the gold gives as the tie's evidence
    families_here: frozenset[str] = frozenset()  # the gold families of the ties this sentence is evidence for


@dataclass
class Article:
    stem: str
    story: int  # story group (bench/real/sources): a unit of cross-validation
    gold_pairs: dict[frozenset, frozenset[str]]
    rule_pairs: dict[frozenset, frozenset[str]]  # pairs the rules type, with their families
    samples: list[Sample] = field(default_factory=list)
    set: str = ""  # the annotated set (directory) the article is in: the unit of the trainer's validation


def _flat(text: str) -> str:
    return " ".join(text.split())


def _match(ents: list[LocalEntity], gold: dict, norm) -> dict[int, str]:
    """Predicted entity -> gold name, one-to-one, as the shared scorer matches them."""
    return match_forms({i: {norm(m.text) for m in e.mentions} | {norm(e.name)} for i, e in enumerate(ents)}, gold, norm)


def parsed(paths: list[Path], cache: Path | None = None) -> list[tuple[str, Doc, list[LocalEntity]]]:
    """Each article parsed and its entities found, as the pipeline does (kept in ``cache`` when given)."""
    nlp = load_nlp()
    if cache and cache.exists():
        raw = pickle.loads(cache.read_bytes())
        if [s for s, _, _ in raw] == [p.stem for p in paths]:
            return [(s, Doc(nlp.vocab).from_bytes(b), ents) for s, b, ents in raw]
    out = []
    for p in paths:
        cleaned = clean(p.read_text(encoding="utf-8"))
        doc, pieces = finish(parse(cleaned.text))
        if len(pieces) != 1:
            raise SystemExit(f"{p.name}: parsed in pieces; the sample builder reads short articles only")
        out.append((p.stem, doc, find_entities(doc)))
    if cache:
        # user_data holds only per-document caches (core.extract.nlp columns), some of spaCy Tokens: not stored
        cache.write_bytes(pickle.dumps([(s, d.to_bytes(exclude=["user_data"]), e) for s, d, e in out]))
    return out


def articles(dirs: list[Path], cache: Path | None = None) -> list[Article]:
    """Every article of ``dirs`` with its rule pairs and untyped samples."""
    norm = scorer().norm
    story_of = story_groups(dirs)
    paths = sorted(p for d in dirs for p in d.glob("*.txt") if (d / "gold" / f"{p.stem}.json").exists())
    lex = lexicon()
    out = []
    for (stem, doc, ents), path in zip(parsed(paths, cache), paths, strict=True):
        gold = json.loads((path.parent / "gold" / f"{stem}.json").read_text(encoding="utf-8"))
        gold_pairs: dict[frozenset, set[str]] = {}
        gold_ev: dict[frozenset, list[tuple[str, str]]] = {}
        for r in gold["relations"]:
            if r["source"] != r["target"]:
                gold_pairs.setdefault(frozenset((r["source"], r["target"])), set()).add(r["family"])
                gold_ev.setdefault(frozenset((r["source"], r["target"])), []).append(
                    (_flat(r.get("evidence", "")), r["family"])
                )
        m = _match(ents, gold, norm)

        def key(a: int, b: int, m=m, ents=ents) -> frozenset:
            return frozenset((m.get(a, "?" + ents[a].name), m.get(b, "?" + ents[b].name)))

        reader = Reader(doc, ents, lex)
        reader.collect = True
        rule_pairs: dict[frozenset, set[str]] = {}
        for r in reader.relations():
            if r.family is not Family.ASSOCIATION:
                rule_pairs.setdefault(key(r.source, r.target), set()).add(r.family.value)
        art = Article(
            stem,
            story_of[stem],
            {k: frozenset(v) for k, v in gold_pairs.items()},
            {k: frozenset(v) for k, v in rule_pairs.items()},
            set=path.parent.name,
        )
        for a, b, feats, evidence in reader.untyped:
            if not feats:
                continue
            k = key(a, b)
            sent = _flat(evidence.text)
            here = frozenset(f for e, f in gold_ev.get(k, ()) if e and (e[:60] in sent or sent[:60] in e))
            art.samples.append(
                Sample(
                    feats, k, int(k in gold_pairs), frozenset(gold_pairs.get(k, ())), k in rule_pairs, bool(here), here
                )
            )
        out.append(art)
    return out
