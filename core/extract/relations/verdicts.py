"""A speaker's judgement of a party: 'X said the regime was desperate', 'Y called the United States the enemy',
'said Russia's actions were deliberate' (a verdict on a party's conduct is one on the party). A mixin of the speech
rules (speech.py), read for each verb of saying."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from core.extract.relations.condemned_conduct import condemned_doers
from core.extract.relations.conduct_verdicts import NAMED_CONDUCT, condemned, conduct_owners
from core.extract.relations.families import Grammar
from core.extract.relations.praised_sides import ended
from core.extract.relations.syntax import COPULAS, Tie
from core.model import Family


class Verdicts(Grammar):
    def _verdict(self, v: Token) -> Iterator[Tie]:
        """'X said the regime was desperate', 'Y called the United States the enemy': a speaker's judgement."""
        speakers = self.actor(v)
        # '"The regime has displayed disregard for human rights," X said': a word condemning what the clause's
        # subject does is the speaker's verdict on it (also 'said Secretary of the Treasury X', as the reports read)
        talkers = speakers or {e for c in v.children if c.dep_ == "nsubj" for e in self._speakers(c)}
        for c, judged in condemned_doers(v, self.subjects) if talkers else ():
            yield from self._pairs(talkers, judged - talkers, f"{v.lower_} {c.lower_}", Family.HOSTILITY)
        if not speakers:
            return
        if v.lemma_.lower() in self.lex.naming_speech:
            judged = self.direct_objects(v)
            yield from self._named_conduct(v, speakers, judged)
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
            # 'said Russia's actions were deliberate': a verdict on a party's conduct is one on the party
            owners = conduct_owners(c, self.tok_ent) if not judged and c.lemma_.lower() in COPULAS else set()
            for p in preds:
                fam = self.lex.verdict_words.get(p.lemma_.lower()) or self.lex.verdict_words.get(p.lower_)
                if owners and not any(x.dep_ == "neg" for x in c.children):
                    fam = condemned(p, self._verdict_word)
                    judged = frozenset(owners)
                if fam is None or any(x.dep_ == "neg" for x in c.children):
                    continue
                if fam is Family.ALLIANCE and ended(c):
                    continue  # 'said Y was an ally until 2016, but no longer'
                if any(self.tok_ent[t.i] >= 0 for t in p.subtree):
                    continue  # 'Y was an ally of Z' is a tie between Y and Z, read elsewhere
                yield from self._pairs(speakers, judged - speakers, f"called {p.lower_}", fam)

    def _named_conduct(self, v: Token, speakers: frozenset[int], judged: frozenset[int]) -> Iterator[Tie]:
        """'X called Russia's move "irresponsible"', 'called Y's announcement "deeply unfortunate and
        irresponsible"': a verdict named on a party's conduct or words is one on the party."""
        if judged:
            return
        owners, words = set(), [c for c in v.children if c.dep_ in ("oprd", "xcomp", "ccomp") and c.pos_ == "ADJ"]
        for o in v.children:
            if o.dep_ == "dobj" and self.tok_ent[o.i] < 0 and o.lemma_.lower() in NAMED_CONDUCT:
                owners |= {self.tok_ent[x.i] for x in o.children if x.dep_ == "poss"} - {-1}
                # 'called Y's decision "outrageous"' parsed with the verdict as an adjective after a noun of the
                # object ('decision', or the last noun of 'refusal to take the migrants aggressive')
                words += [a for a in o.subtree if a.dep_ == "amod" and a.i > a.head.i and a.head.pos_ == "NOUN"]
        if not owners or any(c.dep_ == "neg" for c in v.children):
            return
        for c in words:
            fam = condemned(c, self._verdict_word)
            if fam is not None:
                yield from self._pairs(speakers, frozenset(owners) - speakers, f"called {c.lower_}", fam)
                return

    def _verdict_word(self, w: Token) -> Family | None:
        return self.lex.verdict_words.get(w.lemma_.lower()) or self.lex.verdict_words.get(w.lower_)
