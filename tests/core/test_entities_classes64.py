"""Entity classes of blind30..53 (issue #11, round AZ), on invented sentences: a body named by a state's word and one
capitalised noun ("the Chilean Museum") left as a one-word body beside the state, a "person" named by an adjective
and a noun ("Maritime Boundaries", "Presidential Villa"), a firm named after a body noun ("the group X") that the
model tags as a place elsewhere, an observer mission named without its place ("the EU Election Observation
Mission"), a museum typed as a person ("Museum X", "Xmuseum"), and a head with "General" after it ("the Directorate
General of X")."""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan

from core.extract.aliases import join_other_names
from core.extract.body_shaped import body_shaped
from core.extract.field_bodies import field_bodies
from core.extract.general_bodies import general_bodies
from core.extract.modifier_words import described_thing, drop_modifier_words
from core.extract.places import place_words
from core.extract.state_word_bodies import state_word_bodies
from core.model import Kind, LocalEntity, Span


def _at(text: str, said: str, kind: Kind = Kind.PARTY, nth: int = 0) -> LocalEntity:
    at = -1
    for _ in range(nth + 1):
        at = text.index(said, at + 1)
    return LocalEntity(said, kind, [Span(at, at + len(said), said)])


def test_a_state_word_and_a_lone_noun_are_one_body():
    text = "Officials told the Chilean Herald that the Chilean Museum was the right place for the masks."
    state = LocalEntity("Chile", Kind.STATE, _at(text, "Chilean").mentions + _at(text, "Chilean", nth=1).mentions)
    museum = _at(text, "Museum")
    out = state_word_bodies(text, [state, museum])
    assert [(e.name, [m.text for m in e.mentions]) for e in out] == [
        ("Chile", ["Chilean", "Chilean"]),
        ("Chilean Museum", ["Chilean Museum"]),
    ]


def test_a_country_name_before_the_noun_and_a_known_form_elsewhere():
    text = "Tugs and the Sri Lankan Coastguard were at the scene, and the Sri Lankan Coast Guard said the fire was out."
    guard = _at(text, "Sri Lankan Coast Guard")
    lone = _at(text, "Coastguard")
    out = state_word_bodies(text, [guard, lone])
    assert [(e.name, [m.text for m in e.mentions]) for e in out] == [
        ("Sri Lankan Coast Guard", ["Sri Lankan Coastguard", "Sri Lankan Coast Guard"])
    ]
    text = "Jane Roe told the Norway Courier on Monday that the rig had been stopped."
    assert [e.name for e in state_word_bodies(text, [_at(text, "Courier")])] == ["Norway Courier"]


def test_a_capitalised_run_that_starts_before_the_state_word_keeps_the_body():
    for text, noun in [
        ("Jane Roe told the Western Chilean Museum that the masks were fake.", "Museum"),
        ("The Northern Norway Assembly met on Monday.", "Assembly"),
        ("Sailors of the Royal Danish Navy were at the scene.", "Navy"),
        ("Funds came from the Anna Chile Foundation, Jane Roe said.", "Foundation"),
    ]:
        assert [e.name for e in state_word_bodies(text, [_at(text, noun)])] == [noun], text
    # a sentence's opening word is no part of the name
    for text, name in [
        ("The Chilean Museum lent the masks.", "Chilean Museum"),
        ("In Chilean Museum halls, it sat.", "Chilean Museum"),
    ]:
        assert [e.name for e in state_word_bodies(text, [_at(text, "Museum")])] == [name], text


def test_the_rule_runs_with_the_other_names():
    text = "Jane Roe said the Danish Gallery was the right place for the drums."
    out = join_other_names(text, [_at(text, "Danish", Kind.STATE), _at(text, "Gallery")])
    assert [e.name for e in out] == ["Danish", "Danish Gallery"]


