"""Relation rules: from a parsed Doc to entities and facts with evidence.

Rule families (each named in a fact's ``method``), one module each under ``rules/``:

- ``verb``: active verbs ("Quill directed Blue Mesa", "Title stars A, B and C", "A stars in Title")
  (``rules/verbs.py``, ``rules/cast.py``);
- ``by``: passive and reduced relatives ("directed by A", "Title, starring A", "X, played by A")
  (``rules/verbs.py``, ``rules/surface.py``);
- ``role``: crew nouns beside a name ("director A", "Title director A", "A, the film's editor")
  (``rules/crew.py``);
- ``filmography``: a bracketed list of titles after a name ("A ('Title', 'Title')")
  (``rules/filmography.py``);
- ``character``: "A plays X", "A as X", "X (played by A)" (``rules/characters.py``);
- ``sequel``/``series``: "Title 2", "sequel to Title", "the Title franchise", "a fourth Title movie"
  (``rules/sequels.py``);
- ``based``, ``company``, ``kin``, ``year``: adaptations, studios, siblings and spouses, years
  (``rules/sequels.py``, ``rules/companies.py``, ``rules/people.py``).

Which film "the film" or "it" means is decided in ``rules/focus.py``. Every rule works on
mentions (``mentions.py``) and votes for the types its slots need; only facts whose sides end up
with the right types survive. Modality (``modality.py``) then drops negated facts and marks
hedged ones.

This module holds the ``Reader`` that runs every rule over one Doc (the rule families are its
mixins; the helpers they share, ``emit``, ``person``, ``film``, ``_is_person``, are here) and
``extract_doc``.
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Token

from .columns import columns, doc_text
from .lexicon import is_common_noun, is_given_name, lexicon
from .mentions import Mention, Mentions, PairRef, clean, norm_key, sequel_base, surname_group
from .modality import modality
from .rules import salience
from .rules.base import (
    GERUND_CREDITS,
    PERSON_SLOTS,
    PRIOR,
    PRIOR_ONE,
    SERIES,
    AllFilms,
    Focus,
    OriginalFilm,
    Raw,
    RecentFilms,
    SoleFilm,
)
from .rules.cast import CAST_OBJECT_VERBS, CastRules
from .rules.characters import CharacterRules
from .rules.companies import CompanyRules
from .rules.crew import HANDING_VERBS, CrewRules
from .rules.filmography import FilmographyRules
from .rules.focus import FocusRules
from .rules.parse import CONTROL_NOUNS, WRITING_LEMMAS, source_object, subject_of
from .rules.people import PeopleRules
from .rules.salience import SalienceRules
from .rules.sequels import ENTRY_NOUNS, SequelRules
from .rules.surface import SurfaceRules
from .rules.verbs import VerbRules
from .speech import FIRST_PERSON, SECOND_PERSON
from .surface import described_people
from .titles import OPEN_QUOTES, before_year, find_titles, name_run, sequel_number, tokens_among

__all__ = ["BOX_OFFICE_VERBS", "CAST_OBJECT_VERBS", "CONTROL_NOUNS", "ENTRY_NOUNS", "PERSON_SLOTS", "TEAM_FORMS",
           "TEAM_VERBS", "Focus", "Raw", "Reader", "SoleFilm", "extract_doc", "subject_of"]

# Verbs of box-office copy: a subject that "took in $42 million" is a film.
BOX_OFFICE_VERBS = frozenset({"gross", "earn", "take", "make", "add", "collect", "haul", "bank", "rake", "open",
                              "debut", "pull", "draw", "bring", "ring", "hold", "keep", "retain", "claim", "top"})
# ... and of a chart's ranks: "Title held the top spot with $31 million" (not "A holds a $5 million stake")
RANK_VERBS = frozenset({"hold", "keep", "retain", "claim", "top"})
RANK_NOUNS = frozenset({"spot", "place", "position", "crown", "box", "office", "chart", "charts"})

# "the team of A and B", "the sibling duo of A and B": the people named after "of".
TEAM_NOUNS = frozenset({"team", "duo", "pair", "couple", "trio", "partnership", "tandem"})

# The forms of the verbs whose "on Title" names a film the people work on together.
TEAM_VERBS = ("join", "reteam", "re-team", "team", "reunite", "collaborate")
TEAM_FORMS = frozenset(f"{v}{e}" for v in TEAM_VERBS for e in ("", "s", "ed", "ing", "d")) \
    | {"reuniting", "collaborating"}


SPEAKER_WORDS = FIRST_PERSON | SECOND_PERSON
PRIOR_WORDS = frozenset({"earlier", "previous", "prior", "preceding"})

# "every instalment", "each entry": a franchise's films, however many the text names
SERIES_UNITS = frozenset({"instalment", "installment", "entry", "chapter", "episode"})

class Reader(VerbRules, CastRules, CharacterRules, CrewRules, FilmographyRules, SequelRules, PeopleRules,
             CompanyRules, SurfaceRules, FocusRules, SalienceRules):
    """Runs every rule over one Doc."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.cols = columns(doc)
        self.lex = lexicon()
        titles = doc._.film_titles if doc.has_extension("film_titles") and doc._.film_titles is not None \
            else find_titles(doc)
        self.text = doc_text(doc)  # (spaCy builds doc.text token by token on every access)
        self.m = Mentions(doc, titles)
        self.m.repeat_titles()
        self.m.sibling_titles()
        self.m.described_works()
        self.m.banner_names()
        self.m.coordinated_people()
        self.m.named_members()
        self.raw: list[Raw] = []
        self.groups: dict[int, str] = {}  # token index → surname of a group mention ("the Pellicotts")
        self.late_sequels: list[tuple[Mention, Token]] = []  # "The sequel, Title: Part": read after the foci
        self.roles: dict[str, str] = {}  # person key → crew role seen in the text
        self.known_for: list[tuple[Token, list[Mention], list[Mention]]] = []  # credited after every rule ran
        self._wire_credits = [m.span() for m in WIRE_CREDITS.finditer(self.text)]

    # ------------------------------------------------------------ helpers

    def emit(self, subj, rel, obj, trigger, method, conf=0.85):
        if subj is None or obj is None or subj is obj:
            return
        if self._wire_credits and any(a <= trigger.idx < b for a, b in self._wire_credits):
            return  # "(Reporting by A; Editing by B)": the news agency's staff, not the film's
        self.raw.append(Raw(subj, rel, obj, trigger, method, conf))

    def _film_pronoun(self, t: Token | None) -> bool:
        """'it', 'the film', 'the movie': a word that stands for the film in focus."""
        return t is not None and (t.lower_ == "it" or t.text.islower() and t.lemma_.lower() in self.lex.film_anaphors)

    def _past_source(self, t: Token) -> Token:
        """'Title (2005), adapted from the game Work: Part, was directed by A': the parser makes "Part" the
        subject; the film is what the source clause is about."""
        if t.i < 2 or self.cols.text[t.i - 1] != ":" or t.pos_ != "PROPN":
            return t
        prev = self.doc[t.i - 2]
        src = prev if source_object(prev) else prev.head if prev.dep_ in ("appos", "compound") \
            and source_object(prev.head) else None
        owner = subject_of(src.head.head) if src is not None else None
        return owner if owner is not None and owner.i < src.i and owner.pos_ == "PROPN" else t

    def _nth_named(self, nth: int, before: int) -> Mention | None:
        """The film an earlier "the third film, Title" named (before token ``before``), if just one."""
        named = {}
        for k in range(before):
            t = self.doc[k]
            if self.cols.lemma[k] in self.lex.film_nouns and t.text.islower() and any(
                    c.dep_ == "amod" and ORDINAL_WORDS.get(c.lower_) == nth for c in t.children):
                m = self.m.by_token.get(k + 2) if k + 2 < before and self.cols.text[k + 1] == "," else None
                if m is not None and m.start == k + 2 and m.votes.get("Film", 0) >= 2:  # (read from the surface)
                    named[m.key] = m
        return next(iter(named.values())) if len(named) == 1 else None

    def _original_meant(self, t: Token) -> bool:
        """'the original', 'the first film', 'the original movie' (not 'the original score')."""
        if t.text[:1].isupper() or not any(c.dep_ == "det" and c.lower_ == "the" for c in t.children):
            return False
        if t.lower_ in ("original", "first") and t.pos_ in ("NOUN", "ADJ") \
                and t.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass") and not any(
                    c.dep_ == "prep" and c.lower_ == "of" or c.dep_ in ("relcl", "acl") for c in t.children):
            return True  # ("A helmed the first", not "the first of many" or "the first to")
        if t.lower_ == "returns" and any(c.dep_ == "amod" and c.lower_ == "original" for c in t.children):
            return True  # "who scored the original, returns": the parser made one phrase of the two
        return t.lemma_.lower() in self.lex.film_anaphors and t.tag_ == "NN" and any(
            c.dep_ == "amod" and c.lower_ in ("first", "original") for c in t.children)

    def original_of(self, film: Mention | None) -> Mention | None:
        """The film a sequel follows: one the text says it follows, or 'Title' for 'Title 2'."""
        if film is None:
            return None
        for r in self.raw:
            if r.relation == "P155" and getattr(r.subject, "key", None) == film.key and isinstance(r.object, Mention):
                return r.object
        for r in self.raw:  # "X, a prequel to Y": Y is the original X was made after
            if r.relation == "P155" and getattr(r.object, "key", None) == film.key and isinstance(r.subject, Mention) \
                    and r.trigger.lemma_.lower() == "prequel":
                return r.subject
        base = sequel_base(film)
        if base is not None:
            return next((m for m in self.m.all if m.key == norm_key(base[0]) and m.votes.get("Film", 0) >= 2.0), None)
        remade = self.remade_film()
        return remade if remade is not None and remade.key != film.key else None

    def follows_another(self, film: Mention) -> bool:
        """Is ``film`` a sequel, prequel or remake of a film the text names ("Title 2", "a prequel to X")?"""
        return sequel_base(film) is not None or any(
            r.relation == "P155" and (getattr(r.subject, "key", None) == film.key
                                      or getattr(r.object, "key", None) == film.key
                                      and r.trigger.lemma_.lower() == "prequel") for r in self.raw) \
            or self.remade_film() is not None

    def remade_film(self) -> Mention | None:
        """The one film the text says is being remade ("will remake Title", "a remake of Title"): what
        "the original" means in a story about the new film."""
        cached = getattr(self, "_remade", False)
        if cached is not False:
            return cached
        found = {}
        for t in tokens_among(self.doc, ("remake", "remakes", "remaking", "remade")):
            if t.pos_ == "VERB":
                objs = [c for c in t.children if c.dep_ == "dobj"]
            else:
                objs = [g for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                        if g.dep_ == "pobj"]
            for o in objs:
                m = self.m.at(o, create=False)
                if m is not None and m.votes.get("Film", 0) >= 2.0:
                    found[m.key] = m
        self._remade = next(iter(found.values())) if len(found) == 1 else None
        return self._remade

    def own_person(self, tok: Token, weight: float = 2.0) -> list[Mention]:
        """The person of ``tok`` alone, without its conjuncts."""
        return [p for p in self.person(tok, weight) if p.start <= tok.i < p.end]

    def described_apart(self, tok: Token) -> bool:
        """'A, the cinematographer on X, and B, who edited it': in a list whose first member has a description
        of its own, a description (an apposition, a relative clause) is its own member's only."""
        first = tok
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head
        return bool(first.conjuncts) and any(
            c.dep_ == "appos" and c.text.islower() and c.tag_ == "NN" and c.i > first.i for c in first.children)

    def person(self, tok: Token | None, weight: float = 2.0) -> list[Mention]:
        """The people a token names: itself and its conjuncts; groups expand later."""
        if tok is None:
            return []
        if tok.lower_ in PAIR_WORDS and tok.text.islower() and any(c.dep_ in ("det", "predet")
                                                                  and c.lower_ in ("the", "both")
                                                                  for c in tok.children) \
                and not any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.children):  # not "the X brothers"
            return [PairRef(tok.i, tok.i + 1, tok.text, type="Pair")]  # "The siblings will again co-direct"
        if tok.lower_ == "they" and tok.dep_ in ("nsubj", "nsubjpass") and self._pair_craft(tok.head):
            # "the comedy they wrote", "They will co-direct": the pair the text is about
            return self._they_pair(tok)
        out = []
        k = tok.left_edge.i
        if k < tok.i and self.cols.lower[k] in ("opposite", "alongside", "beside") and tok.dep_ == "nsubj":
            # "Opposite A, B plays X": the parser's subject A is who B plays against
            tok = next((a for a in tok.children if a.dep_ in ("appos", "conj") and a.pos_ == "PROPN"), tok)
            if tok.left_edge.i == k:
                return []
        listed = [a for a in tok.children if a.dep_ == "appos" and a.pos_ == "PROPN" and a.i > tok.i
                  and tok.dep_ in ("nsubj", "nsubjpass") and self.cols.text[a.left_edge.i - 1] == ","
                  and any(c.dep_ == "conj" and c.pos_ == "PROPN" for c in a.children)]
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.pos_ == "PROPN" and not tok.conjuncts:
            listed += [c for c in tok.children if c.dep_ == "nmod" and c.pos_ == "PROPN" and c.i < tok.i
                       and any(g.dep_ == "cc" for g in c.children)]  # "A Vale and B Lee will star", mis-parsed
        for t in [tok, *tok.conjuncts, *(x for a in listed for x in (a, *a.conjuncts))]:  # "A, B and C will"
            if t is not tok and any(c.dep_ == "appos" and c.text.islower() and (
                    c.lemma_.lower() in self.lex.film_nouns or c.lower_ == "debut") for c in t.children):
                continue  # "starring A, and Title, the debut of B": a film listed after the cast
            if t.i in self.groups:
                out.append(self._group_mention(t))
                continue
            g = self._group_at(t)
            if g:
                out.append(g)
                continue
            if self.m.turns and t.lower_ in SPEAKER_WORDS:
                out += self.speaker(t)  # "I", "me" in an interview's answer: who gives it
                continue
            if t.i == tok.i and t.lower_ in ("he", "she") and t.dep_ in ("nsubj", "nsubjpass"):
                out += self._main_person(t)  # "In Title he played X": the person the text is about
                continue
            if t.i == tok.i and t.lower_ in ("him", "her") and t.dep_ == "dobj" and t.tag_ == "PRP":
                subj = subject_of(t.head)  # "A directed her": anyone but A
                ms = [self.m.at(x, create=False) for x in ([subj, *subj.conjuncts] if subj is not None else [])]
                out += self._main_person(t, frozenset((m.key.split() or [""])[-1] for m in ms if m is not None))
                continue
            members = next((g for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                            if g.dep_ == "pobj" and g.pos_ == "PROPN"), None) \
                if t.pos_ == "NOUN" and t.lemma_.lower() in TEAM_NOUNS else None
            if members is not None:
                out += self.person(members, weight)  # "the husband-and-wife team of A and B"
                continue
            if t.lower_ in ("pair", "duo", "couple", "twosome") and t.pos_ == "NOUN" \
                    and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children):
                out += self._last_pair(t)  # "A and B ... The pair will star in X"
                continue
            if t.pos_ == "PRON" or t.lower_ in ("who", "that") or t.text[:1].isdigit() \
                    or t.ent_type_ in ("MONEY", "CARDINAL", "PERCENT", "QUANTITY") \
                    or any(c.dep_ == "nummod" or c.text in ("$", "€", "£") for c in t.children):
                continue  # (no person is "$48M": "Title added $48M")
            if t.pos_ == "NOUN" and t.lemma_.lower() in self.lex.kin_sibling | self.lex.kin_spouse:
                out += self._named_or_kin(t)  # "A and his wife, B"
                continue
            named = next((c for c in t.children if c.dep_ == "appos" and c.pos_ == "PROPN" and 0 < c.i - t.i <= 4),
                         None) if t.pos_ == "NOUN" and t.text.islower() and t.dep_ == "pobj" and t.head.lower_ == "by" \
                and t.lemma_.lower() in described_people() else None  # (spouses and siblings: read just above)
            if named is None and t.pos_ == "NOUN" and t.text.islower() and t.dep_ in ("nsubj", "nsubjpass") \
                    and t.lemma_.lower() in self.lex.role_nouns:  # "The Norwegian composer A scored ..."
                named = next((c for c in t.children if c.dep_ == "appos" and c.pos_ == "PROPN"
                              and 0 < c.left_edge.i - t.i <= 2), None)
            if named is not None:
                out += self.person(named, weight)  # "directed by her granddaughter, B", "by his old friend B"
                continue
            m = self.m.at(t)
            if m is not None and m.start > 0 and self.cols.lower[m.start - 1] in ("opposite", "alongside", "beside") \
                    and t.dep_ in ("nsubj", "nsubjpass", "conj") and len(tok.conjuncts) >= 1:
                continue  # (the same, read as two conjuncts)
            firm = m is not None and self.cols.lower[m.end - 1] in self.lex.org_suffixes
            if m is not None and not firm and t.ent_type_ == "ORG" and any(
                    x.i != t.i and self.cols.lower[x.i] in self.lex.org_suffixes for x in [tok, *tok.conjuncts]):
                firm = True  # "produced by Frame Films and Arte": listed with a company, a company
            if firm:
                m.votes["Organization"] += weight + 1.0  # "produced by Orbit Films": a company
                out.append(m)
                continue
            m = self.m.vote(t, "Person", weight)
            if m is not None:
                out.append(m)
        return out

    PAIR_CRAFTS = frozenset({"P57", "P58"})

    def _pair_craft(self, v: Token) -> bool:
        """Is ``v`` a verb of a craft a pair of filmmakers shares ("they co-wrote", "they will direct"), one
        a company never does?"""
        lemma = v.lemma_.lower()
        return v.pos_ in ("VERB", "AUX") and self.lex.verbs.get(lemma) in self.PAIR_CRAFTS

    def _they_pair(self, tok: Token) -> list[Mention]:
        """Who "they" are when they share a craft: the family group ("the Vennel sisters", "the Vennels") or the
        two people named together ("A and B") last before, within three sentences; else the pair the text
        names (read once every fact is found)."""
        cols = self.cols
        lo = cols.sent_start[tok.i]
        for _ in range(3):
            lo = cols.sent_start[lo - 1] if lo > 0 else lo
        pair = self._last_pair(tok)
        after = max(m.start for m in pair) if pair else -1
        for k in range(tok.i - 1, max(lo, after) - 1, -1):
            t = self.doc[k]
            if t.text[:1].isupper() and t.text.endswith("s") and t.pos_ == "PROPN" and cols.lower[k - 1] == "the" \
                    or t.lower_ in PAIR_WORDS and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in t.children):
                group = self._group_at(t)
                if group is not None:
                    return [group]
        return pair or [PairRef(tok.i, tok.i + 1, tok.text, type="Pair", kin=False)]

    def _last_pair(self, tok: Token) -> list[Mention]:
        """The two people last named together ("A and B") before ``tok``, within two sentences."""
        people = sorted((m for m in self.m.all if m.end <= tok.i and m.votes.get("Person", 0) >= 1
                         and m.votes.get("Person", 0) >= max(m.votes.get("Film", 0), m.votes.get("Organization", 0))),
                        key=lambda m: m.start)
        lo = self.cols.sent_start[tok.i]
        for _ in range(2):
            lo = self.cols.sent_start[lo - 1] if lo > 0 else lo
        for a, b in zip(people[-2::-1], people[:0:-1]):
            if a.start < lo:
                break
            if a.end + 1 == b.start and self.cols.lower[a.end] == "and":
                return [a, b]
        doc = self.doc  # NER missed one of them: two full names joined by "and", read from the surface
        cols = columns(doc)
        for k in range(self.cols.sent_start[tok.i] - 1, lo, -1):
            if cols.lower[k] != "and":
                continue
            left = name_run(doc, k - 1, allow_connectors=False, max_len=3)
            right = name_run(doc, k + 1, allow_connectors=False, max_len=3)
            if left and right and left[1] == k and right[0] == k + 1 and left[1] - left[0] >= 2 \
                    and right[1] - right[0] >= 2 \
                    and any(cols.ent[i] == "PERSON" for i in range(left[0], right[1])):
                pair = [self.m.add(*left, "Person", 1.0), self.m.add(*right, "Person", 1.0)]
                return [m for m in pair if m is not None and m.votes.get("Film", 0) < 2]
        return []

    def _group_at(self, t: Token) -> Mention | None:
        # "the Pellicotts", "the Pellicott brothers": a surname group standing for several people.
        span = self.doc[t.left_edge.i:t.i + 1]
        name = surname_group(span.text if t.lemma_.lower() in ("brother", "sister", "sibling", "twin")
                             or t.text.endswith("s") else "")
        if name and t.i + 1 > 0 and t.text[0].isupper() or (name and t.lower_ in ("brothers", "sisters", "siblings",
                                                                                   "twins")):
            self.groups[t.i] = name
            return self._group_mention(t)
        return None

    def _group_mention(self, t: Token) -> Mention:
        m = Mention(t.i, t.i + 1, t.text)
        m.type = "Group"
        m.group = self.groups[t.i]  # type: ignore[attr-defined]
        return m

    def film(self, tok: Token | None, weight: float = 2.0, anaphora: bool = True) -> list[Mention]:
        """The films a token names, with conjuncts; "the film"/"it" resolve to the film in focus."""
        if tok is None:
            return []
        out = []
        if tok.lower_ in ("all", "both", "each") and tok.dep_ == "appos" and tok.head.tag_ == "NNS":
            tok = tok.head  # "the films, all released by Studio": "all" is the films
        tok = self._past_source(tok)
        for t in [tok, *tok.conjuncts]:
            listed = [a for a in t.children if a.dep_ == "appos" and a.text[:1].isupper()
                      and a.left_edge.i == t.i + 2 and self.cols.text[t.i + 1] == ","] \
                if anaphora and t.tag_ == "NNS" and t.text.islower() and (
                    t.lemma_.lower() in self.lex.film_nouns or t.lemma_.lower() in SERIES_UNITS) else []
            if listed:  # "its first three films, A (2014), B and C": the films listed (the parser hangs B anywhere)
                named = [f for a in listed for f in self.film(a, weight, anaphora=False)]
                out += named + [f for f in self._listed_titles(self.doc[t.i + 2]) if f not in named]
                continue
            after = self._list_after(t) if anaphora and t.tag_ == "NNS" and t.text.islower() and (
                t.lemma_.lower() in self.lex.film_nouns or t.lemma_.lower() in SERIES_UNITS) else None
            if after is not None:  # "scored all three films: A (1990), B and C", "cut forty features, among them A"
                out += self._listed_titles(self.doc[after])
                continue
            if anaphora and self._every_film(t):
                owner = [c for c in t.children if c.dep_ in ("compound", "nmod", "poss") and c.text[:1].isupper()]
                out.append(AllFilms(t, owner=norm_key(self.doc[owner[0].left_edge.i:owner[-1].i + 1].text)
                                    if owner else ""))
                continue
            if t.pos_ == "PROPN" and t.lower_ in self.SERIES_NAMES and t.is_title:
                named = self.m.at(t, create=False)  # "The Title Saga was produced by Studio": each of its films
                if named is not None and named.end == t.i + 1 and named.end - named.start >= 2:
                    named.votes["Series"] += 3.0
                    base = [w for w in named.text.split()[:-1] if w.lower() != "the"]
                    out.append(AllFilms(t, owner=norm_key(" ".join(base))))
                    continue
            if anaphora and t.lemma_.lower() in SERIES_UNITS and t.text.islower() and any(
                    c.dep_ in ("det", "predet") and c.lower_ in ("every", "each") for c in t.children):
                out.append(AllFilms(t, owner=SERIES))  # "A has scored each instalment"
                continue
            count = self._film_count(t) if anaphora else 0
            if anaphora and not count and t.text.islower() and t.tag_ == "NNS" and (
                    t.lemma_.lower() in self.lex.film_nouns or t.lemma_.lower() in SERIES_UNITS) and any(
                    c.dep_ == "amod" and c.lower_ in PRIOR_WORDS for c in t.children):
                out.append(AllFilms(t, owner=PRIOR))  # "A, who edited the previous instalments": all but the newest
                continue
            owner = [c for c in t.children if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN" and c.i < t.i] \
                if count else []
            name = norm_key(self.doc[owner[0].left_edge.i:owner[-1].i + 1].text) if owner else ""
            if name and len({m.key for m in self.m.all if m.votes.get("Film", 0) >= 2.5
                             and _owned_by(m.key, _main_title(m)[0], name)}) >= count:
                out.append(AllFilms(t, owner=name))  # "both Title films": that franchise's, not the last two
                continue
            if count:
                first = "first" in self.cols.lower[max(t.left_edge.i, t.i - 3):t.i]  # "the first two (films)"
                out.append(RecentFilms(t, count=count, first=first))
                continue
            if anaphora and t.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass") and (
                    t.lower_ in ("them", "they") or t.tag_ == "NNS" and t.text.islower()
                    and t.lemma_.lower() in self.lex.film_nouns and [c.lower_ for c in t.children] == ["the"]):
                named = self._films_just_named(t, people_too=t.lower_ not in ("them", "they"))
                if named >= 2:  # "Title (2019) and Title 2 (2022) were hits. Studio distributes them / the films."
                    out.append(RecentFilms(t, count=named))
                    continue
            if t.tag_ in ("NNS", "NNPS") and not t.text[0].isupper() and not (anaphora and self._original_meant(t)):
                continue  # "Quill's films": many films, none in particular
            named = self._named_after(t) or self._titled_after(t)
            if named is not None:
                named.votes["Film"] += weight
                out.append(named)
                continue
            if t.lemma_.lower() in ("sequel", "prequel") and any(
                    c.dep_ in ("compound", "nmod", "poss") and c.text[:1].isupper() for c in t.children):
                named = self.named_sequel(t)
                if named is not None:
                    out.append(named)
                continue  # "The Title sequel": a film of its own, not yet named
            nth = next((ORDINAL_WORDS[c.lower_] for c in t.children if c.dep_ == "amod" and c.lower_ in ORDINAL_WORDS),
                       None) if anaphora and t.text.islower() and t.lemma_.lower() in self.lex.film_nouns and any(
                c.dep_ == "det" and c.lower_ in ("the", "that") for c in t.children) else None
            if nth is None and anaphora and t.lower_ in ORDINAL_WORDS and t.pos_ in ("ADJ", "NOUN") \
                    and t.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass") and any(
                    c.dep_ == "det" and c.lower_ == "the" for c in t.children):
                nth = ORDINAL_WORDS[t.lower_]  # "A helmed the second": the second film
            if nth is not None and t.dep_ != "appos" and not any(c.dep_ == "appos" for c in t.children):
                # "A helmed the second film": the one film the text numbers so ("Title 2", "Title II: X")
                numbered = {m.key: m for m in self.m.all if m.votes.get("Film", 0) >= 2.5 and m.series is None
                            and _main_title(m)[1] == nth}
                if len(numbered) == 1:
                    out.append(next(iter(numbered.values())))
                    continue
                second = {r.subject.key: r.subject for r in self.raw if r.relation == "P155"
                          and isinstance(r.subject, Mention) and isinstance(r.object, Mention)
                          and self.original_of(r.object) is None and r.subject.start < t.i} if nth == 2 else {}
                if not numbered and len(second) == 1:  # "its sequel, Title Returns ... the second": that sequel
                    out.append(next(iter(second.values())))
                    continue
                named = self._nth_named(nth, t.i) if not numbered else None
                if named is not None:  # "the third film, Title ... that third film": Title
                    out.append(named)
                    continue
            titled = t.i in self.m.by_token and self.m.by_token[t.i].end - self.m.by_token[t.i].start > 2
            definite = t.lemma_.lower() in self.lex.film_nouns and t.tag_ == "NN" and any(
                c.dep_ == "det" and c.lower_ in ("the", "this") or c.dep_ == "poss" for c in t.children)
            anaphor = (t.lemma_.lower() in self.lex.film_anaphors or definite) and not t.text[0].isupper() \
                and (t.i not in self.m.by_token or self.m.by_token[t.i].text.islower())  # "the film", "the thriller"
            # (NER's lower-case "follow-up" ORG is no name)
            edge = t.left_edge.i
            before = before_year(self.cols, edge - 2, quoted=True)  # '"Title" (2022), the chamber drama she wrote'
            if anaphor and definite and edge >= 2 and self.cols.text[edge - 1] == "," and before >= 0 \
                    and self.cols.text[before][:1].isupper() and t.dep_ not in ("nsubj", "nsubjpass"):
                named = self.m.at(self.doc[before])  # "Title, the 2011 adventure directed by A"
                if named is not None and named.votes.get("Person", 0) < 2 and named.votes.get("Organization", 0) < 2:
                    named.votes["Film"] += weight
                    out.append(named)
                    continue
            named_appos = next((c for c in t.children if c.dep_ == "appos" and c.pos_ == "PROPN"
                                and c.left_edge.i == t.i + 2 and self.cols.text[t.i + 1] == ","), None) \
                if anaphor else None  # ("its sequel, Title Rising": the appositive's head is its last word)
            if named_appos is None and anaphor and t.dep_ in ("nsubj", "nsubjpass"):
                named_appos = self._named_after_clause(t)  # "The drama he directed, Title (2009), starred A"
            if named_appos is not None:  # "her debut feature, Title, premiered in 2021": the title given
                m = self.m.vote(named_appos, "Film", weight)
                if m is not None:
                    out.append(m)
                    continue
            if anaphora and self._original_meant(t):
                out.append(OriginalFilm(t))  # "who directed the original", "co-wrote the first film"
                continue
            that_one = t.lower_ == "one" and t.pos_ in ("NOUN", "PRON", "NUM") and any(
                c.dep_ == "det" and c.lower_ in ("this", "that") for c in t.children)  # "helmed that one solo"
            # ("It's Always Winter" is a title, not "it")
            if anaphora and (t.lower_ in ("it", "this") and not titled or anaphor or that_one):
                f = self.focus(t)
                if f is not None:
                    out.append(f)
                continue
            if t.pos_ == "PRON" and not titled:
                continue
            if t.lemma_.lower() in self.lex.film_nouns and t.dep_ == "attr" and t.head.lemma_ == "be" and any(
                    c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children):
                # "Title is an HBO Film directed by A": the film is what the copula is about
                s = subject_of(t.head)
                if s is not None and s.dep_ == "nsubj" and s.pos_ != "PRON":
                    out += self.film(s, weight, anaphora=False)
                    continue
            if t.i not in self.m.by_token and t.pos_ == "NOUN" and t.is_sent_start and t.tag_ in ("NNS", "NN") \
                    and (t.lemma_.lower() in self.lex.role_nouns or t.lemma_.lower() in self.lex.film_nouns):
                continue  # "Producers include ...": a capitalised common noun, not a title
            if anaphora and t.lower_ in ("production", "co-production", "picture") and any(
                    c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children) and any(
                    c.dep_ == "compound" and self.cols.lower[c.i] in self.lex.org_suffixes for c in t.children):
                f = self.focus(t)  # "A Studio Films production, distributed by B": the film in focus, made by
                if f is not None:  # the company (the company rules read that)
                    out.append(f)
                continue
            if t.i not in self.m.by_token and (t.pos_ != "PROPN" or t.lemma_.lower() in self.lex.film_nouns):
                # "the sequel Title", "his passion project, 'Title'": the name in apposition
                for c in t.children:
                    if c.dep_ == "appos" and c.i in self.m.by_token or c.dep_ == "compound" and self._titles(c, t):
                        t = c
                        break
            m = self._possessive_title(t, weight) or self.m.vote(t, "Film", weight)
            if m is not None:
                out.append(m)
        return out

    def _titles(self, compound: Token, noun: Token) -> bool:
        """Is a name compounded onto a film noun the film's title ("the Title sequel"), rather than a modifier
        ("A's untitled Studio comedy", "the Hindi version", "the Studio remake")?"""
        return compound.i in self.m.by_token and compound.ent_type_ not in ("NORP", "LANGUAGE", "GPE") \
            and noun.lemma_.lower() not in VERSION_NOUNS and not any(a.lower_ == "untitled" for a in noun.children)

    def _list_after(self, t: Token) -> int | None:
        """Where a list of titles naming the films a plural noun counts starts: right after it, after a colon
        ("three films: A, B and C") or after "among them"; None when no title follows."""
        i = t.i + 1
        named = self.m.by_token.get(i)
        if named is not None and named.start == i and named.votes.get("Film", 0) >= 2 and not (
                named.end < len(self.doc) and self.cols.pos[named.end] in ("VERB", "AUX")):
            return i  # "her earlier features Title (2014) and Other (2018)" (not "in the reboots X was played")
        if i < len(self.doc) and self.cols.text[i] == ":":
            i += 1
        elif i + 3 < len(self.doc) and self.cols.text[i] == "," and self.cols.lower[i + 1] == "among" \
                and self.cols.lower[i + 2] in ("them", "which"):
            i += 3
        else:
            return None
        while i < len(self.doc) and self.cols.text[i] in OPEN_QUOTES:
            i += 1
        return i if i < len(self.doc) and self.cols.text[i][:1].isupper() \
            and self.cols.sent_start[i] == self.cols.sent_start[t.i] else None

    def _possessive_title(self, t: Token, weight: float) -> Mention | None:
        """'edited Boatman's Errand': a common noun's possessive opens the title (no one of the text is
        called so), where NER made a person of it."""
        poss = next((c for c in t.children if c.dep_ == "poss" and c.pos_ == "PROPN" and c.i + 2 == t.i
                     and t.left_edge.i == c.i), None) if t.pos_ == "PROPN" else None
        if poss is None or not is_common_noun(poss.lower_) or is_given_name(poss.lower_) \
                or self.cols.text[poss.i + 1] not in ("'s", "’s") or any(
                len(m.text.split()) >= 2 and poss.text in m.text.split() for m in self.m.all
                if m.votes.get("Person", 0) >= 1):
            return None
        own = self.m.by_token.get(poss.i)
        if own is not None and (own.start, own.end) == (poss.i, poss.i + 1) and own.votes == own.ner:
            self.m._drop(own)
        return self.m.add(poss.i, t.i + 1, "Film", weight, exact=True)

    # ------------------------------------------------------------ rule families

    def run(self) -> None:
        self.mark_sources()
        self.person_cues()
        self.surface_rules()
        self.mark_parentheticals()
        for tok in tokens_among(self.doc, TEAM_FORMS):
            if tok.lemma_.lower() in TEAM_VERBS:
                on = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "on"
                           for g in c.children if g.dep_ == "pobj" and g.text[:1].isupper()), None)
                if on is not None:  # before the role nouns look for the sentence's film
                    self.m.vote(on, "Film", 3.0)  # "A joins director B on Title", "reteams with B on Title"
        copulas: list[Token] = []
        collabs: list[Token] = []
        cols = columns(self.doc)
        triggers, verb_triggers = _triggers()
        for i, (lemma, lower) in enumerate(zip(cols.lemma, cols.lower)):
            if lemma not in triggers and lower not in triggers:
                continue  # most tokens: no rule reads them, so no Token object is made (a new branch
                # below needs its words in ``_triggers``, or it never fires)
            tok = self.doc[i]
            if lemma in ("cinema", "theater", "theatre") and tok.tag_ == "NNS" and tok.dep_ == "pobj":
                self.venue_rules(tok)
            if lower in GERUND_CREDITS and self.gerund_credit_rules(tok, GERUND_CREDITS[lower]):
                continue
            if lemma in verb_triggers and (tok.pos_ in ("VERB", "AUX")
                                           or tok.tag_ in ("VBN", "VBG", "VBD", "VBZ", "VB", "VBP")):
                self.verb_rules(tok, lemma)
            if tok.pos_ in ("NOUN", "PROPN") and (lemma in self.lex.role_nouns or tok.lower_ in self.lex.role_nouns) \
                    or tok.pos_ == "VERB" and tok.lower_ in self.lex.role_nouns and tok.lower_.endswith(("er", "or")) \
                    or tok.pos_ == "PROPN" and tok.lower_.endswith("s") and tok.lower_[:-1] in self.lex.role_nouns:
                # (the tagger's "Producers A and B ...": a name, its lemma the plural)
                self.role_rules(tok)  # the small model tags "Title screenwriter A" as a verb at times
            elif lower in ("filmmaker", "auteur") and tok.pos_ == "NOUN" and (
                    tok.head if tok.dep_ == "compound" else tok).dep_ == "pobj" \
                    and (tok.head if tok.dep_ == "compound" else tok).head.lower_ in ("from", "by"):
                self.role_rules(tok, ["P57"])  # "Title, from British filmmaker A": the film's director
            elif lower == "filmmaker" and tok.pos_ == "NOUN" and i > 0 and (cols.text[i - 1] in ('"', "”") or any(
                    c.dep_ == "compound" and c.pos_ == "PROPN" and c.i == i - 1 for c in tok.children)):
                self.role_rules(tok, ["P57"])  # '"Title" filmmaker A': the film's director
            if lemma in self.lex.noun_relations and (tok.pos_ == "NOUN" or tok.pos_ == "PROPN" and tok.is_sent_start):
                self.noun_relation_rules(tok, lemma)  # ("Cinematography is by A": tagged a name at the start)
            elif lower in self.lex.noun_relations and tok.tag_ == "VBG" and tok.dep_ != "ROOT" \
                    and any(c.dep_ == "agent" for c in tok.children):
                self.noun_relation_rules(tok, lower)  # "with lensing by A": the gerund read as a verb
            if lemma in ("bring", "turn", "pop", "show") and tok.pos_ == "VERB":
                self.phrasal_cast_rules(tok)  # "brought back A and B", "A turns up as X"
            if lemma == "follow" and tok.tag_ == "VBD":
                self.followed_rules(tok)
            if lemma in ("sequel", "prequel", "follow-up") and tok.pos_ == "NOUN":
                self.sequel_rules(tok, lemma)
            if lemma in self.REMAKE_NOUNS and tok.pos_ == "NOUN" and tok.text.islower():
                self.remake_rules(tok)
            if lemma in self.lex.series_nouns and (tok.pos_ == "NOUN" or tok.pos_ == "PROPN" and tok.text.islower()):
                self.series_rules(tok)  # (a lower-case "series" after a quoted name is often tagged a name)
            if lower in self.SERIES_NAMES and cols.is_title[i] and i > 0:
                self.named_series_rules(tok)  # "the Meridian Chronicles", "the Ledger Trilogy"
            if lemma in self.lex.org_role_nouns and tok.pos_ == "NOUN":
                self.org_role_rules(tok, self.lex.org_role_nouns[lemma])
            if lemma in ("company", "outfit") and tok.pos_ == "NOUN" and tok.dep_ == "appos":
                self.company_behind_rules(tok)
            if lemma in self.lex.kin_sibling | self.lex.kin_spouse and tok.pos_ == "NOUN":
                self.kin_rules(tok, lemma)
            if lemma in ("knot", "husband", "wife") and tok.pos_ == "NOUN":
                self.couple_rules(tok, lemma)
            if lemma == "base" and tok.tag_ == "VBN" or lemma == "adapt" and tok.pos_ == "VERB" \
                    or lemma == "draw" and (tok.tag_ == "VBN" or tok.pos_ == "VERB" and i + 1 < len(cols.text)
                                            and cols.lower[i + 1] == "on") \
                    or lemma in WRITING_LEMMAS and tok.pos_ == "VERB":  # "loosely drawn from X", "draws on X"
                self.based_rules(tok)
            if lemma == "character" and tok.dep_ == "attr" and tok.head.lemma_ == "be":
                self.character_is_rules(tok)
            if lemma in ("cast", "ensemble", "lineup") and tok.pos_ == "NOUN":
                self.cast_copula_rules(tok)
            if lemma in ("role", "part", "cameo", "performance", "turn", "portrayal", "lead") and tok.pos_ == "NOUN":
                self.part_rules(tok)
            if tok.lower_ in KNOWN_WORDS and tok.i + 1 < len(self.doc) and self.cols.lower[tok.i + 1] == "for":
                self.known_for_rules(tok)
            if (lemma in self.lex.spouse_verbs or tok.lower_ in ("married", "wed")) and \
                    tok.pos_ in ("VERB", "ADJ", "AUX"):
                self.marriage_rules(tok)
            if tok.lower_ in ("his", "her", "whose") and tok.dep_ == "poss":
                self.own_work_rules(tok)
            if tok.lower_ == "directorial" and tok.dep_ == "amod":
                self.directorial_rules(tok)
            if lemma == "be" and tok.dep_ in ("ROOT", "conj"):
                copulas.append(tok)
            if tok.dep_ == "appos" and tok.lemma_.lower() in self.lex.film_nouns and tok.head.pos_ == "PROPN" \
                    and tok.text.islower() and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children) \
                    and not (tok.head.dep_ == "pobj" and tok.head.head.lower_ == "by"):
                # (not "written by A and B, ..., an adaptation of X", the noun hung on A)
                self.m.vote(tok.head, "Film", 2.5)  # "Title, a 98 minute film"
            if lemma in self.COLLAB_NOUNS and tok.pos_ == "NOUN" or tok.pos_ == "VERB" and lemma in (
                    "collaborate", "reteam", "re-team", "reunite"):
                collabs.append(tok)
            if lemma in BOX_OFFICE_VERBS and tok.pos_ == "VERB" and (lemma == "gross" or any(
                    t.ent_type_ == "MONEY" for c in tok.children if c.dep_ in ("dobj", "prep", "prt")
                    for t in c.subtree)) and (lemma not in RANK_VERBS or any(
                    c.dep_ == "dobj" and c.lemma_.lower() in RANK_NOUNS for c in tok.children)):
                s_tok = subject_of(tok)
                ranked = lemma in RANK_VERBS and s_tok is not None and not is_given_name(
                    self.cols.lower[s_tok.left_edge.i])  # ("Title held the top spot": whatever NER made of it)
                if s_tok is not None and s_tok.pos_ == "PROPN" and (ranked or s_tok.ent_type_ != "PERSON"
                                                                    and not self._is_person(s_tok)):
                    self.m.vote(s_tok, "Film", 2.0)  # "Title grossed $400 million", "took in $42 million"
                    org_tok = next((g for c in tok.subtree if c.dep_ in ("prep", "dative") and c.lower_ == "for"
                                    and (c.head.i == tok.i or c.head.ent_type_ == "MONEY")
                                    for g in c.children if g.dep_ == "pobj" and self._org_like(g)), None)
                    # ("... with $31 million for Studio": the parser hangs the studio on the sum)
                    if org_tok is not None:  # "... grossed $310 million worldwide for Studio": its distributor
                        for f in self.film(s_tok, 1.0):
                            self.emit(f, "P750", self.m.vote(org_tok, "Organization", 2.0), tok, "verb", 0.7)
            if lemma == "lend" and tok.pos_ == "VERB":
                self.lent_voice_rules(tok)  # "A lends her voice to X"
            if lemma in ("return", "reprise") and tok.pos_ == "VERB" or lemma == "come" and tok.pos_ == "VERB" \
                    and any(c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in tok.children):
                self.return_rules(tok)  # ("A and B came back": returned)
            elif lower == "returns" and 0 < i < len(self.doc) - 1 and cols.text[i - 1] == "," \
                    and cols.text[i + 1] in (".", ";"):
                self.clause_end_return(tok)  # "Composer A, who scored the original, returns." (tagged a noun)
            elif tok.tag_ == "NNS" and lemma in self.lex.verbs and 0 < i < len(self.doc) - 1 \
                    and cols.pos[i - 1] == "PROPN" and (cols.text[i + 1] in (".", ";") or cols.lower[i + 1] == "and"
                                                        and any(c.dep_ == "conj" and c.pos_ == "VERB"
                                                                for c in tok.children)):
                self.clause_end_credit(tok)  # "..., and A stars.", "A stars and also produced." (tagged a noun)
            elif tok.tag_ == "NNS" and lemma in self.lex.verbs and tok.dep_ == "conj" and i + 1 < len(self.doc) \
                    and cols.text[i + 1] in (".", ";") and tok.head.pos_ == "VERB" \
                    and tok.head.lemma_.lower() in self.lex.verbs:
                self.conj_end_credit(tok)  # "A writes and directs." (the second verb tagged a noun)
            if tok.lower_ == "back" and tok.dep_ == "advmod" and tok.head.lemma_ == "be":
                self.back_as_rules(tok)
            if lemma == "duty" and i > 0 and cols.lower[i - 1] in self.lex.craft_nouns \
                    and cols.lower[i - 1] not in GERUND_CREDITS:
                self._duties(self.doc[i - 1], self.lex.craft_nouns[cols.lower[i - 1]])  # "A takes over music duties"
            if lemma == "recast" and tok.pos_ == "VERB":
                self.recast_rules(tok)
            if lemma == "go" and tok.pos_ == "VERB":
                self.role_goes_rules(tok)  # "the role of X goes to A"
            if lemma == "reunite" and tok.pos_ == "VERB":
                self.reunite_rules(tok)
            if lemma in ("replace", "succeed") and tok.pos_ == "VERB":
                self.replace_rules(tok)
            if lemma == "debut" and tok.pos_ == "VERB":
                self.debut_rules(tok)
            if lemma in self.lex.film_nouns and tok.text.islower() and (
                    tok.pos_ == "NOUN" or tok.pos_ == "ADJ" and tok.dep_ in ("appos", "attr")):  # "a western from A"
                self.maker_from_rules(tok)
                self.described_gap_rules(tok)
            if lemma in ("co-production", "coproduction", "production", "partnership", "association") \
                    and tok.pos_ == "NOUN":
                self.coproduction_rules(tok)
            if lemma == "debut" and tok.pos_ == "NOUN":
                self.debut_noun_rules(tok)
            if lemma in ("premiere", "release", "debut", "opening", "bow", "launch") and tok.pos_ == "NOUN":
                self.premiere_rules(tok)
            if tok.pos_ == "NOUN" and (lemma == "adaptation" or lemma in self.lex.film_nouns and tok.text.islower()
                                       and any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in tok.children)):
                self.adaptation_rules(tok)  # "Title, A's adaptation of X", "Title, A's sprawling period drama"
            if lemma in ("camera", "chair", "helm", "rein", "reins", "key", "megaphone") and tok.pos_ == "NOUN":
                self.director_seat_rules(tok)
            if lemma in HANDING_VERBS and tok.pos_ == "VERB":
                self.handed_rules(tok)
            if lemma in ACQUIRE_VERBS and tok.pos_ == "VERB":
                self.rights_rules(tok)
        self.role_list_rules()
        self.streamer_rules()
        self.almanac_rules()
        self.as_pair_rules()
        self.cast_list_lines()
        self.story_rules()
        self.sibling_group_rules()
        self.list_bracket_rules()
        self.release_list_rules()
        self.original_rules()
        self.platform_rules()
        self.paren_actor_rules()
        self.heading_roles()
        self.actor_part_lists()
        self.possessive_part_rules()
        self.with_as_rules()
        self.possessive_film_rules()
        self.dir_paren_rules()
        self.credit_block_rules()
        self.nominee_rules()
        self.award_rules()
        self.banner_rules()
        for tok in copulas:  # after every rule has voted: is the place "in" a film?
            self.was_in_rules(tok)
            self.copula_part_rules(tok)
        for tok in collabs:  # after the role nouns have said who does what
            self.collaboration_rules(tok)
        self.known_for_credits()  # "A, best known for X, directs Y": the rest of the text says in what craft
        self.opposite_rules()  # "A starred opposite B": B is wherever the clause's credits put A
        for m in [m for m in self.m.all if m.votes.get("Series", 0) >= 3.0]:
            self._series_members(m, self.doc[m.start])  # films of the series named anywhere, now all are known
        self.filmography_rules()
        self.numbered_sequels()
        self.worded_sequels()  # "Title: Part Five" after "Title: Part Four"
        self.predecessor_rules()
        self.year_rules()
        self.possessive_rules()
        self.possessive_noun_rules()
        self.profile_rules()  # (last: every other rule has said who directed what)
        self.known_craft_verbs()
        self.company_noun_rules()
        self.studio_label_rules()
        self.company_cue_rules()
        self.trim_headline_names()

    SLATE_NOUNS = frozenset({"film", "movie", "title", "project", "picture", "feature"})


    def _every_film(self, t: Token) -> bool:
        """'every film on the slate', 'each of the titles', 'all of the films'."""
        if t.lemma_.lower() in self.SLATE_NOUNS and t.text.islower():
            if any(c.lower_ in self.COUNTS for c in t.children):
                return False  # "all three films": so many films, counted (``_film_count``)
            return any(c.dep_ in ("det", "predet") and c.lower_ in ("every", "each", "all") for c in t.children)
        if t.lower_ in ("all", "each") and t.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj"):
            return any(g.lemma_.lower() in self.SLATE_NOUNS and g.tag_ == "NNS" for c in t.children
                       if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj")
        return False

    COUNTS = {"both": 2, "two": 2, "three": 3, "four": 4, "five": 5}

    def _named_after_clause(self, t: Token) -> Token | None:
        """The title set off by commas right after a film noun's relative clause, wherever the parser hung it:
        "The drama he directed, Title (2009), starred A" (the title closes the clause before the verb)."""
        clause = next((d for d in t.children if d.dep_ == "relcl" and d.i > t.i), None)
        if clause is None or clause.right_edge.i + 1 >= len(self.doc):
            return None
        end = clause.right_edge.i + 1
        if end + 1 >= len(self.doc) or self.cols.text[end] != "," or self.cols.pos[end + 1] not in ("VERB", "AUX"):
            return None
        for k in range(clause.i + 1, end):
            m = self.m.by_token.get(k + 1) if self.cols.text[k] == "," else None
            if m is not None and m.start == k + 1 and m.votes.get("Film", 0) >= 2.5 and (
                    m.end == end or self.cols.text[m.end] == "(" and before_year(self.cols, end - 1) == m.end - 1):
                return self.doc[m.end - 1]
        return None

    def _films_just_named(self, t: Token, people_too: bool = True) -> int:
        """How many films the sentence before ``t``'s names (0 when it names people too and ``people_too`` is
        False: "them" may be the people), none in ``t``'s own sentence before it."""
        s0 = self.cols.sent_start[t.i]
        if s0 == 0:
            return 0
        p0 = self.cols.sent_start[s0 - 1]
        here = [m for m in self.m.all if p0 <= m.start < t.i and m.type != "Pair"]
        films = {m.key for m in here if m.votes.get("Film", 0) >= 2.5 and m.votes.get("Film", 0)
                 >= max(m.votes.get("Person", 0), m.votes.get("Organization", 0))}
        if any(m.start >= s0 and m.key in films for m in here):
            return 0
        if not people_too and any(m.votes.get("Person", 0) >= 1 and m.key not in films for m in here):
            return 0
        return len(films)

    def _film_count(self, t: Token) -> int:
        """How many films "both", "both films", "the two pictures", "all three installments" stand
        for (0: not such a phrase)."""
        if t.lower_ == "both" and t.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass", "dep") and t.pos_ != "CCONJ":
            of = [g for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                  if g.dep_ == "pobj"]
            if of and of[0].tag_ == "NNS" and of[0].text.islower() and of[0].lemma_.lower() in self.lex.film_nouns:
                return 2  # "A scored both of those films"
            return 2 if not any(c.dep_ == "prep" for c in t.children) else 0  # "directed both"
        if t.lower_ == "trilogy" and t.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass") and not any(
                c.dep_ in ("compound", "poss", "nmod") for c in t.children) and any(
                c.dep_ == "det" and c.lower_ == "the" for c in t.children):
            return 3  # "the trilogy was shot by A": each of its three films
        if t.lower_ in self.COUNTS and t.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass") and t.i >= 2 \
                and self.cols.lower[t.i - 2:t.i] == ["the", "first"]:
            return self.COUNTS[t.lower_]  # "A directed the first two"
        if t.lower_ in self.COUNTS and t.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass", "appos") and t.i >= 1 \
                and self.cols.lower[t.i - 1] == "all" and not any(c.dep_ == "prep" for c in t.children):
            return self.COUNTS[t.lower_]  # "She has directed all three"
        if t.tag_ != "NNS" or not t.text.islower() or t.lemma_.lower() not in self.lex.film_nouns:
            return 0
        # "both films", "both earlier films", "the two pictures", "all three installments"
        return next((self.COUNTS[w] for w in self.cols.lower[t.left_edge.i:t.i] if w in self.COUNTS), 0)

    def years_given(self, films_only: bool = False) -> dict[str, str]:
        """The year the text gives each name: with the name ("Title (2005)", "the 2005 film Title") or in
        a sentence of its own ("Title premiered in 2005")."""
        def ok(m) -> bool:
            return not films_only or m.type == "Film"
        years = {m.key: m.year for m in self.m.all if m.year and ok(m)}
        for r in self.raw:
            if r.relation == "P577" and isinstance(r.subject, Mention) and isinstance(r.object, str) and ok(r.subject):
                years.setdefault(r.subject.key, r.object)
        return years

    def recent_films(self, tok: Token, count: int, first: bool = False) -> list[Mention]:
        """What "both films" means: the last ``count`` distinct films named before ``tok``, unless
        those are of different franchises and one franchise has that many films named: then its
        first ``count`` ("A, who directed both" in a story of Title, Title 2 and another film)."""
        films = _distinct_before(self._focus_films(), tok.i)
        if len(films) < count:  # "the sequel to the 2020 thriller Title": films named in passing count here
            films = _distinct_before([m for m in self.m.all if m.type == "Film" and m.in_parens_of is None
                                      and m.series is None], tok.i)
        if tok.lemma_.lower() == "sequel" and tok.tag_ == "NNS":  # "both sequels": not the original
            sequels = [m for m in films if self.follows_another(m)]
            films = sequels if len(sequels) >= count else films
        last = films[:count]
        if len(last) < count:
            return []
        families: dict[str, list[Mention]] = {}
        for m in films:
            families.setdefault(_family(m), []).append(m)
        kin = families[_family(last[0])]
        if first:  # "directed the first two": the earliest films of the franchise the text names most
            kin = max(families.values(), key=len)
        years = self.years_given(films_only=True)
        dated = [m for m in films if m.key in years]
        if first and len(kin) < count and len(dated) >= count:
            return sorted(dated, key=lambda m: _number(m, years))[:count]  # "the first two" of a dated run
        if len(kin) < count:
            original = self.original_of(last[0])  # "Title: Subtitle ... both films": it and its original
            if count == 2 and original is not None and original.key != last[0].key:
                return [last[0], original]
            kin = next((f for f in families.values() if len(f) >= count), last)
        out = sorted(kin, key=lambda m: _number(m, years))[:count]  # a story of Title 3: "both" are Title, Title 2
        if len(kin) <= count and len(out) >= 2 and _main_title(out[-1])[1] > count and any(
                w in PRIOR_WORDS for w in self.cols.lower[max(tok.left_edge.i, tok.i - 4):tok.i]):
            return out[:-1]  # "both earlier films" when Title 2 goes unnamed: not Title 3, the film the text is about
        return out

    def series_films(self, tok: Token) -> list[Mention]:
        """What "every instalment" means: the films of the franchise the text names most (two or more);
        not one first named later without a year (the next film, not yet made)."""
        films = [m for m in self.m.all if m.type == "Film" and m.key and m.in_parens_of is None and m.series is None]
        first: dict[str, int] = {}
        for m in films:
            first[m.key] = min(first.get(m.key, m.start), m.start)
        years = self.years_given(films_only=True)
        families: dict[str, dict[str, Mention]] = {}
        for m in films:
            if first[m.key] < tok.i or m.key in years:
                families.setdefault(_family(m), {}).setdefault(m.key, m)
        best = max(families.values(), key=len, default={})
        return list(best.values()) if len(best) >= 2 else []

    def prior_films(self, tok: Token) -> list[Mention]:
        """What "the earlier films" means: the franchise's films (``series_films``) but the newest, the one
        the text gives no year (still to come)."""
        films = self.series_films(tok)
        years = self.years_given(films_only=True)
        undated = [m for m in films if m.key not in years]
        if len(undated) == 1:
            return [m for m in films if m is not undated[0]]
        end = self.cols.sent_end[tok.i]
        here = {m.key for m in films if tok.i < m.start < end}
        if not undated and len(here) == 1:  # "Like its predecessor, Title 2 (2022) is ...": the films before it
            year = years[next(iter(here))]
            return [m for m in films if years[m.key] < year]
        return [] if undated else films  # (two films to come: which is "the newest" the text does not say; all
        # dated: the new film is one the text has not named)

    def owned_films(self, owner: str) -> list[Mention]:
        """'every Blackfeather film': the films of that franchise; 'every Vale picture': the films the text
        says Vale directed."""
        films = [m for m in self.m.all if m.type == "Film" and m.key and m.in_parens_of is None]
        family = [m for m in films if _owned_by(m.key, _main_title(m)[0], owner)]
        if family:
            return list({m.key: m for m in family}.values())
        directed = {r.subject.key: r.subject for r in self.raw if r.relation == "P57" and isinstance(r.subject, Mention)
                    and isinstance(r.object, Mention) and r.object.key
                    and (r.object.key == owner or r.object.key.endswith(" " + owner))}
        return list(directed.values())

    def slate_films(self) -> list[Mention]:
        """The upcoming films the text names: not in passing, no release year given, not the original
        of a numbered sequel it names."""
        films = [m for m in self._focus_films() if m.year is None]
        bases = {norm_key(b[0]) for m in films for b in [sequel_number(clean(m.text))] if b}
        keys = {m.key for m in films}
        return list({m.key: m for m in films if m.key not in bases  # and not "Production on Title 2"
                     and not any(m.key.endswith(" " + k) for k in keys)}.values())

    def _is_person(self, tok: Token) -> bool:
        if tok.pos_ == "PRON":
            return tok.lower_ in ("he", "she", "they", "who")
        m = self.m.at(tok, create=False)
        if m is None:
            return tok.ent_type_ == "PERSON" or self._named_person_elsewhere(tok)
        if " " not in m.text.strip() and m.votes.get("Film", 0) < 2.5 and self._surname_of_someone(m.key):
            return True
        return m.votes.get("Person", 0) > m.votes.get("Film", 0)

    def _named_person_elsewhere(self, tok: Token) -> bool:
        """A name NER missed here that the text calls a person elsewhere (one sense per document)."""
        if tok.pos_ != "PROPN":
            return False
        run = name_run(self.doc, tok.i, allow_connectors=False, max_len=4)
        if run is None:
            return False
        key = norm_key(self.cols.span_text(*run))
        if " " not in self.cols.span_text(*run).strip() and self._surname_of_someone(key):
            return True  # "Sorin" after "Pavel Sorin", "Brask-Lindt" after "Ivo Brask-Lindt"
        return any(o.key == key and o.votes.get("Person", 0) >= 1
                   and o.votes.get("Person", 0) > max(o.votes.get("Film", 0), o.votes.get("Organization", 0))
                   for o in self.m.all)

    def _surname_of_someone(self, key: str) -> bool:
        return any(o.key.endswith(" " + key) and (o.votes.get("Person", 0) >= 1)
                   for o in self.m.all if " " in o.key)

    def _org_like(self, tok: Token) -> bool:
        if not tok.text[:1].isupper():
            return False
        m = self.m.at(tok, create=True)
        if m is None:
            return False
        last = self.cols.lower[m.end - 1]
        first = self.cols.lower[m.start] if m.end - m.start >= 3 else ""  # "Films du Levant", "Studio Nove"
        return tok.ent_type_ == "ORG" or last in self.lex.org_suffixes or m.votes.get("Organization", 0) >= 1 \
            or first in ("films", "studio", "studios", "productions", "société", "compagnie")


