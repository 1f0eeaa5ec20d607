"""Other names the text gives an entity: a former name, a nickname, "better known as", a singular or plural spelling.

"MV Aurora (previously MV Dawn)", "Kestrel Energy (formerly Kestrel Aviation)", "Juan Perez (“El Toro”)", "Juan
Perez, who is better known as El Toro", "the Rapid Action Force" beside "the Rapid Action Forces": the second name is
one more mention of the first entity, not an entity of its own. Works on the document's finished entities by
character offsets, one pass over the mentions.
"""

from __future__ import annotations

import re

from core.extract.bare_forms import join_bare_forms
from core.extract.bare_ministries import join_bare_ministries
from core.extract.common_words import drop_common_words
from core.extract.diseases import drop_disease_names
from core.extract.document_acronyms import drop_document_acronyms
from core.extract.event_names import drop_event_names
from core.extract.glued_holders import split_glued_holders
from core.extract.missions import missions_as_states
from core.extract.misspelt_names import join_misspelt
from core.extract.modifier_words import drop_modifier_words
from core.extract.party_names import named_parties
from core.extract.programmes import drop_mission_names
from core.extract.reversed_names import join_reversed
from core.extract.seats import join_seats
from core.extract.short_forms import join_short_forms
from core.extract.site_names import drop_site_names
from core.extract.state_word_bodies import state_word_bodies
from core.extract.threat_groups import join_group_nicknames
from core.model import Kind, LocalEntity

# what may stand between a name and the other name it is given
_FORMER = re.compile(
    r"[ \t]*(?:\((?:formerly|previously|ex-|once|earlier)[ \t]+(?:called[ \t]+|named[ \t]+|known[ \t]+as[ \t]+)?"
    r"|,?[ \t]*(?:(?:who|which)[ \t]+(?:is|was)[ \t]+)?"
    r"(?:better|also|commonly|widely|popularly)[ \t]+known[ \t]+as[ \t]+"
    r"|\([ \t]*[\"“‘'](?=[^)\n]{1,40}[\"”’'][ \t]*\)))"
    r"[\"“‘']?"
)
_NAME = re.compile(r"[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3}")
_NICKNAME_ONLY = "(\"“‘'"  # a quoted name in brackets is a nickname: only for people


def join_other_names(text: str, entities: list[LocalEntity]) -> list[LocalEntity]:
    """Merge an entity into the one whose other name it is; entities keep their order."""
    at: dict[int, LocalEntity] = {}
    by_text: dict[str, LocalEntity] = {}
    for e in entities:
        for m in e.mentions:
            at.setdefault(m.start, e)
            by_text.setdefault(m.text, e)
    gone: set[int] = set()
    for e in entities:
        if id(e) in gone:
            continue
        for m in list(e.mentions):
            found = _FORMER.match(text, m.end)
            if found is None:
                continue
            other = at.get(found.end())
            if other is None:  # the other name not found here but written elsewhere: "(“El Toro”)" ... "El Toro said"
                name = _NAME.match(text, found.end())
                other = by_text.get(name.group(0)) if name is not None else None
            if other is None or other is e or id(other) in gone:
                continue
            quoted = text[m.end : found.end()].strip().lstrip("(").strip()[:1] in _NICKNAME_ONLY
            if quoted and "known" not in found.group(0) and e.kind is not Kind.OFFICIAL:
                continue  # "X (“the deal”)": a quoted phrase after a body is no name of it
            if e.kind is Kind.STATE or other.kind is Kind.STATE:
                continue
            e.mentions = sorted({(s.start, s.end): s for s in e.mentions + other.mentions}.values(), key=_start)
            for s in other.mentions:
                at[s.start] = e
            gone.add(id(other))
    kept = join_group_nicknames(text, [e for e in entities if id(e) not in gone])
    joined = join_bare_ministries(text, join_seats(join_short_forms(_join_number(join_reversed(kept, text)))))
    joined = join_bare_forms(text, joined)  # "MI5 ... the Security Service"
    named = state_word_bodies(text, join_misspelt(missions_as_states(named_parties(text, joined))))
    named = drop_modifier_words(text, drop_common_words(text, split_glued_holders(text, named)))
    named = drop_disease_names(text, drop_event_names(drop_document_acronyms(text, named)))
    return drop_site_names(text, drop_mission_names(text, named))


def _start(span) -> int:
    return span.start


def _singular(name: str) -> str:
    words = name.split()
    last = words[-1]
    if last.endswith("s") and len(last) > 3 and last[:1].isupper():
        words[-1] = last[:-1]
    return " ".join(words)


def _join_number(entities: list[LocalEntity]) -> list[LocalEntity]:
    """ "Rapid Action Force" and "Rapid Action Forces": one body written once in the singular and once in the plural
    (two bodies that merely share a form, such as a short "Coast Guard", stay apart)."""
    by_form: dict[str, tuple[LocalEntity, set[str]]] = {}
    out: list[LocalEntity] = []
    for e in entities:
        if e.kind is not Kind.PARTY:
            out.append(e)
            continue
        written: dict[str, set[str]] = {}
        for form in {m.text for m in e.mentions} | {e.name}:
            if len(form.split()) >= 2:
                written.setdefault(_singular(form), set()).add(form)
        host = None
        for single, forms in written.items():
            seen = by_form.get(single)
            if seen is not None and seen[0] is not e and not (forms & seen[1]):
                host = seen[0]
                break
        if host is None:
            for single, forms in written.items():
                by_form.setdefault(single, (e, forms))
            out.append(e)
            continue
        host.mentions = sorted({(s.start, s.end): s for s in host.mentions + e.mentions}.values(), key=_start)
    return out
