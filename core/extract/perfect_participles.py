"""A participle the tagger reads as an adjective while the parser gives it the auxiliary 'have' is a verb:
'Moscow and Beijing have in recent years boasted of ...' (tagged JJ, so the reported clause looked verbless and an
outlet's report on it was lost). Run after the parser, before the attribute ruler and the lemmatizer (which then
give the verb its POS and lemma)."""

from __future__ import annotations

import numpy
from spacy.attrs import TAG
from spacy.tokens import Doc

_HAVE = frozenset({"have", "has", "had", "having", "'ve", "'d"})


def perfect_participles(doc: Doc) -> Doc:
    """Retag as VBN an '-ed' word tagged JJ that heads an auxiliary 'have': 'has quietly boasted'."""
    jj = numpy.uint64(doc.vocab.strings.add("JJ"))
    for i in numpy.flatnonzero(doc.to_array(TAG) == jj).tolist():  # (the tags read at once: no Token for the rest)
        t = doc[i]
        if (
            t.tag_ == "JJ"
            and t.lower_.endswith("ed")
            and any(c.dep_ == "aux" and c.lower_ in _HAVE for c in t.children)
        ):
            t.tag_ = "VBN"
    return doc
