"""Round S entity classes (invented sentences): names cut at a particle, a hyphen or a title; a party named by its
adjective and "party"; a people's noun as its state; documents, works and bare titles that are no actors."""

from __future__ import annotations

from core.model import Kind
from tests.core.test_entities import extract
from tests.core.test_entities_news import HEADLINE, holding


def _texts(entities) -> set[str]:
    return {m.text for e in entities for m in e.mentions}


def test_a_surname_with_a_particle_is_the_persons(nlp):
    for surname in ("Brinken", "Heiden"):
        text = (
            HEADLINE + f"Ursula von der {surname}, President of the EU Commission, met with President Ivo Daskal in "
            f"Sofia. After the meeting, Daskal and Von der {surname} signed the deal."
        )
        found = extract(nlp, text)
        person = holding(found, f"Ursula von der {surname}")
        assert person is not None and person.kind is Kind.OFFICIAL
        assert holding(found, f"Von der {surname}") is person


def test_a_body_run_into_its_titled_head_is_cut(nlp):
    text = HEADLINE + "In turn, Liberty Union of Ruritania Chairman Jean-Marc Dorval said that his party backs it."
    found = extract(nlp, text)
    person = holding(found, "Jean-Marc Dorval")
    assert person is not None and person.kind is Kind.OFFICIAL
    assert not [t for t in _texts(found) if "Chairman" in t]


def test_a_peoples_noun_names_its_state(nlp):
    text = HEADLINE + "The observers met in the capital. The Frenchman stated that the vote was well organized."
    found = extract(nlp, text)
    state = holding(found, "Frenchman")
    assert state is None or (state.kind is Kind.STATE and state.name == "France")


def test_a_document_is_no_actor(nlp):
    text = (
        HEADLINE + "The two leaders signed a memorandum of understanding (MoU) on energy. Ruritania has received "
        "the Note Verbale. Later they signed the Strategic Energy Memorandum of Understanding in Baku."
    )
    texts = _texts(extract(nlp, text))
    assert "MoU" not in texts and "Note Verbale" not in texts
    assert not [t for t in texts if t.endswith("Understanding")]


def test_a_work_named_with_of_is_no_body(nlp):
    text = HEADLINE + "The firms agreed to raise shipments through the existing Spirit of Tundra 2 pipeline on Friday."
    assert not [t for t in _texts(extract(nlp, text)) if t in {"Spirit", "Tundra"}]


def test_a_title_and_its_field_are_no_person(nlp):
    text = HEADLINE + "Jonas Petrak, Bulgaria’s Foreign Affairs Advisor, confirmed on Monday that a note was sent."
    texts = _texts(extract(nlp, text))
    assert "Foreign Affairs Advisor" not in texts


def test_a_title_of_a_member_of_parliament_is_no_part_of_the_name(nlp):
    text = HEADLINE + "Dorval stood with Kessler, MEP Anton Vilnar and Otto Graum in the square on Monday."
    assert "MEP Anton Vilnar" not in _texts(extract(nlp, text))


def test_a_party_named_by_its_family_and_a_lower_case_party(nlp):
    text = HEADLINE + 'She said: "The Liberal party would have been in government with or without it."'
    found = extract(nlp, text)
    party = holding(found, "Liberal party")
    assert party is not None and party.kind is Kind.PARTY and "Liberal" not in _texts(found)


def test_a_leaders_name_before_party_stays_the_leaders(nlp):
    text = HEADLINE + "Ilian Dorvo fled the country. The Dorvo party was banned on Monday, and Ilian Dorvo appealed."
    person = holding(extract(nlp, text), "Ilian Dorvo")
    assert person is not None and person.kind is Kind.OFFICIAL


def test_a_national_legislature_is_a_body(nlp):
    text = HEADLINE + "“There is a lack of trust,” said State Duma Deputy Speaker Ivan Petrovsky on Monday."
    body = holding(extract(nlp, text), "State Duma")
    assert body is not None and body.kind is Kind.PARTY


