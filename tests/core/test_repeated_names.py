"""A body's or person's written form found once is that body or person wherever else it stands alone
(``core.extract.repeated_names``)."""

from __future__ import annotations

from core.extract.repeated_names import repeat_mentions
from core.model import Kind, LocalEntity, Span


def _entity(text: str, name: str, kind: Kind, form: str, nth: int = 0) -> LocalEntity:
    at = -1
    for _ in range(nth + 1):
        at = text.find(form, at + 1)
    return LocalEntity(name, kind, [Span(at, at + len(form), form)])


def _forms(e: LocalEntity) -> list[tuple[int, str]]:
    return [(m.start, m.text) for m in e.mentions]


def test_a_missed_occurrence_of_a_persons_form_is_added() -> None:
    text = "Brovak spoke in Tarsen on Monday. Nevertheless, Brovak argues Quell and Dorrit broke the accord."
    brovak = _entity(text, "Brovak", Kind.OFFICIAL, "Brovak")
    repeat_mentions(text, [brovak])
    assert _forms(brovak) == [(0, "Brovak"), (text.rfind("Brovak"), "Brovak")]


def test_a_bodys_name_is_added_before_a_lower_case_noun_but_an_acronym_is_not() -> None:
    text = (
        "Dravco Shipping said the Tarvik group seized the town. Talks between the government and the Tarvik rebels "
        "failed; the KLF and Dravco said the KLF had left."
    )
    tarvik = _entity(text, "Tarvik", Kind.PARTY, "Tarvik")
    klf = _entity(text, "KLF", Kind.PARTY, "KLF")
    repeat_mentions(text, [tarvik, klf])
    assert len(tarvik.mentions) == 2 and len(klf.mentions) == 1


def test_no_occurrence_inside_a_longer_name_or_of_a_state_or_a_common_opener() -> None:
    text = (
        "Vantor said it would appeal. Vantor Line, its shipping arm, and Dr Ellis Vantor were not named. "
        "Vantor-led talks stalled. Harbour officials met. The harbour was closed. Osland said Osland City is calm."
    )
    vantor = _entity(text, "Vantor", Kind.PARTY, "Vantor")
    harbour = _entity(text, "Harbour", Kind.PARTY, "Harbour")
    state = _entity(text, "Osland", Kind.STATE, "Osland")
    repeat_mentions(text, [vantor, harbour, state])
    assert _forms(vantor) == [(0, "Vantor")]
    assert len(harbour.mentions) == 1 and len(state.mentions) == 1


def test_a_form_two_entities_share_is_left_alone() -> None:
    text = "Kell met Kell. Later Kell left."
    a = _entity(text, "Anna Kell", Kind.OFFICIAL, "Kell")
    b = _entity(text, "Bo Kell", Kind.OFFICIAL, "Kell", nth=1)
    repeat_mentions(text, [a, b])
    assert len(a.mentions) == 1 and len(b.mentions) == 1
