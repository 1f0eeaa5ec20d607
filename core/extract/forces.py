"""Armed forces, units, police, customs and port bodies, which news names in shapes the model does not label.

"the 5th Fleet", "45 Commando", "the 82nd Airborne Division": a number before a unit word. "the Chinese coast guard",
"the Dutch police", "the Bandar Abbas port authority": a state (or port) word before a lower-case force or authority
word; it is one body with "China Coast Guard" or "China's Coast Guard" in the same article. "the Navy" or "the Guard"
after "the US Navy" or "the Revolutionary Guard" is the short form of that body. "the Iranian presidential office",
"Niger's presidential guard": a head of state's own office after its state's word, under the name the gold gives it
("Office of the President of Iran").
"""

from __future__ import annotations

import calendar
import re
from functools import cache

from spacy.tokens import Doc

from core.extract.coref import Cluster, Mention
from core.extract.kb import fold, knowledge, lexicon_set, lookup
from core.extract.nlp import doc_column
from core.model import Kind

_MONTHS = frozenset(calendar.month_name[1:]) | frozenset(calendar.month_abbr[1:])
_ORDINAL = re.compile(r"\d{1,3}(?:st|nd|rd|th)?$", re.I)
# ordinal words of units and fleets ("the Fifth Fleet"), in order: short_forms.py reads "fifth" as "5th"
ORDINAL_WORDS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                 "eleventh", "twelfth")
_ORDINAL_WORDS = frozenset(ORDINAL_WORDS)
_POSSESSIVE = {"'s", "\u2019s"}


@cache
def _state_offices() -> dict[str, str]:
    """ "presidential office" -> "Office of the President of {}": a head of state's own office, after its state."""
    return {k.casefold(): v for k, v in knowledge().lexicon["state_office_nouns"].items()}


@cache
def _force_phrases() -> tuple[frozenset[str], int, frozenset[str]]:
    phrases = lexicon_set("force_nouns", fold=True) | lexicon_set("legislature_nouns", fold=True)
    phrases |= frozenset(_state_offices())
    longest = max(len(p.replace("'s", " 's").split()) for p in phrases)  # "prime minister's office": four tokens
    return phrases, longest, frozenset(p.split()[0] for p in phrases)


def _force_at(doc: Doc, i: int) -> int | None:
    """End of a lower-case force phrase ("coast guard", "police", "port authority") starting at token ``i``."""
    phrases, longest, first = _force_phrases()
    if doc[i].lower_ not in first:
        return None
    for n in range(min(longest, len(doc) - i), 0, -1):
        words = doc[i : i + n]
        if all(t.is_lower for t in words) and words.text.casefold().replace("\u2019", "'") in phrases:
            return i + n
    return None


def numbered_units(doc: Doc) -> list[Mention]:
    """ "5th Fleet", "45 Commando", "1st Marine Division", "Fifth Fleet": a number and a capitalised unit name."""
    units = lexicon_set("unit_heads")
    out = []
    lowered = doc_column(doc, "lower_")
    for i, w in enumerate(doc_column(doc, "text")):
        if not ((w[:1].isdigit() and _ORDINAL.match(w)) or lowered[i] in _ORDINAL_WORDS):
            continue  # the cheap test first: neither a number nor an ordinal word
        tok = doc[i]
        if not (_ORDINAL.match(tok.text) or (tok.lower_ in _ORDINAL_WORDS and tok.is_title)):
            continue
        k = i + 1
        while k < len(doc) and k - i <= 4 and doc[k].is_title and doc[k].is_alpha:
            k += 1
        while k > i + 1 and doc[k - 1].text not in units:
            k -= 1  # "the 5th Fleet Commander": the unit ends at its unit word
        if k > i + 1 and doc[k - 1].text in units:
            if _men_counted(doc, i, k):
                out.append(Mention(i + 1, k, Kind.PARTY, None, 4, "org"))
                continue
            state = _state_before(doc, i)  # "the U.S. 7th Fleet": the state's name is part of the unit's
            out.append(Mention(i if state is None else state.start, k, Kind.PARTY, None, 4, "org", owner=state))
    return out + dotted_units(doc)


def _men_counted(doc: Doc, i: int, k: int) -> bool:
    """ "10 Marines", "200 Rangers": a bare number before a plural unit word counts men of the force; "45 Commando"
    (singular) and "3rd Marines" (an ordinal) name units."""
    return doc[i].text.isdigit() and k == i + 2 and doc[i + 1].tag_ in {"NNS", "NNPS"} and doc[i + 1].text.endswith("s")


