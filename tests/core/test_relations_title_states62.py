"""Title states of round AX (issue 11): a state set off from a title by a dateline's spaced dash is not the
title's ('Pyongyang, North Korea - Chilean President X'), though the parser hangs it on the title. Entities placed
by hand; invented sentences."""

from __future__ import annotations

from core.extract.relations.title_states import dashed_off
from core.model import Family, Kind
from tests.core.test_relation_family_cues import CL, _fams
from tests.core.test_relations import NK, stated

OFF = Kind.OFFICIAL
IVO = {"Ivo Marek": (OFF, ["Ivo Marek", "Marek"])}


def test_a_dateline_state_before_a_dash_does_not_qualify_the_title():
    text = "Pyongyang, North Korea - Chilean President Ivo Marek on Wednesday signed a trade deal."
    got = stated(text, {**NK, **CL, **IVO})
    assert Family.LEADERSHIP not in _fams(got, "Ivo Marek", "North Korea"), got
    assert Family.LEADERSHIP in _fams(got, "Ivo Marek", "Chile"), got


def test_a_hyphenated_state_word_still_qualifies_the_title(nlp):
    got = stated("The North Korea-born Chilean President Ivo Marek signed a trade deal.", {**NK, **CL, **IVO})
    assert Family.LEADERSHIP in _fams(got, "Ivo Marek", "Chile"), got
    # an unspaced hyphen between the modifier and the title is inside a word, no dateline's dash (the ties above
    # have other paths, so the rule is checked where it decides)
    doc = nlp("Chilean Vice-President Ivo Marek signed a trade deal.")
    assert [t.text for t in doc[:4]] == ["Chilean", "Vice", "-", "President"]
    assert not dashed_off(doc[0], doc[3])
    doc = nlp("Pyongyang, North Korea - Chilean President Ivo Marek signed a trade deal.")
    assert [t.text for t in doc[3:7]] == ["Korea", "-", "Chilean", "President"]
    assert dashed_off(doc[3], doc[6])
