"""Ties a name's own modifiers state: 'the Maduro government', 'a U.S.-sanctioned trafficker'."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from core.extract.nlp import doc_column, doc_tokens
from core.extract.relations.bracketed_states import bracketed_state_ties
from core.extract.relations.demonym_lists import listed_demonym_ties
from core.extract.relations.departures import Departures
from core.extract.relations.name_ties import unowned_namesake
from core.extract.relations.owned_firm_names import counterpart
from core.extract.relations.syntax import MODIFIER_DEPS, Tie, pobjs, stance_word
from core.extract.relations.titled_leaders import titled_leader
from core.model import Family, Kind

# Group nouns for movements that belong where they are: 'Huthi rebels in Yemen', 'the X movement in Lebanon'.
_HOME_GROUPS = frozenset({"rebel", "rebels", "insurgent", "insurgents", "movement", "militia", "militant", "militants"})
# ship types beside the vessel nouns: 'Coast Guard cutter X', 'the Navy submarine X'
_HULLS = frozenset({"cutter", "submarine", "superyacht", "icebreaker", "minesweeper", "gunboat"})


class Modifiers(Departures):
    """Rules for a mention's own modifiers."""

    def _vessel_noun_owners(self, t: Token, me: int) -> Iterator[Tie]:
        """'the Peruvian Navy vessel, Orca Star', 'the Navy vessel Orca Star': the ship noun's owner owns the ship."""
        nouns = [c for c in t.children if c.dep_ == "compound" and self.tok_ent[c.i] < 0]
        # only the first name apposed: 'a Navy ship, the A, and one from the Bureau, the B'
        apposed = t.dep_ == "appos" and self.tok_ent[t.head.i] < 0
        if apposed and next(c for c in t.head.children if c.dep_ == "appos").i == t.i:
            nouns.append(t.head)
        for noun in nouns:
            if noun.lemma_.lower() not in self.lex.vessel_nouns and noun.lemma_.lower() not in _HULLS:
                continue
            for c in noun.children:
                other = self.tok_ent[c.i]
                owner = other >= 0 and other != me and self.kind(other) is Kind.PARTY  # a navy, not its state
                if c.dep_ in MODIFIER_DEPS and owner:
                    yield me, other, f"{noun.lemma_.lower()} of", Family.MEMBERSHIP

    def _stances(self, t: Token, me: int) -> Iterator[Tie]:
        """'the pro-Russia X party' sides with Russia, 'an anti-Peru militia' is against Peru."""
        if self.kind(me) not in (Kind.PARTY, Kind.OFFICIAL):
            return
        for x in (t, *(c for c in t.children if self.tok_ent[c.i] == me)):
            for c in x.children:
                other = self.tok_ent[c.i]
                if c.dep_ not in MODIFIER_DEPS or other < 0 or other == me or c.i > t.i:
                    continue
                stance = stance_word(self.doc, c.left_edge.i)
                if stance is not None:
                    yield me, other, f"{stance}-", Family.ALLIANCE if stance == "pro" else Family.HOSTILITY

    def _mention_start(self, i: int, me: int) -> int:
        """The first token of the mention of entity ``me`` that token ``i`` is in."""
        while i > 0 and self.tok_ent[i - 1] == me:
            i -= 1
        return i

    def _home_constituency(self, t: Token, me: int) -> bool:
        """ "Senator Jon Roe of Georgia", "Rep. Ana Diaz of Texas": a legislator's 'of' names the place of the seat."""
        start = self._mention_start(t.i, me)
        before = self.doc[start - 1].lower_.rstrip(".") if start > 0 else ""
        return before in _SEAT_TITLES

    def _listed_owner(self, t: Token, me: int) -> Iterator[Tie]:
        """'Peru's Social Democrats, Greens and Free Democrats': the state owning a list's first body owns every
        body of the list that has no owner of its own."""
        if any(c.dep_ in ("poss", "compound", "amod") and self.tok_ent[c.i] not in (-1, me) for c in t.children):
            return
        first = t.head
        while first.dep_ in ("conj", "appos") and first.head.i != first.i:
            if first.dep_ == "appos" and self.tok_ent[first.i] >= 0:
                break
            first = first.head  # "the Navy's X (DD-12) and Y": the name after the bracket is hung on it
        lead = self.tok_ent[first.i]
        mine = self.kind(me)
        if lead < 0 or lead == me or self.kind(lead) is not mine:
            return
        if mine is Kind.PARTY and not (_party_shaped(first) and _party_shaped(t)):
            return  # "Russia's Gazprom, Shell and Exxon": firms listed after one state's firm are not its own
        # "Peru's Social Democrats, Greens and ...", "the Peruvian Navy's X and Y": a ship is a navy's or a state's
        owners = (Kind.STATE,) if mine is Kind.PARTY else (Kind.STATE, Kind.PARTY)
        for c in first.children:
            other = self.tok_ent[c.i]
            if c.dep_ == "poss" and other >= 0 and other != me and self.kind(other) in owners:
                yield me, other, "part of" if mine is Kind.PARTY else "ship of", Family.MEMBERSHIP

    def _inner_state(self, t: Token, me: int) -> Iterator[Tie]:
        """'The Chinese People's Liberation Army': a state's word hung on a word inside the body's name, not on its
        head, still makes the body the state's."""
        start = self._mention_start(t.i, me)
        for x in doc_tokens(self.doc)[start : t.i]:
            if x.head.i < start or x.head.i > t.i:
                continue
            for c in x.children:
                other = self.tok_ent[c.i]
                outside = c.i < start and c.dep_ in ("amod", "compound") and other not in (-1, me)
                if outside and self.kind(other) is Kind.STATE:
                    yield me, other, "part of", Family.MEMBERSHIP

    def _entity_modifiers(self, t: Token) -> Iterator[Tie]:
        """'North Korea's Ministry of Foreign Affairs', 'the North Korean embassy', 'a Maduro henchman'."""
        me = self.tok_ent[t.i]
        if t.head.i != t.i and self.tok_ent[t.head.i] == me:
            return  # only the head of a mention carries its modifiers
        for c in t.children:
            if c.dep_ not in MODIFIER_DEPS or self.tok_ent[c.i] < 0 or self.tok_ent[c.i] == me:
                continue
            other = self.tok_ent[c.i]
            start = c.i
            while start > 0 and self.tok_ent[start - 1] == other:
                start -= 1
            before = self.doc[start - 1] if start > 0 else None
            if stance_word(self.doc, start) is not None:
                continue  # read by _stances
            if self._listed_before(c, other, me):
                continue  # 'the Globe and Mail and Global News': two names listed, one hung on the other
            if before is not None and before.lower_ == "the" and before.i > 0:
                before = self.doc[before.i - 1]  # 'Ambassador to the United States X'
            if (
                before is not None
                and before.lower_ == "to"
                and before.i > 0
                and self.doc[before.i - 1].lemma_.lower() in self.lex.diplomatic_roles
            ):
                continue  # 'Ambassador to Chile Arno Vesk': Chile is where he is sent, not his
            mine, theirs = self.kind(me), self.kind(other)
            if (
                mine in (Kind.PARTY, Kind.STATE)
                and theirs is Kind.OFFICIAL
                and (mine is Kind.PARTY or c.dep_ == "poss")
            ):
                yield other, me, "leads", Family.LEADERSHIP  # 'the Maduro government', 'Maduro's Venezuela'
            elif mine is Kind.VESSEL and theirs in (Kind.STATE, Kind.PARTY):
                yield me, other, "ship of", Family.MEMBERSHIP  # 'the Indian Navy's INS X', 'an NITC tanker X'
            elif mine is Kind.OFFICIAL and theirs in (Kind.STATE, Kind.PARTY) and self._leading_title(start):
                yield me, other, "leader of", Family.LEADERSHIP  # 'President of Peru X', 'Commander of the Navy X'
            elif mine is Kind.OFFICIAL and theirs is Kind.PARTY and (top := self._general_between(c.i, t.i, other, me)):
                yield me, other, f"{top} of", Family.LEADERSHIP  # 'NATO Secretary General X'
            elif mine in (Kind.PARTY, Kind.OFFICIAL) and theirs in (Kind.STATE, Kind.PARTY):
                owned = mine is not Kind.PARTY or theirs is not Kind.STATE or c.dep_ == "poss"
                if not owned and unowned_namesake(self.entities[me].name, c.text):
                    continue  # 'Australian National University' (name_ties.unowned_namesake)
                yield me, other, "part of", Family.MEMBERSHIP
        if self.kind(me) is Kind.PARTY:
            # 'Smart Tankers of Piraeus, Greece', 'a firm in Dubai, United Arab Emirates'
            for c in t.children:
                if c.dep_ == "prep" and c.lower_ in ("of", "from"):  # 'Wagner in Mali' is there, not of there
                    states = {e for e in self.prep_objects(c) if self.kind(e) is Kind.STATE and e != me}
                    label = "part of" if c.lower_ == "of" else f"based {c.lower_}"
                    yield from self._pairs((me,), states, label, Family.MEMBERSHIP)
        if self.kind(me) is Kind.OFFICIAL:
            # 'Ana Lopez of the Green Union Party', 'Juan Perez of Peru': a person of a body or state is its member
            for c in t.children:
                if c.dep_ == "prep" and c.lower_ == "of":
                    named = [p for p in pobjs(c) for p in (p, *(x for x in p.children if x.dep_ == "conj"))]
                    named = [p for p in named if p.tag_ in ("NNP", "NNPS")]  # not "of the Finnish X"
                    others = {e for p in named if (e := self.tok_ent[p.i]) >= 0 and e != me}  # the names, not
                    others = {e for e in others if self.kind(e) in (Kind.STATE, Kind.PARTY)}  # their modifiers
                    if self._home_constituency(t, me):  # 'Senator X of Georgia': the seat's place, not a state's
                        others = {e for e in others if self.kind(e) is not Kind.STATE}
                    roles, deputies = self.lex.role_nouns, self.lex.deputy_words
                    for e in others:  # 'President X of Peru', 'leaders such as X of Peru': the head of it
                        title = titled_leader(self.doc, self.tok_ent, t, me, self.kind(e), roles, deputies)
                        if title:
                            yield me, e, f"{title} of", Family.LEADERSHIP
                        else:
                            yield me, e, "member of", Family.MEMBERSHIP
                elif c.dep_ == "prep" and c.lower_ == "from" and t.dep_ != "pobj":
                    # 'Air Vice Marshal X from the Peruvian defense ministry': a person from a body is its member
                    bodies = {e for e in self.prep_objects(c) if e != me and self.kind(e) is Kind.PARTY}
                    yield from self._pairs((me,), bodies, "official from", Family.MEMBERSHIP)
        if self.kind(me) in (Kind.PARTY, Kind.VESSEL) and t.dep_ == "conj":
            yield from self._listed_owner(t, me)
        if self.kind(me) is Kind.PARTY:
            yield from self._inner_state(t, me)
        yield from self._bracketed(t, me)
        yield from self._stances(t, me)
        if self.kind(me) is Kind.VESSEL:
            yield from self._vessel_noun_owners(t, me)
        yield from self._described_home(t, me)
        yield from self._possessed_home(t, me)
        yield from self._listed_home(t, me)
        yield from self._apposed_home(t, me)
        if t.dep_ == "appos":
            yield from self._apposed_demonym(t, me)
        yield from listed_demonym_ties(t, self.tok_ent, self.kind)
        yield from self._left_from(t, me)
        if self.kind(me) in (Kind.PARTY, Kind.VESSEL):
            # 'X Maritime, part of Y's X Group': an apposed 'part of' names what the body or ship belongs to
            for c in t.children:
                if c.dep_ == "appos" and c.lower_ == "part" and self.tok_ent[c.i] < 0:
                    for x in c.children:
                        if x.dep_ == "prep" and x.lower_ == "of":
                            owners = {e for e in self.prep_objects(x) if self.kind(e) is not Kind.VESSEL}
                            yield from self._pairs((me,), owners, "part of", Family.MEMBERSHIP)
        head = t.head
        envoy = head.lemma_.lower() in self.lex.diplomatic_roles  # "Peru's UN envoy": the UN is no body of Peru's
        mine = not envoy and not counterpart(head)  # "Ruritania's Acme rival company" is not Ruritania's
        if self.kind(me) is Kind.PARTY and t.dep_ in ("compound", "amod") and self.tok_ent[head.i] < 0 and mine:
            # "Yemen's Houthi rebels", "Iran's IRGC forces": the group named on the noun is the possessor's
            for c in head.children:
                other = self.tok_ent[c.i]
                if c.dep_ == "poss" and other >= 0 and other != me and self.kind(other) is Kind.STATE:
                    yield me, other, f"{head.lemma_.lower()} of", Family.MEMBERSHIP
                elif c.dep_ == "prep" and c.lower_ == "in" and head.lemma_.lower() in _HOME_GROUPS:
                    # 'Huthi rebels in Yemen', 'the X militia in Sudan': a movement is of the land it fights in
                    # (not 'Wagner forces in Mali': forces and troops are sent abroad)
                    states = {e for e in self.prep_objects(c) if self.kind(e) is Kind.STATE and e != me}
                    yield from self._pairs((me,), states, f"{head.lemma_.lower()} in", Family.MEMBERSHIP)
        if self.kind(me) is Kind.PARTY and t.lemma_.lower() in self.lex.body_roles:
            # 'the Political Bureau of the Communist Party of Cuba', 'Office 39 of the WPK': an organ of its body
            for c in t.children:
                if c.dep_ == "prep" and c.lower_ == "of":
                    for p in pobjs(c):
                        others = {self.tok_ent[p.i]}
                        if self.tok_ent[p.i] < 0 and p.lemma_.lower() in self.lex.body_roles:
                            # 'the Political Bureau of the WPK Central Committee': the organ of an unnamed
                            # organ is the named body's too
                            others = {self.tok_ent[m.i] for m in p.children if m.dep_ in ("compound", "poss")}
                        for other in others:
                            if other >= 0 and other != me and self.kind(other) is Kind.PARTY:
                                yield me, other, "part of", Family.MEMBERSHIP

    def _listed_before(self, c: Token, other: int, me: int) -> bool:
        """'in the Globe and Mail and Global News', 'firms, A Energy and B Energies': the parser hangs the first of
        two listed names on the second; an 'and' or 'or' between them lists them, it does not nest one in the other."""
        end = c.i
        while end + 1 < len(self.doc) and self.tok_ent[end + 1] == other:
            end += 1
        nxt = end + 1
        if nxt >= len(self.doc) or self.doc[nxt].lower_ not in ("and", "or", "&"):
            return False
        return nxt + 1 < len(self.doc) and self.tok_ent[nxt + 1] == me

    def _described_home(self, t: Token, me: int) -> Iterator[Tie]:
        """'French yoghurt maker Danone', 'one Greek gunboat X': a country's adjective before the common nouns
        that describe a named body or ship is its home."""
        if self.kind(me) not in (Kind.PARTY, Kind.VESSEL):
            return
        start = self._mention_start(t.i, me)
        if "case" in doc_column(self.doc, "dep_")[start : t.i]:
            return  # "Israeli billionaire X's Y Group": the nouns describe the owner, not the named body
        i = start - 1
        gap = 0
        while i >= 0 and gap < 3 and self.tok_ent[i] < 0 and self.doc[i].pos_ == "NOUN" and self.doc[i].is_lower:
            i -= 1
            gap += 1
        if gap == 0 or i < 0:
            return
        if i >= 2 and self.doc[i].lower_ in _RANKS and self.doc[i - 1].text in ("'s", "’s"):
            i -= 2  # "Peru's top chip maker Acme": a rank between the state's possessive and the nouns
        other = self.tok_ent[i]
        if other < 0 or other == me or self.kind(other) is not Kind.STATE or self.doc[i].pos_ not in ("ADJ", "PROPN"):
            return
        yield me, other, f"{self.doc[start - 1].lower_} of", Family.MEMBERSHIP

    def _possessed_home(self, t: Token, me: int) -> Iterator[Tie]:
        """"Peru's Ministry of State Security", "Peru's paramilitary Civil Guard": a state's possessive written just
        before a body's name (at most three plain words between) is its home, read from the words themselves where the
        parser hangs the possessive elsewhere (gold on blind4..59: the 11 such pairs no other rule read are all
        MEMBERSHIP). Not a counterpart ("Peru's ally Acme", "Peru's enemies Acme and Bolt", "Peru's Acme partner
        company"), the words between compared by lemma."""
        if self.kind(me) is not Kind.PARTY:
            return
        start = self._mention_start(t.i, me)
        tags, pos, lemmas = doc_column(self.doc, "tag_"), doc_column(self.doc, "pos_"), doc_column(self.doc, "lemma_")
        i = start - 1
        gap = 0
        while i >= 0 and gap < 3 and self.tok_ent[i] < 0 and pos[i] in _PLAIN_POS:
            word = lemmas[i].lower()
            if word in _NOT_HOME:
                return  # "Peru's enemies Acme and Bolt", "Peru's foes Acme": its counterparts, not its bodies
            i -= 1
            gap += 1
        if i < 1 or tags[i] != "POS" or self.tok_ent[i] >= 0:
            return
        other = self.tok_ent[i - 1]
        if other < 0 or other == me or self.kind(other) is not Kind.STATE:
            return
        end = t.i
        while end + 1 < len(lemmas) and self.tok_ent[end + 1] == me:
            end += 1
        after = [lemma.lower() for lemma in lemmas[end + 1 : end + 3]]
        if any(w in _NOT_HOME or w in self.lex.diplomatic_roles for w in after):
            return  # "Peru's Acme rival company"; "Peru's UN envoy": the UN is no body of Peru's
        yield me, other, "part of", Family.MEMBERSHIP

    def _listed_home(self, t: Token, me: int) -> Iterator[Tie]:
        """'Peruvian firms including A, B and C', 'Peruvian tech giants A and B': the country's adjective on the
        plural noun before a list of named bodies or ships is the home of every name listed."""
        if self.kind(me) not in (Kind.PARTY, Kind.VESSEL):
            return
        first = t
        for _ in range(8):
            if first.dep_ != "conj" or first.head.i == first.i:
                break
            first = first.head
        if first.i != t.i and first.dep_ != "pobj":
            lead = self.tok_ent[first.i]
            if lead >= 0 and lead != me and self.kind(lead) is self.kind(me):
                for _, other, label, fam in self._described_home(first, lead):
                    if other != me:
                        yield me, other, label, fam
            return
        intro = first.head
        if first.dep_ != "pobj" or intro.lower_ not in ("including", "like", "as") or self.kind(me) is not Kind.PARTY:
            return
        if any(c.dep_ == "compound" and c.pos_ == "NOUN" and self.tok_ent[c.i] < 0 for c in first.children):
            return  # 'Peruvian units including the destroyers A and B': the names have a description of their own
        if intro.lower_ == "as" and not any(c.lower_ == "such" for c in intro.children):
            return
        noun = intro.head
        if noun.tag_ != "NNS" or self.tok_ent[noun.i] >= 0:
            return
        for c in noun.children:
            other = self.tok_ent[c.i]
            if c.dep_ == "amod" and c.i < noun.i and other >= 0 and other != me and self.kind(other) is Kind.STATE:
                yield me, other, f"{noun.lower_} of", Family.MEMBERSHIP

    def _apposed_home(self, t: Token, me: int) -> Iterator[Tie]:
        """'the Peruvian superyacht, Orca', 'a Peruvian firm, Acme': a country's adjective on the common noun the
        name is set beside is the home of the ship or body."""
        mine = self.kind(me)
        head = t.head
        if t.dep_ != "appos" or mine not in (Kind.PARTY, Kind.VESSEL) or head.i > t.i or self.tok_ent[head.i] >= 0:
            return
        lemma = head.lemma_.lower()
        if mine is Kind.VESSEL and lemma not in self.lex.vessel_nouns and lemma not in _HULLS:
            return
        if mine is Kind.PARTY and (self.lex.role_nouns.get(lemma) is not Family.MEMBERSHIP or lemma in _PEOPLE_NOUNS):
            return
        if next(c for c in head.children if c.dep_ == "appos").i != t.i:
            return  # only the first name set beside the noun
        named = {me}
        if head.tag_ == "NNS":
            # 'two Israeli firms, A Energy and B Energies': a plural noun is set beside every name of the list
            todo = [t]
            while todo:
                x = todo.pop()
                for c in x.children:
                    e = self.tok_ent[c.i]
                    if c.dep_ in ("conj", "nmod", "compound") and e >= 0 and self.kind(e) is mine:
                        named.add(e)
                        todo.append(c)
        for c in head.children:
            other = self.tok_ent[c.i]
            if c.dep_ == "amod" and other >= 0 and other not in named and self.kind(other) is Kind.STATE:
                for e in sorted(named):
                    yield e, other, f"{lemma} of", Family.MEMBERSHIP

    def _apposed_demonym(self, t: Token, me: int) -> Iterator[Tie]:
        """'X, an Austrian who ...', 'a Russian, X', 'X and Y, two Bulgarians': a people's noun set beside a
        person is the person's state."""
        head = t.head
        other = self.tok_ent[head.i]
        if other < 0 or other == me:
            return
        state, person, word = (me, other, t) if self.kind(me) is Kind.STATE else (other, me, head)
        if self.kind(state) is not Kind.STATE or self.kind(person) is not Kind.OFFICIAL:
            return
        if self.tok_ent[word.i] != state:
            return
        if word.pos_ not in ("PROPN", "NOUN") or not any(
            c.lower_ in ("a", "an") or c.dep_ == "nummod" for c in word.children if c.i < word.i
        ):
            return  # 'an Austrian', 'two Bulgarians'; not 'X, Peru' (a place)
        people = {person}
        if word is t and t.tag_ in ("NNS", "NNPS"):
            first = head
            while first.dep_ == "conj" and first.head.i < first.i and self.tok_ent[first.head.i] >= 0:
                first = first.head
            todo = [first]
            while todo:
                c = todo.pop()
                if self.tok_ent[c.i] >= 0 and self.kind(self.tok_ent[c.i]) is Kind.OFFICIAL:
                    people.add(self.tok_ent[c.i])
                todo += [x for x in c.children if x.dep_ == "conj"]
        for p in people:
            yield p, state, "national of", Family.MEMBERSHIP

    def _general_between(self, body: int, person: int, other: int, me: int) -> str | None:
        """The head's title when only 'Secretary General', 'Director-General' or one head's word ('Chairperson')
        stands between a body's name and a person's."""
        i = body
        while i + 1 < len(self.doc) and self.tok_ent[i + 1] == other:
            i += 1
        j = person
        while j > 0 and self.tok_ent[j - 1] == me:
            j -= 1
        words = [t.lower_ for t in self.doc[i + 1 : j] if t.text != "-"]
        if len(words) == 1 and self.doc[j - 1].is_title:
            # 'African Union Commission Chairperson X': one head's title, capitalised
            return words[0] if self.lex.role_nouns.get(words[0]) is Family.LEADERSHIP else None
        if len(words) == 2 and words[0] in ("secretary", "director") and words[1] == "general":
            return f"{words[0]}-general"
        return None

    def _leading_title(self, start: int) -> bool:
        """A leader's title right before 'of' and the name at ``start``: 'President of', 'Commander-in-Chief of
        the', not 'Deputy Commander-in-Chief of' nor 'Minister of'."""
        i = start - 1
        if i >= 0 and self.doc[i].lower_ == "the":
            i -= 1
        if i < 1 or self.doc[i].lower_ != "of":
            return False
        title = self.doc[i - 1]
        if self.lex.role_nouns.get(title.lemma_.lower()) is not Family.LEADERSHIP:
            return False
        words = [t for t in self.doc[max(0, i - 7) : i - 1] if not t.is_punct or t.text == "-"]
        j = len(words)
        while j > 0 and (words[j - 1].text == "-" or words[j - 1].lower_ == "in" or words[j - 1].is_title):
            j -= 1
            if words[j].lower_ in self.lex.deputy_words:
                return False
        return not (j > 0 and words[j - 1].lower_ in self.lex.deputy_words)

    def _bracketed(self, t: Token, me: int) -> Iterator[Tie]:
        """'Margus Tsahkna (Eesti 200)': a party in brackets right after a person's name is his; 'Jan Brok (UK)':
        the states alone in brackets (bracketed_states.py)."""
        yield from bracketed_state_ties((t,), self.tok_ent, self.kind, self._no_firm)
        if self.kind(me) is not Kind.OFFICIAL:
            return
        doc, i = self.doc, t.i
        while i + 1 < len(doc) and self.tok_ent[i + 1] == me:
            i += 1
        if i + 3 >= len(doc) or doc[i + 1].text != "(":
            return
        other = self.tok_ent[i + 2]
        if other < 0 or other == me or self.kind(other) is not Kind.PARTY:
            return
        j = i + 2
        while j + 1 < len(doc) and self.tok_ent[j + 1] == other:
            j += 1
        if j + 1 < len(doc) and doc[j + 1].text == ")":
            yield me, other, "member of", Family.MEMBERSHIP

    def _hyphenated(self, t: Token) -> Iterator[Tie]:
        """'a U.S.-sanctioned trafficker', 'Saudi-led forces': the mention does what the participle says."""
        word = self.hyphenated[t.i]
        fam = None
        irregular = {"led": "lead", "held": "control"}.get(word, "")
        for stem in (word, word[:-1], word[:-2], word[:-3] + "y", word[:-3], irregular):
            fam = self.lex.verbs.get(stem)
            if fam and fam is not Family.REPORTING:
                break
        else:
            return
        target = t.head
        if target.i == t.i + 2 and target.head.i != target.i:
            target = target.head  # the participle is a token of its own: its noun is the target
        for _ in range(4):
            ents = self.den(target)
            if ents or target.dep_ not in ("conj", "appos", "compound") or target.head.i == target.i:
                break
            target = target.head
        ents = self.den(target)
        if not ents and fam is Family.LEADERSHIP and target.pos_ == "NOUN":
            # 'Houthi-held areas of Yemen': who holds the areas holds part of the country
            ents = frozenset(
                e
                for c in target.children
                if c.dep_ == "prep" and c.lower_ in ("of", "in")
                for e in self.prep_objects(c)
                if self.kind(e) is Kind.STATE
            )
        if word == "run" and fam is Family.LEADERSHIP:
            # 'the Houthi-run SABA agency', 'the Moscow-run Africa Corps': the body run is the runner's own (gold)
            yield from self._pairs(ents, (self.tok_ent[t.i],), "run by", Family.MEMBERSHIP)
            return
        yield from self._pairs((self.tok_ent[t.i],), ents, word, fam)


