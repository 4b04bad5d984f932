"""How salient each film is where a phrase means one ("it", "the film", "the thriller").

``FocusRules.resolve_focus`` settles the cases a construction decides (a list item's film, "that
film", "the original"); everything else is a choice between the films named so far. Each candidate
gets a few named features (how often it was named, whether a headline or the paragraph names it,
whether it is the film the text just turned to, ...) and the one with the highest weighted sum wins,
the latest named on a tie.

The weights are the hand-set ones below unless ``patterns/focus.json`` holds weights learned by
``tools/train_focus.py`` from invented articles (a conditional logit over the candidates of each
phrase whose facts the gold holds for one of them). Features the hand weights leave out count
only with learned weights.
"""
from __future__ import annotations

import json
import math
from bisect import bisect_right
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Token

from ..mentions import Mention, norm_key, sequel_base
from ..titles import headline_at, noun_after

WEIGHTS = Path(__file__).resolve().parents[1] / "patterns" / "focus.json"
HAND = {
    "named": 1.0,  # per mention so far
    "opening_subject": 1.5,  # the text opened on this film as its subject
    "lede": 1.0,  # the first film of the story's first lines
    "headline": 2.0,  # what a headline names is the article's
    "paragraph": 2.0,  # a roundup's paragraph is about the film it names
    "ref": 1.0,  # per earlier "it"/"the film" resolved to it
    "last_ref": 2.0,  # "it" last spoke of this film
    "latest": 2.0,  # the film the text has just turned to
    "latest_aside": 0.5,  # ... named in passing (in a relative clause)
    "prev_subject": 3.0,  # "The animated musical, directed by A": the sentence before was about it
    "new_but_old": -100.0,  # "the new film" is not one a sequel follows, nor one dated before
    "present_but_old": -2.5,  # "A directs the film" (present tense) is not about the 2016 film named in passing
    "describes_someone": -2.0,  # "The Title actress A is set to join ...": that film is named in passing
}
# Features only learned weights read; the ones in CROSSED also count once per kind of phrase (KINDS).
LEARNED = ("log_gap", "same_sentence", "previous_sentence", "log_credits", "paragraph_first", "old", "newest",
           "a_sequel", "followed", "subject_here", "subject_before", "introduced", "modifier", "present*old")
KINDS = ("it", "film", "noun", "verb")
CROSSED = ("latest", "last_ref", "paragraph", "prev_subject", "headline", "old", "newest", "a_sequel", "followed",
           "same_sentence", "previous_sentence", "subject_before", "introduced")
FEATURES = frozenset([*HAND, *LEARNED, *(f"{k}*{f}" for k in KINDS for f in CROSSED)])
# How sure salience must be to credit a film no phrase points to: over sixteen invented sets, credits
# placed at 0.9 were right 43 times and wrong 8; at 0.8, 62 and 16; at 0.6, 88 and 36.
SURE = 0.9
RECORD: list | None = None  # set to a list by tools/train_focus.py: each choice's features land there


@lru_cache(maxsize=1)
def weights() -> dict[str, float]:
    """The learned weights if ``patterns/focus.json`` holds them, else the hand-set ones."""
    if WEIGHTS.exists():
        return dict(json.loads(WEIGHTS.read_text(encoding="utf-8"))["weights"])
    return dict(HAND)


def choose(feats: dict[str, dict[str, float]], latest: dict[str, int], w: dict[str, float]) -> tuple[str, float]:
    """The candidate with the highest weighted sum of its features (the latest named on a tie) and the
    probability the model gives it.

    Examples
    --------
    >>> choose({"a": {"named": 2.0}, "b": {"named": 1.0, "latest": 1.0}}, {"a": 0, "b": 9}, HAND)
    ('b', 0.731...)
    >>> choose({"a": {"named": 3.0}, "b": {"named": 1.0}}, {"a": 0, "b": 9}, HAND)[0]
    'a'
    """
    score = {k: sum(w.get(f, 0.0) * v for f, v in fs.items()) for k, fs in feats.items()}
    best = max(score, key=lambda k: (score[k], latest[k]))
    return best, 1.0 / sum(math.exp(v - score[best]) for v in score.values())


