"""Crew rules (``role``): crew and craft nouns.

Crew nouns beside a name ("director A", "Title director A", "A, the film's editor", "the
director was A", "A served as producer on Title", "writer-director A"), craft nouns ("the
screenplay by A", "A's score for Title", "A did the cinematography"), "A is back behind the
camera for Title", and "Title, a western from A" (a film from a person is one they directed).
"""
from __future__ import annotations

import re

from spacy.tokens import Token

from ..columns import columns
from ..lexicon import ORDINALS, is_given_name
from ..mentions import Mention
from ..titles import CLOSE_QUOTES, headline_at, name_run, title_span, tokens_among
from .base import CREW_RELATIONS, AllFilms, RecentFilms, SoleFilm
from .parse import subject_of

# verbs that introduce a quoted speaker: '"...," said director A', 'producer B says'
SPEAKING_VERBS = frozenset({"say", "add", "explain", "recall", "tell", "note", "insist", "admit", "joke", "laugh"})

# "Label:" inside a credit line, at its start or after a full stop, a semicolon or another label
CREDIT_LABEL = re.compile(r"(?:^[ \t]*|(?<=[.;:)\"”])[ \t]+)"
                          r"(Prod\. cos?\.|[A-Za-z][A-Za-z /-]{1,30}?)[ \t]*:(?=[ \t]|$)")
# (a label after a value that ends in a quoted title: 'Writer: A, from B's novel "X." Producers: C')
# where a label's value ends: a full stop not after an initial ("Mara J. Quill"), or a bracket
CREDIT_VALUE_END = re.compile(r"(?<![ .][A-Z])\.(?=\s|$)|\s\(|;")
# the trade review's "A Studio (in North America) release of a Firm, Firm production"
TRADE_RELEASE = re.compile(r"\bAn? ((?:[A-Z0-9][\w&+.'’-]*\s?)+?)\s(?:\([^)]*\)\s)?release of an? "
                           r"((?:[A-Z0-9][\w&+.'’-]*|[a-z]{1,3}|&|,|in association with|\s)+?)\s+production\b")


TEAM_WORDS = frozenset({"duo", "team", "pair", "trio", "brother", "brothers", "sister", "sisters", "siblings",
                        "husband", "wife", "partner"})
HANDING_VERBS = frozenset({"hand", "give", "pass", "turn", "entrust"})


