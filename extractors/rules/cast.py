"""Cast rules (mostly ``verb`` and ``by``): who is in a film's cast.

Cast verbs ("Title stars A", "Title, starring A", "A joins the cast of Title", "A starred in X,
Y and Z"; also "Producers include A and B" and "Her notable works include X", read as ``role``
and ``filmography``), parts ("A had a role in Title", "a cameo in Title"), "Among the cast are A
and B", "A was in Title", and a review's "a submarine captain (Ames)"; with the helpers that
read listed titles and people from the surface ("films including X, Y and Z", "includes A, B, C
and D").
"""
from __future__ import annotations

from spacy.tokens import Token

from ..columns import columns
from ..lexicon import is_given_name
from ..mentions import Mention
from ..titles import name_run, tokens_among
from .base import CREW_RELATIONS
from .parse import subject_of

# Verbs whose subject is in the cast they take as object: "A leads the cast", "B rounds out the cast".
CAST_OBJECT_VERBS = frozenset({"lead", "head", "headline", "round", "complete", "top", "front", "anchor", "fill"})


# words that describe an actor, not a part, right before a name ("newcomer A (X)"), besides the lexicon's
# person nouns ("actress")
ACTOR_DESCRIBERS = frozenset({"newcomer", "veteran", "co-star", "costar", "thespian", "ingenue", "stalwart",
                              "regular", "mainstay"})

# what one is nominated for, wins or is praised for ("nominated ... for her turn as X")
AWARD_WORDS = frozenset({"nominate", "nomination", "nod", "award", "prize", "win", "honor", "honour", "praise",
                         "acclaim", "shortlist", "nominee"})


# words that open a list of actors with their parts in brackets ("Returning are A (X) and B (Y)")
LIST_CUES = frozenset({"join", "include", "return", "cast", "ensemble", "lineup", "star", "feature", "co-star",
                       "alongside", "opposite"})
# "the role A played (originated, created) in Title"
ORIGINATE_VERBS = frozenset({"play", "originate", "create", "portray", "voice", "essay"})

# ranks that open a part's name, never an actor's ("introduced Colonel A B")
PART_RANKS = frozenset({"captain", "admiral", "agent", "detective", "officer", "sergeant", "lieutenant", "colonel",
                        "major", "commander", "general", "inspector", "constable"})


