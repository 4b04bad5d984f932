"""Company rules (``company``, and companies in ``role``, ``verb``, ``possessive``).

Publications named as sources ("Deadline reports", "according to Variety": not films),
distributors and producers named by role ("Studio served as the distributor of Title"), rights
bought ("Studio acquired the rights to Title"), banners ("through their company B"),
co-productions ("a co-production between A and B"), and "Studio's Title" / "Quill's Title".
"""
from __future__ import annotations

from collections import Counter

from spacy.tokens import Token

from ..columns import columns
from ..lexicon import is_given_name
from ..mentions import Mention
from ..titles import (
    OPEN_QUOTES,
    YEAR,
    heading_line_title,
    headline_at,
    item_start,
    name_run,
    named_after_noun,
    noun_after,
    text_lines,
    title_span,
    tokens_among,
)
from .base import SoleFilm
from .parse import SOURCE_LEMMAS, source_object, subject_of

DIRECTOR_NOUNS = frozenset({"director", "filmmaker", "helmer", "auteur", "writer-director", "co-director"})


class CompanyRules:
    """Company rules: sources, distributors, rights, banners, co-productions, possessives."""

    # People say, tell and write things too; only "reports" marks a publication on its own.
    REPORTING = frozenset({"report"})
    REPORTED_FORMS = frozenset({"reports", "reported"})

    def mark_sources(self) -> None:
        """'Deadline reports ...', 'according to Variety', 'told Collider': publications, not films."""
        for m in self.m.all:
            k = m.end - 1
            while k > m.start and self.cols.is_punct[k]:
                k -= 1
            cols = self.cols
            dep, gov = cols.dep[k], cols.head[k]
            nxt = next((cols.lower[j] for j in range(m.end, min(m.end + 3, len(cols.text))) if not cols.is_punct[j]),
                       None)
            prev = next((cols.lower[j] for j in range(m.start - 1, max(0, m.start - 3) - 1, -1)
                         if not cols.is_punct[j]), None)
            if dep in ("nsubj",) and cols.lemma[gov] in self.REPORTING or nxt in self.REPORTED_FORMS \
                    or prev in ("reports", "per", "told", "via"):
                m.votes["Organization"] += 4.0
            elif dep == "pobj" and cols.lower[gov] == "to" and gov > 0 and cols.lower[gov - 1] == "according":
                m.votes["Organization"] += 4.0
            elif dep in ("dobj", "dative") and cols.lemma[gov] in ("tell",):
                m.votes["Organization"] += 2.0

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
            # ("the studio behind the two pictures")
            if c.dep_ == "prep" and c.lower_ in ("of", "for", "on", "to", "behind"):
                films += self.film(next((g for g in c.children if g.dep_ == "pobj"), None))
        if not films:
            sf = self.sentence_films(noun)
            films = sf if len(sf) == 1 else [SoleFilm(noun)]
        for o in orgs:
            org = self.m.vote(o, "Organization", 3.0)
            for f in films:
                self.emit(f, rel, org, noun, "role", 0.75)

    MAKING_VERBS = frozenset({"produce", "make", "back", "finance", "co-produce", "coproduce", "develop"})

    def company_behind_rules(self, noun: Token) -> None:
        """'Studio, the company behind Title', 'Studio, an outfit which had backed Title': a production
        company of the films named (not of the sentence's other films: only these)."""
        org = noun.head
        if org.pos_ != "PROPN" or not self._org_like(org):
            return
        films = []
        for c in noun.children:
            if c.dep_ == "prep" and c.lower_ == "behind":
                films += self.film(next((g for g in c.children if g.dep_ == "pobj"), None))
            if c.dep_ == "relcl" and c.lemma_.lower() in self.MAKING_VERBS:
                films += self.film(next((g for g in c.children if g.dep_ == "dobj"), None))
        for f in films:
            self.emit(f, "P272", self.m.vote(org, "Organization", 3.0), noun, "role", 0.75)

    def _company_name(self, tok: Token) -> bool:
        """A name that says it is a company ("Corvid Releasing"), whatever NER made of it."""
        m = self.m.at(tok, create=True) if tok.text[:1].isupper() else None
        return m is not None and self.cols.lower[m.end - 1] in self.lex.org_suffixes

    # what a sentence naming a streamer must also say for the streamer to be the film's releaser
    STREAM_CUES = frozenset({"stream", "acquire", "carry", "right", "pick", "buy", "land", "head", "go", "move",
                             "release", "premiere", "premier", "debut", "arrive", "launch", "drop", "distribute"})

    def streamer_rules(self) -> None:
        """'lands on the streaming service X', 'bought by the streamer X', 'the Studio streaming
        service, X': X releases the sentence's one film (else the film in focus)."""
        doc, cols = self.doc, self.cols
        for k in cols.where(("streamer", "service", "platform")):
            if not cols.text[k].islower() or cols.lower[k] != "streamer" and cols.lower[k - 1] != "streaming":
                continue
            j = k + 1 + (k + 1 < len(doc) and cols.text[k + 1] == ",")
            run = name_run(doc, j, allow_connectors=False, max_len=3) if j < len(doc) else None
            if run is None or run[0] != j or doc[j].ent_type_ in ("GPE", "DATE"):
                continue
            if not any(cols.lemma[x] in self.STREAM_CUES for x in range(cols.sent_start[k], cols.sent_end[k])):
                continue  # ("the streamer X has a new chief": no film of its)
            org = self.m.add(*run, "Organization", 3.0, exact=True)
            if org is None:
                continue
            name = doc[run[1] - 1]
            verb = name.head if name.dep_ == "nsubj" else name.head.head if name.head.dep_ == "nsubj" else None
            obj = next((c for c in verb.children if c.dep_ == "dobj"), None) if verb is not None else None
            films = self.film(obj) if obj is not None and (self._film_pronoun(obj) or obj.pos_ == "PROPN") else []
            for f in films or [self.sentence_film_or_focus(doc[k])]:  # "the streamer X will premiere the prequel"
                self.emit(f, "P750", org, doc[k], "company", 0.7)

    def rights_rules(self, v: Token) -> None:
        """'Studio acquired the (distribution) rights to Title', 'Studio bought the film', 'Title, which was
        acquired by Studio' → distributor."""
        dobj = next((c for c in v.children if c.dep_ == "dobj" and c.lemma_.lower() == "right"), None)
        subj = subject_of(v)
        if v.lemma_ in ("take", "win", "secure", "snap", "grab") and dobj is None:
            return  # only "took UK rights to X": "took the lead" is no deal
        agent = next((g for c in v.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
        if agent is not None and subj is not None and agent.text[:1].isupper() and (
                self._company_name(agent) or agent.ent_type_ != "PERSON" and not self._is_person(agent)):
            target = self._relative_head(subj)  # "Title, which was acquired by Studio", "It was acquired by Studio"
            films = self.film(target) if target is not None else []
            org = self.m.vote(agent, "Organization", 2.0)
            for f in films:
                self.emit(f, "P750", org, v, "verb", 0.7)
            return
        obj = next((c for c in v.children if c.dep_ == "dobj"), None)
        film_obj = self._film_pronoun(obj)
        if v.lemma_ == "handle":  # "Studio is handling it", "Studio handled U.K. distribution on each"
            dealt = obj is not None and obj.lemma_.lower() in ("distribution", "release", "right")
            if obj is None or subj is None or not subj.text[:1].isupper() or not (self._org_like(subj) or dealt and (
                    subj.pos_ == "PROPN" and subj.ent_type_ != "PERSON" and not self._is_person(subj))):
                return  # (whoever handles a release is a company: "Plennix handles the Canadian release")
            if obj.lemma_.lower() in ("distribution", "release", "right") and obj.text.islower():
                on = next((g for t in (obj, v) for c in t.children if c.dep_ == "prep"
                           and c.lower_ in ("on", "of", "for") for g in c.children if g.dep_ == "pobj"), None)
                films = self.film(on) if on is not None else [self.sentence_film_or_focus(v)]
            else:
                films = self.film(obj) if film_obj else []
            org = self.m.vote(subj, "Organization", 2.0)
            for f in films:
                self.emit(f, "P750", org, v, "verb", 0.7)
            return
        if dobj is None and film_obj and subj is not None and subj.pos_ == "PROPN" \
                and (subj.ent_type_ != "PERSON" and not self._is_person(subj) or self._org_like(subj)):
            org = self.m.vote(subj, "Organization", 2.0)  # "Neon has acquired the film", "A24 bought it"
            for f in self.film(obj):
                self.emit(f, "P750", org, v, "verb", 0.7)
            return
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
        if film_tok is not None and (film_tok.ent_type_ in ("GPE", "LOC", "NORP") or film_tok.lower_ in (
                "territories", "territory", "market", "markets", "world")):
            film_tok = None  # "rights for Canada, Spain and Germany": territories, the film in focus's
            if self._company_name(subj) and v.lemma_ in ("acquire", "pick", "buy", "land"):
                org = self.m.vote(subj, "Organization", 2.0)  # "Studio picked up North American rights": to the
                self.emit(self.sentence_film_or_focus(v), "P750", org, v, "verb", 0.65)  # film in focus
            return
        self.m.vote(film_tok, "Film", 1.5)
        org = self.m.vote(subj, "Organization", 2.0)
        for f in self.film(film_tok):
            self.emit(f, "P750", org, v, "verb", 0.75)

    @staticmethod
    def _relative_head(subj: Token) -> Token | None:
        """The phrase a relative pronoun stands for ('Title, which was ...'); other subjects as they are."""
        if subj.lower_ in ("which", "that"):
            clause = next((a for a in subj.ancestors if a.dep_ == "relcl"), None)
            return clause.head if clause is not None else None
        return subj

    def coproduction_rules(self, noun: Token) -> None:
        """'The film is a co-production between A and B', 'a Studio A production' → production companies."""
        orgs = [g for c in noun.children if c.dep_ == "prep" and c.lower_ in ("between", "of", "from", "by")
                for g in c.children if g.dep_ == "pobj" and g.pos_ == "PROPN"]
        if noun.head.lower_ == "in" and noun.dep_ == "pobj" and (
                noun.lower_ not in ("production",) or self.cols.lower[noun.i - 1] in ("-", "co")):
            partners = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "with"
                        for g in c.children if g.dep_ == "pobj" and g.pos_ == "PROPN" and self._org_like(g)]
            film = self.sentence_film_or_focus(noun) if partners else None
            for o in partners:  # "A produces for B, in co-production with C": C is a production company too
                for t in [o, *o.conjuncts]:
                    self.emit(film, "P272", self.m.vote(t, "Organization", 2.5), noun, "company", 0.7)
            return
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
                    if t.ent_type_ == "GPE" and any(c.dep_ == "case" for c in t.children):
                        continue  # "Madrid's Estudios Garzal": the city is no company
                    org = self.m.vote(t, "Organization", 2.5)
                    if org is not None:
                        self.emit(f, "P272", org, noun, "company", 0.75)


    def banner_rules(self) -> None:
        """'produced by A through their company B', 'producing under her Foo Films banner' → production company."""
        doc = self.doc
        cols = columns(doc)
        for tok in tokens_among(doc, ("through", "under", "via")):
            if not any(t.lemma_.lower() in ("produce", "producer", "co-produce") for t in tok.sent):
                continue
            end = self.cols.sent_end[tok.i]
            j = tok.i + 1
            while j < end and cols.text[j].islower() and cols.lower[j] not in self.lex.banner_nouns \
                    and j - tok.i <= 3:
                j += 1  # "through their (production)"
            noun_first = j < end and cols.lower[j] in self.lex.banner_nouns
            if not noun_first:  # "through the pair's Bristol-based company, X"
                far = next((x for x in range(tok.i + 1, min(end, tok.i + 9)) if cols.lower[x] in self.lex.banner_nouns
                            and x + 2 < end and cols.text[x + 1] == "," and cols.text[x + 2][:1].isupper()), None)
                if far is not None:
                    j, noun_first = far, True
            k = j + 1 if noun_first else j
            if not noun_first and k < end and cols.lower[k] == "the":
                k += 1
            if k < self.cols.sent_end[tok.i] and cols.text[k] == ",":
                k += 1
            run = name_run(doc, k, max_len=5) if k < self.cols.sent_end[tok.i] else None
            if run is None or run[0] != k:
                continue
            after = run[1] + 1
            if not noun_first and (run[1] - run[0] == 1 or all(cols.ent[x] in ("GPE", "NORP", "LOC")
                                                                for x in range(*run))) \
                    and run[1] < end and cols.lower[run[1]] in self.lex.banner_nouns and after < end \
                    and cols.text[after][:1].isupper():
                named = name_run(doc, after, max_len=5)  # "through their Lisbon company Harnley Film": the
                if named is None or named[0] != after:   # place says where the company is, its name follows
                    continue
                run, noun_first = named, True
            if not noun_first and not (run[1] < self.cols.sent_end[tok.i]
                                       and doc[run[1]].lower_ in self.lex.banner_nouns) \
                    and cols.lower[run[1] - 1] not in self.lex.org_suffixes:
                continue  # "through A, B": a company only when the text calls it one (or its name does)
            org = self.m.add(*run, "Organization", 3.0)
            film = self.sentence_film_or_focus(tok)
            if org is not None:
                self.emit(film, "P272", org, tok, "company", 0.75)

    # a company's own name can say which of the two it is
    RELEASING_SUFFIXES = frozenset({"releasing", "distribution"})
    PRODUCING_SUFFIXES = frozenset({"productions", "production"})
    NOT_THE_FILMS_COMPANY = frozenset({"sell", "sale", "remake", "adapt", "adaptation", "screen", "option", "accord",
                                       "ceo", "chief", "executive", "president", "founder"})

    def company_cue_rules(self) -> None:
        """A name that says it is a company ("Harnley Releasing", "Ostra Films") that no other rule placed,
        in a sentence that says what companies do to films ("took it to 90 cinemas", "produces via
        her Leeds-based X", "has Dutch rights"): the company of the sentence's film (or the film in
        focus), by the one kind of deed the sentence names."""
        cols, lex = self.cols, self.lex
        for k in cols.where(lex.org_suffixes):  # the words a company's name ends on, from the Doc's index
            if k > 0 and cols.is_title[k] and k not in self.m.by_token:
                run = name_run(self.doc, k, allow_connectors=False, max_len=4)  # NER saw no name in "Harnley Releasing"
                if run is not None and run[1] == k + 1 and run[0] < k and not headline_at(self.doc, k):
                    self.m.add(*run, "Organization", 1.0)
        placed = {id(side) for r in self.raw for side in (r.subject, r.object)}
        cues = {lemma: rel for rel, lemmas in lex.company_cues.items() if rel != "_comment" for lemma in lemmas}
        for m in list(self.m.all):
            last = cols.lower[m.end - 1]
            if id(m) in placed or m.end - m.start < 2 or last not in lex.org_suffixes \
                    or m.votes.get("Film", 0) >= 2.5 or m.votes.get("Person", 0) >= 2.0:
                continue
            start, end = cols.sent_start[m.start], cols.sent_end[m.start]
            if any(cols.lemma[k] in self.NOT_THE_FILMS_COMPANY for k in range(start, end)):
                continue  # (a sales agent, an adaptation's rights, a remake: another film or another trade)
            found = {k: cues[cols.lemma[k]] for k in range(start, end) if cols.lemma[k] in cues
                     and not m.start <= k < m.end and cols.pos[k] in ("VERB", "NOUN", "ADJ")}
            rels = set(found.values())
            if last in self.RELEASING_SUFFIXES:
                rels &= {"P750"}
            elif last in self.PRODUCING_SUFFIXES:
                rels &= {"P272"}
            if len(rels) != 1:
                continue
            rel = rels.pop()
            trigger = self.doc[next(k for k, r in found.items() if r == rel)]
            if len(self.sentence_films(trigger)) > 1:
                continue  # which of the films is the company's, the sentence alone does not say
            org = self.m.vote(self.doc[m.end - 1], "Organization", 2.0)
            self.emit(self.sentence_film_or_focus(trigger), rel, org, trigger, "company-cue", 0.5)

    def studio_label_rules(self) -> None:
        """'the Streamer thriller Title', 'Title (1983), a Studio Pictures neo-noir': a company named as the
        label of a film is the one that puts it out (its distributor; a production outfit by its name)."""
        doc, cols = self.doc, self.cols
        for m in list(self.m.all):
            if m.votes.get("Film", 0) < 2.5:
                continue
            k = m.start - 1
            if k >= 0 and cols.text[k] in ("'", '"', "‘", "“"):
                k -= 1
            if k >= 0 and cols.text[k] == "," or m.end + 2 >= len(doc):
                k = -1
            if k >= 1 and cols.text[k].islower() and cols.lemma[k] in self.lex.film_nouns:
                noun = k  # "the Studio thriller Title"
            else:
                j = m.end  # "Title (1983), a Studio neo-noir"
                if j < len(doc) and cols.text[j] == "(":
                    j = next((x + 1 for x in range(j, min(j + 5, len(doc))) if cols.text[x] == ")"), j)
                if not (j + 2 < len(doc) and cols.text[j] == "," and cols.lower[j + 1] in ("a", "an", "the")):
                    continue
                noun = next((x for x in range(j + 2, min(j + 9, cols.sent_end[j])) if cols.text[x].islower()
                             and cols.lemma[x] in self.lex.film_nouns and cols.lemma[x + 1:x + 2] != ["film"]), None)
                if noun is None:
                    continue
            lo = noun
            while lo - 1 >= 0 and (cols.text[lo - 1].islower() and self._modifier(doc[lo - 1])
                                   or not doc[lo - 1].whitespace_ and not cols.text[lo - 1][:1].isupper()):
                lo -= 1  # "the Studio period romance", "a Studio neo-noir"
            label = self.m.at(lo - 1) if lo >= 1 and cols.text[lo - 1][:1].isupper() else None
            if label is None or label is m or label.end != lo or not doc[lo - 1].whitespace_:
                continue  # (not "a Warsaw-set saga")
            if cols.lower[label.start] in ("the", "a", "an") and label.end - label.start > 1:
                label = self.m.add(label.start + 1, label.end, None, 0.0, exact=True)  # "The Studio thriller"
            elif label.start < 1 or cols.lower[label.start - 1] not in ("a", "an", "the", "its", "their"):
                continue
            if label is None or not (cols.ent[label.start] == "ORG" or cols.lower[label.end - 1]
                                     in self.lex.org_suffixes or label.votes.get("Organization", 0) >= 1) \
                    or label.votes.get("Person", 0) >= 1 or label.votes.get("Film", 0) > 0 \
                    or label.series is not None or label.votes.get("Series", 0) > 0:
                continue
            label.votes["Organization"] += 2.0
            self._owner_company(m, label, doc[noun])

    def list_bracket_rules(self) -> None:
        """'4. Title (Studio) - A directs ...', '1. Title (Studio)' over a paragraph: a ranking names each
        film's distributor in brackets after it. Two bracketed company names or more among the items make
        the brackets a column of companies (a name there that could be a person's is one too)."""
        cols, doc = self.cols, self.doc
        items: list[tuple[Mention, tuple[int, int]]] = []
        for a, b in text_lines(cols):
            j = item_start(cols, a, b)
            listed = heading_line_title(doc, a, b)  # a streaming calendar's "Title (Service, April 4)"
            j = listed[0] if listed is not None else j
            m = self.m.by_token.get(j) if j is not None else None
            if m is None or m.start != j or m.end + 2 >= b or cols.text[m.end] != "(":
                continue
            run = name_run(doc, m.end + 1, allow_connectors=False, max_len=5)
            if run is not None and run[0] == m.end + 1 and run[1] < b and (cols.text[run[1]] == ")" or (
                    listed is not None and cols.text[run[1]] == "," and not YEAR.match(cols.text[run[0]]))):
                items.append((m, run))
        named = Counter(cols.span_text(s, e) for _, (s, e) in items)
        companies = sum(cols.lower[e - 1] in self.lex.org_suffixes or cols.ent[s] == "ORG" and cols.ent[e - 1] == "ORG"
                        or cols.text[e - 1].endswith("+") or named[cols.span_text(s, e)] >= 2
                        for _, (s, e) in items)  # (one service in several brackets: a column of companies)
        if companies < 2 or companies * 2 < len(items):
            return
        for m, (s, e) in items:
            if m.votes.get("Person", 0) >= 2 or m.votes.get("Organization", 0) >= 2:
                continue
            org = self.m.add(s, e, "Organization", 3.0, exact=True)
            if org is not None and org is not m:
                m.votes["Film"] += 1.0
                self.emit(m, "P750", org, doc[s], "company", 0.6)

    RELEASE_LISTS = frozenset({"releases", "originals"})

    def release_list_rules(self) -> None:
        """The titles a distributor's or streamer's profile lists after "its releases" or "its original films"
        with "include": the company distributes each ("its" is the company the paragraph is about)."""
        from ..surface import title_list

        cols, doc = self.cols, self.doc
        for k in cols.where(("releases", "originals", "films")):
            if cols.lower[k] == "films" and not (k >= 2 and cols.lower[k - 1] == "original"):
                continue
            owner = k - 1 - (cols.lower[k] == "films")
            if owner < 1 or cols.lower[owner] != "its" or k + 2 >= len(doc) or cols.lemma[k + 1] != "include":
                continue
            para = self._paragraph_start(k)
            firm = next((m for m in sorted(self.m.all, key=lambda m: -m.start) if para <= m.start and m.end <= owner
                         and (cols.lower[m.end - 1] in self.lex.org_suffixes or self._org_like(doc[m.end - 1])
                              and m.votes.get("Organization", 0) > m.votes.get("Person", 0))), None)
            if firm is None:
                continue
            for s, e, _ in title_list(doc, k + 2):
                film = self.m.add(s, e, "Film", 2.0)
                if film is not None and film is not firm:
                    self.emit(film, "P750", self.m.vote(doc[firm.end - 1], "Organization", 1.5), doc[k], "company", 0.7)

    PLATFORM_VERBS = frozenset({"premiere", "debut", "arrive", "land", "drop", "launch", "bow"})

    def platform_rules(self) -> None:
        """Where a film streams: "Title premiered (arrives, landed) on Service", "It went straight to Service",
        "Title leaves Service": the service distributes it (not "premiered on Friday", "at a festival")."""
        cols, doc = self.cols, self.doc
        for k in cols.where(("on", "to", "leaves", "left", "leaving")):
            if cols.lower[k] in ("on", "to"):
                verb = cols.head[k]
                lemma = cols.lemma[verb]
                if cols.dep[k] != "prep" or not (cols.lower[k] == "on" and lemma in self.PLATFORM_VERBS
                                                 or cols.lower[k] == "to" and lemma == "go" and any(
                            c.lower_ in ("straight", "directly") for c in doc[verb].children)):
                    continue
                place = next((g for g in doc[k].children if g.dep_ == "pobj"), None)
            else:
                verb = k
                place = next((c for c in doc[k].children if c.dep_ == "dobj"), None)
            if place is None or place.pos_ != "PROPN" or place.ent_type_ in ("DATE", "TIME", "GPE", "PERSON") \
                    or not self._org_like(place) or any(cols.text[j] in OPEN_QUOTES
                                                         for j in range(max(0, place.left_edge.i - 1), place.i)):
                continue  # (not "A Is Leaving 'Title'": a quoted name is a title)
            subj = subject_of(doc[verb])
            if subj is not None and subj.ent_type_ == "PERSON":
                continue
            films = self.film(subj, 1.0) if subj is not None and not self._is_person(subj) else []
            org = self.m.vote(place, "Organization", 1.5)
            for f in films:
                if f is not org:
                    self.emit(f, "P750", org, doc[verb], "verb", 0.7)

    def original_rules(self) -> None:
        """A streamer's own film: "the Service original Title", "Title (It) is a Service original"."""
        cols, doc = self.cols, self.doc
        for k in cols.where("original"):
            firm = self.m.by_token.get(k - 1) if k >= 2 else None
            if firm is None or firm.end != k or cols.lower[firm.start - 1] not in ("a", "an", "the") \
                    or not self._org_like(doc[k - 1]) \
                    or firm.votes.get("Person", 0) > firm.votes.get("Organization", 0):
                continue
            named = self.m.by_token.get(k + 1)
            if named is not None and named.start == k + 1 and named.votes.get("Film", 0) >= 2:
                films = [named]  # "the Service original Title"
            elif cols.dep[k] == "attr" and cols.lemma[cols.head[k]] == "be":
                subj = subject_of(doc[cols.head[k]])  # "Title is a Service original", "It was a Service original"
                films = self.film(subj, 1.0) if subj is not None and not self._is_person(subj) else []
            else:
                continue
            org = self.m.vote(doc[k - 1], "Organization", 1.5)
            for f in films:
                self.emit(f, "P750", org, doc[k], "company", 0.7)

    def _modifier(self, t: Token) -> bool:
        """A lower-case word between an owner and a title: "'s 49th animated feature film"."""
        if t.text[:1].isupper() or t.is_punct:
            return False
        film_nouns = self.lex.film_nouns  # a genre word's own modifier too: "war drama", "heist movie"
        return t.pos_ in ("ADJ", "NUM") or t.tag_ == "JJ" or t.dep_ == "amod" or t.lemma_.lower() in film_nouns \
            or t.pos_ == "NOUN" and t.dep_ in ("compound", "nmod") and t.head.lemma_.lower() in film_nouns

    def premiere_rules(self, noun: Token) -> None:
        """'Studio has set a March 14, 2026 premiere for Title': the studio releases it, that year."""
        doc = self.doc
        cols = columns(doc)
        if noun.dep_ != "dobj" or noun.i + 2 >= len(doc) or cols.lower[noun.i + 1] != "for" \
                or not cols.text[noun.i + 2][:1].isupper():
            return
        run = title_span(doc, noun.i + 2)  # read from the surface: the parser often hangs the title elsewhere
        film = self.m.add(*run, "Film", 2.5) if run is not None and run[0] == noun.i + 2 else None
        films = [film] if film is not None else []
        subj = subject_of(noun.head)
        org = self.m.vote(subj, "Organization", 1.5) if subj is not None and subj.pos_ == "PROPN" \
            and self._org_like(subj) else None
        year = next((t.text for t in noun.subtree if t.i < noun.i and YEAR.match(t.text)), None)
        for f in films:
            if org is not None:
                self.emit(f, "P750", org, noun, "verb", 0.75)
            if year is not None:
                self.emit(f, "P577", year, noun, "release", 0.6)

    OTHER_WORK = frozenset({"previous", "last", "earlier", "prior", "first", "breakout", "next", "upcoming",
                            "debut", "own", "other", "second", "third", "fourth", "early", "later", "recent"})

    def _focus_possessive(self, noun: Token) -> bool:
        """'in A's acidic comedy', "A's 2024 thriller follows ...": a film noun owned by a person, with no
        name of its own and nothing that makes it another of A's films, is the film the text is about."""
        cols = self.cols
        if noun.tag_ != "NN" or noun.dep_ not in ("pobj", "nsubj", "dobj") or noun.i + 1 < len(self.doc) and (
                cols.text[noun.i + 1][:1].isupper() or cols.text[noun.i + 1] in OPEN_QUOTES | {"'s", "’s"}):
            return False  # "A's comedy Title", "A's film's score"
        words = [t for t in noun.subtree if t.i < noun.i]
        return not any(t.lower_ in self.OTHER_WORK or t.dep_ == "relcl" for t in words) \
            and not any(t.dep_ == "relcl" for t in noun.ancestors)

    def adaptation_rules(self, noun: Token) -> None:
        """'Title, writer-director A's adaptation of B's graphic novel X': A made it, from X."""
        if source_object(noun):
            return  # "based on A's follow-up, Title": A's book, the source (the based-on rule reads it)
        owner = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
        films = self._described_film(noun)
        edge = noun.left_edge
        if not films and edge.i + 1 < noun.i and self.cols.text[edge.i + 1] == "," and edge.pos_ == "PROPN":
            run = name_run(self.doc, edge.i)  # "Title, A's adaptation of ...", parsed as one phrase
            film = self.m.add(*run, "Film", 2.0) if run is not None and run[1] == edge.i + 1 else None
            films = [film] if film is not None else []
        focused = not films and owner is not None and self._focus_possessive(noun)
        if not films and owner is None and any(c.dep_ == "poss" and c.lower_ in ("its", "studio", "streamer", "film")
                                               for c in noun.children):
            films = [self.focus(noun)]  # "the studio's adaptation of A's novel X", "its adaptation of X"
        if focused:
            films = [self.focus(noun)]  # "a couple in A's acidic comedy": the film the text is about
        if not films:
            return
        if owner is not None:
            crafts = [self.lex.role_nouns.get(c.lower_, "") for c in owner.subtree
                      if c.i < owner.i and c.text.islower()]
            if self.doc[owner.left_edge.i].i >= 2 and self.cols.text[owner.left_edge.i - 1] == "-":
                crafts.append(self.lex.role_nouns.get(
                    self.cols.lower[owner.left_edge.i - 2] + "-" + self.cols.lower[owner.left_edge.i], ""))
            firm = self.m.at(owner)
            if focused and firm is not None and firm.votes.get("Organization", 0) > firm.votes.get("Person", 0) \
                    and self.cols.lower[firm.end - 1] not in self.lex.org_suffixes:
                return  # a one-word owner NER calls a company: too weak to credit the film in focus
            if firm is not None and not crafts and firm.votes.get("Organization", 0) > firm.votes.get("Person", 0) \
                    and (self.cols.lower[firm.end - 1] in self.lex.org_suffixes or firm.end - firm.start == 1
                         or firm.votes.get("Organization", 0) >= 2.5):
                for f in films:  # "Studio's romantic comedy Title": the studio's, not a person's
                    self._owner_company(f, firm, noun)
                owner = None
        if owner is not None:
            words = {t.lower_ for t in noun.subtree if t.i < noun.i}
            rels = [r for c in crafts for r in c.split("+") if r in ("P57", "P58")] or \
                (["P161"] if words & {"starring", "acting", "leading"} else ["P57"])  # "A's final starring feature"
            for p in self.person(owner, 1.5):
                for rel in dict.fromkeys(rels):
                    for f in films:
                        self.emit(f, rel, p, noun, "possessive", 0.7)
        of = next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                   for g in c.children if g.dep_ == "pobj"), None)
        if of is None:
            return
        work_tok = of
        if of.text.islower() and of.lemma_.lower() in self.lex.work_nouns:
            work_tok = next((c for c in of.children if c.dep_ in ("appos", "compound") and c.text[:1].isupper()
                             and c.i > of.i), None)
            if work_tok is None and of.i + 1 < len(self.doc) and self.cols.text[of.i + 1][:1].isupper():
                work_tok = self.doc[of.i + 1]
        if work_tok is None or not work_tok.text[:1].isupper():
            return
        run = name_run(self.doc, work_tok.i)
        k = run[0] if run is not None else work_tok.i
        if k >= 2 and self.cols.text[k - 1] in ("'s", "’s") and self.cols.text[k - 2][:1].isupper():
            k -= 2  # "the video game Lockkeeper's Log": the possessive is the title's, after its noun
        if k >= 1 and self.cols.text[k - 1].islower() and self.cols.lemma[k - 1] in self.lex.work_nouns:
            longer = named_after_noun(self.doc, k)
            if longer is not None and longer[0] <= work_tok.i < longer[1] and (run is None or longer[1] >= run[1]):
                run = longer
        work = self.m.add(*run, "Work", 3.0) if run is not None and run[0] <= work_tok.i else None
        for f in films:
            if work is not None and work is not f:
                self.emit(f, "P144", work, noun, "based", 0.75)

    def _owner_company(self, film: Mention, owner: Mention, at: Token) -> None:
        """'Studio's Title': the studio that puts it out (a distributor), unless its name says it is a
        production outfit ('Orbit Productions' Title'); 'Studio and Firm Entertainment's Title' names two."""
        cols = self.cols
        parts, lo = [], owner.start
        for k in range(owner.start, owner.end + 1):
            if k == owner.end or cols.lower[k] in ("and", "&"):
                if k > lo:
                    parts.append((lo, k))
                lo = k + 1
        for a, b in parts:
            org = owner if (a, b) == (owner.start, owner.end) else self.m.add(a, b, "Organization", 2.0, exact=True)
            if org is None:
                continue
            producer = cols.lower[b - 1] in self.lex.production_suffixes or any(
                o.key.startswith(org.key + " ") and cols.lower[o.end - 1] in self.lex.production_suffixes
                for o in self.m.all if org.key)  # "Ironbark's Title" in a text that names Ironbark Films
            rel = "P272" if producer and at.lemma_ != "release" else "P750"
            # ("the Firm Films release Title": whatever its name, a company releasing a film distributes it)
            self.emit(film, rel, org, at, "company", 0.75)

    def _film_elsewhere(self, m: Mention) -> bool:
        """Is the quoted name a film by another cue too ('A's "Title" (2001)', '"Title," a hushed drama')?
        Then 'A's "Title"' is A's film, not a song."""
        if m.year is not None or self._film_year(m) is not None:
            return True
        return noun_after(self.cols, m.end, self.lex.film_nouns, reach=4) is not None  # ', a hushed family drama'

    def possessive_rules(self) -> None:
        # "Quill's Title" (a director's film), "Studio's Title" (its production company)
        doc = self.doc
        cols = columns(doc)
        for m in list(self.m.all):  # "Title's A, who plays X": a film's actor
            k = m.start - 1
            if k < 1 or cols.text[k] not in ("'s", "’s") or m.votes.get("Person", 0) < 1 \
                    or m.votes.get("Person", 0) < m.votes.get("Film", 0):
                continue
            owner = self.m.by_token.get(k - 1)
            if owner is not None and owner.votes.get("Film", 0) >= 2.5 and owner is not m \
                    and any(t.lemma_.lower() in ("play", "portray", "star") for t in doc[m.end:m.end + 4]):
                self.emit(owner, "P161", m, doc[k], "possessive", 0.7)
        for m in list(self.m.all):
            if m.votes.get("Film", 0) < 2.0 or m.start < 2:
                continue
            k = m.start - 1
            quoted = cols.text[k] in OPEN_QUOTES and k >= 1 and cols.space[k - 1] and not cols.space[k] \
                and not headline_at(doc, k)  # an opening quote, not the apostrophe of "Bros.'"
            if quoted:
                k -= 1  # 'Studio's "Title"' (a studio's only: 'A's "March"' is no film of A's)
            # "Quill's 2017 Title", "Quill's 1997 short feature Title"
            steps, as_role = 0, None
            if k >= 4 and cols.text[k] == "," and cols.lower[k - 2] == "as" and cols.lemma[k - 3] in \
                    self.lex.film_nouns and self.lex.role_nouns.get(cols.lemma[k - 1], "").split("+")[0] in \
                    ("P57", "P58", "P162"):
                as_role = self.lex.role_nouns[cols.lemma[k - 1]].split("+")[0]
                k -= 3  # "A's second feature as director, Title": the credit the words name
            while k >= 1 and steps < 6 and (YEAR.match(cols.text[k]) or self._modifier(doc[k]) or (
                    cols.text[k] == "," and steps == 0 and cols.lemma[k - 1] in self.lex.film_nouns)):
                # ("A's previous feature, Title")
                k -= 1
                steps += 1
            plural_possessive = cols.text[k] in ("'", "’") and k >= 1 and cols.text[k - 1].endswith(("s", "s.")) \
                and cols.text[k - 1][:1].isupper() and not (
                    m.end < len(doc) and cols.text[m.end] == cols.text[k])  # not "Studio Sets 'Title'"
            if cols.lower[k] == "whose" and steps > 0:
                self._whose_film(m, doc[k])
                continue
            whose = self._whose_apposition(m) if cols.lower[k] in ("the", "a", "an") else None
            if whose is not None:  # "A, whose directing debut, the horror film Title, was a hit"
                self._whose_film(m, doc[whose])
                continue
            if cols.text[k] not in ("'s", "’s") and not plural_possessive or k < 1:
                continue
            if m.end < len(doc) and cols.lemma[m.end] in ("sequel", "prequel", "remake", "reboot", "spinoff"):
                m = self.named_sequel(doc[m.end])  # "A's Title sequel": A made the sequel, not Title
                if m is None:
                    continue
            owner = self.m.at(k - 1)
            if owner is None or owner is m:
                continue
            if owner.start >= 2 and cols.lower[owner.start - 1] in ("on", "from") \
                    and cols.lemma[owner.start - 2] in SOURCE_LEMMAS:
                continue  # "based on A's follow-up, Title": A's book, the film's source
            surname_of_person = len(owner.text.split()) == 1 and any(
                p.text.split()[-1] == owner.text for p in self.m.all if p is not owner
                and p.votes.get("Person", 0) >= 1 and len(p.text.split()) >= 2)
            if surname_of_person or (len(owner.text.split()) >= 2 and self.cols.ent[owner.start] != "GPE"
                                     and self.cols.lower[owner.end - 1] not in self.lex.org_suffixes
                                     and all(self.cols.pos[k] == "PROPN" for k in range(owner.start, owner.end))
                                     and owner.votes.get("Organization", 0) <= 1.0):
                surname_of_person = True  # "Ann Vale's Title": a person's film, whatever NER said
                owner.votes["Person"] += 1.0
            lone = owner.end - owner.start == 1 and not surname_of_person and owner.votes.get("Person", 0) < 2 \
                and not any(len(p.text.split()) >= 2 and owner.text in p.text.split()
                            for p in self.m.all if p is not owner)
            if not surname_of_person and (owner.votes.get("Organization", 0) >= 1 and owner.votes.get(
                    "Organization", 0) >= owner.votes.get("Person", 0) or lone):
                # (one word no full name of the text ends with: "Neon's Title", "Searchlight's Title")
                if cols.ent[owner.start] in ("GPE", "NORP", "LOC") and owner.end - owner.start <= 2 \
                        and cols.lower[owner.end - 1] not in self.lex.org_suffixes:
                    continue  # "France's Title", "Latvia's animated Title": a country's entry, no company's
                owner.votes["Organization"] += 1.0
                self._owner_company(m, owner, doc[k])
            elif (not quoted or owner.start > 0 and cols.lower[owner.start - 1] in DIRECTOR_NOUNS
                  or self._film_elsewhere(m)) and (
                    owner.votes.get("Person", 0) >= 1 or cols.ent[owner.start] == "PERSON"):
                # (quoted only after a director's noun: 'filmmaker A's "Title"', not 'A's "March"', a song)
                owner.votes["Person"] += 0.5
                directed = {w for r in self.raw if r.relation == "P57" and isinstance(r.object, Mention)
                            for w in (r.object.key, r.object.key.split()[-1] if r.object.key else "")}
                rel = as_role or ("P57" if owner.key in directed else self.roles.get(owner.key, "P57"))
                if rel in ("P57", "P58", "P162"):  # "producer A's Title": A made it as its producer
                    self.emit(m, rel, owner, doc[k], "possessive", 0.7)
                    first = self.m.by_token.get(owner.start - 2) if owner.start >= 2 \
                        and cols.lower[owner.start - 1] == "and" else None
                    if first is not None and getattr(first, "full", "").endswith(" " + owner.text.split()[-1]):
                        self.emit(m, rel, first, doc[k], "possessive", 0.7)  # "Ivo and Pim Lidholm's Title"

    def _whose_film(self, m: Mention, whose: Token) -> None:
        """'directed by A, whose 2022 thriller Title was a hit': A's film, credited as the text has already
        credited A (director, writer or producer); nothing when the text gives A no such credit."""
        i = whose.i
        comma = i >= 2 and self.cols.text[i - 1] == ","
        owner = self.m.by_token.get(i - 2) if comma else None  # "A, whose"
        if owner is None and comma and self._surname_of_someone(self.cols.lower[i - 2]):
            owner = self.m.at(i - 2)  # "Brink, whose ...": the surname of someone the text names in full
        if owner is None or owner.end != i - 1:
            verb = whose.head.head if whose.head.dep_ in ("nsubj", "nsubjpass", "dobj", "appos") else whose.head
            owner = self.m.at(verb.head, create=False) if verb.dep_ == "relcl" else None
        if owner is None or owner is m or owner.votes.get("Person", 0) < 1 and not self._surname_of_someone(owner.key):
            return
        said = [r.relation for r in self.raw if r.relation in ("P57", "P58", "P162")
                and owner.key in (getattr(r.object, "key", None), (getattr(r.object, "key", "") or " ").split()[-1])]
        # (any mention of the person: "Brink, whose ..." for Ada Brink)
        rel = "P57" if "P57" in said else self.roles.get(owner.key) or (said[0] if said else None)
        if rel in ("P57", "P58", "P162"):
            self.emit(m, rel, owner, whose, "possessive", 0.65)

    OTHER_FILM = frozenset({"previous", "last", "earlier", "next", "upcoming", "first", "prior", "former", "future",
                            "other", "debut", "breakout", "early"})

    def possessive_noun_rules(self) -> None:
        """'A's third feature follows ...', 'A's chiller stars B': a person's film named by a film noun
        alone is the film in focus there, and the person its director (not "A's previous film", another)."""
        cols, doc = self.cols, self.doc
        for i in self.cols.where(self.lex.film_nouns):
            t = doc[i]
            if cols.tag[i] != "NN" or not cols.text[i].islower() or cols.dep[i] not in (
                    "nsubj", "nsubjpass", "dobj", "attr", "ROOT") or i + 1 >= len(doc):
                continue
            owner = next((c for c in t.children if c.dep_ == "poss" and c.pos_ == "PROPN" and c.i < i), None)
            if owner is None or any(cols.lower[c.i] in self.OTHER_FILM or cols.lemma[c.i] in ("star", "act")
                                    for c in t.children if c.dep_ in ("amod", "compound")):
                continue  # ("A's final starring feature": an actor's)
            first = min([owner.left_edge.i, *(c.i for c in t.children if c.i < owner.i)])
            if first > 0 and cols.text[first - 1] in (",", "(", "-", "–", "—", ":"):
                continue  # "Title, A's adaptation of ...": the name before it is the film
            nxt = i + 1
            while nxt < len(doc) and cols.text[nxt] in OPEN_QUOTES | {","}:
                nxt += 1
            named = self.m.by_token.get(nxt)
            if named is not None or cols.pos[nxt] == "PROPN":
                continue  # "A's thriller Title": the possessive rule reads the name
            m = self.m.at(owner, create=False) or self.m.at(owner)
            if m is None or not self._is_person(owner) or cols.lower[m.end - 1] in self.lex.org_suffixes \
                    or self.roles.get(m.key) not in (None, "P57"):
                continue
            self.emit(self.focus(t), "P57", self.m.vote(owner, "Person", 1.0), t, "possessive", 0.6)

    COMPANY_NOUNS = {"production": "P272", "co-production": "P272", "coproduction": "P272", "release": "P750",
                     "picture": "P272"}

    def company_noun_rules(self) -> None:
        """'A Dravik Films production', 'the Quenby Pictures release': the company that made or releases the
        film the phrase describes (the film named with it, else the film in focus); 'according to distributor
        Studio' names the focus film's distributor."""
        cols, doc = self.cols, self.doc
        for i in cols.where(set(self.COMPANY_NOUNS) | {"distributor"}):
            t = doc[i]
            if not cols.text[i].islower() or cols.dep[i] == "compound" and cols.lower[i] != "distributor" or i < 1:
                continue
            if cols.lower[i] == "distributor":
                head = doc[cols.head[i]]
                if cols.dep[i] == "compound" and head.pos_ == "PROPN" and head.i > i and self._org_like(head):
                    org = self.m.vote(head, "Organization", 2.0)
                    self.emit(self.sentence_film_or_focus(t), "P750", org, t, "role", 0.7)
                continue
            m = self.m.by_token.get(i - 1) or (self.m.at(doc[i - 1]) if cols.pos[i - 1] == "PROPN" else None)
            if m is None or m.end != i or not (self._company_name(doc[i - 1]) or cols.ent[i - 1] == "ORG"):
                continue
            if cols.lower[m.start] in ("a", "an", "the") and m.end - m.start >= 2:
                m = self.m.add(m.start + 1, m.end, exact=True) or m  # NER's "The Studio Pictures"
            if m.start > 0 and cols.lower[m.start - 1] not in ("a", "an", "the") and not cols.is_punct[m.start - 1]:
                continue  # ("its Studio release": whose?)
            if t.dep_ == "appos" and t.head.pos_ == "PROPN":
                films = self.film(t.head, 1.0, anaphora=False)  # "Title, a Studio Films production"
            elif t.dep_ == "attr":
                subj = subject_of(t.head)
                films = self.film(subj, 1.0) if subj is not None else []
            else:
                films = [self.sentence_film_or_focus(t)]
            m.votes["Organization"] += 2.0
            for f in films:
                self.emit(f, self.COMPANY_NOUNS[cols.lower[i]], m, t, "company", 0.7)

    def possessive_film_rules(self) -> None:
        """'A B's "Title"', 'A B's Title: Subtitle': a person's name in the possessive right before a title
        names its director (the convention of film writing), unless the text makes the person an actor; a
        company's name before a title is its distributor or its production company."""
        cols = self.cols
        crews = {"P57", "P58", "P162"}
        for m in list(self.m.all):
            if m.votes.get("Film", 0) < 2.5 or m.in_parens_of is not None:
                continue
            k = m.start - 1
            if k >= 0 and cols.text[k] in OPEN_QUOTES:
                k -= 1
            if k < 1 or cols.tag[k] != "POS" or cols.text[k] not in ("'s", "’s", "'", "’"):
                continue
            owner = self.m.by_token.get(k - 1)
            if owner is None or owner.end != k or owner.votes.get("Film", 0) >= 2.5 \
                    or m.votes.get("Work", 0) >= 1 or source_object(self.doc[m.end - 1]) \
                    or any(cols.lemma[x] in self.lex.work_nouns for x in range(m.end, min(m.end + 2, len(self.doc)))):
                continue  # (an author's book: "adapted from A's 'Title'", "A's 'Title' novels")
            j = m.end
            while j < len(self.doc) and cols.text[j] in (",", '"', "”", "’", "'"):
                j += 1
            if j + 1 < len(self.doc) and cols.lower[j] in ("a", "an") and j > m.end:
                noun = next((x for x in range(j + 1, min(j + 5, len(self.doc))) if cols.pos[x] == "NOUN"), None)
                if noun is not None and cols.lemma[noun] not in self.lex.film_nouns:
                    continue  # ('A's "Title", a march': whatever else it is, no film)
            if headline_at(self.doc, owner.start) and not is_given_name(cols.lower[owner.start]):
                continue  # ("A Boards Studio's 'Title'": a headline's words run into the name)
            if owner.votes.get("Organization", 0) > owner.votes.get("Person", 0) \
                    or cols.lower[owner.end - 1] in self.lex.org_suffixes:
                self._owner_company(m, owner, self.doc[k])
                continue
            if len(owner.text.split()) < 2 and not self._surname_of_someone(owner.key):
                continue  # (a lone name: a part's, or a title's own "Jennifer's")
            role = self._role_of(owner)
            if role is not None and role not in crews:
                continue  # an actor's film: the text says what they do in it elsewhere
            for p in self.person(self.doc[owner.end - 1], 1.0):
                self.emit(m, role or "P57", p, self.doc[k], "possessive", 0.7)
