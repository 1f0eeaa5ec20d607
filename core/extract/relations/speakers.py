"""Who speaks in a report: the speaker a reporting verb's subject stands for, the outlets told or cited, and
the speaker's own bodies and states (a word on them is no report). A mixin of the speech rules (speech.py)."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from core.extract.relations.minister_homes import titled_ministers
from core.extract.relations.name_ties import name_states
from core.extract.relations.outlet_staff import outlet_staff
from core.extract.relations.outlets import DATA_NOUNS, OUTLET_NOUNS
from core.extract.relations.printed_in import printed_in
from core.extract.relations.reports import Reports
from core.extract.relations.speaker_phrases import name_phrase
from core.extract.relations.syntax import pobjs
from core.extract.relations.told_outlets import told_modifiers
from core.model import Family, Kind

# Subjects through which a state speaks: 'Iranian officials said', 'the Chinese government confirmed'.
_SPEAKING_BODIES = frozenset(
    {"official", "authority", "government", "ministry", "administration", "embassy", "military", "spokesman"}
    | {"spokeswoman", "spokesperson", "foreign", "state", "kremlin", "minister", "president", "ambassador"}
)
# the unnamed speakers whose body noun before them says where they speak from: 'a Chadian government source'
_SOURCES = frozenset({"source", "official", "insider", "aide", "diplomat", "spokesman", "spokeswoman", "spokesperson"})
# 'a source at the Navy', 'officials in the ministry': where an unnamed source speaks from.
SOURCE_PREPS = frozenset({"at", "in", "within", "from", "inside", "for"})
# Verbs by which the press reports: 'Spiegel reported', 'as revealed by X'.
_PRESS_VERBS = frozenset({"report", "reveal", "publish", "broadcast"})
# Words a run of names before a data noun may hold: 'A and B ship-tracking data', "A's shipping data".
_DATA_RUN = frozenset({"CCONJ", "PUNCT", "NOUN", "PROPN", "VERB", "PART", "ADJ"})
# Titles of one who speaks for a body: 'X, spokesperson of Y's Foreign Ministry, told Z'.
_SPOKESPEOPLE = frozenset({"spokesperson", "spokesman", "spokeswoman", "spokespeople", "spokesmen", "spokeswomen"})
# Verbs by which an outlet carries a document: 'a statement released on state news agency X'.
_CARRYING = frozenset({"release", "publish", "broadcast", "carry", "air", "post", "run"})
# Verbs by which a report names its own source: 'reported, citing a probe by X', 'quoting X'.
CITING_VERBS = frozenset({"cite", "quote"})


class Speakers(Reports):
    """Who reports, to whom, citing whom; and what is a speaker's own."""

    def _speakers(self, c: Token) -> set[int]:
        """Who a reporting verb's subject stands for: an outlet or body, a person, or a state named as such or
        through its officials ('Iranian officials said'), not through a description ('the Swiss trading giant')."""
        out: set[int] = outlet_staff(c, self.tok_ent, self.outlets())  # 'a TASS correspondent reports'
        if c.i in self.described:
            return out  # 'the ministry said', 'the agency reported': a report is counted where its source is named
        # 'a statement released on state news agency X said' (its issuer is read by ``issuer``)
        carried = self._carriers(c, agents=False) if c.lemma_.lower() in self.lex.document_nouns else set()
        carried |= printed_in(c, self.lex.document_nouns, self.prep_objects, self.outlets())  # 'a report in X'
        for e in self.den_all(c) | self.issuer(c) | self._outlet_named(c) | self._joined_issuers(c) | carried:
            kind = self.kind(e)
            as_state = self.tok_ent[c.i] == e or c.lemma_.lower() in _SPEAKING_BODIES
            if kind in (Kind.PARTY, Kind.OFFICIAL) or (kind is Kind.STATE and as_state):
                out.add(e)
        if c.lemma_.lower() in self.lex.role_nouns and not any(self.kind(e) is Kind.OFFICIAL for e in out):
            # 'the deputy speaker of parliament X said', parsed with the person as the object of 'of'
            out |= {
                e
                for x in c.children
                if x.dep_ == "prep" and x.lower_ == "of"
                for p in pobjs(x)
                if (e := self.tok_ent[p.i]) >= 0 and self.kind(e) is Kind.OFFICIAL
            }
        return out

    def _co_speakers(self, subjects: list[Token]) -> set[int]:
        """'Estonia, Latvia and Slovenia have said they would do the same': the names joined to a speaker as
        subjects of one reporting verb speak with it, no one it reports on."""
        return {self.tok_ent[x.i] for s in subjects for x in (s, *s.conjuncts) if self.tok_ent[x.i] >= 0}

    def _outlet_named(self, c: Token) -> frozenset[int]:
        """'ARD television reported', 'the Kyodo news agency said': the outlet named before an outlet's noun."""
        if self.tok_ent[c.i] >= 0 or c.lemma_.lower() not in OUTLET_NOUNS:
            return frozenset()
        return frozenset(
            e
            for x in c.children
            if x.dep_ == "compound" and (e := self.tok_ent[x.i]) >= 0 and self.kind(e) is Kind.PARTY
        )

    def _joined_issuers(self, p: Token) -> frozenset[int]:
        """'according to LSEG and Kpler data', 'A and B ship-tracking data showed': every body named before a data
        noun, also those joined to the first (``issuer`` reads the first)."""
        if p.lemma_.lower() not in DATA_NOUNS:
            return frozenset()
        out = {
            self.tok_ent[y.i]
            for x in p.children
            if x.dep_ in ("compound", "nmod", "poss") and self.tok_ent[x.i] >= 0
            for y in (x, *x.conjuncts)
            if self.tok_ent[y.i] >= 0
        }
        # the names running up to the noun, however the parser hangs them ('..., A and B ship-tracking data showed')
        i = p.i - 1
        while i >= p.sent.start and (self.tok_ent[i] >= 0 or self.doc[i].pos_ in _DATA_RUN):
            if self.doc[i].text == "," or (self.doc[i].pos_ == "VERB" and self.doc[i].dep_ not in ("amod", "compound")):
                break
            out.add(self.tok_ent[i])
            i -= 1
        return frozenset(e for e in out if e >= 0 and self.kind(e) is Kind.PARTY)

    def _carriers(self, doc: Token, agents: bool = True) -> set[int]:
        """'a statement issued by X', 'a statement released on state news agency Y and broadcast by Z': who issued
        or carried a document (the agent of a participle hung on it, or where a press verb put it)."""
        out: set[int] = set()
        for a in doc.children:
            if a.dep_ != "acl" or a.pos_ != "VERB":
                continue
            for x in (a, *(c for c in a.children if c.dep_ == "conj" and c.pos_ == "VERB")):
                for p in x.children:
                    if (agents and p.dep_ == "agent") or (p.lower_ == "on" and x.lemma_.lower() in _CARRYING):
                        out |= {e for e in self.prep_objects(p) if self.kind(e) is not Kind.STATE}
        return out

    def _press(self, v: Token, reporters: set[int]) -> bool:
        """'Spiegel reported that ...', 'The Gaze reports': bodies that are no organs, reporting with a press verb,
        report like outlets."""
        return v.lemma_.lower() in _PRESS_VERBS and all(
            self.kind(e) is Kind.PARTY and not self._organ(e) for e in reporters
        )

    def _affiliations(self, speakers: set[int]) -> set[int]:
        """Bodies and states the document names in a speaker's own phrase ('Japanese Prime Minister X', 'X, the
        deputy director of the NIS') or has so far tied it to as a member or leader, and the states of those bodies:
        a speaker's words on its own state or organ are no report on them."""
        own = set(speakers)
        for ei, hi in self.heads:
            if ei in speakers and self.tok_ent[hi] == ei:
                own |= {self.tok_ent[t.i] for t in name_phrase(self.doc[hi])} - {-1}
        for _ in range(2):
            own |= {
                tgt
                for stated in self._stated.values()
                for src, tgt, _, fam in stated
                if src in own and fam in (Family.MEMBERSHIP, Family.LEADERSHIP)
            }
        return own - speakers

    def _spoken_for(self, people: set[int], sent) -> set[int]:
        """The bodies a spokesperson's own phrase here names: 'X, spokesperson of Y's Foreign Ministry'."""
        out: set[int] = set()
        for ei, hi in self.heads:
            if ei in people and self.tok_ent[hi] == ei and sent.start <= hi < sent.end:
                phrase = list(name_phrase(self.doc[hi]))
                if any(t.lemma_.lower() in _SPOKESPEOPLE for t in phrase):
                    out |= {e for t in phrase if (e := self.tok_ent[t.i]) >= 0 and self.kind(e) is Kind.PARTY}
        return out - people

    def _own_here(self, speakers: set[int], sent) -> set[int]:
        """What the speaker's own phrase in this sentence names ('Peruvian Foreign Minister X' -> Peru): known
        alike however the document is cut into pieces."""
        own: set[int] = set()
        for ei, hi in self.heads:
            if ei in speakers and self.tok_ent[hi] == ei and sent.start <= hi < sent.end:
                own |= {self.tok_ent[t.i] for t in name_phrase(self.doc[hi])} - {-1}
        return own - speakers

    def _titled_bodies(self, people: set[int], sent) -> set[int]:
        """What the title a person's name is in apposition to names here ('Iran's parliament speaker X')."""
        heads = [
            self.doc[hi].head
            for ei, hi in self.heads
            if ei in people and sent.start <= hi < sent.end and self.doc[hi].dep_ == "appos"
        ]
        return {self.tok_ent[t.i] for h in heads if h.pos_ == "NOUN" for t in name_phrase(h)} - {-1} - people

    def _own(self, speakers: set[int]) -> set[int]:
        """A speaker's own bodies and states (``_affiliations``) and the states its name contains ('the Ministry of
        Foreign Affairs of Peru' → Peru), which the document states as ties of their own."""
        if any(self.kind(e) is Kind.STATE for e in speakers):
            return set()  # a state's word on its own organs and acts is a report ('Japan said its coast guard ...')
        named = self._name_states()[0]
        return self._affiliations(speakers) | {st for e in speakers for st in named.get(e, ())}

    def _name_states(self) -> tuple[dict, dict]:
        """The states the document's names contain and the states its missions serve in (``name_states``), read
        once per document (the name ties and the speakers' own states both use them)."""
        found = getattr(self, "_name_states_found", None)
        if found is None:
            found = self._name_states_found = name_states(self.entities, self.lex.name_tie_exclusions)
        return found

    def _home_state(self, speakers: set[int], targets: set[int], own: set[int], sent) -> set[int]:
        """'Peru cut ties with Chile, the foreign ministry said': a state organ (or a minister, minister_homes.py)
        whose state the document has not named speaks for the one state its words are about, which is its own."""
        organs = all(self.kind(e) is Kind.PARTY and self._organ(e) for e in speakers)
        people = all(self.kind(e) is Kind.OFFICIAL for e in speakers)
        ministers = people and titled_ministers(self.doc, self.heads, self.tok_ent, speakers, sent)
        if not speakers or not (organs or ministers):
            return set()
        if any(self.kind(e) is Kind.STATE for e in own):
            return set()
        states = {e for e in targets if self.kind(e) is Kind.STATE}
        if len(states) != 1:
            return set()
        # the state acts in the words, named as their subject ('Peru broke off ...'), not 'French aircraft'
        subj = ("nsubj", "nsubjpass")
        acting = {self.tok_ent[t.i] for t in sent if t.dep_ in subj or (t.dep_ == "appos" and t.head.dep_ in subj)}
        return states & acting

    def _described_only(self, sent) -> set[int]:
        """Entities a sentence names only through a description ('the vessel'): a quotation's guess, not its word."""
        named = {self.tok_ent[t.i] for t in sent if t.i not in self.described}
        return {e for t in sent if t.i in self.described for e in self.described[t.i]} - named

    def _inverted_outlet(self, v: Token) -> set[int]:
        """'..., the first such steps since the summit, reported Hong Kong's X.': an outlet named after the reporting
        verb that closes its sentence after a comma (parsed as the verb's object) is the one reporting."""
        if v.i == 0 or v.doc[v.i - 1].text != ",":
            return set()
        objs = [c for c in v.children if c.dep_ == "dobj" and c.i > v.i]
        after = v.doc[objs[0].right_edge.i + 1 : v.sent.end] if len(objs) == 1 else None
        if after is None or any(t.pos_ not in ("PUNCT", "SPACE") for t in after):
            return set()  # the object closes the sentence: 'reported X.'
        out = set(self.den_all(objs[0])) | self._outlet_word(objs[0])
        return out if out and out <= self.outlets() else set()

    def _cited(self, v: Token) -> set[int]:
        """'X reported, citing a probe by Y and Z', 'reported, quoting Y': whom a report cites as its source."""
        out: set[int] = set()
        for x in _citing_objects(v, ("dobj", "prep")):
            out |= {self.tok_ent[y.i] for y in x.subtree if self.tok_ent[y.i] >= 0}
        return {e for e in out if self.kind(e) is not Kind.STATE}

    def _cited_outlets(self, v: Token) -> set[int]:
        """'reported, citing public broadcaster Y and the Z newspaper': the outlets a report cites by name."""
        out: set[int] = set()
        for x in _citing_objects(v, ("dobj",)):
            for y in (x, *x.conjuncts):
                out |= {self.tok_ent[y.i]} - {-1} | self._outlet_word(y) | self._outlet_named(y)
        return out

    def _sources_at(self, subjects: list[Token]) -> set[int]:
        """'a source at the German embassy', 'an official from Ukraine's security service': the state or body an
        unnamed source speaks from (named by the place's name or by its adjective, possessive or compound; or 'a
        Chadian government source', the state by the adjective of the body noun before 'source')."""
        out: set[int] = set()
        whose: set[int] = set()
        for c in subjects:
            if self.tok_ent[c.i] >= 0:
                continue
            # 'a Chadian government source told AFP': the state whose government the source speaks from
            out |= {
                e
                for x in c.children
                if c.lemma_.lower() in _SOURCES  # not 'a German embassy driver'
                and x.dep_ == "compound"
                and x.lemma_.lower() in _SPEAKING_BODIES
                for y in x.children
                if y.dep_ == "amod" and (e := self.tok_ent[y.i]) >= 0 and self.kind(e) is Kind.STATE
            }
            for x in c.children:
                if x.dep_ != "prep" or x.lower_ not in SOURCE_PREPS:
                    continue
                found = self.prep_objects(x)
                whose |= found if x.lower_ == "for" else set()
                if x.lower_ == "in" and c.lemma_.lower() not in _SPEAKING_BODIES:
                    # 'an agent in Fiji told X': where a speaker is, not whom he speaks for ('officials in Iran')
                    found = {e for e in found if self.kind(e) is not Kind.STATE}
                out |= found
                for p in pobjs(x):
                    out |= {
                        e
                        for y in p.children
                        if y.dep_ in ("amod", "poss", "compound") and (e := self.tok_ent[y.i]) >= 0
                    }
        # (a person only as the one a speaker works for: 'lawyers for X told Y')
        return {e for e in out if self.kind(e) in (Kind.STATE, Kind.PARTY) or e in whose}

    def _told_outlets(self, v: Token) -> set[int]:
        """Bodies a reporting verb says something to: 'told AFP', 'confirmed to CBS News' (a body, not a person
        or a state, which are told things in talks)."""
        out: set[int] = set()
        for c in v.children:
            if c.dep_ == "prep" and c.lower_ == "in":
                out |= self._handed_to(c)
            if c.dep_ in ("dobj", "dative") and v.lemma_.lower() == "tell":
                out |= self.den_all(c) | self._outlet_word(c) if c.pos_ != "ADP" else self.prep_objects(c)
                out |= told_modifiers(v, c, self.tok_ent, self.outlets())  # 'told Reuters Y was ...' (told_outlets.py)
            elif c.dep_ in ("prep", "dative") and c.lower_ == "to":
                out |= self.prep_objects(c) | {e for p in pobjs(c) for e in self._outlet_word(p)}
        return {e for e in out if self.kind(e) is Kind.PARTY}

    def _handed_to(self, prep: Token) -> set[int]:
        """'said in a statement sent to X', 'in a statement reported by the Y news agency': the outlet a document
        went to."""
        out: set[int] = set()
        for p in pobjs(prep):
            if p.lemma_.lower() not in self.lex.document_nouns:
                continue
            for a in p.children:
                if a.dep_ != "acl":
                    continue
                for x in a.children:
                    if (x.dep_ == "prep" and x.lower_ == "to") or x.dep_ == "agent":
                        out |= self.prep_objects(x) | {e for o in pobjs(x) for e in self._outlet_word(o)}
        return out


def _citing_objects(v: Token, deps: tuple[str, ...]) -> Iterator[Token]:
    """The objects (by ``deps``) of the citing clause a reporting verb ``v`` carries: 'reported, citing X'."""
    for c in v.children:
        if c.dep_ in ("advcl", "xcomp", "conj") and c.lemma_.lower() in CITING_VERBS:
            yield from (x for x in c.children if x.dep_ in deps)
