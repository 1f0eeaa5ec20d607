"""The analyst's edits: operations kept as an ordered log and replayed over the machine's resolution.

The machine's network (``core.resolve`` + ``core.merge``, stored by ``core.store``) is recomputed freely; the log
is never folded into it. After every resolution, and after every edit, the active log is replayed over it
(``core.replay``). Edits name entities by id and, should that id be gone after a new resolution, by the name they
had; an edit that finds nothing to act on is kept with a status saying why, never dropped. This module holds the
edits as data, how to describe them, and the text look-ups they need (whole-word names, the sentence at an offset).
"""

from __future__ import annotations

import difflib
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from core.extract.kb import fold
from core.model import Family, Kind, Span
from core.records import DocumentInfo, EntityInfo, TextRef

APPLIED = "applied"
UNDONE = "undone"
ENTITY_OPS = ("merge", "split", "rename", "kind", "reject", "restore", "add-entity", "confirm")
TIE_OPS = ("add-tie", "reject-tie", "retype-tie", "confirm-tie")
OPS = (*ENTITY_OPS, *TIE_OPS, "date")
CREATING = ("split", "add-entity")  # edits that give a new entity its id when logged
MAX_NAME = 200
MAX_NOTE = 1000


class EditError(Exception):
    """An edit that cannot be made now; the message is meant for the user."""


@dataclass(frozen=True, slots=True)
class Edit:
    """One analyst operation as data: ``op`` (one of ``OPS``) and JSON-able ``args``."""

    op: str
    args: dict


@dataclass(frozen=True, slots=True)
class LogEntry:
    """An edit as logged: when, what, whether it is undone, and whether it applies to the network now."""

    id: int
    at: str
    op: str
    args: dict
    undone: bool
    status: str

    @property
    def summary(self) -> str:
        try:
            return describe(self.op, self.args)
        except (KeyError, TypeError, AttributeError, IndexError):  # damaged in the file: still listed
            return f"{self.op} (damaged)"


# -- building edits ---------------------------------------------------------------------------------


def ref(entity: EntityInfo) -> dict:
    """How an edit names an entity: its id, and its name should the id be gone after a new resolution."""
    return {"id": entity.id, "name": entity.name}


def clean_name(name: str) -> str:
    """A name typed by the analyst: one line of text, spaces collapsed; refused when empty or absurd."""
    # invisible characters (a soft hyphen in a selection) are not part of a name: matching skips them anyway
    text = " ".join(str(name).translate(_DROP_INVISIBLE).split())
    if not text:
        raise EditError("a name cannot be empty")
    if len(text) > MAX_NAME:
        raise EditError(f"a name is at most {MAX_NAME} characters")
    if any(ord(c) < 32 or ord(c) == 127 for c in text):
        raise EditError("a name cannot hold control characters")
    return text


def kind_of(kind: str | Kind) -> Kind:
    try:
        return Kind(str(kind).upper())
    except ValueError:
        raise EditError(f"unknown kind {kind!r}; use one of {', '.join(Kind)}") from None


def family_of(family: str | Family) -> Family:
    try:
        return Family(str(family).upper())
    except ValueError:
        raise EditError(f"unknown family {family!r}; use one of {', '.join(Family)}") from None


def merge(entities: Sequence[EntityInfo], name: str | None = None) -> Edit:
    """Merge ``entities``; the one named ``name`` survives (else the first), under ``name`` when given."""
    distinct = list({e.id: e for e in entities}.values())
    if len(distinct) < 2:
        raise EditError("a merge needs two different entities")
    if name is not None:
        name = clean_name(name)
        distinct.sort(key=lambda e: e.name != name)  # the entity already so named keeps its id
    return Edit("merge", {"entities": [ref(e) for e in distinct], "name": name})


def split(
    entity: EntityInfo,
    alias: str | None = None,
    into: EntityInfo | None = None,
    mentions: Iterable[TextRef] = (),
    name: str | None = None,
) -> Edit:
    """Move what ``alias`` names (or the local entities holding ``mentions``) out of ``entity``."""
    picked = [[m.doc_id, m.start] for m in mentions]
    if alias is None and not picked:
        raise EditError("say which alias or which mentions to split off")
    if into is not None and into.id == entity.id:
        raise EditError("an entity cannot be split into itself")
    new_name = clean_name(name) if name else (clean_name(alias) if alias else None)
    if into is None and new_name is None:
        raise EditError("a new entity needs a name")
    return Edit(
        "split",
        {"entity": ref(entity), "alias": alias, "mentions": picked, "into": ref(into) if into else None,
         "name": new_name},
    )


def rename(entity: EntityInfo, name: str) -> Edit:
    return Edit("rename", {"entity": ref(entity), "name": clean_name(name), "was": entity.name})


def set_kind(entity: EntityInfo, kind: str | Kind) -> Edit:
    return Edit("kind", {"entity": ref(entity), "kind": str(kind_of(kind)), "was": str(entity.kind)})


def reject(entity: EntityInfo) -> Edit:
    return Edit("reject", {"entity": ref(entity), "name": entity.name})


