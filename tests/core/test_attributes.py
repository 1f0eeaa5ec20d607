"""The compiled attribute ruler and column lemmatizer (core/extract/attributes.py) give the model's own annotation."""

import numpy
import spacy
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG

from core.extract.nlp import MODEL, load_nlp

TEXT = (
    "There is a ministry in the capital.  It said it wasn't gonna sign, and let's see: y'all ain't done nothin'.\n\n"
    "The ministers   were meeting on Tuesday; they have had talks.\nThe envoy, who did not comment, got the letter "
    "and gets a reply. Does it matter? It does.\n \n"
    "You gotta see it, c'mon. Gonna be late. THERE'RE two ships.\r\nThe NAVY said it's done.\r\n\r\n"
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


def test_empty_and_blank_texts_keep_the_model_annotation():
    fast = load_nlp()
    plain = spacy.load(MODEL)
    plain.add_pipe("entente_line_breaks", before="parser")
    texts = ["", " ", "\n\n", "   \t "]
    attrs = [POS, TAG, MORPH, LEMMA, DEP, HEAD]
    for a, b in zip(fast.pipe(texts), plain.pipe(texts), strict=True):
        assert numpy.array_equal(a.to_array(attrs), b.to_array(attrs))


def test_a_ruler_with_a_pattern_it_cannot_read_keeps_the_model_ruler(caplog):
    from core.extract.attributes import compile_ruler
    from core.extract.nlp import _replace

    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "a"}, {"LOWER": "b"}, {"LOWER": "c"}]], {"TAG": "NN"})  # three tokens: not compiled
    assert compile_ruler(ruler) is None
    _replace(nlp, "attribute_ruler", "entente_attributes")
    assert nlp.pipe_names == ["attribute_ruler"] and "kept" in caplog.text
    readable = spacy.blank("en")
    readable.add_pipe("attribute_ruler").add([[{"LOWER": "a"}]], {"TAG": "NN"})
    assert compile_ruler(readable.get_pipe("attribute_ruler")) is not None
    _replace(readable, "attribute_ruler", "entente_attributes")
    assert readable.pipe_names == ["entente_attributes"]
    assert [t.tag_ for t in readable("a b")] == ["NN", ""]


def test_the_column_lemmatizer_asks_a_set_index_and_leaves_the_model_lemmatizer_as_it_is():
    fast = load_nlp()
    lemmas = fast.get_pipe("entente_lemmas").lemmatizer
    original = fast.get_pipe("lemmatizer")
    index, own = lemmas.lookups.get_table("lemma_index"), original.lookups.get_table("lemma_index")
    assert all(isinstance(forms, frozenset) for forms in index.values())  # a set per part of speech, not a list
    assert all(isinstance(forms, list) for forms in own.values())  # the model's own tables untouched
    assert {k: set(v) for k, v in index.items()} == {k: set(v) for k, v in own.items()}
    assert lemmas.lemmatize.__self__ is lemmas  # asks the copy's tables, not the original's
    with fast.select_pipes(disable=["entente_lemmas", "ner"]):
        doc = fast("The ministers were negotiating sanctions against governments; Zorbians flew drones over Quarnia.")
    words = {(t.orth, t.pos, t.morph.key): t for t in doc}.values()
    original.cache.clear()
    assert [lemmas.rule_lemmatize(t) for t in words] == [original.rule_lemmatize(t) for t in words]
