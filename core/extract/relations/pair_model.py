"""A learned second look at pairs the rules leave untyped: logistic weights over the pair's path in the parse.

Trained by ``bench/train_pair_model.py`` on real annotated articles only; the weights ship as plain JSON in
``data/pair_model.json`` (no learning library at run time). Without that file nothing changes.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from spacy.tokens import Token

from core.extract.relations.lexicon import Lexicon
from core.model import Family, Kind

_DATA = Path(__file__).parent.parent / "data" / "pair_model.json"


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


def _up(t: Token, stop: Token) -> list[Token]:
    """Tokens from ``t`` up to, not including, ``stop``."""
    out = []
    while t.i != stop.i and t.head.i != t.i and len(out) < 12:
        out.append(t)
        t = t.head
    return out


def pair_features(a: Token, ka: Kind, b: Token, kb: Kind, n_entities: int, lex: Lexicon) -> list[str]:
    """Features of two mention heads in one sentence, ``a`` before ``b``."""
    anc_a = {x.i for x in a.ancestors} | {a.i}
    lca = b
    while lca.i not in anc_a and lca.head.i != lca.i:
        lca = lca.head
    if lca.i not in anc_a:
        lca = a.sent.root
    pa, pb = _up(a, lca), _up(b, lca)
    between = a.doc[a.i + 1 : b.i]
    verbs = sum(1 for t in between if t.pos_ in ("VERB", "AUX"))
    kinds = f"{ka.value}-{kb.value}"
    lca_class = _word_class(lca, lex)
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
        f"comma={any(t.text == ',' for t in between)}",
        f"and={any(t.lower_ in ('and', 'or') for t in between)}",
        f"paren={any(t.text in '()' for t in between)}",
    ]
    feats += [f"on_path={_word_class(x, lex)}" for x in (pa + pb)[:6] if x.pos_ in ("VERB", "NOUN", "ADP")]
    feats += [f"prep={x.lower_}" for x in (pa + pb) if x.dep_ == "prep"][:3]
    return feats


@dataclass(frozen=True, slots=True)
class PairModel:
    """Weights of a yes/no model (is a tie stated?) and of a family model, over ``pair_features``."""

    weights: dict[str, float]
    bias: float
    threshold: float
    families: dict[str, dict[str, float]]
    family_bias: dict[str, float]

    def probability(self, feats: list[str]) -> float:
        z = self.bias + sum(self.weights.get(f, 0.0) for f in feats)
        return 1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0)))

    def family(self, feats: list[str]) -> Family:
        scores = {fam: self.family_bias[fam] + sum(ws.get(f, 0.0) for f in feats) for fam, ws in self.families.items()}
        return Family(max(scores, key=scores.__getitem__))


@cache
def pair_model(path: Path = _DATA) -> PairModel | None:
    """The shipped model, or None when there is none."""
    if not path.exists():
        return None
    raw = json.loads(path.read_text(encoding="utf-8"))
    return PairModel(raw["weights"], raw["bias"], raw["threshold"], raw["families"], raw["family_bias"])
