"""Review of round AD (read-only reviewer): each mend with a test that fails without it. Invented sentences."""

from __future__ import annotations

from core.model import Family, Kind
from tests.core.test_entities import by_text, extract
from tests.core.test_entities_news import HEADLINE
from tests.core.test_relations import OFF, P, S, stated


def test_a_heading_s_verb_is_cut_off_a_ship_named_before_it(nlp):
    text = (
        "Tanker Stena Tulip Seized by Freedonia in the Strait\n\n"
        "Freedonia seized the British-flagged Stena Tulip on Friday, officials said.\n"
    )
    found = by_text(extract(nlp, text))
    assert found["Stena Tulip"][0] is Kind.VESSEL
    assert not any(t.endswith("Seized") for t in found)


def test_a_body_before_and_is_no_cabinet_portfolio(nlp):
    text = HEADLINE + "The talks were attended by Safaricom and Interior Cabinet Secretary Lin Bao.\n"
    found = by_text(extract(nlp, text))
    assert "Safaricom" in found


def test_a_lender_before_its_programme_is_kept(nlp):
    text = HEADLINE + (
        "The country signed a $3 billion International Monetary Fund Extended Fund Facility last year. Support came "
        "from the World Bank and Extended Credit Facility disbursements.\n"
    )
    found = by_text(extract(nlp, text))
    assert "International Monetary Fund" in found and "World Bank" in found
    assert not any("Facility" in t for t in found)


def test_a_list_the_article_announces_is_no_teaser_tail(nlp):
    text = HEADLINE + (
        "Freedonia designated four firms on Thursday.\n\nThe move follows months of pressure.\n\n"
        "Officials said more would follow.\n\nThe companies designated on Thursday are the following:\n\n"
        "Blue Ocean Shipping Company Limited of the Marshall Islands\n"
        "Grey Gull Maritime Company Limited of the Marshall Islands\n"
        "Red Moon Tanker Management Company of Panama\n"
        "Silver Star Trading Company Limited of Liberia\n"
    )
    found = by_text(extract(nlp, text))
    assert "Marshall Islands" in found and "Liberia" in found  # the list's lines are read


def test_not_only_a_member_is_a_member():
    spec = {"Freedonia": (S, ["Freedonia"]), "Paris Club": (P, ["Paris Club"]), "Lin Bao": (OFF, ["Lin Bao"])}
    got = stated("Freedonia is not only a member of the Paris Club but also its chair.", spec)
    assert ("Freedonia", "Paris Club", Family.MEMBERSHIP) in got
    assert not stated("Freedonia, which is not a member of the Paris Club, signed the deal.", spec)


def test_commanding_an_armed_group_or_the_marines_leads_them():
    spec = {
        "Wagner Group": (P, ["Wagner Group"]),
        "Marines": (P, ["Marines"]),
        "Pentagon": (P, ["Pentagon"]),
        "Lin Bao": (OFF, ["Lin Bao"]),
    }
    assert ("Lin Bao", "Wagner Group", Family.LEADERSHIP) in stated(
        "Lin Bao commanded the Wagner Group to march on the capital.", spec
    )
    got = stated("Lin Bao commanded the Marines to hold the bridge.", spec)
    assert ("Lin Bao", "Marines", Family.LEADERSHIP) in got
    assert ("Lin Bao", "Pentagon", Family.LEADERSHIP) not in stated(
        "Lin Bao commanded the Pentagon to draw up plans for a withdrawal.", spec
    )


def test_authorities_in_two_seats_are_the_parties_of_a_deal_signed_between_them():
    spec = {"Freedonia": (S, ["Freedonia"]), "Tripoli": (P, ["Tripoli"]), "Tobruk": (P, ["Tobruk"])}
    got = stated("The agreement signed between the authorities in Tripoli and Tobruk was hailed by Freedonia.", spec)
    assert ("Tripoli", "Tobruk", Family.AGREEMENT) in got
