"""Cross-document resolution: spelling variants merge, different people stay apart, kinds agree."""

from __future__ import annotations

from core.model import DocExtraction, Kind, LocalEntity, Span
from core.resolve import resolve


def local(name: str, kind: Kind = Kind.OFFICIAL, *forms: str) -> LocalEntity:
    texts = forms or (name,)
    return LocalEntity(name=name, kind=kind, mentions=[Span(i * 10, i * 10 + len(t), t) for i, t in enumerate(texts)])


def docs(*per_doc: list[LocalEntity]) -> list[tuple[int, DocExtraction]]:
    return [(doc_id, DocExtraction(entities=list(entities))) for doc_id, entities in enumerate(per_doc, start=1)]


def groups(resolved) -> dict[str, set[tuple[int, int]]]:
    return {e.name: set(e.members) for e in resolved}


def test_transliteration_and_hyphen_variants_merge():
    resolved = resolve(docs([local("Kim Jong-un"), local("Ri Il-kyu", Kind.OFFICIAL, "Ri Il Kyu", "Ri Il-kyu", "Ri")],
                            [local("Kim Jong Un"), local("Ri Il Gyu", Kind.OFFICIAL, "Ri Il Gyu", "Ri")]))
    found = groups(resolved)
    assert found == {"Kim Jong-un": {(1, 0), (2, 0)}, "Ri Il-kyu": {(1, 1), (2, 1)}}
    ri = next(e for e in resolved if e.name == "Ri Il-kyu")
    assert ri.aliases == ["Ri Il Kyu", "Ri Il-kyu", "Ri", "Ri Il Gyu"]


def test_accents_and_an_extra_surname_merge_under_the_careful_spelling():
    found = groups(resolve(docs([local("Raúl Castro"), local("Nicolas Maduro")],
                                [local("Raul Castro Ruz"), local("Nicolás Maduro")])))
    assert found == {"Raúl Castro": {(1, 0), (2, 0)}, "Nicolás Maduro": {(1, 1), (2, 1)}}


def test_small_spelling_differences_merge():
    found = groups(resolve(docs([local("Muammar Gaddafi")], [local("Moammar Gadhafi")])))
    assert len(found) == 1


def test_different_people_with_a_shared_name_part_stay_apart():
    found = groups(resolve(docs([local("Kim Jong-un"), local("Raúl Castro")],
                                [local("Kim Yong-nam"), local("Fidel Castro"), local("Kim Jong-il")])))
    assert len(found) == 5


def test_bare_surname_merges_only_when_one_person_carries_it():
    found = groups(resolve(docs([local("Mike Pompeo"), local("Raúl Castro")],
                                [local("Fidel Castro")],
                                [local("Pompeo"), local("Castro")])))
    assert found["Mike Pompeo"] == {(1, 0), (3, 0)}
    assert found["Castro"] == {(3, 1)}


def test_acronym_in_one_document_joins_the_long_form_of_another():
    wpk = LocalEntity("Workers' Party of Korea", Kind.PARTY,
                      [Span(0, 23, "Workers’ Party of Korea"), Span(40, 43, "WPK")])
    found = groups(resolve(docs([wpk], [local("WPK", Kind.PARTY)], [local("KCNA", Kind.PARTY)])))
    assert found["Workers' Party of Korea"] == {(1, 0), (2, 0)}
    assert found["KCNA"] == {(3, 0)}


def test_kinds_must_agree():
    found = resolve(docs([local("Granma", Kind.PARTY)], [local("Granma", Kind.VESSEL)]))
    assert sorted(e.kind for e in found) == [Kind.PARTY, Kind.VESSEL]


def test_states_and_bodies_merge_by_name():
    found = groups(resolve(docs([local("North Korea", Kind.STATE, "DPRK"),
                                 local("Supreme People's Assembly", Kind.PARTY)],
                                [local("North Korea", Kind.STATE, "Pyongyang"),
                                 local("Supreme People’s Assembly", Kind.PARTY)])))
    assert len(found) == 2


def test_patronymic_and_middle_initial_do_not_split_a_person():
    from core.extract.kb import person_key, same_person

    assert same_person(person_key("Sergei Viktorovich Lavrov"), person_key("Sergei Lavrov"))
    assert same_person(person_key("Bradley T. Smith"), person_key("Bradley Smith"))
    assert not same_person(person_key("Daniel Ortega Saavedra"), person_key("Daniel Saavedra"))


def test_a_firm_written_with_and_without_its_legal_form_is_one_firm():
    resolved = resolve(docs([local("Harbour Lines L.L.C", Kind.PARTY)], [local("Harbour Lines", Kind.PARTY)],
                            [local("Harbour Lines Holding", Kind.PARTY)]))
    assert {(1, 0), (2, 0)} in [set(e.members) for e in resolved]
    assert [set(e.members) for e in resolved].count({(3, 0)}) == 1  # a firm whose name only begins the same stays apart


def test_a_name_read_as_a_person_in_one_document_and_a_body_in_another_is_the_body():
    # one article's cue made it a firm; another had none and the model took the name for a person (with more mentions)
    found = resolve(docs([local("Harald Brenner", Kind.PARTY)],
                         [local("Harald Brenner", Kind.OFFICIAL, "Harald Brenner", "Harald Brenner")]))
    assert [(e.name, e.kind) for e in found] == [("Harald Brenner", Kind.PARTY)]
    # a ship read as a person in one document is the ship
    found = resolve(docs([local("Coral Dawn", Kind.OFFICIAL, "Coral Dawn", "Coral Dawn")],
                         [local("Coral Dawn", Kind.VESSEL)]))
    assert [e.kind for e in found] == [Kind.VESSEL]
    # more documents still win: a person read once as a body stays a person
    found = resolve(docs([local("Harald Brenner")], [local("Harald Brenner")], [local("Harald Brenner", Kind.PARTY)]))
    assert [e.kind for e in found] == [Kind.OFFICIAL]
