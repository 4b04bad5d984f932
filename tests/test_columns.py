"""``extractors.columns``: the per-Doc attribute lists must say what the Token objects say."""
from __future__ import annotations

import pytest

from extractors.columns import columns, doc_text

TEXTS = [
    "Harbor Lights (2021) is a thriller directed by Oren Vasquell. It stars Tilda Brask as Ines Marlow.\n\n"
    "DEADLINE reports that Kestrel Films paid $4 million for it; see https://example.org/x for more.",
    "“The Salt Road,” Vasquell’s follow-up, opens March 3 — and Brask isn't in it!",
    "",
    "   \n  ",
]


@pytest.fixture(scope="module")
def docs(extractor):
    with extractor.nlp.select_pipes(disable=["filmkg_titles", "filmkg_relations"]):
        return list(extractor.nlp.pipe(TEXTS))


def test_columns_match_token_attributes(docs):
    for doc in docs:
        cols = columns(doc)
        assert doc_text(doc) == doc.text
        for t in doc:
            i = t.i
            assert (cols.text[i], cols.lower[i], cols.lemma[i], cols.pos[i], cols.tag[i], cols.dep[i], cols.ent[i],
                    cols.ent_iob[i]) == (t.text, t.lower_, t.lemma_.lower(), t.pos_, t.tag_, t.dep_, t.ent_type_,
                                         t.ent_iob_)
            assert (cols.like_num[i], cols.like_url[i], cols.is_punct[i], cols.is_alpha[i], cols.is_space[i],
                    cols.is_upper[i], cols.is_title[i], cols.space[i]) == (
                t.like_num, t.like_url, t.is_punct, t.is_alpha, t.is_space, t.is_upper, t.is_title,
                bool(t.whitespace_))
            assert cols.head[i] == t.head.i and cols.idx[i] == t.idx
            assert (cols.sent_start[i], cols.sent_end[i]) == (t.sent.start, t.sent.end)
            assert cols.sentence(i) == (t.sent.text.strip(), t.sent.start_char, t.sent.end_char)
        for a in range(len(doc)):
            for b in range(a, min(len(doc), a + 6) + 1):
                assert cols.span_text(a, b) == doc[a:b].text


def test_columns_are_cached_and_rebuilt_when_the_doc_changes(docs):
    doc = docs[0].copy()
    first = columns(doc)
    assert columns(doc) is first  # built once per Doc
    with doc.retokenize() as retokenizer:
        retokenizer.merge(doc[0:2])  # "Harbor Lights" becomes one token
    again = columns(doc)
    assert again is not first and again.text[0] == "Harbor Lights" and len(again.text) == len(doc)
