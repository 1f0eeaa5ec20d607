"""What a token stands for: a mention, a title's holder, 'North Korean officials', a pronoun."""

from __future__ import annotations

from spacy.tokens import Token

from core.extract.nlp import doc_sents
from core.extract.relations.act_words import BACKING_PARTICIPLES
from core.extract.relations.added_reports import reports_in_shape
from core.extract.relations.apposed_names import apposed_name, past_gerund
from core.extract.relations.mentions import Mentions
from core.extract.relations.named_examples import (
    example_preps,
    group_example_preps,
    list_end_on_verb,
    listed_after_comma,
)
from core.extract.relations.of_lists import of_list_tail
from core.extract.relations.owned_firm_names import counterpart, owned_firm_names
from core.extract.relations.plural_titles import listed_states
from core.extract.relations.pronoun_owners import object_owners, relative_speaker
from core.extract.relations.syntax import COPULAS, MODIFIER_DEPS, NOUN_POS, ROLE_PREPS, nominal, pobjs, stance_word
from core.model import Kind

_ELECT = frozenset({"elect", "designate"})
_LISTING_VERBS = frozenset({"be", "include", "comprise"})  # a role noun as subject, its holders as the list
_TAKE_OVER = frozenset({"succeed", "replace"})
_PERSONAL = frozenset({"he", "she", "him", "her", "his"})
_FIRST_PERSON = frozenset({"i", "we", "me", "us"})
_RELATIVE = frozenset({"who", "which", "that", "whom"})
_SAYER = frozenset({"it", "they"})
_OWN_COUNTRY = frozenset({"country", "nation"})
_STATE_ISLANDS = frozenset({"island", "archipelago"})
_PARTITIVE = frozenset({"some", "several", "both", "all", "many", "each", "most", "few"})
# ship types that are role nouns but no vessel nouns: "the navy's Huascar submarine"
_OTHER = frozenset({"other", "fellow"})
_HULLS = frozenset({"submarine", "submarines"})


