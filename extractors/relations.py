"""Relation rules: from a parsed Doc to entities and facts with evidence.

Rule families (each named in a fact's ``method``):

- ``verb``: active verbs ("Quill directed Blue Mesa", "Title stars A, B and C", "A stars in Title");
- ``by``: passive and reduced relatives ("directed by A", "Title, starring A", "X, played by A");
- ``role``: crew nouns beside a name ("director A", "Title director A", "A, the film's editor");
- ``filmography``: a bracketed list of titles after a name ("A ('Title', 'Title')");
- ``character``: "A plays X", "A as X", "X (played by A)";
- ``sequel``/``series``: "Title 2", "sequel to Title", "the Title franchise", "a fourth Title movie";
- ``based``, ``company``, ``kin``, ``year``: adaptations, studios, siblings and spouses, years.

Every rule works on mentions (``mentions.py``) and votes for the types its slots need; only
facts whose sides end up with the right types survive. Modality (``modality.py``) then drops
negated facts and marks hedged ones.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from .lexicon import lexicon
from .mentions import Mention, Mentions, sequel_base, surname_group
from .modality import modality
from .titles import YEAR, find_titles, is_headline, lowers, name_run, title_span, tokens_among

PERSON_SLOTS = ("nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos", "attr", "npadvmod", "dative", "ROOT")


# Verbs whose subject is in the cast they take as object: "A leads the cast", "B rounds out the cast".
CAST_OBJECT_VERBS = frozenset({"lead", "head", "headline", "round", "complete", "top", "front", "anchor", "fill"})

# Verbs of box-office copy: a subject that "took in $42 million" is a film.
BOX_OFFICE_VERBS = frozenset({"gross", "earn", "take", "make", "add", "collect", "haul", "bank", "rake", "open",
                              "debut", "pull", "draw", "bring", "ring"})

# Nouns for one film of a series: "the third installment in the X franchise".
ENTRY_NOUNS = frozenset({"installment", "instalment", "entry", "chapter", "part", "film", "movie", "sequel",
                         "prequel", "edition", "outing", "adventure"})

# Nouns whose "to"-infinitive is done by the holder: "A is in talks to star", "A has a deal to direct".
CONTROL_NOUNS = frozenset({"talk", "talks", "negotiation", "negotiations", "discussion", "discussions", "deal",
                           "contract", "agreement", "offer", "line", "frontrunner", "favorite", "favourite"})

# The forms of the verbs whose "on Title" names a film the people work on together.
TEAM_VERBS = ("join", "reteam", "re-team", "team", "reunite", "collaborate")
TEAM_FORMS = frozenset(f"{v}{e}" for v in TEAM_VERBS for e in ("", "s", "ed", "ing", "d")) \
    | {"reuniting", "collaborating"}


@dataclass(eq=False)
class Focus:
    """"The film", "it": the film in focus at this token, decided once every title is known."""

    tok: Token
    type: str = "Film"

    @property
    def votes(self):
        return {"Film": 3.0}


@dataclass(eq=False)
class SoleFilm(Focus):
    """The one film a short text is about; nothing when it names several."""


@dataclass
class Raw:
    """A fact before types are decided: sides are mentions (or a year string)."""

    subject: Mention | str
    relation: str
    object: Mention | str
    trigger: Token
    method: str
    confidence: float = 0.85


class Reader:
    """Runs every rule over one Doc."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.lex = lexicon()
        titles = doc._.film_titles if doc.has_extension("film_titles") and doc._.film_titles is not None \
            else find_titles(doc)
        self.m = Mentions(doc, titles)
        self.raw: list[Raw] = []
        self.groups: dict[int, str] = {}  # token index → surname of a group mention ("the Pellicotts")
        self.roles: dict[str, str] = {}  # person key → crew role seen in the text

    # ------------------------------------------------------------ helpers

    def emit(self, subj, rel, obj, trigger, method, conf=0.85):
        if subj is None or obj is None or subj is obj:
            return
        self.raw.append(Raw(subj, rel, obj, trigger, method, conf))

    def person(self, tok: Token | None, weight: float = 2.0) -> list[Mention]:
        """The people a token names: itself and its conjuncts; groups expand later."""
        if tok is None:
            return []
        out = []
        listed = [a for a in tok.children if a.dep_ == "appos" and a.pos_ == "PROPN" and a.i > tok.i
                  and tok.dep_ in ("nsubj", "nsubjpass") and self.doc[a.left_edge.i - 1].text == ","
                  and any(c.dep_ == "conj" and c.pos_ == "PROPN" for c in a.children)]
        for t in [tok, *tok.conjuncts, *(x for a in listed for x in (a, *a.conjuncts))]:  # "A, B and C will"
            if t.i in self.groups:
                out.append(self._group_mention(t))
                continue
            g = self._group_at(t)
            if g:
                out.append(g)
                continue
            if t.pos_ == "PRON" or t.lower_ in ("who", "that"):
                continue
            if t.pos_ == "NOUN" and t.lemma_.lower() in self.lex.kin_sibling | self.lex.kin_spouse:
                out += self._named_or_kin(t)  # "A and his wife, B"
                continue
            m = self.m.at(t)
            firm = m is not None and self.doc[m.end - 1].lower_ in self.lex.org_suffixes
            if m is not None and not firm and t.ent_type_ == "ORG" and any(
                    x.i != t.i and self.doc[x.i].lower_ in self.lex.org_suffixes for x in [tok, *tok.conjuncts]):
                firm = True  # "produced by Frame Films and Arte": listed with a company, a company
            if firm:
                m.votes["Organization"] += weight + 1.0  # "produced by Orbit Films": a company
                out.append(m)
                continue
            m = self.m.vote(t, "Person", weight)
            if m is not None:
                out.append(m)
        return out

    def _group_at(self, t: Token) -> Mention | None:
        # "the Pellicotts", "the Pellicott brothers": a surname group standing for several people.
        span = self.doc[t.left_edge.i:t.i + 1]
        name = surname_group(span.text if t.lemma_.lower() in ("brother", "sister", "sibling", "twin")
                             or t.text.endswith("s") else "")
        if name and t.i + 1 > 0 and t.text[0].isupper() or (name and t.lower_ in ("brothers", "sisters")):
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
        for t in [tok, *tok.conjuncts]:
            if t.tag_ in ("NNS", "NNPS") and not t.text[0].isupper():
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
            titled = t.i in self.m.by_token and self.m.by_token[t.i].end - self.m.by_token[t.i].start > 2
            definite = t.lemma_.lower() in self.lex.film_nouns and t.tag_ == "NN" and any(
                c.dep_ == "det" and c.lower_ in ("the", "this") or c.dep_ == "poss" for c in t.children)
            anaphor = (t.lemma_.lower() in self.lex.film_anaphors or definite) and not t.text[0].isupper() \
                and t.i not in self.m.by_token  # "the film", "the thriller"
            if anaphora and (t.lower_ in ("it", "this") and not titled or anaphor):  # not "It's Always Winter"
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
            if t.i not in self.m.by_token and (t.pos_ != "PROPN" or t.lemma_.lower() in self.lex.film_nouns):
                # "the sequel Title", "his passion project, 'Title'": the name in apposition
                for c in t.children:
                    if c.dep_ in ("appos", "compound") and c.i in self.m.by_token:
                        t = c
                        break
            m = self.m.vote(t, "Film", weight)
            if m is not None:
                out.append(m)
        return out

    def _sequel_meant(self, m: Mention) -> Mention:
        """'Title' in 'the Title sequel' speaks of the sequel, when the text names it."""
        nxt = self.doc[m.end] if m.end < len(self.doc) else None
        if nxt is not None and self.doc[m.end - 1].head.i == nxt.i:
            named = self.named_sequel(nxt)
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
        from .mentions import clean, sequel_base

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

    def _clause_subject(self, m: Mention) -> bool:
        """'the thriller Studio Films is producing': the name opens a clause about the noun; it is no title."""
        from .titles import reduced_relative

        last = self.doc[m.end - 1]
        return last.lower_ in self.lex.org_suffixes or reduced_relative(last)

    def _titled_after(self, t: Token) -> Mention | None:
        """'the sequel, (tentatively) titled Title': the name given right after a film noun."""
        if t.lemma_.lower() not in self.lex.naming_nouns or t.text[:1].isupper():
            return None
        doc, j = self.doc, t.i + 1
        while j < len(doc) and j - t.i <= 3 and (doc[j].text == "," or doc[j].pos_ == "ADV"):
            j += 1
        if j + 1 >= len(doc) or doc[j].lower_ not in ("titled", "entitled", "called", "dubbed", "named"):
            return None
        j += 1
        while j < len(doc) and doc[j].text in ('"', "'", "“", "‘"):
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
        if j + 1 < len(self.doc) and self.doc[j].text.islower() and self.doc[j].lemma_.lower() in nouns:
            j += 1  # "the 2021 horror hit Title"
        while j < len(self.doc) and self.doc[j].text in ('"', "'", "“", "‘", ",", ":"):
            j += 1
        m = self.m.by_token.get(j)
        if m is None and j < len(self.doc) and self.doc[j].pos_ == "PROPN" and self.doc[j].text[:1].isupper() \
                and j > t.i + 1:
            run = name_run(self.doc, j)
            m = self.m.add(*run, "Film", 1.0) if run is not None and run[0] == j else None
        if m is not None and m.start == j and m.votes.get("Person", 0) < 2 and not self._clause_subject(m):
            if m.year is None and t.i > 0 and YEAR.match(self.doc[t.i - 1].text):
                m.year = self.doc[t.i - 1].text  # "the 2021 horror hit Title"
            elif m.year is None and t.i > 1 and YEAR.match(self.doc[t.i - 2].text) \
                    and self.doc[t.i - 1].text.islower():
                m.year = self.doc[t.i - 2].text
            return m
        return None

    def focus(self, tok: Token) -> Focus:
        return Focus(tok)

    def resolve_focus(self, tok: Token, refs: list[tuple[int, Mention]] = ()) -> Mention | None:
        """The film the text is about at this point.

        The most salient film named so far: the one named most often, with a bonus for the text's
        first film (what a profile or review is about) and for a film named in this or the
        previous sentence (what the text has just turned to); the latest wins a tie. ``refs`` are
        earlier "it"/"the film" already resolved (position, film): they count as mentions too.
        """
        films = [self._sequel_meant(m) for m in sorted(self.m.all, key=lambda m: m.start)
                 if m.type == "Film" and m.in_parens_of is None and m.series is None and not self._aside(m)]
        if not films:
            return None
        before = [m for m in films if m.start < tok.i]
        if tok.lemma_.lower() in ("sequel", "follow-up") and tok.text.islower():
            # "the cop sequel": the latest sequel named ("Title 2", "Title: Subtitle", one said to follow another)
            follows = {getattr(r.subject, "key", None) for r in self.raw if r.relation == "P155"}
            sequels = [m for m in before if sequel_base(m) or m.key in follows]
            if sequels:
                return sequels[-1]
        if not before:
            # Nothing named yet: the first film, if the text names it soon ("The film ... . Title, ..."),
            # else none: an opening line about an untitled sequel is not about the next film named.
            soon = tok.sent.end
            soon = self.doc[soon].sent.end if soon < len(self.doc) else soon
            return films[0] if films[0].start < soon else None
        score: dict[str, float] = {}
        last: dict[str, Mention] = {}
        for m in before:
            score[m.key] = score.get(m.key, 0.0) + 1.0
            last[m.key] = m
        head = self.doc[before[0].end - 1]
        if head.dep_ in ("nsubj", "nsubjpass") or head.head.lemma_ == "be" or head.dep_ == "appos" and \
                head.head.dep_ in ("nsubj", "nsubjpass"):  # "A's new film, Title, opens ..."
            score[before[0].key] += 1.5  # the text opened on this film as its subject
        refs = [(i, m) for i, m in refs if i < tok.i and m.key in score]
        for _, m in refs:
            score[m.key] += 1.0
        last_tok = self.doc[before[-1].end - 1]
        aside = any(a.dep_ == "relcl" for a in last_tok.ancestors)
        if refs and refs[-1][0] > before[-1].start and not aside:
            score[refs[-1][1].key] += 2.0  # "it" last spoke of this film
        else:
            score[before[-1].key] += 0.5 if aside else 2.0  # the film the text has just turned to (not in passing)
        best = max(score, key=lambda k: (score[k], last[k].start))
        return last[best]

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
        return first[0] if len(first) >= max(2, 2 * others) else None

    ASIDE_PREPS = frozenset({"following", "after", "like", "unlike", "than", "besides", "including", "alongside"})

    def _aside(self, m: Mention) -> bool:
        """A film named in passing ("following X and Y", "compared to X"): not what the text is about."""
        t = self.doc[m.end - 1]
        for _ in range(4):
            if t.head.lemma_ == "include" and t.dep_ in ("dobj", "conj", "appos") and any(
                    c.dep_ == "nsubj" and c.lemma_.lower() in ("credit", "work", "film", "role", "filmography")
                    for c in t.head.children):
                return True  # "whose credits include X and Y": the person's past, not the article's film
            if t.dep_ == "pobj" and (t.head.lower_ in self.ASIDE_PREPS or t.head.lower_ in ("to", "of")
                                     and t.head.head.lemma_ in ("compare", "similar", "sequel", "prequel",
                                                                "remake", "follow-up", "reboot")):
                return True  # "a sequel to the 2000 film X": the text is about the sequel
            if t.head.i == t.i:
                break
            t = t.head
        return False

    def sentence_films(self, tok: Token, exclude_parens: bool = True) -> list[Mention]:
        sent = tok.sent
        out = []
        for m in self.m.all:
            if sent.start <= m.start < sent.end and m.votes.get("Film", 0) >= 2.5:
                if exclude_parens and m.in_parens_of is not None:
                    continue
                if self._original_of_unnamed(m):
                    seq = self._sequel_of(m)  # "a sequel to X, with A directing": the sequel the text names
                    if seq is not None and seq not in out:
                        out.append(seq)
                    continue
                if m not in out:
                    out.append(m)
        return out

    def sentence_film_or_focus(self, tok: Token):
        """The one film the sentence names, else the film in focus."""
        sf = self.sentence_films(tok)
        return sf[0] if len(sf) == 1 else self.focus(tok)

    def _original_of_unnamed(self, m: Mention) -> bool:
        """'a sequel to its 2022 hit Title, with director A': the credits are the sequel's, not Title's."""
        doc = self.doc
        k = m.start - 1  # read from the surface: "a sequel to its 2022 hit Title"
        while k > 0 and m.start - k <= 5 and doc[k].lower_ != "to" and (
                doc[k].text.islower() or doc[k].like_num or doc[k].tag_ == "POS"):
            k -= 1
        if k < 1 or doc[k].lower_ != "to":
            return False
        noun = doc[k - 1]
        return noun.lemma_.lower() in ("sequel", "prequel", "follow-up", "spinoff", "spin-off") and not any(
            c.dep_ in ("appos", "compound") and c.text[:1].isupper() for c in noun.children) \
            and noun.i not in self.m.by_token

    # ------------------------------------------------------------ rule families

    def trim_headline_names(self) -> None:
        """In a Title Case headline a name runs into the next words ("A Reunites With B"):
        cut it back to a name the body of the text uses."""

        body_ms = [m for m in self.m.all if not is_headline(self.doc[m.start].sent)]
        body = {m.text for m in body_ms if " " in m.text}
        surnames = {m.text for m in body_ms if " " not in m.text and m.votes.get("Person", 0) >= 1
                    and m.votes.get("Person", 0) >= m.votes.get("Film", 0)}
        for m in list(self.m.all):
            if not is_headline(self.doc[m.start].sent):
                continue
            words = m.text.split()
            # "Editor Rachel Obi Cut": up to a surname the body uses ("Obi has been cutting ...")
            cut = next((" ".join(words[:i + 1]) for i in range(len(words) - 2, 0, -1) if words[i] in surnames), None)
            for name in sorted(body | ({cut} if cut else set()), key=len, reverse=True):
                if m.text.startswith(name + " ") and m.text != name:
                    n = len(self.doc.char_span(self.doc[m.start].idx, self.doc[m.start].idx + len(name),
                                               alignment_mode="expand") or [])
                    if 0 < n < m.end - m.start:
                        for k in range(m.start + n, m.end):  # shrink in place: raw facts point at m
                            if self.m.by_token.get(k) is m:
                                del self.m.by_token[k]
                        m.end = m.start + n
                        m.text = self.doc[m.start:m.end].text
                    break

    # People say, tell and write things too; only "reports" marks a publication on its own.
    REPORTING = frozenset({"report"})
    REPORTED_FORMS = frozenset({"reports", "reported"})

    def mark_sources(self) -> None:
        """'Deadline reports ...', 'according to Variety', 'told Collider': publications, not films."""
        for m in self.m.all:
            k = m.end - 1
            while k > m.start and self.doc[k].is_punct:
                k -= 1
            head = self.doc[k]
            nxt = next((t for t in self.doc[m.end:m.end + 3] if not t.is_punct), None)
            prev = next((t for t in reversed(self.doc[max(0, m.start - 3):m.start]) if not t.is_punct), None)
            if head.dep_ in ("nsubj",) and head.head.lemma_.lower() in self.REPORTING or \
                    nxt is not None and nxt.lower_ in self.REPORTED_FORMS or \
                    prev is not None and prev.lower_ in ("reports", "per", "told", "via"):
                m.votes["Organization"] += 4.0
            elif head.dep_ == "pobj" and head.head.lower_ == "to" and head.head.i > 0 \
                    and self.doc[head.head.i - 1].lower_ == "according":
                m.votes["Organization"] += 4.0
            elif head.dep_ in ("dobj", "dative") and head.head.lemma_.lower() in ("tell",):
                m.votes["Organization"] += 2.0

    def run(self) -> None:
        self.mark_sources()
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
        for tok in self.doc:
            lemma = tok.lemma_.lower()
            if tok.pos_ in ("VERB", "AUX") or tok.tag_ in ("VBN", "VBG", "VBD", "VBZ", "VB", "VBP"):
                self.verb_rules(tok, lemma)
            if tok.pos_ in ("NOUN", "PROPN") and (lemma in self.lex.role_nouns or tok.lower_ in self.lex.role_nouns) \
                    or tok.pos_ == "VERB" and tok.lower_ in self.lex.role_nouns and tok.lower_.endswith(("er", "or")):
                self.role_rules(tok)  # the small model tags "Title screenwriter A" as a verb at times
            if lemma in self.lex.noun_relations and (tok.pos_ == "NOUN" or tok.pos_ == "PROPN" and tok.is_sent_start):
                self.noun_relation_rules(tok, lemma)  # ("Cinematography is by A": tagged a name at the start)
            if lemma in ("sequel", "prequel", "follow-up") and tok.pos_ == "NOUN":
                self.sequel_rules(tok, lemma)
            if lemma in self.lex.series_nouns and tok.pos_ == "NOUN":
                self.series_rules(tok)
            if lemma in self.lex.org_role_nouns and tok.pos_ == "NOUN":
                self.org_role_rules(tok, self.lex.org_role_nouns[lemma])
            if lemma in self.lex.kin_sibling | self.lex.kin_spouse and tok.pos_ == "NOUN":
                self.kin_rules(tok, lemma)
            if lemma == "base" and tok.tag_ == "VBN" or lemma == "adapt" and tok.pos_ == "VERB":
                self.based_rules(tok)
            if lemma == "character" and tok.dep_ == "attr" and tok.head.lemma_ == "be":
                self.character_is_rules(tok)
            if lemma in ("cast", "ensemble", "lineup") and tok.pos_ == "NOUN":
                self.cast_copula_rules(tok)
            if lemma in ("role", "part", "cameo", "performance", "turn", "portrayal", "lead") and tok.pos_ == "NOUN":
                self.part_rules(tok)
            if tok.lower_ == "known" and tok.i + 1 < len(self.doc) and self.doc[tok.i + 1].lower_ == "for":
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
                    and tok.text.islower() and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children):
                self.m.vote(tok.head, "Film", 2.5)  # "Title, a 98 minute film"
            if lemma in self.COLLAB_NOUNS and tok.pos_ == "NOUN" or lemma in ("collaborate", "reteam", "re-team") \
                    and tok.pos_ == "VERB":
                collabs.append(tok)
            if lemma in BOX_OFFICE_VERBS and tok.pos_ == "VERB" and (lemma == "gross" or any(
                    t.ent_type_ == "MONEY" for c in tok.children if c.dep_ in ("dobj", "prep", "prt")
                    for t in c.subtree)):
                s_tok = subject_of(tok)
                if s_tok is not None and s_tok.pos_ == "PROPN" and s_tok.ent_type_ != "PERSON" \
                        and not self._is_person(s_tok):
                    self.m.vote(s_tok, "Film", 2.0)  # "Title grossed $400 million", "took in $42 million"
            if lemma in ("return", "reprise") and tok.pos_ == "VERB":
                self.return_rules(tok)
            if lemma in ("replace", "succeed") and tok.pos_ == "VERB":
                self.replace_rules(tok)
            if lemma == "debut" and tok.pos_ == "VERB":
                self.debut_rules(tok)
            if lemma in self.lex.film_nouns and tok.text.islower() and (
                    tok.pos_ == "NOUN" or tok.pos_ == "ADJ" and tok.dep_ in ("appos", "attr")):  # "a western from A"
                self.maker_from_rules(tok)
            if lemma in ("co-production", "coproduction", "production") and tok.pos_ == "NOUN":
                self.coproduction_rules(tok)
            if lemma == "debut" and tok.pos_ == "NOUN":
                self.debut_noun_rules(tok)
            if lemma in ("camera", "chair") and tok.pos_ == "NOUN":
                self.director_seat_rules(tok)
            if lemma in ("acquire", "buy", "land", "secure", "win", "nab", "pick") and tok.pos_ == "VERB":
                self.rights_rules(tok)
        self.role_list_rules()
        self.paren_actor_rules()
        self.banner_rules()
        for tok in copulas:  # after every rule has voted: is the place "in" a film?
            self.was_in_rules(tok)
        for tok in collabs:  # after the role nouns have said who does what
            self.collaboration_rules(tok)
        self.filmography_rules()
        self.numbered_sequels()
        self.year_rules()
        self.possessive_rules()
        self.trim_headline_names()

    def surface_rules(self) -> None:
        from .surface import by_phrases, star_sequences

        doc = self.doc
        for film_run, people, i, relative in star_sequences(doc):
            if film_run == "subject":
                subj = subject_of(doc[i].sent.root)
                sm = self.m.at(subj, create=False) if subj is not None else None
                only_ner = sm is not None and sm.votes.get("Person", 0) <= sm.ner.get("Person", 0)
                films = self.film(subj, 1.5) if subj is not None and subj.i < i and (
                    not self._is_person(subj) or only_ner) else []  # "X ... and starred A": X is a film
                for f in films[:1]:
                    for run in people:
                        self.emit(f, "P161", self.m.add(*run, "Person", 2.0), doc[i], "cast-list", 0.8)
                continue
            if film_run is None:
                for run in people:
                    self.emit(self.focus(doc[i]), "P161", self.m.add(*run, "Person", 2.0), doc[i], "cast-list")
                self._cast_parts(people, doc[i], None)
                continue
            if not relative and doc[film_run[0]].ent_type_ == "PERSON" and film_run[1] - film_run[0] >= 2 and \
                    not any(t.text.islower() for t in doc[film_run[0]:film_run[1]]) and \
                    film_run not in [(m.start, m.end) for m in self.m.all if m.votes.get("Film", 0) >= 2.0]:
                continue  # "A stars in ..." is a person, handled by the parse
            f = self.m.add(*film_run, "Film", 2.0)
            for run in people:
                p = self.m.add(*run, "Person", 2.0)
                self.emit(f, "P161", p, doc[i], "cast-list")
            self._cast_parts(people, doc[i], f)
        from .surface import person_star_lines, played_by_brackets

        for char_run, person_run, i in played_by_brackets(doc):
            person = self.m.add(*person_run, "Person", 2.0)
            if person is not None:
                self.character_link([person], doc[char_run[1] - 1], doc[i])

        for run, i, film_run in person_star_lines(doc):
            p = self.m.add(*run, "Person", 2.0)
            if p is None:
                continue
            if film_run == "focus":
                self.emit(self.focus(doc[i]), "P161", p, doc[i], "cast-list", 0.7)
            elif film_run is not None:  # "A stars in Title"
                self.emit(self.m.add(*film_run, "Film", 2.0), "P161", p, doc[i], "cast-list", 0.8)
            elif self.m.vote(doc[i], "Film", 0) is None:
                self.emit(self.focus(doc[i]), "P161", p, doc[i], "cast-list", 0.7)
        from .surface import crew_verb_pairs

        for rels, i, run in crew_verb_pairs(doc):  # "to write and direct Title"
            subj = subject_of(doc[i])
            people = self._subject_people(subj, doc[i]) if subj is None or subj.pos_ != "PROPN" \
                or self._maker(subj) else []
            f = self.m.add(*run, "Film", 2.0)
            if len(people) == len(rels) > 1 and any(t.lower_ == "respectively" for t in doc[i].sent):
                for p, rel in zip(people, rels):  # "A and B produced and directed it, respectively"
                    self.emit(f, rel, p, doc[i], "verb", 0.8)
                continue
            for p in people:
                for rel in rels:
                    self.emit(f, rel, p, doc[i], "verb", 0.8)
        words = {k: v for k, v in self.lex.role_by_phrase.items() if v not in ("P175",)}
        for rel, people, i, film_run in by_phrases(doc, words):
            if film_run is None:
                continue
            if film_run == "subject":
                subj = subject_of(doc[i].sent.root)
                if subj is None or subj.i > i or self._is_person(subj):
                    continue
                films = self.film(subj, 1.0)
                if not films:
                    continue
                f = films[0]
            elif film_run == "focus":
                f = self.focus(doc[i])
            else:
                f = self.m.add(*film_run, "Film", 2.0)
            firms = [r for r in people if doc[r[1] - 1].lower_ in self.lex.org_suffixes]
            for run in people:
                company = doc[run[1] - 1].lower_ in self.lex.org_suffixes or bool(firms) and \
                    doc[run[0]].ent_type_ == "ORG"  # "produced by Frame Films and Arte": both companies
                if rel == "P272" and not (company or doc[run[0]].ent_type_ == "ORG"
                                          or doc[run[0]].lower_ in ("studio", "studios")):
                    continue  # "a film made by A": only a company is a production company
                if rel in ("P750", "P272") or company:
                    p = self.m.add(*run, "Organization", 3.0, exact=True)
                else:
                    p = self.m.add(*run, "Person", 1.5, exact=len(people) > 1)
                if rel == "P162" and company:
                    self.emit(f, "P272", p, doc[i], "by", 0.8)  # "produced by Orbit Films"
                else:
                    self.emit(f, rel, p, doc[i], "by")

    def _cast_parts(self, people, trigger: Token, film) -> None:
        from .surface import cast_parts

        for run, part in cast_parts(self.doc, people).items():
            person = self.m.by_token.get(run[0])
            if person is not None:
                self.character_link([person], self.doc[part[1] - 1], trigger,
                                    film_tok=self.doc[film.end - 1] if film is not None else None)

    def mark_parentheticals(self) -> None:
        """Titles in brackets right after a name are that person's filmography."""
        doc = self.doc
        for tok in tokens_among(doc, ("(",)):
            if tok.i == 0:
                continue
            close = next((t.i for t in doc[tok.i + 1: min(len(doc), tok.i + 40)] if t.text == ")"), None)
            if close is None:
                continue
            owner = self.m.at(tok.i - 1, create=True)
            if owner is None:
                continue
            inside = [m for m in self.m.all if tok.i < m.start and m.end <= close]
            cast_words = ("cast", "stars", "starring", "star", "includes", "include", "plays", "as")
            if not inside and close > tok.i + 2 and doc[tok.i - 1].ent_type_ == "PERSON" and \
                    not any(t.lower_ in cast_words for t in tok.sent) and \
                    not (close + 1 < len(doc) and doc[close + 1].text[:1].isupper()) and \
                    title_span(doc, tok.i + 1, stop=close) == (tok.i + 1, close) and \
                    not any(t.like_num or t.ent_type_ in ("PERSON", "GPE", "DATE") for t in doc[tok.i + 1:close]):
                # "director Jon Walsh (The Last Mile)": news names a person's best-known film in brackets
                inside = [m for m in [self.m.add(tok.i + 1, close, "Film", 2.5)] if m is not None]
            quoted = [m for m in inside if m.votes.get("Film", 0) >= 2.5]
            if quoted:
                for m in quoted:
                    m.in_parens_of = tok.i - 1

    def verb_rules(self, v: Token, lemma: str) -> None:
        lex = self.lex
        rel = lex.verbs.get(lemma)
        if lemma in self.lex.release_verbs and rel is None:
            subj = self._antecedent(subject_of(v), v)
            venue = any(t.lemma_.lower() in ("theater", "theatre", "cinema", "screen", "multiplex", "box")
                        for t in v.subtree if t.i > v.i)
            if subj is not None and venue and subj.pos_ == "PROPN":
                self.m.vote(subj, "Film", 3.0)  # "Title hits theaters ...": whatever NER thought
            if subj is not None and (venue or not self._is_person(subj)):
                preps = {c.lower_: next((g for g in c.children if g.dep_ == "pobj"), None)
                         for c in v.children if c.dep_ == "prep"}
                self._release_year(v, subj, preps)
                via = preps.get("via")
                src = preps.get("from")  # "opens Friday from Studio": only a company releases
                if via is None and src is not None and src.pos_ == "PROPN" and self._org_like(src):
                    via = src
                if via is not None and via.pos_ == "PROPN" and via.ent_type_ not in ("PERSON", "GPE", "DATE"):
                    for f in self.film(subj, 1.0):  # "Title hits theaters March 3 via Studio"
                        org = self.m.vote(via, "Organization", 2.5)
                        self.emit(f, "P750", org, v, "verb", 0.75)
        if lemma in ("attach", "set", "tap") and v.tag_ == "VBN":
            # "A is attached to star": the tagger reads the verb after "to" as a noun
            craft = next((g for c in v.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children
                          if g.dep_ == "pobj" and g.lemma_.lower() in lex.verbs and not g.text[:1].isupper()
                          and not any(d.dep_ == "det" for d in g.children)), None)
            subj = subject_of(v)
            if craft is not None and subj is not None and subj.pos_ == "PROPN" and lex.verbs[craft.lemma_.lower()] in (
                    "P57", "P58", "P162", "P161"):
                film = self.sentence_film_or_focus(v)
                for p in self.person(subj, 1.0):
                    self.emit(film, lex.verbs[craft.lemma_.lower()], p, v, "verb", 0.7)
        if lemma == "see" and v.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in v.children):
            lemma, rel = "appear", "P161"  # "A will next be seen opposite B in Title"
        if rel is None and lemma not in ("reprise", "return", "cast", "come"):
            return
        children = list(v.children)
        agent = next((c for c in children if c.dep_ == "agent"), None)
        agent_obj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
        subj = subject_of(v)
        dobj = next((c for c in children if c.dep_ in ("dobj", "attr")), None)
        preps = {c.lower_: next((g for g in c.children if g.dep_ == "pobj"), None)
                 for c in children if c.dep_ in ("prep", "dative")}
        passive = agent is not None or any(c.dep_ in ("nsubjpass", "auxpass") for c in children) \
            or (v.tag_ == "VBN" and v.dep_ in ("acl", "advcl", "amod", "conj"))
        # What the participle or relative clause is about.
        host = self._host(v)
        if lemma in ("reprise", "return", "cast", "star", "appear", "join", "play", "come"):
            as_tok = preps.get("as")
            if as_tok is None and dobj is not None:
                as_tok = next((g for c in dobj.children if c.dep_ == "prep" and c.lower_ == "as"
                               for g in c.children if g.dep_ == "pobj"), None)
            if as_tok is not None and as_tok.text[:1].isupper():
                people = self.person(subj) if subj is not None and subj.dep_ == "nsubj" else []
                if subj is not None and subj.lower_ in ("he", "she") and subj.dep_ == "nsubj":
                    people = self._main_person(v)  # "He also appeared in X as Y"
                if subj is not None and subj.dep_ == "nsubjpass":  # "A was cast as X"
                    people = self.person(subj)
                film_tok = preps.get("in")
                if lemma in ("star", "appear") or people:
                    self.character_link(people, as_tok, v, film_tok=film_tok)
                if lemma not in ("star", "cast"):
                    return
        if rel is None:
            return
        if rel == "P175":
            return self.character_verb(v, subj, dobj, agent_obj, passive, host, preps)
        if rel == "P750":
            return self.release_verb(v, subj, dobj, agent_obj, passive, host, preps)
        if lemma in ("include", "join", "lead", "appear", "headline", "topline", "feature", "star", "co-star",
                     "costar", "cast", "introduce"):
            return self.cast_verb(v, lemma, subj, dobj, agent_obj, passive, host, preps)
        # Crew verbs: direct, write, produce, compose, edit ...
        if passive and agent_obj is not None:
            films = self.film(subj) if subj is not None and subj.dep_ == "nsubjpass" else self.film(host)
            for f in films:
                for p in self.person(agent_obj):
                    self.emit(f, rel, p, v, "by")
                    self._crew_company(f, rel, p, v)
        if not passive and dobj is None:
            # "A wrote and produced Title": the first verb shares the object of the second
            dobj = next((g for c in children if c.dep_ == "conj" and c.pos_ == "VERB"
                         for g in c.children if g.dep_ in ("dobj",)), None)
        if not passive and dobj is not None and dobj.lemma_.lower() in ("music", "score", "soundtrack") \
                and rel in ("P58", "P86"):
            film_tok = next((g for c in dobj.children if c.dep_ == "prep" and c.lower_ in ("for", "of")
                             for g in c.children if g.dep_ == "pobj"), None) or preps.get("for")
            if film_tok is not None and subj is not None:
                for f in self.film(film_tok):
                    for p in self.person(subj):
                        self.emit(f, "P86", p, v, "verb")
            return
        if passive and agent_obj is not None:
            pass
        elif not passive and subj is not None and dobj is not None and rel == "P57" and dobj.ent_type_ == "PERSON" \
                and preps.get("in") is not None and preps["in"].text[:1].isupper():
            # "A directed B in Title": B acts in the film A directed
            for f in self.film(preps["in"], anaphora=False):
                for p in self.person(subj if subj.pos_ == "PROPN" else None):
                    self.emit(f, "P57", p, v, "verb")
                for p in self.person(dobj):
                    self.emit(f, "P161", p, v, "verb", 0.8)
        elif not passive and subj is not None and dobj is not None:
            inherited = subj.head.i != v.i  # "A is attached to direct Title"
            people = self.person(subj if subj.dep_ == "nsubj" or inherited else None)
            if subj.lower_ in ("who",) and v.dep_ == "relcl":
                people = self.person(v.head)
            if subj.pos_ == "PRON" and subj.lower_ in ("he", "she"):
                people = self._main_person(v)
            if len(people) > 1 and any(t.lower_ == "respectively" for t in v.sent):
                return  # "A and B produced and directed it, respectively": paired from the surface
            for c in children:
                if c.dep_ == "prep" and c.lower_ in ("alongside", "with"):
                    partner = next((g for g in c.children if g.dep_ == "pobj"), None)
                    if partner is not None:
                        people += self._named_or_kin(partner)
            if dobj.lower_ in ("which", "that") and v.dep_ == "relcl":
                # "Title, which A directed": the name right before the relative pronoun
                k = dobj.i - 1 if dobj.i > 0 and self.doc[dobj.i - 1].text == "," else dobj.i
                antecedent = self.m.by_token.get(k - 1)
                dobj = self.doc[antecedent.end - 1] if antecedent is not None else v.head
            films = self.film(dobj)
            if dobj.text[:1].isupper() or dobj.lemma_.lower() in self.lex.series_nouns:
                films += [f for f in self._listed_titles(dobj) if f not in films]  # "directed X (1990), Y and Z"
            year = preps.get("in")
            opening = self._opening_year(v)
            for f in films:
                for p in people:
                    self.emit(f, rel, p, v, "verb")
                if year is not None and YEAR.match(year.text) and len(films) == 1:
                    self.emit(f, "P577", year.text, v, "year", 0.6)  # "directed Title in 2013"
                elif opening is not None and len(films) == 1:
                    self.emit(f, "P577", opening, v, "release", 0.6)  # "In 2008, he directed Title"
                if preps.get("for") is not None and self._org_like(preps["for"]) and rel in ("P57", "P58", "P162"):
                    # "A is writing Title for Studio": the studio releases it
                    org = self.m.vote(preps["for"], "Organization", 1.5)
                    self.emit(f, "P750", org, v, "verb", 0.7)
        elif not passive and dobj is None and rel in ("P57", "P58", "P162") and (
                v.tag_ in ("VBG", "VBZ", "VBD") or v.tag_ == "VB" and v.dep_ in ("xcomp", "advcl")
                and v.head.lemma_ in ("return", "set", "tap", "hire", "sign", "board", "attach", "come")
                or v.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ in ("will", "'ll") for c in children)):
            # "She is directing from her script and co-producing with A": the film in focus
            s = subj
            if s is None and v.dep_ == "conj":
                s = subject_of(v.head)
            sent = v.sent
            unnamed = [q for m in self.m.all if sent.start <= m.start < sent.end and self._original_of_unnamed(m)
                       for q in [self._sequel_of(m)] if q is not None]
            target = unnamed[0] if len(unnamed) == 1 else self.focus(v)  # "a sequel to X, with A returning to direct"
            if s is None or s.pos_ != "PROPN" or self.sentence_films(v) and not unnamed:
                return
            sm = self.m.at(s, create=False)
            if not self._is_person(s) and not (rel in ("P57", "P58") and (sm is None or not sm.votes.get("Film"))):
                return  # only people direct or write ("Nolan is directing", whatever NER said of "Nolan")
            people = self.person(s, 1.0)
            for c in children:
                if c.dep_ == "prep" and c.lower_ in ("alongside", "with"):
                    partner = next((g for g in c.children if g.dep_ == "pobj"), None)
                    if partner is not None:
                        people += self._named_or_kin(partner)
            for p in people:
                self.emit(target, rel, p, v, "verb", 0.65)

    def org_role_rules(self, noun: Token, rel: str) -> None:
        """'Studio served as the distributor of Title', 'the distributor, Studio', 'Studio is the distributor'."""
        orgs: list[Token] = []
        if noun.dep_ == "attr":
            orgs += [c for c in noun.head.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"]
        if noun.dep_ == "pobj" and noun.head.lower_ == "as":
            verb = noun.head.head
            orgs += [c for c in (subject_of(verb),) if c is not None and c.pos_ == "PROPN"]
        if noun.dep_ == "appos" and noun.head.pos_ == "PROPN":
            orgs.append(noun.head)
        orgs += [c for c in noun.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
        if not orgs:
            return
        films = []
        for c in noun.children:
            if c.dep_ == "prep" and c.lower_ in ("of", "for", "on", "to"):
                films += self.film(next((g for g in c.children if g.dep_ == "pobj"), None))
        if not films:
            sf = self.sentence_films(noun)
            films = sf if len(sf) == 1 else [SoleFilm(noun)]
        for o in orgs:
            org = self.m.vote(o, "Organization", 3.0)
            for f in films:
                self.emit(f, rel, org, noun, "role", 0.75)

    def rights_rules(self, v: Token) -> None:
        """'Studio acquired the (distribution) rights to Title' → distributor."""
        dobj = next((c for c in v.children if c.dep_ == "dobj" and c.lemma_.lower() == "right"), None)
        subj = subject_of(v)
        title = next((c for c in v.children if c.dep_ == "dobj" and c.pos_ == "PROPN"), None)
        if dobj is None and title is not None and subj is not None and subj.pos_ == "PROPN" and \
                self._org_like(subj) and v.lemma_ in ("acquire", "buy", "pick", "nab", "land"):
            films = self._described_film(next((c for c in title.children if c.dep_ == "appos"
                                                and c.lemma_.lower() in self.lex.film_nouns), title)) \
                if any(c.dep_ == "appos" and c.lemma_.lower() in self.lex.film_nouns for c in title.children) else \
                [m for m in [self.m.by_token.get(title.i)] if m is not None and m.votes.get("Film", 0) >= 2.5]
            for f in films:  # "A24 has picked up Title, the debut feature from A"
                self.emit(f, "P750", self.m.vote(subj, "Organization", 2.0), v, "verb", 0.7)
            return
        if dobj is None or subj is None or not subj.text[:1].isupper():
            return
        # the parser may hang "to Title" on the verb rather than on "rights"
        film_tok = next((g for c in [*dobj.children, *v.children] if c.dep_ == "prep"
                         and c.lower_ in ("to", "for", "of") for g in c.children if g.dep_ == "pobj"), None)
        if film_tok is None:
            return
        self.m.vote(film_tok, "Film", 1.5)
        org = self.m.vote(subj, "Organization", 2.0)
        for f in self.film(film_tok):
            self.emit(f, "P750", org, v, "verb", 0.75)

    def _crew_company(self, f, rel, p, v):
        if rel == "P162" and p.votes.get("Organization", 0) > p.votes.get("Person", 0):
            self.emit(f, "P272", p, v, "by", 0.8)

    def _host(self, v: Token) -> Token | None:
        """The noun a participle/relative clause describes, or the subject of the clause it opens."""
        t = v
        while t.dep_ == "conj" and t.head.i != t.i:
            t = t.head
        if t.dep_ in ("acl", "relcl", "amod", "appos") and t.head.pos_ in ("NOUN", "PROPN", "PRON"):
            return t.head
        if t.dep_ in ("advcl", "ccomp", "xcomp", "ROOT") and t.head.i != t.i or t.dep_ == "advcl":
            return subject_of(t.head)
        return subject_of(t)

    def cast_verb(self, v, lemma, subj, dobj, agent_obj, passive, host, preps):
        lex = self.lex
        if lemma in ("star", "co-star", "costar", "feature") and v.tag_ == "VBG" and v.dep_ == "ROOT" \
                and subj is not None and dobj is not None and not self._is_person(subj):
            host = subj  # "The movie is starring A"
        own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children)
        if lemma in ("star", "co-star", "costar", "feature", "headline", "topline") and v.tag_ == "VBG" and \
                v.dep_ in ("acl", "advcl", "amod", "conj", "pcomp", "xcomp", "ROOT") and \
                (v.dep_ == "ROOT" or not own_subject) and host is not None and not self._is_person(host):
            # "Title, starring A and B"
            for f in self.film(host):
                for p in self.person(dobj):
                    self.emit(f, "P161", p, v, "by")
            return
        if agent_obj is not None and dobj is not None and dobj.lemma_.lower() in lex.noun_relations:
            # "Title featured cinematography by A": A's craft is the noun's, not a part in the cast
            target = self._antecedent(subj, v)
            target = target if target is not None and not self._is_person(target) else host
            for f in self.film(target):
                for p in self.person(agent_obj):
                    self.emit(f, lex.noun_relations[dobj.lemma_.lower()], p, v, "by", 0.8)
            return
        if passive and agent_obj is not None and lemma in ("feature", "star", "lead", "headline"):
            target = subj if subj is not None and subj.dep_ == "nsubjpass" else host
            for f in self.film(target):
                for p in self.person(agent_obj):
                    self.emit(f, "P161", p, v, "by")
            return
        if subj is None and v.dep_ == "relcl":
            subj = v.head
        if subj is None and v.dep_ == "acl" and lemma in ("star", "appear", "co-star") and v.head.pos_ == "PROPN" \
                and any(c.dep_ == "prep" and c.lower_ == "in" for c in v.children) and self._is_person(v.head) \
                and any(c.dep_ == "relcl" for c in v.head.children):
            subj = v.head  # "A, who plays X, recently starred in Title": the parser hangs the verb on A
        if subj is not None and subj.lower_ in ("which", "that", "who") and v.dep_ == "relcl":
            subj = v.head  # "Title, which stars A" / "A, who starred in Title"
        if subj is None:
            return
        subj_noun = subj.lemma_.lower()
        role = self.lex.role_nouns.get(subj_noun)
        if lemma == "include" and role and subj.tag_ in ("NNS", "NNPS") and role != "P161":
            # "Producers include A and B", "the film's writers include A"
            film = self._of_film(subj) or self.focus(v)
            for p in self.person(dobj) + self._listed_people(v):
                for r in role.split("+"):
                    self.emit(film, r, p, v, "role", 0.75)
            return
        if lemma == "include" and subj_noun in ("work", "film", "credit", "movie", "role", "title") \
                and subj.tag_ == "NNS" and dobj is not None:
            # "Her notable works include A, B (1987) and C": the owner's credits, in their craft
            poss = next((c for c in subj.children if c.dep_ == "poss"), None)
            owners = [] if poss is None else self._main_person(v) if poss.lower_ in ("his", "her") else \
                self.person(poss, 1.0) if poss.pos_ == "PROPN" else \
                self.person(v.head, 1.0) if poss.lower_ == "whose" and v.dep_ == "relcl" else []  # "A, whose ..."
            named = next((c for c in dobj.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
            if not dobj.text[:1].isupper() and dobj.lemma_.lower() in self.lex.film_nouns and named is not None:
                dobj = self.doc[named.left_edge.i]  # "credits include the films X and Y"
            titles = self._listed_titles(dobj) if dobj.text[:1].isupper() else []
            for p in owners:
                main = v.head.head if v.dep_ == "relcl" else None  # "A, whose credits include X, will direct"
                craft = self.lex.verbs.get(main.lemma_.lower()) if main is not None and main.pos_ == "VERB" else None
                rel = self._role_of(p) or (craft if craft in ("P57", "P58", "P162") else None) or "P161"
                for f in titles:
                    self.emit(f, rel, p, v, "filmography", 0.7)
            return
        if lemma in ("include", "feature") and subj_noun in ("cast", "ensemble", "lineup", "line-up", "roster"):
            film = self._of_film(subj) or self.focus(v)
            listed = self._listed_people(v)
            inside = self.doc[dobj.i - 1].text == "(" if dobj is not None else False
            for p in ([] if inside or listed else self.person(dobj)) + listed:
                self.emit(film, "P161", p, v, "verb", 0.8)
            self._cast_parts(self._listed_runs(v), v, film if isinstance(film, Mention) else None)  # "A (Mara)"
            return
        if lemma == "join":
            # "A joins the cast of Title" / "A joins Title"
            target = dobj
            if dobj is not None and dobj.lemma_.lower() in ("cast", "ensemble", "lineup", "line-up"):
                film = self._of_film(dobj) or self.focus(v)
                for p in self.person(subj):
                    self.emit(film, "P161", p, v, "verb", 0.85)
            elif target is not None and target.i in self.m.by_token and self.m.by_token[target.i].votes.get("Film"):
                for f in self.film(target):
                    for p in self.person(subj):
                        self.emit(f, "P161", p, v, "verb", 0.8)
            elif target is not None and target.lemma_.lower() in ("star", "actor", "actress", "co-star") \
                    and preps.get("in") is not None:
                # "A and B have joined returning stars C and D in the sequel"
                named = next((c for c in target.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
                people = self._subject_people(subj, v) + (self.person(named, 1.0) if named is not None else [])
                for f in self.film(preps["in"]):
                    for p in people:
                        self.emit(f, "P161", p, v, "verb", 0.8)
            elif target is not None and target.pos_ == "PROPN" and self._is_person(target) and (in_tok := (
                    preps.get("in") or next((g for c in target.children if c.dep_ == "prep" and c.lower_ == "in"
                                             for g in c.children if g.dep_ == "pobj"), None))) is not None \
                    and in_tok.text[:1].isupper():
                # "A joins B in Title": both are in it
                people = self._subject_people(subj, v) + self.person(target, 1.0)
                for f in self.film(in_tok, anaphora=False):
                    for p in people:
                        self.emit(f, "P161", p, v, "verb", 0.8)
            return
        if lemma in lex.film_subject_verbs and dobj is not None and not self._is_person(subj):
            people = self.person(dobj)
            if dobj.lemma_.lower() in ("voice", "talent") and not people:
                # "It features the voices of A, B and C"
                of = next((c for c in dobj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
                people = self._listed_people(of) if of is not None else []
            as_role = next((g.lemma_.lower() for c in [*dobj.children, *v.children] if c.dep_ == "prep"
                            and c.lower_ == "as" for g in c.children if g.dep_ == "pobj"), None)
            if as_role in lex.role_nouns and lex.role_nouns[as_role] != "P161":
                return  # "featured A as the cinematographer": the role rule credits A
            films = self.film(subj)
            for f in films:
                for p in people:
                    self.emit(f, "P161", p, v, "verb")
            for t in [dobj, *dobj.conjuncts]:  # "to feature A as Ryan and B as Greer"
                as_tok = next((g for c in t.children if c.dep_ == "prep" and c.lower_ == "as"
                               for g in c.children if g.dep_ == "pobj" and g.text[:1].isupper()), None)
                if as_tok is not None and films:
                    self.character_link(self.person(t, 0.5), as_tok, v, film_tok=self.doc[films[0].end - 1])
            return
        if lemma == "lead" and dobj is not None and dobj.lemma_.lower() in (
                "weekend", "box", "office", "chart", "charts", "pack", "field", "race", "way", "nomination", "list"):
            if dobj.lemma_.lower() in ("weekend", "box", "office") and subj is not None and subj.pos_ == "PROPN":
                self.m.vote(subj, "Film", 2.5)  # "Title led the weekend box office"
            return  # the film leads, nobody is cast
        if lemma in lex.person_in_film_verbs or lemma in ("lead", "appear"):
            film_tok = preps.get("in") or (dobj if lemma == "lead" else None)
            if film_tok is None:  # "A will star opposite B in Title": "in" hangs off B
                film_tok = next((g for c in v.subtree if c.dep_ == "prep" and c.lower_ == "in"
                                 and c.head.dep_ == "pobj" for g in c.children
                                 if g.dep_ == "pobj" and g.text[:1].isupper()), None)
            if lemma in ("cast", "board", "sign") and film_tok is None and dobj is not None and \
                    dobj.text[:1].isupper() and lemma == "board":
                film_tok = dobj  # "A boards Title"
            if film_tok is not None:
                people = self._main_person(v) if subj is not None and subj.lower_ in ("he", "she") \
                    else self.person(subj)
                if lemma == "cast" and not passive and dobj is not None:
                    people = self.person(dobj) if dobj.pos_ == "PROPN" else []  # "Director A cast B in X"
                for c in [*v.children, *film_tok.children]:
                    if c.dep_ == "prep" and c.lower_ in ("alongside", "opposite"):
                        people += self.person(next((g for g in c.children if g.dep_ == "pobj"), None), 1.0)
                films = self.film(film_tok) + self._listed_titles(film_tok) + self._example_titles(film_tok)
                year = self._opening_year(v)
                if year is not None and len(set(f.key for f in films)) == 1:
                    self.emit(films[0], "P577", year, v, "release", 0.6)  # "In 2007 she appeared in Title"
                for c in v.children:  # "appeared in the movie X as a cop and the 1987 movie Y"
                    if c.dep_ == "conj" and c.pos_ == "NOUN":
                        named = self._named_after(c)
                        films += [named] if named is not None else []
                for f in dict.fromkeys(films):
                    for p in people:
                        self.emit(f, "P161", p, v, "verb")
            elif self._is_person(subj) and subj.pos_ == "PROPN" and lemma in ("star", "co-star", "costar"):
                people = self.person(subj)
                for c in v.children:  # "A will star alongside B": both are in the film in focus
                    if c.dep_ == "prep" and c.lower_ in ("alongside", "opposite"):
                        people += self.person(next((g for g in c.children if g.dep_ == "pobj"), None), 1.0)
                for p in people:
                    self.emit(self.focus(v), "P161", p, v, "verb", 0.7)
            if preps.get("as") is not None:
                self.character_link(self.person(subj), preps["as"], v)

    def _listed_titles(self, first: Token) -> list[Mention]:
        """Titles listed from a token on ("starred in X (1999), Y and Z"), read from the surface."""
        from .surface import title_list

        if not first.text[:1].isupper() and first.lemma_.lower() in self.lex.series_nouns:
            j = first.i + 1  # "directing the Tide trilogy (1987–94), X (1990) and Y": the list goes on
            if j < len(self.doc) and self.doc[j].text == "(":
                j = next((k + 1 for k in range(j, min(j + 8, len(self.doc))) if self.doc[k].text == ")"), j)
            if j + 1 < len(self.doc) and self.doc[j].text == "," and self.doc[j + 1].text[:1].isupper():
                first = self.doc[j + 1]
        if not first.text[:1].isupper():
            return []
        out = []
        start_i = first.left_edge.i if first.left_edge.text[:1].isupper() else first.i
        for k in range(start_i, first.i):  # "Studio's Title": the list starts after the owner
            if self.doc[k].tag_ == "POS":
                start_i = k + 1
        for start, end, year in title_list(self.doc, start_i):
            over = self.m.by_token.get(start)
            if over is not None and over.end > end and over.votes == over.ner:
                self.m._drop(over)  # NER's "Title and the Sundance": the list reads it as two
            m = self.m.add(start, end, "Film", 2.0)
            if m is not None:
                m.year = m.year or year
                out.append(m)
        return out

    EXAMPLE_NOUNS = frozenset({"film", "movie", "feature", "picture", "show", "series", "production", "project",
                               "credit", "role", "title", "drama", "comedy", "thriller", "sitcom"})

    def _example_titles(self, noun: Token) -> list[Mention]:
        """Titles given as examples of a plural noun: "films including X, Y and Z", "movies such as X"
        ("horror films like X and Y")."""
        if noun.lemma_.lower() not in self.EXAMPLE_NOUNS or noun.tag_ != "NNS":
            return []
        j = noun.i + 1
        doc = self.doc
        if j < len(doc) and doc[j].text == ",":
            j += 1
        if j + 1 < len(doc) and doc[j].lower_ == "such" and doc[j + 1].lower_ == "as":
            j += 2
        elif j < len(doc) and doc[j].lower_ in ("including", "like", ":"):
            j += 1
        else:
            return []
        if j < len(doc) and doc[j].lower_ in ("the", "films", "movies"):
            j += doc[j].lower_ != "the"
        if j >= len(doc) or not doc[j].text[:1].isupper():
            return []
        return self._listed_titles(doc[j])

    def _listed_runs(self, v: Token) -> list[tuple[int, int]]:
        """Name runs listed right after a verb ("includes A, B, C and D"), read from the surface:
        the parser loses long lists."""
        from .surface import people_list

        j = v.i + 1
        while j < len(self.doc) and self.doc[j].lower_ in ("also", "the", "likes", "of", "such", "as", ":"):
            j += 1
        return people_list(self.doc, j, limit=60) if j < len(self.doc) else []

    def _listed_people(self, v: Token) -> list[Mention]:
        return [m for run in self._listed_runs(v) if (m := self.m.add(*run, "Person", 2.0)) is not None]

    def _of_film(self, noun: Token) -> Mention | None:
        for c in noun.children:
            if c.dep_ == "prep" and c.lower_ in ("of", "for", "in", "on"):
                for g in c.children:
                    if g.dep_ == "pobj":
                        fs = self.film(g)
                        if fs:
                            return fs[0]
        return None

    def _credited_otherwise(self, tok: Token, rel: str) -> bool:
        """Is the person at ``tok`` the subject of a crew verb with another credit ("edited")?"""
        t = tok
        while t.dep_ in ("appos", "compound", "conj") and t.head.i != t.i:
            t = t.head
        if t.dep_ not in ("nsubj", "nsubjpass"):
            return False
        lemma = t.head.lemma_.lower()
        other = self.lex.verbs.get(lemma)
        # "joins", "boards", "signs on" take the role the title names
        return other is not None and other != rel and other not in ("P750", "P175") \
            and lemma not in ("join", "board", "sign", "return", "reteam", "come", "cast")

    def _maker(self, tok: Token) -> bool:
        """Could the subject of "wrote and directed" be a person? Yes unless it is plainly a company,
        a place or a film (NER calls many unfamiliar names organisations)."""
        if self._is_person(tok):
            return True
        m = self.m.at(tok, create=False)
        return tok.ent_type_ not in ("GPE", "LOC", "NORP") and (m is None or (
            m.votes.get("Film", 0) < 2.5 and self.doc[m.end - 1].lower_ not in self.lex.org_suffixes
            and m.votes.get("Organization", 0) <= m.ner.get("Organization", 0)))

    def _is_person(self, tok: Token) -> bool:
        if tok.pos_ == "PRON":
            return tok.lower_ in ("he", "she", "they", "who")
        m = self.m.at(tok, create=False)
        if m is None:
            return tok.ent_type_ == "PERSON"
        if " " not in m.key and m.votes.get("Film", 0) < 2.5 and self._surname_of_someone(m.key):
            return True
        return m.votes.get("Person", 0) > m.votes.get("Film", 0)

    def _surname_of_someone(self, key: str) -> bool:
        return any(o.key.endswith(" " + key) and (o.votes.get("Person", 0) >= 1)
                   for o in self.m.all if " " in o.key)

    def character_verb(self, v, subj, dobj, agent_obj, passive, host, preps):
        if not passive and subj is not None and dobj is not None and dobj.lemma_.lower() in ("role", "part"):
            # "A will play the lead role of X in Title"
            named = next((g for c in dobj.children if c.dep_ == "prep" and c.lower_ in ("of", "as")
                          for g in c.children if g.dep_ == "pobj" and g.text[:1].isupper()), None)
            if named is not None:
                people = self.person(subj) if subj.lower_ not in ("who",) else self.person(v.head)
                film_tok = preps.get("in") or next((g for c in named.children if c.dep_ == "prep" and c.lower_ == "in"
                                                    for g in c.children if g.dep_ == "pobj"), None)
                self.character_link(people, named, v, film_tok=film_tok)
                return
        if passive and host is not None and subj is None and not (0 < v.i - host.i <= 3):
            host = None  # "X (played by A)" reads X right before; a far host is a parse error
        named = next((c for c in dobj.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None) \
            if dobj is not None and not dobj.text[:1].isupper() else None
        if not passive and subj is not None and named is not None and subj.pos_ == "PROPN":
            # "A plays a detective, Ellen Shaw": the name in apposition is the character
            self.character_link(self.person(subj), named, v, film_tok=preps.get("in"))
            return
        if not passive and subj is not None and dobj is not None and not dobj.text[:1].isupper() \
                and subj.pos_ == "PROPN" and v.lemma_.lower() == "play" and self._is_person(subj):
            # "A plays one of the villains": a part in the film in focus ("the lead in X": in X)
            in_tok = preps.get("in") or next((g for c in dobj.children if c.dep_ == "prep" and c.lower_ == "in"
                                              for g in c.children if g.dep_ == "pobj"), None)
            films = self.film(in_tok) if in_tok is not None else []
            for p in self.person(subj):
                self.emit(films[0] if films else self.focus(v), "P161", p, v, "character", 0.7)
            return
        if passive and agent_obj is not None:
            target = subj if subj is not None and subj.dep_ == "nsubjpass" else host
            if target is not None and target.pos_ == "PROPN":
                self.character_link(self.person(agent_obj), target, v)
        elif subj is not None and dobj is not None:
            people = self.person(subj) if subj.lower_ not in ("who",) else self.person(v.head)
            self.character_link(people, dobj, v, film_tok=preps.get("in"))

    def character_link(self, people: list[Mention], char_tok: Token, v: Token, film_tok: Token | None = None):
        if not people or char_tok is None or not char_tok.text[:1].isupper():
            return
        # "plays a former Navy SEAL": a description of the part, not its name; the actor is still cast
        described = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in char_tok.children) \
            or (char_tok.i > 0 and self.doc[char_tok.i - 1].lower_ in ("a", "an"))
        char = None if described else self.m.vote(char_tok, "Character", 3.0)
        if char is None and not described:
            return
        if film_tok is None:
            film_tok = next((g for c in char_tok.children if c.dep_ == "prep" and c.lower_ == "in"
                             for g in c.children if g.dep_ == "pobj" and g.text[:1].isupper()), None)
        films = self.film(film_tok) if film_tok is not None else []
        if not films:
            # "A, who plays X, starred in Title": the part is in the film the relative clause is about
            here = self._relative_clause(v)
            sf = [f for f in self.sentence_films(v) if self._relative_clause(self.doc[f.end - 1]) == here]
            films = sf[:1] if len(sf) == 1 else ([self.focus(v)] if self.focus(v) else [])
        for p in people:
            if char is not None:
                self.emit(char, "P175", p, v, "character", 0.85)
            for f in films:
                self.emit(f, "P161", p, v, "character", 0.8)
        for f in films if char is not None else ():
            self.emit(char, "P1441", f, v, "character", 0.8)

    def _release_year(self, v: Token, film_tok: Token | None, preps: dict) -> None:
        """'Title was released on July 28, 1944' / 'opens in 2025' → release year."""
        if film_tok is None:
            return
        for prep in ("on", "in"):
            obj = preps.get(prep)
            if obj is None:
                continue
            year = next((t.text for t in obj.subtree if YEAR.match(t.text)), None)
            if year is not None:
                for f in self.film(film_tok):
                    # "release" (not "year"): the clause's mood applies ("is expected to open in 2027")
                    self.emit(f, "P577", year, v, "release", 0.8)
                return

    def release_verb(self, v, subj, dobj, agent_obj, passive, host, preps):
        # "Title released on Service", "Title is distributed by Studio", "Studio released Title"
        org_tok = agent_obj if passive else None
        subj = self._antecedent(subj, v)
        if v.lemma_ == "distribute" and not passive and dobj is None and subj is not None and subj.pos_ == "PROPN" \
                and not any(c.dep_ in ("dobj", "prep", "ccomp", "xcomp") for c in v.children) \
                and (self._org_like(subj) or not self._is_person(subj)):
            org = self.m.vote(subj, "Organization", 2.0)  # "Orbit Pictures will distribute.": the film in focus
            if org is not None:
                self.emit(self.focus(v), "P750", org, v, "verb", 0.7)
            return
        for prep in ("on", "via", "through", "by"):
            if org_tok is None and preps.get(prep) is not None:
                org_tok = preps[prep]
                if prep == "on" and org_tok.pos_ == "PROPN" and org_tok.ent_type_ not in ("DATE", "TIME"):
                    self.m.vote(org_tok, "Organization", 1.5)
        film_tok = subj if (passive or v.lemma_ in ("release", "stream") and subj is not None) else None
        if not passive and dobj is not None and subj is not None and (
                self._org_like(subj) or v.lemma_ == "distribute" and subj.pos_ == "PROPN"):
            org_tok, film_tok = subj, dobj  # "Studio released Title", "A, based in X, distributed Title"
        if film_tok is None and v.lemma_ in self.lex.release_verbs:
            film_tok = subj if subj is not None and not self._is_person(subj) else host
        self._release_year(v, film_tok, preps)
        if org_tok is None or not (self._org_like(org_tok) or v.lemma_ == "distribute" and org_tok.text[:1].isupper()
                                   and org_tok.ent_type_ != "PERSON"):
            return
        if film_tok is None:
            film_tok = host
        for f in self.film(film_tok):
            org = self.m.vote(org_tok, "Organization", 2.0)
            self.emit(f, "P750", org, v, "verb", 0.8)
        self._release_year(v, film_tok, preps)

    def _opening_year(self, v: Token) -> str | None:
        """'In 2007(,) she appeared in Title': the year a past credit came out."""
        sent = v.sent
        if v.tag_ != "VBD" or sent.end - sent.start < 4 or self.doc[sent.start].lower_ != "in" \
                or not YEAR.match(self.doc[sent.start + 1].text):
            return None
        return self.doc[sent.start + 1].text

    @staticmethod
    def _antecedent(subj: Token | None, v: Token) -> Token | None:
        """'X is a film that was released in 1944': "that" stands for the noun the clause describes."""
        if subj is not None and subj.lower_ in ("that", "which") and v.dep_ == "relcl":
            return v.head
        return subj

    def _org_like(self, tok: Token) -> bool:
        if not tok.text[:1].isupper():
            return False
        m = self.m.at(tok, create=True)
        if m is None:
            return False
        last = self.doc[m.end - 1].lower_
        return tok.ent_type_ == "ORG" or last in self.lex.org_suffixes or m.votes.get("Organization", 0) >= 1

    # -- crew nouns

    def role_rules(self, noun: Token) -> None:
        lex = self.lex
        key = noun.lemma_.lower() if noun.lemma_.lower() in lex.role_nouns else noun.lower_
        rels = lex.role_nouns[key].split("+")
        if noun.i >= 2 and self.doc[noun.i - 1].text in ("-", "/") and self.doc[noun.i - 2].lower_ in lex.role_nouns:
            # "writer-director A": both crafts
            rels = list(dict.fromkeys(rels + lex.role_nouns[self.doc[noun.i - 2].lower_].split("+")))
        # "director of photography"
        nxt = self.doc[noun.i + 1:noun.i + 3]
        if key == "director" and len(nxt) == 2 and nxt[0].lower_ == "of" and nxt[1].lower_ == "photography":
            rels = ["P344"]
        # Who: the name the noun is a title of ("director A"), or its apposition ("A, the director").
        people_toks = []
        if noun.dep_ == "compound" and noun.head.pos_ == "PROPN":
            people_toks.append(noun.head)
        elif noun.i + 1 < len(self.doc) and self.doc[noun.i + 1].pos_ == "PROPN" and self.doc[noun.i + 1].i != noun.i:
            run_m = self.m.at(noun.i + 1)
            if run_m is not None:
                people_toks.append(self.doc[run_m.end - 1])
        for c in noun.children:
            if c.dep_ == "appos" and c.pos_ == "PROPN":
                people_toks.append(c)
            if c.dep_ == "prep" and c.lower_ == "of" and not people_toks:
                # "The writer of Title, A, died ...": the parser hangs A on the title
                of = next((g for g in c.children if g.dep_ == "pobj" and g.pos_ == "PROPN"), None)
                people_toks += [a for a in (of.children if of is not None else ()) if a.dep_ == "appos"
                                and a.pos_ == "PROPN" and a.i > of.i and self._is_person(a)]
        if not people_toks and noun.dep_ == "nsubj" and noun.head.i > noun.i:
            # "The sequel's producer and the CEO of Orbit, A, recently said": the name set off by commas
            # right before the verb is the subject's, wherever the parser hung it
            k = noun.head.i - 1
            while k > noun.i and self.doc[k].pos_ in ("ADV", "AUX", "PART"):
                k -= 1
            run = name_run(self.doc, k - 1, allow_connectors=False, max_len=4) \
                if self.doc[k].text == "," and k - 1 > noun.i else None
            if run is not None and run[1] == k and self.doc[run[0] - 1].text == ",":
                people_toks.append(self.doc[k - 1])
        if noun.dep_ == "appos" and noun.head.pos_ == "PROPN":
            people_toks.append(noun.head)
        attr = noun
        while attr.dep_ == "conj" and attr.head.lemma_.lower() in lex.role_nouns:
            attr = attr.head  # "A was the producer and director": the conjunct shares A
        if attr.dep_ == "pobj" and attr.head.lower_ == "of" and attr.head.head.lower_ in ("one", "two", "some"):
            attr = attr.head.head  # "A was one of the stars of Title"
        if attr.dep_ == "attr":
            subj = subject_of(attr.head)
            if subj is not None:
                people_toks.append(subj)
        found = []
        if noun.dep_ == "nsubj" and noun.head.lemma_ == "be":
            # "the director was A"
            found = [c for c in noun.head.children if c.dep_ == "attr" and c.pos_ == "PROPN"]
            people_toks += found
        if not found and noun.i + 2 < len(self.doc) and self.doc[noun.i + 1].lower_ in ("is", "was") \
                and noun.text.islower() and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
            run = name_run(self.doc, noun.i + 2, allow_connectors=False, max_len=5)
            if run is not None and run[0] == noun.i + 2:
                people_toks.append(self.doc[run[1] - 1])  # "... and the music composer is A", read from the surface
        k = noun.i - 1
        while k > noun.sent.start and self.doc[k].text[:1].islower() and self.doc[k].lower_ != "as" \
                and self.doc[k].pos_ in ("DET", "NOUN", "ADJ") and noun.i - k < 4:
            k -= 1
        if k > noun.sent.start and self.doc[k].lower_ == "as" and self.doc[k - 1].pos_ == "PROPN" \
                and self.doc[k - 1].head.lemma_ not in ("replace", "succeed"):
            people_toks.append(self.doc[k - 1])  # "... and B as the music composer", read from the surface
        if noun.dep_ == "pobj" and noun.head.lower_ == "as" and noun.head.head.pos_ == "PROPN":
            people_toks.append(noun.head.head)  # "had A as the editor and B as the composer"
        if noun.dep_ == "pobj" and noun.head.lower_ == "as" and noun.head.head.lower_ == "with":
            people_toks += [g for g in noun.head.head.children if g.dep_ == "pobj" and g.pos_ == "PROPN"]
        if noun.dep_ == "pobj" and noun.head.lower_ == "as" and noun.head.head.pos_ in ("VERB", "AUX"):
            # "had A as the cinematographer", "with A as editor", "A served as producer on Title"
            verb = noun.head.head
            if verb.lemma_ in ("replace", "succeed"):  # "A replaced B as director": the role is A's now
                subj = subject_of(verb)
                people_toks += [subj] if subj is not None and subj.pos_ == "PROPN" else []
            else:
                people_toks += [c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "PROPN"]
            if verb.lemma_ in ("serve", "work", "act", "sign", "join", "return", "come", "board", "attach"):
                subj = subject_of(verb)
                if subj is not None and subj.pos_ == "PROPN":
                    people_toks.append(subj)
                elif subj is not None and subj.lower_ in ("he", "she"):
                    for m in self._main_person(noun):
                        people_toks.append(self.doc[m.end - 1])
        people = []
        for t in people_toks:
            people += [p for p in self.person(t, 1.5) if (p.type == "Group" or p.start != noun.i)
                       and not self._headline_only(p)]
        if not people:
            return
        for p in people:
            if p.type != "Group":
                self.roles.setdefault(p.key, rels[0])
        # Which film: "Title director A", "the film's director", "director of Title", the one film
        # of the sentence, or the film in focus when the sentence speaks of "the film".
        films = []
        for c in noun.children:
            if c.dep_ in ("compound", "nmod", "poss") and c.i < noun.i and c.pos_ != "PRON":
                if c.i in self.m.by_token and self.m.by_token[c.i].votes.get("Film", 0) >= 2.5:
                    films += self.film(c)
                elif c.lemma_.lower() in lex.film_anaphors:
                    films += self.film(c)
        left = self.m.by_token.get(noun.i - 1)
        if not films and left is not None and left.votes.get("Film", 0) >= 2.5:
            films.append(left)
        if not films and left is None and noun.i > 0:
            run = name_run(self.doc, noun.i - 1)
            if run is None or run[1] - run[0] < 2:
                run = title_span(self.doc, noun.i - 1, forward=False)  # "Bad Times for Good Men screenwriter A"
                if run is not None and any(t.pos_ in ("AUX", "VERB") or t.ent_type_ in ("NORP", "GPE")
                                           for t in self.doc[run[0]:run[1]]):
                    run = None  # "A is a Japanese actress": no title before the noun
            if run is not None and run[1] == noun.i and run[1] - run[0] >= 2 \
                    and self.doc[run[0]].ent_type_ not in ("PERSON", "GPE", "NORP", "LOC") \
                    and self.doc[run[1] - 1].lower_ not in self.lex.org_suffixes:
                left = self.m.add(*run)
        if not films and left is not None and left.end == noun.i and left.end - left.start >= 2 \
                and left.votes.get("Person", 0) < 1 and self.doc[left.end - 1].lower_ not in self.lex.org_suffixes \
                and self.doc[left.start].ent_type_ not in ("PERSON", "GPE", "NORP", "LOC"):
            left.votes["Film"] += 2.5
            films.append(left)
        if not films:
            of = self._of_film(noun)
            for c in noun.conjuncts:  # "the producer and director of X"
                if of is None and c.lemma_.lower() in lex.role_nouns:
                    of = self._of_film(c)
            if of is not None:
                films.append(of)
        if not films and noun.dep_ == "pobj" and noun.head.lower_ == "as":
            holder = noun.head.head if noun.head.head.pos_ in ("VERB", "AUX") else noun.head.head.head
            s_tok = subject_of(holder) if holder.lemma_ in ("have", "feature", "boast", "include") else None
            if s_tok is not None and s_tok.pos_ == "PROPN" and not self._is_person(s_tok):
                films += self.film(s_tok, 2.5)  # "Title had A as cinematographer"
        anchor = noun.head if noun.dep_ == "compound" else noun
        if not films and anchor.head.lower_ == "from" and anchor.dep_ == "pobj":
            host = anchor.head.head  # "Title, from director A", "Title, a thriller from director A"
            if host.lemma_.lower() in self.lex.film_nouns and host.dep_ == "appos":
                host = host.head
            if host.text[:1].isupper() and host.pos_ == "PROPN":
                films += self.film(host, 2.0)
        conf = 0.8
        if not films and rels == ["P161"]:
            return  # "an actor" describes a person; it does not cast them in the sentence's film
        first = noun
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head  # "an actor, writer and director": the article sits on the first conjunct
        if not films and noun.head.lower_ != "as" and any(c.dep_ == "det" and c.lower_ in ("a", "an")
                                                          for c in [*noun.children, *first.children]):
            return  # "an Iranian film director": a description, not a credit for the film nearby
        sent = noun.sent
        if not films and any(self._original_of_unnamed(m) and self._sequel_of(m) is None
                             for m in self.m.all if sent.start <= m.start < sent.end):
            return  # "a sequel to Title, with director A": A's film is not named
        if not films and any(self._credited_otherwise(t, rels[0]) for t in people_toks):
            return  # "Her husband, director A, edited the film": the verb is A's credit here
        if not films:
            sf = [f for f in self.sentence_films(noun) if not self._in_other_clause(f, noun)]
            if len(sf) == 1:
                films = sf
            elif not sf and any(t.lemma_.lower() in self.lex.film_anaphors and t.text[:1].islower()
                                for t in noun.sent):
                films, conf = [self.focus(noun)], 0.65
            elif not sf:
                films, conf = [SoleFilm(noun)], 0.6  # only if the whole text names one film
        for f in films:
            for p in people:
                for rel in rels:
                    self.emit(f, rel, p, noun, "role", conf)

    def _headline_only(self, m: Mention) -> bool:
        """A name in a Title Case headline that the body never uses ("'Title' Director Talks Sequel")."""
        if not isinstance(m, Mention) or not is_headline(self.doc[m.start].sent):
            return False
        body = [o for o in self.m.all if not is_headline(self.doc[o.start].sent)]
        last = m.key.split()[-1:]
        return bool(body) and not any(o.key.split()[-1:] == last for o in body)

    def noun_relation_rules(self, noun: Token, lemma: str) -> None:
        # "from his own screenplay", "A's score for Title", "the screenplay by A"
        rel = self.lex.noun_relations[lemma]
        people = []
        for c in noun.children:
            if c.dep_ == "poss":
                if c.pos_ == "PRON":
                    people += self._pronoun_person(c)
                else:
                    people += self.person(c, 1.0)
            if c.dep_ == "prep" and c.lower_ == "by":
                people += self.person(next((g for g in c.children if g.dep_ == "pobj"), None))
            if c.dep_ == "prep" and c.lower_ == "from" and noun.i > 0 and self.doc[noun.i - 1].lower_ in ("a", "an"):
                # "features a score from A" (not "adapted from the novel")
                people += self.person(next((g for g in c.children if g.dep_ == "pobj" and g.pos_ == "PROPN"
                                            and g.ent_type_ not in ("ORG", "GPE", "NORP")), None))
        by = noun.i + 1 + (noun.i + 1 < len(self.doc) and self.doc[noun.i + 1].lower_ in ("is", "was"))
        if not people and by + 1 < len(self.doc) and self.doc[by].lower_ == "by" \
                and self.doc[by + 1].text[:1].isupper():
            from .surface import people_list  # "cinematography by A", "Music is by A", however "by" was hung

            people += [m for run in people_list(self.doc, by + 1, limit=4)
                       if (m := self.m.add(*run, "Person", 1.5)) is not None]
        head = noun.head
        verbs = self.lex.noun_relation_verbs
        for c in noun.children:
            if not people and c.dep_ == "relcl" and c.lemma_.lower() in self.lex.verbs \
                    and self.lex.verbs[c.lemma_.lower()] == rel:
                # "from a screenplay he wrote with B": the writer and who they wrote it with
                s = subject_of(c)
                if s is not None and s.lower_ in ("he", "she"):
                    main = subject_of(noun.sent.root)
                    people += self.person(main, 1.0) if main is not None and main.pos_ == "PROPN" else []
                elif s is not None and s.pos_ == "PROPN":
                    people += self.person(s, 1.0)
                if people:
                    people += [p for d in c.children if d.dep_ == "prep" and d.lower_ in ("with", "alongside")
                               for g in d.children if g.dep_ == "pobj" for p in self._named_or_kin(g)]
        if not people and noun.dep_ == "nsubjpass" and head.lemma_.lower() in verbs | {"direct", "edit", "shoot"}:
            # "The cinematography was done by A", "the music was composed by A"
            agent = next((c for c in head.children if c.dep_ == "agent"), None)
            if agent is not None:
                people += self.person(next((g for g in agent.children if g.dep_ == "pobj"), None))
        if not people and noun.dep_ == "dobj" and head.lemma_.lower() in verbs:
            # "A did the cinematography", "A composed the music for Title"
            subj = subject_of(head)
            if subj is not None and (subj.pos_ == "PROPN" or subj.text[:1].isupper() and subj.pos_ == "NOUN"
                                     and self.doc[subj.i + 1].lower_ == "co"):  # "A co-wrote": parsed "A co"
                people += self.person(subj, 1.0)
                for c in [*head.children, *noun.children]:  # "co-wrote the screenplay with her husband, B"
                    if c.dep_ == "prep" and c.lower_ in ("with", "alongside"):
                        partner = next((g for g in c.children if g.dep_ == "pobj"), None)
                        people += self._named_or_kin(partner) if partner is not None else []
        if not people and noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() == "charge":
            # "A was in charge of the editing"
            verb = head.head
            while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
                verb = verb.head
            subj = subject_of(verb)
            if subj is not None and subj.pos_ == "PROPN":
                people += self.person(subj, 1.0)
        if not people:
            return
        films = [f for c in noun.children if c.dep_ == "prep" and c.lower_ in ("for", "of", "on")
                 for f in self.film(next((g for g in c.children if g.dep_ == "pobj"), None))]
        if not films:
            sf = [f for f in self.sentence_films(noun) if not self._in_other_clause(f, noun)]
            films = sf if len(sf) == 1 else [self.focus(noun)]
        for f in films:
            for p in people:
                self.emit(f, rel, p, noun, "role", 0.75)

    @staticmethod
    def _relative_clause(tok: Token) -> int | None:
        """The relative clause a token is in (its verb's index), or None in the main clause."""
        for t in [tok, *tok.ancestors]:
            if t.dep_ == "relcl":
                return t.i
        return None

    def _in_other_clause(self, m: Mention, tok: Token) -> bool:
        """Is the film named inside a relative clause that ``tok`` is not in ("A, who helmed X, wrote the
        script": the script is not X's)?"""
        mine = {a.i for a in tok.ancestors} | {tok.i}
        for a in self.doc[m.end - 1].ancestors:
            if a.dep_ == "relcl" and a.i not in mine:
                return True
        return False

    def _pronoun_person(self, pron: Token) -> list[Mention]:
        # "his own screenplay": the subject of the clause, when it is a named person.
        head = pron.head
        while head.dep_ not in ("ROOT",) and head.pos_ != "VERB" and head.head.i != head.i:
            head = head.head
        subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.pos_ == "PROPN":
            return self.person(subj, 1.0)
        return []

    WORK_NOUNS = frozenset({"film", "feature", "movie", "picture", "directorial", "debut", "venture", "effort",
                            "project", "documentary", "short", "outing", "role", "part", "appearance"})

    def own_work_rules(self, pron: Token) -> None:
        """'His latest film is X', 'her directorial debut X (2010)', 'his first role was in the movie X':
        the profile's subject made X, in the craft the words or the profile name."""
        noun = pron.head
        if noun.lemma_.lower() not in self.WORK_NOUNS and noun.head.i == noun.i + 1:
            noun = noun.head  # "his screen debut", parsed with "his" on "screen"
        lemma = noun.lemma_.lower()
        if lemma not in self.WORK_NOUNS or noun.pos_ not in ("NOUN", "ADJ") or noun.tag_ == "NNS":
            return
        words = {t.lower_ for t in noun.subtree if t.i <= noun.i}
        rel = "P57" if words & {"directorial", "directing"} else \
            "P161" if lemma in ("role", "part", "appearance") or words & {"acting", "screen"} else \
            "P58" if words & {"script", "screenplay", "writing"} else None
        if words & {"producing", "production", "music", "singing"}:
            return
        title = self._named_after(noun)
        if title is None:
            app = next((c for c in noun.children if c.dep_ in ("appos", "compound") and c.i > noun.i
                        and c.text[:1].isupper()), None)
            title = self.m.at(app) if app is not None else None
        slots: list[Token] = []
        if noun.dep_ == "nsubj" and noun.head.lemma_ == "be":
            # "His latest film is the comedy X", "her first role was in the 1979 movie X"
            slots = [c for c in noun.head.children if c.dep_ == "attr"]
            slots += [g for c in noun.head.children if c.dep_ == "prep" and c.lower_ in ("in", "with")
                      for g in c.children if g.dep_ == "pobj"]
        elif noun.head.lemma_ == "make" and lemma == "debut":
            # "made her directorial debut with X", "made his screen debut in X (1999)"
            slots = [g for c in [*noun.children, *noun.head.children] if c.dep_ == "prep"
                     and c.lower_ in ("in", "with") for g in c.children if g.dep_ == "pobj"]
        if title is None and slots:
            for t in slots:
                nxt = self.doc[t.i + 1] if t.i + 1 < len(self.doc) else None
                if t.text[:1].isupper() and t.pos_ == "PROPN":
                    title = self.m.at(t)
                elif self._named_after(t) is not None:
                    title = self._named_after(t)
                elif t.pos_ == "NOUN" and nxt is not None and nxt.text[:1].isupper() and nxt.pos_ == "PROPN" \
                        and nxt.head.i == t.i:
                    title = self.m.at(nxt)  # "the romantic comedy X"
                if title is not None:
                    break
        if title is None and noun.dep_ == "nsubj" and noun.head.lemma_ == "be" and noun.head.i + 2 < len(self.doc):
            # read from the surface: "whose last film was the Sundance hit Paper Moons"
            j = noun.head.i + 1
            nouns = self.lex.naming_nouns
            k = next((k for k in range(j, min(j + 6, len(self.doc) - 1)) if self.doc[k].lemma_.lower() in nouns
                      and self.doc[k + 1].text[:1].isupper()), None)
            run = name_run(self.doc, k + 1) if k is not None else None
            if run is not None and run[0] == k + 1:
                title = self.m.add(*run, "Film", 1.0)
        if title is None or title.votes.get("Person", 0) >= 2:
            return
        if pron.lower_ == "whose":  # "A, whose last film was X"
            relcl = next((t for t in pron.ancestors if t.dep_ == "relcl"), None)
            people = self.person(relcl.head, 1.0) if relcl is not None and relcl.head.pos_ == "PROPN" else []
        else:
            people = self._pronoun_person(pron) or self._main_person(pron)
        for p in people:
            r = rel or self._role_of(p)
            if r in ("P57", "P58", "P161"):
                title.votes["Film"] += 2.0
                self.emit(title, r, p, noun, "possessive", 0.7)

    COLLAB_NOUNS = frozenset({"collaboration", "team-up", "teamup", "pairing", "partnership", "reunion"})

    def collaboration_rules(self, tok: Token) -> None:
        """'This marks their fourth collaboration, following X, Y and Z' / 'they previously collaborated on X
        and Y': each of the pair has the same credit on the earlier films as on this one."""
        from .surface import title_list

        if tok.pos_ == "NOUN" and not any(c.dep_ == "poss" and c.lower_ == "their" for c in tok.children):
            return
        if tok.pos_ == "VERB" and not any(c.dep_ == "nsubj" and c.lower_ in ("they", "pair", "duo", "two")
                                          for c in tok.children):
            return
        doc, sent = self.doc, tok.sent
        j = next((k + 1 for k in range(tok.i + 1, min(sent.end - 1, tok.i + 8))
                  if doc[k].lower_ in ("following", "after", "on", "including", "like", "with")), None)
        if j is None:
            return
        while j < sent.end and doc[j].text in ("'", "‘", "“", '"', ":"):
            j += 1
        if j >= sent.end or not doc[j].text[:1].isupper():
            return
        films = []
        for start, end, year in title_list(doc, j):
            f = self.m.add(start, end, "Film", 2.0)
            if f is not None:
                f.year = f.year or year
                films.append(f)
        lo = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        pair = [m for m in self.m.all if lo <= m.start < tok.i and self._role_of(m) in ("P57", "P58", "P162", "P86",
                                                                                          "P344", "P1040")]
        pair = list({m.key: m for m in pair}.values())
        if len(pair) < 2 or len(films) > 8:
            return
        for f in films:
            for p in pair:
                self.emit(f, self._role_of(p), p, tok, "collaboration", 0.6)

    def return_rules(self, v: Token) -> None:
        """'A and B are both set to return (for the sequel)': back in the film in focus, in the craft
        the text gave them (the cast unless said otherwise)."""
        if any(c.dep_ in ("xcomp", "ccomp", "advcl") or c.dep_ == "prep" and c.lower_ == "as"
               or c.dep_ == "dobj" and not (v.lemma_ == "reprise" and c.lemma_.lower() in ("role", "part"))
               for c in v.children):
            return  # "return to direct", "return as Character": other rules read those
        film = None
        for c in v.children:
            if c.dep_ == "prep":
                pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                if c.lower_ not in ("to", "for", "in") or pobj is None:
                    return
                if pobj.lemma_.lower() in self.lex.film_anaphors | self.lex.series_nouns | {"role", "fold", "cast"} \
                        or pobj.lemma_.lower() in self.lex.film_nouns and pobj.text.islower():
                    continue  # "return for the third installment"
                named = self.m.at(pobj, create=False)
                if named is not None and named.votes.get("Film", 0) >= 2.5:
                    film = named
                    continue
                if named is None and c.lower_ == "for" and pobj.pos_ == "PROPN" and not pobj.ent_type_:
                    film = self.m.vote(pobj, "Film", 2.0)  # "returned for Title"
                    if film is not None:
                        continue
                return  # "returned to Toronto"
        subj = subject_of(v)
        if subj is not None and subj.pos_ == "NOUN" and subj.lemma_.lower() in ("star", "actor", "actress", "lead"):
            subj = next((c for c in subj.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)  # "Stars A and B"
        if subj is None or subj.pos_ != "PROPN" or self.sentence_films(v) and film is None:
            return
        target = film if film is not None else self.focus(v)
        people = self.person(subj, 1.0)
        people += [p for c in subj.head.children if subj.dep_ == "appos" and c.dep_ == "conj" and c.pos_ == "PROPN"
                   for p in self.person(c, 1.0)]
        for p in people:
            rel = self._role_of(p) or "P161"
            self.emit(target, rel, p, v, "verb", 0.6)

    def replace_rules(self, v: Token) -> None:
        """'A replaced B in Title' / 'B was replaced by A in Title': A is in the film, in B's part
        ("as director": in that craft)."""
        preps = {c.lower_: next((g for g in c.children if g.dep_ == "pobj"), None) for c in v.children
                 if c.dep_ in ("prep", "agent")}
        film_tok = preps.get("in")
        if film_tok is None and preps.get("by") is not None:  # "was replaced by A in Title"
            film_tok = next((g for c in preps["by"].children if c.dep_ == "prep" and c.lower_ == "in"
                             for g in c.children if g.dep_ == "pobj"), None)
        if film_tok is None or not film_tok.text[:1].isupper() or film_tok.ent_type_ in ("DATE", "GPE", "LOC"):
            return
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in v.children)
        newcomer = preps.get("by") if passive else subject_of(v)
        if newcomer is None or newcomer.pos_ != "PROPN":
            return
        rel = "P161"
        as_tok = preps.get("as")
        if as_tok is not None:
            rel = self.lex.role_nouns.get(as_tok.lemma_.lower(), "").split("+")[0]
        if rel not in ("P161", "P57", "P58", "P162", "P86", "P344", "P1040"):
            return
        for f in self.film(film_tok, anaphora=False):
            for p in self.person(newcomer, 1.0):
                self.emit(f, rel, p, v, "verb", 0.7)

    def was_in_rules(self, v: Token) -> None:
        """'A was in Title' where Title is plainly a film ("..., a 98 minute film"): A is in its cast."""
        subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
        pobj = next((g for c in v.children if c.dep_ == "prep" and c.lower_ == "in" and c.i == v.i + 1
                     for g in c.children if g.dep_ == "pobj"), None)
        if subj is None or pobj is None or subj.pos_ != "PROPN" or not pobj.text[:1].isupper():
            return
        film = self.m.at(pobj, create=False)
        person = self.m.at(subj, create=False)
        if film is None or person is None or film.votes.get("Film", 0) < 2.5 or film.votes.get("Person", 0) >= 1 \
                or self.doc[person.start].ent_type_ not in ("PERSON", ""):
            return
        self.emit(film, "P161", self.m.vote(subj, "Person", 1.0), v, "verb", 0.7)

    def _role_of(self, p: Mention) -> str | None:
        """The craft the text gave a person ("X is a film director"), also under a short name."""
        if p.key in self.roles:
            return self.roles[p.key]
        role = next((r for k, r in self.roles.items() if p.key and p.key in k.split()), None)
        if role is None:  # else the credit the text has given them so far, directing first
            keys = {k for k in (p.key,) if k} | {o.key for o in self.m.all if p.key and p.key in o.key.split()}
            seen = [r.relation for r in self.raw if getattr(r.object, "key", None) in keys
                    and r.relation in ("P57", "P58", "P161")]
            role = next((r for r in ("P57", "P161", "P58") if r in seen), None)
        return role

    def debut_rules(self, v: Token) -> None:
        """'A debuted with X (2002)': A's first film, in the craft the profile names."""
        film_tok = next((g for c in v.children if c.dep_ == "prep" and c.lower_ in ("with", "in")
                         for g in c.children if g.dep_ == "pobj" and g.text[:1].isupper()), None)
        subj = subject_of(v)
        if film_tok is None or subj is None:
            return
        people = self._subject_people(subj, v)
        for p in people:
            rel = self._role_of(p)
            if rel in ("P57", "P58", "P161"):
                for f in self.film(film_tok, 1.0, anaphora=False):
                    self.emit(f, rel, p, v, "verb", 0.7)

    # -- filmographies, sequels, series

    def filmography_rules(self) -> None:
        by_owner: dict[int, list[Mention]] = {}
        for m in self.m.all:
            if m.in_parens_of is not None:
                by_owner.setdefault(m.in_parens_of, []).append(m)
        for owner_i, films in by_owner.items():
            owner = self.m.at(owner_i, create=False)
            if owner is None or owner.votes.get("Film", 0) > owner.votes.get("Person", 0):
                continue
            owner.votes["Person"] += 1.0
            rel = self.roles.get(owner.key) or self._role_before(owner) or self._role_of(owner) or "P161"
            for f in films:
                self.emit(f, rel, owner, self.doc[owner_i], "filmography", 0.75)

    def _role_before(self, m: Mention) -> str | None:
        lex = self.lex
        for k in range(m.start - 1, max(m.start - 4, -1), -1):
            t = self.doc[k]
            key = t.lemma_.lower() if t.lemma_.lower() in lex.role_nouns else t.lower_
            if key in lex.role_nouns:
                return lex.role_nouns[key].split("+")[0]
        for k in range(m.start, m.end):
            t = self.doc[k]
            if t.lower_ in lex.role_nouns:
                return lex.role_nouns[t.lower_].split("+")[0]
        return None

    def sequel_rules(self, noun: Token, lemma: str) -> None:
        # "the sequel to Title", "Title sequel", "the sequel, Title 2"
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
        if noun.dep_ == "appos" and noun.head.text[:1].isupper():
            named = named or self.m.vote(noun.head, "Film", 1.5)
        if named is None and noun.dep_ == "attr" and noun.head.lemma_ == "be" and original is not None:
            subj = subject_of(noun.head)
            if subj is not None and subj.lower_ in ("which", "that") and noun.head.dep_ == "relcl":
                k = subj.i - 1  # "X (2016), which is a sequel to Y": the film before the relative pronoun
                while k > noun.sent.start and self.doc[k].text in (",", ")"):
                    if self.doc[k].text == ")":
                        while k > noun.sent.start and self.doc[k].text != "(":
                            k -= 1
                    k -= 1
                cand = self.m.by_token.get(k)
                named = cand if cand is not None and cand.votes.get("Film", 0) >= 2.0 else None
            elif subj is not None and subj.pos_ == "PROPN":
                named = next(iter(self.film(subj, 1.0, anaphora=False)), None)  # "X is a sequel to Y"
        if original is None and named is not None:
            others = [f for f in self.sentence_films(noun) if f is not named and f.key != named.key]
            original = others[0] if len(others) == 1 else None
        if original is None or named is None or original is named:
            return
        if lemma == "prequel":
            self.emit(original, "P155", named, noun, "sequel", 0.8)
        else:
            self.emit(named, "P155", original, noun, "sequel", 0.8)

    def numbered_sequels(self) -> None:
        from .mentions import norm_key, sequel_base

        films = {m.key: m for m in self.m.all if m.votes.get("Film", 0) >= 2.0}
        for m in list(films.values()):
            sb = sequel_base(m)
            if not sb:
                continue
            base, n = sb
            prev_key = norm_key(base) if n == 2 else norm_key(f"{base} {n - 1}")
            prev = films.get(prev_key)
            if prev is None and n == 2:
                prev = next((o for o in self.m.all if o.key == prev_key), None) or self._find_text(base, m)
            if prev is not None:
                prev.votes["Film"] += 1.0
                self.emit(m, "P155", prev, self.doc[m.start], "sequel", 0.8)

    def _find_text(self, text: str, other_than: Mention) -> Mention | None:
        """A mention for the first place the document names ``text`` as a whole (e.g. the original of
        "Title 2", which NER may have cut short)."""
        words = text.split()
        n = len(words)
        for tok in tokens_among(self.doc, (words[0].lower(),)):
            if tok.text == words[0] and self.doc[tok.i:tok.i + n].text == text:
                end = tok.i + n
                if other_than.start <= tok.i < other_than.end or (end < len(self.doc) and self.doc[end].like_num):
                    continue
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
            return
        run = self.m.at(names[-1])
        if run is None:
            return
        run.votes["Series"] += 3.0
        self._series_members(run, noun)
        host = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ in ("in", "of", "from") else None
        if host is not None and (host.lemma_.lower() in ENTRY_NOUNS or host.lemma_.lower() in self.lex.film_nouns):
            # "X is the third installment in the Y franchise", "X, the latest entry in the Y series"
            for f in self._described_film(host):
                if f is not run and f.key != run.key:
                    self.emit(f, "P179", run, noun, "series", 0.8)

    def _described_film(self, noun: Token) -> list[Mention]:
        """The film a descriptive noun phrase is about: 'X is the ...', 'X, the ...', 'the ..., X,'."""
        named = [c for c in noun.children if c.dep_ == "appos" and c.text[:1].isupper()]
        if named:
            return self.film(named[0], 1.5, anaphora=False)
        if noun.dep_ == "appos" and noun.head.text[:1].isupper():
            return self.film(noun.head, 1.5, anaphora=False)
        if noun.dep_ == "attr" and noun.head.lemma_ == "be" or noun.dep_ == "dobj" and noun.head.lemma_ == "mark":
            subj = subject_of(noun.head)
            if subj is not None:
                return self.film(subj, 1.5)
        if noun.dep_ == "nsubj" and noun.head.lemma_ == "be":
            attr = next((c for c in noun.head.children if c.dep_ == "attr" and c.text[:1].isupper()), None)
            if attr is not None:
                return self.film(attr, 1.5, anaphora=False)
        return []

    def maker_from_rules(self, noun: Token) -> None:
        """'Title, a western from A', 'the new thriller from A': a film from a person is one they directed."""
        src = next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "from" for g in c.children
                    if g.dep_ == "pobj" and g.pos_ == "PROPN"), None)
        if src is None:
            return
        m = self.m.at(src)
        named_like_person = m is not None and 2 <= m.end - m.start <= 3 and all(
            t.pos_ == "PROPN" and t.is_title for t in self.doc[m.start:m.end]) \
            and self.doc[m.end - 1].lower_.rstrip(".") not in self.lex.org_suffixes | {"bros", "inc", "llc", "ltd"}
        if not (src.ent_type_ == "PERSON" or self._is_person(src) or named_like_person) \
                or m is not None and m.votes.get("Organization", 0) > m.ner.get("Organization", 0):
            return  # "a thriller from Netflix": a company's film, not its director's
        films = self._described_film(noun)
        if not films and any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in noun.children):
            films = [self.focus(noun)]  # "the new thriller from A"
        for f in films:
            for p in self.person(src, 1.5):
                rel = self.roles.get(p.key, "P57")
                self.emit(f, rel if rel in ("P57", "P58", "P162") else "P57", p, noun, "role", 0.7)

    def coproduction_rules(self, noun: Token) -> None:
        """'The film is a co-production between A and B', 'a Studio A production' → production companies."""
        orgs = [g for c in noun.children if c.dep_ == "prep" and c.lower_ in ("between", "of", "from", "by")
                for g in c.children if g.dep_ == "pobj" and g.pos_ == "PROPN"]
        if noun.lower_ == "production" and not orgs:
            orgs = [c for c in noun.children if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN"
                    and c.ent_type_ == "ORG" and c.i == noun.i - 1 and noun.dep_ == "attr"]  # "is a Neon production"
        if not orgs or not any(t.lower_ in ("a", "an") for t in self.doc[max(0, noun.i - 4):noun.i]):
            return  # "a (co-)production of A": not "the production of the film was troubled by A"
        films = self._described_film(noun)
        if not films and noun.dep_ == "attr":
            return
        for f in films:
            for o in orgs:
                for t in [o, *o.conjuncts]:
                    org = self.m.vote(t, "Organization", 2.5)
                    if org is not None:
                        self.emit(f, "P272", org, noun, "company", 0.75)

    def debut_noun_rules(self, noun: Token) -> None:
        """'X is A's directorial debut', 'X marks the directorial debut of A' → A directed X."""
        kinds = {c.lower_ for c in noun.children if c.dep_ in ("amod", "compound")}
        rel = "P57" if kinds & {"directorial", "directing", "direction"} else \
            "P58" if kinds & {"screenwriting", "writing"} else "P161" if kinds & {"acting", "screen"} else None
        if rel is None:
            return
        owner = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None) or next(
            (g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
             if g.dep_ == "pobj" and g.pos_ == "PROPN"), None)
        if owner is None:
            return
        for f in self._described_film(noun):
            for p in self.person(owner, 1.5):
                self.emit(f, rel, p, noun, "role", 0.8)

    def _series_members(self, series: Mention, trigger: Token) -> None:

        base = series.key
        for m in self.m.all:
            if m is series:
                continue
            k = m.key
            if m.votes.get("Film", 0) >= 2.0 and (k.startswith(base + " ") or k == base):
                self.emit(m, "P179", series, trigger, "series", 0.75)

    def kin_rules(self, noun: Token, lemma: str) -> None:
        rel = "P3373" if lemma in self.lex.kin_sibling else "P26"
        if noun.dep_ in ("dobj", "attr", "pobj") and (noun.head.lemma_ in ("play", "portray", "voice")
                                                      or noun.head.lower_ == "as"):
            return  # "B played her brother, Sam": a part in the film, not B's family
        if rel == "P3373" and noun.tag_ == "NNS" and noun.dep_ == "appos" and noun.head.pos_ == "PROPN" \
                and noun.head.conjuncts:
            # "A and B, the brothers behind Title"
            group = self.person(noun.head, 1.0)
            for a in range(len(group)):
                for b in range(a + 1, len(group)):
                    self.emit(group[a], "P3373", group[b], noun, "kin", 0.8)
            return
        of = next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                   for g in c.children if g.dep_ == "pobj" and g.pos_ == "PROPN"), None)
        attr = noun
        for _ in range(4):  # "A is the daughter of B and the sister of C": "sister" hangs off B
            if attr.dep_ not in ("conj", "pobj", "prep") or attr.head.i == attr.i:
                break
            attr = attr.head
        if attr.dep_ == "attr" and attr.head.lemma_ == "be" and of is not None:
            subj = subject_of(attr.head)  # "A is the sister of B"
            if subj is not None and subj.pos_ == "PROPN":
                for a in self.person(subj, 1.0):
                    for b in self.person(of, 1.5):
                        self.emit(a, rel, b, noun, "kin", 0.85)
            return
        # "his brother Rafe", "her husband, A"
        if noun.i + 1 < len(self.doc) and self.doc[noun.i + 1].text == "(":
            return  # "her partner (Jon Hale)": a part and the actor who plays it
        if lemma == "partner" and (noun.head.lower_ in ("with", "alongside") and noun.head.head.lemma_.lower()
                                   in self.lex.verbs or any(c.lower_ in ("producing", "business", "writing")
                                                            for c in noun.children)):
            return  # "produced it with his longtime partner, B": a partner in the work
        named = [c for c in noun.children if c.dep_ in ("appos", "compound") and c.pos_ == "PROPN" and c.i > noun.i
                 and c.left_edge.i - noun.i <= 3]  # "his brother (,) Rafe", not a title hung on it further on
        named += [g for c in noun.children if c.dep_ == "appos" and c.pos_ == "NOUN" and not named
                  for g in c.children if g.dep_ in ("appos", "compound") and g.pos_ == "PROPN" and g.i > c.i]
        named = [t for t in named if (self.m.by_token.get(t.i) is None
                                      or self.m.by_token[t.i].votes.get("Film", 0) < 2.5)]
        if not named and noun.dep_ == "compound" and noun.head.pos_ == "PROPN" and noun.head.i > noun.i:
            named = [noun.head]
        if not named and noun.i + 1 < len(self.doc) and self.doc[noun.i + 1].pos_ == "PROPN":
            named = [self.doc[noun.i + 1]]
        poss = next((c for c in noun.children if c.dep_ == "poss"), None)
        anchor: list[Mention] = []
        k = noun.i - 1
        while k > 0 and self.doc[k].pos_ == "ADJ" and noun.i - k <= 2:
            k -= 1
        if poss is not None and poss.pos_ != "PRON" and k > 0 and self.doc[k].text in ("'s", "’s") \
                and self.doc[k - 1].pos_ == "PROPN":
            owner = self.m.vote(self.doc[k - 1], "Person", 1.0)  # "A and B's sister": B's, whatever the parse
            anchor = [owner] if owner is not None else []
        elif poss is not None and poss.pos_ != "PRON":
            anchor = self.person(poss, 1.0)
        elif poss is not None:
            anchor = self._anchor_person(noun) or self._main_person(noun)
        if not named or not anchor:
            return
        for t in named:
            other = self.m.vote(t, "Person", 2.0)
            if other is None:
                continue
            a = anchor[0]
            if len(other.text.split()) == 1 and len(a.text.split()) >= 2 and rel == "P3373":
                other.full = f"{other.text} {a.text.split()[-1]}"  # type: ignore[attr-defined]
            self.emit(a, rel, other, noun, "kin", 0.85)

    def _main_person(self, tok: Token) -> list[Mention]:
        """Who "he"/"she" opening a sentence most likely is: the person named most often so far
        (the subject of a profile), the most recent one on a tie."""
        for t in tok.sent:  # "A had a role in X, and he is now starring in Y": the clause before
            if t.i >= tok.i:
                break
            if t.dep_ == "nsubj" and t.pos_ == "PROPN" and self._is_person(t):
                m = self.m.at(t, create=False)
                if m is not None:
                    return [m]
        counts: dict[str, int] = {}
        last: dict[str, Mention] = {}
        for m in sorted(self.m.all, key=lambda m: m.start):
            if m.start >= tok.i:
                break
            if m.votes.get("Person", 0) >= 1 and m.votes.get("Person", 0) >= m.votes.get("Film", 0):
                key = m.key.split()[-1] if m.key else m.key
                counts[key] = counts.get(key, 0) + 1
                last[key] = m
        if not counts:
            return []
        first_subject = next((m for m in sorted(self.m.all, key=lambda m: m.start)
                              if self.doc[m.end - 1].dep_ in ("nsubj", "nsubjpass")
                              and m.votes.get("Person", 0) >= 1 and m.votes.get("Person", 0) >= m.votes.get("Film", 0)),
                             None)
        if first_subject is not None:
            key = first_subject.key.split()[-1]
            if key in counts:
                counts[key] += 3  # a profile's subject: who "he"/"she" usually is
        order = {k: last[k].start for k in last}
        best = max(counts, key=lambda k: (counts[k], order[k]))
        m = last[best]
        m.votes["Person"] += 0.5
        return [m]

    def _subject_people(self, subj: Token | None, at: Token) -> list[Mention]:
        """Who a clause's subject is: a named person, or for "he"/"she" the person the text is about."""
        if subj is None:
            return []
        if subj.lower_ in ("he", "she"):
            return self._main_person(at)
        return self.person(subj, 1.0) if subj.pos_ == "PROPN" else []

    def _named_or_kin(self, tok: Token) -> list[Mention]:
        """A person token, or "his brother Rafe" → Rafe, "his wife, actress B" → B."""
        if tok.pos_ == "PROPN":
            return self.person(tok, 1.0)
        named = [c for c in tok.children if c.dep_ in ("appos", "compound") and c.pos_ == "PROPN"]
        for c in tok.children:
            if c.dep_ == "appos" and c.pos_ == "NOUN":  # "his wife, actress B"
                named += [g for g in c.children if g.dep_ in ("appos", "compound") and g.pos_ == "PROPN"]
        if not named and tok.i + 1 < len(self.doc) and self.doc[tok.i + 1].pos_ == "PROPN":
            named = [self.doc[tok.i + 1]]
        return [m for t in named for m in self.person(t, 1.0)]

    def _anchor_person(self, noun: Token, before_sentence: bool = False) -> list[Mention]:
        # The person "his"/"her" refers to: the nearest named person before it in the sentence
        # (or, for a subject pronoun, the last one named before the sentence).
        sent = noun.sent
        if not before_sentence:
            verb = noun
            while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
                verb = verb.head
            subj = subject_of(verb) if verb.pos_ in ("VERB", "AUX") else None
            if subj is not None and subj.pos_ == "PROPN" and subj.i < noun.i and self._is_person(subj):
                m = self.m.at(subj, create=False)
                if m is not None:
                    return [m]  # "A made Title with his brother B": the clause's subject
            if subj is not None and subj.lower_ in ("he", "she") and subj.i < noun.i:
                main = self._main_person(noun)  # "He is survived by his wife, B": the person "he" is
                if main:
                    return main
        lo = 0 if before_sentence else sent.start
        best = None
        for m in sorted(self.m.all, key=lambda m: m.start):
            if lo <= m.start < noun.i and (m.votes.get("Person", 0) >= 1 or
                                          self.doc[m.start].ent_type_ == "PERSON") and m.in_parens_of is None:
                if before_sentence and m.votes.get("Film", 0) > m.votes.get("Person", 0):
                    continue
                if m.votes.get("Character", 0) > m.votes.get("Person", 0):
                    continue  # "A, who plays X, ... her husband": X is a part, not whose husband
                best = m
        if best is None:
            return []
        best.votes["Person"] += 1.0
        return [best]

    def part_rules(self, noun: Token) -> None:
        """'A had a role in Title', 'A's part in Title', 'a cameo in Title' → cast member."""
        doc = self.doc
        char = next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "as"
                     for g in c.children if g.dep_ == "pobj" and g.text[:1].isupper()), None)
        if char is not None and noun.lemma_.lower() in ("role", "part"):
            # "known for his role as X on Title": the part and the show
            film_tok = next((g for t in (noun, char) for c in t.children if c.dep_ == "prep"
                             and c.lower_ in ("on", "in") for g in c.children if g.dep_ == "pobj"
                             and g.text[:1].isupper()), None)
            poss = next((c for c in noun.children if c.dep_ == "poss"), None)
            people = self.person(poss, 1.0) if poss is not None and poss.pos_ == "PROPN" else \
                self._main_person(noun) if poss is not None else []
            if film_tok is not None and people:
                self.character_link(people, char, noun, film_tok=film_tok)
                return
        if noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.head.i >= 3 and noun.lemma_.lower() in (
                "role", "part", "cameo") and doc[noun.head.i - 1].pos_ == "PROPN":
            run = name_run(doc, noun.head.i - 1, allow_connectors=False, max_len=4)
            runs = [run] if run is not None and run[1] == noun.head.i else []
            while runs and runs[-1][0] > 1 and doc[runs[-1][0] - 1].lower_ in ("and", ","):
                prev = name_run(doc, runs[-1][0] - 2, allow_connectors=False, max_len=4)  # "with A and B in ..."
                if prev is None or prev[1] != runs[-1][0] - 1:
                    break
                runs.append(prev)
            if runs and runs[-1][0] > 0 and doc[runs[-1][0] - 1].lower_ == "with":
                # "Title stars A, with B in a supporting role": read from the surface
                film = self.sentence_film_or_focus(noun)
                for r in runs:
                    self.emit(film, "P161", self.m.add(*r, "Person", 1.5), noun, "verb", 0.75)
                return
        if noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.head.head.pos_ == "PROPN" \
                and self._is_person(noun.head.head) and noun.lemma_.lower() in ("role", "part"):
            # "... remade as Title with A in the title role": the film of the sentence
            sf = self.sentence_films(noun)
            film = sf[-1] if sf else self.focus(noun)
            for p in self.person(noun.head.head, 1.0):
                self.emit(film, "P161", p, noun, "verb", 0.7)
            return
        film_tok = next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "in"
                         for g in c.children if g.dep_ == "pobj"), None)
        examples: list[Mention] = []
        if film_tok is None and noun.i + 2 < len(self.doc) and self.doc[noun.i + 1].lower_ == "in":
            # "roles in (several feature) films(,) including X and Y"
            k = next((k for k in range(noun.i + 2, min(noun.i + 6, len(self.doc)))
                      if self.doc[k].tag_ == "NNS"), None)
            examples = self._example_titles(self.doc[k]) if k is not None else []
            if examples:
                film_tok = self.doc[k]
        elif film_tok is not None:
            examples = self._example_titles(film_tok)
        if film_tok is None and noun.i + 2 < len(self.doc) and self.doc[noun.i + 1].lower_ == "in" \
                and self.doc[noun.i + 2].text[:1].isupper():
            known = self.m.by_token.get(noun.i + 2)  # the parser hung "in Title" elsewhere
            run = (known.start, known.end) if known is not None else name_run(self.doc, noun.i + 2)
            film_tok = self.doc[run[1] - 1] if run else None
        anaphor = film_tok is not None and film_tok.lemma_.lower() in ("film", "movie") and film_tok.text.islower() \
            and any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in film_tok.children)
        if film_tok is None or not (film_tok.text[:1].isupper() or anaphor or examples
                                    or self._named_after(film_tok) is not None):
            return
        people: list[Mention] = []
        poss = next((c for c in noun.children if c.dep_ == "poss"), None)
        if poss is not None and poss.pos_ == "PROPN":
            people = self.person(poss, 1.0)
        elif poss is not None and poss.lower_ in ("his", "her"):
            clause_subj = subject_of(noun.sent.root)
            if clause_subj is not None and clause_subj.pos_ == "PROPN" and not clause_subj.i > noun.i:
                people = self.person(clause_subj, 1.0)
            else:
                people = self._recent_person(noun)
        elif noun.dep_ == "pobj" and noun.head.lower_ == "to" and noun.head.head.lemma_ in ("go", "move", "graduate"):
            subj = subject_of(noun.head.head)  # "He then went on to leading roles in X and Y"
            people = self._subject_people(subj, noun)
        elif noun.dep_ in ("dobj", "attr") and noun.head.lemma_ in ("have", "land", "play", "get", "take", "win",
                                                                     "hold"):
            subj = subject_of(noun.head)
            if subj is not None and subj.pos_ == "NOUN":  # "The late musician and actor A (1947–2016) held ..."
                subj = next((c for c in [*subj.children, *noun.head.children] if c.pos_ == "PROPN"
                             and (c.dep_ in ("appos", "conj") or c.dep_ == "nsubj" and c.head.i == noun.head.i)),
                            subj)
            people = self._subject_people(subj, noun)
        films = examples or self.film(film_tok, anaphora=anaphor)  # "had a main role in the film": the film in focus
        for c in film_tok.conjuncts:  # "... in the 2004 film, X and 2006 film Y"
            named = self._named_after(c)
            films += [named] if named is not None and named not in films else []
        for f in films:
            for p in people:
                self.emit(f, "P161", p, noun, "verb", 0.8)

    ROLE_WORDS = frozenset({"role", "roles", "character", "characters", "part", "parts", "playing", "played",
                            "portraying", "portrayed"})
    ITEM_OPENERS = frozenset({",", "and", "including", "as", "playing", "played", "portraying", "portrayed", ":",
                              "include", "includes", "included"})

    def role_list_rules(self) -> None:
        """'roles including A in X, B in Y and nurse C in Z': each character in its title, played by the
        sentence's subject."""
        doc = self.doc
        low = lowers(doc)
        for sent in doc.sents:
            cue = next((k for k in range(sent.start, sent.end) if low[k] in self.ROLE_WORDS), None)
            if cue is None:
                continue
            items = []
            for k in range(cue + 1, sent.end - 1):
                if low[k] != "in" or not doc[k - 1].text[:1].isupper() or not doc[k + 1].text[:1].isupper():
                    continue
                run = name_run(doc, k - 1, max_len=4)
                if run is None or run[1] != k:
                    continue
                if run[0] - 2 > cue and doc[run[0] - 1].text == "-" and doc[run[0] - 2].text[:1].isupper():
                    run = (run[0] - 2, run[1])  # "Anne-Marie in X"
                j = run[0] - 1
                while j > cue and doc[j].text.islower() and doc[j].pos_ in ("NOUN", "ADJ") and run[0] - j <= 2:
                    j -= 1  # "nurse Sarah in X"
                if j < cue or low[j] not in self.ITEM_OPENERS and not (j == cue and low[j] in self.ROLE_WORDS) \
                        and not (low[j] == "as" and low[j - 1] == "such"):
                    continue
                title = self._list_title(k + 1, sent.end)
                if title is not None:
                    items.append((run, title))
            if len(items) < 1:
                continue
            subj = subject_of(sent.root)
            people = self._subject_people(subj, doc[cue]) if subj is not None else []
            if not people or any(p.votes.get("Film", 0) >= 2.5 for p in people):
                continue
            for (cs, ce), (ts, te) in items:
                for k in (cs, ts):
                    over = self.m.by_token.get(k)
                    if over is not None and over.start < te and over.end > ce and over.start < ce:
                        self.m._drop(over)  # NER's "Bo in Copper Street": a part and a title
                char = self.m.add(cs, ce, "Character", 2.5)
                film = self.m.add(ts, te, "Film", 2.0)
                if char is None or film is None or char is film:
                    continue
                for p in people:
                    self.emit(char, "P175", p, doc[cue], "character", 0.75)
                    self.emit(film, "P161", p, doc[cue], "character", 0.75)
                self.emit(char, "P1441", film, doc[cue], "character", 0.75)

    BANNER_NOUNS = frozenset({"company", "banner", "shingle", "outfit", "label"})

    def banner_rules(self) -> None:
        """'produced by A through their company B', 'producing under her Foo Films banner' → production company."""
        doc = self.doc
        for tok in tokens_among(doc, ("through", "under", "via")):
            if not any(t.lemma_.lower() in ("produce", "producer", "co-produce") for t in tok.sent):
                continue
            j = tok.i + 1
            while j < tok.sent.end and doc[j].text.islower() and doc[j].lower_ not in self.BANNER_NOUNS \
                    and j - tok.i <= 3:
                j += 1  # "through their (production)"
            noun_first = j < tok.sent.end and doc[j].lower_ in self.BANNER_NOUNS
            k = j + 1 if noun_first else j
            if k < tok.sent.end and doc[k].text == ",":
                k += 1
            run = name_run(doc, k, max_len=5) if k < tok.sent.end else None
            if run is None or run[0] != k:
                continue
            if not noun_first and not (run[1] < tok.sent.end and doc[run[1]].lower_ in self.BANNER_NOUNS):
                continue  # "through A, B": a company only when the text calls it one
            org = self.m.add(*run, "Organization", 3.0)
            film = self.sentence_film_or_focus(tok)
            if org is not None:
                self.emit(film, "P272", org, tok, "company", 0.75)

    def paren_actor_rules(self) -> None:
        """'follows a submarine captain (Ames) who ...': a review names the actor of a part in brackets."""
        from .surface import PERSON_NOUNS

        doc = self.doc
        for tok in tokens_among(doc, ("(",)):
            i = tok.i
            if i == 0 or i + 2 >= len(doc) or not doc[i - 1].text.islower() or doc[i - 1].pos_ != "NOUN":
                continue
            close = next((k for k in range(i + 1, min(i + 6, len(doc))) if doc[k].text == ")"), None)
            first = i + 1
            while close is not None and first < close - 1 and doc[first].text.islower() \
                    and doc[first].lower_ in PERSON_NOUNS:
                first += 1  # "a teenage girl (newcomer Mina Cho)"
            run = name_run(doc, first, allow_connectors=False, max_len=3) if close is not None else None
            if run is None or run != (first, close):
                continue
            m = self.m.at(first)
            if m is None or not (self._is_person(doc[first]) or first > i + 1
                                 or " " not in m.key and self._surname_of_someone(m.key)):
                continue
            film = self.sentence_film_or_focus(tok)
            self.emit(film, "P161", m, tok, "verb", 0.7)

    def _list_title(self, i: int, end: int) -> tuple[int, int] | None:
        """A title in a list, from token i: up to the next comma, "and" + capital, "(" or "for the"."""
        doc = self.doc
        known = self.m.by_token.get(i)
        run = (known.start, known.end) if known is not None and known.start == i else title_span(doc, i, stop=end)
        if run is None or run[0] != i:
            return None
        e = run[1]
        for k in range(i + 1, run[1]):
            if doc[k].lower_ in ("for", "on", "with", "at", "by", "from") and k + 1 < run[1] \
                    and doc[k + 1].lower_ == "the":
                e = k  # "X for the BBC"
                break
            if doc[k].lower_ in ("and", ",") and any(doc[x].lower_ == "in" and doc[x - 1].text[:1].isupper()
                                                     for x in range(k + 2, min(k + 6, run[1]))):
                e = k  # "X and B in Y": the next item of the list
                break
        return i, e

    def director_seat_rules(self, noun: Token) -> None:
        """'A is back behind the camera for Title', 'with A in the director's chair' → director."""
        doc = self.doc
        if noun.lemma_.lower() == "camera":
            if not (noun.i >= 2 and doc[noun.i - 1].lower_ == "the" and doc[noun.i - 2].lower_ == "behind"):
                return
        elif not any(c.dep_ == "poss" and c.lemma_.lower() in ("director", "directors") for c in noun.children):
            return
        t, person = noun, None
        while t.head.i != t.i:
            t = t.head
            if t.pos_ == "PROPN" and t.dep_ in ("pobj", "nsubj"):
                person = t  # "with A back in the director's chair"
                break
            if t.pos_ in ("VERB", "AUX"):
                s = subject_of(t)
                person = s if s is not None and s.pos_ == "PROPN" else None
                break
        if person is None:
            return
        film_tok = next((g for h in (noun, noun.head, noun.head.head) for c in h.children
                         if c.dep_ == "prep" and c.lower_ in ("for", "on") for g in c.children if g.dep_ == "pobj"),
                        None)
        films = self.film(film_tok) if film_tok is not None else []
        if not films:
            sf = self.sentence_films(noun)
            films = sf if len(sf) == 1 else [self.focus(noun)]
        for f in films:
            for p in self.person(person, 1.0):
                self.emit(f, "P57", p, noun, "role", 0.7)

    def _recent_person(self, tok: Token) -> list[Mention]:
        """The last person named before ``tok`` (for "his"/"her" inside a sentence about them)."""
        best = None
        for m in sorted(self.m.all, key=lambda m: m.start):
            if m.start >= tok.i:
                break
            if m.votes.get("Person", 0) >= 1 and m.votes.get("Person", 0) >= m.votes.get("Film", 0) \
                    and m.in_parens_of is None:
                best = m
        return [best] if best is not None else []

    def cast_copula_rules(self, noun: Token) -> None:
        """'Among the cast are A and B', 'Joining the cast are A and B', 'The cast is rounded out by A'."""
        verb = noun.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        people: list[Mention] = []
        if noun.dep_ == "dobj" and noun.head.i == verb.i and verb.lemma_ in CAST_OBJECT_VERBS:
            subj = subject_of(verb)  # "A and B lead the cast of Title", "C rounds out the cast"
            people = self._subject_people(subj, verb) if subj is not None else []
        elif verb.lemma_ in ("round", "complete"):
            by = next((c for c in verb.children if c.dep_ == "agent"), None)
            people = self._listed_people(by) if by is not None else []
        elif noun.head.lower_ == "among" or verb.lemma_ == "join" and verb.i < noun.i or (
                noun.head.lower_ == "in" and noun.head.head.lemma_ == "be" and noun.head.head.i > noun.i):
            be = next((t for t in self.doc[noun.i + 1:noun.sent.end] if t.lemma_ == "be"), None)
            people = self._listed_people(be) if be is not None else []
        if not people:
            return
        film = self._of_film(noun) or self.focus(noun)
        for p in people:
            self.emit(film, "P161", p, noun, "verb", 0.8)

    def character_is_rules(self, noun: Token) -> None:
        """'X is a fictional character (introduced) in Title' → X appears in the film."""
        subj = subject_of(noun.head)
        if subj is None or subj.pos_ != "PROPN":
            return
        char = self.m.vote(subj, "Character", 3.0)
        film_tok = None
        for t in noun.subtree:
            if t.dep_ == "pobj" and t.head.lower_ in ("in", "from") and t.text[:1].isupper():
                film_tok = t
                break
            if t.dep_ == "pobj" and t.head.lower_ in ("in", "from") and t.lemma_.lower() in self.lex.film_nouns:
                film_tok = t
                break
        if film_tok is None or char is None:
            return
        for f in self.film(film_tok, anaphora=False):
            self.emit(char, "P1441", f, noun, "character", 0.8)

    def known_for_rules(self, known: Token) -> None:
        """'A is known for Title, Title and Title' → A's credits, in the role the text gives A."""
        subj = subject_of(known) or subject_of(known.head)
        if subj is None:
            people = []
        else:
            people = self.person(subj, 1.0) if subj.pos_ == "PROPN" else \
                (self._recent_person(known) if subj.lower_ in ("he", "she") else [])
        from .surface import title_list

        j = known.i + 2
        while j < len(self.doc) and self.doc[j].lower_ in ("the", "films", "movies", "titles", "such", "as", ":",
                                                            "'", "‘", "“", '"'):
            j += 1
        if j >= len(self.doc) or not self.doc[j].text[:1].isupper():
            return
        titles = title_list(self.doc, j)
        quoted = self.doc[j - 1].text in ("'", "‘", "“", '"')
        if not titles or not (quoted or len(titles) >= 2 or titles[0][2]):
            return  # one bare capitalised phrase after "known for" is too often not a film
        if any(e < len(self.doc) and self.doc[e].lower_ in ("in", "on") for _, e, _ in titles):
            return  # "known for Character in Show": parts, not films
        if not people:
            for start, end, year in titles:
                f = self.m.add(start, end, "Film", 2.0)
                if f is not None and year:
                    f.year = f.year or year
            return
        for p in people:
            rel = self.roles.get(p.key) or self._role_before(p) or "P161"
            for start, end, year in titles:
                f = self.m.add(start, end, "Film", 2.0)
                if f is not None:
                    f.year = f.year or year
                    self.emit(f, rel, p, known, "filmography", 0.7)

    def marriage_rules(self, tok: Token) -> None:
        """'A is married to B', 'A married B' → spouses."""
        other = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "to"
                      for g in c.children if g.dep_ == "pobj"), None)
        if other is None:
            other = next((c for c in tok.children if c.dep_ == "dobj"), None)
        if other is None:  # "married to actor A", parsed with "actor" as a verb
            other = next((g for c in tok.children if c.dep_ == "xcomp" for g in c.children
                          if g.dep_ == "dobj" and g.pos_ == "PROPN"), None)
        subj = subject_of(tok) if tok.pos_ != "ADJ" else subject_of(tok.head)
        if subj is not None and subj.lower_ in ("who",) and tok.dep_ == "relcl":
            subj = tok.head  # "A and B, who are married"
        elif subj is not None and subj.lower_ in ("who",) and tok.head.dep_ == "relcl":
            subj = tok.head.head
        if subj is not None and subj.dep_ == "nsubj" and subj.head.dep_ == "relcl":
            subj = subj.head.head if subj.lower_ == "who" else subj
        if other is None and subj is not None and subj.pos_ == "PROPN" and subj.conjuncts:
            couple = self.person(subj, 1.0)  # "A and B, who are married"
            if len(couple) == 2:
                self.emit(couple[0], "P26", couple[1], tok, "kin", 0.8)
            return
        if other is None or subj is None or other.pos_ != "PROPN":
            return
        people = self._subject_people(subj, tok)
        for a in people:
            for b in self.person(other, 1.5):
                self.emit(a, "P26", b, tok, "kin", 0.8)

    def directorial_rules(self, adj: Token) -> None:
        """'their directorial feature Title', 'her directorial debut, Title' → director."""
        noun = adj.head
        title = noun.head if noun.dep_ == "compound" and noun.head.pos_ == "PROPN" else None  # "...feature Title"
        poss = next((c for c in [*noun.children, *(title.children if title is not None else ())]
                     if c.dep_ == "poss"), None)
        if poss is None:
            return
        if poss.pos_ == "PROPN":
            people = self.person(poss, 1.0)
        elif poss.lower_ == "their":
            subj = subject_of(noun.sent.root)
            people = self.person(subj, 1.0) if subj is not None else []
        else:
            people = self._main_person(noun)
        films = self.film(title, anaphora=False) if title is not None else self.film(noun, anaphora=False)
        if not films:
            for c in noun.children:
                if c.dep_ == "appos":
                    films = self.film(c, anaphora=False)
        for f in films:
            for p in people:
                self.emit(f, "P57", p, adj, "role", 0.8)

    def based_rules(self, v: Token) -> None:
        """'Title is based on the novel Work', 'Title adapts A's novel of the same name'."""
        if v.lemma_ == "adapt":
            obj = next((c for c in v.children if c.dep_ == "dobj"), None)
        else:
            on = next((c for c in v.children if c.dep_ == "prep" and c.lower_ == "on"), None)
            obj = next((c for c in on.children if c.dep_ == "pobj"), None) if on is not None else None
        if obj is None:
            return
        subj = next((c for c in v.children if c.dep_ in ("nsubjpass", "nsubj")), None)
        films = self.film(subj) if subj is not None else self.film(self._host(v))
        if not films and subj is None:
            # "X is a 2012 film directed by A, based on the novel Y": the film the sentence is about
            sf = [f for f in self.sentence_films(v) if f.start < v.i]
            films = sf[:1] if len({f.key for f in sf}) == 1 else []
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
        if obj.pos_ == "NOUN" and obj.lemma_.lower() in self.lex.work_nouns:
            app = next((c for c in obj.children if c.dep_ in ("appos", "compound") and c.text[:1].isupper()), None)
            if app is None and obj.i + 1 < len(self.doc) and self.doc[obj.i + 1].text[:1].isupper():
                app = self.doc[obj.i + 1]
            if app is None:
                return
            work_tok = app
        if not work_tok.text[:1].isupper():
            return
        run = name_run(self.doc, work_tok.i)
        work = self.m.add(*run, "Work", 3.0) if run is not None else None
        if work is None:
            work = self.m.vote(work_tok, "Work", 3.0)
        for f in films:
            self.emit(f, "P144", work, v, "based", 0.8)

    def year_rules(self) -> None:
        for m in list(self.m.all):
            if m.series is not None and m.votes.get("Film", 0) >= 2.5:
                # "a fourth Title movie" is in the Title series; the name sits inside the film's mention
                series = Mention(m.series[0], m.series[1], self.doc[m.series[0]:m.series[1]].text)
                series.votes["Series"] += 3.0
                self.m.all.append(series)
                self.emit(m, "P179", series, self.doc[m.start], "series", 0.8)
                n = getattr(m, "n", None)
                twin = next((o for o in self.m.all if n and o.key == f"{series.key} {n}"), None)
                if twin is not None:  # "a third Title film" and "Title 3" in one article
                    self.emit(twin, "P179", series, self.doc[m.start], "series", 0.8)
        for m in self.m.all:
            if m.year and m.votes.get("Film", 0) >= 2.5:
                self.emit(m, "P577", m.year, self.doc[m.start], "year", 0.85)

    def _modifier(self, t: Token) -> bool:
        """A lower-case word between an owner and a title: "'s 49th animated feature film"."""
        if t.text[:1].isupper() or t.is_punct:
            return False
        return t.pos_ in ("ADJ", "NUM") or t.tag_ == "JJ" or t.dep_ == "amod" or t.lemma_.lower() in self.lex.film_nouns

    def possessive_rules(self) -> None:
        # "Quill's Title" (a director's film), "Studio's Title" (its production company)
        doc = self.doc
        for m in list(self.m.all):
            if m.votes.get("Film", 0) < 2.0 or m.start < 2:
                continue
            k = m.start - 1
            # "Quill's 2017 Title", "Quill's 1997 short feature Title"
            steps = 0
            while k >= 1 and steps < 6 and (YEAR.match(doc[k].text) or self._modifier(doc[k])):
                k -= 1
                steps += 1
            plural_possessive = doc[k].text in ("'", "’") and k >= 1 and doc[k - 1].text.endswith(("s", "s.")) \
                and doc[k - 1].text[:1].isupper() and not (
                    m.end < len(doc) and doc[m.end].text == doc[k].text)  # not "Studio Sets 'Title'"
            if doc[k].text not in ("'s", "’s") and not plural_possessive or k < 1:
                continue
            if m.end < len(doc) and doc[m.end].lemma_.lower() in ("sequel", "prequel", "remake", "reboot", "spinoff"):
                m = self.named_sequel(doc[m.end])  # "A's Title sequel": A made the sequel, not Title
                if m is None:
                    continue
            owner = self.m.at(k - 1)
            if owner is None or owner is m:
                continue
            surname_of_person = len(owner.text.split()) == 1 and any(
                p.text.split()[-1] == owner.text for p in self.m.all if p is not owner
                and p.votes.get("Person", 0) >= 1 and len(p.text.split()) >= 2)
            if surname_of_person or (len(owner.text.split()) >= 2 and self.doc[owner.start].ent_type_ != "GPE"
                                     and self.doc[owner.end - 1].lower_ not in self.lex.org_suffixes
                                     and all(self.doc[k].pos_ == "PROPN" for k in range(owner.start, owner.end))
                                     and owner.votes.get("Organization", 0) <= 1.0):
                surname_of_person = True  # "Ann Vale's Title": a person's film, whatever NER said
                owner.votes["Person"] += 1.0
            if not surname_of_person and owner.votes.get("Organization", 0) >= 1 and \
                    owner.votes.get("Organization", 0) >= owner.votes.get("Person", 0):
                self.emit(m, "P272", owner, doc[k], "company", 0.75)
            elif owner.votes.get("Person", 0) >= 1 or doc[owner.start].ent_type_ == "PERSON":
                owner.votes["Person"] += 0.5
                rel = self.roles.get(owner.key, "P57")
                if rel in ("P57", "P58", "P162"):  # "producer A's Title": A made it as its producer
                    self.emit(m, rel, owner, doc[k], "possessive", 0.7)


