"""A speaker's report that a state does harm is the speaker's hostility to that state as well as a report.

'X said Peru was one of the worst violators of fishing rules', 'X added that the Chilean government had a long
record of animosity towards fishermen', 'According to X, Peru has insulted ...', 'X warned of Chilean interference':
the speaker (an official) reports on the state and, in the same words, accuses it. The reported clause is typed
REPORTING by the speech rules; this adds the HOSTILITY the words carry, and only where the state is the doer of the
harm named: the subject of a 'be'/'have' clause or of an inflicting verb holding the word ('Peru was ... violators',
"Peru's test ... led to a new threat"), the word's own owner or modifier ('Chilean interference', "Peru's aggressive
tactics"), the harm verb's subject ('Peru has insulted'), or what the speaker calls it ("described Peru's decision as
an act of interference"). A state only harmed, meeting a harm or aimed at ('interfere with the Peruvian election',
'Peru faces a threat', 'a victim of aggression') is not accused, nor one in a negated or 'if' clause. Measured over
blind30..84 on the official → state pairs typed only REPORTING whose sentence holds such a word: gold says HOSTILITY
on 12 of 17 gold pairs (the rest mostly a speaker on his own state); with the clause checks, the 12 ties it adds over
every bench set are all on gold HOSTILITY pairs. The accusation takes the place of the pair's REPORTING tie in that
sentence rather than sitting beside it: the gold's conventions type a speaker's accusation as hostility only (the
reviews of earlier sets: about 360 of 364 such pairs), and two families on one pair would only hedge the family.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Doc, Token

from core.extract.relations.harmful_conduct import INFLICTING
from core.extract.relations.syntax import Tie
from core.model import Family, Kind

# word starts that name a harm done or an enmity held ('violators', 'animosity', 'meddling', 'threats')
_HARM_STEMS = (
    "violat",
    "animosit",
    "insult",
    "meddl",
    "aggress",
    "threat",
    "interfer",
    "hostil",
    "provocat",
    "unfriendl",
)
# a state's name on its deed ('Russian interference', "India's test", "the Kremlin's tactics")
_OWNER_DEPS = frozenset({"poss", "amod", "compound", "nmod", "det"})
# the doer only: a passive subject undergoes the harm ('Y was threatened by ...', 'Y was insulted')
_SUBJECT_DEPS = frozenset({"nsubj"})
# 'described Mexico's decision as an act of interference', 'accused Iran of meddling': the object is the doer
_NAMING = frozenset({"describe", "call", "brand", "label", "term", "accuse", "blame", "condemn", "denounce"})
# verbs whose subject holds or does the harm its clause names ('was one of the worst violators', 'had a record of
# animosity', 'poses a threat'); harmful_conduct.py's inflicting verbs
_LINKS = frozenset({"be", "remain", "become", "have"})
# verbs whose subject does what its clause names: a link ('was ... violators'), an inflicting verb, 'lead to'
_DOING = _LINKS | INFLICTING | {"lead"}
_IFS = frozenset({"if", "unless", "whether"})
# nouns of who undergoes a harm: 'Y was a victim of aggression', 'Y was the target of threats'; and of who stops,
# refuses or opposes one: 'a cessation of hostilities', 'no intention of interfering', 'an opponent of aggression',
# 'resistance to aggression', 'a policy against meddling'
_SUFFERERS = frozenset({"victim", "target", "casualty", "survivor", "object"})
_OPPOSERS = frozenset(
    {
        "cessation",
        "end",
        "halt",
        "stop",
        "intention",
        "intent",
        "commitment",
        "opponent",
        "opposition",
        "resistance",
        "fight",
        "struggle",
        "against",
        "prevention",
        "ban",
        "condemnation",
        "free",
        "rejection",
        "renunciation",
    }
)
# clauses of their own under a verb: a harm named there is another doer's
_OWN_CLAUSES = frozenset({"ccomp", "advcl", "relcl", "xcomp", "csubj", "acl", "parataxis"})


def _harm(t: Token) -> bool:
    """A word that names a harm by its start ('violators', 'meddling'); not one inside another ('non-interference')."""
    if t.i >= 2 and t.nbor(-1).text == "-" and t.nbor(-2).lower_ == "non":
        return False  # 'non-interference', split by the tokenizer
    return t.lower_.startswith(_HARM_STEMS)


def _clause_words(v: Token) -> list[Token]:
    """The words of ``v``'s clause and of the verbs joined to it ('created ... and led to'), not of its clauses."""
    out, todo = [], [v]
    while todo:
        t = todo.pop()
        out.append(t)
        todo.extend(c for c in t.children if c.dep_ not in _OWN_CLAUSES and not _other_deed(c))
    return out


