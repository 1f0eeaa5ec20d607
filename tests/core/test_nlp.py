"""The pipeline's own sentence boundaries: lines that are not prose stand alone, hard-wrapped prose does not."""

from __future__ import annotations

from core.extract.nlp import hard_wrapped, load_nlp


def sentences(text: str) -> list[str]:
    return [s.text.strip() for s in load_nlp()(text).sents if s.text.strip()]


def test_a_headline_is_its_own_sentence() -> None:
    text = "Cuba Hosts North Korean Delegation\n\nPresident Díaz-Canel met the delegation in Havana on Monday."
    assert sentences(text)[0] == "Cuba Hosts North Korean Delegation"


def test_a_caption_and_its_credit_line_do_not_join_the_paragraph() -> None:
    text = (
        "Title\n\nA TV screen shows a file image of a senior diplomat based in Cuba,\nAP Photo/Some Photographer\n\n"
        "South Korean media revealed Tuesday that the diplomat defected."
    )
    got = sentences(text)
    assert not any("Cuba," in s and "AP Photo" in s for s in got)
    assert not any("Photographer" in s and "revealed" in s for s in got)


def test_hard_wrapped_prose_keeps_its_sentences_whole() -> None:
    paragraph = (
        "The United Nations Security Council voted on Monday to impose\n"
        "new sanctions on North Korea after its latest missile test, and\n"
        "diplomats said China and Russia had agreed to the text after\n"
        "several days of talks with the United States.\n"
    )
    text = paragraph + "\n" + paragraph
    assert hard_wrapped(text)
    got = sentences(text)
    assert len(got) == 2
    assert got[0].startswith("The United Nations") and got[0].endswith("United States.")


def test_corpus_style_text_is_not_hard_wrapped() -> None:
    text = "Headline\n\nByline\nByline\n\nFirst paragraph.\n\nSecond paragraph.\n\nThird paragraph.\n"
    assert not hard_wrapped(text)


def test_an_abbreviation_opening_a_paragraph_does_not_end_the_sentence() -> None:
    text = "Title\n\nU.S. Senator Marco Rubio praised the decision on Monday."
    assert sentences(text)[-1] == "U.S. Senator Marco Rubio praised the decision on Monday."


def test_one_line_per_paragraph_is_not_hard_wrapped() -> None:
    # as pages copied from the web come: single breaks, but each line a heading, a list item or a whole paragraph
    paragraph = (
        "Iran has seized an oil tanker in the Strait of Hormuz, an official confirmed on Friday, in the first such "
        "interdiction in months through this crucial shipping corridor."
    )
    text = "Key Takeaways\n- Iran seized a tanker\n- First such interdiction\n" + "\n".join([paragraph] * 4)
    assert not hard_wrapped(text)
    got = sentences(text)
    assert got[0] == "Key Takeaways"
    assert not any("First such" in s and "Iran has seized" in s for s in got)  # a list item, then a paragraph
    assert sum(s == paragraph for s in got) == 4
