"""A Doc's token attributes as plain Python lists, built once per Doc.

Every ``doc[i]`` makes a new Token object, and every ``tok.lemma_`` looks a hash up in the
string store. The rules scan every token for trigger words, so reading those attributes through
Token objects was most of filmkg's own time. ``columns(doc)`` reads them all in one
``Doc.to_array`` call and maps hashes to strings once per distinct value; scans use the lists,
and Token objects are made only where a rule fires.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy import attrs
from spacy.tokens import Doc

__all__ = ["Columns", "columns", "doc_text"]

# Columns read as strings (hashes in the array) and as booleans (0/1 flags).
_STRINGS = {"text": attrs.ORTH, "lower": attrs.LOWER, "lemma": attrs.LEMMA, "pos": attrs.POS, "tag": attrs.TAG,
            "dep": attrs.DEP, "ent": attrs.ENT_TYPE}
_FLAGS = {"like_num": attrs.LIKE_NUM, "like_url": attrs.LIKE_URL, "is_punct": attrs.IS_PUNCT,
          "is_alpha": attrs.IS_ALPHA, "is_space": attrs.IS_SPACE, "is_upper": attrs.IS_UPPER,
          "is_title": attrs.IS_TITLE, "space": attrs.SPACY}
_OTHER = [attrs.HEAD, attrs.SENT_START, attrs.IDX, attrs.ENT_IOB]
_ATTRS = [*_STRINGS.values(), *_FLAGS.values(), *_OTHER]
_KEY = "filmkg_columns"
_IOB = {0: "", 1: "I", 2: "O", 3: "B"}


@dataclass(frozen=True)
class Columns:
    """Per-token attributes of one Doc (index ``i`` is token ``i``); names follow Token's."""

    text: list[str]
    lower: list[str]
    lemma: list[str]  # lower-cased, as the rules compare it
    pos: list[str]
    tag: list[str]
    dep: list[str]
    ent: list[str]  # ent_type_
    like_num: list[bool]
    like_url: list[bool]
    is_punct: list[bool]
    is_alpha: list[bool]
    is_space: list[bool]
    is_upper: list[bool]
    is_title: list[bool]
    space: list[bool]  # followed by whitespace (``whitespace_``)
    head: list[int]  # absolute index of the head
    sent_start: list[int]  # index of the first token of the token's sentence
    sent_end: list[int]  # index one past its last token
    idx: list[int]  # character offset of the token in the text
    ent_iob: list[str]  # "B", "I", "O" or ""
    doc_text: str
    _where: dict[str, list[int]] = field(default_factory=dict, repr=False)
    _memo: dict = field(default_factory=dict, repr=False)  # derived per-Doc values (``titles.text_lines``)

    def _index(self) -> dict[str, list[int]]:
        if not self._where and self.lower:
            for i, w in enumerate(self.lower):
                self._where.setdefault(w, []).append(i)
        return self._where

    def where(self, words) -> list[int]:
        """The positions, in order, of the tokens whose lower-case text is one of ``words``."""
        self._index()
        if isinstance(words, str):
            return self._where.get(words, [])
        hits = [i for w in set(words) for i in self._where.get(w, ())]
        hits.sort()
        return hits

    def select(self, keep) -> list[int]:
        """The positions, in order, of the tokens whose lower-case text passes ``keep`` (asked once
        per distinct word)."""
        hits = [i for w, at in self._index().items() if keep(w) for i in at]
        hits.sort()
        return hits

    def char_span(self, start: int, end: int) -> tuple[int, int]:
        """Character offsets of tokens ``start`` to ``end`` (exclusive), as ``Span.start_char/end_char``."""
        return self.idx[start], self.idx[end - 1] + len(self.text[end - 1])

    def span_text(self, start: int, end: int) -> str:
        """``doc[start:end].text``."""
        if start >= end:
            return ""
        a, b = self.char_span(start, end)
        return self.doc_text[a:b]

    def sentence(self, i: int) -> tuple[str, int, int]:
        """The text (stripped), start and end character of the sentence of token ``i``."""
        a, b = self.char_span(self.sent_start[i], self.sent_end[i])
        return self.doc_text[a:b].strip(), a, b


def _strings(doc: Doc, hashes: list[int], lower: bool = False) -> list[str]:
    store = doc.vocab.strings
    table = {h: (store[h].lower() if lower else store[h]) if h else "" for h in set(hashes)}
    return [table[h] for h in hashes]


def columns(doc: Doc) -> Columns:
    """The cached :class:`Columns` of ``doc`` (rebuilt if the Doc changed length)."""
    cache = doc.user_data.get(_KEY)
    if cache is not None and len(cache.lower) == len(doc):
        return cache
    n = len(doc)
    arr = doc.to_array(_ATTRS).T.tolist() if n else [[] for _ in _ATTRS]
    strings = {name: _strings(doc, arr[k], lower=name == "lemma") for k, name in enumerate(_STRINGS)}
    flags = {name: [x == 1 for x in arr[len(_STRINGS) + k]] for k, name in enumerate(_FLAGS)}
    head, start, idx, iob = arr[len(_STRINGS) + len(_FLAGS):]
    # to_array gives HEAD relative and unsigned: back to signed absolute indices
    heads = [i + (h if h < 2**63 else h - 2**64) for i, h in enumerate(head)]
    starts, ends = _sentences(doc, start)
    text = strings["text"]
    cache = Columns(**strings, **flags, head=heads, sent_start=starts, sent_end=ends, idx=idx,
                    ent_iob=[_IOB[x] for x in iob],
                    doc_text="".join(t + " " if s else t for t, s in zip(text, flags["space"])))
    doc.user_data[_KEY] = cache
    return cache


def _sentences(doc: Doc, flags: list[int]) -> tuple[list[int], list[int]]:
    if doc.has_annotation("SENT_START") or doc.has_annotation("DEP"):
        bounds = [i for i, s in enumerate(flags) if s == 1 or i == 0]
    else:
        bounds = [0]
    bounds.append(len(flags))
    starts: list[int] = []
    ends: list[int] = []
    for a, b in zip(bounds, bounds[1:]):
        starts += [a] * (b - a)
        ends += [b] * (b - a)
    return starts, ends


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once (spaCy joins it token by token on every access)."""
    return columns(doc).doc_text
