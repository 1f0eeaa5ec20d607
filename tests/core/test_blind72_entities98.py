"""blind72's entity classes (x-b72e-98, invented sentences): faiths and their rites ("the Hajj", "Umrah", "Islam")
are no parties or people (a body named after a rite stays); general facts in the KB (the development banks'
acronyms, "eSwatini")."""

from __future__ import annotations

from core.model import Kind
from tests.core.test_entities import extract
from tests.core.test_entities_news import HEADLINE


def _forms(entities, kind: Kind | None = None) -> set[str]:
    return {m.text for e in entities if kind is None or e.kind is kind for m in e.mentions}


def test_faiths_and_rites_are_no_entities(nlp):
    text = (
        HEADLINE + "Norland said its citizens may perform the Hajj this year. Pilgrims who travel for Umrah need a "
        "visa, and the ministry said Islam asks for patience."
    )
    forms = _forms(extract(nlp, text))
    assert not forms & {"Hajj", "Umrah", "Islam"}
    assert "Norland" in forms


def test_a_ministry_of_a_rite_stays(nlp):
    text = HEADLINE + "Norland's Ministry of Hajj and Umrah said on Monday that the quota would rise."
    forms = _forms(extract(nlp, text), Kind.PARTY)
    assert any("Ministry of Hajj" in f for f in forms)


def test_general_facts_in_the_kb(nlp):
    text = (
        HEADLINE + "The ADB will lend the money, and eSwatini acting Prime Minister Orvan Teskel attended the "
        "signing."
    )
    ents = extract(nlp, text)
    assert ("eSwatini" in _forms(ents, Kind.STATE)) and ("ADB" in _forms(ents, Kind.PARTY))
    assert any(e.name == "Asian Development Bank" for e in ents)
