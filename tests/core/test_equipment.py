"""Warships' classes the article marks are no actors or ships (core/extract/equipment.py; invented sentences)."""

from core.extract.entities import find_entities
from core.extract.nlp import load_nlp


def _found(text: str) -> dict[str, str]:
    return {m.text: e.kind.name for e in find_entities(load_nlp()(text)) for m in e.mentions}


def test_name_between_a_number_and_a_plural_class_noun_is_a_class():
    found = _found(
        "Norland will buy three Kestrel frigates from Ostavia, its defence minister Karl Brandt said on Monday. "
        "The Kestrel deal is worth $2 billion."
    )
    assert "Kestrel" not in found
    assert found.get("Karl Brandt") == "OFFICIAL"


def test_acronym_after_one_before_a_singular_class_noun_is_a_class():
    found = _found(
        "The navy of Ostavia already operates one TARVOS frigate and plans to order two more TARVOS frigates, "
        "Admiral Lena Ruiz said."
    )
    assert "TARVOS" not in found
    assert found.get("Lena Ruiz") == "OFFICIAL"


def test_acronym_in_brackets_after_a_class_noun_is_a_class():
    found = _found(
        "Ostavia will buy the intervention and defence frigates (FDK), Karl Brandt said. FDK hulls are built in "
        "Vardo, and the FDK costs less."
    )
    assert "FDK" not in found


def test_class_marked_once_is_no_ship_where_it_follows_and():
    found = _found(
        "Ostavia already operates Ardent submarines, a Kestrel frigate, and Morlin corvettes. A deal for two "
        "Morlin corvettes was expected, Karl Brandt said."
    )
    assert "Morlin" not in found


def test_ship_names_joined_before_a_plural_noun_stay_ships():
    found = _found("The Kestrel and Ardent corvettes docked in Vardo on Sunday, Admiral Lena Ruiz said.")
    assert found.get("Ardent") == "VESSEL"
