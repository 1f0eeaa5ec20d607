"""Known countries, demonyms, capitals, bodies and outlets found in a document as exact token runs.

The knowledge base (``kb``) says what a surface form stands for; here each run of tokens that spells one becomes a
candidate mention, with the state that opens a body's name ("UK Maritime Trade Operations") kept beside it.
"""

from __future__ import annotations

from spacy.tokens import Doc

from core.extract.caps_states import states_in_capitals
from core.extract.coref import Mention
from core.extract.kb import Term, first_words, lexicon_set, lookup, outlet_names, title_words
from core.extract.nlp import doc_column, doc_text, doc_tokens
from core.model import Kind

_POSSESSIVE = {"'s", "\u2019s", "'", "\u2019", "s'"}
_US_BODY = ("U.S. ", "US ", "United States ")  # a known body of the United States, named by a plain word


def known_terms(doc: Doc) -> list[Mention]:
    """Known countries, demonyms, capitals, bodies and outlets, as exact token runs (longest first)."""
    firsts = first_words()
    words = doc_column(doc, "text")
    whole, at = doc_text(doc), doc_column(doc, "idx")  # the words and spaces joined; where each word starts

    def text(start: int, end: int) -> str:  # doc[start:end].text without making the span (or joining its words)
        return whole[at[start] : at[end - 1] + len(words[end - 1])]

    out: list[Mention] = []
    toks = doc_tokens(doc)
    # (only a known term's first word or a hyphenated word is asked more: the others are passed over unread)
    for i in [i for i, w in enumerate(words) if w in firsts or "-" in w]:
        tok = toks[i]
        if words[i] in firsts:
            for n in range(min(9, len(doc) - i), 0, -1):  # "Organization for … Co-operation in Europe"
                term = lookup(text(i, i + n))
                if term is not None:
                    rest = lookup(text(i + 1, i + n)) if n > 1 and term.kind is Kind.PARTY else None
                    owner = lookup(tok.text) if rest is not None and rest.name == term.name else None
                    national = _national_body(doc, i, n, term)
                    if national is not None:
                        out.append(Mention(i, i + n, Kind.PARTY, national, 4, "name"))
                    elif owner is not None and owner.kind is Kind.STATE:
                        # "U.S. Treasury Department": the body as written, with the state a mention inside it
                        # (the name without the state is added as a short form of the body)
                        known = _from_term(i, i + n, term)
                        known.owner = _from_term(i, i + 1, owner)
                        out.append(known)
                    elif (longer := _name_goes_on(doc, i + n, term)) > i + n:
                        out.append(Mention(i, longer, Kind.PARTY, None, 4, "org"))  # "Gazprom Neft" is not Gazprom
                    else:
                        known = _from_term(i, i + n, term)
                        if term.kind is Kind.PARTY and n > 1 and term.name not in outlet_names():
                            known.owner = _state_opening(doc, i, i + n)  # "UK Maritime Trade Operations"
                        out.append(known)
                    break
        if "-" in words[i] and not tok.text.startswith("-"):
            # "U.S.-sanctioned", "Cuba-based": the country part of a hyphenated word
            head = tok.text.split("-", 1)[0]
            term = lookup(head)
            if term is not None and term.kind is Kind.STATE and term.role != "block":
                out.append(_from_term(i, i + 1, term, chars=(tok.idx, tok.idx + len(head))))
    return out + states_in_capitals(doc)


def _name_goes_on(doc: Doc, end: int, term: Term) -> int:
    """Where the model's name of a body goes on past a known firm's name with capitalised words of its own ("Gazprom
    Neft"): no body's head, title, place or known word among them."""
    if term.kind is not Kind.PARTY or term.role != "name" or end >= len(doc) or doc[end].ent_iob_ != "I":
        return end
    if term.name in outlet_names():
        return end  # "the Al Jazeera Gold Mafia documentary": an outlet's name before a work's
    heads = lexicon_set("org_heads") | lexicon_set("company_tails") | lexicon_set("document_heads")
    titles, k = title_words()[0], end
    while k < len(doc) and doc[k].ent_iob_ == "I" and doc[k].ent_type_ == "ORG" and doc[k].is_title:
        if not doc[k].is_alpha or doc[k].text in heads or doc[k].lower_ in titles or lookup(doc[k].text) is not None:
            return end
        k += 1
    return end if doc[end - 1].ent_type_ != "ORG" else k


