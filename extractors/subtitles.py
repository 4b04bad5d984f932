"""Two-part titles inside a sentence: "Years ago, Main Name: Second Part opened", "in Main Name: A Second
Part, the prequel".

A colon between two capitalised runs, in the middle of a sentence and followed by a verb (or with a
capitalised article after it), joins the two halves of one title: a sentence does not break off after a
name to start a new clause with another. At the start of a line the same shape is a speaker's label or
a headline's kicker ("Exclusive: ..."), and after a credit label it is a credit ("Director: A"), so
those are left alone.
"""
from __future__ import annotations

from spacy.tokens import Doc

from .columns import columns
from .lexicon import ROMAN, is_given_name, lexicon
from .titles import Title, headline_at, title_span

MAX_MAIN = 4  # words before the colon


def colon_titles(doc: Doc) -> list[Title]:
    """Every 'Main: Part' title a sentence names before its verb.

    >>> from extractors.pipeline import load_nlp
    >>> doc = load_nlp()("Ten summers back, Tamber Reach: Gorsemoor Road thundered onto screens.")
    >>> [doc[t.start:t.end].text for t in colon_titles(doc)]
    ['Tamber Reach: Gorsemoor Road']
    """
    cols = columns(doc)
    labels = lexicon().credit_labels
    out = []
    for c in cols.where((":",)):
        if c < 2 or c + 2 >= len(doc) or cols.space[c - 1] or not cols.space[c] or headline_at(doc, c):
            continue
        start = _main_start(cols, c)
        if start is None or " ".join(cols.lower[start:c]) in labels:
            continue
        run = title_span(doc, c + 1, max_len=6)
        if run is None or run[0] != c + 1 or run[1] >= len(doc) or cols.text[run[1]] in ("'s", "’s") \
                or cols.ent[c + 1] == "PERSON" and is_given_name(cols.lower[c + 1]):
            continue  # ("... Ivo Lenz: Ada Brink was ...": a person after the colon)
        if cols.pos[run[1]] not in ("VERB", "AUX") and cols.text[c + 1] not in ("The", "A", "An"):
            continue  # (a capitalised article opens the second half of a title: "in Main: A Tale, the ...")
        out.append(Title(start, run[1], "a two-part title", strength=0.9))
    return out


def _main_start(cols, c: int) -> int | None:
    """Where the capitalised words right before the colon at ``c`` start, when they do not open a line and
    are no person's name; else None."""
    word = lambda x: cols.is_title[x] and cols.is_alpha[x] and cols.pos[x] in ("PROPN", "NOUN", "ADJ")  # noqa: E731
    k = c - 1
    if cols.text[k] in ROMAN or cols.text[k].isdigit() and len(cols.text[k]) <= 2:
        k -= 1  # "Title II: Part", "Title 2: Part"
    if not word(k):
        return None
    while k > 0 and c - k < MAX_MAIN and word(k - 1):
        k -= 1
    numbered = c - k >= 2 and (cols.text[c - 1] in ROMAN or cols.text[c - 1].isdigit())
    if (k == 0 or cols.is_space[k - 1]) and not numbered or k > 0 and cols.text[k - 1] in (":", "(", '"', "“"):
        return None  # (at a line's start: a speaker's label, a headline's kicker; but "Title II: Part" is a title)
    if cols.ent[k] == "PERSON" and is_given_name(cols.lower[k]) or any(cols.ent[x] in ("DATE", "TIME")
                                                                      for x in range(k, c)):
        return None
    return k
