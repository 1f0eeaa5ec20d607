"""A learned second look at pairs the rules leave untyped: logistic weights over the pair's path in the parse.

Trained by ``bench/train_pair_model.py`` on real annotated articles only; the weights ship as plain JSON in
``data/pair_model.json`` (no learning library at run time). Without that file nothing changes.
"""

from __future__ import annotations

import json
import math
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import repeat
from pathlib import Path

from spacy.tokens import Span, Token

from core.extract.nlp import doc_children, doc_column, doc_heads, doc_lemma_lower
from core.extract.relations.lexicon import Lexicon
from core.extract.relations.pair_structure import index_structure_features
from core.model import Family, Kind

_DATA = Path(__file__).parent.parent / "data" / "pair_model.json"
_ENV = "ENTENTE_PAIR_MODEL"  # a model file read instead of _DATA (bench/train_pair_model.py tries candidates with it)
# word classes whose lemmas may be features: general words only, never a name
_OPEN = ("VERB", "NOUN", "ADP", "ADJ", "AUX")
_CLASSED = frozenset(("VERB", "AUX", "NOUN", "PROPN"))  # where the lexicon's verbs, relation and role nouns are


# (entity of a, entity of b, each token's entity, the rules' families per pair in the sentence, cue words)
Structure = tuple[int, int, Sequence[int], Mapping[frozenset[int], frozenset[str]], list[str]]


def _bucket(n: int, edges: tuple[int, ...]) -> str:
    for e in edges:
        if n <= e:
            return str(e)
    return f">{edges[-1]}"


def _word_class(t: Token, lex: Lexicon) -> str:
    """What a token on the path says: a verb's lemma if the lexicon knows it, a relation or role noun, or its tag."""
    return _class_of(t.pos_, t.lemma_.lower(), lex)


def _class_of(pos: str, lemma: str, lex: Lexicon) -> str:
    """``_word_class`` of a token with word class ``pos`` and lowered lemma ``lemma``."""
    fam = lex.verbs.get(lemma) if pos in ("VERB", "AUX") else None
    fam = fam or lex.relation_nouns.get(lemma) or lex.role_nouns.get(lemma)
    return f"{pos}:{fam.value}" if fam else pos


def _up(t: int, stop: int, heads: list[int]) -> list[int]:
    """Token indexes from ``t`` up to, not including, ``stop``."""
    out = []
    while t != stop and heads[t] != t and len(out) < 12:
        out.append(t)
        t = heads[t]
    return out


def pair_features(
    a: Token,
    ka: Kind,
    b: Token,
    kb: Kind,
    n_entities: int,
    lex: Lexicon,
    ruled: tuple[frozenset[str], frozenset[str], frozenset[str]] = (frozenset(), frozenset(), frozenset()),
    cues: list[str] | None = None,
    structure: Structure | None = None,
) -> list[str]:
    """Features of two mention heads in one sentence, ``a`` before ``b``; ``ruled`` holds the families of the
    ties the rules gave ``a``, ``b`` and anyone in this sentence; ``cues`` the sentence's ``sentence_cues``;
    ``structure`` what ``pair_structure.structure_features`` needs beyond the tokens.

    The tree is read through the document's index columns (``core.extract.nlp``), one list lookup per step."""
    doc, ai, bi = a.doc, a.i, b.i
    heads, dep, pos, low = doc_heads(doc), *(doc_column(doc, c) for c in ("dep_", "pos_", "lower_"))
    ent, alpha, lemma = doc_column(doc, "ent_type_"), doc_column(doc, "is_alpha"), doc_lemma_lower(doc)
    anc_a, x = {ai}, ai
    for _ in range(len(doc)):  # a.ancestors
        if heads[x] == x:
            break
        x = heads[x]
        anc_a.add(x)
    lca = bi
    while lca not in anc_a and heads[lca] != lca:
        lca = heads[lca]
    if lca not in anc_a:
        lca = a.sent.root.i
    pa, pb = _up(ai, lca, heads), _up(bi, lca, heads)
    n_between = max(bi - ai - 1, 0)
    verbs, marks, bw_fam, bw = 0, set(), set(), set()
    for t in range(ai + 1, bi):
        p, w = pos[t], low[t]
        if p in ("VERB", "AUX"):
            verbs += 1
        if w in (",", "and", "or", "(", ")"):
            marks.add(w)
        if p in _CLASSED:
            bw_fam.add(_class_of(p, lemma[t], lex))
        if n_between <= 10 and p in _OPEN and not ent[t] and alpha[t]:
            bw.add(lemma[t])
    kinds = f"{ka.value}-{kb.value}"
    lca_class = _class_of(pos[lca], lemma[lca], lex)
    lca_lemma = lemma[lca] if lca not in (ai, bi) else "<mention>"
    da, db = dep[ai], dep[bi]
    feats = [
        f"k={kinds}",
        f"d={_bucket(bi - ai, (2, 4, 8, 16))}",
        f"n={_bucket(n_entities, (2, 3, 5))}",
        f"lca={lca_class}",
        f"k_lca={kinds}|{lca_class}",
        f"da={da}",
        f"db={db}",
        f"dd={da}|{db}",
        f"pa={'/'.join(dep[x] for x in pa[:3])}",
        f"pb={'/'.join(dep[x] for x in pb[:3])}",
        f"len={_bucket(len(pa) + len(pb), (1, 2, 3, 5))}",
        f"verbs={_bucket(verbs, (0, 1, 2))}",
        f"comma={',' in marks}",
        f"and={'and' in marks or 'or' in marks}",
        f"paren={'(' in marks or ')' in marks}",
        f"tied={bool(ruled[0])}|{bool(ruled[1])}",
        f"ka_da={ka.value}|{da}",
        f"kb_db={kb.value}|{db}",
    ]
    feats += sentence_cues(a.sent, lex) if cues is None else cues
    if pos[lca] in _OPEN and not ent[lca]:
        feats.append(f"lca_lemma={lca_lemma}")
        feats.append(f"k_lca_lemma={kinds}|{lca_lemma}")
    if lemma[lca] in lex.reporting_verbs:
        feats.append(f"report={'a' if da.startswith('nsubj') and heads[ai] == lca else 'other'}")
    if dep[lca] == "neg" or any(dep[t] == "neg" for t in doc_children(doc)[lca]):
        feats.append("neg")
    feats += [f"{who}={fam}" for who, fams in zip(("rfam_a", "rfam_b", "rfam_s"), ruled, strict=True) for fam in fams]
    feats += [f"bw_fam={c}" for c in bw_fam if ":" in c]
    path = pa + pb
    feats += [f"on_path={_class_of(pos[x], lemma[x], lex)}" for x in path[:6] if pos[x] in ("VERB", "NOUN", "ADP")]
    lemmas = {
        None if pos[x] not in _OPEN or ent[x] or not alpha[x] else lemma[x] for x in path[:6]
    }  # a general word's lemma: names, numbers and punctuation say nothing that carries to another story
    feats += [f"path_lemma={w}" for w in lemmas if w]
    feats += [f"prep={low[x]}" for x in path if dep[x] == "prep"][:3]
    feats += [f"bw={w}" for w in bw]
    if structure is not None:
        ea, eb, tok_ent, ties, words = structure
        feats += index_structure_features(doc, ai, bi, ea, eb, kinds, lca, path, tok_ent, ties, lex)
        feats += words
    return feats


