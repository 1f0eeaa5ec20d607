"""One document's ties: runs the rules per sentence segment and adds ASSOCIATION for the rest."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from itertools import chain, combinations, pairwise

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from core.extract.kb import lookup
from core.extract.nlp import doc_column, doc_lemma_lower, doc_sents, doc_tokens
from core.extract.relations.accused_states import accused_states
from core.extract.relations.added_reports import reports_in_shape
from core.extract.relations.addresses import Addresses
from core.extract.relations.airspace_closures import airspace_ties, banned_flight_ties
from core.extract.relations.announcements import Announcements
from core.extract.relations.apposed_posts import apposed_post_ties
from core.extract.relations.apposed_titles import apposed_title_ties
from core.extract.relations.authorities import authority_reports, name_words
from core.extract.relations.belonging import belonging_ties
from core.extract.relations.between import Between
from core.extract.relations.big_lists import drop_big_cliques
from core.extract.relations.bloc_countries import bloc_country_ties
from core.extract.relations.body_heads import body_head_members
from core.extract.relations.bracketed_states import drop_bracketed_if_typed
from core.extract.relations.bribes import bribe_ties
from core.extract.relations.brokers import broker_ties
from core.extract.relations.capital_visits import capital_places, capital_ties, lone_capital_ties, settle_capital_ties
from core.extract.relations.captivity import captivity_ties
from core.extract.relations.chaired_by import chaired_by_ties
from core.extract.relations.chaired_meetings import chaired_meeting_ties
from core.extract.relations.cited_documents import cited_documents
from core.extract.relations.close_encounters import encounter_ties
from core.extract.relations.closing_outlets import closing_outlet_ties
from core.extract.relations.co_actors import alongside_ties, co_actor_ties
from core.extract.relations.comment_requests import comment_contacts, comment_requests
from core.extract.relations.concerns import concern_ties
from core.extract.relations.conjunct_copies import conjunct_copies
from core.extract.relations.counted_people import drop_counted_nationals
from core.extract.relations.counted_reports import counted_only_reports
from core.extract.relations.deeds_by import deed_doer_ties
from core.extract.relations.delegations import delegation_ties
from core.extract.relations.delistings import DELISTING_VERBS, Delistings
from core.extract.relations.denials import denied
from core.extract.relations.denied_access import denied_access_ties
from core.extract.relations.deployed import deployed_ties
from core.extract.relations.drills import drill_ties
from core.extract.relations.election_bodies import election_results
from core.extract.relations.elided import Elided
from core.extract.relations.escorts import escorts_as_alliance
from core.extract.relations.evasion import evasion_ties
from core.extract.relations.extraditions import state_extraditions
from core.extract.relations.fire_fighting import fire_fighting_ties
from core.extract.relations.flag_states import drop_flag_only_states
from core.extract.relations.force_ships import force_ship_ties
from core.extract.relations.gifts import gift_ties
from core.extract.relations.greetings import GREETING_VERBS, Greetings
from core.extract.relations.headlines import Headlines, looks_like_headline
from core.extract.relations.held_assets import held_asset_ties
from core.extract.relations.hosted_events import hosted_event_ties
from core.extract.relations.joined_names import joined_ties
from core.extract.relations.joint_names import joint_ties
from core.extract.relations.joint_training import joint_training_ties
from core.extract.relations.kin_ties import drop_kin_ties
from core.extract.relations.lawsuits import lawsuit_ties
from core.extract.relations.lexicon import Lexicon
from core.extract.relations.made_by import made_by_ties
from core.extract.relations.made_up_of import made_up_of_ties
from core.extract.relations.measures import listed_states, settle_measures, ships_collided
from core.extract.relations.mediated_sides import mediated_side_ties
from core.extract.relations.modifiers import Modifiers
from core.extract.relations.name_lists import MIN_MEMBERS, enumerations, list_owners, listed_copies, owned_lists
from core.extract.relations.name_ties import is_bare_force, unwritten_states
from core.extract.relations.of_persons import drop_of_persons_typed
from core.extract.relations.operations import operation_ties
from core.extract.relations.organs import is_organ, organ_states, through_states
from core.extract.relations.own_organs import own_organs
from core.extract.relations.own_ships import drop_own_ship_joins
from core.extract.relations.own_side import keep_own_sides, own_side_ties
from core.extract.relations.pair_model import PairModel, pair_features, sentence_cues
from core.extract.relations.pair_structure import sentence_words
from core.extract.relations.partners import partner_ties
from core.extract.relations.permits import Permits
from core.extract.relations.persona import DECLARING_VERBS, PersonaNonGrata
from core.extract.relations.port_calls import port_call_ties
from core.extract.relations.protested_after import protested_after_ties
from core.extract.relations.reactions import reaction_ties
from core.extract.relations.refusals import speaker_on_act
from core.extract.relations.regarded_as import regarded_ties
from core.extract.relations.relation_nouns import RelationNouns
from core.extract.relations.reported_counterparts import reported_counterparts
from core.extract.relations.reported_events import ReportedEvents
from core.extract.relations.restored_measures import restored_measures
from core.extract.relations.revoked_grants import revoked_grant_ties
from core.extract.relations.shared_acts import shared_act_ties
from core.extract.relations.ship_lists import ShipLists
from core.extract.relations.ships import Ships
from core.extract.relations.signed_for import signed_for_ties
from core.extract.relations.speech import Speech
from core.extract.relations.spokespeople import spokesperson_state_ties
from core.extract.relations.state_ships import state_ship_ties
from core.extract.relations.summoned_envoys import summoned_envoy_states
from core.extract.relations.summoned_to import summoned_to_ties
from core.extract.relations.surface import SurfaceTitles
from core.extract.relations.surface_envoys import envoy_post_ties
from core.extract.relations.syntax import Tie, nominal
from core.extract.relations.title_runs import title_run_ties
from core.extract.relations.titles import Titles
from core.extract.relations.travel_bans import travel_ban_ties
from core.extract.relations.under_fire import under_fire_ties
from core.extract.relations.unit_heads import unit_heads
from core.extract.relations.unnamed_movers import drop_unnamed_movers
from core.extract.relations.verbs import Verbs
from core.extract.relations.vetoes import vetoed
from core.extract.relations.vote_lists import vote_list_ties
from core.extract.relations.welcomed_pacts import welcomed_pacts
from core.extract.relations.withdrawn_envoys import withdrawn_ties
from core.model import Family, Kind, LocalEntity, LocalRelation, Span


def _evidence(doc_text: str, sent: SpacySpan) -> Span:
    """The sentence without surrounding whitespace, offsets exact."""
    start, end = sent.start_char, sent.end_char
    while start < end and doc_text[start].isspace():
        start += 1
    while end > start and doc_text[end - 1].isspace():
        end -= 1
    if end <= start:
        start, end = sent.start_char, sent.end_char
    return Span(start, end, doc_text[start:end])


# words of a body's name that make it no firm (an NGO, a court, a bank of states), whatever state a bracket names
_ORG_NOUNS = frozenset(
    {
        "Watch", "International", "Institute", "Institution", "Foundation", "Endowment", "Council", "Committee",
        "Commission", "Organization", "Organisation", "Fund", "Bank", "Nations", "Union", "Court", "Cross",
        "Crescent", "Agency", "Programme", "Program", "Group", "League", "Assembly",
    }
)  # fmt: skip


class Reader(
    Modifiers,
    Ships,
    ShipLists,
    Titles,
    RelationNouns,
    Verbs,
    Speech,
    Headlines,
    Elided,
    Permits,
    Delistings,
    Greetings,
    PersonaNonGrata,
    Announcements,
    Addresses,
    ReportedEvents,
):
    """The rules that read ties from the trees of one document's sentences."""

    def __init__(self, doc: Doc, entities: list[LocalEntity], lex: Lexicon, model: PairModel | None = None) -> None:
        super().__init__(doc, entities, lex)
        self.model = model
        self.collect = False  # keep the features of untyped pairs (bench/train_pair_model.py)
        self.untyped: list[tuple[int, int, list[str], Span]] = []  # pairs the rules left untyped: features, evidence
        self.bare_titles = []
        self._stated: dict[tuple[int, int], list[Tie]] = {}  # ties per (sentence, segment)
        # name ties the text does not write, kept for the body's acts but not stated: ((sentence, segment), body, state)
        self._unstated: set[tuple[tuple[int, int], int, int]] = set()
        self._organs: dict[int, bool] = {}
        self._cues: dict[int, list[str]] = {}  # sentence start -> what the sentence says, for the model
        self._words: dict[int, list[str]] = {}  # sentence start -> its family cue words, for the model
        self._surface = SurfaceTitles(lex)
        self._between = Between(lex)
        self._vetoed: set[frozenset[int]] = set()  # pairs of the last segment a veto read as not tied (vetoes.py)
        self.of_persons: set[tuple[int, int, int]] = set()  # (sentence, speaker, person) of_persons.py tied
        self._words_of: dict[int, set[str]] = {}  # entity -> the lower-case words of its name and mentions
        # the words (lemma or lower case) on which ``_sentence`` may do something for a token outside any name
        # that is not a verb: every other such token is passed over without reading it
        self._sentence_words = frozenset().union(
            lex.vessel_nouns, lex.flag_nouns, lex.ship_tie_roles, lex.role_nouns, lex.relation_nouns
        ) | {"according", "per"}

    def _state_in_state(self, src: int, tgt: int, type_: str, fam: Family) -> bool:
        """No state is part of another (but a colony): 'Serbia joins A, B and C' as users of a jet, 'yachts belonging
        to X' seized by Y's authorities."""
        return fam is Family.MEMBERSHIP and self.kind(src) is Kind.STATE is self.kind(tgt) and "colon" not in type_

    def _no_firm(self, ei: int) -> bool:
        """A news outlet, or a body the knowledge base knows whose name says it is no firm ("Human Rights Watch",
        "World Bank"): the knowledge base lists state firms too ("Gazprom (Russia)" is Russia's)."""
        name = self.entities[ei].name
        return ei in self.outlets() or (lookup(name) is not None and not _ORG_NOUNS.isdisjoint(name.split()))

    def _organ(self, ei: int) -> bool:
        if ei not in self._organs:
            self._organs[ei] = is_organ(self.entities[ei], self.lex)
        return self._organs[ei]

    def _add_name_ties(self, by_seg: dict[int, set[int]]) -> None:
        """'the China Coast Guard' belongs to China: stated once, in the first sentence naming the body, which
        then counts the state as present."""
        named, hosts = self._name_states()
        if not named and not hosts:
            return
        first: dict[int, int] = {}
        for ei, hi in self.heads:
            if (ei in named or ei in hosts) and (ei not in first or hi < first[ei]):
                first[ei] = hi
        sents = doc_sents(self.doc)
        # 'The Moscow Times', 'South China Morning Post': a paper is no state's member (a news agency may be)
        outlets = {ei for ei in self.outlets() if "agency" not in self.entities[ei].name.lower()}
        # 'the Justice Department' (a state only its canonical name holds) is stated the state's where that sentence
        # names the state too ('The United States has sanctioned ..., the Treasury Department announced'); elsewhere
        # the text does not say whose it is (gold on blind11..39 has no such tie), though its acts stay the state's
        unwritten = unwritten_states(self.entities, named)
        for ei, hi in first.items():
            if ei in outlets:
                continue
            key = (sents[hi].start, self.segment[hi])
            if ei in hosts:  # 'the UN Assistance Mission for Iraq' serves in Iraq: no body of Iraq's
                by_seg[key[1]] |= hosts[ei]
                self._stated.setdefault(key, []).extend((ei, st, "mission in", Family.DIPLOMACY) for st in hosts[ei])
            if ei not in named:
                continue
            by_seg[key[1]] |= named[ei]
            self._stated.setdefault(key, []).extend((ei, st, "part of", Family.MEMBERSHIP) for st in named[ei])
            here = {e for e, h in self.heads if sents[h].start == key[0]}
            self._unstated |= {(key, ei, st) for st in unwritten.get(ei, set()) - here}

    def _add_home_forces(self, by_seg: dict[int, set[int]]) -> None:
        """'the Navy', 'the Defense Forces' named bare belong to the state the article is about: in each sentence
        naming one, the state of that sentence the article names most often."""
        bare = [ei for ei, e in enumerate(self.entities) if e.kind is Kind.PARTY and is_bare_force(e)]
        if not bare:
            return
        counts = Counter(ei for ei, _ in self.heads if self.kind(ei) is Kind.STATE)
        sents = doc_sents(self.doc)
        for ei, hi in self.heads:
            if ei not in bare:
                continue
            key = (sents[hi].start, self.segment[hi])
            states = [e for e in by_seg.get(key[1], ()) if self.kind(e) is Kind.STATE]
            if key in self._stated and states:
                home = max(states, key=lambda e: (counts[e], -e))
                if counts[home] >= 2:
                    self._stated[key].append((ei, home, "part of", Family.MEMBERSHIP))

    def _settle_titles(self) -> None:
        """A bare 'President X' ties X to the state the document elsewhere says X serves, if it is named in
        the same segment; failing that, to the state named last before the title."""
        known: dict[int, set[int]] = {}
        for stated in self._stated.values():
            for src, tgt, _, fam in stated:
                if fam in (Family.LEADERSHIP, Family.MEMBERSHIP) and self.kind(tgt) is Kind.STATE:
                    known.setdefault(src, set()).add(tgt)
        for key, person, states, present, type_, fam in self.bare_titles:
            mine = known.get(person)
            if fam is Family.LEADERSHIP and not mine:
                # 'Rubio told President X that US President Y ...': a state whose head the sentence names with the
                # same title is not X's
                taken = {t for s, t, ty, f in self._stated.get(key, ()) if s != person and ty == type_ and f is fam}
                states = [s for s in states if s not in taken]
            targets = sorted(mine & present) if mine else states[:1]
            self._stated[key].extend((person, t, type_, fam) for t in targets)

    def _written_only(self, stated: list[Tie], key: tuple[int, int]) -> list[Tie]:
        """``stated`` without the name ties of ``_unstated`` for this segment (their pairs left untyped too)."""
        out = []
        for tie in stated:
            src, tgt, type_, fam = tie
            if fam is Family.MEMBERSHIP and type_ == "part of" and (key, src, tgt) in self._unstated:
                self._vetoed.add(frozenset((src, tgt)))
            else:
                out.append(tie)
        return out

    def _through_organs(self, stated: list[Tie]) -> list[Tie]:
        """'X, member of the Politburo of the Communist Party': a member of a party's organ is the party's too."""
        organs: dict[int, set[int]] = {}
        for src, tgt, type_, fam in stated:
            if fam is Family.MEMBERSHIP and type_ == "part of" and self.kind(src) is self.kind(tgt) is Kind.PARTY:
                organs.setdefault(src, set()).add(tgt)
        return [
            (src, party, type_, fam)
            for src, tgt, type_, fam in stated
            if fam is Family.MEMBERSHIP and type_.startswith("member") and self.kind(src) is Kind.OFFICIAL
            for party in organs.get(tgt, ())
        ]

    def relations(self) -> list[LocalRelation]:
        """Rules run once per spaCy sentence with two entities or more, per segment of it."""
        by_sent: dict[int, SpacySpan] = {}
        by_seg: dict[int, set[int]] = {}
        sents = doc_sents(self.doc)
        for ei, hi in self.heads:
            by_seg.setdefault(self.segment[hi], set()).add(ei)
            sent = sents[hi]
            by_sent.setdefault(sent.start, sent)
        states = {e.name: ei for ei, e in enumerate(self.entities) if e.kind is Kind.STATE}
        for start, sent in by_sent.items():
            segs = sorted(set(self.segment[sent.start : sent.end]))
            busy = [seg for seg in segs if len(by_seg.get(seg, ())) >= 2]
            if len(segs) == 1 and not busy and capital_places(sent, self.tok_ent, self.segment, states):
                # 'X arrived in New Delhi': one name and a capital standing for its state (capital_visits.py)
                self._stated[(start, segs[0])] = list(lone_capital_ties(self, sent))
                continue
            if len(segs) == 1 and busy:
                self._stated[(start, busy[0])] = list(self._sentence(sent))
                continue
            # a headline or caption glued to a sentence by the parser: read each piece with the names of the
            # other pieces hidden, so no tie crosses a line break
            whole = self.tok_ent
            for seg in busy:
                self.tok_ent = [ei if self.segment[i] == seg else -1 for i, ei in enumerate(whole)]
                self._den.clear()
                self._den_alls.clear()
                self._stated[(start, seg)] = list(self._sentence(sent))
            self.tok_ent = whole
            self._den.clear()
            self._den_alls.clear()
        tokens = doc_tokens(self.doc)
        for start, seg in list(self._stated):
            toks = [tokens[i] for i in range(start, by_sent[start].end) if self.segment[i] == seg]
            if looks_like_headline(toks):
                self._stated[(start, seg)].extend(self._headline(toks))
        self._add_name_ties(by_seg)
        self._add_home_forces(by_seg)
        state_of = organ_states((tie for stated in self._stated.values() for tie in stated), self.kind, self._organ)
        for stated in self._stated.values():
            stated.extend(self._through_organs(stated))
            stated.extend(through_states(stated, self.kind, state_of))
        # before the bare titles are settled: 'a state visit by President X' is no post in the host state
        settle_capital_ties(self, (tie for stated in self._stated.values() for tie in stated))
        self._settle_titles()
        where: dict[tuple[int, int], list[int]] = {}
        for ei, hi in self.heads:
            where.setdefault((ei, self.segment[hi]), []).append(hi)
        out: list[LocalRelation] = []
        own_sides: list[LocalRelation] = []
        for start, seg in sorted(self._stated):
            present = by_seg[seg]
            toks = [tokens[i] for i in range(start, by_sent[start].end) if self.segment[i] == seg]
            evidence = _evidence(self.text, self.doc[toks[0].i : toks[-1].i + 1])
            found: dict[tuple[int, int, Family], str] = {}
            stated = escorts_as_alliance(self._stated[(start, seg)], (t.lemma_ for t in toks), self.kind)
            end = by_sent[start].end
            stated = self.ministry_members(self.announced(stated, start, end), start, end)
            stated = self.addressed(stated, start, end)
            stated = self.bloc_allies(self.deputies(stated, start, end), start, end)
            joined = list(joined_ties(toks, self.tok_ent, self.kind, self.lex))
            stated = settle_measures(stated, joined, self.kind, self.doc, start, end, self.outlets())
            stated = authority_reports(
                stated,
                self.kind,
                self._entity_words,
                self.outlets(),
                self.doc,
                self.tok_ent,
                start,
                end,
                self.lex.reporting_verbs,
            )
            stated = election_results(
                stated, self.kind, self._entity_words, self.doc, [t.i for t in toks], self.tok_ent
            )
            stated = unit_heads(stated, self.doc, self.tok_ent, start, end, self.kind)
            stated = summoned_envoy_states(stated, self.kind, self.lex.diplomatic_roles)
            stated = own_organs(stated, self.doc, self.tok_ent, self.kind, self.lex.reporting_verbs, start, end)
            stated = title_run_ties(
                stated, self.doc, self.tok_ent, self.kind, self.lex.role_nouns, self.lex.deputy_words, start, end
            )
            stated = body_head_members(stated, self.kind, self._entity_words)
            stated = vetoed(stated, [t.i for t in toks], self.doc, self.tok_ent, self.kind, self._vetoed)
            stated = denied(stated, [t.i for t in toks], self.doc, self.tok_ent, self.kind, self._vetoed)
            stated = restored_measures(stated, [t.i for t in toks], self.doc, self.tok_ent, self._vetoed, self.kind)
            stated = welcomed_pacts(stated, [t.i for t in toks], self.doc, self.tok_ent, self._vetoed)
            # 'X said the two countries agreed ...': no report on a state named only so (counted_reports.py)
            stated = counted_only_reports(
                stated, self.doc, [t.i for t in toks], self.described, self.tok_ent, self.kind
            )
            # 'X said Iran was one of the worst violators': the report accuses the state too (accused_states.py)
            stated = accused_states(stated, self.doc, [t.i for t in toks], self.tok_ent, self.kind)
            if self._unstated:
                stated = self._written_only(stated, (start, seg))
            for src, tgt, type_, fam in stated:
                if fam is Family.DIPLOMACY and self.kind(src) is Kind.VESSEL:
                    continue  # 'the Talara was traveling from Ajman, United Arab Emirates': ships sail, not visit
                if self._state_in_state(src, tgt, type_, fam):
                    continue
                if src != tgt and src in present and (tgt in present or (start, src, tgt) in capital_ties(self)):
                    found.setdefault((src, tgt, fam), type_)  # a capital's state: capital_visits.py
            drop_of_persons_typed(found, self.of_persons, start)
            for src, tgt, type_, fam in comment_contacts(toks, self.tok_ent, self.kind, self.outlets()):
                if src in present and tgt in present:  # an outlet asking for comment: no diplomacy, a report
                    found.pop((src, tgt, Family.DIPLOMACY), None)
                    found.pop((tgt, src, Family.DIPLOMACY), None)
                    found.setdefault((src, tgt, fam), type_)
            typed = {frozenset((a, b)) for a, b, _ in found}
            surface = listed_states(
                chain(
                    self._surface.ties(toks, self.tok_ent, self.kind),
                    partner_ties(toks, self.tok_ent, self.kind),  # before 'A joined B' read as membership
                    vote_list_ties(toks, self.tok_ent, self.kind),
                    self._between.ties(toks, self.tok_ent, self.kind, self.hyphenated),
                    joined,
                    joint_ties(toks, self.tok_ent, self.kind, self.lex),
                    gift_ties(toks, self.tok_ent, self.kind),
                    bribe_ties(toks, self.den_all, self.actor),
                    comment_requests(toks, self.tok_ent, self.kind, self.outlets()),
                    cited_documents(toks, self.tok_ent, self.kind, self.lex.document_nouns, self.lex.reporting_verbs),
                    port_call_ties(toks, self.tok_ent, self.kind),
                    force_ship_ties(toks, self.tok_ent, self.kind, self.lex),
                    apposed_title_ties(toks, self.tok_ent, self.kind, self.lex),
                    apposed_post_ties(toks, self.tok_ent, self.kind, self.lex),
                    envoy_post_ties(toks, self.tok_ent, self.kind, self.lex.diplomatic_roles),
                    under_fire_ties(toks, self.tok_ent, self.kind, self.den_all),
                    fire_fighting_ties(toks, self.kind, self.den_all, self.actor),
                    captivity_ties(toks, self.kind, self.den_all),
                    broker_ties(toks, self.kind, self.den_all),
                    mediated_side_ties(toks, self.kind, self.den_all),
                    delegation_ties(toks, self.kind, self.den_all),
                    chaired_meeting_ties(toks, self.kind, self.den_all),
                    reaction_ties(toks, self.tok_ent, self.den_all),
                    concern_ties(toks, self.kind, self.den_all),
                    joint_training_ties(toks, self.kind, self.den_all),
                    belonging_ties(toks, self.tok_ent, self.kind),
                    signed_for_ties(toks, self.kind, self.den_all),
                    hosted_event_ties(toks, self.kind, self.den_all),
                    regarded_ties(toks, self.den_all),
                    drill_ties(toks, self.kind, self.den_all),
                    protested_after_ties(toks, self.den_all),
                    airspace_ties(toks, self.kind, self.den_all),
                    banned_flight_ties(toks, self.kind, self.den_all),
                    travel_ban_ties(toks, self.kind, self.den_all),
                    lawsuit_ties(toks, self.den_all),
                    held_asset_ties(toks, self.kind, self.den_all),
                    denied_access_ties(toks, self.kind, self.den_all),
                    deployed_ties(toks, self.kind, self.den_all),
                    operation_ties(toks, self.tok_ent, self.kind, self.den_all, lambda e: self.entities[e].name),
                    encounter_ties(toks, self.kind, self.den_all),
                    summoned_to_ties(toks, self.kind, self.den_all, self.tok_ent),
                    withdrawn_ties(toks, self.kind, self.den_all, self.lex),
                    evasion_ties(toks, doc_lemma_lower(self.doc), self.tok_ent, self.kind),
                    co_actor_ties(toks, self.kind, self.tok_ent, self.den_all),
                    alongside_ties(toks, self.tok_ent, self.den_all, self.lex),
                    shared_act_ties(toks, self.tok_ent, self.kind, self.den, lambda e: self.entities[e].name),
                    closing_outlet_ties(toks, self.tok_ent, self.kind, self.outlets()),
                    revoked_grant_ties(toks, self.tok_ent, self.kind),
                    made_up_of_ties(toks, self.tok_ent, self.kind),
                    made_by_ties(toks, self.tok_ent, self.kind),
                    deed_doer_ties(toks, self.tok_ent, self.kind),
                    chaired_by_ties(toks, self.tok_ent, self.kind),
                    bloc_country_ties(toks, self.tok_ent, self.kind),
                    spokesperson_state_ties(toks, self.tok_ent, self.kind, self._entity_words, self._name_states()[0]),
                    state_ship_ties(toks, self.tok_ent, self.kind),
                ),
                self.kind,
            )
            surface = state_extraditions(surface, self.kind, self.doc, start, end)
            for src, tgt, type_, fam in ships_collided(surface, self.kind):
                if self._state_in_state(src, tgt, type_, fam):
                    continue
                if frozenset((src, tgt)) not in typed and src != tgt and frozenset((src, tgt)) not in self._vetoed:
                    typed.add(frozenset((src, tgt)))
                    found[(src, tgt, fam)] = type_
            # a list of three names and one more named outside it: its owner or the other end of a tie
            runs = enumerations(toks, self.tok_ent, self.kind) if len(present) > MIN_MEMBERS else []
            if runs:  # 'banned A (AA), B (BB), C and D': the act on the first members reaches every member
                owners = list_owners(runs, toks, self.tok_ent, self.kind)
                for src, tgt, type_, fam in owned_lists(runs, owners):
                    if frozenset((src, tgt)) not in typed and src in present and tgt in present:
                        typed.add(frozenset((src, tgt)))
                        found[(src, tgt, fam)] = type_
                for src, tgt, type_, fam in list(listed_copies(found, runs, typed, toks, self.tok_ent, owners)):
                    if src in present and tgt in present and not self._state_in_state(src, tgt, type_, fam):
                        found.setdefault((src, tgt, fam), type_)
            for src, tgt, type_, fam in list(conjunct_copies(found, typed, toks, self.tok_ent, self.kind)):
                if src in present and tgt in present and not self._state_in_state(src, tgt, type_, fam):
                    found.setdefault((src, tgt, fam), type_)
            drop_bracketed_if_typed(found, toks, self.tok_ent, self.kind, self._no_firm)
            for src, tgt, type_, fam in own_side_ties(
                by_sent[start], doc_lemma_lower(self.doc), self.tok_ent, self.kind
            ):
                if src in present and tgt in present and frozenset((src, tgt)) in typed:
                    own_sides.append(LocalRelation(src, tgt, type_, fam, evidence))
            drop_own_ship_joins(found)
            drop_counted_nationals(found, toks, self.tok_ent, self.kind)
            drop_unnamed_movers(found, toks, self.tok_ent, self.den_all)
            drop_kin_ties(found, self.kind)
            drop_flag_only_states(found, toks, self.tok_ent, self.kind)
            counterparts = reported_counterparts(found, typed, self.kind, self.lex.role_nouns)
            for src, tgt, type_, fam in list(counterparts):
                typed.add(frozenset((src, tgt)))  # 'X said A spoke with B': X reports on B too
                found.setdefault((src, tgt, fam), type_)
            # a roll of forty states acting as one is no 780 alliances; the pairs it held only co-occur again
            typed -= drop_big_cliques(found)
            fams: dict[int, frozenset[str]] = {}
            for (src, tgt, fam), type_ in found.items():
                out.append(LocalRelation(src, tgt, type_, fam, evidence))
                fams[src] = fams.get(src, frozenset()) | {fam.value}
                fams[tgt] = fams.get(tgt, frozenset()) | {fam.value}
            ties: dict[frozenset[int], frozenset[str]] = {}
            for src, tgt, fam in found:
                ties[frozenset((src, tgt))] = ties.get(frozenset((src, tgt)), frozenset()) | {fam.value}
            for a, b in _co_occurring(present, toks, self.tok_ent):
                if frozenset((a, b)) in typed:
                    continue
                if self.model is None and not self.collect:
                    out.append(LocalRelation(a, b, "appears with", Family.ASSOCIATION, evidence))
                    continue
                ruled = (fams.get(a, frozenset()), fams.get(b, frozenset()), frozenset(f for *_, f in found))
                # a pair a rule read as not tied gets no features: the pair layer leaves it as it is
                if frozenset((a, b)) in self._between.refused or frozenset((a, b)) in self._vetoed:
                    feats: list[str] | tuple = []
                elif self.collect:
                    feats = self._pair_features(a, b, seg, len(present), where, ruled, ties)
                else:  # read in ``_second_look``, only for a pair no rule typed elsewhere in the document
                    feats = (a, b, seg, len(present), where, ruled, ties)
                self.untyped.append((a, b, feats, evidence))
        out += keep_own_sides(out, own_sides, self.kind)
        return self.measures_on_parties(out + self._second_look(out))

    def _entity_words(self, e: int) -> set[str]:
        """The lower-case words of entity ``e``'s name and mentions, read once per document (authorities.py)."""
        if e not in self._words_of:
            self._words_of[e] = name_words(self.entities[e])
        return self._words_of[e]

    def _pair_features(
        self,
        a: int,
        b: int,
        seg: int,
        n: int,
        where: dict[tuple[int, int], list[int]],
        ruled: tuple[frozenset, ...],
        ties: dict[frozenset[int], frozenset[str]],
    ) -> list[str]:
        """Features of the closest two mentions of ``a`` and ``b`` in a segment, for the learned second look."""
        near = [(abs(i - j), i, j) for i in where.get((a, seg), ()) for j in where.get((b, seg), ()) if i != j]
        if not near:
            return []
        _, i, j = min(near)
        (x, ex), (y, ey) = sorted(((i, a), (j, b)))
        if ex != a:
            ruled = (ruled[1], ruled[0], ruled[2])
        tokens = doc_tokens(self.doc)
        if speaker_on_act(tokens[x], tokens[y], self.tok_ent, self.lex):
            return []
        sent = doc_sents(self.doc)[x]
        if sent.start not in self._cues:
            self._cues[sent.start] = sentence_cues(sent, self.lex)
            self._words[sent.start] = sentence_words(sent)
        cues = self._cues[sent.start]
        structure = (ex, ey, self.tok_ent, ties, self._words[sent.start])
        return pair_features(tokens[x], self.kind(ex), tokens[y], self.kind(ey), n, self.lex, ruled, cues, structure)

    def _second_look(self, ruled: list[LocalRelation]) -> list[LocalRelation]:
        """The model's verdict on each untyped pair; a pair the rules typed in another sentence stays as it is."""
        if not self.untyped:
            return []
        model = self.model
        typed = {frozenset((r.source, r.target)) for r in ruled if r.family is not Family.ASSOCIATION}
        out = []
        for a, b, feats, evidence in self.untyped:
            pair = frozenset((a, b))
            if isinstance(feats, tuple) and model is not None and pair not in typed:
                feats = self._pair_features(*feats)
            fam = model.verdict(feats) if model is not None and feats and pair not in typed else None
            if fam is not None:
                out.append(LocalRelation(a, b, "stated with", fam, evidence))
                continue
            out.append(LocalRelation(a, b, "appears with", Family.ASSOCIATION, evidence))
        return out

    def _sentence(self, sent: SpacySpan) -> Iterator[Tie]:
        lex = self.lex
        tokens, words, tok_ent = doc_tokens(self.doc), self._sentence_words, self.tok_ent
        pos, lemmas, lowered = doc_column(self.doc, "pos_"), doc_lemma_lower(self.doc), doc_column(self.doc, "lower_")
        tags, deps = doc_column(self.doc, "tag_"), doc_column(self.doc, "dep_")
        for t in (
            tokens[i]
            for i in range(sent.start, sent.end)
            if tok_ent[i] >= 0 or pos[i] in ("VERB", "AUX") or lemmas[i] in words or lowered[i] in words
        ):
            i = t.i
            lemma, low, verb = lemmas[i], lowered[i], pos[i] in ("VERB", "AUX")
            noun = nominal(t) and (not verb or not _clausal(t))
            if tags[i] == "NNS" and lemma in lex.vessel_nouns and self.tok_ent[i] < 0:
                yield from self._ship_list(t)  # 'three Peruvian ships - the Lomo, Arvi and Pelta -'
            if self.tok_ent[t.i] >= 0:
                yield from self._entity_modifiers(t)
                if t.i in self.hyphenated and self.hyphenated[t.i] in lex.ship_participles:
                    yield from self._hyphenated_ship(t, self.hyphenated[t.i])
                elif t.i in self.hyphenated:
                    yield from self._hyphenated(t)
            elif noun and lemma in lex.flag_nouns:
                yield from self._flag(t)
            elif noun and (lemma in lex.ship_tie_roles or low in lex.ship_tie_roles):
                ties = list(self._ship_role(t))
                yield from ties
                if not ties and lemma in lex.role_nouns:
                    yield from self._role(t)
            elif noun and (lemma in lex.role_nouns or lemma in lex.relation_nouns or low in lex.relation_nouns):
                if lemma in lex.role_nouns:
                    yield from self._role(t)
                if lemma in lex.relation_nouns or low in lex.relation_nouns:
                    yield from self._relation_noun(t)
            elif low == "according" or (low == "per" and deps[i] == "prep"):
                yield from self._according(t)
            elif verb:
                yield from self._verb(t)
                yield from self._elided_object(t)
                yield from self._aimed_verb(t)
                yield from self._permitted(t)
                if lemma in DELISTING_VERBS:
                    yield from self._delisted(t)
                elif lemma in GREETING_VERBS:
                    yield from self._greeted(t)
                elif lemma in DECLARING_VERBS:
                    yield from self._non_grata(t)
                if lemma in lex.reporting_verbs or reports_in_shape(t, lex.document_nouns):
                    yield from self._reporting(t)
                yield from self._reported_event(t)
                if lemma in lex.reporting_verbs or lemma in lex.naming_speech:
                    yield from self._verdict(t)


# A sentence naming more entities than this is a list: every pair would grow with the square of its length
# (80,000 ties for one 400-name sentence) and say nothing more than "listed together".
MAX_PAIRWISE = 12


def _clausal(t) -> bool:
    """A verb the tagger may pass for a noun but that heads its own clause: 'and is controlled by X'."""
    return t.pos_ in ("VERB", "AUX") and any(c.dep_ in _CLAUSE_DEPS for c in t.children)


_CLAUSE_DEPS = frozenset({"aux", "auxpass", "agent", "nsubjpass", "dobj"})


def _co_occurring(present: set[int], toks: list, tok_ent: list[int]) -> Iterable[tuple[int, int]]:
    """Pairs that share the sentence: all of them, or in a long list each entity with the next one named."""
    if len(present) <= MAX_PAIRWISE:
        return combinations(sorted(present), 2)
    order: list[int] = []
    for t in toks:
        ei = tok_ent[t.i]
        if ei in present and ei not in order:
            order.append(ei)
    return (tuple(sorted(pair)) for pair in pairwise(order))
