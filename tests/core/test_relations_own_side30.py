"""Families, round R (issue 11): a speaker quoted word for word on what a state does speaks for it; the head of a
state's committee or ministry is the state's member. Entities placed by hand; invented sentences; pair layer off."""

from __future__ import annotations

from core.model import Family, Kind
from tests.core.test_relation_family_cues import CL, PE, _fams
from tests.core.test_relations import stated

OFF = Kind.OFFICIAL
VESK = {"Arno Vesk": (OFF, ["Arno Vesk", "Vesk"])}


def test_a_speaker_quoted_on_what_his_state_does_speaks_for_it():
    got = stated("“Peru remains committed to the talks, wherever they are held,” Vesk said.", {**PE, **VESK})
    assert Family.MEMBERSHIP in _fams(got, "Arno Vesk", "Peru")
    got = stated("Arno Vesk said in a statement: “Peru is negotiating in good faith.”", {**PE, **VESK})
    assert Family.MEMBERSHIP in _fams(got, "Arno Vesk", "Peru")


def test_the_state_named_by_its_adjective_on_state_is_the_subject():
    got = stated("“The Peruvian state is taking full ownership of the port,” said Vesk.", {**PE, **VESK})
    assert Family.MEMBERSHIP in _fams(got, "Arno Vesk", "Peru")


def test_a_speaker_reported_without_his_words_or_tied_elsewhere_stays_a_reporter():
    # reported speech without a title: no tie of his own
    got = stated("Arno Vesk said Peru remains committed to the talks.", {**PE, **VESK})
    assert Family.MEMBERSHIP not in _fams(got, "Arno Vesk", "Peru")
    # a Chilean minister quoted on Peru is Chile's, not Peru's
    got = stated("“Peru must withdraw its troops,” said Chilean Foreign Minister Arno Vesk.", {**PE, **CL, **VESK})
    assert Family.MEMBERSHIP not in _fams(got, "Arno Vesk", "Peru")


def test_the_head_of_a_states_committee_is_its_member():
    got = stated(
        "Arno Vesk, the head of the Peruvian state committee on security, said casualties were high.", {**PE, **VESK}
    )
    assert _fams(got, "Arno Vesk", "Peru") == {Family.MEMBERSHIP}
    got = stated("Arno Vesk, the head of the Peruvian government, said casualties were high.", {**PE, **VESK})
    assert _fams(got, "Arno Vesk", "Peru") == {Family.LEADERSHIP}


def test_a_minister_titled_by_a_body_heads_it():
    spec = {**VESK, "Sea Affairs Council": (Kind.PARTY, ["Sea Affairs Council"])}
    got = stated("Sea Affairs Council Minister Arno Vesk told reporters the boarding had caused panic.", spec)
    assert _fams(got, "Arno Vesk", "Sea Affairs Council") == {Family.LEADERSHIP}
    got = stated("Sea Affairs Council Deputy Minister Arno Vesk told reporters the boarding had caused panic.", spec)
    assert _fams(got, "Arno Vesk", "Sea Affairs Council") == {Family.MEMBERSHIP}


def test_an_outlet_unnamed_sources_spoke_to_reports_their_word():
    spec = {**PE, **CL, "Agence France-Presse": (Kind.PARTY, ["Agence France-Presse", "AFP"])}
    got = stated("Peru and Chile voted against the resolution, according to diplomats speaking to AFP.", spec)
    assert _fams(got, "Agence France-Presse", "Peru") == {Family.REPORTING}
    got = stated("According to several sources cited by AFP, the text was drafted by Peru and Chile.", spec)
    assert _fams(got, "Agence France-Presse", "Chile") == {Family.REPORTING}


def test_a_body_unnamed_sources_spoke_to_is_no_reporter():
    spec = {**PE, **CL, "Lima Harbour Board": (Kind.PARTY, ["Lima Harbour Board"])}
    got = stated("Chile voted against the resolution, according to officials speaking to the Lima Harbour Board.", spec)
    assert Family.REPORTING not in _fams(got, "Lima Harbour Board", "Chile")


def test_an_outlet_closing_its_sentence_reports_the_main_clause_too():
    spec = {**PE, **CL, "Agence France-Presse": (Kind.PARTY, ["Agence France-Presse", "AFP"])}
    got = stated("Peru and Chile voted against the text, while 11 countries abstained, according to AFP.", spec)
    assert _fams(got, "Agence France-Presse", "Peru") == {Family.REPORTING}