def _other_deed(c: Token) -> bool:
    """'Greece is a small country and it faces a threat': a joined verb that only meets a harm is no deed of its
    subject's."""
    if c.dep_ != "conj" or c.pos_ not in ("VERB", "AUX") or _harm(c):
        return False
    return c.lemma_.lower() not in _DOING


def _accused(s: Token) -> bool:
    """Whether the state's word ``s`` is the doer of a harm its sentence names."""
    t = s
    for _ in range(4):  # 'the Kremlin's aggressive tactics', 'Russian interference': the word on the state's noun
        # the noun itself or a word right on it, not one further in ('Chilean resistance to aggression')
        on_noun = [t, *(c for c in t.children if c.dep_ in ("amod", "compound"))]
        if t.i != s.i and any(_harm(x) and not _denied(x) for x in on_noun):
            return True
        if t.dep_ not in _OWNER_DEPS or t.head.i == t.i:
            break
        t = t.head
    verb = t.head
    if any(c.dep_ == "neg" or (c.dep_ == "mark" and c.lower_ in _IFS) for c in verb.children):
        return False  # 'Y does not pose a threat', 'if Y poses a threat' (as harmful_conduct.py)
    if _harm(verb) and t.dep_ in _SUBJECT_DEPS:
        return True  # 'the Netherlands has insulted ...'
    lemma = verb.lemma_.lower()
    # not 'Y faces a threat', 'Y discussed the threat'
    doing = lemma in _DOING
    if t.dep_ == "dobj" and lemma in _NAMING:
        # what the speaker calls it, on the object in the parse: "described X's decision as an act of interference"
        called = [x for c in t.children if c.lower_ == "as" for x in c.subtree]
        if any(_harm(x) and not _denied(x) for x in called):
            return True
    if (t.dep_ in _SUBJECT_DEPS and doing) or (t.dep_ == "dobj" and lemma in _NAMING):
        own = {x.i for x in t.subtree}
        return any(_harm(x) and not _denied(x) for x in _clause_words(verb) if x.i not in own)
    return False


def _denied(x: Token) -> bool:
    """'poses no threat', 'was a victim of aggression', 'has no intention of interfering', 'a cessation of
    hostilities', 'an opponent of aggression': no harm done, one done to the subject, or one stopped or opposed. The
    words from the harm up to its clause's verb are read."""
    path = [x]
    for a in x.ancestors:
        if a.pos_ in ("VERB", "AUX") and a.i != x.i:
            break
        path.append(a)
    for t in path:
        if any(m.dep_ in ("det", "neg") and m.lower_ in ("no", "never", "not") for m in t.children):
            return True
        if t.lemma_.lower() in _SUFFERERS or t.lemma_.lower() in _OPPOSERS or t.lower_ in _OPPOSERS:
            return True
    return False


def accused_states(
    stated: Sequence[Tie], doc: Doc, idx: Sequence[int], tok_ent: Sequence[int], kind: Callable[[int], Kind]
) -> list[Tie]:
    """``stated`` with an official's 'accused' HOSTILITY tie, in place of his REPORTING tie, to each state his reported
    words name as a harm's doer."""
    own = {frozenset((src, tgt)) for src, tgt, _, fam in stated if fam in (Family.LEADERSHIP, Family.MEMBERSHIP)}
    reports = {
        (src, tgt) if kind(src) is Kind.OFFICIAL else (tgt, src)
        for src, tgt, _, fam in stated
        if fam is Family.REPORTING and {kind(src), kind(tgt)} == {Kind.OFFICIAL, Kind.STATE}
    }
    reports = {(o, s) for o, s in reports if frozenset((o, s)) not in own}
    if not reports:
        return list(stated)
    states = {s for _, s in reports}
    accused = {tok_ent[i] for i in idx if tok_ent[i] in states and _accused(doc[i])}
    have = {(src, tgt) for src, tgt, _, fam in stated if fam is Family.HOSTILITY}
    added = [(o, s, "accused", Family.HOSTILITY) for o, s in sorted(reports) if s in accused and (o, s) not in have]
    if not added:
        return list(stated)
    replaced = {frozenset((o, s)) for o, s, _, _ in added}
    kept = [t for t in stated if not (t[3] is Family.REPORTING and frozenset((t[0], t[1])) in replaced)]
    return [*kept, *added]
