"""Entity classes of blind set 20 (issue #11, round O), each on invented sentences."""

from __future__ import annotations

from core.extract.firm_people import firm_cue
from core.extract.placed_names import placed
from core.model import Kind
from tests.core.test_entities import by_text, extract
from tests.core.test_entities_news import HEADLINE


def firm_cue_in(nlp, text: str, name: str) -> bool:
    doc = nlp(text)
    parts = name.split()
    starts = [t.i for t in doc if doc[t.i : t.i + len(parts)].text == name]
    return firm_cue(doc, starts, len(parts))


def test_firms_in_a_list_under_a_firm_noun_are_bodies(nlp):
    text = HEADLINE + (
        "Borovia imposed duties on imports of Ruritanian brandy, hitting Ruritanian firms including Dalcourt,"
        " Marel Vantier and Osse Lavigne. Dalcourt said it would appeal.\n"
    )
    found = by_text(extract(nlp, text))
    for name in ("Dalcourt", "Marel Vantier", "Osse Lavigne"):
        assert found.get(name, (Kind.PARTY, ""))[0] is Kind.PARTY


def test_a_one_word_name_closed_by_bank_is_a_bank(nlp):
    text = HEADLINE + "Ruritania imposed sanctions on Kovalbank on Thursday. Kovalbank did not reply.\n"
    found = by_text(extract(nlp, text))
    assert found.get("Kovalbank", (Kind.PARTY, ""))[0] is Kind.PARTY


def test_firm_cues_around_a_name(nlp):
    assert firm_cue_in(nlp, "The ruling hit the Dutch company Vexora on Monday.", "Vexora")
    assert firm_cue_in(nlp, "Vexora, which is headquartered in Borovia, said it was shocked.", "Vexora")
    assert firm_cue_in(nlp, "Vexora — one of Ruritania's largest banks — was cut off.", "Vexora")
    assert firm_cue_in(nlp, "\u201cWe will appeal,\u201d Vexora's UK country manager said.", "Vexora")
    assert firm_cue_in(nlp, "Vexora's shares fell by a tenth.", "Vexora")
    assert firm_cue_in(nlp, "Sanctions hit tech giants Dalcourt and Vexora.", "Vexora")


def test_no_firm_cue_around_a_person(nlp):
    assert not firm_cue_in(nlp, "Marta Kowal, the company's chief executive, resigned.", "Marta Kowal")
    assert not firm_cue_in(nlp, "Marta Kowal, a former bank executive, said she was shocked.", "Marta Kowal")
    assert not firm_cue_in(nlp, "Marta Kowal, head of the bank, resigned.", "Marta Kowal")
    assert not firm_cue_in(nlp, "Crews boarded the Vexora, which sank later.", "Vexora")
    meeting = "He said the meeting with Marta Kowal, which was set for Monday, was off."
    assert not firm_cue_in(nlp, meeting, "Marta Kowal")
    assert not firm_cue_in(nlp, "The banks said on Tuesday that Marta Kowal had resigned.", "Marta Kowal")
    assert not firm_cue_in(nlp, "Banks including Kovalbank were hit, President Marta Kowal said.", "Marta Kowal")


def test_a_person_with_a_firm_word_nearby_stays_a_person(nlp):
    text = HEADLINE + "Borovian banker Anton Reles, who runs the bank, met Marta Kowal on Monday.\n"
    found = by_text(extract(nlp, text))
    assert found["Anton Reles"][0] is Kind.OFFICIAL
    assert found["Marta Kowal"][0] is Kind.OFFICIAL


def test_a_register_named_list_is_no_entity(nlp):
    text = HEADLINE + (
        "The Ruritanian Commerce Department added two chipmakers to the Entity List on Friday and moved two firms"
        " from the Unverified List (UVL) to the Watch List. Borovia protested.\n"
    )
    found = by_text(extract(nlp, text))
    assert not [name for name in found if "List" in name or "UVL" in name or name in {"Entity", "Watch"}]
    assert found["Ruritanian Commerce Department"][0] is Kind.PARTY


def test_a_word_the_article_places_is_no_body(nlp):
    text = HEADLINE + (
        "The rescue ship will dock at Portavel on Friday, in the southern port of Portavel. Drones struck a"
        " position south of Kessaro. The Vexora Group said it was ready.\n"
    )
    found = by_text(extract(nlp, text))
    assert found.get("Portavel", (None,))[0] is not Kind.PARTY
    assert found.get("Kessaro", (None,))[0] is not Kind.PARTY
    doc = nlp("the port of Portavel , south of Kessaro , off Marrin , the Vexora of Borovia")
    low = [t.lower_ for t in doc]
    assert placed(doc, low, 3) and placed(doc, low, 7) and placed(doc, low, 10)
    assert not placed(doc, low, 13) and not placed(doc, low, 15)


def test_a_platform_the_page_asks_to_follow_is_no_body(nlp):
    text = HEADLINE + (
        "Ruritania and Borovia met in Vexport on Monday.\n\n"
        "For all the latest headlines follow our Vexnews Daily channel online. Or follow us on Vexnews Daily.\n"
    )
    found = by_text(extract(nlp, text))
    assert not [name for name in found if "Vexnews" in name]


def test_a_particle_or_a_noun_after_the_name_places_nothing(nlp):
    text = "Rebels sold off Krastel holdings. Krastel attacked Mali.\n"
    found = {m.text for e in extract(nlp, text) for m in e.mentions}
    assert "Krastel" in found