def test_no_state_word_a_longer_run_or_a_known_word_keeps_the_body():
    text = "He appeared before U.S. Magistrate Judge Jane Roe in Brooklyn."
    assert [e.name for e in state_word_bodies(text, [_at(text, "Magistrate")])] == ["Magistrate"]
    text = "Vexatom told the local Herald that the contract had been cancelled."
    assert [e.name for e in state_word_bodies(text, [_at(text, "Herald")])] == ["Herald"]
    text = "The Chilean Museum and the Museum of Art both lent works."
    one = LocalEntity("Museum", Kind.PARTY, _at(text, "Museum").mentions + _at(text, "Museum", nth=1).mentions)
    assert [e.name for e in state_word_bodies(text, [one])] == ["Museum"]  # one mention follows no state
    text = "The Chilean Gallery said the drill was over."
    assert [e.name for e in state_word_bodies(text, [_at(text, "Gallery", Kind.OFFICIAL)])] == ["Gallery"]


def test_a_person_named_by_an_adjective_and_a_noun_is_no_person():
    text = "The ship sailed inside the Maritime Boundaries, and talks were held at the Presidential Villa."
    things = [_at(text, "Maritime Boundaries", Kind.OFFICIAL), _at(text, "Presidential Villa", Kind.OFFICIAL)]
    assert all(described_thing(e, text) for e in things)
    assert drop_modifier_words(text, things) == []


def test_a_person_with_a_title_or_a_given_name_stays():
    text = "Jane Roe met the Late Queen Roe and the Late John Doe; Joe Smith, Vex Marlow and Nuclear said so."
    people = [
        _at(text, "Jane Roe", Kind.OFFICIAL),
        _at(text, "Late John Doe", Kind.OFFICIAL),  # a title opens it
        _at(text, "Joe Smith", Kind.OFFICIAL),
        _at(text, "Vex Marlow", Kind.OFFICIAL),
    ]
    assert not any(described_thing(e, text) for e in people)
    body = "the Maritime Directorate"
    directorate = LocalEntity("Maritime Directorate", Kind.PARTY, [Span(4, 24, "Maritime Directorate")])
    assert not described_thing(directorate, body)
    # one mention is a plain name: the person stays
    two = "the Jane Roe and the Nuclear Jane Powers"
    both = LocalEntity("Jane Roe", Kind.OFFICIAL, [Span(4, 12, "Jane Roe"), Span(21, 40, "Nuclear Jane Powers")])
    assert not described_thing(both, two)


def test_a_given_name_the_dictionary_knows_only_as_an_adjective_is_a_person():
    # 'Clement', 'Sunny', 'Modest' are adjectives only in WordNet, 'Vale' and 'Marsh' nouns: a title names them
    text = "Former prime minister Clement Vale met Foreign Minister Sunny Marsh in 1946; Modest Marsh said so."
    people = [_at(text, "Clement Vale", Kind.OFFICIAL), _at(text, "Sunny Marsh", Kind.OFFICIAL)]
    assert not any(described_thing(e, text) for e in people)
    assert [e.name for e in drop_modifier_words(text, people)] == ["Clement Vale", "Sunny Marsh"]
    # the same words after 'the', after a state's word or with no title name a thing
    for text in ["Talks were held at the Modest Villa.", "The US Modest Villa was shut.", "Modest Villa was shut."]:
        assert described_thing(_at(text, "Modest Villa", Kind.OFFICIAL), text), text
    text = "Talks with China General Modest Power ended."
    assert described_thing(_at(text, "Modest Power", Kind.OFFICIAL), text)


def _loc(doc, word: str, nth: int = 0):
    at = [t.i for t in doc if t.text == word][nth]
    return SpacySpan(doc, at, at + 1, label="LOC")


def test_a_word_named_as_a_body_after_a_body_noun_is_no_place_word(nlp):
    doc = nlp("Fennland ended a deal with the group Korvatom. The plant, in which Korvatom holds a stake, is late.")
    assert "Korvatom" not in place_words(doc, [_loc(doc, "Korvatom", 1)])


def test_a_place_word_after_no_body_noun_stays(nlp):
    doc = nlp("The group said Korvala was calm. The plant, near Korvala, is late; the firm Korvatom Energy built it.")
    assert "Korvala" in place_words(doc, [_loc(doc, "Korvala", 1)])
    assert "Korvatom" in place_words(doc, [_loc(doc, "Korvatom")])  # a longer name goes on after the noun


