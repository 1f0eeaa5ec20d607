"""Titles the parse missed, read from the words between two neighbouring names: 'Iran's Foreign Minister, X'."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise

from spacy.tokens import Token

from core.extract.nlp import doc_column, doc_sents
from core.extract.relations.lexicon import Lexicon
from core.extract.relations.syntax import Tie
from core.model import Family, Kind

# Words that may stand inside a title beside its role noun: 'First Deputy Director General', 'Minister of
# Foreign Affairs', 'Acting Under Secretary'.
_TITLE_TEXT = (
    "foreign defense defence interior finance economy economic trade justice home prime vice acting senior first "
    "second deputy chief executive general affairs state special under assistant majority top former military "
    "security national supreme principal permanent of public relations naval fleet joint operations political "
    "managing then current longtime"
)
_TITLE_WORDS = frozenset(_TITLE_TEXT.split())
# Ranks and honorifics between a title and a name: 'spokesman Cmdr. X', 'Commodore X'.
_RANK_TEXT = (
    "cmdr cmdr. adm adm. gen gen. col col. capt capt. lt lt. maj maj. sgt sgt. brig brig. commodore major "
    "general rear admiral colonel captain lieutenant brigadier marshal mr mr. ms ms. mrs mrs. dr dr. sheikh "
    "sayyed sayyid seyed cdr cdr. lt.-gen. maj.-gen. senior"
)
_RANKS = frozenset(_RANK_TEXT.split())
_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
_PREPS = {"of": None, "for": None, "to": Family.DIPLOMACY, "at": Family.DIPLOMACY, "in": Family.DIPLOMACY}
_OWNER_WORDS = frozenset({"its", "their"})
_LONGEST_GAP = 10


_SETS: dict[int, tuple[Lexicon, frozenset[str], frozenset[str]]] = {}  # id(lexicon) -> its ``_word_sets``


def _word_sets(lex: Lexicon) -> tuple[frozenset[str], frozenset[str]]:
    """A person's title words and the nouns of a body or ship, made once per lexicon (not once per document)."""
    kept = _SETS.get(id(lex))
    if kept is None or kept[0] is not lex:
        roles = {w for w, f in lex.role_nouns.items() if f in (Family.LEADERSHIP, Family.MEMBERSHIP)}
        person_roles = frozenset(roles - set(lex.body_roles) - set(lex.vessel_nouns))
        # nouns for a body or a ship that a state's adjective before them makes that state's
        bodies = frozenset(
            {w for w in lex.body_roles if lex.role_nouns.get(w) is Family.MEMBERSHIP}
            | set(lex.vessel_nouns)
            | {"group", "mission", "company", "firm", "militia", "refinery", "operator", "force", "forces"}
        )
        kept = _SETS[id(lex)] = (lex, person_roles, bodies)
    return kept[1], kept[2]


