"""Round BG, blind68's entity classes (invented sentences): a person written once in full and once shortened or
reordered, a lower-case "airforce" after a state's word, and a union's body written once in full and once with its
short form ("United Nations Command" / "UN Command")."""

from __future__ import annotations

from core.model import Kind
from tests.core.test_entities import extract
from tests.core.test_entities_news import HEADLINE


def _people_with(entities, form: str):
    return [e for e in entities if e.kind is Kind.OFFICIAL and any(m.text == form for m in e.mentions)]


def test_a_shortened_and_reordered_name_is_the_same_person(nlp):
    text = (
        HEADLINE + "Prosecutors said the businessman Tan Wei Keong, or Keong Tan, moved the money through shell firms. "
        "Keong Tan has denied any wrongdoing."
    )
    found = extract(nlp, text)
    full = _people_with(found, "Tan Wei Keong")
    assert len(full) == 1
    assert "Keong Tan" in {m.text for m in full[0].mentions}
    assert not [e for e in found if e is not full[0] and any(m.text == "Keong Tan" for m in e.mentions)]


def test_a_middle_name_left_out_is_the_same_person(nlp):
    text = (
        HEADLINE + "Defence Minister Arif Mahmud Qasimi met the envoy in Lahore on Monday. "
        "Arif Qasimi said the talks had gone well."
    )
    found = extract(nlp, text)
    full = _people_with(found, "Arif Mahmud Qasimi")
    assert len(full) == 1 and "Arif Qasimi" in {m.text for m in full[0].mentions}


def test_a_short_name_two_longer_names_hold_stays_apart(nlp):
    text = (
        HEADLINE + "Former governor Daniel Ortega Vives and his nephew Daniel Luis Vives both attended the hearing. "
        "Daniel Vives told reporters he expected to be cleared."
    )
    found = extract(nlp, text)
    for full in ("Daniel Ortega Vives", "Daniel Luis Vives"):
        for e in _people_with(found, full):
            assert "Daniel Vives" not in {m.text for m in e.mentions}


def test_a_lower_case_airforce_after_a_demonym_is_a_force(nlp):
    text = HEADLINE + "The three jets were bought by the Chilean airforce from a state-owned arms maker in 1998."
    found = extract(nlp, text)
    assert any(e.kind is Kind.PARTY and any(m.text == "Chilean airforce" for m in e.mentions) for e in found)


def test_a_bare_airforce_is_no_entity(nlp):
    text = HEADLINE + "He joined the airforce at eighteen and flew transport planes for a decade."
    found = extract(nlp, text)
    assert not [e for e in found if any("airforce" in m.text for m in e.mentions)]


def test_a_union_body_written_with_the_short_form_clusters_with_the_long_form():
    from core.extract.coref import _spelled_out
    from core.extract.kb import fold

    assert _spelled_out(fold("UN Relief Command")) == fold("United Nations Relief Command")
    assert _spelled_out(fold("U.N. Relief Command")) == fold("United Nations Relief Command")


def test_other_names_starting_with_the_letters_stay_as_written():
    from core.extract.coref import _spelled_out
    from core.extract.kb import fold

    for name in ("UNESCO", "Union Bank", "Unity Party", "UN"):
        assert _spelled_out(fold(name)) == fold(name)
