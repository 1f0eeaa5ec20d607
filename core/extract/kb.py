"""General knowledge the entity rules look up: countries, capitals, demonyms, well-known bodies and outlets, word lists.

Everything is read once from ``core/extract/data/*.json`` (and pycountry's exact names) into plain dicts, so a
lookup during extraction is a dict access. Nothing here names a person, party or ship of any particular article.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

import pycountry

from core.model import Kind


@dataclass(frozen=True, slots=True)
class Term:
    """What a known surface form stands for; ``role`` tells how it names the thing (name, demonym, capital...)."""

    name: str
    kind: Kind
    role: str  # "name", "acronym", "demonym", "capital", "block"


# the days of the week, capitalised as a sentence writes them (one definition for every rule that reads them)
WEEKDAYS = frozenset({"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"})


def _data(name: str) -> dict:
    return json.loads(resources.files("core.extract").joinpath("data", name).read_text(encoding="utf-8"))


def _plural(demonym: str) -> str | None:
    """English plural of a demonym noun, where it has one ("Panamanians", "Iraqis"; not "Chinese" or "British")."""
    if demonym.endswith(("ese", "ish", "ch", "ss")) or demonym in {"Swiss", "Dutch", "French", "Irish"}:
        return None
    if demonym.endswith(("n", "i", "o", "k", "e", "h", "d", "c", "t", "z")):
        return demonym + "s"
    return None


def _quote_variants(s: str) -> set[str]:
    """A form as typed with a straight and with a typographic apostrophe."""
    return {s, s.replace("'", "\u2019"), s.replace("\u2019", "'")}


@dataclass(frozen=True, slots=True)
class Knowledge:
    terms: dict[str, Term]  # exact surface form -> what it stands for
    capitals: dict[str, str]  # capital -> country
    lexicon: dict
    acronyms: dict[str, str]  # acronym -> canonical body name


@cache
def knowledge() -> Knowledge:
    """All tables, built once per process."""
    terms: dict[str, Term] = {}
    capitals: dict[str, str] = {}
    acronyms: dict[str, str] = {}

    def add(form: str, term: Term) -> None:
        for f in _quote_variants(form):
            terms.setdefault(f, term)

    by_code: dict[str, str] = {}
    for row in _data("countries.json")["countries"]:
        name = row["name"]
        by_code[row["code"]] = name
        add(name, Term(name, Kind.STATE, "name"))
        for alias in row["aliases"]:
            add(alias, Term(name, Kind.STATE, "acronym" if alias.replace(".", "").isupper() else "name"))
        for dem in row["demonyms"]:
            add(dem, Term(name, Kind.STATE, "demonym"))
            plural = _plural(dem)
            if plural:
                add(plural, Term(name, Kind.STATE, "demonym"))
        for cap in row["capitals"]:
            add(cap, Term(name, Kind.STATE, "capital"))
            capitals[cap] = name
    # pycountry's exact names (never its fuzzy search) fill in forms the table does not spell out
    for country in pycountry.countries:
        name = by_code.get(country.alpha_2)
        if name is None:
            continue
        for attr in ("name", "official_name", "common_name"):
            form = getattr(country, attr, None)
            if form and "," not in form and "(" not in form:
                add(form, Term(name, Kind.STATE, "name"))

    orgs = _data("organisations.json")
    for group in ("bodies", "outlets"):
        for row in orgs[group]:
            name = row["name"]
            add(name, Term(name, Kind.PARTY, "name"))
            for alias in row["aliases"]:
                add(alias, Term(name, Kind.PARTY, "name"))
            for acr in row["acronyms"]:
                add(acr, Term(name, Kind.PARTY, "acronym"))
                acronyms[acr.replace(".", "")] = name

    lexicon = _data("lexicon.json")
    for place in lexicon["blocked_places"]:
        terms[place] = Term(place, Kind.STATE, "block")
    return Knowledge(terms, capitals, lexicon, acronyms)


@cache
def lexicon_set(key: str, fold: bool = False) -> frozenset[str]:
    words = knowledge().lexicon[key]
    return frozenset(w.casefold() for w in words) if fold else frozenset(words)


@cache
def central_bank_names() -> dict[str, str]:
    """A state's central bank by its own name where it has one ("United Kingdom" -> "Bank of England")."""
    return {k: v for k, v in _data("organisations.json")["central_banks"].items() if not k.startswith("_")}