def _state_before(doc: Doc, i: int) -> Mention | None:
    """The state's name or acronym written just before token ``i`` ("U.S.", "US", "Japan"), as a mention."""
    for n in (3, 2, 1):
        if i - n < 0 or not doc[i - n].text[:1].isupper():
            continue
        term = lookup(doc[i - n : i].text)
        if term is not None and term.kind is Kind.STATE and term.role in {"name", "acronym"}:
            return Mention(i - n, i, Kind.STATE, term.name, 3, term.role)
    return None


def national_forces(doc: Doc) -> list[Mention]:
    """ "the Chinese coast guard", "Dutch police", "the Bandar Abbas port authority": a lower-case force word after a
    state word (or, for port bodies, a place's name); the body, with the state as a mention inside it. A force counted
    anywhere in the text ("two Italian marines") is men there and wherever the same words come again."""
    ports = lexicon_set("port_body_nouns", fold=True)
    out = []
    counted: set[str] = set()
    first = _force_phrases()[2]
    for i, tok in ((i, doc[i]) for i, w in enumerate(doc_column(doc, "lower_")) if w in first):
        if not tok.is_lower:
            continue
        end = _force_at(doc, i)
        if end is None or _modifies_noun(doc, i, end) or _seat(doc, end):
            continue
        j = i
        if j > 1 and doc[j - 1].text in _POSSESSIVE:
            j -= 1  # "China's coast guard"
        state = None
        for n in (3, 2, 1):
            if j - n < 0:
                continue
            term = lookup(doc[j - n : j].text)
            if term is not None and term.kind is Kind.STATE and term.role in {"name", "demonym", "acronym"}:
                state = Mention(j - n, j, Kind.STATE, term.name, 3, term.role)
                break
        if state is not None and _counted(doc, state.start, end):
            counted.add(doc[state.start : end].text.casefold())
            continue  # "the two Italian marines": men counted, not the state's force
        if state is not None:
            crown = state.start > 0 and doc[state.start - 1].text in _CROWN  # "the Royal New Zealand air force"
            m = Mention(state.start - crown, end, Kind.PARTY, None, 4, "force", owner=state)
            office = _state_offices().get(doc[i:end].text.casefold().replace("\u2019", "'"))
            if office is not None:  # "the Iranian presidential office": the Office of the President of Iran
                m.name = office.format(state.key)
            out.append(m)
            continue
        if doc[i:end].text.casefold() in ports:
            # "the Bandar Abbas port authority": the town's name is the body's
            k = i
            while k > 0 and i - k < 3 and doc[k - 1].is_title and doc[k - 1].is_alpha and not doc[k - 1].is_sent_start:
                k -= 1
            if k < i:
                out.append(Mention(k, end, Kind.PARTY, None, 4, "force"))
    if counted:  # "two Italian marines ... the Italian marines enjoyed immunity": the same men again
        out = [m for m in out if doc[m.start : m.end].text.casefold() not in counted]
    return out


_SEAT_WORDS = frozenset({"at", "inside", "outside", "into", "near"})
# "in" makes a parliament a place after a seat or place word ("seats in", "a speech in") or a verb of violence or
# presence ("gunmen opened fire in", "a fire broke out in", "protesters clashed with police in"); elsewhere it acts
# ("lawmakers in the X parliament approved", "the bill stalled in the X parliament")
_PLACES_IN = frozenset(
    {"seat", "seats", "summit", "speech", "speeches", "building", "buildings", "ceremony", "address", "majority"}
)
_HAPPENING_IN = frozenset(
    {"open", "break", "explode", "storm", "shoot", "attack", "clash", "gather", "erupt", "detonate", "kill", "wound"}
)


def _seat(doc: Doc, end: int) -> bool:
    """ "a summit at the Danish parliament", "seats in the Belarusian parliament": a parliament as a place, no actor."""
    head = doc[end - 1]
    if head.lower_ not in _LEGISLATURES or head.dep_ != "pobj":
        return False
    prep = head.head
    if prep.lower_ in _SEAT_WORDS:
        return True
    return prep.lower_ == "in" and (prep.head.lower_ in _PLACES_IN or prep.head.lemma_.lower() in _HAPPENING_IN)


def _counted(doc: Doc, start: int, end: int) -> bool:
    """ "two Italian marines", "3 Chinese coast guards": a plural force word after a count names people."""
    if start == 0 or doc[end - 1].tag_ != "NNS":
        return False
    count = doc[start - 1]  # a count word or a small number ("In 2015 Ecuadorian police", a date: no count)
    before = doc[count.i - 1].text if count.i > 0 else ""
    # "2024-08-12 Italian police", "On June 3 Chinese coast guards": a date's day, no count
    dated = before in {"-", "/", "."} or before in _MONTHS or count.ent_type_ == "DATE"
    return count.like_num and (count.is_alpha or (count.is_digit and len(count) <= 3 and not dated))


_SPEAKS_FOR = frozenset(
    {"chief", "head", "spokesman", "spokeswoman", "spokesperson", "official", "officials", "source", "sources"}
)


