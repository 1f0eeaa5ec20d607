"""States written in capitals (core/extract/caps_states.py), read from the document's text column: the longest name
at each word, none that runs on into more capitals, none over a one-letter word."""

from core.extract.caps_states import states_in_capitals
from core.extract.nlp import load_nlp


def _found(text: str) -> list[tuple[str, str]]:
    doc = load_nlp()(text)
    return [(doc[m.start : m.end].text, m.key) for m in states_in_capitals(doc)]


def test_names_in_capitals_longest_first_and_not_running_on():
    assert _found("ZORBIA CITY, UNITED ARAB EMIRATES. Officials met.") == [
        ("UNITED ARAB EMIRATES", "United Arab Emirates")
    ]
    assert _found("NEW ZEALAND FIRST said it would vote. NEW ZEALAND - The talks ended.") == [
        ("NEW ZEALAND", "New Zealand")
    ]
    assert _found("Officials in South Korea and SOUTH KOREA. A UNITED KINGDOM X said so.") == [
        ("SOUTH KOREA", "South Korea")
    ]  # one capital letter after the name runs it on too; a name in Title Case is not this rule's
