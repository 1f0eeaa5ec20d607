"""Families the words of a sentence settle after the rules ran: whose a sanction hits, who commands a ship, and
which war two joined names fight.

- A listing act (a sanction, a designation, a ban) that reaches a state through what it names ('sanctions on
  Iran's morality police', 'against 16 Venezuelan officials', 'barring imports of Venezuelan oil') is a policy
  against the state: HOSTILITY in every annotated set, while the same act on the person, firm or ship named stays
  ENFORCEMENT.
- 'Capt. X, commanding officer of the Cutter Y': the officer commanding a ship or unit leads it (LEADERSHIP),
  where a plain 'officer of' is a member.
- 'X agreed to pay a $300m penalty, the Commerce Department said': a report, between an authority and the firm or
  state it penalises, of a penalty, fine or settlement paid is the authority's ENFORCEMENT on the payer (so the
  gold of the annotated sets with such reports); a news outlet reporting it keeps REPORTING.
- 'X extradited to the United States a citizen of Y': a state handing a person over to another state deals with
  it (DIPLOMACY, as the annotated extraditions), where the act on the person is ENFORCEMENT.
- 'X's chief executive Y': a chief executive heads the firm (LEADERSHIP), as a commanding officer his ship.
- 'lifted sanctions on X', 'eased the embargo against Y': lifting one's measures acts on their target, ENFORCEMENT
  from the lifter in every annotated set (r45, r53, r59, r60), where the verb rules read undoing a measure as siding
  with the target; a lift only called for ('urged X to lift sanctions on Y', 'his call to lift') keeps that reading.
- 'the Israel-Hamas war': two names joined by a hyphen before a relation noun are the two sides of it (see
  ``joined_names``); the modifier reading ('Israel' on 'Hamas': part of) gives way to it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from spacy.tokens import Doc, Token

from core.extract.relations.extraditions import state_extraditions
from core.extract.relations.syntax import Tie
from core.model import Family, Kind

# words of a tie's type that name a listing measure, in the forms the rules write them ('designated', 'barring')
_LISTING = frozenset(
    {"sanction", "sanctions", "sanctioned", "sanctioning", "designate", "designated", "designating", "designation"}
    | {"blacklist", "blacklisted", "blacklisting", "list", "listed", "listing", "bar", "barred", "barring", "ban"}
    | {"banned", "banning", "embargo", "restriction", "restrictions", "penalize", "penalized", "penalise"}
    | {"penalised", "penalty", "penalties", "freeze", "freezes", "froze", "frozen", "freezing"}
)
_COMMANDING = frozenset({"commanding"})
# the first word of a tie's type that lifts a measure ('lifted sanction on'), and the words calling for a lift
_LIFTING = frozenset(
    {"lift", "lifts", "lifted", "lifting", "ease", "eases", "eased", "easing", "relax", "relaxes", "relaxed"}
    | {"relaxing", "loosen", "loosens", "loosened", "loosening"}
)
# (not a 'ban': a lifted ban on imports is trade policy; a ban on a body lifted is read by delistings.py)
_LIFTED = frozenset({"sanction", "sanctions", "embargo", "embargoes", "restriction", "restrictions", "measure"})
_CALLING = frozenset({"call", "urge", "demand", "ask", "press", "push", "appeal", "plead", "advocate", "lobby", "seek"})
# verbs over a lift that keep the measure in place ('refused to lift sanctions on X': a hostile policy) or only
# weigh it ('threatened to lift the embargo': no act yet)
_KEEPING = frozenset({"refuse", "reject", "decline", "oppose", "block", "resist"})
_WEIGHING = frozenset({"threaten", "consider", "weigh", "mull", "discuss", "debate", "propose", "offer", "plan"})
# what a payer pays an authority for wrongdoing, and the verbs that pay or lay it
_PENALTIES = frozenset({"penalty", "fine", "settlement", "forfeiture"})
_PAYING = frozenset({"pay", "impose", "levy"})
# verbs that hand a person over to another state, as the rules write them
_HANDING = ("extradit", "deport", "hand")


def listed_states(stated: Iterable[Tie], kind: Callable[[int], Kind]) -> list[Tie]:
    """An ENFORCEMENT tie of a listing measure whose target is a state is HOSTILITY to that state."""
    out: list[Tie] = []
    for src, tgt, type_, fam in stated:
        words = type_.split()
        if fam is Family.ENFORCEMENT and kind(tgt) is Kind.STATE and _LISTING.intersection(words):
            fam = fam if _lifts(words) else Family.HOSTILITY
        out.append((src, tgt, type_, fam))
    return out


def _lifts(words: list[str]) -> bool:
    """A tie's type words that lift a measure: 'lifted sanction on', 'eased sanction against'."""
    return len(words) > 1 and words[0] in _LIFTING and words[1] in _LIFTED


