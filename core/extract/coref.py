"""Mentions inside one document clustered into entities: people by name, bodies by name and acronym.

A surname, first name or partial name joins the full name mentioned most recently before it (else the first after
it), so two people who share a surname stay apart; a nickname ("known as X") joins its person; an acronym joins
the long form it is defined by or spells; "the Panel" joins the body with that head word named before it.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from spacy.tokens import Doc

from core.extract.central_banks import join_central_banks
from core.extract.furniture import in_headline
from core.extract.kb import (
    acronym_of,
    fold,
    is_korean_name,
    knowledge,
    lexicon_set,
    name_tokens,
    person_key,
    romanisation_key,
    same_person,
)
from core.extract.nlp import doc_column, doc_text
from core.model import Kind, Span

_NAME_ROLES = {"person", "person-part", "single", "maybe-surname"}


@dataclass(slots=True)
class Mention:
    """A candidate mention: token range, what it is, and the key it clusters under (None: decided later)."""

    start: int
    end: int
    kind: Kind
    key: str | None
    tier: int
    role: str = "name"
    name: str | None = None  # display name when it differs from the text ("Ministry of Foreign Affairs of Cuba")
    chars: tuple[int, int] | None = None  # set when the mention is not a whole-token run ("U.S." in "U.S.-made")
    owner: Mention | None = None  # "Russian" inside "Russian Foreign Ministry": the state, kept beside the body


@dataclass(slots=True)
class Cluster:
    kind: Kind
    key: str
    mentions: list[Mention] = field(default_factory=list)
    name: str | None = None


def _contains(full: tuple[str, ...], part: tuple[str, ...]) -> bool:
    n = len(part)
    return any(full[i : i + n] == part for i in range(len(full) - n + 1))


def cluster_people(doc: Doc, mentions: list[Mention], text_of) -> list[Cluster]:
    """People of the document: full names first (variants of one name together), then every shorter mention.

    A shorter mention is a surname, a first name, a Korean family name or a tail of a full name ("Díaz-Canel"); it
    also catches one-word names spaCy called an organisation or a place ("Maduro", "Ri"). One that matches no full
    name is a person of its own when spaCy said so, an organisation when spaCy said that, and dropped otherwise.
    """
    clusters: list[Cluster] = []
    keys: dict[int, list[tuple[str, ...]]] = {}
    people = [m for m in mentions if m.kind is Kind.OFFICIAL and m.role == "person"]
    full_keys = {id(m): person_key(name_tokens(text_of(m))) for m in people}
    for m in sorted(people, key=lambda m: (-len(full_keys[id(m)]), m.start)):
        key = full_keys[id(m)]
        if len(key) < 2:
            continue
        if any(_contains(k, key) and len(k) > len(key) and not same_person(k, key) for ks in keys.values() for k in ks):
            m.role = "person-part"  # "Díaz-Canel" after "Miguel Díaz-Canel": resolved below like a surname
            continue
        for ci, c in enumerate(clusters):
            if any(same_person(key, k) for k in keys[ci]):
                c.mentions.append(m)
                if key not in keys[ci]:  # one entry per spelling, not per mention: the scans stay short
                    keys[ci].append(key)
                break
        else:
            clusters.append(Cluster(Kind.OFFICIAL, " ".join(key), [m]))
            keys[len(clusters) - 1] = [key]
    for m in sorted(mentions, key=lambda m: m.start):
        if m.kind not in {Kind.OFFICIAL, Kind.PARTY} or m.role not in _NAME_ROLES:
            continue
        tokens = name_tokens(text_of(m))
        if not tokens or (len(tokens) >= 2 and m.role == "person"):
            continue
        part = person_key(tokens) if len(tokens) > 1 else (romanisation_key(tokens[0]),)
        plain = tuple(tokens)
        matching = [
            c for ci, c in enumerate(clusters) if any(_contains(k, plain) or _contains(k, part) for k in keys[ci])
        ]

        def rank(c: Cluster, at: int = m.start) -> tuple[int, int]:
            full = [x.start for x in c.mentions if len(name_tokens(text_of(x))) >= 2] or [x.start for x in c.mentions]
            before = [s for s in full if s < at]
            return (1, max(before)) if before else (0, -min(full))

        best = max(matching, key=rank) if matching else None
        if best is not None:
            m.kind = Kind.OFFICIAL
            m.role = "partial"
            best.mentions.append(m)
        elif m.role in {"person", "person-part"}:
            clusters.append(Cluster(Kind.OFFICIAL, " ".join(tokens), [m]))
            keys[len(clusters) - 1] = [tuple(tokens)]
        elif m.role == "single" and m.kind is Kind.PARTY:
            m.role = "org"  # a one-word organisation ("Hamas"), not anyone's name here
        else:
            m.role = "drop"
    _surnames_read_as_states(doc, mentions, clusters, text_of)
    return clusters


def _family_name_owners(people: list[Cluster], text_of) -> dict[str, list[tuple[int, Cluster]]]:
    """Each family name of a person named in full, with where each full name stands and whose it is."""
    owners: dict[str, list[tuple[int, Cluster]]] = {}
    for c in people:
        for m in c.mentions:
            if m.role == "person" and (name := family_name(text_of(m))):
                owners.setdefault(name, []).append((m.start, c))
    return owners


def _surnames_read_as_states(doc: Doc, mentions: list[Mention], people: list[Cluster], text_of) -> None:
    """ "Rear Admiral Roy Vincent Trinidad ... Trinidad said": once the full name is written, a bare family name that
    is also a state's short name is the person's, when the document names that state by that word alone (no other
    name, demonym or capital of it) and the word stands where a person does: the subject of a verb, or before
    'said' ("aid to Jordan", "the king of Jordan" stay the state). Such mentions move (in place, out of
    ``mentions``) into the person."""
    owners = _family_name_owners(people, text_of)
    if not owners:
        return
    forms: dict[str, set[str]] = {}
    for m in mentions:
        if m.kind is Kind.STATE and m.key:
            forms.setdefault(m.key, set()).add(text_of(m))
    for m in [m for m in mentions if m.kind is Kind.STATE and m.key and m.end - m.start == 1 and m.chars is None]:
        said = text_of(m)
        before = [(start, c) for start, c in owners.get(said, ()) if start < m.start]
        if not before or forms.get(m.key) != {said} or m.role == "demonym" or not _stands_as_person(doc[m.start]):
            continue
        owner = max(before, key=lambda sc: sc[0])[1]
        mentions.remove(m)
        owner.mentions.append(Mention(m.start, m.end, Kind.OFFICIAL, owner.key, 2, "partial"))


def _stands_as_person(t) -> bool:
    """A bare name where a person stands: a verb's subject ('Trinidad said', 'Trinidad told reporters') and not
    after a preposition or an article ('to Jordan', 'the Jordan')."""
    if t.i > 0 and t.doc[t.i - 1].lower_ in ("the", "of", "to", "in", "from", "with", "and", "for", "by", "on", "at"):
        return False
    return t.dep_ in ("nsubj", "nsubjpass") or (t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ in ("said", "says"))


_ALIAS = re.compile(
    r",?\s*(?:(?:also|better|widely|popularly)\s+)?(?:known as|nicknamed|dubbed|alias|aka|a\.k\.a\.)\s*"
    r"[\"“‘']?([A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|de|del|la|el))*)"
)


def alias_mentions(doc: Doc, clusters: list[Cluster], chars) -> None:
    """ "Danilo Maldonado Machado, known as “El Sexto”": the nickname joins the person."""
    text = doc_text(doc)
    for c in clusters:
        for m in list(c.mentions):
            end = chars(m)[1]
            found = _ALIAS.match(text, end, min(len(text), end + 80))
            if found:
                name = found.group(1).rstrip("’'")
                a = found.start(1)
                c.mentions.append(Mention(m.start, m.end, Kind.OFFICIAL, c.key, 2, "alias", chars=(a, a + len(name))))


def family_name(full: str) -> str | None:
    """The part of a full name a later bare mention uses: first for Korean names ("Ri"), else last ("Pence")."""
    words = full.replace("\u00a0", " ").replace(",", " ").split()
    if len(words) > 2 and words[-1] in {"Jr.", "Jr", "Sr.", "Sr"}:
        words.pop()  # "Teodoro Locsin, Jr." is "Locsin"
    if len(words) < 2:
        return None
    return words[0] if is_korean_name(name_tokens(full)) else words[-1].rstrip("’'").removesuffix("’s")


def surname_mentions(doc: Doc, people: list[Cluster], taken: list[bool], text_of) -> None:
    """A capitalised word the model left untagged that is the family name of a person named earlier in the
    document ("…,” Pence declared"; "Ri told reporters") is a mention of that person.

    With two people of one family name, it goes to the one whose full name came last before it.
    """
    owners = _family_name_owners(people, text_of)
    if not owners:
        return
    for tok in (doc[i] for i, w in enumerate(doc_column(doc, "text")) if w in owners):
        candidates = owners.get(tok.text)
        if not candidates or taken[tok.i] or not tok.text[:1].isupper():
            continue
        neighbours = (doc[tok.i - 1] if tok.i else None, doc[tok.i + 1] if tok.i + 1 < len(doc) else None)
        if any(n is not None and n.text[:1].isupper() and n.pos_ == "PROPN" for n in neighbours):
            continue  # part of a longer name the model did not tag as a whole
        before = [(start, c) for start, c in candidates if start < tok.i]
        if not before:
            continue
        owner = max(before, key=lambda sc: sc[0])[1]
        owner.mentions.append(Mention(tok.i, tok.i + 1, Kind.OFFICIAL, owner.key, 2, "partial"))
        taken[tok.i] = True


def cluster_parties(doc: Doc, mentions: list[Mention], text_of, taken: list[bool]) -> list[Cluster]:
    """Bodies by name; acronyms defined in the text or known join their long form; "the Panel" joins its body."""
    kb = knowledge()
    clusters: dict[str, Cluster] = {}
    order = sorted((m for m in mentions if m.kind is Kind.PARTY and m.role != "drop"), key=lambda m: m.start)
    by_acronym: dict[str, str] = {}
    deferred: list[Mention] = []
    defined = _defined_acronyms(doc, order, text_of)
    spelled = _spelled_here(order, text_of, kb.acronyms)
    for m in order:
        text = text_of(m)
        if m.role == "bare":
            deferred.append(m)
            continue
        if m.role == "self-name":
            # the name a body gives itself joins the body named last before it in the sentence
            before = [
                x for x in clusters.values() for y in x.mentions if y.start < m.start and _same_sentence(doc, y, m)
            ]
            if before:
                max(before, key=lambda c: max(y.start for y in c.mentions if y.start < m.start)).mentions.append(m)
                continue
        key = m.key or m.name or text
        bare = text.replace(".", "")
        own = spelled.get(bare) if bare.isupper() and bare not in defined else None  # spelled out here as another
        if bare.isupper() and len(bare) >= 2:
            # defined in this text ("Armed Forces of the Philippines (AFP)"): that body here, whatever else it names
            key = defined.get(bare) or own or (kb.acronyms.get(bare, key) if m.key is None else key)
        name = own or m.name or m.key or None
        cluster = clusters.setdefault(_spelled_out(fold(key)), Cluster(Kind.PARTY, key, name=name))
        cluster.mentions.append(m)
        if " " in key:
            by_acronym.setdefault(acronym_of(key), _spelled_out(fold(key)))
        # "Korean Central News Agency (KCNA)": the bracketed acronym is this body
        if m.end + 2 < len(doc) and doc[m.end].text == "(" and doc[m.end + 2].text == ")":
            acr = doc[m.end + 1].text
            bare = acr.replace(".", "")
            if bare.isupper() and bare[0] == key[0].upper():
                by_acronym[bare] = _spelled_out(fold(key))
    # a defined acronym used again where spaCy did not label it ("FSW leaders said")
    for i, tok in ((i, doc[i]) for i, w in enumerate(doc_column(doc, "text")) if w.replace(".", "") in by_acronym):
        bare = tok.text.replace(".", "")
        if not taken[i] and tok.is_upper and len(bare) > 1 and bare in by_acronym and by_acronym[bare] in clusters:
            clusters[by_acronym[bare]].mentions.append(Mention(i, i + 1, Kind.PARTY, None, 1, "acronym"))
            taken[i] = True
    # acronyms written before or without their definition, merged into the long form's cluster
    for k in list(clusters):
        c = clusters[k]
        short = c.key.replace(".", "")
        if short.isupper() and short in by_acronym and by_acronym[short] != k and by_acronym[short] in clusters:
            clusters[by_acronym[short]].mentions.extend(c.mentions)
            del clusters[k]
    # "the Communist Party" after "the Communist Party of Cuba": the short form of the one body named in full
    for k in list(clusters):
        c = clusters[k]
        short = fold(ministry_form(c.key))  # "Unification Ministry" is short for "Ministry of Unification of X"
        first = min(x.start for x in c.mentions)
        headline = in_headline(doc_text(doc), doc[first].idx)
        longer = [
            o
            for o in clusters
            if o != k
            and (o.startswith(k + " of ") or o.startswith(short + " of "))
            # named in full before: a short form of it; a short form in the headline is the article's body
            and (min(x.start for x in clusters[o].mentions) < first or headline)
        ]
        if len(longer) == 1:
            clusters[longer[0]].mentions.extend(c.mentions)
            del clusters[k]
    _join_tails(clusters)
    heads_need = lexicon_set("bare_heads_need_antecedent")
    for m in deferred:
        head = text_of(m)
        hosts = [c for c in clusters.values() if head in c.key.split() and any(x.start < m.start for x in c.mentions)]
        if hosts:
            max(hosts, key=lambda c: max(x.start for x in c.mentions if x.start < m.start)).mentions.append(m)
        elif head not in heads_need and head in lexicon_set("bare_heads"):
            clusters.setdefault(fold(head), Cluster(Kind.PARTY, head)).mentions.append(m)
    return join_central_banks(doc, list(clusters.values()), text_of)  # "Bank of X" beside "X's Central Bank"


def _spelled_out(key: str) -> str:
    """ "un command" clusters with "united nations command": a union's body named once with the union's short form."""
    for short, full in _SHORT_UNIONS:
        if key.startswith(short):
            return full + key[len(short) :]
    return key


_SHORT_UNIONS = (("un ", "united nations "), ("u n ", "united nations "))


def _join_tails(clusters: dict[str, Cluster]) -> None:
    """ "the General Assembly" after "the United Nations General Assembly": the last words of the one body named in
    full before it (two words at least, and the same capitals). Indexed by the keys' word tails (linear, not one
    scan of every cluster per cluster)."""
    tails: dict[str, list[str]] = {}
    for o in clusters:
        words = o.split(" ")
        for i in range(1, len(words)):
            tails.setdefault(" ".join(words[i:]), []).append(o)
    for k in [k for k in clusters if " " in k]:
        if k not in clusters:
            continue
        c = clusters[k]
        first = min(x.start for x in c.mentions)
        longer = [
            o
            for o in tails.get(k, ())
            if o != k
            and o in clusters
            and clusters[o].key.endswith(" " + c.key)
            and not re.search(r"\bof(?: the)?$", clusters[o].key[: -len(c.key) - 1])  # "Board of the X": X owns it
            and min(x.start for x in clusters[o].mentions) < first
        ]
        if len(longer) == 1:
            clusters[longer[0]].mentions.extend(c.mentions)
            del clusters[k]


def _same_sentence(doc: Doc, a: Mention, b: Mention) -> bool:
    return doc[a.start].sent.start == doc[b.start].sent.start


def _defined_acronyms(doc: Doc, order: list[Mention], text_of) -> dict[str, str]:
    """Acronyms the text defines in brackets right after a long name whose initials they spell."""
    out: dict[str, str] = {}
    for m in order:
        if m.end + 2 < len(doc) and doc[m.end].text == "(" and doc[m.end + 2].text == ")":
            acr = doc[m.end + 1].text.replace(".", "")
            long_ = m.key or m.name or text_of(m)
            if acr.isupper() and acronym_of(long_) == acr and " " in long_:
                out.setdefault(acr, long_)
    return out


def _spelled_here(order: list[Mention], text_of, known: dict[str, str]) -> dict[str, str]:
    """ "the International Cricket Council ... the ICC": a known acronym whose initials this text spells out as another
    body than the knowledge base's ("International Criminal Court") is that body here, when the text never names the
    knowledge base's body (and is not that body spelt otherwise)."""
    named = {fold(m.key or m.name or text_of(m)) for m in order if " " in text_of(m).strip()}  # not an acronym
    out: dict[str, str] = {}
    for m in order:
        long_ = m.key or m.name or text_of(m)
        acr = acronym_of(long_)
        spelled_out = " " in text_of(m).strip()
        if m.role in ("bare", "self-name") or not spelled_out or acr not in known or fold(known[acr]) in named:
            continue
        if SequenceMatcher(None, fold(long_), fold(known[acr])).ratio() >= 0.9:
            continue  # the known body spelt otherwise ("World Trade Organisation"): its name stays the known one
        out.setdefault(acr, " ".join(long_.split()))
    return out


