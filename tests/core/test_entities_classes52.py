"""A firm's name opened by a people's word the model reads as part of it; a feed's "appeared first on" foot line;
a name cut before "Airport"; a name listing words with commas (invented sentences)."""

from core.extract.entities import find_entities
from core.extract.nlp import load_nlp


def _found(text: str) -> dict[str, str]:
    return {m.text: e.kind.name for e in find_entities(load_nlp()(text)) for m in e.mentions}


def test_demonym_opening_a_firm_with_a_legal_form_stays_in_its_name():
    found = _found("The move was reported earlier by the Canadian Lakeshore Corp, citing a senior official.")
    assert found.get("Canadian Lakeshore Corp") == "PARTY"
    assert found.get("Canadian") == "STATE"


def test_demonym_before_a_firm_the_model_does_not_join_is_split():
    found = _found("Norland fined the Canadian firm Maple Harbour Logistics Ltd on Monday.")
    assert "Canadian firm Maple Harbour Logistics Ltd" not in found


def test_feed_foot_line_naming_the_outlet_is_furniture():
    from core.extract.furniture import furniture_ranges

    text = "Troops will leave Vexland, officials said.\nThe post Talks resume in Vexland appeared first on Gazetta.\n"
    assert [text[a:b] for a, b in furniture_ranges(text)] == ["appeared first on Gazetta."]
    assert "Gazetta" not in _found(text)


def test_name_cut_before_airport_is_no_body():
    found = _found("“I arrived at Vexton, Mwalimu Julius Ruvani International Airport at 9 am, and immigration kept me "
                   "waiting,” she said.")
    assert "Mwalimu Julius Ruvani International" not in found


def test_name_listing_words_with_commas_spelled_by_its_acronym():
    found = _found("Vexland barred two lawmakers over their support for the Reform, Unity and Progress (RUP) movement.")
    assert found.get("Reform, Unity and Progress") == "PARTY"
    assert "Norway, Sweden and Finland" not in _found("Norway, Sweden and Finland (NSF) signed the pact.")
