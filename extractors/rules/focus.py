"""Which film a phrase means (shared by every rule family).

"The film", "it", "the thriller" become a ``Focus``, resolved once every title is known to the
most salient film so far (``resolve_focus``); ``dominant_film`` is the film an article is
plainly about; ``sentence_films`` are the films a sentence names (a film named in passing, or
the original of an unnamed sequel, does not count); ``_named_after`` and ``_titled_after`` read
a film noun followed by its name ("the 1956 film Title", "the sequel, titled Title").
"""
from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Token

from ..columns import columns
from ..mentions import Mention, names_a_show, sequel_base
from ..readers import date_line
from ..titles import (
    CALENDAR,
    CLOSE_QUOTES,
    OPEN_QUOTES,
    YEAR,
    heading_line_title,
    headline_at,
    item_start,
    name_run,
    noun_after,
    text_lines,
)
from .base import Focus
from .parse import source_object

SEQUEL_NOUNS = frozenset({"sequel", "prequel", "follow-up", "spinoff", "spin-off"})




class FocusRules:
    """Which film a phrase means: the film in focus, the sentence's films, a name after a film noun."""

    def _clause_subject(self, m: Mention) -> bool:
        """'the thriller Studio Films is producing': the name opens a clause about the noun; it is no title."""
        from ..titles import reduced_relative

        last = self.doc[m.end - 1]
        return last.lower_ in self.lex.org_suffixes or reduced_relative(last)

    def _titled_after(self, t: Token) -> Mention | None:
        """'the sequel, (tentatively) titled Title': the name given right after a film noun."""
        cols = self.cols
        if t.lemma_.lower() not in self.lex.naming_nouns or t.text[:1].isupper():
            return None
        doc, j = self.doc, t.i + 1
        while j < len(doc) and j - t.i <= 3 and (cols.text[j] == "," or cols.pos[j] == "ADV"):
            j += 1
        if j + 1 >= len(doc) or cols.lower[j] not in ("titled", "entitled", "called", "dubbed", "named"):
            return None
        j += 1
        while j < len(doc) and cols.text[j] in ('"', "'", "“", "‘"):
            j += 1
        m = self.m.by_token.get(j)
        return m if m is not None and m.start == j and m.votes.get("Film", 0) >= 2.0 else None

    def _named_after(self, t: Token) -> Mention | None:
        """'the 1956 film Title', 'the movie "Title"', 'its 2022 hit Title': a film noun directly followed
        by its name."""
        nouns = self.lex.naming_nouns
        if t.lemma_.lower() not in nouns or t.text[:1].isupper():
            return None
        j = t.i + 1
        if j + 1 < len(self.doc) and self.cols.text[j].islower() and self.cols.lemma[j] in nouns:
            j += 1  # "the 2021 horror hit Title"
        comma = False
        while j < len(self.doc) and self.cols.text[j] in ('"', "'", "“", "‘", ",", ":"):
            comma = comma or self.cols.text[j] == ","
            j += 1
        m = self.m.by_token.get(j)
        if comma and m is not None and self.cols.dep[m.end - 1] in ("nsubj", "nsubjpass") \
                and self.cols.head[m.end - 1] > m.end - 1:
            return None  # "A lensed the picture, B cut it": B opens a clause of its own
        if m is None and j < len(self.doc) and self.cols.pos[j] == "PROPN" and self.cols.text[j][:1].isupper() \
                and j > t.i + 1:
            run = name_run(self.doc, j)
            m = self.m.add(*run, "Film", 1.0) if run is not None and run[0] == j else None
        if m is not None and m.start == j and m.votes.get("Person", 0) < 2 and not self._clause_subject(m):
            if m.year is None and t.i > 0 and YEAR.match(self.cols.text[t.i - 1]):
                m.year = self.cols.text[t.i - 1]  # "the 2021 horror hit Title"
            elif m.year is None and t.i > 1 and YEAR.match(self.cols.text[t.i - 2]) \
                    and self.cols.text[t.i - 1].islower():
                m.year = self.cols.text[t.i - 2]
            return m
        return None

    def focus(self, tok: Token) -> Focus:
        return Focus(tok)

    def _focus_films(self) -> list[Mention]:
        """The films "it" may mean, in text order; the same until the mentions or their types change."""
        state = (self.m.decided, len(self.m.all))
        cached = getattr(self, "_focus_cache", None)
        if cached is None or cached[0] != state:
            films = [self._sequel_meant(m) for m in sorted(self.m.all, key=lambda m: m.start)
                     if m.type == "Film" and m.in_parens_of is None and m.series is None and not self._aside(m)]
            cached = self._focus_cache = (state, films)
        return cached[1]

    def also_film(self, tok: Token) -> Mention | None:
        """'The road movie directed by A and B. B also stars': "also" adds a credit on the film
        the same person was just credited on (this sentence or the one before), not on the
        article's main film."""
        verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head
        if not any(c.lower_ == "also" and c.dep_ == "advmod" for c in verb.children):
            return None
        people = {r.object.key for r in self.raw if isinstance(r.subject, Focus) and r.subject.tok.i == tok.i
                  and isinstance(r.object, Mention)}
        here = self.cols.sent_start[tok.i]
        lo = self.cols.sent_start[here - 1] if here > 0 else here
        earlier = [r for r in self.raw if lo <= r.trigger.i < tok.i and isinstance(r.subject, Mention)
                   and r.subject.type == "Film" and isinstance(r.object, Mention) and r.object.key in people]
        films = {r.subject.key for r in earlier}
        return earlier[-1].subject if len(films) == 1 else None

    def _list_item_film(self, tok: Token) -> Mention | None:
        """The film a bulleted line opens with, when ``tok`` is later on that line; else the film
        of the section heading ``tok`` is under ("3. Title (2011)" over a paragraph about it)."""
        cols = self.cols
        k = self._paragraph_start(tok.i)  # the line's first token
        j = item_start(cols, k, cols.sent_end[k])
        if j is None or j >= tok.i:
            return self.section_film(tok.i)
        m = self.m.by_token.get(j)
        return m if m is not None and m.type == "Film" and m.start == j and m.end <= tok.i else None

    def section_film(self, i: int) -> Mention | None:
        """The film whose heading ``i`` is under, in a text of film sections (a listing, a ranking)."""
        headings = self._film_headings()
        films = sum(m is not None for _, m in headings)
        if films < 2 and not (films == 1 and len(headings) >= 4):  # a listicle or a ranking: a section per film
            return None  # (or a digest's sections, one of them a film's: "2) Review in brief: Title")
        return next((m for end, m in reversed(headings) if end <= i), None)

    def _film_headings(self) -> list[tuple[int, Mention]]:
        """(end, film) of each short line without a sentence's end ("7. Title (2019)", "Title",
        "More Sequels"): a section heading; the film is None unless the line is a film's title
        alone, numbered or not, with its year or not."""
        cached = getattr(self, "_headings", None)
        if cached is not None and cached[0] == self.m.decided:
            return cached[1]
        cols, out = self.cols, []
        for a, b in text_lines(cols):
            j = a
            if j + 1 < b and cols.like_num[j] and cols.text[j + 1] in (".", ")"):
                j += 2  # "7."
            words = [w for w in cols.text[j:b] if w.strip()]
            e = b
            close = next((x for x in range(j + 2, b) if cols.text[x] in CLOSE_QUOTES), None) \
                if cols.text[j] in OPEN_QUOTES else None
            if close is not None and (close == b - 1 or cols.text[close + 1] in ("—", "–", "-") and b - close <= 8):
                # '"THE TITLE"', '7. "Title"', '1. "Title" — $612 million': a listing's quoted heading
                j, e = j + 1, close
                words = [w for w in cols.text[j:e] if w.strip()]
            listed = heading_line_title(self.doc, a, b)  # "Title (Service, Oct. 3)", "July 1: Title (2012)"
            longest = 16 if words and words[-1] == ")" or listed else 10  # "Title (Service 4K UHD, Oct. 14)"
            if not words or len(words) > longest or words[-1] in (".", "!", "?", ",", ":", ";", '"', "”"):
                continue  # not a heading
            j = listed[0] if listed is not None else j
            colon = next((x for x in range(j + 1, b - 1) if cols.text[x] == ":"), None)
            labelled = self.m.by_token.get(colon + 1) if colon is not None and listed is None else None
            if labelled is not None and labelled.start == colon + 1 and labelled.end == b:
                j = colon + 1  # "2) Review in brief: Title": a label, then the section's film
            m = self.m.by_token.get(j)
            rest = [cols.text[x] for x in range(m.end, e)] if m is not None else []
            titled = m is not None and m.type == "Film" and m.start == j and (
                not rest or len(rest) == 3 and rest[0] == "(" and YEAR.match(rest[1]) and rest[2] == ")"
                or listed == (m.start, m.end))
            out.append((b, m if titled else None))
        self._headings = (self.m.decided, out)
        return out

    @staticmethod
    def _new_to_cast(tok: Token) -> bool:
        return tok.lemma_.lower() in ("cast", "ensemble", "lineup") and tok.head.lower_ == "to" \
            and tok.head.head.lower_ == "new"

    def resolve_focus(self, tok: Token, refs: list[tuple[int, Mention]] = (), sequels: bool = True) -> Mention | None:
        """The film the text is about at this point.

        The most salient film named so far: the one named most often, with a bonus for the text's
        first film (what a profile or review is about) and for a film named in this or the
        previous sentence (what the text has just turned to); the latest wins a tie. ``refs`` are
        earlier "it"/"the film" already resolved (position, film): they count as mentions too. ``sequels=False``
        leaves out the choice among several named sequels ("the sequel"), which asks this without it.
        """
        lead = self._list_item_film(tok)
        if lead is not None:
            return lead  # "- Title (dir. A), a saga starring B": the item's own film
        opener = self._original_opener(tok.i)
        if opener is not None:  # "The original, directed by A, starred B as C": however it parses
            return self.original_of(self.resolve_focus(self.doc[opener], refs))
        films = self._focus_films()
        if not films:
            return None
        it = self._clause_it(tok)
        if it is not None:
            return self.resolve_focus(it, refs)  # "Directed by A, it starred B as X": the film "it" is
        start = self.cols.sent_start[tok.i]
        if self.cols.lower[start] == "here" and start < tok.i and headline_at(self.doc, 0):
            top = {m.key: m for m in films if m.start < self.cols.sent_end[0]}
            if len(top) == 1:  # "... who starred in X and Y. Here A plays Z": the headline's film, not those
                return next(iter(top.values()))
        if any(m.type == "Film" and start <= m.start < tok.i and self._original_of_unnamed(m)
               and self._sequel_of(m) is None for m in self.m.all):
            return None  # "a sequel to its 2022 hit Title, with A returning to direct": a film with no name yet
        before = [m for m in films if m.start < tok.i]
        year = next((c.text for c in tok.children if c.i < tok.i and YEAR.match(c.text)), None) \
            if tok.text.islower() else None
        if year is not None:  # "who edited the 1998 film": the one film named before with that year
            dated = {m.key: m for m in sorted(self.m.all, key=lambda m: m.start)
                     if m.start < tok.i and m.type == "Film" and self._film_year(m) == year}
            if len(dated) == 1:
                return next(iter(dated.values()))
        if before and any(c.dep_ == "det" and c.lower_ == "that" for c in tok.children):
            return before[-1]  # "Groth scored that film": the film just named, not the article's
        if before and tok.text.islower() and any(c.dep_ == "amod" and c.lower_ in self.EARLIER for c in tok.children) \
                and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) \
                and not any(c.dep_ in ("poss", "appos") for c in tok.children):
            return self._earlier_film(tok, refs)  # (not "A's previous feature, Title": A's, named)
        if tok.lower_ == "it" and tok.dep_ in ("dobj", "nsubjpass", "pobj", "nsubj"):
            # "Title grossed $40 million for Studio, which released it": the one film of the sentence so far
            here = {m.key: m for m in self.m.all if self.cols.sent_start[tok.i] <= m.start < tok.i
                    and m.type == "Film" and m.in_parens_of is None and m.series is None}  # asides too
            if len(here) == 1:
                return next(iter(here.values()))
            start = self.cols.sent_start[tok.i]
            prev = self.cols.sent_start[start - 1] if start > 0 else start
            there = {m.key: m for m in before if prev <= m.start < start and m.in_parens_of is None
                     and not self._aside(m) and self._person_aside(self.doc[m.end - 1], m.start) is None}
            # (not "A, whose thriller X was a hit. The couple produced it", "B, who starred in X")
            if not here and len(there) == 1:
                return next(iter(there.values()))  # "... edited Title. Studio opens it on Friday."
        if sequels and (tok.lemma_.lower() in ("sequel", "follow-up") and tok.text.islower()
                        or self._new_to_cast(tok)):
            # "the cop sequel": the latest sequel named ("Title 2", "Title: Subtitle", one said to follow another);
            # "new to the ensemble: A, B": the newest film's cast
            follows = {getattr(r.subject, "key", None) for r in self.raw if r.relation == "P155"}
            named = [m for m in before if sequel_base(m) or m.key in follows]
            prev = self.cols.sent_start[start - 1] if start > 0 else start
            near = [m for m in self.m.all if m.type == "Film" and prev <= m.start < tok.i
                    and (sequel_base(m) or m.key in follows)]  # (asides too: "A, who wrote Title 2, ...")
            if len({m.key for m in named}) > 1 and not near:
                # several, none just named: the one the text is about, if a sequel ("Title 3" may be only
                # announced); asked once more without this branch
                general = self.resolve_focus(tok, refs, sequels=False)
                if general is not None and any(m.key == general.key for m in named):
                    return general
            if named:
                return named[-1]
        if not before:
            # Nothing named yet: the first film, if the text names it soon ("The film ... . Title, ..."),
            # else none: an opening line about an untitled sequel is not about the next film named.
            soon = self.cols.sent_end[tok.i]
            soon = self.cols.sent_end[soon] if soon < len(self.doc) else soon
            return films[0] if films[0].start < soon else None
        canon = self._film_canon()  # "First Light" counts for "Hollow Tide: First Light"
        def ck(m: Mention) -> str:
            return canon.get(m.key, m.key)

        return self.most_salient(tok, before, refs, ck)

    def _clause_it(self, tok: Token) -> Token | None:
        """The "it" subject of the main clause ``tok`` is part of (not through a relative clause, which has a
        subject of its own), when that is another token; else None."""
        cols, i, seen = self.cols, tok.i, 0
        while cols.dep[i] != "ROOT" and seen < 40:
            if cols.dep[i] in ("relcl", "ccomp", "conj", "parataxis"):
                return None
            i, seen = cols.head[i], seen + 1
        it = next((c for c in self.doc[i].children if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "it"), None)
        return it if it is not None and it.i != tok.i else None

    def past_credit_film(self, tok: Token, refs) -> Mention | None:
        """The earlier film an "it" of a past credit means (see ``_past_credit``), else None."""
        return self._earlier_film(tok, refs) if tok.lower_ == "it" and self._past_credit(tok) else None

    def _past_credit(self, tok: Token) -> bool:
        """'B, who edited it, will cut' and 'A, who directed it, returns': the "it" of a past credit given to
        someone the sentence puts on the film now in hand is an earlier film."""
        v = tok.head
        if tok.dep_ != "dobj" or v.dep_ != "relcl" or v.tag_ not in ("VBD", "VBN", "VBP") \
                or v.left_edge.lower_ != "who" or v.head.pos_ != "PROPN" or any(c.dep_ == "aux" for c in v.children):
            return False  # ("cut" is tagged any of the three; "who will cut it" is the film in hand)
        person = v.head
        pred = person.head if person.dep_ in ("nsubj", "nsubjpass") else None
        return pred is not None and (pred.lemma_ in ("return", "reteam", "rejoin", "reunite") or any(
            c.dep_ == "aux" and c.lower_ in ("is", "are", "will", "'ll") for c in pred.children))

    EARLIER = frozenset({"earlier", "previous", "older", "prior"})

    def _earlier_film(self, tok: Token, refs) -> Mention | None:
        """'A, who shot the earlier film': the latest film named, past works too, other than the one the text
        is about at this point."""
        now = self.resolve_focus(self.doc[self.cols.sent_start[tok.i]], refs)
        canon = self._film_canon()
        key = canon.get(now.key, now.key) if now is not None else None
        named = [m for m in self.m.all if m.start < tok.i and m.type == "Film" and m.series is None
                 and canon.get(m.key, m.key) != key]
        return max(named, key=lambda m: m.start) if named else now

    def _original_opener(self, i: int) -> int | None:
        """The first token of a sentence that opens with "The original" or "The first film" (its subject,
        the film a sequel or a remake follows), when token ``i`` is later in it or later in the paragraph
        that sentence opens, and no film is named in between."""
        cols = self.cols
        k = cols.sent_start[i]
        para = self._paragraph_start(i)
        if para < k and cols.sent_start[para] == para and self._opens_with_original(para):
            k = para
        if not self._opens_with_original(k) or k + 2 >= i or any(
                m.type == "Film" and k <= m.start < i for m in self.m.all):
            return None
        return k

    def _opens_with_original(self, k: int) -> bool:
        cols, n = self.cols, len(self.doc)
        if cols.lower[k] != "the" or k + 3 >= n:
            return False
        nxt = cols.lower[k + 1]
        return nxt == "original" and (cols.text[k + 2] == "," or cols.pos[k + 2] in ("VERB", "AUX")) \
            or nxt in ("original", "first") and cols.lemma[k + 2] in ("film", "movie", "one", "picture") \
            and (cols.text[k + 3] == "," or cols.pos[k + 3] in ("VERB", "AUX"))

    def _under_relcl(self, i: int) -> bool:
        """Is token ``i`` inside a relative clause (an ancestor's dependency is "relcl")?"""
        cols, seen = self.cols, 0
        while cols.head[i] != i and seen < 50:
            i, seen = cols.head[i], seen + 1
            if cols.dep[i] == "relcl":
                return True
        return False

    def _film_year(self, m: Mention) -> str | None:
        """The year a film mention carries: its own, or the one of a description right after it
        ('"Title," a 2016 romantic drama')."""
        if m.year:
            return m.year
        cols = self.cols
        found = noun_after(cols, m.end, self.lex.naming_nouns | {"debut"}, ("a", "an", "the", "his", "her", "their"))
        if found is not None and found[1] > found[0] + 1 and YEAR.match(cols.text[found[0] + 1]):
            return cols.text[found[0] + 1]  # ("X, the 2019 winner of ..." is no film's year)
        dated = self._dated_after(m.end) or self._slated_after(m.end)
        if dated is not None:
            return dated
        k = m.start - 1
        if k >= 0 and cols.text[k] in OPEN_QUOTES:
            k -= 1
        relative = self._relative_year(k)
        if relative is not None:
            return relative  # "last year's Title"
        if k >= 1 and cols.text[k] == "," and cols.text[k - 1].islower() and not (
                cols.dep[k - 1] == "pobj" and cols.lower[cols.head[k - 1]] in ("like", "unlike", "than")):
            k -= 1  # "his 2019 word-of-mouth hit, Title" (not "Like the 2012 film, Title": another film's year)
        if k >= 1 and (cols.lemma[k] in self.lex.naming_nouns or cols.lower[k] == "debut") and cols.text[k].islower():
            j = k - 1  # "the 2021 animated hit 'Title'": a year before the film noun that names it
            while j > 0 and k - j <= 9 and (cols.text[j].islower() and cols.pos[j] in ("ADJ", "NOUN", "VERB")
                                            or cols.text[j] == "-" or cols.pos[j] == "PROPN"
                                            and cols.lower[j + 1] in ("-", "set", "based")
                                            or cols.pos[j] == "PROPN" and cols.pos[j + 1] == "PROPN"
                                            or cols.text[j].islower() and (cols.text[j + 1] == "-" and not cols.space[j]
                                                                           or cols.text[j - 1] == "-"
                                                                           and not cols.space[j - 1])):
                # ("coming-of-age", "out-of-nowhere")
                j -= 1  # ("his 2019 Lisbon-set chiller 'Title'")
            if YEAR.match(cols.text[j]) and j > 0 and (cols.lower[j - 1] in ("the", "a", "her", "his", "their", "its",
                                                                               "whose", "'s", "’s")
                                                        or cols.lower[j - 1] == "own" and j > 1
                                                        and cols.lower[j - 2] in ("her", "his", "their", "its")):
                return cols.text[j]
            if cols.text[j] in ("'s", "’s") and j > 0 and YEAR.match(cols.text[j - 1]):
                return cols.text[j - 1]  # "2024's sleeper hit Title"
            return self._relative_year(j)  # "last year's surprise hit Title"
        return None

    RELATIVE_YEARS = {"last": -1, "this": 0, "next": 1}

    def _relative_year(self, k: int) -> str | None:
        """'last year's' ending at token k: the year before the date line's (none without a date line)."""
        cols = self.cols
        if k < 2 or cols.text[k] not in ("'s", "’s") or cols.lower[k - 1] != "year" \
                or cols.lower[k - 2] not in self.RELATIVE_YEARS:
            return None
        year = self.dateline_year()
        return str(year + self.RELATIVE_YEARS[cols.lower[k - 2]]) if year is not None else None

    def _dated_after(self, end: int) -> str | None:
        """The year of a release date in brackets right after a title, as a slate gives it:
        '"Title" (Oct. 16, 2026)', 'Title (March 2027)'."""
        cols, n = self.cols, len(self.doc)
        j = end
        while j < n and j - end < 2 and cols.text[j] in ('"', "”", "’", "'", ","):
            j += 1
        if j >= n or cols.text[j] != "(":
            return None
        close = next((k for k in range(j + 1, min(n, j + 7)) if cols.text[k] == ")"), None)
        if close is None or cols.lower[j + 1].rstrip(".") not in CALENDAR:
            return None
        inside = range(j + 2, close)
        years = [cols.text[k] for k in inside if YEAR.match(cols.text[k])]
        ok = all(YEAR.match(cols.text[k]) or cols.like_num[k] or cols.text[k] in (",", ".") for k in inside)
        return years[0] if ok and len(years) == 1 else None

    SLATED = {"due", "slated", "set", "scheduled", "dated"}
    SLATE_FILLER = {"out", "for", "in", "a", "an", "the", "release", "theaters", "theatres", "cinemas", "early",
                    "late", "mid", "summer", "spring", "fall", "autumn", "winter", "holiday", "of", ","}

    def _slated_after(self, end: int) -> str | None:
        """The year of a release plan right after a title: 'Title, due in 2027', 'Title, slated for
        2026', 'Title, set for an autumn 2026 release'."""
        cols, n = self.cols, len(self.doc)
        j = end + 1 if end < n and cols.text[end] in ('"', "”", "’", "'") else end
        if j + 3 >= n or cols.text[j] != "," or cols.lower[j + 1] not in self.SLATED \
                or cols.lower[j + 2] not in (("for", "in", "out") if cols.lower[j + 1] == "due" else ("for",)):
            return None  # ("Title, set in 1968 Trieste": the story's year, not the release's)
        for k in range(j + 2, min(n, j + 10)):
            if YEAR.match(cols.text[k]):
                return cols.text[k]
            if cols.lower[k] not in self.SLATE_FILLER and cols.lower[k].rstrip(".") not in CALENDAR \
                    and not cols.like_num[k]:
                return None
        return None

    def _present_tense(self, tok: Token) -> bool:
        """Is the clause ``tok`` is in told in the present or the future ("is directed by", "stars", "will open")?"""
        verb = tok.head if tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") else tok
        if tok.dep_ == "pobj":
            verb = verb.head
        tags = [verb.tag_] + [c.tag_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
        return verb.pos_ in ("VERB", "AUX") and any(t in ("VBZ", "VBP", "MD") for t in tags) \
            and not any(t in ("VBD",) for t in tags)

    def _text_year(self) -> int | None:
        """The year the text was written: its date line's year, else the latest year it gives a film."""
        year = self.dateline_year()
        if year is None:
            years = [int(m.year) for m in self.m.all if m.year and m.year.isdigit() and m.type == "Film"]
            year = max(years) if years else None
        return year

    def dateline_year(self) -> int | None:
        """The year of the text's date line ("November 19, 2025", "PARIS, Jan. 27, 2026 —"), if it has one."""
        cached = getattr(self, "_dateline_cache", None)
        if cached is not None:
            return cached[0]
        found = date_line(self.cols.doc_text)  # the reader's own reading, which dates the article
        year = int(found[:4]) if found else None
        self._dateline_cache = (year,)
        return year

    def _paragraph_start(self, i: int) -> int:
        """The first token of the paragraph (text after a line break) holding token i."""
        starts = getattr(self, "_para_starts", None)
        if starts is None:
            starts = self._para_starts = [0] + [k + 1 for k, w in enumerate(self.cols.text) if "\n" in w]
        return starts[bisect_right(starts, i) - 1]

    def _film_canon(self) -> dict[str, str]:
        """film_clusters of the mentions as they stand (computed again only when mentions were added)."""
        from ..assemble import film_clusters

        key = (len(self.m.all), self.m.decided)
        cached = getattr(self, "_canon_cache", None)
        if cached is None or cached[0] != key:
            cached = (key, film_clusters(self.m))
            self._canon_cache = cached
        return cached[1]

    def dominant_film(self) -> Mention | None:
        """The film an article is plainly about: the first film it names, named at least twice and twice
        as often as any other film (a review that mentions the director's earlier work in passing)."""
        counts: dict[str, list[Mention]] = {}
        for m in sorted(self.m.all, key=lambda m: m.start):
            if m.type == "Film" and m.in_parens_of is None and m.series is None:
                counts.setdefault(m.key, []).append(m)
        if not counts:
            return None
        first = next(iter(counts.values()))
        others = max((len(v) for v in counts.values() if v is not first), default=0)
        headline_end = self.cols.sent_end[0] if headline_at(self.doc, 0) else 0
        if first[0].start < headline_end and len(first) >= max(2, others) \
                and not any(v[0].start < headline_end for v in counts.values() if v is not first):
            return first[0]  # "'Title' Review: ...": the one film of the headline, named as often as any
        return first[0] if len(first) >= max(2, 2 * others) else None

    ASIDE_PREPS = frozenset({"following", "after", "like", "unlike", "than", "besides", "including", "alongside",
                             "since"})

    def _aside(self, m: Mention) -> bool:
        """A film named in passing ("following X and Y", "compared to X"): not what the text is about."""
        memo = self.doc.user_data.setdefault("filmkg_aside", {})  # (read from the parse alone)
        if (m.start, m.end) not in memo:
            memo[m.start, m.end] = self._read_aside(m)
        return memo[m.start, m.end]

    PAST_WORK = frozenset({"previous", "last", "earlier", "prior", "first", "breakout"})

    def _whose_apposition(self, m: Mention) -> int | None:
        """'whose <noun>, the <description> film X': the film in apposition to what a "whose" clause names
        (the index of "whose")."""
        cols = self.cols
        k = m.start - 1
        while k > cols.sent_start[m.start] and m.start - k <= 8 and cols.lower[k] not in ("the", "a", "an") and (
                cols.text[k].islower() or cols.text[k] == "-" or YEAR.match(cols.text[k])):
            k -= 1
        if cols.lower[k] not in ("the", "a", "an") or not any(
                cols.lemma[j] in self.lex.film_nouns for j in range(k + 1, m.start)) or cols.text[k - 1] != ",":
            return None
        j = k - 2  # back over "whose directing debut" to the "whose"
        while j > cols.sent_start[m.start] and k - j <= 5 and cols.text[j].islower() and cols.lower[j] != "whose":
            j -= 1
        return j if cols.lower[j] == "whose" and j >= 1 and cols.text[j - 1] == "," else None

    ALUMNI = frozenset({"breakout", "alum", "alumna", "alumnus", "veteran"})  # "the Title breakout"
    COLLEAGUE_NOUNS = ALUMNI | {"team", "collaborator", "castmate", "cast-mate"}  # "his Title team"
    THEN_WORDS = frozenset({"then", "now", "once", "formerly", "still"})  # "A, then the star of X,"

    def _worked_on(self, m: Mention, k: int) -> bool:
        """'his Title director', 'her Title co-star', 'the Title breakout': a film named to say who someone is
        (whom they worked with on it), before a person noun; ``k`` is the word before the title."""
        cols = self.cols
        j = self._after_title(m)
        if k < 0 or j >= len(self.doc) or not cols.text[j].islower() or cols.pos[j] != "NOUN":
            return False
        noun = cols.lemma[j]
        if cols.lower[k] in ("his", "her", "their"):
            return noun in self.lex.role_nouns or noun in self.COLLEAGUE_NOUNS
        return cols.lower[k] in ("the", "a", "an") and noun in self.ALUMNI  # ("a Title alumna")

    def _after_title(self, m: Mention) -> int:
        """The token after a title, its closing quote and its "(2019)"."""
        cols, j, n = self.cols, m.end, len(self.doc)
        j += j < n and cols.text[j] in CLOSE_QUOTES
        if j + 2 < n and cols.text[j] == "(" and YEAR.match(cols.text[j + 1]) and cols.text[j + 2] == ")":
            j += 3
        return j

    def worked_on_film(self, noun: Token) -> Mention | None:
        """The film in 'his Title director', 'her Title (2019) co-star': the role noun's own film."""
        k = noun.i - 1
        if k >= 1 and self.cols.text[k] == ")":
            k -= 3
        k -= k >= 0 and self.cols.text[k] in CLOSE_QUOTES
        m = self.m.by_token.get(k) if k >= 0 else None
        if m is None or self._after_title(m) != noun.i or m.votes.get("Person", 0) >= 1:
            return None  # (no vote asked: a credit on a name that ends up no film is dropped with it)
        b = m.start - 1
        b -= b >= 0 and self.cols.text[b] in OPEN_QUOTES
        return m if b >= 0 and self._worked_on(m, b) else None

    def _read_aside(self, m: Mention) -> bool:
        t = self.doc[m.end - 1]
        cols = self.cols
        k = m.start - 1
        if k >= 0 and cols.text[k] in OPEN_QUOTES:
            k -= 1
        if names_a_show(cols, k):
            return True  # "his limited series Title": a show, not the film the text is about
        if self._worked_on(m, k):
            return True  # "his Title director, A", "the Title breakout": someone's past work
        if k >= 1 and cols.text[k] != "," and cols.lemma[k] == "debut" \
                and any(w in ("his", "her", "their") for w in cols.lower[max(0, k - 3):k]):
            return True  # 'her 2019 debut "X"': the person's past work
        if k >= 2 and cols.text[k] == "," and (cols.lemma[k - 1] == "debut" or cols.lemma[k - 1] in self.lex.film_nouns
                                                and cols.lower[k - 2] in self.PAST_WORK):
            before = cols.lower[max(0, k - 4):k - 1]
            if any(w in ("his", "her", "their") for w in before) and not (
                    cols.dep[k - 1] in ("nsubj", "nsubjpass") and cols.dep[m.end - 1] == "appos"
                    and cols.head[m.end - 1] == k - 1):
                # "his debut, X (2019)", "her previous feature, X": the person's past work; but "Her last film,
                # X, was scored by A" is what its sentence is about
                return True
        if m.start >= 2 and self.cols.lower[m.start - 1] in ("original", "first") \
                and self.cols.lower[m.start - 2] == "the":
            return True  # "a prequel set before the events of the original X": the earlier film, in passing
        if k >= 4 and cols.lower[k] == "of" and cols.lemma[k - 1] in self.lex.role_nouns and cols.text[k - 1].islower():
            j = k - 2  # "A, the Emmy-winning editor of X, cut ...": who A is, not what the text is about
            while j > 1 and k - j <= 5 and (cols.text[j].islower() or cols.text[j] == "-" or cols.text[j + 1] == "-") \
                    and cols.lower[j] != "the":  # (also "Emmy-winning")
                j -= 1
            if j >= 3 and cols.lower[j - 1] in self.THEN_WORDS and cols.text[j - 2] == ",":
                j -= 1  # "A, then the star of X, played ..."
            if (cols.lower[j] == "the" or cols.lower[j] in self.THEN_WORDS) and cols.text[j - 1] == "," \
                    and cols.pos[j - 2] == "PROPN":
                return True
        back = [w for w in cols.lower[max(0, m.start - 10):m.start]]
        if "whose" in back and not any(w in (",", ";", "(", ".") for w in back[back.index("whose"):]):
            return True  # "B, the Italian whose X (2019) ...", "whose breakout X": someone's past work
        if self._whose_apposition(m) is not None:
            return True  # "A, whose directing debut, the horror film X, was a hit": A's past work
        k = self._person_aside(t, m.start)
        if k is not None and self.doc[k].dep_ in ("amod", "acl", "appos") and m.start - k <= 6 and not any(
                cols.pos[j] in ("VERB", "AUX") for j in range(k + 1, m.start)):  # (not a clause of its own)
            return True  # "A, so brittle in X, is funny here", "A, star of X, ...": who A is
        if any(a.dep_ == "relcl" and a.head.dep_ in ("nsubj", "nsubjpass") and a.head.pos_ == "PROPN"
               and self.cols.text[a.left_edge.i - 1] == "," and a.left_edge.lower_ in ("who", "whose")
               for a in t.ancestors):
            return True  # "A, who helmed X, will direct": X is A's past, not what the text is about
        for _ in range(4):
            if t.head.lemma_ == "include" and t.dep_ in ("dobj", "conj", "appos") and any(
                    c.dep_ == "nsubj" and c.lemma_.lower() in ("credit", "work", "film", "role", "filmography")
                    for c in t.head.children):
                return True  # "whose credits include X and Y": the person's past, not the article's film
            if t.dep_ == "pobj" and t.head.lower_ == "for" and t.head.head.lower_ in ("known", "famous", "remembered"):
                return True  # "best known for X": the person's past, not what the text is about
            if t.dep_ == "pobj" and (t.head.lower_ in self.ASIDE_PREPS or t.head.lower_ in ("to", "of")
                                     and (t.head.head.lemma_ in ("compare", "similar", "sequel", "prequel",
                                                                 "remake", "follow-up", "reboot")
                                          or t.head.head.lower_ == "up" and t.head.head.i >= 2
                                          and cols.lower[t.head.head.i - 2] == "follow")):  # "follow - up"
                return True  # "a sequel to the 2000 film X": the text is about the sequel
            if t.head.i == t.i:
                break
            t = t.head
        return False

    def _person_aside(self, tok: Token, start: int | None = None) -> int | None:
        """The aside on a person a token is in, as the index of its head word ("A, the breakout of Title,
        will play X", "A, last seen in Title, joins as X", "A, who directed Title, is at the helm"): a film
        named there is the person's past, not the film the sentence is about."""
        for t in [tok, *tok.ancestors]:
            if start is not None and start <= t.i <= tok.i:
                continue  # (the name itself hung on the person: the parser's reading of a list, no aside)
            if t.dep_ in ("appos", "acl", "relcl", "amod") and t.head.pos_ == "PROPN" and t.i > t.head.i \
                    and self.cols.text[t.head.i + 1] == "," and self._is_person(t.head) \
                    and self.cols.lower[t.head.i] not in self.lex.org_suffixes:
                # (not "Studio Pictures, which released Title, ...")
                return t.i
        return None

    def sentence_films(self, tok: Token, exclude_parens: bool = True, asides: bool = False) -> list[Mention]:
        cols = columns(self.doc)
        start, end = cols.sent_start[tok.i], cols.sent_end[tok.i]
        out = []
        aside = -1  # (the aside ``tok`` is in, read once when a film of the sentence is in one)
        for m in self.m.all:
            if start <= m.start < end and m.votes.get("Film", 0) >= 2.5:
                if exclude_parens and m.in_parens_of is not None or self._looked_back_to(m) or self._adapted_work(m):
                    continue
                k = None if asides else self._person_aside(self.doc[m.end - 1], m.start)
                if k is not None and self.doc[k].dep_ != "relcl":  # (relative clauses: each rule's own test)
                    aside = self._person_aside(tok) if aside == -1 else aside
                    if k != aside:
                        continue  # "A, director of X, will direct Y": X is A's past, not the sentence's film
                if self._original_of_unnamed(m):
                    seq = self._sequel_of(m)  # "a sequel to X, with A directing": the sequel the text names
                    if seq is not None and seq not in out:
                        out.append(seq)
                    continue
                if m not in out:
                    out.append(m)
        return out

    def sentence_film_or_focus(self, tok: Token, skip: Token | None = None):
        """The one film the sentence names (outside a relative clause ``tok`` is not in, and outside the
        phrase ``skip`` heads), else the film in focus."""
        sf = [f for f in self.sentence_films(tok) if not self._in_other_clause(f, tok)
              and not (skip is not None and skip.left_edge.i <= f.start <= skip.right_edge.i)]
        if len(sf) == 1:
            return sf[0]
        if not sf:  # "The new film's cast is led by A (X)": the sentence's own "the new film" says which film
            said = self._film_phrase_before(tok)
            if said is not None:
                return self.focus(said)
        return self.focus(tok)

    def _film_phrase_before(self, tok: Token) -> Token | None:
        """The film noun of a "the new film" subject (or its owner: "the new film's cast") that opens the
        sentence of ``tok``, when it comes before ``tok`` and is not ``tok``."""
        cols = self.cols
        s0 = cols.sent_start[tok.i]
        for k in range(s0, min(s0 + 5, tok.i)):
            if cols.lemma[k] in self.lex.film_nouns and cols.text[k].islower() and cols.pos[k] == "NOUN" \
                    and cols.lower[s0] in ("the", "this") and any(cols.lower[j] in ("new", "latest", "upcoming")
                                                                  for j in range(s0 + 1, k)):
                return self.doc[k]
        return None

    def _adapted_work(self, m: Mention) -> bool:
        """'A wrote the screenplay, adapting X', 'based on the novel X': the source a film is made from is
        no film of the sentence."""
        t = self.doc[m.end - 1]
        if t.dep_ == "appos" or t.dep_ == "compound" and t.head.pos_ == "NOUN":
            t = t.head  # "adapting the novel X", "the X novel"
        if source_object(t):
            return True
        v = t.head
        return t.dep_ == "dobj" and v.lemma_.lower() == "adapt" and not any(
            c.dep_ == "prep" and c.lower_ == "from" for c in v.children)  # (not "adapted Title from the novel")

    def _looked_back_to(self, m: Mention) -> bool:
        """'..., founded after her 2022 debut, Title': a film the sentence dates something by."""
        t = self.doc[m.end - 1]
        for _ in range(4):
            if t.dep_ == "pobj" and t.head.lower_ in ("after", "since", "before"):
                return True
            if t.head.i == t.i:
                return False
            t = t.head
        return False

    def _original_of_unnamed(self, m: Mention) -> bool:
        """'a sequel to its 2022 hit Title, with director A': the credits are the sequel's, not Title's."""
        cols = columns(self.doc)
        k = m.start - 1  # read from the surface: "a sequel to its 2022 hit Title"
        while k > 0 and m.start - k <= 5 and cols.lower[k] != "to" and (
                cols.text[k].islower() or cols.like_num[k] or cols.tag[k] == "POS"):
            k -= 1
        if k < 1 or cols.lower[k] != "to" or cols.lemma[k - 1] not in SEQUEL_NOUNS:
            return False
        noun = self.doc[k - 1]
        return not any(
            c.dep_ in ("appos", "compound") and c.text[:1].isupper() for c in noun.children) \
            and noun.i not in self.m.by_token
