"""Names joined by the parser's conj chain share an act one of them was found to have with a name outside them.

'The E3 - France, Germany and the United Kingdom - initiated the process', 'urged delegations from A and B': the
rule that read the act hung it on the first conjunct (the apposition's or the object's anchor); each other conjunct
stands in the same place. Only act ties are copied: belonging (MEMBERSHIP, LEADERSHIP: 'French broadcasters A and
B', a title's state) and a speaker's report are each conjunct's own. Only lists whose every
conjunct is a name of one kind count ('Iran and its allies' is no list of names), only ties to a name said outside
the list's own phrase ('A and B met C's envoy in ...' copies, 'talks between A of C and B' does not), and only
members named once in the segment.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Token

from core.extract.nlp import doc_column, doc_heads
from core.extract.relations.syntax import Tie
from core.model import Family, Kind

# Ties of belonging are read from each conjunct's own title or modifier, which the parser may hang outside the
# list ('Iranian Foreign Minister A and US Envoy B'): 14 of 21 such copies were false over blind30..61. A speaker's
# report on one name of a quoted list ('"... between Syria and the United States," Rubio said') was left off the
# others by the reporting rules on purpose (the speaker's own state).
_OWN = frozenset({Family.MEMBERSHIP, Family.LEADERSHIP, Family.REPORTING})


def _lists(toks: list[Token], tok_ent: list[int], kind: Callable[[int], Kind]) -> Iterator[tuple[list[int], int, int]]:
    """Each conj chain of names: its entities in order and the token span of its phrase."""
    deps, heads = doc_column(toks[0].doc, "dep_"), doc_heads(toks[0].doc)
    for t in toks:
        i = t.i
        ei = tok_ent[i]
        if ei < 0 or deps[i] == "conj" or (tok_ent[heads[i]] == ei and heads[i] != i):
            continue
        conj = t.conjuncts
        if not conj:
            continue
        members = [ei]
        for c in conj:
            ci = tok_ent[c.i]
            if ci < 0 or ci in members or kind(ci) is not kind(ei):
                break
            members.append(ci)
        else:
            yield members, t.left_edge.i, t.right_edge.i


def conjunct_copies(
    found: dict[tuple[int, int, Family], str],
    typed: set[frozenset[int]],
    toks: list[Token],
    tok_ent: list[int],
    kind: Callable[[int], Kind],
) -> Iterator[Tie]:
    """Copies of each tie between a conjunct and a name outside its list, to the other conjuncts."""
    if not found or not toks:
        return
    lists = list(_lists(toks, tok_ent, kind))
    if not lists:
        return
    spans: dict[int, list[tuple[int, int]]] = {}
    for t in toks:
        ei = tok_ent[t.i]
        if ei >= 0 and (t.i == toks[0].i or tok_ent[t.i - 1] != ei):
            spans.setdefault(ei, []).append((t.i, t.i))
    for members, lo, hi in lists:
        if any(len(spans.get(m, ())) != 1 for m in members):
            continue
        for (src, tgt, fam), type_ in list(found.items()):
            if fam in _OWN:
                continue
            for member, other, forward in ((src, tgt, True), (tgt, src, False)):
                if member not in members or other in members:
                    continue
                where = spans.get(other, ())
                if not where or any(lo <= i <= hi for i, _ in where):
                    continue
                for m in members:
                    if m == member or frozenset((m, other)) in typed:
                        continue
                    typed.add(frozenset((m, other)))
                    yield (m, other, type_, fam) if forward else (other, m, type_, fam)
