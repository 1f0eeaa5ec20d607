"""Entity classes of blind set 21 (issue #11, round P), each on invented sentences."""

from __future__ import annotations

from core.extract.teasers import teaser_tails
from core.model import Kind
from tests.core.test_entities import by_text, extract
from tests.core.test_entities_classes27 import firm_cue_in
from tests.core.test_entities_news import HEADLINE


def test_a_formal_name_cut_at_of_is_one_body(nlp):
    text = HEADLINE + "The warning came from the Office of the Commissioner of Coastal Fisheries on Monday.\n"
    found = by_text(extract(nlp, text))
    assert found.get("Office of the Commissioner of Coastal Fisheries", (None,))[0] is Kind.PARTY
    assert "Coastal Fisheries" not in found


def test_a_firm_name_cut_at_and_is_one_firm(nlp):
    text = HEADLINE + "Regulators fined Dalcourt Vexan Science and Technology Company, Limited on Friday.\n"
    found = by_text(extract(nlp, text))
    assert not any(name.startswith("Technology Company") for name in found)
    assert all(kind is Kind.PARTY for kind, _ in found.values())


def test_two_bodies_joined_by_and_stay_two(nlp):
    text = HEADLINE + "Both the Marel Group of Companies and Dalcourt Union of Traders backed the junta.\n"
    found = by_text(extract(nlp, text))
    assert not any(" and " in name for name in found)


def test_a_body_named_after_a_capital_is_not_the_state(nlp):
    text = HEADLINE + "The tanker is on the Lisbon MOU blacklist and was detained twice last year.\n"
    found = by_text(extract(nlp, text))
    assert "Lisbon" not in found


def test_firm_cues_before_a_name(nlp):
    assert firm_cue_in(nlp, "The claim was reported by state-run Vexo Dalcour on its website.", "Vexo Dalcour")
    assert firm_cue_in(nlp, "The ship's owner, Germany's Marel Osse, confirmed the arrest.", "Marel Osse")
    assert not firm_cue_in(nlp, "The club's owner, Marel Osse, confirmed the sale.", "Marel Osse")


def test_a_firm_noun_opening_a_name_is_not_a_title(nlp):
    text = HEADLINE + "Charterer Vexolane had earlier argued that the claim was unsubstantiated.\n"
    found = by_text(extract(nlp, text))
    assert found.get("Vexolane", (None,))[0] is Kind.PARTY
    assert "Charterer Vexolane" not in found


def test_a_name_with_an_ampersand_initialism_is_a_body(nlp):
    text = HEADLINE + "Its insurer, the Vexo P&I Club, said the claim was excessive.\n"
    assert all(kind is not Kind.OFFICIAL for kind, _ in by_text(extract(nlp, text)).values())


def test_a_name_with_a_digit_is_no_person(nlp):
    text = HEADLINE + "An unknown quantity of Fuel B-7 leaked from the stricken tanker into the bay.\n"
    assert all(kind is not Kind.OFFICIAL for kind, _ in by_text(extract(nlp, text)).values())


def test_an_estuary_is_a_place_not_a_ship(nlp):
    text = HEADLINE + "The container ship drifts in the Vexmouth Estuary, off the coast of Ruritania.\n"
    assert "Vexmouth Estuary" not in by_text(extract(nlp, text))


def test_trending_headlines_anywhere_are_furniture():
    text = (
        "Ruritania bans imports\nTrending stories\n- 1 Protests Erupt in Vexo Over New Law\n"
        "- 2 Dalcourt: Exit Polls and Vote Results Suggest Fraud\n- 3 Judge of Marel Annuls Results\n"
        "The ministry said on Monday that the ban would hold.\n"
    )
    ranges = teaser_tails(text)
    assert any(text[a:b].startswith("Trending stories") and "Annuls Results" in text[a:b] for a, b in ranges)
    assert not any("ministry said" in text[a:b] for a, b in ranges)
    # an article's own list under 'Latest updates:' in the middle of the page is its text (review of round P)
    text = (
        "Ruritania bans imports\nThe ministry said on Monday that the ban would hold.\nLatest updates:\n"
        "- Freedonia seizes Ruritanian tanker off the coast\n- Ruritania recalls its ambassador from Freedonia\n"
        "The talks are to resume on Friday, the ministry said in a statement.\n"
    )
    assert not any("recalls its ambassador" in text[a:b] for a, b in teaser_tails(text))


