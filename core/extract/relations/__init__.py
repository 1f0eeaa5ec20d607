"""Relations of one parsed document, read from the grammar of each sentence.

Two entities in a sentence are tied when its dependency tree says how: a verb with one as its doer and the
other as its object or prepositional complement ("X visited Y", "Y was seized by X"), a title or apposition
("X, member of Y", "Cuba's president X"), a relation noun ("ties between X and Y", "X's threat against Y"),
or a reporting verb ("KCNA reported that X ..."). Families come from the lexicon in ``data/relations.json``.
Pairs the grammar says nothing about keep an ASSOCIATION tie, so no co-occurrence is lost.
"""

from __future__ import annotations

from spacy.tokens import Doc

from core.extract.relations.lexicon import lexicon
from core.extract.relations.pair_model import pair_model
from core.extract.relations.reader import Reader
from core.model import LocalEntity, LocalRelation

__all__ = ["find_relations"]


def find_relations(doc: Doc, entities: list[LocalEntity]) -> list[LocalRelation]:
    """Every tie stated between two entities of one sentence, with the sentence as evidence."""
    return Reader(doc, entities, lexicon(), pair_model()).relations()
