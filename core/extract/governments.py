"""'The Government of X' where X is not a body's name: the state or the person it stands on."""

from __future__ import annotations

from spacy.tokens import Doc

from core.extract.coref import Mention
from core.extract.kb import lexicon_set, lookup
from core.extract.nlp import doc_column
from core.model import Kind


def government_of(m: Mention, doc: Doc) -> None:
    """Re-kind in place a PARTY mention "Government of ...": "the Government of the Bolivarian Republic of Venezuela"
    is the state (its long name after "the"); "the Government of Juan Perez" is the person, the mention cut to the
    name (two or three capitalised words, none a body's or title's word, the last one also used alone)."""
    if m.kind is not Kind.PARTY or m.key is not None or m.end - m.start < 3 or m.chars is not None:
        return
    if doc[m.start].text != "Government" or doc[m.start + 1].lower_ != "of":
        return
    rest = m.start + 2 + (doc[m.start + 2].lower_ == "the")
    term = lookup(doc[rest : m.end].text) if rest < m.end else None
    if term is not None and term.kind is Kind.STATE and term.role == "name":
        m.kind, m.key, m.role = Kind.STATE, term.name, "name"
        return
    words = doc[m.start + 2 : m.end]
    stop = lexicon_set("org_heads") | lexicon_set("titles") | lexicon_set("company_tails")
    if not 2 <= len(words) <= 3 or not all(t.is_title and t.is_alpha and t.text not in stop for t in words):
        return
    # a surname: the last word stands alone elsewhere in the text ("... Maduro said"), not only in this name
    last = words[-1].text
    if any(t.text == last and not m.start <= t.i < m.end for t in doc):
        m.start, m.kind, m.role = m.start + 2, Kind.OFFICIAL, "person"


# words that name a tier, a form or a party of government, never its leader ("the Territory government")
_NOT_LEADERS = frozenset(
    [
        "Territory", "State", "Federal", "Provincial", "Regional", "Central", "National", "Unity", "Interim",
        "Transitional", "Military", "Caretaker", "Labour", "Labor", "Liberal", "Conservative", "Socialist", "Communist",
        "Coalition", "Minority", "Majority",
    ]
)


def _leader_word(doc: Doc, i: int) -> bool:
    """"the Morrison government": a capitalised word, not a known term, between "the" and a lower-case
    "government", that stands nowhere else in the text (where the leader's full name is written, "the Ortega
    government" is read as the person)."""
    t = doc[i]
    if i == 0 or i + 1 >= len(doc) or doc[i - 1].lower_ != "the" or doc[i + 1].text != "government":
        return False
    if not (t.is_title and t.is_alpha and len(t) > 2) or t.ent_type_ not in {"", "PERSON"} or t.pos_ == "ADJ":
        return False
    stop = lexicon_set("org_heads") | lexicon_set("titles") | lexicon_set("company_tails") | _NOT_LEADERS
    if t.text in stop or t.lower_ in lexicon_set("org_nouns") or lookup(t.text) is not None:
        return False
    return all(u.i + 1 < len(doc) and doc[u.i + 1].text == "government" for u in doc if u.text == t.text)


def leader_governments(chosen: list[Mention], doc: Doc) -> None:
    """A government named after its leader whose own name the text never writes is a body of its own: "the
    Turnbull government" (a mention "Morrison" read alone there is replaced). Edits ``chosen`` in place."""
    words = doc_column(doc, "text")
    for i in range(1, len(doc) - 1):
        if words[i + 1] != "government":
            continue  # (what _leader_word asks first, read from the column)
        if not _leader_word(doc, i) or any(m.start <= i < m.end and m.end - m.start > 1 for m in chosen):
            continue
        chosen[:] = [m for m in chosen if not (m.start == i and m.end == i + 1)]
        at = next((k for k, m in enumerate(chosen) if m.start > i), len(chosen))
        chosen.insert(at, Mention(i, i + 2, Kind.PARTY, None, 1, "org"))
