"""A speaker's words addressed to a court or council in session are diplomacy, not a report: 'the envoy told the
Security Council', 'a foreign ministry official told the International Court of Justice' (blind9, blind13, blind15
gold: DIPLOMACY). An outlet told something still reports it, and so do 'Japan has told the United Nations about a
tanker' (dev gold REPORTING: informing a body, not addressing it in session) and a body of the speaker's own state."""

from __future__ import annotations

from core.extract.relations.syntax import Tie
from core.model import Family, Kind

# Verbs whose object is the one addressed.
_ADDRESSING = frozenset({"tell", "brief", "address", "inform"})
# Bodies that sit in session to be addressed: 'the Security Council', 'the International Court of Justice' (not 'the
# United Nations' informed of a tanker, dev gold REPORTING, nor a show or a paper told something).
_SESSIONS = frozenset({"council", "court", "tribunal", "assembly", "committee", "commission", "conference"})

# Those sitting in a body, addressed as it: 'told Security Council members', 'briefed members of the Assembly'.
_SITTING = frozenset({"member", "delegate", "envoy", "representative", "ambassador"})


class Addresses:
    """Mixed into the reader (after Announcements, whose sides it reads)."""

    def addressed(self, stated: list[Tie], start: int, end: int) -> list[Tie]:
        if not any(f is Family.REPORTING for *_, f in stated):
            return stated
        bodies = self._addressees(start, end)
        if not bodies:
            return stated
        out: list[Tie] = []
        for src, tgt, type_, fam in stated:
            if fam is Family.REPORTING and (src in bodies or tgt in bodies):
                body, other = (src, tgt) if src in bodies else (tgt, src)
                if other not in bodies and other in bodies[body]:
                    out.append((src, tgt, "addressed", Family.DIPLOMACY))
                    continue
            out.append((src, tgt, type_, fam))
        return out

    def _addressees(self, start: int, end: int) -> dict[int, set[int]]:
        """Each body addressed in the sentence, with the speakers' side (speakers, their bodies and states)."""
        outlets = self.outlets()
        found: dict[int, set[int]] = {}
        for ei, hi in self.heads:
            if not start <= hi < end or ei in outlets or self.kind(ei) is not Kind.PARTY:
                continue
            t = self.doc[hi]
            while t.dep_ == "compound" and t.head.i != t.i and self.tok_ent[t.head.i] == ei:
                t = t.head
            if t.lower_ not in _SESSIONS:
                continue
            if t.dep_ == "compound" and t.head.lemma_.lower() in _SITTING:
                t = t.head  # 'told Security Council members'
            elif t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lemma_.lower() in _SITTING:
                t = t.head.head  # 'told members of the Security Council'
            v = t.head
            if t.dep_ != "dobj" or v.lemma_.lower() not in _ADDRESSING:
                continue
            speakers = {
                self.tok_ent[x.i]
                for c in v.children
                if c.dep_ == "nsubj"
                for x in c.subtree
                if self.tok_ent[x.i] >= 0 and self.tok_ent[x.i] != ei
            }
            speakers -= outlets
            if not speakers:
                continue
            side = set().union(*(self._side(s, []) for s in speakers))
            if ei in side or self._own({ei}) & side:
                continue  # 'Abe told the Diet': a body of the speaker's own state
            found[ei] = side
        return found
