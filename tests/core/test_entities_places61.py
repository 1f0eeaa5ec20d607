"""Entity precision (issue #11, round AW): towns listed with places or placed by a compass point are no people, and
a body named only as a minister's portfolio ("Treasury Secretary Jane Roe") is no entity; on invented sentences."""

from __future__ import annotations

from core.model import Kind
from tests.core.test_entities import by_text, extract


def test_a_town_listed_with_towns_is_no_person(nlp):
    text = "Heavy fighting continued in the Rakhine townships of Minbya, Kolatwa, and Derrasu-U."
    found = by_text(extract(nlp, text))
    assert "Kolatwa" not in found, found


def test_a_two_word_town_beside_a_known_capital_is_no_person(nlp):
    found = by_text(extract(nlp, "Official Belgrade and Kostra Vira acknowledge the fact of the shooting."))
    assert "Kostra Vira" not in found, found


def test_a_full_name_beside_a_word_the_model_calls_a_place_stays(nlp):
    found = by_text(extract(nlp, "The commanders were identified as Khalil and Jan Muhammad."))
    assert found["Jan Muhammad"][0] is Kind.OFFICIAL, found


def test_titled_people_in_a_list_with_states_stay(nlp):
    found = by_text(extract(nlp, "Israeli Prime Minister Jon Abbot and Emirati Foreign Minister Tom Velez signed it."))
    assert found["Jon Abbot"][0] is Kind.OFFICIAL, found
    assert found["Tom Velez"][0] is Kind.OFFICIAL, found


def test_a_name_north_of_which_something_lies_is_a_place(nlp):
    found = by_text(extract(nlp, "The wells lie about 140 nautical miles north of Kolatwa Besar. China responded."))
    assert "Kolatwa Besar" not in found, found


def test_a_body_named_only_as_a_title_portfolio_is_no_entity(nlp):
    text = (
        "Accompanying him are senior officials, including Treasury Secretary Jane Roekens and Commerce Secretary "
        "Tom Abbot."
    )
    found = by_text(extract(nlp, text))
    assert "Treasury" not in found, found
    assert found["Jane Roekens"][0] is Kind.OFFICIAL, found


def test_a_body_named_elsewhere_too_stays_beside_its_title(nlp):
    found = by_text(extract(nlp, "Treasury Secretary Jane Roekens said the Treasury would act."))
    assert found["Treasury"][0] is Kind.PARTY, found


def test_a_secretary_general_is_no_portfolio(nlp):
    found = by_text(extract(nlp, "The UN Secretary-General Tomas Aldabe welcomed the deal."))
    assert found["UN"][0] is Kind.PARTY, found


def _parsed(nlp, words, heads, deps, pos, ents):
    from spacy.tokens import Doc

    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, ents=ents)


def test_a_surname_of_a_person_named_in_full_stays_in_a_list(nlp):
    from core.extract.conjoined_places import drop_conjoined_places
    from core.extract.coref import Mention

    doc = _parsed(
        nlp,
        ["Reps", "Ilsa", "Domar", "spoke", ".", "Domar", "and", "Velkova", "left", "."],
        [2, 2, 3, 3, 3, 8, 5, 5, 8, 8],
        ["compound", "compound", "nsubj", "ROOT", "punct", "nsubj", "cc", "conj", "ROOT", "punct"],
        ["PROPN", "PROPN", "PROPN", "VERB", "PUNCT", "PROPN", "CCONJ", "PROPN", "VERB", "PUNCT"],
        ["O", "B-PERSON", "I-PERSON", "O", "O", "B-PERSON", "O", "B-GPE", "O", "O"],
    )
    surname = Mention(5, 6, Kind.OFFICIAL, None, 2, "person")
    assert drop_conjoined_places(doc, [surname]) == [surname]


def test_a_name_after_a_town_with_no_and_is_an_apposition(nlp):
    from core.extract.conjoined_places import drop_conjoined_places
    from core.extract.coref import Mention

    doc = _parsed(
        nlp,
        ["He", "met", "the", "envoy", "in", "Dakar", ",", "Jean", "Roe", "."],
        [1, 1, 3, 1, 1, 4, 5, 8, 5, 1],
        ["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "punct", "compound", "conj", "punct"],
        ["PRON", "VERB", "DET", "NOUN", "ADP", "PROPN", "PUNCT", "PROPN", "PROPN", "PUNCT"],
        ["O", "O", "O", "O", "O", "B-GPE", "O", "B-PERSON", "I-PERSON", "O"],
    )
    envoy = Mention(7, 9, Kind.OFFICIAL, None, 2, "person")
    assert drop_conjoined_places(doc, [envoy]) == [envoy]


def test_a_town_the_model_calls_a_body_in_a_list_of_towns_is_no_body(nlp):
    text = "The arrests took place early on Tuesday in Fuengirola, Malaga, and Lanjaron, Granada."
    found = by_text(extract(nlp, text))
    assert "Malaga" not in found, found
    assert "Lanjaron" not in found, found



def test_a_partys_minister_keeps_the_party(nlp):
    found = by_text(extract(nlp, "Hezbollah Minister Ali Hamieh said the port would reopen on Monday."))
    assert found.get("Hezbollah", (None,))[0] is Kind.PARTY, found


def test_a_union_ministers_portfolio_is_no_body(nlp):
    found = by_text(extract(nlp, "Union Coal Minister Jane Roekens signed the agreement on Monday."))
    assert "Union" not in found and "Union Coal" not in found, found
