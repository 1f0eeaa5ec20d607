"""Names of products, not of bodies: a vaccine or a medicine named by its brand.

"two million doses of Covishield vaccines", "the AstraZeneca COVID-19 vaccine", "Coronavirus vaccines": a capitalised
word right before a vaccine's noun (a disease's name may stand between) names the vaccine. "supplied hydroxychloroquine,
Remdesivir and paracetamol tablets": a capitalised word in a list of lower-case goods is one more of the goods;
"supercars including Varrettis and Castellos": capitalised plurals listed after plural goods are makes."""

from __future__ import annotations

from spacy.tokens import Doc

from core.extract.coref import Mention
from core.extract.kb import lexicon_set
from core.model import Kind

_VACCINE_NOUNS = frozenset({"vaccine", "vaccines", "jab", "jabs", "doses"})
# a disease's name between the brand and the noun: "the AstraZeneca COVID-19 vaccine"
_DISEASES = frozenset({"covid-19", "covid", "coronavirus", "corona", "flu", "influenza"})
_LIST_WORDS = frozenset({",", "and", "or"})
# nouns of medical goods that close a list of drugs: "hydroxychloroquine, Remdesivir and paracetamol tablets"
_MEDICAL_GOODS = frozenset(
    {"tablet", "tablets", "pill", "pills", "capsule", "capsules", "drug", "drugs", "medicine", "medicines", "dose"}
    | {"doses", "vaccine", "vaccines", "vials", "vial", "injections", "antibiotics", "supplies"}
)


def names_a_product(doc: Doc, m: Mention) -> bool:
    """Does this body-or-person mention without a key name a vaccine or a medicine (see the module's docstring)?"""
    if m.key is not None or m.kind not in (Kind.PARTY, Kind.OFFICIAL) or m.end - m.start > 2:
        return False
    if doc[m.end - 1].text in lexicon_set("org_heads") or doc[m.end - 1].text in lexicon_set("company_tails"):
        return False  # "the Serum Institute doses": a maker, named as one
    k = m.end
    while k < len(doc) and doc[k].lower_ in _DISEASES:
        k += 1
    if k < len(doc) and doc[k].lower_ in _VACCINE_NOUNS and _heads_its_phrase(doc, k):
        return True
    return (m.end - m.start == 1 and _among_lower_goods(doc, m.start)) or _plural_makes(doc, m.start, m.end)


# lower-case plural goods whose list names makes in the plural: "supercars including Varrettis and Castellos"
_GOODS_LEADS = frozenset(
    {"cars", "supercars", "vehicles", "limousines", "yachts", "jets", "planes", "aircraft", "helicopters", "trucks"}
    | {"motorcycles", "watches", "brands", "models", "guns", "rifles"}
)
_LIST_LINKS = frozenset({"including", "like", "as"})  # "as" only in "such as" (_plural_makes)


def _plural_makes(doc: Doc, start: int, end: int) -> bool:
    """ "a fleet of supercars including Varrettis, Castellos and Orlan Vanes": capitalised names in the plural, listed
    after a lower-case plural of goods, are makes the buyer owns several of, not people."""
    last = doc[end - 1].text
    if len(last) < 4 or not last.endswith("s") or last[-2] in "su" or not last[-2].islower():
        return False
    k = start - 1
    while k > 0 and start - k < 12 and (doc[k].text in _LIST_WORDS or (doc[k].is_title and doc[k].is_alpha)):
        if doc[k].is_title and not doc[k].text.endswith("s"):
            return False  # "cars including Jane Roe and ...": a member in the singular is a name
        k -= 1
    if k < 1 or doc[k].lower_ not in _LIST_LINKS or (doc[k].lower_ == "as" and doc[k - 1].lower_ != "such"):
        return False  # "the crowd watches as Jane Roe speaks": a bare "as" lists nothing
    k -= 1 + (doc[k].lower_ == "as" and doc[k - 1].lower_ == "such")
    # the goods themselves lead the list, not the people they belong to: "the owners of the cars, including Tom
    # Adams and Jane Williams" (a comma, or "the cars": the list may hang on "owners")
    return (
        k >= 1 and doc[k].lower_ in _GOODS_LEADS and doc[k].pos_ == "NOUN"
        and doc[k - 1].lower_ not in {"the", "these", "those"}
    )


def _heads_its_phrase(doc: Doc, k: int) -> bool:
    """The vaccine's noun ends its phrase: "Covishield vaccines", not "the Gavi vaccine alliance" or "the Pfizer
    vaccine unit" (a body whose field the noun names)."""
    nxt = doc[k + 1] if k + 1 < len(doc) else None
    return doc[k].dep_ != "compound" and (nxt is None or nxt.pos_ not in ("NOUN", "PROPN"))


def _among_lower_goods(doc: Doc, i: int) -> bool:
    """ "hydroxychloroquine, Remdesivir and paracetamol tablets": the list's other members are lower-case nouns and
    a medical good's noun ends it ("the sanctions hit shipping, Rosvexa and refineries" lists a firm among sectors)."""
    before = i >= 2 and doc[i - 1].text == "," and _lower_noun(doc[i - 2])
    after = i + 2 < len(doc) and doc[i + 1].text in _LIST_WORDS and _lower_noun(doc[i + 2])
    if not (before and after):
        return False
    j = i + 2
    while j < len(doc) and (_lower_noun(doc[j]) or doc[j].text in _LIST_WORDS):
        if doc[j].lower_ in _MEDICAL_GOODS:
            return True
        j += 1
    return False


def _lower_noun(tok) -> bool:
    return tok.is_lower and tok.is_alpha and not tok.is_stop and tok.pos_ in ("NOUN", "PROPN")
