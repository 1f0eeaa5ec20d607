"""A state's central bank under its several names in one article: "the Central Bank of Ruritania", "the Ruritanian
Central Bank", "Ruritania's Central Bank" and, beside one of these, "the Bank of Ruritania" where that is the central
bank's own name (``central_banks_bank_of`` in the lexicon: the Bank of Russia, of Japan, of England; never the Bank of
China or of Cyprus, lenders) are one body, unless that Bank of Ruritania is given an acronym of its own. Each form
gives the state it belongs to; the bodies of one state whose forms are a central bank's (and a "Bank of" form only
when a central bank of the same state is named too) join the cluster named first."""

from __future__ import annotations

from spacy.tokens import Doc

from core.extract.kb import lexicon_set, lookup
from core.model import Kind

_POSSESSIVES = frozenset({"'s", "\u2019s"})


def _state(text: str) -> str | None:
    term = lookup(text)
    return term.name if term is not None and term.kind is Kind.STATE else None


def _owner(doc: Doc, cluster, text_of) -> tuple[str | None, bool]:
    """(the state the body's name gives, whether the name is a central bank's) for one cluster of bodies."""
    key = cluster.key
    if key.startswith("Central Bank of "):
        return _state(key[len("Central Bank of ") :]), True
    if key.endswith(" Central Bank") and key != "Central Bank":
        owner = key[: -len(" Central Bank")]
        return _state(owner[:-2] if owner[-2:] in _POSSESSIVES else owner), True  # "Russia's Central Bank"
    if key.startswith("Bank of ") and key[len("Bank of ") :] in lexicon_set("central_banks_bank_of"):
        mentions = cluster.mentions
        if any(m.end + 2 < len(doc) and doc[m.end].text == "(" and doc[m.end + 2].text == ")" for m in mentions):
            return None, False  # "the Central Bank (BCV) and Bank of X (BDV)": a bank with its own acronym
        return _state(key[len("Bank of ") :]), False
    if key in {"Central Bank", "central bank"}:
        for m in cluster.mentions:  # "Russia's Central Bank": the possessive names the owner
            if m.start >= 2 and doc[m.start - 1].text in _POSSESSIVES and text_of(m) == key:
                state = _state(doc[m.start - 2].text)
                if state is not None:
                    return state, True
    return None, False


def join_central_banks(doc: Doc, clusters: list, text_of) -> list:
    """The clusters with one state's central bank's forms joined (see the module's docstring)."""
    if not any("Bank" in c.key for c in clusters):
        return clusters
    owners = {id(c): _owner(doc, c, text_of) for c in clusters}
    central = {state for state, is_central in owners.values() if state is not None and is_central}
    first: dict[str, object] = {}
    for c in sorted(clusters, key=lambda c: min(m.start for m in c.mentions)):
        state = owners[id(c)][0]
        if state is not None and state in central:
            first.setdefault(state, c)
    out = []
    for c in clusters:
        state = owners[id(c)][0]
        host = first.get(state) if state is not None else None
        if host is None or host is c:
            out.append(c)
        else:
            host.mentions.extend(c.mentions)
    return out
