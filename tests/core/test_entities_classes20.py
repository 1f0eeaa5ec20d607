"""Entity classes of blind sets 12 and 13 (issue #11, round H), each on invented sentences: closing blocks of links
to other stories (bulleted headlines, a "Latest News" heading over teaser cards) and "Read the ... on X" lines."""

from __future__ import annotations

from core.extract.teasers import teaser_tails
from tests.core.test_entities import extract
from tests.core.test_entities_news import HEADLINE

_BODY = "Norway and Chile signed a fisheries pact on Monday, the two foreign ministries said in a joint statement.\n"


def _texts(entities) -> set[str]:
    return {m.text for e in entities for m in e.mentions}


def test_closing_bulleted_headlines_are_links(nlp):
    text = HEADLINE + _BODY + (
        "- Peru must settle its border row before it can join the bloc - senators\n"
        "- Minister: attempts to freeze the talks with Bolivia are wrong\n"
    )
    texts = _texts(extract(nlp, text))
    assert {"Norway", "Chile"} <= texts and not texts & {"Peru", "Bolivia"}


def test_bulleted_sentences_are_article_text():
    text = HEADLINE + _BODY + "- Peru signed the pact in March.\n- Bolivia will sign it next year.\n"
    assert teaser_tails(text) == []


def test_a_latest_news_heading_over_teaser_cards_is_furniture(nlp):
    text = HEADLINE + _BODY + (
        "\nLatest News\n\nHarbour Rovers cruise to a 4-0 win over Dunmore FC in Valparaiso\n\n"
        "Harbour Rovers kept a perfect record with a dominant win over Dunmore FC on the island of Tasmania.\n\n"
        "Proud debut for Okonkwo as he bows out of the league\n"
    )
    texts = _texts(extract(nlp, text))
    assert {"Norway", "Chile"} <= texts and not texts & {"Dunmore FC", "Harbour Rovers", "Okonkwo", "Tasmania"}


def test_a_heading_followed_by_paragraphs_is_not_teasers():
    text = HEADLINE + _BODY + (
        "\nLatest News\n\nThe two states will meet again in May to settle the quotas for the southern waters, "
        "officials said.\n\nThe talks are expected to last three days and end with a second joint statement.\n"
    )
    assert teaser_tails(text) == []


def test_read_the_news_on_a_site_is_furniture(nlp):
    text = HEADLINE + _BODY + "Read the Andes War News Latest Today on The Pacific Courier.\n"
    texts = _texts(extract(nlp, text))
    assert "Norway" in texts and not any("Courier" in t or "War News" in t for t in texts)
