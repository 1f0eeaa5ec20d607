"""The learned pair layer's structure features, on invented sentences: lists, reports, appositions, roles."""

from __future__ import annotations

from core.extract.nlp import load_nlp
from core.extract.relations.lexicon import lexicon
from core.extract.relations.pair_model import pair_features
from core.extract.relations.pair_structure import sentence_words, structure_features
from core.extract.relations.reader import Reader
from core.model import Kind
from tests.core.test_relations import entities


def _feats(text: str, names: list[str], first: str, second: str, ties=None) -> list[str]:
    """Structure features of the pair (first, second), each name's last token its head; ``names`` are entities."""
    doc = load_nlp()(text)
    tok_ent = [-1] * len(doc)
    heads = {}
    for ei, name in enumerate(names):
        start = text.index(name)
        span = doc.char_span(start, start + len(name))
        for t in span:
            tok_ent[t.i] = ei
        heads[name] = (ei, span.root)
    (ea, a), (eb, b) = sorted((heads[first], heads[second]), key=lambda h: h[1].i)
    anc = {x.i for x in a.ancestors} | {a.i}
    lca = b
    while lca.i not in anc:
        lca = lca.head
    path = [t for t in (a, b) for t in [t, *t.ancestors] if t.i != lca.i and lca.i in {x.i for x in t.ancestors}]
    return structure_features(a, b, ea, eb, "STATE-STATE", lca, path, tok_ent, ties or {}, lexicon())


def test_two_names_in_one_list():
    feats = _feats(
        "France, Spain and Italy condemned the raid on Tuesday.", ["France", "Spain", "Italy"], "France", "Italy"
    )
    assert "co_list" in feats and "co_list_k=STATE-STATE" in feats
    feats = _feats("Peru and Chile signed a treaty with Bolivia.", ["Peru", "Chile", "Bolivia"], "Peru", "Bolivia")
    assert "co_list" not in feats


def test_a_list_partner_tied_by_the_rules_to_the_other():
    names = ["Peru", "Chile", "Bolivia"]
    text = "Peru and Chile signed a treaty with Bolivia."
    # the rules tied Chile (1) to Bolivia (2); Peru, in Chile's list, is that tie's candidate too
    feats = _feats(text, names, "Peru", "Bolivia", {frozenset((1, 2)): frozenset({"AGREEMENT"})})
    assert "co_partner=AGREEMENT" in feats and "co_partner_k=STATE-STATE|AGREEMENT" in feats
    assert not any(f.startswith("co_partner") for f in _feats(text, names, "Peru", "Bolivia"))


def test_a_speaker_and_a_name_in_what_is_reported():
    feats = _feats("Norway said that Sweden had seized the ship.", ["Norway", "Sweden"], "Norway", "Sweden")
    assert "rp_speaker=a|ccomp" in feats
    feats = _feats("According to Reuters, Chile expelled the envoy.", ["Reuters", "Chile"], "Reuters", "Chile")
    assert "rp_speaker=a|nsubj" in feats
    feats = _feats("France, Spain and Italy condemned the raid on Tuesday.", ["France", "Italy"], "France", "Italy")
    assert not any(f.startswith("rp_") for f in feats)  # condemning is no report


def test_apposition_and_the_roles_under_the_common_head():
    feats = _feats(
        "The talks with Tarek Sayed, an adviser to Egypt, ended.", ["Tarek Sayed", "Egypt"], "Tarek Sayed", "Egypt"
    )
    assert "st_dep=appos" in feats
    feats = _feats("Norway said that Sweden had seized the ship.", ["Norway", "Sweden"], "Norway", "Sweden")
    assert "ar_roles=nsubj-ccomp" in feats and "ar_roles_lemma=nsubj-ccomp|say" in feats
    assert "st_dep=ccomp" in feats
    assert "eb_between=0" in feats


def test_cue_words_are_general_words_never_names():
    doc = load_nlp()("Iran seized the tanker belonging to Greece after a clash with Oman.")
    words = sentence_words(doc[:])
    assert {"fc_word=seize", "fc_word=tanker", "fc_word=clash"} <= set(words)
    assert not any(n in w for w in words for n in ("iran", "greece", "oman"))


def test_the_reader_gives_the_model_the_structure_features():
    text = "France, Spain and Italy were mentioned in the report on Tuesday."
    spec = {n: (Kind.STATE, [n]) for n in ("France", "Spain", "Italy")}
    reader = Reader(load_nlp()(text), entities(text, spec), lexicon())
    reader.collect = True
    reader.relations()
    assert reader.untyped
    for _, _, feats, _ in reader.untyped:
        assert "co_list" in feats and "fc_word=report" in feats
        assert not any(n in f.lower() for f in feats for n in ("france", "spain", "italy"))
    # without what the structure needs, the features are the older ones only
    doc = load_nlp()(text)
    assert not any(f.startswith("co_") for f in pair_features(doc[0], Kind.STATE, doc[4], Kind.STATE, 3, lexicon()))
