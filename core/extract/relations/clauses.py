"""Who does what in a clause: a verb's doer, undergoer, objects and prepositional complements."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from core.extract.relations.act_words import LEADING
from core.extract.relations.aimed_at import aimed_at
from core.extract.relations.apart import apart
from core.extract.relations.desist_demands import desisting_doer
from core.extract.relations.hung_agents import hung_agents
from core.extract.relations.joined_in import joined_in
from core.extract.relations.ready_to import ready_copula
from core.extract.relations.referents import Referents
from core.extract.relations.second_clauses import conjoined_passive_subject
from core.extract.relations.stance_doers import stance_doer
from core.extract.relations.syntax import (
    COPULAS,
    CORE_PREPS,
    FEELINGS,
    NOUN_POS,
    PLACE_PREPS,
    Item,
    governing_verb,
    nominal,
    pobjs,
    stance_word,
    unasserted,
)
from core.model import Family, Kind

_PERCEIVING = frozenset({"spot", "observe", "photograph", "detect", "catch", "see", "film", "witness"})
# a weapon or strike as a clause's subject: its owner (a modifier or 'by X') is the doer
_WEAPON_NOUNS = frozenset(
    {"strike", "airstrike", "attack", "raid", "drone", "missile", "rocket", "torpedo", "bombing", "shelling"}
    | {"strikes", "airstrikes", "attacks", "raids", "drones", "missiles", "rockets"}
)
_LEAVERS = frozenset({"defector", "refugee", "migrant", "asylum-seeker", "exile", "escapee", "deserter"})
# texts that act for whoever issued or adopted them ('a resolution that sanctioned X'), and adopting a text
_ACTING_TEXTS = frozenset(
    {"resolution", "resolutions", "decree", "decrees", "order", "law", "bill", "directive", "ruling", "statement"}
)
_ADOPTING = frozenset({"pass", "adopt", "issue", "approve", "sign", "enact", "unveil", "publish", "release"})
# relief: "waived sanctions designed to punish X" takes the measure off its target (the negating verbs and these)
_WAIVING = frozenset({"waive", "remove", "drop", "exempt", "withdraw"})
# using a weapon or staging an attack: its doer is who the weapon's relative clause acts for
_WIELDING = frozenset({"launch", "fire", "carry", "conduct", "use", "deploy", "send", "fly", "drop", "mount", "stage"})
_AMOUNTS = frozenset({"worth", "amount", "amounts", "quantity", "quantities", "batch", "consignment", "shipment"})
# a load's destination: 'drones destined for Libya', 'weapons bound for Y'
_DESTINED = frozenset({"destine", "destined", "bound", "headed", "intend", "intended"})
# 'did X by listing Y', 'after signing', 'before leaving': the gerund's doer is the clause's subject
_MEANS_PREPS = frozenset({"by", "after", "before", "while", "without", "through", "upon", "on"})
# deeds named by whose they are ('Russian activities targeting X', 'China's operations near Y')
_DEEDS = frozenset({"activity", "activities", "operation", "operations", "action", "actions", "effort", "efforts"})
# verbs that make their object do what follows: 'prompting Tokyo to protest', 'forced X to sell'
_CAUSING = frozenset({"prompt", "force", "compel", "spur", "cause", "drive", "persuade", "convince", "oblige", "lead"})
# endeavours and parts played, whose doer is their possessor ('its role in securing', "X's bid to join")
_ENDEAVOURS = frozenset(
    {"effort", "attempt", "bid", "role", "part", "plan", "push", "drive", "campaign", "contribution"}
)
# resolves and undertakings whose possessor is who does what the infinitive on them says: "Y's decision to expel Z"
_RESOLVES = frozenset(
    {"decision", "move", "commitment", "pledge", "promise", "intention", "readiness", "willingness", "determination"}
    | {"offer", "threat", "vow", "proposal", "agreement", "refusal", "choice", "desire", "resolve"}
)
# 'after being seized by X': a passive gerund after these is done to the subject of the clause it hangs on
_BEING_PREPS = _MEANS_PREPS | {"since", "until"}
_CENSURING = frozenset({"condemn", "denounce", "deplore", "decry", "censure", "criticize", "criticise"})
# verbs that judge a deed, for or against: the deed they are aimed at is its doer's ('welcomed the step taken by X')
_JUDGING = _CENSURING | frozenset(
    {"welcome", "praise", "hail", "applaud", "commend", "laud", "salute", "reject", "slam"}
)
_LEADING_GROUPS = frozenset({"lead", "head"})
# groups that act as one under whoever leads them (beside the lexicon's group nouns)
_LED_GROUPS = frozenset({"force", "forces", "troops", "junta", "contingent", "unit", "units", "coalition"})
# 'X did Y, followed by A and B': A and B did it too (not 'joined by A': the gold reads A as siding with X)
_FOLLOWING = frozenset({"follow"})
_SENT_GROUPS = frozenset({"consortium", "contingent", "side", "tribunal"})
# verbs of drafting a text ('a resolution proposed by X and Y'), and texts drafted beside the documents of the lexicon
_DRAFTING = frozenset(
    {"propose", "draft", "sponsor", "co-sponsor", "cosponsor", "table", "submit", "author", "initiate"}
)
_TEXTS = frozenset({"text", "draft", "motion", "proposal", "bill"})
_RELATIVES = frozenset({"that", "which", "whom", "who"})
# nouns of flying, no relation's word (an air flight is no defection, round BB) whose 'by' still names the doer:
# 'slammed the obstruction of flights by X'
_FLOWN = frozenset({"flight"})
_MESSAGE_NOUNS = frozenset({"message", "greeting", "greetings", "letter", "congratulation", "congratulations"})
# 'bought jets from X and Y': what one buys comes from the seller, so 'from' on the goods names the other side
_BUYING = frozenset({"buy", "purchase", "procure", "acquire", "import"})
# 'evacuated its citizens in the aftermath of X's attacks': a time frame, whose event is not what the verb acts on
_TIME_FRAMES = frozenset({"aftermath", "wake", "midst"})
# 'in the run-up to X': the parser splits the word into 'run' (compound) '-' 'up' (pobj), so the frame is an 'up'
_FRAME_UPS = frozenset({"run", "lead", "build"})


def _time_frame(p: Token) -> bool:
    """ "the aftermath of", "the wake of", "the run-up to": a time frame, not what the verb acts on."""
    if p.lower_ == "up":
        return any(c.dep_ == "compound" and c.lower_ in _FRAME_UPS for c in p.children)
    return p.lemma_.lower() in _TIME_FRAMES


_PASSIVE = "entente_passive"  # ``doc.user_data`` key: token index -> ``Clauses.passive``


class Clauses(Referents):
    """Reads a verb's doer, undergoer, objects and complements in entity terms."""

    @staticmethod
    def passive(v: Token) -> bool:
        """The verb's clause is passive; read once per verb and document (the tree alone decides it)."""
        memo = v.doc.user_data.get(_PASSIVE)
        if memo is None:
            memo = v.doc.user_data[_PASSIVE] = {}
        found = memo.get(v.i)
        if found is None:
            found = memo[v.i] = Clauses._passive(v)
        return found

    @staticmethod
    def _passive(v: Token) -> bool:
        if any(c.dep_ in ("nsubjpass", "auxpass") for c in v.children):
            return True
        if v.dep_ == "conj" and v.tag_ == "VBN" and v.head.i != v.i and any(c.dep_ == "agent" for c in v.children):
            return Clauses.passive(v.head)  # 'is owned by X and managed by Y'
        if v.tag_ == "VBN" and v.dep_ == "advcl" and any(c.dep_ == "agent" for c in v.children):
            return True  # 'Maduro remains in power, backed by Russia'
        return v.tag_ == "VBN" and v.dep_ == "acl" and not _finite_after_apposition(v)

    def subjects(self, v: Token) -> frozenset[int]:
        out: set[int] = set()
        for c in v.children:
            if c.dep_ in ("nsubj", "csubj"):
                if self.tok_ent[c.i] < 0 and c.lemma_.lower() in _LEAVERS:
                    continue  # 'North Korean defectors arrived in Seoul': who fled a state does not act for it
                ents = self.den_all(c)
                out |= ents or self._weapon_owner(c) or self._led_by(c)
                if ents and not unasserted(v):
                    out |= self._leader_of_group(c)
                if ents:
                    out |= self._along_with(c) | self._along_before(v, c)
        if not out:
            # 'after President Obama allowed ...': the parser hangs the subject on the conjunction as its object
            out = {
                e
                for c in v.children
                if c.dep_ == "mark"
                for p in c.children
                if p.dep_ == "pobj"
                for e in self.den_all(p)
            }
        if out:
            out |= self._followed_by(v)
        return frozenset(out)

    def _followed_by(self, v: Token) -> frozenset[int]:
        """'X sanctioned the tanker in 2024, followed by A and B': a trailing participle of following after a comma
        names others who did the same."""
        return frozenset(
            e
            for c in v.children
            if c.dep_ == "advcl"
            and c.tag_ == "VBN"
            and c.lemma_.lower() in _FOLLOWING
            and c.i > v.i
            and c.doc[c.i - 1].text == ","
            for a in c.children
            if a.dep_ == "agent"
            for e in self.prep_objects(a)
        )

    def followed_later(self, v: Token) -> bool:
        """'X sanctioned Y, followed by A and B': the doers acted one after another, not together."""
        return bool(self._followed_by(v))

    def _along_with(self, c: Token) -> frozenset[int]:
        """'X, along with Y, imposed ...', 'X, together with Y, ...': Y acts too."""
        out = {
            e
            for p in c.children
            if p.dep_ == "prep" and p.lower_ in ("along", "together")
            for w in p.children
            if w.dep_ == "prep" and w.lower_ == "with"
            for e in self.prep_objects(w)
        }
        # 'X, together with A, B and C, imposed ...' with 'together' and 'with' both hung on X
        for w in c.children:
            if w.dep_ == "prep" and w.lower_ == "with" and w.i > 0 and w.doc[w.i - 1].lower_ in ("along", "together"):
                out |= self.prep_objects(w)
                out |= self._sent_from(w)
        return frozenset(out)

    def _along_before(self, v: Token, subj: Token) -> frozenset[int]:
        """'X, along with Y, had traveled to ...' with 'along' hung on the verb between its subject and it: Y acts
        too."""
        return frozenset(
            e
            for p in v.children
            if p.dep_ == "prep" and p.lower_ in ("along", "together") and subj.i < p.i < v.i
            and p.doc[p.i - 1].text == ","
            for w in p.children
            if w.dep_ == "prep" and w.lower_ == "with"
            for e in self.prep_objects(w)
        )

    def _along_after(self, v: Token, obj: Token) -> frozenset[int]:
        """'X charged A, along with B, with fraud' with 'along' hung on the verb after its object: B is charged too."""
        return frozenset(
            e
            for p in v.children
            if p.dep_ == "prep" and p.lower_ in ("along", "together") and p.i > obj.i
            for w in p.children
            if w.dep_ == "prep" and w.lower_ == "with"
            for n in pobjs(w)
            if self.tok_ent[n.i] >= 0  # a name ('charged Russian officers' is not Russia, verbs.py)
            for e in self.den_all(n)
        )

    def _sent_from(self, w: Token) -> frozenset[int]:
        """'X, along with his counterparts from A and B, ...': people named by their post act for whom they come
        from."""
        return frozenset(
            e
            for p in pobjs(w)
            if self.tok_ent[p.i] < 0
            and (p.lemma_.lower() in self.lex.collective_nouns or p.lemma_.lower() in self.lex.role_nouns)
            for f in p.children
            if f.dep_ == "prep" and f.lower_ == "from"
            for e in self.prep_objects(f)
        )

    def _led_by(self, c: Token) -> frozenset[int]:
        """'a network run by X smuggled ...', 'the scheme, led by X, has robbed ...': whoever leads an unnamed
        group or scheme does what it does."""
        if self.tok_ent[c.i] >= 0 or c.pos_ not in NOUN_POS:
            return frozenset()
        return self._leaders(c)

    def _leaders(self, c: Token) -> frozenset[int]:
        """The names in the 'by' phrase of a leading participle hung on ``c``: 'led by X', 'headed by X'."""
        return frozenset(
            e
            for a in c.children
            if a.dep_ == "acl" and a.tag_ == "VBN" and a.lemma_.lower() in LEADING
            for g in a.children
            if g.dep_ == "agent"
            for e in self.prep_objects(g)
        )

    def _leader_of_group(self, c: Token) -> frozenset[int]:
        """'a Ruritanian delegation led by X visited Y', 'Ruritanian forces, led by X, seized ...': the one who
        leads a state's group does what the group does, beside the state the group is named for."""
        low = c.lemma_.lower()
        named = self.tok_ent[c.i]
        if named >= 0:  # 'Ruritanian special forces, led by X,' named as a force of their own
            if self.kind(named) is not Kind.PARTY or low not in _LED_GROUPS:
                return frozenset()
            return self._leaders(c) - {named}
        if low not in self.lex.group_nouns and low not in _LED_GROUPS:
            return frozenset()
        return self._led_by(c)

    def group_leaders(self, v: Token) -> frozenset[int]:
        """The leaders ``_leader_of_group`` adds to ``v``'s own doers (its subjects and their conjuncts, or those of
        the clause it continues): they act with their group, not with each other or with the group's state. A
        leader named in another clause of the sentence is a doer there like any other."""
        t, subjects = v, []
        for _ in range(4):  # 'a mission led by X was to visit Y to meet ...': up to the clause that has them
            subjects = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subjects or t.dep_ not in ("conj", "xcomp", "advcl") or t.head.i == t.i:
                break
            t = t.head
        return frozenset(e for s in subjects for x in (s, *s.conjuncts) for e in self._leader_of_group(x))

    def _owner(self, noun: Token) -> frozenset[int]:
        """Whose a deed is, by its possessor ('its role', "China's efforts")."""
        return frozenset(e for c in noun.children if c.dep_ == "poss" for e in self.den_all(c))

    def _weapon(self, t: Token) -> bool:
        return t.lemma_.lower() in _WEAPON_NOUNS or t.lower_ in _WEAPON_NOUNS or t.lower_ in self.lex.weapon_nouns

    def _weapon_owner(self, c: Token) -> frozenset[int]:
        """'An Israeli airstrike killed X', 'a drone strike by Y hit the tanker': a weapon's owner does its act."""
        if c.lemma_.lower() not in _WEAPON_NOUNS:
            return frozenset()
        out: set[int] = set()
        for m in c.children:
            if m.dep_ in ("poss", "amod", "compound", "nmod"):
                out |= self.den_all(m)
            elif m.dep_ == "prep" and m.lower_ == "by":
                out |= self.prep_objects(m)
        return frozenset(out)

    def actor(self, v: Token, depth: int = 0) -> frozenset[int]:
        """Who does what the verb says, also where the clause leaves it implicit (xcomp, conj, acl)."""
        if self.passive(v):
            out: set[int] = set()
            for c in v.children:
                if c.dep_ == "agent":
                    out |= self.prep_objects(c) or self._named_holder(c)
            if not out:
                out = {e for p in hung_agents(v) for e in self.prep_objects(p)}  # 'listed as a group by X'
            if out and v.lemma_.lower() in self.lex.symmetric_verbs:
                out |= self._stray_agents(v)  # only where the doers act together ('signed by X and Y')
            return frozenset(out)
        subj = self.subjects(v)
        if subj or depth > 3:
            return subj
        head = v.head
        if v.dep_ == "advcl" and v.tag_ == "VBG" and head.lemma_.lower() in _PERCEIVING:
            # 'spotted the tanker transferring cargo to Y': the participle is what the object was seen doing
            objs = self.direct_objects(head)
            if objs:
                return objs
        asked = desisting_doer(v, self.direct_objects, self.prep_objects)
        if asked:
            return asked  # 'X urged Y to stop striking Z': Y strikes Z
        if v.dep_ in ("xcomp", "pcomp") and head.i != v.i:
            verb = head.head if v.dep_ == "pcomp" and head.dep_ == "prep" else head
            if v.dep_ == "pcomp" and head.lower_ == "of" and verb.dep_ == "dobj":
                verb = verb.head  # 'accused the GRU of targeting Y' with 'of' hung on the object
            if (
                v.dep_ == "pcomp"
                and verb.i != v.i
                and verb.lemma_.lower() in self.lex.control_verbs
                and any(c.dep_ == "nsubjpass" and c.tag_ not in ("NNS", "NNPS") for c in verb.children)
            ):
                # ('two Americans were arrested for sending ...': people of a state are not the state)
                # 'X was accused of supplying drones to Y', 'was praised for helping Y': the passive's subject
                return self.undergoer(verb)
            controls = verb.lemma_.lower() in self.lex.control_verbs or (
                v.dep_ == "xcomp" and verb.lemma_.lower() in _CAUSING
            )
            if verb.pos_ in ("VERB", "AUX") and verb.i != v.i and controls:
                # 'invited Rouhani to visit Y', 'accused Maduro of selling': the object does what follows
                # ('urged Brazil to break ties' stays the urger's aim: urging is not on this list)
                objs = self.direct_objects(verb)
                if objs:
                    return objs
        if (
            v.dep_ == "conj"
            and head.lemma_.lower() in COPULAS
            and head.dep_ == "ccomp"
            and head.head.lemma_.lower() in self.lex.reporting_verbs
            and v.tag_ == head.head.tag_ == "VBD"
        ):
            # 'X said the regime was desperate and accused Y': the parser hangs the second verb on the quoted
            # copula, but a copular clause rarely goes on with an act; the speaker does it
            return self.actor(head.head, depth + 1)
        if (
            v.dep_ == "pcomp"
            and head.dep_ == "prep"
            and head.lower_ in ("in", "to")
            and head.head.pos_ == "NOUN"
            and head.head.lemma_.lower() in _ENDEAVOURS
        ):
            # 'thanked Oman for its role in securing his release': a part played is its owner's
            whose = self._owner(head.head)
            if whose:
                return whose
        if v.dep_ == "pcomp" and v.tag_ == "VBG" and head.dep_ == "prep" and head.lower_ == "in":
            joined = joined_in(self, head.head, v)
            if joined:
                return joined  # 'A and B joined X in imposing sanctions on Y': all three impose them
        if (
            v.dep_ == "pcomp"
            and v.tag_ == "VBG"
            and head.dep_ == "prep"
            and head.lower_ in _MEANS_PREPS
            and head.head.pos_ in ("VERB", "AUX")
            and not self.passive(head.head)
        ):
            return self.actor(head.head, depth + 1)  # 'Norway aligned itself with the EU by listing two firms'
        if (
            v.dep_ == "pcomp"
            and v.tag_ == "VBG"
            and head.dep_ == "prep"
            and head.lower_ == "as"
            and head.head.pos_ == "VERB"
        ):
            # 'the yacht was identified as belonging to X', 'listed the firm as acting for Y': what is taken as
            # doing it is the verb's object (or its passive subject)
            seen = self.undergoer(head.head) if self.passive(head.head) else self.direct_objects(head.head)
            if seen:
                return seen
        if v.dep_ == "conj" and v.pos_ == "VERB" and head.pos_ in ("ADJ", "NOUN", "PROPN"):
            twin = _verb_above(head)
            if twin is not None and twin.tag_ == v.tag_ and twin.tag_ in ("VBG", "VBD", "VBZ"):
                # 'calling the time "precious" and supporting efforts ...': the parser hangs the second verb on
                # the first one's object; a verb of the same form is the first verb's twin and shares its doer
                return self.actor(twin, depth + 1)
        stance = stance_doer(self, v)
        if stance:
            return stance  # 'X remains committed to supporting Y' (stance_doers.py)
        hostile = v.dep_ == "xcomp" and self.lex.verbs.get(v.lemma_.lower()) is Family.HOSTILITY
        cop = ready_copula(v, hostile) if v.dep_ == "xcomp" and head.pos_ == "ADJ" else None
        if cop is not None:
            return self.subjects(cop)  # 'X is due to hold talks with Y' (ready_to.py)
        if v.dep_ in ("xcomp", "conj", "advcl") and head.pos_ in ("VERB", "AUX") and head.i != v.i:
            if v.dep_ in ("xcomp", "advcl") and self.passive(head):
                return self.undergoer(head)  # 'X was selected to succeed Y': X succeeds
            if v.dep_ == "conj" and v.tag_ in ("VBD", "VBZ", "VBP") and any(c.dep_ == "auxpass" for c in head.children):
                # 'the ship was sanctioned by X and engaged in Y's trade': an active verb joined to a passive one
                # goes on with the passive's subject, not with its 'by' doer
                return self.undergoer(head)
            return self.actor(head, depth + 1)
        if v.dep_ in ("acl", "relcl"):
            own = self.den(head)
            if own or depth >= 3:
                return own
            if v.dep_ == "relcl" and head.lemma_.lower() in _ACTING_TEXTS:
                return self._authors(head, depth)  # 'a resolution proposed by X that sanctioned Y'
            if v.dep_ == "relcl" and self._weapon(head):
                # 'X launched missiles that hit Y', 'carries out attacks that destroy Y's infrastructure'
                owner = self._weapon_owner(head)
                if owner or head.dep_ != "dobj" or head.head.lemma_.lower() not in _WIELDING:
                    return owner  # 'shot down drones that struck Y' did not launch them
                return self.actor(head.head, depth + 1)
            # 'Granma published a piece praising X', 'resorted to transfers to evade sanctions': a participle or
            # an infinitive on a noun that names no one acts for the doer of the clause the noun sits in
            if v.dep_ == "relcl" and not any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children):
                return own
            if v.dep_ == "acl" and v.tag_ == "VBG" and head.lemma_.lower() in _DEEDS:
                # 'citing Russian activities targeting infrastructure': a deed acts for whose deed it is
                whose = frozenset(e for c in head.children if c.dep_ in ("amod", "poss") for e in self.den_all(c))
                if whose:
                    return whose
            if v.dep_ == "acl" and v.tag_ == "VB" and head.lemma_.lower() in _ENDEAVOURS:
                # 'thanked China for its efforts to end the war': an endeavour is its owner's
                whose = self._owner(head)
                if whose:
                    return whose
            if v.dep_ == "acl" and v.tag_ == "VB" and head.lemma_.lower() in _RESOLVES:
                # "X welcomed Y's decision to expel Z", "Y's intention to recognise Z": the named possessor decided
                # (a pronoun's is left to the verb the noun sits under: 'A and B endorse its decision to ...')
                named = [c for c in head.children if c.dep_ == "poss" and c.pos_ != "PRON"]
                whose = frozenset(e for c in named for e in self.den_all(c))
                if whose:
                    return whose
            part = head.head.head if head.dep_ == "pobj" and head.head.dep_ == "prep" else None
            if part is not None and part.lemma_.lower() in _ENDEAVOURS and any(c.dep_ == "poss" for c in part.children):
                return self._part_owner(part)  # 'named X for its role in operations targeting Y': the deeds are X's
            verb = governing_verb(head, ("dobj", "pobj", "prep"))
            if verb is None:
                return own
            doers = self.actor(verb, depth + 1)
            if len(doers) > 1 and any(c.dep_ == "poss" and c.lower_ == "its" for c in head.children):
                return own  # 'A and B endorse its decision to suspend Y': 'its' is not theirs, a third one decided
            return doers
        return frozenset()

    def _part_owner(self, part: Token) -> frozenset[int]:
        """Whose a part played is: 'sanctioned X for its role in ...', 'named X and Y for their roles': a pronoun
        after 'for' on a verb stands for the verb's object; else the possessor."""
        p = part.head
        pronoun = any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in part.children)
        if pronoun and p.dep_ == "prep" and p.lower_ == "for" and part.dep_ == "pobj" and p.head.pos_ == "VERB":
            objs = self.direct_objects(p.head)
            if objs:
                return objs
        return self._owner(part)

    def _authors(self, text: Token, depth: int) -> frozenset[int]:
        """Who acts through a text: its author named on it ('a UN resolution', 'a decree signed by X', 'a resolution
        proposed by X and Y'), else whoever adopted it ('the council passed a resolution') or spoke in it ('X said in
        a statement')."""
        out = set(self.modifiers(text, complements=False))
        for c in text.children:
            if c.dep_ == "prep" and c.lower_ in ("from", "by"):
                out |= self.prep_objects(c)
            elif c.dep_ == "acl" and self.passive(c):
                out |= {e for a in c.children if a.dep_ == "agent" for e in self.prep_objects(a)}
        if out:
            return frozenset(out)
        up = text.head
        if text.dep_ == "dobj" and up.lemma_.lower() in _ADOPTING:
            return self.actor(up, depth + 1)
        if text.dep_ == "pobj" and up.lower_ == "in" and up.head.lemma_.lower() in self.lex.reporting_verbs:
            return self.actor(up.head, depth + 1)
        return frozenset()

    def _named_holder(self, agent: Token) -> frozenset[int]:
        """'by the head of the firm X, A,': the person named after a post's 'of' noun holds the post (the parser
        hangs the name on the nearer noun)."""
        return frozenset(
            e
            for p in pobjs(agent)
            if p.lemma_.lower() in self.lex.role_nouns
            for o in p.children
            if o.dep_ == "prep" and o.lower_ == "of"
            for x in pobjs(o)
            for n in x.children
            if n.dep_ in ("appos", "conj") and n.left_edge.i == x.i + 2 and n.doc[x.i + 1].text == ","
            for e in self.den(n)
            if self.kind(e) is Kind.OFFICIAL
        )

    def sending_states(self, v: Token) -> frozenset[int]:
        """'a Freedonian delegation led by X', 'the Freedonian negotiating team headed by X': the states a group led
        by someone is named for (by its modifiers, not 'of': 'a team of Acme led by X' is led for Acme)."""
        group = v.head
        if v.lemma_.lower() not in _LEADING_GROUPS or v.dep_ != "acl" or self.tok_ent[group.i] >= 0:
            return frozenset()
        if group.lemma_.lower() not in self.lex.group_nouns and group.lemma_.lower() not in _SENT_GROUPS:
            return frozenset()
        if any(c.dep_ == "prep" and c.lower_ == "of" and self.prep_objects(c) for c in group.children):
            return frozenset()  # 'the Indian team of Acme, led by its CEO': the firm's team
        # 'an ECOWAS mission led by X', 'a Sylvanian Court tribunal led by X': a body's own group (not a group named
        # 'the Acme group', which X would lead) is led by one of its members
        kinds = (Kind.STATE,) if group.lemma_.lower() == "group" else (Kind.STATE, Kind.PARTY)
        return frozenset(
            e
            for c in group.children
            if c.dep_ in ("amod", "compound", "nmod", "poss")
            for e in self.den_all(c)
            if self.kind(e) in kinds
        )

    def drafted(self, v: Token) -> bool:
        """A passive verb of drafting whose undergoer is a text: 'a resolution proposed by X and Y', 'the text,
        which was drafted by X and Y', 'the resolution was put forward by X and Y'."""
        lemma = v.lemma_.lower()
        if lemma not in _DRAFTING and not (lemma == "put" and any(c.lower_ == "forward" for c in v.children)):
            return False
        texts = [v.head] if v.dep_ in ("acl", "relcl") else [c for c in v.children if c.dep_ == "nsubjpass"]
        return any(t.lemma_.lower() in self.lex.document_nouns or t.lemma_.lower() in _TEXTS for t in texts)

    def joint_stance(self, v: Token) -> bool:
        """An act that sides those who do it together: blaming an act ('X, Y and Z condemned the test') or voting
        the same way on a text ('X and Y voted against the resolution')."""
        if self.passive(v) or any(c.dep_ == "neg" for c in v.children):
            return False
        if v.lemma_.lower() == "vote":
            return any(c.dep_ == "prep" and c.lower_ in ("against", "for") for c in v.children)
        return v.lemma_.lower() in _CENSURING and any(c.dep_ == "dobj" for c in v.children) and not apart(v)

    def _stray_agents(self, v: Token) -> set[int]:
        """'was signed by the head of X, A, and Y's minister, B': a second 'by' noun the parser hung on the verb
        as a conjunct (a noun after the agent and 'and') is a second doer. ('represented by the corvettes, and the
        tanker of the fleet' would tie the tanker to the side: only for verbs whose doers act together.)"""
        agent = next(c for c in v.children if c.dep_ == "agent")
        return {
            e
            for c in v.children
            if c.dep_ == "conj" and c.i > agent.i and c.pos_ in ("NOUN", "PROPN")
            if c.doc[c.left_edge.i - 1].lower_ == "and"
            for e in self.den_all(c)
        }

    def undergoer(self, v: Token) -> frozenset[int]:
        """What a passive verb is done to: its passive subject or the noun a participle modifies."""
        out: set[int] = set()
        for c in v.children:
            if c.dep_ == "nsubjpass":
                out |= self.den_all(c)
        if not out and v.dep_ == "ROOT":
            for c in v.children:
                if c.dep_ == "ccomp" and c.i < v.i and c.lemma_.lower() in self.lex.reporting_verbs:
                    # 'media reported the ship, carrying 11 crew, was boarded by X': the parser took the passive's
                    # subject for the reporting verb's object
                    out |= {e for o in c.children if o.dep_ == "dobj" for e in self.den_all(o)}
        if not out and v.dep_ in ("acl", "relcl"):
            out |= self.den(v.head)
            if not out and v.head.dep_ == "appos" and self.tok_ent[v.head.i] < 0:
                out |= self.den(v.head.head)  # 'Brazil, a country governed by X': the apposed noun is the name
        if not out and v.dep_ == "conj" and self.passive(v.head):
            out |= self.undergoer(v.head)
        elif not out and v.dep_ == "conj":
            out |= conjoined_passive_subject(self, v)
        if (
            not out
            and v.dep_ == "advcl"
            and v.tag_ == "VBN"
            and any(c.dep_ == "mark" and c.lower_ == "as" for c in v.children)
        ):
            # 'registries show the ship as managed by X': what is shown as done to is the head verb's object
            out |= self.direct_objects(v.head)
        if not out and v.dep_ == "advcl" and v.tag_ == "VBN" and v.i > v.head.i:
            # 'Maduro remains in power, backed by Russia': a trailing participle is done to the clause's subject
            out |= {e for c in v.head.children if c.dep_ in ("nsubj", "nsubjpass") for e in self.den_all(c)}
        if not out and v.dep_ == "pcomp" and v.head.dep_ == "prep" and v.head.lower_ in _BEING_PREPS:
            up = v.head.head
            if up.pos_ in ("VERB", "AUX") and any(c.dep_ == "auxpass" for c in v.children):
                # 'the ship is seen at port after being seized by X', 'Y fled before being arrested by X': the
                # passive gerund is done to whoever the clause is about
                out |= self.undergoer(up) if self.passive(up) else self.subjects(up)
        return frozenset(out)

    def owned_undergoer(self, v: Token) -> frozenset[int]:
        """Whose thing a passive verb is done to, as its active form reads an owned object ('X rejected Y's
        appeal'): "Y's appeal was rejected by X", "Y's envoy was summoned by X", 'the visit of Y was hosted by X'."""
        out: set[int] = set()
        for c in v.children:
            if c.dep_ != "nsubjpass" or self.tok_ent[c.i] >= 0 or not nominal(c) or c.lower_ in FEELINGS:
                continue
            for x in c.children:
                if x.dep_ == "poss" and stance_word(self.doc, x.left_edge.i) is None:
                    out |= self.den_all(x)
                elif x.dep_ == "prep" and x.lower_ == "of":
                    out |= self.prep_objects(x)  # 'the deployment of X will be supported by Y'
        return frozenset(out)

    def _noun_items(self, noun: Token, depth: int = 0, source_ok: bool = False) -> Iterator[Item]:
        """Participants hanging off an object noun: 'a delegation to Havana', 'the release of a ship'."""
        for c in noun.children:
            if c.lower_ == "in" and noun.lower_ == "use" and noun.head.lower_ == "for":
                continue  # 'supplied drones to X for use in Y': Y is where the goods are used, no party to the deal
            by_agent = c.dep_ == "prep" and c.lower_ == "by" and (
                noun.lemma_.lower() in self.lex.relation_nouns or noun.lemma_.lower() in _FLOWN
            )
            if c.dep_ == "prep" and (c.lower_ in CORE_PREPS or c.lower_ in PLACE_PREPS or by_agent):
                sent_by = c.lower_ == "from" and noun.lemma_.lower() in _MESSAGE_NOUNS  # 'a message from X'
                if (depth and c.lower_ == "of") or (c.lower_ == "from" and not source_ok and not sent_by):
                    # 'the results of the trip of the delegation' is too far from the verb, and 'detained a
                    # ship from Cuba' names where the ship came from, not whom the verb acts on
                    continue
                for p in pobjs(c):
                    ents = self.den_all(p)
                    if ents:
                        yield ents, c.lower_, noun
                    elif depth < 1 and p.pos_ in NOUN_POS:
                        outer = noun.lemma_.lower() in self.lex.relation_nouns and c.lower_ != "of"
                        for e, pr, n in self._noun_items(p, depth + 1, source_ok):
                            # 'imposed sanctions on Iran's oil sales': the sanctions are on Iran, not its trade
                            yield (e, c.lower_, noun) if outer and pr is None and n is p else (e, pr, n)
            elif noun.lower_ in FEELINGS:
                continue  # "voiced Malaysia's concern": whose worry it is is the worried side, not its object
            elif (c.dep_ in ("poss", "compound", "amod") and noun.lemma_.lower() in self.lex.relation_nouns) or (
                c.dep_ == "poss" and ((noun.dep_ == "dobj" and depth == 0) or (noun.dep_ == "pobj" and depth == 1))
            ):
                ents = self.den_all(c)  # 'confirmed Ri's defection', 'to evade UN sanctions'
                if ents and stance_word(self.doc, c.left_edge.i) is not None:
                    continue  # 'against the pro-EU government': a stance named on the noun is not its owner
                if ents:
                    yield ents, None, noun
            elif (
                c.dep_ == "acl"
                and depth == 0
                and noun.lower_ in self.lex.listing_nouns
                and noun.head.lemma_.lower() not in self.lex.negating_verbs | _WAIVING
                and aimed_at(self, c)
            ):
                yield aimed_at(self, c), "on", noun  # 'sanctions aimed at X', 'measures designed to punish X'
            elif (
                c.dep_ == "acl"
                and self.passive(c)
                and (_judged(noun) or noun.lemma_.lower() in self.lex.relation_nouns)
            ):
                ents = self.actor(c)  # 'denounced the embargo imposed by Washington'
                if ents:
                    # 'faces sanctions imposed by X', 'received an award given by Y': the giver, as with 'from'
                    given = noun.dep_ == "dobj" and noun.head.lemma_.lower() in self.lex.receiving_verbs
                    yield ents, "from" if given else None, noun
            elif c.dep_ in ("acl", "relcl", "amod") and depth == 0:
                for prep in self._destination(c):  # 'seized two drones that were destined for Libya'
                    ents = self.prep_objects(prep)
                    if ents:
                        yield ents, "for", noun

    @staticmethod
    def _destination(c: Token) -> list[Token]:
        """The 'for' or 'to' of a load's destination participle, in a reduced or a full relative clause."""
        if c.dep_ == "relcl":
            c = next((x for x in c.children if x.dep_ in ("acomp", "oprd") and x.lower_ in _DESTINED), c)
        if c.lower_ not in _DESTINED and c.lemma_.lower() not in _DESTINED:
            return []
        return [x for x in c.children if x.dep_ == "prep" and x.lower_ in ("for", "to")]

    def patients(self, v: Token) -> Iterator[Item]:
        """What an active verb acts on: objects, datives and prepositional complements."""
        # 'received a commendation from X', 'bought jets from X'
        source_ok = v.lemma_.lower() in self.lex.receiving_verbs or v.lemma_.lower() in _BUYING
        for c in v.children:
            if c.dep_ == "dative" and c.pos_ == "ADP":
                for p in pobjs(c):  # 'sent greetings to Kim', parsed as a dative
                    if self.den_all(p):
                        yield self.den_all(p), c.lower_, None
            elif c.dep_ in ("dobj", "dative", "oprd"):
                ents = self.den_all(c) or self._relative_object(v, c)
                if ents and c.dep_ == "dobj":
                    ents |= self._along_with(c) | self._along_after(v, c)  # 'charged X, along with Y officials
                if ents:
                    yield ents, None, None
                if self.tok_ent[c.i] < 0 and nominal(c):  # also 'ship crude to Cuba' with 'crude' tagged ADJ
                    yield from self._noun_items(c, source_ok=source_ok)
                    # any verb's conjoined objects, each with its own side: 'bought 12 jets from X and 12 others
                    # from Y', 'seized two tankers and a cargo ship of Y'
                    for x in c.conjuncts:
                        if x.i > c.i and self.tok_ent[x.i] < 0 and nominal(x):
                            # not where: 'designated 11 people and 4 firms in X' places the firms, it acts on no X
                            yield from (
                                it for it in self._noun_items(x, source_ok=source_ok) if it[1] not in PLACE_PREPS
                            )
            elif c.dep_ == "prep" and c.lower_ != "between" and (c.lower_ in CORE_PREPS or c.lower_ in PLACE_PREPS):
                for p in pobjs(c):
                    ents = self.den_all(p)
                    if ents and c.lower_ in ("on", "against"):
                        ents |= self._along_with(p)  # 'sanctions on X, along with Y'
                    if ents:
                        yield ents, c.lower_, None
                    if self.tok_ent[p.i] < 0 and p.pos_ in NOUN_POS and not _time_frame(p):
                        yield from ((e, c.lower_, n) for e, _, n in self._noun_items(p))

    def _relative_object(self, v: Token, c: Token) -> frozenset[int]:
        """The noun a relative clause's object pronoun stands for: 'the ship that X seized', 'Israel, a country
        that X had been criticizing' (a description apposed to a name stands for the name)."""
        if v.dep_ != "relcl" or c.i > v.i or c.lower_ not in _RELATIVES:
            return frozenset()
        noun = v.head
        if self.tok_ent[noun.i] < 0 and noun.dep_ == "appos" and nominal(noun):
            return self.den(noun.head)
        return self.den(noun)

    def object_noun(self, v: Token) -> Token | None:
        for c in v.children:
            if c.dep_ in ("dobj", "attr") and self.tok_ent[c.i] < 0 and nominal(c):
                if self.den(c):  # 'provided the Bolivian army with equipment': the goods say what the act is
                    return self._goods(v) or c
                return self._telling_conjunct(c)
        return self._goods(v)

    def _telling_conjunct(self, c: Token) -> Token:
        """'placed debt and equity restrictions on X': of conjoined object nouns, the one the lexicon knows says
        what the act is when the first one says nothing."""
        lex = self.lex
        if c.lemma_.lower() in lex.relation_nouns or c.lemma_.lower() in lex.object_overrides or not c.conjuncts:
            return c
        known = (lex.relation_nouns, lex.listing_nouns)
        return next((x for x in c.conjuncts if x.pos_ in NOUN_POS and any(x.lemma_.lower() in k for k in known)), c)

    def _goods(self, v: Token) -> Token | None:
        """'provided Caracas with loans and weapons', 'with $5 million worth of equipment'."""
        for c in v.children:
            if c.dep_ == "prep" and c.lower_ == "with":
                for p in pobjs(c):
                    if p.lemma_.lower() in _AMOUNTS:
                        p = next((g for x in p.children if x.dep_ == "prep" and x.lower_ == "of" for g in pobjs(x)), p)
                    if self.lex.object_overrides.get(p.lemma_.lower()) is Family.TRADE:
                        return p
        return None