def test_a_title_case_ship_noun_is_cut_from_a_prefixed_name(nlp):
    text = HEADLINE + (
        "A distress call came from Malta Flagged Vessel MV Vexolane on Monday. A patrol aircraft later"
        " overflew MV Vexolane Vessel, which is now heading south.\n"
    )
    ships = {e.name for e in extract(nlp, text) if e.kind is Kind.VESSEL}
    assert ships == {"Vexolane"}


def test_a_police_rank_is_a_title_not_a_name(nlp):
    text = HEADLINE + "Superintendent Marel Vexler of the county police said the master was arrested.\n"
    assert "Marel Vexler" in by_text(extract(nlp, text))


def test_a_state_name_opening_with_a_possessive_is_found_whole(nlp):
    for quote in ("'", "\u2019"):
        text = HEADLINE + f"Hackers from the People{quote}s Republic of China targeted the ministry.\n"
        found = by_text(extract(nlp, text))
        assert found.get(f"People{quote}s Republic of China", (None, ""))[1] == "China"
        assert "Republic of China" not in found


def test_a_bare_name_of_a_ship_named_on_the_page_is_the_ship(nlp):
    text = HEADLINE + "Navies intercepted the VEXOLANE vessel on Monday. The MV Vexolane was hijacked in May.\n"
    found = by_text(extract(nlp, text))
    assert found.get("VEXOLANE", (None,))[0] is Kind.VESSEL


def test_a_state_opening_a_trade_body_named_by_an_ampersand_initialism_is_part_of_it(nlp):
    text = HEADLINE + "The ship's insurer, the U.K. V&M Club, said in a statement on Tuesday that it would pay.\n"
    found = by_text(extract(nlp, text))
    assert "U.K." not in found


def test_a_title_case_participle_is_no_name(nlp):
    text = HEADLINE + "A call came from Malta Flagged Vessel MV Vexolane on Monday, the navy said.\n"
    assert "Flagged" not in by_text(extract(nlp, text))


def test_firm_cues_of_holdings(nlp):
    assert firm_cue_in(nlp, "The group was told to sell at least 86% of Vexmar Optics by June.", "Vexmar Optics")
    assert firm_cue_in(nlp, "Regulators blocked the sale of Vexmar Optics to a rival.", "Vexmar Optics")
    assert not firm_cue_in(nlp, "The report named Marel Osse and his deputy as suspects.", "Marel Osse")
    # what the name owns is what is sold or joined (review of round P): 'the sale of X's home' is a person's
    assert not firm_cue_in(nlp, "Police seized cash during the sale of Marel Osse's London home.", "Marel Osse")
    assert not firm_cue_in(nlp, "Two members of Marel Osse's family were questioned.", "Marel Osse")
    assert firm_cue_in(nlp, "The report named Vexmar Optics and Dalcourt Corp as suppliers.", "Vexmar Optics")


def test_a_lone_service_adjective_is_no_name(nlp):
    text = HEADLINE + "Indian Naval Maritime Patrol Aircraft overflew the tanker on Monday, the navy said.\n"
    assert "Naval" not in by_text(extract(nlp, text))
    # but a ship's name may open with one (review of round P)
    text = HEADLINE + "The Coastal Spirit, a bulk carrier, ran aground off the port on Monday.\n"
    assert by_text(extract(nlp, text)).get("Coastal Spirit", (None,))[0] is Kind.VESSEL


def test_a_body_of_a_firm_and_a_person_after_a_capital_stay_apart(nlp):
    # review of round P: 'of' joins a formal name, not a body to the firm that owns it
    text = HEADLINE + "A spokesman for the Vexmar Port Authority of Dalcourt Shipping Company said the crane failed.\n"
    assert not any(" of Dalcourt" in name for name in by_text(extract(nlp, text)))
    # a person's name after a capital is the town and the person, not one body
    text = HEADLINE + "The minister met the Taipei Vexo Dalcour delegation on Monday.\n"
    found = by_text(extract(nlp, text))
    assert "Taipei Vexo Dalcour" not in found