# a wire story's staff line: "(Reporting by A in London; Editing by B)", "Reporting by A; Writing by B"
WIRE_CREDITS = re.compile(r"(?m)\((?:Additional )?[Rr]eporting by[^)\n]*\)|^(?:Additional )?[Rr]eporting by[^\n]*$")
# "the siblings": the one sibling pair of the text ("the pair", "the couple": ``_last_pair``)
PAIR_WORDS = frozenset({"siblings", "brothers", "sisters"})
# "Directing is A.", "Producing are A and B.": a credit named first, as trade stories list a crew
VERSION_NOUNS = frozenset({"version", "remake", "edition", "dub", "release"})  # "the Hindi version": no title
KNOWN_WORDS = frozenset({"known", "remembered", "famous", "celebrated"})  # "best remembered for Title"
ORDINAL_WORDS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7}
PRIOR_WORDS = frozenset({"earlier", "previous", "prior", "past", "first", "original", "preceding"})
ACQUIRE_VERBS = frozenset({"acquire", "buy", "land", "secure", "win", "nab", "pick", "take", "snap", "grab",
                           "handle"})


@lru_cache(maxsize=1)
def _triggers() -> tuple[frozenset[str], frozenset[str]]:
    """The words (lemma or lower-case form) some rule of ``Reader.run`` reads, and of those the
    verbs ``verb_rules`` acts on: every other token is skipped without making a Token object."""
    lex = lexicon()
    verbs = frozenset(lex.verbs) | lex.release_verbs | {"attach", "set", "tap", "see", "reprise", "return", "cast",
                                                         "come", "date", "make"}
    words = set(verbs) | set(lex.role_nouns) | set(lex.noun_relations) | set(lex.series_nouns) \
        | set(lex.org_role_nouns) | lex.kin_sibling | lex.kin_spouse | lex.spouse_verbs | lex.film_nouns \
        | FilmographyRules.COLLAB_NOUNS | BOX_OFFICE_VERBS | {
            "sequel", "prequel", "follow-up", "base", "adapt", "character", "cast", "ensemble", "lineup", "role",
            "part", "cameo", "performance", "turn", "portrayal", "lead", "known", "married", "wed", "his", "her",
            "whose", "directorial", "be", "collaborate", "reteam", "re-team", "reunite", "return", "reprise",
            "back", "replace", "succeed", "debut", "co-production", "coproduction", "production", "premiere",
            "release", "opening", "bow", "launch", "adaptation", "camera", "chair", "helm", "rein", "reins", "key",
            "megaphone", "acquire", "buy", "land", "filmmaker", "auteur", "follow", "duty", "partnership",
            "association", "recast", "version", "reworking", "bring", "pop", "show",
            "secure", "win", "nab", "pick", "knot", "draw", "cinema", "theater", "theatre", "chronicles", "cycle",
            "quartet", "lend", "go", "company", "outfit"} | ACQUIRE_VERBS | HANDING_VERBS | KNOWN_WORDS \
        | set(GERUND_CREDITS) | {w + "s" for w in lex.role_nouns}
    return frozenset(words), verbs


