"""A post that heads or sits in a body is never held 'of' a person: 'the deputy head of the Red Cross, X, and a
professor, Y' (Y hung on X by the parser) or 'Foreign Minister X and Health Minister Y' make Y no minister of X.
A person's own aide, envoy, deputy or spokesman stays his ('his prime minister X', 'an aide of X'): a head's post
reaches a person only through a possessive."""

from __future__ import annotations

from collections.abc import Callable

from core.model import Kind

# Posts that head or sit in a body or a state's government, not in a person's service.
OFFICE_POSTS = frozenset(
    {"minister", "president", "director", "director-general", "head", "chairman", "chairwoman", "chairperson"}
    | {"chair", "commander", "governor", "premier", "chancellor", "mayor", "ceo", "chief"}
)


def office_anchors(
    lemma: str, ents: frozenset[int], owners: frozenset[int], kind: Callable[[int], Kind]
) -> frozenset[int]:
    """``ents`` less the people a post ``lemma`` of ``OFFICE_POSTS`` would be held of, unless a possessive names
    them (``owners``)."""
    if lemma not in OFFICE_POSTS:
        return ents
    return frozenset(e for e in ents if kind(e) is not Kind.OFFICIAL or e in owners)
