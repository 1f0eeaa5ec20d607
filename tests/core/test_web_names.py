"""A site named by its web address ('Koala.Az', 'Vox.NET') is one name: the dot before a top-level domain ends no
sentence, and the site reports what the sentence before it says. A missing space after a full stop ('said.In') still
ends one. Pair layer off for the relation."""

from __future__ import annotations

import pytest

from core.extract.nlp import load_nlp
from core.model import Family
from tests.core.test_relations import P, S, pairs


def _sentences(text: str) -> list[str]:
    return [s.text.strip() for s in load_nlp()(text).sents if s.text.strip()]


def test_a_site_address_is_one_token_in_its_sentence() -> None:
    doc = load_nlp()("Freedonia shelled Sylvania on Monday, Koala.Az reports citing local media.")
    assert [t.text for t in doc].count("Koala.Az") == 1
    assert len(list(doc.sents)) == 1


def test_a_missing_space_after_a_full_stop_still_ends_a_sentence() -> None:
    assert len(_sentences("The talks ended on Monday.In the end, nobody signed.")) == 2


def test_two_domain_parts_make_one_name() -> None:
    doc = load_nlp()("Freedonia shelled Sylvania, Vox.Com.Ua reports.")
    assert len(list(doc.sents)) == 1


@pytest.mark.usefixtures("rules_alone")
def test_a_site_reports_on_the_sides_of_what_it_reports() -> None:
    spec = {
        "Freedonia": (S, ["Freedonia"]),
        "Sylvania": (S, ["Sylvania"]),
        "Koala.Az": (P, ["Koala.Az"]),
    }
    got = pairs("Freedonia shelled Sylvania on Monday, Koala.Az reports citing local media.", spec)
    assert Family.REPORTING in got.get(frozenset({"Koala.Az", "Freedonia"}), set())


def test_a_site_address_opening_a_sentence_still_opens_it() -> None:
    sents = _sentences("Freedonia said the strike killed two. Koala.Az also reported it on Monday.")
    assert len(sents) == 2, sents
    assert len(_sentences("According to Koala.Az, Freedonia shelled Sylvania on Monday.")) == 1


def test_a_states_abbreviation_after_a_missing_space_is_no_domain() -> None:
    doc = load_nlp()("Freedonia attacked the port on Friday.UK officials said the deal was broken.")
    assert "UK" in [t.text for t in doc], [t.text for t in doc]