def ministry_form(name: str) -> str:
    """ "Foreign Ministry" and "Ministry of Foreign Affairs" are one name."""
    words = name.split()
    adjectives = knowledge().lexicon["ministry_adjectives"]
    if len(words) == 2 and words[1] == "Ministry" and words[0].casefold() in adjectives:
        return f"Ministry of {adjectives[words[0].casefold()]}"
    if len(words) == 3 and words[2] == "Ministry" and " ".join(words[:2]) in adjectives.values():
        return f"Ministry of {words[0]} {words[1]}"  # "Foreign Affairs Ministry"
    return name


def display_name(c: Cluster, mentions: list[Span], doc: Doc | None = None) -> str:
    """The most complete form: most words, then accents/hyphens kept, then the most frequent; a person named by one
    word after a pope's, a patriarch's, a cardinal's or a monarch's title is named with it (``one_name_titled``)."""
    if c.name:
        return c.name
    if doc is not None and c.kind is Kind.OFFICIAL and (titled := one_name_titled(doc, c)):
        return titled
    counts = Counter(m.text for m in mentions)
    forms = [f for f in counts if f.replace(".", "").upper() != f.replace(".", "") or len(counts) == 1] or list(counts)

    def score(form: str) -> tuple:
        marked = any(ord(ch) > 127 and ch.isalpha() for ch in form) or "-" in form
        return (len(name_tokens(form)), marked, counts[form], len(form))

    best = " ".join(max(forms, key=score).split())  # a name, not an offset: line breaks and NBSPs become spaces
    return best.replace("\u2019", "'") if c.kind is Kind.PARTY else best


