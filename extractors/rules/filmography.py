"""A person's credits (``filmography``, ``possessive``, ``collaboration``, ``role``).

A bracketed list of titles after a name ("A ('Title', 'Title')"), "A is known for X, Y and Z",
"his latest film is X", "their fourth collaboration, following X and Y", "X is A's directorial
debut", "her directorial debut, Title": each in the craft the text gives the person
(``_role_of``, ``_role_before``).
"""
from __future__ import annotations

from spacy.tokens import Token

from ..columns import columns
from ..mentions import Mention
from ..titles import OPEN_QUOTES, YEAR, name_run, title_span, tokens_among
from .parse import subject_of


class FilmographyRules:
    """A person's credits: filmographies, 'known for', own work, collaborations, debuts."""

    def mark_parentheticals(self) -> None:
        """Titles in brackets right after a name are that person's filmography."""
        doc = self.doc
        cols = columns(doc)
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
            cast_words = ("cast", "stars", "starring", "star", "includes", "include", "plays", "as", "joining", "joins",
                          "join", "ensemble", "lineup", "co-stars", "co-starring", "opposite", "alongside")
            if not inside and close > tok.i + 2 and cols.ent[tok.i - 1] == "PERSON" and \
                    not any(t.lower_ in cast_words for t in tok.sent) and \
                    not (close + 1 < len(doc) and cols.text[close + 1][:1].isupper()) and \
                    title_span(doc, tok.i + 1, stop=close) == (tok.i + 1, close) and \
                    not any(t.like_num or t.ent_type_ in ("PERSON", "GPE", "DATE") for t in doc[tok.i + 1:close]) \
                    and not self._plot_part(tok, close):
                # "director Jon Walsh (The Last Mile)": news names a person's best-known film in brackets
                inside = [m for m in [self.m.add(tok.i + 1, close, "Film", 2.5)] if m is not None]
            quoted = [m for m in inside if m.votes.get("Film", 0) >= 2.5]
            if quoted:
                for m in quoted:
                    m.in_parens_of = tok.i - 1

    def _plot_part(self, tok: Token, close: int) -> bool:
        """'Ada Kettering (Delphine Aubertin-Marsh) has rowed ...': a review's plot names a part, its actor
        in brackets; not "director Jon Walsh (The Last Mile) will ..." (a crew noun before, an article inside)."""
        cols = self.cols
        owner = tok.i - 1
        first = cols.text[tok.i + 1]
        edge = max(self.doc[owner].left_edge.i - 1, 0)
        return cols.dep[owner] in ("nsubj", "nsubjpass") and close - tok.i - 1 in (2, 3, 4) \
            and first not in ("The", "A", "An") and not any(cols.lower[k] in self.lex.role_nouns
                                                            for k in range(edge, owner)) \
            and all(cols.text[k][:1].isupper() or cols.text[k] == "-" for k in range(tok.i + 1, close)) \
            and close + 1 < len(self.doc) and cols.pos[close + 1] in ("VERB", "AUX")

    WORK_NOUNS = frozenset({"film", "feature", "movie", "picture", "directorial", "debut", "venture", "effort",
                            "project", "documentary", "short", "outing", "role", "part", "appearance"})

    def own_work_rules(self, pron: Token) -> None:
        """'His latest film is X', 'her directorial debut X (2010)', 'his first role was in the movie X':
        the profile's subject made X, in the craft the words or the profile name."""
        noun = pron.head
        if noun.lemma_.lower() not in self.WORK_NOUNS and noun.head.i == noun.i + 1:
            noun = noun.head  # "his screen debut", parsed with "his" on "screen"
        if noun.head.lemma_.lower() == "debut" and noun.head.i <= noun.i + 2:
            noun = noun.head  # "her feature directorial debut": the debut is the work
        lemma = noun.lemma_.lower()
        if lemma not in self.WORK_NOUNS or noun.pos_ not in ("NOUN", "ADJ") or noun.tag_ == "NNS":
            return
        words = {t.lower_ for t in noun.subtree if t.i <= noun.i}
        rel = "P57" if words & {"directorial", "directing"} else \
            "P161" if lemma in ("role", "part", "appearance") or words & {"acting", "screen"} else \
            "P58" if words & {"script", "screenplay", "writing"} else None
        if words & {"producing", "production", "music", "singing"}:
            return
        craft = next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children
                      if g.dep_ == "pobj" and g.lemma_.lower() in self.lex.role_nouns), None)
        if rel is None and craft is not None:
            rel = self.lex.role_nouns[craft.lemma_.lower()].split("+")[0]  # "her third film as director"
        title = self._named_after(noun)
        if title is None:
            app = next((c for c in noun.children if c.dep_ in ("appos", "compound") and c.i > noun.i
                        and c.text[:1].isupper()), None)
            title = self.m.at(app) if app is not None else None
        if title is None and craft is not None:  # '"Title," her third film as director, opens Friday'
            named = noun.head if noun.dep_ == "appos" else next(  # (or the parser's second subject)
                (c for c in noun.head.children if c.dep_ == "nsubj" and c.i < noun.i), None) \
                if noun.dep_ == "nsubj" else None
            if named is not None and named.pos_ == "PROPN" and named.i < noun.i:
                title = self.m.at(named)
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
                if t.text[:1].isupper() and (t.pos_ == "PROPN" or t.pos_ == "NOUN" and not t.is_sent_start):
                    title = self.m.at(t)  # ("Dust Devils" tagged a noun)
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
            k = next((k for k in range(j, min(j + 6, len(self.doc) - 1)) if self.cols.lemma[k] in nouns
                      and self.cols.text[k + 1][:1].isupper()), None)
            run = name_run(self.doc, k + 1) if k is not None else None
            if run is not None and run[0] == k + 1:
                title = self.m.add(*run, "Film", 1.0)
        here = any(c.dep_ == "advmod" and c.lower_ == "here" for c in noun.head.children) or any(
            t.lower_ == "it" or t.text.islower() and t.lemma_.lower() in self.lex.film_nouns
            and any(d.lower_ in ("this", "the") for d in t.children) for t in slots)
        if title is None and rel == "P57" and lemma == "debut" and noun.head.lemma_ == "make" \
                and pron.lower_ != "whose" and here:
            # "A made her directorial debut here" (a guide's section), "... with this film": the film in hand
            for p in self._pronoun_person(pron) or self._main_person(pron):
                self.emit(self.focus(noun), rel, p, noun, "possessive", 0.65)
            return
        if title is None or title.votes.get("Person", 0) >= 2:
            return
        if pron.lower_ == "whose":  # "A, whose last film was X"
            relcl = next((t for t in pron.ancestors if t.dep_ == "relcl"), None)
            people = self.person(relcl.head, 1.0) if relcl is not None and relcl.head.pos_ == "PROPN" else []
        else:
            people = [p for p in self._pronoun_person(pron) if p.key != title.key] or self._main_person(pron)
        for p in people:
            r = rel or self._role_of(p)
            if r in ("P57", "P58", "P161"):
                title.votes["Film"] += 2.0
                self.emit(title, r, p, noun, "possessive", 0.7)

    COLLAB_NOUNS = frozenset({"collaboration", "team-up", "teamup", "pairing", "partnership", "reunion"})

    def collaboration_rules(self, tok: Token) -> None:
        """'This marks their fourth collaboration, following X, Y and Z' / 'they previously collaborated on X
        and Y': each of the pair has the same credit on the earlier films as on this one."""
        cols = self.cols
        from ..surface import title_list

        if tok.pos_ == "NOUN" and not any(c.dep_ == "poss" and c.lower_ == "their" for c in tok.children):
            return
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None) if tok.pos_ == "VERB" else None
        if tok.pos_ == "VERB" and subj is not None and subj.conjuncts and tok.lemma_.lower() in ("reunite", "reteam"):
            self._reunited(tok, subj)  # "He and Ms. Ferraro reunited for X (1983), and again for Y (1986)"
            return
        if tok.pos_ == "VERB" and not any(c.dep_ == "nsubj" and c.lower_ in ("they", "pair", "duo", "two")
                                          for c in tok.children):
            return
        doc, sent = self.doc, tok.sent
        j = next((k + 1 for k in range(tok.i + 1, min(sent.end - 1, tok.i + 8))
                  if cols.lower[k] in ("following", "after", "on", "including", "like", "with")), None)
        if j is None:
            return
        while j < sent.end and cols.text[j] in ("'", "‘", "“", '"', ":"):
            j += 1
        if j >= sent.end or not cols.text[j][:1].isupper():
            return
        films = []
        for start, end, year in title_list(doc, j):
            f = self.m.add(start, end, "Film", 2.0)
            if f is not None:
                f.year = f.year or year
                films.append(f)
        lo = self.cols.sent_start[sent.start - 1] if sent.start > 0 else sent.start
        pair = [m for m in self.m.all if lo <= m.start < tok.i and self._role_of(m) in ("P57", "P58", "P162", "P86",
                                                                                          "P344", "P1040")]
        pair = list({m.key: m for m in pair}.values())
        if len(pair) < 2 or len(films) > 8:
            return
        for f in films:
            for p in pair:
                self.emit(f, self._role_of(p), p, tok, "collaboration", 0.6)

    def _reunited(self, tok: Token, subj: Token) -> None:
        cols = self.cols
        from ..surface import title_list

        doc, sent = self.doc, tok.sent
        people = [m for t in [subj, *subj.conjuncts]
                  for m in (self._main_person(t) if t.lower_ in ("he", "she") else self.person(t, 1.0))]
        films = []
        for k in range(tok.i + 1, sent.end - 1):
            if cols.lower[k] in ("for", "on") and cols.text[k + 1][:1].isupper():
                for start, end, year in title_list(doc, k + 1):
                    f = self.m.add(start, end, "Film", 2.0)
                    if f is not None:
                        f.year = f.year or year
                        films.append(f)
        for p in people:
            role = self._role_of(p)
            if role in ("P57", "P58", "P162", "P86", "P344", "P1040", "P161"):
                for f in films:
                    self.emit(f, role, p, tok, "collaboration", 0.65)

    def _role_of(self, p: Mention) -> str | None:
        """The craft the text gave a person ("X is a film director"), also under a short name."""
        if p.key in self.roles:
            return self.roles[p.key]
        key = p.key.split()[-1] if p.key and p.key.split()[0] in ("mr", "ms", "mrs", "miss", "dr") else p.key
        role = next((r for k, r in self.roles.items() if key and key in k.split()), None)
        if role is None:  # else the credit the text has given them so far, directing first ("Ms. Ferraro")
            keys = {k for k in (key,) if k} | {o.key for o in self.m.all if key and o.key and (
                key in o.key.split() or o.key in key.split()[1:])}  # ("Toumani" for Brisa Toumani, and back)
            seen = [r.relation for r in self.raw if getattr(r.object, "key", None) in keys
                    and r.relation in ("P57", "P58", "P161", "P86", "P344", "P1040")]
            role = next((r for r in ("P57", "P161", "P58", "P86", "P344", "P1040") if r in seen), None)
        return role

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

    PROFILE_MIN = 5  # the times a profile names its subject, at least

    def profile_subject(self) -> Mention | None:
        """The director a career profile is about: the person the text names most often (by surname), at least
        ``PROFILE_MIN`` times, named in its first line, no one else named half as often, whose craft the text
        says is directing."""
        cols = self.cols
        first_line = next((k + 1 for k in range(len(self.doc)) if "\n" in self.doc[k].whitespace_
                           or cols.is_space[k]), len(self.doc))
        counts: dict[str, list[Mention]] = {}
        for m in self.m.all:
            words = m.text.split()
            if m.votes.get("Person", 0) >= 1 and m.votes.get("Person", 0) >= m.votes.get("Film", 0) and words:
                counts.setdefault(words[-1].rstrip("'’s").lower(), []).append(m)
        ranked = sorted(counts.values(), key=len, reverse=True)
        if not ranked or len(ranked[0]) < self.PROFILE_MIN or len(ranked) > 1 and 2 * len(ranked[1]) > len(ranked[0]):
            return None
        named = ranked[0]
        full = max(named, key=lambda m: len(m.text.split()))
        if len(full.text.split()) < 2 or not any(m.start < first_line for m in named):
            return None
        keys = {m.key for m in named}
        crafts = [r.relation for r in self.raw if getattr(r.object, "key", None) in keys]
        directing = crafts.count("P57")  # (an actor's profile with one film directed is an actor's)
        return full if directing and directing > crafts.count("P161") and self._role_of(full) == "P57" else None

    def profile_rules(self) -> None:
        """A director's career profile: the dated films it names ("Two years later came X (2000)", "X (2014)
        brought in a new crew") are the subject's, where the text gives no film another director."""
        subject = self.profile_subject()
        if subject is None:
            return
        directed = {getattr(r.subject, "key", None) for r in self.raw if r.relation == "P57"}
        for m in self.m.all:
            if m.year and m.votes.get("Film", 0) >= 2.5 and m.key not in directed and m.in_parens_of is None \
                    and not self._adapted_work(m):
                directed.add(m.key)
                self.emit(m, "P57", subject, self.doc[m.start], "profile", 0.5)

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

    DIRECTING = frozenset({"directorial", "directing", "direction"})  # "her directorial debut"

    def debut_noun_rules(self, noun: Token) -> None:
        """'X is A's directorial debut', 'X marks the directorial debut of A' → A directed X."""
        kinds = {c.lower_ for c in noun.children if c.dep_ in ("amod", "compound")}
        if noun.dep_ in ("dobj", "ccomp") and noun.head.lemma_ == "make":  # ("made her feature debut": ccomp)
            self._debut_made(noun, kinds)
            return
        rel = "P57" if kinds & self.DIRECTING else \
            "P58" if kinds & {"screenwriting", "writing"} else "P161" if kinds & {"acting", "screen"} else None
        of = next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                   if g.dep_ == "pobj"), None)
        if of is not None and of.pos_ == "NOUN":  # "the directing debut of their son, A"
            named = next((c for c in of.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
            run = name_run(self.doc, of.i + 2, allow_connectors=False, max_len=4) \
                if named is None and of.i + 2 < len(self.doc) and self.cols.text[of.i + 1] == "," else None
            of = named if named is not None else self.doc[run[1] - 1] if run is not None and run[0] == of.i + 2 \
                and self._is_person(self.doc[run[1] - 1]) else None  # (the parser hangs A on the title)
        owner = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None) or (
            of if of is not None and of.pos_ == "PROPN" else None)
        if owner is None:
            self._whose_debut(noun, rel)
            return
        if rel is None:  # "Title, the English-language debut of director A": the owner's craft
            crafts = [self.lex.role_nouns.get(c.lower_, "").split("+")[0] for c in owner.children
                      if c.dep_ == "compound" and c.text.islower()]
            rel = next((r for r in crafts if r in ("P57", "P58")), None)
        if rel is None and not kinds & {"film", "movie"}:
            # "Title, A's micro-budget debut", "whose 2022 debut": a debut film is its director's, unless the
            # text made A something else ("her film debut" may be an actor's: left alone)
            known = self.m.at(owner, create=False)
            rel = (self._role_of(known) if known is not None else None) or "P57"
        if rel is None:
            return
        for f in self._described_film(noun):
            for p in self.person(owner, 1.5):
                self.emit(f, rel, p, noun, "role", 0.8)

    def _debut_made(self, noun: Token, kinds: set[str]) -> None:
        """'A made her debut in 2009 with Title': Title's year; a directorial debut is
        also A's as director."""
        v = noun.head
        preps = {c.lower_: g for t in (v, noun) for c in t.children if c.dep_ == "prep"
                 for g in c.children if g.dep_ == "pobj"}
        with_tok = preps.get("with")
        if with_tok is None or with_tok.pos_ != "PROPN":
            return
        films = [f for f in self.film(with_tok, 2.0, anaphora=False) if isinstance(f, Mention)]
        year = preps.get("in")
        for f in films if year is not None and YEAR.fullmatch(year.text) else ():
            self.emit(f, "P577", year.text, noun, "year", 0.8)
        if not kinds & self.DIRECTING:
            return  # ("her feature debut" may be an actor's)
        people = self._subject_people(subject_of(v), v)
        for f in films:
            for p in people:
                self.emit(f, "P57", p, noun, "role", 0.8)

    def _whose_debut(self, noun: Token, rel: str | None) -> None:
        """'A, whose 2022 debut "Title" won at Busan': read from the words (the parser garbles the clause)."""
        cols = self.cols
        k = next((k for k in range(noun.i - 1, max(noun.i - 4, 1), -1) if cols.lower[k] == "whose"), None)
        if k is None or cols.text[k - 1] not in (",", "—", "–"):
            return
        person = self.m.by_token.get(k - 2)
        j = noun.i + 1 + (noun.i + 1 < len(self.doc) and cols.text[noun.i + 1] in OPEN_QUOTES)
        film = self.m.by_token.get(j)
        if person is None or film is None or film.start != j or person.end != k - 1 \
                or person.votes.get("Organization", 0) > 1 or cols.lower[person.end - 1] in self.lex.org_suffixes:
            return  # (whoever has a debut is a person, whatever NER thought)
        film.votes["Film"] += 2.0
        person.votes["Person"] += 2.0
        self.emit(film, rel or self._role_of(person) or "P57", person, noun, "role", 0.75)

    def known_for_rules(self, known: Token) -> None:
        """'A is known for Title, Title and Title' → A's credits, in the role the text gives A."""
        subj = subject_of(known) or subject_of(known.head)
        if subj is None and known.dep_ == "acl" and known.head.dep_ == "attr":
            subj = subject_of(known.head.head)  # "A was a German actor, known for X"
        if known.dep_ in ("acl", "relcl") and known.head.pos_ == "PROPN" and (subj is None or subj.lower_ == "who"):
            subj = known.head  # "A, (who is) best known for X"
        if subj is None:
            people = []
        else:
            people = self.person(subj, 1.0) if subj.pos_ == "PROPN" else \
                (self._recent_person(known) if subj.lower_ in ("he", "she") else [])
        from ..surface import title_list

        j = known.i + 2
        if j + 1 < len(self.doc) and self.cols.lower[j] in ("playing", "portraying") \
                and self.cols.text[j + 1][:1].isupper():
            run = name_run(self.doc, j + 1, allow_connectors=False, max_len=5)  # "known for playing X in Title"
            if people and run is not None and run[0] == j + 1 and run[1] + 1 < len(self.doc) \
                    and self.cols.lower[run[1]] == "in":
                film = next((g for g in self.doc[run[1]].children if g.dep_ == "pobj"), None)
                self.character_link(people, self.doc[run[1] - 1], self.doc[j], film_tok=film)
            return
        while j < len(self.doc) and self.cols.lower[j] in ("the", "films", "movies", "titles", "such", "as", ":",
                                                            "'", "‘", "“", '"'):
            j += 1
        k, described = j, False
        while k < min(j + 5, len(self.doc)) and (self.cols.text[k].islower() and self.cols.pos[k] in ("ADJ", "NOUN")
                                                 or YEAR.fullmatch(self.cols.text[k])):
            described = described or self.cols.lemma[k] in self.lex.film_nouns
            k += 1  # "known for the 2019 caper Title": what kind of film, then its name
        j = k if described and self.cols.lemma[k - 1] in self.lex.film_nouns else j
        if j >= len(self.doc) or not self.cols.text[j][:1].isupper():
            return
        titles = title_list(self.doc, j)
        quoted = self.cols.text[j - 1] in ("'", "‘", "“", '"')
        if not titles or not (quoted or len(titles) >= 2 or titles[0][2] or described):
            return  # one bare capitalised phrase after "known for" is too often not a film
        if any(e < len(self.doc) and self.cols.lower[e] in ("in", "on") for _, e, _ in titles):
            return  # "known for Character in Show": parts, not films
        if not people:
            for start, end, year in titles:
                f = self.m.add(start, end, "Film", 2.0)
                if f is not None and year:
                    f.year = f.year or year
            return
        films = []
        for start, end, year in titles:
            f = self.m.add(start, end, "Film", 2.0)
            if f is not None:
                f.year = f.year or year
                films.append(f)
        self.known_for.append((known, people, films))

    def known_for_credits(self) -> None:
        """The credits 'known for' found, once the whole text has said in what craft each person works."""
        for known, people, films in self.known_for:
            for p in people:
                rel = self.roles.get(p.key) or self._role_before(p) or self._role_of(p) or "P161"
                for f in films:
                    self.emit(f, rel, p, known, "filmography", 0.7)

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
