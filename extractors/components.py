"""filmkg's spaCy components, registered by name so a pipeline config can name them."""
from __future__ import annotations

import numpy
from spacy.attrs import IS_ALPHA, IS_TITLE, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from .speech import line_starts, turns
from .titles import CLOCK

if not Doc.has_extension("film_titles"):
    Doc.set_extension("film_titles", default=None)
if not Doc.has_extension("filmkg"):
    Doc.set_extension("filmkg", default=None)


@Language.component("filmkg_paragraphs", assigns=["token.is_sent_start"])
def filmkg_paragraphs(doc: Doc) -> Doc:
    """A line break ends a sentence: headlines and paragraphs never run into each other.

    Runs before the parser, which keeps boundaries that are already set. Left alone, the parser
    often cuts a paragraph's first word off as a sentence of its own ("Ify | Balogun is ..."), so the
    second token of a paragraph is marked as no sentence start.
    """
    starts = line_starts(doc)
    for i in starts:
        if i + 1 < len(doc) and not doc[i].is_space and "\n" not in doc[i].text_with_ws:
            doc[i + 1].is_sent_start = False
    for i in starts[1:]:
        doc[i].is_sent_start = True
    for i in starts:  # a dateline, "LONDON, Oct 14 (Reuters) - ...", "DINGLE, Ireland (AP) — ...", a press
        # release's "CITY, Date -- ...": its own sentence
        if i < len(doc) and doc[i].is_upper and len(doc[i].text) > 1 and doc[i].is_alpha:
            dash = next((k for k in range(i + 1, min(i + 14, len(doc) - 1)) if doc[k].text in ("-", "—", "–", "--")
                         and doc[k].whitespace_ and "\n" not in doc[k].text_with_ws), None)
            if dash is not None and not any("\n" in t.text_with_ws for t in doc[i:dash]):
                doc[dash + 1].is_sent_start = True
    for i in starts:  # a live blog's "10:26 a.m. Composer A ...": the time stamp is no part of the sentence
        if i + 2 < len(doc) and CLOCK.fullmatch(doc[i].text):
            k = i + 2 if doc[i + 1].lower_ in ("a.m.", "p.m.", "am", "pm") else i + 1
            if k < len(doc) and doc[k].is_alpha and doc[k].text[:1].isupper():
                doc[k].is_sent_start = True
    for tok in doc[:-2]:  # a credit line's "Music: A. Produced by B": the parser would hang "Produced" on "Music"
        if tok.text == "." and doc[tok.i + 2].lower_ == "by":
            nxt = doc[tok.i + 1]
            if nxt.is_title and nxt.is_alpha and nxt.lower_.endswith("ed"):
                nxt.is_sent_start = True
    for turn in turns(doc, starts):  # "MARCHETTI: Title was ...": the speaker's label is no part of the sentence
        doc[turn.colon + 1].is_sent_start = True
    # No sentence starts right after a word: "the drama Let the Dark Ones In in 2008" is one sentence, though the
    # parser would end it at the capitalised "In". (Read from arrays: a Token per position costs more than the
    # rest of this component; a line break is a token of its own, never a word.)
    cols = doc.to_array([IS_TITLE, IS_ALPHA, SENT_START])
    line = set(starts)
    for i in numpy.flatnonzero(cols[1:, 0] & cols[:-1, 1] & (cols[1:, 2] == 0)) + 1:
        if i not in line:
            doc[int(i)].is_sent_start = False
    return doc


@Language.component("filmkg_titles", requires=["doc.ents", "token.dep"], assigns=["doc._.film_titles"])
def filmkg_titles(doc: Doc) -> Doc:
    from .titles import find_titles

    doc._.film_titles = find_titles(doc)
    return doc


@Language.component("filmkg_relations", requires=["doc._.film_titles"], assigns=["doc._.filmkg"])
def filmkg_relations(doc: Doc) -> Doc:
    from .relations import extract_doc

    doc._.filmkg = extract_doc(doc)
    return doc
