"""The lead's mends after the read-only review of round Y (session 12); each test fails without its mend."""

from core.model import DocExtraction, Kind, LocalEntity, Span
from core.resolve import resolve


def _one(name, kind):
    return LocalEntity(name=name, kind=kind, mentions=[Span(0, len(name), name)])


def test_a_firm_named_after_its_founder_beside_him_is_not_joined_to_him():
    """'Gautam Adani' and his firm 'Adani' in one article, 'Adani' alone in two others: the firm stays a firm, in
    every document, and the extraction's own entities keep their kinds."""
    firm_2, firm_3 = _one("Brasko", Kind.PARTY), _one("Brasko", Kind.PARTY)
    resolved = resolve([
        (1, DocExtraction(entities=[_one("Tomas Brasko", Kind.OFFICIAL), _one("Brasko", Kind.PARTY)])),
        (2, DocExtraction(entities=[firm_2])),
        (3, DocExtraction(entities=[firm_3])),
    ])
    found = {e.name: (e.kind, set(e.members)) for e in resolved}
    assert found["Tomas Brasko"] == (Kind.OFFICIAL, {(1, 0)})
    assert found["Brasko"] == (Kind.PARTY, {(1, 1), (2, 0), (3, 0)})
    assert firm_2.kind is Kind.PARTY and firm_3.kind is Kind.PARTY


def test_a_bare_surname_joined_to_its_person_leaves_the_extraction_untouched():
    body = _one("Vesey", Kind.PARTY)
    resolved = resolve([
        (1, DocExtraction(entities=[_one("Lorcan Vesey", Kind.OFFICIAL)])),
        (2, DocExtraction(entities=[body])),
    ])
    assert [(e.name, e.kind, set(e.members)) for e in resolved] == [("Lorcan Vesey", Kind.OFFICIAL, {(1, 0), (2, 0)})]
    assert body.kind is Kind.PARTY  # the document's own reading is not rewritten in place
