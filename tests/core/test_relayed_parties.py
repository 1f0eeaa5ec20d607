"""The outlet that closes a relayed report reports the parties of the relayed act (nested_parties.py)."""

from __future__ import annotations

from core.extract.relations.quotes import quoted_tokens
from core.model import Family
from tests.core.test_rank_stops import _read


def test_an_outlet_closing_a_relayed_report_reports_the_acts_parties(nlp) -> None:
    text = (
        "Chad's government has said that it is cutting diplomatic ties with Peru,"
        " the Agence France-Presse (AFP) reported."
    )
    _, got = _read(nlp, text)
    assert ("Agence France-Presse", "Peru", Family.REPORTING) in got, got


def test_no_relayed_party_in_a_place_phrase(nlp) -> None:
    text = (
        "Chad's government has said that it is holding talks with rebels in Peru,"
        " the Agence France-Presse (AFP) reported."
    )
    _, got = _read(nlp, text)
    assert ("Agence France-Presse", "Peru", Family.REPORTING) not in got, got


def test_no_relayed_state_by_its_adjective(nlp) -> None:
    text = (
        "Russia's Interfax news agency reported Friday that border guard authorities said they blocked illegal"
        " operations by a Japanese fishing boat in the sea."
    )
    _, got = _read(nlp, text)
    assert ("Interfax", "Japan", Family.REPORTING) not in got, got


def test_a_name_before_a_closing_quotation_mark_is_quoted(nlp) -> None:
    doc = nlp("“The shipments helped.\n\n[Peru] to violate the rules,” Pavel Ostrinko wrote, Reuters reported.")
    peru = next(t for t in doc if t.text == "Peru")
    assert peru.i in quoted_tokens(peru.sent)
    doc = nlp("Peru said it cut ties with Chile, Reuters reported.")
    assert not any(quoted_tokens(s) for s in doc.sents)
