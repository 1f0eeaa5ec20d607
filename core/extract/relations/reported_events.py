"""A speaker reporting an event by its noun: 'the ministry confirmed the presence of Ruritanian citizens working for
the Vexoran government', 'X confirmed the existence of a contract with the Vexoran government' report on the parties
the event's noun names (no reported clause carries them). Not a person the noun names ('announced the release of X' is
no report on X), nor what an apposition or a relative clause adds, nor a denied confirmation. Round AP: on all sets
only blind36 moves (R 0.518 -> 0.524, P 0.759 -> 0.754: the organ's report is also its state's, through_states, a pair
the gold leaves out); without the person, apposition and negation limits the corpus (P 0.874 -> 0.860) and blind27
(0.861 -> 0.856) fell."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from core.extract.relations.syntax import PLACE_PREPS, Tie, unasserted
from core.model import Family, Kind

# Nouns of an event or a state of affairs a speaker confirms or announces.
EVENT_NOUNS = frozenset(
    {"existence", "presence", "deployment", "arrival", "signing", "detention", "seizure", "capture", "sale"}
    | {"purchase", "delivery", "transfer", "withdrawal", "closure", "departure", "release", "launch", "visit"}
)
# Prepositions by which an event's noun names its parties (not where it happens: 'in', 'at').
_PARTY_PREPS = frozenset({"of", "with", "to", "from", "by", "between"})
# Verbs that report an event they take as their object.
_EVENT_REPORTS = frozenset({"confirm", "announce", "report", "reveal", "disclose", "acknowledge"})


class ReportedEvents:
    """Mixed into the reader: who reports an event named by a noun, and on whom."""

    def _reported_event(self, v: Token) -> Iterator[Tie]:
        if v.pos_ != "VERB" or v.lemma_.lower() not in _EVENT_REPORTS or unasserted(v):
            return  # (not 'could not confirm the existence of ...')
        events = [c for c in v.children if c.dep_ == "dobj" and c.lemma_.lower() in EVENT_NOUNS]
        if not events:
            return
        reporters = {e for c in v.children if c.dep_ == "nsubj" for e in self._speakers(c)}
        people = {e for e in reporters if self.kind(e) is Kind.OFFICIAL}
        reporters = people or reporters
        if not reporters:
            return
        named = {
            e
            for n in events
            for p in n.children
            if p.dep_ == "prep" and p.lower_ in _PARTY_PREPS
            for t in _named_part(p)
            if (e := self.tok_ent[t.i]) >= 0 and self.kind(e) is not Kind.OFFICIAL  # (not 'the release of X')
        }
        named -= reporters | self._own(reporters) | self._own_here(reporters, v.sent)
        yield from self._pairs(reporters, named, "reported on", Family.REPORTING)


def _named_part(p: Token) -> Iterator[Token]:
    """The words of a prepositional phrase but what an apposition or a relative clause adds ('the release of X, a
    veteran of the Y navy who ...' names X, not Y), and where it is ('advisers in Y')."""
    stack = [p]
    while stack:
        t = stack.pop()
        yield t
        stack.extend(
            c
            for c in t.children
            if c.dep_ not in ("appos", "relcl") and not (c.dep_ == "prep" and c.lower_ in PLACE_PREPS)
        )
