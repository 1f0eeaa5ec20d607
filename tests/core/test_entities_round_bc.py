"""Entity rules of round BC (issue #11): bare ministries named with a name already "Ministry of X", a U.S. body's
plain word after another state's adjective, capitals that only place a listing or a clock, "Sheikh" as a one-word
name's own first word, agency datelines with the day before the month, an untagged first name after a title or a
comma, a lone "Union", and papers named "Daily X" or "X Online", each on invented sentences.

The measure of quality is bench/real (real articles, scored); these pin each rule and a case where it could over-fire.
"""

from __future__ import annotations

from core.extract.furniture import furniture_ranges
from core.model import Kind
from tests.core.test_entities import by_name, extract
from tests.core.test_entities_news import HEADLINE


def _names(nlp, sentence: str) -> dict:
    return by_name(extract(nlp, HEADLINE + sentence + "\n"))


# bare ministries (bare_ministries.join_bare_ministries)


def test_a_bare_lower_case_ministry_joins_the_states_one_named_later(nlp):
    found = _names(
        nlp,
        "Chile filed a complaint over import curbs on Friday, the commerce ministry said. Talks had failed in May. "
        "Chile's commerce ministry said in a statement that it had filed the complaint.",
    )
    assert "Ministry of Commerce" not in found, found
    assert len(found["Ministry of Commerce of Chile"][1]) == 2, found


def test_a_bare_ministry_seated_in_two_capitals_joins_neither(nlp):
    found = _names(
        nlp,
        "Talks between senior foreign ministry officials in Ankara and Cairo began in 2021. Cairo will send an "
        "envoy, the Egyptian foreign ministry said.",
    )
    assert "Ministry of Foreign Affairs" in found and "Ministry of Foreign Affairs of Egypt" in found, found


def test_two_bare_forms_of_one_portfolio_are_one_body(nlp):
    found = _names(
        nlp,
        "Secretary of State for the Labor Ministry Dara Vonn said the ban stood. Recruiters said they had been "
        "told by the Ministry of Labor that the ban would last a year.",
    )
    ministries = [name for name in found if "Labor" in name]
    assert len(ministries) == 1, found


def test_bare_ministries_of_two_portfolios_stay_apart(nlp):
    found = _names(
        nlp,
        "The Labor Ministry said on Monday the ban stood. The Ministry of Health said the clinics were open.",
    )
    assert len([name for name in found if name.startswith(("Labor", "Ministry of Labor"))]) == 1, found
    assert any("Health" in name for name in found), found


# a U.S. body's plain word after another state's adjective (known._national_body)


def test_another_states_treasury_is_its_own(nlp):
    found = _names(nlp, "The scheme drew 9 billion kroner from the Danish Treasury, prosecutors said on Monday.")
    assert found["Danish Treasury"][0] is Kind.PARTY
    assert "U.S. Treasury Department" not in found, found
    assert found["Denmark"][0] is Kind.STATE


def test_a_bare_treasury_is_still_the_us_one(nlp):
    found = _names(nlp, "The Treasury imposed sanctions on the shipping firm on Monday, officials said.")
    assert found["U.S. Treasury Department"][0] is Kind.PARTY


# capitals that only place a listing or a clock (places.capital_is_place, named_places._capital_based)


def test_a_capital_before_listed_or_time_is_no_state(nlp):
    found = _names(
        nlp,
        "Vorlan Pellets, a London-listed iron producer, said the missile fell at 5 am (Seoul time) near its mine.",
    )
    assert "United Kingdom" not in found and "South Korea" not in found, found


def test_a_capital_before_a_spaced_based_is_no_state(nlp):
    found = _names(nlp, "The Abu Dhabi based group Torvane supplied the boats, the court heard on Monday.")
    assert "United Arab Emirates" not in found, found


def test_a_capital_backing_a_force_still_stands_for_its_state(nlp):
    found = _names(nlp, "Moscow-backed fighters shelled the town on Monday, and Washington condemned the attack.")
    assert found["Russia"][0] is Kind.STATE and found["United States"][0] is Kind.STATE


