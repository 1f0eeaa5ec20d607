"""Firms and banks the model read as people: "the Dutch company Acmeria", "firms including Dalcourt and Vexo",
"Acmeria's chief executive", "Acmeria, which is based in ...", "Rostobank".

A name is read once per mention, but what the article says of it anywhere holds for every mention: one firm cue
next to any occurrence of the name turns the whole person cluster into a body. The cues are general facts of English
about firms (a firm noun before or in an apposition, a firm's possessions after "'s", "which" where a person takes
"who", a one-word name ending in "bank"), never a name.
"""

from __future__ import annotations

from spacy.tokens import Doc

from core.extract.body_heads import named_as_body
from core.extract.coref import Cluster, Mention
from core.extract.kb import fold, is_state_word, lexicon_set, title_words
from core.extract.nlp import doc_column
from core.model import Kind

# singular firm nouns: "the technology company X", "X, a subsidiary of ...", "X, one of Ruritania's largest banks"
FIRM_NOUNS = frozenset(
    {
        "company", "firm", "bank", "lender", "maker", "manufacturer", "producer", "giant", "conglomerate",
        "subsidiary", "insurer", "exporter", "importer", "outfit", "chipmaker", "carmaker", "automaker", "retailer",
        "supplier", "distiller", "brewer", "startup", "corporation", "multinational", "shipbuilder", "shipyard",
        "contractor", "operator", "refiner", "miner", "airline", "group", "brand",
        "institution", "consortium", "organisation", "organization", "charity", "ngo", "nonprofit", "non-profit",
    }
)  # fmt: skip
# plural firm nouns opening a list: "French firms including A, B and C", "tech giants A and B"
_PLURAL_LEADS = frozenset(
    {
        "firms", "companies", "banks", "lenders", "makers", "manufacturers", "producers", "giants", "brands",
        "conglomerates", "insurers", "exporters", "suppliers", "distillers", "corporations", "businesses",
        "institutions", "chipmakers", "carmakers", "automakers", "retailers", "shipyards",
        # news outlets are bodies too: "French publications including A and B"
        "publications", "newspapers", "outlets", "broadcasters", "dailies", "magazines", "agencies",
    }
)  # fmt: skip
_MADE = frozenset({"based", "run", "owned", "controlled", "headquartered", "registered"})
_HYPHENS = frozenset({"-", "\u2010", "\u2011"})
_HOLDINGS = frozenset(
    {("stake", "in"), ("stakes", "in"), ("shares", "in"), ("sale", "of"), ("takeover", "of"), ("%", "of")}
)
_SHIP_ROLES = frozenset({"owner", "owners", "operator", "manager", "charterer", "shipowner"})
_MEMBERS = frozenset({"founder", "founders", "co-founder", "cofounder", "member", "members"})
_LIST_LINKS = frozenset({"including", "like", "such", "as", ":"})
# what a firm has and a person has not: "X's shares", "X's chief executive", "X's UK country manager"
_OWNED = frozenset(
    {
        "shares", "shareholders", "stock", "subsidiary", "subsidiaries", "headquarters", "ceo", "cfo", "revenue",
        "revenues", "profit", "profits", "plant", "plants", "factory", "factories", "workforce", "bonds",
        "chairman", "board", "parent", "products", "brands", "stake",
    }
)  # fmt: skip
_OWNED_PAIRS = frozenset({("chief", "executive"), ("country", "manager"), ("managing", "director")})
_POSSESSIVE = frozenset({"'s", "\u2019s", "'", "\u2019"})
_DASHES = frozenset({",", "\u2014", "\u2013", "-", "("})
_STOPS = frozenset(
    {"that", "which", "who", "based", "in", "with", "and", "for", "to", "of", "at", "from", "on", "said"}
)


def _noun_before(low: list[str], s: int) -> bool:
    """ "the technology company X"; "its parent company, X": a parent or holding firm set in apposition before the
    name (a plain "the company, X" is as often its head's name: "chief executive of the company, Jane Roe")."""
    if s > 2 and low[s - 1] == "," and low[s - 2] in FIRM_NOUNS and low[s - 3] in {"parent", "holding"}:
        return True
    return s > 0 and low[s - 1] in FIRM_NOUNS


def _in_firm_list(words: list[str], low: list[str], s: int) -> bool:
    """ "firms including A, B and C": walk back over the list's names to the plural firm noun and its link."""
    k, titles = s - 1, title_words()[0]
    for _ in range(24):
        if k < 1:
            return False
        if low[k] in _LIST_LINKS:
            k -= 1 + (low[k] == "as" and low[k - 1] == "such")  # "banks such as A"
            k -= k > 0 and low[k] == ","  # "publications, including A"
            return k >= 0 and low[k] in _PLURAL_LEADS
        if low[k] in _PLURAL_LEADS:
            return True  # "tech giants A and B"
        if low[k] in titles:
            return False  # "banks including A and B, President C said"
        if low[k] in {",", "and", "&"} or words[k][:1].isupper():
            k -= 1
            continue
        return False
    return False