@cache
def bare_form_owners() -> dict[str, str]:
    """Each known body's plain-word name and the body's canonical name ("Security Service" -> "MI5")."""
    rows = _data("organisations.json")["bodies"]
    return {form: row["name"] for row in rows for form in row.get("bare_forms", ())}


@cache
def outlet_names() -> frozenset[str]:
    """Canonical names of the known news outlets."""
    return frozenset(row["name"] for row in _data("organisations.json")["outlets"])


@cache
def title_words() -> tuple[frozenset[str], int, frozenset[str]]:
    """Title phrases written before names (folded), the longest in words, and their first words."""
    titles = lexicon_set("titles", fold=True)
    return titles, max(len(t.split()) for t in titles), frozenset(t.split()[0] for t in titles)


@cache
def first_words() -> frozenset[str]:
    """First words of every known surface form: the cheap test before a longer lookup ("People" of "People's
    Republic of China" too, the tokenizer's first word)."""
    firsts = {form.split()[0] for form in knowledge().terms}
    # "Itar-tass": the tokenizer splits at the hyphen (a blocked place, "Indo-Pacific", is left to the model as before)
    terms = knowledge().terms
    hyphened = {w.split("-")[0] for f, t in terms.items() if "-" in (w := f.split()[0])[1:] and t.role != "block"}
    return frozenset(firsts | {w.split("'")[0] for w in firsts if "'" in w[1:]} | hyphened)


# ---- names: normalisation shared by in-document and cross-document matching ----

_HYPHENS = re.compile(r"[-\u2010-\u2015]")
_KOREAN_FOLDS = (
    ("kh", "k"),
    ("gh", "g"),
    ("ch", "j"),
    ("k", "g"),
    ("p", "b"),
    ("t", "d"),
    ("eo", "o"),
    ("oo", "u"),
    ("ae", "e"),
    ("yi", "i"),
    ("ee", "i"),
    ("rh", "r"),
    ("r", "l"),
)