def test_a_two_word_portfolio_before_a_lower_case_ministry(nlp):
    text = HEADLINE + "India External affairs ministry spokesperson confirmed the receipt of a note on Monday."
    found = extract(nlp, text)
    body = holding(found, "External affairs ministry") or holding(found, "India External affairs ministry")
    assert body is not None and body.kind is Kind.PARTY and "External" not in _texts(found)
    text = HEADLINE + "China's commerce ministry said on Monday it would answer the duties."
    body = holding(extract(nlp, text), "commerce ministry")
    assert body is not None and body.name == "Ministry of Commerce of China"


def test_a_word_glued_to_the_next_sentence_is_no_name(nlp):
    text = HEADLINE + "Through a message on InstagramThe official said that the candidate had left for Madrid."
    assert "InstagramThe" not in _texts(extract(nlp, text))


def test_the_words_before_a_documents_head_name_the_document(nlp):
    """Review of round S: the model rarely cuts 'the Export Control Regulations' before 'Regulations' in an invented
    sentence, so the rule is read on the mention it gets on real pages (blind20: 'NSI' of 'NSI Act')."""
    from core.extract.coref import Mention
    from core.extract.things import _opens_a_document

    doc = nlp("The firm needs a license under the Export Control Regulations from Monday.")
    k = next(t.i for t in doc if t.text == "Export")
    assert _opens_a_document(doc, Mention(k, k + 2, Kind.PARTY, None, 2))  # 'Export Control' + 'Regulations'
    doc = nlp("The firm needs a license under the Export Control Agency Regulations from Monday.")
    k = next(t.i for t in doc if t.text == "Export")
    assert not _opens_a_document(doc, Mention(k, k + 3, Kind.PARTY, None, 2))  # a body's word: the body's rules
    assert not _opens_a_document(doc, Mention(k, k + 2, Kind.PARTY, None, 2))  # no document head after it


def test_a_surname_cut_after_its_particle_is_the_persons(nlp):
    """Review of round S: 'Ursula von der' + 'Leyen' ends after 'Leyen'; 'Von der Leyen' and 'Leyen' read as a body
    are the person's whose full name ends with them."""
    from core.extract.coref import Cluster, Mention, _surname_owner
    from core.extract.name_particles import _particle_end

    doc = nlp("Talks were led by Ursula von der Leyen on Monday.")
    k = next(t.i for t in doc if t.text == "Ursula")
    assert _particle_end(doc, Mention(k, k + 3, Kind.OFFICIAL, None, 2)) == k + 4
    assert _particle_end(doc, Mention(k, k + 3, Kind.PARTY, None, 2)) == k + 3
    person = Cluster(Kind.OFFICIAL, "Ursula von der Leyen")
    other = Cluster(Kind.OFFICIAL, "Jan Leyen")
    # forms are folded (coref.fold: lower case) as people_named_as_bodies reads them
    assert _surname_owner({"von der leyen", "leyen"}, {"ursula von der leyen": person}) is person
    assert _surname_owner({"von der leyen", "leyen"}, {"ursula von der leyen": person, "jan leyen": other}) is None
    assert _surname_owner({"leyen"}, {"ursula von der leyen": person}) is None  # no particle among the forms


def test_a_place_or_body_after_a_particle_stays_what_it_is() -> None:
    """Review of round S: only a person's surname is joined to the given name before its particle; a place's or a
    body's one-word name after 'de' keeps its kind and its words ('Puerto de Veracruz' is no person)."""
    from core.extract.coref import Mention
    from core.extract.name_particles import mend_cut_names
    from core.extract.nlp import load_nlp

    doc = load_nlp()("The cargo was unloaded at Puerto de Veracruz on Monday.")
    k = next(t.i for t in doc if t.text == "Veracruz")
    (m,) = mend_cut_names(doc, [Mention(k, k + 1, Kind.PARTY, None, 2)])
    assert (m.start, m.kind) == (k, Kind.PARTY)
    doc = load_nlp()("Talks were led by Ursula von der Leyen on Monday.")
    k = next(t.i for t in doc if t.text == "Leyen")
    (m,) = mend_cut_names(doc, [Mention(k, k + 1, Kind.OFFICIAL, None, 2)])
    assert (doc[m.start].text, m.kind) == ("Ursula", Kind.OFFICIAL)