def _modifies_noun(doc: Doc, start: int, end: int) -> bool:
    """ "US military experts", "Russian military-industrial": "military" is then an adjective, not the force; and
    "the X military" counts as a body where it acts, owns or is acted on ("the US military said", "according to the
    X military", "the X military's ...", "X's military", "fuel to the X military"), not as a passing description
    ("a branch of the X military", "engagement with the X military")."""
    if doc[start:end].text != "military":
        return False
    if end < len(doc):
        nxt = doc[end]
        if nxt.lower_ in _SPEAKS_FOR and not (end + 1 < len(doc) and doc[end + 1].lower_ == "of"):
            return False  # "Philippine military chief", "military officials" (not "chief of staff")
        if nxt.pos_ in {"NOUN", "PROPN", "ADJ"} or (nxt.text in {"-", "\u2010"} and not doc[end - 1].whitespace_):
            return True
        if nxt.text in _POSSESSIVE:
            return False
    if start > 0 and doc[start - 1].text in _POSSESSIVE:
        return False
    tok = doc[start]
    if tok.dep_ in {"nsubj", "nsubjpass"}:
        return False
    return not (tok.dep_ == "pobj" and tok.head.lower_ not in {"of", "with"})


def body_signature(name: str) -> tuple[str, str] | None:
    """ "China Coast Guard", "Chinese coast guard", "China's Coast Guard" -> ("China", "coast guard")."""
    words = name.replace("\u2019", "'").split()
    if len(words) > 2 and words[0] in _CROWN:
        words = words[1:]  # "Royal Thai Navy" is the "Thai navy"
    if (of := _of_state(words)) is not None:
        return of  # "Armed Forces of the Philippines" is the "Philippine armed forces"
    for n in (3, 2, 1):
        if len(words) <= n:
            continue
        head = " ".join(words[:n])
        owned = head.endswith("'s")
        term = lookup(head[:-2] if owned else head)
        if term is not None and term.kind is Kind.STATE and term.role != "block":
            rest = fold(" ".join(words[n:]))
            if rest in lexicon_set("force_nouns", fold=True) or rest in _generic_bodies() or rest in _LEGISLATURES:
                rest = rest.replace("defence", "defense")  # "PNG Defence Force" and "Papua New Guinea Defense Force"
                return term.name, _SAME_FORCE.get(rest, rest)
    return None


_CROWN = frozenset({"Royal", "Imperial"})


def _of_state(words: list[str]) -> tuple[str, str] | None:
    """ "Armed Forces of the Philippines", "Navy of Brazil" -> the state and its force word."""
    if "of" not in words:
        return None
    k = words.index("of")
    if k == 0 or not all(w[:1].isupper() for w in words[:k]):
        return None
    rest = words[k + 1 :]
    if rest[:1] == ["the"]:
        rest = rest[1:]
    if not rest or len(rest) > 3:
        return None
    term = lookup(" ".join(rest))
    force = fold(" ".join(words[:k]))
    if term is None or term.kind is not Kind.STATE or term.role not in {"name", "acronym"}:
        return None
    if force not in lexicon_set("force_nouns", fold=True) and force not in _LEGISLATURES:
        return None
    force = force.replace("defence", "defense")
    return term.name, _SAME_FORCE.get(force, force)


# news writes a state's land forces and its armed forces as one body ("the Sudanese Army" for its Armed Forces)
_SAME_FORCE = {"army": "armed forces", "military": "armed forces", "defense forces": "defense force"}
# a state's parliament under its formal name ("Grand National Assembly of Turkey") is its "parliament"
_LEGISLATURES = frozenset(
    {"parliament", "legislature", "national assembly", "grand national assembly", "national parliament"}
)
_SAME_FORCE.update((w, "parliament") for w in _LEGISLATURES)


@cache
def _generic_bodies() -> frozenset[str]:
    return frozenset(fold(b) for b in lexicon_set("generic_bodies"))


def join_short_forms(clusters: list[Cluster], text_of) -> list[Cluster]:
    """One body for one force in an article: "Chinese coast guard" with "China Coast Guard"; a one-word "Navy" or
    "Guard" with the one longer name it ends ("US Navy", "Revolutionary Guard"); "Guards" with "Coast Guards"."""
    by_signature: dict[tuple[str, str], Cluster] = {}
    kept: list[Cluster] = []
    for c in clusters:
        sig = None
        if c.kind is Kind.PARTY:
            sig = next((s for m in c.mentions if (s := body_signature(text_of(m))) is not None), None)
        if sig is not None and sig in by_signature:
            host = by_signature[sig]
            if host.name is None:
                best = max((host, c), key=lambda x: _capitalised(x, text_of))
                host.name = best.name or best.key  # the name as written with capitals, not "the Chinese coast guard"
            host.mentions.extend(c.mentions)
            continue
        if sig is not None:
            by_signature[sig] = c
        kept.append(c)
    out: list[Cluster] = []
    for c in kept:
        forms = {text_of(m) for m in c.mentions}
        if c.kind is Kind.PARTY and len(forms) == 1:
            (form,) = forms
            word = form.strip()
            if " " not in word and word.istitle() and not _state_named(c.key, word):
                hosts = [o for o in kept if o is not c and o.kind is Kind.PARTY and _ends_with(o, word, text_of)]
                if len(hosts) == 1:
                    hosts[0].mentions.extend(c.mentions)
                    continue
        out.append(c)
    return out


