"""Entity classes of blind set 34 (issue #11, round AD), each on invented sentences."""

from __future__ import annotations

from core.extract.teasers import teaser_tails
from core.model import Kind
from tests.core.test_entities import by_text, extract

_STORY = (
    "Norland signed an agreement on Friday to sell a stake in its biggest port.\n\n"
    "Dockworkers protested in the capital against the sale.\n\n"
    "The government said the prime minister would visit the buyer's country in June.\n\n"
)


def test_long_unheaded_headlines_after_a_blank_line_are_furniture():
    tail = (
        "Valdoria's Ostrom declared winner in election marred by violence\n"
        "Kestria's old town works to restore tourism after the floods\n"
        "Temple stampede in Ostmark kills nine, injures several\n"
        "Norland to host border meeting amid ceasefire concerns\n"
    )
    text = _STORY + tail
    assert [text[a:b] for a, b in teaser_tails(text)] == [tail]
    assert teaser_tails(_STORY + tail.replace("\n", ".\n")) == []  # sentences: the article's own
    assert teaser_tails(_STORY + "".join(tail.splitlines(keepends=True)[:3])) == []  # three lines: too few


def test_bracketed_credit_closing_the_article_is_furniture():
    text = _STORY + "The deal was signed in the capital. (Norland Gazette)\n"
    assert [text[a:b] for a, b in teaser_tails(text)] == ["(Norland Gazette)"]
    other = _STORY + "The deal was signed in the capital. (Read more on the deal here.)\n"
    assert teaser_tails(other) == []


def test_portfolio_before_cabinet_secretary_is_no_body(nlp):
    found = by_text(extract(nlp, "The contract was signed by former Treasury Cabinet Secretary John Mwangi in May."))
    assert "Treasury Cabinet" not in found and "Treasury" not in found
    assert found["John Mwangi"][0] is Kind.OFFICIAL
    text = "Kenya's new Transport and Infrastructure Cabinet Secretary, John Mwangi, made the contracts public."
    found = by_text(extract(nlp, text))
    assert not any("Cabinet" in t for t in found)
    assert found["Kenya"][0] is Kind.STATE


def test_lender_programme_is_no_body(nlp):
    text = "Following the approval by the IMF of the Extended Fund Facility for Norland, talks began."
    found = by_text(extract(nlp, text))
    assert not any("Facility" in t or "Extended" in t for t in found)
    assert found["IMF"][0] is Kind.PARTY


def test_profession_before_a_name_is_not_part_of_it(nlp):
    text = "Economist Mwila Chanda, also a lecturer at the university, hailed the development."
    found = by_text(extract(nlp, text))
    assert "Economist Mwila Chanda" not in found
    assert found["Mwila Chanda"][0] is Kind.OFFICIAL


def test_given_names_before_a_particle_surname_join_it(nlp):
    text = "On behalf of His Excellency Omar Faisal Al Rashidi, the fund's chairman, the deposit was made."
    found = by_text(extract(nlp, text))
    assert found["Omar Faisal Al Rashidi"][0] is Kind.OFFICIAL
    assert "Al Rashidi" not in found


def test_loan_contract_words_are_no_entities(nlp):
    text = "The Borrower shall keep the terms confidential, the Board of Directors of the Norland Bank said."
    found = by_text(extract(nlp, text))
    assert "Borrower" not in found and "Board of Directors" not in found