class SurfaceTitles:
    """Title ties between two names next to each other in one segment, for pairs the parse left untyped."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        self.person_roles, self.bodies = _word_sets(lex)

    def _is_role(self, t: Token) -> bool:
        return t.lower_ in self.person_roles or t.lemma_.lower() in self.person_roles

    def _deputy_of_role(self, t: Token) -> bool:
        """Whether the deputy word ``t`` qualifies the role noun right after it (a hyphen between)."""
        doc, j = t.doc, t.i + 1
        if j < len(doc) and doc[j].text == "-":
            j += 1
        return j < len(doc) and self._is_role(doc[j]) and doc[j].lower_ not in _RANKS  # not 'Vice Admiral'

    def _title_family(self, words: list[Token]) -> tuple[str, Family] | None:
        """The title's role and family when ``words`` are only title words and hold a role noun."""
        role: Token | None = None
        deputy = prime = False
        for t in words:
            low = t.lower_
            if low in self.lex.deputy_words and self._deputy_of_role(t):
                deputy = True  # 'Vice President', 'Vice-President' (not 'Vice Admiral', a rank)
            elif self._is_role(t):
                if not (role is not None and low == "general"):  # 'Director General' is a director
                    role = t
                before = t.doc[t.i - 1].lower_ if t.i > 0 else ""
                # a prime minister and a chief executive head what they serve
                prime = prime or (low, before) in (("minister", "prime"), ("executive", "chief"))
            elif low in self.lex.deputy_words or low in ("deputy", "vice", "under", "assistant"):
                deputy = True
            elif low not in _TITLE_WORDS and low not in _RANKS and low not in (".", "-"):  # 'vice-minister'
                return None
        if role is None:
            return None
        lemma = role.lemma_.lower() if role.lemma_.lower() in self.person_roles else role.lower_
        fam = self.lex.role_nouns[lemma]
        if prime:
            fam = Family.LEADERSHIP
        elif deputy and fam is Family.LEADERSHIP:
            fam = Family.MEMBERSHIP
        return lemma, fam

    def ties(self, toks: list[Token], tok_ent: list[int], kind) -> Iterator[Tie]:
        """Ties read from neighbouring names of one segment: 'X's title P', 'P, title of X', 'title of X P',
        'its title P'."""
        runs: list[tuple[int, int, int]] = []  # (entity, first token, last token)
        for t in toks:
            ei = tok_ent[t.i]
            if ei < 0:
                continue
            last = runs[-1][2] if runs else -1  # (the next word of a name: no span between to read)
            if runs and runs[-1][0] == ei and (t.i == last + 1 or all(x.text in "()" for x in t.doc[last + 1 : t.i])):
                # 'the Board (PPA)': a name and its acronym are one run
                runs[-1] = (ei, runs[-1][1], t.i)
            else:
                runs.append((ei, t.i, t.i))
        if not runs:
            return
        doc = toks[0].doc
        self._tok_ent = tok_ent
        for (a, as_, ae), (b, bs, be) in pairwise(runs):
            if a == b or bs - ae - 1 > _LONGEST_GAP:  # (the gap's tokens are made only when it is short)
                continue
            gap = [doc[i] for i in range(ae + 1, bs)]
            if any(t.is_sent_start for t in gap):
                continue
            ka, kb = kind(a), kind(b)
            if kb is Kind.OFFICIAL and ka in (Kind.STATE, Kind.PARTY):
                yield from self._before(a, b, gap, doc[as_])
            if ka is Kind.OFFICIAL and kb in (Kind.STATE, Kind.PARTY):
                yield from self._after(a, b, gap, doc[bs : be + 1], doc[as_])
            if ka is Kind.STATE and kb in (Kind.PARTY, Kind.VESSEL):
                yield from self._described(a, b, gap)
        for (a, as_, ae), (b, bs, be), (c, cs, ce) in zip(runs, runs[1:], runs[2:], strict=False):
            # 'X, the CEO of Russian oil giant Y', 'X, a spokesperson for China's Coast Guard': a state's word
            # describing the body does not stop the title reaching it
            if kind(a) is not Kind.OFFICIAL or kind(b) is not Kind.STATE or kind(c) is not Kind.PARTY:
                continue
            inner = [doc[i] for i in range(be + 1, cs)]
            if len(inner) > 3 or any(t.text[:1].isupper() or t.is_sent_start for t in inner):
                continue
            if not all(t.lower_ in _POSSESSIVE or (t.is_alpha and t.pos_ in ("NOUN", "ADJ")) for t in inner):
                continue
            gap = [doc[i] for i in range(ae + 1, bs)]
            if len(gap) <= _LONGEST_GAP and not any(t.is_sent_start for t in gap):
                yield from self._after(a, c, gap, doc[cs : ce + 1], doc[as_])
        for ei, s, _ in runs:
            if kind(ei) is not Kind.STATE:  # 'its CEO X', 'its proxy X', 'its ships, including X'
                yield from self._owned(ei, s, runs, doc, kind)

    def _before(self, x: int, person: int, gap: list[Token], first: Token) -> Iterator[Tie]:
        """'Iran's Foreign Minister, X', '5th Fleet spokesman Cmdr. X', 'Director of the Board (PPA) X'."""
        words = _strip(gap)
        owned = bool(words) and words[0].lower_ in _POSSESSIVE
        if owned:
            words = words[1:]
        elif words and any(t.text == "," for t in gap) and not _linked(first, gap[-1].doc[gap[-1].i + 1]):
            return  # '... cut ties with Iran, Prime Minister X said': the state belongs to another clause
        if not words:
            # 'Deputy Director General of the Board (PPA) X': the title stands before the body
            yield from self._title_of(x, person, gap, first)
            return
        found = self._title_family(words) or self._unit_title(words)
        if found:
            lemma, fam = found
            yield person, x, f"{lemma} of", fam

    def _unit_title(self, words: list[Token]) -> tuple[str, Family] | None:
        """'X's ship operations and campaign director, P', 'X's country director, P': a role noun after plain
        lower-case nouns naming its unit or brief; the holder serves X (heads only the unit)."""
        if len(words) < 2 or len(words) > 6 or not self._is_role(words[-1]) or not words[-1].is_lower:
            return None
        if not all(t.lower_ in ("and", ",") or (t.is_alpha and t.is_lower and t.pos_ == "NOUN") for t in words[:-1]):
            return None
        role = words[-1]
        lemma = role.lemma_.lower() if role.lemma_.lower() in self.person_roles else role.lower_
        return lemma, Family.MEMBERSHIP

    def _title_of(self, x: int, person: int, gap: list[Token], first: Token) -> Iterator[Tie]:
        parenthesis = gap and gap[0].text == "(" and gap[-1].text == ")" and len(gap) <= 4
        if gap and not parenthesis and not all(t.text in "()," for t in gap):
            return
        doc, i = first.doc, first.i - 1
        if i >= 0 and doc[i].lower_ == "the":
            i -= 1
        if i < 1 or doc[i].lower_ != "of":
            return
        words: list[Token] = []
        i -= 1
        while i >= 0 and first.i - i <= 8 and self._tok_ent[i] < 0:
            t = doc[i]
            # 'a Vice-President of X, P': the hyphen after a deputy word stays in the title
            hyphen = t.text == "-" and i > 0 and doc[i - 1].lower_ in self.lex.deputy_words
            if not (self._is_role(t) or t.lower_ in _TITLE_WORDS or t.lower_ in _RANKS or hyphen):
                break
            words.append(t)
            if t.is_sent_start:
                break
            i -= 1
        found = self._title_family(list(reversed(words)))
        if found:
            lemma, fam = found
            yield person, x, f"{lemma} of", fam

    def _after(self, person: int, x: int, gap: list[Token], target: list[Token], first: Token) -> Iterator[Tie]:
        """'X, the CEO of Y', 'X (2nd R), Defense Minister of Russia', 'X, a spokesperson for Y'. A plural title
        after one name is not his ('besides X, the attorney generals of Y and Z signed'); after a list it is each
        one's ('A and B, the ministers of Y')."""
        root = next((t for t in target if not (target[0].i <= t.head.i <= target[-1].i)), target[-1])
        if root.dep_ in ("amod", "compound", "poss") and root.head.i > target[-1].i:
            return  # 'the CEO of Russian oil giant Y': 'Russian' describes the giant
        words = list(gap)
        if words and words[0].text == "(":
            close = next((k for k, t in enumerate(words) if t.text == ")"), None)
            if close is None or close > 5:
                return
            words = words[close + 1 :]
        if not words or words[0].text != ",":
            return
        words = words[1:]
        if words and words[-1].lower_ == "the":
            words = words[:-1]
        if not words or words[-1].lower_ not in _PREPS:
            return
        prep = words[-1].lower_
        words = words[:-1]
        single = bool(words) and words[0].lower_ in ("a", "an")  # 'X, a prominent Syrian businessmen': a typo
        if words and words[0].lower_ in ("the", "a", "an"):
            words = words[1:]
        words = _portfolio_cut(words)
        found = self._title_family(words)
        if not found:
            return
        plural = any(t.tag_ in ("NNS", "NNPS") and self._is_role(t) for t in words)
        if plural and not single and not _listed(first, self._tok_ent):
            return
        lemma, fam = found
        if _PREPS[prep] is not None:
            if lemma not in self.lex.diplomatic_roles:
                return
            fam = Family.DIPLOMACY
        yield person, x, f"{lemma} {prep}", fam

    def _described(self, state: int, body: int, gap: list[Token]) -> Iterator[Tie]:
        """'the Russian paramilitary group X', 'a Russian shipping company called X': a body or a ship described
        by its state's adjective right before its name."""
        words = list(gap)
        if words and words[0].lower_ in _POSSESSIVE:
            words = words[1:]  # "Ukraine's defence intelligence agency, known as X"
        if [t.lower_ for t in words[-3:]] == [",", "known", "as"]:
            words = words[:-3]
        elif words and words[-1].lower_ in ("called", "named"):
            words = words[:-1]
        if not words or len(words) > 4 or any(t.text[:1].isupper() or not t.is_alpha for t in words):
            return
        noun = words[-1].lemma_.lower()
        if noun not in self.bodies:
            return
        yield body, state, f"{noun} of", Family.MEMBERSHIP

    def _owned(self, person: int, start: int, runs, doc, kind) -> Iterator[Tie]:
        """'Ridotto LLC and its majority shareholder X': 'its' is the body named last before it."""
        lower, starts = doc_column(doc, "lower_"), doc_column(doc, "is_sent_start")  # (no token made per word read)
        i = start - 1
        while i >= 0 and start - i <= 6 and not starts[i + 1]:
            if lower[i] in _OWNER_WORDS:
                break
            i -= 1
        else:
            return
        if i < 0 or lower[i] not in _OWNER_WORDS or i == start - 1:
            return
        words = [doc[k] for k in range(start - 1, i, -1)]
        if kind(person) is Kind.VESSEL:
            found = self._fleet(list(reversed(words)))
        else:
            found = self._title_family([t for t in reversed(words) if t.lower_ not in _RANKS or self._is_role(t)])
        if not found:
            return
        lemma, fam = found
        sents = doc_sents(doc)
        before = [ei for ei, s, _ in runs if s < i and ei != person and sents[s].start == sents[i].start]
        bodies = [ei for ei in before if kind(ei) is Kind.PARTY]
        owner = bodies[-1] if bodies else next((ei for ei in reversed(before) if kind(ei) is Kind.STATE), None)
        if owner is not None:
            yield person, owner, f"{lemma} of", fam

    def _fleet(self, words: list[Token]) -> tuple[str, Family] | None:
        """'its ships, including X', 'its marine surveillance ships — the X': a ship of the owner of 'its'."""
        ships = (j for j, t in enumerate(words) if t.lemma_.lower() in self.lex.vessel_nouns and t.tag_ == "NNS")
        k = next(ships, None)
        if k is None or any(not t.is_alpha or t.text[:1].isupper() for t in words[:k]):
            return None
        rest = [t.lower_ for t in words[k + 1 :]]
        if rest and rest[-1] == "the" and len(rest) > 1 and rest[-2] != "—":
            rest = rest[:-1]
        if rest in ([",", "including"], ["including"], ["such", "as"], ["—", "the"], ["-", "the"], [",", "the"]):
            return words[k].lemma_.lower(), Family.MEMBERSHIP
        return None