class CrewRules:
    """Crew rules: crew nouns, craft nouns, the director's chair, 'a film from A'."""

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
            and lemma not in ("join", "board", "sign", "return", "reteam", "come", "cast", "shoot")
    # ("Director A shot it in Oslo": a director shoots without being the cinematographer)

    # -- crew nouns

    def _known_film(self, m: Mention) -> bool:
        """Is ``m`` a film by its own votes, or by those of another mention of the same name ("Title star A"
        after a paragraph that presented Title as a film)?"""
        return m.votes.get("Film", 0) >= 2.5 or bool(m.key) and any(
            o.key == m.key and o.votes.get("Film", 0) >= 2.5 and o.votes.get("Film", 0) > o.votes.get("Person", 0)
            for o in self.m.all if o is not m)

    def role_rules(self, noun: Token, rels: list[str] | None = None) -> None:
        lex = self.lex
        key = noun.lemma_.lower() if noun.lemma_.lower() in lex.role_nouns else noun.lower_ \
            if noun.lower_ in lex.role_nouns else noun.lower_[:-1]
        rels = rels or lex.role_nouns[key].split("+")
        if self._turned_craft(noun, rels):
            return
        if noun.i >= 2 and self.cols.text[noun.i - 1] in ("-", "/") and self.cols.lower[noun.i - 2] in lex.role_nouns:
            # "writer-director A": both crafts
            rels = list(dict.fromkeys(rels + lex.role_nouns[self.cols.lower[noun.i - 2]].split("+")))
        # "artistic director A", "the festival's casting director": a post, not a film's credit
        prev = self.doc[noun.i - 1] if noun.i > 0 else None
        if prev is not None and prev.lower_ in lex.post_modifiers.get(key, ()):
            return
        named = noun.head if noun.dep_ == "compound" else noun
        if named.dep_ == "pobj" and named.head.lower_ == "by" and named.head.head.lemma_.lower() in lex.work_nouns:
            return  # "a ghost story by writer A": the source's author
        if key == "director" and prev is not None and prev.lower_ in ("music", "musical"):
            rels = ["P86"]  # "music director A" (Indian cinema's word for the composer)
        # "director of photography"
        nxt = self.doc[noun.i + 1:noun.i + 3]
        if key == "director" and len(nxt) == 2 and nxt[0].lower_ == "of" and nxt[1].lower_ == "photography":
            rels = ["P344"]
        # Who: the name the noun is a title of ("director A"), or its apposition ("A, the director").
        people_toks = []
        if noun.dep_ == "compound" and noun.head.pos_ == "PROPN":
            people_toks.append(noun.head)
        elif noun.i + 1 < len(self.doc) and self.cols.pos[noun.i + 1] == "PROPN" and self.doc[noun.i + 1].i != noun.i:
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
            while k > noun.i and self.cols.pos[k] in ("ADV", "AUX", "PART"):
                k -= 1
            run = name_run(self.doc, k - 1, allow_connectors=False, max_len=4) \
                if self.cols.text[k] == "," and k - 1 > noun.i else None
            if run is not None and run[1] == k and self.doc[run[0] - 1].text == ",":
                people_toks.append(self.doc[k - 1])
        if noun.dep_ == "appos" and noun.head.pos_ == "PROPN" and not people_toks:
            people_toks.append(noun.head)  # (not "cinematographer A, editor B": "editor" has a name of its own)
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
        if not found and noun.i + 2 < len(self.doc) and self.cols.lower[noun.i + 1] in ("is", "was") \
                and noun.text.islower() and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
            run = name_run(self.doc, noun.i + 2, allow_connectors=False, max_len=5)
            if run is not None and run[0] == noun.i + 2:
                people_toks.append(self.doc[run[1] - 1])  # "... and the music composer is A", read from the surface
        k = noun.i - 1
        while k > self.cols.sent_start[noun.i] and self.cols.text[k][:1].islower() and self.cols.lower[k] != "as" \
                and self.cols.pos[k] in ("DET", "NOUN", "ADJ") and noun.i - k < 4:
            k -= 1
        if k > self.cols.sent_start[noun.i] and self.cols.lower[k] == "as" and self.cols.pos[k - 1] == "PROPN" \
                and self.doc[k - 1].head.lemma_ not in ("replace", "succeed"):
            people_toks.append(self.doc[k - 1])  # "... and B as the music composer", read from the surface
        if noun.dep_ == "pobj" and noun.head.lower_ == "as" and noun.head.head.pos_ == "PROPN":
            people_toks.append(noun.head.head)  # "had A as the editor and B as the composer"
        if noun.dep_ == "pobj" and noun.head.lower_ == "as" and noun.head.head.lower_ == "with":
            people_toks += [g for g in noun.head.head.children if g.dep_ == "pobj" and g.pos_ == "PROPN"]
        if noun.dep_ == "pobj" and noun.head.lower_ == "as" and noun.head.head.lower_ == "back" \
                and noun.head.head.head.lemma_ == "be":
            subj = subject_of(noun.head.head.head)  # "A is back as DP"
            people_toks += [subj] if subj is not None and subj.pos_ == "PROPN" else []
        if noun.dep_ == "pobj" and noun.head.lower_ == "as" and noun.head.head.pos_ in ("VERB", "AUX"):
            # "had A as the cinematographer", "with A as editor", "A served as producer on Title"
            verb = noun.head.head
            if verb.lemma_ in ("replace", "succeed"):  # "A replaced B as director": the role is A's now
                subj = subject_of(verb)
                people_toks += [subj] if subj is not None and subj.pos_ == "PROPN" else []
            elif verb.lemma_ not in ("join", "board"):  # "joined Title as director": the object is the film
                people_toks += [c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "PROPN"]
            if verb.lemma_ in ("serve", "work", "act", "sign", "join", "return", "come", "board", "attach", "take",
                               "stay", "remain", "step", "continue"):  # "takes over as", "stays on as"
                subj = subject_of(verb)
                if subj is None and verb.dep_ in ("acomp", "xcomp", "oprd"):
                    subj = subject_of(verb.head)  # "A remains attached as writer"
                if subj is not None and subj.pos_ == "PROPN":
                    people_toks.append(subj)
                elif subj is not None and subj.lower_ in ("he", "she"):
                    for m in self._main_person(noun):
                        people_toks.append(self.doc[m.end - 1])
        if people_toks and noun.tag_ == "NNS":  # "B and C serve as producers alongside A": A too
            for t in (noun, noun.head, noun.head.head):
                people_toks += [g for c in t.children if c.dep_ == "prep" and c.lower_ == "alongside"
                                for g in c.children if g.dep_ == "pobj" and g.pos_ == "PROPN"]
        holder = noun.head if noun.dep_ == "compound" else noun
        if holder.dep_ == "dobj" and holder.head.lemma_ in ("replace", "succeed") or holder.dep_ == "pobj" \
                and holder.head.lower_ == "from" and holder.head.head.lemma_ in ("take", "inherit"):
            return  # "B replaces longtime editor A", "takes over from editor A": not A's credit here
        people = []
        for t in people_toks:
            alone = t.i == noun.head.i and noun.dep_ == "appos" and self.described_apart(t) \
                or t.i == noun.head.i and noun.dep_ == "compound" and noun.tag_ == "NN" and t.dep_ == "conj"
            # ("A, B and the composer C": the singular title is C's alone)
            named = self.own_person(t, 1.5) if alone else self.person(t, 1.5)
            people += [p for p in named if (p.type == "Group" or p.start != noun.i)
                       and not self._headline_only(p) and not (not p.start <= t.i < p.end
                                                                   and self._own_role(p, noun, rels))]
        if not people:
            return
        for p in people:
            if p.type != "Group":
                self.roles.setdefault(p.key, rels[0])
        # Which film: "Title director A", "the film's director", "director of Title", the one film
        # of the sentence, or the film in focus when the sentence speaks of "the film".
        films = []
        for c in noun.children:
            if c.dep_ == "poss" and c.lower_ == "its" and rels == ["P161"]:
                films.append(self.focus(noun))  # "Its star, A, ...": the film's
            if c.dep_ in ("compound", "nmod", "poss") and c.i < noun.i and c.pos_ != "PRON":
                if c.i in self.m.by_token and self._known_film(self.m.by_token[c.i]):
                    films += self.film(c)
                elif c.dep_ == "poss" and c.lower_ == "original" and len(originals := self._originals()) == 1:
                    films += originals  # "the original's director, A"
                elif c.lemma_.lower() in lex.film_anaphors:
                    films += self.film(c)
        if not films and (worked := self.worked_on_film(noun)) is not None:
            films.append(worked)  # "his Title director, A": whatever else the sentence is about
        left = self.m.by_token.get(noun.i - 1)
        if not films and left is not None and self._known_film(left):
            films.append(left)
        if not films and left is None and noun.i > 0 and self.cols.pos[noun.i - 1] == "PROPN" and any(
                o.text == self.cols.text[noun.i - 1] and self._known_film(o) for o in self.m.all):
            left = self.m.add(noun.i - 1, noun.i, "Film", 1.0, exact=True)  # "Title star A": a film named before
            films += [left] if left is not None else []
        if not films and left is None and noun.i > 0:
            run = name_run(self.doc, noun.i - 1)
            if run is None or run[1] - run[0] < 2:
                run = title_span(self.doc, noun.i - 1, forward=False)  # "Bad Times for Good Men screenwriter A"
                if run is not None and any(t.pos_ in ("AUX", "VERB") or t.ent_type_ in ("NORP", "GPE")
                                           for t in self.doc[run[0]:run[1]]):
                    run = None  # "A is a Japanese actress": no title before the noun
            head = run[0] + 1 if run is not None and self.cols.lower[run[0]] == "the" else run[0] if run else 0
            if run is not None and run[1] == noun.i and run[1] - run[0] >= 2 \
                    and self.doc[head].ent_type_ not in ("PERSON", "GPE", "NORP", "LOC") \
                    and self.doc[run[1] - 1].lower_ not in self.lex.org_suffixes:
                left = self.m.add(*run)
        if not films and left is not None and left.end == noun.i and left.end - left.start >= 2 \
                and left.votes.get("Person", 0) < 1 and self.cols.lower[left.end - 1] not in self.lex.org_suffixes \
                and self.cols.ent[left.start] not in ("PERSON", "GPE", "NORP", "LOC"):
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
        if not films and anchor.head.lower_ in ("from", "by") and anchor.dep_ == "pobj":
            host = anchor.head.head  # "Title, from director A", "Title, a thriller from director A"
            if host.lemma_.lower() in self.lex.film_nouns and host.dep_ == "appos":
                host = host.head
            comma = anchor.head.i - 1  # "Salt and Ember, by director A": the whole name before the comma
            run = title_span(self.doc, comma - 1, forward=False) \
                if comma > self.cols.sent_start[anchor.i] and self.cols.text[comma] == "," else None
            if run is not None and run[1] == comma and run[0] <= host.i < run[1] and run[1] - run[0] <= 6:
                whole = self.m.add(*run, "Film", 2.0, exact=True)
                films += [whole] if whole is not None else []
            elif host.text[:1].isupper() and host.pos_ == "PROPN":
                films += self.film(host, 2.0)
        if not films and anchor.dep_ == "pobj" and anchor.head.lower_ == "for" and noun.text.islower():
            # "shooting Title for director A", "lensing Title for director A": the film the "for" hangs on
            host, made = anchor.head.head, False
            if host.pos_ == "VERB":
                made = host.lemma_.lower() in ("shoot", "film", "make", "lens", "complete", "finish", "edit", "cut")
                host = next((c for c in host.children if c.dep_ == "dobj" and c.pos_ == "PROPN"), None)
            if host is not None and host.pos_ == "PROPN" and (made or not self._is_person(host)):
                films += self.film(host, 2.0)  # (what one shoots for a director is a film, whatever NER says)
        desc = anchor.head.head if anchor.dep_ == "pobj" and anchor.head.lower_ == "of" else None
        if not films and desc is not None and desc.dep_ == "appos" and desc.text.islower() and \
                (desc.lemma_.lower() in self.lex.film_nouns or desc.lower_ == "debut") and desc.head.pos_ == "PROPN":
            films += self.film(desc.head, 2.0)  # "Title, the English-language debut of director A"
        conf = 0.8
        if not films and rels == ["P161"] and not (
                noun.dep_ in ("attr", "nsubj") and noun.head.lemma_ == "be"
                and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)):
            return  # "an actor" describes a person; "A was the main actor", "the star was A" cast A
        first = noun
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head  # "an actor, writer and director": the article sits on the first conjunct
        joining = any(c.dep_ == "amod" and c.lower_ == "new" for c in noun.children) \
            and any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in noun.children)  # "a new editor, A"
        if not films and noun.head.lower_ != "as" and not joining and any(
                c.dep_ == "det" and c.lower_ in ("a", "an") for c in [*noun.children, *first.children]):
            return  # "an Iranian film director": a description, not a credit for the film nearby
        if not films and any(c.dep_ == "amod" and c.lower_ in ("original", "former", "previous", "onetime")
                             for c in noun.children):
            return  # "Original director A has given the project his blessing": not the new film's
        sent = noun.sent
        if not films and any(self._original_of_unnamed(m) and self._sequel_of(m) is None
                             for m in self.m.all if sent.start <= m.start < sent.end):
            return  # "a sequel to Title, with director A": A's film is not named
        if not films and any(self._credited_otherwise(t, rels[0]) for t in people_toks):
            return  # "Her husband, director A, edited the film": the verb is A's credit here
        if not films and any(t.dep_ == "appos" and t.head.lemma_.lower() in lex.kin_sibling | lex.kin_spouse
                             | lex.kin_relatives
                             or t.dep_ == "pobj" and t.head.lower_ == "to"
                             and t.head.head.lower_ in ("married", "engaged", "wed")
                             for t in [noun, *people_toks, noun.head]) \
                or not films and noun.i >= 2 and self.cols.lower[noun.i - 1] == "to" \
                and self.cols.lower[noun.i - 2] in ("married", "engaged", "wed"):
            return  # "his wife, the director A", "married to director A": who A is, not a credit here
        if not films:  # "Producers A and B have overseen both films": the films the verb names
            verbs = {t.head.i: t.head for t in people_toks if t.dep_ == "nsubj" and t.head.pos_ == "VERB"}
            objs = [c for v in verbs.values() for c in v.children if c.dep_ == "dobj" and c.text.islower()]
            films = next((fs for fs in map(self.film, objs)
                          if len(fs) >= 2 or any(isinstance(f, (AllFilms, RecentFilms)) for f in fs)), [])
        if not films:
            sf = [f for f in self.sentence_films(noun) if not self._in_other_clause(f, noun) and not self._aside(f)]
            if len(sf) == 1:
                films = sf
            elif not sf and (joining or any(t.lemma_.lower() in self.lex.film_anaphors and t.text[:1].islower()
                                            for t in noun.sent)
                             or noun.head.lower_ == "as" and self._returning(noun.head)):
                # ("A returns as director": on the film in focus, the sequel)
                films, conf = [self.focus(noun)], 0.65  # ("a new editor, A": on the film the text is about)
            elif not sf and (noun.i >= 1 and self.cols.lemma[noun.i - 1] in SPEAKING_VERBS
                             or noun.dep_ == "nsubj" and noun.head.lemma_ in SPEAKING_VERBS and noun.head.i > noun.i):
                films, conf = [self.focus(noun)], 0.6  # '"...," said director A': who speaks for the film in focus
            elif not sf:
                films, conf = [SoleFilm(noun)], 0.6  # only if the whole text names one film
        banners = [g for t in people_toks for c in t.children if c.dep_ == "prep" and c.lower_ == "for"
                   for g in c.children if g.dep_ == "pobj" and g.pos_ == "PROPN"] if "P162" in rels else []
        banners = [self.m.vote(g, "Organization", 2.0) for g in banners if self._org_like(g)]
        for f in films:
            for p in people:
                for rel in rels:
                    self.emit(f, rel, p, noun, "role", conf)
            for b in banners:  # "Producers are A for Studio Pictures": the company A produces for
                self.emit(f, "P272", b, noun, "role", conf)

    def _originals(self) -> list[Mention]:
        """The films the text says another film follows, or precedes as a prequel: what "the original" means."""
        out: dict[str, Mention] = {}
        for r in self.raw:
            if r.relation == "P155" and isinstance(r.subject, Mention) and isinstance(r.object, Mention):
                first = r.subject if r.trigger.lemma_.lower() == "prequel" else r.object
                out.setdefault(first.key, first)
        return list(out.values())

    def heading_roles(self) -> None:
        """A press kit's 'ULLA QUORVETT (Director / Co-writer) made ...', 'A AND B QUORVETT (Screenplay) ...': the
        name headings in capitals (``Extractor._input``) give their crafts in brackets, for the film the kit is
        about."""
        doc, cols, lex = self.doc, self.cols, self.lex
        heads = doc.user_data.get("filmkg_name_headings")
        if not heads:
            return
        at = {c: i for i, c in enumerate(cols.idx)}
        for a, b in heads.items():
            i = at.get(a)
            j = next((k for k in range(i, min(i + 12, len(doc))) if cols.idx[k] + len(cols.text[k]) == b), None) \
                if i is not None else None
            if j is None or j + 3 >= len(doc) or cols.text[j + 1] != "(":
                continue
            close = next((k for k in range(j + 2, min(j + 14, len(doc))) if cols.text[k] == ")"), None)
            if close is None:
                continue
            rels: list[str] = []
            for part in re.split(r"\s*(?:/|,|&|\band\b)\s*", cols.span_text(j + 2, close).lower()):
                said = lex.role_nouns.get(part) or lex.credit_labels.get(part)
                if said is None:
                    rels = []
                    break  # ("Ida Pellow", "Sheriff Ida Pellow": a part, read by the cast rules)
                rels += [r for r in said.split("+") if r not in rels]
            if not rels:
                continue
            joint = next((k for k in range(i + 1, j) if cols.lower[k] == "and"), None)
            spans = [(i, joint), (joint + 1, j + 1)] if joint is not None else [(i, j + 1)]
            people = [m for x, y in spans for m in [self.m.add(x, y, "Person", 3.0, exact=True)] if m is not None]
            if joint is not None and len(people) == 2 and len(people[0].text.split()) == 1:
                people[0].full = f"{people[0].text} {people[1].text.split()[-1]}"  # type: ignore[attr-defined]
            film = self.headline_film() or self.focus(doc[close])
            for person in people:
                for rel in rels:
                    self.emit(film, rel, person, doc[close], "role", 0.8)

    def headline_film(self) -> Mention | None:
        """The film whose title is the text's first line (a press kit's "THE GLASS FERRY" over its notes)."""
        from ..mentions import norm_key
        from ..titles import text_lines

        lines = text_lines(self.cols)
        key = norm_key(self.cols.span_text(*lines[0])) if lines else ""
        same = [m for m in self.m.all if m.key == key] if key else []
        film = max(same, key=lambda m: m.votes.get("Film", 0), default=None)  # (types are decided after the rules)
        return film if film is not None and film.votes.get("Film", 0) >= 2.5 \
            and film.votes.get("Film", 0) > film.votes.get("Person", 0) else None

    def dir_paren_rules(self) -> None:
        """'Title (dir. A)', 'Title (directed by A)': festival and listings shorthand."""
        doc = self.doc
        cols = columns(doc)
        for tok in tokens_among(doc, ("dir", "dir.", "directed", "d.")):
            k = tok.i
            if tok.lower_ in ("dir", "dir.") and tok.text[0] == "D" and (cols.sent_start[k] == k or k > 0 and (
                    "\n" in cols.text[k - 1] or cols.text[k - 1] == ".")):
                self._dir_line(tok)  # a review's info line: "Dir. A. 104 mins."
                continue
            if k < 2 or cols.text[k - 1] != "(":
                continue
            j = k + 1
            if j < len(doc) and cols.text[j] == ".":
                j += 1
            if tok.lower_ == "directed" and j < len(doc) and cols.lower[j] == "by":
                j += 1
            run = name_run(doc, j, allow_connectors=False, max_len=5) if j < len(doc) else None
            close = run[1] if run else None
            if run is None or run[0] != j or close >= len(doc) or cols.text[close] != ")":
                continue
            title = title_span(doc, k - 2, forward=False)
            if title is None or title[1] != k - 1:
                continue
            film = self.m.add(*title, "Film", 2.5)
            person = self.m.add(*run, "Person", 2.5)
            if film is not None and person is not None and film is not person:
                self.emit(film, "P57", person, tok, "role", 0.8)

    def _own_role(self, p: Mention, noun: Token, rels: list[str]) -> bool:
        """'cinematographer A, who ..., and editor B': B, a conjunct of A, has a craft of its own."""
        k = p.start - 1
        own = self.lex.role_nouns.get(self.cols.lower[k]) if k >= 0 and k != noun.i else None
        if own is None and k >= 2 and noun.i not in (k, k - 2):  # "director of photography A, editor B"
            own = self.lex.credit_labels.get(" ".join(self.cols.lower[k - 2:k + 1]))
        return own is not None and not set(own.split("+")) & set(rels)

    def _dir_line(self, tok: Token) -> None:
        """'Dir. Anselm van der Steeg.' in a review's info line: the reviewed film's director."""
        cols = self.cols
        j = tok.i + 1 + (tok.i + 1 < len(self.doc) and cols.text[tok.i + 1] == ".")
        run = name_run(self.doc, j, allow_connectors=True, max_len=6) if j < len(self.doc) else None
        run = (j, run[1]) if run is not None and run[0] <= j < run[1] else None  # (not with "Dir." itself)
        if run is None or run[1] < len(self.doc) and cols.text[run[1]] not in (".", ",", ";") \
                and "\n" not in cols.text[run[1]]:
            return
        person = self.m.at(j)
        if person is not None and person.start == run[0]:
            person.votes["Person"] += 2.5
            self.emit(self.dominant_film() or self.focus(tok), "P57", person, tok, "role", 0.8)

    def credit_block_rules(self) -> None:
        """A review's or a listing's credit block: 'Director: A', 'Cast: A, B, C', one label per line or
        several to a line ('Crew: Director: A. Screenplay: A, B. Camera: C.'), and the trade-review
        'A Studio release of a Firm, Firm production'. The credits are the film the article is about."""
        doc = self.doc
        labels = self.lex.credit_labels
        for line in re.finditer(r"(?m)^[^\n]*:[^\n]*$", self.text):
            found = [(m, labels.get(m.group(1).strip().lower())) for m in CREDIT_LABEL.finditer(line.group(0))]
            found = [(m, rels) for m, rels in found if isinstance(rels, str)]
            for n, (m, rels) in enumerate(found):
                lo = line.start() + m.end()
                hi = line.start() + (found[n + 1][0].start() if n + 1 < len(found) else len(line.group(0)))
                release = TRADE_RELEASE.search(self.text, lo, hi)
                if release is not None:
                    continue  # read below, wherever it stands
                cut = CREDIT_VALUE_END.search(self.text, lo, hi)
                hi = cut.start() if cut else hi
                span = doc.char_span(lo, hi, alignment_mode="expand") if hi > lo else None
                if span is None:
                    continue
                kind = "Organization" if rels in ("P272", "P750") else "Person"
                for who in self._listed_names(lo, hi, kind):
                    for rel in rels.split("+"):
                        self.emit(SoleFilm(doc[span.start]), rel, who, doc[span.start], "credits", 0.8)
        for release in TRADE_RELEASE.finditer(self.text):
            at = doc.char_span(release.start(), release.end(), alignment_mode="expand")
            if at is not None:
                self._trade_release(release, at[0])

    def _trade_release(self, m: re.Match, at: Token) -> None:
        """'A Studio (in North America) release of a Firm, Firm production' → distributor, production companies."""
        for group, rel in ((1, "P750"), (2, "P272")):
            for who in self._listed_names(m.start(group), m.end(group), "Organization"):
                self.emit(SoleFilm(at), rel, who, at, "credits", 0.8)

    def nominee_rules(self) -> None:
        """An awards list: a category line ('Best Director'), then one nominee per line ('A, Title',
        'A and B, Title'); the category says which credit the nominees hold on the film."""
        doc = self.doc
        if "Best " not in self.text and "BEST " not in self.text:
            return
        categories = {k: v for k, v in self.lex.award_categories.items() if not k.startswith("_")}
        rel = None
        for line in re.finditer(r"(?m)^[ \t]*(\S[^\n]*\S|\S)", self.text):
            text = line.group(1)
            words = text.lower().split()
            if words and words[0] == "best" and len(words) <= 6:
                rel = next((r for k, r in categories.items() if k in words), None)
                continue
            if rel is None or "," not in text:
                if not text.strip():
                    continue
                rel = None if "," not in text else rel
                continue
            comma = line.start(1) + text.rindex(",")
            who = doc.char_span(line.start(1), comma, alignment_mode="expand")
            title = doc.char_span(comma + 1, line.end(1), alignment_mode="expand")
            if who is None or title is None:
                continue
            t0 = title.start + (1 if self.cols.is_space[title.start] else 0)
            run = title_span(doc, t0) if t0 < title.end else None
            film = self.m.add(run[0], min(run[1], title.end), "Film", 2.5, exact=True) if run else None
            if film is None:
                continue
            for p in self._listed_names(line.start(1), comma, "Person"):
                self.emit(film, rel, p, doc[who.start], "credits", 0.75)

    AWARD_VERBS = frozenset({"win", "earn", "receive", "take", "nominate", "name", "land", "collect", "scoop"})

    def award_rules(self) -> None:
        """'A won best actress for Title', 'A was nominated for best director for Title': the category
        says which credit A holds on the film."""
        cols = self.cols
        categories = {k: v for k, v in self.lex.award_categories.items() if not k.startswith("_")}
        for k in cols.where("best"):
            end = min(k + 4, cols.sent_end[k])
            rel = next((categories[cols.lower[j]] for j in range(k + 1, end) if cols.lower[j] in categories), None)
            if rel is None:
                continue
            j = next((j for j in range(k + 2, min(k + 7, cols.sent_end[k] - 1)) if cols.lower[j] == "for"), None)
            if j is not None:
                owner = name_run(self.doc, j + 1, allow_connectors=False, max_len=4)
                if owner is not None and owner[0] == j + 1 and owner[1] + 1 < cols.sent_end[k] \
                        and cols.text[owner[1]] in ("'s", "’s"):
                    j = owner[1]  # "for A's Title": the director's film
            film = self.m.by_token.get(j + 1) if j is not None else None
            if j is not None and film is None and cols.text[j + 1][:1].isupper():
                run = title_span(self.doc, j + 1)  # "best actor for Quietude": what an award is for is a film
                film = self.m.add(run[0], run[1], "Film", 2.5, exact=True) if run and run[0] == j + 1 else None
            if film is None or film.start != j + 1 or film.votes.get("Film", 0) < 2.0 and not self._known_film(film):
                continue
            verb = self.doc[k]
            while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
                verb = verb.head
            if verb.lemma_.lower() not in self.AWARD_VERBS:
                continue
            subj = subject_of(verb)
            if subj is not None and subj.lower_ == "who" and verb.dep_ == "relcl" and verb.head.pos_ == "PROPN":
                subj = verb.head  # "A, who took best actor for Title"
            if subj is not None and subj.lower_ in ("he", "she"):
                people = self._main_person(verb)  # "She took best supporting actor for Title"
            elif subj is None or subj.pos_ != "PROPN" or not self._is_person(subj):
                continue
            else:
                people = self.person(subj, 1.0)
            for p in people:
                self.emit(film, rel, p, verb, "award", 0.7)

    def _listed_names(self, start: int, end: int, kind: str) -> list[Mention]:
        """The names of a credit line's text between two character offsets: 'A, B and C', 'A & B'."""
        doc = self.doc
        out = []
        # (a company's "&" is part of its name: "Fenwick & Sons"; people's "A & B" are two)
        split = r"[^,]+?(?=\s*(?:,|\band\b|$))" if kind == "Organization" else r"[^,&]+?(?=\s*(?:,|&|\band\b|$))"
        for m in re.finditer(split, self.text[start:end]):
            a, b = start + m.start(), start + m.end()
            a += len(self.text[a:b]) - len(self.text[a:b].lstrip())
            if self.text[a:b].lower().startswith("and "):
                a += 4
            span = doc.char_span(a, b, alignment_mode="expand")
            if span is None or not span.text[:1].isupper() or len(span) > 6:
                continue
            who = self.m.add(span.start, span.end, kind, 3.0, exact=True)
            if who is not None:
                out.append(who)
        return out

    def _headline_only(self, m: Mention) -> bool:
        """A name in a Title Case headline that the body never uses ("'Title' Director Talks Sequel")."""
        if not isinstance(m, Mention) or not headline_at(self.doc, m.start):
            return False
        body = [o for o in self.m.all if not headline_at(self.doc, o.start)]
        last = m.key.split()[-1:]
        return bool(body) and not any(o.key.split()[-1:] == last for o in body)

    def noun_relation_rules(self, noun: Token, lemma: str) -> None:
        # "from his own screenplay", "A's score for Title", "the screenplay by A"
        rel = self.lex.noun_relations[lemma]
        if noun.tag_ == "NNS" and any(c.dep_ == "nummod" or c.lower_ in ("dozens", "hundreds") for c in noun.children):
            return  # "A wrote more than 400 scores": a career counted, no one film's credit
        people = []
        for c in noun.children:
            if c.dep_ == "poss":
                if c.pos_ == "PRON":
                    people += self._pronoun_person(c)
                else:
                    people += self.person(c, 1.0)
            if c.dep_ in ("prep", "agent") and c.lower_ == "by" and not any(
                    self.cols.lemma[k] in self.lex.noun_relations for k in range(noun.i + 1, c.i)):
                # (not "music by A and cinematography by B": the parser hangs both "by"s on "music")
                people += self.person(next((g for g in c.children if g.dep_ == "pobj"), None))
            if c.dep_ == "prep" and c.lower_ == "from" and noun.i > 0 and self.cols.lower[noun.i - 1] in ("a", "an"):
                # "features a score from A" (not "adapted from the novel")
                people += self.person(next((g for g in c.children if g.dep_ == "pobj" and g.pos_ == "PROPN"
                                            and g.ent_type_ not in ("ORG", "GPE", "NORP")), None))
        if not people and noun.dep_ == "nsubj" and noun.head.lemma_ == "come" and noun.text.islower():
            for g in (g for c in noun.head.children if c.dep_ == "prep" and c.lower_ == "from" for g in c.children
                      if g.dep_ == "pobj" and g.pos_ == "PROPN"):  # "the score comes from A" (NER or not)
                run = name_run(self.doc, g.i, allow_connectors=False, max_len=4)
                if run is not None and run[1] == g.i + 1 and (self._is_person(g) or g.ent_type_ not in (
                        "ORG", "GPE", "NORP", "LOC", "FAC")):
                    people += [m for m in [self.m.add(*run, "Person", 1.5)] if m is not None]
        after = noun.i + 1
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "for") and c.i == noun.i + 1),
                  None)
        if of is not None:
            after = of.right_edge.i + 1  # "The score of Title is by A"
        cols, n = self.cols, len(self.doc)
        by = after + (after < n and cols.lower[after] in ("is", "was"))
        if by < n and cols.text[by] == "," and noun.dep_ in ("nsubj", "nsubjpass"):
            by += 1  # "The score, (once again) by A and B, is ..."
            while by < n and cols.lower[by] in ("once", "again", "also", "as", "ever", "always") and by - after < 5:
                by += 1
        first = by + 1
        while first < n and cols.text[first].islower() and first - by <= 4 and not cols.is_punct[first] \
                and cols.lower[first] not in ("and", "of"):
            first += 1  # "by the sibling duo A and B"
        if first > by + 1 and not (first - 1 > by and cols.lower[first - 1] in TEAM_WORDS):
            first = by + 1
        if not people and first < n and cols.lower[by] == "by" and cols.text[first][:1].isupper():
            from ..surface import people_list  # "cinematography by A", "Music is by A", however "by" was hung

            people += [m for run in people_list(self.doc, first, limit=4)
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
                    people += self.person(main, 1.0) if main is not None and main.pos_ == "PROPN" \
                        and self._is_person(main) else self._main_person(s)  # (not "Cameras began turning")
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
            if subj is not None and subj.lower_ == "who" and head.dep_ == "relcl" and head.head.pos_ == "PROPN":
                subj = head.head  # "A, who penned the screenplay too, directed it"
            if subj is not None and (subj.pos_ == "PROPN" or subj.text[:1].isupper() and subj.pos_ == "NOUN"
                                     and (self.cols.lower[subj.i + 1] == "co" or head.lower_.startswith("co-"))
                                     or subj.lower_ in ("pair", "duo", "brothers", "sisters", "siblings", "twins")):
                # ("The siblings then co-wrote a script with B": the pair the text just named)
                # ("Morrow co-wrote ...": a sentence's first name, tagged a noun)
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

    def _in_other_clause(self, m: Mention, tok: Token) -> bool:
        """Is the film named inside a relative clause that ``tok`` is not in ("A, who helmed X, wrote the
        script": the script is not X's)?"""
        mine = {a.i for a in tok.ancestors} | {tok.i}
        for a in self.doc[m.end - 1].ancestors:
            if a.dep_ == "relcl" and a.i not in mine:
                return True
        doc = self.doc  # the parser often ends the clause early ("who cast him in X and Y"): the surface
        cols = columns(doc)
        if tok.i > m.end:  # "A, whose 2022 thriller X was a hit, from a screenplay by B": the clause closed
            whose = next((k for k in range(m.start - 1, max(cols.sent_start[m.start], m.start - 8), -1)
                          if cols.lower[k] in ("whose", "who") and cols.text[k - 1] == ","), None)
            # (also "A, who directed X, will helm": the clause closed)
            return whose is not None and "," in cols.text[m.end:tok.i]
        who = next((k for k in range(tok.i + 1, m.start) if cols.lower[k] in ("who", "whose")
                    and cols.text[k - 1] == ","), None)
        return who is not None and not any(cols.text[k] == "," and cols.pos[k + 1] in ("VERB", "AUX")
                                           for k in range(who + 1, m.start - 1))

    def maker_from_rules(self, noun: Token) -> None:
        """'Title, a western from A', 'the new thriller from A', 'a 1988 film by A': a film from (or by) a person
        is one they directed."""
        src = next((g for c in noun.children if c.dep_ == "prep" and c.lower_ in ("from", "by") for g in c.children
                    if g.dep_ == "pobj" and g.pos_ == "PROPN"), None)
        if src is None:
            return
        if src.head.lower_ == "by" and noun.dep_ == "pobj" and noun.head.head.pos_ == "NOUN":
            return  # "music for the comedy by A": the by-phrase belongs to the music
        m = self.m.at(src)
        named_like_person = m is not None and 2 <= len(m.text.split()) <= 3 and all(
            t.pos_ == "PROPN" and t.is_title or t.text == "-" for t in self.doc[m.start:m.end]) \
            and self.cols.lower[m.end - 1].rstrip(".") not in self.lex.org_suffixes | {"bros", "inc", "llc", "ltd"}
        if not (src.ent_type_ == "PERSON" or self._is_person(src) or named_like_person) \
                or m is not None and m.votes.get("Organization", 0) > m.ner.get("Organization", 0):
            return  # "a thriller from Netflix": a company's film, not its director's
        films = [f for f in self._described_film(noun) if not isinstance(f, Mention)
                 or f.votes.get("Organization", 0) < max(1.0, f.votes.get("Film", 0))]  # (not the studio in a deal)
        if not films and any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in noun.children):
            films = [self.focus(noun)]  # "the new thriller from A"
        for f in films:
            for p in self.person(src, 1.5):
                rel = self.roles.get(p.key, "P57")
                self.emit(f, rel if rel in ("P57", "P58", "P162") else "P57", p, noun, "role", 0.7)

    def _turned_craft(self, noun: Token, rels: list[str]) -> bool:
        """'A turned director with Title (2008)', '... before turning director with Title': the film of the
        new craft, credited to whoever turned."""
        v = noun.head
        if noun.dep_ not in ("dobj", "attr", "oprd") or v.lemma_.lower() != "turn" or v.pos_ != "VERB" \
                or not noun.text.islower():
            return False
        film_tok = next((g for t in (noun, v) for c in t.children if c.dep_ == "prep" and c.lower_ == "with"
                         for g in c.children if g.dep_ == "pobj" and g.text[:1].isupper()), None)
        if film_tok is None:
            return False
        subj = subject_of(v)
        if subj is None and v.dep_ == "pcomp" and v.head.head.pos_ in ("VERB", "AUX"):
            subj = subject_of(v.head.head)  # "spent a decade acting before turning director with Title"
        people = self.person(subj, 1.0) if subj is not None and subj.pos_ == "PROPN" else []  # (not "he": unsure)
        for f in self.film(film_tok, 2.0) if people else ():
            for p in people:
                for rel in rels:
                    self.emit(f, rel, p, noun, "role", 0.75)
        return True

    def director_seat_rules(self, noun: Token) -> None:
        """'A is back behind the camera for Title', 'A and B are back at the helm for the follow-up', 'with A in
        the director's chair' → director."""
        doc = self.doc
        cols = columns(doc)
        handed = noun.dep_ == "dobj" and noun.head.lemma_.lower() in HANDING_VERBS \
            or noun.dep_ == "nsubj" and noun.head.lemma_.lower() in ("go", "fall", "pass")  # "the chair goes to A"
        recipient = self._handed_to(noun.head) if handed else None
        if noun.lemma_.lower() in ("rein", "reins", "key", "megaphone") or recipient is not None:
            # "Studio handed the reins (the keys, the director's chair) to A": A directs the film in focus
            if recipient is None or recipient.pos_ != "PROPN" or noun.lemma_.lower() == "camera" \
                    or self._org_like(recipient):
                return
            on = next((g for h in (noun, noun.head) for c in h.children if c.dep_ == "prep"
                       and c.lower_ in ("on", "for") for g in c.children if g.dep_ == "pobj"), None)
            # "the director's chair on Title", "handed the reins to A for the third film"
            films = self.film(on) if on is not None else []
            for p in self.person(recipient, 1.0):
                for f in films or [self.sentence_film_or_focus(noun)]:
                    self.emit(f, "P57", p, noun, "role", 0.7)
            return
        j = noun.i + 1 + (noun.i + 1 < len(doc) and cols.text[noun.i + 1] in ('"', "“", "'"))
        if noun.lower_ == "helm" and noun.i >= 2 and cols.lower[noun.i - 1] == "to" and j < len(doc) \
                and cols.text[j][:1].isupper():
            # "A will return to helm Title 3": the parser's noun "helm" before a title is the verb
            verb = doc[noun.i - 2] if cols.pos[noun.i - 2] in ("VERB", "AUX") else doc[noun.i - 1].head
            subj = subject_of(verb) if verb.pos_ in ("VERB", "AUX") else None
            run = title_span(doc, j)
            if subj is not None and subj.pos_ == "PROPN" and run is not None and run[0] == j:
                film = self.m.add(*run, "Film", 2.0)
                for p in self.person(subj, 1.0) if film is not None else ():
                    self.emit(film, "P57", p, noun, "role", 0.7)
            return
        if noun.lemma_.lower() in ("camera", "helm"):  # "behind the camera", "at the helm"
            if not (noun.i >= 2 and cols.lower[noun.i - 1] == "the"
                    and cols.lower[noun.i - 2] == ("behind" if noun.lemma_.lower() == "camera" else "at")):
                return
        elif not any(c.dep_ == "poss" and c.lemma_.lower() in ("director", "directors") for c in noun.children):
            return
        t, person = noun, self._name_before_seat(noun)
        while person is None and t.head.i != t.i:
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
        crafts = [self.lex.role_nouns.get(c.lower_, "") for c in person.subtree if c.i < person.i
                  and (c.text.islower() or c.i == self.cols.sent_start[c.i])]  # ("Cinematographer A, ...")
        crafts += [self.roles.get(p.key, "") for p in self.person(person, 0.0)]  # a craft the text gave A before
        if any(c and "P57" not in c.split("+") for c in crafts):
            return  # "Behind the camera, cinematographer A is back": a craft of A's own, not the director's
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

    def _name_before_seat(self, noun: Token) -> Token | None:
        """'..., and B, who directed X and Y, at the helm': the name right before "at the helm" (past a relative
        clause set off by commas), however the parser hung the phrase."""
        if noun.lemma_.lower() != "helm" or noun.i < 4:
            return None
        return self.name_before(noun.i - 3)  # before "at the"

    def name_before(self, k: int) -> Token | None:
        """The person named right at token ``k``, or, when ``k`` is the comma closing a relative clause
        ("B, who directed X and Y, will helm"), right before that clause."""
        cols = self.cols
        if cols.text[k] == ",":
            j = next((j for j in range(k - 1, max(cols.sent_start[k], k - 15), -1)
                      if cols.lower[j] == "who" and cols.text[j - 1] == ","), None)
            k = j - 2 if j is not None else -1
        if k < 0 or cols.pos[k] != "PROPN" or not self._is_person(self.doc[k]):
            return None
        return self.doc[k]

    @staticmethod
    def _handed_to(verb: Token) -> Token | None:
        """Whom a verb hands something to: "to A", "to his younger sister, B" (B)."""
        to = next((g for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"
                   for g in c.children if g.dep_ == "pobj"), None)
        if to is not None and to.pos_ == "NOUN":
            to = next((c for c in to.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        return to

    # what a handed object makes of the one it goes to: the film itself or its directing is the director's;
    # its script the writer's ("handed the camera", "the reins": ``director_seat_rules``)
    HANDED_DUTIES = {"direction": "P57", "directing": "P57", "script": "P58", "screenplay": "P58",
                     "writing": "P58"}

    def handed_rules(self, verb: Token) -> None:
        """'Studio handed the sequel to A', 'A handed direction to B', 'handed the third, Title 3, to B': B
        directs that film (writes it, for a script)."""
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        to = self._handed_to(verb)
        if obj is None or to is None or obj.i > to.i or to.pos_ != "PROPN" or self._org_like(to) \
                or not self._is_person(to):
            return
        lemma = obj.lemma_.lower()
        duty = self.HANDED_DUTIES.get(lemma) or (self.HANDED_DUTIES.get(next(
            (c.lower_ for c in obj.children if c.dep_ in ("compound", "amod")), "")) if lemma == "duty" else None)
        if duty is not None:  # "handed direction (the directing duties) to B"
            on = next((g for h in (obj, verb) for c in h.children if c.dep_ == "prep" and c.lower_ in ("on", "for")
                       for g in c.children if g.dep_ == "pobj"), None)
            films = self.film(on) if on is not None else [self.sentence_film_or_focus(verb, skip=obj)]
        elif obj.text.islower() and (lemma in self.lex.film_nouns or lemma in ORDINALS
                                     or obj.lower_ in ("it", "one")):
            duty, films = "P57", self.film(obj)  # "handed the sequel (it, this one, the third) to B"
        elif obj.pos_ == "PROPN":
            duty = "P57"
            films = [m for m in self.film(obj) if m.votes.get("Film", 0) >= 2.5]  # "handed Title 2 to B"
        else:
            return
        for f in films:
            for p in self.person(to, 1.0):
                self.emit(f, duty, p, verb, "role", 0.7)

    # "shot" names the director of photography only for someone the text gives that craft (directors
    # shoot films too); "lensed" and "cut" name theirs always (lexicon verbs)
    SHOOT_FORMS = ("shot", "shoots", "shooting", "shoot")

    def known_craft_verbs(self) -> None:
        """'A shot it', 'A, who shot both X and Y': "shoot" names the director of photography only for
        someone the text calls one."""
        cinematographers = {getattr(r.object, "key", None) for r in self.raw if r.relation == "P344"}
        for v in tokens_among(self.doc, self.SHOOT_FORMS) if cinematographers else ():
            if v.pos_ != "VERB" or v.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in v.children):
                continue
            subj = subject_of(v)
            if subj is not None and subj.lower_ == "who" and v.dep_ == "relcl":
                subj = v.head
            obj = next((c for c in v.children if c.dep_ == "dobj"), None)
            if subj is None or obj is None or subj.pos_ != "PROPN":
                continue
            people = [p for p in self.person(subj, 1.0) if p.key in cinematographers]
            for f in self.film(obj) if people else ():
                for p in people:
                    self.emit(f, "P344", p, v, "verb", 0.75)

    GAP_AUX = frozenset({"will", "'ll", "would", "is", "was", "has", "had", "have", "are", "also", "now", "again",
                         "set", "attached", "signed", "on", "to", "be", "been", "currently", "both", "later", "then",
                         "and", "co"})

    def described_gap_rules(self, noun: Token) -> None:
        """'Title, a chamber drama A will also direct', 'Title, a heist thriller that A is attached to direct':
        the film the described noun stands for is the object the crew verb leaves out."""
        doc, cols = self.doc, self.cols
        i = noun.i
        k = i - 1
        while k > 0 and i - k <= 5 and (cols.text[k].islower() and cols.pos[k] in ("ADJ", "NOUN", "VERB", "NUM")
                                        or cols.text[k] == "-" or cols.like_num[k]):
            k -= 1
        if cols.lower[k] not in ("a", "an") or k < 2:
            return
        k -= 1
        if cols.text[k] in CLOSE_QUOTES and cols.text[k - 1] == ",":
            k -= 1  # '"Title," a drama'
        elif cols.text[k] == "," and cols.text[k - 1] in CLOSE_QUOTES:
            k -= 1
        if cols.text[k] in CLOSE_QUOTES or cols.text[k] == ",":
            k -= 1
        film = self.m.by_token.get(k)
        if film is None or film.end != k + 1 or film.votes.get("Film", 0) < 2.5:
            return
        j = i + 1
        if j < len(doc) and cols.lower[j] in ("that", "which"):
            j += 1
        start = j
        while j < len(doc) and cols.pos[j] == "PROPN" and cols.text[j][:1].isupper() and j - start < 4:
            j += 1
        if j == start or not (self._is_person(doc[j - 1]) or 2 <= j - start <= 3 and (
                cols.ent[start] == "PERSON" or is_given_name(cols.lower[start]))):
            return  # (the parser often hangs the name on the noun as its apposition, and votes it a film)
        name_end = j
        rels = []
        while j < len(doc) and j - name_end <= 6:
            rel = self.lex.verbs.get(cols.lemma[j]) if cols.tag[j].startswith("VB") else None
            if rel in CREW_RELATIONS:
                rels.append((rel, j))
            elif rel is not None or cols.lower[j] not in self.GAP_AUX:
                break
            j += 1
        if not rels or j < len(doc) and (cols.pos[j] in ("DET", "PROPN", "PRON", "NUM") or cols.text[j][:1].isupper()):
            return  # ("a drama A directed his wife in": an object follows; not the gap this rule reads)
        for rel, v in rels:
            for p in self.person(doc[name_end - 1], 2.0):
                self.emit(film, rel, p, doc[v], "verb", 0.7)
