"""How a parsed sentence is read before any tie is drawn: the lexicon, and what each token stands for.

The words live in ``data/relations.json`` so the lexicon can grow without code changes; ``lexicon()`` turns them
into lookups once per process. ``Grammar`` maps tokens to the entities they stand for (a mention, a title's
holder, "North Korean officials", "the ship", a pronoun) and reads a verb's doer, object and complements;
``core.extract.relations`` builds the ties on top of it.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from spacy.tokens import Doc, Token

from core.model import Family, Kind, LocalEntity

_DATA = Path(__file__).with_name("data") / "relations.json"

# Prepositions that bring in a participant rather than a time or a place.
CORE_PREPS = frozenset(
    {"to", "with", "from", "against", "on", "toward", "towards", "into", "for", "over", "of", "about"}
    | {"between", "upon", "onto", "among", "amongst", "beside", "alongside"}
)
PLACE_PREPS = frozenset({"in", "at", "inside", "within"})
MODIFIER_DEPS = frozenset({"poss", "compound", "amod", "nmod"})
NOUN_POS = frozenset({"NOUN", "PROPN"})
# Dependencies only a noun phrase takes: the small model sometimes tags 'trafficker' or 'envoy' as a verb.
_NOMINAL_DEPS = frozenset({"compound", "appos", "nsubj", "nsubjpass", "dobj", "pobj", "attr", "nmod", "poss", "conj"})


def nominal(t: Token) -> bool:
    """A noun, or a word the tagger got wrong but the parser attached as one."""
    return t.pos_ in NOUN_POS or (
        t.pos_ in ("VERB", "ADJ") and t.tag_ not in ("VBD", "VBZ", "VBP") and t.dep_ in _NOMINAL_DEPS
    )


COPULAS = frozenset({"be", "remain", "become"})
_ELECT = frozenset({"elect", "designate"})
_PERSONAL = frozenset({"he", "she", "him", "her"})
_FIRST_PERSON = frozenset({"i", "we", "me", "us"})
_RELATIVE = frozenset({"who", "which", "that", "whom"})
ROLE_PREPS = frozenset({"of", "at", "in", "to", "for", "within", "from", "with", "on"})
NOUN_PATIENT_PREPS = frozenset(
    {"to", "with", "against", "on", "toward", "towards", "over", "into", "upon", "at", "for"}
)

Item = tuple[frozenset[int], str | None, Token | None]  # entities, preposition, noun they came through


def _families(table: dict[str, list[str]], order: list[str] | None = None) -> dict[str, Family]:
    """Word → family; a word listed under several families takes the first in ``order``."""
    out: dict[str, Family] = {}
    for name in order or list(table):
        for word in table.get(name, []):
            out.setdefault(word.lower(), Family(name))
    return out


@dataclass(frozen=True, slots=True)
class Lexicon:
    """The word lists of ``data/relations.json`` as lookups (lemmas, lower case)."""

    verbs: dict[str, Family]
    light_verbs: frozenset[str]
    receiving_verbs: frozenset[str]
    motion_verbs: frozenset[str]
    ambivalent_verbs: frozenset[str]
    object_overrides: dict[str, Family]
    relation_nouns: dict[str, Family]
    role_nouns: dict[str, Family]
    diplomatic_roles: frozenset[str]
    deputy_words: frozenset[str]
    collective_nouns: frozenset[str]
    naming_verbs: frozenset[str]
    vessel_nouns: frozenset[str]
    symmetric_verbs: frozenset[str]
    addressee_verbs: frozenset[str]
    reporting_verbs: frozenset[str]
    negating_verbs: frozenset[str]
    head_of_state_titles: frozenset[str]
    body_roles: frozenset[str]
    document_nouns: frozenset[str]
    party_leader_titles: frozenset[str]
    owner_verbs: frozenset[str]
    publishing_verbs: frozenset[str]
    warning_verbs: frozenset[str]
    group_nouns: frozenset[str]
    member_verbs: frozenset[str]
    phrasal_verbs: dict[str, Family]
    control_verbs: frozenset[str]
    guest_verbs: frozenset[str]
    verdict_words: dict[str, Family]
    naming_speech: frozenset[str]


@cache
def lexicon() -> Lexicon:
    """Loaded once per process."""
    raw = json.loads(_DATA.read_text(encoding="utf-8"))

    def words(key: str) -> frozenset[str]:
        return frozenset(w.lower() for w in raw[key])

    verbs = _families(raw["verbs"], raw["verb_priority"])
    return Lexicon(
        verbs=verbs,
        light_verbs=words("light_verbs"),
        receiving_verbs=words("receiving_verbs"),
        motion_verbs=words("motion_verbs"),
        ambivalent_verbs=words("ambivalent_verbs"),
        object_overrides=_families(raw["object_overrides"]),
        relation_nouns=_families(raw["relation_nouns"]),
        role_nouns=_families(raw["role_nouns"]),
        diplomatic_roles=words("diplomatic_roles"),
        deputy_words=words("deputy_words"),
        collective_nouns=words("collective_nouns"),
        naming_verbs=words("naming_verbs"),
        vessel_nouns=words("vessel_nouns"),
        symmetric_verbs=words("symmetric_verbs"),
        addressee_verbs=words("addressee_verbs"),
        reporting_verbs=frozenset(w.lower() for w in raw["verbs"]["REPORTING"]),
        negating_verbs=words("negating_verbs"),
        head_of_state_titles=words("head_of_state_titles"),
        body_roles=words("body_roles"),
        document_nouns=words("document_nouns"),
        party_leader_titles=words("party_leader_titles"),
        owner_verbs=words("owner_verbs"),
        publishing_verbs=words("publishing_verbs"),
        warning_verbs=words("warning_verbs"),
        group_nouns=words("group_nouns"),
        member_verbs=words("member_verbs"),
        control_verbs=words("control_verbs"),
        guest_verbs=words("guest_verbs"),
        verdict_words=_families(raw["verdict_words"]),
        naming_speech=words("naming_speech"),
        phrasal_verbs={k.lower(): Family(v) for k, v in raw["phrasal_verbs"].items()},
    )


class Grammar:
    """One parsed document: token → entity map, memoised readings of what tokens stand for, and the parts of a
    clause (doer, object, complements) in entity terms."""

    def __init__(self, doc: Doc, entities: list[LocalEntity], lex: Lexicon) -> None:
        self.doc, self.entities, self.lex = doc, entities, lex
        self.text = doc.text  # built afresh on every access, so read once
        self.tok_ent = [-1] * len(doc)
        self.heads: list[tuple[int, int]] = []  # (entity, head token) per mention
        self.hyphenated: dict[int, str] = {}  # token → participle glued to a mention in it
        self._den: dict[int, frozenset[int]] = {}
        self._busy: set[int] = set()
        for ei, entity in enumerate(entities):
            for m in entity.mentions:
                span = doc.char_span(m.start, m.end, alignment_mode="expand")
                if span is None or len(span) == 0:
                    continue
                for t in span:
                    if self.tok_ent[t.i] < 0:
                        self.tok_ent[t.i] = ei
                self.heads.append((ei, span.root.i))
                last = span[-1]
                tail = self.text[m.end : last.idx + len(last.text)]
                if tail.startswith("-") and tail[1:].isalpha():
                    self.hyphenated[last.i] = tail[1:].lower()  # 'U.S.-sanctioned', 'Saudi-led'
                elif (
                    not tail
                    and last.i + 2 < len(doc)
                    and not last.whitespace_
                    and doc[last.i + 1].text == "-"
                    and not doc[last.i + 1].whitespace_
                    and doc[last.i + 2].is_alpha
                ):
                    self.hyphenated[last.i] = doc[last.i + 2].lower_  # 'British-flagged' split in three tokens
        self._add_vessel_references()
        self.segment = self._segments()

    def _segments(self) -> list[int]:
        """Segment number per token: spaCy sentences cut again at line breaks, so a headline or a photo
        caption never shares a sentence with the paragraph after it."""
        seg, out = 0, []
        for t in self.doc:
            if t.is_sent_start and t.i > 0:
                seg += 1
            out.append(seg)
            if "\n" in t.text or "\n" in t.whitespace_:
                seg += 1
        return out

    # --- mentions ---------------------------------------------------------------------------------------

    def _add_vessel_references(self) -> None:
        """'the ship' / 'the vessel' stand for the ship named last before them."""
        vessels = sorted(
            (m.start, ei) for ei, e in enumerate(self.entities) if e.kind is Kind.VESSEL for m in e.mentions
        )
        if not vessels:
            return
        for t in self.doc:
            if self.tok_ent[t.i] >= 0 or t.lemma_.lower() not in self.lex.vessel_nouns or t.pos_ != "NOUN":
                continue
            if not any(c.dep_ == "det" and c.lower_ == "the" for c in t.children):
                continue
            if any(self.tok_ent[c.i] >= 0 for c in t.children if c.dep_ in ("appos", "compound", "acl")):
                continue
            before = [ei for start, ei in vessels if start < t.idx]
            if before:
                self.tok_ent[t.i] = before[-1]
                self.heads.append((before[-1], t.i))

    def kind(self, ei: int) -> Kind:
        return self.entities[ei].kind

    # --- what a token stands for -----------------------------------------------------------------------

    def den(self, t: Token) -> frozenset[int]:
        """The entities a token stands for: a mention, a title's holder, 'North Korean officials', 'the ship'."""
        if self.tok_ent[t.i] >= 0:
            return frozenset((self.tok_ent[t.i],))
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
            clause = t.head
            while clause.dep_ == "conj" and clause.head is not clause:
                clause = clause.head  # '..., who was greeted by X and who met Y'
            if low in _RELATIVE and t.dep_ == "dobj" and clause.dep_ == "relcl" and t.i < clause.i:
                return self.den(clause.head)  # 'Guaidó, whom the United States recognizes'
            if low in _RELATIVE and t.dep_ in ("nsubj", "nsubjpass") and clause.dep_ == "relcl":
                own = self.den(clause.head)
                if not own and low in ("who", "whom"):
                    return self._resolve_pronoun(t, nearest=True)  # 'Thae's escape in 2016, who defected ...'
                return own
            return frozenset()
        if not nominal(t):
            return frozenset()
        if lemma in self.lex.role_nouns:
            holders = self.holders(t)
            # 'a North Korean general who ...' names no one: it stands for the state its modifiers name
            return holders if holders else self.modifiers(t, complements=False)
        if lemma in self.lex.collective_nouns or low in self.lex.collective_nouns:
            return self.modifiers(t)
        if t.dep_ == "attr" and t.head.lemma_.lower() in COPULAS:
            return self.subjects(t.head)  # 'Ri was a Cuba expert working for ...': the predicate noun is Ri
        return frozenset()

    def issuer(self, t: Token) -> frozenset[int]:
        """'a UN report', 'the KCNA statement': the body a text speaks for, when it is the one speaking."""
        if t.lemma_.lower() not in self.lex.document_nouns:
            return frozenset()
        return frozenset(e for e in self.modifiers(t, complements=False) if self.kind(e) is not Kind.STATE)

    def den_all(self, t: Token) -> frozenset[int]:
        """``den`` over a coordination and its appositions: 'Brazil, Mexico, and Peru'."""
        out = set(self.den(t))
        for c in t.children:
            if c.dep_ in ("conj", "appos"):
                out |= self.den_all(c)
        return frozenset(out)

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
                    else frozenset(self.tok_ent[x.i] for x in (c,) if self.tok_ent[x.i] >= 0)
                )
                if not ents and c.dep_ in ("amod", "compound"):
                    # 'a North Korean-flagged ship', 'the state-run Korean media'
                    ents = frozenset(e for x in c.children if x.dep_ in MODIFIER_DEPS for e in self.den_all(x))
                out |= ents
            elif c.dep_ == "prep" and c.lower_ in ("of", "in", "including") and complements:
                # 'a delegation of the WPK', 'officials in Panama', '50 countries, including Brazil and Peru'
                for p in c.children:
                    if p.dep_ == "pobj":
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
        before = t.doc[t.sent.start : t.i]
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
            if v.head is v:
                break
            v = v.head
        return frozenset()

    def holders(self, r: Token) -> frozenset[int]:
        """Who holds a title or role noun: 'President X', 'X, member of ...', 'X is one of Y's allies'."""
        out: set[int] = set()
        head = r.head
        if r.dep_ in ("compound", "nmod", "appos", "amod") and self.tok_ent[head.i] >= 0:
            out.add(self.tok_ent[head.i])
        if r.dep_ == "compound" and head.dep_ == "compound" and self.tok_ent[head.head.i] >= 0:
            out.add(self.tok_ent[head.head.i])
        if r.dep_ == "compound" and head.lower_ in _ELECT:
            out |= self.holders(head)  # "Brazil's president-elect, Jair Bolsonaro"
        if r.dep_ == "appos" and self.tok_ent[head.i] < 0 and head.lemma_.lower() in self.lex.role_nouns:
            out |= self.holders(head)  # 'the newspaper Granma, the official organ of the Party'

        for c in r.children:
            if c.dep_ == "appos" or (c.dep_ == "conj" and r.tag_ in ("NNS", "NNPS")):
                if self.tok_ent[c.i] >= 0:
                    out |= self.den_all(c)
            elif c.dep_ == "nsubj":
                out |= self.den_all(c)  # 'made him the highest-ranking official'
            elif c.dep_ == "compound" and r.lemma_.lower() in self.lex.body_roles:
                ei = self.tok_ent[c.i]  # 'the ACNC news agency', 'the Chosun Ilbo newspaper'
                if ei >= 0 and self.kind(ei) in (Kind.PARTY, Kind.VESSEL):
                    out.add(ei)
            elif c.dep_ == "acl" and c.lemma_.lower() in self.lex.naming_verbs:
                for x in c.children:
                    if x.dep_ in ("oprd", "attr", "dobj", "xcomp", "appos"):
                        out |= self.den(x)
        if not out:
            # 'the chairman of the Assembly, Diosdado Cabello' with the name parsed as the Assembly's apposition;
            # also 'Maduro's representative at the United Nations, Samuel Moncada'
            for c in r.children:
                if c.dep_ == "prep" and c.lower_ in ROLE_PREPS:
                    for p in c.children:
                        if p.dep_ == "pobj" and self.tok_ent[p.i] >= 0:
                            out |= {
                                self.tok_ent[x.i]
                                for x in p.children
                                if x.dep_ == "appos"
                                and self.tok_ent[x.i] >= 0
                                and self.kind(self.tok_ent[x.i]) is Kind.OFFICIAL
                            }
        if not out and r.pos_ in NOUN_POS:
            out |= self._comma_apposition(r)
        if r.i + 1 < len(r.doc):
            # 'North Korea's ally Cuba defended ...' parsed as two subjects side by side
            nxt = r.doc[r.i + 1]
            ei = self.tok_ent[nxt.i]
            if ei >= 0:
                end = nxt
                while end.i + 1 < len(r.doc) and self.tok_ent[end.i + 1] == ei:
                    end = r.doc[end.i + 1]
                root = next((t for t in r.doc[nxt.i : end.i + 1] if not (nxt.i <= t.head.i <= end.i)), None)
                if root is not None and root.head == r.head and root.dep_ == r.dep_ and r.head is not r:
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
            objs = frozenset(e for c in head.head.children if c.dep_ == "dobj" for e in self.den_all(c))
            out |= objs or self.actor(head.head)
        elif r.dep_ == "conj" and head.lemma_.lower() in self.lex.role_nouns:
            out |= self.holders(head)
        elif r.dep_ == "conj" and self._named_next(r) is not None:
            out.add(self._named_next(r))  # '... with Iranian President Rouhani and Turkish President Erdogan'
        elif r.dep_ == "conj" and self.tok_ent[head.i] >= 0 and self.kind(self.tok_ent[head.i]) is Kind.OFFICIAL:
            out.add(self.tok_ent[head.i])  # 'X, President of ... and member of ...' with 'member' tied to X
        elif r.dep_ == "appos" and head.dep_ == "appos" and self.tok_ent[head.head.i] >= 0:
            out.add(self.tok_ent[head.head.i])
        return frozenset(out)

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
        last = first
        while last.i + 1 < len(r.doc) and self.tok_ent[last.i + 1] == ei:
            last = r.doc[last.i + 1]
        root = next((t for t in r.doc[first.i : last.i + 1] if not (first.i <= t.head.i <= last.i)), None)
        if root is None or root.dep_ not in ("npadvmod", "appos", "dep", "conj") or root.head.i > r.i:
            return frozenset()
        nxt = r.doc[last.i + 1] if last.i + 1 < len(r.doc) else None
        if nxt is not None and nxt.text not in (",", ".", ";", ")"):
            return frozenset()
        return frozenset((ei,))

    # --- verbs -------------------------------------------------------------------------------------------

    @staticmethod
    def passive(v: Token) -> bool:
        if any(c.dep_ in ("nsubjpass", "auxpass") for c in v.children):
            return True
        return v.tag_ == "VBN" and v.dep_ == "acl"

    def subjects(self, v: Token) -> frozenset[int]:
        out: set[int] = set()
        for c in v.children:
            if c.dep_ in ("nsubj", "csubj"):
                out |= self.den_all(c)
        return frozenset(out)

    def actor(self, v: Token, depth: int = 0) -> frozenset[int]:
        """Who does what the verb says, also where the clause leaves it implicit (xcomp, conj, acl)."""
        if self.passive(v):
            out: set[int] = set()
            for c in v.children:
                if c.dep_ == "agent":
                    for p in c.children:
                        if p.dep_ == "pobj":
                            out |= self.den_all(p)
            return frozenset(out)
        subj = self.subjects(v)
        if subj or depth > 3:
            return subj
        head = v.head
        if v.dep_ in ("xcomp", "pcomp") and head is not v:
            verb = head.head if v.dep_ == "pcomp" and head.dep_ == "prep" else head
            if verb.pos_ in ("VERB", "AUX") and verb is not v and verb.lemma_.lower() in self.lex.control_verbs:
                # 'invited Rouhani to visit Y', 'accused Maduro of selling': the object does what follows
                # ('urged Brazil to break ties' stays the urger's aim: urging is not on this list)
                objs = frozenset(e for c in verb.children if c.dep_ == "dobj" for e in self.den_all(c))
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
        if v.dep_ in ("xcomp", "conj", "advcl") and head.pos_ in ("VERB", "AUX") and head is not v:
            if v.dep_ in ("xcomp", "advcl") and self.passive(head):
                return self.undergoer(head)  # 'X was selected to succeed Y': X succeeds
            return self.actor(head, depth + 1)
        if v.dep_ in ("acl", "relcl"):
            own = self.den(head)
            if own or depth >= 3:
                return own
            # 'Granma published a piece praising X', 'resorted to transfers to evade sanctions': a participle or
            # an infinitive on a noun that names no one acts for the doer of the clause the noun sits in
            if v.dep_ == "relcl" and not any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children):
                return own
            t = head
            for _ in range(4):
                if t.dep_ not in ("dobj", "pobj", "prep") or t.head is t:
                    break
                t = t.head
                if t.pos_ in ("VERB", "AUX"):
                    return self.actor(t, depth + 1)
            return own
        return frozenset()

    def undergoer(self, v: Token) -> frozenset[int]:
        """What a passive verb is done to: its passive subject or the noun a participle modifies."""
        out: set[int] = set()
        for c in v.children:
            if c.dep_ == "nsubjpass":
                out |= self.den_all(c)
        if not out and v.dep_ in ("acl", "relcl"):
            out |= self.den(v.head)
        if not out and v.dep_ == "conj" and self.passive(v.head):
            out |= self.undergoer(v.head)
        return frozenset(out)

    def _noun_items(self, noun: Token, depth: int = 0, source_ok: bool = False) -> Iterator[Item]:
        """Participants hanging off an object noun: 'a delegation to Havana', 'the release of a ship'."""
        for c in noun.children:
            by_agent = c.dep_ == "prep" and c.lower_ == "by" and noun.lemma_.lower() in self.lex.relation_nouns
            if c.dep_ == "prep" and (c.lower_ in CORE_PREPS or c.lower_ in PLACE_PREPS or by_agent):
                if (depth and c.lower_ == "of") or (c.lower_ == "from" and not source_ok):
                    # 'the results of the trip of the delegation' is too far from the verb, and 'detained a
                    # ship from Cuba' names where the ship came from, not whom the verb acts on
                    continue
                for p in c.children:
                    if p.dep_ != "pobj":
                        continue
                    ents = self.den_all(p)
                    if ents:
                        yield ents, c.lower_, noun
                    elif depth < 1 and p.pos_ in NOUN_POS:
                        yield from self._noun_items(p, depth + 1, source_ok)
            elif (c.dep_ in ("poss", "compound", "amod") and noun.lemma_.lower() in self.lex.relation_nouns) or (
                c.dep_ == "poss" and ((noun.dep_ == "dobj" and depth == 0) or (noun.dep_ == "pobj" and depth == 1))
            ):
                ents = self.den_all(c)  # 'confirmed Ri's defection', 'to evade UN sanctions'
                if ents:
                    yield ents, None, noun
            elif c.dep_ == "acl" and self.passive(c) and noun.lemma_.lower() in self.lex.relation_nouns:
                ents = self.actor(c)  # 'denounced the embargo imposed by Washington'
                if ents:
                    yield ents, None, noun

    def patients(self, v: Token) -> Iterator[Item]:
        """What an active verb acts on: objects, datives and prepositional complements."""
        source_ok = v.lemma_.lower() in self.lex.receiving_verbs  # 'received a commendation from X'
        for c in v.children:
            if c.dep_ == "dative" and c.pos_ == "ADP":
                for p in c.children:  # 'sent greetings to Kim', parsed as a dative
                    if p.dep_ == "pobj" and self.den_all(p):
                        yield self.den_all(p), c.lower_, None
            elif c.dep_ in ("dobj", "dative", "oprd"):
                ents = self.den_all(c)
                if ents:
                    yield ents, None, None
                if self.tok_ent[c.i] < 0 and nominal(c):  # also 'ship crude to Cuba' with 'crude' tagged ADJ
                    yield from self._noun_items(c, source_ok=source_ok)
            elif c.dep_ == "prep" and c.lower_ != "between" and (c.lower_ in CORE_PREPS or c.lower_ in PLACE_PREPS):
                for p in c.children:
                    if p.dep_ != "pobj":
                        continue
                    ents = self.den_all(p)
                    if ents:
                        yield ents, c.lower_, None
                    if self.tok_ent[p.i] < 0 and p.pos_ in NOUN_POS:
                        yield from ((e, c.lower_, n) for e, _, n in self._noun_items(p))

    def object_noun(self, v: Token) -> Token | None:
        for c in v.children:
            if c.dep_ in ("dobj", "attr") and self.tok_ent[c.i] < 0 and nominal(c):
                return c
        for c in v.children:  # 'provided Caracas with loans and weapons'
            if c.dep_ == "prep" and c.lower_ == "with":
                for p in c.children:
                    if p.dep_ == "pobj" and self.lex.object_overrides.get(p.lemma_.lower()) is Family.TRADE:
                        return p
        return None

    def noun_family(self, noun: Token | None) -> Family | None:
        """A relation noun's family, looking through 'the anniversary of ties' to 'ties'."""
        if noun is None:
            return None
        fam = self.lex.relation_nouns.get(noun.lemma_.lower()) or self.lex.relation_nouns.get(noun.lower_)
        if fam:
            return self.trade_override(noun, fam)
        for c in noun.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                for p in c.children:
                    if p.dep_ == "pobj" and self.tok_ent[p.i] < 0:
                        inner = self.lex.relation_nouns.get(p.lemma_.lower())
                        if inner:
                            return self.trade_override(p, inner)
        return None

    def trade_override(self, noun: Token, fam: Family) -> Family:
        """'an arms-for-sugar deal' is trade, not an agreement."""
        if fam in (Family.AGREEMENT, Family.DIPLOMACY):
            for t in noun.subtree:
                if t.i < noun.i and self.lex.object_overrides.get(t.lemma_.lower()) is Family.TRADE:
                    return Family.TRADE
        return fam

    def verb_family(self, v: Token, noun: Token | None, prep: str | None, targets: frozenset[int]) -> Family | None:
        lemma = v.lemma_.lower()
        lex = self.lex
        phrasal = lex.phrasal_verbs.get(f"{lemma} {prep}") if prep else None
        if phrasal is not None and (noun is None or noun.dep_ == "pobj"):
            return phrasal  # 'wrote to Kim', 'called on the EU', 'stood beside Putin'
        if prep in ("beside", "alongside"):
            return None  # 'fought alongside X' is not a fight with X
        if (
            lemma in ("call", "phone", "ring")
            and prep is None
            and noun is None
            and targets
            and all(self.kind(e) is not Kind.PARTY for e in targets)
            and not any(c.dep_ in ("oprd", "xcomp", "ccomp") for c in v.children)
        ):
            return Family.DIPLOMACY  # 'Pompeo called Lavrov', not 'called Rubio a mercenary'
        if lemma in ("recognize", "recognise") and targets and all(self.kind(e) is Kind.OFFICIAL for e in targets):
            return Family.ALLIANCE  # recognising a claimant as president backs him; recognising a state is diplomacy
        if lemma in lex.reporting_verbs and lemma not in lex.light_verbs:
            if (
                lemma in lex.addressee_verbs
                and prep in (None, "to")
                and noun is None
                and any(self.kind(e) is Kind.PARTY for e in targets)
            ):
                return Family.REPORTING
            return None
        own = lex.verbs.get(lemma)
        vague = lemma in lex.ambivalent_verbs or own is None
        nlemma = noun.lemma_.lower() if noun is not None else None
        override = lex.object_overrides.get(nlemma) if nlemma else None
        # 'handed the title to', but 'praised Russia's role in Syria' is praise, not membership
        if (
            override
            and (vague or lemma in lex.light_verbs or own in (Family.DIPLOMACY, Family.TRADE))
            and not (override is Family.MEMBERSHIP and own in (Family.ALLIANCE, Family.HOSTILITY))
        ):
            return override
        positive = (Family.DIPLOMACY, Family.ALLIANCE, Family.AGREEMENT)
        if own in positive and not vague and any(c.dep_ == "neg" for c in v.children):
            return Family.HOSTILITY  # 'would never negotiate with the United States'
        if lemma in lex.light_verbs or vague or lemma in lex.negating_verbs:
            fam = self.noun_family(noun)
            if (
                fam
                and lemma in lex.negating_verbs
                and fam in (Family.DIPLOMACY, Family.ALLIANCE, Family.AGREEMENT, Family.TRADE)
            ):
                return Family.HOSTILITY
            if fam:
                return fam
        if (
            lemma in lex.motion_verbs
            and prep in ("to", "in", "at", "into")
            and targets
            and all(self.kind(e) is Kind.STATE for e in targets)
        ):
            return Family.DIPLOMACY
        if vague:
            return None
        if own is Family.LEADERSHIP and prep not in (None, "over", "of"):
            # 'leading to calls' is cause, not command; 'led negotiations with Pompeo' is the negotiations' tie
            return self.noun_family(noun) if noun is not None and noun.dep_ == "dobj" else None
        if prep in PLACE_PREPS and own not in (Family.MEMBERSHIP, Family.DIPLOMACY, Family.ENFORCEMENT):
            return None
        return own