def _pairs_expanded(raw: list[Raw], people: list[Mention]) -> list[Raw]:
    """"The siblings co-direct it": one fact for each of the pair of siblings the text named last before the
    phrase (or, when it names none there, the one pair it names at all); a pair is one the text calls
    siblings, or one it names together as "A and B Vennel" or "A Vennel and B Vennel". A pair of the second kind
    that "the brothers" stands for is a pair of siblings too."""
    if not any(isinstance(r.object, PairRef) for r in raw):
        return raw
    said = {tuple(sorted((p.subject.key, p.object.key))): (p.subject, p.object) for p in raw
            if p.relation == "P3373" and isinstance(p.subject, Mention) and isinstance(p.object, Mention)
            and p.subject.key and p.object.key and p.subject.key != p.object.key}
    named = [m for m in people if m.type == "Person" and m.key]
    pairs = dict(said)
    for m in named:  # "A and B Vennel", "A Vennel and B Vennel": named together
        after = next((o for o in named if o.start == m.end + 1 and len(o.key.split()) >= 2), None)
        if after is not None and (len(m.key.split()) == 1 or m.key.split()[-1] == after.key.split()[-1]):
            pairs.setdefault(tuple(sorted((m.key, after.key))), (m, after))
    def meant(ref: PairRef) -> tuple:
        before = sorted(((max(p[0].start, p[1].start), p) for p in pairs.values()
                         if max(p[0].start, p[1].start) < ref.start), key=lambda x: x[0])
        if len(before) >= 2 and before[-1][0] - before[-2][0] < 40:
            return ()  # two pairs named close together: which one is not said
        if before:
            return before[-1][1]
        return next(iter(pairs.values())) if len(pairs) == 1 else ()

    out = []
    joined = set()
    for r in raw:
        if not isinstance(r.object, PairRef) or isinstance(r.subject, PairRef):
            out.append(r)
            continue
        siblings = meant(r.object)
        out += [Raw(r.subject, r.relation, who, r.trigger, r.method, r.confidence * 0.9) for who in siblings]
        key = tuple(sorted(m.key for m in siblings))
        if siblings and key not in said and key not in joined and r.object.kin:
            joined.add(key)  # "A Vennel and B Vennel ... the brothers": siblings
            out.append(Raw(siblings[0], "P3373", siblings[1], r.trigger, "kin", 0.7))
    return out