def test_an_observer_mission_named_without_its_place_is_one_body(nlp):
    text = (
        "Irregularities were listed in the final report by the EU Election Observation Mission. Jane Roe and her"
        " SADC Elections Observer Mission (SEOM) team defended the report."
    )
    doc = nlp(text)
    found = [doc[m.start : m.end].text for m in field_bodies(doc)]
    assert found == ["EU Election Observation Mission", "SADC Elections Observer Mission"]


def test_an_observer_mission_with_its_place_keeps_the_longer_name(nlp):
    doc = nlp("The UN Monitoring Mission in Borovia said the vote was calm.")
    assert [doc[m.start : m.end].text for m in field_bodies(doc)] == ["UN Monitoring Mission in Borovia"]


def test_an_observer_mission_to_a_place_keeps_the_place(nlp):
    doc = nlp("The EU Election Observation Mission to Borovia said the vote was calm.")
    assert [doc[m.start : m.end].text for m in field_bodies(doc)] == ["EU Election Observation Mission to Borovia"]
    # 'to' before a verb or a lower-case word is no place
    doc = nlp(
        "The EU Election Observation Mission to observe the vote arrived, as did an EU Monitoring Mission to the "
        "border."
    )
    found = [doc[m.start : m.end].text for m in field_bodies(doc)]
    assert found == ["EU Election Observation Mission", "EU Monitoring Mission"]
    # a force sent 'to' a place is not taken with it: the gold names it by its union
    assert field_bodies(nlp("Officers of the UN Mission to Borovia arrived.")) == []


def test_a_name_of_no_dictionary_after_a_state_word_stays_its_own():
    text = "The lease was annulled, according to a report by the Syrian Vashaam news outlet."
    assert [e.name for e in state_word_bodies(text, [_at(text, "Vashaam")])] == ["Vashaam"]


def test_a_museum_named_by_its_kind_first_or_in_one_word_is_a_body(nlp):
    doc = nlp("The masks are held at the Museum Brantelhof and the Brantelmuseum, Jane Roe said.")
    assert body_shaped(doc[6:8]) and doc[6:8].text == "Museum Brantelhof"
    assert body_shaped(doc[10:11]) and doc[10:11].text == "Brantelmuseum"


def test_a_person_or_a_bare_museum_word_is_not_body_shaped(nlp):
    doc = nlp("Jane Roe visited the Museum on Monday.")
    assert not body_shaped(doc[0:2]) and not body_shaped(doc[4:5])


def test_a_head_with_general_after_it_is_one_body(nlp):
    doc = nlp("Exports are permitted through a state firm, the Directorate General of Foreign Trade said on Monday.")
    assert [doc[m.start : m.end].text for m in general_bodies(doc)] == ["Directorate General of Foreign Trade"]
    doc = nlp("The Directorate-General for Trade and the Vexland Secretariat General of the Government met.")
    found = [doc[m.start : m.end].text for m in general_bodies(doc)]
    assert found == ["Directorate-General for Trade", "Secretariat General of the Government"]


def test_the_tail_ends_before_a_day_a_month_a_title_or_a_state(nlp):
    for text in [
        "Officials at the Directorate General of Civil Aviation Tuesday said flights had resumed.",
        "The Directorate General of Civil Aviation March figures were out.",
        "He met the Directorate General of Civil Aviation Commissioner Jane Roe.",
        "A notice from the Directorate General of Civil Aviation India said so.",
    ]:
        doc = nlp(text)
        assert [doc[m.start : m.end].text for m in general_bodies(doc)] == ["Directorate General of Civil Aviation"]
    # a title word or a state's word that opens the tail, or a people's word inside it, is the field's name
    doc = nlp("The Directorate General of Indian Ports and the Secretariat General of Defence Planning met.")
    found = [doc[m.start : m.end].text for m in general_bodies(doc)]
    assert found == ["Directorate General of Indian Ports", "Secretariat General of Defence Planning"]


def test_a_general_as_a_rank_or_a_secretary_general_is_no_such_body(nlp):
    doc = nlp("General Jane Roe of the Army and the Secretary General of the Vexland Union met the Directorate.")
    assert general_bodies(doc) == []
