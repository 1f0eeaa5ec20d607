"""An announcer's tie to whom its announced act is done takes the act's family: 'X has been arrested at the request
of the United States, the Justice Department said' is the Department's enforcement on X, not a report on him.

The annotated sets (gold7 onward, settled in the gold9-gold13 reviews) give officials and organs announcing an act of
their own side the act's family ('Announcing officials and organs of the acting state take the act's family'), while
news outlets keep REPORTING. The act is read from the verb the target hangs on inside the reported words: done by the
announcer, by its own state or body, or left without a doer ('was arrested', 'was asked to leave') in a body's or a
state's words; a person's words on an act no one is said to do stay his report (gold, blind27..67). This is the one
pass that gives an announcer the act's family: speech.py only proposes whom an act of the speaker's own state is done
to as a 'reported on' tie ('Kommusaar said Estonia detained the Kiwala').

The same per-sentence pass (run by the reader on each sentence's ties, before the pair layer) settles the family of
belonging ties the rules read too loosely: an official and the ministry his title names (MEMBERSHIP), a deputy head
(MEMBERSHIP), the head of a state's unit (MEMBERSHIP to the state), a state called a bloc's ally (MEMBERSHIP); and, on
the document's final ties, sanctions on a firm, body, person or ship (ENFORCEMENT).
"""

from __future__ import annotations

from spacy.tokens import Token

from core.extract.relations.aims import aimed_family
from core.extract.relations.alleged import alleged_by
from core.extract.relations.blamed_deeds import blamed_deed
from core.extract.relations.claimed_deeds import claimed_deed
from core.extract.relations.co_announced import co_doers_act
from core.extract.relations.described_deeds import described_hostile, perpetrated_hostile
from core.extract.relations.evaluations import judged_hostile, judged_verb
from core.extract.relations.families import PERMITTING
from core.extract.relations.harmful_conduct import harmful_conduct
from core.extract.relations.head_titles import body_ministers, head_titles
from core.extract.relations.led_groups import led_groups
from core.extract.relations.praised_sides import praised_as_ally
from core.extract.relations.syntax import Tie
from core.model import Family, Kind, LocalRelation

# A listing verb as the rules write a tie's type ('sanction', 'sanctioned', 'blacklisted'); 'evade', 'lift' never
# open such a type.
_LISTING_VERBS = frozenset(
    {"sanction", "sanctions", "sanctioned", "sanctioning", "blacklist", "blacklisted", "blacklisting"}
)

# Acts an announcer's side does to a target; belonging and speech stay as the speech rules read them.
_ACTS = frozenset(
    {Family.ENFORCEMENT, Family.DIPLOMACY, Family.AGREEMENT, Family.TRADE, Family.ALLIANCE, Family.HOSTILITY}
)
# Words naming a ministry, a foreign ministry, and the titles of its diplomats and spokespeople.
_MINISTRIES = frozenset({"ministry", "department", "ministerio", "ministère"})
_FOREIGN = frozenset({"foreign", "external", "state"})
_ENVOYS = frozenset({"ambassador", "envoy", "diplomat", "consul", "spokesman", "spokeswoman", "spokesperson"})
_NOT_DOMAIN = frozenset({"minister", "deputy", "vice", "first", "prime", "the", "of", "and", "state", "'s", "’s"})
# Words that make a head's title a deputy's.
_DEPUTY = frozenset({"deputy", "vice", "assistant", "vice-"})
_HEADS = frozenset({"prime", "general", "chief", "foreign", "defence", "defense"})
# Nouns by which a state is itself named: 'the Russian government', 'the Iranian regime'.
_STATE_NOUNS = frozenset(
    {"government", "state", "country", "nation", "people", "republic", "kingdom", "administration", "regime"}
    | {"junta", "authorities", "leadership", "cabinet", "side", "territory", "army", "military", "navy", "forces"}
)
# Verbs that do the deed their object names: 'carried out a strike', 'launched attacks', 'committed violations'.
# bodies an official heads, which the role nouns also list: 'head of the Kyrgyz state committee on security'
_UNITS = frozenset({"committee", "ministry", "agency", "service", "commission", "council", "bureau", "department"})
_UNITS = _UNITS | {"office", "directorate", "section", "division", "unit", "branch"}
_DEEDS = frozenset({"carry", "launch", "conduct", "stage", "mount", "commit", "perpetrate", "unleash"})
# Verbs whose object clause is the act: 'started firing', 'continued shelling'.
_ASPECT = frozenset({"start", "begin", "continue", "resume", "keep"})
# Verbs whose act is too vague to pass on to an announcer: 'X would be in Colombo', 'X has gone to Y'.
_VAGUE = frozenset({"be", "have", "go", "come", "leave", "say", "tell", "make", "take", "get", "do", "remain", "stay"})


