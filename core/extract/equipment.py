"""Names of equipment and of documents that the article itself marks as such, read once per document.

Equipment: "the IRIS-T air defence system", "the recently delivered Patriot system": a capitalised name right before
"system(s)"/"launcher(s)" (air/defence/missile/fire words between) names a model, as do its other mentions in the
article ("another Patriot") and a short capitals suffix after it ("IRIS-T SLM"), as are a name with a mark and a
suffix before a weapon's noun ("Leopard 1 AP tanks"), as is a warship's class ("two Gowind corvettes", "a Meko
frigate", "Multi-Purpose Frigate (FREMM)"). Documents: "the Reciprocal Access
Agreement (RAA)": the acronym set in brackets after a treaty's head is the treaty's, wherever it stands alone.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from core.extract.kb import lexicon_set, lookup
from core.model import Kind

_NAME = r"[A-Z][\w\u2010-]*"
# the nouns each pattern below ends in: a text holding none of them is not scanned for that pattern (one list serves
# the pattern and its test, so a noun added to a pattern is never skipped)
_SYSTEM_WORDS = ("system", "launcher")
_MARKED_WORDS = ("tank", "howitzer", "jet", "fighter", "helicopter", "drone", "missile", "vehicle", "launcher", "rifle")
_CRAFT_WORDS = ("jet", "aircraft", "warplane", "bomber", "missile", "helicopter", "interceptor", "tank")
_SYSTEM = re.compile(
    rf"({_NAME}(?:[ \u00a0]{_NAME}){{0,2}})[ \u00a0]+(?:(?:air|defen[cs]e|missile|fire|combined)[ \u00a0]+)*"
    rf"(?:{'|'.join(_SYSTEM_WORDS)})s?\b"
)
# "Leopard 1 AP tanks", "Leopard 2 A6 tanks": a model's name, its mark and a short capitals suffix before its noun
_MARKED = re.compile(
    rf"(?<![\w-])({_NAME})[ \u00a0]+\d{{1,2}}[ \u00a0]+([A-Z][A-Z\d]{{0,3}})[ \u00a0]+"
    rf"(?:{'|'.join(_MARKED_WORDS)})s?\b"
)
# "the Kinzhal hypersonic missile", "20 new Typhoon aircraft", "the Lynx antiaircraft tank": a model's name right before
# an aircraft's or a missile's noun (perhaps after a class word); its plural ("40 Typhoons") names the same model; not
# a name that speaks or owns elsewhere ("Vexo said", "Vexo's"): a maker or a service ("a Vexo patrol aircraft")
_CRAFT = re.compile(
    rf"(?<![\w-])({_NAME}(?:[ \u00a0]{_NAME})?)[ \u00a0]+"
    r"(?:(?:hypersonic|supersonic|cruise|ballistic|fighter|combat|stealth|multi-?role|anti-ship|strike"
    r"|anti-?aircraft|battle)[ \u00a0]+){0,2}"
    rf"(?:{'|'.join(_CRAFT_WORDS)})s?\b"
)
# "three Belharra frigates", "the two FREMM frigates", "a Meko frigate": a name (or an acronym) between a lower-case
# word and a warship's class noun in the plural, or after "a"/"an"/"one" in the singular, names the class; a single
# ship is "the X frigate", and ship names joined before one noun ("the X and Y corvettes") follow "and", not this word
_SHIP_WORDS = ("frigate", "corvette", "submarine", "destroyer", "warship")
_SHIP_CLASS = re.compile(
    rf"(?:\b(?!and\b|or\b|nor\b)[a-z]+[ \u00a0]+({_NAME})[ \u00a0]+(?:{'|'.join(_SHIP_WORDS)})s\b"
    rf"|\b(?:a|an|one)[ \u00a0]+({_NAME})[ \u00a0]+(?:{'|'.join(_SHIP_WORDS)})\b)"
)
# "European Multi-Purpose Frigate (FREMM)", "intervention and defense frigates (FDI)": an acronym in brackets right
# after a warship's class noun spells the class
_SHIP_ACRONYM = re.compile(rf"(?i:{'|'.join(_SHIP_WORDS)})s?[ \u00a0]+\(([A-Z]{{2,6}})\)")
# what follows a firm's name where it acts ("Vexo said", "Vexo's", "Vexo chief executive", "Vexo is bidding"): a name
# of a warship's class is not read so; the one word after a verb's aid is enough ("Vexo will build")
_ACTS = (
    r"(?:['\u2019]s\b|[ \u00a0]+(?:said|says|is|was|has|had|will|would|can|could|hopes|plans|announced|signed|won"
    r"|chief|spokes(?:man|woman|person)|executive|officials?)\b)"
)
_BRACKETED = re.compile(r"\([A-Z]{2,6}\)")  # what a treaty's acronym is set in
_KEY = "equipment_names"
_SPANS_KEY = "equipment_model_spans"
_CLASSES_KEY = "equipment_ship_classes"


def _ship_classes(text: str) -> frozenset[str]:
    """Names of warships' classes this text marks ("three Belharra frigates", "Frigate (FREMM)")."""
    if not any(w in text.lower() for w in _SHIP_WORDS):
        return frozenset()
    names = {m.group(1) for m in _SHIP_ACRONYM.finditer(text)}
    for m in _SHIP_CLASS.finditer(text):
        name = m.group(1) or m.group(2)
        if re.search(rf"(?<![\w-]){re.escape(name)}{_ACTS}", text):
            continue  # "four Vexo frigates ... Vexo said": a yard that speaks or owns elsewhere builds them
        if lookup(name) is None and name not in lexicon_set("org_heads") and (name.isupper() or name[1:].islower()):
            names.add(name)  # not "Iranian warships", "NATO warships", "Navy frigates": a state or a service sails them
    return frozenset(names)


