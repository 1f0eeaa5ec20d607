"""Entity classes of blind set 12 (issue #11, round F), each on invented sentences: firms named by an industry word
or "Group", "Read more on ...:" and "By subscribing" lines, "Authorities" and "State" alone, a treaty's title read
after "Convention on", and "the Government of" a state's long name or of a person."""

from __future__ import annotations

import pytest

from core.model import Kind
from tests.core.test_entities import extract
from tests.core.test_entities_news import HEADLINE, holding


def _texts(entities) -> set[str]:
    return {m.text for e in entities for m in e.mentions}


@pytest.mark.parametrize("tail", ["Breweries", "Seafood", "Fisheries", "Foods"])
def test_an_industry_word_ends_a_firms_name(nlp, tail):
    found = extract(nlp, HEADLINE + f"Moscow seized the stake of Valtoro {tail} on Monday, the decree said.")
    firm = holding(found, f"Valtoro {tail}")
    assert firm is not None and firm.kind is Kind.PARTY


def test_a_firm_and_its_group_are_one(nlp):
    text = HEADLINE + (
        "Brasko said in March it would sell its stake. The Brasko Group has not received any notice, it said."
    )
    found = extract(nlp, text)
    group = holding(found, "Brasko Group")
    assert group is not None and group.kind is Kind.PARTY and holding(found, "Brasko") is group


def test_read_more_on_a_site_and_the_subscription_line_are_furniture(nlp):
    text = HEADLINE + (
        "Norway listed two fishing firms on Friday.\n\nRead more on The Courier: U.S. Impose New Tariffs\n\n"
        "By subscribing you accept our Terms of Service and Privacy Policy.\n"
    )
    texts = _texts(extract(nlp, text))
    assert "Norway" in texts
    assert not texts & {"U.S.", "Terms", "Service", "Terms of Service", "Privacy Policy"}


def test_authorities_and_state_alone_are_no_body(nlp):
    text = HEADLINE + (
        "The firm has not heard from the Russian Authorities about the decree. Israel will protect the State and "
        "people of Israel, the army said."
    )
    texts = _texts(extract(nlp, text))
    assert "Authorities" not in texts and "State" not in texts


def test_the_words_after_convention_on_title_a_treaty(nlp):
    text = HEADLINE + (
        "Embassies are protected under the Vienna Convention on Consular Relations, Brazil said on Friday."
    )
    found = extract(nlp, text)
    assert not any("Consular Relations" in m.text and e.kind is Kind.OFFICIAL for e in found for m in e.mentions)


def test_the_government_of_a_states_long_name_is_the_state(nlp):
    text = HEADLINE + "Diplomats left after the summons of the Government of the Bolivarian Republic of Venezuela."
    found = extract(nlp, text)
    state = holding(found, "Government of the Bolivarian Republic of Venezuela")
    assert state is not None and state.kind is Kind.STATE and state.name == "Venezuela"


def test_the_government_of_a_person_is_the_person(nlp):
    text = HEADLINE + (
        "Six opponents of the Government of Ramón Valdera sought asylum at the embassy. Valdera denied it."
    )
    found = extract(nlp, text)
    person = holding(found, "Ramón Valdera")
    assert person is not None and person.kind is Kind.OFFICIAL
    assert holding(found, "Government of Ramón Valdera") is None
