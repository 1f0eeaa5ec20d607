"""An enforcement authority's report on whom it acts against is its ENFORCEMENT: 'the Treasury said X used bribery',
'according to the Department of Justice, X allegedly procured ...', 'the Commerce Department claimed X was the sole
supplier' (gold ENFORCEMENT on the firm, person, body or ship in every annotated set with such reports: blind4,
blind13, blind15, blind17), where the speech rules read a report.

An authority is a body named by the treasury, an office of foreign assets control, or a justice or commerce ministry
or department; its state, in a sentence that names the authority, reports with it. The one reported on is a firm, a
body, a person or a ship that is no news outlet, no ministry or department (a foreign ministry reported on keeps
REPORTING), no one the sentence makes a member of the reporter and no one only named as the object of an act
('the rebels had detained X': the announcement rules read acts); a state reports so on firms, bodies and ships only
(its own leader named in the sentence is no target). An armed group accused by an authority ('the Rapid Support
Forces committed severe violations, the Treasury said') is a HOSTILITY (holdout). Officials speaking keep REPORTING
(the speech rules and announcements.py read them).

A person the authority speaks of is its target only where the sentence accuses ('the Treasury said X used bribery');
'X led the negotiations, the Treasury said', 'OFAC said X were among those sanctioned' stay REPORTING (blind28,
blind32). An official speaking of the authority ('"The Justice Department will not tolerate ...," X said') is no
target of it (he is its member or speaks for it), nor is a body credited with the report ('The Justice Department
filed charges against X, ABC reports': gold REPORTING, blind39), the reporting verb closing the sentence: 'X said
the Justice Department had filed charges against it' is the target speaking, ENFORCEMENT.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from spacy.tokens import Doc, Token

from core.extract.relations.syntax import Tie
from core.model import Family, Kind

_ALONE = frozenset({"treasury", "ofac"})
_PORTFOLIOS = frozenset({"justice", "commerce"})
_BODIES = frozenset({"department", "ministry"})
_NOT_TARGETS = frozenset({"ministry", "department", "ministerio", "ministère"})
_TARGETS = frozenset({Kind.PARTY, Kind.OFFICIAL, Kind.VESSEL})
_OBJECTS = frozenset({"dobj", "pobj", "dative", "nsubjpass"})
# words naming an armed group: an authority accusing one is HOSTILE to it ('the Rapid Support Forces committed ...')
_ARMED = frozenset({"forces", "militia", "militias", "brigade", "brigades", "army", "guerrillas", "rebels"})
# words of an accusation: a person an authority speaks of with one of them is the one it acts against
_WRONGS = frozenset(
    {"bribery", "bribe", "illegally", "illegal", "unlawfully", "fraud", "fraudulent", "corrupt", "corruption"}
    | {"launder", "laundering", "violate", "violation", "evade", "evasion", "smuggle", "smuggling", "embezzle"}
    | {"conspire", "conspiracy", "abuse", "steal", "scheme", "facilitate", "procure", "allegedly"}
)


def name_words(entity) -> set[str]:
    """The lower-case words of an entity's name and mentions."""
    return {w.strip(",.()") for form in (entity.name, *(m.text for m in entity.mentions)) for w in form.lower().split()}


def is_authority(words: set[str]) -> bool:
    """Words of a body's name and mentions that make it an enforcement authority."""
    if words & {"committee", "senate", "house", "court", "tribunal"}:
        return False
    return bool(
        words & _ALONE or {"foreign", "assets", "control"} <= words or (words & _PORTFOLIOS and words & _BODIES)
    )


_STAND_INS = frozenset({"it", "them", "us", "firm", "company", "group"})


def _object_of_case(e: int, t: Token, tok_ent: Sequence[int]) -> bool:
    """``t`` is ``e`` (or 'it', 'the firm') as a direct object or as the object of 'against'."""
    if t.dep_ == "dobj" and tok_ent[t.i] == e:
        return True
    if t.dep_ != "pobj" or t.head.lower_ != "against":
        return False
    return tok_ent[t.i] == e or (tok_ent[t.i] < 0 and t.lower_ in _STAND_INS)


