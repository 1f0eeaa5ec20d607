"""The doer of an act noun named by a participle of doing: 'the attacks carried out by X against Y', 'strikes
launched by X on Y', 'the threat posed by X' (gold: X's tie of the noun's family, as 'attacks by X on Y'; dev sets
blind34, blind40, blind45). The participle holds the doer ('by') and often the act's target ('on', 'against'),
which the parser hangs on it rather than on the noun."""

from __future__ import annotations

from spacy.tokens import Token

from core.extract.relations.syntax import unasserted

# verbs that only say an act was done, so the act noun keeps its own family
_DOING = frozenset(
    {
        "carry",
        "conduct",
        "launch",
        "stage",
        "mount",
        "pose",
        "perpetrate",
        "commit",
        "wage",
        "unleash",
        "orchestrate",
        "undertake",
    }
)


def doing_participles(n: Token) -> list[Token]:
    """The participles of doing hung on the act noun ``n`` with a 'by' doer: 'carried out by X', 'launched by X'
    (not an act hedged or denied: 'attacks allegedly carried out by X' still counts, 'not carried out' does not)."""
    return [
        v
        for v in n.children
        if v.dep_ == "acl"
        and v.tag_ == "VBN"
        and v.lemma_.lower() in _DOING
        and any(c.dep_ == "agent" for c in v.children)
        and not any(c.dep_ == "neg" for c in v.children)
        and not unasserted(v)
    ]


def done_label(v: Token) -> str:
    """The participle as written with its particle: 'carried out', 'launched', 'posed'."""
    return " ".join([v.lower_, *(c.lower_ for c in v.children if c.dep_ == "prt")])
