"""A rank abbreviation's stop ends no sentence and is no name ('Navy Cmdr. X', rank_stops.py)."""

from __future__ import annotations

from core.extract.entities import find_entities
from core.extract.relations import find_relations
from core.model import Family
from tests.core.test_entities_news import HEADLINE
from tests.core.test_nlp import sentences


def _read(nlp, text: str) -> tuple[list[str], set[tuple[str, str, Family]]]:
    doc = nlp(HEADLINE + text + "\n")
    ents = find_entities(doc)
    names = [e.name for e in ents]
    return names, {(names[r.source], names[r.target], r.family) for r in find_relations(doc, ents)}


def test_a_rank_abbreviation_ends_no_sentence() -> None:
    for rank in ("Cmdr.", "Cdr.", "Sgt.", "Brig."):
        text = f"“The frigate turned away at dusk,” said Navy {rank} Pavel Ostrinko, a fleet spokesman."
        got = sentences(text)
        assert len(got) == 1, (rank, got)


def test_a_rank_is_no_name_and_the_titled_speaker_reports(nlp) -> None:
    text = "“A Chinese destroyer sailed across the bow of our ship,” said Navy Cmdr. Pavel Ostrinko, a fleet spokesman."
    names, got = _read(nlp, text)
    assert not any("Cmdr" in n for n in names), names
    assert ("Pavel Ostrinko", "China", Family.REPORTING) in got, got
