"""Long lists of names (round Z): an act on an enumeration reaches every member it names, and a body's listed
affiliates are its members; lists of places, lists mixing kinds, two lists and 'between A, B and C' stay apart."""

from __future__ import annotations

from core.model import Family
from tests.core.test_relations import OFF, P, S, stated

SPEC = {
    "Freedonia": (S, ["Freedonia", "Freedonian"]),
    "Sylvania": (S, ["Sylvania", "Sylvanian"]),
    "Ruritania": (S, ["Ruritania"]),
    "Latveria": (S, ["Latveria"]),
    "Genovia": (S, ["Genovia"]),
    "Interior Ministry": (P, ["Interior Ministry"]),
    "Popular Front of Zembla": (P, ["Popular Front of Zembla", "PFZ"]),
    "Rehab Zembla Foundation": (P, ["Rehab Zembla Foundation", "RZF"]),
    "Campus Front of Zembla": (P, ["Campus Front of Zembla", "CFZ"]),
    "All Zembla Imams Council": (P, ["All Zembla Imams Council", "AZIC"]),
    "Junior Front": (P, ["Junior Front"]),
    "Empower Zembla Foundation": (P, ["Empower Zembla Foundation"]),
    "Lin Bao": (OFF, ["Lin Bao"]),
}
_BODIES = [
    "Rehab Zembla Foundation",
    "Campus Front of Zembla",
    "All Zembla Imams Council",
    "Junior Front",
    "Empower Zembla Foundation",
]


def test_a_ban_on_a_long_list_reaches_every_member_and_its_owner():
    got = stated(
        "The Interior Ministry also banned the PFZ's associated organisations, including Rehab Zembla Foundation "
        "(RZF), Campus Front of Zembla (CFZ), All Zembla Imams Council (AZIC), Junior Front and Empower Zembla "
        "Foundation.",
        SPEC,
    )
    for body in _BODIES:
        assert ("Interior Ministry", body, Family.ENFORCEMENT) in got, body
        assert (body, "Popular Front of Zembla", Family.MEMBERSHIP) in got, body


def test_a_list_of_states_invited_by_a_named_body():
    spec = {**SPEC, "Acme Bloc": (P, ["Acme Bloc"])}
    got = stated(
        "The Acme Bloc invited Freedonia (FR), Sylvania (SY), Ruritania, Latveria and Genovia to become members.", spec
    )
    fams = {(a, b): f for a, b, f in got}
    first = fams.get(("Acme Bloc", "Freedonia"))
    assert first is not None
    for state in ("Sylvania", "Ruritania", "Latveria", "Genovia"):
        assert fams.get(("Acme Bloc", state)) == first, state


def test_a_list_of_places_gets_no_copies():
    # the places are no entities: the act on the one state stays on it
    got = stated("Lin Bao visited Paris, Berlin, Rome and Freedonia.", SPEC)
    assert {(a, b) for a, b, _ in got} <= {("Lin Bao", "Freedonia"), ("Freedonia", "Lin Bao")}


def test_a_list_mixing_kinds_is_no_enumeration():
    got = stated(
        "The Interior Ministry banned the Junior Front, Lin Bao, Sylvania and the Empower Zembla Foundation.", SPEC
    )
    assert ("Interior Ministry", "Sylvania", Family.ENFORCEMENT) not in got


def test_two_lists_in_one_sentence_stay_apart():
    got = stated(
        "Freedonia sanctioned the Junior Front, the Rehab Zembla Foundation and the Campus Front of Zembla, while "
        "Sylvania, Ruritania and Genovia welcomed the move.",
        SPEC,
    )
    for state in ("Sylvania", "Ruritania", "Genovia"):
        for body in ("Junior Front", "Rehab Zembla Foundation", "Campus Front of Zembla"):
            assert (state, body, Family.ENFORCEMENT) not in got


def test_between_a_list_is_not_an_enumeration():
    from core.extract.relations.name_lists import enumerations

    class _T:
        def __init__(self, i, text, ent):
            self.i, self.text, self.lower_, self.ent = i, text, text.lower(), ent

    words = ["talks", "between", "Freedonia", ",", "Sylvania", "and", "Ruritania"]
    ents = [-1, -1, 0, -1, 1, -1, 2]
    toks = [_T(i, w, e) for i, (w, e) in enumerate(zip(words, ents, strict=True))]
    assert enumerations(toks, ents, lambda e: S) == []
    # the same names without 'between' are one enumeration
    toks = [_T(i, w, e) for i, (w, e) in enumerate(zip(["talks", "with", *words[2:]], ents, strict=True))]
    assert enumerations(toks, ents, lambda e: S) == [[0, 1, 2]]


def test_a_tie_inside_one_member_s_phrase_stays_with_it():
    spec = {**SPEC, "Ana Kurz": (OFF, ["Ana Kurz"]), "Bo Li": (OFF, ["Bo Li"])}
    got = stated("Freedonian President Lin Bao, Ana Kurz and Bo Li met in the capital on Monday.", spec)
    assert ("Lin Bao", "Freedonia", Family.LEADERSHIP) in got
    assert not {(a, b) for a, b, _ in got} & {("Ana Kurz", "Freedonia"), ("Bo Li", "Freedonia")}


class _Tok:
    """The few token attributes ``enumerations`` reads."""

    def __init__(self, i: int, text: str):
        self.i, self.text, self.lower_ = i, text, text.lower()


def _runs(words: list[str], ents: list[int], kinds: dict[int, object]) -> list[list[int]]:
    from core.extract.relations.name_lists import enumerations

    toks = [_Tok(i, w) for i, w in enumerate(words)]
    return enumerations(toks, ents, lambda e: kinds[e])


def test_a_run_mixing_kinds_is_dropped_by_the_enumeration_itself():
    # the parser often reaches every name anyway (test above); the guard is what keeps a mixed run out of the copies
    words = ["banned", "Junior", ",", "Lin", ",", "Sylvania", "and", "Empower"]
    ents = [-1, 0, -1, 1, -1, 2, -1, 3]
    assert _runs(words, ents, {0: P, 1: OFF, 2: S, 3: P}) == []
    assert _runs(words, ents, {0: P, 1: P, 2: P, 3: P}) == [[0, 1, 2, 3]]


def test_a_name_said_again_starts_a_new_list():
    # 'Freedonia, Sylvania, Freedonia, Latveria and Genovia': the repeated name opens the list that 'and' closes
    words = ["Freedonia", ",", "Sylvania", ",", "Freedonia", ",", "Latveria", "and", "Genovia"]
    ents = [0, -1, 1, -1, 0, -1, 2, -1, 3]
    assert _runs(words, ents, dict.fromkeys(range(4), S)) == [[0, 2, 3]]