class Referents(Mentions):
    """Maps tokens to the entities they stand for; memoised, since every rule asks again."""

    def den(self, t: Token) -> frozenset[int]:
        """The entities a token stands for: a mention, a title's holder, 'North Korean officials', 'the ship'."""
        if self.tok_ent[t.i] >= 0:
            return frozenset((self.tok_ent[t.i],))
        if t.i in self.described:
            return self.described[t.i]
        if t.i in self._den:
            return self._den[t.i]
        if t.i in self._busy:
            return frozenset()
        self._busy.add(t.i)
        try:
            out = self._compute_den(t)
        finally:
            self._busy.discard(t.i)
        self._den[t.i] = out
        return out

    def _compute_den(self, t: Token) -> frozenset[int]:
        low, lemma = t.lower_, t.lemma_.lower()
        if t.pos_ == "PRON":
            if low in _PERSONAL:
                return self._resolve_pronoun(t)
            if low in _FIRST_PERSON:
                return self._speaker(t)
            ship = self._ship_before(t) if low == "it" and t.dep_ in ("nsubj", "nsubjpass") else frozenset()
            if ship:
                return ship  # 'told MPs the ship was in the North Sea, where it was shadowed': no speaker's 'it'
            if low in _SAYER and t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ccomp":
                return self._said_of_itself(t)
            if low == "it" and t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ in ("advcl", "conj"):
                return self._ship_of_main_clause(t)
            if low == "its" and t.dep_ == "poss":
                return self._owner_of_its(t)
            clause = t.head
            while clause.dep_ == "conj" and clause.head.i != clause.i:
                clause = clause.head  # '..., who was greeted by X and who met Y'
            if low in _RELATIVE and t.dep_ == "dobj" and clause.dep_ == "relcl" and t.i < clause.i:
                return self.den(clause.head)  # 'Guaidó, whom the United States recognizes'
            if low in _RELATIVE and t.dep_ in ("nsubj", "nsubjpass") and clause.dep_ == "relcl":
                own = self.den(_last_conjunct(clause) or clause.head)
                if own and low == "who" and clause.head.dep_ == "appos" and self._states_only(own):
                    # 'X, an Austrian who worked for Y': the people's noun set beside a person stands for the person
                    person = self.tok_ent[clause.head.head.i]
                    if person >= 0 and self.kind(person) is Kind.OFFICIAL:
                        return frozenset((person,))
                if not own and low in ("who", "whom"):
                    return self._resolve_pronoun(t, nearest=True)  # 'Thae's escape in 2016, who defected ...'
                return own
            return frozenset()
        if not nominal(t):
            return frozenset()
        if lemma in self.lex.role_nouns:
            holders = self.holders(t)
            if holders:
                return holders
            listed = listed_states(t, self.tok_ent, self.kind)  # 'the leaders of A and B met'
            if listed:
                return listed
            # 'a North Korean general who ...' names no one: it stands for the state its modifiers name; but a
            # 'Panamanian-flagged tanker' is not Panama
            mods = self.modifiers(t, complements=False)
            if lemma in self.lex.vessel_nouns:
                mods = mods - self._participle_names(t)
            return mods
        if (lemma in self.lex.weapon_nouns or low in self.lex.weapon_nouns) and t.dep_ in ("nsubj", "nsubjpass"):
            # 'a Houthi missile hit X', 'a drone launched by the Houthis struck X'
            fired = {e for c in t.children if c.dep_ == "acl" and self.passive(c) for e in self.actor(c)}
            return frozenset(fired) | self.modifiers(t)
        if lemma in self.lex.collective_nouns or low in self.lex.collective_nouns:
            listed = listed_states(t, self.tok_ent, self.kind)  # 'delegations from A and B visited Y'
            if listed:
                return listed
            # 'the UN-backed force led by Kenya': a backer glued to the force's participle is not the force
            out = self.modifiers(t) - self._backer_names(t)
            if lemma in _OWN_COUNTRY:
                return self._own_country(t, out) or out
            return out
        if lemma in _STATE_ISLANDS:
            # 'Venezuela and the Pacific island of Nauru have recognized X': an island named by its state
            named = {e for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for e in self.prep_objects(c)}
            states = frozenset(e for e in named if self.kind(e) is Kind.STATE)
            if states:
                return states  # (without one, 'Ri was an island ...' still reads its subject below)
        if t.dep_ == "attr" and t.head.lemma_.lower() in COPULAS:
            return self.subjects(t.head)  # 'Ri was a Cuba expert working for ...': the predicate noun is Ri
        return frozenset()

    def capital_of(self, t: Token) -> frozenset[int]:
        """'the Peruvian capital (Lima)', "Peru's capital": the one state the capital is named by stands for it."""
        if t.lemma_.lower() != "capital" or t.tag_ != "NN":
            return frozenset()
        states = {
            self.tok_ent[c.i]
            for c in t.children
            if c.dep_ in ("amod", "poss", "compound", "appos") and self.tok_ent[c.i] >= 0
        }
        states = {e for e in states if self.kind(e) is Kind.STATE}
        return frozenset(states) if len(states) == 1 else frozenset()

    def _participle_names(self, t: Token) -> frozenset[int]:
        """Names glued to a ship participle among a noun's modifiers: 'Panamanian' in 'Panamanian-flagged'."""
        return frozenset(
            self.tok_ent[x.i]
            for x in t.subtree
            if x.i < t.i and x.i in self.hyphenated and self.hyphenated[x.i] in self.lex.ship_participles
        )

    def _backer_names(self, t: Token) -> frozenset[int]:
        """Names glued to a backing participle among a noun's modifiers: 'UN' in 'the UN-backed force'."""
        return frozenset(
            self.tok_ent[x.i] for x in t.subtree if x.i < t.i and self.hyphenated.get(x.i) in BACKING_PARTICIPLES
        )

    def issuer(self, t: Token) -> frozenset[int]:
        """'a UN report', 'the KCNA statement': the body a text speaks for, when it is the one speaking."""
        if t.lemma_.lower() not in self.lex.document_nouns:
            return frozenset()
        out = set(self.modifiers(t, complements=False))
        for c in t.children:
            if c.dep_ == "prep" and c.lower_ in ("from", "by"):
                out |= self.prep_objects(c)  # 'a statement from the US Fifth Fleet', 'a report by the Panel'
        return frozenset(e for e in out if self.kind(e) is not Kind.STATE)

    def den_all(self, t: Token) -> frozenset[int]:
        """``den`` over a coordination and its appositions: 'Brazil, Mexico, and Peru'. (Walked with a stack, not by
        recursion: the parser chains a list's names one under the other, and a report's list of a thousand names
        would pass Python's recursion limit.)

        Memoised like ``den`` (cleared with it), but only outside a ``den`` under way: there a token being read
        stands for nothing, so the walk's answer holds for that moment alone."""
        if self._busy:
            return self._den_all(t)
        found = self._den_alls.get(t.i)
        if found is None:
            found = self._den_alls[t.i] = self._den_all(t)
        return found

    def _den_all(self, t: Token) -> frozenset[int]:
        out: set[int] = set()
        stack, seen = [t], set()
        while stack:
            u = stack.pop()
            if u.i in seen:
                continue
            seen.add(u.i)
            part = set(self.den(u))
            if self.tok_ent[u.i] < 0:
                # 'several Iranian companies, including NITC': the named examples are what the phrase acts on
                named = {e for c in example_preps(u) or group_example_preps(u) for e in self.prep_objects(c)}
                if named:
                    part = named
                elif u.pos_ == "NUM" or u.lower_ in _PARTITIVE:
                    # 'two of Russia's largest oil companies, X and Y': the named ones, not whose the companies are
                    stack.extend(
                        a
                        for c in u.children
                        if c.dep_ == "prep" and c.lower_ == "of"
                        for p in pobjs(c)
                        for a in p.children
                        if (a.dep_ == "appos" or listed_after_comma(a)) and self.tok_ent[a.i] >= 0
                    )
            part |= self._gerund_object_apposed(u)
            tail = list_end_on_verb(u, self.tok_ent)  # 'from A, B, and C' with C hung on the verb
            if tail is not None:
                stack.append(tail)
            for c in u.children:
                if c.dep_ == "appos" and past_gerund(u, c):
                    continue
                if c.dep_ in ("conj", "appos") and not (c.dep_ == "appos" and c.doc[c.i - 1].text == "("):
                    stack.append(c)  # 'Tsahkna (Eesti 200)' names his party, not a second speaker
                elif c.dep_ == "appos":  # 'USS X (DDG-114) and HMCS Y': the name joined after the bracket is hung on it
                    stack.extend(x for x in c.children if x.dep_ == "conj" and x.i > c.i)
                elif (
                    (o := self.tok_ent[c.i]) >= 0
                    and o != self.tok_ent[u.i]
                    and c.i < u.i
                    and self.tok_ent[u.i] >= 0
                    and c.dep_ in ("nmod", "compound")
                    and self._listed_on(c, u)
                ):
                    part.add(o)
            out |= part
        return frozenset(out)

    def _gerund_object_apposed(self, t: Token) -> frozenset[int]:
        """'accused X of targeting the watchdog, the OPCW,': the apposition the parser hung on X past the 'of'-gerund
        phrase names the gerund's object."""
        g = t.head
        if t.dep_ != "dobj" or g.dep_ != "pcomp" or g.head.lower_ != "of" or g.head.dep_ != "prep":
            return frozenset()
        h = g.head.head
        comma = t.right_edge.i + 1
        return frozenset(
            e
            for a in h.children
            if a.dep_ == "appos" and past_gerund(h, a) and a.left_edge.i == comma + 1 and t.doc[comma].text == ","
            for e in self.den_all(a)
        )

    def _listed_on(self, c: Token, t: Token) -> bool:
        """'Prime Minister A and Turkish President B met', 'the Globe and Mail and Global News': the parser hangs
        the first of two listed names on the second; the 'and' right after the first name lists them."""
        other = self.tok_ent[c.i]
        end = c.i
        while end + 1 < t.i and self.tok_ent[end + 1] == other:
            end += 1
        return end + 1 < t.i and c.doc[end + 1].lower_ in ("and", "or")

    def direct_objects(self, v: Token) -> frozenset[int]:
        """``den_all`` over a verb's direct objects."""
        return frozenset(e for c in v.children if c.dep_ == "dobj" for e in self.den_all(c))

    def prep_objects(self, prep: Token) -> frozenset[int]:
        """``den_all`` over a preposition's objects: 'with Cuba and Venezuela'."""
        return frozenset(e for p in pobjs(prep) for e in self.den_all(p))

    def modifiers(self, t: Token, complements: bool = True) -> frozenset[int]:
        """Entities a collective noun belongs to: 'North Korean officials', 'a delegation of the WPK',
        and, when nothing else says whose they are, 'authorities in Panama'. Without ``complements`` only the
        words before the noun count, and only names ('member of the Bureau' is not the Bureau)."""
        out: set[int] = set()
        places: set[int] = set()
        for c in t.children:
            if c.dep_ in MODIFIER_DEPS:
                ents = (
                    self.den_all(c)
                    if complements
                    else frozenset(self.tok_ent[x.i] for x in _joined_before(c, t) if self.tok_ent[x.i] >= 0)
                )
                if ents and c.dep_ in ("amod", "compound") and stance_word(self.doc, c.left_edge.i) is not None:
                    ents = frozenset()  # 'protests against the pro-EU authorities' are not against the EU
                if not ents and c.dep_ in ("amod", "compound"):
                    # 'a North Korean-flagged ship', 'the state-run Korean media'
                    ents = frozenset(e for x in c.children if x.dep_ in MODIFIER_DEPS for e in self.den_all(x))
                out |= ents
            elif c.dep_ == "prep" and c.lower_ in ("of", "in", "including") and complements:
                # 'a delegation of the WPK', 'officials in Panama', '50 countries, including Brazil and Peru'
                for p in pobjs(c):
                    (places if c.lower_ == "in" else out).update(self.den_all(p))
        if not out:
            out = {e for e in places if self.kind(e) is Kind.STATE}
        return frozenset(out)

    def _resolve_pronoun(self, t: Token, nearest: bool = False) -> frozenset[int]:
        """'he' in 'X told Y he ...' is X; otherwise the first person named earlier in the sentence."""
        verb = t.head
        if t.dep_ in ("nsubj", "nsubjpass") and verb.dep_ == "ccomp" and verb.head.pos_ in ("VERB", "AUX"):
            speaker = [e for e in self.actor(verb.head) if self.kind(e) is Kind.OFFICIAL]
            if speaker:
                return frozenset(speaker[:1])
        held = relative_speaker(t, self.tok_ent)  # 'Y, who during his visit to Z ...'
        if held >= 0 and self.kind(held) is Kind.OFFICIAL:
            return frozenset((held,))
        before = t.doc[doc_sents(t.doc)[t.i].start : t.i]
        for tok in reversed(before) if nearest else before:
            ei = self.tok_ent[tok.i]
            if ei >= 0 and self.kind(ei) is Kind.OFFICIAL:
                return frozenset((ei,))
        return frozenset()

    def _speaker(self, t: Token) -> frozenset[int]:
        """'we' inside a quotation is whoever the reporting verb says spoke it: '"We urge Chile ...," Pence said'."""
        v = t.head
        for _ in range(4):
            if v.dep_ == "ccomp" and v.head.lemma_.lower() in self.lex.reporting_verbs:
                return frozenset(e for e in self.subjects(v.head) if self.kind(e) is Kind.OFFICIAL)
            if v.head.i == v.i:
                break
            v = v.head
        return frozenset()

    def _ship_of_main_clause(self, t: Token) -> frozenset[int]:
        """'The tanker Niovi was sailing to Fujairah when it was stopped by X': 'it' in a clause hung on one
        whose subject is a named ship is that ship (a bare 'it' elsewhere stands for nothing)."""
        main = t.head.head
        if main.pos_ not in ("VERB", "AUX") or main.i == t.head.i:
            return frozenset()
        subjects = {e for c in main.children if c.dep_ in ("nsubj", "nsubjpass") for e in self.den_all(c)}
        ships = frozenset(e for e in subjects if self.kind(e) is Kind.VESSEL)
        return ships if len(ships) == 1 and ships == subjects else frozenset()

    def _ship_before(self, t: Token) -> frozenset[int]:
        """'The tanker X was in the strait, where it was shadowed by Y': 'it' in a 'where'/'when' clause is the
        named ship, when a ship is the one subject named before it in the sentence."""
        if not _where_clause(t):
            return frozenset()
        subjects = {
            e
            for c in doc_sents(t.doc)[t.i]
            if c.i < t.i and c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON"
            for e in self.den_all(c)
        }
        ships = frozenset(e for e in subjects if self.kind(e) is Kind.VESSEL)
        return ships if len(ships) == 1 and ships == subjects else frozenset()

    def _owner_of_its(self, t: Token) -> frozenset[int]:
        """'Iran and its proxy Hizballah', 'Wagner was disbanded after its leader X died': 'its' is the name the
        phrase is coordinated with, or else the one subject of the clause above, when that is a body, state or
        ship."""
        noun = t.head
        if noun.dep_ == "conj" and self.tok_ent[noun.head.i] >= 0:
            return frozenset((self.tok_ent[noun.head.i],))
        named = object_owners(noun, self.tok_ent)  # 'held Y accountable for its attacks'
        if len(named) == 1 and all(self.kind(e) is not Kind.OFFICIAL for e in named):
            return named
        verb = noun
        for _ in range(6):
            if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
                break
            verb = verb.head
        for _ in range(2):
            subs = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i != noun.i]
            subjects = {self.tok_ent[c.i] for c in subs} - {-1}
            subjects |= {e for c in subs if c.i in self.described for e in self.described[c.i]}
            # 'X said it ordered a recall of its ambassadors': 'its' is what 'it' is, the speaker
            said = [c for c in subs if c.lower_ == "it" and c.head.dep_ == "ccomp"]
            subjects |= {e for c in said for e in self._said_of_itself(c)}
            if subjects:
                kinds = {self.kind(e) for e in subjects}
                return frozenset(subjects) if len(subjects) == 1 and Kind.OFFICIAL not in kinds else frozenset()
            if verb.dep_ not in ("advcl", "conj", "relcl") or verb.head.i == verb.i:
                break
            verb = verb.head
        return frozenset()

    def _own_country(self, t: Token, owners: frozenset[int]) -> frozenset[int]:
        """'Zambian President X said his country had signed ...': 'his country' is the state the person's title
        names (the speaker's own tie to the act is read from his words)."""
        if not any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in t.children):
            return frozenset()
        nationality = self._nationality()  # rare: read afresh, since a segment pass may hide names
        states = {s for e in owners if self.kind(e) is Kind.OFFICIAL for s in nationality.get(e, ())}
        return frozenset(states) if len(states) == 1 else frozenset()

    def _states_only(self, ents: frozenset[int]) -> bool:
        return all(self.kind(e) is Kind.STATE for e in ents)

    def _said_of_itself(self, t: Token) -> frozenset[int]:
        """'China's Coast Guard said it fired ...': 'it' or 'they' opening what a body or state said is the
        speaker; a person is 'he' or 'she', so a person speaking is not 'it'. So too after a verb that reports
        only with a clause: 'A, B and C stressed that they shared ...' (added_reports.py)."""
        v = t.head.head
        if v.pos_ not in ("VERB", "AUX"):
            return frozenset()
        if v.lemma_.lower() not in self.lex.reporting_verbs and not reports_in_shape(v, self.lex.document_nouns):
            return frozenset()
        return frozenset(e for e in self.subjects(v) if self.kind(e) in (Kind.STATE, Kind.PARTY))

    def _listed(self, t: Token) -> set[int]:
        """The names of a list: 't, u and v'."""
        out: set[int] = set()
        todo = [t]
        while todo:
            c = todo.pop()
            if self.tok_ent[c.i] >= 0:
                out.add(self.tok_ent[c.i])
            todo += [x for x in c.children if x.dep_ == "conj"]
        return out

    def holders(self, r: Token) -> frozenset[int]:
        """Who holds a title or role noun: 'President X', 'X, member of ...', 'X is one of Y's allies'."""
        out: set[int] = set()
        head = r.head
        near = apposed_name(self, r)
        if near:
            out |= near  # 'A and B, a Y ally' is B's; 'measures on A and B, two Y nationals' are A's and B's
        elif r.dep_ in ("compound", "nmod", "appos", "amod") and self.tok_ent[head.i] >= 0:
            out.add(self.tok_ent[head.i])
            if r.dep_ == "appos" and r.tag_ in ("NNS", "NNPS"):
                first = head  # 'X and Y, two Peruvian companies': the apposition is the list's, however the
                while first.dep_ == "conj" and first.head.i < first.i and self.tok_ent[first.head.i] >= 0:
                    first = first.head  # parser hangs it (on the list's last name, often)
                out |= self._listed(first)
            elif r.dep_ == "compound" and r.tag_ in ("NNS", "NNPS") and r.i < head.i:
                # 'Peruvian citizens X and Y': a plural title before a list of people is each one's
                out |= {e for e in self._listed(head) if self.kind(e) is Kind.OFFICIAL}
        if r.dep_ == "compound" and head.dep_ == "compound" and self.tok_ent[head.head.i] >= 0:
            out.add(self.tok_ent[head.head.i])
        if r.dep_ == "conj" and r.tag_ in ("NNS", "NNPS") and any(c.lower_ in _OTHER for c in r.children):
            first = r.head  # 'A, B and other OAS members': the names listed before are members too
            while first.dep_ == "conj" and first.head.i < first.i:
                first = first.head
            out |= self._listed(first)
        if r.dep_ == "compound" and head.lower_ in _ELECT:
            out |= self.holders(head)  # "Brazil's president-elect, Jair Bolsonaro"
        if r.dep_ == "nsubj" and head.lemma_.lower() in _LISTING_VERBS:
            # "ASEAN's other members are A, B and C", 'members of the bloc include A and B'
            for c in head.children:
                if c.dep_ in ("attr", "dobj"):
                    out |= self._listed(c)
        if r.dep_ == "appos" and self.tok_ent[head.i] < 0 and head.lemma_.lower() in self.lex.role_nouns:
            out |= self.holders(head)  # 'the newspaper Granma, the official organ of the Party'

        for c in r.children:
            if c.dep_ == "appos" or (c.dep_ == "conj" and r.tag_ in ("NNS", "NNPS")):
                # 'representatives of A and B, C and D': C and D continue the list (not 'the ministers of A and
                # B, X and Y', people holding the posts)
                ei = self.tok_ent[c.i]
                tail = ei >= 0 and of_list_tail(r, c) and self.kind(ei) is not Kind.OFFICIAL
                if self.tok_ent[c.i] >= 0 and not past_gerund(r, c) and not tail:
                    out |= self.den_all(c)
            elif c.dep_ == "nsubj":
                out |= self.den_all(c)  # 'made him the highest-ranking official'
            elif c.dep_ == "compound" and r.lemma_.lower() in self.lex.body_roles:
                ei = self.tok_ent[c.i]  # 'the ACNC news agency', 'the Chosun Ilbo newspaper'
                if ei >= 0 and self.kind(ei) in (Kind.PARTY, Kind.VESSEL) and not counterpart(r):
                    out.add(ei)
            elif c.dep_ == "compound" and (r.lemma_.lower() in self.lex.vessel_nouns or r.lemma_.lower() in _HULLS):
                ei = self.tok_ent[c.i]  # "the navy's Huascar destroyer": the named ship is the navy's
                owned = any(x.dep_ == "poss" and self.tok_ent[x.i] >= 0 for x in r.children)
                if ei >= 0 and owned and self.kind(ei) is Kind.VESSEL:
                    out.add(ei)
            elif c.dep_ in ("acl", "relcl") and c.lemma_.lower() in self.lex.naming_verbs:
                # 'a ship named X', 'the ship, which was named X'
                for x in c.children:
                    if x.dep_ in ("oprd", "attr", "dobj", "xcomp", "appos"):
                        out |= self.den(x)
                    elif x.dep_ == "prep" and x.lower_ == "as":
                        out |= {self.tok_ent[p.i] for p in pobjs(x) if self.tok_ent[p.i] >= 0}  # 'identified as X'
        if not out:
            # 'the chairman of the Assembly, Diosdado Cabello' with the name parsed as the Assembly's apposition;
            # also 'Maduro's representative at the United Nations, Samuel Moncada'
            for c in r.children:
                if c.dep_ == "prep" and c.lower_ in ROLE_PREPS:
                    for p in pobjs(c):
                        if self.tok_ent[p.i] >= 0:
                            out |= {
                                self.tok_ent[x.i]
                                for x in p.children
                                if x.dep_ == "appos"
                                and self.tok_ent[x.i] >= 0
                                and self.kind(self.tok_ent[x.i]) is Kind.OFFICIAL
                            }
        if not out:
            out |= owned_firm_names(r, self.tok_ent, self.kind)  # "Ruritania's Zarno energy giant"
        if not out and r.pos_ in NOUN_POS:
            out |= self._comma_apposition(r)
        if r.i + 1 < len(r.doc):
            # 'North Korea's ally Cuba defended ...' parsed as two subjects side by side
            nxt = r.doc[r.i + 1]
            ei = self.tok_ent[nxt.i]
            if ei >= 0:
                _, root = self.mention_from(nxt)
                if root is not None and root.head == r.head and root.dep_ == r.dep_ and r.head.i != r.i:
                    out.add(ei)
        if r.dep_ == "attr" and head.lemma_.lower() in COPULAS:
            out |= self.subjects(head)
        elif r.dep_ == "pobj" and head.lower_ == "of" and head.head.dep_ == "attr":
            cop = head.head.head
            if cop.lemma_.lower() in COPULAS:
                out |= self.subjects(cop)
        elif r.dep_ == "oprd" and self.passive(head):
            out |= self.undergoer(head)  # 'X was selected new president'
        elif r.dep_ == "pobj" and head.lower_ == "as" and head.head.pos_ in ("VERB", "AUX"):
            # 'X served as president' is X; 'Y recognized X as president' is X too, the object
            # and 'X succeeded Y as first secretary' is both: Y held the post, X holds it now
            verb = head.head
            objs = self.direct_objects(verb)
            out |= objs | self.actor(verb) if verb.lemma_.lower() in _TAKE_OVER else objs or self.actor(verb)
        elif r.dep_ == "conj" and head.lemma_.lower() in self.lex.role_nouns and (not out or self.tok_ent[head.i] >= 0):
            out |= self.holders(head)  # (not 'the commander, X, and his deputies A and B': they have their own)
        elif r.dep_ == "conj" and head.dep_ == "appos" and self.tok_ent[head.head.i] >= 0:
            out.add(self.tok_ent[head.head.i])  # 'X, a senior military figure and close ally of Y'
        elif r.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ == "one" and head.head.dep_ == "appos":
            one = head.head
            if self.tok_ent[one.head.i] >= 0:
                out.add(self.tok_ent[one.head.i])  # 'X, one of Peru's largest conglomerates'
            else:
                out |= self._name_before_one(one)
        elif r.dep_ == "conj" and self._named_next(r) is not None:
            out.add(self._named_next(r))  # '... with Iranian President Rouhani and Turkish President Erdogan'
        elif (
            r.dep_ == "conj"
            and not out  # 'X and his counterpart Y': a title with its own holder is not X's
            and self.tok_ent[head.i] >= 0
            and self.kind(self.tok_ent[head.i]) is Kind.OFFICIAL
        ):
            out.add(self.tok_ent[head.i])  # 'X, President of ... and member of ...' with 'member' tied to X
        elif r.dep_ == "appos" and head.dep_ == "appos" and self.tok_ent[head.head.i] >= 0:
            out.add(self.tok_ent[head.head.i])
        return frozenset(out)

    def _name_before_one(self, one: Token) -> set[int]:
        """'relations with Cuba, one of North Korea's close allies': the parser hangs the 'one' on a word above the
        name right before its comma; the 'one' is that name's."""
        k = one.i - 2
        if k < 0 or one.head.i > k or one.doc[k + 1].text != "," or self.tok_ent[k] < 0:
            return set()
        return {self.tok_ent[k]} if one.head in one.doc[k].ancestors else set()

    def _named_next(self, r: Token) -> int | None:
        """The person named right after a title ('President Recep Tayyip Erdogan'), however the parser hung it."""
        if r.i + 1 >= len(r.doc) or not r.text[:1].isupper():
            return None
        ei = self.tok_ent[r.i + 1]
        return ei if ei >= 0 and self.kind(ei) is Kind.OFFICIAL else None

    def _comma_apposition(self, r: Token) -> frozenset[int]:
        """'Maduro's representative at the United Nations, Samuel Moncada, ...' with the name parsed as a loose
        modifier of the clause: a person named right after the title's phrase and a comma is its apposition."""
        end = max(t.i for t in r.subtree)
        if end + 2 >= len(r.doc) or r.doc[end + 1].text != ",":
            return frozenset()
        first = r.doc[end + 2]
        ei = self.tok_ent[first.i]
        if ei < 0 or self.kind(ei) is not Kind.OFFICIAL:
            return frozenset()
        last, root = self.mention_from(first)
        if root is None or root.dep_ not in ("npadvmod", "appos", "dep", "conj") or root.head.i > r.i:
            return frozenset()
        nxt = r.doc[last.i + 1] if last.i + 1 < len(r.doc) else None
        if nxt is not None and nxt.text not in (",", ".", ";", ")"):
            return frozenset()
        return frozenset((ei,))


def _last_conjunct(clause: Token) -> Token | None:
    """'sanctions against A and B, which is Russia's largest firm': a singular relative clause right after a list
    is about the list's last member."""
    last, nxt = None, clause.head
    while nxt is not None:
        last = nxt
        nxt = max((c for c in last.children if c.dep_ == "conj" and last.i < c.i < clause.i), key=_at, default=None)
    if last.i == clause.head.i:
        return None
    verbs = [clause, *(c for c in clause.children if c.dep_ in ("aux", "auxpass"))]
    return last if any(v.tag_ == "VBZ" or v.lower_ == "was" for v in verbs) else None


def _at(t: Token) -> int:
    return t.i


def _where_clause(t: Token) -> bool:
    """'..., where it was shadowed by X': the pronoun's clause opens with 'where' or 'when' before it."""
    return any(c.dep_ == "advmod" and c.lower_ in ("where", "when") and c.i < t.i for c in t.head.children)


def _joined_before(c: Token, t: Token) -> tuple[Token, ...]:
    """A modifier and the ones joined to it before the noun: 'Freedonian and Sylvanian diplomats' are both states'."""
    return (c, *(x for x in c.conjuncts if x.i < t.i and x.dep_ in ("conj", *MODIFIER_DEPS)))