def people_named_as_bodies(parties: list[Cluster], people: list[Cluster], text_of) -> list[Cluster]:
    """One word the model read once as a body and elsewhere as a person ("the Lukashenka regime", "Lukashenka
    said") is the person: the body's mentions join the person whose forms hold that word."""
    by_form: dict[str, Cluster] = {}
    for c in people:
        for m in c.mentions:
            by_form.setdefault(fold(text_of(m)), c)
    kept = []
    for c in parties:
        forms = {fold(text_of(m)) for m in c.mentions}
        if len(forms) == 1 and c.name is None and " " not in next(iter(forms)) and next(iter(forms)) in by_form:
            by_form[next(iter(forms))].mentions.extend(c.mentions)
            continue
        owner = _surname_owner(forms, by_form) if c.name is None else None
        if owner is not None:
            owner.mentions.extend(c.mentions)
            continue
        kept.append(c)
    return kept


# titles a person is named by with one given name: "Pope Francis", "Patriarch Kirill", "King Salman", "Cardinal X"
# (the gold keeps the title in such a name as used; a ruler named at length, "Emir Tamim bin Hamad", keeps none)
_ONE_NAME_TITLES = frozenset({"Pope", "Patriarch", "Cardinal", "King", "Queen"})


def one_name_titled(doc: Doc, c: Cluster) -> str | None:
    """ "Pope Francis ... Francis said": a person the article names by one word only, once right after the title
    of a pope, a patriarch, a cardinal or a monarch, is named by the title and that word (the bare word stays his
    mention). Not when a mention has more words ("King Charles III", "Cardinal Pietro Parolin")."""
    if not c.mentions or any(m.end - m.start != 1 for m in c.mentions):
        return None
    words = {doc[m.start].text for m in c.mentions}
    if len(words) != 1 or not doc[c.mentions[0].start].is_alpha:
        return None
    titles = [doc[m.start - 1].text for m in c.mentions if m.start > 0 and doc[m.start - 1].text in _ONE_NAME_TITLES]
    return f"{titles[0]} {words.pop()}" if titles else None


