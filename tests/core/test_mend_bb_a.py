"""Mends of round BB's review (items 1, 3, 4, 5, 10), on invented sentences."""

from __future__ import annotations

from core.extract import extract_text
from core.extract.kb import lookup
from core.model import Family, Kind


def _found(text: str) -> tuple[dict[str, tuple[Kind, list[str]]], set[tuple[str, str, Family]]]:
    result = extract_text(text)
    names = [e.name for e in result.entities]
    ents = {e.name: (e.kind, [m.text for m in e.mentions]) for e in result.entities}
    return ents, {(names[r.source], names[r.target], r.family) for r in result.relations}


# -- 1: a known body's plain-word name joins it only after a bare "the" (bare_forms.join_bare_forms) ----------------


def test_another_states_service_by_possessive_is_no_known_body():
    ents, rels = _found("MI5 said it was watching threats. Norway's Security Service said it had detained a spy.")
    assert ents["MI5"][1] == ["MI5"], ents
    assert not any(s == "MI5" and f is Family.MEMBERSHIP for s, _, f in rels), rels


def test_another_states_service_by_adjective_is_no_known_body():
    ents, _ = _found("MI5 said it was watching threats. The Norwegian Security Service said it had detained a spy.")
    assert ents["MI5"][1] == ["MI5"], ents


def test_a_joined_plain_name_keeps_the_known_bodys_own_ties():
    text = "MI5 said Chile was recruiting spies. The Security Service warned that Peru was behind the plot."
    ents, rels = _found(text)
    assert set(ents["MI5"][1]) == {"MI5", "Security Service"}, ents
    assert ("MI5", "Chile", Family.REPORTING) in rels, rels
    assert ("MI5", "Chile", Family.MEMBERSHIP) not in rels, rels


# -- 3: a body named "... Mechanism" or a known "... System" keeps its acronym (document_acronyms) --------------------


def test_a_mechanism_with_an_acronym_stays_a_body():
    ents, rels = _found("The Nordic Lending Mechanism (NLM) lent Greece money. The NLM said Italy would pay.")
    body = next((k for k, (_, forms) in ents.items() if "NLM" in forms), None)
    assert body is not None and ents[body][0] is Kind.PARTY, ents
    assert (body, "Italy", Family.REPORTING) in rels, rels


def test_a_known_bodys_system_name_with_an_acronym_stays_a_body():
    ents, _ = _found("The Federal Reserve System (FRS) raised rates. The FRS said Japan would follow.")
    assert any("FRS" in forms and kind is Kind.PARTY for kind, forms in ents.values()), ents


# -- 4: a lower-case central bank by its own name (ministries._central_bank) -----------------------------------------


def test_a_central_bank_with_its_own_name_is_called_by_it():
    ents, _ = _found("Japan's central bank raised rates on Tuesday.")
    assert "Bank of Japan" in ents and "Central Bank of Japan" not in ents, ents


def test_a_central_bank_and_its_own_name_are_one_body():
    ents, _ = _found("China's central bank cut rates. The People's Bank of China said more cuts were coming.")
    assert "Central Bank of China" not in ents, ents
    assert set(ents["People's Bank of China"][1]) == {"central bank", "People's Bank of China"}, ents
    ents, _ = _found("Britain's central bank raised rates. The Bank of England said prices were still rising.")
    assert not any(k.startswith("Central Bank of") for k in ents), ents


def test_a_central_bank_without_a_name_of_its_own_is_its_states():
    ents, _ = _found("Chile's central bank raised rates on Tuesday.")
    assert "Central Bank of Chile" in ents, ents


# -- 5: a person before "department" once stays a person (portfolio_bodies._body_before_noun) -----------------------


def test_one_name_before_department_leaves_a_person():
    ents, _ = _found(
        "Mark Tanner said on Monday that China was a threat. Critics of the Tanner department said Japan was worried. "
        "Tanner visited Japan."
    )
    assert ents["Mark Tanner"][0] is Kind.OFFICIAL, ents


# -- 10: the intelligence services' other names, and those of the other large states (organisations.json) ----------


def test_intelligence_services_by_their_other_names():
    for form, name in (
        ("Israel Security Agency", "Shin Bet"),
        ("Shabak", "Shin Bet"),
        ("NSA", "National Security Agency"),
        ("ISI", "Inter-Services Intelligence"),
        ("RAW", "Research and Analysis Wing"),
        ("Bundesnachrichtendienst", "BND"),
    ):
        term = lookup(form)
        assert term is not None and term.name == name and term.kind is Kind.PARTY, (form, term)


def test_a_hyphenated_trade_label_with_a_year_like_number_is_a_body():
    ents, _ = _found("Analysts said Storm-2099 targeted Chile.")
    assert ents.get("Storm-2099", (None,))[0] is Kind.PARTY, ents


def test_a_name_before_department_each_time_is_a_body():
    text = "The Home Affairs department rejected the bid on Monday. The Home Affairs department gave no reason."
    ents, _ = _found(text)
    assert all(kind is not Kind.OFFICIAL for name, (kind, _) in ents.items() if "Home Affairs" in name), ents
