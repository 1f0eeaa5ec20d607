"""Ties a verb states between its doer and what it acts on: active, passive and prepositional."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise

from spacy.tokens import Token

from core.extract.relations.act_words import DUTY_MODALS, FREEING_ACTS, GATHERINGS, INVOLVING, LEADING, SAVING_ACTS
from core.extract.relations.aims import aimed_family
from core.extract.relations.big_lists import member_pairs
from core.extract.relations.capital_visits import capital_hosts
from core.extract.relations.companions import companions
from core.extract.relations.convoys import Convoys
from core.extract.relations.drafted_in import voting_bodies
from core.extract.relations.fire_fighting import fights_fire
from core.extract.relations.fired_by import AIMED_AT, LAUNCHING, fired_weapon
from core.extract.relations.gatherings import gathering_owners
from core.extract.relations.joined_in import joiners
from core.extract.relations.meeting_places import at_meeting_place
from core.extract.relations.partners import joined_in_act
from core.extract.relations.summons import summons_family
from core.extract.relations.suspensions import suspended_member
from core.extract.relations.syntax import (
    FEELINGS,
    INSTRUCTING,
    PLACE_PREPS,
    PLAIN_CARGO,
    Tie,
    denied_clause,
    instructs,
    pobjs,
    unasserted,
)
from core.extract.relations.verb_senses import cooperating_partners, hosted
from core.extract.relations.wanted_lists import wanted_list
from core.model import Family, Kind

_ASKING_NOUNS = frozenset({"request", "behest", "urging", "instigation", "instruction", "instructions"})
_UNDOING = frozenset({"lift", "ease", "relax", "loosen", "block", "veto", "scrap", "end"})
_ACTIONS = frozenset({"action", "actions", "step", "steps"})
_IMPOSING = frozenset({"impose", "issue", "announce", "levy", "slap", "unveil", "introduce", "adopt", "place"})
_HANDING = frozenset({"extradite", "deport", "repatriate"})
_MEASURES = frozenset({"sanction", "sanctions", "embargo", "tariff", "tariffs", "penalty", "penalties"})
_LISTS = frozenset({"list", "blacklist", "blocklist", "watchlist"})
_LISTING = frozenset({"add", "place", "put"})  # onto a list


# people a state hands over: 'extradited the suspects to X', 'deported the activists to Y'
_HANDED_PEOPLE = frozenset({"suspect", "detainee", "prisoner", "activist", "national", "citizen", "migrant", "person",
                            "people", "man", "woman", "fugitive", "official", "officer", "soldier", "crew", "captain",
                            "journalist", "spy", "agent", "dissident", "refugee"})

class Verbs(Convoys):
    """Rules for verbs: doer → object, passive, trade routes, symmetric verbs, delegation members."""

    def _seat(self, v: Token, done: frozenset[int]) -> Iterator[Tie]:
        """'X, which is based in Malta', 'X was founded in Y': where a body is seated is whose it is (a person
        based in a state is posted there, not its own)."""
        done = frozenset(e for e in done if self.kind(e) in (Kind.PARTY, Kind.VESSEL))
        for ents, prep, noun in self.patients(v):
            if prep and noun is None and self.lex.phrasal_verbs.get(f"{v.lemma_.lower()} {prep}") is Family.MEMBERSHIP:
                yield from self._pairs(done, ents, f"{v.lower_} {prep}", Family.MEMBERSHIP)

    def _owned_measure(self, v: Token) -> Iterator[Tie]:
        """'US sanctions were imposed on X', "Freedonia's tariffs were slapped on Y": with no 'by', whose measures
        they are is who imposed them."""
        for c in v.children:
            measure = c.lemma_.lower() in self.lex.listing_nouns or c.lemma_.lower() in _MEASURES
            if c.dep_ != "nsubjpass" or self.tok_ent[c.i] >= 0 or not measure:
                continue
            owners = frozenset(e for m in c.children if m.dep_ in ("amod", "compound", "poss") for e in self.den_all(m))
            owners = frozenset(e for e in owners if self.kind(e) in (Kind.STATE, Kind.PARTY))
            targets = frozenset(
                e
                for p in v.children
                if p.dep_ == "prep" and p.lower_ in ("on", "against", "upon")
                for e in self.prep_objects(p)
            )
            fam = self.listed(c, self.noun_family(c), targets - owners)
            if owners and fam in (Family.HOSTILITY, Family.ENFORCEMENT):
                yield from self._pairs(owners, targets - owners, f"{v.lower_} {c.lemma_.lower()} on", fam)

    def _owned_list(self, v: Token, done: frozenset[int]) -> Iterator[Tie]:
        """'X was put on a US sanctions list', "Y was added to the EU's blacklist": with no 'by', whose the list is
        is who listed them."""
        for p in v.children:
            if p.dep_ != "prep" or p.lower_ not in ("on", "to", "onto"):
                continue
            for lst in pobjs(p):
                if lst.lower_ not in _LISTS or self.tok_ent[lst.i] >= 0:
                    continue
                owners = frozenset(
                    e
                    for x in lst.subtree
                    if x.i < lst.i and x.dep_ in ("amod", "compound", "poss", "nmod")
                    for e in self.den(x)
                    if self.kind(e) in (Kind.STATE, Kind.PARTY)
                )
                listed = done - owners
                fam = Family.HOSTILITY if listed and all(self.kind(e) is Kind.STATE for e in listed) else None
                yield from self._pairs(owners, listed, f"{v.lower_} on list of", fam or Family.ENFORCEMENT)

    def _headed_body(self, v: Token) -> frozenset[int]:
        """What 'headed by' is done to: a named body, as the noun it modifies or the name right before it where
        the parser hangs the participle higher ('the leadership of the Party headed by X'); not 'a delegation'."""
        done = [v.head] if v.dep_ == "acl" else [c for c in v.children if c.dep_ == "nsubjpass"]
        if v.dep_ == "acl" and v.i > 0:
            done.append(v.doc[v.i - 1])
        return frozenset(e for t in done if (e := self.tok_ent[t.i]) >= 0 and self.kind(e) is not Kind.OFFICIAL)

    def _sanctioning(self, v: Token) -> bool:
        """A verb that lists or sanctions, or one whose object is a sanctioning noun ('impose sanctions')."""
        if v.lemma_.lower() in self.lex.listing_verbs:
            return True
        if v.lemma_.lower() not in _IMPOSING:
            return False  # 'sanctions on X do not represent sanctions on Y' denies no measure on X
        return any(c.dep_ == "dobj" and c.lemma_.lower() in self.lex.listing_nouns for c in v.children)

    def _verb(self, v: Token) -> Iterator[Tie]:
        """Doer → object of a verb, passive and active, with coordinated subjects tied by symmetric verbs."""
        lemma = v.lemma_.lower()
        lex = self.lex
        word = v.lower_
        yield from self._together(v)
        yield from self._mediated(v)
        yield from capital_hosts(self, v)  # 'X arrived in New Delhi' (capital_visits.py)
        if fights_fire(v):
            return  # 'fought the blaze on the tanker' helps the ship (fire_fighting.py), no fight with it
        if lemma == "join" and joined_in_act(v) is not None:
            return  # 'A joined B in voting against X' sides with B in the act (partners.py), no membership
        if denied_clause(v):
            return  # 'X denied blocking the flights by Y', 'denied that it was blocking ...': denied, not done
        if self.passive(v):
            doers = self.actor(v)
            done = self.undergoer(v)
            owned = not done and bool(doers)
            done = done or (self.owned_undergoer(v) if owned else frozenset())
            if any(c.dep_ == "neg" for c in v.children):
                return  # 'the ship has not been sanctioned by the US'
            if lemma in INVOLVING and not doers:
                yield from self._involved_in(v, done)
            if not doers and lemma in _IMPOSING:
                yield from self._owned_measure(v)
            if not doers:
                yield from self._owned_list(v, done)
            if lemma == "join" and all(self.kind(e) is Kind.OFFICIAL for e in doers | done):
                return  # 'Kushner, joined by Berkowitz': company on a trip, not membership
            if lemma == "join" and doers and any(self.kind(e) is Kind.VESSEL for e in done):
                yield from self._pairs(doers, done, "joined", Family.ALLIANCE)
                return  # 'the frigate was joined by a destroyer': came to its side ('NATO was joined by X' is joining)
            if len(doers) >= 2 and lemma in lex.symmetric_verbs and lex.verbs.get(lemma) is Family.AGREEMENT:
                for a, b in member_pairs(doers):  # 'the deal was signed by X and Y': they signed it together
                    yield a, b, f"{word} with", Family.AGREEMENT
            elif len(doers) >= 2 and self.drafted(v):
                for a, b in member_pairs(doers):  # 'a resolution proposed by X and Y': a joint draft
                    yield a, b, f"co-{word}", Family.ALLIANCE
            if doers and self.drafted(v):  # 'the Security Council resolution drafted by X' (drafted_in.py)
                bodies = set(voting_bodies(v, self.tok_ent, self.kind, lambda e: self.entities[e].name)) - doers
                yield from self._pairs(doers, bodies, f"{word} resolution in", Family.DIPLOMACY)
            if doers and done and _legal_verdict(v):
                yield from self._pairs(doers, done, f"{word} {_legal_verdict(v)}", Family.ENFORCEMENT)
                return  # 'the party was declared unconstitutional by the court'
            if lemma in lex.owner_verbs and lemma not in lex.verbs:
                yield from self._pairs(done, doers, f"{word} by", Family.MEMBERSHIP)  # 'the ship was owned by X'
                return
            if lemma in lex.publishing_verbs and v.dep_ == "acl" and v.head.lemma_.lower() in lex.document_nouns:
                # 'a Foreign Ministry statement carried by KCNA': the outlet reports the issuer
                yield from self._pairs(doers, self.issuer(v.head), "carried statement of", Family.REPORTING)
            if doers and lemma in _ISSUING and v.dep_ == "acl" and v.head.lemma_.lower() in _WARRANTS:
                yield from self._warrant(v, doers)
            if doers and v.dep_ == "acl" and self.tok_ent[v.head.i] < 0 and lemma in _DEED_VERBS | lex.light_verbs:
                yield from self._deed_by(v, doers)
            sent_by = self.sending_states(v) if doers else frozenset()
            if sent_by:
                yield from self._pairs(doers, sent_by, f"{word} {v.head.lemma_.lower()} of", Family.MEMBERSHIP)
                return  # 'a South Korean consortium led by X': X is of the state, not its ruler
            weapon = fired_weapon(v, lex.weapon_nouns, self.tok_ent) if doers and not unasserted(v) else None
            if weapon is not None:  # 'rockets were fired into X by Y' (fired_by.py)
                for ents, prep, via in self.patients(v):
                    if via is None and prep in AIMED_AT:
                        yield from self._pairs(doers, ents, f"{word} {weapon.lemma_.lower()} {prep}", Family.HOSTILITY)
            fam = Family.ENFORCEMENT if _into_custody(v) else summons_family(v) or lex.verbs.get(lemma)
            aimed = aimed_family(lex, lemma, self.aimed_kinds(done, [c for c in v.children if c.dep_ == "nsubjpass"]))
            if aimed is not None:
                fam = aimed  # 'the tanker was boarded by X', 'X was sanctioned by the Treasury'
            elif lemma == "welcome" and done and all(self.kind(e) is Kind.OFFICIAL for e in done) and hosted(v):
                fam = Family.DIPLOMACY  # 'X was welcomed at the airport by Y': a host's welcome (verb_senses.py)
            elif lemma == "head" and self._headed_body(v):
                fam, done = Family.LEADERSHIP, self._headed_body(v)  # 'the party, headed by X'
            elif fam is None or lemma in lex.ambivalent_verbs or fam is Family.REPORTING:
                yield from self._seat(v, done)
                return
            else:
                yield from self._seat(v, done)  # 'founded in Peru' (a founder leads; a seat is membership)
            if owned and fam in (Family.LEADERSHIP, Family.MEMBERSHIP):
                return  # "the court's injunction was dismissed by X": dismissing a thing is no say over its owner
            if lemma in ("recognize", "recognise") and done and all(self.kind(e) is Kind.OFFICIAL for e in done):
                fam = Family.ALLIANCE  # 'Guaidó has been recognized by 50 countries' backs a claimant
            if doers and lemma in _JAILING and self._people_of_state(v, done, "nsubjpass"):
                done = frozenset()  # 'two Russian nationals were arrested by X': the people, not their state
            if doers:
                yield from self._pairs(doers, done, word, fam)
            # 'a ship detained in Panama': the state named as the place is the one that acted
            items = list(self.patients(v))
            places = {e for ents, prep, noun in items if prep in PLACE_PREPS and noun is None for e in ents}
            if fam is Family.ENFORCEMENT and places and all(self.kind(e) is Kind.STATE for e in places):
                for ents, prep, noun in items:  # 'was arrested in Cyprus at the request of the United States'
                    if self._bidding(noun, prep) == "request":
                        yield from self._pairs(ents, doers or places, f"requested {lemma} by", Family.DIPLOMACY)
            for ents, prep, noun in items:
                if prep in PLACE_PREPS and noun is None:
                    if fam is Family.ENFORCEMENT and all(self.kind(e) is Kind.STATE for e in ents):
                        yield from self._pairs(ents, done, word, fam)
                    elif fam in (Family.DIPLOMACY, Family.MEMBERSHIP):
                        yield from self._pairs(done, ents, f"{word} {prep}", fam)
                elif prep in ("to", "from") and fam in (Family.DIPLOMACY, Family.DEFECTION, Family.TRADE):
                    # 'X was sent to Y'; 'the letter was conveyed to Y by X'
                    yield from self._pairs(done or doers, ents, f"{word} {prep}", fam)
            return
        if any(c.dep_ == "neg" for c in v.children) and self._sanctioning(v):
            return  # 'X did not impose sanctions on Y', 'has never sanctioned Y': no measure taken
        plain_route = lex.verbs.get(lemma) is Family.TRADE and self._plain_route(v)
        if lex.verbs.get(lemma) is Family.TRADE and not plain_route:
            # 'transferring coal from North Korean-flagged vessels to Chinese barges'
            items = list(self.patients(v))
            origins = {e for ents, prep, via in items if prep == "from" and via is None for e in ents}
            ends = {e for ents, prep, via in items if prep in ("to", "into") and via is None for e in ents}
            yield from self._pairs(origins, ends - origins, f"{word} from", Family.TRADE)
        doers = self.actor(v)
        event = None
        if not doers:
            # 'a Foreign Ministry statement accused Washington ...': a text acts for whoever issued it
            doers = frozenset(e for c in v.children if c.dep_ == "nsubj" for e in self.issuer(c))
        if lemma in lex.member_verbs:
            yield from self._members(v)
        elif lemma == "count" and _among_members(v):
            yield from self._named_members(v)  # 'NATO, which counts X and Y among its members'
        if lemma in lex.owner_verbs and lemma not in lex.verbs:
            owned = self.direct_objects(v)
            yield from self._pairs(owned, doers, f"{word} by", Family.MEMBERSHIP)
            return
        if _into_custody(v) and doers:
            yield from self._pairs(doers, self.direct_objects(v), "took into custody", Family.ENFORCEMENT)
        if lemma in lex.warning_verbs and doers:
            yield from self._warning(v, doers)
        if lemma in _LISTING and doers:
            # 'the office placed X on the US sanctions list': the list's owner lists X too (as in the passive)
            yield from self._owned_list(v, self.direct_objects(v) - doers)
        if lemma in _ISSUING and doers:
            yield from self._warrant_for(v, doers)
        if lemma in _RULING and doers:
            yield from self._ordered_ship(v, doers)
        if not doers:
            # 'Fidel Castro's revolution stormed Havana': an event noun as subject acts for its possessor
            for c in v.children:
                event_noun = c.lemma_.lower() in lex.relation_nouns and c.lower_ not in FEELINGS
                if c.dep_ == "nsubj" and self.tok_ent[c.i] < 0 and event_noun:
                    doers = frozenset(e for x in c.children if x.dep_ == "poss" for e in self.den_all(x))
                    event = c
            if not doers:
                return
        if len(doers) >= 2 and _mutual(v):
            fam = lex.verbs.get(lemma)
            if fam is not None and fam is not Family.REPORTING and lemma not in lex.ambivalent_verbs:
                # 'X and Y accused each other of ...': each does it to the other
                yield from ((a, b, f"{word} each other", fam) for p in member_pairs(doers) for a, b in (p, p[::-1]))
        noun = self.object_noun(v)
        receiving = lemma in lex.receiving_verbs
        any_patient = False
        # 'welcoming Ri to South Korea', 'thanked Y on the anniversary of Z': once the verb has an object, its
        # destination and the nouns of its adjuncts belong to that object or to the occasion, not to the doer
        has_object = any(c.dep_ == "dobj" and self.den_all(c) for c in v.children)
        hostile = lex.verbs.get(lemma) is Family.HOSTILITY or lemma in lex.negating_verbs
        met_with = lemma == "meet" and any(
            c.dep_ == "prep" and c.lower_ == "with" and any(self.den_all(p) for p in pobjs(c)) for c in v.children
        )
        for ents, prep, via in self.patients(v):
            if met_with and via is not None and via.lemma_.lower() in GATHERINGS:
                continue  # 'met with X on the sidelines of the Y summit in Z': the summit's bloc and host are not met
            if ents <= gathering_owners(via, prep, self.den_all):
                continue  # 'who last met on the sidelines of the G7 summit': whose gathering it is, no side of the act
            bidding = self._bidding(via, prep)
            if bidding is not None:
                # 'signed the deal in the presence of X', 'arrested him at the request of Y'
                if bidding == "presence":
                    yield from self._pairs(doers, ents, f"{word} in presence of", Family.DIPLOMACY)
                else:
                    yield from self._pairs(ents, doers, f"requested {lemma} by", Family.DIPLOMACY)
                continue
            if has_object and lemma in lex.guest_verbs and prep in PLACE_PREPS and via is None:
                # 'Kim received Lavrov in Pyongyang': the host is at home, the guest is the visitor
                guests = self.direct_objects(v)
                if all(self.kind(e) is Kind.STATE for e in ents):
                    yield from self._pairs(guests, ents, f"{word} in", Family.DIPLOMACY)
                continue
            ground = None if has_object else self._struck_ground(v, via if via is not None else noun, prep, ents)
            if ground is not None:
                # 'targeted nine sites in Pakistan', 'struck targets inside Syria': a strike on a state's ground
                yield from self._pairs(doers, ents, f"{word} {ground} {prep}", Family.HOSTILITY)
                any_patient = True
                continue
            if via is None and prep in AIMED_AT and self._fired(v, noun):
                # 'fired missiles at X', 'launched a barrage of rockets into X': an attack on X
                yield from self._pairs(doers, ents, f"{word} {noun.lemma_.lower()} {prep}", Family.HOSTILITY)
                any_patient = True
                continue
            if prep == "to" and via is None and self._handed_over(v) and self._hands_a_person(v):
                # 'X extradited Y to Z', 'X deported them to Z': a state hands a person over to another
                ends = frozenset(e for e in ents if self.kind(e) in (Kind.STATE, Kind.PARTY))
                givers = frozenset(e for e in doers if self.kind(e) is Kind.STATE)
                yield from self._pairs(givers, ends - givers, f"{word} to", Family.DIPLOMACY)
                any_patient = True
                continue
            if has_object and (
                via is not None or prep in ("to", "into", "toward", "towards") or (prep == "from" and not receiving)
            ):
                if lemma in lex.guest_verbs and prep in ("to", "into") and via is None:
                    # 'welcomed Zarif to Caracas', 'invited Kim to Moscow': the guest goes there
                    guests = self.direct_objects(v)
                    if all(self.kind(e) is Kind.STATE for e in ents):
                        yield from self._pairs(guests, ents, f"{word} to", Family.DIPLOMACY)
                continue
            if (
                hostile
                and via is not None
                and prep is not None
                and prep != "by"
                and self.lex.relation_nouns.get(via.lemma_.lower()) is Family.HOSTILITY
            ):
                # 'opposed U.S. sanctions against Iran' is against the U.S. (read from the noun's modifiers), not
                # against Iran; 'blocked new sanctions on North Korea' undoes them, which sides with North Korea
                if lemma in _UNDOING:
                    yield from self._pairs(doers, ents, f"{word} {via.lemma_.lower()} {prep}", Family.ALLIANCE)
                continue
            if (
                via is not None
                and prep is None
                and lex.verbs.get(lemma) is Family.ALLIANCE
                and lemma not in lex.ambivalent_verbs
                and self.noun_family(via) is Family.HOSTILITY
            ):
                # 'supporting Russian aggression against Ukraine' backs Russia, whose aggression it is (not 'defended
                # X's arrest': a measure's owner is whom it is taken against)
                yield from self._pairs(doers, ents, f"{word} {via.lemma_.lower()} of", Family.ALLIANCE)
                any_patient = True
                continue
            if via is not None and prep == "against" and lex.verbs.get(lemma) is Family.ALLIANCE:
                inner = self.noun_family(via)
                if inner in (Family.HOSTILITY, Family.ENFORCEMENT):
                    # 'supported the sanctions against Iran' is hostile to Iran
                    yield from self._pairs(doers, ents, f"{word} {via.lemma_.lower()} against", inner)
                    any_patient = True
                continue  # "praised Pyongyang's resistance against Washington" is not praise of Washington
            if (
                prep in ("over", "about")
                and via is not None
                and via.head.head.i != v.i
                and lex.verbs.get(lemma) is Family.DIPLOMACY
            ):
                continue  # 'negotiating over the dismantlement of his arsenal': whose the topic is, is no party
            if plain_route and prep in ("from", "to", "into"):
                continue  # 'the carrier was transporting cargo from Brazil to Bahrain': a route, not a trade tie
            if prep is None and via is None and lemma in _JAILING and self._people_of_state(v, ents, "dobj"):
                continue  # 'the US has charged Russian officers': the officers are charged, not Russia
            fam = self.verb_family(v, via or noun, prep, ents)
            if fam is None and suspended_member(lemma, via or noun, prep, map(self.kind, doers), map(self.kind, ents)):
                fam = Family.HOSTILITY  # 'the bloc suspended X', "suspended X's participation" (suspensions.py)
            if lemma == "collide" and not all(self.kind(e) is Kind.VESSEL for e in ents):
                continue  # 'collided with a US government tanker': the ship, not its state, was hit
            if fam is Family.ALLIANCE and lemma == "turn" and prep == "to" and not _for_help(v):
                continue  # 'turned to Russia for discounted crude' is a purchase; only 'for help' sides with it
            if fam is Family.LEADERSHIP and lemma in INSTRUCTING and instructs(v):
                continue  # 'Trump directed the State Department to review X': an instruction, not leadership
            if fam is Family.LEADERSHIP and event is None:
                fam = self._led_act(v, lemma, via or noun, prep, fam, ents)
            if fam is None and event is not None and self._own_patient(event):
                continue  # "X's seizure of Y angered Z": the act is X's on Y; Z only reacts to it
            if (
                fam is Family.ENFORCEMENT
                and prep in ("in", "at")
                and any(
                    c.dep_ == "dobj" and (self.tok_ent[c.i] >= 0 or c.lemma_.lower() not in lex.relation_nouns)
                    for c in v.children
                )
                and (via is None or (via.dep_ == "dobj" and via.head.i == v.i))
                and all(self.kind(e) is Kind.STATE for e in ents)
            ):
                continue  # 'X seized the plane in the Dominican Republic': the state after 'in' is where, not whom
            act = via if via is not None else noun
            if fam is None and prep == "against" and act is not None and act.lemma_.lower() in _ACTIONS:
                # 'took action against X': a measure against a state is hostility, against a firm or ship enforcement
                fam = Family.HOSTILITY if any(self.kind(e) is Kind.STATE for e in ents) else Family.ENFORCEMENT
            if fam is None and event is not None and lemma not in lex.reporting_verbs:
                fam = lex.relation_nouns[event.lemma_.lower()]
            if fam is None or (prep == "between" and fam not in (Family.HOSTILITY, Family.ENFORCEMENT)):
                continue
            type_ = self._label(v, via or noun, prep, ents)
            if at_meeting_place(lemma, type_):
                continue  # 'speaking in Germany', 'met for the first time in Havana, Cuba': a venue (meeting_places.py)
            any_patient = True
            if receiving and prep == "from":
                yield from self._pairs(ents, doers, type_, fam)
            else:
                yield from self._pairs(doers, ents, type_, fam)
        if (
            len(doers) >= 2
            and (
                (noun is not None and lemma in _IMPOSING and noun.lemma_.lower() in _MEASURES)
                or (lemma in lex.listing_verbs and not self.passive(v) and self.direct_objects(v))
            )
            and not self.followed_later(v)
        ):
            # 'the US and Britain imposed sanctions on X': states that impose measures together act in concert
            added = companions(v.subtree, self.tok_ent, doers) | joiners(self, v)  # 'X, together with A and B'
            led = self.group_leaders(v)
            for a, b in member_pairs(doers):
                if (a in added and b in added) or a in led or b in led:
                    continue
                yield a, b, f"joint {noun.lemma_.lower() if noun is not None else 'sanctions'} with", Family.ALLIANCE
        if len(doers) >= 2 and not _mutual(v) and self.joint_stance(v) and not self.followed_later(v):
            added = companions(v.subtree, self.tok_ent, doers) | joiners(self, v)  # 'A and B joined X in ...'
            led = self.group_leaders(v)
            for a, b in member_pairs(doers):  # 'X, Y and Z condemned the test', 'X and Y voted against it'
                if (a in added and b in added) or a in led or b in led:
                    continue
                yield a, b, "voted with" if lemma == "vote" else f"jointly {word} with", Family.ALLIANCE
        if len(doers) >= 2 and not any_patient and lemma in lex.symmetric_verbs and not self.followed_later(v):
            fam = self.noun_family(noun) if (lemma in lex.light_verbs or noun is not None) else None
            if lemma == "have" and noun is not None and noun.lemma_.lower() == "mission":
                fam = None  # 'A, B and C have moon missions': each has its own (not 'have envoys in each other's ...')
            fam = fam or (lex.verbs.get(lemma) if lemma not in lex.ambivalent_verbs else None)
            if lemma == "cooperate" and noun is None and cooperating_partners(v):
                fam = Family.ALLIANCE  # 'A, B and C are closely cooperating' as 'A cooperates with B' (verb_senses.py)
            if lemma == "share" and noun is not None and noun.lower_ in FEELINGS and not _mutual(v):
                fam = Family.ALLIANCE  # 'A, B and C shared concerns about W': one worry held together, not a quarrel
            if fam is not None and fam is not Family.REPORTING:
                type_ = " ".join(x for x in (word, noun.lemma_.lower() if noun is not None else None) if x)
                led = self.group_leaders(v)
                for a, b in member_pairs(doers):
                    if a not in led and b not in led:
                        yield a, b, type_, fam

    def _led_act(
        self, v: Token, lemma: str, noun: Token | None, prep: str | None, fam: Family, ents: frozenset[int]
    ) -> Family | None:
        """'The X Navy led the liberation of Kuwait', 'led the blockade of Qatar': leading an act done to Y is the
        act (its noun's family, or none), not leadership of Y; 'led the government of Y' stays leadership."""
        if lemma not in LEADING or prep != "of" or noun is None or noun.dep_ != "dobj" or noun.head.i != v.i:
            return fam
        if self.tok_ent[noun.i] >= 0:
            return fam
        word = noun.lemma_.lower()
        if word in FREEING_ACTS or (word in SAVING_ACTS and self._saved(ents)):
            return Family.ALLIANCE
        if word in SAVING_ACTS:
            return None  # 'led the evacuation of Kabul': a place emptied, no side taken with its state
        if self.lex.verbs.get(word) is Family.ENFORCEMENT and self._saved(ents):
            return Family.ENFORCEMENT  # 'directed the release of the tanker X': the act the noun names
        act = self.lex.relation_nouns.get(word)
        if act is not None and act not in (Family.LEADERSHIP, Family.MEMBERSHIP):
            return act
        return None if word in _ACT_NOUNS else fam

    def _involved_in(self, v: Token, done: frozenset[int]) -> Iterator[Tie]:
        """'X was involved in the seizure of the Y': the one involved in an act does it to the act's object."""
        for c in v.children:
            if c.dep_ != "prep" or c.lower_ != "in":
                continue
            for act in pobjs(c):
                word = act.lemma_.lower()
                fam = self.lex.relation_nouns.get(word)
                fam = Family.ALLIANCE if word in FREEING_ACTS or word in SAVING_ACTS else fam
                if self.tok_ent[act.i] >= 0 or fam not in (Family.ENFORCEMENT, Family.HOSTILITY, Family.ALLIANCE):
                    continue
                objs = frozenset(e for x in act.children if x.dep_ == "prep" and x.lower_ in ("of", "on", "against")
                                 for e in self.prep_objects(x))
                if word in SAVING_ACTS and not self._saved(objs):
                    continue  # 'involved in the evacuation of Kabul': a place emptied, no side taken
                yield from self._pairs(done, objs - done, f"involved in {act.lemma_.lower()} of", fam)

    def _ordered_ship(self, v: Token, doers: frozenset[int]) -> Iterator[Tie]:
        """'the court ruled that the vessel must be released', 'ordered that the ship be freed': a ruling that orders
        something done to a ship acts on the ship (ships only: whom else the ruling binds is for the speech rules)."""
        for c in v.children:
            if c.dep_ != "ccomp" or c.pos_ not in ("VERB", "AUX"):
                continue
            modal = next((x.lower_ for x in c.children if x.dep_ == "aux" and x.lower_ in DUTY_MODALS), None)
            bare = v.lemma_.lower() == "order" and not any(x.dep_ == "aux" for x in c.children)
            if not (modal or bare):
                continue
            dep = "nsubjpass" if self.passive(c) else "dobj"
            ships = frozenset(
                e for x in c.children if x.dep_ == dep for e in self.den_all(x) if self.kind(e) is Kind.VESSEL
            )
            if not ships or self.verb_family(c, None, None, ships) is not Family.ENFORCEMENT:
                continue  # 'ordered that the vessel be escorted to port' is no measure on it
            type_ = " ".join(x for x in (v.lower_, modal, c.lemma_.lower()) if x)
            yield from self._pairs(doers, ships - doers, type_, Family.ENFORCEMENT)

    def _saved(self, ents: frozenset[int]) -> bool:
        """Those a rescue or an evacuation is done to are ships or people, not states or their capitals."""
        return bool(ents) and all(self.kind(e) in (Kind.VESSEL, Kind.OFFICIAL) for e in ents)

    def _own_patient(self, event: Token) -> bool:
        """The event noun names its own object: "Iran's seizure of the tanker", 'the attack on X'."""
        return any(
            c.dep_ == "prep" and c.lower_ in ("of", "on", "against") and self.prep_objects(c) for c in event.children
        )

    @staticmethod
    def _handed_over(v: Token) -> bool:
        """Handing a person over to a state: 'extradited', 'deported', 'repatriated', 'handed over'."""
        lemma = v.lemma_.lower()
        if lemma in _HANDING:
            return True
        return lemma in ("hand", "turn") and any(c.dep_ == "prt" and c.lower_ == "over" for c in v.children)

    def _hands_a_person(self, v: Token) -> bool:
        """What is handed over is a person ('extradited X', 'deported the activists'), not control or a field, and
        the act is not denied."""
        if any(c.dep_ == "neg" for c in v.children):
            return False
        objs = [c for c in v.children if c.dep_ in ("dobj", "nsubjpass")]
        return any(
            (self.tok_ent[o.i] >= 0 and self.kind(self.tok_ent[o.i]) is Kind.OFFICIAL)
            or o.lemma_.lower() in _HANDED_PEOPLE
            or o.pos_ == "PRON"
            for o in objs
        )

    def _fired(self, v: Token, noun: Token | None) -> bool:
        """A weapon launched: 'fired missiles', 'launched a barrage of rockets'."""
        if v.lemma_.lower() not in LAUNCHING or noun is None or self.tok_ent[noun.i] >= 0:
            return False
        weapons = self.lex.weapon_nouns
        return noun.lower_ in weapons or any(
            p.lower_ in weapons for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in pobjs(c)
        )

    def _plain_route(self, v: Token) -> bool:
        """A ship carrying plain cargo: 'the vessel was transporting coal from X to Y' names only ports of call."""
        if not any(c.dep_ == "dobj" and c.lemma_.lower() in PLAIN_CARGO for c in v.children):
            return False
        for c in v.children:
            if c.dep_ == "nsubj":
                e = self.tok_ent[c.i]
                return self.kind(e) is Kind.VESSEL if e >= 0 else c.lemma_.lower() in self.lex.vessel_nouns
        return False

    @staticmethod
    def _bidding(via: Token | None, prep: str | None) -> str | None:
        """'in the presence of X' (a witness) and 'at the request of X' (who asked for the act)."""
        if via is None or prep not in ("in", "at", "on", "upon") or via.dep_ != "pobj":
            return None
        lemma = via.lemma_.lower()
        return "presence" if lemma == "presence" else "request" if lemma in _ASKING_NOUNS else None

    def _struck_ground(self, v: Token, obj: Token | None, prep: str | None, ents: frozenset[int]) -> str | None:
        """The place word of a strike on places in a state ('targeted nine sites in X'); not a ship or a person
        struck there."""
        if v.lemma_.lower() not in self.lex.striking_verbs or prep not in ("in", "inside") or obj is None:
            return None
        lemma = obj.lemma_.lower()
        if obj.dep_ != "dobj" or lemma in self.lex.vessel_nouns or lemma in self.lex.role_nouns:
            return None
        return lemma if all(self.kind(e) is Kind.STATE for e in ents) else None

    def _ruler(self, v: Token, e: int) -> bool:
        """Entity e is named in v's sentence as a ruler: right after a head-of-state title ('President X') or
        joined to his own government ('X and his government')."""
        titles = self.lex.head_of_state_titles
        for t in v.sent:
            if self.tok_ent[t.i] != e or (t.i > 0 and self.tok_ent[t.i - 1] == e):
                continue
            if t.i > 0 and t.doc[t.i - 1].lemma_.lower() in titles:
                return True
            last = t
            while last.i + 1 < len(t.doc) and self.tok_ent[last.i + 1] == e:
                last = t.doc[last.i + 1]
            if any(c.dep_ == "conj" and c.lemma_.lower() in _RULE for c in last.children):
                return True
        return False

    def _people_of_state(self, v: Token, ents: frozenset[int], dep: str) -> bool:
        """The verb's object (or passive subject) is people named by their state ('Russian officers', 'two
        Iranian nationals'), and the entities read from it are only that state."""
        return bool(ents) and all(self.kind(e) is Kind.STATE for e in ents) and any(
            c.dep_ == dep and self.tok_ent[c.i] < 0 and c.lemma_.lower() in _HANDED_PEOPLE | _MORE_PEOPLE
            for c in v.children
        )

    def _warrant(self, v: Token, issuers: frozenset[int]) -> Iterator[Tie]:
        """'arrested X on a warrant issued by Y', 'X was detained in connection with a warrant filed by Y': who
        issued the warrant acts against whoever the arrest it backs was done to."""
        t = v.head
        for _ in range(5):
            if t.head.i == t.i or t.dep_ not in ("pobj", "prep", "acl", "advcl", "dobj"):
                return
            t = t.head
            facing = t.lemma_.lower() == "face" and not self.passive(t)  # 'Y, who faces a warrant issued by X'
            if t.pos_ == "VERB" and (facing or self.lex.verbs.get(t.lemma_.lower()) is Family.ENFORCEMENT):
                held = self.actor(t) if facing else self.undergoer(t) if self.passive(t) else self.direct_objects(t)
                label = f"issued {v.head.lemma_.lower()} for"
                for e in held - issuers:
                    # a warrant for a head of state ('President X faces a warrant issued by the court') is hostile
                    fam = Family.HOSTILITY if self._ruler(v, e) else Family.ENFORCEMENT
                    yield from self._pairs(issuers, frozenset({e}), label, fam)
                return
            if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() != "base":
                return  # 'seized a ship carrying a notice issued by X': the notice is not what the seizure rests on

    def _warrant_for(self, v: Token, issuers: frozenset[int]) -> Iterator[Tie]:
        """'X issued an arrest warrant for Y', 'filed a notice against Y': the issuer acts against Y (a named person,
        body or ship; the parser may hang 'for' on the verb)."""
        for o in v.children:
            listed = wanted_list(o)  # 'issued a wanted list of X, Y and Z' (wanted_lists.py)
            if o.dep_ != "dobj" or (o.lemma_.lower() not in _WARRANTS and not listed) or self.tok_ent[o.i] >= 0:
                continue
            for p in (*o.children, *v.children):
                if p.dep_ != "prep" or p.lower_ not in (("of",) if listed else ("for", "against")):
                    continue
                for e in self.prep_objects(p) - issuers:
                    if self.kind(e) is Kind.STATE:
                        continue
                    fam = Family.HOSTILITY if self._ruler(v, e) else Family.ENFORCEMENT
                    label = "issued wanted list of" if listed else f"issued {o.lemma_.lower()} for"
                    yield from self._pairs(issuers, frozenset({e}), label, fam)

    def _deed_by(self, v: Token, doers: frozenset[int]) -> Iterator[Tie]:
        """'the measures taken by X against Y', 'sanctions imposed by X on Y', 'strikes carried out by X against Y':
        a deed done by X, read as 'X took measures against Y' (the parser often hangs the preposition on X)."""
        noun = v.head
        preps = [c for c in v.children if c.dep_ == "prep"]
        agents = [o for a in v.children if a.dep_ == "agent" for o in a.children]
        preps += [p for o in agents for p in o.children if p.dep_ == "prep"]
        for p in preps:
            prep = p.lower_
            if prep not in _DEED_PREPS:
                continue
            ents = self.prep_objects(p) - doers
            if not ents:
                continue
            fam = self.verb_family(v, noun, prep, ents)
            if fam is None and prep == "against" and noun.lemma_.lower() in _ACTIONS | {"measure"}:
                # against a state or a ruler ('against Maduro and his government') hostility, else enforcement
                ruler = any(self.kind(e) is Kind.STATE or self._ruler(v, e) for e in ents)
                fam = Family.HOSTILITY if ruler else Family.ENFORCEMENT
            if fam is not None and fam is not Family.REPORTING:
                yield from self._pairs(doers, ents, f"{v.lower_} {noun.lemma_.lower()} {prep}", fam)

    def _members(self, v: Token) -> Iterator[Tie]:
        """'Kim arrived with a delegation that included X, Y and Z': each member belongs to the delegation's
        sender, named by its modifiers ('a WPK delegation including X') or as the doer of the clause it sits in."""
        group = v.head
        if v.dep_ not in ("relcl", "acl") or group.lemma_.lower() not in self.lex.group_nouns:
            yield from self._named_members(v)
            return
        members: set[int] = set()
        for c in v.children:
            if c.dep_ == "dobj":
                members |= self.den_all(c)
            elif c.dep_ == "prep" and c.lower_ == "of":  # 'consisted of'
                members |= self.prep_objects(c)
        leaders = set(self.modifiers(group))
        if not leaders and group.dep_ == "pobj" and group.head.head.pos_ in ("VERB", "AUX"):
            leaders = set(self.actor(group.head.head))
        elif not leaders and group.dep_ == "dobj":
            leaders = set(self.actor(group.head))
        yield from self._pairs(members, leaders - members, f"member of {group.lemma_.lower()} of", Family.MEMBERSHIP)

    def _named_members(self, v: Token) -> Iterator[Tie]:
        """'the CSTO, which also includes X, Y and Z', 'the bloc comprises X and Y': the states or bodies a named
        body lists are its members."""
        if v.dep_ == "relcl":
            bodies = {self.tok_ent[v.head.i]} if self.tok_ent[v.head.i] >= 0 else set()
        else:
            bodies = {self.tok_ent[c.i] for c in v.children if c.dep_ == "nsubj" and self.tok_ent[c.i] >= 0}
        bodies = {e for e in bodies if self.kind(e) is Kind.PARTY}
        if not bodies:
            return
        members: set[int] = set()
        for c in v.children:
            if c.dep_ == "dobj":
                members |= self.den_all(c)
            elif c.dep_ == "prep" and c.lower_ == "of":  # 'consists of'
                members |= self.prep_objects(c)
        members = {e for e in members if self.kind(e) in (Kind.STATE, Kind.PARTY)}
        yield from self._pairs(members, bodies, "member of", Family.MEMBERSHIP)

    def _label(self, v: Token, noun: Token | None, prep: str | None, ents: frozenset[int]) -> str:
        """A short verb phrase for the tie: 'visited', 'sent delegation to', 'has ties to', 'defected from'."""
        lemma = v.lemma_.lower()
        own = self.lex.verbs.get(lemma) is not None and lemma not in self.lex.ambivalent_verbs
        if noun is None or (own and lemma not in self.lex.light_verbs and noun.dep_ == "dobj" and prep is None):
            return " ".join(x for x in (v.lower_, prep) if x)
        inner = next(
            (
                c.lower_
                for c in noun.children
                if c.dep_ == "prep" and any(self.tok_ent[t.i] in ents for t in c.subtree if self.tok_ent[t.i] >= 0)
            ),
            None,
        )
        if noun.dep_ == "pobj":
            words = [v.lower_, prep, noun.lemma_.lower(), inner]  # 'defected from embassy in'
        else:
            words = [v.lower_, noun.lemma_.lower(), inner or prep]
        return " ".join(x for x in words if x)


# Legal verdicts on a body: 'declared unconstitutional', 'ruled illegal', 'deemed extremist'.
_VERDICTS = frozenset({"unconstitutional", "illegal", "extremist", "undesirable", "outlawed", "unlawful"})


# verbs of doing a deed named by the noun they modify ('strikes carried out by X against Y'), and its aim's prepositions
_DEED_VERBS = frozenset({"carry", "impose", "levy", "fire", "launch", "stage", "mount", "wage", "direct", "aim"})
_DEED_PREPS = frozenset({"against", "on", "at", "toward", "towards", "with", "to"})
_RULE = frozenset({"government", "regime", "administration", "cabinet"})
# arresting and charging people: people of a state that are arrested or charged are not the state
_JAILING = frozenset(
    {"arrest", "detain", "charge", "indict", "convict", "sentence", "jail", "imprison", "prosecute", "apprehend"}
)
_MORE_PEOPLE = frozenset(
    {"operative", "employee", "hacker", "sailor", "fisherman", "seafarer", "individual", "student"}
)
# issuing a warrant or notice for someone's arrest
_ISSUING = frozenset({"issue", "file", "seek", "request", "sign", "grant"})
# 'turned to X for help': what a state turns to another for, that makes it an ally
_HELP_NOUNS = frozenset({"help", "assistance", "support", "aid"})
# a court's order on a ship ('decide'/'direct' left out: an owner's decisions on its ship are no ruling)
_RULING = frozenset({"rule", "order"})
# acts of no family of their own: 'led the investigation of X', 'led the search of the ship'
_ACT_NOUNS = frozenset(
    {"investigation", "search", "inspection", "probe", "review", "operation", "campaign", "effort", "mission",
     "reconstruction", "recapture", "capture", "takeover", "withdrawal", "restoration"}
)
_WARRANTS = frozenset({"warrant", "notice"})


def _among_members(v: Token) -> bool:
    """'counts X among its members': the verb lists members of its subject."""
    return any(
        c.dep_ == "prep" and c.lower_ == "among" and any(o.lemma_.lower() in ("member", "founder") for o in c.children)
        for c in v.children
    )


def _into_custody(v: Token) -> bool:
    """'took X into custody', 'were taken into custody by Y': an arrest."""
    return v.lemma_.lower() == "take" and any(
        c.dep_ == "prep" and c.lower_ == "into" and any(g.lemma_.lower() == "custody" for g in c.children)
        for c in v.children
    )


def _legal_verdict(v: Token) -> str | None:
    """The verdict word of 'declared/ruled/deemed X unconstitutional', or None."""
    if v.lemma_.lower() not in ("declare", "rule", "deem", "find", "brand"):
        return None
    return next((c.lower_ for c in v.children if c.dep_ in ("oprd", "acomp") and c.lower_ in _VERDICTS), None)


def _each_other(t: Token) -> bool:
    """'each other', 'one another'."""
    return t.lower_ in ("other", "another") and any(x.lower_ in ("each", "one") for x in t.children)


def _mutual(v: Token) -> bool:
    """Whether a verb's object is 'each other': 'accused each other', 'clashed with one another', 'condemned each
    other's tests' (the words anywhere in the object: the parser may read 'one' as the object, 'other' as an owner)."""
    for c in v.children:
        if c.dep_ == "dobj" and _reciprocal(c):
            return True
        if c.dep_ == "prep" and any(p.dep_ == "pobj" and _reciprocal(p) for p in c.children):
            return True
    return False


def _reciprocal(t: Token) -> bool:
    words = [x.lower_ for x in t.subtree]
    return any(a in ("each", "one") and b in ("other", "another") for a, b in pairwise(words))


def _for_help(v: Token) -> bool:
    """'turned to X for help', 'turned to X for military assistance': a 'for' phrase on the verb or on its 'to' object
    names help."""
    heads = [v] + [p for c in v.children if c.dep_ == "prep" and c.lower_ == "to" for p in pobjs(c)]
    return any(
        c.dep_ == "prep" and c.lower_ == "for" and any(p.lemma_.lower() in _HELP_NOUNS for p in pobjs(c))
        for h in heads
        for c in h.children
    )
