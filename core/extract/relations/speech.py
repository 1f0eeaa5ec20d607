"""Ties speech states: who reports on whom, whom a warning is aimed at, a speaker's verdict (the speakers,
their reported clauses and 'according to' are read in speakers.py, reported_clauses.py and according.py)."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from core.extract.nlp import doc_sents
from core.extract.relations.according import According
from core.extract.relations.cited_speakers import CitedSpeakers
from core.extract.relations.issuers import issued_by, quoted_by
from core.extract.relations.minister_homes import titled_ministers
from core.extract.relations.nested_subjects import nested_subjects
from core.extract.relations.of_persons import persons_of
from core.extract.relations.participles import apposed_outlet, participle_subjects
from core.extract.relations.passive_doers import passive_doers
from core.extract.relations.passive_subjects import UNDERGOING, passive_subjects
from core.extract.relations.quotes import colon_list, listed_names, quote_parties, quoted_subjects
from core.extract.relations.relayed import relaying_outlets
from core.extract.relations.reported_clauses import ReportedClauses
from core.extract.relations.reported_states import reported_states, returned_home
from core.extract.relations.reports import Reports
from core.extract.relations.revoked_holdings import revoked_from
from core.extract.relations.sources import Sources
from core.extract.relations.speakers import CITING_VERBS, SOURCE_PREPS, Speakers
from core.extract.relations.syntax import COPULAS, MODALS, PLACE_PREPS, Tie, pobjs
from core.extract.relations.told_states import told_parties
from core.extract.relations.verdicts import Verdicts
from core.model import Family, Kind

# Families that are no act a speaker can announce for his state, and acts both sides of which do them together.
_NOT_ACTS = frozenset({Family.REPORTING, Family.ASSOCIATION, Family.MEMBERSHIP, Family.LEADERSHIP, Family.DEFECTION})
_SHARED_ACTS = frozenset({Family.AGREEMENT, Family.DIPLOMACY, Family.ALLIANCE})
# Heads of a speaker's quoted words: a clause, or a phrase with no verb ('"A step forward for X," Y said').
_QUOTABLE = frozenset({"VERB", "AUX", "NOUN", "PROPN"})
# Relative pronouns standing for the speaker of a relative clause: 'X, who said ...'.
_RELATIVE = frozenset({"who", "which", "that"})


class Speech(Speakers, ReportedClauses, According, CitedSpeakers, Sources, Reports, Verdicts):
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
        if not subjects and v.dep_ == "conj" and v.head.pos_ in ("VERB", "AUX") and not self._inverted_outlet(v):
            # 'X condemned the attack and said that ...': the verb shares the first verb's subject (not ', reported Z.')
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
                told = self._outlet_word(c) | (self.den_all(c) & reporters)  # not 'told Y radio', 'reported Y.'
                if c.dep_ == "dobj" and v.lemma_.lower() in CITING_VERBS:
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
                        if x.dep_ == "prep" and x.lower_ in SOURCE_PREPS
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
            if first.i != v.head.i:
                targets |= self._reported_clause(first)
                clauses.append((first, v))
        if not targets and (reporters or outlets):
            targets = self._trailing_report(v)
            if targets:
                clauses.append((doc_sents(v.doc)[v.i].root, v))
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
                # 'X said it cut ties with Y, Z reported': the parties of the act the relayed report names
                wide |= set().union(*(self._relayed(c) for c, _ in clauses))
            v_sent = doc_sents(v.doc)[v.i]
            targets |= wide - self._own(reporters | outlets) - self._own_here(reporters | outlets, v_sent)
        if reporters and reporters <= self.outlets():
            # 'Chinese Foreign Minister X and Kiribati's President Y signed ..., Xinhua reported': an outlet reports
            # the states the officials it reports on are named by (both the state and the one acting for it)
            acted = {e for e in targets if self.kind(e) is Kind.OFFICIAL}
            targets |= {e for e in self._own_here(acted, doc_sents(v.doc)[v.i]) if self.kind(e) is Kind.STATE}
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
            # (also whom a passive names as doing it: 'Y said the decision was made by Z', passive_doers.py)
            speaking = people  # (not what was done to the speaker: 'X said he was insulted by Z')
            doers |= passive_doers(
                clauses, self.prep_objects, self.lex.listing_verbs, lambda x: self.tok_ent[x.i] in speaking
            )
            targets = {e for e in targets if self.kind(e) is not Kind.OFFICIAL or e in doers}
            # 'US President X has exempted Y, Z announced': the state whose official acts (not the speaker's own)
            mine = self._own_here(people, doc_sents(v.doc)[v.i]) | self._own(people)
            acted = {e for e in doers if self.kind(e) is Kind.OFFICIAL}  # (not 'Iran and Panama-flagged ships')
            targets |= {e for e in self._own_here(acted, doc_sents(v.doc)[v.i]) if self.kind(e) is Kind.STATE} - mine
            targets |= {e for c, below in clauses if below is None for e in self._victims(c) | self._undergoing(c)}
        quoted = {e for e in quoted if self.kind(e) is not Kind.OFFICIAL}
        # an organ quoted in its own words ('"... between the navies of A and B," the Defence Ministry said') reports
        # on the parties they name: its own word (its state does not take it over the act the words state)
        organ_quoted = set() if people else quoted - targets
        if quoted:
            targets |= quoted - self._affiliations(reporters) - self._described_only(doc_sents(v.doc)[v.i])
        if people or (reporters and all(self._organ(e) for e in reporters)):
            yield from self._announced(v, people or reporters)
        # 'Peru cut ties with Chile, the Foreign Ministry said': a body's word on its own state is no report on it
        # (the body is the state's, a tie stated where its name or the document ties it)
        own = self._own(reporters)
        home = self._home_state(reporters, targets, own, doc_sents(v.doc)[v.i])
        yield from self._pairs(reporters, home, "of", Family.MEMBERSHIP)
        reported = targets - reporters - own - home - self._co_speakers(subjects)
        # the names a quoted list gives as its clause's subject are what the speaker tells of
        reported |= listed_names(listed, self.tok_ent, self.hyphenated) - reporters - own
        if people:
            # 'Kommusaar said Estonia detained the Kiwala': his word on the state acting is REPORTING (newest gold,
            # r23 review: gold11's Rubio -> United States) unless his own phrase here names it his
            reported |= (subject_states & targets) - reporters - home - self._own_here(people, doc_sents(v.doc)[v.i])
            # 'Iran's parliament speaker X said the parliament would ...': no report on the body his title names
            reported -= {e for e in self._titled_bodies(people, doc_sents(v.doc)[v.i]) if self.kind(e) is Kind.PARTY}
            # 'X said Iran had asked Indonesia ...', '... supplies to China': a state his clause acts on or bears on
            mine_here = self._own_here(people, doc_sents(v.doc)[v.i])
            side = reporters | own | home | mine_here | self._own(mine_here)
            states_here = reported_states(v, self.tok_ent, self.kind, side, self.lex.listing_verbs)
            states_here -= reporters | own | home | mine_here
            # 'Prime Minister X says Canadian citizens ... back to Canada': a title naming no state, his own state
            if not any(self.kind(e) is Kind.STATE for e in own | mine_here) and titled_ministers(
                self.doc, self.heads, self.tok_ent, people, doc_sents(v.doc)[v.i]
            ):
                came_home = returned_home(v, self.tok_ent, self.kind) & states_here
                states_here -= came_home
                yield from self._pairs(people, came_home, "of", Family.MEMBERSHIP)
            reported |= states_here
        if reporters and all(self.kind(e) is Kind.PARTY for e in reporters):
            # 'the crew of the tanker Y were rescued, the ministry said': what a reported passive clause's subject
            # names undergoes the act a body or an outlet reports (its own word: its state does not take it over,
            # organs.py; a person's or a state's word is read as before)
            undergoing = passive_subjects((c for c, up in clauses if up is None), self.tok_ent)
            undergoing -= reported | reporters | own | home | self._own_here(reporters, doc_sents(v.doc)[v.i])
            yield from self._pairs(reporters, undergoing, UNDERGOING, Family.REPORTING)
        if reporters and not people and not reporters & self.outlets():
            # 'the licences of X would be revoked, the authority said': the body or state takes them back
            revoked = revoked_from((c for c, up in clauses if up is None), self.tok_ent)
            revoked -= reporters | own | home | self._own_here(reporters, v.sent)
            yield from self._pairs(reporters, revoked, "revoked holding of", Family.ENFORCEMENT)
        # the doers of the clauses nested in the reported words, not the speaker's own side (nested_subjects.py)
        here = self._own_here(reporters, doc_sents(v.doc)[v.i])
        side = reporters | own | home | here | self._own(here)
        nested = {e for c, up in clauses if up is None for e in self._nested_subjects(c)} - side - reported
        yield from self._pairs(reporters, nested, "spoke of", Family.REPORTING)
        if people:  # 'X said the release of Y ...': a person named by 'of' in his words (of_persons.py)
            named_of = persons_of((c for c, up in clauses if up is None), self.tok_ent, self.kind)
            named_of -= side | reported | nested
            # kept only where the sentence types the pair no other way (reader.py, ``drop_of_persons_typed``)
            self.of_persons |= {(doc_sents(v.doc)[v.i].start, a, b) for a in people for b in named_of}
            yield from self._pairs(people, named_of, "spoke of", Family.REPORTING)
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
        # 'sources told AFP that X ...'
        told = told_parties(targets | reporters | acting, clauses, subjects, self.tok_ent, self.kind, self.den_all)
        yield from self._pairs(outlets, told - outlets, "reported on", Family.REPORTING)
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
            told -= self._own_here(people, doc_sents(v.doc)[v.i])
            # (but the body a spokesperson speaks for is heard through him: 'X, spokesperson of Y's ministry, told Z',
            # gold18/19; not the body a member or head belongs to, older gold)
            told |= self._spoken_for(people, doc_sents(v.doc)[v.i])
            yield from self._pairs(heard, told - heard, "reported on", Family.REPORTING)

    def _nested_subjects(self, c: Token) -> set[int]:
        return nested_subjects(c, self.tok_ent, self.kind, self.den_all, self.lex)

    def _announced(self, v: Token, speakers: set[int]) -> Iterator[Tie]:
        """'Kommusaar said Estonia detained the Kiwala', 'the ministry said Peru had signed a deal with Chile': whom
        an act of the speaker's own state is done to (or done with) is what the speaker reports on; the one pass that
        gives an announcing official or organ the act's family (announcements.py) reads the act from the sentence."""
        mine = {e for e in self._own_here(speakers, doc_sents(v.doc)[v.i]) if self.kind(e) is Kind.STATE}
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
