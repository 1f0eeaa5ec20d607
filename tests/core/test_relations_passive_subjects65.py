"""Reporting, round BA (issue 11): a body or person reporting a passive clause reports on what its subject names
(the one the act is done to). Entities placed by hand; invented sentences; pair layer off."""

from __future__ import annotations

from core.extract.relations.passive_subjects import passive_subjects
from core.model import Family, Kind
from tests.core.test_relation_family_cues import CL, PE, _fams
from tests.core.test_relations import stated

P, V = Kind.PARTY, Kind.VESSEL
GUARD = {"Coastal Watch Agency": (P, ["Coastal Watch Agency"])}
MIN = {"Ministry of Transport of Peru": (P, ["Ministry of Transport"])}
SHIP = {"Orla Bay": (V, ["Orla Bay"])}


def test_a_body_reports_on_the_ship_its_passive_clause_names():
    text = (
        "All twelve Peruvian crew members of the Orla Bay, which was carrying grain from Chile to the north, were "
        "rescued, Peru's Ministry of Transport said."
    )
    got = stated(text, {**MIN, **SHIP, **PE})
    assert _fams(got, "Ministry of Transport of Peru", "Orla Bay") == {Family.REPORTING}


def test_a_place_the_passive_act_happens_in_is_not_its_subject():
    got = stated("Coastal Watch Agency said talks were held in Santiago on Monday.", {**GUARD, **CL})
    assert Family.REPORTING not in _fams(got, "Coastal Watch Agency", "Chile")
    got = stated("Coastal Watch Agency said the Orla Bay was towed to a port in Chile.", {**GUARD, **SHIP, **CL})
    assert Family.REPORTING not in _fams(got, "Coastal Watch Agency", "Chile")
    assert _fams(got, "Coastal Watch Agency", "Orla Bay") == {Family.REPORTING}


def _clause_names(nlp, text: str, names: list[str]) -> set[str]:
    doc = nlp(text)
    tok_ent = [-1] * len(doc)
    for i, name in enumerate(names):
        start = text.index(name)
        for t in doc.char_span(start, start + len(name), alignment_mode="expand"):
            tok_ent[t.i] = i
    said = next(t for t in doc if t.lemma_ == "say")
    clauses = [c for c in said.children if c.dep_ == "ccomp"]
    return {names[e] for e in passive_subjects(clauses, tok_ent)}


def test_the_passive_subject_names_its_noun_not_a_states_adjective(nlp):
    text = "The agency said the Peruvian crew of the Orla Bay had been rescued."
    assert _clause_names(nlp, text, ["Peruvian", "Orla Bay"]) == {"Orla Bay"}
    # a name in the clause's other arguments is no passive subject
    text = "The agency said the Orla Bay had been towed to Valparaiso by the Chilean navy."
    assert _clause_names(nlp, text, ["Orla Bay", "Valparaiso", "Chilean navy"]) == {"Orla Bay"}
