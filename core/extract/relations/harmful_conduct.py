"""A side's conduct said to do harm, in reported words: 'X said Y's development of missiles poses a serious threat',
'X said Y is undermining the talks', 'X said Y conducted malicious cyber operations', '"Y seeks to stifle the
panel," X said' — the speaker, an official or a state body, faults the side that the clause's subject names (gold
HOSTILITY, not REPORTING). The clause is the one the target's name opens as subject (through possessives and
modifiers: "Y's forces", 'the Y government'); its verb harms by itself ('undermine', 'jeopardise', 'stifle'), or
its object or complement is a harm ('a threat', 'a pretext', 'at fault') or a deed a blaming adjective qualifies
('malicious operations'). 'be' clauses are evaluations.py's. A negated or conditional verb faults no one (a hedged
one does: 'would jeopardise'); a subject that only meets a harm, or acts against it, is not faulted ('Y faces a
threat', 'Y was working to counter the threat'), whichever verb of the chain says so; and a harm object or 'as'
phrase faults only after a verb that inflicts it ('poses a threat', 'uses X as a pretext'; not 'regards the launch as
a provocation', 'plans to tackle disinformation', 'discussed the threat')."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from core.extract.relations.condemned_conduct import AGAINST
from core.extract.relations.evaluations import BLAMING, subject_head

# verbs that do harm to what they take: 'undermines Z's credibility', 'would jeopardise the efforts'
HARMING = frozenset(
    {"undermine", "jeopardize", "jeopardise", "endanger", "imperil", "stifle", "sabotage", "destabilize"}
    | {"destabilise", "harm", "damage", "erode", "undercut", "obstruct", "subvert", "meddle", "interfere"}
)
# what a harmful deed is or is used as: 'poses a threat', 'as a pretext', 'was at fault', 'spreading propaganda'
_HARMS = frozenset(
    {"threat", "danger", "menace", "pretext", "provocation", "fault", "propaganda", "disinformation", "blackmail"}
    | {"intimidation", "coercion", "interference", "aggression"}
)
# verbs that only undergo or meet what their object names ('faces a threat', 'fears aggression'), or fight, end or
# expose it ('has stopped the intimidation of voters': condemned_conduct's verbs)
_UNDERGOING = frozenset({"face", "fear", "suffer", "endure", "receive", "see", "perceive"}) | AGAINST
# verbs that inflict or carry out the harm they take: 'poses a threat', 'spreading propaganda', 'using X as a pretext'
INFLICTING = frozenset(
    {"pose", "use", "spread", "commit", "conduct", "constitute", "represent", "carry", "wage", "engage", "employ"}
    | {"launch", "stage", "mount", "perpetrate", "orchestrate", "sow", "fuel", "cause", "create", "exploit"}
)
_LINKS = frozenset({"be", "remain", "become"})
_IFS = frozenset({"if", "unless", "whether"})
_OBJECTS = ("dobj", "attr", "oprd", "acomp", "dative")


def _harm_in(v: Token, tok_ent: Sequence[int]) -> str | None:
    """The harming word among a verb's objects, complements and their 'as'/'at' phrases."""
    for c in v.children:
        words: list[Token] = []
        if c.dep_ in _OBJECTS:
            words = [c, *c.conjuncts]
        elif c.dep_ == "prep" and c.lower_ in ("as", "at", "in"):
            words = [p for p in c.children if p.dep_ == "pobj"]
        for w in words:
            if tok_ent[w.i] >= 0:
                continue
            if any(m.dep_ == "det" and m.lower_ == "no" for m in w.children):
                continue  # 'poses no threat'
            if w.lemma_.lower() in _HARMS:
                return w.lemma_.lower()
            for m in w.children:
                if m.dep_ == "amod" and m.lemma_.lower() in BLAMING:
                    return m.lemma_.lower()  # 'conducted malicious cyber operations'
    return None


def harmful_conduct(t: Token, tok_ent: Sequence[int], ent: int) -> tuple[str, Token] | None:
    """The harming word and its clause's verb when the target's name opens the subject of a clause whose verb, or
    a verb it reaches by 'to' ('seeks to stifle'), does harm; None otherwise."""
    s = subject_head(t, tok_ent, ent)
    if s.dep_ != "nsubj":
        return None
    v = s.head
    if v.pos_ not in ("VERB", "AUX") or v.lemma_.lower() in _LINKS or v.lemma_.lower() in _UNDERGOING:
        return None
    chain = [v]
    for _ in range(3):  # 'seeks to eliminate the mandate to stifle publication'
        # an infinitive the verb, or its object, hangs on: 'to stifle' after 'the mandate' is the purpose still
        heads = [chain[-1], *(c for c in chain[-1].children if c.dep_ == "dobj")]
        nxt = [
            c
            for h in heads
            for c in h.children
            if c.dep_ in ("xcomp", "advcl", "acl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        ]
        if not nxt:
            break
        chain.append(nxt[0])
    for x in chain:
        if any(c.dep_ == "neg" or c.lower_ == "never" or (c.dep_ == "mark" and c.lower_ in _IFS) for c in x.children):
            return None  # 'does not undermine', 'if Y poses a threat' (a hedge, 'would jeopardise', still faults)
        if x.lemma_.lower() in _UNDERGOING:
            return None  # 'Y was working to counter the threat'
        if x.lemma_.lower() in HARMING:
            return x.lemma_.lower(), v
        if x.lemma_.lower() not in INFLICTING:
            continue  # 'regarded the launch as a provocation', 'plans to tackle disinformation'
        word = _harm_in(x, tok_ent)
        if word is not None:
            return word, v
    return None