def restore(name: str) -> Edit:
    return Edit("restore", {"name": clean_name(name)})


def add_entity(name: str, kind: str | Kind) -> Edit:
    return Edit("add-entity", {"name": clean_name(name), "kind": str(kind_of(kind))})


def confirm(entity: EntityInfo) -> Edit:
    return Edit("confirm", {"entity": ref(entity)})


def add_tie(
    source: EntityInfo,
    target: EntityInfo,
    family: str | Family,
    type_: str,
    evidence: TextRef | None = None,
    note: str | None = None,
    when: str | None = None,
) -> Edit:
    """A tie stated by a sentence of an article (``evidence``), or known from outside them (the analyst's ``note``).

    ``when`` (YYYY-MM-DD) dates a tie on a note, so a view of a period shows it as it shows the articles of that time;
    a tie stated by a sentence takes its article's date.
    """
    if source.id == target.id:
        raise EditError("a tie needs two different entities")
    note = " ".join(str(note or "").translate(_DROP_INVISIBLE).split())
    if any(ord(c) < 32 or ord(c) == 127 for c in note):
        raise EditError("a note cannot hold control characters")
    if evidence is None and not note:
        raise EditError("a tie needs a sentence of an article or the analyst's note saying where it is known from")
    if len(note) > MAX_NOTE:
        raise EditError(f"the note is longer than {MAX_NOTE} characters")
    args: dict = {"source": ref(source), "target": ref(target), "family": str(family_of(family)),
                  "type": clean_name(type_)}
    if evidence is not None:
        args["evidence"] = {"doc": evidence.doc_id, "start": evidence.start, "end": evidence.end, "text": evidence.text}
    if note:
        args["note"] = note
    if when is not None and str(when).strip():
        if evidence is not None:
            raise EditError("a tie stated by a sentence takes its article's date; date the article instead")
        try:
            day = date.fromisoformat(str(when).strip())
        except ValueError:
            raise EditError(f"{when!r} is not a date; write it as YYYY-MM-DD") from None
        args["date"] = day.isoformat()
    return Edit("add-tie", args)


def reject_tie(source: EntityInfo, target: EntityInfo, family: str | Family | None = None) -> Edit:
    return Edit(
        "reject-tie",
        {"source": ref(source), "target": ref(target), "family": str(family_of(family)) if family else None},
    )


def retype_tie(
    source: EntityInfo,
    target: EntityInfo,
    family: str | Family,
    new_family: str | Family | None = None,
    new_type: str | None = None,
    reverse: bool = False,
) -> Edit:
    """Change a tie's family, its type, or turn it round."""
    if new_family is None and new_type is None and not reverse:
        raise EditError("say what changes: the family, the type or the direction")
    return Edit(
        "retype-tie",
        {"source": ref(source), "target": ref(target), "family": str(family_of(family)),
         "new_family": str(family_of(new_family)) if new_family else None,
         "new_type": clean_name(new_type) if new_type else None, "reverse": bool(reverse)},
    )


def confirm_tie(source: EntityInfo, target: EntityInfo, family: str | Family) -> Edit:
    return Edit("confirm-tie", {"source": ref(source), "target": ref(target), "family": str(family_of(family))})


def set_date(document: DocumentInfo, when: str) -> Edit:
    try:
        day = date.fromisoformat(str(when).strip())
    except ValueError:
        raise EditError(f"{when!r} is not a date; write it as YYYY-MM-DD") from None
    return Edit("date", {"document": {"id": document.id, "path": document.path}, "date": day.isoformat(),
                         "was": document.published})


def describe(op: str, args: dict) -> str:
    """One line saying what an edit does, for the log and the undo menu."""

    def n(r: dict | None) -> str:
        return f"'{r['name']}'" if r else "?"

    tie = f"{n(args.get('source'))} → {n(args.get('target'))}" if "source" in args else ""
    match op:
        case "merge":
            into = f" as '{args['name']}'" if args.get("name") else ""
            return "merge " + ", ".join(n(r) for r in args["entities"]) + into
        case "split":
            what = f"'{args['alias']}'" if args.get("alias") else f"{len(args['mentions'])} mention(s)"
            return f"split {what} out of {n(args['entity'])} into " + (
                n(args["into"]) if args.get("into") else f"new '{args['name']}'"
            )
        case "rename":
            return f"rename {n(args['entity'])} to '{args['name']}'"
        case "kind":
            return f"make {n(args['entity'])} {'an' if args['kind'][:1] in 'AEIOU' else 'a'} {args['kind']}"
        case "reject":
            return f"reject '{args['name']}'"
        case "restore":
            return f"restore '{args['name']}'"
        case "add-entity":
            return f"add {args['kind']} '{args['name']}'"
        case "confirm":
            return f"confirm {n(args['entity'])}"
        case "add-tie":
            by_note = ", on the analyst's note" if args.get("note") and not args.get("evidence") else ""
            return f"add tie {tie} ({args['family']}, {args['type']}{by_note})"
        case "reject-tie":
            return f"reject tie {tie}" + (f" ({args['family']})" if args.get("family") else "")
        case "retype-tie":
            changes = [f"family {args['new_family']}"] * bool(args.get("new_family"))
            changes += [f"type {args['new_type']}"] * bool(args.get("new_type"))
            changes += ["turned round"] * bool(args.get("reverse"))
            return f"change tie {tie} ({args['family']}): " + ", ".join(changes)
        case "confirm-tie":
            return f"confirm tie {tie} ({args['family']})"
        case "date":
            return f"date {args['document']['path'].rsplit('/', 1)[-1]} {args['date']}"
    return op


