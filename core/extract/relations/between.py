"""Ties the parse missed between two neighbouring names joined by one short verb or relation-noun phrase."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from itertools import pairwise

from spacy.tokens import Token

from core.extract.relations.act_words import SAVING_ACTS
from core.extract.relations.aims import aimed_family
from core.extract.relations.close_encounters import AIMING, TOWARD, is_laser
from core.extract.relations.described_people import described_person, verb_object
from core.extract.relations.fire_fighting import fights_fire
from core.extract.relations.held_between import disputed_over
from core.extract.relations.lexicon import Lexicon
from core.extract.relations.summons import summons_family
from core.extract.relations.syntax import INSTRUCTING, JOINT_NOUNS, PLAIN_CARGO, Tie, instructs, stance_word
from core.extract.relations.verb_senses import paid_out
from core.model import Family, Kind

_LONGEST_GAP = 6
# Words that end the phrase between two names: a new clause, a list, a quotation, a condition.
_BREAKS = frozenset(
    {",", ";", ":", "(", ")", '"', "“", "”", "—", "–", "and", "or", "but", "that", "which", "who", "whom", "whose"}
    | {"while", "as", "after", "before", "when", "if", "because", "since", "although", "whether", "than", "where"}
    | {"until", "unless", "so", "amid", "despite"}
)
_NEGATIONS = frozenset({"not", "n't", "never", "no", "nor", "without"})
# Prepositions before the second name that make it a companion, a place or an example, not what is acted on.
_ASIDE = frozenset(
    {"alongside", "beside", "besides", "among", "amongst", "like", "unlike", "including", "during", "near", "off"}
    | {"in", "at", "inside", "within", "across", "around", "outside", "via", "through", "per", "than"}
)


# families a passive relative clause may state, the same both ways: 'which is allied with Y' (not 'which was
# attacked with Y's drones': the name is the one acted on)
_SYMMETRIC = frozenset({Family.ALLIANCE, Family.DIPLOMACY, Family.AGREEMENT})
# how a name owns the object a clause acts on: "Y's towns", 'Y-flagged ships', 'Freedonian forces'
_OWNING = frozenset({"poss", "compound", "amod", "nmod"})


def _relative_opening(gap: list[Token], start: int, end: int) -> Token | None:
    """', which ...' / ', who ...' right after a name, the pronoun the subject of a relative clause set on that name:
    the clause says what the name does ('Russia, which has been shelling Ukraine'); a passive clause only where
    the next name is joined by 'with' ('Belarus, which is allied with Russia'), and only for a tie the same both
    ways (``_SYMMETRIC``, checked by the caller): 'which was seized by Somali pirates' and 'which were intercepted
    east of X' name no one the name acts on. The clause's verb, or None; the caller then keeps the tie only where
    the next name, or what it owns, is the verb's own object (``_acted_on``)."""
    if len(gap) < 3 or gap[0].text != "," or gap[1].lower_ not in ("which", "who"):
        return None
    pron = gap[1]
    clause = pron.head
    if clause.dep_ != "relcl" or clause.pos_ != "VERB" or not start <= clause.head.i <= end:
        return None
    if pron.dep_ == "nsubj" or (pron.dep_ == "nsubjpass" and gap[-1].lower_ == "with"):
        return clause
    return None


def _acted_on(verb: Token, name: Token) -> bool:
    """Is the name (its head token), or the object it owns, the verb's direct or prepositional object ('which
    supports Y', 'which is allied with Y', "which has been shelling Y's towns"), not a word under another noun the
    verb governs ('which opposes new sanctions on Y', 'which hosts millions of refugees from Y')?"""
    t = name.head if name.dep_ in _OWNING and name.head.i > name.i else name
    if t.dep_ in ("dobj", "dative", "attr"):
        return t.head.i == verb.i
    return t.dep_ == "pobj" and t.head.dep_ in ("prep", "agent") and t.head.head.i == verb.i


