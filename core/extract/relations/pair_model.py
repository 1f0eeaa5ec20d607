"""A learned second look at pairs the rules leave untyped: logistic weights over the pair's path in the parse.

Trained by ``bench/train_pair_model.py`` on real annotated articles only; the weights ship as plain JSON in
``data/pair_model.json`` (no learning library at run time). Without that file nothing changes.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from spacy.tokens import Span, Token

from core.extract.relations.lexicon import Lexicon
from core.extract.relations.pair_structure import structure_features
from core.model import Family, Kind

_DATA = Path(__file__).parent.parent / "data" / "pair_model.json"
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
    lemma = t.lemma_.lower()
    fam = lex.verbs.get(lemma) if t.pos_ in ("VERB", "AUX") else None
    fam = fam or lex.relation_nouns.get(lemma) or lex.role_nouns.get(lemma)
    return f"{t.pos_}:{fam.value}" if fam else t.pos_


def _lemma(t: Token) -> str | None:
    """A general word's lemma (names, numbers and punctuation say nothing that carries to another story)."""
    if t.pos_ not in _OPEN or t.ent_type_ or not t.is_alpha:
        return None
    return t.lemma_.lower()


def _up(t: Token, stop: Token) -> list[Token]:
    """Tokens from ``t`` up to, not including, ``stop``."""
    out = []
    while t.i != stop.i and t.head.i != t.i and len(out) < 12:
        out.append(t)
        t = t.head
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
    ``structure`` what ``pair_structure.structure_features`` needs beyond the tokens."""
    anc_a = {x.i for x in a.ancestors} | {a.i}
    lca = b
    while lca.i not in anc_a and lca.head.i != lca.i:
        lca = lca.head
    if lca.i not in anc_a:
        lca = a.sent.root
    pa, pb = _up(a, lca), _up(b, lca)
    between = a.doc[a.i + 1 : b.i]
    verbs, marks, bw_fam, bw = 0, set(), set(), set()
    for t in between:  # one pass: a token's attributes are not free
        pos, low = t.pos_, t.lower_
        if pos in ("VERB", "AUX"):
            verbs += 1
        if low in (",", "and", "or", "(", ")"):
            marks.add(low)
        if pos in _CLASSED:
            bw_fam.add(_word_class(t, lex))
        if len(between) <= 10 and pos in _OPEN and not t.ent_type_ and t.is_alpha:
            bw.add(t.lemma_.lower())
    kinds = f"{ka.value}-{kb.value}"
    lca_class = _word_class(lca, lex)
    lca_lemma = lca.lemma_.lower() if lca.i not in (a.i, b.i) else "<mention>"
    feats = [
        f"k={kinds}",
        f"d={_bucket(b.i - a.i, (2, 4, 8, 16))}",
        f"n={_bucket(n_entities, (2, 3, 5))}",
        f"lca={lca_class}",
        f"k_lca={kinds}|{lca_class}",
        f"da={a.dep_}",
        f"db={b.dep_}",
        f"dd={a.dep_}|{b.dep_}",
        f"pa={'/'.join(x.dep_ for x in pa[:3])}",
        f"pb={'/'.join(x.dep_ for x in pb[:3])}",
        f"len={_bucket(len(pa) + len(pb), (1, 2, 3, 5))}",
        f"verbs={_bucket(verbs, (0, 1, 2))}",
        f"comma={',' in marks}",
        f"and={'and' in marks or 'or' in marks}",
        f"paren={'(' in marks or ')' in marks}",
        f"tied={bool(ruled[0])}|{bool(ruled[1])}",
        f"ka_da={ka.value}|{a.dep_}",
        f"kb_db={kb.value}|{b.dep_}",
    ]
    feats += sentence_cues(a.sent, lex) if cues is None else cues
    if lca.pos_ in _OPEN and not lca.ent_type_:
        feats.append(f"lca_lemma={lca_lemma}")
        feats.append(f"k_lca_lemma={kinds}|{lca_lemma}")
    if lca.lemma_.lower() in lex.reporting_verbs:
        feats.append(f"report={'a' if a.dep_.startswith('nsubj') and a.head.i == lca.i else 'other'}")
    if any(t.dep_ == "neg" for t in (lca, *lca.children)):
        feats.append("neg")
    feats += [f"{who}={fam}" for who, fams in zip(("rfam_a", "rfam_b", "rfam_s"), ruled, strict=True) for fam in fams]
    feats += [f"bw_fam={c}" for c in bw_fam if ":" in c]
    feats += [f"on_path={_word_class(x, lex)}" for x in (pa + pb)[:6] if x.pos_ in ("VERB", "NOUN", "ADP")]
    feats += [f"path_lemma={w}" for w in {_lemma(x) for x in (pa + pb)[:6]} if w]
    feats += [f"prep={x.lower_}" for x in (pa + pb) if x.dep_ == "prep"][:3]
    feats += [f"bw={w}" for w in bw]
    if structure is not None:
        ea, eb, tok_ent, ties, words = structure
        feats += structure_features(a, b, ea, eb, kinds, lca, pa + pb, tok_ent, ties, lex)
        feats += words
    return feats


def sentence_cues(sent: Span, lex: Lexicon) -> list[str]:
    """What the whole sentence says, the same for every pair in it: its length and the families of its words."""
    return [f"slen={_bucket(len(sent), (12, 25, 40))}"] + [
        f"sent_fam={c}" for c in {_word_class(t, lex) for t in sent if t.pos_ in _CLASSED} if ":" in c
    ]


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
        z = self.bias + sum(self.weights.get(f, 0.0) for f in feats)
        return 1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0)))

    def family(self, feats: list[str]) -> Family:
        return self.family_and_share(feats)[0]

    def family_and_share(self, feats: list[str]) -> tuple[Family, float]:
        """The likeliest family and its softmax probability."""
        scores = {fam: self.family_bias[fam] + sum(ws.get(f, 0.0) for f in feats) for fam, ws in self.families.items()}
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
    return load_pair_model(_DATA)