class Announcements:
    """Mixed into the reader: rewrites 'reported on' ties of officials and state bodies to the act's family."""

    def announced(self, stated: list[Tie], start: int, end: int) -> list[Tie]:
        """The sentence's ties with each announcer → target report that names an act of the announcer's side done
        to the target given that act's family (the target a ship, person, firm or state alike)."""
        if not any(t[2] == "reported on" for t in stated):
            return stated
        out: list[Tie] = []
        acts: dict[tuple[int, int], tuple[str, Family]] = {}
        # a speaker's verdict calling the target an ally or partner (verdicts.py) is what the report says
        called = {(a, b) for a, b, t, f in stated if f is Family.ALLIANCE and t.startswith("called ")}
        praised: dict[int, list[tuple[Token, set[int], Token]]] | None = None
        for tie in stated:
            src, tgt, type_, fam = tie
            if fam is Family.REPORTING and type_ == "reported on" and (src, tgt) in called:
                continue
            if fam is Family.REPORTING and type_ == "reported on" and self._announcer(src):
                act = self._announced_act(src, tgt, stated, start, end)
                if act is not None:
                    tie = (src, tgt, f"announced {act[0]}", act[1])
                    acts[(src, tgt)] = act
                else:
                    alleged = self._alleged(src, tgt, start, end)
                    blamed = "alleged against" if alleged else self._accused(tgt, start, end)
                    if blamed is not None and not self._same_side(src, tgt, stated):
                        tie = (src, tgt, blamed if alleged else f"accused of {blamed}", Family.HOSTILITY)
                    elif blamed is None:
                        if praised is None:
                            praised = self._praised_here(start, end)
                        noun = self._praised(src, tgt, stated, praised)
                        if noun is not None:
                            tie = (src, tgt, f"called {noun}", Family.ALLIANCE)
            out.append(tie)
        if not acts:
            return out
        # the state of an announcing organ announces with it: 'X expelled Y, the [Indonesian] coast guard said'
        homes = {(a, b) for a, b, _, f in stated if f is Family.MEMBERSHIP and self.kind(b) is Kind.STATE}
        homes |= {(o, st) for o, _ in acts if self.kind(o) is Kind.PARTY for st in self._own({o})}
        for i, (src, tgt, type_, fam) in enumerate(out):
            if fam is Family.REPORTING and type_ == "reported on" and self.kind(src) is Kind.STATE:
                act = next((acts[(o, t)] for o, t in acts if t == tgt and (o, src) in homes), None)
                if act is not None:
                    out[i] = (src, tgt, f"announced {act[0]}", act[1])
        return out

    def ministry_members(self, stated: list[Tie], start: int, end: int) -> list[Tie]:
        """An official and a ministry the sentence gives him by his title are member and ministry, whatever else the
        sentence reads between them: '"Foreign Minister X decided ...," the foreign ministry said', 'the Defence
        Ministry citing Defence Minister X', 'the ministry recalled its ambassador X', 'its head X' (the annotated
        sets tie every official to a ministry or department as MEMBERSHIP, heads and spokespeople alike); and a state's
        own ministry ('Algeria's foreign ministry has summoned ...', 'the ministry called on Turkish citizens') is its
        organ: MEMBERSHIP, whatever act the sentence gives the two."""
        out: list[Tie] = []
        for src, tgt, type_, fam in stated:
            pair = {self.kind(src), self.kind(tgt)}
            if pair == {Kind.OFFICIAL, Kind.PARTY} and fam is not Family.MEMBERSHIP:
                person, body = (src, tgt) if self.kind(src) is Kind.OFFICIAL else (tgt, src)
                if self._ministry(body) and self._serves(person, body, type_, fam, stated, start, end):
                    out.append((person, body, "member of", Family.MEMBERSHIP))
                    continue
            if pair == {Kind.STATE, Kind.PARTY} and fam is not Family.MEMBERSHIP:
                state, body = (src, tgt) if self.kind(src) is Kind.STATE else (tgt, src)
                if self._ministry(body) and self.entities[body].name.endswith(f" of {self.entities[state].name}"):
                    out.append((body, state, "part of", Family.MEMBERSHIP))  # its own ministry, whatever it did
                    continue
            out.append((src, tgt, type_, fam))
        return out

    def deputies(self, stated: list[Tie], start: int, end: int) -> list[Tie]:
        """'Deputy Director General of the Board X', 'X, who was deputy prime minister of Russia', 'the vice-president
        of the Assembly, X': a deputy serves the body he is deputy head of (MEMBERSHIP in every annotated set); and a
        state's head named with the state, 'Saudi Crown Prince X', "Russia's X", leads it (head_titles.py); whoever is
        said to lead a side's delegation, team or efforts ('X, who led Russia's delegation') is its member, while a
        head named by his own title keeps LEADERSHIP (led_groups.py)."""
        if any(ty == "part of" for _, _, ty, _ in stated):
            heads = self.lex.head_of_state_titles
            stated = head_titles(stated, self.doc, self.tok_ent, self.heads, self.kind, heads, start, end)
        if any(ty == "minister of" for _, _, ty, _ in stated):
            stated = body_ministers(stated, self.doc, self.tok_ent, self.heads, self.kind, start, end)
        if not any(f is Family.LEADERSHIP for *_, f in stated):
            return stated
        titles = self.lex.head_of_state_titles
        stated = led_groups(stated, self.doc, self.tok_ent, self.heads, self.kind, titles, start, end)
        out: list[Tie] = []
        for src, tgt, type_, fam in stated:
            if fam is Family.LEADERSHIP and self.kind(src) is Kind.OFFICIAL and self._deputy(src, type_, start, end):
                out.append((src, tgt, f"deputy {type_}", Family.MEMBERSHIP))
            elif fam is Family.LEADERSHIP and self.kind(src) is Kind.OFFICIAL and self._unit_only(tgt, start, end):
                out.append((src, tgt, type_, Family.MEMBERSHIP))
            else:
                out.append((src, tgt, type_, fam))
        return out

    def _unit_only(self, state: int, start: int, end: int) -> bool:
        """'head of the Mexican consular section', 'chief of North Korea's special operations': the sentence names
        the state only as the owner of a unit its official heads, whom the annotated sets tie to the state as a
        member; not 'North Korean leader X' or 'the Russian government's head' (a title, the state itself)."""
        if self.kind(state) is not Kind.STATE:
            return False
        names = [self.doc[hi] for ei, hi in self.heads if ei == state and start <= hi < end]
        if not names:
            return False
        for t in names:
            unit = t.head
            if t.dep_ not in ("amod", "compound", "poss") or unit.i == t.i or self.tok_ent[unit.i] >= 0:
                return False
            lemma = unit.lemma_.lower()
            if lemma in _UNITS and unit.is_lower:
                pass  # 'the Kyrgyz state committee' (the tagger may call it a proper noun)
            elif lemma in self.lex.role_nouns or lemma in _STATE_NOUNS or unit.pos_ != "NOUN":
                return False
            if not any(c.dep_ == "prep" and c.lower_ == "of" for c in unit.head.children) and unit.dep_ != "pobj":
                return False
        return True

    def bloc_allies(self, stated: list[Tie], start: int, end: int) -> list[Tie]:
        """'NATO allies Turkey and the Netherlands', 'its NATO ally the United States': a state called an ally of a
        bloc is its member (gold: X → NATO MEMBERSHIP), not the bloc's ally."""
        if not any(f is Family.ALLIANCE and ty.startswith("all") for _, _, ty, f in stated):
            return stated
        blocs = {
            self.tok_ent[c.i]
            for t in self.doc[start:end]
            if t.lower_ in ("ally", "allies") and self.tok_ent[t.i] < 0
            for c in t.children
            if c.dep_ in ("compound", "nmod", "amod") and self.tok_ent[c.i] >= 0
        }
        blocs = {b for b in blocs if self.kind(b) is Kind.PARTY}
        if not blocs:
            return stated
        out: list[Tie] = []
        for src, tgt, type_, fam in stated:
            if fam is Family.ALLIANCE and type_.startswith("all") and {src, tgt} & blocs:
                state = tgt if src in blocs else src
                if self.kind(state) is Kind.STATE:
                    out.append((state, src if src in blocs else tgt, "member of", Family.MEMBERSHIP))
                    continue
            out.append((src, tgt, type_, fam))
        return out

    def measures_on_parties(self, rels: list[LocalRelation]) -> list[LocalRelation]:
        """'imposed sanctions on Shahed Aviation Industries in Iran', 'announced sanctions on 16 people, including
        members of the Assembly': a measure on a firm, a body, a person or a ship is enforcement on it (gold: 66
        direct sanctions on non-states ENFORCEMENT, against 3), even where the sentence also names a state. Read on
        the document's final ties, so the pair layer sees the rules' families as before."""
        return [
            LocalRelation(r.source, r.target, r.type, Family.ENFORCEMENT, r.evidence)
            if self._party_measure(r.target, r.type, r.family)
            else r
            for r in rels
        ]

    def _party_measure(self, tgt: int, type_: str, fam: Family) -> bool:
        words = type_.split()
        if fam is Family.HOSTILITY and words and words[0] in _LISTING_VERBS:
            # 'Canada sanctioned X', 'Treasury Sanctions X': the listing verb's own object (gold: sanctions on a
            # person, firm or ship are ENFORCEMENT in every annotated set, on a state HOSTILITY)
            return self.kind(tgt) in (Kind.PARTY, Kind.VESSEL, Kind.OFFICIAL)
        return (
            fam is Family.HOSTILITY
            and self.kind(tgt) in (Kind.PARTY, Kind.VESSEL, Kind.OFFICIAL)
            and len(words) >= 3
            and words[-2] in self.lex.listing_nouns
            and words[-1] in ("on", "against", "including", "upon")
            and words[0] not in ("evade", "evading", "exempting", "lift", "lifted", "ease", "eased")
        )

    def _deputy(self, person: int, type_: str, start: int, end: int) -> bool:
        """The title the tie was read from, nearest the person's name, is a deputy's."""
        title = type_.split()[0].lower() if type_ else ""
        if not title or title in _DEPUTY:
            return False
        names = [hi for ei, hi in self.heads if ei == person and start <= hi < end]
        words = [t for t in self.doc[start:end] if t.lower_ == title or t.lower_.endswith("-" + title)]
        if not names or not words:
            return False
        word = min(words, key=lambda t: min(abs(t.i - h) for h in names))
        if word.lower_ != title:
            return word.lower_.split("-")[0] in _DEPUTY  # 'vice-president'
        before = {self.doc[word.i - 1].lower_} if word.i > start else set()
        before |= {c.lower_ for c in word.children if c.dep_ in ("compound", "amod") and c.i < word.i}
        if before & _HEADS:
            before |= {t.lower_ for t in self.doc[max(start, word.i - 2) : word.i]}  # 'deputy prime minister
        return bool(before & _DEPUTY)

    def _ministry(self, ei: int) -> bool:
        e = self.entities[ei]
        words = {w for form in (e.name, *(m.text for m in e.mentions)) for w in form.lower().split()}
        return bool(words & _MINISTRIES)

    def _serves(self, person: int, body: int, type_: str, fam: Family, stated: list[Tie], start: int, end: int) -> bool:
        if fam is Family.LEADERSHIP:
            return True  # 'the ministry's head X', 'X, who heads the Defence Ministry'
        if fam not in (Family.REPORTING, Family.DIPLOMACY):
            return False
        e = self.entities[body]
        body_words = {w.strip(",.") for form in (e.name, *(m.text for m in e.mentions)) for w in form.lower().split()}
        foreign = bool(body_words & _FOREIGN)
        if fam is Family.DIPLOMACY:
            return foreign and "recall" in type_  # 'the ministry announced it was recalling X'
        states = {t for s, t, _, f in stated if s == person and f in (Family.MEMBERSHIP, Family.LEADERSHIP)}
        states = {t for t in states if self.kind(t) is Kind.STATE}
        homes = {t for s, t, _, f in stated if s == body and f is Family.MEMBERSHIP and self.kind(t) is Kind.STATE}
        if states and homes and not states & homes:
            return False  # 'the Polish Foreign Ministry summoned Ukrainian Ambassador X'
        for ei, hi in self.heads:
            if ei != person or not start <= hi < end:
                continue
            words = self._title_words(self.doc[hi])
            if {"attorney", "general"} <= words and "justice" in body_words:
                return True  # 'Attorney General X' of the Justice Department
            if "minister" in words and (words - _NOT_DOMAIN) & body_words:
                return (
                    True  # 'Foreign Minister X' of the Foreign Ministry, 'Defence Minister X' of the Defence Ministry
                )
            if foreign and words & _ENVOYS and (states & homes or not states):
                return True  # 'Ambassador of Turkey X was recalled, the Turkish Foreign Ministry said'
        return False

    def _title_words(self, head: Token) -> set[str]:
        """The words of a name's own title: 'Foreign Minister X', 'Ambassador of Turkey to Israel, X'."""
        toks = [t for t in head.subtree if t.i < head.i and self.tok_ent[t.i] != self.tok_ent[head.i]]
        if head.dep_ == "appos" and head.head.i < head.i and self.tok_ent[head.head.i] < 0:
            toks += [t for t in head.head.subtree if t.i < head.i and t.i not in {x.i for x in head.subtree}]
        return {t.lower_ for t in toks if self.tok_ent[t.i] < 0}

    def _announcer(self, ei: int) -> bool:
        """An official, or a state body, that is no news outlet."""
        if ei in self.outlets():
            return False
        k = self.kind(ei)
        return k is Kind.OFFICIAL or (k is Kind.PARTY and self._organ(ei)) or k is Kind.STATE

    def _side(self, src: int, stated: list[Tie]) -> set[int]:
        """The announcer, the bodies and states it belongs to in this sentence or the document, and their states."""
        side = {src} | self._own({src})
        for a, b, _, fam in stated:
            if a in side and fam in (Family.MEMBERSHIP, Family.LEADERSHIP) and self.kind(b) is not Kind.OFFICIAL:
                side.add(b)
        return side

    def _announced_act(self, src: int, tgt: int, stated: list[Tie], start: int, end: int) -> tuple[str, Family] | None:
        lex = self.lex
        side = None
        for ei, hi in self.heads:
            if ei != tgt or not start <= hi < end:
                continue
            v = _verb_above(self.doc[hi])
            if v is None or v.lemma_.lower() in lex.reporting_verbs or v.lemma_.lower() in _VAGUE:
                continue
            if not _reported(v, lex.reporting_verbs):
                continue
            if any(c.dep_ == "neg" for c in v.children) and v.lemma_.lower() not in PERMITTING:
                continue  # 'was not arrested'; but 'was not given permission' is a refusal, a control all the same
            doers = self.actor(v)
            if side is None:
                side = self._side(src, stated)
            shared = co_doers_act(v, hi, self.tok_ent, doers, side, stated)  # 'A and B agreed ..., A's minister said'
            if shared is not None:
                return v.lemma_.lower(), shared
            if tgt in doers or not doers <= side:
                continue  # the target acts, or someone else does: a report on them
            if not doers and not (self.passive(v) and not any(c.dep_ == "agent" for c in v.children)):
                continue  # 'said the military rulers had banned ...': a doer named without a name is not the speaker
            if not doers and self.kind(src) is Kind.OFFICIAL and v.lemma_.lower() not in PERMITTING:
                continue  # '"X and Y have been detained," spokesperson Z said': a person reports what no one is said
                # to have done (gold REPORTING); a body's word 'was arrested, the Department said' is its act
            if hi in self.described:
                continue  # 'we seized the two tankers': a ship only described is the speaker's words, not a name
            fam = self._family_on(v, tgt)
            if fam is Family.HOSTILITY and not doers:
                continue  # 'six drones were shot down', says the ministry: who shot them is not said
            if fam in _ACTS:
                return v.lemma_.lower(), fam
        return None

    def _accused(self, tgt: int, start: int, end: int) -> str | None:
        """'the ministry said Indian troops attacked Chinese troops', 'Britain claims Iran carried out a strike': an
        official or state body saying the target did a hostile act accuses it (gold: HOSTILITY, not REPORTING)."""
        for ei, hi in self.heads:
            if ei != tgt or not start <= hi < end:
                continue
            t = self.doc[hi]
            judged = judged_hostile(t, self.tok_ent, tgt, self.lex.relation_nouns)
            if judged is not None and _reported(judged_verb(t, self.tok_ent, tgt), self.lex.reporting_verbs):
                return judged  # "said Y's inauguration of the dam was an unlawful act"
            described = described_hostile(t, self.tok_ent, tgt, self.lex.relation_nouns)
            if described is not None:
                return described  # 'described the Y veto as reckless', "called Y's actions a provocation"
            harmed = harmful_conduct(t, self.tok_ent, tgt)
            if harmed is not None and _reported(harmed[1], self.lex.reporting_verbs):
                return harmed[0]  # 'X said Y's missile programme poses a threat', 'X said Y is undermining Z'
            perpetrated = perpetrated_hostile(t, self.lex.relation_nouns)
            if perpetrated is not None and _reported(perpetrated[1], self.lex.reporting_verbs):
                return perpetrated[0]  # '"we reject this illegal act perpetrated by Y," X said'
            blamed = blamed_deed(t, self.tok_ent, tgt, self.lex.verbs)
            if blamed is not None and _reported(blamed, self.lex.reporting_verbs, 8):
                # 'said Iran was behind the killings', 'the death was contracted by Z'
                if blamed.lemma_ == "be":
                    return "being behind"
                return " ".join(["having", blamed.lower_, *(c.lower_ for c in blamed.children if c.dep_ == "prt")])
            while t.dep_ in ("poss", "compound", "amod") and t.head.i != t.i and self.tok_ent[t.head.i] in (-1, tgt):
                t = t.head  # "Russia's forces attacked", 'Indian troops attacked'
            claimed = claimed_deed(t, self.lex.verbs)
            if claimed is not None and self.kind(tgt) is not Kind.VESSEL:  # a ship claimed bound for Y: a report
                return claimed  # 'X claimed that Y's forces carried out sabotage' (claimed_deeds.py)
            v = t.head
            if t.dep_ != "nsubj" or v.pos_ != "VERB" or any(c.dep_ == "neg" for c in v.children):
                continue
            if not _reported(v, self.lex.reporting_verbs):
                continue
            for act in _acts(v):  # 'started firing at X', 'crossed the line and committed provocations'
                if self.lex.verbs.get(act.lemma_.lower()) is Family.HOSTILITY or self._hostile_deed(act):
                    return act.lemma_.lower()
        return None

    def _alleged(self, src: int, tgt: int, start: int, end: int) -> bool:
        """'X alleged that Y was involved', 'X alleged Y's interference' (alleged.py)."""
        doc, ents = self.doc, self.tok_ent
        return any(ei == tgt and start <= hi < end and alleged_by(doc[hi], ents, tgt, src) for ei, hi in self.heads)

    def _praised_here(self, start: int, end: int) -> dict[int, list[tuple[Token, set[int], Token]]]:
        """Per target, the reported clauses of the sentence calling it one of someone's allies (praised_sides.py)."""
        out: dict[int, list[tuple[Token, set[int], Token]]] = {}
        if not any(t.lower_ == "one" for t in self.doc[start:end]):
            return out
        for ei, hi in self.heads:
            if start <= hi < end:
                found = praised_as_ally(self.doc[hi], self.tok_ent, ei, self.lex.role_nouns)
                if found is not None and _reported(found[0], self.lex.reporting_verbs):
                    out.setdefault(ei, []).append(found)
        return out

    def _praised(
        self, src: int, tgt: int, stated: list[Tie], praised: dict[int, list[tuple[Token, set[int], Token]]]
    ) -> str | None:
        """'"Y is one of our main partners," X said': the ally noun when the speaker calls the target one of its
        side's allies."""
        for _, owners, noun in praised.get(tgt, ()):
            if not owners or owners <= self._side(src, stated):
                return noun.lower_
        return None

    def _same_side(self, src: int, tgt: int, stated: list[Tie]) -> bool:
        """The target is the speaker's side, or belongs to it: 'President X said the US military struck ...'."""
        side = self._side(src, stated)
        homes = {tgt} | self._own({tgt})
        homes |= {b for a, b, _, f in stated if a == tgt and f in (Family.MEMBERSHIP, Family.LEADERSHIP)}
        return bool(homes & side)

    def _hostile_deed(self, v: Token) -> bool:
        """'carried out a drone strike', 'launched attacks': a light verb whose object is a hostile act."""
        if v.lemma_.lower() not in _DEEDS:
            return False
        return any(
            c.dep_ == "dobj" and self.lex.relation_nouns.get(c.lemma_.lower()) is Family.HOSTILITY for c in v.children
        )

    def _family_on(self, v: Token, tgt: int) -> Family | None:
        """The family of what ``v`` does to ``tgt``: as its undergoer or among its objects."""
        lemma = v.lemma_.lower()
        if self.passive(v):
            if tgt in self.undergoer(v):
                kinds = self.aimed_kinds(frozenset({tgt}), [c for c in v.children if c.dep_ == "nsubjpass"])
                noun = self.object_noun(v)  # 'was given permission'
                return aimed_family(self.lex, lemma, kinds) or self.verb_family(v, noun, None, frozenset({tgt}))
            for ents, prep, via in self.patients(v):
                if tgt in ents and prep in ("on", "against", "upon"):
                    return self.verb_family(v, via, prep, ents)  # 'duties would be levied on X'
            return None
        for ents, prep, via in self.patients(v):
            if tgt in ents:
                return self.verb_family(v, via or self.object_noun(v), prep, ents)
        return None