def dumps(args: dict) -> str:
    return json.dumps(args, ensure_ascii=False, sort_keys=True)


# -- finding things in the text ---------------------------------------------------------------------

# characters a page can hide inside a word (soft hyphen, zero-width joiners, BOM): a name still matches across them
_INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"


_DROP_INVISIBLE = {ord(c): None for c in _INVISIBLE}


def name_pattern(name: str) -> re.Pattern[str]:
    """Whole-word, case-sensitive occurrences of ``name``, across line breaks and invisible characters."""
    hidden = f"[{_INVISIBLE}]*"
    words = [hidden.join(re.escape(c) for c in word) for word in name.split()]
    return re.compile(r"(?<!\w)" + f"[\\s{_INVISIBLE}]+".join(words) + r"(?!\w)")


def find_mentions(name: str, texts: dict[int, str]) -> list[TextRef]:
    """Every whole-word occurrence of ``name`` in ``texts`` (doc id -> text), with exact offsets."""
    pattern = name_pattern(name)
    return [
        TextRef(doc_id, m.start(), m.end(), m.group())
        for doc_id in sorted(texts)
        for m in pattern.finditer(texts[doc_id])
    ]


_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*\s+|\n\s*\n|\n")


def sentence_at(text: str, offset: int, known: Iterable[Span] = ()) -> Span:
    """The sentence of ``text`` holding ``offset``: the extractor's own sentence there if it kept one, else by
    punctuation and line breaks. Exact offsets: ``text[start:end] == span.text``."""
    if not 0 <= offset < len(text):
        raise EditError(f"offset {offset} is outside the document (0–{max(len(text) - 1, 0)})")
    holding = [s for s in known if s.start <= offset < s.end]
    if holding:
        return min(holding, key=lambda s: s.end - s.start)
    start = 0
    end = len(text)
    for m in _SENTENCE_END.finditer(text):
        if m.end() <= offset:
            start = m.end()
        elif m.start() >= offset:
            end = m.start() + 1 if text[m.start()] in ".!?" else m.start()
            break
        else:  # the offset sits on the boundary itself
            end = m.start() + 1
            break
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start >= end:
        raise EditError(f"no sentence at offset {offset}")
    return Span(start, end, text[start:end])


def lookup(entities: Sequence[EntityInfo], text: str) -> list[EntityInfo]:
    """The entities ``text`` names: an id ``e12``, else an exact name, else an alias; several when ambiguous."""
    text = text.strip()
    if re.fullmatch(r"e\d+", text):
        found = [e for e in entities if e.id == int(text[1:])]
        if found:
            return found
    for match in (lambda e: e.name == text, lambda e: text in e.aliases, lambda e: fold(e.name) == fold(text)):
        found = [e for e in entities if match(e)]
        if found:
            return found
    return []


_MINOR_WORDS = frozenset({"the", "of", "and", "for", "de", "del", "la", "al", "el", "s"})


def _words(name: str) -> list[str]:
    return [w for w in re.findall(r"[^\W_]+", fold(name)) if len(w) > 1 and w not in _MINOR_WORDS]


def likeness(a: str, b: str) -> int:
    """How much two names look like one thing: words in common (a letter or two apart counts: 'Lukashenka',
    'Lukashenko'), and more for a short form that is the other's initials ('IRGC' and 'Islamic Revolutionary
    Guard Corps'); 0 for names with nothing in common."""
    wa, wb = _words(a), _words(b)
    score = sum(
        1 for x in wa
        if any(x == y or (min(len(x), len(y)) >= 4 and difflib.SequenceMatcher(None, x, y).ratio() >= 0.8) for y in wb)
    )
    for short, long_ in ((wa, wb), (wb, wa)):
        initials = "".join(w[0] for w in long_)
        if any(2 <= len(w) <= 6 and len(long_) >= len(w) and initials.startswith(w) for w in short):
            score += 2
    return score


def similar(name: str, entities: Iterable[EntityInfo], limit: int | None = None) -> list[EntityInfo]:
    """The entities whose names look like ``name``, the likest first (for a merge, or a name mistyped)."""
    scored = [(likeness(name, e.name), e) for e in entities if fold(e.name) != fold(name)]
    ranked = sorted(((s, e) for s, e in scored if s > 0), key=lambda se: (-se[0], se[1].name.casefold()))
    return [e for _, e in ranked[:limit]]
