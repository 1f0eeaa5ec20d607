"""A tanker's "MT" (motor tanker) is also the unit of metric tonnes: "2,500 MT Of Wheat", "500 MT Wheat". After a
number, "MT" is the unit unless the number is a year or a one-digit count: those stand before a tanker's name ("In
January 2018 MT Sanchi collided", "seized 2 MT Ocean Pride and MT Vela"), an amount of cargo is any other number
("300 MT Rice And 200 MT Sugar", "1,800 MT Of Maize")."""

from __future__ import annotations

import re

_NUMBER_BEFORE = re.compile(r"(\d[\d,.]*)[ \t]+$")
_YEAR_OR_COUNT = re.compile(r"\d|(?:19|20)\d\d")  # written bare: "2,019" or "2.5" is an amount


def metric_tonnes(text: str, start: int) -> bool:
    """Is the "MT" at ``start`` the unit?"""
    number = _NUMBER_BEFORE.search(text[max(0, start - 24) : start])
    if number is None:
        return False
    return _YEAR_OR_COUNT.fullmatch(number.group(1)) is None
