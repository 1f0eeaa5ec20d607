"""A site named by its web address is one name, not two sentences: 'News.Az reports', 'Censor.NET said'.

spaCy splits 'News.Az' at the dot (a lower-case letter, a dot, a capital: read as a missing space after a full stop)
and the parser then opens a sentence at 'Az', cutting the outlet from the report it makes. A dot glued on both sides
to a word and followed by a top-level domain ('.az', '.net', '.ru', ...) ends no sentence: the
three tokens are merged into one proper noun before the parser runs, and the name opens a sentence only after a full
stop ('... two. Trend.Az said ...'): the merged token's context reads as after a full stop. A domain written in
capitals that the knowledge base knows as a state or body ('UK', 'AU') is a missing space before that name
('on Friday.UK officials said'), never a site's address.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from core.extract.kb import lookup

# Top-level domains that name news sites (generic and country codes), without those that are English words or
# common words at a sentence's start ('in', 'it', 'no', 'us', 'my', 'by', 'am', 'is', ...): 'said.In the end' is a
# missing space after a full stop.
TOP_LEVEL_DOMAINS = frozenset(
    {
        "com", "net", "org", "az", "ge", "ru", "ua", "kz", "kg", "uz", "tj", "tm", "md", "ir", "tr", "pk", "af",
        "cn", "hk", "tw", "jp", "kr", "vn", "ph", "sg", "th", "bd", "lk", "np", "ng", "ke", "za", "eg", "uk", "fr",
        "pl", "cz", "sk", "hu", "ro", "bg", "rs", "hr", "ba", "mk", "gr", "cy", "lb", "sy", "iq", "ae", "qa", "kw",
        "jo", "mx", "br", "cl", "ve", "au", "nz", "lt", "lv", "ee", "fi", "dk",
    }
)  # fmt: skip


_ENDS = frozenset({".", "!", "?", "…"})


def glued_domain(before: Token, token: Token) -> bool:
    """``token`` is a top-level domain after a dot (``before``) glued to the word before it: 'News.Az'."""
    if before.text != "." or before.whitespace_ or before.i == 0:
        return False
    word = before.doc[before.i - 1]
    if word.whitespace_ or not word.is_alpha or token.lower_ not in TOP_LEVEL_DOMAINS:
        return False
    return not (token.is_upper and lookup(token.text) is not None)  # 'Friday.UK officials': a state's name


def merge_glued_domains(doc: Doc, words: list[str] | None = None) -> Doc:
    """Merge 'News', '.', 'Az' into one proper-noun token 'News.Az' (run before the parser). ``words``: each token's
    text, when the caller has them (only the tokens after a dot are then looked at)."""
    if words is None:
        words = [t.text for t in doc]
    spans: list[tuple[int, int]] = []
    for i in range(2, len(words)):
        if words[i - 1] != ".":
            continue
        t = doc[i]
        if glued_domain(doc[t.i - 1], t):
            if spans and spans[-1][1] > t.i - 2:  # 'bbc.co.uk': the name goes on
                spans[-1] = (spans[-1][0], t.i + 1)
            else:
                spans.append((t.i - 2, t.i + 1))
    if not spans:
        return doc
    with doc.retokenize() as retok:
        for start, end in spans:
            retok.merge(doc[start:end], attrs={"POS": "PROPN", "TAG": "NNP"})
    gone = 0  # tokens merged away before the name
    for start, end in spans:
        at = start - gone
        # the name opens a sentence only after a full stop: '... two. Trend.Az said'
        doc[at].is_sent_start = at == 0 or doc[at - 1].text in _ENDS
        gone += end - start - 1
    return doc
