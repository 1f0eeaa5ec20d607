"""Stable entity ids across re-resolution."""

from __future__ import annotations

from core.model import Kind
from core.resolve import ResolvedEntity
from core.store import _stable_ids


def entity(*members: tuple[int, int]) -> ResolvedEntity:
    return ResolvedEntity("x", Kind.OFFICIAL, members=list(members))


def test_a_split_entity_keeps_its_id_on_the_bigger_part_and_new_ids_never_collide() -> None:
    # before: entity 1 gathered (1,0), (2,0) and (2,2); entity 2 was (1,1); entity 3 was (2,1)
    local_row = {(1, 0): 10, (2, 0): 20, (2, 2): 22, (1, 1): 11, (2, 1): 21, (3, 0): 30, (3, 1): 31}
    old = {10: 1, 20: 1, 22: 1, 11: 2, 21: 3}
    # after adding document 3, entity 1 splits: the new order lists the small fragment first
    new = [entity((2, 0)), entity((1, 1)), entity((1, 0), (2, 2), (3, 0), (3, 1)), entity((2, 1))]
    ids = _stable_ids(new, local_row, old)
    assert len(set(ids)) == len(ids)
    assert ids[2] == 1, "the part with most of entity 1's members keeps id 1"
    assert ids[1] == 2 and ids[3] == 3
    assert ids[0] == 4, "a new entity gets an id no old entity had"


def test_no_old_network_numbers_from_one() -> None:
    assert _stable_ids([entity((1, 0)), entity((1, 1))], {(1, 0): 1, (1, 1): 2}, {}) == [1, 2]
