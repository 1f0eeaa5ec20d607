"""Warships' classes the article marks are no actors or ships (core/extract/equipment.py; invented sentences)."""

from core.extract.entities import find_entities
from core.extract.nlp import load_nlp


def _found(text: str) -> dict[str, str]:
    return {m.text: e.kind.name for e in find_entities(load_nlp()(text)) for m in e.mentions}


def test_name_between_a_number_and_a_plural_class_noun_is_a_class():
    found = _found(
        "The coast guard of Norland wants six Heron corvettes for its northern waters, Karl Brandt told reporters. "
        "A Heron contract could be signed in May."
    )
    assert "Heron" not in found
    assert found.get("Karl Brandt") == "OFFICIAL"


def test_name_after_one_before_a_singular_class_noun_is_a_class():
    found = _found("Sylvania's navy sails one Valda frigate and wants two more Valda frigates, Admiral Lena Ruiz said.")
    assert "Valda" not in found
    assert found.get("Lena Ruiz") == "OFFICIAL"


def test_acronym_in_brackets_after_a_class_noun_is_a_class():
    found = _found(
        "Karl Brandt said the navy would get its coastal patrol corvettes (CPK) next year. The first CPK will sail "
        "from Vardo, and CPK crews are training now."
    )
    assert "CPK" not in found


def test_class_marked_once_is_no_ship_where_it_follows_and():
    found = _found(
        "The fleet counts a Heron destroyer and Morlin corvettes at present. Lena Ruiz said six more Morlin corvettes "
        "would follow."
    )
    assert "Morlin" not in found


def test_firm_that_speaks_or_acts_elsewhere_is_no_class():
    for text in (
        "Sylvania agreed to buy five Vexora frigates last year. Vexora said the hulls would be laid down in June.",
        "Norland leases one Vexora submarine, and Vexora is offering it a second boat.",
        "Ostavia will order two Vexora corvettes, Vexora chief executive Ana Holm told investors.",
    ):
        assert "Vexora" in _found(text), text


def test_ship_names_joined_before_a_plural_noun_stay_ships():
    found = _found("The Kestrel and Ardent corvettes docked in Vardo on Sunday, Admiral Lena Ruiz said.")
    assert found.get("Ardent") == "VESSEL"
