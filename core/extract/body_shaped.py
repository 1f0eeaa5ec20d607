"""Names the model tagged as a person whose last word heads a body or a firm: "the Ahmed bin Salem Space Centre",
"X Pictures", "X Space", "the Naval Staff", "the Federal Reserve", "the Peace Facility", "the X Museum",
"the X Gallery";
an institution whose name opens with its kind ("Museum X") and a museum written as one word ("Rijksmuseum") too. A
person's name seldom ends in such a word (no gold person's name across the development sets does), so the name is
taken for a body's; "Staff" and "Platform", which are also surnames, only after a word that qualifies a body ("Naval
Staff", "Unitary Platform") and never after a title ("Adm. Peter Staff")."""

from __future__ import annotations

from core.extract.kb import lexicon_set
from core.extract.things import company_shaped

# heads of a body's name the shared lists leave out, as they are too common alone to open a pattern of their own
_MORE_HEADS = frozenset({"Staff", "Platform", "Laboratory", "Reserve", "Facility", "Museum", "Gallery", "Library"}) | {
    # a firm's trade ("X Alenia Space", "X Pharma", "Oxford Economics"): too loose for company_tails, which also
    # makes bodies of the model's places ("outer Space"), but a name the model took for a person's ends in no such word
    *("Space", "Aerospace", "Pharma", "Pharmaceuticals", "Biotech", "Economics", "Semiconductor", "Systems", "Motors"),
    # a firm named by its plural goods ("X Sugars", "X Textiles"): no person's name ends in such a plural
    *("Sugars", "Textiles", "Cements", "Fertilisers", "Fertilizers", "Plastics"),
}
# an institution whose name opens with its kind: "Museum Brantelhof", "University X"
_OPENING_HEADS = frozenset({"Museum", "University", "Gallery", "Library"})
_SURNAMES_TOO = frozenset({"Staff", "Platform"})


def body_shaped(span) -> bool:
    """ "Ahmed bin Salem Space Centre", "X Shellfish": two words or more, the last heading a body or firm."""
    words = [t for t in span if not t.is_punct]
    if len(words) == 1:  # "Rijksmuseum", "Kunstmuseum": a museum written as one word
        return words[0].is_title and len(words[0]) > 6 and words[0].lower_.endswith("museum")
    if len(words) < 2:
        return False
    if words[0].text in _OPENING_HEADS:
        return True
    last = words[-1].text
    before = span.doc[span.start - 1] if span.start > 0 else None
    if last in _SURNAMES_TOO and before is not None and before.lower_ in lexicon_set("titles"):
        return False  # "Adm. Peter Staff": a title before it names a person
    return company_shaped(span) or last in _MORE_HEADS or last in lexicon_set("org_heads")