def _state_opening(doc: Doc, start: int, end: int) -> Mention | None:
    """The state whose name or adjective opens a known body's name, as a mention of its own inside it."""
    for n in (2, 1):
        if start + n < end:
            term = lookup(doc[start : start + n].text)
            if term is not None and term.kind is Kind.STATE and term.role in {"name", "acronym", "demonym"}:
                return Mention(start, start + n, Kind.STATE, term.name, 3, term.role)
    return None


def _national_body(doc: Doc, i: int, n: int, term: Term) -> str | None:
    """ "Russia's Security Council" is Russia's own council, not the UN body the bare words usually name; "the
    Danish Treasury" is Denmark's own, not the U.S. body that a bare "Treasury" names."""
    if term.kind is Kind.PARTY and n == 1 and i >= 1 and term.name.startswith(_US_BODY):
        state = lookup(doc[i - 1].text)
        if state is not None and state.kind is Kind.STATE and state.role != "block" and state.name != "United States":
            return f"{doc[i - 1].text} {doc[i].text}"
        return None
    if term.kind is not Kind.PARTY or not term.name.startswith(("UN ", "United Nations")) or i < 2:
        return None
    if doc[i - 1].text not in _POSSESSIVE or doc[i].text in {"UN", "U.N."} or doc[i].text.startswith("United"):
        return None
    for width in (1, 2):
        state = lookup(doc[i - 1 - width : i - 1].text) if i - 1 - width >= 0 else None
        if state is not None and state.kind is Kind.STATE and state.role != "block":
            return f"{doc[i : i + n].text} of {state.name}"
    return None


def _from_term(start: int, end: int, term: Term, chars: tuple[int, int] | None = None) -> Mention:
    tier = 4 if term.kind is Kind.PARTY else 3
    return Mention(start, end, term.kind, term.name, tier, term.role, chars=chars)


_LANGUAGES = frozenset({"English", "Arabic", "Hindi", "Urdu", "Swahili", "Mandarin", "Cantonese", "Farsi", "Hebrew"})


def _language_word(word: str) -> bool:
    """A language's name: a demonym ("Spanish") or one of a few languages named after no state."""
    term = lookup(word)
    return word in _LANGUAGES or (term is not None and term.kind is Kind.STATE and term.role == "demonym")


def names_a_language(doc: Doc, m: Mention) -> bool:
    """ "“true love” in Italian.", "writing in Spanish that ...": a demonym after "in" with nothing after it (or
    the "that" of what was written) names a language, not a state."""
    if m.kind is not Kind.STATE or m.role != "demonym" or m.start == 0 or m.chars is not None:
        return False
    after = doc[m.end] if m.end < len(doc) else None
    closed = after is None or after.is_punct or after.lower_ == "that"
    if doc[m.start - 1].lower_ in {"in", "speaking", "speaks", "spoke"} and closed:
        return True
    # "airs programmes in German, English, Spanish and Arabic": a demonym in a list of them after "in"
    k, words = m.start - 1, 0
    while k >= 2 and doc[k].text in {",", "and", "or"} and _language_word(doc[k - 1].text) and words < 6:
        k, words = k - 2, words + 1
    if words == 0 or doc[k].lower_ not in {"in", "speaking", "speaks", "spoke"}:
        return False
    # the list must close after its last item, not go on into a noun ("stakes in Chinese, Japanese and Korean firms")
    j = m.end
    while j + 1 < len(doc) and doc[j].text in {",", "and", "or"} and _language_word(doc[j + 1].text):
        j += 2
    return j >= len(doc) or doc[j].is_punct or doc[j].lower_ == "that"
