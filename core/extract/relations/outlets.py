"""Which bodies of a document are news outlets: a known outlet, a name with a press word ('Global News', 'Kuwait
News Agency'), or a body the text calls a broadcaster, a newspaper or an agency ('the broadcaster RTL', 'ARD
television', 'Canadian television network Global News')."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from spacy.tokens import Doc

from core.extract.kb import outlet_names
from core.model import Kind, LocalEntity

# Nouns that call a body an outlet, before or after its name.
OUTLET_NOUNS = frozenset(
    {"television", "tv", "agency", "newspaper", "daily", "broadcaster", "channel", "radio", "outlet", "network"}
    | {"magazine", "weekly", "website", "paper", "station", "tabloid", "publication", "newswire", "wire"}
)
# Words of an outlet's own name: 'CBS News', 'The Moscow Times', 'Washington Post', 'Al Jazeera Television'.
_NAME_WORDS = frozenset(
    {"news", "times", "post", "journal", "television", "tv", "radio", "press", "daily", "herald", "gazette"}
    | {"tribune", "telegraph", "broadcasting", "broadcaster", "newspaper", "magazine", "media", "chronicle"}
)
# Nouns for the records a data provider publishes: 'Kpler ship-tracking data showed', 'according to X's database'.
DATA_NOUNS = frozenset({"data", "datum", "database", "databases"})  # (the model lemmatises data as datum)
# 'news agency X', 'the Kyodo news agency': an agency is an outlet only with 'news' or 'press' beside it.
_AGENCY_WORDS = frozenset({"news", "press", "state", "official"})
# Articles that open many outlets' names and that writers often drop: 'Der Spiegel' → '“Spiegel”'.
_ARTICLES = frozenset({"The", "Der", "Die", "Das", "El", "La", "Le", "Il", "Al"})


@cache
def _known_outlets() -> frozenset[str]:
    """The known outlets' names, with and without an opening article."""
    names = outlet_names()
    return names | {n.split(" ", 1)[1] for n in names if " " in n and n.split(" ", 1)[0] in _ARTICLES}


def is_outlet_name(name: str) -> bool:
    """Is ``name`` a known outlet or shaped like one ('Lamp News', 'The Harbour Times')?"""
    return name in _known_outlets() or bool(_NAME_WORDS & set(name.lower().replace("-", " ").split()))


def outlet_entities(doc: Doc, tok_ent: Sequence[int], entities: Sequence[LocalEntity]) -> frozenset[int]:
    """Indices of the bodies the document names as news outlets."""
    out = {
        ei
        for ei, e in enumerate(entities)
        if e.kind is Kind.PARTY and is_outlet_name(e.name)
    }
    for i, ei in enumerate(tok_ent):
        if ei < 0 or ei in out or entities[ei].kind is not Kind.PARTY:
            continue
        t = doc[i]
        near = [t.head] if t.dep_ in ("compound", "appos", "nmod") else []
        near += [c for c in t.children if c.dep_ in ("compound", "appos", "nmod", "amod") and tok_ent[c.i] != ei]
        for n in near:
            lemma = n.lemma_.lower()
            if lemma not in OUTLET_NOUNS or tok_ent[n.i] >= 0:
                continue
            if lemma == "agency" and not any(c.lower_ in _AGENCY_WORDS for c in n.children):
                continue  # 'the agency X' may be any state agency; 'news agency X' is an outlet
            out.add(ei)
    return frozenset(out)