# titles whose 'of <place>' is the seat's place: "Senator X of Georgia" (a US state, not the country)
_SEAT_TITLES = frozenset({"senator", "sen", "governor", "gov", "representative", "rep", "congressman",
                          "congresswoman", "assemblyman", "assemblywoman", "lawmaker"})
# ranks between a state's possessive and the nouns describing its firm: "Peru's top chip maker Acme"
_RANKS = frozenset({"top", "largest", "biggest", "leading", "main", "second-largest", "largest-ever", "flagship"})
# the plain words between a state's possessive and the name of its body: "Peru's paramilitary Civil Guard"
_PLAIN_POS = frozenset({"ADJ", "NOUN", "PROPN"})
# words that make the body the state's counterpart, not its own: "Peru's rival Acme", "Peru's proxy Acme"
_NOT_HOME = frozenset({"rival", "rivals", "ally", "allies", "partner", "partners", "proxy", "proxies", "neighbour",
                       "neighbor", "counterpart", "enemy", "foe", "adversary", "competitor", "client", "supplier",
                       "customer", "contractor", "envoy", "ambassador", "opponent", "critic", "nemesis", "archenemy",
                       "arch-enemy", "arch-rival", "archrival"})
# role nouns for people, not for the bodies set beside them
_PEOPLE_NOUNS = frozenset({"member", "official", "diplomat", "minister", "spokesman", "spokeswoman", "spokesperson",
                           "representative", "envoy", "ambassador", "officer", "agent", "employee", "citizen",
                           "national", "activist", "journalist", "businessman", "businesswoman", "tycoon"})
# the head word of a political party's name: "the Green Party", "National Front", "Free Democrats"
_PARTY_HEADS = frozenset({"party", "front", "league", "alliance", "movement", "union", "congress", "coalition", "bloc"})


def _party_shaped(head: Token) -> bool:
    """A name headed like a political party: a party word, or a plural ("Social Democrats", "Greens")."""
    word = head.text
    return head.lower_ in _PARTY_HEADS or head.tag_ == "NNPS" or (word.endswith("s") and not word.endswith("ss"))
