"""A request put to a party: 'Nepal has asked Russia to send back its nationals', 'X asked Taiwan for financial
assistance', 'the Maldives has asked India to withdraw its troops'. Asking Y to do something, or asking Y for
something, is contact with Y: DIPLOMACY from the asker to the one asked, whatever the act asked for (the gold
gives a plain request this family even where the act is a withdrawal or a stop, unlike a demand or an urging,
families.py). A court's request is an order ('the court asked X to refrain from any action'), and a document's
is its terms ('the resolution requests the Secretary-General to ...'): both left as before."""

from __future__ import annotations

from spacy.tokens import Token

from core.extract.relations.syntax import unasserted
from core.model import Family

ASKING = frozenset({"ask", "request"})
# the one asking is a court or tribunal: its 'asked' is a ruling on the party
_COURTS = frozenset({"court", "tribunal", "icj", "judge", "arbitration"})


def asked_family(v: Token, prep: str | None, asker_names: list[str], documents: frozenset[str]) -> Family | None:
    """DIPLOMACY where ``v`` is 'ask' or 'request' with the party as its direct object and the request hung on it as
    'to' + a verb or a 'for' phrase; None otherwise."""
    if v.lemma_.lower() not in ASKING or prep is not None or v.pos_ != "VERB":
        return None
    if any(c.dep_ == "nsubj" and c.lemma_.lower() in documents for c in v.children):
        return None  # 'the resolution requests the Secretary-General to explore options': a text's terms, no contact
    if not any(c.dep_ == "dobj" for c in v.children):
        return None
    if unasserted(v):
        return None  # 'did not ask X to', 'if Japan asked him to approve the move'
    if any(c.dep_ == "nsubj" and c.lemma_.lower() in _COURTS for c in v.children):
        return None  # "Ruritania's top court asked X to ...": the court stands for no state's contact
    if any(w in _COURTS for n in asker_names for w in n.lower().split()):
        return None
    to_do = any(c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in v.children)
    asked_for = any(c.dep_ == "prep" and c.lower_ == "for" for c in v.children)
    return Family.DIPLOMACY if to_do or asked_for else None