def lifted_measures(stated: list[Tie], doc: Doc, start: int, end: int) -> list[Tie]:
    """'lifted sanctions on X': the lifter's ENFORCEMENT on X, each tie judged by its own lifting verb: not where
    that verb is only called for ('urged Y to lift sanctions on X': siding with X) or weighed ('threatened to lift'),
    and HOSTILITY where it is denied or refused ('will not ease', 'refused to lift sanctions on X': kept)."""
    if not any(fam in (Family.ALLIANCE, Family.HOSTILITY) and _lifts(ty.split()) for _, _, ty, fam in stated):
        return stated
    verbs: dict[str, list[Token]] = {}
    for i in range(start, end):
        if doc[i].lemma_.lower() in _LIFTING:
            verbs.setdefault(doc[i].lower_, []).append(doc[i])
    out: list[Tie] = []
    for src, tgt, type_, fam in stated:
        words = type_.split()
        if fam in (Family.ALLIANCE, Family.HOSTILITY) and _lifts(words):
            fam = _lift_family(verbs.get(words[0], []), fam)
        out.append((src, tgt, type_, fam))
    return out


def _lift_family(verbs: list[Token], fam: Family) -> Family:
    """The family of a lift said by ``verbs`` (the tokens its type starts with): each judged in its own clause, and
    ``fam`` (as read) when none is found or they disagree."""
    families = {_one_lift(verb, fam) for verb in verbs}
    return families.pop() if len(families) == 1 else fam


def _one_lift(verb: Token, fam: Family) -> Family:
    above, t = [], verb
    # up to the verb's own clause and the verb it is said under: '..., and X lifted' stands alone; 'demanded that X
    # lift' is a call, 'the court ruled that X lifted' a lift
    while t.dep_ not in ("conj", "advcl") and t.head.i != t.i:
        clause = t.dep_ == "ccomp"
        t = t.head
        above.append(t.lemma_.lower())
        if clause:
            break
    if any(w in _CALLING or w in _WEIGHING for w in above):
        return fam
    if any(c.dep_ == "neg" for c in verb.children) or any(w in _KEEPING for w in above):
        return Family.HOSTILITY
    return Family.ENFORCEMENT


def commanding_officers(stated: list[Tie], doc: Doc, start: int, end: int) -> list[Tie]:
    """'X, commanding officer of the Cutter Y': the 'officer of' tie of a sentence saying 'commanding officer of'
    is the commander's LEADERSHIP; so is the 'executive of' tie of a sentence saying 'chief executive'."""
    if not any(s[2] in ("officer of", "executive of") for s in stated):
        return stated
    words = [doc[i].lower_ for i in range(start, end)]
    heads = set()
    if any(
        words[i] in _COMMANDING and words[i + 1] == "officer" and words[i + 2] == "of" for i in range(len(words) - 2)
    ):
        heads.add("officer of")
    if any(words[i] == "chief" and words[i + 1] == "executive" for i in range(len(words) - 1)):
        heads.add("executive of")
    if not heads:
        return stated
    return [
        (src, tgt, type_, Family.LEADERSHIP if fam is Family.MEMBERSHIP and type_ in heads else fam)
        for src, tgt, type_, fam in stated
    ]