# "Sheikh" before one name word (titled.sheikh_in_name)


def test_sheikh_before_one_name_word_is_part_of_the_name(nlp):
    found = _names(nlp, "Former prime minister Sheikh Nurjahan fled to India in August, officials in Dhaka said.")
    assert found["Sheikh Nurjahan"][0] is Kind.OFFICIAL


def test_sheikh_after_a_title_is_part_of_the_name(nlp):
    found = _names(nlp, "The fuel was handed to Bangladeshi Prime Minister Sheikh Nurjahan in a ceremony on Monday.")
    assert found["Sheikh Nurjahan"][0] is Kind.OFFICIAL


def test_sheikh_before_a_long_gulf_name_stays_a_title(nlp):
    found = _names(nlp, "Qatar's emir Sheikh Tamir bin Hamad Al Kuwari met the envoy in Doha on Monday.")
    assert not any(name.startswith("Sheikh") for name in found), found


def test_sheikh_inside_a_name_is_left_alone(nlp):
    found = _names(nlp, "Somali President Hassan Sheikh Abdirahman spoke to reporters in Mogadishu on Monday.")
    assert "Hassan Sheikh Abdirahman" in found, found


# agency datelines with the day before the month (furniture._lead_ranges)


def _furniture(text: str) -> list[str]:
    return [text[a:b] for a, b in furniture_ranges(text)]


def test_a_dateline_with_the_day_before_the_month_is_furniture():
    text = "Port deal signed\n\nLarnaca, 8 April 2016 (XNA) - Cyprus signed an agreement on Friday.\n"
    assert "Larnaca, 8 April 2016 (XNA) - " in _furniture(text)
    text = "Port deal signed\n\nNICOSIA, 23 October (Vexa-XNA) -- Cyprus signed an agreement on Friday.\n"
    assert "NICOSIA, 23 October (Vexa-XNA) -- " in _furniture(text)


def test_an_agencys_short_bracket_opening_the_story_is_furniture():
    text = "(QNS) For the first time, Cyprus signed an agreement with the port's owner.\n"
    assert "(QNS) " in _furniture(text)


def test_a_bracket_inside_a_sentence_is_no_dateline():
    text = "Port deal signed\n\nThe minister said (QNS) that the deal, signed on 8 April 2016 (Friday) - held.\n"
    assert _furniture(text) == []


# an untagged first name after a title, a state after a title's "of", or a comma (people.person_start)


def test_a_first_name_after_a_title_belongs_to_the_name(nlp):
    found = _names(
        nlp,
        "Prime Minister of Mauritius Dravind Kumar Bhoolah attended the ceremony. Port Mayor Sadiq Vantrel spoke "
        "next. In 2020, Ranjit Poddarl, who ran the firm, agreed.",
    )
    for name in ("Dravind Kumar Bhoolah", "Sadiq Vantrel", "Ranjit Poddarl"):
        assert found[name][0] is Kind.OFFICIAL, found


def test_a_day_before_a_comma_opens_no_name(nlp):
    found = _names(nlp, "On Tuesday, Ortega said the port would reopen.")
    assert not any("Tuesday" in name for name in found), found


# a lone "Union" (lexicon "bare_heads_need_antecedent")


def test_a_lone_union_joins_the_union_named_before(nlp):
    found = _names(nlp, "The European Union fined Malta on Monday. Malta has violated Union law, the court said.")
    assert found["European Union"][1] == ["European Union", "Union"], found


def test_a_lone_union_with_no_union_before_is_no_body(nlp):
    found = _names(nlp, "New Delhi: The Union government has granted permission for the export of rice to Nepal.")
    assert "Union" not in found, found


# papers named "Daily X", "X Online" (outlet_shapes.outlets_by_shape)


def test_a_daily_that_reports_is_an_outlet(nlp):
    found = _names(nlp, "The ship carried grain to Yemen since February, Daily Vorta reports.")
    assert found["Daily Vorta"][0] is Kind.PARTY
