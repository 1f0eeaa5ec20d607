"""Relation rules on short sentences, with entities placed by hand so only the relation side is tested."""

from __future__ import annotations

import re

import pytest

from core.extract.nlp import load_nlp
from core.extract.relations import find_relations
from core.model import Family, Kind, LocalEntity, LocalRelation, Span

S, P, OFF, V = Kind.STATE, Kind.PARTY, Kind.OFFICIAL, Kind.VESSEL


def entities(text: str, spec: dict[str, tuple[Kind, list[str]]]) -> list[LocalEntity]:
    """One entity per name, with a mention wherever one of its forms occurs (longest forms first)."""
    out = [LocalEntity(name, kind) for name, (kind, _) in spec.items()]
    forms = sorted(((f, i) for i, (_, fs) in enumerate(spec.values()) for f in fs), key=lambda x: -len(x[0]))
    taken: list[tuple[int, int]] = []
    for form, i in forms:
        for m in re.finditer(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text):
            s, e = m.span()
            if not any(s < te and ts < e for ts, te in taken):
                taken.append((s, e))
                out[i].mentions.append(Span(s, e, form))
    return [e for e in out if e.mentions]


def run(text: str, spec: dict[str, tuple[Kind, list[str]]]) -> tuple[list[LocalEntity], list[LocalRelation]]:
    ents = entities(text, spec)
    return ents, find_relations(load_nlp()(text), ents)


def stated(text: str, spec: dict[str, tuple[Kind, list[str]]]) -> set[tuple[str, str, Family]]:
    """(source, target, family) of every tie other than a bare co-occurrence."""
    ents, rels = run(text, spec)
    return {(ents[r.source].name, ents[r.target].name, r.family) for r in rels if r.family is not Family.ASSOCIATION}


def tied(got: set[tuple[str, str, Family]], a: str, b: str, fam: Family) -> bool:
    """``a`` and ``b`` are tied with ``fam`` in either direction."""
    return (a, b, fam) in got or (b, a, fam) in got


def pairs(text: str, spec: dict[str, tuple[Kind, list[str]]]) -> dict[frozenset[str], set[Family]]:
    ents, rels = run(text, spec)
    out: dict[frozenset[str], set[Family]] = {}
    for r in rels:
        out.setdefault(frozenset((ents[r.source].name, ents[r.target].name)), set()).add(r.family)
    return out


NK = {"North Korea": (S, ["North Korea", "North Korean", "Pyongyang"])}


def test_subject_verb_object_has_the_doer_as_source():
    got = stated(
        "Kim Jong-un sent a high-ranking delegation to Cuba on Tuesday.",
        {"Kim Jong-un": (OFF, ["Kim Jong-un"]), "Cuba": (S, ["Cuba"])},
    )
    assert ("Kim Jong-un", "Cuba", Family.DIPLOMACY) in got
    assert ("Cuba", "Kim Jong-un", Family.DIPLOMACY) not in got


def test_visit_of_a_capital_standing_for_the_state():
    got = stated("Pompeo visited Pyongyang on Thursday.", {"Mike Pompeo": (OFF, ["Pompeo"]), **NK})
    assert got == {("Mike Pompeo", "North Korea", Family.DIPLOMACY)}


def test_passive_voice_puts_the_agent_first():
    got = stated(
        "The Wise Honest was seized by Indonesia in 2018.",
        {"Wise Honest": (V, ["Wise Honest"]), "Indonesia": (S, ["Indonesia"])},
    )
    assert got == {("Indonesia", "Wise Honest", Family.ENFORCEMENT)}


def test_apposition_gives_membership():
    got = stated(
        "Ri Su Yong, member of the Political Bureau, left for Havana.",
        {"Ri Su Yong": (OFF, ["Ri Su Yong"]), "Political Bureau": (P, ["Political Bureau"])},
    )
    assert ("Ri Su Yong", "Political Bureau", Family.MEMBERSHIP) in got


def test_possessive_title_gives_leadership():
    got = stated(
        "Cuba's president Miguel Díaz-Canel received the visitors.",
        {"Miguel Díaz-Canel": (OFF, ["Miguel Díaz-Canel"]), "Cuba": (S, ["Cuba"])},
    )
    assert ("Miguel Díaz-Canel", "Cuba", Family.LEADERSHIP) in got


def test_title_before_a_name_gives_membership():
    got = stated(
        "U.S. Secretary of State Mike Pompeo arrived in Seoul.",
        {"Mike Pompeo": (OFF, ["Mike Pompeo"]), "United States": (S, ["U.S."])},
    )
    assert ("Mike Pompeo", "United States", Family.MEMBERSHIP) in got


