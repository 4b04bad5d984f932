"""Interview turns (``extractors.speech``): which line heads are speakers' labels."""
from __future__ import annotations

import pytest

from extractors.speech import Turns, find_turns

CASES = [
    # (text, the labels that speak)
    ("Intro.\nQ: Why did you stop?\nA: Because it rained.\nQ: And then?\nA: We went home.", {"Q", "A"}),
    ("Intro names Ivo Jessop.\nULLA SKERRY: Why a sequel?\nIVO JESSOP: I wrote it.\nSKERRY: When was that?\n"
     "JESSOP: In a barn.\nSKERRY: And the music?\nJESSOP: It came last.",
     {"ULLA SKERRY", "IVO JESSOP", "SKERRY", "JESSOP"}),
    # numbered "Title: Subtitle" list items speak no words
    ("The films:\nYsmay Reach: Kestrels (2014)\nYsmay Reach: Hollows (2019)\nPellworth: Quillon (2021)\n"
     "Pellworth: Varrish (2023)", set()),
    # a credit block repeated for each film is no interview
    ("Skerrymoor\nDirector: Wenna Gisk is new here\nCast: Ulla Brodal and others too\nCobble Street\n"
     "Director: Hobart Loame is back again\nCast: Ivo Jessop and friends too", set()),
    # one voice alone ("A:" without "Q:") is no interview either
    ("Intro.\nA: Because it rained.\nA: And then it rained again.", set()),
]


@pytest.mark.parametrize("text,labels", CASES, ids=[c[0][:30] for c in CASES])
def test_speaker_labels(extractor, text, labels):
    doc = extractor.nlp.make_doc(text)
    assert {t.label for t in find_turns(doc)} == labels


def test_turn_spans_its_line_only(extractor):
    doc = extractor.nlp("Intro line.\nQ: Why did you stop?\nA: I was tired.\nQ: And now?\nA: I direct.")
    turns = Turns(doc)
    answer = next(t for t in doc if t.text == "tired")
    assert turns.at(answer.i).label == "A"
    assert turns.at(doc[0].i) is None  # the introduction speaks for no one
    assert all(t.text in ("Q", "A", ":") for t in doc if t.i in turns.labels)


def test_label_ends_the_sentence_before_the_parser(extractor):
    doc = extractor.nlp("Intro.\nSKERRY: Nettlefold is lovely.\nJESSOP: It is.\nSKERRY: Why?\nJESSOP: Rain.")
    colon = next(t for t in doc if t.text == ":")
    assert doc[colon.i + 1].is_sent_start


@pytest.mark.parametrize("dash", ["-", "--", "—"])
def test_dateline_is_its_own_sentence(extractor, dash):
    # (filmkg_paragraphs: "CITY, Date -- ..." opens an article; the city is no part of the first sentence)
    doc = extractor.nlp(f"NEW YORK, May 2, 2026 {dash} Caskrow Pictures has announced a comedy.")
    first = next(t for t in doc if t.text == "Caskrow")
    assert first.is_sent_start


def test_credit_fragment_is_its_own_sentence(extractor):
    # (filmkg_paragraphs: a credit line's "Music: A B. Produced by C" must not hang "Produced" on "Music")
    doc = extractor.nlp("Photography: Ovid Tarrance. Music: Odo Fry. Produced by Harrowmere Studios and distributed "
                        "by Skelby Film Distributors.")
    fragment = next(t for t in doc if t.text == "Produced")
    assert fragment.is_sent_start
    assert fragment.head.i == fragment.i


def test_no_sentence_starts_right_after_a_word(extractor):
    # (filmkg_paragraphs: the parser would end the sentence at the title's capitalised last word)
    doc = extractor.nlp("In Wales he shot Oswin Tamsk's ghost drama Let the Dark Ones In in 2008.")
    assert len(list(doc.sents)) == 1
    doc = extractor.nlp("Ysmay Skaill directed it.\nOswin Tamsk stars")
    assert len(list(doc.sents)) == 2  # a line break still ends one