def _portfolio_cut(words: list[Token]) -> list[Token]:
    """'vice-minister of mines and hydrocarbons (for Y)': the title without its portfolio of plain lower-case nouns
    (a portfolio of title words, 'Minister of Foreign Affairs', is read as it stands)."""
    of = next((k for k, t in enumerate(words) if t.lower_ == "of"), None)
    if not of or of == len(words) - 1:
        return words
    rest = words[of + 1 :]
    if all(t.lower_ in ("and", ",") or (t.is_alpha and t.is_lower and t.pos_ in ("NOUN", "ADJ")) for t in rest):
        return words[:of]
    return words


def _linked(a: Token, b: Token) -> bool:
    """Whether one token governs the other in the parse (either way)."""
    return a in b.ancestors or b in a.ancestors


def _strip(gap: list[Token]) -> list[Token]:
    """The gap's words without commas and a parenthesis ('(Eesti 200)', '(PPA)')."""
    out, depth = [], 0
    for t in gap:
        if t.text == "(":
            depth += 1
        elif t.text == ")":
            depth = max(depth - 1, 0)
        elif depth == 0 and t.text not in (",", "the"):
            out.append(t)
    return out


def _listed(first: Token, tok_ent: list[int]) -> bool:
    """Whether the name starting at ``first`` closes a list: 'A and B', or 'A, B' with a name before the comma (not
    'the chief prosecutor, B')."""
    i, doc = first.i, first.doc
    if i < 1:
        return False
    prev = doc[i - 1].lower_
    return prev in ("and", "&", "or") or (prev == "," and i > 1 and tok_ent[i - 2] >= 0)
