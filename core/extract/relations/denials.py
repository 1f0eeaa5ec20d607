"""More vetoes (issue 11 round AH, false pairs on fresh news): ties a rule read that the sentence denies.

- A negated visit or meeting: 'Lula decided not to make the trip to the capital' is no visit; the tie's verb has a
  'not'/'never' (diplomacy only: 'does not recognize X's sovereignty' is itself hostile).
- A subordinate clause's act is its own subject's: in 'A and B signed the deal as Greece deals with tensions with
  Turkey' the tensions are Greece's, not A's or B's. A tie from a name outside an adverbial clause (opened by 'as',
  'while', 'because' ...) to the clause's verb is dropped when the clause names another doer before its verb.
- The matter of a dispute is no party to it: in 'tensions between Washington and Beijing over Taiwan' Taiwan is what
  the tension is about; a hostile tie to it read off the dispute noun, or from a name outside the dispute's phrase,
  is dropped.
- Respective pairing: 'the UK and Indian trade ministers, A and B' give A to the UK and B to India; the cross pairs
  (UK-B, India-A) are dropped.

Each veto only drops ties; the pairs it drops are added to ``refused``, which the surface and pair layers respect,
except a pair whose only veto is a denial inside a relative clause ('X, which has no ties with Y, opened ...'): that
denial is the clause's, so the pair stays open to what the main clause says of it.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from core.extract.nlp import doc_column
from core.extract.relations.syntax import Tie
from core.model import Family, Kind

_NEGATIONS = frozenset({"not", "n't", "never"})
# conjunctions that open an adverbial clause with a subject of its own
_CLAUSE_MARKS = frozenset({"as", "while", "because", "since", "although", "though", "whereas", "when"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "compound"})
# nouns of a dispute whose 'over' names its matter (held_between reads the same, with 'war')
DISPUTE_NOUNS = frozenset(
    {"tension", "dispute", "row", "standoff", "feud", "spat", "quarrel", "clash", "friction", "rift", "conflict"}
)
_PAIRED_PARTIES = frozenset({Kind.STATE, Kind.PARTY})


def _verbs(first: str, where: list[int], doc: Doc) -> list:
    """The verbs of the segment that a tie's type label opens with ('make trip to' -> 'make')."""
    return [doc[i] for i in where if doc[i].pos_ in ("VERB", "AUX") and first in (doc[i].lower_, doc[i].lemma_)]


def _inside(t, ent: int, tok_ent: list[int]) -> bool:
    return any(tok_ent[j] == ent for j in range(t.left_edge.i, t.right_edge.i + 1))


def _named_outside(t, ent: int, where: list[int], tok_ent: list[int]) -> bool:
    """Is ``ent`` named in the segment outside the phrase of ``t``?"""
    return any(tok_ent[j] == ent and not t.left_edge.i <= j <= t.right_edge.i for j in where)


def _singular(word: str) -> str:
    if word.endswith("es") and word[:-2] in DISPUTE_NOUNS:
        return word[:-2]  # 'clashes'
    return word[:-1] if word.endswith("s") else word


def _denying_verbs(tie: Tie, where: list[int], doc: Doc, tok_ent: list[int]) -> list:
    """The denied verbs of the tie's act whose phrase names its target: 'did not visit X', 'has no ties with X'."""
    first = tie[2].split()[0] if tie[2] else ""
    return [v for v in _verbs(first, where, doc) if _denied_verb(v) and _inside(v, tie[1], tok_ent)]


def _negated(tie: Tie, where: list[int], doc: Doc, tok_ent: list[int]) -> bool:
    if tie[3] is not Family.DIPLOMACY:
        return False  # 'does not recognize X's sovereignty', 'did not inform X': a refusal is itself hostile
    return bool(_denying_verbs(tie, where, doc, tok_ent))


def _relative_denial(tie: Tie, where: list[int], doc: Doc, tok_ent: list[int]) -> bool:
    """The denied verb sits in a relative clause ('X, which has no ties with Y, opened ...'): the denial is the
    clause's, so the pair stays open to what the main clause says of it."""
    denying = _denying_verbs(tie, where, doc, tok_ent)
    return bool(denying) and all(v.dep_ == "relcl" for v in denying)


def _denied_verb(v) -> bool:
    """'did not visit', 'neither supports ... nor has ties to', 'has no ties to'."""
    if any(c.dep_ == "neg" and c.lower_ in _NEGATIONS for c in v.children):
        return True
    if any(c.dep_ == "preconj" and c.lower_ == "neither" for c in v.children):
        return True
    if v.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ == "nor" for c in v.head.children):
        return True
    return any(c.dep_ == "dobj" and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children) for c in v.children)


