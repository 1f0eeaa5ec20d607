"""Entity classes of blind set 14 (issue #11, round I), each on invented sentences."""

from __future__ import annotations

from core.model import Kind
from tests.core.test_entities import extract
from tests.core.test_entities_news import HEADLINE


def _by_text(entities) -> dict[str, tuple[Kind, str]]:
    return {m.text: (e.kind, e.name) for e in entities for m in e.mentions}


def test_a_lower_case_ministry_after_a_demonym_keeps_the_adjective(nlp):
    text = HEADLINE + "The ship was seized by the navy, the Kenyan interior ministry said on Monday.\n"
    found = _by_text(extract(nlp, text))
    assert found["Kenyan interior ministry"] == (Kind.PARTY, "Ministry of Interior of Kenya")
    assert found["Kenyan"][0] is Kind.STATE


def test_a_suffix_after_a_comma_is_part_of_the_name(nlp):
    text = HEADLINE + "Foreign Secretary Maria Santos, Jr. said Manila would sign. Santos spoke later.\n"
    entities = extract(nlp, text)
    people = [e for e in entities if e.kind is Kind.OFFICIAL]
    assert len(people) == 1 and {m.text for m in people[0].mentions} == {"Maria Santos, Jr.", "Santos"}


def test_a_closing_with_a_report_from_line_is_furniture(nlp):
    text = HEADLINE + "Chile and Peru signed the pact on Monday.\n\n\u2014 With a report from Gazette Wire Service\n"
    assert not any("Gazette" in m for m in _by_text(extract(nlp, text)))