def _state_named(key: str | None, word: str) -> bool:
    """ "Danish Treasury" written "Treasury" (known._national_body): another state's own body, no short form of the
    U.S. one."""
    if not key or not key.endswith(" " + word):
        return False
    term = lookup(key[: -len(word) - 1])
    return term is not None and term.kind is Kind.STATE


def _capitalised(c: Cluster, text_of) -> int:
    return sum(1 for m in c.mentions for w in text_of(m).split() if w[:1].isupper())


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and len(word) > 3 else word


def _ends_with(c: Cluster, word: str, text_of) -> bool:
    """Does one of the body's names end in ``word`` ("Guards" ~ "Coast Guards", "Guard" ~ "Revolutionary Guards")?"""
    want = _singular(word.casefold())
    for m in c.mentions:
        words = text_of(m).split()
        if len(words) >= 2 and _singular(words[-1].casefold().rstrip("'\u2019")) == want:
            return True
    return False


_YEAR = re.compile(r"(?:19|20)\d\d")
_DOTTED = re.compile(r"\d{1,4}\.\d{1,2}")
_RANKS = frozenset({"commander", "commanders"})
_NUMBERED_HEADS = frozenset({"Group", "Force", "Unit"})


def dotted_units(doc: Doc) -> list[Mention]:
    """ "Joint Task Group 637.6": a task group's dotted number closes its capitalised name."""
    out = []
    for i, w in enumerate(doc_column(doc, "text")):
        if i < 2 or not w[:1].isdigit() or _DOTTED.fullmatch(w) is None or doc[i - 1].text not in _NUMBERED_HEADS:
            continue
        if doc[i - 2].text != "Task":
            continue  # 'Task Group 637.6', 'Task Force 151.2'; not 'Acme Group 2.5 billion', 'Acme Force 2.0'
        j = i - 1
        while j > 0 and i - j < 5 and doc[j - 1].is_title and doc[j - 1].is_alpha and lookup(doc[j - 1].text) is None:
            j -= 1
        if j < i - 1:
            out.append(Mention(past_rank(doc, j, i - 1), i + 1, Kind.PARTY, None, 4, "org"))
    return out


def past_rank(doc: Doc, j: int, i: int) -> int:
    """ "Commander Joint Task Group 637.6": the rank of the body's commander, written before it, is no part of it."""
    return j + 1 if j < i - 1 and doc[j].lower_ in _RANKS else j


def operations(doc: Doc) -> list[Mention]:
    """ "Operation Prosperity Guardian", "Operation Aspides": a named military operation is a party."""
    out = []
    for i, tok in ((i, doc[i]) for i, w in enumerate(doc_column(doc, "text")[:-1]) if w == "Operation"):
        if tok.text != "Operation" or not doc[i + 1].is_title:
            continue
        k = i + 1
        while k < len(doc) and k - i <= 3 and doc[k].is_title and doc[k].is_alpha:
            k += 1
        if k < len(doc) and _YEAR.fullmatch(doc[k].text):
            k += 1  # "Operation Tonga Assist 2022": the year closes the operation's name
        out.append(Mention(i, k, Kind.PARTY, None, 4, "org"))
    return out


def short_forms(doc: Doc, clusters: list[Cluster]) -> None:
    """ "Russian Foreign Ministry" is also how the article's "Foreign Ministry" is written: the body's name without
    the state word that opens it becomes a form of the body too (the state stays a mention of its own)."""
    for c in clusters:
        for m in list(c.mentions):
            owner = m.owner
            if owner is None or m.chars is not None or owner.start != m.start or owner.end >= m.end:
                continue
            start = owner.end + 1 if doc[owner.end].text in _POSSESSIVE else owner.end
            one = m.end - start == 1 and (doc[start].is_title or (m.role == "force" and doc[start].is_lower))
            if m.end - start >= 2 or one:  # "Russian Foreign Ministry" -> "Foreign Ministry"; "military" too
                c.mentions.append(Mention(start, m.end, Kind.PARTY, c.key, m.tier, "short"))
