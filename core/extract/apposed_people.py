"""People the model read as bodies, set right by the apposition that names their post.

"Jon Vexler, the group's campaign director, said": a name of two or three capitalised words (no body's head or firm
word in it) followed by a comma and a noun phrase that closes on a person's post ("director", "spokeswoman") before
another comma is a person. A ship's or firm's owner, operator or manager is no such post: a firm holds it too.
"""

from __future__ import annotations

from spacy.tokens import Doc

from core.extract.coref import Mention
from core.extract.kb import lexicon_set
from core.model import Kind

_NOT_POSTS = frozenset({"owner", "operator", "manager", "member", "head", "chief"})
_STOPS = frozenset({"which", "who", "that", "said", "says", "of", "for", "at", "in"})


def _post_follows(doc: Doc, end: int) -> bool:
    if end + 2 >= len(doc) or doc[end].text != ",":
        return False
    posts = lexicon_set("role_nouns") - _NOT_POSTS
    k = end + 1
    while k < len(doc) and k - end <= 9:
        tok = doc[k]
        if tok.text == ",":
            return k > end + 1 and doc[k - 1].lower_ in posts and doc[k - 1].tag_ == "NN"
        if tok.lower_ in _STOPS or tok.pos_ in {"VERB", "AUX"} or tok.is_sent_end:
            return False
        k += 1
    return False


def _name_word(tok, heads: frozenset[str]) -> bool:
    return tok.is_alpha and tok.text[0].isupper() and not tok.is_upper and tok.text not in heads


def people_in_apposition(doc: Doc, chosen: list[Mention]) -> list[Mention]:
    """The chosen mentions with unkeyed two- or three-word bodies whose apposition names a person's post retyped as
    people."""
    heads = lexicon_set("org_heads") | lexicon_set("company_tails") | lexicon_set("legal_forms")
    out = []
    for m in chosen:
        if (
            m.kind is Kind.PARTY
            and m.key is None
            and m.chars is None
            and 2 <= m.end - m.start <= 3
            and all(_name_word(t, heads) for t in doc[m.start : m.end])
            and _post_follows(doc, m.end)
        ):
            m = Mention(m.start, m.end, Kind.OFFICIAL, None, 2, "person")
        out.append(m)
    return out