class Between:
    """'X struck the Y', 'X's invasion of Y', 'Y was sanctioned by X' read from the words between the names."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        self.refused: set[frozenset[int]] = set()  # pairs of the last segment read as not tied (the pair layer's too)

    def _trigger(self, gap: list[Token]) -> tuple[Token, Family] | None:
        for t in gap:
            lemma = t.lemma_.lower()
            if t.pos_ in ("VERB", "AUX"):
                fam = summons_family(t) or self.lex.verbs.get(lemma)  # 'summoned for questioning' (summons.py)
                if fam is not None and fam is not Family.REPORTING and lemma not in self.lex.ambivalent_verbs:
                    if paid_out(t):
                        continue  # 'shelled out millions to X' pays (verb_senses.py)
                    return t, fam
            elif t.pos_ == "NOUN" and lemma not in JOINT_NOUNS:  # 'X's drills near Y' join no one
                fam = self.lex.relation_nouns.get(lemma) or self.lex.relation_nouns.get(t.lower_)
                if fam in (Family.HOSTILITY, Family.ENFORCEMENT, Family.TRADE, Family.ALLIANCE):
                    return t, fam
        return None

    def _describes(self, last: Token, glued: dict[int, str]) -> bool:
        """'a Panama-flagged tanker', 'North Korean foreign minister X': the name describes the noun after it,
        which is what the phrase acts on."""
        if last.i in glued:
            return True
        head = last.head
        if last.dep_ not in ("amod", "compound", "nmod", "poss") or head.i <= last.i:
            return False
        if self._tok_ent[head.i] >= 0:
            return True  # "Qatar's Tamim": the person is the one named
        lemma = head.lemma_.lower()
        if lemma in self.lex.vessel_nouns and head.tag_ != "NNS":
            return True  # 'seized the Iranian tanker X' acts on the ship; 'Philippine vessels' stand for the state
        return lemma in self.lex.role_nouns and lemma not in self.lex.body_roles

    def _actor_ok(self, first: Token, last: Token, gap: list[Token], trigger: Token, relative: bool = False) -> bool:
        """The name before the phrase must be its doer: not an object elsewhere ('told KCNA he received'), not a
        word describing another noun ('UN sanctions monitors'), and no other subject may start in the gap. A name
        whose relative clause follows ('an action by X, which supports Y') is that clause's doer, whatever its own
        place in the sentence."""
        root = next((t for t in first.doc[first.i : last.i + 1] if not (first.i <= t.head.i <= last.i)), last)
        if root.dep_ in ("pobj", "dobj", "dative", "attr") and not relative:
            return False
        if root.dep_ in ("amod", "compound", "nmod") and root.head.i > last.i and root.head.i != trigger.i:
            return False
        if any(t.dep_ in ("nsubj", "nsubjpass", "expl") for t in gap):
            return False
        if gap[0].lower_ == "to":
            return False  # 'asked Canada to increase pressure on X': a request, not the act
        if trigger.pos_ == "NOUN":
            # 'X's invasion of Y', 'sanctions on Y': the noun governs the next name through a preposition
            after = gap[trigger.i - gap[0].i + 1 :]
            if after and after[0].dep_ == "acl" and after[0].tag_ == "VBN":
                after = after[1:]  # 'sanctions imposed on Y'
            if not after or after[0].dep_ != "prep":
                return False
            if any(t.pos_ not in ("DET", "ADJ", "ADP", "NUM", "PROPN") for t in after[1:]):
                return False
        return True

    def ties(
        self, toks: list[Token], tok_ent: list[int], kind: Callable[[int], Kind], glued: dict[int, str]
    ) -> Iterator[Tie]:
        runs: list[tuple[int, int, int]] = []
        for t in toks:
            ei = tok_ent[t.i]
            if ei < 0:
                continue
            if runs and runs[-1][0] == ei and runs[-1][2] == t.i - 1:
                runs[-1] = (ei, runs[-1][1], t.i)
            else:
                runs.append((ei, t.i, t.i))
        self.refused = set()
        if len(runs) < 2:
            return
        doc = toks[0].doc
        self._tok_ent = tok_ent
        for (a, as_, ae), (b, bs, be) in pairwise(runs):
            gap = [doc[i] for i in range(ae + 1, bs)]
            relative = _relative_opening(gap, as_, ae)
            if relative is not None:
                gap = gap[2:]  # 'Belarus, which is allied with Russia' reads as 'Belarus is allied with Russia'
            if a == b or not gap or len(gap) > _LONGEST_GAP:
                continue
            person = described_person(doc[be], tok_ent, kind, b)  # 'extradite British trader X' acts on X
            if a == person or (
                # a name describing a role noun stands for no one acted on, unless the role runs into a person who
                # is the object of a verb in the gap ('to extradite British businessman X')
                self._describes(doc[be], glued) and (person == b or not verb_object(doc[be], tok_ent, person, ae, bs))
            ):
                continue
            b = person
            verbs = [t for t in gap if t.pos_ in ("VERB", "AUX") and t.dep_ != "aux" and t.dep_ != "auxpass"]
            if len(verbs) > 1:
                continue  # 'said the tanker arrived in': two clauses
            if any(self.lex.verbs.get(t.lemma_.lower()) is Family.REPORTING for t in verbs):
                self.refused.add(frozenset((a, b)))
                continue  # 'X claimed the strike against Y': a speaker's word on an act, not the act
            if any(t.lower_ in _BREAKS or t.lower_ in _NEGATIONS or t.is_sent_start for t in gap):
                continue
            found = self._trigger(gap)
            if found is None or (relative is not None and found[0].i != relative.i):
                continue  # (after ', which': the clause's own verb, not 'which shares concerns about X')
            trigger, fam = found
            if relative is not None:
                name = next((t for t in doc[bs : be + 1] if not bs <= t.head.i <= be), doc[be])
                passive = any(c.dep_ == "nsubjpass" for c in relative.children)
                if not _acted_on(trigger, name) or (passive and fam not in _SYMMETRIC):
                    continue  # 'which opposes sanctions on Y', 'which was attacked with Y's drones'
            if trigger.lemma_.lower() in AIMING and any(t.lower_ in TOWARD for t in gap) and any(map(is_laser, gap)):
                fam = Family.HOSTILITY  # 'directed a laser light toward X' leads no one (close_encounters.py)
            if fam is Family.LEADERSHIP and trigger.lemma_.lower() in INSTRUCTING and instructs(trigger):
                self.refused.add(frozenset((a, b)))
                continue  # 'X directed the State Department to review Y': an instruction, not leadership
            if fights_fire(trigger):
                self.refused.add(frozenset((a, b)))
                continue  # 'X fought the blaze on the tanker Y': help to the ship (fire_fighting.py), no fight
            if fam is Family.LEADERSHIP and any(t.lemma_.lower() in SAVING_ACTS for t in gap):
                self.refused.add(frozenset((a, b)))
                continue  # 'X led the evacuation of Y': the act's own reading decides (verbs.py), no leadership
            if gap[-1].lower_ in _ASIDE or (len(gap) > 1 and gap[-2].lower_ in _ASIDE and gap[-1].pos_ == "DET"):
                continue
            if disputed_over(gap):
                continue  # 'X and Y fought a war over Z': what a war is over is its prize, not an enemy
            if not self._actor_ok(doc[as_], doc[ae], gap, trigger, relative is not None):
                continue
            last = doc[be]
            if fam is Family.TRADE and kind(a) is Kind.VESSEL and any(t.lemma_.lower() in PLAIN_CARGO for t in gap):
                continue  # 'the Orca Star was transporting coal from Peru': a port of call, not a trade tie
            if stance_word(doc, bs) is not None and tok_ent[last.head.i] != b:
                continue  # 'protests against the pro-EU authorities' are not against the EU
            if fam is Family.DIPLOMACY and last.dep_ in ("amod", "compound", "nmod", "poss") and last.head.i > be:
                continue  # 'discussed North Korean troop movements' is not talks with North Korea
            if fam is Family.DEFECTION and kind(a) is not Kind.OFFICIAL:
                continue
            word = trigger.lemma_.lower()
            by = gap[-1] if gap[-1].lower_ == "by" else gap[-2] if len(gap) > 1 and gap[-1].lower_ == "the" else None
            passive = by is not None and by.lower_ == "by"
            if passive and by.dep_ != "agent" and by.head.pos_ not in ("VERB", "AUX"):
                # 'X condemned the decision by Y': 'by' names the noun's doer, what X's act is aimed at
                passive = False
            # 'X is expelling two Russians', 'X escorted the Y': the family is read from what the act is aimed at
            if trigger.pos_ == "VERB" and word in self.lex.expelling_verbs | self.lex.escorting_verbs:
                fam = aimed_family(self.lex, word, [kind(a if passive else b)]) or fam
            if passive:
                yield b, a, f"{word} by", fam
            else:
                yield a, b, word, fam