def subject_of(v: Token) -> Token | None:
    """The subject of a verb; the small model often parses a title subject as a compound.

    A verb in coordination ("was written by A, starred B") shares its head verb's subject.
    """
    subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")), None)
    if subj is not None and subj.lower_ == "co" and subj.i + 1 < len(subj.doc) and subj.doc[subj.i + 1].text == "-":
        # "A co-wrote ...": the tokenizer splits "co-", the parser makes "A co" the subject
        subj = next((c for c in subj.children if c.dep_ == "compound" and c.text[:1].isupper()), subj)
    if subj is None:
        subj = next((c for c in v.lefts if c.dep_ == "compound" and c.text[:1].isupper()), None)
    if subj is None and v.dep_ == "conj" and v.i >= 2 and v.doc[v.i - 1].pos_ == "PROPN" and v.tag_ in ("VBD", "VBZ"):
        # "A was the director and B composed the score": the parser hangs B on "director"
        k = v.i - 1
        while k > v.sent.start and v.doc[k - 1].pos_ == "PROPN":
            k -= 1
        if k > v.sent.start and v.doc[k - 1].lower_ in ("and", ",", "while", "whereas", "whilst"):
            return v.doc[v.i - 1]
    to_infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children)
    if subj is None and to_infinitive and v.dep_ in ("advcl", "xcomp", "ccomp") and v.head.i != v.i:
        # "Studio has set A to direct Title", "hired A to write it": the object does the directing
        obj = next((c for c in v.head.children if c.dep_ == "dobj" and c.pos_ == "PROPN"), None)
        if obj is not None:
            return obj
    if subj is None and v.head.i != v.i and v.head.pos_ in ("VERB", "AUX") and (
            v.dep_ == "conj" or v.dep_ == "xcomp" or (v.dep_ == "advcl" and (v.tag_ == "VBG" or to_infinitive))):
        return subject_of(v.head)  # "A is set to join", "A directs, producing alongside B"
    if subj is None and v.dep_ in ("acl", "relcl") and to_infinitive and v.head.lemma_.lower() in CONTROL_NOUNS:
        holder = v.head  # "A is in talks to star", "A signed a deal to direct": A is who will
        if holder.dep_ == "pobj" and holder.head.head.i != holder.head.i:
            holder = holder.head
        if holder.head.pos_ in ("VERB", "AUX") and holder.dep_ in ("prep", "dobj", "attr"):
            return subject_of(holder.head)
    if subj is None and v.dep_ == "pcomp" and v.tag_ == "VBG" and v.head.head.i != v.head.i:
        head = v.head.head  # "A won acclaim for directing Title"
        while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
            head = head.head
        return subject_of(head) if head.pos_ in ("VERB", "AUX") else None
    return subj


