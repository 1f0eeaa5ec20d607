"""Features of a pair's sentence structure for the learned pair layer: lists, reports, appositions, clause roles."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from spacy.tokens import Span, Token

from core.extract.relations.lexicon import Lexicon

# dependency labels that say what kind of structure joins two names (a clause, a list, a description)
_STRUCTURE = frozenset(("appos", "relcl", "acl", "ccomp", "xcomp", "advcl", "conj", "pcomp", "attr", "agent", "dative"))


def _coord_root(t: Token) -> Token:
    """The first member of the coordinated list ``t`` belongs to ('A, B and C': A), or ``t`` itself."""
    for _ in range(12):
        if t.dep_ != "conj" or t.head.i == t.i:
            break
        t = t.head
    return t


def _members(root: Token) -> list[Token]:
    """The members of the list opened by ``root``, ``root`` included."""
    out, todo = [], [root]
    while todo and len(out) < 16:
        t = todo.pop()
        out.append(t)
        todo.extend(c for c in t.children if c.dep_ == "conj")
    return out


def top_under(t: Token, stop: Token) -> Token | None:
    """The child of ``stop`` on the way up from ``t`` (None when ``stop`` is not above ``t``)."""
    for _ in range(16):
        if t.head.i == stop.i and t.i != stop.i:
            return t
        if t.head.i == t.i:
            return None
        t = t.head
    return None


def _speaker_verb(t: Token, lex: Lexicon) -> Token | None:
    """The reporting verb ``t`` is the subject of ('X said'; 'X's ministry said'), or the 'according to X'."""
    if t.dep_ == "poss" and t.head.dep_.startswith("nsubj"):
        t = t.head
    if t.dep_.startswith("nsubj") and t.head.lemma_.lower() in lex.reporting_verbs:
        return t.head
    if t.dep_ == "pobj" and t.head.lower_ == "to" and t.head.head.lower_ == "according":
        return t.head.head.head if t.head.head.head.i != t.head.head.i else t.head.head
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
    feats: list[str] = []
    # lists: the two inside one coordinated list, or a list partner of one tied by the rules to the other
    ra, rb = _coord_root(a), _coord_root(b)
    if ra.i == rb.i:
        feats += ["co_list", f"co_list_k={kinds}"]
    for mine, other, root in ((ea, eb, ra), (eb, ea, rb)):
        for m in _members(root):
            partner = tok_ent[m.i]
            if partner in (-1, mine, other):
                continue
            for fam in ties.get(frozenset((partner, other)), ()):
                feats += [f"co_partner={fam}", f"co_partner_k={kinds}|{fam}"]
    # reports: one names the speaker of a reporting verb, the other sits in what it says
    for side, s, o in (("a", a, b), ("b", b, a)):
        verb = _speaker_verb(s, lex)
        if verb is None:
            continue
        top = top_under(o, verb)
        where = top.dep_ if top is not None else "outside"
        feats += [f"rp_speaker={side}|{where}", f"rp_speaker_k={kinds}|{side}|{where}"]
    # apposition and the roles of the two under their common head ('X, a Y ally'; 'X seized Y')
    if b.dep_ == "appos" and (b.head.i == a.i or _coord_root(b.head).i == a.i):
        feats.append(f"st_appos_k={kinds}")
    deps = {t.dep_ for t in path} & _STRUCTURE
    feats += [f"st_dep={d}" for d in sorted(deps)]
    role_a, role_b = (_role(t, lca) for t in (a, b))
    feats += [f"ar_roles={role_a}-{role_b}", f"ar_roles_k={kinds}|{role_a}-{role_b}"]
    if lca.pos_ in ("VERB", "AUX", "NOUN") and not lca.ent_type_ and lca.is_alpha:
        feats.append(f"ar_roles_lemma={role_a}-{role_b}|{lca.lemma_.lower()}")
    # how many other names lie between the two
    others = {e for e in tok_ent[a.i + 1 : b.i] if e not in (-1, ea, eb)}
    feats.append(f"eb_between={min(len(others), 3)}")
    return feats


def _role(t: Token, lca: Token) -> str:
    """The dependency label under which ``t`` hangs from ``lca`` ('nsubj', 'dobj', 'prep'), or 'lca'."""
    if t.i == lca.i:
        return "lca"
    top = top_under(t, lca)
    return top.dep_ if top is not None else "lca"


def sentence_words(sent: Span) -> list[str]:
    """Family cue words of a sentence, the same for every pair in it: its general verbs' and nouns' lemmas."""
    return sorted(
        {f"fc_word={t.lemma_.lower()}" for t in sent if t.pos_ in ("VERB", "NOUN") and not t.ent_type_ and t.is_alpha}
    )