@lru_cache(maxsize=1 << 16)  # the same names are folded again and again, within and across documents
def fold(text: str) -> str:
    """Case, accents, apostrophes, hyphens and "&" for "and" ignored: 'Nicolás' == 'nicolas', 'Jong-un' == 'jong un'."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.casefold().replace("\u2019", "'").replace("\u2018", "'").replace(" & ", " and ")  # "Customs & Border"
    text = _HYPHENS.sub(" ", text).replace(".", " ")
    return " ".join(text.split())


def romanisation_key(token: str) -> str:
    """One spelling for the romanisation variants of a Korean syllable run ('Kyu'/'Gyu', 'Chon'/'Jon')."""
    t = token
    for a, b in _KOREAN_FOLDS:
        t = t.replace(a, b)
    return t


# a quoted nickname inside a name ('Emilio ‘El Toro’ Varga'): no part of the name's key
_NICKNAME = re.compile(r"\s[\"\u201c\u2018'][^\"\u201c\u201d\u2018\u2019']+[\"\u201d\u2019']\s")


def name_tokens(name: str) -> list[str]:
    if " " in name and any(q in name for q in "\"\u201c\u2018'"):
        name = _NICKNAME.sub(" ", name)
    return fold(name).replace("'", "").replace(",", " ").split()


def acronym_of(name: str) -> str:
    """Initials of the capitalised words: "Workers' Party of Korea" -> "WPK"."""
    words = re.findall(r"[A-Za-z\u00C0-\u024F][\w\u00C0-\u024F]*", name)
    return "".join(w[0].upper() for w in words if w[0].isupper())


def is_korean_name(tokens: list[str] | tuple[str, ...]) -> bool:
    return bool(tokens) and tokens[0].capitalize() in korean_surnames()


@cache
def korean_surnames() -> frozenset[str]:
    return frozenset(knowledge().lexicon["korean_surnames"])


_PATRONYMIC = re.compile(r"\w+(?:ovich|evich|ovych|evych|ovna|evna|ichna|yevna)$")


def _drop_middles(tokens: list[str]) -> list[str]:
    """A Russian patronymic or a middle initial is left out as often as written: 'Sergei Viktorovich Lavrov' is
    'Sergei Lavrov', 'Bradley T. Smith' is 'Bradley Smith'."""
    if len(tokens) < 3:
        return tokens
    middle = [t for t in tokens[1:-1] if not (len(t) == 1 or _PATRONYMIC.fullmatch(t))]
    return [tokens[0], *middle, tokens[-1]]


def person_key(name_or_tokens: str | list[str]) -> tuple[str, ...]:
    """Folded name tokens; Korean names also with their romanisation variants folded ('Ri Il Kyu' == 'Ri Il-gyu');
    patronymics and middle initials left out."""
    tokens = name_tokens(name_or_tokens) if isinstance(name_or_tokens, str) else list(name_or_tokens)
    if not is_korean_name(tokens):
        tokens = _drop_middles(tokens)
    if is_korean_name(tokens):
        return tuple(romanisation_key(t) for t in tokens)
    return tuple(tokens)


def _close(a: str, b: str) -> bool:
    """Two spellings of one name part: equal, or (long enough) a small edit apart ('Moammar'/'Muammar')."""
    if a == b:
        return True
    if min(len(a), len(b)) < 4:
        return False
    from rapidfuzz.fuzz import ratio

    return ratio(a, b) >= 80


def same_person(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Full names (two or more parts, keys from ``person_key``) of one person.

    Equal part by part up to spelling, or one extends the other by trailing surnames ("Raul Castro Ruz"); the
    first part always agrees, so "Raúl Castro" and "Fidel Castro", or "Kim Jong-un" and "Kim Yong-nam", stay apart.
    """
    if len(a) < 2 or len(b) < 2:
        return False
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if not all(_close(x, y) for x, y in zip(short, long_, strict=False)):
        return False
    if len(short) == len(long_):
        return True
    # a Korean given name is two syllables: "Kim Jong" is not a shorter form of "Kim Jong Un"
    return not is_korean_name(short)


# a compass point written in two words: "South-East Asian Nations" / "South East Asian" are "Southeast Asian"
_COMPASS = re.compile(r"\b(North|South)[- ](East|West)\b")
# the two spellings of "Cooperation" and "Coordination" ("Cook Islands" is neither)
_CO_OPERATION = re.compile(r"\bCo-?o(?=p|r)")


@lru_cache(maxsize=1 << 16)  # the knowledge is fixed once loaded; the same words are asked for again and again
def lookup(text: str) -> Term | None:
    """The known term written as ``text``; line breaks and non-breaking spaces inside it count as spaces."""
    terms = knowledge().terms
    found = terms.get(text)
    if found is None and "\n" not in text:
        spaced = " ".join(text.split())
        if spaced != text:
            found = terms.get(spaced)
    if found is None and "\u2019" in text:
        found = terms.get(text.replace("\u2019", "'"))  # "People\u2019s Republic of China"
    if found is None and text[2:3] == "-" and text[:2] in {"Al", "al", "El", "el"}:
        found = terms.get(text[:2].title() + " " + text[3:])  # "Al-Jazeera" is "Al Jazeera"
    if found is None and ("South" in text or "North" in text) and len(text) > 11:
        joined = _COMPASS.sub(lambda m: m[1] + m[2].lower(), text)
        found = terms.get(joined) if joined != text else None
    if found is None and _CO_OPERATION.search(text):
        # "Cooperation" and "Co-operation", "Coordination" and "Co-ordination": one word in two spellings
        found = terms.get(_CO_OPERATION.sub(lambda m: "Coo" if m[0] == "Co-o" else "Co-o", text))
    return found


def is_state_word(text: str) -> bool:
    """``text`` is a known state's name or form ("France", "US", "French")."""
    term = lookup(text)
    return term is not None and term.kind is Kind.STATE
