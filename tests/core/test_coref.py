"""Bare family names the model left untagged join the person named earlier in the document."""

from __future__ import annotations

from core.extract import extract_text
from core.extract.coref import family_name


def people(text: str) -> dict[str, list[tuple[str, int]]]:
    return {
        e.name: [(m.text, m.start) for m in e.mentions]
        for e in extract_text(text).entities
        if e.kind == "OFFICIAL"
    }


def test_family_name_of_western_and_korean_names() -> None:
    assert family_name("Mike Pence") == "Pence"
    assert family_name("Ri Il Gyu") == "Ri"
    assert family_name("Pence") is None


def test_an_untagged_surname_after_a_quotation_joins_the_person() -> None:
    text = (
        "Vice President Mike Pence visited Chile in August. "
        "“We urge Brazil to break all ties to North Korea,” Pence declared in Santiago."
    )
    found = people(text)
    assert "Mike Pence" in found
    start = text.index("Pence declared")
    assert ("Pence", start) in found["Mike Pence"]


def test_shared_family_name_goes_to_the_latest_full_name() -> None:
    text = (
        "Raúl Castro met the delegation in Havana. Years earlier Fidel Castro had ruled the island. "
        "Critics said Castro never allowed dissent."
    )
    found = people(text)
    last = text.rindex("Castro")
    assert any(start == last for _, start in found.get("Fidel Castro", []))
    assert all(start != last for _, start in found.get("Raúl Castro", []))


def test_a_surname_with_no_full_name_before_it_is_not_guessed() -> None:
    text = "Pence spoke first. Later that day Vice President Mike Pence left for Peru."
    found = people(text)
    assert all(start != 0 for _, start in found.get("Mike Pence", []))
