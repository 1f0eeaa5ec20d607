"""Reports of round AE: a state a person's reported clause acts on, or names after 'to' / 'on', is what he reports
on; not a state the clause denies ('to A, not B'), not a clause he only foresees ('would'), not a state after
'with'; under a clause whose subject is the speaker's side or a state, only the verb's object and where people come
back to (round AG). Pair layer off: the rules alone are tested."""

from __future__ import annotations

import pytest

from core.model import Family
from tests.core.test_relations import OFF, S, pairs

pytestmark = pytest.mark.usefixtures("rules_alone")


SPEC = {
    "Freedonia": (S, ["Freedonia", "Freedonian"]),
    "Sylvania": (S, ["Sylvania", "Sylvanian"]),
    "Osterlich": (S, ["Osterlich"]),
    "Lena Dorn": (OFF, ["Lena Dorn", "Dorn"]),
}


def _fams(text: str, a: str, b: str) -> set[Family]:
    return pairs(text, SPEC).get(frozenset({a, b}), set())


@pytest.mark.parametrize(
    "text",
    [
        "Freedonian Foreign Minister Lena Dorn said the government had asked Sylvania for details.",
        "Osterlich owed Sylvania $8 billion, Finance Minister Lena Dorn said last year.",
        "Lena Dorn said the ship was transporting military material to Sylvania, not Osterlich.",
        "Lena Dorn said the country has become dependent on Sylvania.",
    ],
)
def test_a_state_the_persons_clause_acts_on_or_bears_on_is_reported(text):
    assert Family.REPORTING in _fams(text, "Lena Dorn", "Sylvania")


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Lena Dorn said the ship was transporting military material to Sylvania, not Osterlich.", "Osterlich"),
        ("Lena Dorn said the country would become dependent on Sylvania.", "Sylvania"),
        ("Lena Dorn said the government has cut ties with Sylvania.", "Sylvania"),
    ],
)
def test_a_denied_state_a_foreseen_clause_or_a_state_dealt_with_is_left_out(text, state):
    assert Family.REPORTING not in _fams(text, "Lena Dorn", state)


def test_the_speakers_own_state_is_no_report():
    fams = _fams(
        "Freedonian Foreign Minister Lena Dorn said the government had asked Sylvania for details.",
        "Lena Dorn",
        "Freedonia",
    )
    assert Family.REPORTING not in fams, fams


@pytest.mark.parametrize(
    "verb",
    ["is expected to", "plans to", "is set to"],
)
def test_a_clause_that_only_foresees_its_act_reports_no_state(verb):
    text = f"Lena Dorn said the country {verb} become dependent on Sylvania."
    assert Family.REPORTING not in _fams(text, "Lena Dorn", "Sylvania")


def test_a_bare_titled_ministers_citizens_coming_back_to_a_state_name_his_own_state():
    text = "Prime Minister Lena Dorn says Freedonian citizens are on their way back to Freedonia after their release."
    fams = _fams(text, "Lena Dorn", "Freedonia")
    assert Family.MEMBERSHIP in fams, fams


@pytest.mark.parametrize(
    "text",
    [
        "Lena Dorn said we prepared a legal assistance request to Sylvania.",
        "Freedonia has refused permission for a ship carrying arms to Sylvania to dock, Lena Dorn said.",
        "Lena Dorn said the Freedonian sanctions on Sylvania remain in place.",
    ],
)
def test_a_state_the_speakers_own_side_aims_its_act_at_is_no_report(text):
    # the speaker is party to the act (the gold gives the act's own family), not a reporter of it
    assert Family.REPORTING not in _fams(text, "Lena Dorn", "Sylvania")


@pytest.mark.parametrize(
    "text",
    [
        "Lena Dorn said we have pressed Sylvania for details about the seizure.",
        "Lena Dorn said we managed to bring her back to Sylvania.",
    ],
)
def test_the_object_of_the_own_sides_act_or_where_people_come_back_to_is_reported(text):
    assert Family.REPORTING in _fams(text, "Lena Dorn", "Sylvania")


def test_a_clause_whose_subject_is_our_body_is_the_speakers_own_act(nlp):
    """Review of round AG: 'our' hangs on the subject noun as its possessive ('our government had sent ...'), never
    as the subject itself."""
    from core.extract.relations.reported_states import _acting_party
    from core.model import Kind

    doc = nlp("Lena Dorn said our government had sent a request to Sylvania.")
    clause = next(t for t in doc if t.dep_ == "ccomp")
    tok_ent = [-1] * len(doc)
    assert _acting_party(clause, tok_ent, lambda e: Kind.STATE, set())
    doc = nlp("Lena Dorn said the government had sent a request to Sylvania.")
    clause = next(t for t in doc if t.dep_ == "ccomp")
    assert not _acting_party(clause, [-1] * len(doc), lambda e: Kind.STATE, set())


@pytest.mark.parametrize(
    "text",
    [
        "Lena Dorn said the migrants were deported by Sylvania last week.",
        "Lena Dorn announced that the 200 prisoners were deported by the Sylvanian government as part of a crackdown.",
    ],
)
def test_the_state_that_does_a_passive_act_is_reported(text):
    # round AL: the agent of a passive reported clause ('by X', 'by the X government'), as the verb's own object is
    assert Family.REPORTING in _fams(text, "Lena Dorn", "Sylvania")


@pytest.mark.parametrize(
    "text",
    [
        "Lena Dorn said the ship has not been sanctioned by Sylvania.",
        "Lena Dorn said the migrants were not deported by Sylvania.",
        "Lena Dorn said the pact was conceived by Osterlich and Sylvania as equal partners.",
    ],
)
def test_a_denied_or_joint_passive_act_reports_no_agent(text):
    assert Family.REPORTING not in _fams(text, "Lena Dorn", "Sylvania")