# the small words that open a European surname: "von der Leyen", "van Dijk" (also name_particles.py)
PARTICLES = frozenset({"von", "van", "der", "den", "de", "di", "da", "du", "ter", "zu"})


def _surname_owner(forms: set[str], by_form: dict[str, Cluster]) -> Cluster | None:
    """ "Von der Leyen" and "Leyen" read as a body where "Ursula von der Leyen" is a person: a surname opened by a
    particle ("von der", "van") and its last word are that person's, when all the body's forms are."""
    if not any(f.split()[0] in PARTICLES and " " in f for f in forms):
        return None
    owners = set()
    for f in forms:
        hits = [c for full, c in by_form.items() if full == f or full.endswith(" " + f)]
        if len({id(c) for c in hits}) != 1:
            return None
        owners.add(id(hits[0]))
    return hits[0] if len(owners) == 1 else None


def _acronym_owner(key: str, acronym: str) -> str:
    """ "the Board of Governors of the International Atomic Energy Agency (IAEA)": an acronym that spells only the body
    after the last "of (the)" is that body's, not the whole name's."""
    if not acronym.isupper() or acronym_of(key) == acronym:
        return key
    tail = re.split(r"\s+of\s+(?:the\s+)?", key)[-1]
    return tail if tail != key and " " in tail and acronym_of(tail) == acronym else key


