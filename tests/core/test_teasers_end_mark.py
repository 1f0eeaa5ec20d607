"""An agency's end mark on a line of its own ("(END)") closes the story: the short lines after it (headlines of other
stories, their numbers) are furniture (`core.extract.teasers`). Texts written for the rule."""

from __future__ import annotations

from core.extract.teasers import teaser_tails


def test_short_lines_after_a_wire_end_mark_are_furniture():
    story = (
        "Norland's coast guard seized two foreign fishing boats on Friday.\n\n"
        "The boats were towed to port, officials said.\n\n"
        "The crews will face charges next week.\n"
    )
    tail = "(END)\n-\n1\n(LEAD) Ostavia, Vexland hold talks on border\n-\n2\nMinister visits Kell after the floods.\n"
    text = story + tail
    assert [text[a:b] for a, b in teaser_tails(text)] == [tail.rstrip("\n") + "\n"]
    long_line = "The minister later said the talks had gone well and that a second round would be held in May.\n"
    assert teaser_tails(story + "(END)\n" + long_line) == []  # a paragraph of the story after the mark


def test_short_sentences_after_a_stray_end_mark_stay():
    # review BJ-10: short paragraphs closing in a stop after a stray mark are the story's text, no links
    story = "Norland's coast guard seized two foreign fishing boats on Friday.\n\n"
    text = story + "(END)\n\nLater on, the envoy said the talks would resume.\n\nThe crews are to be sent home soon.\n"
    assert teaser_tails(text) == []