def test_deputy_title_is_membership_and_ambassador_to_is_diplomacy():
    got = stated(
        "Thae Yong-ho served as North Korea's deputy ambassador to Britain.",
        {"Thae Yong-ho": (OFF, ["Thae Yong-ho"]), **NK, "United Kingdom": (S, ["Britain"])},
    )
    assert ("Thae Yong-ho", "North Korea", Family.MEMBERSHIP) in got
    assert ("Thae Yong-ho", "United Kingdom", Family.DIPLOMACY) in got


def test_coordinated_subjects_both_get_the_tie():
    got = stated(
        "Castro and Díaz-Canel sent greetings to Kim Jong-un.",
        {
            "Raúl Castro": (OFF, ["Castro"]),
            "Miguel Díaz-Canel": (OFF, ["Díaz-Canel"]),
            "Kim Jong-un": (OFF, ["Kim Jong-un"]),
        },
    )
    assert ("Raúl Castro", "Kim Jong-un", Family.DIPLOMACY) in got
    assert ("Miguel Díaz-Canel", "Kim Jong-un", Family.DIPLOMACY) in got


def test_coordinated_objects_both_get_the_tie():
    got = stated(
        "Cabello also toured China and Vietnam.",
        {"Diosdado Cabello": (OFF, ["Cabello"]), "China": (S, ["China"]), "Vietnam": (S, ["Vietnam"])},
    )
    assert {("Diosdado Cabello", "China", Family.DIPLOMACY), ("Diosdado Cabello", "Vietnam", Family.DIPLOMACY)} <= got
    assert not any({a, b} == {"China", "Vietnam"} for a, b, _ in got)


def test_defection_from_and_to():
    got = stated(
        "Thae Yong-ho defected from North Korea to South Korea in 2016.",
        {"Thae Yong-ho": (OFF, ["Thae Yong-ho"]), **NK, "South Korea": (S, ["South Korea"])},
    )
    assert ("Thae Yong-ho", "North Korea", Family.DEFECTION) in got
    assert ("Thae Yong-ho", "South Korea", Family.DEFECTION) in got


def test_reporting_verb_ties_the_outlet_to_the_reported_subject_only():
    got = stated(
        "KCNA reported that Kim Jong-un met Xi Jinping in Beijing.",
        {"KCNA": (P, ["KCNA"]), "Kim Jong-un": (OFF, ["Kim Jong-un"]), "Xi Jinping": (OFF, ["Xi Jinping"])},
    )
    assert ("KCNA", "Kim Jong-un", Family.REPORTING) in got
    assert ("Kim Jong-un", "Xi Jinping", Family.DIPLOMACY) in got
    assert not any(a == "KCNA" and b == "Xi Jinping" for a, b, _ in got)


def test_quotation_with_trailing_reporting_verb():
    got = stated(
        "“The delegation of the Workers' Party left for Havana,” Yonhap reported.",
        {"Yonhap": (P, ["Yonhap"]), "Workers' Party": (P, ["Workers' Party"])},
    )
    assert ("Yonhap", "Workers' Party", Family.REPORTING) in got


def test_ties_between_two_states():
    got = pairs(
        "The next step is normalizing ties between Washington and Pyongyang.",
        {"United States": (S, ["Washington"]), **NK},
    )
    assert Family.DIPLOMACY in got[frozenset({"United States", "North Korea"})]


def test_agreement_with():
    got = stated(
        "Venezuela signed a military agreement with Russia last year.",
        {"Venezuela": (S, ["Venezuela"]), "Russia": (S, ["Russia"])},
    )
    assert ("Venezuela", "Russia", Family.AGREEMENT) in got


@pytest.mark.parametrize(
    "text",
    [
        "North Korea's ally Cuba defended the regime at the United Nations.",
        "Cuba is one of North Korea's closest allies.",
        "The sanctions convinced North Korea's closest allies, Russia and Cuba, to sign on.",
    ],
)
def test_possessive_ally(text):
    got = pairs(text, {"Cuba": (S, ["Cuba"]), "Russia": (S, ["Russia"]), **NK})
    assert Family.ALLIANCE in got[frozenset({"Cuba", "North Korea"})]


def test_coordinated_subjects_of_a_symmetric_verb_are_tied_to_each_other():
    got = pairs("Cuba and North Korea have enjoyed diplomatic relations since 1960.", {"Cuba": (S, ["Cuba"]), **NK})
    assert got[frozenset({"Cuba", "North Korea"})] == {Family.DIPLOMACY}


