"""A body named only where a short line without a closing stop ends is a credit or a headline, no entity (x-entp90,
`line_end_names.without_line_end_bodies`)."""

from __future__ import annotations

from core.extract.line_end_names import without_line_end_bodies
from core.extract.pipeline import extract_doc
from core.model import Kind, LocalEntity, Span


def _at(text: str, form: str, kind: Kind = Kind.PARTY, nth: int = 0) -> LocalEntity:
    at = -1
    for _ in range(nth + 1):
        at = text.index(form, at + 1)
    return LocalEntity(name=form, kind=kind, mentions=[Span(at, at + len(form), form)])


def _names(entities: list[LocalEntity]) -> set[str]:
    return {e.name for e in entities}


def test_a_credit_line_ending_on_an_outlet_names_no_entity():
    text = "The harbour at Velmar was closed on Monday.\nA view of the harbour. — The Daily Courier\nTrade has stopped."
    assert _names(without_line_end_bodies(text, [_at(text, "Daily Courier")])) == set()


def test_a_headline_stopping_on_a_body_names_no_entity():
    text = "Velmar to sell frigates to the Ostland Union\nVelmar signed the deal on Monday, its ministry said."
    assert _names(without_line_end_bodies(text, [_at(text, "Ostland Union")])) == set()


def test_the_whole_pipeline_drops_a_credit(nlp):
    text = (
        "The Velmar navy seized a cargo ship near the port on Monday, officials said.\n"
        "Ships wait outside the port. SOURCE: Harbour Wire Service\n"
        "The ship was carrying fuel, the navy said."
    )
    names = {e.name for e in extract_doc(nlp(text)).entities}
    assert not any("Harbour Wire" in n for n in names), names


def test_a_body_a_sentence_names_stays():
    text = "The Ostland Union said it would buy the frigates.\nVelmar to sell frigates to the Ostland Union"
    union = _at(text, "Ostland Union")
    union.mentions.append(_at(text, "Ostland Union", nth=1).mentions[0])
    assert _names(without_line_end_bodies(text, [union])) == {"Ostland Union"}
    text = "Velmar sold the frigates to the Ostland Union.\nMore to follow."
    assert _names(without_line_end_bodies(text, [_at(text, "Ostland Union")])) == {"Ostland Union"}


def test_a_long_line_a_list_line_and_a_person_stay():
    text = (
        "The ministry said the new rules on exports of fuel and grain had been agreed with the Ostland Union\n"
        "Members:\nOstland Union\nTalvo Reskandar spoke to Mirela Voss"
    )
    kept = without_line_end_bodies(
        text, [_at(text, "Ostland Union"), _at(text, "Ostland Union", nth=1), _at(text, "Mirela Voss", Kind.OFFICIAL)]
    )
    assert len(kept) == 3


def test_a_description_ending_a_headline_stays():
    text = "Envoy warns fuel suppliers to the Velmar military\nThe Velmar military junta has bought fuel abroad."
    assert _names(without_line_end_bodies(text, [_at(text, "Velmar military")])) == {"Velmar military"}
