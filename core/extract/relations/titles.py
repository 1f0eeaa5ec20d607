"""Ties a title or role noun states: 'President X', 'X, member of Y', 'the ambassador to Egypt'."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from core.extract.nlp import doc_column
from core.extract.relations.big_lists import member_pairs
from core.extract.relations.bloc_countries import not_now
from core.extract.relations.capital_visits import capital_hosts_of, capital_ties
from core.extract.relations.complement_demonyms import goods_demonym
from core.extract.relations.counterparts import counterpart_family
from core.extract.relations.families import Grammar
from core.extract.relations.partners import OF_ANOTHER
from core.extract.relations.person_anchors import office_anchors
from core.extract.relations.respective import respective_pairs
from core.extract.relations.syntax import MODIFIER_DEPS, NOUN_POS, ROLE_PREPS, Tie, pobjs
from core.extract.relations.title_first import name_after_title
from core.extract.relations.title_states import dashed_off
from core.extract.titled import sultan_in_name
from core.model import Family, Kind

# Titles of a government's members which, with no 'of X', belong to the state the sentence is about.
_KIN = frozenset({"wife", "husband", "son", "daughter", "brother", "sister", "father", "mother", "widow"})
# every kin word, also those no title rule reads: a kin word ties no person to another (kin_ties.py)
KIN_WORDS = _KIN | {"widower", "cousin", "nephew", "niece", "uncle", "aunt", "grandson", "granddaughter", "stepson"}
KIN_WORDS |= {"stepdaughter", "spouse"}
_BARE_MEMBER_TITLES = frozenset({"minister"})
# roles only a person holds
_PERSON_ONLY = frozenset(
    {"billionaire", "millionaire", "magnate", "tycoon", "oligarch", "businessman", "businesswoman", "activist"}
    | {"national", "citizen", "civilian"}  # 'the ship's crew were nationals of X': a ship is no national
)
# roles held for a party, not a state
_PARTY_ONLY = frozenset({"candidate"})
# prepositions that place a role's holder: 'the vessel from Indonesian waters', 'a captain in Chinese waters'
_PLACE_PREPS = frozenset({"from", "in", "within", "at", "on"})
_RECALLS = frozenset({"recall", "withdrawal", "expulsion", "return"})  # 'the recall of its envoys to X'
_FELLOW = frozenset({"other", "fellow"})
# a body's role a member state holds in turn: 'Brunei, ASEAN's current chair'
_STATE_CHAIRS = frozenset({"chair", "chairman", "chairmanship", "presidency"})
_CHAIR_WORDS = frozenset({"current", "rotating"})  # the only words a state's chair may carry ('the de facto leader')
# 'X, a Sylvanian hedge fund': bodies of a state only by a demonym or name set on them, never "Ukraine's lender" (a
# lender to Ukraine) nor "Germany's largest insurer"; but a fund or insurer the state owns is its own
# ('Freedonia's sovereign wealth fund', 'its state insurer')
_MODIFIER_ONLY = frozenset({"lender", "fund", "insurer"})
_OWNED = frozenset({"sovereign", "wealth", "state", "national", "pension", "state-owned", "public"})
# 'X, a senior figure in the Y party': a figure of a body, or of a state's government ('a senior figure in the
# Freedonian government'), never of a state as a place ('a divisive figure in Brazil')
_BODY_ONLY = frozenset({"figure"})
_GOVERNING = frozenset({"government", "regime", "cabinet", "administration", "leadership", "junta"})
_AMERICA = frozenset({"united states", "united states of america", "usa", "u.s.", "us", "america"})


# what a state does under a leader: 'US policies under President X', 'the government under Prime Minister Y'
_RULED_NOUNS = frozenset({"policy", "government", "administration", "leadership", "rule", "regime", "foreign policy"})

# 'an EU member state', 'a NATO partner country', 'an EU candidate country': a role set on a noun for states
_STATE_NOUNS = frozenset({"state", "country", "nation"})
_OWNER_STATES = _STATE_NOUNS | {"government", "republic", "kingdom", "administration", "regime", "island"}
_STATE_ROLES = {"member": Family.MEMBERSHIP, "partner": Family.ALLIANCE, "ally": Family.ALLIANCE}
_STATE_ROLES["candidate"] = Family.DIPLOMACY  # a candidate for membership is not yet a member


def _negated(c: Token) -> bool:
    """'non-Turkish', 'non-EU': a modifier glued after 'non' names what the holder is not."""
    doc = c.doc
    for start in {c.i, c.left_edge.i}:
        if start >= 2 and doc[start - 1].text == "-" and doc[start - 2].lower_ == "non":
            return True
        if start >= 1 and doc[start - 1].lower_ == "non-":
            return True
    return False


# "not only a member ... but also its chair": no negation of the title
_NOT_ONLY = frozenset({"only", "just", "merely"})

class Titles(Grammar):
    """Rules for titles and their holders; a bare head-of-state title is kept in ``bare_titles`` until the
    whole document is read (``Reader._settle_titles``)."""

    # ((sentence, segment), person, states named before the title nearest first, entities in the segment, type)
    bare_titles: list[tuple[tuple[int, int], int, list[int], set[int], str, Family]]

    def _role(self, r: Token) -> Iterator[Tie]:
        """A title and its holder: 'President X', 'X, member of the Political Bureau', 'Y's ally X'."""
        lemma = r.lemma_.lower()
        if sultan_in_name(r.doc, r.i):
            return  # "Sultan Al Jaber": a given name, no title
        if lemma == "pm" and (r.text != "PM" or any(c.dep_ == "nummod" for c in r.children)):
            return  # 'PM' is a prime minister; '12:30 pm' is a time
        if r.dep_ == "attr" and any(
            c.dep_ == "neg" and not (c.i + 1 < len(c.doc) and c.doc[c.i + 1].lower_ in _NOT_ONLY)
            for c in r.head.children
        ):
            return  # 'China, which is not a member of the group', 'X is not the country's president'
        before = [w for w in doc_column(r.doc, "lower_")[max(r.i - 2, 0) : r.i] if w != "-"]
        if lemma == "general" and before and before[-1] in self.lex.role_nouns:
            # 'NATO Secretary General X' heads NATO, 'the IAEA's Director-General' is its director
            lemma = "secretary-general" if before[-1] == "secretary" else before[-1]
        after = [w for w in doc_column(r.doc, "lower_")[r.i + 1 : r.i + 3] if w != "-"]
        if lemma == "secretary" and after[:1] == ["general"]:
            lemma = "secretary-general"  # 'NATO Secretary General X': the body hangs on 'Secretary', who heads it
        if lemma == "commissioner" and before and before[-1] == "high":
            lemma = "high commissioner"  # a Commonwealth state's envoy to another
        if lemma in self.lex.diplomatic_roles:
            named_after = self._envoy_named_after(r, lemma) or self._envoy_at_body(r, lemma)
            if named_after:
                yield from named_after
                return
        if r.dep_ == "compound" and r.head.lemma_.lower() in _STATE_NOUNS and self.tok_ent[r.head.i] < 0:
            ties = list(self._state_role(r, lemma))
            if ties:
                yield from ties
                return
        holders = self._second_title(r) or self._named_after(r) or self._name_hung_on_list(r)
        holders = holders or self._nearest_holder(r, self.holders(r))
        holders = holders or self._subject_beside(r) or self._included(r)
        if r.dep_ in ("appos", "conj") and r.head.i < r.i and self.tok_ent[r.head.i] >= 0:
            after = name_after_title(r, self.tok_ent, self.kind)  # 'A, the UAE's Minister of Energy B': B's title
            holders = frozenset((after,)) if after >= 0 else holders
        if r.dep_ == "conj":
            yield from self._shared_title(r, lemma)
        if (
            r.tag_ in ("NNS", "NNPS")
            and r.dep_ == "appos"
            and len(holders) == 1
            and not any(c.lower_ in ("a", "an") for c in r.children)  # 'X, a prominent businessmen': a typo
        ):
            # 'besides X, the attorney generals of A and B signed': a plural title is never one person's; he is
            # set beside those it names and shares their act with each state it lists
            yield from self._beside_plural(r, next(iter(holders)))
            return
        if not holders:
            if lemma in self.lex.diplomatic_roles:
                yield from self._envoy(r, lemma)
            return
        if lemma in _PERSON_ONLY:
            # 'Israeli billionaire X's Y Group': a fortune or a cause is a person's, never the firm named after him
            holders = frozenset(h for h in holders if self.kind(h) is Kind.OFFICIAL)
            if not holders:
                return
        base = self.lex.role_nouns[lemma]
        deputy = any(
            c.lemma_.lower() in self.lex.deputy_words for c in r.children if c.dep_ in ("amod", "compound")
        ) or any(w in self.lex.deputy_words for w in lemma.split("-")[:-1])
        prev = r.doc[r.i - 1] if r.i > 0 else None
        if (
            prev is not None
            and prev.lower_ in self.lex.deputy_words | {"-"}
            and not (prev.text == "under" and prev.dep_ == "prep")
        ):
            # (not 'policies under President X': that 'under' is a preposition, no under-secretary's)
            deputy = deputy or r.doc[r.i - 1].lower_ != "-" or r.doc[r.i - 2].lower_ in self.lex.deputy_words
        # 'a leader of the group', 'one of its commanders': one of several heads is a member, not the head
        # ('a former head of X' was its head)
        past = any(c.lower_ in ("former", "ex", "late", "then", "onetime", "past") for c in r.children)
        one_of = not past and (
            any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in r.children)
            or (r.dep_ == "pobj" and r.head.lower_ == "of" and r.head.head.lower_ == "one")
        )
        fam = Family.MEMBERSHIP if (deputy or one_of) and base is Family.LEADERSHIP else base
        if lemma == "minister" and r.i > 0 and r.doc[r.i - 1].lower_ == "prime":
            fam = Family.LEADERSHIP  # a prime minister heads the government
        if fam is Family.MEMBERSHIP and not deputy and _in_chief(r):
            fam = Family.LEADERSHIP  # 'editor-in-chief of X' heads X's newsroom
        if fam in (Family.LEADERSHIP, Family.MEMBERSHIP):
            # a position is held by a person, a body or a ship, never by a state; but states are members of blocs
            if lemma != "member":
                chairs = self._state_chair(r, lemma, holders) if fam is Family.LEADERSHIP else frozenset()
                if chairs:
                    yield from chairs
                    return
                holders = frozenset(h for h in holders if self.kind(h) is not Kind.STATE)
            if not holders:
                return
        anchored = False
        mods = [ents for ents, prep, _ in self._role_anchors(r) if prep is None]
        bodies = {e for ents in mods for e in ents if self.kind(e) is Kind.PARTY}
        states = {e for ents in mods for e in ents if self.kind(e) is Kind.STATE}
        if bodies and states and fam in (Family.LEADERSHIP, Family.MEMBERSHIP):
            # "China's Foreign Ministry spokesman Geng": the ministry is China's
            yield from self._pairs(bodies, states, "part of", Family.MEMBERSHIP)
        senders: set[int] = set()
        hosts: set[int] = set()
        owners = frozenset(e for c in r.children if c.dep_ == "poss" for e in self.den_all(c))
        for ents, prep, via in self._role_anchors(r):
            if prep in (None, "of"):  # never 'minister of' a person; 'director for X', 'chief of staff to X' serve him
                held = owners | frozenset(
                    e
                    for pr in r.children
                    if pr.dep_ == "prep"
                    for p in pobjs(pr)
                    for c in p.subtree
                    if c.dep_ == "poss"
                    for e in self.den_all(c)
                )  # 'the head of X's security detail'
                ents = office_anchors(lemma, ents - holders, held, self.kind)
            else:
                ents = ents - holders
            if fam is Family.MEMBERSHIP and all(self.kind(h) is Kind.VESSEL for h in holders):
                # 'the frigates A and B and supply ship C': ships of one force sail together, none is another's
                ents = frozenset(e for e in ents if self.kind(e) is not Kind.VESSEL)
            if lemma in _PARTY_ONLY:  # 'US presidential candidate X' runs in the US, for a party
                ents = frozenset(e for e in ents if self.kind(e) is not Kind.STATE)
            if lemma in _BODY_ONLY and not any(t.lemma_.lower() in _GOVERNING for t in r.subtree):
                ents = frozenset(e for e in ents if self.kind(e) is Kind.PARTY)
            owned = any(c.lower_ in _OWNED for c in r.children)
            if lemma in _MODIFIER_ONLY and (prep is not None or ents & owners) and not owned:
                continue  # "the IMF, Ukraine's biggest lender": a lender to Ukraine is not Ukraine's
            if bodies and prep is None and fam is Family.MEMBERSHIP:
                # 'Chinese Foreign Ministry spokesman X': X is the ministry's; the ministry is China's
                ents = ents - states
            if not ents:
                continue
            anchored = True
            f = fam
            fellows = fam is Family.ALLIANCE and prep is None and any(c.lower_ in _FELLOW for c in r.children)
            if fellows and all(self.kind(e) is Kind.PARTY for e in ents):
                f = Family.MEMBERSHIP  # 'A, B and other NATO allies': fellow partners of a bloc are its members
            if lemma == "counterpart":
                # 'X and his Australian counterpart Y': Y meets X as an equal, and holds X's post in Australia
                people = {e for e in ents if self.kind(e) is Kind.OFFICIAL}
                yield from self._pairs(holders, people, "counterpart of", Family.DIPLOMACY)
                ents, f = ents - people, counterpart_family(r, self.lex, holders | self._met(r), self.tok_ent)
            if lemma in self.lex.diplomatic_roles and prep in ("to", "at", "in", "for") and via is None:
                f = Family.DIPLOMACY
                if prep != "for":  # 'special representative for Venezuela' is a brief, not a posting
                    hosts |= {e for e in ents if self.kind(e) is Kind.STATE}
                if prep == "to":  # 'X, the US ambassador to the UN': the state is posted at the body too
                    hosts |= {e for e in ents if self.kind(e) is Kind.PARTY}
            elif lemma in self.lex.diplomatic_roles and prep in (None, "of") and via is None:
                senders |= {e for e in ents if self.kind(e) is Kind.STATE}
            elif (
                lemma == "administrator"
                and prep in (None, "for", "of")
                and r.is_title
                and fam is Family.MEMBERSHIP
                and not deputy
            ):
                # 'NASA Administrator X', 'X, Administrator for the Bureau': a capitalised Administrator heads his
                # agency; a Deputy Administrator goes on to the later paths and stays a member
                f = Family.LEADERSHIP if all(self.kind(e) is Kind.PARTY for e in ents) else f
            elif (
                lemma == "secretary"
                and prep == "of"
                and any(c.lower_ in self.lex.party_leader_titles for c in r.children if c.dep_ in ("amod", "compound"))
            ):
                f = Family.LEADERSHIP  # 'first secretary of the Communist Party'
            shared_out = respective_pairs(r, holders, ents, self.tok_ent, self.kind) if prep in (None, "of") else None
            if shared_out is not None:  # 'the foreign ministers of A and B, X and Y': X is A's, Y is B's
                yield from ((h, e, f"{lemma} {prep or 'of'}", f) for h, e in shared_out)
                continue
            yield from self._pairs(holders, ents, f"{lemma} {prep or 'of'}", f)
        # "France's ambassador to Venezuela, X": the post itself ties the two states
        yield from self._pairs(senders, hosts - senders, f"{lemma} to", Family.DIPLOMACY)
        # 'support from other partners, including A and B': partners of a third party, not of each other
        others = any(c.lower_ in OF_ANOTHER for c in r.children)
        if not anchored and fam in (Family.ALLIANCE, Family.HOSTILITY) and len(holders) >= 2 and r.tag_ == "NNS":
            if others and fam is Family.ALLIANCE:
                return
            if fam is Family.ALLIANCE and r.dep_ == "nsubj" and r.head.lemma_.lower() in ("include", "comprise"):
                # 'Partners include A, B, C and the EU': states listed as a group's partners are its members, not
                # named as each other's partners; the firms of a venture listed so stay partners
                holders = frozenset(h for h in holders if self.kind(h) is not Kind.STATE)
            for a, b in member_pairs(holders):  # 'Cuba and Venezuela are close allies'
                yield a, b, lemma, fam
        if not anchored and lemma == "secretary" and fam is Family.MEMBERSHIP:
            state = self._secretary_of_state(r)
            if state is not None:
                anchored = True
                yield from self._pairs(holders, (state,), "secretary of state of", fam)
        if not anchored and fam in (Family.LEADERSHIP, Family.MEMBERSHIP):
            shared = self._shared_anchor(r, holders)
            if shared:
                anchored = True
                yield from self._pairs(holders, shared - holders, f"{lemma} of", fam)
        # a bare 'Prime Minister X' or 'Foreign Minister X' is settled the same way as 'President X'
        bare = lemma in self.lex.head_of_state_titles or lemma in _BARE_MEMBER_TITLES
        if bare and any(c.dep_ == "poss" and c.pos_ == "NOUN" and self.tok_ent[c.i] < 0 for c in r.children):
            # "the institute's president, X": a post of the body a common noun names, no state's
            bare = any(c.dep_ == "poss" and c.lemma_.lower() in _OWNER_STATES for c in r.children)
        if not anchored and fam in (Family.LEADERSHIP, Family.MEMBERSHIP) and bare:
            # 'North Korea's media said dictator Kim ...': a bare head-of-state title; which state it belongs
            # to is settled once the whole document is read (see ``_settle_titles``)
            states = []
            owners = set()  # states named as the possessor of a thing: "Iran's oil sector"
            doers = set()  # states that are the subject of a clause: 'The United States imposed ... as President X'
            quoted = set() if lemma in self.lex.head_of_state_titles else _quoted(r.doc[r.sent.start : r.i])
            for t in reversed(r.doc[r.sent.start : r.i]):
                ei = self.tok_ent[t.i]
                if self.segment[t.i] != self.segment[r.i]:
                    break
                if t.i in quoted:
                    continue  # '"... the brotherly country of Pakistan ...," Foreign Minister X said'
                if ei >= 0 and self.kind(ei) is Kind.STATE and ei not in states and t.dep_ != "amod":
                    states.append(ei)  # 'a North Korean official' is about the official, not the state
                    if t.dep_ == "poss" and self.tok_ent[t.head.i] < 0:
                        owners.add(ei)
                    if t.dep_ == "nsubj":
                        doers.add(ei)
            ruled = self._ruled_under(r)
            if ruled >= 0:
                states = [ruled]  # "US policies under President X": the state whose policies they are is his
            elif len(doers) == 1 and len(states) > 1:
                states = sorted(doers)  # 'Venezuela has kept close ties to North Korea since dictator Chávez'
            elif lemma not in self.lex.head_of_state_titles and len(states) > 1:
                states = []  # 'Foreign Minister X said ... one China ...': a minister's state must be clear
            elif len(states) > 1 and any(e not in owners for e in states):
                # 'the U.S. sanctioned Iran's oil sector after President Trump ...': a possessor is less likely
                states = [e for e in states if e not in owners]
            elif not states and lemma in self.lex.head_of_state_titles:
                for t in r.doc[r.i : r.sent.end]:
                    ei = self.tok_ent[t.i]
                    if self.segment[t.i] != self.segment[r.i] or t.pos_ in ("VERB", "AUX"):
                        break  # 'Supreme Leader X said the United States ...' is not the U.S. leader
                    if ei >= 0 and self.kind(ei) is Kind.OFFICIAL and ei not in holders:
                        break  # 'President X and Foreign Minister Y of Z met': Z is Y's, not X's
                    if ei >= 0 and self.kind(ei) is Kind.STATE:
                        states.append(ei)
                        break
            present = {self.tok_ent[t.i] for t in r.sent if self.segment[t.i] == self.segment[r.i]}
            for person in holders:
                if self.kind(person) is Kind.OFFICIAL:
                    key = (r.sent.start, self.segment[r.i])
                    self.bare_titles.append((key, person, states, present, f"{lemma} of", fam))

    def _state_chair(self, r: Token, lemma: str, holders: frozenset[int]) -> list[Tie]:
        """"Brunei, ASEAN's current chair": a state set beside a bloc's chair by apposition holds the bloc's
        (rotating) chair; only a body's role, only by apposition, and only the body named on the role."""
        if lemma not in _STATE_CHAIRS or len(holders) != 1 or r.dep_ != "appos":
            return []
        if any(
            c.dep_ in ("amod", "compound", "advmod", "nmod", "npadvmod") and self.tok_ent[c.i] < 0
            and c.lower_ not in _CHAIR_WORDS
            for c in r.children
        ):
            return []  # 'Peru, the former chair of X', 'the de facto chair': no state's chair
        (state,) = holders
        if self.kind(state) is not Kind.STATE or self.tok_ent[r.head.i] != state:
            return []
        bodies = {
            e
            for ents, prep, via in self._role_anchors(r)
            if prep in (None, "of") and via is None
            for e in ents
            if self.kind(e) is Kind.PARTY
        }
        if len(bodies) != 1:
            return []
        return list(self._pairs((state,), bodies, f"{lemma} of", Family.LEADERSHIP))

    def _ruled_under(self, r: Token) -> int:
        """The one state of 'the US under President X' or 'US policies under President X', else -1."""
        name = r.head if r.dep_ == "compound" else r
        while name.dep_ == "compound" and name.head != name:
            name = name.head
        if name.dep_ != "pobj" or name.head.lower_ != "under":
            return -1
        ruled = name.head.head
        found = {self.tok_ent[ruled.i]} if self.tok_ent[ruled.i] >= 0 else set()
        if not found and ruled.pos_ in NOUN_POS:
            if ruled.lemma_.lower() not in _RULED_NOUNS:
                return -1  # "Israel's relations with the US under President X": not Israel's own rule
            found = {self.tok_ent[c.i] for c in ruled.children if c.dep_ in MODIFIER_DEPS and self.tok_ent[c.i] >= 0}
        found = {e for e in found if self.kind(e) is Kind.STATE}
        return found.pop() if len(found) == 1 else -1

    def _second_title(self, r: Token) -> frozenset[int]:
        """'X, a supporter of President Y and founder of Z': a title the parser joins to the name after a first
        title's 'of' is X's second title, not Y's."""
        name = r.head
        if r.dep_ != "conj" or self.tok_ent[name.i] < 0 or name.dep_ != "pobj" or name.head.lower_ != "of":
            return frozenset()
        first = name.head.head
        if first.dep_ != "appos" or first.lemma_.lower() not in self.lex.role_nouns:
            return frozenset()
        return frozenset(e for e in self.den(first.head) if self.kind(e) is Kind.OFFICIAL)

    def _nearest_holder(self, r: Token, holders: frozenset[int]) -> frozenset[int]:
        """'A (left), Minister of X, and B (right), Minister of Y, met': the parser hangs both titles on A; a
        title after a comma belongs to the person named last before it."""
        head = r.head
        if r.dep_ != "appos" or head.i >= r.i or self.tok_ent[head.i] not in holders:
            return holders
        inside = {t.i for t in r.subtree}
        for t in reversed(r.doc[head.i + 1 : r.i]):
            ei = self.tok_ent[t.i]
            if ei >= 0 and ei != self.tok_ent[head.i] and t.i not in inside and self.kind(ei) is Kind.OFFICIAL:
                if r.tag_ in ("NNS", "NNPS") and ei in holders:
                    return holders  # 'A and B, two Peruvian nationals': a plural title after a list is the list's
                return frozenset((ei,))
        return holders

    def _subject_beside(self, r: Token) -> frozenset[int]:
        """'Canadian High Commissioner to India, X was summoned': a title opening the sentence and a person
        after its phrase and a comma, both parsed as subjects of one verb, are one subject: the person holds it."""
        if r.dep_ not in ("nsubj", "nsubjpass") or r.head == r:
            return frozenset()
        end = max(t.i for t in r.subtree)
        if end + 2 >= len(r.doc) or r.doc[end + 1].text != ",":
            return frozenset()
        ei = self.tok_ent[end + 2]
        if ei < 0 or self.kind(ei) is not Kind.OFFICIAL:
            return frozenset()
        _, root = self.mention_from(r.doc[end + 2])
        if root is None or root.dep_ != r.dep_ or root.head != r.head:
            return frozenset()
        return frozenset((ei,))

    def _met(self, r: Token) -> frozenset[int]:
        """The people a counterpart is set against: 'X told his Indian counterpart Y' (X)."""
        return frozenset(e for ents, _, _ in self._role_anchors(r) for e in ents if self.kind(e) is Kind.OFFICIAL)

    def _secretary_of_state(self, r: Token) -> int | None:
        """'Secretary of State Mike Pompeo said the United States ...': the title is American; it ties its holder
        to the United States when the sentence names it, or to the only state the sentence names."""
        of_state = any(
            c.dep_ == "prep" and c.lower_ == "of" and any(p.lower_ == "state" for p in c.children) for c in r.children
        ) or (r.i + 2 < len(r.doc) and r.doc[r.i + 1].lower_ == "of" and r.doc[r.i + 2].lower_ == "state")
        if not of_state:
            return None
        seg = self.segment[r.i]
        states = {
            ei
            for t in r.sent
            if (ei := self.tok_ent[t.i]) >= 0 and self.kind(ei) is Kind.STATE and self.segment[t.i] == seg
        }
        # the title is American: another state in the sentence is someone else's ('Seoul said ... Secretary of State')
        american = [e for e in states if self.entities[e].name.lower() in _AMERICA]
        return american[0] if american else None

    def _shared_anchor(self, r: Token, holders: frozenset[int]) -> frozenset[int]:
        """'Russian Defense Minister Shoigu and Foreign Minister Lavrov': a title on the second of two coordinated
        people takes the state named on the first one's title."""
        head = r.head
        while head.dep_ == "compound" and self.tok_ent[head.i] < 0 and head.head.i != head.i:
            head = head.head
        if self.tok_ent[head.i] not in holders or head.dep_ != "conj":
            return frozenset()
        own = (self.tok_ent[c.i] for c in head.children if c.dep_ in ("poss", "compound", "amod"))
        if any(e >= 0 and e not in holders and self.kind(e) is Kind.STATE for e in own):
            return frozenset()  # "Qatar's Tamim and Saudi Arabia's Crown Prince X": the second names its own state
        first = head.head
        if self.tok_ent[first.i] < 0 or self.kind(self.tok_ent[first.i]) is not Kind.OFFICIAL:
            return frozenset()
        out: set[int] = set()
        for t in first.subtree:
            if t.i >= first.i:
                break
            ei = self.tok_ent[t.i]
            if ei >= 0 and self.kind(ei) is Kind.STATE and t.dep_ in ("amod", "compound", "poss"):
                out.add(ei)
        return frozenset(out)

    def _envoy_named_after(self, r: Token, lemma: str) -> list[Tie]:
        """'Peruvian Ambassador to Chile Arno Vesk', parsed with the name as the object of 'to': the state right
        after 'to' is the host, the person after it holds the post, the state before the title sent him."""
        doc = r.doc
        # the parser hangs 'to' on the title or on the verb: take the 'to' right after the title
        for c in [doc[r.i + 1]] if r.i + 2 < len(doc) else []:
            if c.lower_ != "to" or c.dep_ not in ("prep", "dative"):
                continue
            at = c.i + 2 if doc[c.i + 1].lower_ == "the" and c.i + 2 < len(doc) else c.i + 1
            host = self.tok_ent[at]  # 'Ambassador to the United States X'
            people = [self.tok_ent[p.i] for p in pobjs(c) if self.tok_ent[p.i] >= 0]
            if people == [host]:
                people = self._named_after_host(at, host)
            # 'Ambassador to the UN X': a body hosts an envoy as a state does
            if host < 0 or self.kind(host) not in (Kind.STATE, Kind.PARTY) or len(people) != 1 or people[0] == host:
                continue
            person = people[0]
            if self.kind(person) is not Kind.OFFICIAL:
                continue
            senders = {e for e in self.modifiers(r, complements=False) if self.kind(e) is Kind.STATE} - {host}
            ties: list[Tie] = [(person, host, f"{lemma} to", Family.DIPLOMACY)]
            ties += [(person, s, f"{lemma} of", Family.MEMBERSHIP) for s in senders]
            ties += [(s, host, f"{lemma} to", Family.DIPLOMACY) for s in senders]
            return ties
        return []

    def _named_after_host(self, at: int, host: int) -> list[int]:
        """'A and Chinese Ambassador to Cambodia Wang Li attended', parsed with the name beside A: the person named
        right after the host state."""
        end = at
        while end + 1 < len(self.tok_ent) and self.tok_ent[end + 1] == host:
            end += 1
        if end + 1 >= len(self.tok_ent):
            return []
        person = self.tok_ent[end + 1]
        return [person] if person >= 0 and person != host else []

    def _envoy_at_body(self, r: Token, lemma: str) -> list[Tie]:
        """'Peru's UN Ambassador Juan Perez', 'Mexican UN envoy X': a state's envoy to a body named on the title
        is the state's (not the body's); he and the state are at the body."""
        if r.dep_ == "compound":
            name = r.head
            while name.dep_ == "compound" and self.tok_ent[name.i] < 0 and name.head != name:
                name = name.head
            person = self.tok_ent[name.i]
        else:
            person = self._apposed_person(r)  # "Israel's UN envoy, X", 'X, Peru's UN envoy'
        if person < 0 or self.kind(person) is not Kind.OFFICIAL:
            return []
        mods = self.modifiers(r, complements=False) - {person}
        states = {e for e in mods if self.kind(e) is Kind.STATE}
        bodies = {e for e in mods if self.kind(e) is Kind.PARTY}
        if len(states) != 1 or len(bodies) != 1:
            return []
        (state,), (body,) = states, bodies
        return [
            (person, state, f"{lemma} of", Family.MEMBERSHIP),
            (person, body, f"{lemma} to", Family.DIPLOMACY),
            (state, body, f"{lemma} to", Family.DIPLOMACY),
        ]

    def _apposed_person(self, r: Token) -> int:
        """The one person set beside a title by apposition: "Peru's UN envoy, X" or 'X, Peru's UN envoy'."""
        if r.dep_ == "appos" and self.tok_ent[r.head.i] >= 0:
            people = [self.tok_ent[r.head.i]]
        else:
            people = [self.tok_ent[c.i] for c in r.children if c.dep_ == "appos" and self.tok_ent[c.i] >= 0]
        if len(people) != 1 or self.kind(people[0]) is not Kind.OFFICIAL:
            return -1
        return people[0]

    def _envoy(self, r: Token, lemma: str) -> Iterator[Tie]:
        """'the North Korean ambassador to Egypt' names no one, but ties the two states."""
        senders = {e for e in self.modifiers(r) if self.kind(e) is Kind.STATE}
        if not senders and any(c.lower_ == "its" and c.dep_ == "poss" for c in r.children):
            senders = {e for e in self.modifiers(r) if self.kind(e) is Kind.PARTY}  # 'the ministry ... its envoys'
        children = list(r.children)
        if r.dep_ == "pobj" and r.head.lower_ == "of" and r.head.head.lemma_.lower() in _RECALLS:
            children += [c for c in r.head.head.children if c.i > r.i]  # 'a recall of its ambassadors to X'
        for c in children:
            if c.dep_ == "prep" and c.lower_ in ("to", "in", "at"):
                # 'its ambassador in the Rwandan capital': the capital stands for its state
                hosts = self.prep_objects(c) or frozenset(e for p in pobjs(c) for e in self.capital_of(p))
                if not hosts:
                    hosts = capital_hosts_of(self, c)  # 'its ambassador in Tehran' (capital_visits.py)
                    capital_ties(self).update((c.sent.start, s, h) for s in senders for h in hosts)
                # 'the Dutch ambassador to Moscow Ron Veld': the name hung on 'to' holds the post, of his own state
                envoys = {e for e in hosts if self.kind(e) is Kind.OFFICIAL}
                hosts = hosts - envoys
                yield from self._pairs(envoys, senders - hosts, f"{lemma} of", Family.MEMBERSHIP)
                # 'its ambassadors in the US and Australia': the hosts are no senders of each other's envoys
                yield from self._pairs(senders - hosts, hosts, f"{lemma} {c.lower_}", Family.DIPLOMACY)

    def _named_after(self, r: Token) -> frozenset[int]:
        """'the commander, X, and his deputies A, B and C' with the names hung beside the plural title: the
        names right after it hold it."""
        if r.tag_ not in ("NNS", "NNPS") or r.dep_ != "conj" or r.i + 1 >= len(r.doc) or self.tok_ent[r.i + 1] < 0:
            return frozenset()
        if not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in r.children):
            return frozenset()  # 'Neighbours and allies A and B' name no one's allies
        _, root = self.mention_from(r.doc[r.i + 1])
        if root is None or root.dep_ != "conj" or root.head != r.head:
            return frozenset()
        out: set[int] = set()
        todo = [root]
        while todo:
            x = todo.pop()
            if self.tok_ent[x.i] >= 0:
                out.add(self.tok_ent[x.i])
            todo += [y for y in x.children if y.dep_ in ("conj", "appos") and y.i > x.i]
        return frozenset(out)

    def _included(self, r: Token) -> frozenset[int]:
        """'several Acme members, including X and Y': the names a plural title includes hold it."""
        if r.tag_ not in ("NNS", "NNPS"):
            return frozenset()
        out: set[int] = set()
        for c in r.children:
            if c.dep_ == "prep" and c.lower_ == "including":
                for p in pobjs(c):
                    if any(x.dep_ == "compound" and x.pos_ == "NOUN" and self.tok_ent[x.i] < 0 for x in p.children):
                        continue  # 'units including the destroyers A and B': the names have their own description
                    todo = [p]
                    while todo:
                        x = todo.pop()
                        ei = self.tok_ent[x.i]
                        if ei >= 0:
                            out.add(ei)
                        todo += [y for y in x.children if y.dep_ == "conj"]
        return frozenset(out)

    def _conjoined_owner(self, r: Token, pron: Token) -> frozenset[int]:
        """'the Acme group and its subsidiaries', 'the commander, X, and his deputies': the owner pronoun on a
        title joined to a name is that name's."""
        word = pron.lower_
        if pron.dep_ != "poss" or word not in ("its", "his", "her") or r.dep_ != "conj":
            return frozenset()
        if r.lemma_.lower() == "counterpart":
            return frozenset()  # 'the X agency and its Saudi counterpart Y': an equal, not a part of X
        head = r.head
        found = {self.tok_ent[head.i]} if self.tok_ent[head.i] >= 0 else set()
        if not found and head.pos_ in NOUN_POS:
            # 'the Acme group and its ...', 'the commander, X, and his ...'
            found = {
                self.tok_ent[x.i]
                for x in head.children
                if x.dep_ in ("compound", "appos") and self.tok_ent[x.i] >= 0 and x.i < r.i
            }
        if len(found) != 1:
            return frozenset()
        person = self.kind(next(iter(found))) is Kind.OFFICIAL
        return frozenset(found) if person == (word != "its") else frozenset()

    def _state_role(self, r: Token, lemma: str) -> Iterator[Tie]:
        """'X, an EU member state', 'X is a NATO partner country', 'A and B, two EU candidate countries': the body
        named on the states' noun is the one the states are members, partners or candidates of."""
        fam = _STATE_ROLES.get(lemma)
        noun = r.head
        if fam is None or not_now(noun, r):
            return  # 'Britain, a former EU member state': no longer one
        bodies = {
            e
            for c in (*noun.children, *r.children)  # 'a leading BRICS member nation': the body on 'member'
            if c.dep_ in ("compound", "poss", "nmod") and c.i < r.i and not _negated(c)
            for e in self.den_all(c)
            if self.kind(e) is Kind.PARTY
        }
        states = {e for e in self.holders(noun) if self.kind(e) is Kind.STATE}
        # only conjuncts after the noun: one before it ('A, B and other EU member states') covers the bloc's own name
        listed = {e for c in noun.conjuncts if c.i > noun.i for e in self.den_all(c)}
        if any(self.kind(e) is not Kind.STATE for e in listed):
            # 'an alliance of NATO member states, the EU, Australia and Japan': a list of members with a body in
            # it names more parties beside the member states, not those states
            states -= listed
        yield from self._pairs(states, bodies, f"{lemma} {noun.lemma_.lower()} of", fam)

    def _role_anchors(self, r: Token, depth: int = 0) -> Iterator[tuple[frozenset[int], str | None, Token | None]]:
        children = list(r.children)
        if depth == 0 and r.dep_ == "compound" and r.head.lower_ in ("elect", "designate"):
            children += [c for c in r.head.children if c.dep_ != "appos"]  # "Brazil's president-elect"
        if depth == 0 and r.dep_ == "compound" and r.lemma_.lower() in self.lex.diplomatic_roles:
            # 'US Ambassador X to Moscow': the parser hangs the posting on the name after the title
            name = r.head
            while name.dep_ == "compound" and self.tok_ent[name.i] < 0 and name.head != name:
                name = name.head
            if self.tok_ent[name.i] >= 0 and self.kind(self.tok_ent[name.i]) is Kind.OFFICIAL:
                children += [c for c in name.children if c.dep_ == "prep" and c.lower_ == "to" and c.i > r.i]
        # 'vice president and wife of X': a 'of' after a kin word names the spouse's person, not the post's body
        kin = min((c.i for c in children if c.dep_ == "conj" and c.lemma_.lower() in _KIN), default=len(r.doc))
        for c in children:
            spouse = c.dep_ == "prep" and c.i > kin and r.lemma_.lower() not in _KIN
            if spouse and any(self.kind(e) is Kind.OFFICIAL for p in pobjs(c) for e in self.den_all(p)):
                continue
            if c.dep_ in MODIFIER_DEPS:
                if _negated(c) or dashed_off(c, r):
                    continue  # 'the only non-Turkish crew member' is no member of Turkey; a dateline (title_states)
                ents = self._conjoined_owner(r, c) if depth == 0 else frozenset()
                ents = ents or self.den_all(c)
                if ents and r.lemma_.lower() in _DUAL:
                    ents |= self._hyphen_pair(c)  # 'a British-Iranian dual national': both states are his
                if not ents and c.dep_ in ("compound", "amod", "nmod") and self.tok_ent[c.i] < 0:
                    # 'Syrian arms trafficker X', parsed with 'Syrian' on 'arms'; 'Turkish Transport and ... Minister X'
                    ents = frozenset(e for x in c.children if x.dep_ == "amod" for e in self.den_all(x))
                    # 'a Bulgarian I.T. specialist, X', parsed with 'Bulgarian' as a compound on 'I.T.'
                    ents = ents or frozenset(
                        e
                        for x in c.children
                        if x.dep_ == "compound" and x.i < c.i and (e := self.tok_ent[x.i]) >= 0
                        and self.kind(e) is Kind.STATE
                    )
                if ents:
                    yield ents, None, None
            elif c.dep_ == "prep" and (c.lower_ in ROLE_PREPS or (c.lower_ == "between" and r.lower_ in _SHARED)):
                for p in pobjs(c):
                    direct = self.tok_ent[p.i] >= 0
                    if not direct and c.lower_ in _PLACE_PREPS and p.lower_ in self.lex.space_nouns:
                        continue  # 'expelled the vessel from Indonesian waters': where it was, not whose it is
                    if goods_demonym(c, p, self.tok_ent, self.kind, self.den_all, self.lex):
                        continue  # 'a trader in Ruritanian bonds': the goods' state (complement_demonyms.py)
                    ents = self.den_all(p)
                    if ents:
                        yield ents, c.lower_, None if direct else p
                    described = ents and _named_apposed(p, self.tok_ent)
                    if not direct and not described and p.pos_ in NOUN_POS and depth < 3:
                        for e, _, _ in self._role_anchors(p, depth + 1):
                            yield e, c.lower_, p


    def _name_hung_on_list(self, r: Token) -> frozenset[int]:
        """'X and his Peruvian counterpart Y', parsed with Y set beside X: the person named right after a title
        joined to a name holds it."""
        doc = r.doc
        if r.dep_ != "conj" or r.i + 1 >= len(doc) or self.tok_ent[r.i + 1] < 0:
            return frozenset()
        ei = self.tok_ent[r.i + 1]
        _, root = self.mention_from(doc[r.i + 1])
        if root is None or root.dep_ != "appos" or root.head.i != r.head.i or self.kind(ei) is not Kind.OFFICIAL:
            return frozenset()
        return frozenset((ei,))

    def _beside_plural(self, r: Token, person: int) -> Iterator[Tie]:
        """'In addition to X, the prosecutors of A and B signed the accord': X acts with each state listed."""
        states = frozenset(
            e for ents, prep, _ in self._role_anchors(r) if prep == "of" for e in ents if self.kind(e) is Kind.STATE
        )
        v = next((a for a in r.ancestors if a.pos_ == "VERB"), None)
        if not states or v is None or any(c.dep_ == "neg" for c in v.children):
            return
        noun = next((c for c in v.children if c.dep_ == "dobj"), None)
        fam = self.verb_family(v, noun, None, states)
        if fam is None or fam is Family.ASSOCIATION:
            return
        yield from self._pairs(frozenset((person,)), states, f"{v.lemma_.lower()} with", fam)

    def _shared_title(self, r: Token, lemma: str) -> Iterator[Tie]:
        """'X, Acme's operations and campaign director': the parser sets the title's first word beside the person
        and joins the title to it; the owner on that first word is the title's."""
        first = r.head
        if first.dep_ != "appos" or first.pos_ != "NOUN" or first.i > r.i or self.tok_ent[first.i] >= 0:
            return
        if first.lemma_.lower() in self.lex.role_nouns or any(c.dep_ == "det" for c in r.children):
            return  # 'X, Acme's founder and director' is read as two titles
        person = self.tok_ent[first.head.i]
        if person < 0 or self.kind(person) is not Kind.OFFICIAL or first.head.i > first.i:
            return
        fam = self.lex.role_nouns[lemma]
        for c in first.children:
            owner = self.tok_ent[c.i]
            if c.dep_ == "poss" and owner >= 0 and owner != person and self.kind(owner) is Kind.PARTY:
                yield person, owner, f"{lemma} of", fam

    def _hyphen_pair(self, c: Token) -> frozenset[int]:
        """The state joined by a hyphen before a state's word: 'British' in 'British-Iranian', 'Canadian' in
        'Canadian-U.S.'."""
        doc = c.doc
        i = c.left_edge.i if c.left_edge.i < c.i else c.i - 2
        if i < 0 or i + 2 != c.i or doc[i + 1].text != "-":
            return frozenset()
        ei = self.tok_ent[i]
        return frozenset((ei,)) if ei >= 0 and self.kind(ei) is Kind.STATE else frozenset()


# nouns of a person's nationality, which may be two states': 'a British-Iranian dual national'
_DUAL = frozenset({"national", "citizen"})
# bodies two owners share: 'a joint venture between India and Russia' belongs to both
_SHARED = frozenset({"venture", "ventures"})


def _named_apposed(p: Token, tok_ent: list[int]) -> bool:
    """'the Russian broadcaster RT': the noun's own modifiers describe the name set beside it, not the post."""
    return any(c.dep_ == "appos" and tok_ent[c.i] >= 0 for c in p.children)


def _in_chief(r: Token) -> bool:
    """'editor-in-chief', 'editor in chief': a title with '-in-chief' after it is the top post."""
    words = [t.lower_ for t in r.doc[r.i + 1 : r.i + 5] if t.text != "-"]
    return words[:2] == ["in", "chief"]


def _quoted(span) -> set[int]:
    """Indices of the tokens inside quotation marks in ``span``."""
    out: set[int] = set()
    inside = False
    for t in span:
        if t.text in ("“", "”", '"'):
            inside = t.text == "“" or (t.text == '"' and not inside)
        elif inside:
            out.add(t.i)
    return out