def _verb_above(t: Token) -> Token | None:
    """The nearest verb the token hangs on (through nouns and prepositions only)."""
    x = t
    for _ in range(6):
        if x.head.i == x.i:
            return None
        if x.dep_ in ("relcl", "acl", "advcl"):
            return None  # 'X, which has been in Colombo': what a relative clause adds is not the announced act
        x = x.head
        if x.pos_ in ("VERB", "AUX"):
            return x
    return None


def _acts(v: Token) -> list[Token]:
    """The acts a subject's verb states: the verb, what an aspect verb starts ('started firing'), and the verbs
    conjoined to it that share its subject ('crossed the line and committed provocations')."""
    acts = [v]
    if v.lemma_.lower() in _ASPECT:
        acts += [c for c in v.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
    acts += [c for c in v.conjuncts if c.pos_ == "VERB" and not any(x.dep_ in ("nsubj", "neg") for x in c.children)]
    return acts


def _reported(v: Token, reporting: frozenset[str], hops: int = 5) -> bool:
    """The verb sits in the words of a reporting verb: '... X said', 'X said that ...', 'X announced ...'."""
    x = v
    for _ in range(hops):
        if x.lemma_.lower() in reporting and x.i != v.i:
            return True
        if any(c.dep_ in ("parataxis", "ccomp", "advcl") and c.lemma_.lower() in reporting for c in x.children):
            return True  # '"... was arrested," the Department said' hung the other way round
        if x.head.i == x.i:
            return False
        x = x.head
    return False
