"""Entity classes of blind set 29 (issue #11, round W), each on invented sentences."""

from __future__ import annotations

from core.model import Kind
from tests.core.test_entities import by_text, extract
from tests.core.test_entities_news import HEADLINE


def test_a_hyphenated_word_inside_a_body_name_keeps_the_name_whole(nlp):
    text = HEADLINE + (
        "Officers were told of the raid on June 3 by the Norland Maritime Rescue Co-ordination and Enforcement"
        " Centre. The Navy-led search ended on Monday.\n"
    )
    found = by_text(extract(nlp, text))
    assert found["Norland Maritime Rescue Co-ordination and Enforcement Centre"][0] is Kind.PARTY
    assert "Enforcement Centre" not in found and "Norland Maritime Rescue Co" not in found
    assert not any(t.startswith("Navy-") for t in found)


def test_a_second_of_the_inside_a_formal_name_the_model_read_whole_is_kept(nlp):
    text = HEADLINE + "The president of the Vienna-based International Tribunal for the Law of the Sea said it ruled.\n"
    found = by_text(extract(nlp, text))
    assert found["International Tribunal for the Law of the Sea"][0] is Kind.PARTY
    assert "International Tribunal for the Law" not in found


def test_a_firm_of_a_town_is_not_run_on_by_the_second_of_rule():
    from core.extract.coref import Mention
    from core.extract.long_bodies import of_tails
    from core.extract.nlp import load_nlp

    doc = load_nlp()("The tanker is managed by Borvik Tankers of Halden, the owner said.")
    start = next(t.i for t in doc if t.text == "Borvik")
    out = of_tails(doc, [Mention(start, start + 2, Kind.PARTY, None, 3, "org")])
    assert [doc[m.start : m.end].text for m in out] == ["Borvik Tankers"]


def test_a_head_word_read_alone_after_a_body_joins_it(nlp):
    text = HEADLINE + "Coast guards with the Border Guard Station of Tho Ky Island arrested eight men.\n"
    found = by_text(extract(nlp, text))
    assert "Station" not in found and "Border Guard" not in found
    assert any(t.startswith("Border Guard Station") for t in found)


def test_an_office_of_a_title_of_the_armed_forces_is_one_body(nlp):
    text = HEADLINE + (
        "The Office of the Chief of the General Staff of the Armed Forces said in a communiqué that the ship was"
        " safe.\n"
    )
    found = by_text(extract(nlp, text))
    assert found["Office of the Chief of the General Staff of the Armed Forces"][0] is Kind.PARTY
    assert "Armed Forces" not in found


def test_a_quoted_ship_name_with_a_number_after_a_ship_noun(nlp):
    text = HEADLINE + (
        "The Navy answered a call from an Iranian fishing vessel, ‘Al-Noor 512,’ and rescued its crew. Later the"
        " Navy intercepted the fishing vessel Al-Noor. Earlier a trawler reported an Iranian Fishing Vessel"
        " 'Sahel-Kor 40' late on March 28.\n"
    )
    found = by_text(extract(nlp, text))
    assert found["Al-Noor 512"] == (Kind.VESSEL, "Al-Noor 512")
    assert found["Al-Noor"] == (Kind.VESSEL, "Al-Noor 512")
    assert found["Sahel-Kor 40"][0] is Kind.VESSEL


def test_a_quotation_opening_after_vessel_names_no_ship(nlp):
    text = HEADLINE + 'The navy will be monitoring this vessel," Jane Fonsaka told reporters. Fonsaka left.\n'
    found = by_text(extract(nlp, text))
    assert all(kind is not Kind.VESSEL for kind, _ in found.values())


def test_the_argentine_navy_prefix_names_a_ship(nlp):
    text = HEADLINE + "Ghana would release the navy flagship ARA Valiente, impounded since May.\n"
    found = by_text(extract(nlp, text))
    assert found["ARA Valiente"][0] is Kind.VESSEL


