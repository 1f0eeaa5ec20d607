"""Families of ties main already finds (round BE, x-fam79), on invented sentences: a long title between a state and
its holder ('Hungarian Minister of Foreign Affairs and Trade X said ...') is the holder's membership, not a report
on his own state (title_runs.py); the head of a state's body is a member of the state (body_heads.py); the director
of a named agency or state corporation leads it (unit_heads.py)."""

from __future__ import annotations

from core.extract import extract_documents
from core.model import Document, Family


def _ties(text: str) -> set[tuple[str, str, Family]]:
    [doc] = extract_documents([Document(sha256="t", path="/tmp/t.txt", title="t", text="Report.\n\n" + text)])
    return {(doc.entities[r.source].name, doc.entities[r.target].name, r.family) for r in doc.relations}


def _families(ties: set[tuple[str, str, Family]], a: str, b: str) -> set[Family]:
    return {f for x, y, f in ties if {x, y} == {a, b}}


# title_runs.py


def test_a_long_title_after_a_demonym_is_membership():
    ties = _ties(
        "This is a historic day for both India and Chile, Indian Union Minister of Parliamentary Affairs, Coal and"
        " Mines Ravi Menon said in a press release."
    )
    assert _families(ties, "Ravi Menon", "India") == {Family.MEMBERSHIP}


def test_a_long_title_after_a_possessive_is_membership():
    ties = _ties("Japan's Vice Minister for Foreign Affairs Kenta Morohashi summoned the Chinese ambassador on Friday.")
    assert Family.MEMBERSHIP in _families(ties, "Kenta Morohashi", "Japan")


def test_a_long_title_ties_only_the_state_right_before_it():
    ties = _ties(
        "Hungary and Serbia signed the deal, and Serbian Minister of Foreign Affairs and Trade Tamas Verkoczi said it"
        " would help both."
    )
    assert _families(ties, "Tamas Verkoczi", "Serbia") == {Family.MEMBERSHIP}
    assert Family.MEMBERSHIP not in _families(ties, "Tamas Verkoczi", "Hungary")


def test_a_title_after_another_persons_title_and_a_comma_ties_no_one_to_his_firm():
    ties = _ties(
        "A ceremony between Paul Renaud, Dassault chairman and CEO, and Air Vice Marshal Budi Santoso from the"
        " Indonesian defense ministry, was held on Monday."
    )
    assert not _families(ties, "Budi Santoso", "Dassault") & {Family.LEADERSHIP, Family.MEMBERSHIP}


def test_a_deputy_prime_ministers_long_title_is_membership():
    ties = _ties(
        "Slovakia's Deputy Prime Minister and Economy Minister Jana Kovac also said oil deliveries to her country had"
        " been disrupted early Friday."
    )
    assert _families(ties, "Jana Kovac", "Slovakia") == {Family.MEMBERSHIP}


# body_heads.py


def test_the_head_of_a_states_assembly_is_a_member_of_the_state():
    ties = _ties("Xi first spoke with Vietnamese National Assembly Chairman Tran Van Lam in Hanoi on Tuesday.")
    assert _families(ties, "Tran Van Lam", "Vietnam") == {Family.MEMBERSHIP}


def test_the_head_of_a_presidential_council_keeps_leading_the_state():
    ties = _ties("Haitian Transitional Presidential Council President Jean Morel met the envoy in Port-au-Prince.")
    assert Family.MEMBERSHIP not in _families(ties, "Jean Morel", "Haiti")


# unit_heads.py: an agency or corporation named beside its noun is a whole body, which its director leads


def test_the_director_of_a_named_intelligence_agency_leads_it():
    ties = _ties("Talks were led by Igor Belkin, director of the SVR foreign intelligence agency, on Monday.")
    assert _families(ties, "Igor Belkin", "SVR") == {Family.LEADERSHIP}


def test_the_director_of_a_state_corporation_named_after_it_leads_it():
    ties = _ties("Aleksey Vorotin, general director of the state corporation Rosatom, handed over the certificate.")
    assert _families(ties, "Aleksey Vorotin", "Rosatom") == {Family.LEADERSHIP}


def test_the_head_of_an_unnamed_state_corporation_is_a_member_of_the_state():
    ties = _ties("Yuri Borkov, head of Russia's state space corporation, said the launch went well.")
    assert _families(ties, "Yuri Borkov", "Russia") == {Family.MEMBERSHIP}


# families.py: striking a deal is no blow


def test_striking_a_deal_with_a_state_is_an_agreement():
    ties = _ties("Canada struck a deal with Chile last year to stem the flow of asylum seekers.")
    assert _families(ties, "Canada", "Chile") == {Family.AGREEMENT}


def test_striking_a_states_targets_stays_hostile():
    ties = _ties("Canada struck Chile's border posts on Monday.")
    assert Family.AGREEMENT not in _families(ties, "Canada", "Chile")


# praised_sides.py: a side the speaker calls an ally or partner


def test_a_side_called_an_ally_in_reported_words_is_an_alliance():
    ties = _ties("US Secretary of State John Varga said Greece remains a trustworthy ally.")
    assert _families(ties, "John Varga", "Greece") == {Family.ALLIANCE}


def test_a_side_called_anothers_ally_or_no_partner_stays_a_report():
    ties = _ties("US Secretary of State John Varga said Russia is China's closest ally.")
    assert Family.ALLIANCE not in _families(ties, "John Varga", "Russia")
    ties = _ties("US Secretary of State John Varga said Greece is not a reliable partner.")
    assert Family.ALLIANCE not in _families(ties, "John Varga", "Greece")