def _or_acronym(doc: Doc, m: Mention, text_of) -> int | None:
    """ "Acme Shipbuilding & Offshore International Co., or ASOC,": an acronym after ", or" that spells the name's
    capitalised words in order (first letter first) is its short name, as one in brackets would be; without the
    "or" ("X, XA,"), ``_comma_acronym`` decides."""
    at = m.end + 2
    if m.kind is not Kind.PARTY or at + 1 >= len(doc) or doc[m.end].text != ",":
        return None
    if doc[m.end + 1].lower_ != "or":
        return _comma_acronym(doc, m, text_of)  # "X, XA,": no "or"
    word = doc[at].text
    if not (doc[at].is_upper and doc[at].is_alpha and 2 <= len(word) <= 6 and doc[at + 1].text in {",", ".", ")"}):
        return None
    initials = iter(w[0] for w in text_of(m).split() if w[:1].isupper())
    return at if word[0] == text_of(m)[0] and all(c in initials for c in word) else None


def _comma_acronym(doc: Doc, m: Mention, text_of) -> int | None:
    """ "the Ahmed bin Salem Space Centre, ABSSC.": an acronym set off by a comma that spells the initials of the
    name's words in order, one at least for each capitalised word, is its short name."""
    at = m.end + 1
    word = doc[at].text
    if not (doc[at].is_upper and doc[at].is_alpha and 3 <= len(word) <= 6 and doc[at + 1].text in {",", ".", ")"}):
        return None
    words = text_of(m).split()
    initials = iter(w[0].upper() for w in words)
    letters = iter(word)
    every_capital = all(w[0] in letters for w in words if w[:1].isupper())  # a letter for each, in order
    return at if word[0] == words[0][0] and every_capital and all(c in initials for c in word) else None


