"""Entity classes of blind set 22 (issue #11, round Q), each on invented sentences."""

from __future__ import annotations

from core.extract.cut_names import _never_alone
from core.model import Kind
from tests.core.test_entities import by_text, extract
from tests.core.test_entities_news import HEADLINE


def test_a_model_before_an_aircraft_or_missile_noun_is_no_actor(nlp):
    text = HEADLINE + (
        "Veldia signed a deal for the Falcorins, which are built by a consortium. It will buy 20 new Falcorin "
        "aircraft and 12 used Falcorins from Qatar. The jets can carry the Zarnak hypersonic missile.\n"
    )
    found = by_text(extract(nlp, text))
    assert "Falcorins" not in found and "Falcorin" not in found and "Zarnak" not in found
    assert found["Qatar"][0] is Kind.STATE


def test_a_service_flying_jets_is_still_a_body(nlp):
    text = HEADLINE + "The Russian Air Force jets left the area after an hour, the ministry said.\n"
    found = by_text(extract(nlp, text))
    assert found["Russian Air Force"][0] is Kind.PARTY


def test_ships_listed_by_number_after_a_plural_ship_noun(nlp):
    text = HEADLINE + (
        "The other two arrested vessels were Delmor 806 and Delmor 888, which were both confronted inside the zone. "
        "Separately, another fishing vessel, Kaveno 3, whose two sister vessels, Kaveno 1 and Kaveno 4, were arrested "
        "in 2020, was nabbed at anchor.\n"
    )
    found = by_text(extract(nlp, text))
    for name in ("Delmor 806", "Delmor 888", "Kaveno 1", "Kaveno 4", "Kaveno 3"):
        assert found.get(name, (None,))[0] is Kind.VESSEL, name


def test_a_sister_ship_is_named_by_the_same_words_and_another_number(nlp):
    text = HEADLINE + "On Friday, Kaveno 3 was arrested at anchor. Its sister ships, the trawler Kaveno 1, escaped.\n"
    found = by_text(extract(nlp, text))
    assert found.get("Kaveno 3", (None,))[0] is Kind.VESSEL


def test_numbers_after_a_plural_ship_noun_without_names_make_no_ship(nlp):
    text = HEADLINE + "The navy said 12 vessels were seized in 2020 and 2021 near the coast.\n"
    assert not any(kind is Kind.VESSEL for kind, _ in by_text(extract(nlp, text)).values())


def test_a_notice_and_a_zone_on_the_map_are_no_actors(nlp):
    text = HEADLINE + (
        "The arrest is related to an Interpol Red Notice issued at Japan's request. On Monday, a plane entered "
        "Japan's Air Defense Identification Zone (ADIZ) over the sea, and left the ADIZ an hour later.\n"
    )
    found = by_text(extract(nlp, text))
    assert "Red Notice" not in found
    assert not any("Zone" in name or name == "ADIZ" for name in found)


def test_what_a_person_founds_or_a_charity_is_a_body(nlp):
    text = HEADLINE + "Watson, a dual national, founded Vexo Dalcour, a U.S.-based marine conservation group.\n"
    assert by_text(extract(nlp, text))["Vexo Dalcour"][0] is Kind.PARTY
    text = HEADLINE + "Watson, a dual national, is the founder of Vexo Dalcour and sailed with its crew.\n"
    assert by_text(extract(nlp, text))["Vexo Dalcour"][0] is Kind.PARTY
    text = HEADLINE + "The funding came from Merel Vant, a London-based charity.\n"
    assert by_text(extract(nlp, text))["Merel Vant"][0] is Kind.PARTY


def test_a_name_closed_by_global_is_a_body(nlp):
    text = HEADLINE + "A joint operation by the Sierra Leone Navy and Vexo Dalcour Global led to four arrests.\n"
    assert by_text(extract(nlp, text))["Vexo Dalcour Global"][0] is Kind.PARTY


def test_a_caption_credit_after_a_dash_is_no_actor(nlp):
    text = HEADLINE + "The bulk carrier aground off Mauritius - courtesy Ruritania Port Authority\n\nThe ship sank.\n"
    found = by_text(extract(nlp, text))
    assert not any("Authority" in name or "Ruritania" in name for name in found)


def test_a_known_body_run_into_a_plain_name_is_one_longer_name(nlp):
    text = HEADLINE + "Activists climbed the platform of Gazprom Vexel Shelf, a subsidiary of the state-owned giant.\n"
    found = by_text(extract(nlp, text))
    assert found.get("Gazprom Vexel Shelf", (None,))[0] is Kind.PARTY
    assert "Vexel Shelf" not in found