def _credited(e: int, by: int, doc: Doc, tok_ent: Sequence[int], start: int, end: int, verbs: frozenset[str]) -> bool:
    """``e`` is the subject of a reporting verb that closes the sentence after every mention of the authority ``by``
    ('The Justice Department charged X, ABC reports'): it is credited with the report, not the one acted against. A
    reporting verb before the authority ('X said the Justice Department had filed charges against it') is the
    target speaking of its own case, which stays ENFORCEMENT (review of round BI)."""
    last = max((i for i in range(start, end) if tok_ent[i] == by), default=end)
    if any(_object_of_case(e, doc[i], tok_ent) for i in range(start, end)):
        return False  # 'The Department filed charges against X (against it), X said': the target speaks of its case
    return any(
        tok_ent[i] == e and doc[i].dep_ == "nsubj" and doc[i].head.lemma_.lower() in verbs and doc[i].head.i > last
        for i in range(start, end)
    )


def _acted_on(e: int, doc: Doc, tok_ent: Sequence[int], start: int, end: int) -> bool:
    """Every mention of ``e`` in the sentence is an object ('the rebels had detained X'): someone's act on it, which
    the announcement rules read, not the authority's accusation."""
    deps = [
        doc[i].dep_
        for i in range(start, end)
        if tok_ent[i] == e and (doc[i].head.i == i or tok_ent[doc[i].head.i] != e)
    ]
    return bool(deps) and all(d in _OBJECTS for d in deps)


def reporting_parties(
    stated: list[Tie], kind: Callable[[int], Kind], words: Callable[[int], set[str]], named: Callable[[set[str]], bool]
) -> set[int]:
    """The parties among the ends of a sentence's ties whose name words pass ``named``, when the sentence has a
    'reported on' tie (else none): the bodies whose reports ``authority_reports`` and ``election_results`` retype."""
    if not any(t[2] == "reported on" for t in stated):
        return set()
    ends = {e for a, b, _, _ in stated for e in (a, b)}
    return {e for e in ends if kind(e) is Kind.PARTY and named(words(e))}


def authority_reports(
    stated: list[Tie],
    kind: Callable[[int], Kind],
    words: Callable[[int], set[str]],
    outlets: Iterable[int],
    doc: Doc,
    tok_ent: Sequence[int],
    start: int,
    end: int,
    reporting_verbs: frozenset[str] = frozenset(),
) -> list[Tie]:
    """The sentence's 'reported on' ties from an authority (or its state beside it) to a target, as ENFORCEMENT."""
    authorities = reporting_parties(stated, kind, words, is_authority)
    if not authorities:
        return stated
    outlets = frozenset(outlets)
    members = {(a, b) for a, b, _, f in stated if f in (Family.MEMBERSHIP, Family.LEADERSHIP)}
    members |= {(b, a) for a, b in members}
    accused = any(doc[i].lemma_.lower() in _WRONGS or doc[i].lower_ in _WRONGS for i in range(start, end))

    def reporter(e: int) -> bool:
        return e in authorities or kind(e) is Kind.STATE

    def target(e: int, by: int) -> bool:
        return (
            (kind(e) in _TARGETS if by in authorities else kind(e) in (Kind.PARTY, Kind.VESSEL))
            and e not in authorities
            and e not in outlets
            and not words(e) & _NOT_TARGETS
            and (e, by) not in members
            and (accused or kind(e) is not Kind.OFFICIAL)
            and not _acted_on(e, doc, tok_ent, start, end)
        )

    out: list[Tie] = []
    for src, tgt, type_, fam in stated:
        back = (
            reporter(tgt)
            and kind(tgt) is not Kind.STATE
            and kind(src) is not Kind.OFFICIAL  # not the speaker
            and not _credited(src, tgt, doc, tok_ent, start, end, reporting_verbs)  # nor a credit, '..., X reports'
        )
        if type_ == "reported on" and ((reporter(src) and target(tgt, src)) or (back and target(src, tgt))):
            armed = bool(words(tgt if reporter(src) and target(tgt, src) else src) & _ARMED)
            out.append((src, tgt, "announced enforcement", Family.HOSTILITY if armed else Family.ENFORCEMENT))
        else:
            out.append((src, tgt, type_, fam))
    return out