def bracketed_short_names(doc: Doc, chosen: list[Mention], text_of) -> None:
    """ "the Indonesian Maritime Security Agency (Bakamla)", "the Police and Border Guard Board (PPA)": a one-word
    name in brackets right after a body's name is that body's short name, whatever its letters or the model's label;
    where it is written again later, that is the body too."""
    covered = {t for m in chosen for t in range(m.start, m.end)}
    by_start = {m.start: m for m in chosen}
    where: dict[str, list[int]] = {}

    def positions() -> dict[str, list[int]]:
        if not where:  # built once, and only for a document that defines a short name
            for tok in (doc[i] for i, w in enumerate(doc_column(doc, "text")) if w[:1].isupper()):
                if tok.text[:1].isupper():
                    where.setdefault(tok.text, []).append(tok.i)
        return where

    for m in list(chosen):
        state = m.kind is Kind.STATE and m.role == "name" and m.key is not None  # "Central African Republic (CAR)"
        if not (m.kind is Kind.PARTY or state) or m.chars is not None or m.end + 2 >= len(doc):
            continue
        at = m.end + 1 if doc[m.end].text == "(" and doc[m.end + 2].text == ")" else _or_acronym(doc, m, text_of)
        if at is None:
            continue
        word = doc[at]
        short = by_start.get(at)
        if not word.text[:1].isupper() or not word.is_alpha or (short is not None and short.kind is Kind.STATE):
            continue
        if (short is not None and short.end != at + 1) or (state and not word.is_upper):
            continue
        if state and short is not None and short.key is not None and short.kind is Kind.PARTY:
            continue  # "Russia, India, China and South Africa (BRICS)": a known body's name is no state's short
        key = _acronym_owner(m.key or m.name or text_of(m), word.text)
        kind, role = (Kind.STATE, "acronym") if state else (Kind.PARTY, "acronym")
        for other in chosen:
            if other.kind is not Kind.STATE and other.end - other.start == 1 and text_of(other) == word.text:
                other.kind, other.role, other.key = kind, role, key
        for i in positions().get(word.text, ()):
            if i not in covered:
                chosen.append(Mention(i, i + 1, kind, key, 1, role))
                covered.add(i)


def firms_named_by_first_word(parties: list[Cluster], people: list[Cluster], text_of, firm_tails) -> list[Cluster]:
    """ "the fleet of Oceonix" after "Oceonix Services": a lone word that opens a firm's name in the article is the
    firm; the mentions of ``people`` (a list of persons or of bodies) written so join the firm."""
    opening: dict[str, Cluster] = {}
    for c in parties:
        for m in c.mentions:
            words = text_of(m).split()
            if len(words) >= 2 and words[-1] in firm_tails:
                for k in range(1, len(words)):  # "Shark International" for "Shark International Shipping LLC"
                    opening.setdefault(" ".join(words[:k]), c)
    kept = []
    for c in people:
        forms = {text_of(m) for m in c.mentions}
        host = opening.get(next(iter(forms))) if len(forms) == 1 else None
        if host is not None and host is not c:
            host.mentions.extend(c.mentions)
            continue
        kept.append(c)
    return kept