def test_an_acronym_spelled_by_adjectives_names_a_kind_of_thing(nlp):
    text = HEADLINE + (
        "The navy arrested four vessels engaged in illegal, unreported, and unregulated (IUU) fishing. Another vessel "
        "engaged in IUU fled. The rebels and its armed forces (XAF) clashed, and XAF said it won.\n"
    )
    found = by_text(extract(nlp, text))
    assert "IUU" not in found
    assert found["XAF"][0] is Kind.PARTY


def test_a_name_set_beside_a_persons_post_is_a_person(nlp):
    text = HEADLINE + '"We are shocked," Dorky MacLane, the group\'s campaign director, said in the statement.\n'
    assert by_text(extract(nlp, text))["Dorky MacLane"][0] is Kind.OFFICIAL
    text = HEADLINE + "The cargo belonged to Vexo Dalcour Shipping, the ship's owner, which said it was shocked.\n"
    assert by_text(extract(nlp, text))["Vexo Dalcour Shipping"][0] is Kind.PARTY


def test_a_service_or_maker_before_an_aircraft_noun_stays_a_body(nlp):
    text = HEADLINE + (
        "The Maritime Security Agency or Vexamla said the ship left. With the help of a Vexamla patrol aircraft, "
        "they shadowed it.\n"
    )
    found = by_text(extract(nlp, text))
    assert "Vexamla" in found


def test_a_known_body_in_capitals_keeps_its_own_operation_apart(nlp):
    text = HEADLINE + "The ship was freed by the EU Operation Varenna off the coast on Monday.\n"
    found = by_text(extract(nlp, text))
    assert "EU Operation Varenna" not in found


def test_a_call_sign_of_a_leaders_plane_is_no_body(nlp):
    text = HEADLINE + "Officials seized the plane, which was compared to Air Force One, and flew it to Florida.\n"
    found = by_text(extract(nlp, text))
    assert not any("Force" in name or name == "One" for name in found)


def test_a_known_body_before_a_name_written_alone_elsewhere_is_not_joined():
    text = "Przydacz told Reuters Vexanouska was safe. Later, Vexanouska said she was in Warsaw."
    assert not _never_alone(text, "Reuters", "Vexanouska")
    text = "Data in Thomson Reuters Vexon shows it. Thomson Reuters Vexon said so."
    assert _never_alone(text, "Thomson Reuters", "Vexon")


def test_a_ship_called_by_the_last_word_of_its_name_is_the_ship(nlp):
    text = HEADLINE + (
        "Watson's vessel Vexo Paul Dalcourin arrived at the port of Nuuk on Sunday. The Dalcourin is operated by "
        "his foundation.\n"
    )
    found = by_text(extract(nlp, text))
    assert found["Dalcourin"] == (Kind.VESSEL, "Vexo Paul Dalcourin")


def test_a_quoted_list_of_charges_is_no_actor(nlp):
    text = HEADLINE + (
        "The warrant was issued for alleged acts of \u201cBreaking into the Store, Damage to Property, Forcible "
        "Obstruction of Business, and Injury,\u201d according to Japanese officials.\n"
    )
    found = by_text(extract(nlp, text))
    assert set(found) == {"Japanese"}
    text = HEADLINE + "The groups named were \u201cHamas, Hezbollah, and the Houthis,\u201d according to Israel.\n"
    assert {"Hamas", "Hezbollah", "Houthis"} <= set(by_text(extract(nlp, text)))


def test_a_name_flown_or_sailed_toward_is_a_place(nlp):
    text = HEADLINE + "On Monday, a Chinese plane crossed the East China Sea and flew toward Shikoku. Fighters rose.\n"
    assert "Shikoku" not in by_text(extract(nlp, text))


def test_a_known_body_before_a_treaty_keeps_its_name(nlp):
    text = HEADLINE + "Under the United Nations Convention on the Law of the Sea, a zone extends 200 miles.\n"
    assert "United Nations" in by_text(extract(nlp, text))


def test_a_council_named_after_the_house_of_government_is_one_body(nlp):
    text = HEADLINE + "The White House Tariff Council described the seizure as a critical step.\n"
    found = by_text(extract(nlp, text))
    assert found.get("White House Tariff Council", (None,))[0] is Kind.PARTY


def test_a_foundation_named_after_a_titled_person_keeps_the_title(nlp):
    text = HEADLINE + "The ship is operated by the Capt. Jon Vexler Foundation, and it was under way.\n"
    found = by_text(extract(nlp, text))
    assert found.get("Capt. Jon Vexler Foundation", (None,))[0] is Kind.PARTY
    assert "Jon Vexler Foundation" not in found