def _scan(text: str) -> tuple[frozenset[str], frozenset[str]]:
    names: set[str] = set()
    for m in _SYSTEM.finditer(text) if any(w in text for w in _SYSTEM_WORDS) else ():
        names.update(m.group(1).split())
    for m in _MARKED.finditer(text) if any(w in text for w in _MARKED_WORDS) else ():
        term = lookup(m.group(1))
        if term is None or term.kind is not Kind.STATE:
            names.update(m.groups())
    for m in _CRAFT.finditer(text) if any(w in text for w in _CRAFT_WORDS) else ():
        if m.start() == 0 or text[m.start() - 1] in "\n" or lookup(m.group(1)) is not None:
            continue  # a state, a demonym or a known body ("Iranian drones", "Hamas rockets") is no model
        words = m.group(1).split()
        acts = re.search(rf"\b{re.escape(m.group(1))}(?:[ \u00a0]+(?:said|says)\b|['\u2019]s\b)", text)
        if acts is None and all(w.isalpha() and w[1:].islower() and w not in lexicon_set("org_heads") for w in words):
            names.update(words)  # not "Air Force jets", "Coast Guard aircraft": a service flies them
            names.update(w + "s" for w in words)
    names |= _ship_classes(text)
    for name in list(names):
        if any(c.islower() for c in name):
            continue  # a model's suffix follows a name in capitals ("IRIS-T SLM"), not a word like "Patriot"
        for s in re.finditer(rf"(?<![\w-]){re.escape(name)}[ \u00a0]+([A-Z]{{2,4}})\b", text):
            names.add(s.group(1))
    if _BRACKETED.search(text) is None:
        return frozenset(names), frozenset()
    heads = "|".join(sorted(lexicon_set("document_heads"), key=len, reverse=True))
    year = r"(?:,?[ \u00a0]+(?:1[89]|20)\d\d)?"  # "the X Act, 1967 (XA)": the law's year before its acronym
    acronyms = {m.group(1) for m in re.finditer(rf"\b(?:{heads}){year}[ \u00a0]*\(([A-Z]{{2,6}})\)", text)}
    return frozenset(names), frozenset(acronyms)


def _adjective_acronyms(doc: Doc, text: str) -> frozenset[str]:
    """ "illegal, unreported and unregulated (IUU) fishing": an acronym in brackets spelled by the lower-case
    adjectives before it names a kind of thing, wherever it stands (a body's is spelled by nouns: "its forces")."""
    out = set()
    for m in re.finditer(r"\(([A-Z]{2,5})\)", text):
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None:
            continue
        letters, k, words = m.group(1), span.start - 1, []
        while k >= 0 and len(words) < len(letters):
            tok = doc[k]
            if tok.lower_ not in {",", "and", "or"}:
                if not (tok.is_lower and tok.is_alpha):
                    break
                words.append(tok)
            k -= 1
        words.reverse()
        if (
            len(words) == len(letters)
            and "".join(t.text[0] for t in words).upper() == letters
            and all(t.pos_ in {"ADJ", "VERB"} for t in words)
        ):
            out.add(letters)
    return frozenset(out)


def marked_things(doc: Doc, text: str) -> tuple[frozenset[str], frozenset[str]]:
    """(equipment words, document acronyms) of this document's text (see the module's docstring)."""
    found = doc.user_data.get(_KEY)
    if found is None:
        names, acronyms = _scan(text)
        if "(" in text:
            acronyms |= _adjective_acronyms(doc, text)
        found = doc.user_data[_KEY] = (names, acronyms)
    return found


def model_spans(doc: Doc, text: str) -> frozenset[tuple[int, int]]:
    """Character spans of the names and suffixes of marked models ("Leopard", "AP" in "Leopard 1 AP tanks")."""
    found = doc.user_data.get(_SPANS_KEY)
    if found is None:
        spans = set()
        for m in _MARKED.finditer(text) if any(w in text for w in _MARKED_WORDS) else ():
            term = lookup(m.group(1))
            if term is None or term.kind is not Kind.STATE:
                spans.update({m.span(1), m.span(2)})
        found = doc.user_data[_SPANS_KEY] = frozenset(spans)
    return found


def names_ship_class(doc: Doc, text: str, doc_text: str) -> bool:
    """Is this mention's ``text`` a class of warships the article marks ("two Gowind corvettes"), whatever kind the
    mention was given (a class is no ship, though it sails in a text of ships)?"""
    found = doc.user_data.get(_CLASSES_KEY)
    if found is None:
        found = doc.user_data[_CLASSES_KEY] = _ship_classes(doc_text)
    return text in found


def names_equipment_or_document(doc: Doc, text: str, doc_text: str) -> bool:
    """Is this mention's ``text`` a model of equipment (marked in the article or known to the KB), a treaty's acronym,
    or a treaty's name cut inside its bracket ("Reciprocal Access Agreement (RAA")?"""
    equipment, acronyms = marked_things(doc, doc_text)
    words = text.split()
    if words and all(w in equipment for w in words):
        return True
    if text in acronyms or text in lexicon_set("equipment_models"):
        return True  # a treaty's acronym; a model of aircraft or weapon the KB knows ("the Ospreys", "a MiG-21 Bison")
    if "(" in text and ")" not in text:
        head = text.split("(")[0].split()
        return bool(head) and head[-1].rstrip("s") in lexicon_set("document_heads")
    return False