def _distinct_before(films: list[Mention], i: int) -> list[Mention]:
    """The films named before token ``i``, latest first, one mention per film."""
    seen: dict[str, Mention] = {}
    for m in sorted(films, key=lambda m: -m.start):
        if m.start < i and m.key not in seen:
            seen[m.key] = m
    return list(seen.values())


def _main_title(m: Mention) -> tuple[str, int]:
    """A title's franchise name and place: "Title" (1), "Title 2" (2), "Title: Subtitle" (2)."""
    text = clean(m.text).split(":")[0].strip()
    numbered = sequel_number(text)
    return numbered if numbered else (text, 1 if ":" not in m.text else 2)


def _owned_by(key: str, main_title: str, owner: str) -> bool:
    """Is a film (its key, its title before any subtitle or number) one of the franchise ``owner`` names
    ("every Title film", "both Title films": "The Title" and "Title: Subtitle" too)?"""
    return norm_key(main_title) in (owner, "the " + owner) or key.startswith((owner + " ", "the " + owner + " "))


def _family(m: Mention) -> str:
    """The franchise a title names: "Title", "Title 2" and "Title: Subtitle" are one family."""
    return norm_key(_main_title(m)[0])


def _number(m: Mention, years: dict[str, str]) -> tuple[int, int]:
    """Where a film stands in its franchise: by release year when the text gives it, else by number."""
    year = years.get(m.key)
    return int(year) if year else 9999, _main_title(m)[1]


