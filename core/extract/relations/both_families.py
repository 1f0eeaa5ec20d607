"""Acts that belong to two families at once: breaking off diplomatic ties is diplomacy done in hostility."""

from __future__ import annotations

import re

from core.extract.relations.syntax import Tie
from core.model import Family

# 'cut tie with', 'breaking relation with', 'terminate relation with': the annotated sets file the same act
# under DIPLOMACY (the act of state) and HOSTILITY (what it means), so both are stated.
_SEVERED = re.compile(
    r"^(cut|cuts|cutting|break|breaks|breaking|broke|sever|severs|severed|severing|terminate|terminates|"
    r"terminated|terminating|rupture|ruptured)\b.*\b(tie|ties|relation|relations|relationship)\b"
)


def second_families(ties: list[Tie]) -> list[Tie]:
    """The other family of each tie that has two; ties already stated with it are left out."""
    have = {(src, tgt, fam) for src, tgt, _, fam in ties}
    out: list[Tie] = []
    for src, tgt, type_, fam in ties:
        if fam is Family.HOSTILITY and _SEVERED.match(type_) and (src, tgt, Family.DIPLOMACY) not in have:
            have.add((src, tgt, Family.DIPLOMACY))
            out.append((src, tgt, type_, Family.DIPLOMACY))
    return out
