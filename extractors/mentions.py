"""Mentions of entities in one Doc, their types, and in-document coreference.

A mention is a token span with type votes. Votes come from spaCy's NER (weak), from title cues
(strong for Film) and from the slot a relation rule puts it in (strong): the subject of
"stars" is a film, the agent of "directed by" a person. One decision is made per document:
every mention with the same text gets the type that won across all of them.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from .columns import columns
from .lexicon import CONNECTORS, GROUP_NOUNS, ROMAN, is_common_noun, is_given_name, lexicon
from .speech import Turns
from .titles import (
    CALENDAR,
    CREDIT_WORDS,
    OPEN_QUOTES,
    SUBTITLE_WORDS,
    Title,
    first_name_opening,
    headline_at,
    hyphen_given_name,
    inner_possessive,
    is_cap,
    name_run,
    noun_after,
    sequel_number,
    title_span,
)

# A rank or title before a name: "Captain A" names a character; NER's person is A.
AWARD_NAMES = frozenset({"oscar", "oscars", "emmy", "emmys", "bafta", "baftas", "grammy", "grammys", "razzie",
                         "cesar", "césar", "goya", "tony"})  # "her first Emmy": an award after a lower-case word
RANKS = frozenset("captain general admiral agent detective doctor officer king queen prince princess lord lady "
                  "professor sergeant lieutenant colonel major commander president senator judge father sister uncle "
                  "aunt saint".split())

NER_CAP = 2.0  # the most NER's labels of one name count for, however often it repeats them
NER_VOTES = {"PERSON": ("Person", 1.0), "ORG": ("Organization", 1.0), "WORK_OF_ART": ("Film", 0.6),
             "PRODUCT": ("Film", 0.3), "FAC": ("Film", 0.2), "EVENT": ("Film", 0.2)}
NON_NAMES = {"GPE", "LOC", "NORP", "DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL",
             "LANGUAGE", "LAW"}
_SPACE = re.compile(r"\s+")
# Lower-case words a title may hold when the parse says the phrase is one noun phrase.
# "for", "by" and "with" are left out: "Title for Studio", "Title by Author", "Title with Actor".
SMALL_WORDS = frozenset("of the a an and in on at to without from be is it's 's de la".split())


SHOW_NOUNS = frozenset({"miniseries", "docuseries", "sitcom", "telenovela", "show", "serial"})


def names_a_show(cols, k: int) -> bool:
    """Is token ``k`` a word that names a show right after it ("his limited series Title", "the sitcom
    Title", "A's Streamer series Title", "the Network series Title")? Such a name is neither a film nor the
    film a text is about."""
    if k < 1 or not cols.text[k].islower():
        return False
    return cols.lower[k] in SHOW_NOUNS or cols.lower[k] == "series" and (cols.lower[k - 1] in (
        "limited", "tv", "television", "streaming", "anthology") or k >= 2 and cols.tag[k - 1] == "NNP" and (
            cols.tag[k - 2] == "POS" or cols.ent[k - 1] == "ORG" and cols.lower[k - 2] == "the"))


SHOW_CUES = frozenset({"tv", "television", "cable", "network", "streaming", "animated", "limited", "anthology"})


def show_apposition(cols, end: int) -> bool:
    """Does a name ending before token ``end`` have a show in apposition ("X, the ITV series set on ...",
    "X, the long-running sitcom")? Read up to the apposition's head noun: "X, the second instalment of
    the saga" stops at "instalment"."""
    n = len(cols.text)
    if end + 2 >= n or cols.text[end] != "," or cols.lower[end + 1] not in ("the", "a", "an"):
        return False
    cued = False
    for k in range(end + 2, min(end + 7, n)):
        w = cols.lower[k]
        if w in SHOW_NOUNS:
            return True
        if w == "series":
            return cued
        if w in SHOW_CUES or cols.ent[k] == "ORG":
            cued = True  # ("animated" as a verb too)
        elif cols.pos[k] in ("ADP", "AUX", "PRON") or cols.pos[k] == "PUNCT" and cols.text[k] != "-" \
                or cols.pos[k] == "VERB" and cols.tag[k] not in ("VBG", "VBN") \
                or cols.text[k].islower() and cols.pos[k] == "NOUN":
            return False  # (a verb or the noun of another phrase: "X, the one film that ...")
    return False


@lru_cache(maxsize=65536)
def clean(text: str) -> str:
    text = _SPACE.sub(" ", text).strip(" ,.;:'\"‘’“”()[]")
    return re.sub(r"['’]s$", "", text).strip()


@lru_cache(maxsize=65536)
def norm_key(text: str) -> str:
    return re.sub(r"[^\w]+", " ", clean(text).lower()).strip()


@dataclass(eq=False)
class Mention:
    start: int
    end: int
    text: str
    votes: Counter = field(default_factory=Counter)
    year: str | None = None
    series: tuple[int, int] | None = None  # for "a fourth Title movie"
    in_parens_of: int | None = None  # token index of the person a bracketed filmography follows
    type: str | None = None  # decided type
    fixed: str | None = None  # a type set by a rule that the document-wide vote must not change
    ner: Counter = field(default_factory=Counter)  # the share of ``votes`` that came from NER labels

    @property
    def key(self) -> str:
        return norm_key(self.text)


@dataclass(eq=False)
class PairRef(Mention):
    """"the siblings": the one pair of siblings the text names, read once every fact is found
    (``relations._pairs_expanded``). ``kin`` is False for a "they" that stands for the pair: it says
    nothing of how the two are related."""

    kin: bool = True


class Mentions:
    """All mentions of a Doc, indexed by token."""

    def __init__(self, doc: Doc, titles: list[Title]):
        self.doc = doc
        self.cols = cols = columns(doc)
        self.decided = 0
        self.all: list[Mention] = []
        self.by_token: dict[int, Mention] = {}
        self.lex = lexicon()
        self.turns = Turns(doc)
        self._title_keys = {norm_key(cols.span_text(t.start, t.end)) for t in titles}
        for t in titles:
            m = self.add(t.start, t.end, "Film", 3.0 * t.strength)
            if m is not None:
                m.year = m.year or t.year
                if t.extra.get("series"):
                    m.series = t.extra["series"]
                    m.n = t.extra.get("n")  # type: ignore[attr-defined]
        for ent in doc.ents:
            if ent.label_ in NER_VOTES:
                first = ent.start
                personal = ent.label_ == "PERSON" or ent.label_ == "ORG" and self._personal_name(ent.start, ent.end)
                while (personal or len(ent) == 1 and ent.label_ in ("GPE", "ORG", "NORP")) \
                        and first > cols.sent_start[ent.start] and cols.pos[first - 1] == "PROPN" \
                        and cols.dep[first - 1] == "compound" and ent.start <= doc[first - 1].head.i < ent.end \
                        and (not cols.ent[first - 1] or personal and first == ent.start
                             and cols.ent[first - 1] in ("GPE", "NORP", "ORG") and cols.ent_iob[first - 1] == "B")\
                        and cols.is_title[first - 1] \
                        and cols.lower[first - 1] not in self.lex.person_titles | RANKS:
                    first -= 1  # NER's "Pell" in "Ana Pell will score ...": the first name belongs to it
                    lone = self.by_token.get(first)  # ... also when NER called the first name a place
                    if lone is not None and lone.end - lone.start == 1 and lone.votes == lone.ner:
                        self._drop(lone)
                opening = first - 1 if first > 0 and cols.text[first - 1] in ("The", "A", "An") else first
                if cols.tag[ent.end - 1] == "POS" and cols.text[opening] in ("The", "A", "An") \
                        and inner_possessive(doc, opening, ent.end - 1, cols.sent_end[first]):
                    run = title_span(doc, opening)  # NER's "The Warden's" of "The Warden's Niece": one title
                    if run is not None and run[1] > ent.end:
                        self.add(*run, "Film", 1.0, overlap_ok=False)
                        continue
                start, end = self._trim(first, ent.end)
                if ent.label_ == "PERSON" and 2 <= start and start + 2 < end and cols.text[start - 1] in '"\'“‘' \
                        and cols.text[start + 1] in '"\'”’' and is_given_name(cols.lower[start - 2]):
                    start -= 2  # NER's 'Nick" B' of 'A "Nick" B': the whole name
                if start < end < len(doc) and cols.text[end - 1] in SUBTITLE_WORDS and (
                        cols.like_num[end] or cols.text[end] in ROMAN):
                    end += 1  # NER's "Title: Part" of "Title: Part Two"
                if ent.label_ == "PERSON" and start < end and hyphen_given_name(cols, end - 1):
                    end += 2  # NER's "Baek Ji" of "Baek Ji-woo"
                owner = next((k for k in range(start + 1, end - 1) if cols.tag[k] == "POS"), None)
                if owner is not None and owner - start == 1 and end - owner - 1 >= 2 \
                        and all(cols.is_title[x] for x in range(owner + 1, end)) and first_name_opening(doc, start):
                    # NER's "Ada's Big Day": a lone first name no one of the text bears opens a title
                    self.add(start, end, "Film", 1.0, overlap_ok=False)
                    continue
                if owner is not None and cols.text[owner - 1] not in ("It", "Let", "That", "What") \
                        and ent.label_ != "WORK_OF_ART" and (ent.label_ == "PERSON" or end - owner - 1 == 2
                                                             and all(cols.is_title[x] for x in range(owner + 1, end))
                                                             or (
                            cols.lower[start] not in ("a", "an", "the")
                            and not (start > 0 and cols.text[start - 1] == "The"))) \
                        and end - owner - 1 >= 2:  # not "A Young Sailor's Diary", "Schindler's List"
                    # NER's "Studio's Title": the owner and the thing owned are two names
                    typ, w = NER_VOTES[ent.label_]
                    if start > cols.sent_start[ent.start] and cols.pos[start - 1] == "PROPN" \
                            and cols.is_title[start - 1] and not cols.ent[start - 1] and owner - start == 1 \
                            and typ == "Organization" \
                            and cols.lower[start - 1] not in self.lex.person_titles | RANKS:
                        start, typ = start - 1, "Person"  # "Ana Vale's Title", NER's "Vale's Title": a person's
                    m = self.add(*self._trim(start, owner), typ, w, overlap_ok=False)
                    if m is not None:
                        m.ner[typ] += w
                    owned = self.add(*self._trim(owner + 1, end), overlap_ok=False)
                    if owned is not None and cols.text[owner + 1] in ("The", "A", "An"):
                        owned.votes["Film"] += 2.0  # "A's The Quiet Coast": a person's name never opens so
                    continue
                part = next((k for k in range(start + 2, end - 1) if cols.lower[k] == "as"), None) \
                    if ent.label_ == "PERSON" else None
                if part is not None:  # NER's "A B as C D": an actor, then the part
                    m = self.add(*self._trim(start, part), "Person", NER_VOTES["PERSON"][1], overlap_ok=False)
                    if m is not None:
                        m.ner["Person"] += NER_VOTES["PERSON"][1]
                    self.add(*self._trim(part + 1, end), overlap_ok=False)
                    continue
                between = start > 0 and cols.lower[start - 1] == "between"  # "between A and B": two things
                joint = next((k for k in range(start + 1, end - 1) if cols.lower[k] == "and"
                              and (cols.lower[k - 1] in self.lex.org_suffixes or ent.label_ == "PERSON" or between
                                   or k == start + 1 and cols.pos[start] == "PROPN"
                                   and self._personal_name(k + 1, end)
                                   or self._personal_name(start, k) and self._personal_name(k + 1, end))),
                             None)  # (NER's company "Dov and Ilse Marr": a first name and a full name, two people)
                if joint is not None and (ent.label_ in ("ORG", "PERSON") or between):  # NER's "Brandt and Roux"
                    # NER's "Frame Films and Arte": two companies
                    typ, w = NER_VOTES[ent.label_]
                    for a, b in ((start, joint), (joint + 1, end)):
                        m = self.add(*self._trim(a, b), typ, w, overlap_ok=False)
                        if m is not None:
                            m.ner[typ] += w
                    continue
                commas = [k for k in range(start + 1, end - 1) if cols.text[k] == ","]
                if commas and cols.lower[end - 1] not in ("jr", "jr.", "sr", "sr."):
                    # NER's "Title, A Name": two names set off by a comma; the label was for the first
                    self.add(*self._trim(commas[-1] + 1, end), overlap_ok=False)
                    end = commas[0]
                if start < end:
                    typ, w = NER_VOTES[ent.label_]
                    if typ == "Organization" and self._personal_name(start, end):
                        typ = "Person"  # NER's "ORG" for an unfamiliar full name: its first name says person
                    elif typ == "Person" and end - start >= 2 and cols.lower[end - 1] in self.lex.org_suffixes:
                        typ = "Organization"  # NER's "PERSON" for "Dunmarrow Releasing": the suffix says company
                    elif typ == "Person" and end - start == 1 and cols.lemma[start] in self.lex.film_nouns \
                            and cols.sent_start[start] == start:
                        continue  # "Horror is back in fashion": a capitalised genre opening a sentence
                    w = w if first == ent.start else w * 0.6  # a guess on top of NER's own guess
                    m = self.add(start, end, typ, w, overlap_ok=False)
                    if m is not None:
                        m.ner[typ] += w

    def coordinated_people(self) -> None:
        """'Juno Aldana and Reuben Okparaeke' where NER saw only one of them: a full name joined by "and"
        to a person's full name is a person's too."""
        doc = self.doc
        cols = columns(doc)
        for ent in doc.ents:
            if ent.label_ != "PERSON" or len(ent) < 2:
                continue
            for a, b in ((ent.start - 1, ent.start - 3), (ent.end, ent.end + 1)):
                if not (0 <= a < len(doc)) or cols.lower[a] != "and":
                    continue
                run = (a - 2, a) if b < a else (a + 1, a + 3)  # two title-case words (the parser may split them)
                if b > a and run[1] + 1 < len(doc) and cols.text[run[1]] == "-" and not cols.space[run[1] - 1] \
                        and not cols.space[run[1]] and cols.is_title[run[1] + 1]:
                    run = (run[0], run[1] + 2)  # "... and Ada Okoro-Bright": the surname goes on past its hyphen
                elif b < a and run[0] >= 2 and cols.text[run[0]] == "-":
                    run = (run[0] - 2, run[1])  # "Ada Okoro-Bright and ...", read back from "Bright"
                if run[0] < 0 or run[1] > len(doc) or not all(cols.is_title[k] and cols.is_alpha[k]
                                                              and cols.pos[k] == "PROPN" or cols.text[k] == "-"
                                                              and run[0] < k < run[1] - 1 for k in range(*run)) \
                        or any(cols.ent[k] in ("PERSON", "DATE", "GPE", "NORP") for k in range(*run)) \
                        or run[1] < len(doc) and b > a and doc[run[1]].is_title and doc[run[1]].is_alpha:
                    continue
                if not any(k in self.by_token for k in range(*run)):
                    m = self.add(*run, "Person", 1.0)
                    if m is not None:
                        m.ner["Person"] += 1.0

    def named_members(self) -> None:
        """Given names the text ties to a family name are full names: "the Lidholm brothers, Ivo and
        Pim" names Ivo Lidholm and Pim Lidholm; "Ivo and Pim Lidholm" names Ivo Lidholm,
        also where NER saw only the second of them. (The group word then stands for these people.)"""
        cols, n = self.cols, len(self.doc)

        def lone_name(k: int) -> bool:
            return 0 <= k < n and cols.is_title[k] and cols.is_alpha[k] and cols.pos[k] == "PROPN" \
                and (cols.ent[k] not in ("GPE", "DATE", "NORP", "ORG", "LOC")
                     or cols.ent[k] == "ORG" and is_given_name(cols.lower[k]))  # (NER's "ORG" for a Nordic given name)

        def give(k: int, surname: str) -> None:
            m = self.by_token.get(k)
            if m is None:
                m = self.add(k, k + 1, "Person", 1.0, overlap_ok=False)
                if m is not None:
                    m.ner["Person"] += 1.0
            if m is not None and (m.start, m.end) == (k, k + 1):
                m.full = f"{cols.text[k]} {surname}"  # type: ignore[attr-defined]
                m.votes["Person"] += 1.0  # (whatever NER made of the lone first name)

        for k in cols.where(GROUP_NOUNS):
            s = k - 1  # "the Lidholm brothers, Ivo and Pim"
            if s < 1 or not (cols.is_title[s] and cols.pos[s] == "PROPN") or cols.is_title[s - 1] \
                    and cols.lower[s - 1] != "the":
                continue
            j = k + 1 + (k + 1 < n and cols.text[k + 1] == ",")
            names: list[int] = []
            named = lambda k: 0 <= k < n and cols.is_title[k] and cols.is_alpha[k] and cols.pos[k] == "PROPN"  # noqa: E731
            while named(j):  # (whatever NER made of them: after "the X brothers," they are first names)
                names.append(j)
                if j + 2 < n and cols.lower[j + 1] == "and" or cols.text[j + 1:j + 2] == [","] and named(j + 2):
                    j += 2
                    continue
                break
            last = names[-1] + 1 if names else k
            if len(names) >= 2 and not (last < n and cols.is_title[last]) and cols.lower[names[-1] - 1] == "and":
                for i in names:
                    give(i, cols.text[s])
        for k in cols.where("and"):  # "Ivo and Pim Lidholm": the first name shares the surname
            a = k - 1
            if not lone_name(a) or a > 0 and cols.is_title[a - 1] and cols.lower[a - 1] not in GROUP_NOUNS or not (
                    is_given_name(cols.lower[a]) or cols.ent[a] == "PERSON") or any(
                    len(m.text.split()) >= 2 and m.text.split()[-1] == cols.text[a] for m in self.all):
                continue  # (not "Ivo Lenz ... co-written by Lenz and Ada Brink": a surname here)
            b = self.by_token.get(k + 1)
            if b is None and lone_name(k + 1) and lone_name(k + 2) and is_given_name(cols.lower[k + 1]) \
                    and k + 2 not in self.by_token and not (k + 3 < n and cols.is_title[k + 3]):
                b = self.add(k + 1, k + 3, "Person", 1.0, overlap_ok=False)  # (NER saw neither name)
            if b is None or b.start != k + 1 or b.end - b.start != 2 or (b.end < n and cols.is_title[b.end]) \
                    or not is_given_name(cols.lower[b.start]):
                continue
            give(a, cols.text[b.end - 1])

    def repeat_titles(self) -> None:
        """One sense per document: a name a title cue made a film (a quoted headline title, "the film X")
        is a film wherever the text repeats it, also where nothing around it says so."""
        doc = self.doc
        cols = columns(doc)
        films = [m for m in self.all if m.votes.get("Film", 0) >= 2.5]
        if not films:
            return
        low = columns(doc).lower  # (making Token objects is what costs here)
        at: dict[str, list[int]] = defaultdict(list)
        for i, w in enumerate(low):
            at[w].append(i)
        for m in films:
            words = low[m.start:m.end]
            n = len(words)
            if n == 1 and (cols.pos[m.start] in ("PRON", "DET", "ADP") or doc[m.start].is_stop):
                continue  # "Her", "Us": only where a cue says so
            for i in at.get(words[0], ()):
                if i == m.start or low[i:i + n] != words \
                        or any(cols.text[i + j] != cols.text[m.start + j] for j in range(n)):  # not "harbor"
                    continue
                if n == 1 and doc[i].is_sent_start:
                    continue
                e = i + n
                if e + 1 < len(doc) and cols.lower[e] == "part" and (cols.text[e + 1] in ROMAN or cols.like_num[e + 1]):
                    if not any(k in self.by_token for k in range(i, e + 2)) or self._pieces_of(i, e + 2):
                        self.add(i, e + 2, "Film", 2.0, overlap_ok=False)  # "Title Part 2": its sequel
                    continue
                if (i + n < len(doc) and (cols.text[i + n][:1].isupper() and cols.is_alpha[i + n]
                                          or cols.text[i + n] in (":", "–", "—") and i + n + 1 < len(doc)
                                          and cols.text[i + n + 1][:1].isupper())) \
                        or (i > 0 and cols.text[i - 1][:1].isupper() and cols.is_alpha[i - 1]
                            and not doc[i - 1].is_sent_start):
                    continue  # part of a longer name
                if any(k in self.by_token for k in range(i, i + n)) and not self._pieces_of(i, i + n):
                    continue
                other = self.add(i, i + n, "Film", 2.0, overlap_ok=False)
                if other is not None:
                    other.year = other.year or m.year

    def _pieces_of(self, start: int, end: int) -> bool:
        """Are the mentions within tokens ``start``..``end`` pieces of a title the text repeats ("Gorse" and
        "Moor" of "Gorse to the Moor", split at its small words)? They are dropped for the whole name; a name
        that runs on past the span, or a person's, stays."""
        inner = {id(m): m for k in range(start, end) if (m := self.by_token.get(k)) is not None}.values()
        if end - start < 3 or not any(self.cols.text[k].islower() for k in range(start, end)) or any(
                m.start < start or m.end > end or m.end - m.start == end - start or m.votes.get("Person", 0) >= 1
                or m.fixed for m in inner):
            return False
        for m in list(inner):
            self._drop(m)
        return True

    def banner_names(self) -> None:
        """'his Longbow House banner', 'the Halberd label': a name right before a company noun is a company."""
        cols = self.cols
        for j in cols.where(self.lex.banner_nouns - {"company"}):
            if j < 2 or not cols.text[j].islower() or not cols.text[j - 1][:1].isupper():
                continue
            m = self.by_token.get(j - 1)
            if m is None:
                run = name_run(self.doc, j - 1, allow_connectors=False, max_len=4)
                m = self.add(*run) if run is not None and run[1] == j else None
            if m is not None and m.end == j:
                m.votes["Organization"] += 3.0
        for j in cols.where(("founded", "co-founded", "founds", "co-founds")):  # "who co-founded X with her brother"
            if j + 1 < len(self.doc) and cols.text[j + 1][:1].isupper() and cols.pos[j] == "VERB":
                run = name_run(self.doc, j + 1, allow_connectors=False, max_len=4)
                m = self.by_token.get(j + 1) or (self.add(*run) if run is not None else None)
                if m is not None and m.start == j + 1:
                    m.votes["Organization"] += 3.0

    BOOK_NOUNS = frozenset({"novel", "book", "memoir", "play", "comic", "novella", "manga", "biography", "bestseller",
                            "game", "videogame", "podcast", "poem", "comic_strip"})  # (the lemma of "comics")

    def described_works(self) -> None:
        """'X, a slim 1990s novel', "that book is A's X", 'which adapted A's X': a book, a play, not a film,
        whatever a title cue said."""
        cols = self.cols
        works = self.lex.work_nouns
        for m in self.all:
            if not m.votes.get("Film", 0):
                continue
            if noun_after(cols, m.end, works, ("a", "an", "the", "her", "his", "their")) is not None:
                m.votes["Work"] += 3.5  # "X, a slim 1990s novel"
            elif noun_after(cols, m.end, self.lex.extra_nouns) is not None:
                m.votes["Work"] += 5.0  # a disc's '"X," a 25-minute featurette': quoted, yet no film
            b = m.start - 1
            while b >= 0 and cols.text[b] in OPEN_QUOTES:
                b -= 1
            if b >= 0 and cols.lemma[b] in self.BOOK_NOUNS and cols.text[b].islower() and cols.pos[b] == "NOUN":
                # "Dunleavy's 1971 novel The Ironbridge Boys" (not "his series X", TV); more than a quote mark
                # and NER's label give a film: books are quoted too
                m.votes["Work"] += 4.0
                continue
            if self._sung(m):
                m.votes["Work"] += 4.0
                continue
            b = m.start - 1
            if b >= 1 and cols.text[b] in ("'s", "’s"):
                b = self.by_token[b - 1].start - 1 if b - 1 in self.by_token else b - 2
            while b >= 0 and cols.text[b] in OPEN_QUOTES:
                b -= 1
            if b >= 1 and (cols.lemma[b] == "adapt" and cols.tag[b] in ("VBD", "VBZ", "VBP")
                           or cols.lower[b] in ("is", "was") and cols.lemma[b - 1] in works):
                m.votes["Work"] += 3.0  # "which adapted A's X", "that book is A's X"

    SONG_NOUNS = frozenset({"song", "single", "track", "ballad", "anthem", "tune", "album", "hit-single"})

    def _sung(self, m: Mention) -> bool:
        """'composed the songs, including "X"', 'the album's single, A's "X"': a quoted song, not a film
        (a song noun shortly before the quote, no film noun in between)."""
        cols = self.cols
        b = m.start - 1
        if b < 0 or cols.text[b] not in OPEN_QUOTES:
            return False
        for k in range(b - 1, max(cols.sent_start[m.start], b - 9) - 1, -1):
            if cols.lemma[k] in self.lex.film_nouns or cols.text[k] in OPEN_QUOTES or cols.text[k] in (";", ":"):
                return False
            if cols.lemma[k] in self.SONG_NOUNS and cols.text[k].islower() and cols.pos[k] == "NOUN":
                return True
        return False

    def sibling_titles(self) -> None:
        """'The Vantage Protocol' is a film and "Vantage" names a franchise ("the Vantage spy franchise",
        or a film of its own): another name opening the same way ("The Vantage Accord") is a film of
        that family too, where nothing around it says so."""
        doc, cols = self.doc, self.cols
        bases = {cols.text[m.start] for m in self.all if m.end - m.start == 1 and m.votes.get("Film", 0) >= 2.5}
        for j in self.cols.where(self.lex.series_nouns):
            for k in (j - 1, j - 2):
                if k >= 0 and cols.text[k][:1].isupper() and cols.is_alpha[k] and cols.pos[k] == "PROPN" \
                        and cols.sent_start[k] != k:
                    bases.add(cols.text[k])  # "the Vantage spy franchise", "the Vantage series" (not "The franchise")
        series = {cols.text[m.series[0]] for m in self.all if m.series is not None and m.series[1] - m.series[0] == 1}
        series |= {b for b in bases if any(cols.text[k] == b and k + 1 < len(doc) and cols.lower[k + 1]
                                           in self.lex.series_nouns for k in self.cols.where((b.lower(),)))}
        prefixes = {(w,) for w in series} | {("The", w) for w in series}  # "Third 'Harrow' Movie", "Harrow franchise"
        for m in self.all:
            words = cols.text[m.start:m.end]
            lead = 1 if words[0] in ("The", "A", "An") else 0
            if m.votes.get("Film", 0) >= 2.5 and len(words) > lead + 1 and words[lead] in bases:
                prefixes.add(tuple(words[:lead + 1]))
        if prefixes:
            self._family_rests(prefixes)
        for prefix in prefixes:
            n = len(prefix)
            for i in self._prefix_hits(prefix):
                run = name_run(doc, i, allow_connectors=False, max_len=6)
                if run is None or run[0] != i or run[1] <= i + n or cols.lower[run[1] - 1] in self.lex.org_suffixes \
                        or any(cols.ent[j] == "PERSON" for j in range(*run)) \
                        or cols.lower[run[1] - 1] in self.lex.series_nouns or headline_at(doc, i) \
                        or i > 0 and (cols.lemma[i - 1] in self.lex.work_nouns
                                      or cols.lower[i - 1] in self.lex.series_nouns):
                    continue  # ("the Harrow Saga": the franchise; "the novel series X": a book; a headline joins all)
                known = {self.by_token[j] for j in range(*run) if j in self.by_token}
                if not known:
                    self.add(*run, "Film", 2.5)
                elif len(known) == 1 and (m := known.pop()).start == run[0] and m.end == run[1] \
                        and m.votes.get("Film", 0) < 2.5 and m.votes.get("Person", 0) < 2:
                    m.votes["Film"] += 2.5

    def _prefix_hits(self, prefix: tuple[str, ...]) -> list[int]:
        """Where the words of ``prefix`` stand in the text, looked up by its last (rarest) word."""
        cols, n = self.cols, len(prefix)
        return [j - n + 1 for j in cols.where((prefix[-1].lower(),))
                if j >= n - 1 and tuple(cols.text[j - n + 1:j + 1]) == prefix]

    def _family_rests(self, prefixes: set[tuple[str, ...]]) -> None:
        """'took over the reins on Accord': a family film named by what follows the family's name
        ("The Vantage Accord"), when one film of the text ends that way."""
        doc, cols = self.doc, self.cols
        rests: dict[str, list[str]] = defaultdict(list)
        for prefix in prefixes:
            n = len(prefix)
            for i in self._prefix_hits(prefix):
                run = name_run(doc, i, allow_connectors=False, max_len=6)
                if run is not None and run[0] == i and run[1] > i + n:
                    rests[cols.span_text(i + n, run[1])].append(cols.span_text(i, run[1]))
        self.family_rest = {norm_key(r): norm_key(v[0]) for r, v in rests.items() if len(set(v)) == 1}
        for r in rests:
            words = r.split()
            if len(set(rests[r])) != 1 or len(words) > 3:
                continue
            for i in self.cols.where((words[0].lower(),)):
                if cols.text[i:i + len(words)] == words and not doc[i].is_sent_start \
                        and (i + len(words) >= len(doc) or not cols.text[i + len(words)][:1].isupper()) \
                        and not (i > 0 and cols.text[i - 1][:1].isupper()):
                    m = self.by_token.get(i)
                    if m is None:
                        self.add(i, i + len(words), "Film", 2.0)
                    elif m.start == i and m.end == i + len(words):
                        m.votes["Film"] += 2.0

    # ------------------------------------------------------------ building

    def _personal_name(self, start: int, end: int) -> bool:
        """A first name, then one to three more capitalised words, none a company word: a person's name."""
        cols, lex = self.cols, self.lex
        if not 2 <= end - start <= 4 or not all(cols.pos[k] == "PROPN" or cols.text[k] == "-" or
                                                cols.lower[k] in CONNECTORS for k in range(start, end)):
            return False
        last = cols.lower[end - 1]
        if last in lex.org_suffixes or last in lex.production_suffixes or last in lex.banner_nouns:
            return False
        return is_given_name(cols.lower[start]) and cols.is_title[start] \
            and cols.lower[start] not in RANKS | lex.person_titles  # "Major Ridge", not a major

    def _trim(self, start: int, end: int) -> tuple[int, int]:
        doc = self.doc
        cols = columns(doc)
        titles = self.lex.person_titles
        if start + 2 < end and cols.text[start] in ("Q", "A") and cols.text[start + 1] == ":":
            start += 2  # an interview's "Q: A B ...": the speaker mark is no part of the name
        while start < end and (cols.lower[start] in titles or cols.text[start] in ("the", "a", "an")
                               or cols.tag[start] == "NNS" and cols.lemma[start] in titles
                               or (start + 2 < end or start + 1 < end and is_given_name(cols.lower[start + 1]))
                               and cols.lower[start][-1:] == "s" and cols.lower[start][:-1] in titles):
            # ("Directors Ada and Ola Brink": the plural names what they are, not whom)
            if cols.text[start] in ("Star", "Stars") and not (start + 1 < end and cols.ent[start + 1] == "PERSON"):
                break  # "Star Knight", "Star Harbor": a title's word, not "star A"
            start += 1  # "the Night Ferry" as NER spans it: the article is no part of the name
        while start < end and cols.lower[start] in CREDIT_WORDS:
            start += 1  # NER's "Featuring A", "A Jr. Directed"
        if start + 1 < end and cols.lower[start] in ("opposite", "alongside", "beside", "unlike", "including") \
                and (start == cols.sent_start[start] or cols.is_punct[start - 1]):
            start += 1  # "Opposite A, B plays ..." opening a sentence
        if start + 2 < end and cols.lower[start + 1] in self.lex.role_nouns \
                and cols.lower[start + 1] not in ("star", "lead", "co-star", "costar") \
                and (cols.ent[start] == "NORP" or cols.tag[start] == "JJ"
                     or cols.is_title[start] and cols.lower[start].endswith(("ish", "ian", "ese", "ic", "ch"))):
            start += 2  # NER's "Turkish DP A", "Danish DP A" (tagged a name)
        if start + 2 < end and (cols.ent[start] == "NORP" or cols.lower[start].endswith(("ish", "ian", "ese", "ch"))
                                and not (cols.lower[start].endswith("ian") and is_given_name(cols.lower[start]))) \
                and cols.is_title[start] and is_given_name(cols.lower[start + 1]) and cols.ent[start + 1] != "NORP":
            start += 1  # NER's "Austrian Jorg Tann": the nationality is no part of the name (a "Brian" is)
        if start + 1 < end and cols.lower[start] in ("brothers", "sisters", "siblings", "twins"):
            start += 1  # "Brothers Arvid and Nils Vale" opening a sentence
        while end > start and (cols.text[end - 1] in ("'s", "’s", "'", "’") or cols.is_punct[end - 1]
                               or cols.lower[end - 1] in CREDIT_WORDS
                               or cols.text[end - 1].isalpha() and cols.text[end - 1].islower()
                               and cols.pos[end - 1] in ("ADV", "VERB", "AUX", "ADP", "PART", "PRON", "CCONJ", "DET")
                               or cols.text[end - 1].islower() and not cols.space[end - 1] and end < len(doc)
                               and cols.text[end] == "-"):
            end -= 1  # (NER's "Focus later", "A Jr. directed", "A co" of "A co-wrote")
        cut = next((k for k in range(start + 1, end) if cols.text[k] == "(" and ")" not in cols.text[k:end]), None)
        if cut is not None:
            end = cut  # NER's "Title (Studio": an opening bracket without its closing one ends the name
        for k in range(start + 1, end - 1):  # "Title by Author", "Title for Studio": two names, not one
            nxt = doc[k + 1]
            if cols.lower[k] == "by" and (nxt.ent_type_ == "PERSON" or k + 2 < end and nxt.pos_ == "PROPN"
                                          and nxt.is_title and doc[k + 2].pos_ == "PROPN" and doc[k + 2].is_title) or \
                    cols.lower[k] == "for" and nxt.text[:1].isupper() and nxt.lower_ not in ("a", "an", "the") \
                    and (nxt.ent_iob_ == "B" or cols.lower[end - 1] in self.lex.org_suffixes
                         or norm_key(cols.span_text(start, k)) in getattr(self, "_title_keys", ())):
                # "Title for Studio", "Title for Focus Features": a second name starts there
                end = k
                break
        return start, end

    def add(self, start: int, end: int, typ: str | None = None, weight: float = 1.0,
            overlap_ok: bool = True, exact: bool = False) -> Mention | None:
        """The mention for doc[start:end], creating it; ``exact`` splits a longer overlapping mention
        (NER often joins "Studio A and Studio B" into one)."""
        if self.turns.labels and any(i in self.turns.labels for i in range(start, end)):
            return None  # "MARCHETTI:", "Q:": who speaks next, no name in the sentence
        existing = list(dict.fromkeys(self.by_token[i] for i in range(start, end) if i in self.by_token))
        if exact:
            for m in existing:
                if (m.start, m.end) != (start, end) and not m.votes.get("Film", 0) >= 2.5:
                    self._drop(m)
            existing = [m for m in existing if m in self.all]
        for m in existing:
            if m.start == start and m.end == end:
                if typ:
                    m.votes[typ] += weight
                return m
        if existing:
            if not overlap_ok:
                # An NER span overlapping a title: the title wins, NER still votes.
                for m in existing:
                    if typ and (m.start <= start and m.end >= end):
                        m.votes[typ] += weight * 0.3
                return None
            for m in existing:  # a longer, stronger span replaces shorter ones
                if m.end - m.start > end - start:
                    if typ:
                        m.votes[typ] += weight * 0.5
                    return m
            for m in existing:
                self._drop(m)
        text = self.cols.span_text(start, end)
        if not clean(text):
            return None
        m = Mention(start, end, text)
        if typ:
            m.votes[typ] += weight
        self.all.append(m)
        for i in range(start, end):
            self.by_token[i] = m
        return m

    def _drop(self, m: Mention) -> None:
        self.all.remove(m)
        for i in range(m.start, m.end):
            if self.by_token.get(i) is m:
                del self.by_token[i]

    def at(self, tok: Token | int | None, create: bool = True) -> Mention | None:
        """The mention covering a token, creating one from its capitalised name run if needed."""
        if tok is None:
            return None
        i = tok if isinstance(tok, int) else tok.i
        if i in self.by_token:
            return self._with_subtitle(self.by_token[i]) if create else self.by_token[i]
        cols = self.cols
        if not create or not is_cap(self.doc[i]) or cols.ent[i] in NON_NAMES - {"NORP", "GPE", "LOC", "DATE"} \
                or cols.ent[i] == "DATE" and (cols.like_num[i] or cols.lower[i].rstrip(".") in CALENDAR):
            return None  # (NER's date "Jan-Pieter van Doorn", for the month in "Jan", is a name)
        run = name_run(self.doc, i)
        if run is None:
            return None
        start, end = self._trim(*run)
        if start >= end or not any(self.cols.text[k][0].isupper() for k in range(start, end)):
            return None
        return self.add(start, end)

    def title_phrase(self, tok: Token) -> Mention | None:
        """A whole title-cased noun phrase in a film slot ("Night on a Salt Marsh")."""
        sent = tok.sent
        lo, hi = tok.left_edge.i, tok.right_edge.i + 1
        lo, hi = max(lo, sent.start), min(hi, sent.end)
        while hi > lo and self.cols.is_punct[hi - 1]:
            hi -= 1
        for k in range(hi - 1, lo, -1):  # "Studio's Title": the owner is not part of the title
            owned = self.cols.tag[k] == "POS" or self.cols.text[k] in ("'s", "’s") and self.cols.text[k - 1] not in (
                "It", "Let", "That", "What", "Here", "There", "Who")
            if owned and self.cols.text[lo] not in ("A", "An", "The"):  # not "A Young Sailor's Diary"
                lo = k + 1
                break
        split = False
        for c in tok.children:  # "scored Title One and The Other One": two films, each its own conjunct
            k = c.left_edge.i - 1
            if c.dep_ == "conj" and c.pos_ in ("PROPN", "NOUN", "NUM") and lo < k < hi \
                    and self.cols.lower[k] in ("and", "&") and (
                    self.cols.text[k + 1] in ("The", "A", "An") or sum(self.cols.is_title[lo:k]) >= 2
                    and sum(self.cols.is_title[k + 1:c.right_edge.i + 1]) >= 2
                    or self.cols.lower[lo:k] == self.cols.lower[k + 1:c.right_edge.i]
                    and sequel_number(self.cols.span_text(k + 1, c.right_edge.i + 1)) is not None  # "X and X 2"
                    or self._known_film(lo, k) and self._known_film(k + 1, c.right_edge.i + 1, subtitles=True)):
                # ("cut Title and Subtitle": two films the text named one by one)
                hi, split = k, True
                break
        for k in range(lo + 1, hi - 1):  # "Title for Studio Films", "Title with A Person": the phrase ends there
            if self.cols.lower[k] in ("for", "with", "by", "from", "at", "via") \
                    and (self.cols.lower[hi - 1] in self.lex.org_suffixes
                         or self.cols.ent_iob[k + 1] == "B" and self.cols.ent[k + 1] in ("PERSON", "ORG")
                         or self._known_film(lo, k)):  # "Title from The Book": a film the text named already
                hi = k
                break
            if self.cols.lower[k] == "in" and self.cols.ent_iob[k + 1] == "B" and self.cols.ent[k + 1] in (
                    "GPE", "LOC") and self._known_film(lo, k):
                hi = k  # "released Title in North America": where, not part of the name
                break
        words = self.doc[lo:hi]
        if not (2 <= len(words) <= 10) or not words[0].text[:1].isupper():
            return None
        if any(t.is_punct and t.text not in (":", "'", "’", "-", "–") or t.ent_type_ in ("DATE", "CARDINAL")
               for t in words):
            return None
        if any(not (t.text[:1].isupper() or t.text[:1].isdigit() or t.lower_ in SMALL_WORDS or t.is_punct)
               for t in words):
            return None
        current = self.by_token.get(tok.i)
        if split and current is not None and current.start >= lo and current.end > hi \
                and not (current.start and self.cols.text[current.start - 1] in OPEN_QUOTES):
            self._drop(current)  # the title finder's "Title and Other": the split says two films
            current = None
        if current is not None and current.end - current.start >= hi - lo and not (split and current.end > hi):
            return current
        return self.add(lo, hi, exact=split)

    def known_pair(self, start: int, end: int) -> int | None:
        """The "and" of "Title and Other" (tokens ``start``..``end``) when the text named both films one by
        one elsewhere: two films, not one title."""
        for k in range(start + 1, end - 1):
            if self.cols.lower[k] in ("and", "&") and self._known_film(start, k) \
                    and self._known_film(k + 1, end, subtitles=True):
                return k
        return None

    def _known_film(self, start: int, end: int, subtitles: bool = False) -> bool:
        """Is the text of tokens ``start``..``end`` a film named elsewhere (or, with ``subtitles``, the
        subtitle of one: "Heartsoil" of "Title 2: Heartsoil")?"""
        key = norm_key(self.cols.span_text(start, end))
        return any((m.key == key or subtitles and m.key.endswith(" " + key) and ":" in m.text)
                   and m.votes.get("Film", 0) >= 2.5 for m in self.all if m.start != start)

    def _with_subtitle(self, m: Mention) -> Mention:
        """NER's "The Long Road" of "The Long Road: Part II": the whole title, subtitle included."""
        if m.votes != m.ner or not any(w in (":", "–", "—") for w in self.cols.lower[m.end:m.end + 6]):
            return m
        run = name_run(self.doc, m.start)
        if run is not None and run[0] <= m.start and run[1] > m.end \
                and any(t.text in (":", "–", "—") for t in self.doc[m.end:run[1]]):
            return self.add(*self._trim(*run)) or m
        return m

    def vote(self, tok: Token | int | None, typ: str, weight: float = 2.0) -> Mention | None:
        if typ == "Film" and isinstance(tok, Token) and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj"):
            phrase = self.title_phrase(tok)
            if phrase is not None:
                phrase = self._with_subtitle(phrase)
                phrase.votes[typ] += weight
                return phrase
        m = self.at(tok)
        if m is not None:
            m.votes[typ] += weight
        return m

    # ------------------------------------------------------------ deciding

    def _join_main_titles(self) -> None:
        """'Hollow Tide: First Light' that NER cut after the colon: the film is the whole name."""
        doc = self.doc
        cols = columns(doc)
        for m in self.all:
            if m.fixed or m.votes.get("Film", 0) < 2.5 or m.start < 2 or cols.text[m.start - 1] != ":":
                continue
            run = name_run(doc, m.start - 2, allow_connectors=True, max_len=6)
            if run is None or run[1] != m.start - 1 or any(cols.ent[k] in ("PERSON", "DATE", "TIME")
                                                          for k in range(*run)):
                continue
            owners = {id(self.by_token[k]): self.by_token[k] for k in range(run[0], m.start)
                      if k in self.by_token and self.by_token[k] is not m}
            prefix = norm_key(cols.span_text(*run))
            if owners and not (len(owners) == 1 and all(  # "Title: Other" where the text has "Title: Subtitle"
                    o.start == run[0] and o.end == run[1] and not o.fixed for o in owners.values())
                    and any(":" in o.text and norm_key(o.text.split(":", 1)[0]) == prefix for o in self.all)):
                continue
            for o in owners.values():
                self._drop(o)
            m.start = run[0]
            m.text = doc[m.start:m.end].text
            for k in range(m.start, m.end):
                self.by_token[k] = m

    def decide(self) -> None:
        """One type per distinct name in the document."""
        self.decided += 1  # (callers cache what depends on the types)
        self._join_main_titles()
        totals: dict[str, Counter] = defaultdict(Counter)
        ner: dict[str, Counter] = defaultdict(Counter)
        for m in self.all:
            if not m.fixed:
                totals[m.key].update(m.votes)
                ner[m.key].update(m.ner)
        cols = self.cols
        for m in self.all:  # "Cuthbert and Bertram Vennel": a first name NER left out, joined to a full name
            if m.end - m.start == 1 and not totals[m.key] and m.end + 2 < len(cols.text) \
                    and cols.lower[m.end] == "and" and is_given_name(cols.lower[m.start]) \
                    and is_given_name(cols.lower[m.end + 1]):
                nxt = self.by_token.get(m.end + 1)
                if nxt is not None and nxt.start == m.end + 1 and nxt.end - nxt.start == 2 \
                        and nxt.votes.get("Person", 0) >= 1:
                    totals[m.key]["Person"] += 1.0
        # NER labels every repetition of a name the same way: ten "ORG" labels are one guess
        # repeated, not ten pieces of evidence against one title cue.
        for k, v in ner.items():
            for typ, w in v.items():
                if w > NER_CAP:
                    totals[k][typ] -= w - NER_CAP
        # A bare surname of someone named in full is that person, whatever NER said of it.
        # (Words as written: "Brask-Lindt" is one word of "Ivo Brask-Lindt", two of its key.)
        words = {m.key: clean(m.text).split() for m in self.all}
        surnames = {norm_key(words[k][-1]) for k, v in totals.items()
                    if len(words.get(k, ())) >= 2 and v and v.most_common(1)[0][0] == "Person"}
        cued = {m.key for m in self.all if m.votes.get("Film", 0) >= 2.5}  # a title cue on some mention
        # ... and a full name whose only evidence is an NER label is the person its surname is.
        surname_people = {k for k, v in totals.items() if len(words.get(k, ())) == 1
                          and v.get("Person", 0) - ner[k].get("Person", 0) >= 1.0
                          and v.most_common(1)[0][0] == "Person"}
        for k, v in totals.items():
            if len(words.get(k, ())) in (2, 3) and norm_key(words[k][-1]) in surname_people and k not in cued \
                    and sum(v.values()) <= sum(ner[k].values()) + 1e-9:
                v["Person"] += 2.0
        for k, v in totals.items():
            if len(words.get(k, ())) == 1 and k in surnames and k not in cued:
                v["Person"] += 3.0
        # "sisters A and B Surname ... A Surname said": a full name NER called a company, which shares its
        # surname with a person named in full and bears no company word, is that person's relative
        for k, v in totals.items():
            w = words.get(k, ())
            if len(w) == 2 and k not in cued and norm_key(w[-1]) in surnames and v \
                    and v.most_common(1)[0][0] == "Organization" and sum(v.values()) <= sum(ner[k].values()) + 1e-9 \
                    and w[-1].lower() not in self.lex.org_suffixes and w[0][:1].isupper() and w[0].isalpha() \
                    and w[0].lower() not in ("the", "a", "an"):
                v["Person"] += 2.0
        # "Orm Hill is co-producing" after "Orm Hill Films": a company's name without its suffix is the company
        # (not when someone of the text bears it: "Lidd" of "Lidd Pictures" may be its founder).
        firms = {norm_key(" ".join(words[k][:-1])) for k in totals if len(words.get(k, ())) >= 2
                 and words[k][-1].lower() in self.lex.org_suffixes and k not in cued}
        for k in firms - surnames - cued:
            if k in totals:
                totals[k]["Organization"] += 5.0  # (outweighs a rule's person vote and NER's "PERSON")
        # "the studio's Title franchise" where the text also names "Title: Subtitle": the name is the franchise's
        # wherever it stands, a headline's quotes included.
        # (Not when the name is also a film's, dated or numbered on: "Title (2008)", "Title II".)
        prefixes = {norm_key(m.text.split(":", 1)[0]) for m in self.all
                    if ":" in m.text and m.votes.get("Film", 0) >= 2}
        films_too = {m.key for m in self.all if m.year} | {norm_key(b[0]) for m in self.all
                                                           for b in [sequel_base(m)] if b is not None}
        for m in self.all:
            if getattr(m, "series_noun", None) and m.key in prefixes and m.key not in films_too:
                totals[m.key]["Series"] += 6.0
        # ... and a bare name that opens two films' "Name: Subtitle" titles or more, in a text that speaks of
        # a franchise (or series, trilogy), is the franchise ("Studio is rebooting Title").
        shared = Counter(norm_key(k.split(":", 1)[0]) for k in {clean(m.text) for m in self.all
                                                                if ":" in m.text and m.votes.get("Film", 0) >= 2})
        if any(n >= 2 for n in shared.values()) and self.cols.where(("franchise", "trilogy", "saga", "series")):
            for k, n in shared.items():
                if n >= 2 and k in totals and k not in films_too and not any(o.key == k and o.year for o in self.all):
                    totals[k]["Series"] += 6.0
        # A name nothing else types ("Ulla Brandvik" with NER silent) is a person when it opens with a first name.
        for m in self.all:
            v = totals[m.key]
            if m.key not in cued and sum(v.values()) < 0.9 and self._personal_name(m.start, m.end):
                v["Person"] += 1.0
        outlets = {norm_key(n) for n in self.lex.press_outlets["names"]}
        for m in self.all:
            if m.key in outlets:
                m.fixed = "Organization"  # "The Hollywood Reporter has learned": the paper, not a title
            elif m.key in self.lex.festivals and not m.year:
                m.fixed = None
                m.type = None  # "the Sundance darling Title": a festival, not a film
                continue
            elif m.key in AWARD_NAMES and m.end - m.start == 1 and m.start > 0 \
                    and self.cols.text[m.start - 1].islower():
                m.fixed = None
                m.type = None  # "won her first Emmy for ...": the award, not a person called Emmy
                continue
            elif len(words[m.key]) >= 2 and words[m.key][-1].lower() in ("festival", "fest", "biennale") \
                    and m.key not in cued:
                m.fixed = None
                m.type = "Organization"  # "The Skerrow Film Festival will close with ...": the event's organiser
                continue
            elif m.key in self.lex.not_titles and m.votes.get("Film", 0) >= max(m.votes.values(), default=0):
                m.fixed = None
                m.type = None  # "(Exclusive)", "Review:": a rubric, not a title
                continue
            if m.fixed:
                m.type = m.fixed
                continue
            votes = totals[m.key]
            if votes.get("Film") and votes.get("Organization") and m.key not in cued and len(words[m.key]) >= 2 \
                    and words[m.key][-1].lower().rstrip("'’") in self.lex.org_suffixes:
                votes["Film"] = 0  # "Harnley Pictures": a name that says company is a film only by a title cue
            if votes:
                typ, score = votes.most_common(1)[0]
                if typ == "Organization" and votes.get("Person") == score and ner[m.key].get("Organization") \
                        and "," not in m.text:
                    typ = "Person"  # a tie between NER's "ORG" and a rule's person ("A had a role in X")
                m.type = typ if score >= 0.9 else None
            # A one-word "person" that is only ever named once, with no role, is too weak.
        # Titles seen once as films: other mentions of the same text are films too (done above).
        dated = {m.key for m in self.all if m.year}  # (a film of the show's name, dated: "Title (1983)")
        for key in self._show_keys() - dated:
            for m in self.all:
                if m.key == key and m.type == "Film":
                    m.type = None  # "his limited series Title": a show, not a film
        self._first_names_back()

    def _show_keys(self) -> set[str]:
        return {m.key for m in self.all if names_a_show(self.cols, m.start - 1) or show_apposition(self.cols, m.end)}

    def _first_names_back(self) -> None:
        """'Dario Kelmscott-Ure and Hana Vik star', where the tagger took the sentence's first word for a
        noun and a rule read the person from the surname: the first name before a person's surname is
        part of the name (a first name, or a name the parser hangs on it, after a sentence's start, a
        comma or "and")."""
        cols, lex = self.cols, self.lex
        for m in self.all:
            p = m.start - 1
            if m.type == "Organization" and p >= 0 and p == cols.sent_start[p] and p not in self.by_token \
                    and cols.is_title[p] and cols.dep[p] == "compound" and m.start <= cols.head[p] < m.end \
                    and cols.lower[m.end - 1] in lex.org_suffixes:
                m.start, m.text = p, self.cols.span_text(p, m.end)  # "Marble Arc Pictures is producing": the
                self.by_token[p] = m  # tagger's noun opening the sentence is the company's first word
                continue
            if m.type != "Person" or p < 0 or p in self.by_token or not cols.is_title[p] or not cols.is_alpha[p] \
                    or is_given_name(cols.lower[m.start]) and (m.end - m.start > 1
                                                               or not is_given_name(cols.lower[p])) \
                    or cols.ent[p] not in ("", "PERSON") \
                    or cols.lower[p] in lex.person_titles | RANKS | CREDIT_WORDS or cols.lower[p] in lex.role_nouns \
                    or cols.lemma[p] in lex.role_nouns or cols.tag[p] == "NNS" \
                    or cols.lower[p].endswith("s") and cols.lower[p][:-1] in lex.role_nouns:
                continue
            opens = p == cols.sent_start[p] or cols.lower[p - 1] in (",", "and", "(", "with", "by", ";")
            hangs = cols.pos[p] == "PROPN" and cols.dep[p] == "compound" and m.start <= cols.head[p] < m.end
            if opens and (is_given_name(cols.lower[p]) or hangs and not is_common_noun(cols.lower[p])):
                m.start = p
                m.text = self.cols.span_text(p, m.end)
                self.by_token[p] = m

    def films(self) -> list[Mention]:
        return [m for m in self.all if m.type == "Film"]

    def people(self) -> list[Mention]:
        return [m for m in self.all if m.type == "Person"]

    def span(self, m: Mention) -> Span:
        return self.doc[m.start:m.end]


# ---------------------------------------------------------------- coreference of people

HONORIFICS = frozenset({"mr", "ms", "mrs", "miss", "dr", "sir", "dame"})


def person_clusters(mentions: Mentions) -> dict[str, str]:
    """Map each person mention key to the key of the fullest name it stands for.

    "Pellicott" joins "Ambrin Pellicott" when exactly one person of the document has that surname, and the
    one named first when several have it; "Ambrin" joins "Ambrin Pellicott" when exactly one has that first name.
    """
    people = {m.key: clean(m.text) for m in mentions.people()}
    full = {k: v for k, v in people.items() if len(v.split()) >= 2 and k.split()[0] not in HONORIFICS}
    by_last: dict[str, set[str]] = defaultdict(set)
    by_first: dict[str, set[str]] = defaultdict(set)
    for k, name in full.items():
        parts = norm_key(name).split()
        by_last[parts[-1]].add(k)
        by_first[parts[0]].add(k)
    first_at: dict[str, int] = {}
    for m in mentions.people():
        first_at[m.key] = min(first_at.get(m.key, m.start), m.start)
    out = {}
    for k in people:
        parts = k.split()
        if len(parts) == 2 and parts[0] in HONORIFICS:  # "Ms. Ferraro" is Lucia Ferraro
            cands = by_last.get(parts[1], set())
            out[k] = next(iter(cands)) if len(cands) == 1 else k
            continue
        if k in full:
            # a surname inside a longer full name of the same person: prefer the longest
            longer = [f for f in full if f != k and f.endswith(" " + k)]
            nickname = len(longer) == 1 and any(q in people[longer[0]] for q in '"“‘')  # 'A "Nick" B': "Nick B"
            double = len(k.split()) == 2 and not is_given_name(k.split()[0])  # "Quillane Ebbrin" of "Ada Quillane
            # Ebbrin": a double surname
            out[k] = longer[0] if len(longer) == 1 and (len(k.split()) == 1 or nickname or double) else k
            continue
        if len(parts) == 1:
            cands = by_last.get(parts[0], set()) or by_first.get(parts[0], set())
            if len(cands) > 1 and parts[0] in by_last:
                # a bare surname when the text names two people of it: writers keep the surname for whom
                # they named first and call the other by first name
                cands = {min(cands, key=lambda c: first_at.get(c, len(mentions.doc)))}
            out[k] = next(iter(cands)) if len(cands) == 1 else k
        else:  # a hyphenated surname alone ("Okafor-Lind") is one word of text, two of its key
            longer = [f for f in full if f.endswith(" " + k)]
            out[k] = longer[0] if len(longer) == 1 else k
    return out


def surname_group(text: str) -> str | None:
    """'the Pellicotts', 'the Pellicott brothers', 'the Marlows' → the surname; else None."""
    # A bare plural needs its article: "Thomas", "Williams", "Evans" are surnames, "the Evanses" a family.
    m = re.match(r"^(?:[Tt]he\s+([A-Z][\w'’-]+?)s"
                 r"|(?:[Tt]he\s+)?([A-Z][\w'’-]+?)\s+(?:brothers|sisters|siblings|twins|family))$", text.strip())
    return (m.group(1) or m.group(2)) if m else None


def sequel_base(m: Mention) -> tuple[str, int] | None:
    return sequel_number(clean(m.text))
