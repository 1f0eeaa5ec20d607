"""Entity classes blind set 7 showed on new stories: a demonym before "Ministry of X", places spaCy takes for bodies,
a rank ending a body's name, blocks of links to other stories, a person owning a firm, a modifier before
"<Name> administration", time zones (core/extract/entities.py, places.py, titled.py, furniture.py).

Every sentence here is invented for its rule; the measure of quality is bench/real (real articles, scored).
"""

from __future__ import annotations

from core.extract.furniture import furniture_ranges
from tests.core.test_entities import extract
from tests.core.test_entities_news import HEADLINE, forms


def kinds(nlp, body: str):
    return forms(extract(nlp, HEADLINE + body))


def test_a_demonym_before_ministry_of_stays_in_the_mention(nlp):
    got = kinds(nlp, "The ship sank on Tuesday, according to a Peruvian Ministry of Defense statement issued late.\n")
    body = next(name for name, (_, texts) in got.items() if "Peruvian Ministry of Defense" in texts)
    assert got[body][0].name == "PARTY" and got["Peru"][0].name == "STATE"


def test_unknown_names_the_text_places_are_not_bodies(nlp):
    got = kinds(
        nlp,
        "Coast guards found the trawler off the coast of Puerto Vell, Tarbut province, a zone known for squid. "
        "The survey ship sailed south of the Greek island chain of Velloritzo on Monday. "
        "The ship sailed midway between Rhodes and Cyprus, escorted by the navy.\n",
    )
    assert not {"Tarbut", "Velloritzo", "Rhodes"} & set(got), got
    assert got["Cyprus"][0].name == "STATE"


def test_a_military_rank_ends_a_bodys_name(nlp):
    got = kinds(
        nlp,
        "The drill was opened by the Deputy Chief of the Joint Operations Command of Kenya Rear Admiral Olek Varnas "
        "on Monday.\n",
    )
    assert not any("Admiral" in name for name in got) and got["Olek Varnas"][0].name == "OFFICIAL", got


def test_a_block_of_links_to_other_stories_is_furniture():
    text = (
        "Ruritania expels envoy\n\nThe government of Ruritania expelled the envoy of Varnia on Monday, officials "
        "said.\n"
        "More Must-Reads from The Daily Ledger\n- Why Olek Varnas Won the Vote\n- What the Harbour Deal Means\n"
    )
    furniture = "".join(text[a:b] for a, b in furniture_ranges(text))
    assert "Olek Varnas" in furniture and "Harbour Deal" in furniture
    assert "expelled the envoy" not in furniture


def test_a_persons_possessive_before_a_group_gives_the_person_and_the_group(nlp):
    got = kinds(nlp, "The tanker is managed by Tarvia Maritime, part of Ruritanian billionaire Olek Varnas\u2019s "
                     "Harbour Group.\n")
    assert got["Olek Varnas"][0].name == "OFFICIAL" and got["Harbour Group"][0].name == "PARTY", got


def test_a_modifier_before_a_leaders_administration_is_not_part_of_its_name(nlp):
    got = kinds(nlp, "Senior Olek Varnas administration officials say the move is a warning.\n")
    assert not any(name.startswith("Senior") for name in got), got


def test_a_time_zone_is_no_entity(nlp):
    got = kinds(nlp, "The destroyer locked its radar on the aircraft around 3 p.m. Thursday (6 a.m. GMT), he said.\n")
    assert "GMT" not in got


def test_a_dateline_with_a_town_a_date_and_an_agency_is_furniture():
    text = "Radar row\n\n\nTokyo, Dec. 21 (Daily Wire Press)--A destroyer aimed its radar at a patrol aircraft.\n"
    furniture = "".join(text[a:b] for a, b in furniture_ranges(text))
    assert "(Daily Wire Press)--" in furniture and "destroyer" not in furniture
