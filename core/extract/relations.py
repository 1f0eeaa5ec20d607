"""Relations of one parsed document, read from the grammar of each sentence.

Two entities in a sentence are tied when its dependency tree says how: a verb with one as its doer and the
other as its object or prepositional complement ("X visited Y", "Y was seized by X"), a title or apposition
("X, member of Y", "Cuba's president X"), a relation noun ("ties between X and Y", "X's threat against Y"),
or a reporting verb ("KCNA reported that X ..."). Families come from the lexicon in ``data/relations.json``.
Pairs the grammar says nothing about keep an ASSOCIATION tie, so no co-occurrence is lost.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import combinations

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from core.extract.relation_rules import (
    COPULAS,
    MODIFIER_DEPS,
    NOUN_PATIENT_PREPS,
    NOUN_POS,
    PLACE_PREPS,
    ROLE_PREPS,
    Grammar,
    Lexicon,
    lexicon,
    nominal,
)
from core.model import Family, Kind, LocalEntity, LocalRelation, Span


def find_relations(doc: Doc, entities: list[LocalEntity]) -> list[LocalRelation]:
    """Every tie stated between two entities of one sentence, with the sentence as evidence."""
    return _Reader(doc, entities, lexicon()).relations()


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


_UNDOING = frozenset({"lift", "ease", "relax", "loosen", "block", "veto", "scrap", "end"})
_TITLE_STOPS = frozenset(
    {"despite", "in", "at", "for", "after", "over", "amid", "as", "on", "from", "of", "while", "before", "to", "with"}
    | {"against", "and", "but", "says", "said", "say", "report", "reports", "by", "during", "ahead", "following"}
)
_HEADLINE_GLUE = frozenset({"the", "'s", "\u2019s", ",", "and", "&"})
_AMERICA = frozenset({"united states", "united states of america", "usa", "u.s.", "us", "america"})


def _headline(toks: list[Token]) -> bool:
    """A title-case line without a full stop: most of its words capitalised."""
    words = [t for t in toks if t.is_alpha]
    if len(words) < 3 or toks[-1].text in (".", "?", "!"):
        return False
    caps = sum(1 for t in words if t.text[0].isupper())
    return caps >= 0.6 * len(words)


class _Reader(Grammar):
    """The rules that read ties from the trees of one document's sentences."""

    def __init__(self, doc: Doc, entities: list[LocalEntity], lex: Lexicon) -> None:
        super().__init__(doc, entities, lex)
        # ((sentence, segment), person, states named before the title nearest first, entities in the segment, type)
        self.bare_titles: list[tuple[tuple[int, int], int, list[int], set[int], str]] = []
        self._stated: dict[tuple[int, int], list[tuple[int, int, str, Family]]] = {}  # (sentence, segment)

    # --- the rules -------------------------------------------------------------------------------------

    def _settle_titles(self) -> None:
        """A bare 'President X' ties X to the state the document elsewhere says X serves, if it is named in
        the same segment; failing that, to the state named last before the title."""
        known: dict[int, set[int]] = {}
        for stated in self._stated.values():
            for src, tgt, _, fam in stated:
                if fam in (Family.LEADERSHIP, Family.MEMBERSHIP) and self.kind(tgt) is Kind.STATE:
                    known.setdefault(src, set()).add(tgt)
        for key, person, states, present, type_ in self.bare_titles:
            mine = known.get(person)
            targets = sorted(mine & present) if mine else states[:1]
            self._stated[key].extend((person, t, type_, Family.LEADERSHIP) for t in targets)

    def relations(self) -> list[LocalRelation]:
        """Rules run once per spaCy sentence with two entities or more, per segment of it."""
        by_sent: dict[int, SpacySpan] = {}
        by_seg: dict[int, set[int]] = {}
        for ei, hi in self.heads:
            tok = self.doc[hi]
            by_seg.setdefault(self.segment[hi], set()).add(ei)
            by_sent.setdefault(tok.sent.start, tok.sent)
        for start, sent in by_sent.items():
            segs = sorted({self.segment[t.i] for t in sent})
            busy = [seg for seg in segs if len(by_seg.get(seg, ())) >= 2]
            if len(segs) == 1 and busy:
                self._stated[(start, busy[0])] = list(self._sentence(sent))
                continue
            # a headline or caption glued to a sentence by the parser: read each piece with the names of the
            # other pieces hidden, so no tie crosses a line break
            whole = self.tok_ent
            for seg in busy:
                self.tok_ent = [ei if self.segment[i] == seg else -1 for i, ei in enumerate(whole)]
                self._den.clear()
                self._stated[(start, seg)] = list(self._sentence(sent))
            self.tok_ent = whole
            self._den.clear()
        for start, seg in list(self._stated):
            toks = [t for t in by_sent[start] if self.segment[t.i] == seg]
            if _headline(toks):
                self._stated[(start, seg)].extend(self._headline(toks))
        self._settle_titles()
        out: list[LocalRelation] = []
        for start, seg in sorted(self._stated):
            present = by_seg[seg]
            toks = [t for t in by_sent[start] if self.segment[t.i] == seg]
            evidence = _evidence(self.text, self.doc[toks[0].i : toks[-1].i + 1])
            found: dict[tuple[int, int, Family], str] = {}
            for src, tgt, type_, fam in self._stated[(start, seg)]:
                if src != tgt and src in present and tgt in present:
                    found.setdefault((src, tgt, fam), type_)
            typed = {frozenset((a, b)) for a, b, _ in found}
            for (src, tgt, fam), type_ in found.items():
                out.append(LocalRelation(src, tgt, type_, fam, evidence))
            for a, b in combinations(sorted(present), 2):
                if frozenset((a, b)) not in typed:
                    out.append(LocalRelation(a, b, "appears with", Family.ASSOCIATION, evidence))
        return out

    def _headline(self, toks: list[Token]) -> Iterator[tuple[int, int, str, Family]]:
        """'U.S. Seizes North Korean Coal Ship Wise Honest': the parser is weak on title case, so read a headline
        as subject name, verb from the lexicon right after it, and the name that ends the capitalised phrase after
        the verb (or after 'to', 'with', 'against')."""
        i = 0
        subjects: list[int] = []
        while i < len(toks) and (self.tok_ent[toks[i].i] >= 0 or toks[i].lower_ in _HEADLINE_GLUE):
            ei = self.tok_ent[toks[i].i]
            if toks[i].lower_ in ("'s", "\u2019s") and subjects:
                subjects.pop()  # "Venezuela's Maduro": the possessor is not a doer
            elif ei >= 0 and (i == 0 or self.tok_ent[toks[i - 1].i] != ei):
                subjects.append(ei)
            i += 1
        if i == 0 or i >= len(toks) or self.tok_ent[toks[i - 1].i] < 0 or not subjects:
            return
        subject, verb = self.tok_ent[toks[i - 1].i], toks[i]
        fam, word = None, verb.lower_
        plural = len(set(subjects)) >= 2  # 'Putin, Rouhani and Erdogan Meet'
        if word.isalpha() and (word.endswith("s") or plural):
            for stem in (
                (word, word[:-1], word[:-2], word[:-3] + "y") if plural else (word[:-1], word[:-2], word[:-3] + "y")
            ):
                if stem not in self.lex.ambivalent_verbs:
                    fam = self.lex.verbs.get(stem)
                if fam is not None:
                    break
        if fam is None or fam is Family.REPORTING:
            return
        if plural and any(word.startswith(w) for w in self.lex.symmetric_verbs if len(w) > 2):
            # 'Putin, Rouhani and Erdogan Meet in Tehran'
            for a, b in combinations(sorted(set(subjects)), 2):
                yield a, b, word, fam
        j = i + 1
        target, linked = None, False
        while j < len(toks):
            t = toks[j]
            ei = self.tok_ent[t.i]
            if ei >= 0:
                target = ei
            elif t.lower_ in ("to", "with", "against") and target is None and not linked:
                linked = True  # 'Ships Oil to Cuba', 'Meets with Putin'
            elif t.lower_ in _TITLE_STOPS:
                break
            elif t.text in ("-", "'s", "\u2019s") or (t.is_alpha and t.text[0].isupper()):
                target = None
            else:
                break
            j += 1
        if target is not None:
            yield from self._pairs((subject,), (target,), word, fam)

    def _sentence(self, sent: SpacySpan) -> Iterator[tuple[int, int, str, Family]]:
        lex = self.lex
        for t in sent:
            lemma = t.lemma_.lower()
            if self.tok_ent[t.i] >= 0:
                yield from self._entity_modifiers(t)
                if t.i in self.hyphenated:
                    yield from self._hyphenated(t)
            elif nominal(t) and (
                lemma in lex.role_nouns or lemma in lex.relation_nouns or t.lower_ in lex.relation_nouns
            ):
                if lemma in lex.role_nouns:
                    yield from self._role(t)
                if lemma in lex.relation_nouns or t.lower_ in lex.relation_nouns:
                    yield from self._relation_noun(t)
            elif t.lower_ == "according":
                yield from self._according(t)
            elif t.pos_ in ("VERB", "AUX"):
                yield from self._verb(t)
                if lemma in lex.reporting_verbs:
                    yield from self._reporting(t)
                if lemma in lex.reporting_verbs or lemma in lex.naming_speech:
                    yield from self._verdict(t)

    def _pairs(self, sources: Iterable[int], targets: Iterable[int], type_: str, fam: Family):
        targets = list(targets)
        for s in sources:
            if fam is Family.DEFECTION and self.kind(s) is not Kind.OFFICIAL:
                continue  # people defect; 'North Korean diplomats defected' names no one
            for t in targets:
                if s != t:
                    yield s, t, type_, fam

    def _entity_modifiers(self, t: Token) -> Iterator[tuple[int, int, str, Family]]:
        """'North Korea's Ministry of Foreign Affairs', 'the North Korean embassy', 'a Maduro henchman'."""
        me = self.tok_ent[t.i]
        if t.head.i != t.i and self.tok_ent[t.head.i] == me:
            return  # only the head of a mention carries its modifiers
        for c in t.children:
            if c.dep_ not in MODIFIER_DEPS or self.tok_ent[c.i] < 0 or self.tok_ent[c.i] == me:
                continue
            other = self.tok_ent[c.i]
            mine, theirs = self.kind(me), self.kind(other)
            if (
                mine in (Kind.PARTY, Kind.STATE)
                and theirs is Kind.OFFICIAL
                and (mine is Kind.PARTY or c.dep_ == "poss")
            ):
                yield other, me, "leads", Family.LEADERSHIP  # 'the Maduro government', 'Maduro's Venezuela'
            elif mine is Kind.VESSEL and theirs is Kind.STATE:
                yield me, other, "ship of", Family.MEMBERSHIP
            elif mine in (Kind.PARTY, Kind.OFFICIAL) and theirs in (Kind.STATE, Kind.PARTY):
                yield me, other, "part of", Family.MEMBERSHIP

    def _hyphenated(self, t: Token) -> Iterator[tuple[int, int, str, Family]]:
        """'a U.S.-sanctioned trafficker', 'Saudi-led forces': the mention does what the participle says."""
        word = self.hyphenated[t.i]
        fam = None
        for stem in (word, word[:-1], word[:-2], word[:-3] + "y", word[:-3], {"led": "lead"}.get(word, "")):
            fam = self.lex.verbs.get(stem)
            if fam and fam is not Family.REPORTING:
                break
        else:
            return
        target = t.head
        if target.i == t.i + 2 and target.head is not target:
            target = target.head  # the participle is a token of its own: its noun is the target
        for _ in range(4):
            ents = self.den(target)
            if ents or target.dep_ not in ("conj", "appos", "compound") or target.head is target:
                break
            target = target.head
        yield from self._pairs((self.tok_ent[t.i],), self.den(target), word, fam)

    def _role(self, r: Token) -> Iterator[tuple[int, int, str, Family]]:
        """A title and its holder: 'President X', 'X, member of the Political Bureau', 'Y's ally X'."""
        holders = self.holders(r)
        lemma = r.lemma_.lower()
        if not holders:
            if lemma in self.lex.diplomatic_roles:
                yield from self._envoy(r, lemma)
            return
        base = self.lex.role_nouns[lemma]
        deputy = any(
            c.lemma_.lower() in self.lex.deputy_words for c in r.children if c.dep_ in ("amod", "compound")
        ) or any(w in self.lex.deputy_words for w in lemma.split("-")[:-1])
        if r.i > 0 and r.doc[r.i - 1].lower_ in self.lex.deputy_words | {"-"}:
            deputy = deputy or r.doc[r.i - 1].lower_ != "-" or r.doc[r.i - 2].lower_ in self.lex.deputy_words
        fam = Family.MEMBERSHIP if deputy and base is Family.LEADERSHIP else base
        if lemma == "minister" and r.i > 0 and r.doc[r.i - 1].lower_ == "prime":
            fam = Family.LEADERSHIP  # a prime minister heads the government
        if fam in (Family.LEADERSHIP, Family.MEMBERSHIP):
            # a position is held by a person, a body or a ship, never by a state
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
        for ents, prep, via in self._role_anchors(r):
            ents = ents - holders
            if not ents:
                continue
            anchored = True
            f = fam
            if lemma in self.lex.diplomatic_roles and prep in ("to", "at", "in", "for") and via is None:
                f = Family.DIPLOMACY
            elif (
                lemma == "secretary"
                and prep == "of"
                and any(c.lower_ in self.lex.party_leader_titles for c in r.children if c.dep_ in ("amod", "compound"))
            ):
                f = Family.LEADERSHIP  # 'first secretary of the Communist Party'
            yield from self._pairs(holders, ents, f"{lemma} {prep or 'of'}", f)
        if not anchored and fam in (Family.ALLIANCE, Family.HOSTILITY) and len(holders) >= 2 and r.tag_ == "NNS":
            for a, b in combinations(sorted(holders), 2):  # 'Cuba and Venezuela are close allies'
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
        if not anchored and fam is Family.LEADERSHIP and lemma in self.lex.head_of_state_titles:
            # 'North Korea's media said dictator Kim ...': a bare head-of-state title; which state it belongs
            # to is settled once the whole document is read (see ``_settle_titles``)
            states = []
            owners = set()  # states named as the possessor of a thing: "Iran's oil sector"
            for t in reversed(r.doc[r.sent.start : r.i]):
                ei = self.tok_ent[t.i]
                if self.segment[t.i] != self.segment[r.i]:
                    break
                if ei >= 0 and self.kind(ei) is Kind.STATE and ei not in states and t.dep_ != "amod":
                    states.append(ei)  # 'a North Korean official' is about the official, not the state
                    if t.dep_ == "poss" and self.tok_ent[t.head.i] < 0:
                        owners.add(ei)
            if len(states) > 1 and any(e not in owners for e in states):
                # 'the U.S. sanctioned Iran's oil sector after President Trump ...': a possessor is less likely
                states = [e for e in states if e not in owners]
            elif not states:
                for t in r.doc[r.i : r.sent.end]:
                    ei = self.tok_ent[t.i]
                    if self.segment[t.i] != self.segment[r.i] or t.pos_ in ("VERB", "AUX"):
                        break  # 'Supreme Leader X said the United States ...' is not the U.S. leader
                    if ei >= 0 and self.kind(ei) is Kind.STATE:
                        states.append(ei)
                        break
            present = {self.tok_ent[t.i] for t in r.sent if self.segment[t.i] == self.segment[r.i]}
            for person in holders:
                if self.kind(person) is Kind.OFFICIAL:
                    self.bare_titles.append(((r.sent.start, self.segment[r.i]), person, states, present, f"{lemma} of"))

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
        while head.dep_ == "compound" and self.tok_ent[head.i] < 0 and head.head is not head:
            head = head.head
        if self.tok_ent[head.i] not in holders or head.dep_ != "conj":
            return frozenset()
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

    def _envoy(self, r: Token, lemma: str) -> Iterator[tuple[int, int, str, Family]]:
        """'the North Korean ambassador to Egypt' names no one, but ties the two states."""
        senders = {e for e in self.modifiers(r) if self.kind(e) is Kind.STATE}
        for c in r.children:
            if c.dep_ == "prep" and c.lower_ in ("to", "in", "at"):
                hosts = {e for p in c.children if p.dep_ == "pobj" for e in self.den_all(p)}
                yield from self._pairs(senders, hosts, f"{lemma} {c.lower_}", Family.DIPLOMACY)

    def _role_anchors(self, r: Token, depth: int = 0) -> Iterator[tuple[frozenset[int], str | None, Token | None]]:
        children = list(r.children)
        if depth == 0 and r.dep_ == "compound" and r.head.lower_ in ("elect", "designate"):
            children += [c for c in r.head.children if c.dep_ != "appos"]  # "Brazil's president-elect"
        for c in children:
            if c.dep_ in MODIFIER_DEPS:
                ents = self.den_all(c)
                if not ents and c.dep_ in ("compound", "amod") and self.tok_ent[c.i] < 0:
                    # 'Syrian arms trafficker X', parsed with 'Syrian' on 'arms'
                    ents = frozenset(e for x in c.children if x.dep_ == "amod" for e in self.den_all(x))
                if ents:
                    yield ents, None, None
            elif c.dep_ == "prep" and c.lower_ in ROLE_PREPS:
                for p in c.children:
                    if p.dep_ != "pobj":
                        continue
                    direct = self.tok_ent[p.i] >= 0
                    ents = self.den_all(p)
                    if ents:
                        yield ents, c.lower_, None if direct else p
                    if not direct and p.pos_ in NOUN_POS and depth < 3:
                        for e, _, _ in self._role_anchors(p, depth + 1):
                            yield e, c.lower_, p

    def _relation_noun(self, n: Token) -> Iterator[tuple[int, int, str, Family]]:
        """'ties between X and Y', 'X's threat against Y', 'the DPRK-Cuba friendship', 'a visit by X to Y'."""
        lemma = n.lemma_.lower()
        fam = self.trade_override(n, self.lex.relation_nouns.get(lemma) or self.lex.relation_nouns[n.lower_])
        agents: set[int] = set()
        mods: set[int] = set()
        patients: set[int] = set()
        between: set[int] = set()
        of: set[int] = set()
        nouns = [n]
        for c in n.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                nouns += [p for p in c.children if p.dep_ == "pobj" and self.tok_ent[p.i] < 0]
        for c in n.children:
            if c.dep_ in MODIFIER_DEPS:
                ents = self.den_all(c)
                agents |= ents
                if c.dep_ in ("compound", "amod", "nmod"):
                    mods |= ents
        for noun in nouns:
            for c in noun.children:
                if c.dep_ != "prep":
                    continue
                objs: set[int] = set()
                for p in c.children:
                    if p.dep_ == "pobj":
                        objs |= self.den_all(p)
                prep = c.lower_
                if prep in ("by", "from"):
                    agents |= objs
                elif prep == "between":
                    between |= objs
                elif prep == "of" and noun is n:
                    of |= objs
                elif prep in NOUN_PATIENT_PREPS and not (prep in ("at", "for") and fam is not Family.DIPLOMACY):
                    patients |= objs
        if lemma in self.lex.role_nouns:
            holders = self.holders(n)
            if holders:
                agents = set(holders)  # 'X, the State Department's envoy for Venezuela': X acts, not the Department
        if not agents and of:
            agents, of = of, set()
        patients |= of
        if not agents and n.dep_ == "pobj" and n.head.lower_ == "of" and n.head.head.pos_ in NOUN_POS:
            outer = n.head.head
            for c in outer.children:
                if c.dep_ in MODIFIER_DEPS:
                    agents |= self.den_all(c)
        if (
            agents
            and not patients
            and not between
            and fam in (Family.DIPLOMACY, Family.ALLIANCE)
            and n.dep_ == "pobj"
            and n.head.lower_ in ("at", "on", "upon", "with", "under")
        ):
            # 'Kim visited Russia at the invitation of Putin', 'escaped with the help of Italy': the one invited or
            # helped is the doer of the clause
            verb = n.head.head
            if verb.pos_ in ("VERB", "AUX") and not self.passive(verb):
                yield from self._pairs(agents, self.actor(verb) - agents, f"{lemma} of", fam)
        if not agents and patients:
            # 'X sent a delegation for their first meeting with Y': the event is the clause's doer's
            t = n
            for _ in range(4):
                if t.dep_ not in ("pobj", "prep", "advmod") or t.head is t:
                    break
                t = t.head
                if t.pos_ in ("VERB", "AUX"):
                    if not self.passive(t):
                        agents |= self.actor(t)
                    break
        type_ = lemma
        yield from self._pairs(agents, patients - agents, f"{type_} with", fam)
        for a, b in combinations(sorted(between), 2):
            yield a, b, f"{type_} between", fam
        if len(mods) >= 2 and not patients:
            for a, b in combinations(sorted(mods), 2):
                yield a, b, type_, fam

    def _verb(self, v: Token) -> Iterator[tuple[int, int, str, Family]]:
        """Doer → object of a verb, passive and active, with coordinated subjects tied by symmetric verbs."""
        lemma = v.lemma_.lower()
        lex = self.lex
        word = v.lower_
        if self.passive(v):
            doers = self.actor(v)
            done = self.undergoer(v)
            if lemma in lex.owner_verbs and lemma not in lex.verbs:
                yield from self._pairs(done, doers, f"{word} by", Family.MEMBERSHIP)  # 'the ship was owned by X'
                return
            if lemma in lex.publishing_verbs and v.dep_ == "acl" and v.head.lemma_.lower() in lex.document_nouns:
                # 'a Foreign Ministry statement carried by KCNA': the outlet reports the issuer
                yield from self._pairs(doers, self.issuer(v.head), "carried statement of", Family.REPORTING)
            fam = lex.verbs.get(lemma)
            if fam is None or lemma in lex.ambivalent_verbs or fam is Family.REPORTING:
                return
            if lemma in ("recognize", "recognise") and done and all(self.kind(e) is Kind.OFFICIAL for e in done):
                fam = Family.ALLIANCE  # 'Guaidó has been recognized by 50 countries' backs a claimant
            if doers:
                yield from self._pairs(doers, done, word, fam)
            # 'a ship detained in Panama': the state named as the place is the one that acted
            for ents, prep, noun in self.patients(v):
                if prep in PLACE_PREPS and noun is None:
                    if fam is Family.ENFORCEMENT and all(self.kind(e) is Kind.STATE for e in ents):
                        yield from self._pairs(ents, done, word, fam)
                    elif fam in (Family.DIPLOMACY, Family.MEMBERSHIP):
                        yield from self._pairs(done, ents, f"{word} {prep}", fam)
                elif prep in ("to", "from") and fam in (Family.DIPLOMACY, Family.DEFECTION, Family.TRADE):
                    # 'X was sent to Y'; 'the letter was conveyed to Y by X'
                    yield from self._pairs(done or doers, ents, f"{word} {prep}", fam)
            return
        if lex.verbs.get(lemma) is Family.TRADE:
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
        if lemma in lex.owner_verbs and lemma not in lex.verbs:
            owned = frozenset(e for c in v.children if c.dep_ == "dobj" for e in self.den_all(c))
            yield from self._pairs(owned, doers, f"{word} by", Family.MEMBERSHIP)
            return
        if lemma in lex.warning_verbs and doers:
            yield from self._warning(v, doers)
        if not doers:
            # 'Fidel Castro's revolution stormed Havana': an event noun as subject acts for its possessor
            for c in v.children:
                if c.dep_ == "nsubj" and self.tok_ent[c.i] < 0 and c.lemma_.lower() in lex.relation_nouns:
                    doers = frozenset(e for x in c.children if x.dep_ == "poss" for e in self.den_all(x))
                    event = c
            if not doers:
                return
        noun = self.object_noun(v)
        receiving = lemma in lex.receiving_verbs
        any_patient = False
        # 'welcoming Ri to South Korea', 'thanked Y on the anniversary of Z': once the verb has an object, its
        # destination and the nouns of its adjuncts belong to that object or to the occasion, not to the doer
        has_object = any(c.dep_ == "dobj" and self.den_all(c) for c in v.children)
        hostile = lex.verbs.get(lemma) is Family.HOSTILITY or lemma in lex.negating_verbs
        for ents, prep, via in self.patients(v):
            if has_object and lemma in lex.guest_verbs and prep in PLACE_PREPS and via is None:
                # 'Kim received Lavrov in Pyongyang': the host is at home, the guest is the visitor
                guests = frozenset(e for c in v.children if c.dep_ == "dobj" for e in self.den_all(c))
                if all(self.kind(e) is Kind.STATE for e in ents):
                    yield from self._pairs(guests, ents, f"{word} in", Family.DIPLOMACY)
                continue
            if has_object and (
                via is not None or prep in ("to", "into", "toward", "towards") or (prep == "from" and not receiving)
            ):
                if lemma in lex.guest_verbs and prep in ("to", "into") and via is None:
                    # 'welcomed Zarif to Caracas', 'invited Kim to Moscow': the guest goes there
                    guests = frozenset(e for c in v.children if c.dep_ == "dobj" for e in self.den_all(c))
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
            if via is not None and prep == "against" and lex.verbs.get(lemma) is Family.ALLIANCE:
                continue  # "praised Pyongyang's resistance against Washington" is not praise of Washington
            fam = self.verb_family(v, via or noun, prep, ents)
            if fam is None and event is not None and lemma not in lex.reporting_verbs:
                fam = lex.relation_nouns[event.lemma_.lower()]
            if fam is None or (prep == "between" and fam not in (Family.HOSTILITY, Family.ENFORCEMENT)):
                continue
            any_patient = True
            type_ = self._label(v, via or noun, prep, ents)
            if receiving and prep == "from":
                yield from self._pairs(ents, doers, type_, fam)
            else:
                yield from self._pairs(doers, ents, type_, fam)
        if len(doers) >= 2 and not any_patient and lemma in lex.symmetric_verbs:
            fam = self.noun_family(noun) if (lemma in lex.light_verbs or noun is not None) else None
            fam = fam or (lex.verbs.get(lemma) if lemma not in lex.ambivalent_verbs else None)
            if fam is not None and fam is not Family.REPORTING:
                type_ = " ".join(x for x in (word, noun.lemma_.lower() if noun is not None else None) if x)
                for a, b in combinations(sorted(doers), 2):
                    yield a, b, type_, fam

    def _members(self, v: Token) -> Iterator[tuple[int, int, str, Family]]:
        """'Kim arrived with a delegation that included X, Y and Z': each member belongs to the delegation's
        sender, named by its modifiers ('a WPK delegation including X') or as the doer of the clause it sits in."""
        group = v.head
        if v.dep_ not in ("relcl", "acl") or group.lemma_.lower() not in self.lex.group_nouns:
            return
        members: set[int] = set()
        for c in v.children:
            if c.dep_ == "dobj":
                members |= self.den_all(c)
            elif c.dep_ == "prep" and c.lower_ == "of":  # 'consisted of'
                members |= {e for p in c.children if p.dep_ == "pobj" for e in self.den_all(p)}
        leaders = set(self.modifiers(group))
        if not leaders and group.dep_ == "pobj" and group.head.head.pos_ in ("VERB", "AUX"):
            leaders = set(self.actor(group.head.head))
        elif not leaders and group.dep_ == "dobj":
            leaders = set(self.actor(group.head))
        yield from self._pairs(members, leaders - members, f"member of {group.lemma_.lower()} of", Family.MEMBERSHIP)

    def _warning(self, v: Token, doers: frozenset[int]) -> Iterator[tuple[int, int, str, Family]]:
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

    def _reporting(self, v: Token) -> Iterator[tuple[int, int, str, Family]]:
        """'KCNA reported that X ...', '"...," Reuters revealed', 'the NIS confirmed Ri's defection'."""
        subjects = [c for c in v.children if c.dep_ == "nsubj"]
        named = [c for c in subjects if self.tok_ent[c.i] >= 0 or c.lemma_.lower() in self.lex.role_nouns]
        # with two subjects (a quotation parsed as one), the named outlet reports, not 'a delegation of X'
        reporters = {
            e for c in (named or subjects) for e in self.den_all(c) | self.issuer(c) if self.kind(e) is Kind.PARTY
        }
        if not reporters:
            return
        targets: set[int] = set()
        for c in v.children:
            if c.dep_ in ("ccomp", "dep", "parataxis"):
                targets |= self._reported_clause(c) if c.pos_ in ("VERB", "AUX") else self._subject_core(c)
            elif c.dep_ == "dobj" or (c.dep_ == "nsubj" and not (self.den_all(c) & reporters)):
                targets |= self._subject_core(c)
        if not targets and v.dep_ in ("conj", "parataxis") and v.head.i < v.i and v.head.pos_ in ("VERB", "AUX"):
            # 'X issued a statement ..., the ACNC news agency reported' parsed as two coordinated clauses
            targets = self._reported_clause(v.head)
        yield from self._pairs(reporters, targets - reporters, "reported on", Family.REPORTING)

    def _according(self, t: Token) -> Iterator[tuple[int, int, str, Family]]:
        """'..., according to the state broadcaster VTV', 'according to a report by the UN Panel of Experts'."""
        clause = t.head
        if clause.pos_ not in ("VERB", "AUX") or clause is t:
            return
        reporters: set[int] = set()
        for c in t.children:
            if c.dep_ == "prep" and c.lower_ == "to":
                for p in c.children:
                    if p.dep_ != "pobj":
                        continue
                    reporters |= self.den_all(p) | self.issuer(p)
                    if p.lemma_.lower() in self.lex.document_nouns:
                        reporters |= {
                            e
                            for x in p.children
                            if x.dep_ == "prep" and x.lower_ in ("by", "from", "of")
                            for y in x.children
                            if y.dep_ == "pobj"
                            for e in self.den_all(y)
                        }
        reporters = {e for e in reporters if self.kind(e) is Kind.PARTY}
        if reporters:
            targets = self._reported_clause(clause)
            yield from self._pairs(reporters, targets - reporters, "reported on", Family.REPORTING)

    def _verdict(self, v: Token) -> Iterator[tuple[int, int, str, Family]]:
        """'X said the regime was desperate', 'Y called the United States the enemy': a speaker's judgement."""
        speakers = self.actor(v)
        if not speakers:
            return
        if v.lemma_.lower() in self.lex.naming_speech:
            judged = frozenset(e for c in v.children if c.dep_ == "dobj" for e in self.den_all(c))
            for c in v.children:
                if judged and c.dep_ in ("oprd", "xcomp", "ccomp", "attr"):
                    fam = self.lex.verdict_words.get(c.lemma_.lower()) or self.lex.verdict_words.get(c.lower_)
                    if fam is not None and not any(self.tok_ent[t.i] >= 0 for t in c.subtree):
                        yield from self._pairs(speakers, judged - speakers, f"called {c.lower_}", fam)
        for c in v.children:
            if c.dep_ in ("ccomp", "oprd", "xcomp") and c.lemma_.lower() in COPULAS:
                judged = self.subjects(c)
                preds = [x for x in c.children if x.dep_ in ("acomp", "attr")]
            elif c.dep_ == "ccomp" and c.pos_ in ("NOUN", "ADJ"):  # 'called Washington "the enemy"'
                judged = frozenset(e for x in c.children if x.dep_ == "nsubj" for e in self.den_all(x))
                preds = [c]
            else:
                continue
            for p in preds:
                fam = self.lex.verdict_words.get(p.lemma_.lower()) or self.lex.verdict_words.get(p.lower_)
                if fam is None or any(x.dep_ == "neg" for x in c.children):
                    continue
                if any(self.tok_ent[t.i] >= 0 for t in p.subtree):
                    continue  # 'Y was an ally of Z' is a tie between Y and Z, read elsewhere
                yield from self._pairs(speakers, judged - speakers, f"called {p.lower_}", fam)

    def _subject_core(self, t: Token) -> set[int]:
        """Entities a subject phrase is about: 'Ri's defection', 'a delegation of the WPK', 'fleeing North Korea'."""
        out = set(self.den_all(t))
        if out:
            return out
        for c in t.children:
            if c.dep_ in ("poss", "dobj"):
                out |= self.den_all(c)
            elif c.dep_ == "prep" and c.lower_ == "of":
                out |= {e for p in c.children if p.dep_ == "pobj" for e in self.den_all(p)}
            elif c.dep_ == "acl" and self.passive(c):
                out |= self.actor(c)  # 'a delegation headed by Ri Su-yong'
        return out

    def _reported_clause(self, c: Token) -> set[int]:
        subj = [x for x in c.children if x.dep_ in ("nsubj", "nsubjpass", "csubj")]
        out: set[int] = set()
        for s in subj:
            out |= self._subject_core(s)
        if out or any(s.pos_ == "PRON" for s in subj):
            return out
        # the subject names nobody: take the clause's own arguments, not those of clauses nested in it
        stack = [c]
        while stack:
            t = stack.pop()
            for x in t.children:
                if x.dep_ in ("ccomp", "relcl", "parataxis"):
                    continue
                if self.tok_ent[x.i] >= 0 and x.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "dative", "attr"):
                    out.add(self.tok_ent[x.i])
                stack.append(x)
        return out
