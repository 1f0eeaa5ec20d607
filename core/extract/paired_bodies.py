"""Two bodies joined by "and" that the model read as one name: "the Foreign Ministry and National Civil Aviation
Authority", "the Marovia Navy and Ports Authority", "the Navy and Coast Guard of X". When the words before "and" and
the words after it each end in a body's head (a ministry, an authority, a navy...; after it also before "of X"), each
side is a body of its own; a name whose first part ends in something else ("Ministry of Trade and Industry",
"Department of Health and Human Services") stays whole."""

from __future__ import annotations

from spacy.tokens import Doc

from core.extract.coref import Mention
from core.model import Kind

# heads of public bodies; the looser heads of other names ("Group", "News", "Services") are left out on purpose
_HEADS = frozenset(
    {"Ministry", "Agency", "Council", "Commission", "Committee", "Bureau", "Service", "Department", "Office",
     "Administration", "Authority", "Navy", "Army", "Guard", "Police", "Force", "Forces", "Directorate", "Court",
     "Parliament", "Secretariat", "Command", "Corps"}
)


def split_paired_bodies(doc: Doc, chosen: list[Mention]) -> list[Mention]:
    """``chosen`` with each body of the module's shape replaced by its two sides; order kept."""
    out = []
    for m in chosen:
        k = _and_between_bodies(doc, m)
        if k is None:
            out.append(m)
            continue
        out.append(Mention(m.start, k, Kind.PARTY, None, m.tier, m.role))
        out.append(Mention(k + 1, m.end, Kind.PARTY, None, m.tier, m.role))
    return out


def _and_between_bodies(doc: Doc, m: Mention) -> int | None:
    if m.kind is not Kind.PARTY or m.key is not None or m.name is not None or m.chars is not None:
        return None
    ands = [k for k in range(m.start + 1, m.end - 2) if doc[k].lower_ == "and"]
    if len(ands) != 1:
        return None
    k = ands[0]
    left, right = doc[m.start : k], doc[k + 1 : m.end]
    if left[-1].text not in _HEADS or not _ends_in_head(right):
        return None
    bare = len([t for t in left if t.lower_ != "the"]) < 2
    if bare and any(t.text in _HEADS for t in right[:-1]) and not _of_after_head(right):
        return None  # "The Army and Air Force Exchange Service": two heads sharing one name's last words
    words = [t for t in (*left, *right) if t.lower_ not in {"the", "of", "for", "on"}]
    return k if all(t.is_title or t.is_upper for t in words) else None


def _ends_in_head(words) -> bool:
    """ "National Civil Aviation Authority", "Civil Aviation Authority of Marovia": a head last, or before "of X"."""
    return words[-1].text in _HEADS or _of_after_head(words)


def _of_after_head(words) -> bool:
    """ "Coast Guard of Marovia": a head before "of X"."""
    of = [j for j, t in enumerate(words) if t.lower_ == "of"]
    return len(of) == 1 and 0 < of[0] < len(words) - 1 and words[of[0] - 1].text in _HEADS
