"""Where each entity is mentioned: the token → entity map, 'the ship' references, line-break segments."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from functools import cache
from pathlib import Path

from spacy.tokens import Doc, Token

from core.extract.nlp import doc_column, doc_sents, doc_text
from core.extract.relations.descriptions import facts, pair_descriptions
from core.extract.relations.lexicon import Lexicon
from core.extract.relations.syntax import Tie
from core.model import Family, Kind, LocalEntity

# Words for any ship: 'the ship' and 'the vessel' may stand for a tanker, a destroyer or a yacht.
_ANY_SHIP = frozenset({"ship", "vessel", "boat"})
_NAVY = "<navy>"
_PHRASE_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "PUNCT", "NUM"})  # a ship type: named with a navy's prefix


@cache
def _state_words() -> dict[str, str]:
    """A demonym or one-word name, as written → the state's name: 'Canadian' → Canada."""
    raw = json.loads((Path(__file__).parent.parent / "data" / "countries.json").read_text(encoding="utf-8"))
    out: dict[str, str] = {}
    for r in raw["countries"]:
        for w in [r["name"], *r.get("aliases", []), *r.get("demonyms", [])]:
            if " " not in w:
                out[w] = r["name"]
    return out


class Mentions:
    """One parsed document and where its entities are mentioned; the base every reading and rule builds on.

    Also holds the memo of ``Referents.den`` (what a token stands for), which ``Reader`` clears when it hides
    the names of other segments."""

    def __init__(self, doc: Doc, entities: list[LocalEntity], lex: Lexicon) -> None:
        self.doc, self.entities, self.lex = doc, entities, lex
        self.text = doc_text(doc)  # built afresh on every access, so read once
        self.tok_ent = [-1] * len(doc)
        self.heads: list[tuple[int, int]] = []  # (entity, head token) per mention
        self.hyphenated: dict[int, str] = {}  # token → participle glued to a mention in it
        self._den: dict[int, frozenset[int]] = {}
        self._den_alls: dict[int, frozenset[int]] = {}  # ``den_all`` read outside any ``den`` under way (referents)
        self._busy: set[int] = set()
        self._navy_prefixes, self._merchant_words = facts().navy_prefixes, facts().merchant_ship_words
        idx, words, spaces = (doc_column(doc, a) for a in ("idx", "text", "whitespace_"))
        tok_ent = self.tok_ent
        for ei, entity in enumerate(entities):
            for m in entity.mentions:
                span = doc.char_span(m.start, m.end, alignment_mode="expand")
                if span is None or len(span) == 0:
                    continue
                for i in range(span.start, span.end):
                    if tok_ent[i] < 0:
                        tok_ent[i] = ei
                self.heads.append((ei, span.root.i))
                last = span.end - 1
                tail = self.text[m.end : idx[last] + len(words[last])]
                if tail.startswith("-") and tail[1:].isalpha():
                    self.hyphenated[last] = tail[1:].lower()  # 'U.S.-sanctioned', 'Saudi-led'
                elif (
                    not tail
                    and last + 2 < len(doc)
                    and not spaces[last]
                    and words[last + 1] == "-"
                    and not spaces[last + 1]
                    and doc_column(doc, "is_alpha")[last + 2]
                ):
                    self.hyphenated[last] = doc_column(doc, "lower_")[last + 2]  # 'British-flagged' in three tokens
        for i in [i for i in self.hyphenated if i + 2 < len(doc) and self.tok_ent[i + 2] not in (-1, self.tok_ent[i])]:
            del self.hyphenated[i]  # 'the Peru-Chile dispute' joins two names, it is no 'Peru-led'
        self._add_vessel_references()
        self._add_described_officials()
        # 'the two countries': read by ``Referents.den``; its entities count as present in the sentence
        self.described = pair_descriptions(doc, self.tok_ent, entities, lex)
        self.heads.extend((ei, ti) for ti, ents in self.described.items() for ei in ents)
        self.segment = self._segments()

    def _segments(self) -> list[int]:
        """Segment number per token: spaCy sentences cut again at line breaks, so a headline or a photo
        caption never shares a sentence with the paragraph after it."""
        seg, out = 0, []
        starts, words, spaces = (doc_column(self.doc, a) for a in ("is_sent_start", "text", "whitespace_"))
        for i in range(len(self.doc)):
            if starts[i] and i > 0:
                seg += 1
            out.append(seg)
            if "\n" in words[i] or "\n" in spaces[i]:
                seg += 1
        return out

    def _add_vessel_references(self) -> None:
        """'the ship' / 'the vessel' stand for the ship named last before them."""
        vessels = sorted(
            (m.start, ei) for ei, e in enumerate(self.entities) if e.kind is Kind.VESSEL for m in e.mentions
        )
        if not vessels:
            return
        types: dict[int, set[str]] = {}
        unnamed = -1  # character offset of the last ship the text speaks of without a name ('the dhow')
        lemmas = doc_column(self.doc, "lemma_")
        for t in (self.doc[i] for i, lemma in enumerate(lemmas) if lemma.lower() in self.lex.vessel_nouns):
            if self.tok_ent[t.i] >= 0 or t.lemma_.lower() not in self.lex.vessel_nouns or t.pos_ != "NOUN":
                continue
            if t.tag_ == "NNS":
                continue  # 'the Philippine vessels' are not the ship named last
            if not any(c.dep_ == "det" and c.lower_ == "the" for c in t.children):
                continue
            owners = [c for c in t.children if c.dep_ == "compound" and self._owner_word(c)]
            named = (c for c in t.children if c.dep_ in ("appos", "compound", "acl") and c not in owners)
            if any(self.tok_ent[c.i] >= 0 for c in named):
                continue
            inner = {self.tok_ent[x.i] for x in t.subtree if x.i < t.i} - {-1}
            inner = {ei for ei in inner if self.kind(ei) is Kind.VESSEL}
            if len(inner) == 1:  # 'linked up with the Dale shuttle tanker': the name inside says which
                self.tok_ent[t.i] = next(iter(inner))
                self.heads.append((self.tok_ent[t.i], t.i))
                continue
            nxt = self.tok_ent[t.i + 1] if t.i + 1 < len(self.doc) else -1
            if nxt >= 0 and self.kind(nxt) is Kind.VESSEL:
                continue  # 'inspected the cargo vessel MV Victory Roro': the name says which, however parsed
            doers = self._ship_doers(t)
            before = [(start, ei) for start, ei in vessels if start < t.idx and ei not in doers]
            states = [c for c in t.children if c.dep_ in ("amod", "compound") and self.tok_ent[c.i] >= 0]
            if states and self.kind(self.tok_ent[states[0].i]) is Kind.STATE:
                before = self._of_state(before, self.entities[self.tok_ent[states[0].i]].name)
            elif owners:
                # 'the Royal Navy ship', 'the China Coast Guard vessel': a force's ship, of the state its name names
                owner = self.entities[self.tok_ent[owners[0].i]].name.split()
                flags = sorted({_state_words()[x] for x in owner if x in _state_words()})
                if flags:
                    before = self._of_state(before, flags[0])
            word = t.lemma_.lower()
            if word not in _ANY_SHIP:
                # 'the tanker' is not the destroyer named last: skip ships the text calls something else
                before = [(s, ei) for s, ei in before if self._may_be(types.setdefault(ei, self._ship_types(ei)), word)]
                # 'the tanker' after 'the tanker X ... Y': X, which the text called a tanker, over a ship it did not
                called = [(s, ei) for s, ei in before if word in types[ei]]
                # ... named in this sentence or the one before: a ship named later over one called so long ago
                near = t.doc[t.sent.start - 1].sent.start_char if t.sent.start > 0 else t.sent.start_char
                if called and len({ei for _, ei in called}) == 1 and max(s for s, _ in called) >= near:
                    before = called
            if not before:
                unnamed = t.idx
            elif before[-1][0] > unnamed:  # 'deemed the dhow unsafe and sunk the vessel': the dhow, no named ship
                self.tok_ent[t.i] = before[-1][1]
                self.heads.append((before[-1][1], t.i))

    def _owner_word(self, c: Token) -> bool:
        """A force or body named before a ship word: 'the Royal Navy ship' (not a ship's own name)."""
        ei = self.tok_ent[c.i]
        return ei >= 0 and self.kind(ei) is Kind.PARTY

    def _ship_doers(self, t: Token) -> set[int]:
        """'INS Chennai intercepted the hijacked ship', 'the ship intercepted the vessel': the ship a clause's
        subject names is not the ship its object or complement describes."""
        if t.dep_ == "dobj":
            verb = t.head
        elif t.dep_ == "pobj" and t.head.dep_ == "prep":
            verb = t.head.head
        else:
            return set()
        if verb.pos_ not in ("VERB", "AUX"):
            return set()
        # 'X conducted an operation and seized the vessel': a second verb with no subject of its own has the first's
        while verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in verb.children
        ):
            verb = verb.head
        return {self.tok_ent[c.i] for c in verb.children if c.dep_ in ("nsubj", "agent")} - {-1}

    def _of_state(self, before: list[tuple[int, int]], state: str) -> list[tuple[int, int]]:
        """'the Chinese ship' after 'the US destroyer X': not a ship whose own phrase names another state; past
        such a ship, only one whose phrase names this state ('the American destroyer' past a Canadian frigate).
        The last ship, named with no state, is 'the Chinese ship' only where no ship before it was named with one:
        once the text sets the ships' flags apart, an unflagged survey ship is not the Chinese one."""
        named = {ei: self._phrase_states(ei) for ei in {ei for _, ei in before}}
        for n in range(len(before) - 1, -1, -1):
            if state in named[before[n][1]]:
                return before[: n + 1]
            if n == len(before) - 1 and not any(named.values()):
                return before
        return []

    def _phrase_states(self, ei: int) -> set[str]:
        """States a ship's phrase where it is named names, by a mention or a word: 'the US destroyer X',
        'X, a Royal Canadian Navy frigate'."""
        words, prefixes = _state_words(), facts().prefix_states
        named: set[str] = set()
        for m in self.entities[ei].mentions:
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            phrase = list(span.root.subtree)
            if span.root.dep_ in ("appos", "compound") and span.root.head.pos_ in ("NOUN", "PROPN"):
                phrase += list(span.root.head.subtree)
            j = span.start - 1  # the words right before the name, however parsed: 'the US guided-missile destroyer'
            while j >= 0 and span.start - j <= 6 and self.doc[j].pos_ in _PHRASE_POS and self.doc[j].text != ",":
                phrase.append(self.doc[j])
                j -= 1
            for w in phrase:
                other = self.tok_ent[w.i]
                if other >= 0 and other != ei and self.kind(other) is Kind.STATE:
                    named.add(self.entities[other].name)
                elif w.text in words:  # also inside a body's name: 'Royal Canadian Navy'
                    named.add(words[w.text])
                elif w.text in prefixes:  # 'HMCS Montreal' is Canada's, 'BRP Sierra Madre' the Philippines'
                    named.add(prefixes[w.text])
        return named

    def _ship_types(self, ei: int) -> set[str]:
        """What the text calls a ship where it names it: 'the destroyer USS McFaul', 'Niovi, a tanker'."""
        out: set[str] = set()
        for m in self.entities[ei].mentions:
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            near = [self.doc[i] for i in range(max(span.start - 2, 0), span.start)]
            near += [
                c
                for c in span.root.children
                if c.dep_ in ("appos", "compound") and c.i not in range(span.start, span.end)
            ]
            if span.root.dep_ in ("appos", "compound"):
                near.append(span.root.head)
            out |= {w.lemma_.lower() for w in near if w.lemma_.lower() in self.lex.vessel_nouns}
            first = span[0].text, self.doc[span.start - 1].text if span.start else ""
            if any(w in self._navy_prefixes for w in first):
                out.add(_NAVY)  # 'USS Lewis B. Puller' is no dhow, whatever else the text calls it
        return out - _ANY_SHIP

    def _may_be(self, types: set[str], word: str) -> bool:
        """Whether a ship the text calls ``types`` may be 'the ``word``'."""
        if _NAVY in types and word in self._merchant_words:
            return False
        return types - {_NAVY} <= {word}

    def _add_described_officials(self) -> None:
        """'The Venezuelan diplomat also met X' as a subject is the Venezuelan official named last before the
        sentence, when an earlier title ('Venezuela's Foreign Minister Yvan Gil') said whose official he is."""
        nationality: dict[int, set[int]] | None = None
        for t in (self.doc[i] for i, dep in enumerate(doc_column(self.doc, "dep_")) if dep in ("nsubj", "nsubjpass")):
            if (
                self.tok_ent[t.i] >= 0
                or t.dep_ not in ("nsubj", "nsubjpass")
                or t.pos_ != "NOUN"
                or t.lemma_.lower() not in self.lex.role_nouns
                or t.lemma_.lower() in self.lex.body_roles
                or not any(c.dep_ == "det" and c.lower_ == "the" for c in t.children)
            ):
                continue
            states = {self.tok_ent[c.i] for c in t.children if c.dep_ in ("amod", "compound")} - {-1}
            if len(states) != 1 or any(c.dep_ in ("prep", "appos") for c in t.children):
                continue
            state = next(iter(states))
            if self.kind(state) is not Kind.STATE:
                continue
            if nationality is None:
                nationality = self._nationality()
            match = [ei for ei in self._officials_before(t.sent.start) if state in nationality.get(ei, ())]
            if match:
                self.tok_ent[t.i] = match[-1]
                self.heads.append((match[-1], t.i))

    def _officials_before(self, end: int) -> list[int]:
        """Officials in order of their last mention as a subject before token ``end``: the person an article
        is following is the one doing things in it."""
        order: list[int] = []
        for i in range(end):
            ei = self.tok_ent[i]
            t = self.doc[i]
            if ei >= 0 and self.kind(ei) is Kind.OFFICIAL and t.dep_ in ("nsubj", "nsubjpass") and t.head.i != i:
                if ei in order:
                    order.remove(ei)
                order.append(ei)
        return order

    def _nationality(self) -> dict[int, set[int]]:
        """Official → states named in a title right before a mention of him: 'Cuban Vice President X',
        'Venezuela's Foreign Minister X'."""
        out: dict[int, set[int]] = {}
        doc, tok_ent, sents = self.doc, self.tok_ent, doc_sents(self.doc)
        for i in range(1, len(doc)):
            ei = tok_ent[i]
            if ei < 0 or tok_ent[i - 1] == ei or self.kind(ei) is not Kind.OFFICIAL:
                continue
            j, titled = i - 1, False
            while j >= 0 and i - j <= 5 and tok_ent[j] < 0 and sents[j].start == sents[i].start:
                w = doc[j]
                if w.lemma_.lower() in self.lex.role_nouns and w.text[:1].isupper():
                    titled = True
                elif not (w.text[:1].isupper() or w.lower_ in ("'s", "’s")):
                    break
                j -= 1
            if titled and j >= 0 and tok_ent[j] >= 0 and self.kind(tok_ent[j]) is Kind.STATE:
                out.setdefault(ei, set()).add(tok_ent[j])
        return out

    def mention_from(self, first: Token) -> tuple[Token, Token | None]:
        """The last token of the mention that starts at ``first``, and the mention's root (its token whose head is
        outside it; None when the mention holds the sentence's root)."""
        doc, ei = first.doc, self.tok_ent[first.i]
        last = first
        while last.i + 1 < len(doc) and self.tok_ent[last.i + 1] == ei:
            last = doc[last.i + 1]
        root = next((t for t in doc[first.i : last.i + 1] if not (first.i <= t.head.i <= last.i)), None)
        return last, root

    def kind(self, ei: int) -> Kind:
        return self.entities[ei].kind

    def _pairs(self, sources: Iterable[int], targets: Iterable[int], type_: str, fam: Family) -> Iterator[Tie]:
        """Every source tied to every target, but never to itself, and only people defect."""
        targets = list(targets)
        for s in sources:
            if fam is Family.DEFECTION and self.kind(s) is not Kind.OFFICIAL:
                continue  # people defect; 'North Korean diplomats defected' names no one
            for t in targets:
                if s != t:
                    yield s, t, type_, fam
