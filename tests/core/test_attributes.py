"""The compiled attribute ruler and column lemmatizer (core/extract/attributes.py) give the model's own annotation."""

import numpy
import spacy
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG

from core.extract.nlp import MODEL, load_nlp

TEXT = (
    "There is a ministry in the capital.  It said it wasn't gonna sign, and let's see: y'all ain't done nothin'.\n\n"
    "The ministers   were meeting on Tuesday; they have had talks.\nThe envoy, who did not comment, got the letter "
    "and gets a reply. Does it matter? It does.\n \n"
)


def test_same_annotation_as_the_model_components():
    fast = load_nlp()
    assert "entente_attributes" in fast.pipe_names and "entente_lemmas" in fast.pipe_names
    plain = spacy.load(MODEL)
    plain.add_pipe("entente_line_breaks", before="parser")
    attrs = [POS, TAG, MORPH, LEMMA, DEP, HEAD]
    for a, b in zip(fast.pipe([TEXT, TEXT.upper()]), plain.pipe([TEXT, TEXT.upper()]), strict=True):
        assert numpy.array_equal(a.to_array(attrs), b.to_array(attrs))
        assert [(t.lemma_, str(t.morph), t.pos_) for t in a] == [(t.lemma_, str(t.morph), t.pos_) for t in b]
