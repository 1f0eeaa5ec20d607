"""spaCy's ``attribute_ruler`` (tag map, morph rules: POS, MORPH, some lemmas) without its ``Matcher``, and its rule
``lemmatizer`` column by column (``FastLemmas``): the same annotation, token for token, for about a tenth of the time.

The model's ruler holds some 180 patterns of one or two tokens over TAG, LOWER, DEP and IS_SPACE, and spaCy runs
them all through a general ``Matcher`` at every token: some 15% of the whole parse. Here the same patterns are
compiled into tests on the token's hashes, and what the one-token patterns make of a token is computed once per
distinct (TAG, LOWER, DEP, IS_SPACE) and kept. The result is the ruler's own, token for token: every match is found
on the tokens as they were before any is applied, and the rules apply in their order, a later one overriding an
earlier one (spaCy sorts the matches by rule). A ruler with a pattern this does not read (another attribute or
operator, or longer than two tokens) is left in place as it is (``compile_ruler`` returns None).
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable

import numpy
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.errors import Errors
from spacy.lookups import Lookups
from spacy.pipeline import Lemmatizer
from spacy.strings import get_string_id
from spacy.tokens import Doc

_READ = {"TAG": 0, "LOWER": 1, "DEP": 2, "IS_SPACE": 3}  # columns of the table read from each document
_WRITTEN = (POS, TAG, MORPH, LEMMA)  # written back as columns; DEP (set on a few space tokens) token by token
Test = Callable[[tuple[int, int, int, int], Callable[[int], str]], bool]


def _value(key: str, value: object) -> int:
    if key == "IS_SPACE":
        if not isinstance(value, bool):
            raise ValueError(value)
        return int(value)
    if not isinstance(value, str):
        raise ValueError(value)
    return get_string_id(value)


def _tags(spec: dict) -> frozenset[int] | None:
    """The TAG hashes a token's pattern requires (one of them), or None when it takes any tag."""
    value = spec.get("TAG")
    if isinstance(value, str):
        return frozenset({_value("TAG", value)})
    if isinstance(value, dict) and isinstance(value.get("IN"), list):
        return frozenset(_value("TAG", v) for v in value["IN"])
    return None


def _test(spec: dict) -> Test:
    """One token's pattern as a test on its (TAG, LOWER, DEP, IS_SPACE) hashes."""
    checks: list[tuple[int, str, object]] = []
    for key, value in spec.items():
        if key not in _READ:
            raise ValueError(key)
        col = _READ[key]
        if isinstance(value, dict):
            for op, values in value.items():
                if op == "REGEX" and isinstance(values, str) and key != "IS_SPACE":
                    checks.append((col, op, re.compile(values)))  # as spaCy's matcher: a search in the string
                    continue
                if op not in ("IN", "NOT_IN") or not isinstance(values, list):
                    raise ValueError(op)
                checks.append((col, op, frozenset(_value(key, v) for v in values)))
        else:
            checks.append((col, "==", _value(key, value)))

    def test(row: tuple[int, int, int, int], string: Callable[[int], str]) -> bool:
        for col, op, value in checks:
            got = row[col]
            if op == "REGEX":
                if not value.search(string(got)):  # type: ignore[union-attr]
                    return False
            elif op == "==":
                if got != value:
                    return False
            elif op == "IN":
                if got not in value:  # type: ignore[operator]
                    return False
            elif got in value:  # type: ignore[operator]
                return False
        return True

    return test