def test_credits_and_bylines_in_capitals_are_furniture():
    from core.extract.furniture import furniture_ranges

    text = HEADLINE + (
        "JANE ROE and JOHN DOE | The Harbour Gazette\n\n"
        "Five men were arrested by the police yesterday. PHOTOS: COURTESY OF THE NORLAND POLICE (NORLAND),"
        " EUROPEAN PRESSPHOTO AGENCY\nPHOTO: EUROPEAN PRESSPHOTO AGENCY\nPhotos, videos and maps were shared.\n"
    )
    cut = [text[a:b] for a, b in furniture_ranges(text)]
    assert "JANE ROE and JOHN DOE | The Harbour Gazette" in cut
    assert any(c.startswith("PHOTOS: COURTESY") for c in cut)
    assert "PHOTO: EUROPEAN PRESSPHOTO AGENCY" in cut
    assert not any("videos" in c for c in cut)


def test_counted_marines_are_men_not_the_force(nlp):
    text = HEADLINE + (
        "The court ruled in the case of the two Danish marines who were accused of killing two fishermen.\n"
    )
    found = by_text(extract(nlp, text))
    assert found["Danish"][0] is Kind.STATE
    assert "Danish marines" not in found
    other = by_text(extract(nlp, HEADLINE + "The Danish marines stormed the ship on Monday.\n"))
    assert other["Danish marines"][0] is Kind.PARTY


def test_a_plural_portfolio_word_opens_no_name(nlp):
    text = HEADLINE + (
        "The court also issued a warrant for Russia's Presidential Commissioner for Children's Rights Maria"
        " Alekseyevna Ivanova-Belova. She faces the same charges.\n"
    )
    found = by_text(extract(nlp, text))
    assert found["Maria Alekseyevna Ivanova-Belova"][0] is Kind.OFFICIAL
    assert not any(t.startswith("Rights") for t in found)


def test_a_syndicated_page_note_is_furniture():
    from core.extract.furniture import furniture_ranges

    text = HEADLINE + (
        "The court ruled on Monday that the case stands.\n"
        "This article was originally published by a www.example.com . Read the Original article here. .\n"
    )
    cut = [text[a:b] for a, b in furniture_ranges(text)]
    assert any(c.startswith("This article was originally published") for c in cut)


def test_a_year_before_a_state_force_is_no_count(nlp):
    text = HEADLINE + "In 2015 Danish police seized about 200 kilograms of drugs from the boat.\n"
    found = by_text(extract(nlp, text))
    assert found["Danish police"][0] is Kind.PARTY


def test_an_acronym_spelled_by_lower_case_words_is_a_thing(nlp):
    text = HEADLINE + (
        "The ship was approached by five armed men with rifles and rocket-propelled grenades (RPG) off the coast."
        " The Philippine coast guard (PCG) said the ship left.\n"
    )
    found = by_text(extract(nlp, text))
    assert "RPG" not in found
    assert found["PCG"][0] is Kind.PARTY


def test_counted_marines_written_again_are_the_same_men(nlp):
    text = HEADLINE + (
        "The tribunal ruled that two Danish marines had violated the law. The court said the Danish marines"
        " enjoyed immunity as state officials.\n"
    )
    found = by_text(extract(nlp, text))
    assert "Danish marines" not in found and "marines" not in found
    assert found["Danish"][0] is Kind.STATE


def test_a_people_word_no_state_answers_alone_before_a_body_named_without_it(nlp):
    text = HEADLINE + (
        "Lt. Gen. Kim Tae-ho, head of operations for South Korea's Joint Chiefs of Staff (JCS), spoke. The tanker"
        " was rescued by South Korean troops, the Korean Joint Chiefs of Staff said Friday.\n"
    )
    found = by_text(extract(nlp, text))
    assert "Korean Joint Chiefs of Staff" not in found
    assert found["JCS"][1] == found["Joint Chiefs of Staff"][1]
