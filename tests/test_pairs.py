"""The learned reader (extractors/pairs.py): what it reads, when it may add a fact, what it adds."""
import json
import re

import pytest
from conftest import load_tool

from extractors import pairs
from extractors.model import Article


@pytest.fixture(scope="module")
def extractor():
    from extractors.pipeline import Extractor

    return Extractor()


def _candidates(extractor, text):
    pairs.RECORD = []
    try:
        extractor.extract(Article(text=text, source="test"))
        return pairs.RECORD[-1]["candidates"]
    finally:
        pairs.RECORD = None


def test_features_never_hold_a_name(extractor):
    # what the model learns must carry over to names it has not seen: names are read as their class
    cands = _candidates(extractor, "Composer Ola Munk has boarded Tarn Road, which Ivo Lenz directs for Harnley "
                                   "Pictures in Lisbon.")
    assert cands, "no pair of names in one sentence was read"
    words = {"ola", "munk", "tarn", "road", "ivo", "lenz", "harnley", "pictures", "lisbon"}
    for c in cands:
        for f in c.features:
            assert not words & set(f.lower().replace("=", " ").replace("|", " ").replace(":", " ").split()), f


def test_pairs_are_ordered_by_the_relation_slots(extractor):
    cands = _candidates(extractor, "Ivo Lenz directed Tarn Road for Harnley Pictures.")
    kinds = {(c.subject.type, c.object.type) for c in cands}
    assert ("Film", "Person") in kinds and ("Film", "Organization") in kinds
    assert ("Person", "Film") not in kinds  # no relation runs from a person to a film


@pytest.fixture
def toy_model(monkeypatch):
    m = {"bias": {"P57": -2.0}, "weights": {"P57": {"lca=direct": 4.0}}, "threshold": {"P57": 0.8}}
    monkeypatch.setattr(pairs, "model", lambda: m)
    return m


def _cand(subject="Film:tarn road", obj="Person:ivo lenz", features=("lca=direct",)):
    return pairs.Candidate(pairs.Placed(subject, "Film", 0, 2), pairs.Placed(obj, "Person", 3, 5), 0, features)


def test_predict_keeps_what_passes_the_threshold(toy_model):
    assert [(rel, round(p, 2)) for _, rel, p in pairs.predict([_cand()], set())] == [("P57", 0.88)]
    assert pairs.predict([_cand(features=("lca=play",))], set()) == []  # p = 0.12


def test_predict_leaves_pairs_the_rules_read_alone(toy_model):
    # "written by A" read by a rule: the model adds no "directed by A" to the same pair
    assert pairs.predict([_cand()], {("Film:tarn road", "P58", "Person:ivo lenz")}) == []
    assert pairs.predict([_cand()], {("Film:tarn road", "P57", "Person:ivo lenz")}) == []


# what a capitalised word in a feature may be: a part of speech, or the parse's root label
CLASSES = {"ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN", "PUNCT",
           "SCONJ", "SYM", "VERB", "X", "SPACE", "ROOT"}


def test_shipped_weights_hold_no_capitalised_word():
    m = json.loads(pairs.WEIGHTS.read_text(encoding="utf-8"))
    assert m["weights"], "the learned reader ships without weights"
    for rel, w in m["weights"].items():
        assert rel in pairs.PAIR_RELATIONS and 0.0 < m["threshold"][rel] <= 1.0
        for f in w:
            value = f.split("=", 1)[-1]
            assert not any(part[:1].isupper() and part not in CLASSES and not re.fullmatch(r"P\d+", part)
                           for part in value.replace("|", " ").replace(":", " ").replace("~", "").split()), f


@pytest.fixture
def eager_model(monkeypatch):
    # a model that believes every film named before a person in one sentence casts them
    m = {"bias": {"P161": -5.0}, "weights": {"P161": {"ord=ab": 10.0}}, "threshold": {"P161": 0.9}}
    monkeypatch.setattr(pairs, "model", lambda: m)
    return m


