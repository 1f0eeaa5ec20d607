"""One body in two shapes in one article (ordinal, undefined acronym, bare head word) and navy hull prefixes
(core/extract/short_forms.py, vessels.py). Every sentence is invented for its rule; quality is measured in bench/real.
"""

from __future__ import annotations

from core.extract.short_forms import join_short_forms
from core.model import Kind, LocalEntity, Span
from tests.core.test_entities import extract
from tests.core.test_entities_news import HEADLINE, holding


def _e(name: str, kind: Kind, *spans: tuple[int, str]) -> LocalEntity:
    return LocalEntity(name=name, kind=kind, mentions=[Span(a, a + len(t), t) for a, t in spans])


def test_an_ordinal_word_and_its_number_are_one_body():
    a = _e("7th Fleet", Kind.PARTY, (10, "7th Fleet"))
    b = _e("Seventh Fleet", Kind.PARTY, (90, "Seventh Fleet"))
    c = _e("Sixth Fleet", Kind.PARTY, (150, "Sixth Fleet"))
    got = join_short_forms([a, b, c])
    assert got == [a, c] and {m.text for m in a.mentions} == {"7th Fleet", "Seventh Fleet"}


def test_an_undefined_acronym_joins_the_body_whose_initials_it_is():
    full = _e("Ruritanian Coastal Self-Defense Force", Kind.PARTY, (0, "Ruritanian Coastal Self-Defense Force"))
    short = _e("CSDF", Kind.PARTY, (80, "CSDF"))
    other = _e("CIA", Kind.PARTY, (120, "CIA"))
    got = join_short_forms([full, short, other])
    assert got == [full, other] and "CSDF" in {m.text for m in full.mentions}


def test_a_bare_head_word_joins_the_nearest_body_written_in_full():
    first = _e("Ruritanian Navy", Kind.PARTY, (0, "Ruritanian Navy"))
    second = _e("Borduria's Navy", Kind.PARTY, (50, "Borduria's Navy"))
    bare = _e("Navy", Kind.PARTY, (90, "Navy"))
    lead = _e("Navy", Kind.PARTY, (5, "Navy"))
    assert join_short_forms([first, second, bare]) == [first, second] and bare.mentions[0] in second.mentions
    headline = _e("Ruritanian Navy", Kind.PARTY, (40, "Ruritanian Navy"))
    assert join_short_forms([lead, headline]) == [headline]  # before any full form: the next one
    alone = _e("Navy", Kind.PARTY, (5, "Navy"))
    assert join_short_forms([alone]) == [alone]


def test_a_navy_hull_prefix_makes_a_ship(nlp):
    got = extract(nlp, HEADLINE + "The Ruritanian Navy's NNS Kestrel tried to stop the tanker off the coast.\n")
    ship = holding(got, "NNS Kestrel") or holding(got, "Kestrel")
    assert ship is not None and ship.kind is Kind.VESSEL, got


def test_a_ship_prefix_in_one_document_settles_the_kind_across_documents():
    from core.model import DocExtraction
    from core.resolve import resolve

    person = _e("Kestrel Dawn", Kind.OFFICIAL, (0, "Kestrel Dawn"), (40, "Kestrel Dawn"), (90, "Dawn"), (120, "Dawn"))
    ship = _e("Kestrel Dawn", Kind.VESSEL, (0, "MV Kestrel Dawn"), (50, "Kestrel Dawn"))
    got = resolve([(1, DocExtraction(entities=[person])), (2, DocExtraction(entities=[ship]))])
    assert [(e.name, e.kind) for e in got] == [("Kestrel Dawn", Kind.VESSEL)]


def test_a_dated_masthead_line_is_furniture():
    from core.extract.furniture import furniture_ranges

    text = "Navy takes the tanker\n\nPublished Mar 3, 2021 9:15 AM by The Harbour Gazette\n\nThe navy said so.\n"
    line = text.index("Published")
    assert any(a <= line and b >= text.index("Gazette") for a, b in furniture_ranges(text))


def test_a_state_word_and_force_word_join_the_one_longer_name_between_them():
    long = _e("Ruritanian People's Navy", Kind.PARTY, (0, "Ruritanian People's Navy"))
    short = _e("Ruritanian Navy", Kind.PARTY, (60, "Ruritanian Navy"))
    army = _e("Ruritanian Army", Kind.PARTY, (90, "Ruritanian Army"))
    assert join_short_forms([long, short, army]) == [long, army]
    long = _e("Ruritanian People's Navy", Kind.PARTY, (0, "Ruritanian People's Navy"))
    second = _e("Ruritanian Coastal Navy", Kind.PARTY, (120, "Ruritanian Coastal Navy"))
    assert len(join_short_forms([_e("Ruritanian Navy", Kind.PARTY, (5, "Ruritanian Navy")), long, second])) == 3
