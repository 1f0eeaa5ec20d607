"""Given names the model leaves out after an honorific or a title's portfolio, and a name split at its apostrophe
(x-names99, `given_names.py`). Invented names throughout."""

from __future__ import annotations

from core.extract.pipeline import extract_text
from core.model import Kind


def _people(text: str) -> set[str]:
    return {e.name for e in extract_text(text).entities if e.kind is Kind.OFFICIAL}


def test_the_given_name_after_an_honorific_opens_the_name():
    text = (
        "The accord was signed by Oman's Minister of Transport HE Marwan Tahir Hamad al-Qasimi and Kenyan Minister "
        "of Transport Kipchoge Otieno."
    )
    people = _people(text)
    assert "Marwan Tahir Hamad al-Qasimi" in people, people


def test_the_given_name_after_a_portfolio_opens_the_name():
    people = _people("Iraqi Minister of Transport Razzaq Muhaibas al-Saadawi signed the memorandum.")
    assert people == {"Razzaq Muhaibas al-Saadawi"}, people


def test_a_name_split_at_its_apostrophe_is_one_name():
    text = "Jordanian Prime Minister Ahmad Shia' al-Rawabdeh met Turkish President Recep Tayyip Erdogan in Ankara."
    people = _people(text)
    assert "Ahmad Shia' al-Rawabdeh" in people and "al-Rawabdeh" not in people, people


def test_a_portfolio_word_is_no_given_name():
    people = _people("The Minister of Home Affairs Hannah Petersen said the ban would stay.")
    assert people == {"Hannah Petersen"}, people
    assert not _people("Minister of Transport Security Council members met in Doha.")


def test_a_portfolio_word_does_not_open_a_name_with_particles():
    text = "Representing Oman was Minister of Transportation Marwan bin Tahir bin Hamad Al Qasimi on Monday."
    people = _people(text)
    assert people == {"Marwan bin Tahir bin Hamad Al Qasimi"}, people


def test_sheikh_as_a_name_opens_it():
    text = "The minister opened the bridge, with his counterpart Sheikh Rehana saying that borders should not divide."
    assert "Sheikh Rehana" in _people(text)


def test_no_given_name_after_an_article_or_a_plural_portfolio():
    people = _people("The Representative on Freedom of the Media Lena Varga said the ban was wrong.")
    assert people == {"Lena Varga"}, people
    people = _people("The Minister of Religious Endowments Omar Gomaa spoke.")
    assert people == {"Omar Gomaa"}, people


def test_a_portfolio_word_after_and_is_no_given_name():
    people = _people("The Kuwaiti Minister of Energy and Infrastructure Haitham Nasser al-Khorami spoke on Monday.")
    assert people == {"Haitham Nasser al-Khorami"}, people
