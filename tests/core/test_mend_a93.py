"""Review of round BG, mend A (invented sentences): hard-wrapped lines, list items and one-line paragraphs keep the
bodies they end with (`line_end_names`); a whole known name at a cut-looking end is no cut (`excerpt_ends`); a short
name beside a longer one a kin noun introduces ("His son, ...") is another person (`reversed_names`); "UN X" and
"United Nations X" cluster through the whole extractor (`coref._spelled_out` in `cluster_parties`)."""

from __future__ import annotations

from core.extract.excerpt_ends import join_cut_names
from core.extract.line_end_names import without_line_end_bodies
from core.extract.pipeline import extract_doc
from core.model import Kind, LocalEntity, Span
from tests.core.test_entities import extract
from tests.core.test_entities_news import HEADLINE


def _at(text: str, form: str, kind: Kind = Kind.PARTY) -> LocalEntity:
    at = text.index(form)
    return LocalEntity(name=form, kind=kind, mentions=[Span(at, at + len(form), form)])


def _kept(text: str, *forms: str) -> set[str]:
    return {e.name for e in without_line_end_bodies(text, [_at(text, f) for f in forms])}


# -- item 1: line_end_names -----------------------------------------------------------------------------------------


def test_hard_wrapped_lines_keep_the_bodies_they_end_with():
    text = (
        "Ostlandic officials said on Tuesday that they had asked the Harbour Credit Fund\n"
        "for an emergency loan to pay for the new port.\n"
        "The request was backed by the Velmar Trade Council\n"
        "and by several northern governments, the ministry said.\n"
    )
    assert _kept(text, "Harbour Credit Fund", "Velmar Trade Council") == {"Harbour Credit Fund", "Velmar Trade Council"}


def test_list_items_keep_their_bodies():
    text = (
        "The sanctions named three firms:\n"
        "- a shipping firm linked to the Ostland Border Guard\n"
        "\u2022 two banks that the Velmar Treasury said moved funds for the Red Dawn Front\n"
        "1. a broker working for the Kessaro Mining Company\n"
    )
    bodies = ("Ostland Border Guard", "Red Dawn Front", "Kessaro Mining Company")
    assert _kept(text, *bodies) == set(bodies)


def test_a_one_line_paragraph_keeps_its_body():
    text = "Velmar and Ostland met on Monday in the port.\nThe talks were hosted by the Southern Harbour Union\n"
    assert _kept(text, "Southern Harbour Union") == {"Southern Harbour Union"}


def test_a_headline_and_a_credit_still_name_no_body():
    text = "Velmar to sell frigates to the Ostland Union\nVelmar signed the deal on Monday, its ministry said."
    assert _kept(text, "Ostland Union") == set()
    text = "The harbour was closed.\nA view of the harbour. \u2014 The Daily Courier\nTrade has stopped."
    assert _kept(text, "Daily Courier") == set()
    text = "The harbour was closed.\n- The Daily Courier\nTrade has stopped."
    assert _kept(text, "Daily Courier") == set()


# -- item 2: excerpt_ends.join_cut_names ----------------------------------------------------------------------------


def test_a_whole_state_name_at_the_cut_end_is_no_cut_name():
    text = "Nigeria closed its border on Monday. The decision was welcomed by traders in Niger"
    nigeria = _at(text, "Nigeria", Kind.STATE)
    at = len(text) - len("Niger")
    niger = LocalEntity(name="Niger", kind=Kind.STATE, mentions=[Span(at, len(text), "Niger")])
    kept = join_cut_names(text, [nigeria, niger])
    assert {e.name: len(e.mentions) for e in kept} == {"Nigeria": 1, "Niger": 1}


# -- item 3: reversed_names._join_shortened -------------------------------------------------------------------------


def test_a_short_name_before_a_longer_one_is_another_person(nlp):
    text = (
        HEADLINE + "Former President Talvo Reskandar praised the decision, aides said. "
        "His son, Talvo Marek Reskandar, also welcomed the plan."
    )
    found = extract(nlp, text)
    people = [e for e in found if e.kind is Kind.OFFICIAL and any("Reskandar" in m.text for m in e.mentions)]
    assert len(people) == 2, [(e.name, [m.text for m in e.mentions]) for e in people]


def test_a_short_name_before_the_full_one_is_still_the_same_person(nlp):
    text = (
        HEADLINE + "Defence Minister Arif Qasimi met the envoy in Lahore on Monday. "
        "Arif Mahmud Qasimi said the talks had gone well."
    )
    found = extract(nlp, text)
    people = [e for e in found if e.kind is Kind.OFFICIAL and any("Qasimi" in m.text for m in e.mentions)]
    assert len(people) == 1, [(e.name, [m.text for m in e.mentions]) for e in people]


# -- item 6: the 'UN X' rule through the extractor -----------------------------------------------------------------


def test_un_x_and_united_nations_x_are_one_body(nlp):
    # "UN <words> <head>" with a word that is no body's head ("UN Relief Command") is cut by _trim_org into "UN" and
    # "Relief Command" (a known body opening a name of its own, "White House National Security Council") before
    # clustering; a name of head words only ("UN Police Force") reaches cluster_parties whole
    text = (
        HEADLINE + "Aid trucks were stopped at the border by the UN Mission Command on Monday. "
        "A spokesman for the United Nations Mission Command said they would cross on Tuesday."
    )
    bodies = [e for e in extract_doc(nlp(text)).entities if any("Mission Command" in m.text for m in e.mentions)]
    assert len(bodies) == 1 and len(bodies[0].mentions) == 2, [(e.name, [m.text for m in e.mentions]) for e in bodies]