def _judged(noun: Token) -> bool:
    """'condemned a missile test carried out by X', 'welcomed the step taken by X': whatever act a verb of blame or
    praise is aimed at is its doer's."""
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in _JUDGING


def _verb_above(t: Token) -> Token | None:
    """The verb a word hangs from through its object or modifiers ('time' and 'precious' in 'calling the time
    precious'), within three steps."""
    for _ in range(3):
        if t.dep_ not in ("amod", "acomp", "oprd", "dobj", "attr", "compound") or t.head.i == t.i:
            return None
        t = t.head
        if t.pos_ == "VERB":
            return t
    return None


def _finite_after_apposition(v: Token) -> bool:
    """'The Freedonian tanker, the Sea Star, collided with X.': the parser hangs the sentence's only verb on its
    subject as a participle after the apposition's comma; a full sentence with no other verb has it as its act."""
    head = v.head
    if head.dep_ != "ROOT" or head.i > v.i or v.i == 0 or v.doc[v.i - 1].text != ",":
        return False
    if any(c.dep_ == "agent" for c in v.children) or not any(c.dep_ == "appos" for c in head.children):
        return False
    others = any(t.pos_ in ("VERB", "AUX") and t.i != v.i and t.head.i == head.i for t in v.sent)
    return v.sent[-1].text == "." and not others
