"""An envoy's post read on the surface where the parser hangs its 'to' elsewhere: "Ambassador of Peru to Chile Jane
Doe", "Peru's ambassadors to Chile, Bolivia and Ecuador", "Peru's Permanent Representative at the UN, Jane Doe".
The state named right before the role (with or without a possessive) or after its 'of' sends the envoy; the state or
body named right after 'to', 'in' or 'at' (and, for a plural role, every name listed with it) hosts the post; a person
named right after the host, bare or after a comma, holds it (after a comma only a name set beside the post, not the
main clause's subject: 'Speaking beside X's ambassador to Y, Z said'). Gold ("X's ambassador to Y, Z": Z → X
MEMBERSHIP, Z → Y DIPLOMACY and X → Y DIPLOMACY): on blind4..59 the 17 such ties no other rule read are all gold
pairs."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Token

from core.extract.honorifics import COURTESY
from core.extract.nlp import doc_column
from core.extract.relations.syntax import POSSESSIVE_MARKS, Tie
from core.model import Family, Kind

_POSTED = frozenset({"to", "in", "at"})
_HOSTS = frozenset({Kind.STATE, Kind.PARTY})
_PLAIN = frozenset({"ADJ", "NOUN", "PROPN"})  # 'Peru's Permanent Representative at the UN'
_LIST_WORDS = frozenset({",", "and", "the"})
# a courtesy title between the post and its holder ('His Excellency' written "HE")
_COURTESY = COURTESY | {"HE"}


def envoy_post_ties(
    toks: list[Token], tok_ent: list[int], kind: Callable[[int], Kind], roles: frozenset[str]
) -> Iterator[Tie]:
    """Sender → host DIPLOMACY, holder → sender MEMBERSHIP and holder → host DIPLOMACY of the envoys' titles in
    ``toks`` (one sentence segment) written as the module's text says."""
    if len(toks) < 3:
        return
    doc = toks[0].doc
    first, last = toks[0].i, toks[-1].i
    lemmas, lowered, pos = doc_column(doc, "lemma_"), doc_column(doc, "lower_"), doc_column(doc, "pos_")
    tags = doc_column(doc, "tag_")
    for r in range(first, last - 1):
        if tok_ent[r] >= 0 or lemmas[r].lower() not in roles:
            continue
        senders = []
        before = _sender_before(r, first, tok_ent, pos, lowered, tags)
        if before >= 0 and kind(before) is Kind.STATE:
            senders.append(before)
        j = r + 1
        if lowered[j] == "of" and j + 1 <= last and tok_ent[j + 1] >= 0 and kind(tok_ent[j + 1]) is Kind.STATE:
            senders.append(tok_ent[j + 1])
            j = _end(tok_ent, j + 1, last) + 1
        if j > last or lowered[j] not in _POSTED:
            continue
        label = f"{lemmas[r].lower()} {lowered[j]}"
        j += 1
        if j <= last and lowered[j] == "the":
            j += 1
        if j > last or tok_ent[j] < 0 or kind(tok_ent[j]) not in _HOSTS:
            continue
        hosts = [tok_ent[j]]
        k = _end(tok_ent, j, last) + 1
        if tags[r] in ("NNS", "NNPS"):  # 'ambassadors to the US, the EU, China and France'
            k = _listed(hosts, k, last, tok_ent, kind, lowered)
        holder = -1
        if len(hosts) == 1:
            h = k + 1 if k <= last and lowered[k] == "," else k
            for _ in range(2):  # 'Ambassador of Peru to Chile HE Jane Doe', '..., Ambassador Jane Doe'
                if h <= last and tok_ent[h] < 0 and _named_with(doc[h], roles):
                    h += 1
            if h <= last and tok_ent[h] >= 0 and kind(tok_ent[h]) is Kind.OFFICIAL:
                holder = tok_ent[h] if h == k or _set_beside(doc, h, r) else -1
        for host in hosts:
            for s in senders:
                if s != host:
                    yield s, host, label, Family.DIPLOMACY
            if holder >= 0:
                yield holder, host, label, Family.DIPLOMACY
        if holder >= 0:
            for s in senders:
                yield holder, s, f"{lemmas[r].lower()} of", Family.MEMBERSHIP


def _named_with(t: Token, roles: frozenset[str]) -> bool:
    """A word the holder's name is written with after the post: a courtesy title, or the post itself repeated as a
    capitalised title ('Peru's Ambassador to Chile, Ambassador Jane Doe': the parser hangs no apposition there)."""
    return t.text in _COURTESY or (t.text[:1].isupper() and t.lemma_.lower() in roles)


def _sender_before(r: int, first: int, tok_ent: list[int], pos: list[str], lowered: list[str], tags: list[str]) -> int:
    """The name right before the role at ``r`` (at most one plain word between, a possessive allowed): 'Peru's
    ambassador', 'the Peruvian Permanent Representative'."""
    i = r - 1
    gap = 0
    while i >= first and gap < 2 and tok_ent[i] < 0 and pos[i] in _PLAIN and tags[i] != "POS":
        i -= 1
        gap += 1
    if i >= first and lowered[i] in POSSESSIVE_MARKS:
        i -= 1
    return tok_ent[i] if i >= first else -1


def _set_beside(doc, h: int, r: int) -> bool:
    """The name at ``h``, after a comma, holds the post at ``r`` unless it is the main clause's subject and the post
    sits in a phrase before it ('Speaking beside X's ambassador to Y, Z said ...': Z stands beside the envoy; but
    "According to W, X's ambassador to Y, Z said ...": Z is the envoy)."""
    head = doc[h]
    while head.head.i != head.i and head.dep_ in ("compound", "flat") and head.head.i > head.i:
        head = head.head
    if head.dep_ not in ("nsubj", "nsubjpass"):
        return True
    role = doc[r]
    return role.dep_ != "pobj" and all(a.dep_ != "advcl" for a in role.ancestors)


def _end(tok_ent: list[int], j: int, last: int) -> int:
    """The last token of the name at ``j``."""
    while j + 1 <= last and tok_ent[j + 1] == tok_ent[j]:
        j += 1
    return j


def _listed(hosts: list[int], k: int, last: int, tok_ent: list[int], kind, lowered: list[str]) -> int:
    """Names of states or bodies listed after the first host (', the EU, China and France'), added to ``hosts``;
    the token after the list."""
    while k <= last:
        j = k
        while j <= last and lowered[j] in _LIST_WORDS and tok_ent[j] < 0:
            j += 1
        if j == k or j > last or tok_ent[j] < 0 or kind(tok_ent[j]) not in _HOSTS:
            return k
        hosts.append(tok_ent[j])
        k = _end(tok_ent, j, last) + 1
    return k