def handed_over(stated: list[Tie], kind: Callable[[int], Kind]) -> list[Tie]:
    """An ENFORCEMENT tie of a handing-over verb ('extradited ... to', 'deported ... to') from a state to the state
    that receives the person is DIPLOMACY."""
    out: list[Tie] = []
    for src, tgt, type_, fam in stated:
        words = type_.split()
        if (
            fam is Family.ENFORCEMENT
            and len(words) > 1
            and words[0].startswith(_HANDING)
            and words[-1] == "to"
            and kind(src) is Kind.STATE
            and kind(tgt) is Kind.STATE
        ):
            fam = Family.DIPLOMACY
        out.append((src, tgt, type_, fam))
    return out


def paid_penalties(
    stated: list[Tie], kind: Callable[[int], Kind], doc: Doc, start: int, end: int, outlets: frozenset[int]
) -> list[Tie]:
    """'X agreed to pay a penalty, the Department said', 'X said it paid the Department a fine', 'the Department fined
    X': the sentence's 'reported on' ties between two bodies, firms or states that are no news outlet are
    ENFORCEMENT (an official speaking of the penalty, 'according to X, the penalty imposed on Y', keeps REPORTING in
    the gold)."""
    if not any(s[2] == "reported on" for s in stated):
        return stated
    lemmas = {doc[i].lemma_.lower() for i in range(start, end)}
    fined = any(doc[i].lemma_.lower() == "fine" and doc[i].pos_ == "VERB" for i in range(start, end))
    if not (fined or (lemmas & _PENALTIES and lemmas & _PAYING)):
        return stated
    return [
        (src, tgt, "announced penalty", Family.ENFORCEMENT)
        if type_ == "reported on" and not {src, tgt} & outlets and Kind.OFFICIAL not in (kind(src), kind(tgt))
        else (src, tgt, type_, fam)
        for src, tgt, type_, fam in stated
    ]


def joined_over_modifiers(stated: list[Tie], joined: Iterable[Tie]) -> list[Tie]:
    """Drop the belonging a modifier reads between two hyphen-joined names the joined-name rule types."""
    sides = {frozenset((a, b)) for a, b, _, _ in joined}
    if not sides:
        return stated
    return [
        tie for tie in stated if not (tie[3] in (Family.MEMBERSHIP, Family.LEADERSHIP) and frozenset(tie[:2]) in sides)
    ]


def settle_measures(
    stated: list[Tie],
    joined: list[Tie],
    kind: Callable[[int], Kind],
    doc: Doc,
    start: int,
    end: int,
    outlets: frozenset[int] = frozenset(),
) -> list[Tie]:
    """The settlements above, on one sentence's ties."""
    stated = listed_states(joined_over_modifiers(stated, joined), kind)
    stated = commanding_officers(lifted_measures(stated, doc, start, end), doc, start, end)
    stated = handed_over(paid_penalties(stated, kind, doc, start, end, outlets), kind)
    return ships_collided(state_extraditions(stated, kind, doc, start, end), kind)


def ships_collided(stated: list[Tie], kind: Callable[[int], Kind]) -> list[Tie]:
    """A collision is hostility between the two ships only (gold: one ship's HOSTILITY to the other): not a flag
    state's ('a Freedonian tanker collided with X'), nor two states 'colliding' over a policy, by whichever rule
    read it (a verb, a phrasal verb, a relation noun, the words between two names)."""
    return [
        t
        for t in stated
        if not ("collid" in t[2] or "collision" in t[2]) or (kind(t[0]) is Kind.VESSEL and kind(t[1]) is Kind.VESSEL)
    ]
