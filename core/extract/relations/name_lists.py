"""Long lists of names: a tie found to one member of an enumeration reaches every member it names.

The parser breaks the conj chain of a long list ('banned A (AA), B (BB), C, D and E'), so a rule reads the act on
the first members only. The enumeration is read from the surface: names of one kind joined by commas and one final
'and', with bracketed acronyms and articles between them. A tie between a member and a name outside the list is
copied to every other member, with its type and family; the list's owner ('X's affiliates, including A, B and C')
gets each member as a member.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Token

from core.extract.relations.syntax import Tie
from core.model import Family, Kind

# Words that may stand between two members of an enumeration (beside one bracketed acronym).
_GAP = frozenset({",", "and", "the", "as", "well"})
# Words before the first member that say the list is not an enumeration of equals.
_NOT_A_LIST = frozenset({"between", "from", "versus", "vs", "vs."})
# Plural nouns naming the parts of a body: 'X's affiliates, including A, B and C'.
_PARTS = frozenset(
    {"affiliate", "associate", "front", "organisation", "organization", "member", "subsidiary", "wing", "outfit"}
)
_INTRODUCERS = frozenset({"including", "include", "includes", "namely", ":", "such", "as", "like"})
# Phrases that hang on a name: an apposition, a relative clause, a participle ('Gold Front, owned by Turkey').
_ON_A_NAME = frozenset({"appos", "relcl", "acl"})
MIN_MEMBERS = 3  # two names joined by 'and' are read by the parser's own conj chain
_MAX_BRACKET = 4  # tokens inside an acronym's brackets


def enumerations(toks: list[Token], tok_ent: list[int], kind: Callable[[int], Kind]) -> list[list[int]]:
    """The enumerations of one segment: each a list of distinct entities of one kind, in their order."""
    runs: list[tuple[list[int], bool, int]] = []  # members, closed by 'and', index of the first token
    members: list[int] = []
    joined = mixed = False
    start = -1
    gap: list[Token] = []
    bracket = -1  # tokens read inside an open bracket, -1 when none is open

    def close() -> None:
        if len(members) >= MIN_MEMBERS and joined and not mixed:
            runs.append((list(members), joined, start))

    for t in toks:
        ei = tok_ent[t.i]
        if bracket >= 0:
            if t.text == ")":
                bracket = -1
            else:
                bracket += 1
                if bracket > _MAX_BRACKET:
                    close()
                    members, joined, mixed, gap, bracket = [], False, False, [], -1
            continue
        if ei >= 0:
            if members and not gap and ei == members[-1]:
                continue  # the same mention
            sep = [w.lower_ for w in gap if w.lower_ != "the"]
            if members and sep and set(sep) <= _GAP and ("," in sep or "and" in sep) and not joined:
                if ei in members:
                    close()
                    members, joined, mixed, start = [ei], False, False, t.i
                else:
                    joined = "and" in sep or ("as" in sep and "well" in sep)
                    mixed = mixed or kind(ei) is not kind(members[0])
                    members.append(ei)
            else:
                close()
                members, joined, mixed, start = [ei], False, False, t.i
            gap = []
        elif t.text == "(" and members and not gap:
            bracket = 0  # an acronym after a member: 'Campus Front of India (CFI)'
        else:
            gap.append(t)
            if t.lower_ not in _GAP:
                close()
                members, joined, mixed, gap = [], False, False, []
    close()
    out = []
    for run, _, first in runs:
        before = [w for w in toks if w.i < first][-2:]
        if any(w.lower_ in _NOT_A_LIST for w in before):
            continue  # 'talks between A, B and C' is read by between.py
        out.append(run)
    return out


def _intrinsic(other: int, member: int, toks: list[Token], tok_ent: list[int], run: list[int]) -> bool:
    """``other`` is said inside the member's own phrase ('Russian President Putin', 'Iran's IRGC'), or in an
    apposition or relative clause on a member of the list ('A, B and C, Germany's largest lender'; 'C, which Turkey
    owns'): the parser hangs such a phrase on any member of the run, so it is a tie of one member, not of all."""
    for t in toks:
        if tok_ent[t.i] != other:
            continue
        for a in [t, *list(t.ancestors)[:3]]:
            if a.pos_ in ("VERB", "AUX") and a.dep_ not in _ON_A_NAME:
                break
            if tok_ent[a.i] == member:
                return True
            if a.dep_ in _ON_A_NAME and tok_ent[a.head.i] in run:
                return True
    return False


def _mentions(ei: int, toks: list[Token], tok_ent: list[int]) -> int:
    """How often ``ei`` is named in the segment, not counting its acronym in brackets: 'Campus Front (CFI)'."""
    n, prev, prev_text = 0, -1, ""
    for t in toks:
        cur = tok_ent[t.i]
        if cur == ei and prev != ei and prev_text != "(":
            n += 1
        prev, prev_text = cur, t.text
    return n


def listed_copies(
    found: dict[tuple[int, int, Family], str],
    runs: list[list[int]],
    typed: set[frozenset[int]],
    toks: list[Token],
    tok_ent: list[int],
    owners: dict[int, int],
) -> Iterator[Tie]:
    """Copies of each tie between a list member and a name outside the list, to the other members; an act on the
    list's owner ('banned X's affiliates, including A, B and C') reaches every member too."""
    for n, run in enumerate(runs):
        once = {m for m in run if _mentions(m, toks, tok_ent) == 1}
        owner = owners.get(n, -1)
        for (src, tgt, fam), type_ in list(found.items()):
            for member, other, forward in ((src, tgt, True), (tgt, src, False)):
                if other in run or other == owner:
                    continue
                if member == owner and fam not in (Family.MEMBERSHIP, Family.LEADERSHIP):
                    pass  # the act on the owner is the act on its listed parts
                elif member not in once or _intrinsic(other, member, toks, tok_ent, run):
                    continue
                if not _mentions(other, toks, tok_ent):
                    continue  # a state read from a member's own name ('China Concord Petroleum') is that member's
                for m in run:
                    if m == member or m not in once or frozenset((m, other)) in typed:
                        continue
                    typed.add(frozenset((m, other)))
                    yield (m, other, type_, fam) if forward else (other, m, type_, fam)


def list_owners(
    runs: list[list[int]], toks: list[Token], tok_ent: list[int], kind: Callable[[int], Kind]
) -> dict[int, int]:
    """'X's associated organisations, including A, B and C': the owner X of each such list, by the list's place."""
    out: dict[int, int] = {}
    if not toks:
        return out
    doc = toks[0].doc
    lo = toks[0].i
    for n, run in enumerate(runs):
        if kind(run[0]) not in (Kind.PARTY, Kind.OFFICIAL):
            continue
        first = next(t.i for t in toks if tok_ent[t.i] == run[0])
        i = first - 1
        while i >= lo and (doc[i].lower_ in _INTRODUCERS or doc[i].text == ","):
            i -= 1
        if i == first - 1 or i < lo:
            continue  # no 'including' or ':' before the list
        noun = doc[i]
        if noun.tag_ not in ("NNS", "NNPS") or noun.lemma_.lower() not in _PARTS:
            continue
        owners = {
            tok_ent[c.i]
            for c in noun.subtree
            if c.i < noun.i and tok_ent[c.i] >= 0 and (c.dep_ == "poss" or c.head.dep_ == "poss")
        }
        owners = {o for o in owners if o not in run and kind(o) is Kind.PARTY}
        if len(owners) == 1 and _mentions(next(iter(owners)), toks, tok_ent) == 1:
            out[n] = owners.pop()
    return out


def owned_lists(runs: list[list[int]], owners: dict[int, int]) -> Iterator[Tie]:
    """Each body listed among X's affiliates is a member of X."""
    for n, owner in owners.items():
        for m in runs[n]:
            yield m, owner, "member of", Family.MEMBERSHIP