def _owned_after(doc: Doc, low: list[str], e: int) -> bool:
    if e + 1 >= len(doc) or low[e] not in _POSSESSIVE:
        return False
    k = e + 1
    while k < len(doc) and k - e <= 3 and doc[k].is_upper and len(low[k]) <= 3:
        k += 1  # "X's UK country manager"
    nxt = low[k] if k < len(doc) else ""
    return nxt in _OWNED or (k + 1 < len(doc) and (nxt, low[k + 1]) in _OWNED_PAIRS)


def _firm_apposition(doc: Doc, low: list[str], s: int, e: int) -> bool:
    """ "X, which is ...", "X — one of Ruritania's largest banks —", "X, a subsidiary of ..."."""
    if e + 1 >= len(doc) or low[e] not in _DASHES:
        return False
    k = e + 1
    if low[k] == "which":  # a person is "who"; not "the Vexora Star, which" (a ship), "talks with X, which"
        if s > 1 and low[s - 1] in _POSSESSIVE and is_state_word(doc[s - 2].text) and e - s == 2:
            # "Ruritania's Acme Power, which ...": a country's firm; not "met Ruritania's Jane Roe, which angered
            # ...": a person's surname stands alone elsewhere, a firm's last word does not
            return all(low[j - 1] == low[s] for j in range(1, len(low)) if low[j] == low[e - 1])
        return e - s == 1 and (s == 0 or doc[s].is_sent_start or doc[s - 1].pos_ in {"VERB", "AUX", "PUNCT"})
    if low[k] == "one" and k + 1 < len(doc) and low[k + 1] == "of":
        k += 2
    last = ""
    while k < len(doc) and k - e <= 8:
        if low[k] in _HYPHENS or (low[k] in _MADE and low[k - 1] in _HYPHENS) or low[k].rpartition("-")[2] in _MADE:
            k += 1  # "a U.S.-based conservation group"
            continue
        if low[k] in _STOPS or doc[k].is_punct:
            break
        if doc[k].pos_ == "NOUN":
            last = doc[k].lemma_.lower()
        elif doc[k].pos_ in {"VERB", "AUX"}:
            return False
        k += 1
    return last in FIRM_NOUNS


def _participle_before(words: list[str], low: list[str], s: int) -> bool:
    """ "state-run X", "Tokyo-based X": a "-run"/"-based" compound right before the name (a person would have a role
    noun between: "London-based lawyer X")."""
    return s >= 2 and low[s - 1] in _MADE and words[s - 2] in _HYPHENS


def _ship_owner_before(doc: Doc, low: list[str], s: int) -> bool:
    """ "the ship's owner, Ruritania's X": the owner, operator or charterer of a vessel, set in apposition."""
    k = s - 1
    if k >= 2 and low[k] in _POSSESSIVE and is_state_word(doc[k - 1].text):
        k -= 2
    if k < 3 or low[k] not in {",", "\u2014", "\u2013", "-", "--"} or low[k - 1] not in _SHIP_ROLES:
        return False
    return low[k - 2] in _POSSESSIVE and low[k - 3] in lexicon_set("vessel_nouns", fold=True)


def _founded_before(low: list[str], s: int) -> bool:
    """ "the founder of X", "members of X": what a person founds, joins or leads is a body."""
    return s >= 2 and low[s - 1] == "of" and low[s - 2] in _MEMBERS


# who works at a firm: "an analyst at X", "a director at X", "executives of X" (a person has aides, not executives)
_STAFF = frozenset(
    {"analyst", "analysts", "economist", "economists", "director", "executive", "executives", "employee", "employees"}
    | {"engineer", "engineers", "manager", "managers", "strategist", "researcher", "researchers", "shareholders"}
)
_STAFF_OF = frozenset({"executives", "shareholders"})


def _staff_before(low: list[str], s: int) -> bool:
    """ "a director at X", "executives of X": the name a staff works at (or whose executives act) is a firm's."""
    return s >= 2 and low[s - 2] in _STAFF and (low[s - 1] == "at" or (low[s - 1] == "of" and low[s - 2] in _STAFF_OF))


def _owned_before(low: list[str], s: int) -> bool:
    """ "a stake in X", "the sale of X", "86% of X": a name bought, sold or held in shares is a firm's."""
    return s >= 2 and (low[s - 2], low[s - 1]) in _HOLDINGS


def _beside_firm(doc: Doc, low: list[str], s: int, e: int) -> bool:
    """ "X and Example Corp", "Example Ltd and X": a name joined by "and" to a firm's name with its legal form (a
    person signing beside a firm reads the same: "signed by Jane Roe and Example Ltd"; kept, as real pages list
    firms so far more often)."""
    forms = lexicon_set("legal_forms")
    if e + 2 < len(doc) and low[e] == "and":
        k = e + 1
        while k < len(doc) and k - e <= 4 and doc[k].is_title and doc[k].text not in forms:
            k += 1
        if k > e + 1 and k < len(doc) and doc[k].text in forms:
            return True
    return s >= 2 and low[s - 1] == "and" and doc[s - 2].text in forms


def _owner(low: list[str], e: int) -> bool:
    """The name owns what follows ("the sale of X's London home", "members of X's family"): the thing sold or joined
    is not the name."""
    return e < len(low) and low[e] in _POSSESSIVE


