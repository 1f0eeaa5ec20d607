"""A name cut by the excerpt's end joins the entity the text names in full (x-entp90, `excerpt_ends.join_cut_names`)."""

from __future__ import annotations

from core.extract.excerpt_ends import join_cut_names
from core.extract.pipeline import extract_doc
from core.model import Kind, LocalEntity, Span


def _entity(text: str, name: str, kind: Kind, *forms: str) -> LocalEntity:
    if name == forms[0] and text.endswith(name) and len(forms) == 1:
        return LocalEntity(name=name, kind=kind, mentions=[Span(len(text) - len(name), len(text), name)])
    spans, at = [], 0
    for form in forms:
        at = text.index(form, at)
        spans.append(Span(at, at + len(form), form))
        at += len(form)
    return LocalEntity(name=name, kind=kind, mentions=spans)


def _names(entities: list[LocalEntity]) -> dict[str, list[str]]:
    return {e.name: [m.text for m in e.mentions] for e in entities}


TEXT = "Talvo Reskandar met the envoys. Later Reskandar flew home to Norway. The envoys returned to Norw"


def test_a_name_cut_at_the_end_joins_the_entity_named_in_full():
    norway = _entity(TEXT, "Norway", Kind.STATE, "Norway")
    cut = _entity(TEXT, "Norw", Kind.OFFICIAL, "Norw")
    person = _entity(TEXT, "Talvo Reskandar", Kind.OFFICIAL, "Talvo Reskandar", "Reskandar")
    found = _names(join_cut_names(TEXT, [person, norway, cut]))
    assert found == {"Talvo Reskandar": ["Talvo Reskandar", "Reskandar"], "Norway": ["Norway", "Norw"]}, found


def test_a_surname_cut_at_the_end_joins_the_person():
    text = "Talvo Reskandar was freed on Monday. The court found that Resk"
    person = _entity(text, "Talvo Reskandar", Kind.OFFICIAL, "Talvo Reskandar")
    cut = _entity(text, "Resk", Kind.PARTY, "Resk")
    assert _names(join_cut_names(text, [person, cut])) == {"Talvo Reskandar": ["Talvo Reskandar", "Resk"]}


def test_the_whole_pipeline_joins_a_cut_state(nlp):
    head = "Talvo Reskandar, a Sri Lankan sailor, left Sri Lanka for Germany in May. Germany said Reskandar was safe."
    cases = [
        ("Talvo Reskandar later escaped to Germ", "Germ", "Germany"),
        ("The crew will be flown back from Sri Lan", "Sri Lan", "Sri Lanka"),
    ]
    for end, cut, whole in cases:
        names = {e.name: [m.text for m in e.mentions] for e in extract_doc(nlp(head + "\n\n" + end)).entities}
        assert cut in names.get(whole, []) and cut not in names, names


def test_a_text_ending_with_a_stop_keeps_its_last_name():
    text = "Norway said so. The envoys returned to Norw."
    norway = _entity(text, "Norway", Kind.STATE, "Norway")
    cut = _entity(text, "Norw", Kind.OFFICIAL, "Norw")
    assert len(join_cut_names(text, [norway, cut])) == 2


def test_a_cut_name_two_entities_complete_stays():
    text = "Norway and the Norwegian Refugee Council spoke. It was left to Norw"
    norway = _entity(text, "Norway", Kind.STATE, "Norway", "Norwegian")
    council = _entity(text, "Norwegian Refugee Council", Kind.PARTY, "Norwegian Refugee Council")
    cut = _entity(text, "Norw", Kind.OFFICIAL, "Norw")
    # "Norwegian" is one word like "Norw", "Norwegian Refugee Council" three: Norway alone completes it
    assert _names(join_cut_names(text, [norway, council, cut]))["Norway"] == ["Norway", "Norwegian", "Norw"]
    text = "Talvo Reskandar and Talvo Reskovic spoke. The court heard Talvo Resk"
    one = _entity(text, "Talvo Reskandar", Kind.OFFICIAL, "Talvo Reskandar")
    two = _entity(text, "Talvo Reskovic", Kind.OFFICIAL, "Talvo Reskovic")
    cut = _entity(text, "Talvo Resk", Kind.OFFICIAL, "Talvo Resk")
    assert len(join_cut_names(text, [one, two, cut])) == 3


def test_a_name_not_at_the_end_or_whole_is_left():
    text = "Norway met Norw officials in the port"
    norway = _entity(text, "Norway", Kind.STATE, "Norway")
    cut = _entity(text, "Norw", Kind.OFFICIAL, "Norw")
    assert len(join_cut_names(text, [norway, cut])) == 2
    text = "Talvo Reskandar spoke to Reskandar Holdings and then to Reskandar"
    person = _entity(text, "Talvo Reskandar", Kind.OFFICIAL, "Talvo Reskandar")
    firm = _entity(text, "Reskandar Holdings", Kind.PARTY, "Reskandar Holdings")
    last = Span(len(text) - len("Reskandar"), len(text), "Reskandar")
    person.mentions.append(last)
    assert len(join_cut_names(text, [person, firm])) == 2  # a whole word, no cut: nothing to join