class FastRuler:
    """The rules of one ``AttributeRuler``, compiled (``compile_ruler``); call it on a tagged and parsed ``Doc``."""

    def __init__(self, ruler) -> None:
        self.single: list[tuple[int, Test, dict[int, int]]] = []  # (rule, test, attrs) of the one-token patterns
        self.pairs: list[tuple[int, Test, Test, int, dict[int, int]]] = []  # (rule, first, second, index, attrs)
        self._specs: dict[int, dict] = {}
        for rule, (attrs, index) in enumerate(zip(ruler.attrs, ruler.indices, strict=True)):
            if set(attrs) - {POS, TAG, MORPH, LEMMA, DEP} or any(not isinstance(v, int) for v in attrs.values()):
                raise ValueError(attrs)
            entry = ruler.matcher.get(str(rule))
            if entry is None:
                raise ValueError(rule)
            for pattern in entry[1]:
                if len(pattern) == 1 and index in (0, -1):
                    self.single.append((rule, _test(pattern[0]), dict(attrs)))
                    self._specs[id(self.single[-1])] = pattern[0]
                elif len(pattern) == 2 and index in (0, 1, -1, -2):
                    self.pairs.append((rule, _test(pattern[0]), _test(pattern[1]), index % 2, dict(attrs)))
                else:
                    raise ValueError(pattern)
        self._cache: dict[tuple[int, int, int, int], tuple] = {}
        # the one-token patterns by the tag they require (most require one), each list in the rules' order; the
        # test of each still checks the tag
        self._any_tag = [p for p in self.single if _tags(self._specs[id(p)]) is None]
        self._by_tag: dict[int, list] = {}
        for p in self.single:
            for tag in _tags(self._specs[id(p)]) or ():
                self._by_tag.setdefault(tag, []).append(p)

    def _one(self, row: tuple[int, int, int, int], string: Callable[[int], str]) -> tuple:
        """(rules of the one-token patterns that match, first-token pair patterns, second-token pair patterns,
        what the one-token patterns set)."""
        candidates = self._any_tag + self._by_tag.get(row[0], [])
        hits = tuple(sorted({rule: attrs for rule, test, attrs in candidates if test(row, string)}.items()))
        firsts = frozenset(i for i, p in enumerate(self.pairs) if p[1](row, string))
        seconds = frozenset(i for i, p in enumerate(self.pairs) if p[2](row, string))
        done = {}
        for _, attrs in hits:
            done.update(attrs)
        found = (hits, firsts, seconds, done)
        if len(self._cache) > 200_000:
            self._cache.clear()
        self._cache[row] = found
        return found

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        if not n:
            return doc
        rows = list(map(tuple, doc.to_array([TAG, LOWER, DEP, IS_SPACE]).tolist()))
        cache, one, string = self._cache, self._one, doc.vocab.strings.__getitem__
        found = [cache.get(row) or one(row, string) for row in rows]
        extra: dict[int, list[tuple[int, dict[int, int]]]] = {}  # token -> (rule, attrs) of pair patterns
        if self.pairs:
            for i in range(n - 1):
                both = found[i][1] & found[i + 1][2]
                if both:
                    for p in both:
                        rule, _, _, index, attrs = self.pairs[p]
                        extra.setdefault(i + index, []).append((rule, attrs))
        columns = doc.to_array(list(_WRITTEN))
        out = columns.tolist()
        deps: dict[int, int] = {}
        for i in range(n):
            done = found[i][3]
            if i in extra:
                done = {}
                for _, attrs in sorted(list(found[i][0]) + extra[i], key=lambda hit: hit[0]):
                    done.update(attrs)
            if done:
                row = out[i]
                for attr, value in done.items():
                    if attr == POS:
                        row[0] = value
                    elif attr == TAG:
                        row[1] = value
                    elif attr == MORPH:
                        row[2] = value
                    elif attr == LEMMA:
                        row[3] = value
                    else:
                        deps[i] = value
        doc.from_array(list(_WRITTEN), numpy.asarray(out, dtype=numpy.uint64))
        for i, value in deps.items():
            doc[i].dep = value
        return doc


def compile_ruler(ruler) -> FastRuler | None:
    """``ruler`` compiled, or None when it holds a pattern ``FastRuler`` does not read."""
    try:
        return FastRuler(ruler)
    except ValueError:
        return None


class FastLemmas:
    """spaCy's rule lemmatizer (``Lemmatizer`` in "rule" mode, not overwriting) read column by column: a token
    without a lemma gets ``lemmatize(token)``, which depends on its text, POS and MORPH alone (spaCy caches it under
    the same key), so each distinct (ORTH, POS, MORPH) is lemmatized once per process and the column written back at
    once, instead of a new ``Token`` and a string look-up per token."""

    def __init__(self, lemmatizer) -> None:
        self.lemmatizer = _with_index_sets(lemmatizer)
        self._cache: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc: Doc) -> Doc:
        lem = self.lemmatizer
        if not lem._validated:
            lem._validate_tables(Errors.E1004)
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA]).tolist()
        cache, add = self._cache, doc.vocab.strings.add
        if len(cache) > 300_000:
            cache.clear()
        lemmas = []
        for i, (orth, pos, morph, lemma) in enumerate(rows):
            if lemma == 0:
                key = (orth, pos, morph)
                lemma = cache.get(key)
                if lemma is None:
                    lemma = cache[key] = add(lem.lemmatize(doc[i])[0])
            lemmas.append(lemma)
        doc.from_array([LEMMA], numpy.asarray(lemmas, dtype=numpy.uint64))
        return doc


def _with_index_sets(lemmatizer: Lemmatizer) -> Lemmatizer:
    """A copy of ``lemmatizer`` whose word index ("lemma_index": the known base forms of each part of speech) is
    a set per part of speech instead of a list: ``rule_lemmatize`` only asks whether a form is in it, and the
    English lists hold thousands of words, each asked of end to end (about a fifth of a millisecond per new word).
    The same answers; the model's own lemmatizer and tables are left as they are."""
    index = lemmatizer.lookups.get_table("lemma_index", None) if lemmatizer.lookups.has_table("lemma_index") else None
    if index is None or not all(isinstance(forms, list) for forms in index.values()):
        return lemmatizer
    lookups = Lookups()
    for name in lemmatizer.lookups.tables:
        if name != "lemma_index":
            lookups.set_table(name, lemmatizer.lookups.get_table(name))
    sets = lookups.add_table("lemma_index")
    for key, forms in index.items():
        sets[key] = frozenset(forms)
    fast = copy.copy(lemmatizer)
    fast.lookups, fast.cache = lookups, {}
    fast.lemmatize = getattr(fast, f"{fast.mode}_lemmatize")  # (the copied one is bound to the original)
    return fast


def compile_lemmatizer(lemmatizer) -> FastLemmas | None:
    """``lemmatizer`` read column by column, or None when it is not spaCy's rule lemmatizer as shipped."""
    if (
        not isinstance(lemmatizer, Lemmatizer)
        or type(lemmatizer).__call__ is not Lemmatizer.__call__
        or lemmatizer.mode != "rule"
        or lemmatizer.overwrite
        or type(lemmatizer).rule_lemmatize is not Lemmatizer.rule_lemmatize
    ):
        return None
    return FastLemmas(lemmatizer)
