"""Senses of a few verbs the lexicon's one family per verb reads wrong: whom or what the act is done with decides."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from core.extract.kb import lexicon_set
from core.extract.relations.asylum import asylum_family
from core.extract.relations.envoy_appointments import envoy_family
from core.extract.relations.summons import summons_family
from core.model import Family, Kind

# 'economic cooperation' is business between partners, not the alliance plain 'cooperation' is (families.py)
CIVIL = frozenset(
    {"economic", "economically", "trade", "commercial", "business", "investment", "financial", "scientific"}
    | {"cultural", "educational", "energy", "technical", "technological", "academic", "agricultural"}
)
# 'reducing its cooperation with X', 'curtailed contacts with Y': cutting back a tie is hostile, as cutting it is
# (lexicon 'negating_verbs'); not trade ('reduced its oil imports from X' is still trade); 'scale' only 'back'/'down'
CURTAILING = frozenset({"reduce", "curtail", "scale", "limit", "restrict", "downscale", "minimise", "minimize"})
# 'refuses to recognise Kosovo's independence', 'declined to meet the envoy': a positive act refused (families.py)
REFUSING = frozenset({"refuse", "decline"})
# ... and stopped: 'stopped cooperating with X'
_STOPPING = REFUSING | {"stop", "cease", "halt", "suspend", "end"}
# 'at loggerheads with X' ('at odds' is a relation noun); 'in a dispute with X', 'in conflict with X': a quarrel with X.
_AT_ODDS = frozenset({"loggerheads", "loggerhead", "war"})  # "odds": a relation noun (relations.json)
_QUARRELS = frozenset({"dispute", "conflict", "feud", "standoff", "row", "spat"})
# 'resolved a border dispute with X', 'settled the row with Y': making peace is diplomacy, not the quarrel
_RESOLVING = frozenset({"resolve", "settle", "defuse"})
# titles of a visiting official a host welcomes: 'welcomed Chinese President X', "welcomed China's Foreign Minister"
_VISITING_TITLES = frozenset(
    {"president", "minister", "premier", "king", "queen", "prince", "chancellor", "secretary", "envoy", "ambassador"}
    | {"emir", "sultan", "counterpart", "delegation", "leader", "chairman", "vice-president", "governor"}
)
# 'a key mediating role with X', 'an intermediary role between': a role that names a go-between's work
_GO_BETWEEN = frozenset({"mediating", "mediation", "mediator", "intermediary", "facilitating", "facilitator"})
# 'ordered the firm X to halt shipments', 'directed Y to suspend its operations': an authority's order stopping a
# firm's, a ship's or a person's business is a measure on it (a state so ordered reads as a demand, families.py)
_HALTING = _STOPPING | {"shut", "close", "cancel", "divest", "sell"}
# ... but a judge ordering 'the administration' to halt deportations rules on a government, no measure on it
_GOVERNING = frozenset({"administration", "government", "ministry", "department", "cabinet", "authorities", "state"})


def cooperating_partners(v: Token) -> bool:
    """'X cooperates with Y', 'A and B are cooperating': partners, unless the work is civil ('cooperate on energy')
    or the cooperation refused or stopped."""
    if any(t.lower_ in CIVIL for t in v.subtree):
        return False
    return not (any(c.dep_ == "neg" for c in v.children) or (v.dep_ == "xcomp" and v.head.lemma_.lower() in _STOPPING))


def verb_sense(
    v: Token,
    noun: Token | None,
    prep: str | None,
    targets: frozenset[int],
    kind: Callable[[int], Kind],
    doers: Callable[[Token], frozenset[int]] | None = None,
) -> Family | None:
    """The family a verb states in these shapes, or None where the lexicon's reading stands:
    - 'X joined Y' with Y a person ('Cohen joined Netanyahu at the announcement'): at Y's side, not Y's member;
    - 'X cooperates with Y' as 'cooperation with Y' is: partners (ALLIANCE) unless the work is civil ('cooperate
      on energy');
    - 'played a mediating role with Y': a go-between's dealings with Y (DIPLOMACY), not membership of Y;
    - 'resolved a dispute with Y': peace made with Y (DIPLOMACY), not the dispute's hostility;
    - 'X welcomed Y' with Y a person: a host's welcome of a visitor (DIPLOMACY), not the backing welcoming a
      decision is;
    - 'X ordered the firm Y to halt shipments': a measure on Y (ENFORCEMENT), unless Y is a state;
    - 'X summoned Y for questioning': a legal summons (ENFORCEMENT), not an envoy's (summons.py);
    - 'X nominated Y to become its ambassador', 'appoint an ambassador to Z' (envoy_appointments.py);
    - 'X granted asylum to Y' (ALLIANCE), 'Y fled to X', 'sought refuge in X' (DIPLOMACY) (asylum.py)."""
    lemma = v.lemma_.lower()
    if not targets:
        return None
    summons = summons_family(v)
    if summons is not None:
        return summons  # 'summoned X for questioning', 'summoned to court' (summons.py)
    asylum = asylum_family(v, noun, prep)
    if asylum is not None:
        return asylum  # 'granted asylum to Y' backs Y; 'fled to Y', 'sought refuge in Y' deals with Y (asylum.py)
    if lemma == "join" and prep is None and noun is None and all(kind(e) is Kind.OFFICIAL for e in targets):
        return Family.ALLIANCE
    envoy = envoy_family(v, noun, prep)
    subjects = doers(v) if envoy is Family.MEMBERSHIP and doers is not None else frozenset()
    if envoy is Family.MEMBERSHIP and not (subjects and all(kind(e) in (Kind.STATE, Kind.PARTY) for e in subjects)):
        # only a state or a body names its envoy: 'Biden designated Y to serve as envoy' leads Y
        envoy = Family.LEADERSHIP if all(kind(e) is Kind.OFFICIAL for e in targets) else None
    if envoy is not None and (envoy is Family.DIPLOMACY or all(kind(e) is Kind.OFFICIAL for e in targets)):
        return envoy  # 'nominated Y to become its ambassador', 'appoint an ambassador to Z' (envoy_appointments.py)
    if lemma == "cooperate" and prep in ("with", None) and not any(t.lower_ in CIVIL for t in v.subtree):
        return Family.ALLIANCE if cooperating_partners(v) else None
    if (
        noun is not None
        and noun.lemma_.lower() == "role"
        and prep in ("with", "between")
        and any(c.dep_ in ("amod", "compound") and c.lower_ in _GO_BETWEEN for c in noun.children)
    ):
        return Family.DIPLOMACY
    if noun is not None and prep in ("with", "at", "in") and _at_odds(noun):
        return Family.HOSTILITY
    if lemma in _RESOLVING and noun is not None and noun.lemma_.lower() in _QUARRELS and prep == "with":
        return Family.DIPLOMACY  # 'had resolved a border dispute with X': making peace, not the quarrel
    if lemma == "welcome" and prep is None and noun is None and all(kind(e) is Kind.OFFICIAL for e in targets):
        return Family.DIPLOMACY if hosted(v) else None  # 'welcomed China's Foreign Minister X': a host's welcome
    if (
        lemma in ("order", "direct")
        and prep is None
        and noun is None
        and all(kind(e) is not Kind.STATE for e in targets)
        and any(c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in _HALTING for c in v.children)
        and not any(c.dep_ == "dobj" and (c.lemma_.lower() in _GOVERNING or _a_force(c)) for c in v.children)
    ):
        return Family.ENFORCEMENT  # 'ordered the chipmaker X to halt shipments to Y'
    return None


# attack verbs that 'out' turns to another act: 'shelled out millions to X' pays, 'pounded out a tune' or 'a deal'
# hammers it out
_PAYING_OUT = frozenset({"shell", "pound"})


# 'bombarded the minister with letters', 'pounded X with questions': a flood of words, no attack
_BARRAGE_VERBS = frozenset({"bombard", "pound", "pepper", "shell", "blitz"})
_MESSAGES = frozenset(
    {"question", "letter", "message", "call", "request", "email", "e-mail", "complaint", "query", "inquiry"}
    | {"enquiry", "demand", "petition", "text", "tweet", "criticism", "appeal", "comment", "invitation", "offer"}
)
# weather and earth that 'pound', 'hit', 'batter' a place: no attacker ('Hurricane Milton pounded the coast')
_STORMS = frozenset(
    {"storm", "hurricane", "typhoon", "cyclone", "quake", "earthquake", "tornado", "flood", "floods", "wildfire"}
    | {"tsunami", "blizzard", "monsoon", "rain", "rains", "snow", "heatwave", "tremor", "aftershock", "wind", "winds"}
)

# kinds that name a storm before its given name ('Hurricane Milton'; not 'Storm', as in 'Storm Shadow')
_NAMED_STORMS = frozenset({"hurricane", "typhoon", "cyclone", "tropical"})


def paid_out(v: Token) -> bool:
    """'The firm shelled out millions to X', 'X pounded out Y's tunes': 'shell' or 'pound' with the particle 'out'
    spends money or hammers something out, no attack on what it names; so is a barrage of words ('bombarded the
    minister with letters') and a storm's or a quake's blow ('Hurricane Milton pounded the coast')."""
    lemma = v.lemma_.lower()
    if lemma in _PAYING_OUT and any(c.dep_ == "prt" and c.lower_ == "out" for c in v.children):
        return True
    if lemma in _BARRAGE_VERBS and any(
        c.dep_ == "prep" and c.lower_ == "with" and any(p.lemma_.lower() in _MESSAGES for p in c.children)
        for c in v.children
    ):
        return True
    return any(c.dep_ == "nsubj" and _a_storm(c) for c in v.children)


def _a_storm(subj: Token) -> bool:
    """'the storm', 'heavy rains', or a storm named by its kind ('Hurricane Milton', 'Typhoon Haiyan'); not 'Storm
    Shadow missiles', whose head is the weapon."""
    if subj.lemma_.lower() in _STORMS or subj.lower_ in _STORMS:
        return True
    first = subj.doc[subj.left_edge.i]
    if first.lower_ == "the" and first.i < subj.i:
        first = subj.doc[first.i + 1]
    return subj.pos_ == "PROPN" and first.i < subj.i and first.lower_ in _NAMED_STORMS


def _a_force(noun: Token) -> bool:
    """ "ordered the Navy / the Coast Guard / its troops to stop the tanker": a command to one's own forces, no
    measure on them."""
    compound = [t.lower_ for t in noun.lefts if t.dep_ == "compound"][-1:]
    forces = lexicon_set("force_nouns") | {"troops", "forces", "soldiers", "guards"}
    return noun.lower_ in forces or " ".join([*compound, noun.lower_]) in forces


def hosted(v: Token) -> bool:
    """A welcome given by a host to a visiting official: the guest's title is named ('welcomed Chinese President
    X') or the welcome has its place or its reception ('welcomed at the airport', 'with a lavish reception'); not
    'welcoming X to South Korea' (a defector greeted by a fellow exile: the annotated sets read that as backing)."""
    if any(c.dep_ == "prep" and c.lower_ in ("at", "with") for c in v.children):
        return True
    guests = [c for c in v.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(t.lower_ in _VISITING_TITLES for g in guests for t in g.subtree if t.i <= g.i)


def cuts_back(v: Token) -> bool:
    """A verb of CURTAILING that cuts a tie back: 'scaled back', not 'scaled up'; 'limit cooperation to trade' keeps
    the tie and only bounds it."""
    if v.lemma_.lower() == "scale" and not any(c.dep_ == "prt" and c.lower_ in ("back", "down") for c in v.children):
        return False
    objects = {c.i for c in v.children if c.dep_ == "dobj"}
    return not any(
        t.lower_ == "to" and t.i > v.i and (t.head.i == v.i or t.head.i in objects or t.head.head.i in objects)
        for t in v.subtree
    )  # 'to' on the verb or its object ('to trade' parsed on 'cooperation'), not 'according to', 'in response to'


def _at_odds(noun: Token) -> bool:
    """'has been at odds with X', 'at loggerheads with X', 'in a dispute with X': a standing quarrel with X."""
    if not any(c.dep_ == "prep" and c.lower_ == "with" for c in noun.children):
        return False  # the quarrel is with the target: 'at odds with X', not 'at war' alone
    head = noun.head.lower_ if noun.dep_ == "pobj" else ""
    return (head == "at" and noun.lemma_.lower() in _AT_ODDS) or (head == "in" and noun.lemma_.lower() in _QUARRELS)
