"""The word lists of ``data/relations.json`` as lookups, loaded once per process."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from core.model import Family, Kind

_DATA = Path(__file__).parent.parent / "data" / "relations.json"


def _families(table: dict[str, list[str]], order: list[str] | None = None) -> dict[str, Family]:
    """Word → family; a word listed under several families takes the first in ``order``."""
    out: dict[str, Family] = {}
    for name in order or list(table):
        for word in table.get(name, []):
            out.setdefault(word.lower(), Family(name))
    return out


@dataclass(frozen=True, slots=True)
class Lexicon:
    """The word lists of ``data/relations.json`` as lookups (lemmas, lower case)."""

    verbs: dict[str, Family]
    light_verbs: frozenset[str]
    receiving_verbs: frozenset[str]
    motion_verbs: frozenset[str]
    ambivalent_verbs: frozenset[str]
    object_overrides: dict[str, Family]
    relation_nouns: dict[str, Family]
    role_nouns: dict[str, Family]
    diplomatic_roles: frozenset[str]
    deputy_words: frozenset[str]
    collective_nouns: frozenset[str]
    naming_verbs: frozenset[str]
    vessel_nouns: frozenset[str]
    symmetric_verbs: frozenset[str]
    addressee_verbs: frozenset[str]
    reporting_verbs: frozenset[str]
    negating_verbs: frozenset[str]
    head_of_state_titles: frozenset[str]
    body_roles: frozenset[str]
    document_nouns: frozenset[str]
    party_leader_titles: frozenset[str]
    owner_verbs: frozenset[str]
    publishing_verbs: frozenset[str]
    warning_verbs: frozenset[str]
    group_nouns: frozenset[str]
    member_verbs: frozenset[str]
    phrasal_verbs: dict[str, Family]
    control_verbs: frozenset[str]
    guest_verbs: frozenset[str]
    verdict_words: dict[str, Family]
    naming_speech: frozenset[str]
    group_descriptions: dict[str, Kind]
    single_descriptions: dict[str, Kind]
    ship_tie_roles: frozenset[str]
    ship_participles: frozenset[str]
    flag_nouns: frozenset[str]
    boarding_verbs: frozenset[str]
    striking_verbs: frozenset[str]
    listing_verbs: frozenset[str]
    expelling_verbs: frozenset[str]
    expelled_nouns: frozenset[str]
    escorting_verbs: frozenset[str]
    organ_words: frozenset[str]
    organ_exclusions: frozenset[str]
    name_tie_exclusions: frozenset[str]
    weapon_nouns: frozenset[str]
    body_heads: frozenset[str]
    listing_nouns: frozenset[str]
    monarchies: dict[str, frozenset[str]]
    space_nouns: frozenset[str]
    troop_nouns: frozenset[str]
    cold_ties: frozenset[str]
    aid_missions: frozenset[str]


def _with_additions(raw: dict) -> dict:
    """Each "<key>_added" entry merged into its key: words appended to a list (or to a family's list), phrases added to
    a map. An addition to a key or a family the file does not have is an error, not silently dropped."""
    for key in [k for k in raw if k.endswith("_added") and not k.startswith("_")]:
        base, extra = key.removesuffix("_added"), raw.pop(key)
        if base not in raw:
            raise KeyError(f"{key}: relations.json has no {base!r} to add to")
        if isinstance(raw[base], list):
            raw[base] = [*raw[base], *extra]
        elif all(isinstance(v, list) for v in raw[base].values()):
            unknown = set(extra) - set(raw[base])
            if unknown:
                raise KeyError(f"{key}: {base!r} has no family {sorted(unknown)}")
            raw[base] = {k: [*v, *extra.get(k, [])] for k, v in raw[base].items()}
        else:
            raw[base] = {**raw[base], **extra}
    return raw


@cache
def lexicon() -> Lexicon:
    """Loaded once per process."""
    raw = _with_additions(json.loads(_DATA.read_text(encoding="utf-8")))

    def words(key: str) -> frozenset[str]:
        return frozenset(w.lower() for w in raw[key])

    phrasal = raw["phrasal_verbs"]
    verbs = _families(raw["verbs"], raw["verb_priority"])
    return Lexicon(
        verbs=verbs,
        light_verbs=words("light_verbs"),
        receiving_verbs=words("receiving_verbs"),
        motion_verbs=words("motion_verbs"),
        ambivalent_verbs=words("ambivalent_verbs"),
        object_overrides=_families(raw["object_overrides"]),
        relation_nouns=_families(raw["relation_nouns"]),
        role_nouns=_families(raw["role_nouns"]),
        diplomatic_roles=words("diplomatic_roles"),
        deputy_words=words("deputy_words"),
        collective_nouns=words("collective_nouns"),
        naming_verbs=words("naming_verbs"),
        vessel_nouns=words("vessel_nouns"),
        symmetric_verbs=words("symmetric_verbs"),
        addressee_verbs=words("addressee_verbs"),
        reporting_verbs=frozenset(w.lower() for w in raw["verbs"]["REPORTING"]),
        negating_verbs=words("negating_verbs"),
        head_of_state_titles=words("head_of_state_titles"),
        body_roles=words("body_roles"),
        document_nouns=words("document_nouns"),
        party_leader_titles=words("party_leader_titles"),
        owner_verbs=words("owner_verbs"),
        publishing_verbs=words("publishing_verbs"),
        warning_verbs=words("warning_verbs"),
        group_nouns=words("group_nouns"),
        member_verbs=words("member_verbs"),
        control_verbs=words("control_verbs"),
        guest_verbs=words("guest_verbs"),
        verdict_words=_families(raw["verdict_words"]),
        naming_speech=words("naming_speech"),
        phrasal_verbs={k.lower(): Family(v) for k, v in phrasal.items()},
        group_descriptions={w.lower(): Kind(k) for k, ws in raw["group_descriptions"].items() for w in ws},
        single_descriptions={w.lower(): Kind(k) for k, ws in raw["single_descriptions"].items() for w in ws},
        ship_tie_roles=words("ship_tie_roles"),
        ship_participles=words("ship_participles"),
        flag_nouns=words("flag_nouns"),
        boarding_verbs=words("boarding_verbs"),
        striking_verbs=words("striking_verbs"),
        listing_verbs=words("listing_verbs"),
        expelling_verbs=words("expelling_verbs"),
        expelled_nouns=words("expelled_nouns") | words("diplomatic_roles") | words("vessel_nouns"),
        escorting_verbs=words("escorting_verbs"),
        organ_words=words("organ_words"),
        organ_exclusions=words("organ_exclusions"),
        name_tie_exclusions=words("name_tie_exclusions"),
        weapon_nouns=words("weapon_nouns"),
        body_heads=words("body_heads"),
        listing_nouns=words("listing_nouns"),
        monarchies={k.lower(): frozenset(v) for k, v in raw["monarchies"].items()},
        space_nouns=words("space_nouns"),
        troop_nouns=words("troop_nouns"),
        cold_ties=words("cold_ties"),
        aid_missions=words("aid_missions"),
    )
