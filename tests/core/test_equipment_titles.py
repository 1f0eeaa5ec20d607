"""Equipment and treaty acronyms the article marks, and titles swallowed into names (invented sentences)."""

from core.extract.entities import find_entities
from core.extract.nlp import load_nlp


def _found(text: str) -> dict[str, str]:
    return {m.text: e.kind.name for e in find_entities(load_nlp()(text)) for m in e.mentions}


def test_model_before_system_and_its_suffix_are_no_bodies():
    found = _found(
        "Norland delivered another ZEPHYR-K air defence system to Ostavia. The ZEPHYR-K QRS launcher arrived "
        "in May, and Minister Karl Brandt said a second Falconet system would follow. Another Falconet is due."
    )
    assert not {"ZEPHYR-K", "QRS", "Falconet"} & set(found)
    assert found.get("Karl Brandt") == "OFFICIAL"


def test_treaty_acronym_and_cut_bracket_are_no_bodies():
    found = _found(
        "Norland and Ostavia signed the Mutual Harbour Agreement (MHA) on Monday. The MHA lets ships of both "
        "navies call at each other's ports, said Minister Karl Brandt."
    )
    assert not any(t.startswith("Mutual Harbour Agreement") or t == "MHA" for t in found)


def test_title_swallowed_into_a_name_and_first_name_before_jr():
    found = _found(
        "After meeting Ostavian Prime Minister Tomas Keller, the envoy left. "
        "Defense Secretary Ramon Velasco Jr. and the envoy spoke."
    )
    assert "Prime Minister Tomas Keller" not in found
    assert found.get("Ramon Velasco Jr.") == "OFFICIAL"
    assert "Velasco Jr." not in found
