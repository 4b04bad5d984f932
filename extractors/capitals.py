"""Titles printed in capitals: a festival lineup's or a press release's paragraph headings ("THE GLASS
FERRY (Japan; documentary). A directs ..."), the same style in running text, and the label such a
title gets ("The Glass Ferry")."""
from __future__ import annotations

import re

from spacy.tokens import Doc

from .columns import columns
from .lexicon import is_common_noun, is_given_name, lexicon
from .titles import TITLE_SMALL, Title, headline_at, text_lines

ROMAN_NUMERALS = frozenset("II III IV V VI VII VIII IX X XI XII".split())
CAPS_JOINERS = frozenset({":", ",", "&", "-", "–", "'", "’", "!", "?"})
CAPS_ENDS = frozenset({"(", ".", "—", "–", ":"})


def caps_run(cols, j: int, b: int) -> int:
    """The end of the run of upper-case words from ``j`` ("THE GLASS FERRY", "LANTERNS, AGAIN",
    "SALT CROWN: AFTERMATH"); ``j`` when there is none. A joiner belongs to it only between words."""
    k = j
    while k < b:
        if cols.is_alpha[k] and cols.is_upper[k] or cols.like_num[k] and k > j:
            k += 1
        elif cols.text[k] in CAPS_JOINERS and k > j and k + 1 < b and cols.is_alpha[k + 1] and cols.is_upper[k + 1]:
            k += 1
        else:
            break
    return k


def title_case(text: str) -> str:
    """A title printed in capitals, as a label reads it (Roman numerals stay as they are; a small word
    is capitalised first and after a colon).

    >>> title_case("THE FOX AT NIGHT: PART II")
    'The Fox at Night: Part II'
    >>> title_case("OF MICE-AND-MEN")
    'Of Mice-And-Men'
    """
    words, out = text.split(), []
    for n, w in enumerate(words):
        low = w.lower()
        if w.strip(".,:") in ROMAN_NUMERALS:
            out.append(w)
        elif n and low in TITLE_SMALL and not out[-1].endswith(":"):
            out.append(low)
        else:
            out.append("-".join(p[:1].upper() + p[1:].lower() for p in w.split("-")))
    return " ".join(out)


def _label_word(low: str) -> bool:
    """A word that labels a news item ("casting", "sequel", "wrapped"): a noun, a film noun or a participle."""
    lex = lexicon()
    return is_common_noun(low) or low in lex.film_nouns or low in lex.role_nouns or low.endswith(("ed", "ing"))


def caps_titles(doc: Doc) -> list[Title]:
    """A festival lineup's or a press release's paragraphs that open with a film's title in capitals
    ("THE GLASS FERRY (Japan; documentary). A directs ..."), and that style's titles within its
    sentences ("the premiere of SALT CROWN: AFTERMATH (Chile)"): two such paragraphs or more,
    so that a dateline ("BERGEN, Sept. 3") or one shouted word is not taken for a list."""
    cols = columns(doc)
    heads = []
    for a, b in text_lines(cols)[1:]:  # (not the headline)
        j = a + 2 if a + 2 < b and cols.like_num[a] and cols.text[a + 1] in (".", ")") else a
        k = caps_run(cols, j, b)
        letters = sum(len(cols.text[x]) for x in range(j, k) if cols.is_alpha[x])
        if k > j and letters >= 4 and k + 1 < b and cols.text[k] in CAPS_ENDS \
                and any(cols.is_alpha[x] and not cols.is_upper[x] for x in range(k + 1, b)):
            if k == j + 1 and cols.text[k] == ":" and _label_word(cols.lower[j]):
                continue  # a news brief's "PREQUEL:", "WRAPPED:": what the item is about, no title
            heads.append((j, k))
    if len(heads) < 2:
        return []
    out = [Title(j, k, "caps heading", strength=1.0) for j, k in heads]
    starts = {j for j, _ in heads}
    i, n = 0, len(doc)
    while i < n:  # the same style in running text: two capitalised words or more, in a mixed-case sentence
        k = caps_run(cols, i, n) if cols.is_alpha[i] and cols.is_upper[i] and i not in starts else i
        if k - i >= 2 and sum(cols.is_alpha[x] for x in range(i, k)) >= 2 \
                and max(len(cols.text[x]) for x in range(i, k)) >= 4 and not headline_at(doc, i):
            out.append(Title(i, k, "caps title", strength=0.9))
        i = max(k, i + 1)
    return out