def test_hostility_verb():
    got = stated(
        "Borges accused Maduro of weaving undemocratic alliances.",
        {"Julio Borges": (OFF, ["Borges"]), "Nicolás Maduro": (OFF, ["Maduro"])},
    )
    assert got == {("Julio Borges", "Nicolás Maduro", Family.HOSTILITY)}


def test_state_body_with_a_possessive_state():
    nis = "National Intelligence Service"
    got = stated(
        "South Korea's National Intelligence Service confirmed the defection.",
        {"South Korea": (S, ["South Korea"]), nis: (P, [nis])},
    )
    assert ("National Intelligence Service", "South Korea", Family.MEMBERSHIP) in got


def test_the_ship_refers_back_to_the_last_named_vessel():
    text = "Panama seized the Chong Chon Gang in 2013. The U.N. blacklisted the ship the following month."
    got = stated(
        text, {"Panama": (S, ["Panama"]), "Chong Chon Gang": (V, ["Chong Chon Gang"]), "United Nations": (P, ["U.N."])}
    )
    assert ("United Nations", "Chong Chon Gang", Family.ENFORCEMENT) in got
    assert ("Panama", "Chong Chon Gang", Family.ENFORCEMENT) in got


def test_nothing_stated_keeps_an_association_tie():
    got = pairs(
        "Photos of Kim Jong-un hung next to portraits of Raúl Castro.",
        {"Kim Jong-un": (OFF, ["Kim Jong-un"]), "Raúl Castro": (OFF, ["Raúl Castro"])},
    )
    assert got == {frozenset({"Kim Jong-un", "Raúl Castro"}): {Family.ASSOCIATION}}


def test_headline_and_paragraph_are_not_one_sentence():
    got = pairs(
        "Cuba Hails Friendship\n\nKim Jong-un visited Russia.",
        {"Cuba": (S, ["Cuba"]), "Kim Jong-un": (OFF, ["Kim Jong-un"]), "Russia": (S, ["Russia"])},
    )
    assert frozenset({"Cuba", "Kim Jong-un"}) not in got
    assert Family.DIPLOMACY in got[frozenset({"Kim Jong-un", "Russia"})]


@pytest.mark.parametrize("prefix", ["", "  ", "\n\n"])
def test_evidence_is_the_whole_sentence_with_exact_offsets(prefix):
    text = prefix + "Cuba\u00a0welcomed the move.  North Korea sent a delegation to Cuba on Tuesday.\n\nMore later.\n"
    _, rels = run(text, {"Cuba": (S, ["Cuba"]), **NK})
    assert rels
    for r in rels:
        ev = r.evidence
        assert text[ev.start : ev.end] == ev.text
        assert ev.text == ev.text.strip()
        assert ev.text == "North Korea sent a delegation to Cuba on Tuesday."


def test_no_entities_no_relations():
    assert find_relations(load_nlp()("Nothing happened here."), []) == []


def test_hyphenated_participle_names_the_doer():
    got = stated(
        "Cabello, a U.S.-sanctioned drug trafficker, arrived on Monday.",
        {"Diosdado Cabello": (OFF, ["Cabello"]), "United States": (S, ["U.S."])},
    )
    # a sanction on a person is ENFORCEMENT (round V, x-rep34: 36 of 37 state-on-person sanctions in the real
    # sets' gold, 'US-designated' alike; the default corpus's one HOSTILITY is this sentence's older annotation)
    assert ("United States", "Diosdado Cabello", Family.ENFORCEMENT) in got


def test_unnamed_envoy_ties_the_two_states():
    got = stated("In 1997 the North Korean ambassador to Egypt fled.", {**NK, "Egypt": (S, ["Egypt"])})
    assert got == {("North Korea", "Egypt", Family.DIPLOMACY)}


def test_bare_head_of_state_title_takes_the_state_named_before_it():
    got = stated(
        "North Korea's state media said dictator Kim Jong-un met the visitors.",
        {**NK, "Kim Jong-un": (OFF, ["Kim Jong-un"])},
    )
    assert ("Kim Jong-un", "North Korea", Family.LEADERSHIP) in got


def test_a_states_ship_stands_for_its_state_but_a_flag_of_convenience_does_not():
    # real news (issue 11): 'seized a Panamanian-flagged tanker' is annotated with no tie to Panama
    got = stated("Panama detained a North Korean ship last week.", {"Panama": (S, ["Panama"]), **NK})
    assert got == {("Panama", "North Korea", Family.ENFORCEMENT)}
    got = stated(
        "Iran detained a Panamanian-flagged ship last week.", {"Panama": (S, ["Panamanian"]), "Iran": (S, ["Iran"])}
    )
    assert ("Iran", "Panama", Family.ENFORCEMENT) not in got