class CastRules:
    """Cast rules: cast verbs, parts, cast copulas, listed titles and people."""

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
        if passive and agent_obj is not None and lemma == "join" and subj is not None and subj.dep_ == "nsubjpass" \
                and (subj.lower_ in ("he", "she") or subj.pos_ == "PROPN" and self._is_person(subj)) \
                and agent_obj.pos_ == "PROPN" and agent_obj.ent_type_ not in ("GPE", "WORK_OF_ART") \
                and not any(lex.role_nouns.get(c.lower_, "P161").split("+")[0] != "P161" for c in agent_obj.subtree):
            # "A plays X. She is joined by B (Y) and C": the cast goes on (not "joined by his editor B")
            from ..surface import people_list

            films = self.film(preps["in"]) if preps.get("in") is not None else [self.focus(v)]
            runs = [r for r in people_list(self.doc, agent_obj.left_edge.i) if r[1] - r[0] >= 2
                    and (is_given_name(self.cols.lower[r[0]]) or self.cols.ent[r[0]] == "PERSON")
                    and self.cols.lower[r[1] - 1] not in lex.org_suffixes]
            people = [self.m.add(*r, "Person", 1.0, exact=True) for r in runs]  # (NER joins "A as X")
            for f in films:
                for p in [p for p in people if p is not None and p.votes.get("Film", 0) < 2.5]:
                    self.emit(f, "P161", p, v, "by", 0.75)
            self._cast_parts(runs, v, films[0] if len(films) == 1 and isinstance(films[0], Mention) else None)
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
        if lemma == "include" and subj_noun in ("work", "film", "credit", "movie", "role", "title", "feature") \
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
            as_role = next((self.lex.role_nouns.get(g.lemma_.lower()) for c in subj.children
                            if c.dep_ == "prep" and c.lower_ == "as" for g in c.children if g.dep_ == "pobj"), None)
            as_role = as_role or next((self.lex.craft_nouns[c.lower_] for c in subj.children  # "her writing credits"
                                       if c.dep_ in ("compound", "amod", "nmod") and c.lower_ in self.lex.craft_nouns
                                       and c.lower_ != "_comment"), None)
            for p in owners:
                main = v.head.head if v.dep_ == "relcl" else None  # "A, whose credits include X, will direct"
                craft = self.lex.verbs.get(main.lemma_.lower()) if main is not None and main.pos_ == "VERB" else None
                rel = (as_role.split("+")[0] if as_role else None) or self._role_of(p) \
                    or (craft if craft in ("P57", "P58", "P162") else None) or "P161"  # ("credits as director")
                for f in titles:
                    self.emit(f, rel, p, v, "filmography", 0.7)
            return
        if lemma in ("include", "feature") and subj_noun in ("cast", "ensemble", "lineup", "line-up", "roster"):
            film = self._of_film(subj) or self.focus(v)
            listed = self._listed_people(v)
            inside = self.cols.text[dobj.i - 1] == "(" if dobj is not None else False
            for p in ([] if inside or listed else self.person(dobj)) + listed:
                self.emit(film, "P161", p, v, "verb", 0.8)
            self._cast_parts(self._listed_runs(v), v, film if isinstance(film, Mention) else None)  # "A (Mara)"
            return
        if lemma in ("include", "feature") and dobj is not None and dobj.lemma_.lower() in (
                "cast", "ensemble", "lineup", "line-up") and not self._is_person(subj):
            # "Title featured the ensemble cast of A, B and C"
            of = next((g for c in dobj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                       if g.dep_ == "pobj" and g.pos_ == "PROPN"), None)
            if of is not None:
                from ..surface import people_list

                runs = people_list(self.doc, of.left_edge.i)  # "A, B and C", read from the surface
                people = [self.m.add(*r, "Person", 1.5) for r in runs] if len(runs) > 1 else self.person(of)
                for f in self.film(subj):
                    for p in people:
                        self.emit(f, "P161", p, v, "verb", 0.8)
                return
        if lemma in ("join", "board"):
            # "A joins the cast of Title" / "A joins Title" / "A boards Title as director"
            target = dobj
            if target is None and lemma == "board" and v.i + 1 < len(self.doc) and self.cols.pos[v.i + 1] == "PROPN":
                target = self.doc[v.i + 1]  # the parser gave the title to a clause after it
            as_role = next((g.lower_ for t in (v, dobj) if t is not None for c in t.children
                            if c.dep_ == "prep" and c.lower_ == "as"
                            for g in c.children if g.dep_ == "pobj" and g.lower_ in lex.role_nouns), None)
            rel = lex.role_nouns[as_role].split("+")[0] if as_role is not None else "P161"
            if subj is not None and as_role is None and any(
                    c.dep_ == "compound" and lex.role_nouns.get(c.lower_, "P161").split("+")[0] != "P161"
                    for c in subj.children):
                if target is not None and target.text[:1].isupper():
                    self.film(target)  # "Director A has joined Title": the role noun credits A, not the cast
                return
            if dobj is not None and dobj.lemma_.lower() in ("cast", "ensemble", "lineup", "line-up"):
                film = self._of_film(dobj) or self.focus(v)
                for p in self.person(subj):
                    self.emit(film, "P161", p, v, "verb", 0.85)
            elif target is not None and (target.i in self.m.by_token and self.m.by_token[target.i].votes.get("Film")
                                         or (lemma == "board" or as_role) and target.text[:1].isupper()):
                for f in self.film(target):
                    for p in self._subject_people(subj, v):
                        self.emit(f, rel, p, v, "verb", 0.8)
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
        if lemma in ("headline", "topline", "front") and not passive and dobj is not None and subj is not None \
                and (dobj.text[:1].isupper() or dobj.lemma_.lower() in lex.film_nouns) \
                and not self._film_pronoun(subj) \
                and getattr(self.m.by_token.get(subj.i), "votes", {}).get("Film", 0) < 2.5 \
                and not (dobj.ent_type_ == "PERSON" and not self._is_person(subj)) \
                and not (dobj.ent_type_ == "PERSON" and dobj.right_edge.i + 1 < len(self.doc)
                         and self.cols.lower[dobj.right_edge.i + 1] == "as"):  # (not "It toplines A", "toplined A as")
            # "A headlined Title", "A, who headlined the sleeper hit Title"
            people = self.person(v.head) if subj.lower_ == "who" and v.dep_ == "relcl" else \
                self._main_person(v) if subj.lower_ in ("he", "she") else self.person(subj)
            people = [p for p in people if p.votes.get("Person", 0) >= 1 or self.cols.ent[p.start] == "PERSON"]
            for f in self.film(dobj):
                for p in people:
                    self.emit(f, "P161", p, v, "verb", 0.8)
            return
        if lemma in ("star", "co-star", "costar", "feature") and v.tag_ in ("VBZ", "VBD") and not passive \
                and subj is not None and dobj is not None and subj.dep_ == "nsubj" and subj.pos_ == "PROPN" \
                and dobj.pos_ == "PROPN" and (self._named_person(dobj) or self._as_follows(dobj)) \
                and not is_given_name(subj.left_edge.text) \
                and (sm := self.m.at(subj, create=False)) is not None and sm.votes == sm.ner:
            self.m.vote(subj, "Film", 2.5)  # "Glass Orchid stars (also features) A": NER's person who stars a person
            # is a title
        titled_subject = subj is not None and (m := self.m.by_token.get(subj.i)) is not None \
            and m.votes.get("Film", 0) >= 2.5 and "in" not in preps
        if lemma == "introduce" and "to" in preps:
            return  # "It introduced her to the film's composer": a meeting, not a casting
        if (lemma in lex.film_subject_verbs or lemma == "cast" and titled_subject) and dobj is not None \
                and not self._is_person(subj):  # "Title stars A", "Title has cast A"
            people = self.person(dobj)
            if dobj.lemma_.lower() in ("voice", "talent") and not people:
                # "It features the voices of A, B and C"
                of = next((c for c in dobj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
                people = self._listed_people(of) if of is not None else []
            as_role = next((g.lemma_.lower() for c in [*dobj.children, *v.children] if c.dep_ == "prep"
                            and c.lower_ == "as" for g in c.children if g.dep_ == "pobj"), None)
            if as_role in lex.role_nouns and lex.role_nouns[as_role] != "P161":
                return  # "featured A as the cinematographer": the role rule credits A
            also = preps.get("with")  # "It stars A, with B as the investigator"
            also = [also] if also is not None and also.pos_ == "PROPN" and lemma != "include" else []
            people += [p for t in also for p in self.person(t)]
            films = self.film(subj)
            ranked = {id(p): k for p in people if isinstance(p, Mention) and (k := self._rank_at(p)) is not None}
            for p in [p for p in people if id(p) in ranked]:  # "Title introduced Colonel A B": a part, not an actor
                people.remove(p)
                char = self.m.add(ranked[id(p)], p.end, "Character", 3.0, exact=True)
                for f in films if char is not None else ():
                    self.emit(char, "P1441", f, v, "character", 0.7)
            for f in films:
                for p in people:
                    self.emit(f, "P161", p, v, "verb")
            for t in [dobj, *dobj.conjuncts, *also]:  # "to feature A as Ryan and B as Greer"
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
                if film_tok is not None and film_tok.ent_type_ in ("GPE", "LOC", "FAC") \
                        and getattr(self.m.by_token.get(film_tok.i), "votes", {}).get("Film", 0) < 2.5:
                    film_tok = None  # "cast A opposite B on his home turf in Connemara": a place
            if lemma in ("cast", "board", "sign") and film_tok is None and dobj is not None and \
                    dobj.text[:1].isupper() and lemma == "board":
                film_tok = dobj  # "A boards Title"
            if film_tok is not None:
                people = self._main_person(v) if subj is not None and subj.lower_ in ("he", "she") \
                    else self.person(subj)
                if lemma == "cast" and not passive and dobj is not None:
                    people = self.person(dobj) if dobj.pos_ == "PROPN" or dobj.lower_ in ("him", "her") \
                        else []  # "Director A cast B in X", "who cast him in X"
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
            if preps.get("as") is not None and not (lemma == "cast" and not passive and dobj is not None):
                self.character_link(self.person(subj), preps["as"], v)  # (not "B cast A as X": A plays X)

    def _rank_at(self, m: Mention) -> int | None:
        """Where a rank ("Colonel") opens the name of mention ``m`` (its first word or the one before)."""
        return next((k for k in (m.start, m.start - 1) if k >= 0 and self.cols.lower[k] in PART_RANKS
                     and self.cols.text[k][:1].isupper()), None)

    def _as_follows(self, tok: Token) -> bool:
        """'stars A as X': the object is followed by the part it plays, so it is an actor."""
        k = tok.right_edge.i + 1
        return k + 1 < len(self.doc) and self.cols.lower[k] == "as" and self.cols.text[k + 1][:1].isupper()

    def _named_person(self, tok: Token) -> bool:
        """A name NER calls a person, or one that opens with a first name."""
        first = self.doc[tok.left_edge.i] if tok.left_edge.pos_ == "PROPN" else tok
        return tok.ent_type_ == "PERSON" and self._is_person(tok) or is_given_name(first.text)

    def _listed_titles(self, first: Token) -> list[Mention]:
        """Titles listed from a token on ("starred in X (1999), Y and Z"), read from the surface."""
        from ..surface import title_list

        if not first.text[:1].isupper() and first.lemma_.lower() in self.lex.series_nouns:
            j = first.i + 1  # "directing the Tide trilogy (1987–94), X (1990) and Y": the list goes on
            if j < len(self.doc) and self.cols.text[j] == "(":
                j = next((k + 1 for k in range(j, min(j + 8, len(self.doc))) if self.cols.text[k] == ")"), j)
            if j + 1 < len(self.doc) and self.cols.text[j] == "," and self.cols.text[j + 1][:1].isupper():
                first = self.doc[j + 1]
        if not first.text[:1].isupper():
            return []
        out = []
        start_i = first.left_edge.i if first.left_edge.text[:1].isupper() else first.i
        for k in range(start_i, first.i):  # "Studio's Title": the list starts after the owner
            if self.cols.tag[k] == "POS" and self.cols.text[start_i] not in ("The", "A", "An"):
                start_i = k + 1  # (not "The Ferryman's Daughter")
        items = title_list(self.doc, start_i)
        for n, (start, end, year) in enumerate(items):
            k = self.m.known_pair(start, end) if end - start >= 3 else None
            if k is not None:  # "edited Title and Other": two films the text named one by one
                items[n:n + 1] = [(start, k, None), (k + 1, end, year)]
        for start, end, year in items:
            over = self.m.by_token.get(start)
            if over is not None and over.start == start and over.end == end and out and end < len(self.doc) \
                    and over.votes.get("Person", 0) >= 1 > over.votes.get("Film", 0) \
                    and (self.cols.pos[end] in ("VERB", "AUX") or self.cols.lemma[end] in self.lex.verbs):
                break  # "directs Title, and A stars": the list ended; a person opens the next clause
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
        cols = columns(doc)
        if j < len(doc) and cols.text[j] == ",":
            j += 1
        if j + 1 < len(doc) and cols.lower[j] == "such" and cols.lower[j + 1] == "as":
            j += 2
        elif j < len(doc) and cols.lower[j] in ("including", "like", ":"):
            j += 1
            if cols.lower[j - 1] == ":":
                k = j
                while k < len(doc) and cols.text[k][:1].isupper() and cols.pos[k] == "PROPN":
                    k += 1
                if k > j and cols.dep[k - 1] in ("nsubj", "nsubjpass"):
                    return []  # "gave newcomers the parts: A played the father": a clause, no list
        else:
            return []
        if j < len(doc) and cols.lower[j] in ("the", "films", "movies"):
            j += cols.lower[j] != "the"
        if j >= len(doc) or not cols.text[j][:1].isupper():
            return []
        return self._listed_titles(doc[j])

    def _listed_runs(self, v: Token) -> list[tuple[int, int]]:
        """Name runs listed right after a verb ("includes A, B, C and D"), read from the surface:
        the parser loses long lists."""
        from ..surface import people_list

        j = v.i + 1
        while j < len(self.doc) and self.cols.lower[j] in ("also", "the", "likes", "of", "such", "as", ":"):
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
                or self.cols.ent[person.start] not in ("PERSON", ""):
            return
        self.emit(film, "P161", self.m.vote(subj, "Person", 1.0), v, "verb", 0.7)

    def part_rules(self, noun: Token) -> None:
        """'A had a role in Title', 'A's part in Title', 'a cameo in Title' → cast member."""
        doc = self.doc
        cols = columns(doc)
        played = next((c for c in noun.children if c.dep_ == "relcl" and c.lemma_.lower() in ORIGINATE_VERBS), None)
        k = noun.left_edge.i - 1  # (the parser may hang the apposition on the verb: the name before the comma)
        if played is not None and noun.lemma_.lower() in ("role", "part") and k >= 1 and cols.text[k] == "," \
                and cols.pos[k - 1] == "PROPN":
            # "as X, the role A originated in Title": A plays X there
            film_tok = next((g for c in played.children if c.dep_ == "prep" and c.lower_ in ("in", "on")
                             for g in c.children if g.dep_ == "pobj"), None)
            subj = subject_of(played)
            if subj is not None and subj.lower_ in ("he", "she"):  # "A returns as X, a part he played": A
                lo = cols.sent_start[k]
                named = [m for m in self.m.all if lo <= m.start < k - 1 and m.votes.get("Person", 0) >= 1
                         and m.votes.get("Person", 0) >= m.votes.get("Character", 0)]
                people = [max(named, key=lambda m: m.start)] if named else []
            else:
                people = self._subject_people(subj, played)
            if film_tok is not None and people:
                self.character_link(people, doc[k - 1], played, film_tok=film_tok)
                return
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
        if char is not None and noun.lemma_.lower() in ("role", "part", "turn", "performance", "portrayal") \
                and noun.dep_ == "pobj" and noun.head.lower_ == "for" and self._for_award(noun) and not any(
                    c.dep_ == "prep" and c.lower_ in ("in", "on") for t in (noun, char) for c in t.children):
            # "nominated for her turn as X": a part in the film the text is about
            poss = next((c for c in noun.children if c.dep_ == "poss"), None)
            clause_subj = subject_of(noun.sent.root) if poss is not None and poss.lower_ in ("his", "her") else None
            people = self.person(poss, 1.0) if poss is not None and poss.pos_ == "PROPN" else \
                self.person(clause_subj, 1.0) if clause_subj is not None and clause_subj.pos_ == "PROPN" \
                and clause_subj.i < noun.i else []
            if people:
                self.character_link(people, char, noun)
                return
        if noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.head.i >= 3 and noun.lemma_.lower() in (
                "role", "part", "cameo") and cols.pos[noun.head.i - 1] == "PROPN":
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
        if film_tok is None and noun.i + 2 < len(self.doc) and self.cols.lower[noun.i + 1] == "in":
            # "roles in (several feature) films(,) including X and Y"
            k = next((k for k in range(noun.i + 2, min(noun.i + 6, len(self.doc)))
                      if self.cols.tag[k] == "NNS"), None)
            examples = self._example_titles(self.doc[k]) if k is not None else []
            if examples:
                film_tok = self.doc[k]
        elif film_tok is not None:
            examples = self._example_titles(film_tok)
        if film_tok is None and noun.i + 2 < len(self.doc) and self.cols.lower[noun.i + 1] == "in" \
                and self.cols.text[noun.i + 2][:1].isupper():
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

    @staticmethod
    def _for_award(noun: Token) -> bool:
        """Is ``noun`` what someone is nominated, awarded or praised for ("a nomination for her turn", "earned
        a nod for his role")? Up to the clause's verb and that verb's object."""
        for t in noun.ancestors:
            if t.lemma_.lower() in AWARD_WORDS:
                return True
            if t.pos_ in ("VERB", "AUX"):
                return any(c.dep_ == "dobj" and c.lemma_.lower() in AWARD_WORDS for c in t.children)
        return False

    def phrasal_cast_rules(self, v: Token) -> None:
        """'The sequel brought back A, B and C', 'brought A back': the cast of the film the subject is (or the
        one in focus); 'A turns up (pops up, shows up) as X': A plays X."""
        lemma = v.lemma_.lower()
        particle = next((c.lower_ for c in v.children if c.dep_ in ("prt", "advmod") and c.lower_ in ("back", "up")),
                        None)
        if lemma == "bring" and particle == "back":
            dobj = next((c for c in v.children if c.dep_ == "dobj"), None)
            if dobj is None or dobj.pos_ != "PROPN" or not self._is_person(dobj) or any(
                    c.dep_ == "prep" and c.lower_ in ("to", "into") for t in (v, *v.children) for c in t.children):
                return  # ("brings A back to the coast of her youth": a place, no cast)
            subj = subject_of(v)
            films = self.film(subj) if subj is not None and not (subj.pos_ == "PROPN" and self._is_person(subj)) \
                else []
            film = films[0] if len(films) == 1 else self.sentence_film_or_focus(v)
            as_tok = next((g for c in v.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children
                           if g.dep_ == "pobj"), None)
            people = self.person(dobj, 1.0)
            for p in people:
                # "brought back A and the composer B", "B, who edited it": in the craft the phrase or the text
                # gives each
                t = self.doc[p.end - 1]
                said = [self.lex.role_nouns.get(c.lower_, "") for c in (*t.children, *(a for c in t.children
                        if c.dep_ == "appos" for a in (c, *c.children))) if c.text.islower()]
                said += [self.lex.verbs.get(c.lemma_.lower(), "") for c in t.children if c.dep_ == "relcl"]
                k = p.start - 1  # ("and the Polish composer B", however parsed)
                while k > v.i and p.start - k <= 4 and self.cols.text[k].islower() and self.cols.lower[k] != "and":
                    said.append(self.lex.role_nouns.get(self.cols.lower[k], ""))
                    k -= 1
                craft = next((r.split("+")[0] for r in said if r), None) or self._role_of(p) or "P161"
                if craft in CREW_RELATIONS | {"P161"}:
                    self.emit(film, craft, p, v, "verb", 0.7)
            if as_tok is not None and len(people) == 1:
                self.character_link(people, as_tok, v)
        elif lemma in ("turn", "pop", "show") and particle == "up":
            as_tok = next((g for c in v.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children
                           if g.dep_ == "pobj"), None)
            subj = subject_of(v)
            if as_tok is None or subj is None or subj.pos_ != "PROPN" or not self._is_person(subj):
                return
            people = self.person(subj, 1.0)
            for p in people:
                self.emit(self.sentence_film_or_focus(v), "P161", p, v, "verb", 0.7)
            self.character_link(people, as_tok, v)

    def paren_actor_rules(self) -> None:
        """'follows a submarine captain (Ames) who ...': a review names the actor of a part in brackets."""
        from ..surface import PERSON_NOUNS

        doc = self.doc
        cols = columns(doc)
        for tok in tokens_among(doc, ("(",)):
            i = tok.i
            if i > 0 and i + 3 < len(doc) and cols.text[i - 1][:1].isupper():
                self._part_in_brackets(tok)
                continue
            if i == 0 or i + 2 >= len(doc) or not cols.text[i - 1].islower() or cols.pos[i - 1] != "NOUN":
                continue
            close = next((k for k in range(i + 1, min(i + 6, len(doc))) if cols.text[k] == ")"), None)
            first = i + 1
            while close is not None and first < close - 1 and cols.text[first].islower() \
                    and cols.lower[first] in PERSON_NOUNS:
                first += 1  # "a teenage girl (newcomer Mina Cho)"
            run = name_run(doc, first, allow_connectors=False, max_len=3) if close is not None else None
            if run is None or run != (first, close):
                continue
            m = self.m.at(first)
            if m is None or not (self._is_person(doc[first]) or first > i + 1
                                 or " " not in m.text.strip() and self._surname_of_someone(m.key)):
                continue
            film = self.sentence_film_or_focus(tok)
            self.emit(film, "P161", m, tok, "verb", 0.7)

    def actor_part_lists(self) -> None:
        """'support from A B (Bertolf) and C D (Dolora)': two or more full names in a sentence, each
        with one bracketed name after it, are actors and their parts."""
        doc, cols = self.doc, self.cols
        pairs: dict[int, list[tuple[tuple[int, int], tuple[int, int]]]] = {}
        for tok in tokens_among(doc, ("(",)):
            i = tok.i
            close = next((k for k in range(i + 2, min(i + 5, len(doc))) if cols.text[k] == ")"), None)
            actor = name_run(doc, i - 1, allow_connectors=False, max_len=4) if i > 0 and close is not None else None
            if actor is None or actor[1] != i or not self.m._personal_name(*actor):
                continue
            part = name_run(doc, i + 1, allow_connectors=False, max_len=3)
            if part != (i + 1, close) or cols.text[i + 1] in ("The", "A", "An") \
                    or any(cols.like_num[k] or cols.ent[k] in ("DATE", "GPE") for k in range(*part)):
                continue
            known = self.m.by_token.get(i + 1)
            if known is not None and (known.votes.get("Film", 0) >= 2.0 or known.votes.get("Person", 0) >= 2.0):
                continue  # "A B (Title)": a credit, not a part
            pairs.setdefault(cols.sent_start[i], []).append((actor, part))
        for found in pairs.values():
            if len(found) < 2:
                continue
            for actor, part in found:  # (NER's "A B (Part" is two names)
                person = self.m.add(*actor, "Person", 2.0, exact=True)
                if person is not None:
                    self.m.add(*part, "Character", 1.0, exact=True)
                    self.character_link([person], doc[part[1] - 1], doc[part[0] - 1])

    def _part_in_brackets(self, tok: Token) -> None:
        """'Maud Keane (Ada Fenn) stands in the doorway': a review names a part, then its actor in brackets."""
        from ..surface import PERSON_NOUNS

        doc = self.doc
        cols = columns(doc)
        i = tok.i
        first = i + 1
        as_part = first < len(doc) and cols.lower[first] == "as"
        if as_part:  # "A B (as arms dealer C D)": the part, what it is, then its name
            first += 1
            while first < min(i + 6, len(doc) - 1) and cols.text[first].islower() \
                    and cols.pos[first] in ("NOUN", "ADJ"):
                first += 1
        while first < min(i + 3, len(doc) - 1) and cols.lower[first] in PERSON_NOUNS:
            first += 1  # "Junie (newcomer A B)": what the actor is, then who
        run = name_run(doc, first, allow_connectors=False, max_len=4)
        end = run[1] if run is not None else None
        if end is not None and end + 2 < len(doc) and cols.text[end] == ",":
            close = next((k for k in range(end + 1, min(end + 5, len(doc))) if cols.text[k] == ")"), None)
            if close is not None and all(cols.text[k].isalpha() and cols.text[k].islower()
                                         for k in range(end + 1, close)):
                end = close  # "(A B, superb)": the critic's word after the name
        headed = doc[i - 1].idx + len(doc[i - 1]) in doc.user_data.get("filmkg_name_headings", {}).values()
        surname = run is not None and run[1] - run[0] == 1 and self._surname_of_someone(cols.lower[run[0]])
        if run is None or run[0] != first or end >= len(doc) or doc[end].text != ")" \
                or run[1] - run[0] < 2 and not (surname or headed and not self._crew_word(cols.lower[run[0]])) \
                or cols.text[run[0]] in ("The", "A", "An"):
            return  # ("actress A B (The Glass Year)": her known work, no actor's name opens with "The")
        part = name_run(doc, i - 1, allow_connectors=False, max_len=3)
        if part is None or part[1] != i or any(cols.ent[k] in ("DATE", "GPE") for k in range(*part)):
            return
        kin = part[0] > 0 and doc[part[0] - 1].text.islower() and doc[part[0] - 1].pos_ == "NOUN"  # "her brother X"
        actor_named = surname or any(cols.ent[k] == "PERSON" for k in range(*run)) or self.m._personal_name(*run) or (
            cols.dep[part[1] - 1] in ("nsubj", "nsubjpass") and cols.ent[part[1] - 1] == "PERSON"
            and not any(cols.ent[k] in ("ORG", "GPE", "DATE", "WORK_OF_ART") for k in range(*run))
            and not any(w.votes.get("Film", 0) >= 2.5 for w in [self.m.by_token.get(run[0])] if w is not None)
        )  # "Ada Kettering (Delphine Aubertin-Marsh) has rowed ...": a plot's subject, its actor in brackets
        cast_list = self._cast_list(part[0])
        if headed:  # the capitals said who the actor is
            actor_named = True
        elif cast_list:  # the actor outside the brackets: a full name (NER calls unfamiliar ones ORG too)
            actor_named = part[1] - part[0] >= 2 or any(cols.ent[k] == "PERSON" for k in range(*part)) \
                or part[1] - part[0] == 1 and self._surname_of_someone(cols.lower[part[0]])  # ("B (X)" for B Name)
        elif not (kin or actor_named) or any(cols.ent[k] == "ORG" for k in range(*part)) and not actor_named:
            return
        known = self.m.by_token.get(part[0])
        if known is not None and (known.votes.get("Film", 0) >= 2.5 or known.votes.get("Organization", 0) >= 2):
            return  # "Title (A Name)", "Studio (A Name)": not a part
        inner = self.m.by_token.get(run[0])
        if cols.lower[run[1] - 1] in self.lex.org_suffixes or inner is not None \
                and (inner.votes.get("Organization", 0) >= 3 or any(
                    inner.key in (o.key, *o.key.split(" and ")) and o.votes.get("Film", 0) >= 2.5
                    and o.in_parens_of is None for o in self.m.all)):  # (also "X and Y were 2019 films")
            return  # "Title (Studio Films)", "A (Title)" of a film named elsewhere: no actor, no part
        if cast_list and not actor_named:
            return
        if not cast_list and part[0] > 0 and doc[part[0] - 1].lower_ in ("director", "by", "and", "with", "star",
                                                                          "producer"):
            return
        before = cols.lower[part[0] - 1] if part[0] > 0 else ""
        described = (before in ACTOR_DESCRIBERS or before in self.lex.person_nouns) and part[1] - part[0] >= 2
        # ("with newcomer A B (X) and veteran C D (Y)": the actor first)
        if cast_list or as_part or described or self._actor_heading(part, end, run):
            part, run = run, part  # "A B (C D)" heading a paragraph about B: the actor first
        char = self.m.add(*part, "Character", 3.0, exact=True)
        actor = self.m.add(*run, "Person", 3.0, exact=True)
        if char is None or actor is None or char is actor:
            return
        film = (headed and self.headline_film()) or self.sentence_film_or_focus(tok)
        self.emit(char, "P175", actor, tok, "character", 0.75)
        self.emit(film, "P161", actor, tok, "character", 0.75)
        self.emit(char, "P1441", film, tok, "character", 0.75)

    def _crew_word(self, low: str) -> bool:
        """"director", "screenplay", "co-writer": a credit's name, no part's."""
        return low in self.lex.role_nouns or low in self.lex.credit_labels or low.startswith("co-")

    def _cast_list(self, first: int) -> bool:
        """Is the name at ``first`` in a cast list whose names are actors, their parts in brackets:
        "Cast: A B (X), C D (Y)", "With A B (X) and C D (Y).", "A B (X) and C D (Y) head the cast"?"""
        cols, doc = self.cols, self.doc
        start, end = cols.sent_start[first], cols.sent_end[first]
        k = start
        while k < first and cols.is_space[k]:
            k += 1
        opening = cols.lower[k] if k < first else ""
        if k + 1 < first and opening == "also":
            opening = cols.lower[k + 1]
            k += 1
        cue = None
        if not (self.lex.credit_labels.get(opening) == "P161" and (opening in ("with", "starring")
                                                                   or k + 1 < first and cols.text[k + 1] == ":")):
            pairs = sum(1 for j in range(start + 1, end - 2) if cols.text[j] == "(" and cols.text[j - 1][:1].isupper()
                        and cols.text[j + 1][:1].isupper())
            cue = next((j for j in range(first - 1, start - 1, -1) if cols.lemma[j] in LIST_CUES
                        or cols.lemma[j] == "be" and any(cols.lemma[x] in LIST_CUES for x in range(start, j))
                        or cols.lower[j] == "by" and cols.lemma[j - 1] in ("lead", "head", "top", "front")
                        or cols.lower[j] == "back" and any(cols.lemma[x] == "be" for x in range(j + 1, first))),
                       None) if pairs >= 2 else None  # ("The cast is led by A (X), B (Y) and C (Z)")
            if cue is not None and cols.lower[cue] == "back":  # "Back for a second outing are A (X), B (Y)"
                cue = next(x for x in range(cue + 1, first) if cols.lemma[x] == "be")
        if self.lex.credit_labels.get(opening) == "P161" and (opening in ("with", "starring")
                                                              or k + 1 < first and cols.text[k + 1] == ":"):
            between = range(k + 1, first)
        elif cue is not None:
            between = range(cue + 1, first)  # "Joining the lead are A B (X), C D (Y) and E F (Z)"
        else:
            if not any(t.lemma_ in CAST_OBJECT_VERBS and any(c.dep_ == "dobj" and c.lower_ == "cast"
                                                             for c in t.children) for t in doc[first:end]):
                return False
            between = range(start, first)
        # only names, their bracketed parts and list punctuation before it: the list's own shape (a part's
        # brackets may say what the part is: "A B (X, the healer)")
        depth, shaped = 0, True
        for t in between:
            depth += (cols.text[t] == "(") - (cols.text[t] == ")")
            shaped = shaped and (depth > 0 or cols.text[t] in (":", ",", "(", ")", "and", ";")
                                 or cols.text[t][:1].isupper() or cols.is_space[t])
        return shaped

    def _actor_heading(self, outer: tuple[int, int], close: int, inner: tuple[int, int]) -> bool:
        """Is "A B (C D)" a line of its own whose next sentence speaks of B (a "where are they now" piece
        names the actor, then the part), and not first of D ("Part (Actor)" over "D, who ..., plays her")?"""
        cols = self.cols
        alone = (outer[0] == 0 or cols.is_space[outer[0] - 1] or "\n" in self.doc[outer[0] - 1].whitespace_) and (
            close + 1 >= len(self.doc) or cols.is_space[close + 1] or "\n" in self.doc[close].whitespace_)
        if outer[1] - outer[0] >= 2 and self.doc[outer[0]].idx in self.doc.user_data.get("filmkg_name_headings", ()):
            return True  # a press kit's "ULLA QUORVETT (Ida Pellow) leads the cast": the name was in capitals
        if not alone or outer[1] - outer[0] < 2:
            return False
        surname, other = cols.text[outer[1] - 1], cols.text[inner[1] - 1]
        for k in range(close + 1, min(close + 25, len(self.doc))):
            if cols.text[k] in (surname, other):
                return cols.text[k] == surname
        return False

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
                self._new_to_cast(noun)) or (
                noun.head.lower_ == "in" and noun.head.head.lemma_ == "be" and noun.head.head.i > noun.i):
            be = next((t for t in self.doc[noun.i + 1:self.cols.sent_end[noun.i]] if t.lemma_ == "be"), None)
            people = self._listed_people(be) if be is not None else []
        if not people:
            return
        film = self._of_film(noun) or self.focus(noun)
        for p in people:
            self.emit(film, "P161", p, noun, "verb", 0.8)
        last = [self.doc[people[0].end - 1]] if len(people) == 1 and isinstance(people[0], Mention) else []
        as_tok = next((n for c in [*verb.children, *noun.children, *(t for x in last for t in x.children)]
                       if c.dep_ == "prep" and c.lower_ == "as"
                       for g in c.children if g.dep_ == "pobj"
                       for n in ([g] if g.text[:1].isupper() else [a for a in g.children if a.dep_ == "appos"
                                                                   and a.pos_ == "PROPN"])), None)
        # ("... as the exiled prince X": the part's name in apposition)
        if as_tok is not None and len(people) == 1:  # "C rounds out the ensemble as Percy Gault"
            self.character_link(people, as_tok, noun if self._new_to_cast(noun) else verb)

    def role_goes_rules(self, v: Token) -> None:
        """'The role of X goes to A', 'for the prequel, the part goes to A' (the part the sentence before named):
        A plays X, in the film the clause names ("in Title"), if it names one."""
        role = next((c for c in v.children if c.dep_ == "nsubj" and c.lemma_.lower() in ("role", "part")
                     and c.text.islower()), None)
        to = next((g for c in v.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"
                   for g in c.children if g.dep_ == "pobj"), None)
        if role is None or to is None:
            return
        if to.pos_ == "NOUN" and to.text.islower():  # "goes to veteran actor A", "to newcomer A"
            to = next((c for c in to.children if c.dep_ in ("appos", "compound") and c.pos_ == "PROPN"), to)
        run = name_run(self.doc, to.left_edge.i, allow_connectors=False, max_len=4) if to.pos_ != "PROPN" else None
        people = self.person(to, 1.5) if to.pos_ == "PROPN" else \
            [m for m in [self.m.add(*run, "Person", 1.5)] if m is not None] if run is not None and run[1] == to.i + 1 \
            else []
        if not people or not all(self._is_person(self.doc[p.end - 1]) or p.votes.get("Person", 0) >= 1.5
                                 for p in people if isinstance(p, Mention)):
            return
        named = next((g for c in role.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                      if g.dep_ == "pobj" and g.pos_ == "PROPN"), None)
        if named is None and any(c.dep_ == "det" and c.lower_ == "the" for c in role.children) \
                and not any(c.dep_ in ("prep", "amod", "compound", "poss") for c in role.children):
            s0 = self.cols.sent_start[v.i]
            p0 = self.cols.sent_start[s0 - 1] if s0 > 0 else s0  # "the role": the one part named just before
            parts = {m.key: m for m in self.m.all if p0 <= m.start < role.i and m.votes.get("Character", 0) >= 3}
            if len(parts) == 1:
                named = self.doc[next(iter(parts.values())).end - 1]
        if named is None:
            return
        in_tok = next((g for c in v.children if c.dep_ == "prep" and c.lower_ == "in"
                       for g in c.children if g.dep_ == "pobj" and g.pos_ == "PROPN"), None)
        if in_tok is not None:
            self.character_link(people, named, v, film_tok=in_tok)
            return
        self.part_only(people, named, v, 0.8)

    def recast_rules(self, v: Token) -> None:
        """'X was recast with A', 'the role of X has been recast with A', 'Studio recast X with A': A plays
        X, in the film the text is about."""
        actor = next((g for c in v.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children
                      if g.dep_ == "pobj" and g.pos_ == "PROPN"), None)
        if actor is None or not (self._is_person(actor) or self._first_named(actor)):
            return
        part = next((c for c in v.children if c.dep_ in ("nsubjpass", "dobj")), None)
        if part is not None and part.text.islower() and part.lemma_.lower() in ("role", "part", "character"):
            part = next((g for c in part.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                         if g.dep_ == "pobj" and g.pos_ == "PROPN"), None)  # "the role of X"
        people = self.person(actor)
        if part is not None and part.pos_ == "PROPN" and not self._is_person(part) \
                and self.m.at(part, create=True) is not None:
            self.character_link(people, part, v)
            return
        for p in people:
            self.emit(self.focus(v), "P161", p, v, "character", 0.7)

    def reunite_rules(self, v: Token) -> None:
        """'The sequel reunites A and B', 'Title reunites A and B': the film casts them (not a crew
        member named by a craft: "reunites director A and star B" casts B only)."""
        subj = subject_of(v)
        if subj is not None and subj.text.islower() and subj.lower_ != "it" and any(
                c.dep_ in ("poss", "prep", "amod") for c in subj.children):
            return  # "her last film with B, Title, reunited ...": which film, the parse cannot say
        obj = next((c for c in v.children if c.dep_ == "dobj" and c.pos_ == "PROPN"), None)
        if subj is None or obj is None or not (subj.lower_ == "it" or subj.lemma_.lower() in self.lex.film_anaphors
                                               and subj.text.islower() or subj.pos_ == "PROPN"
                                               and not self._is_person(subj)):
            return
        if not obj.conjuncts or any(c.dep_ == "prep" and c.lower_ == "with" for c in (*v.children, *obj.children)):
            return  # "reunites A with cinematographer B": a crew pairing, not a cast
        films = self.film(subj)
        if not films:
            return
        for t in (obj, *obj.conjuncts):
            crafts = [c for c in t.children if c.text.islower() and self.lex.role_nouns.get(c.lower_, "P161") != "P161"]
            if t.pos_ != "PROPN" or crafts or not (self._is_person(t) or self._first_named(t)):
                continue
            for p in self.person(t) if t is not obj else [m for m in self.person(obj) if m.start <= obj.i < m.end]:
                self.emit(films[0], "P161", p, v, "verb", 0.7)

    def opposite_rules(self) -> None:
        """'A starred opposite B in Title', 'Title starred A opposite her brother, B': whoever a cast
        credit of the clause puts A in, B is in too (read after every rule, from the credits found)."""
        for tok in tokens_among(self.doc, ("opposite",)):
            if tok.dep_ == "prep":
                partner, gov = next((g for g in tok.children if g.dep_ == "pobj"), None), tok.head
            elif tok.dep_ in ("amod", "advmod") and tok.head.pos_ == "PROPN" and tok.head.i > tok.i:
                partner, gov = tok.head, tok.head.head  # (the parser's "starred [opposite B]")
            else:
                continue
            if partner is None:
                continue
            owner = next((c for c in partner.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
            if partner.pos_ == "PROPN":
                people = self.person(partner, 1.0)
            elif owner is not None:  # "opposite B's smuggler": B plays him
                people = self.person(owner, 1.0)
            else:
                people = self._named_or_kin(partner)  # "opposite her husband, B"
            governors = {gov.i} if gov.pos_ in ("VERB", "AUX") or gov.dep_ == "conj" else {gov.i, gov.head.i}
            films = list({id(r.subject): r.subject for r in self.raw
                          if r.relation == "P161" and r.trigger.i in governors}.values())
            for f in films:
                for p in people:
                    if not any(r.relation == "P161" and r.subject is f and r.object is p for r in self.raw):
                        self.emit(f, "P161", p, tok, "verb", 0.7)

    def with_as_rules(self) -> None:
        """'A toplines as a sheriff, with B as the homesteader': B joins the cast of the film the sentence has
        just cast A in (and plays the part, when it is named)."""
        doc, cols = self.doc, self.cols
        for k in cols.where(("with",)):
            run = name_run(doc, k + 1, allow_connectors=False, max_len=4) if k + 1 < len(doc) else None
            if run is None or run[0] != k + 1 or run[1] + 1 >= len(doc) or cols.lower[run[1]] != "as" \
                    or run[1] - run[0] < 2 or not (cols.ent[run[0]] == "PERSON" or is_given_name(cols.lower[run[0]])):
                continue
            start = cols.sent_start[k]
            cast = [r for r in self.raw if r.relation == "P161" and start <= r.trigger.i < k
                    and not isinstance(r.subject, str) and isinstance(r.object, Mention)]
            films = {getattr(r.subject, "key", None) or id(r.subject): r.subject for r in cast}
            if len(films) != 1:
                continue
            film = next(iter(films.values()))  # (a title, or the film in focus the cast line meant)
            person = self.m.add(*run, "Person", 2.0, exact=True)
            if person is None or any(r.object is person for r in cast):
                continue
            self.emit(film, "P161", person, doc[k], "cast-list", 0.7)
            j = run[1] + 1
            part = name_run(doc, j, allow_connectors=False, max_len=4) if cols.is_title[j] else None
            if part is not None and part[0] == j:
                self.character_link([person], doc[part[1] - 1], doc[k],
                                    film_tok=doc[film.end - 1] if isinstance(film, Mention) else None)