def kit_titles(doc: Doc) -> list[Title]:
    """A press kit's first line, over "Production Notes" (``kit_labels`` in lexicon.json): its film's title."""
    cols = columns(doc)
    lines = text_lines(cols)
    if len(lines) < 2 or cols.span_text(*lines[1]).lower().strip(" :-–—") not in lexicon().kit_labels:
        return []
    a, b = lines[0]
    if b - a > 12 or not any(cols.is_alpha[k] for k in range(a, b)):
        return []
    return [Title(a, b, "press-kit headline", strength=1.0)]


def _name_case(word: str) -> str:
    """'BRAYE-OKOLO' → 'Braye-Okolo', "O'NEILL" → "O'Neill", 'AND' → 'and' (same length, or unchanged)."""
    if word == "AND":
        return "and"
    out, up = [], True
    for c in word:
        out.append(c.upper() if up else c.lower())
        up = not c.isalpha() and (c != "'" and c != "’" or len(out) == 2)
    cased = "".join(out)
    return cased if len(cased) == len(word) else word


def _caps_name(text: str, words: list[str]) -> bool:
    """Do the capitals ``words`` name a person: a first name opens them, or their last word (the surname)
    stands alone elsewhere in ``text`` ("ULLA QUORVETT (Director) ... Quorvett began as an editor")?"""
    if words[0] in ("THE", "A", "AN") or len(words) < 2:
        return False
    if is_given_name(words[0]):
        return True
    surname = _name_case(words[-1])
    for m in re.finditer(rf"(?<![\w-]){re.escape(surname)}(?![\w-])", text):
        before = text[:m.start()].rstrip().rsplit(None, 1)
        if not before or not before[-1][:1].isupper() or before[-1][-1:] in ".,;:!?\"”":
            return True
    return False


_CAPS_WORD = r"[^\W\d_a-z](?:[^\W\d_a-z]|['’.-])*"
_CAPS_NAME = re.compile(rf"(?:^[ \t]*|\) and )((?:{_CAPS_WORD} ){{1,5}}?{_CAPS_WORD}) \((?=[^()\d\n]{{2,60}}\))", re.M)


def caps_name_headings(text: str) -> list[tuple[int, int]]:
    """Character offsets of a press kit's capitalised name headings ("ULLA QUORVETT (Ida Pellow) leads the cast.
    Quorvett ..."): a person's name in capitals opening a line (or after "(X) and"), a bracket after it.
    A heading in capitals that is no person's name ("THE GLASS FERRY (Japan; documentary)") is none.

    >>> text = "Cast\\nULLA QUORVETT (Ida Pellow) leads the cast. Quorvett grew up here.\\n"
    >>> [text[a:b] for a, b in caps_name_headings(text)]
    ['ULLA QUORVETT']
    >>> caps_name_headings("THE GLASS FERRY (Japan; documentary). A quiet film.")
    []
    """
    if not any(c.isupper() for c in text):
        return []
    out, weak = [], []
    for m in _CAPS_NAME.finditer(text):
        words = m.group(1).split()
        if not all(any(c.isalpha() for c in w) and w.isupper() for w in words) \
                or len(" ".join(_name_case(w) for w in words)) != m.end(1) - m.start(1):
            continue
        if _caps_name(text, words):
            out.append((m.start(1), m.end(1)))
        elif 2 <= len(words) <= 4 and words[0] not in ("THE", "A", "AN"):
            weak.append((m.start(1), m.end(1)))
    # two headings or more that are surely names: the others of that layout are names too
    return sorted(out + weak) if len(out) >= 2 else out


def caps_names_view(text: str, headings: list[tuple[int, int]] | None = None) -> str:
    """``text`` with its capitalised name headings (:func:`caps_name_headings`) in name case, same length
    and offsets, so that the tagger, NER and parser read a name, and the label and the surname meet.

    >>> caps_names_view("Cast\\nULLA QUORVETT (Ida Pellow) leads the cast. Quorvett grew up here.\\n")
    'Cast\\nUlla Quorvett (Ida Pellow) leads the cast. Quorvett grew up here.\\n'
    """
    headings = caps_name_headings(text) if headings is None else headings
    if not headings:
        return text
    out = list(text)
    for a, b in headings:
        out[a:b] = " ".join(_name_case(w) for w in text[a:b].split())
    return "".join(out)