def test_receiving_verb_points_from_the_giver():
    got = stated(
        "Ri received a commendation from Kim Jong-un.",
        {"Ri Il-kyu": (OFF, ["Ri"]), "Kim Jong-un": (OFF, ["Kim Jong-un"])},
    )
    assert got == {("Kim Jong-un", "Ri Il-kyu", Family.ALLIANCE)}


def test_we_in_a_quotation_is_the_speaker_and_cutting_ties_is_hostile():
    got = stated(
        "“We urge Chile to cut all diplomatic ties to North Korea,” Pence declared.",
        {"Mike Pence": (OFF, ["Pence"]), "Chile": (S, ["Chile"]), **NK},
    )
    assert ("Mike Pence", "Chile", Family.DIPLOMACY) in got
    assert ("Mike Pence", "North Korea", Family.HOSTILITY) in got


def test_passive_main_verb_gives_its_subject_to_the_infinitive():
    got = stated(
        "Díaz-Canel was selected in April to succeed Raúl Castro.",
        {"Miguel Díaz-Canel": (OFF, ["Díaz-Canel"]), "Raúl Castro": (OFF, ["Raúl Castro"])},
    )
    assert ("Miguel Díaz-Canel", "Raúl Castro", Family.LEADERSHIP) in got


def test_only_people_defect():
    got = pairs(
        "Fewer North Korean diplomats defected to South Korea last year.", {**NK, "South Korea": (S, ["South Korea"])}
    )
    assert Family.DEFECTION not in got[frozenset({"North Korea", "South Korea"})]


def test_outlet_named_before_its_role_noun_reports():
    got = stated(
        "Kim Jong Un issued a statement addressed to Díaz-Canel, the ACNC news agency reported.",
        {"Kim Jong-un": (OFF, ["Kim Jong Un"]), "ACNC": (P, ["ACNC"]), "Miguel Díaz-Canel": (OFF, ["Díaz-Canel"])},
    )
    assert ("ACNC", "Kim Jong-un", Family.REPORTING) in got


def test_reported_subject_led_by_someone_is_that_person():
    got = stated(
        "A delegation headed by Ri Su-yong, vice chairman of the Workers' Party, arrived in Havana, the KCBS said.",
        {"Ri Su-yong": (OFF, ["Ri Su-yong"]), "Workers' Party": (P, ["Workers' Party"]), "KCBS": (P, ["KCBS"])},
    )
    assert ("KCBS", "Ri Su-yong", Family.REPORTING) in got
    assert ("KCBS", "Workers' Party", Family.REPORTING) not in got
    assert ("Ri Su-yong", "Workers' Party", Family.MEMBERSHIP) in got


def test_types_are_short_verb_phrases():
    text = (
        "Kim Jong-un sent a delegation to Cuba. Pompeo visited Pyongyang. Thae Yong-ho defected from North Korea. "
        "Ri Su Yong, member of the Political Bureau, spoke. KCNA reported that Pompeo left Pyongyang."
    )
    spec = {
        "Kim Jong-un": (OFF, ["Kim Jong-un"]),
        "Cuba": (S, ["Cuba"]),
        "Mike Pompeo": (OFF, ["Pompeo"]),
        **NK,
        "Thae Yong-ho": (OFF, ["Thae Yong-ho"]),
        "Ri Su Yong": (OFF, ["Ri Su Yong"]),
        "Political Bureau": (P, ["Political Bureau"]),
        "KCNA": (P, ["KCNA"]),
    }
    ents, rels = run(text, spec)
    types: dict[tuple[str, str], set[str]] = {}
    for r in rels:
        types.setdefault((ents[r.source].name, ents[r.target].name), set()).add(r.type)
    assert "sent delegation to" in types[("Kim Jong-un", "Cuba")]
    assert "visited" in types[("Mike Pompeo", "North Korea")]
    assert "defected from" in types[("Thae Yong-ho", "North Korea")]
    assert "member of" in types[("Ri Su Yong", "Political Bureau")]
    assert "reported on" in types[("KCNA", "Mike Pompeo")]


def test_verb_acts_on_the_possessor_of_its_object():
    got = stated("Japan condemned North Korea's latest missile launch.", {"Japan": (S, ["Japan"]), **NK})
    assert got == {("Japan", "North Korea", Family.HOSTILITY)}