class SalienceRules:
    """The salience of the films named before a phrase that means one."""

    def most_salient(self, tok: Token, before: list[Mention], refs, ck) -> Mention:
        """The film ``tok`` means among ``before`` (films named so far, in order); ``refs`` are earlier
        anaphors already resolved (position, film), ``ck`` a film's key across its names."""
        feats, last = self.salience(tok, before, refs, ck)
        if RECORD is not None:
            names: dict[str, set[str]] = {}
            for m in before:
                names.setdefault(ck(m), set()).add(m.text)
            RECORD.append({"doc": self.doc, "tok": tok.i, "feats": feats, "films": names})
        best, self.salience_p = choose(feats, {k: m.start for k, m in last.items()}, weights())
        return last[best]

    def confident_focus(self, tok: Token) -> Mention | None:
        """The film in focus at ``tok`` when salience is sure of it (``SURE``), else None: for credits that
        name no film in a text no single film dominates ("Cinematographer A shot on film")."""
        self.salience_p = 1.0  # (a construction that decides the film is sure)
        film = self.resolve_focus(tok)
        return film if film is not None and self.salience_p >= SURE else None

    def _sentence_number(self, i: int) -> int:
        starts = getattr(self, "_sent_starts", None)
        if starts is None:
            starts = self._sent_starts = sorted(set(self.cols.sent_start))
        return bisect_right(starts, i)

    def salience(self, tok: Token, before: list[Mention], refs, ck_):
        """(features per candidate key, latest mention per key)."""
        cols = self.cols  # (read from the columns: this runs for every "it" and "the film")
        feats: dict[str, dict[str, float]] = {}
        last: dict[str, Mention] = {}

        def add(k: str, f: str, v: float = 1.0) -> None:
            fs = feats.setdefault(k, {})
            fs[f] = fs.get(f, 0.0) + v

        keyed = [(ck_(m), m) for m in before]  # (a film's key is asked for often: once per mention here)
        key = {id(m): k for k, m in keyed}
        named: dict[str, list[Mention]] = {}
        for k, m in keyed:
            add(k, "named")
            last[k] = m
            named.setdefault(k, []).append(m)

        def ck(m: Mention) -> str:
            return key.get(id(m)) or ck_(m)  # (a resolved "it" may hold a mention not in ``before``)

        h = before[0].end - 1
        if cols.dep[h] in ("nsubj", "nsubjpass") or cols.lemma[cols.head[h]] == "be" or cols.dep[h] == "appos" and \
                cols.dep[cols.head[h]] in ("nsubj", "nsubjpass"):  # "A's new film, Title, opens ..."
            add(ck(before[0]), "opening_subject")
        headline_end = getattr(self, "_headline_end", None)
        if headline_end is None:
            headline_end = self._headline_end = cols.sent_end[0] if headline_at(self.doc, 0) else 0
        lede = next((m for m in before if m.start >= headline_end), None)
        if lede is not None and lede is not before[0] and lede.start < headline_end + 60 \
                and not any(ck(m) == ck(lede) for m in before if m.start < headline_end):
            add(ck(lede), "lede")
        for k in {ck(m) for m in before if m.start < headline_end}:
            add(k, "headline")
        para = self._paragraph_start(tok.i)
        for k in {ck(m) for m in before if m.start >= para > 0}:
            add(k, "paragraph")
        refs = [(i, m) for i, m in refs if i < tok.i and ck(m) in feats]
        for _, m in refs:
            add(ck(m), "ref")
        aside = self._under_relcl(before[-1].end - 1)
        if refs and refs[-1][0] > before[-1].start and not aside:
            add(ck(refs[-1][1]), "last_ref")
        else:
            add(ck(before[-1]), "latest_aside" if aside else "latest")
        s0, s1 = cols.sent_start[tok.i], cols.sent_end[tok.i]
        opener = range(s0, min(s0 + 5, s1))
        described = len(opener) > 1 and cols.lower[s0] in ("the", "this") and any(
            cols.lemma[k] in self.lex.film_nouns and cols.text[k].islower() for k in opener[1:])
        # "Her final film, Title (2022), was co-written with ... . Released by Studio, it drew ...": a subject
        # "it" carries on the film the sentence before was about (its subject), whatever the headline says
        carried = tok.lower_ == "it" and cols.dep[tok.i] in ("nsubj", "nsubjpass") and not any(
            s0 <= m.start < tok.i for m in before)
        if (described or carried) and s0 > 0:
            p0, p1 = cols.sent_start[s0 - 1], cols.sent_end[s0 - 1]
            subjects = [m for m in before if p0 <= m.start < p1 and (cols.dep[m.end - 1] in ("nsubj", "nsubjpass") or (
                cols.dep[m.end - 1] == "appos" and cols.dep[cols.head[m.end - 1]] in ("nsubj", "nsubjpass")))]
            if subjects:
                add(ck(subjects[-1]), "prev_subject")
        now = self._text_year()
        years: dict[str, list[int]] = {}
        for k, x in keyed:
            y = self._film_year(x)
            if y:
                years.setdefault(k, []).append(int(y))
        if any(c.dep_ == "amod" and c.lower_ in ("new", "latest", "upcoming", "forthcoming") for c in tok.children):
            followed = self._followed(before)
            old = {k for k in feats if k in followed or now and any(y < now for y in years.get(k, ()))}
            if old and len(old) < len(feats):  # (out of the running while another film is in it)
                for k in old:
                    add(k, "new_but_old")
        present = self._present_tense(tok)
        if present:
            for k in last:
                if now and years.get(k) and max(years[k]) < now - 1 and len({x.text for x in named[k]}) == 1:
                    add(k, "present_but_old")
        self._learned_salience(tok, keyed, named, feats, years, now, present, para, ck)
        return feats, last

    def _raw_films(self):
        """(position, film) of every fact about a named film, in text order, and the keys of films said to
        follow another and to be followed; computed again only when the facts change."""
        state = (id(self.raw), len(self.raw))
        cached = getattr(self, "_raw_films_cache", None)
        if cached is None or cached[0] != state:
            films = sorted(((r.trigger.i, r.subject) for r in self.raw
                            if isinstance(r.subject, Mention) and r.subject.type == "Film"), key=lambda x: x[0])
            follows = {getattr(r.subject, "key", None) for r in self.raw if r.relation == "P155"}
            followed = {getattr(r.object, "key", None) for r in self.raw if r.relation == "P155"}
            cached = self._raw_films_cache = (state, (films, follows, followed))
        return cached[1]

    def _followed(self, before: list[Mention]) -> set:
        """Keys of the films another film follows: said so by a fact, or named with a number after them."""
        return self._raw_films()[2] | {norm_key(b[0]) for m in before for b in [sequel_base(m)] if b is not None}

    def _introduced(self, m: Mention) -> bool:
        """Is the film named with a film noun right before it ("the family comedy Title") or described right
        after it ("Title, a 2016 drama")?"""
        cols, nouns = self.cols, self.lex.naming_nouns
        k = m.start - 1
        while k >= 0 and cols.text[k] in ('"', "'", "“", "‘", ","):
            k -= 1
        if k >= 0 and cols.lemma[k] in nouns and cols.text[k].islower():
            return True
        return noun_after(cols, m.end, nouns) is not None

    def _learned_salience(self, tok, keyed, named, feats, years, now, present, para, ck) -> None:
        """Features only learned weights read (the hand weights give them none)."""
        cols = self.cols
        here = self._sentence_number(tok.i)
        seen = {k: self._sentence_number(ms[-1].start) for k, ms in named.items()}
        lemma = tok.lemma_.lower()
        kind = "it" if lemma in ("it", "its") else "film" if lemma in ("film", "movie", "picture", "feature") \
            else "noun" if tok.pos_ in ("NOUN", "PROPN") else "verb"  # (a verb: "A returns as B", no film said)
        first_in_para = next((k for k, m in keyed if m.start >= para > 0), None)
        films, follows, _ = self._raw_films()
        credits: dict[str, int] = {}
        for i, m in films:
            if i >= tok.i:
                break
            k = ck(m)
            credits[k] = credits.get(k, 0) + 1
        followed = self._followed([m for _, m in keyed])
        s0 = cols.sent_start[tok.i]
        p0 = cols.sent_start[s0 - 1] if s0 > 0 else s0
        people = self.lex.person_nouns | set(self.lex.role_nouns)
        newest = max((max(y) for y in years.values()), default=None)
        for k, fs in feats.items():
            gap = here - seen[k]
            fs["log_gap"] = math.log1p(gap)
            if gap == 0:
                fs["same_sentence"] = 1.0
            elif gap == 1:
                fs["previous_sentence"] = 1.0
            fs["log_credits"] = math.log1p(credits.get(k, 0))
            if k == first_in_para:
                fs["paragraph_first"] = 1.0
            if now and years.get(k) and max(years[k]) < now - 1:
                fs["old"] = 1.0
            if now and years.get(k) and max(years[k]) >= now or newest and years.get(k) and max(years[k]) == newest:
                fs["newest"] = 1.0
            ms = named[k]
            if any(sequel_base(m) or m.key in follows for m in ms):
                fs["a_sequel"] = 1.0
            if any(m.key in followed for m in ms):
                fs["followed"] = 1.0
            if any(self._introduced(m) for m in ms):
                fs["introduced"] = 1.0  # "the biographical feature film Title", "Title, a 2016 drama": a film presented
            if all(cols.dep[m.end - 1] in ("compound", "nmod", "poss") and not m.start <= cols.head[m.end - 1] < m.end
                   and cols.lemma[cols.head[m.end - 1]] not in self.lex.film_nouns for m in ms):
                fs["modifier"] = 1.0
                if all(cols.lemma[cols.head[m.end - 1]] in people for m in ms):
                    fs["describes_someone"] = 1.0  # "The Title actress A": a film named in passing
            for m in ms:
                if s0 <= m.start < tok.i and cols.dep[m.end - 1] in ("nsubj", "nsubjpass"):
                    fs["subject_here"] = 1.0
                elif p0 <= m.start < s0 and cols.dep[m.end - 1] in ("nsubj", "nsubjpass"):
                    fs["subject_before"] = 1.0
            for f in CROSSED:
                if f in fs:
                    fs[f"{kind}*{f}"] = fs[f]
            if present and "old" in fs:
                fs["present*old"] = 1.0