def sentence_cues(sent: Span, lex: Lexicon) -> list[str]:
    """What the whole sentence says, the same for every pair in it: its length and the families of its words."""
    doc = sent.doc
    pos, lemma = doc_column(doc, "pos_"), doc_lemma_lower(doc)
    classes = {_class_of(pos[i], lemma[i], lex) for i in range(sent.start, sent.end) if pos[i] in _CLASSED}
    return [f"slen={_bucket(len(sent), (12, 25, 40))}"] + [f"sent_fam={c}" for c in classes if ":" in c]


@dataclass(frozen=True, slots=True)
class PairModel:
    """Weights of a yes/no model (is a tie stated?) and of a family model, over ``pair_features``. A pair is
    typed when the tie's probability reaches ``threshold`` and the family's share of the family model's softmax
    reaches ``family_floor`` (a tie whose family the model cannot tell would cost family accuracy)."""

    weights: dict[str, float]
    bias: float
    threshold: float
    families: dict[str, dict[str, float]]
    family_bias: dict[str, float]
    family_floor: float = 0.0

    def probability(self, feats: list[str]) -> float:
        z = self.bias + sum(map(self.weights.get, feats, repeat(0.0)))  # the same sum, in the same order
        return 1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0)))

    def family(self, feats: list[str]) -> Family:
        return self.family_and_share(feats)[0]

    def family_and_share(self, feats: list[str]) -> tuple[Family, float]:
        """The likeliest family and its softmax probability."""
        scores = {
            fam: self.family_bias[fam] + sum(map(ws.get, feats, repeat(0.0))) for fam, ws in self.families.items()
        }
        best = max(scores, key=scores.__getitem__)
        top = scores[best]
        return Family(best), 1.0 / sum(math.exp(max(v - top, -30.0)) for v in scores.values())

    def verdict(self, feats: list[str]) -> Family | None:
        """The family of a stated tie, or None when the pair stays untyped."""
        if self.probability(feats) < self.threshold:
            return None
        fam, share = self.family_and_share(feats)
        return fam if share >= self.family_floor else None


def load_pair_model(path: Path) -> PairModel | None:
    """The model in ``path``, or None when there is no such file."""
    if not path.exists():
        return None
    raw = json.loads(path.read_text(encoding="utf-8"))
    return PairModel(
        raw["weights"], raw["bias"], raw["threshold"], raw["families"], raw["family_bias"], raw.get("family_floor", 0.0)
    )


@cache
def pair_model() -> PairModel | None:
    """The shipped model, or None when there is none."""
    return load_pair_model(Path(os.environ.get(_ENV) or _DATA))