def _longer(words: list[str], e: int) -> bool:
    """The name runs on into a longer one ("executives of Tellwick Green": not the person "Tellwick")."""
    return e < len(words) and words[e][:1].isupper()


def _bank_word(form: str) -> bool:
    """ "Rostobank", "Vexobank": one word closed by "bank" in lower case is a bank's name."""
    return " " not in form and len(form) >= 7 and form[:1].isupper() and form.endswith("bank")


# what an armed or political group is called after its name: "the Ruritanian Front separatist movement"
_GROUP_NOUNS = frozenset(
    {"gang", "movement", "militia", "faction", "rebels", "cartel", "group", "network", "organization", "organisation"}
    # an armed group's men, in the plural: "X militants", "X gunmen" (a person's are "supporters", "aides")
    | {"militants", "fighters", "gunmen", "kidnappers", "insurgents", "guerrillas", "jihadists"}
)
# what kind of group, written between the name and its noun: "the X Islamist militant group", "the X armed group"
_GROUP_KINDS = frozenset(
    {"militant", "rebel", "armed", "terrorist", "extremist", "separatist", "insurgent", "jihadist", "islamist",
     "guerrilla", "paramilitary"}
)  # fmt: skip


def _group_after(doc: Doc, starts: list[int], width: int) -> bool:
    """ "the region's X separatist movement", "the notorious X gang": a group's noun (one lower-case word may stand
    between) after the name, not owned by it ("X's group"). Asked only of a name never written longer (a person's
    surname before "loyalist group" has its full name elsewhere)."""
    for s in starts:
        e = s + width
        if any(doc[i].dep_ in ("nsubj", "nsubjpass") for i in range(s, e)):
            continue  # "Jane Roe said rebels ...": the name acts, it names no group
        between = e + 1 < len(doc) and doc[e].is_lower and doc[e].pos_ in ("ADJ", "NOUN", "PROPN")
        k = e + (between and doc[e + 1].lower_ in _GROUP_NOUNS)
        if e + 2 < len(doc) and doc[e].lower_ in _GROUP_KINDS and doc[e + 1].lower_ in _GROUP_KINDS:
            k = e + 2  # "the X Islamist militant group"
        if k < len(doc) and doc[k].lower_ in _GROUP_NOUNS and doc[k].is_lower:
            return True
    return False


def firm_cue(doc: Doc, starts: list[int], width: int) -> bool:
    """Any occurrence (token starts, the name's width in tokens) that the text marks as a firm."""
    low, words = doc_column(doc, "lower_"), doc_column(doc, "text")
    return any(
        _noun_before(low, s)
        or _in_firm_list(words, low, s)
        or _owned_after(doc, low, s + width)
        or _firm_apposition(doc, low, s, s + width)
        or _participle_before(words, low, s)
        or (_staff_before(low, s) and not _owner(low, s + width) and not _longer(words, s + width))
        or _ship_owner_before(doc, low, s)
        or (_owned_before(low, s) and not _owner(low, s + width))
        or (_founded_before(low, s) and not _owner(low, s + width))
        or _beside_firm(doc, low, s, s + width)
        for s in starts
    )


def people_as_firms(doc: Doc, people: list[Cluster], parties: list[Cluster], text_of) -> list[Cluster]:
    """Person clusters of one- or two-word names with a firm cue join ``parties`` (the same name's body if there is
    one); the people left are returned."""
    words = doc_column(doc, "text")
    where: dict[str, list[int]] = {}
    for i, w in enumerate(words):
        if w[:1].isupper():
            where.setdefault(w, []).append(i)
    by_form = {fold(text_of(m)): c for c in parties for m in c.mentions}
    kept = []
    for c in people:
        forms = {text_of(m) for m in c.mentions}
        firm = False
        for form in forms:
            parts = form.split()
            starts = [i for i in where.get(parts[0], ()) if words[i : i + len(parts)] == parts] if parts else []
            # "a Brackwell banker", "Dalstow Rovers defender X"
            if named_as_body(doc, starts, len(parts), forms, [m.start for m in c.mentions]):
                firm = True
                break
            if not 1 <= len(parts) <= 2:
                continue
            if _bank_word(form):
                firm = True
                break
            if firm_cue(doc, starts, len(parts)) or (len(forms) == 1 and _group_after(doc, starts, len(parts))):
                firm = True
                break
        if not firm:
            kept.append(c)
            continue
        for m in list(c.mentions):
            m.kind = Kind.PARTY
            cut = next((k for k in range(m.start + 1, m.end - 1) if words[k] == ","), None)
            if cut is not None and m.chars is None:  # "Rostobank, Vexobank": two firms of a list read as one name
                parties.append(Cluster(Kind.PARTY, words[cut + 1], [Mention(cut + 1, m.end, Kind.PARTY, None, 1)]))
                m.end = cut
        host = next((by_form[f] for f in map(fold, forms) if f in by_form), None)
        if host is not None:
            host.mentions.extend(c.mentions)
        else:
            parties.append(Cluster(Kind.PARTY, c.key, list(c.mentions), c.name))
    return kept
