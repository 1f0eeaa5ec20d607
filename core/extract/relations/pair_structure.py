"""Features of a pair's sentence structure for the learned pair layer: lists, reports, appositions, clause roles.

The tree walks step through token indexes over the per-document columns of ``core.extract.nlp`` (heads, children,
labels), not through spaCy ``Token`` objects: every ``.head`` or ``.children`` step would build a new one.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from spacy.tokens import Doc, Span, Token

from core.extract.nlp import doc_children, doc_column, doc_heads, doc_lemma_lower
from core.extract.relations.lexicon import Lexicon

# dependency labels that say what kind of structure joins two names (a clause, a list, a description)
_STRUCTURE = frozenset(("appos", "relcl", "acl", "ccomp", "xcomp", "advcl", "conj", "pcomp", "attr", "agent", "dative"))


def _coord_root(t: int, heads: list[int], dep: list[str]) -> int:
    """The first member of the coordinated list ``t`` belongs to ('A, B and C': A), or ``t`` itself."""
    for _ in range(12):
        if dep[t] != "conj" or heads[t] == t:
            break
        t = heads[t]
    return t


def _members(root: int, children: list[list[int]], dep: list[str]) -> list[int]:
    """The members of the list opened by ``root``, ``root`` included."""
    out, todo = [], [root]
    while todo and len(out) < 16:
        t = todo.pop()
        out.append(t)
        todo.extend(c for c in children[t] if dep[c] == "conj")
    return out


def top_index(t: int, stop: int, heads: list[int]) -> int | None:
    """The child of ``stop`` on the way up from token ``t`` (None when ``stop`` is not above ``t``)."""
    for _ in range(16):
        h = heads[t]
        if h == stop and t != stop:
            return t
        if h == t:
            return None
        t = h
    return None


def top_under(t: Token, stop: Token) -> Token | None:
    """The child of ``stop`` on the way up from ``t`` (None when ``stop`` is not above ``t``)."""
    top = top_index(t.i, stop.i, doc_heads(t.doc))
    return None if top is None else t.doc[top]


def _speaker_verb(
    t: int, heads: list[int], dep: list[str], low: list[str], lemma: list[str], lex: Lexicon
) -> int | None:
    """The reporting verb ``t`` is the subject of ('X said'; 'X's ministry said'), or the 'according to X'."""
    if dep[t] == "poss" and dep[heads[t]].startswith("nsubj"):
        t = heads[t]
    if dep[t].startswith("nsubj") and lemma[heads[t]] in lex.reporting_verbs:
        return heads[t]
    if dep[t] == "pobj" and low[heads[t]] == "to" and low[heads[heads[t]]] == "according":
        according = heads[heads[t]]
        return heads[according]
    return None


def structure_features(
    a: Token,
    b: Token,
    ea: int,
    eb: int,
    kinds: str,
    lca: Token,
    path: Sequence[Token],
    tok_ent: Sequence[int],
    ties: Mapping[frozenset[int], frozenset[str]],
    lex: Lexicon,
) -> list[str]:
    """What the structure between mention heads ``a`` (entity ``ea``, first) and ``b`` (``eb``) says; ``lca`` is
    their lowest common head, ``path`` the tokens from each up to it, ``tok_ent`` each token's entity (-1: none)
    and ``ties`` the families the rules gave pairs of entities in this sentence."""
    return index_structure_features(a.doc, a.i, b.i, ea, eb, kinds, lca.i, [t.i for t in path], tok_ent, ties, lex)


def index_structure_features(
    doc: Doc,
    a: int,
    b: int,
    ea: int,
    eb: int,
    kinds: str,
    lca: int,
    path: Sequence[int],
    tok_ent: Sequence[int],
    ties: Mapping[frozenset[int], frozenset[str]],
    lex: Lexicon,
) -> list[str]:
    """``structure_features`` on token indexes of ``doc``."""
    heads, children, dep = doc_heads(doc), doc_children(doc), doc_column(doc, "dep_")
    feats: list[str] = []
    # lists: the two inside one coordinated list, or a list partner of one tied by the rules to the other
    ra, rb = _coord_root(a, heads, dep), _coord_root(b, heads, dep)
    if ra == rb:
        feats += ["co_list", f"co_list_k={kinds}"]
    for mine, other, root in ((ea, eb, ra), (eb, ea, rb)):
        for m in _members(root, children, dep):
            partner = tok_ent[m]
            if partner in (-1, mine, other):
                continue
            for fam in ties.get(frozenset((partner, other)), ()):
                feats += [f"co_partner={fam}", f"co_partner_k={kinds}|{fam}"]
    # reports: one names the speaker of a reporting verb, the other sits in what it says
    low, lemma = doc_column(doc, "lower_"), doc_lemma_lower(doc)
    for side, s, o in (("a", a, b), ("b", b, a)):
        verb = _speaker_verb(s, heads, dep, low, lemma, lex)
        if verb is None:
            continue
        top = top_index(o, verb, heads)
        where = dep[top] if top is not None else "outside"
        feats += [f"rp_speaker={side}|{where}", f"rp_speaker_k={kinds}|{side}|{where}"]
    # apposition and the roles of the two under their common head ('X, a Y ally'; 'X seized Y')
    if dep[b] == "appos" and (heads[b] == a or _coord_root(heads[b], heads, dep) == a):
        feats.append(f"st_appos_k={kinds}")
    deps = {dep[t] for t in path} & _STRUCTURE
    feats += [f"st_dep={d}" for d in sorted(deps)]
    role_a, role_b = (_role(t, lca, heads, dep) for t in (a, b))
    feats += [f"ar_roles={role_a}-{role_b}", f"ar_roles_k={kinds}|{role_a}-{role_b}"]
    pos, ent, alpha = (doc_column(doc, c) for c in ("pos_", "ent_type_", "is_alpha"))
    if pos[lca] in ("VERB", "AUX", "NOUN") and not ent[lca] and alpha[lca]:
        feats.append(f"ar_roles_lemma={role_a}-{role_b}|{lemma[lca]}")
    # how many other names lie between the two
    others = {e for e in tok_ent[a + 1 : b] if e not in (-1, ea, eb)}
    feats.append(f"eb_between={min(len(others), 3)}")
    return feats


def _role(t: int, lca: int, heads: list[int], dep: list[str]) -> str:
    """The dependency label under which ``t`` hangs from ``lca`` ('nsubj', 'dobj', 'prep'), or 'lca'."""
    if t == lca:
        return "lca"
    top = top_index(t, lca, heads)
    return dep[top] if top is not None else "lca"


def sentence_words(sent: Span) -> list[str]:
    """Family cue words of a sentence, the same for every pair in it: its general verbs' and nouns' lemmas."""
    doc = sent.doc
    pos, ent, alpha = (doc_column(doc, c) for c in ("pos_", "ent_type_", "is_alpha"))
    lemma = doc_lemma_lower(doc)
    return sorted(
        {
            f"fc_word={lemma[i]}"
            for i in range(sent.start, sent.end)
            if pos[i] in ("VERB", "NOUN") and not ent[i] and alpha[i]
        }
    )