def test_learned_facts_carry_evidence_and_a_lower_confidence(extractor, eager_model):
    text = "The thriller Tarn Road reunites Ola Munk with Ada Brink."
    ex = extractor.extract(Article(text=text, source="test"))
    label = {e.key: e.label for e in ex.entities}
    learned = {(label[f.subject], f.relation, label[f.object]): f for f in ex.facts if f.method == "learned"}
    assert ("Tarn Road", "P161", "Ada Brink") in learned  # (the rules read "reunites A" themselves)
    for f in learned.values():
        assert f.sentence == text and (f.start, f.end) == (0, len(text))
        assert 0 < f.confidence < 0.8 and not f.hedged


def test_learned_facts_follow_the_clause_modality(extractor, eager_model):
    text = "The thriller Tarn Road {} Ola Munk with Ada Brink."
    stated = extractor.extract(Article(text=text.format("reunites"), source="test"))
    assert [f.hedged for f in stated.facts if f.method == "learned"] == [False]
    negated = extractor.extract(Article(text=text.format("will not reunite"), source="test"))
    assert not [f for f in negated.facts if f.method == "learned"]
    hedged = extractor.extract(Article(text=text.format("could reunite"), source="test"))
    moods = [f.hedged for f in hedged.facts if f.method == "learned"]
    assert moods and all(moods)


def test_training_labels_pairs_by_where_the_gold_states_them(extractor, tmp_path):
    tp = load_tool("train_pairs")
    (tmp_path / "articles").mkdir()
    text = "The thriller Tarn Road reunites Ola Munk with Ada Brink. Ada Brink also joined Gorse Quay."
    (tmp_path / "articles" / "a1.txt").write_text(text, encoding="utf-8")
    gold = {"article": "a1", "source": "test", "entities": [
        {"label": label, "type": typ, "aliases": []} for label, typ in
        (("Tarn Road", "Film"), ("Gorse Quay", "Film"), ("Ola Munk", "Person"), ("Ada Brink", "Person"))],
        "triples": [{"s": "Tarn Road", "p": "P161", "o": "Ada Brink", "hedged": False,
                     "evidence": "Tarn Road reunites Ola Munk with Ada Brink"},
                    {"s": "Gorse Quay", "p": "P161", "o": "Ola Munk", "hedged": False,
                     "evidence": "Ada Brink also joined Gorse Quay"}]}
    (tmp_path / "gold.jsonl").write_text(json.dumps(gold) + "\n", encoding="utf-8")
    rows = tp.examples(extractor, tmp_path)
    assert pairs.RECORD is None  # recording is switched off again
    cast = [(lab, related) for rel, _, lab, related in rows if rel == "P161"]
    # Tarn Road - Ada Brink: stated in its sentence and missed by the rules; Gorse Quay - Ola Munk is in the
    # gold too, but no sentence names both, so it teaches nothing
    assert cast.count((1, False)) == 1


def test_a_bracketed_filmography_is_left_to_its_rule(extractor, monkeypatch):
    # "editor A ('X', 'Y') re-teams with director B": X and Y are A's credits, not B's
    m = {"bias": {"P57": -5.0}, "weights": {"P57": {"ord=ab": 10.0}}, "threshold": {"P57": 0.9}}
    monkeypatch.setattr(pairs, "model", lambda: m)
    text = "Editor Ola Munk ('Tarn Road' and 'Gorse Quay') re-teams with director Pim Osk on his new film."
    ex = extractor.extract(Article(text=text, source="test"))
    label = {e.key: e.label for e in ex.entities}
    learned = {(label[f.subject], label[f.object]) for f in ex.facts if f.method == "learned"}
    assert ("Tarn Road", "Pim Osk") not in learned and ("Gorse Quay", "Pim Osk") not in learned
    assert ("Tarn Road", "P1040", "Ola Munk") in {(label[f.subject], f.relation, label[f.object]) for f in ex.facts}
