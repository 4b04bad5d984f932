"""Film salience (extractors/rules/salience.py): which film "the film", "it" or a bare "A stars" means."""
import json
import math

import pytest
from conftest import load_tool

from extractors.model import Article
from extractors.rules import salience


@pytest.fixture(scope="module")
def extractor():
    from extractors.pipeline import Extractor

    return Extractor()


def _facts(extractor, text):
    ex = extractor.extract(Article(text=text, source="test"))
    label = {e.key: e.label for e in ex.entities}
    return {(label[f.subject], f.relation, label[f.object]) for f in ex.facts}


def test_shipped_weights_name_only_known_features():
    # what was learned is a weight per named feature of a film's place in the text, never a name
    w = json.loads(salience.WEIGHTS.read_text(encoding="utf-8"))["weights"]
    assert set(w) <= salience.FEATURES and set(salience.HAND) <= set(w)
    assert all(math.isfinite(v) for v in w.values())


ROUNDUP = ("\"Quiet Tarn\" Holds On at the Box Office\n\n"
           "LOS ANGELES, May 4, 2025 - The spy thriller Quiet Tarn stayed at No. 1 with $30 million for Harnley "
           "Pictures. The thriller, directed by Ivo Sarne, stars Ola Munk and has now grossed $90 million.\n\n"
           "In fourth place, the family comedy Gorse Quay earned $9 million for a total of $31 million. Directed by "
           "Ada Brink, the film stars Ruko Ambel as a retired thief.\n")


@pytest.mark.parametrize("fact, stated", [
    (("Gorse Quay", "P57", "Ada Brink"), True),
    (("Gorse Quay", "P161", "Ruko Ambel"), True),
    (("Quiet Tarn", "P57", "Ada Brink"), False),
    (("Quiet Tarn", "P161", "Ruko Ambel"), False),
    (("Quiet Tarn", "P57", "Ivo Sarne"), True),
])
def test_a_roundup_paragraph_is_about_the_film_it_introduces(extractor, fact, stated):
    # the hand-set weights gave "the film" of the fourth paragraph to the headline's film
    assert (fact in _facts(extractor, ROUNDUP)) is stated


def test_a_film_that_describes_someone_is_named_in_passing(extractor):
    text = ("The Tarn Road actress Ola Munk has signed on for Ivo Sarne's biographical drama Gorse Quay. "
            "The script adapts a memoir by Ruko Ambel.\n\nThe film also stars Ada Brink as a lighthouse keeper.")
    facts = _facts(extractor, text)
    assert ("Gorse Quay", "P161", "Ada Brink") in facts and ("The Tarn Road", "P161", "Ada Brink") not in facts
    assert ("The Tarn Road", "P161", "Ola Munk") in facts  # what the description itself says


def test_hand_weights_rule_without_a_weights_file(monkeypatch, tmp_path):
    monkeypatch.setattr(salience, "WEIGHTS", tmp_path / "none.json")
    salience.weights.cache_clear()
    try:
        assert salience.weights() == salience.HAND
    finally:
        salience.weights.cache_clear()


def test_training_takes_the_film_the_gold_credits(extractor, tmp_path):
    tf = load_tool("train_focus")
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "a1.txt").write_text(ROUNDUP, encoding="utf-8")
    entities = [("Quiet Tarn", "Film"), ("Gorse Quay", "Film"), ("Ada Brink", "Person"), ("Ruko Ambel", "Person"),
                ("Ivo Sarne", "Person"), ("Ola Munk", "Person"), ("Harnley Pictures", "Organization")]
    gold = {"article": "a1", "source": "test",
            "entities": [{"label": a, "type": t, "aliases": []} for a, t in entities],
            "triples": [{"s": "Gorse Quay", "p": p, "o": o, "hedged": False, "evidence": "the film stars"}
                        for p, o in (("P57", "Ada Brink"), ("P161", "Ruko Ambel"))]}
    (tmp_path / "gold.jsonl").write_text(json.dumps(gold) + "\n", encoding="utf-8")
    rows = tf.examples(extractor, tmp_path)
    assert salience.RECORD is None  # recording is switched off again
    assert rows, "the phrase the gold speaks to taught nothing"
    for feats, right, (choice, keys) in rows:
        assert [k for n, k in enumerate(keys) if n in right] == [k for k in keys if "Gorse Quay" in choice["films"][k]]
        assert all("paragraph" in feats[n] for n in right)  # (the paragraph names it)


TWO_FILMS = ("\"Gorse Quay\" Edges Out \"Tarn Road\"\n\nGorse Quay took $30 million this weekend for Harnley Pictures. "
             "Tarn Road was second, and Tarn Road has now earned $80 million.\n\n{} were shot in Lisbon over the "
             "winter. Cinematographer Ada Brink used only natural light.")


def test_a_credit_naming_no_film_goes_to_the_film_salience_is_sure_of(extractor):
    # no film dominates the text, but the paragraph is about one of them
    assert ("Gorse Quay", "P344", "Ada Brink") in _facts(extractor, TWO_FILMS.format("Both of Gorse Quay's reels"))


def test_a_credit_naming_no_film_stays_off_when_salience_is_unsure(extractor):
    facts = _facts(extractor, TWO_FILMS.format("Gorse Quay and Tarn Road"))
    assert not {f for f in facts if f[1] == "P344"}
