"""A tanker's "MT" (motor tanker) is also the unit of metric tonnes: "2,500 MT Of Wheat", "500 MT rice". After a
number, "MT" is the unit only when the number is written with a thousands separator ("2,500 MT") or what follows is
"of" or a lower-case word ("300 MT Of Wheat", "300 MT rice"): a year or a count before a tanker's name is no amount
("In January 2018 MT Sanchi collided", "seized 2 MT Ocean Pride and MT Vela")."""

from __future__ import annotations

import re

_NUMBER_BEFORE = re.compile(r"(\d[\d,.]*)[ \t]+$")
_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
_UNIT_AFTER = re.compile(r"(?:Of|of)\b|[a-z]")


def metric_tonnes(text: str, start: int, after: int) -> bool:
    """Is the "MT" at ``start`` the unit (``after``: where the word after it starts)?"""
    number = _NUMBER_BEFORE.search(text[max(0, start - 24) : start])
    if number is None:
        return False
    return _THOUSANDS.fullmatch(number.group(1)) is not None or _UNIT_AFTER.match(text, after) is not None
