"""Ties a title-case headline states, read word by word since the parser is weak on title case."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from core.extract.relations.big_lists import member_pairs
from core.extract.relations.families import Grammar
from core.extract.relations.syntax import Tie
from core.model import Family, Kind

_TITLE_STOPS = frozenset(
    {"despite", "in", "at", "for", "after", "over", "amid", "as", "on", "from", "of", "while", "before", "to", "with"}
    | {"against", "and", "but", "says", "said", "say", "report", "reports", "by", "during", "ahead", "following"}
)
_HEADLINE_GLUE = frozenset({"the", "'s", "\u2019s", ",", "and", "&"})


def looks_like_headline(toks: list[Token]) -> bool:
    """A title-case line without a full stop: most of its words capitalised."""
    words = [t for t in toks if t.is_alpha]
    if len(words) < 3 or toks[-1].text in (".", "?", "!"):
        return False
    caps = sum(1 for t in words if t.text[0].isupper())
    return caps >= 0.6 * len(words)


class Headlines(Grammar):
    """Rules for headlines: subject name, verb from the lexicon, object name."""

    def _headline(self, toks: list[Token]) -> Iterator[Tie]:
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
            for a, b in member_pairs(subjects):
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
            if word.startswith("welcome") and self.kind(target) is Kind.OFFICIAL:
                fam = Family.DIPLOMACY  # 'X Welcomes China's Foreign Minister Y to Canberra': a host and a visitor
            yield from self._pairs((subject,), (target,), word, fam)
