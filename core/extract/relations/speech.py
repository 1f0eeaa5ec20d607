"""Ties speech states: who reports on whom, whom a warning is aimed at, a speaker's verdict."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from core.extract.relations.cited_speakers import CitedSpeakers
from core.extract.relations.enumerated_objects import enumerated_objects
from core.extract.relations.issuers import issued_by, quoted_by, sources_outlets
from core.extract.relations.minister_homes import titled_ministers
from core.extract.relations.name_ties import states_in_names
from core.extract.relations.outlet_parties import report_scope
from core.extract.relations.outlets import DATA_NOUNS, OUTLET_NOUNS
from core.extract.relations.participles import apposed_outlet, participle_subjects
from core.extract.relations.printed_in import printed_in
from core.extract.relations.quotes import colon_list, listed_names, quote_parties, quoted_subjects
from core.extract.relations.relayed import relaying_outlets
from core.extract.relations.reports import Reports
from core.extract.relations.sources import Sources
from core.extract.relations.speaker_phrases import name_phrase, own_stance
from core.extract.relations.syntax import COPULAS, MODALS, PLACE_PREPS, WHERE_PREPS, Tie, pobjs, unasserted
from core.extract.relations.told_outlets import told_modifiers
from core.extract.relations.verdicts import Verdicts
from core.model import Family, Kind

# Subjects through which a state speaks: 'Iranian officials said', 'the Chinese government confirmed'.
_SPEAKING_BODIES = frozenset(
    {"official", "authority", "government", "ministry", "administration", "embassy", "military", "spokesman"}
    | {"spokeswoman", "spokesperson", "foreign", "state", "kremlin", "minister", "president", "ambassador"}
)
# 'a source at the Navy', 'officials in the ministry': where an unnamed source speaks from.
_SOURCE_PREPS = frozenset({"at", "in", "within", "from", "inside", "for"})
# A reported clause's arguments: who acts, on whom, with whom.
_ARGS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "dative", "attr", "appos"})
# Prepositions naming what an act is aimed at: 'aimed radar at X', 'fired on Y', 'a strike against Z'.
_AIMED = frozenset({"at", "on", "upon", "against"})
# Families that are no act a speaker can announce for his state, and acts both sides of which do them together.
_NOT_ACTS = frozenset({Family.REPORTING, Family.ASSOCIATION, Family.MEMBERSHIP, Family.LEADERSHIP, Family.DEFECTION})
_SHARED_ACTS = frozenset({Family.AGREEMENT, Family.DIPLOMACY, Family.ALLIANCE})
# Verbs by which the press reports: 'Spiegel reported', 'as revealed by X'.
_PRESS_VERBS = frozenset({"report", "reveal", "publish", "broadcast"})
# Heads of a speaker's quoted words: a clause, or a phrase with no verb ('"A step forward for X," Y said').
_QUOTABLE = frozenset({"VERB", "AUX", "NOUN", "PROPN"})
# Words a run of names before a data noun may hold: 'A and B ship-tracking data', "A's shipping data".
_DATA_RUN = frozenset({"CCONJ", "PUNCT", "NOUN", "PROPN", "VERB", "PART", "ADJ"})
# Relative pronouns standing for the speaker of a relative clause: 'X, who said ...'.
_RELATIVE = frozenset({"who", "which", "that"})
# Unnamed agents by whom a state acts in an outlet's report: 'Ecuadorean officials found ..., X reported'.
_STATE_AGENTS = frozenset({"official", "authority", "investigator", "prosecutor", "police", "diplomat"})
# Titles of one who speaks for a body: 'X, spokesperson of Y's Foreign Ministry, told Z'.
_SPOKESPEOPLE = frozenset({"spokesperson", "spokesman", "spokeswoman", "spokespeople", "spokesmen", "spokeswomen"})
# Verbs by which an outlet carries a document: 'a statement released on state news agency X'.
_CARRYING = frozenset({"release", "publish", "broadcast", "carry", "air", "post", "run"})
# What an outlet gathers rather than issues: 'according to information collated by X'.
_GATHERED = frozenset({"information", "footage", "imagery", "image", "photo", "photograph", "video", "document"})
# Verbs by which a report names its own source: 'reported, citing a probe by X', 'quoting X'.
_CITING = frozenset({"cite", "quote"})


# states a person is said to be in ('Y is safe'); a judging adjective ('Y was illegitimate') is talk, not a report
_CONDITIONS = frozenset({"safe", "alive", "free", "dead", "missing", "unharmed", "well", "ill", "injured", "detained",
                         "held", "home", "back", "released"})

class Speech(CitedSpeakers, Sources, Reports, Verdicts):
    """Rules for reporting and judging verbs, and for what a reported clause is about."""

    def _warning(self, v: Token, doers: frozenset[int]) -> Iterator[Tie]:
        """'X warned that Iran would retaliate if the United States interfered': a warning is aimed at those the
        clause names other than its own subject (who is the one to act) and the speaker."""
        for c in v.children:
            if c.dep_ != "ccomp" or c.pos_ not in ("VERB", "AUX"):
                continue
            own: set[int] = set()
            for x in c.children:
                if x.dep_ in ("nsubj", "nsubjpass"):
                    own |= self._subject_core(x)
            if not own:
                continue  # 'warned that there would be consequences for X' names no actor to speak for
            aimed = {
                self.tok_ent[t.i]
                for t in c.subtree
                if self.tok_ent[t.i] >= 0
                and t.dep_ in ("pobj", "dobj", "nsubj", "poss", "amod", "compound")
                and not (t.dep_ == "pobj" and t.head.lower_ in PLACE_PREPS)  # 'presence in Syria' is a place
            }
            yield from self._pairs(doers, aimed - own - doers, f"{v.lower_} against", Family.HOSTILITY)

    def _as_reported(self, v: Token) -> Iterator[Tie]:
        """'As revealed by X, Turkey deployed five warships', 'as previously reported by X, Rubio told Mulino that
        ...': the body or outlet by which a passive report opening with 'as' is made reports the parties of the
        clause it hangs on (and, where that clause is itself a report, who speaks to whom)."""
        if v.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ == "as" for c in v.children):
            return
        clause = v.head
        if clause.pos_ not in ("VERB", "AUX"):
            return
        reporters = {
            e for c in v.children if c.dep_ == "agent" for e in self.prep_objects(c) if self.kind(e) is Kind.PARTY
        }  # an outlet or a body ('as revealed by the minister, we will ...' is his own act, read elsewhere)
        if not reporters:
            return
        targets = self._reported_clause(clause) | self._act_parties(clause)
        yield from self._pairs(reporters, targets - reporters - self._own(reporters), "reported on", Family.REPORTING)

    def _reporting(self, v: Token) -> Iterator[Tie]:
        """'KCNA reported that X ...', '"...," Reuters revealed', 'the NIS confirmed Ri's defection'."""
        yield from self._as_reported(v)
        for outlet, speaker in quoted_by(v, self.tok_ent, self.prep_objects, self.outlets()):
            yield outlet, speaker, "quoted", Family.REPORTING  # 'X was quoted by Y as saying ...'
        yield from self._cited_speaker(v)
        subjects = [c for c in v.children if c.dep_ == "nsubj"]
        # '"... coming home: A, B and C," X said': A is a name quoted in a list, no speaker
        listed = [s for s in quoted_subjects(v, subjects) if self.tok_ent[s.i] >= 0]
        subjects = [c for c in subjects if c not in listed]
        if v.dep_ == "relcl" and subjects and all(c.lower_ in _RELATIVE for c in subjects):
            subjects = [v.head]  # 'X, who said Y seized Z': the one the relative clause hangs on speaks
        if not subjects and v.dep_ == "conj" and v.head.pos_ in ("VERB", "AUX"):
            # 'X condemned the attack and said that ...': the verb shares the first verb's subject
            subjects = [c for c in v.head.children if c.dep_ == "nsubj" and c.lower_ not in _RELATIVE]
        subjects = subjects or participle_subjects(v) or apposed_outlet(v, self.tok_ent, self.outlets())
        named = [
            c
            for c in subjects
            if self.tok_ent[c.i] >= 0 or c.lemma_.lower() in self.lex.role_nouns or self._outlet_named(c)
        ]
        # with two subjects (a quotation parsed as one), the named outlet reports, not 'a delegation of X'
        reporters = {e for c in (named or subjects) for e in self._speakers(c)} or self._inverted_outlet(v)
        people = {e for e in reporters if self.kind(e) is Kind.OFFICIAL}
        if people:
            reporters = people  # 'PCG spokesperson Jay Tarriela confirmed ...': the person speaks, not the body
        # 'sources told AFP', 'officials confirmed to CBS News': an outlet told by no one named reports it; a named
        # person telling an outlet is the one reporting
        speakers = people or {e for e in self.actor(v) if self.kind(e) is Kind.OFFICIAL}
        outlets = set() if speakers else self._told_outlets(v)
        if not reporters and not outlets:
            return
        targets: set[int] = set()
        quoted: set[int] = set()
        # 'a source at the German embassy told AFP': the outlet told reports whom the source speaks from
        acting: set[int] = self._sources_at(subjects) if outlets else set()
        outright: set[int] = set()  # entities the reported clauses name by a noun, not 'Turkish authorities'
        subject_states: set[int] = set()  # 'X said Estonia detained ...'
        clauses: list[tuple[Token, Token | None]] = []  # the reported clauses, and the report's verb below one
        sources: set[int] = set()  # outlets a report cites
        for c in v.children:
            if c.dep_ in ("ccomp", "dep", "parataxis") or self._fronted_clause(c, v) or self._second_reported(c, v):
                if c.pos_ in ("VERB", "AUX"):
                    clauses.append((c, None))
                if (people or (reporters and all(self._organ(e) for e in reporters))) and c.pos_ in _QUOTABLE:
                    # '"... Y ... Z ...," X said': a person quoted in his own words reports on the parties they
                    # name, also in words with no verb ('"A step forward for Y's policy," X said')
                    quoted |= quote_parties(c, self.tok_ent, self.kind, self.hyphenated, self.lex.verdict_words)
                    listed += colon_list(c) if quoted else []
                    subject_states |= {e for e in self._clause_subjects(c) if self.kind(e) is Kind.STATE}
                # a person or a state is asked more: what its clause is about, not every state it mentions
                wide = not any(self.kind(e) is not Kind.PARTY for e in reporters)
                targets |= self._reported_clause(c, wide) if c.pos_ in ("VERB", "AUX") else self._subject_core(c)
                targets |= self._recipients(c) if c.pos_ in ("VERB", "AUX") else set()
                if c.pos_ in ("VERB", "AUX"):
                    targets |= set() if people else self._nested_report(c)
                    if reporters and reporters <= self.outlets():
                        targets |= self._act_parties(c)
                    elif reporters and self._press(v, reporters):  # not the person met: 'reported X met Y'
                        targets |= {e for e in self._act_parties(c) if self.kind(e) is not Kind.OFFICIAL}
                if c.pos_ in ("VERB", "AUX") and (people or outlets):
                    # the outlet spoken to reports every party of the act: 'confirmed to X that Israel was
                    # targeting Iranian assets', 'told Y radio that while Estonia seeks dialogue ...'
                    acting |= self._reported_clause(c) | self._act_parties(c)
                    outright |= {
                        self.tok_ent[t.i] for t in c.subtree if t.pos_ != "ADJ" and t.dep_ not in ("amod", "npadvmod")
                    }
            elif c.dep_ == "dobj" or (c.dep_ == "nsubj" and not ((self.den_all(c) | self._speakers(c)) & reporters)):
                told = self._outlet_word(c)  # not 'told Y radio', 'told French news agency Y'
                if c.dep_ == "dobj" and v.lemma_.lower() in _CITING:
                    sources |= told  # 'X cited investigative website Y as saying ...': Y is X's source
                targets |= self._subject_core(c) - told if not told or c.dep_ != "dobj" else set()
                if c.dep_ == "dobj" and c.pos_ == "NOUN" and not told:
                    # 'reported the handover of 248 soldiers by X': who does the act a reported noun names
                    held = [c, *(o for x in c.children if x.dep_ == "prep" and x.lower_ == "of" for o in pobjs(x))]
                    targets |= {  # (also hung on the 'of' object: 'the handover of 248 soldiers by X')
                        e
                        for n in held
                        for x in n.children
                        if x.dep_ == "prep" and x.lower_ == "by"
                        for e in self.prep_objects(x)
                    }
                if c.dep_ == "dobj":
                    # 'cited a source at the Navy': whose source it is
                    targets |= {
                        e
                        for x in c.children
                        if x.dep_ == "prep" and x.lower_ in _SOURCE_PREPS
                        for e in self.prep_objects(x)
                    }
            elif (
                c.dep_ == "prep"
                and c.lower_ == "as"
                and not any(
                    self.kind(e) is Kind.OFFICIAL for x in v.children if x.dep_ == "dobj" for e in self.den_all(x)
                )
            ):
                # 'cited a source as saying that ...' (but 'quoted Kim as saying that ...' is Kim's word, not theirs)
                for x in c.children:
                    if x.dep_ == "pcomp" and x.lemma_.lower() in self.lex.reporting_verbs:
                        for y in x.children:
                            if y.dep_ == "ccomp" and y.pos_ in ("VERB", "AUX"):
                                targets |= self._reported_clause(y)
        if not targets and v.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in v.children):
            targets = self._reported_clause(v.head)  # 'As TradeWinds reported, a projectile exploded near X'
            clauses.append((v.head, v))
        if not targets and v.dep_ in ("conj", "parataxis") and v.head.i < v.i and v.head.pos_ in ("VERB", "AUX"):
            # 'X issued a statement ..., the ACNC news agency reported' parsed as two coordinated clauses
            targets = self._reported_clause(v.head)
            clauses.append((v.head, v))
            first = v.head
            while first.dep_ in ("conj", "xcomp") and first.head.i < first.i and first.head.pos_ in ("VERB", "AUX"):
                first = first.head  # 'X has left Mali and its units were taken over by Y, sources told AFP'
            if first is not v.head:
                targets |= self._reported_clause(first)
                clauses.append((first, v))
        if not targets and (reporters or outlets):
            targets = self._trailing_report(v)
            if targets:
                clauses.append((v.sent.root, v))
        if (reporters and reporters <= self.outlets()) or outlets:
            # an outlet reports every party its reported words name, not only the clause's subject and objects
            wide = set().union(*(self._scope(c, below) for c, below in clauses))
            if reporters and reporters <= self.outlets():
                # '... took A and B off a list, writes X': the parties of a clause the report closes (its object
                # too, not only its subject)
                # (not a state named by its adjective: 'took Russian billionaires A and B off ...')
                # (nor a report in turn: 'X wrote ..., Reuters reported' is read as a nested report)
                closed = set().union(
                    *(
                        self._act_parties(c)
                        for c, below in clauses
                        if below is not None and c.lemma_.lower() not in self.lex.reporting_verbs
                    )
                )
                wide |= {e for e in closed if self.kind(e) is not Kind.STATE}
            targets |= wide - self._own(reporters | outlets) - self._own_here(reporters | outlets, v.sent)
        if reporters and reporters <= self.outlets():
            # 'Chinese Foreign Minister X and Kiribati's President Y signed ..., Xinhua reported': an outlet reports
            # the states the officials it reports on are named by (both the state and the one acting for it)
            acted = {e for e in targets if self.kind(e) is Kind.OFFICIAL}
            targets |= {e for e in self._own_here(acted, v.sent) if self.kind(e) is Kind.STATE}
        if people:
            # a person's word on another person is talk, not a report: 'Sanders confirmed Pompeo would visit'; but
            # his word on what one named did is ('Trump has exempted X, Y announced', 'Y confirmed Z has assumed
            # his command': the newer annotated sets)
            doers = {
                self.tok_ent[x.i]
                for c, _ in clauses
                if c.lemma_.lower() not in COPULAS  # 'X said Y was a good friend' is a judgement, talk
                and not any(a.dep_ == "aux" and a.lower_ in MODALS for a in c.children)
                for s in c.children
                if s.dep_ in ("nsubj", "nsubjpass")
                for x in (s, *(s.conjuncts if s.dep_ == "nsubjpass" else ()))  # 'A and B were released by Tehran'
                if self.tok_ent[x.i] >= 0
            }
            targets = {e for e in targets if self.kind(e) is not Kind.OFFICIAL or e in doers}
            # 'US President X has exempted Y, Z announced': the state whose official acts (not the speaker's own)
            mine = self._own_here(people, v.sent) | self._own(people)
            acted = {e for e in doers if self.kind(e) is Kind.OFFICIAL}  # (not 'Iran and Panama-flagged ships')
            targets |= {e for e in self._own_here(acted, v.sent) if self.kind(e) is Kind.STATE} - mine
            targets |= {e for c, below in clauses if below is None for e in self._victims(c) | self._undergoing(c)}
        quoted = {e for e in quoted if self.kind(e) is not Kind.OFFICIAL}
        # an organ quoted in its own words ('"... between the navies of A and B," the Defence Ministry said') reports
        # on the parties they name: its own word (its state does not take it over the act the words state)
        organ_quoted = set() if people else quoted - targets
        if quoted:
            targets |= quoted - self._affiliations(reporters) - self._described_only(v.sent)
        if people or (reporters and all(self._organ(e) for e in reporters)):
            yield from self._announced(v, people or reporters)
        # 'Peru cut ties with Chile, the Foreign Ministry said': a body's word on its own state is no report on it
        # (the body is the state's, a tie stated where its name or the document ties it)
        own = self._own(reporters)
        home = self._home_state(reporters, targets, own, v.sent)
        yield from self._pairs(reporters, home, "of", Family.MEMBERSHIP)
        reported = targets - reporters - own - home
        # the names a quoted list gives as its clause's subject are what the speaker tells of
        reported |= listed_names(listed, self.tok_ent, self.hyphenated) - reporters - own
        if people:
            # 'Kommusaar said Estonia detained the Kiwala': his word on the state acting is REPORTING (newest gold,
            # r23 review: gold11's Rubio -> United States) unless his own phrase here names it his
            reported |= (subject_states & targets) - reporters - home - self._own_here(people, v.sent)
            # 'Iran's parliament speaker X said the parliament would ...': no report on the body his title names
            reported -= {e for e in self._titled_bodies(people, v.sent) if self.kind(e) is Kind.PARTY}
        yield from self._pairs(reporters, reported - organ_quoted, "reported on", Family.REPORTING)
        yield from self._pairs(reporters, reported & organ_quoted, "quoted on", Family.REPORTING)
        cited = (self._cited(v) | sources) - reporters - own
        yield from self._pairs(reporters, cited, "cited", Family.REPORTING)
        # 'X reports, citing public broadcaster Y and the Z newspaper': the outlets cited report it too (not those
        # behind a cited document: 'citing a probe by Y')
        direct = (self._cited_outlets(v) | sources) & self.outlets()
        yield from self._pairs(direct - reporters, reported - direct, "reported on", Family.REPORTING)
        relayed = relaying_outlets(v, self.prep_objects, self.outlets()) - reporters  # 'as cited by Y'
        yield from self._pairs(relayed, reported - relayed, "reported on", Family.REPORTING)
        # 'sources told AFP that X ...', 'officials confirmed to the Times that ...': the outlet told reports it
        # (the speakers too: 'US officials confirmed to CBS News that the US seized ...')
        yield from self._pairs(outlets, (targets | reporters | acting) - outlets, "reported on", Family.REPORTING)
        if people:
            # 'X said on Kuwait TV', 'in an interview with Al-Jazeera, X said ...': the outlet a person speaks to
            # reports him and the parties of his words ('told AFP that Japan's coastguard found a buoy')
            heard = self._interviewers(v) - reporters
            # 'X said in a statement released by the White House': the body that issued his words reports them
            heard |= {e for e in issued_by(v, self.lex.document_nouns, self.prep_objects) if self.kind(e) is Kind.PARTY}
            heard -= reporters
            # (a state only by its name: 'told X that Turkish officials believed ...' is no report on Turkey)
            told = people | quoted
            told |= {
                e
                for e in acting | targets
                if self.kind(e) is not Kind.OFFICIAL and (self.kind(e) is not Kind.STATE or e in outright)
            }
            # a person his words say acted ('told AFP that X held no post'; ``targets`` keeps only such doers)
            told |= {e for e in targets if self.kind(e) is Kind.OFFICIAL}
            # (not the speaker's own state or body: 'the Kremlin spokesman told X that Moscow ...', gold9)
            told -= self._own_here(people, v.sent)
            # (but the body a spokesperson speaks for is heard through him: 'X, spokesperson of Y's ministry, told Z',
            # gold18/19; not the body a member or head belongs to, older gold)
            told |= self._spoken_for(people, v.sent)
            yield from self._pairs(heard, told - heard, "reported on", Family.REPORTING)

    def _announced(self, v: Token, speakers: set[int]) -> Iterator[Tie]:
        """'Kommusaar said Estonia detained the Kiwala', 'the ministry said Peru had signed a deal with Chile': whom
        an act of the speaker's own state is done to (or done with) is what the speaker reports on; the one pass that
        gives an announcing official or organ the act's family (announcements.py) reads the act from the sentence."""
        mine = {e for e in self._own_here(speakers, v.sent) if self.kind(e) is Kind.STATE}
        if not mine:
            return
        for c in v.children:
            if c.dep_ != "ccomp" or c.pos_ not in ("VERB", "AUX") or any(x.dep_ == "neg" for x in c.children):
                continue
            acting = self._clause_subjects(c) & mine
            if not acting:
                continue
            for src, tgt, _, fam in self._verb(c):
                if fam in _NOT_ACTS:
                    continue
                other = tgt if src in acting else src if tgt in acting and fam in _SHARED_ACTS else -1
                if other >= 0 and other not in speakers | mine:
                    yield from self._pairs(speakers, {other}, "reported on", Family.REPORTING)

    def _scope(self, clause: Token, below: Token | None) -> set[int]:
        acting = self.lex.troop_nouns | self.lex.vessel_nouns | _STATE_AGENTS
        return report_scope(clause, self.tok_ent, self.kind, self.hyphenated, self.lex.reporting_verbs, acting, below)

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
        named = getattr(self, "_named_states", None)
        if named is None:
            named = self._named_states = states_in_names(self.entities, self.lex.name_tie_exclusions)
        return self._affiliations(speakers) | {st for e in speakers for st in named.get(e, ())}

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

    def _undergoing(self, c: Token) -> set[int]:
        """'X said Y had been freed', 'X says Y and Z are on their way back', 'X said Y was in contact with ...': the
        person a speaker's clause tells of as undergoing or being in a state (a passive or 'be' clause's subject) is
        what he reports on (gold r35); a person acting ('X confirmed Y would visit') is talk, not a report."""
        if c.pos_ not in ("VERB", "AUX"):
            return set()
        be = c.lemma_.lower() == "be"
        if be and not any(x.dep_ == "prep" or (x.dep_ == "acomp" and x.lower_ in _CONDITIONS) for x in c.children):
            return set()  # 'X said Y was a very good friend / illegitimate': a judgement, talk, not a report
        deps = ("nsubj", "nsubjpass") if be else ("nsubjpass",)
        return {
            e
            for x in c.children
            if x.dep_ in deps
            for y in (x, *x.conjuncts)
            if (e := self.tok_ent[y.i]) >= 0 and self.kind(e) is Kind.OFFICIAL
        }

    def _cited(self, v: Token) -> set[int]:
        """'X reported, citing a probe by Y and Z', 'reported, quoting Y': whom a report cites as its source."""
        out: set[int] = set()
        for x in _citing_objects(v, ("dobj", "prep")):
            out |= {self.tok_ent[y.i] for y in x.subtree if self.tok_ent[y.i] >= 0}
        return {e for e in out if self.kind(e) is not Kind.STATE}

    def _victims(self, c: Token) -> set[int]:
        """'said the measures cut "Russia's revenue for funding its war against Ukraine"': a state a speaker's words
        name as the one a third party's war or invasion is waged on is what he reports on (gold r26, r22: REPORTING;
        the doer gets the speaker's verdict, read elsewhere)."""
        out: set[int] = set()
        for t in c.subtree:
            if t.pos_ != "NOUN" or self.lex.relation_nouns.get(t.lemma_.lower()) is not Family.HOSTILITY:
                continue
            if not any(x.dep_ == "poss" and (x.pos_ == "PRON" or self.tok_ent[x.i] >= 0) for x in t.children):
                continue  # whose war it is: 'Russia's war', 'their invasion'
            if own_stance(t, c):
                continue  # 'said he opposed Russia's war on X': the speaker's own stance, read by the announcements
            for x in t.children:
                if x.dep_ == "prep" and x.lower_ in ("against", "on", "of"):
                    out |= {e for e in self.prep_objects(x) if self.kind(e) is Kind.STATE}
        return out

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

    def _cited_outlets(self, v: Token) -> set[int]:
        """'reported, citing public broadcaster Y and the Z newspaper': the outlets a report cites by name."""
        out: set[int] = set()
        for x in _citing_objects(v, ("dobj",)):
            for y in (x, *x.conjuncts):
                out |= {self.tok_ent[y.i]} - {-1} | self._outlet_word(y) | self._outlet_named(y)
        return out

    def _nested_report(self, c: Token) -> set[int]:
        """'Reuters reported Peskov told Zvezda that Moscow needed ...': an outlet reporting a report reports what
        the inner one is about."""
        if c.lemma_.lower() not in self.lex.reporting_verbs:
            return set()
        return {
            e
            for x in c.children
            if x.dep_ == "ccomp" and x.pos_ in ("VERB", "AUX")
            for s in x.children
            if s.dep_ in ("nsubj", "nsubjpass") and (e := self.tok_ent[s.i]) >= 0
        }

    def _trailing_report(self, v: Token) -> set[int]:
        """'Armenia said it would not attend ..., Russian state news agency TASS reported.' parsed with the
        reporting verb hung low: a report closing its sentence after a comma is about the sentence's main clause."""
        root = v.sent.root
        if root.i >= v.i or any(c.dep_ == "ccomp" for c in v.children):
            return set()
        if not any(c.dep_ == "nsubj" for c in v.children) and not apposed_outlet(v, self.tok_ent, self.outlets()):
            return set()
        # the speaker's words run back to a comma with no verb among them ('..., Russian state news agency X
        # reported', whose words the parser may hang elsewhere)
        words = v.doc[max(v.sent.start, v.i - 9) : v.i]
        comma = max((t.i for t in words if t.text == ","), default=-1)
        if comma < 0 or any(t.pos_ in ("VERB", "AUX") for t in v.doc[comma + 1 : v.i]):
            return set()
        if any(t.pos_ in ("VERB", "AUX") for t in v.doc[v.i + 1 : v.sent.end] if t.dep_ != "aux"):
            return set()
        return self._reported_clause(root) if root.pos_ in ("VERB", "AUX") else set()

    def _named_within(self, x: Token) -> set[int]:
        """'support UN Security Council resolutions', 'seized Hamas's funds': the body an object names before its
        noun."""
        return {e for y in x.children if y.dep_ in ("compound", "poss") and (e := self.tok_ent[y.i]) >= 0}

    def _sources_at(self, subjects: list[Token]) -> set[int]:
        """'a source at the German embassy', 'an official from Ukraine's security service': the state or body an
        unnamed source speaks from (named by the place's name or by its adjective, possessive or compound)."""
        out: set[int] = set()
        whose: set[int] = set()
        for c in subjects:
            if self.tok_ent[c.i] >= 0:
                continue
            for x in c.children:
                if x.dep_ != "prep" or x.lower_ not in _SOURCE_PREPS:
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

    def _according(self, t: Token) -> Iterator[Tie]:
        """'..., according to the state broadcaster VTV', 'according to a report by the UN Panel of Experts'."""
        clause = t.head
        if t.lower_ == "per" and clause.lower_ == "as" and clause.dep_ == "prep":
            clause = clause.head  # 'As per CNN, X left the door open'
        if clause.pos_ not in ("VERB", "AUX") or clause is t:
            return
        reporters: set[int] = set()
        direct: set[int] = set()  # sources named as such, or as the authors of a document
        # 'Per Reuters, X works for Y': the source is the preposition's own object
        preps = [t] if t.lower_ == "per" else [c for c in t.children if c.dep_ == "prep" and c.lower_ == "to"]
        for c in preps:
            for p in pobjs(c):
                reporters |= self.den_all(p) | self.issuer(p) | self._joined_issuers(p)
                direct |= {self.tok_ent[p.i]} - {-1}
                if p.lemma_.lower() in self.lex.document_nouns:
                    authors = {
                        e
                        for x in p.children
                        if x.dep_ == "prep" and x.lower_ in ("by", "from", "of")
                        for e in self.prep_objects(x)
                    }
                    # 'according to the statement issued on Monday and broadcast by X': who carried it
                    authors |= self._carriers(p)
                    reporters |= authors
                    direct |= authors
                elif p.lemma_.lower() in _GATHERED:
                    # 'according to information collated by X'
                    reporters |= self._carriers(p)
                    direct |= self._carriers(p)
                elif self.tok_ent[p.i] < 0:
                    # 'according to diplomats speaking to X', 'according to sources cited by X': the outlet they
                    # spoke to reports their word
                    reporters |= sources_outlets(p, self.prep_objects) & self.outlets()
        reporters = {e for e in reporters if self.kind(e) is not Kind.VESSEL}
        if t.lower_ == "per" and t.i > clause.i:
            # 'X fired back, per the AP, calling ...': after its verb only an outlet or a body is a source, and
            # what it reports is the clause's named subject (not a state a description names: 'the Dutch firm')
            reporters = {e for e in reporters if self.kind(e) is Kind.PARTY}
            subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
            named = {
                e for c in subjects for e in self.den_all(c) if self.kind(e) is not Kind.STATE or self.tok_ent[c.i] == e
            }
            yield from self._pairs(reporters, named - reporters, "reported on", Family.REPORTING)
            return
        if reporters:
            targets = self._reported_clause(clause)
            if self.source_body(reporters):
                # 'According to X, the ships flagged to A were ...': a source opening its sentence speaks for all of
                # it, however the parser hangs 'according' (here on the subject's participle)
                top = t.sent.root if t.i == t.sent.start and t.sent.root.pos_ in ("VERB", "AUX") else clause
                targets |= self.named_in(top, t) - self._own_here(reporters, t.sent) - self._own(reporters)
            if reporters <= self.outlets():
                if clause.dep_ == "advcl" and clause.head.dep_ == "ROOT" and t.i > clause.head.i:
                    # 'A voted against, while B abstained, according to X': the parser hangs the source on the
                    # last clause; an outlet closing its sentence reports all of it
                    whole = self._scope(clause.head, None) - self._own_here(reporters, t.sent) - self._own(reporters)
                    targets |= self._act_parties(clause.head) | whole
                targets |= self._act_parties(clause)
                # every party the words name ('According to X, A and B drilled with Japanese ships')
                wide = self._scope(clause, t if t.head is clause else None) - self._own_here(reporters, t.sent)
                targets |= wide - self._own(reporters)
            first = self.joined_before(clause, t)
            if first is not None:  # 'A determined that ... and B was flown to C, according to Y': Y reports on A
                subjects = (x for x in first.children if x.dep_ in ("nsubj", "nsubjpass"))
                targets |= {e for x in subjects for e in self._subject_core(x)} - self._own(reporters)
                if reporters <= self.outlets():
                    # 'A accused B of ..., and said ..., according to the agency X': an outlet reports the whole act
                    targets |= self._act_parties(first) - self._own(reporters)
            if clause.lemma_.lower() in self.lex.reporting_verbs:
                # 'X said "the United States condemns ...", according to Y': Y reports what X's words are about
                # (a state only where it is named as such: 'Indian troops crossed ...' is no report on India)
                for c in clause.children:
                    if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX"):
                        named = {self.tok_ent[x.i] for x in c.subtree if x.dep_ in _ARGS}
                        targets |= {e for e in self._reported_clause(c) if self.kind(e) is not Kind.STATE or e in named}
            own = self._own(reporters)
            # 'according to a ministry official' is the official's word, not the ministry's
            home = self._home_state(direct, targets, own, t.sent) if direct == reporters else set()
            yield from self._pairs(reporters, home, "of", Family.MEMBERSHIP)
            yield from self._pairs(reporters, targets - reporters - own - home, "reported on", Family.REPORTING)

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

    def _subject_core(self, t: Token) -> set[int]:
        """Entities a subject phrase is about: 'Ri's defection', 'a delegation of the WPK', 'fleeing North Korea'."""
        out = set(self.den_all(t))
        if out:
            return out
        for c in t.children:
            if c.dep_ in ("poss", "dobj"):
                out |= self.den_all(c)
            elif c.dep_ in ("compound", "amod", "nmod") and self.tok_ent[c.i] >= 0 and c.i not in self.hyphenated:
                out.add(self.tok_ent[c.i])  # 'IRGCN craft swarmed ...', 'a Russian Su-35 flew ...'
            elif c.dep_ == "prep" and c.lower_ == "of":
                out |= self.prep_objects(c)
            elif c.dep_ == "acl" and self.passive(c):
                out |= self.actor(c)  # 'a delegation headed by Ri Su-yong'
        return out

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

    def _clause_subjects(self, c: Token) -> set[int]:
        return {e for x in c.children if x.dep_ in ("nsubj", "nsubjpass") for e in self.den_all(x)}

    def _speakers(self, c: Token) -> set[int]:
        """Who a reporting verb's subject stands for: an outlet or body, a person, or a state named as such or
        through its officials ('Iranian officials said'), not through a description ('the Swiss trading giant')."""
        out: set[int] = set()
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

    def _reported_clause(self, c: Token, wide: bool = True) -> set[int]:
        subj = [x for x in c.children if x.dep_ in ("nsubj", "nsubjpass", "csubj")]
        out: set[int] = set()
        for s in subj:
            out |= self._subject_core(s)
        if out or any(s.pos_ == "PRON" for s in subj):
            # 'announced that the Russian MoD has used the Port Olya 3': what the subject acts on is reported too
            acted_on = {e for x in c.children if x.dep_ == "dobj" for e in self.den_all(x) or self._named_within(x)}
            # 'aimed radar at the X', 'fired on the Y', 'a strike against Z': what the act was aimed at
            acted_on |= {e for x in c.children if x.dep_ == "prep" and x.lower_ in _AIMED for e in self.prep_objects(x)}
            # 'confirmed that A and B were released by Tehran': who did what the passive clause states (not a
            # listing, 'has been sanctioned by the EU', nor an act denied, 'has not been sanctioned by the US')
            listing = c.lemma_.lower() in self.lex.listing_verbs or unasserted(c)
            doers = set() if listing else {e for x in c.children if x.dep_ == "agent" for e in self.prep_objects(x)}
            listed = enumerated_objects(c, self.tok_ent)  # 'decided to invite six nations: A, B and C'
            return out | doers | listed | {e for e in acted_on if self.kind(e) in (Kind.VESSEL, Kind.PARTY)}
        # the subject names nobody: take the clause's own arguments, not those of clauses nested in it
        stack = [(c, False)]
        while stack:
            t, placed = stack.pop()
            for x in t.children:
                if x.dep_ in ("ccomp", "relcl", "parataxis"):
                    continue
                # 'sank south of Spain', 'a factory in Russia': places are not what is reported on, but a ship
                # is ('a projectile exploded near the tanker Achilles')
                here = placed or (x.dep_ == "prep" and x.lower_ in WHERE_PREPS) or x.dep_ in ("advmod", "npadvmod")
                ei = self.tok_ent[x.i]
                arg = x.dep_ in _ARGS or (x.dep_ == "conj" and t.dep_ in _ARGS)  # '... with A and B'
                named = {ei} if ei >= 0 else (self.den(x) if arg and x.dep_ != "pobj" else frozenset())
                if arg:  # also 'identified a Russian cargo ship, the Port Olya 3', 'the tanker'
                    kinds = (Kind.VESSEL,) if here else (Kind.VESSEL, Kind.PARTY, Kind.OFFICIAL, Kind.STATE)
                    out |= {e for e in named if self.kind(e) in kinds and (wide or self.kind(e) is not Kind.STATE)}
                stack.append((x, here))
        return out


def _citing_objects(v: Token, deps: tuple[str, ...]) -> Iterator[Token]:
    """The objects (by ``deps``) of the citing clause a reporting verb ``v`` carries: 'reported, citing X'."""
    for c in v.children:
        if c.dep_ in ("advcl", "xcomp", "conj") and c.lemma_.lower() in _CITING:
            yield from (x for x in c.children if x.dep_ in deps)
