"""Films and the works they follow: the ``sequel``, ``series``, ``year`` and ``based`` rules.

"the sequel to Title", "Title sequel", "the sequel, Title 2", "Title 2" after "Title"; "the Title
franchise", "X is the third installment in the Y series", "a fourth Title movie"; a film's year
given with its name; "Title is based on the novel Work", "adapts A's novel of the same name".
With the helpers that find the sequel a text names for a film ("the Title sequel") and the film
a descriptive noun phrase is about ("X, the latest entry in ...").
"""
from __future__ import annotations

import re

from spacy.tokens import Token

from ..mentions import Mention, norm_key, sequel_base
from ..titles import (
    CLOSE_QUOTES,
    OPEN_QUOTES,
    SUBTITLE_WORDS,
    YEAR,
    before_year,
    heading_titles,
    name_run,
    named_after_noun,
    tokens_among,
)
from .base import PRIOR, PRIOR_ONE, AllFilms, Focus, Raw
from .parse import WRITING_LEMMAS, source_object, subject_of

# Nouns for one film of a series: "the third installment in the X franchise".
ENTRY_NOUNS = frozenset({"installment", "instalment", "entry", "chapter", "part", "film", "movie", "sequel",
                         "prequel", "edition", "outing", "adventure"})


class SequelRules:
    """Sequels, series, years and adaptations."""

    def _sequel_meant(self, m: Mention) -> Mention:
        """'Title' in 'the Title sequel' speaks of the sequel, when the text names it."""
        if m.end < len(self.doc) and self.cols.head[m.end - 1] == m.end:
            named = self.named_sequel(self.doc[m.end])
            if named is not None:
                return named
        return m

    def named_sequel(self, noun: Token) -> Mention | None:
        """'the Title sequel' in a text that names one 'Title 2' (or 'Title: Subtitle'): that film."""
        if noun.lemma_.lower() != "sequel":
            return None
        base = next((self.m.by_token[c.i] for c in noun.children if c.dep_ in ("compound", "nmod")
                     and c.i in self.m.by_token), None)
        return self._sequel_of(base) if base is not None else None

    def _sequel_of(self, base: Mention) -> Mention | None:
        """The one 'Title 2' / 'Title II' / 'Title: Subtitle' the text names for film ``base``."""
        from ..mentions import clean, sequel_base

        found = {}
        for m in self.m.all:
            if m is base or m.votes.get("Film", 0) < 2.0:
                continue
            text = clean(m.text)
            if sequel_base(m) == (base.text, 2) or text.startswith(base.text + ": "):
                found.setdefault(m.key, m)
            elif (sb := sequel_base(m)) and sb[0] == base.text:
                return None  # "Title 3" too: which sequel is meant is not clear
        return next(iter(found.values())) if len(found) == 1 else None

    def prefix_series_members(self) -> None:
        """Once types are decided: a franchise's films are those whose titles open with its name
        ("Title: Subtitle" for the franchise Title), wherever the text names them."""
        series = {m.key: m for m in self.m.all if m.type == "Series" and m.key}
        series = {k: m for k, m in series.items()  # not "Title" where the text names "the Title Chronicles"
                  if not any(o.startswith(k + " ") for o in series)}
        for f in self.m.all:
            if f.type != "Film" or not f.key or f.in_parens_of is not None:
                continue
            for key, s in series.items():
                if f.key.startswith(key + " ") and ":" in f.text and norm_key(f.text.split(":", 1)[0]) == key:
                    self.emit(f, "P179", s, self.doc[f.start], "series", 0.75)

    LISTICLE_WORDS = frozenset({"rank", "ranked", "ranking", "every", "all", "order", "whole", "entire", "full"})

    def heading_series_members(self) -> None:
        """Once types are decided: "here is the entire X series, ranked", then a section
        heading per film ("6. Title (2012)"): every film a heading names is in the one series the text
        names before its first heading."""
        series = {m.key: m for m in self.m.all if m.type == "Series" and m.key}
        if len(series) != 1:
            return
        heads = heading_titles(self.doc)
        if len(heads) < 3:
            return
        s = next(iter(series.values()))
        first = min(h.start for h in heads)
        intro = [m for m in self.m.all if m.key == s.key and m.start < first]
        cols = self.cols
        if not intro or not any(cols.lower[k] in self.LISTICLE_WORDS or cols.lemma[k] == "rank"
                                for m in intro for k in range(cols.sent_start[m.start], cols.sent_end[m.start])):
            return
        for h in heads:
            f = self.m.by_token.get(h.start)
            if f is not None and f.type == "Film" and f.key != s.key:
                self.emit(f, "P179", s, self.doc[h.start], "series", 0.7)

    def subtitle_sequels(self) -> None:
        """Once types are decided, in a text that speaks of a sequel: 'Title: Subtitle' follows the film
        Title (the only such subtitle, or several in the order of the years the text gives)."""
        if not self.cols.where(("sequel", "sequels")):
            return
        films = {m.key: m for m in self.m.all if m.type == "Film" and m.key and m.in_parens_of is None}
        follows = {getattr(r.subject, "key", None) for r in self.raw if r.relation == "P155"}
        years = self.years_given()
        numbered = {norm_key(b[0]) for m in films.values() for b in [sequel_base(m)] if b is not None}
        later_words = ("prequel", "third", "fourth", "fifth", "sixth", "latest")
        for key, base in films.items():
            subs = [m for m in films.values() if ":" in m.text and norm_key(m.text.split(":", 1)[0]) == key]
            if not subs or key in numbered or any(m.key in follows for m in subs):
                continue  # ("Title 2" named too: the subtitled film is not the next one)
            if any(w in later_words for m in subs for w in self.cols.lower[self.cols.sent_start[m.start]:
                                                                          self.cols.sent_end[m.start]]):
                continue  # "the prequel, Title: Subtitle", "the third installment, ..."
            if len(subs) > 1:
                if not all(m.key in years for m in subs):
                    continue
                subs.sort(key=lambda m: years[m.key])
            for earlier, later in zip([base, *subs], subs):
                self.emit(later, "P155", earlier, self.doc[later.start], "sequel", 0.6)

    def followed_rules(self, v: Token) -> None:
        """'Title premiered in 2005. Other Title followed in 2007': the second film follows the first
        (the film the text named last before it) and came out that year."""
        if v.pos_ != "VERB" or any(c.dep_ in ("dobj", "ccomp", "xcomp") or c.lower_ in ("with", "by", "up", "suit")
                                   for c in v.children):
            return  # ("A followed in 2003 with a short": A made something)
        subj = next((c for c in v.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"), None)
        year = next((t.text for c in v.children if c.dep_ == "prep" and c.lower_ == "in"
                     for t in c.subtree if YEAR.match(t.text)), None)
        if subj is None or year is None or self._first_named(subj):
            return
        later = self.m.at(subj)
        if later is None or self.cols.lower[later.end - 1] in self.lex.org_suffixes:
            return  # (NER's company for a one-word title is a guess; "Studio Films" is not)
        named = self.m.at(subj, create=False)
        if self._is_person(subj) and not (named is not None and named.votes == named.ner):
            return  # (people follow too: only NER's guess of a person is overruled)
        lo = self.cols.sent_start[max(self.cols.sent_start[v.i] - 1, 0)]
        before = [m for m in self.m.all if lo <= m.start < later.start and m.votes.get("Film", 0) >= 2.0
                  and m.key != later.key]
        if not before:
            return
        earlier = max(before, key=lambda m: m.start)
        sent = range(self.cols.sent_start[earlier.start], self.cols.sent_end[earlier.start])
        if not any(YEAR.match(self.cols.text[k]) for k in sent):
            return  # the first film's year is what the second one "followed"
        later.votes["Film"] += 2.5
        self.emit(later, "P155", earlier, v, "sequel", 0.65)
        self.emit(later, "P577", year, v, "release", 0.75)

    def sequel_rules(self, noun: Token, lemma: str) -> None:
        # "the sequel to Title", "Title sequel", "the sequel, Title 2"
        if source_object(noun):
            return  # "based on A's follow-up, Title": a book's sequel, the film's source
        original = None
        for c in noun.children:
            if c.dep_ == "prep" and c.lower_ in ("to", "of"):
                fs = self.film(next((g for g in c.children if g.dep_ == "pobj"), None), anaphora=False)
                original = fs[0] if fs else None
            if c.dep_ in ("compound", "nmod", "poss") and c.i < noun.i and c.pos_ == "PROPN":
                if c.dep_ == "poss" and (c.ent_type_ in ("PERSON", "ORG") or self._is_person(c) or self._org_like(c)):
                    continue  # "Denis Vale's sequel", "Studio's sequel": the maker's, not a sequel to a film
                fs = self.film(c, anaphora=False)
                original = fs[0] if fs else original
        named = None
        for c in noun.children:
            if c.dep_ == "appos" and c.pos_ in ("PROPN", "NOUN", "NUM"):
                fs = self.film(c, anaphora=False)
                named = fs[0] if fs else None
        if named is None and noun.i + 1 < len(self.doc) and noun.i + 1 in self.m.by_token:
            cand = self.m.by_token[noun.i + 1]
            if cand.votes.get("Film", 0) >= 2.5 and cand is not original:
                named = cand
        someones = any(c.dep_ == "poss" and (c.lower_ in ("her", "his", "their") or c.pos_ == "PROPN"
                                             and self._is_person(c)) for c in noun.children)
        if noun.dep_ == "appos" and named is None and not any(
                c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN" and self._is_person(c) for c in noun.children):
            # '... on "Title," the follow-up to ...': the film just before, whatever the parser hung the appositive
            # on (not "Title, a Character prequel")
            k = noun.left_edge.i - 1
            while k > 0 and self.cols.text[k] in (",", '"', "”", "’", "'"):
                k -= 1
            cand = self.m.by_token.get(k)
            if cand is not None and cand.end == k + 1 and cand.votes.get("Film", 0) >= 2.5 and cand is not original \
                    and (original is None or original.votes.get("Film", 0) >= 2.5):
                named = self.m.vote(self.doc[k], "Film", 1.5) or cand
        if noun.dep_ == "appos" and noun.head.text[:1].isupper():
            named = named or self.m.vote(noun.head, "Film", 1.5)
        if named is None and noun.dep_ == "attr" and noun.head.lemma_ == "be" and original is not None:
            subj = subject_of(noun.head)
            if subj is not None and subj.lower_ in ("which", "that") and noun.head.dep_ == "relcl":
                k = subj.i - 1  # "X (2016), which is a sequel to Y": the film before the relative pronoun
                while k > self.cols.sent_start[noun.i] and self.cols.text[k] in (",", ")"):
                    if self.cols.text[k] == ")":
                        while k > self.cols.sent_start[noun.i] and self.cols.text[k] != "(":
                            k -= 1
                    k -= 1
                cand = self.m.by_token.get(k)
                named = cand if cand is not None and cand.votes.get("Film", 0) >= 2.0 else None
            elif subj is not None and subj.pos_ == "PROPN":
                named = next(iter(self.film(subj, 1.0, anaphora=False)), None)  # "X is a sequel to Y"
        if original is None and named is not None:
            others = [f for f in self.sentence_films(noun) if f is not named and f.key != named.key]
            original = others[0] if len(others) == 1 else None
            if any(c.dep_ == "poss" and c.lower_ == "its" for c in noun.children):
                # "X (2008) ...; its sequel, Y", "after X, its sequel Y and Z": the nearest film before
                start = self.cols.sent_start[noun.i]
                before = [f for f in self.m.all if start <= f.start and f.end <= noun.i and f is not named
                          and f.votes.get("Film", 0) >= 2.5 and getattr(f, "series", None) is None]
                original = max(before, key=lambda f: f.end) if before else original
        if original is None and named is not None and lemma == "sequel":
            self.late_sequels.append((named, noun))  # "Title (2015) ... The sequel, Title: Part, ..."
            return
        if named is None and original is not None and noun.dep_ in ("nsubj", "nsubjpass"):
            # "5. Title (2001)" over "A's sequel to Other has B back as X": the section's film is the sequel
            named = self.focus(noun) if len(heading_titles(self.doc)) >= 2 else None  # (resolved to the section's)
        if original is None or named is None or original is named:
            return
        if someones and lemma == "follow-up" and noun.dep_ == "appos" and isinstance(named, Mention) \
                and (original.key or "") not in (named.key or ""):
            return  # "Title, her follow-up to X": her next film, no sequel (unless its title says so)
        if lemma == "prequel":
            self.emit(original, "P155", named, noun, "sequel", 0.8)
        else:
            self.emit(named, "P155", original, noun, "sequel", 0.8)

    def numbered_sequels(self) -> None:
        from ..mentions import norm_key, sequel_base

        films = {m.key: m for m in self.m.all if m.votes.get("Film", 0) >= 2.0}
        numbered = {(norm_key(b[0]), b[1]): f for f in films.values() for b in [sequel_base(f)]
                    if b and re.search(r"\S\s*[:–—-]\s", f.text[len(b[0]):])}  # ("Title 3 - Subtitle")
        for m in list(films.values()):
            sb = sequel_base(m)
            if not sb:
                continue
            base, n = sb
            words = base.rstrip(":").split()
            if n == 2 and len(words) > 1 and words[-1] in SUBTITLE_WORDS:
                base = " ".join(words[:-1]).rstrip(":")  # "Title: Book 2" follows "Title"
            k = m.start - 1
            while k > 0 and self.cols.text[k] in OPEN_QUOTES:
                k -= 1
            if k >= 0 and self.cols.lower[k] == "no":
                continue  # 'There will be no "Title 2"'
            prev_key = norm_key(base) if n == 2 else norm_key(f"{base} {n - 1}")
            prev = films.get(prev_key) or numbered.get((norm_key(base), n - 1))  # ("Title 2: Subtitle")
            if prev is None and n == 2:
                prev = next((o for o in self.m.all if o.key == prev_key), None) or self._find_text(base, m)
            if prev is not None:
                prev.votes["Film"] += 1.0
                self.emit(m, "P155", prev, self.doc[m.start], "sequel", 0.8)

    PART_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}

    def worded_sequels(self) -> None:
        """'Title: Part Five' follows 'Title: Part Four' when the text names both (numbers in words, which
        ``sequel_base`` leaves alone: read as "Title 2", they made its original from text no film names)."""
        from ..mentions import clean

        numbered = {}
        for m in self.m.all:
            found = re.match(r"^(.*?\S):?\s+Part\s+(\w+)$", clean(m.text)) if m.votes.get("Film", 0) >= 2.0 \
                else None
            if found is not None and found.group(2).lower() in self.PART_WORDS:
                numbered[norm_key(found.group(1)), self.PART_WORDS[found.group(2).lower()]] = m
        for (base, n), m in numbered.items():
            prev = numbered.get((base, n - 1))
            if prev is not None and prev.key != m.key:
                self.emit(m, "P155", prev, self.doc[m.start], "sequel", 0.8)

    def _find_text(self, text: str, other_than: Mention) -> Mention | None:
        """A mention for the first place the document names ``text`` as a whole (e.g. the original of
        "Title 2", which NER may have cut short)."""
        from ..mentions import norm_key

        words = text.split()
        n = len(words)
        for tok in tokens_among(self.doc, (words[0].lower(),)):
            if tok.text == words[0] and self.doc[tok.i:tok.i + n].text == text:
                end = tok.i + n
                if other_than.start <= tok.i < other_than.end or (end < len(self.doc) and self.cols.like_num[end]):
                    continue
                longer = next((o for k in range(tok.i, end) if (o := self.m.by_token.get(k)) is not None
                               and (o.start < tok.i or o.end > end) and o.votes.get("Film", 0) >= 2.5), None)
                if longer is not None:
                    if longer.key.removeprefix("the ") == norm_key(text):
                        return longer  # "The Title" for "Title II"
                    continue  # the end of a longer title ("Moor" of "Back to the Moor"), not the original
                for k in range(tok.i, end):
                    if k in self.m.by_token and self.m.by_token[k] is not other_than:
                        self.m._drop(self.m.by_token[k])
                return self.m.add(tok.i, end, "Film", 2.0)
        return None

    def series_rules(self, noun: Token) -> None:
        # "the Title franchise": the series, and its films named in the document
        names = [c for c in noun.children if c.dep_ in ("compound", "nmod", "amod") and c.i < noun.i
                 and c.text[:1].isupper()]
        if not names:
            self._appositive_series(noun)
            return
        run = self.m.at(names[-1])
        if run is None:
            return
        if run.end - run.start >= 2 and self.cols.lower[run.start] == "the" and self.cols.head[run.start] == noun.i:
            run = self.m.add(run.start + 1, run.end, exact=True) or run  # "The Title trilogy" opening a sentence
        run.votes["Series"] += 3.0
        run.series_noun = noun.lower_  # type: ignore[attr-defined]  ("the Title trilogy" is also its name)
        if run.end == noun.i and noun.tag_ == "NN" and noun.lower_ in ("trilogy", "franchise", "series", "saga") \
                and not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children):
            run.fixed = "Series"  # "the Title trilogy" is the series here, also where Title is its first film
        self._series_members(run, noun)
        host = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ in ("in", "of", "from") else None
        k = run.start - (1 if run.start >= 1 and self.cols.lower[run.start - 1] == "the" else 0)
        if (host is None or host.pos_ == "PROPN") and k >= 2 and self.cols.lower[k - 1] in ("in", "of", "from"):
            host = self.doc[k - 2]  # "the third film in the Tales of Lanternfield series", however parsed
        if host is not None and (host.lemma_.lower() in ENTRY_NOUNS or host.lemma_.lower() in self.lex.film_nouns):
            # "X is the third installment in the Y franchise", "X, the latest entry in the Y series"
            for f in self._described_film(host):
                if f is not run and getattr(f, "key", None) != run.key:
                    self.emit(f, "P179", run, noun, "series", 0.8)
            for f in self._films_after(noun.i + 1):  # "the Nth film in the Y series after A and its sequel B"
                self.emit(f, "P179", run, noun, "series", 0.75)

    def _films_after(self, i: int) -> list[Mention]:
        """The films listed from an "after" at token ``i`` to the end of its phrase ("after A, its 2021 sequel B
        and this spring's C"); none when token ``i`` is no "after"."""
        cols = self.cols
        if i >= len(self.doc) or cols.lower[i] != "after":
            return []
        end = i + 1
        while end < cols.sent_end[i] and cols.text[end] not in (";", ":", "(", "—", "–") and not (
                cols.pos[end] in ("VERB", "AUX") and cols.tag[end] not in ("VBG", "VBN")):
            end += 1
        return [m for m in self.m.all if i < m.start and m.end <= end and m.votes.get("Film", 0) >= 2.5
                and m.series is None]

    def _described_film(self, noun: Token) -> list[Mention]:
        """The film a descriptive noun phrase is about: 'X is the ...', 'X, the ...', 'the ..., X,'."""
        named = [c for c in noun.children if c.dep_ == "appos" and c.text[:1].isupper()]
        if named:
            return self.film(named[0], 1.5, anaphora=False)
        edge = noun.left_edge.i
        if noun.dep_ not in ("nsubj", "nsubjpass", "attr") and edge >= 2 and self.cols.text[edge - 1] == ",":
            last = edge - 2
            if last >= 1 and self.cols.text[last] in CLOSE_QUOTES:
                last -= 1  # '"Title", A's sequel to ...'
            near = self.m.by_token.get(last)  # "... on Title, the second feature from A": the title just before
            if near is not None and near.end == last + 1 and near.votes.get("Film", 0) >= 2.5:
                near.votes["Film"] += 1.5
                return [near]
        if noun.dep_ == "appos" and noun.head.text[:1].isupper():
            if noun.head.dep_ == "pobj" and noun.head.head.lower_ == "by":
                # "by A and B, credited on the movie, an adaptation of X"
                k = edge - 2  # (the parser hangs the noun on A): the film noun before the comma, if any
                if edge >= 2 and self.cols.text[edge - 1] == "," and self.cols.text[k].islower() \
                        and self.cols.lemma[k] in self.lex.film_nouns:
                    return self.film(self.doc[k], 1.0)
                return []
            return self.film(noun.head, 1.5, anaphora=False)
        if noun.dep_ == "conj" and noun.head.pos_ == "PROPN" and noun.left_edge.i >= 1 \
                and self.cols.text[noun.left_edge.i - 1] == "," and noun.head.i < noun.i:
            return self.film(noun.head, 1.5, anaphora=False)  # "Title, A's third feature, ...", parsed as a list
        if noun.dep_ == "attr" and noun.head.lemma_ == "be" or noun.dep_ == "dobj" and noun.head.lemma_ == "mark":
            subj = subject_of(noun.head)
            if subj is not None:
                return self.film(subj, 1.5)
        if noun.dep_ == "nsubj" and noun.head.lemma_ == "be":
            attr = next((c for c in noun.head.children if c.dep_ == "attr" and c.text[:1].isupper()), None)
            if attr is not None:
                return self.film(attr, 1.5, anaphora=False)
        return []

    SERIES_NAMES = frozenset({"chronicles", "cycle", "trilogy", "saga", "quartet", "quadrilogy", "franchise",
                              "universe"})

    def named_series_rules(self, noun: Token) -> None:
        """'the Meridian Chronicles', 'the Ledger Trilogy': a series named with a capitalised series word;
        its films are those whose titles open with the rest of the name."""
        cols = self.cols
        lo = noun.i
        while lo - 1 >= 0 and noun.i - lo < 4 and cols.is_title[lo - 1] \
                and cols.pos[lo - 1] in ("PROPN", "NOUN", "ADJ") and cols.lower[lo - 1] not in ("the", "a", "an"):
            lo -= 1
        if lo == noun.i:
            return
        k = lo - 1 - (lo >= 1 and cols.lower[lo - 1] == "the")
        if k >= 0 and (cols.lower[k] in ("on", "from", "of") or cols.lemma[k] in self.lex.work_nouns):
            return  # "based on The Undertow Chronicles", "the novels of the X Saga": books, not films
        series = self.m.add(lo, noun.i + 1, "Series", 3.0, exact=True)
        if series is None:
            return
        top = noun.i - (noun.lower_ == "universe" and cols.lower[noun.i - 1] == "cinematic")
        base = norm_key(self.doc[lo:top].text)  # ("the X Cinematic Universe": X films)
        for m in list(self.m.all):
            if m is not series and m.key and f" {base} " in f" {m.key.split(':')[0]} " \
                    and m.votes.get("Film", 0) >= 2.0 and not (series.start <= m.start < series.end):
                self.emit(m, "P179", series, noun, "series", 0.75)

    REMAKE_NOUNS = frozenset({"remake", "reworking", "version"})

    def remake_rules(self, noun: Token) -> None:
        """'X, a remake of a 1998 Danish drama Y', 'X is the Hindi-language version of Y': X is based on the
        film Y. A "version" is a remake only when it names a language or a nation ("the Hindi version of Y")."""
        cols = self.cols
        if noun.lemma_.lower() == "version" and not any(
                t.lower_ == "language" or t.ent_type_ in ("NORP", "LANGUAGE") for t in noun.subtree if t.i < noun.i):
            return
        if noun.i + 1 >= len(self.doc) or cols.lower[noun.i + 1] != "of":
            return
        original = None
        for k in range(noun.i + 2, min(noun.i + 14, cols.sent_end[noun.i])):
            m = self.m.by_token.get(k)
            if m is not None and m.start == k and m.votes.get("Film", 0) >= 2.0 \
                    and not (m.end < len(self.doc) and cols.tag[m.end] == "POS"):  # (not the owner in "A's film Y")
                original = m  # "a remake of director A's 2020 Korean thriller Y": the first film named after "of"
                break
            if cols.text[k] in (",", ";", ":", "(") or cols.pos[k] in ("VERB", "AUX") and cols.text[k].islower() \
                    or cols.lower[k] == "and":
                return
        if original is None:
            return
        films = self._described_film(noun)
        if not films and noun.dep_ == "appos" and noun.head.text.islower() \
                and noun.head.lemma_.lower() in self.lex.film_nouns:
            films = self.film(noun.head)  # "A's film, a remake of Y": the film the phrase means
        k = noun.left_edge.i - 1
        if not films and k >= 2 and cols.text[k] == ",":
            k = before_year(cols, k - 1, quoted=True)  # '"X" (2010), a remake of Y': the title before the comma
            near = self.m.by_token.get(k)
            films = [near] if near is not None and near.end == k + 1 and near.votes.get("Film", 0) >= 2.0 else []
        for f in films:
            if getattr(f, "key", None) != original.key:
                self.emit(f, "P144", original, noun, "remake", 0.75)

    def _appositive_series(self, noun: Token) -> None:
        """'"Title," the long-running horror series, ...': the quoted name is the series. Only "the",
        lower-case words and a decade ("the 1990s fantasy trilogy") may stand between the comma and the noun:
        "Title, the HBO series" is television, "Title, a new series" may be too."""
        cols = self.cols
        k = noun.i - 1
        while k > 0 and ((cols.pos[k] in ("ADJ", "ADV", "NOUN") or cols.tag[k] in ("VBG", "VBN"))
                         and cols.text[k].islower() or cols.text[k] == "-" or re.fullmatch(r"\d{4}s", cols.text[k])):
            k -= 1  # ("the long-running horror series", "the 1990s fantasy trilogy")
        nxt = cols.lower[noun.i + 1] if noun.i + 1 < len(self.doc) else ""
        if cols.lower[k] != "the" or k < 2 or cols.lower[noun.i - 1] in ("tv", "television", "limited") \
                or noun.dep_ in ("compound", "amod", "nmod", "poss") or nxt in ("-", "of", "in", "'s", "’s"):
            return  # ("the trilogy-closing film", "the series of films", "the third series in ...", "the franchise's
            # fifth instalment": not its name)
        j = k - 1 - (cols.text[k - 1] in CLOSE_QUOTES)  # ('"Title," the ...' and '"Title", the ...')
        if cols.text[j] != ",":
            return
        j -= 1 + (cols.text[j - 1] in CLOSE_QUOTES)
        run = self.m.by_token.get(j)
        if run is None or run.end != j + 1 or run.start == 0 or cols.text[run.start - 1] not in OPEN_QUOTES:
            return
        run.votes["Series"] += 6.0
        for m in self.m.all:
            if m.key == run.key:
                m.fixed = "Series"  # (said outright, as in "the Title trilogy": its headline mention too)
        run.series_noun = noun.lower_  # type: ignore[attr-defined]
        run.series_only = True  # type: ignore[attr-defined]  (no film of its own name here)
        self._series_members(run, noun)

    def _series_members(self, series: Mention, trigger: Token) -> None:
        """The films whose names open with the series' name ("Title 2", "The Title Code" in "the Title
        franchise"), wherever the text names them; also those that hold it further in ("Dusk at Title"), for
        a name of two words or more or one the text set apart as the series."""
        base = series.key
        if not base:
            return
        only = getattr(series, "series_only", False)  # (a name the text set apart as the series)
        for m in self.m.all:
            if m is series:
                continue
            k = m.key
            inside = f" {base} " in f" {k} " and k != base and (  # ("Dusk at Title")
                len(base.split()) >= 2 or only)  # (a one-word name: only its own)
            if m.votes.get("Film", 0) >= 2.0 and (k.startswith((base + " ", "the " + base + " ")) or inside
                                                 or k == base and not only):
                self.emit(m, "P179", series, trigger, "series", 0.75)

    def _adapter(self, v: Token) -> None:
        """'A adapted it from her novel', 'A and B adapted the novel for the screen': whoever adapts a work
        into the film writes its screenplay."""
        subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
        obj = next((c for c in v.children if c.dep_ == "dobj"), None)
        if subj is None or obj is None or subj.pos_ != "PROPN" or not self._is_person(subj) \
                or obj.lemma_.lower() in ("screenplay", "script"):  # (the script's own rule reads those)
            return
        if self._film_pronoun(obj) or obj.pos_ == "PROPN":
            films = self.film(obj)  # "adapted it", "adapted Title from ..."
        elif obj.lemma_.lower() in self.lex.work_nouns:
            films = [self.sentence_film_or_focus(v, skip=obj)]  # "adapted the novel for the screen"
        else:
            return
        for f in films:
            for p in self.person(subj, 1.0):
                self.emit(f, "P58", p, v, "verb", 0.7)

    def _work_noun_after(self, v: Token) -> Token | None:
        """The work noun a few words after ``v`` that a title follows ("adapts A's bestselling 2021 novel "X""),
        when nothing but the owner and descriptive words come between."""
        cols = self.cols
        for k in range(v.i + 1, min(v.i + 9, cols.sent_end[v.i] - 1)):
            if cols.text[k] in (",", ";", ":") or cols.pos[k] in ("VERB", "AUX") and cols.tag[k] != "VBG":
                return None
            if cols.lemma[k] in self.lex.work_nouns and cols.text[k].islower():
                nxt = k + 1 + (cols.text[k + 1] in OPEN_QUOTES)
                return self.doc[k] if nxt < len(self.doc) and cols.text[nxt][:1].isupper() else None
        return None

    def based_rules(self, v: Token) -> None:
        """'Title is based on the novel Work', 'Title adapts A's novel of the same name'."""
        adapted = None  # "adapted it from X": "it" is the film, X the source
        if v.lemma_ == "adapt":
            self._adapter(v)
        if v.lemma_ in WRITING_LEMMAS:  # "A wrote the screenplay from X", "written by A from X"
            src = next((g for t in (v, *(c for c in v.children if c.dep_ == "dobj")) for c in t.children
                        if c.dep_ == "prep" and c.lower_ == "from" for g in c.children if g.dep_ == "pobj"), None)
            if src is None or not source_object(src) and not (
                    src.lemma_.lower() in self.lex.work_nouns and src.text.islower()):
                return
        if v.lemma_ in ("adapt", "draw") or v.lemma_ in WRITING_LEMMAS:
            obj = next((c for c in v.children if c.dep_ == "dobj"), None)
            src = next((g for c in v.children if c.dep_ == "prep" and c.lower_ == "from"
                        for g in c.children if g.dep_ == "pobj"), None)
            if src is None:  # "Adapted by A and B from C's novel X": the parser hangs "from" on B
                src = next((g for c in v.subtree if c.dep_ == "prep" and c.lower_ == "from" and c.i > v.i
                            and not any(self.cols.text[k] in (",", ";") for k in range(v.i, c.i))
                            for g in c.children if g.dep_ == "pobj"), None)
            if obj is None and src is None and v.lemma_ == "adapt" and v.tag_ == "VBZ":
                obj = self._work_noun_after(v)  # "The film adapts A's bestselling novel "X."": a parse gone astray
            if src is not None and (obj is None or self._film_pronoun(obj)):
                adapted, obj = obj, src  # "Adapted from A's novel X, the film ...", "drawn from X"
            elif v.lemma_ == "draw":
                obj = next((g for c in v.children if c.dep_ == "prep" and c.lower_ == "on"
                            for g in c.children if g.dep_ == "pobj"), None)  # "Title draws on A's novel X"
                if obj is None or obj.text.islower() and obj.lemma_.lower() not in self.lex.work_nouns:
                    return
        else:
            on = next((c for c in v.children if c.dep_ == "prep" and c.lower_ == "on"), None)
            obj = next((c for c in on.children if c.dep_ == "pobj"), None) if on is not None else None
        if obj is None:
            return
        subj = next((c for c in v.children if c.dep_ in ("nsubjpass", "nsubj")), None)
        host = self._host(v) if subj is None else subj if subj.dep_ == "nsubj" else None
        if host is not None and host.pos_ == "PROPN" and self._is_person(host):
            # "A wrote the script, adapting B's novel X", "A adapted the screenplay from his play X": A's film
            films = [self.sentence_film_or_focus(v, skip=(src or obj) if v.lemma_ in ("adapt", "draw") else None)]
            if subj is not None and any(c.dep_ == "dobj" and c.lemma_.lower() in ("screenplay", "script")
                                        for c in v.children):
                for p in self.person(subj, 1.0):
                    self.emit(films[0], "P58", p, v, "verb", 0.75)
        elif adapted is not None:
            films = self.film(adapted)
        elif subj is not None and subj.lemma_.lower() in ("screenplay", "script") and subj.text.islower():
            films = [self.focus(v)]  # "The screenplay ... is based on A's memoir X" (its one title is the work)
        else:
            films = self.film(subj) if subj is not None else self.film(host)
        if not films and subj is None:
            # "X is a 2012 film directed by A, based on the novel Y": the film the sentence is about
            sf = [f for f in self.sentence_films(v) if f.start < v.i]
            films = sf[:1] if len({f.key for f in sf}) == 1 else []
        if obj.lemma_.lower() in ("screenplay", "script"):  # "adapted the screenplay from his play, X"
            src = next((g for t in (v, obj) for c in t.children if c.dep_ == "prep" and c.lower_ == "from"
                        for g in c.children if g.dep_ == "pobj"), None)
            if src is None:
                return
            obj = src
        rest = obj.sent.text[obj.idx - obj.sent.start_char:]
        if obj.lemma_.lower() in self.lex.work_nouns and "same name" in rest:
            for f in films:  # "... novel of the same name": the work bears the film's title
                if isinstance(f, Focus):
                    self.m.decide()  # the film in focus is needed now, to copy its name
                    f = self.resolve_focus(f.tok)
                if isinstance(f, Mention):
                    work = Mention(f.start, f.end, f.text, fixed="Work")
                    self.m.all.append(work)
                    self.emit(f, "P144", work, v, "based", 0.75)
            return
        work_tok = obj
        if obj.pos_ == "NOUN" and (obj.lemma_.lower() in self.lex.work_nouns or obj.text.islower() and any(
                c.dep_ == "appos" and c.text[:1].isupper() for c in obj.children)):
            # ("based on A's follow-up, Title": whatever the source is called, it is a source)
            app = next((c for c in obj.children if c.dep_ in ("appos", "compound", "nmod") and c.text[:1].isupper()),
                       None)  # (the parser's nmod: 'the "X" novels')
            nxt = obj.i + 1
            if nxt < len(self.doc) and self.cols.text[nxt] in OPEN_QUOTES:
                nxt += 1  # 'the novel "X"'
            if app is None and nxt < len(self.doc) and self.cols.text[nxt][:1].isupper():
                app = self.doc[nxt]
            if app is None:
                return
            work_tok = app
        if not work_tok.text[:1].isupper():
            return
        run = name_run(self.doc, work_tok.i)
        if work_tok is not obj and work_tok.i == obj.i + 1:  # "the stage play Supper at Dusk": a title's words
            longer = named_after_noun(self.doc, work_tok.i)
            if longer is not None and (run is None or run[0] == longer[0] and longer[1] > run[1]):
                run = longer
        quoted = self.m.by_token.get(work_tok.i)  # 'the memoir "Blisters and Stars"': the quoted title as a whole
        if quoted is not None and quoted.start == work_tok.i and (run is None or quoted.end > run[1]):
            run = (quoted.start, quoted.end)
        weight = 4.5 if work_tok is not obj or v.lemma_ in WRITING_LEMMAS or any(
            c.dep_ == "appos" and c.text.islower() and c.lemma_.lower() in self.lex.work_nouns
            for c in work_tok.children) else 3.0  # ('"X," A's 2011 novel')
        # ("the novel 'X'": called a novel, whatever its quotes say; "wrote the script from 'X'": what it was
        # written from)
        work = self.m.add(*run, "Work", weight) if run is not None else None
        if work is None:
            work = self.m.vote(work_tok, "Work", weight)
        for f in films:
            self.emit(f, "P144", work, v, "based", 0.8)
        by = next((c for c in v.children if c.dep_ == "agent" and c.i == v.i + 1), None)
        if v.lemma_ == "adapt" and by is not None:
            for p in self._listed_people(by):  # "Adapted by A and B from ...": the screenwriters
                for f in films:
                    self.emit(f, "P58", p, v, "verb", 0.75)

    # credits one film shares "like its predecessors": the company, the source, the crew
    SHARED_CREDITS = frozenset({"P272", "P750", "P144", "P162", "P57", "P58", "P86", "P344", "P1040"})

    NTH = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6}

    def family_sequels(self) -> None:
        """'Title (2015) ... The sequel, Title: Part, ...': the sequel follows the one film of its franchise
        named before it (read after "it"/"the film" are resolved, as ``ordinal_sequels``)."""
        from ..relations import _family, _main_title

        for named, noun in self.late_sequels:
            family, place = _family(named), _main_title(named)[1]
            kin = {m.key: m for m in self.m.all if m.end <= noun.i and m.type == "Film" and m.key != named.key
                   and m.series is None and _family(m) == family and _main_title(m)[1] < place}
            # (not "Title 3 ... The sequel, Title 2": a later number is no original)
            if len(kin) == 1 and named.type == "Film":
                self.emit(named, "P155", next(iter(kin.values())), noun, "sequel", 0.75)

    def ordinal_sequels(self) -> None:
        """'The third film, Title: Subtitle': the film numbered so follows the one before it in its franchise
        (the franchise's film numbered one less, "Title 2"; or the latest of exactly that many earlier dated
        films; for "the second film", the franchise's unnumbered original)."""
        from ..relations import _family, _main_title

        cols, doc = self.cols, self.doc
        films = [m for m in self.m.all if m.votes.get("Film", 0) >= 2.5 and m.series is None]
        years = None
        for k in cols.select(lambda w: w in self.NTH):
            noun = k + 1
            if noun + 2 >= len(doc) or cols.lemma[noun] not in self.lex.film_nouns or not cols.text[noun].islower() \
                    or cols.text[noun + 1] != ",":
                continue
            x = self.m.by_token.get(noun + 2)
            if x is None or x.start != noun + 2 or x.votes.get("Film", 0) < 2:
                continue
            nth, family = self.NTH[cols.lower[k]], _family(x)
            kin = {m.key: m for m in films if _family(m) == family and m.key != x.key}
            if nth == 2:
                earlier = [m for m in kin.values() if _main_title(m)[1] == 1 and ":" not in m.text]
            else:
                earlier = [m for m in kin.values() if _main_title(m)[1] == nth - 1 and sequel_base(m)]
                if not earlier and len(kin) == nth - 1:
                    years = self.years_given() if years is None else years  # (types are not decided yet)
                    dated = sorted((int(years[m.key]), m.start, m) for m in kin.values() if m.key in years)
                    earlier = [dated[-1][2]] if len(dated) == len(kin) else []
            if len(earlier) == 1:
                self.emit(x, "P155", earlier[0], doc[k], "sequel", 0.7)

    def predecessor_rules(self) -> None:
        """"Like its predecessors, Title 3 is produced by Studio": each earlier film of the franchise is too
        ("like its predecessor": when the text names one film before it)."""
        cols, doc = self.cols, self.doc
        for k in cols.where("like"):
            if cols.lower[k + 1:k + 2] != ["its"] or cols.lemma[k + 2:k + 3] != ["predecessor"]:
                continue
            verb = doc[k].head
            if verb.pos_ not in ("VERB", "AUX"):
                continue
            verbs = {verb.i, *(c.i for c in verb.conjuncts)}
            owner = PRIOR if cols.tag[k + 2] == "NNS" else PRIOR_ONE
            for r in list(self.raw):
                if (r.trigger.i in verbs or r.trigger.head.i in verbs) and r.relation in self.SHARED_CREDITS \
                        and not isinstance(r.subject, str):
                    self.raw.append(Raw(AllFilms(doc[k + 2], owner=owner), r.relation, r.object, doc[k],
                                        r.method, r.confidence * 0.9))

    def year_rules(self) -> None:
        for m in list(self.m.all):
            if m.series is not None and m.votes.get("Film", 0) >= 2.5:
                # "a fourth Title movie" is in the Title series; the name sits inside the film's mention
                series = Mention(m.series[0], m.series[1], self.doc[m.series[0]:m.series[1]].text)
                named = next((s for s in self.m.all if s.votes.get("Series", 0) >= 3.0 and s.key.startswith(
                    series.key + " ") and s.key.endswith(" universe")), None)  # "the X Cinematic Universe"
                if named is not None:
                    series = named  # "the fourth X film" is a film of the X Cinematic Universe the text names
                else:
                    series.votes["Series"] += 3.0
                    self.m.all.append(series)
                self.emit(m, "P179", series, self.doc[m.start], "series", 0.8)
                for f in self._films_after(m.end):  # "the fourth Y film after A, B and C": each a Y film
                    self.emit(f, "P179", series, self.doc[m.start], "series", 0.75)
                n = getattr(m, "n", None)
                twin = next((o for o in self.m.all if n and o.key == f"{series.key} {n}"), None)
                if twin is not None:  # "a third Title film" and "Title 3" in one article
                    self.emit(twin, "P179", series, self.doc[m.start], "series", 0.8)
        for m in self.m.all:
            if not m.year and m.votes.get("Film", 0) >= 2.5:
                m.year = self._film_year(m)  # '"Title," a 2016 romantic drama'
            if m.year and m.votes.get("Film", 0) >= 2.5:
                self.emit(m, "P577", m.year, self.doc[m.start], "year", 0.85)
