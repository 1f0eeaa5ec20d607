"""Diseases and outbreaks are no parties: "the Ebola outbreak", "Coronavirus spread to Kuwait", "Swine Flu cases".
The model reads a capitalised disease's name as an organisation or a person; an entity every form of which is a
disease's name (KB `diseases`, general vocabulary), with the words a disease's name takes ("virus", "outbreak"), is
dropped. A body named after a disease keeps its own words ("Ebola Response Team", "Global Fund to Fight AIDS"): only
a whole form that is the disease counts. Works on a document's finished entities.

A few diseases' names also name a police squad, a band, a brand or a town ("SARS", "Anthrax", "Corona", "Lassa"):
written bare, such a name is taken for the disease only right beside a word of illness ("SARS cases", "an outbreak
of SARS", "infected with Lassa");
with a disease's word of its own ("the SARS virus") it is the disease anywhere."""

from __future__ import annotations

import re
from functools import cache

from core.extract.kb import lexicon_set
from core.model import Kind, LocalEntity

_TAILS = r"(?:[ \t]+(?:virus|disease|fever|outbreak|epidemic|pandemic|variant|crisis|strain))*"
# diseases' names that are also a body's, a band's, a brand's or a place's (folded)
_ALSO_NAMES = frozenset({"sars", "anthrax", "corona", "marburg", "lassa", "zika", "nipah", "plague"})
# words of illness that make such a name the disease's: "SARS cases", "an anthrax vaccine", "infected with Lassa"
# the word stands right next to the mention ("SARS cases", "an outbreak of SARS", "infected with Lassa"): a band's or a
# squad's name is often a sentence away from a word of illness ("the singer fell ill with flu symptoms")
_ILL = (
    r"(?:cases?|outbreaks?|vaccin\w*|virus(?:es)?|infect\w*|patients?|symptoms?|epidemic|pandemic|quarantin\w*"
    r"|diseases?|contagio\w*|spores?|deaths?)"
)
_ILL_AFTER = re.compile(rf"[ \t]+{_ILL}\b", re.IGNORECASE)
_ILL_BEFORE = re.compile(rf"\b{_ILL}(?:[ \t]+(?:of|with|from|against))?[ \t]+(?:the[ \t]+)?$", re.IGNORECASE)
_NEAR = 40  # characters before a mention where a word of illness may stand


@cache
def _disease_form() -> re.Pattern[str]:
    names = sorted(lexicon_set("diseases"), key=len, reverse=True)
    body = "|".join(re.escape(n).replace(r"\ ", r"[ \t]+") for n in names)
    return re.compile(rf"(?:the[ \t]+)?(?:{body}){_TAILS}", re.IGNORECASE)


def _bare_other_name(form: str) -> bool:
    """ "SARS", "the Corona": a name that is also a body's or a place's, without a disease's word."""
    words = form.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    return " ".join(words).casefold() in _ALSO_NAMES


def _disease(text: str, e: LocalEntity) -> bool:
    forms = [" ".join(m.text.split()) for m in e.mentions]
    if not e.mentions or not all(_disease_form().fullmatch(f) for f in forms):
        return False
    if not all(_bare_other_name(f) for f in forms):
        return True
    return any(
        _ILL_AFTER.match(text, m.end) or _ILL_BEFORE.search(text[max(0, m.start - _NEAR) : m.start]) for m in e.mentions
    )


def drop_disease_names(text: str, entities: list[LocalEntity]) -> list[LocalEntity]:
    """Drop each body or person all of whose mentions name a disease (see the module's docstring)."""
    return [e for e in entities if e.kind not in (Kind.PARTY, Kind.OFFICIAL) or not _disease(text, e)]
