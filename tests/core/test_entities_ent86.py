"""Entity classes of x-ent86 (issue #11, round BF: ends the output lacked), each on invented sentences: an
intercapped trade name the model leaves untagged ("SkyNet", written twice) is a firm; a single intercapped word
glued from furniture, "MoU" and a surname prefix are not.

The measure of quality is bench/real (real articles, scored); these pin each rule and a case where it could over-fire.
"""

from __future__ import annotations

from core.extract.intercapped_firms import _intercapped
from core.model import Kind
from tests.core.test_entities import by_name, extract
from tests.core.test_entities_news import HEADLINE


def _names(nlp, sentence: str) -> dict:
    return by_name(extract(nlp, HEADLINE + sentence + "\n"))


# an intercapped word written twice (core/extract/intercapped_firms.py)


def test_an_intercapped_word_written_twice_is_a_firm(nlp):
    found = _names(
        nlp,
        "Vorland halted the launch of satellites owned by maritime operator SkyNet. "
        "The satellites were due to fly next week, but SkyNet has given no guarantees.",
    )
    assert found["SkyNet"][0] is Kind.PARTY, found
    assert found["SkyNet"][1] == ["SkyNet", "SkyNet"], found


def test_intercapped_shapes():
    assert _intercapped("SkyNet") and _intercapped("OrbitX") and _intercapped("CargoJA")
    assert not _intercapped("MoU") and not _intercapped("MoD") and not _intercapped("Skynet")
    assert not _intercapped("McLean") and not _intercapped("MacRae") and not _intercapped("VanDyke")


def test_an_intercapped_word_written_once_is_left(nlp):
    found = _names(nlp, "Vorland halted the launch on Friday.\nShare this article CommentsThe minister left.")
    assert "CommentsThe" not in found, found
    # a firm's cue and all, a single use is left (the rule counts the uses)
    found = _names(nlp, "Vorland halted the launch of satellites owned by maritime operator SkyNet on Friday.")
    assert not any(kind is Kind.PARTY and "SkyNet" in forms for kind, forms in found.values()), found

