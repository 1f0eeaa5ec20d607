"""Classes from blind62's first run (round BD, x-b62-76), on invented sentences: "Storm X" in a sentence about
weather, a name before "earthquake", a capital's other spellings, a town listed with a town the text places
elsewhere, a person's surname owning a party, "El Salvadoran", a dateline with a comma before its bracket."""

from __future__ import annotations

from core.extract.furniture import furniture_ranges
from core.model import Kind
from tests.core.test_entities import entity_with, extract


def test_storm_with_weather_in_its_sentence_is_no_entity(nlp):
    found = extract(nlp, "Heavy rains and floods brought by Storm Valeria hit the coast of Ruritania on Sunday.")
    assert entity_with(found, "Storm Valeria") is None and entity_with(found, "Valeria") is None


def test_storm_shadow_without_weather_is_left_to_the_other_rules(nlp):
    from core.extract.coref import Mention
    from core.extract.named_storms import names_a_storm

    doc = nlp("Britain sent Storm Shadow missiles to Ukraine, said Grant Shapps.")
    assert not names_a_storm(doc, Mention(2, 4, Kind.OFFICIAL, None, 0, "person"))


def test_a_name_before_earthquake_is_a_place(nlp):
    found = extract(nlp, "Rescuers from Qatar helped after the Al Mazour earthquake killed hundreds, officials said.")
    assert entity_with(found, "Al Mazour") is None


def test_a_person_beside_an_earthquake_stays(nlp):
    found = extract(nlp, "Karim Benaissa, the governor, said the earthquake destroyed many homes.")
    assert entity_with(found, "Karim Benaissa") is not None


def test_other_spellings_of_a_capital_are_the_capital(nlp):
    found = extract(nlp, "The aid team was deployed to Naypyitaw and landed at Nay Pyi Taw airport on Friday.")
    for name in ("Naypyitaw", "Nay Pyi Taw"):
        e = entity_with(found, name)
        assert e is None or e.kind is Kind.STATE


def _listed(nlp, placed_after: bool):
    from spacy.tokens import Doc

    words = ["Floods", "hit", "Arvel", ",", "Bosk", ",", "Corra", ",", "and", "Dunmere", "."]
    heads = [1, 1, 1, 2, 2, 4, 4, 6, 6, 6, 1]
    deps = ["nsubj", "ROOT", "dobj", "punct", "conj", "punct", "conj", "punct", "cc", "conj", "punct"]
    pos = ["NOUN", "VERB", "PROPN", "PUNCT", "PROPN", "PUNCT", "PROPN", "PUNCT", "CCONJ", "PROPN", "PUNCT"]
    ents = ["O", "O", "B-GPE", "O", "B-ORG", "O", "B-PERSON", "O", "O", "B-ORG", "O"]
    if placed_after:  # "They reached the city of Dunmere."
        words += ["They", "reached", "the", "city", "of", "Dunmere", "."]
        heads += [12, 12, 14, 12, 14, 15, 12]
        deps += ["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "punct"]
        pos += ["PRON", "VERB", "DET", "NOUN", "ADP", "PROPN", "PUNCT"]
        ents += ["O", "O", "O", "O", "O", "B-ORG", "O"]
    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, ents=ents)


def test_a_town_listed_with_a_town_placed_elsewhere_is_no_person(nlp):
    from core.extract.conjoined_places import drop_conjoined_places
    from core.extract.coref import Mention

    town = Mention(6, 7, Kind.OFFICIAL, None, 2, "person")
    assert drop_conjoined_places(_listed(nlp, True), [town]) == []
    assert drop_conjoined_places(_listed(nlp, False), [town]) == [town]  # one place of three: not enough


def test_people_listed_with_one_town_stay(nlp):
    found = extract(nlp, "The talks in Benghazi brought together Omar Haddad, Samir Fellah and Idris Karam on Monday.")
    for name in ("Omar Haddad", "Samir Fellah", "Idris Karam"):
        assert entity_with(found, name) is not None


def test_a_surname_owning_a_party_is_the_person(nlp):
    text = "Prime Minister Daniel Harrow spoke. Tom Birch, a lawmaker in Harrow’s Labour Party, said he had doubts."
    found = extract(nlp, text)
    assert entity_with(found, "Harrow’s Labour Party") is None and entity_with(found, "Harrow's Labour Party") is None
    assert entity_with(found, "Labour Party") is not None


def test_a_courtesy_title_owning_a_party_is_the_person(nlp):
    text = "Premier Samuel Mbeko spoke. Zanu-PF and Mr Mbeko's Movement for Democratic Change have agreed to talk."
    found = extract(nlp, text)
    assert entity_with(found, "Mr Mbeko's Movement for Democratic Change") is None
    assert entity_with(found, "Movement for Democratic Change") is not None
    assert entity_with(found, "Mr Mbeko") is None  # the surname after the title joins the person named in full


def test_a_surname_before_a_one_word_office_stays_in_its_name(nlp):
    found = extract(nlp, "Nikol Harutyan spoke on Monday. Harutyan’s Office said the talks would go on.")
    assert entity_with(found, "Office") is None


def test_a_word_before_a_possessive_that_names_no_person_stays_in_the_name(nlp):
    found = extract(nlp, "Activists from the People's Liberation Front of Valdoria said the vote was rigged.")
    assert entity_with(found, "Liberation Front of Valdoria") is None


def test_el_salvadoran_is_el_salvador(nlp):
    found = extract(nlp, "If you have an El Salvadoran national in the family, you need a lawyer.")
    assert entity_with(found, "El") is None
    e = entity_with(found, "El Salvadoran")
    assert e is not None and e.kind is Kind.STATE


def test_a_dateline_with_a_comma_before_its_bracket_is_furniture():
    text = "Aid plane leaves\n\nANKARA, (Daily Wire / Point News - 12th Sep, 2023 ) :A third plane carrying aid left.\n"
    spans = [text[a:b] for a, b in furniture_ranges(text)]
    assert "ANKARA, (Daily Wire / Point News - 12th Sep, 2023 ) :" in spans


def test_a_sentence_opening_with_a_town_and_a_bracket_is_no_dateline():
    text = "Aid plane leaves\n\nThe minister, (as he said) left.\n"
    assert not any("minister" in text[a:b] for a, b in furniture_ranges(text))


def test_a_town_after_as_well_as_in_a_list_of_cities_is_no_person(nlp):
    text = "The storm hit the cities of Benghazi, Al Qirba and Al-Tamra, as well as Zawira and Derna on Sunday."
    found = extract(nlp, text)
    assert entity_with(found, "Zawira") is None


def test_a_team_deployed_to_a_town_is_no_person(nlp):
    found = extract(nlp, "The rescue team has been deployed to Kalvora for search and rescue operations.")
    assert entity_with(found, "Kalvora") is None


def test_a_person_something_is_moved_to_stays(nlp):
    found = extract(nlp, "The file was moved to Amanda Clarke on Monday, officials said.")
    assert entity_with(found, "Amanda Clarke") is not None