def extract_doc(doc: Doc):
    """Entities and facts of one Doc (used by the ``filmkg_relations`` component)."""
    from .assemble import assemble

    reader = Reader(doc)
    reader.run()
    reader.m.decide()
    resolved = []
    films = {m.key for m in reader.m.all if m.type == "Film" and m.in_parens_of is None}
    sole = next((m for m in reader.m.all if m.type == "Film"), None) if len(films) == 1 else reader.dominant_film()
    # "it"/"the film" in text order, each one counting towards the salience of the film it meant
    foci = sorted({v.tok.i: v for r in reader.raw for v in (r.subject, r.object)
                   if isinstance(v, Focus) and not isinstance(v, SoleFilm)}.values(), key=lambda f: f.tok.i)
    refs: list[tuple[int, Mention]] = []
    meant: dict[int, Mention | None] = {}
    for f in foci:
        meant[f.tok.i] = reader.resolve_focus(f.tok, refs)
        if meant[f.tok.i] is not None and f.tok.lower_ in ("it", "film", "movie"):
            refs.append((f.tok.i, meant[f.tok.i]))
    for r in reader.raw:
        for side in ("subject", "object"):
            value = getattr(r, side)
            if isinstance(value, SoleFilm):
                setattr(r, side, sole)
            elif isinstance(value, Focus):
                setattr(r, side, meant[value.tok.i])
        if r.subject is not None and r.object is not None and r.subject is not r.object:
            resolved.append(r)
    reader.raw = resolved
    return assemble(reader, modality)