def _same_sentence_film(reader: Reader, tok: Token, meant: dict[int, Mention | None]) -> Mention | None:
    """'Studio produced the new instalment, and Streamer will stream it': "it" is the film an earlier phrase of its
    sentence stood for, when no film is named in between."""
    if tok.lower_ != "it":
        return None
    start = reader.cols.sent_start[tok.i]
    earlier = [(i, m) for i, m in meant.items() if m is not None and start <= i < tok.i]
    if not earlier:
        return None
    i, m = max(earlier, key=lambda x: x[0])
    if any(o.votes.get("Film", 0) >= 2.5 and i < o.start < tok.i for o in reader.m.all):
        return None
    return m


def extract_doc(doc: Doc):
    """Entities and facts of one Doc (used by the ``filmkg_relations`` component)."""
    from .assemble import assemble

    reader = Reader(doc)
    reader.run()
    reader.m.decide()
    reader.prefix_series_members()
    reader.heading_series_members()
    reader.subtitle_sequels()
    def counted(v) -> list[Mention] | None:
        """The films "every film on the slate", "every Title film", "both films" stand for (None: one film)."""
        if isinstance(v, AllFilms):
            if v.owner == SERIES:
                return reader.series_films(v.tok)
            if v.owner == PRIOR:
                return reader.prior_films(v.tok)
            if v.owner == PRIOR_ONE:
                prior = reader.prior_films(v.tok)
                return prior if len(prior) == 1 else []
            return reader.owned_films(v.owner) if v.owner else reader.slate_films()
        if isinstance(v, RecentFilms):
            return reader.recent_films(v.tok, v.count, v.first)
        return None

    expanded: list[Raw] = []
    for r in reader.raw:  # one fact per film, on either side ("a part in both films" is in each)
        subjects, objects = counted(r.subject), counted(r.object)
        if subjects is not None:
            expanded += [Raw(f, r.relation, r.object, r.trigger, r.method, r.confidence * 0.9) for f in subjects]
        elif objects is not None:
            expanded += [Raw(r.subject, r.relation, f, r.trigger, r.method, r.confidence * 0.9) for f in objects]
        else:
            expanded.append(r)
    reader.raw = _pairs_expanded(expanded, reader.m.all)
    resolved = []
    films = {m.key for m in reader.m.all if m.type == "Film" and m.in_parens_of is None}
    sole = next((m for m in reader.m.all if m.type == "Film"), None) if len(films) == 1 else reader.dominant_film()
    # "it"/"the film" in text order, each one counting towards the salience of the film it meant
    foci = sorted({v.tok.i: v for r in reader.raw for v in (r.subject, r.object)
                   if isinstance(v, Focus) and not isinstance(v, SoleFilm)}.values(), key=lambda f: f.tok.i)
    refs: list[tuple[int, Mention]] = []
    meant: dict[int, Mention | None] = {}
    current: dict[int, Mention | None] = {}  # (what each anaphor of the text's thread meant)
    for f in foci:
        if isinstance(f, OriginalFilm):
            focus = reader.resolve_focus(f.tok, refs)
            meant[f.tok.i] = reader.original_of(focus)
            if meant[f.tok.i] is None and focus is not None and f.tok.lower_ in ("film", "movie") \
                    and not reader.follows_another(focus):
                meant[f.tok.i] = focus  # "voiced by A in the original 1967 film": a film no sequel of the text follows
            current[f.tok.i] = meant[f.tok.i]
            continue
        past = reader.past_credit_film(f.tok, refs)
        if past is not None:  # "B, who edited it, returns": an earlier film, no step in the text's thread
            meant[f.tok.i] = past
            continue
        meant[f.tok.i] = reader.also_film(f.tok) or _same_sentence_film(reader, f.tok, current) \
            or reader.resolve_focus(f.tok, refs)
        current[f.tok.i] = meant[f.tok.i]
        if meant[f.tok.i] is not None and f.tok.lower_ in ("it", "film", "movie") and not any(
                c.dep_ == "amod" and c.lower_ in reader.EARLIER for c in f.tok.children):
            refs.append((f.tok.i, meant[f.tok.i]))  # (not "the earlier film": another film than the text's)
    reader.ordinal_sequels()  # (after "it"/"the film" are resolved: a new order of films must not move them)
    reader.family_sequels()
    if salience.RECORD is not None:  # training: the facts each choice decided
        salience.RECORD += [{"doc": doc, "tok": v.tok.i, "relation": r.relation, "side": side,
                             "other": w if isinstance(w, str) else w.text}
                            for r in reader.raw for side, v, w in (("subject", r.subject, r.object),
                                                                   ("object", r.object, r.subject))
                            if type(v) is Focus and not isinstance(w, Focus)]
    for r in reader.raw:
        for side in ("subject", "object"):
            value = getattr(r, side)
            if isinstance(value, SoleFilm):  # (a listing's credit line: its section's film)
                setattr(r, side, reader.section_film(value.tok.i) or sole or reader.confident_focus(value.tok))
            elif isinstance(value, Focus):
                setattr(r, side, meant[value.tok.i])
        if r.subject is not None and r.object is not None and r.subject is not r.object:
            resolved.append(r)
    reader.raw = resolved
    return assemble(reader, modality)
