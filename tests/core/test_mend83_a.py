"""Mends of round BE's review (Mend A, x-menda83), on invented sentences: a surname ending in 'said' before a comma
or 'on' is no glued verb (glued_words.py); a deal not struck or refused is no agreement (families.py); a speaker's
praise is labelled by its noun and a friendship said to have ended is no praise (praised_sides.py, verdicts.py)."""

from __future__ import annotations

from core.extract import extract_documents
from core.model import Document, Family
from tests.core.test_entities import by_name, extract
from tests.core.test_entities_news import HEADLINE


def _names(nlp, sentence: str) -> dict:
    return by_name(extract(nlp, HEADLINE + sentence + "\n"))


def _ties(text: str) -> set[tuple[str, str, str, Family]]:
    [doc] = extract_documents([Document(sha256="t", path="/tmp/t.txt", title="t", text="Report.\n\n" + text)])
    return {(doc.entities[r.source].name, doc.entities[r.target].name, r.type, r.family) for r in doc.relations}


def _families(ties: set[tuple[str, str, str, Family]], a: str, b: str) -> set[Family]:
    return {f for x, y, _, f in ties if {x, y} == {a, b}}


# glued_words.py: only 'that' or a quote proves a glued 'said'


def test_a_surname_ending_in_said_before_a_comma_is_kept_whole(nlp):
    found = _names(nlp, "Tunisian Minister Karim Elbousaid, who visited Lisbon, signed an accord with Portugal.")
    assert "Karim Elbousaid" in found, found
    assert "Karim Elbou" not in found, found


def test_a_surname_ending_in_said_before_on_is_kept_whole(nlp):
    found = _names(nlp, "Tunisian Minister Karim Elbousaid on Monday signed an accord with Portugal.")
    assert "Karim Elbousaid" in found, found


def test_a_name_glued_to_said_before_that_is_still_cut(nlp):
    found = _names(nlp, "Tunisian Minister Karim Lemdanisaid that the accord with Portugal would hold.")
    assert "Karim Lemdani" in found, found


# body_heads.py: the review asked for collective heads of state and ruling parties to keep LEADERSHIP of the state;
# the gold reads them as members (bench/real/sources/r116.md: "The head of Sudan's Sovereign Council, X" -> Sudan
# MEMBERSHIP, "Vietnam Communist Party General Secretary X" -> Vietnam MEMBERSHIP), so the rule stays and is pinned


def test_the_chairman_of_a_sovereign_council_is_a_member_of_the_state():
    ties = _ties("Sudanese Sovereign Council Chairman Omar Haddad met the envoy in Khartoum.")
    assert _families(ties, "Omar Haddad", "Sudan") == {Family.MEMBERSHIP}


# families.py: a deal not struck, or refused, is no agreement


def test_a_deal_not_struck_is_no_agreement_and_no_blow():
    ties = _ties("Canada has not struck a deal with Chile, Foreign Minister Anna Holt said.")
    assert not _families(ties, "Canada", "Chile") & {Family.AGREEMENT, Family.HOSTILITY}


def test_a_deal_refused_is_no_agreement():
    ties = _ties("Canada refused to strike a deal with Chile.")
    assert Family.AGREEMENT not in _families(ties, "Canada", "Chile")


def test_a_deal_struck_stays_an_agreement():
    ties = _ties("Canada struck a deal with Chile on Monday.")
    assert _families(ties, "Canada", "Chile") == {Family.AGREEMENT}


# praised_sides.py, verdicts.py: the praise's own noun; a friendship that ended is no praise


def test_a_side_called_a_partner_is_labelled_partner():
    ties = _ties("Greek Prime Minister Nikos Varel said Italy has been a time-tested partner.")
    assert ("Nikos Varel", "Italy", "called partner", Family.ALLIANCE) in ties, ties
    assert _families(ties, "Nikos Varel", "Italy") == {Family.ALLIANCE}


def test_one_of_the_speakers_partners_is_labelled_by_its_noun():
    ties = _ties('"Italy is one of Greece\'s main partners," Greek Prime Minister Nikos Varel said.')
    assert ("Nikos Varel", "Italy", "called partners", Family.ALLIANCE) in ties, ties


def test_a_side_that_was_an_ally_until_a_year_is_no_alliance():
    ties = _ties("Greek Prime Minister Nikos Varel said Italy was an ally until 2016, but no longer.")
    assert Family.ALLIANCE not in _families(ties, "Nikos Varel", "Italy"), ties


def test_a_side_no_longer_a_partner_is_no_alliance():
    ties = _ties("Greek Prime Minister Nikos Varel said Italy is no longer a reliable partner.")
    assert Family.ALLIANCE not in _families(ties, "Nikos Varel", "Italy"), ties


def test_a_side_that_was_a_partner_is_still_praised():
    ties = _ties("Greek Prime Minister Nikos Varel said Italy was a reliable partner during the crisis.")
    assert _families(ties, "Nikos Varel", "Italy") == {Family.ALLIANCE}, ties