def _others_clause(tie: Tie, where: list[int], doc: Doc, tok_ent: list[int]) -> bool:
    src, tgt, type_, _ = tie
    first = type_.split()[0] if type_ else ""
    deps = doc_column(doc, "dep_")
    for i in where:
        if deps[i] != "advcl":
            continue
        v = doc[i]
        if v.dep_ != "advcl" or v.pos_ not in ("VERB", "AUX"):
            continue
        if not any(c.dep_ == "mark" and c.lower_ in _CLAUSE_MARKS for c in v.children):
            continue
        if _inside(v, src, tok_ent) or not _inside(v, tgt, tok_ent):
            continue
        if _named_outside(v, tgt, where, tok_ent):
            continue  # 'A visited X in May, while B visited X in June': the main clause names X too
        if not any(first in (t.lower_, t.lemma_) for t in v.subtree):
            continue  # the tie's word is not the clause's
        doers = {tok_ent[c.i] for c in v.children if c.i < v.i and c.dep_ in _SUBJECT_DEPS and tok_ent[c.i] >= 0}
        if doers - {src}:
            return True
    return False


def _dispute_matter(tie: Tie, where: list[int], doc: Doc, tok_ent: list[int]) -> bool:
    src, tgt, type_, fam = tie
    if fam is not Family.HOSTILITY:
        return False
    first = type_.split()[0] if type_ else ""
    through = _singular(first) in DISPUTE_NOUNS  # 'tension with', 'clashes with': read off the noun
    lowered = doc_column(doc, "lower_")
    for i in where:
        if lowered[i] != "over":
            continue
        t = doc[i]
        if t.lower_ != "over" or t.head.lemma_.lower() not in DISPUTE_NOUNS:
            continue
        noun = t.head
        for end, other in ((tgt, src), (src, tgt)):
            # the matter is the object of 'over' itself ('over Taiwan'), not a possessor in it ('over Israel's
            # killing of ...': Israel is a doer there)
            matter = any(tok_ent[c.i] == end for c in t.children if c.dep_ == "pobj") or any(
                tok_ent[c.i] == end for p in t.children if p.dep_ == "pobj" for c in p.conjuncts
            )
            if not matter or (not through and _named_outside(t, end, where, tok_ent)):
                continue  # 'amid tensions over X, Y attacked X': the attack names X on its own
            if through or not _inside(noun, other, tok_ent):
                return True
    return False


def respective_pairs(
    where: list[int], doc: Doc, tok_ent: list[int], kind: Callable[[int], Kind]
) -> set[frozenset[int]]:
    """Cross pairs of 'A and B <title words>, X and Y' (two parties, a plural title, two officials)."""
    out: set[frozenset[int]] = set()
    runs: list[tuple[int, int]] = []  # (entity, first token) of each name in order, a token run per name
    ends: dict[tuple[int, int], int] = {}  # the last token of each run, within the segment
    inside = set(where)
    for i in where:
        ei = tok_ent[i]
        if ei < 0:
            continue
        if not runs or tok_ent[i - 1] != ei or i - 1 not in inside:
            runs.append((ei, i))
        ends[runs[-1]] = i
    for k in range(len(runs) - 3):
        (a, sa), (b, sb), (x, sx), (y, sy) = runs[k : k + 4]
        if kind(a) not in _PAIRED_PARTIES or kind(b) not in _PAIRED_PARTIES or a == b:
            continue
        if kind(x) is not Kind.OFFICIAL or kind(y) is not Kind.OFFICIAL or x == y:
            continue
        if [t.lower_ for t in doc[ends[(a, sa)] + 1 : sb]] != ["and"]:
            continue
        if [t.lower_ for t in doc[ends[(x, sx)] + 1 : sy]] != ["and"]:
            continue
        title = list(doc[ends[(b, sb)] + 1 : sx])
        if len(title) < 2 or len(title) > 5 or title[-1].text != "," or title[-2].tag_ != "NNS":
            continue
        if any(t.pos_ in ("VERB", "AUX", "ADP", "PUNCT") for t in title[:-1]):
            continue
        out |= {frozenset((a, y)), frozenset((b, x))}
    return out


def denied(
    stated: list[Tie],
    where: list[int],
    doc: Doc,
    tok_ent: list[int],
    kind: Callable[[int], Kind],
    refused: set[frozenset[int]],
) -> list[Tie]:
    """``stated`` without the ties the segment denies; the denied pairs join ``refused``."""
    cross = respective_pairs(where, doc, tok_ent, kind)
    refused |= cross
    out = []
    for tie in stated:
        src, tgt = tie[0], tie[1]
        pair = frozenset((src, tgt))
        negated = _negated(tie, where, doc, tok_ent)
        other = pair in cross or _others_clause(tie, where, doc, tok_ent) or _dispute_matter(tie, where, doc, tok_ent)
        if src != tgt and (negated or other):
            # a denial inside a relative clause drops the tie but leaves the pair open to the main clause; the
            # other vetoes refuse the pair whatever the sentence's relative clauses deny
            if other or not _relative_denial(tie, where, doc, tok_ent):
                refused.add(pair)
        else:
            out.append(tie)
    return out
