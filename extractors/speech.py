"""Who is speaking: the turns of an interview transcript.

A published interview gives each answer a speaker label at the head of its line ("Q:" / "A:", or the
speaker's surname in capitals, "MARCHETTI:"). The label is neither a film nor part of the sentence
after it, and the "I", "me" and "my" of a turn are its speaker ("I'm producing Title"). Turns are found
from the token surface before the parser runs (``filmkg_paragraphs`` ends a sentence after each label,
so the parser never reads "SURNAME: Title is ..." as one phrase) and kept in ``doc.user_data``.

>>> import spacy
>>> nlp = spacy.blank("en")
>>> doc = nlp("Lead text.\\nQ: How was it?\\nA: Fine.\\nQ: And next?\\nA: I direct.")
>>> [(t.label, doc[t.start:t.end].text.strip()) for t in find_turns(doc)][:2]
[('Q', 'Q: How was it?'), ('A', 'A: Fine.')]
"""
from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from dataclasses import astuple, dataclass

from spacy.tokens import Doc

from .lexicon import lexicon

__all__ = ["FIRST_PERSON", "SECOND_PERSON", "Turn", "find_turns", "line_starts", "turns"]

TURNS_KEY = "filmkg_turns"
FIRST_PERSON = frozenset({"i", "me", "my", "myself", "mine"})
SECOND_PERSON = frozenset({"you", "your", "yourself"})
QA = ("Q", "A")


@dataclass(frozen=True)
class Turn:
    """One speaker's line: ``label`` in capitals ("Q", "A", "MARCHETTI"); tokens ``start`` (the label)
    to ``end`` (the line's end); the label's colon at ``colon``."""

    label: str
    start: int
    colon: int
    end: int


def line_starts(doc: Doc) -> list[int]:
    """The first token of each line (after a line break, or a whitespace token holding one)."""
    return [0] + [tok.i + 1 for tok in doc[:-1] if "\n" in tok.text_with_ws and tok.text_with_ws.strip() != ""
                  or (tok.is_space and "\n" in tok.text)]


def find_turns(doc: Doc, starts: list[int] | None = None) -> list[Turn]:
    """The speaker turns of ``doc`` (none unless a label heads two lines or more).

    A label is one to three capitalised words (or "Q"/"A") and a colon at a line's head. It counts when
    it heads two lines or more ("A" only beside "Q") and is no credit label ("Director:", "Cast:"); a
    full name heading one line counts when its surname heads others ("THEO MARCHETTI:", "MARCHETTI:").
    Two voices at least, and most lines speak (lower-case words soon after the colon): list items
    headed "Title: Subtitle" are no interview.
    """
    starts = line_starts(doc) if starts is None else starts  # (``starts``: the lines' first tokens, if known)
    found: list[tuple[str, int, int, int]] = []
    for n, i in enumerate(starts):
        end = starts[n + 1] if n + 1 < len(starts) else len(doc)
        j = i
        while j < end and j - i < 3 and doc[j].is_alpha and doc[j].text[:1].isupper() \
                and "\n" not in doc[j].whitespace_:
            j += 1
        if i < j < end - 1 and doc[j].text == ":" and j - i >= 1:
            found.append((" ".join(t.text for t in doc[i:j]).upper(), i, j, end))
    spoken = [f for f in found if any(t.is_lower and t.is_alpha for t in doc[f[2] + 1:min(f[2] + 7, f[3])])]
    if len(spoken) * 2 < len(found):
        return []  # "Title: Subtitle (2014)" heading list items: no one speaks
    count = Counter(f[0] for f in found)
    credit = lexicon().credit_labels
    ok = {lab for lab, c in count.items() if c >= 2 and lab.lower() not in credit}
    if "Q" not in ok:
        ok.discard("A")
    ok |= {lab for lab in count if " " in lab and lab.split()[-1] in ok}  # "THEO MARCHETTI:", then "MARCHETTI:"
    if len({lab.split()[-1] for lab in ok}) < 2:
        return []  # an interview has two voices at least
    return [Turn(lab, i, j, end) for lab, i, j, end in found if lab in ok]


def turns(doc: Doc, starts: list[int] | None = None) -> list[Turn]:
    """The turns ``filmkg_paragraphs`` found (found again for a Doc made without it)."""
    if TURNS_KEY not in doc.user_data:
        doc.user_data[TURNS_KEY] = [astuple(t) for t in find_turns(doc, starts)]
    return [Turn(*t) for t in doc.user_data[TURNS_KEY]]


class Turns:
    """Look-ups over one Doc's turns."""

    def __init__(self, doc: Doc):
        self.all = turns(doc)
        self._starts = [t.start for t in self.all]
        self.labels = frozenset(k for t in self.all for k in range(t.start, t.colon + 1))

    def at(self, i: int) -> Turn | None:
        """The turn token ``i`` is in (None outside any)."""
        n = bisect_right(self._starts, i) - 1
        if n >= 0 and self.all[n].colon < i < self.all[n].end:
            return self.all[n]
        return None

    def speakers(self) -> set[str]:
        """Who speaks, one key each: "Q", "A" or a label's last word ("THEO MARCHETTI" is "MARCHETTI")."""
        return {t.label.split()[-1] for t in self.all}

    def __bool__(self) -> bool:
        return bool(self.all)
