"""Verb rules (``verb``, ``by``, ``release``, ``year``): ``verb_rules`` is called on every verb.

It reads crew verbs ("Quill directed Blue Mesa", "directed by A", "A wrote and produced Title",
"A is attached to direct", "A directed B in Title"), release and distribution verbs ("Title hits
theaters March 3 via Studio", "Studio released Title", "Title was released on July 28, 1944")
and hands cast verbs to ``cast.py`` and character verbs to ``characters.py``. Also "A and B are
set to return", "A replaced B in Title", "A debuted with X (2002)".
"""
from __future__ import annotations

import re

from spacy.tokens import Token

from ..mentions import Mention
from ..surface import described_name, people_list
from ..titles import OPEN_QUOTES, YEAR, name_run
from .base import CREW_RELATIONS, GERUND_CREDITS
from .parse import subject_of

VENUES = frozenset({"theater", "theatre", "cinema", "screen", "multiplex", "box"})
# an almanac entry's opening date: "Nov. 17, 1962 - ", "July 4, 1977: " (no place before it, as a dateline has)
ALMANAC_DATE = re.compile(r"[A-Z][a-z]{2,8}\.? \d{1,2}, (\d{4}) ?[-–—:] ")
OPENING_YEAR = re.compile(r"In (\d{4}), ")  # "In 1958, Title had its premiere"




PARTITIVES = frozenset({"most", "much", "part", "half", "parts", "bits", "portions"})  # ("all of the titles": each)

class VerbRules:
    """Verb rules: crew verbs, release verbs, return/replace/debut."""

    def verb_rules(self, v: Token, lemma: str) -> None:
        lex = self.lex
        rel = lex.verbs.get(lemma)
        if rel in CREW_RELATIONS and v.tag_ == "VBN" and v.dep_ == "amod" and v.i >= 2 \
                and self.cols.text[v.i - 1] == "-":
            self._hyphen_credit(v, rel)  # "the A-directed heist thriller"
            return
        if lemma == "shoot" and not self._lights_it(v):
            return
        if lemma == "date" and v.pos_ == "VERB" and rel is None:
            self._dated_for(v)  # "Studio has dated the film for July 17, 2026"
        if lemma == "premier":
            lemma = "premiere"  # the tagger's lemma of "premiered"
        if lemma == "make" and rel is None:
            self._made_film(v)
            return
        if lemma in self.lex.release_verbs and rel is None:
            subj = self._antecedent(subject_of(v), v)
            obj = next((c for c in v.children if c.dep_ == "dobj"), None)
            if obj is not None and subj is not None and v.tag_ != "VBN" and obj.lemma_.lower() not in VENUES:
                # "Studio will open the film in October": the object is the film, the subject its releaser;
                # "Studio opened an office in 2021" says nothing of a film
                titled = obj.pos_ == "PROPN" and getattr(self.m.by_token.get(obj.i), "votes", {}).get("Film", 0) >= 2 \
                    and v.dep_ == "relcl" and self._org_like(subj)  # "Studio, which released 'Title' in 2019"
                if (self._film_pronoun(obj) and not self._is_person(subj) or titled) and subj.pos_ == "PROPN":
                    preps = {c.lower_: next((g for g in c.children if g.dep_ == "pobj"), None)
                             for c in v.children if c.dep_ == "prep"}
                    org = self.m.vote(subj, "Organization", 2.0)
                    for f in self.film(obj):
                        self.emit(f, "P750", org, v, "verb", 0.75)
                    self._release_year(v, obj, preps)
                subj = None
            venue = any(t.lemma_.lower() in VENUES for t in v.subtree if t.i > v.i)
            named = self.m.at(subj, create=False) if subj is not None else None
            guessed = lemma == "premiere" and subj is not None and subj.ent_type_ == "PERSON" \
                and (named is None or named.votes == named.ner) and not self._first_named(subj)
            # (people do not premiere: NER's guess, unless the name opens with a first name)
            if subj is not None and not venue and lemma in ("open", "premiere", "debut", "bow") \
                    and subj.pos_ == "PROPN" and v.tag_ in ("VBZ", "VBD", "VBN") and v.dep_ == "ROOT" \
                    and (subj.ent_type_ in ("", "WORK_OF_ART", "ORG") or guessed) \
                    and not self._org_like(subj) and (guessed or not self._is_person(subj)) \
                    and not self._first_named(subj) and any(
                        t.ent_type_ == "DATE" for c in v.children if c.dep_ in ("npadvmod", "tmod", "prep")
                        for t in c.subtree):
                venue = True  # "Title opens Friday", "Title premiered on May 3": a film's release date
            if subj is not None and venue and subj.pos_ == "PROPN":
                self.m.vote(subj, "Film", 3.0)  # "Title hits theaters ...": whatever NER thought
            if subj is not None and (venue or not self._is_person(subj) and not self._first_named(subj)):
                preps = {c.lower_: next((g for g in c.children if g.dep_ == "pobj"), None)
                         for c in v.children if c.dep_ == "prep"}
                self._release_year(v, subj, preps)
                via = preps.get("via") or preps.get("through")
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
        if agent is None and any(c.dep_ == "auxpass" for c in children):
            # "It was produced on a shoestring by A": the parser hangs "by A" on the phrase before it
            agent_obj = next((b for c in children if c.dep_ == "prep" and c.i > v.i for g in c.children
                              if g.dep_ == "pobj" for p in g.children if p.dep_ == "prep" and p.lower_ == "by"
                              for b in p.children if b.dep_ == "pobj" and b.pos_ == "PROPN"), None)
        subj = subject_of(v)
        dobj = next((c for c in children if c.dep_ in ("dobj", "attr") or c.dep_ == "dep" and c.lower_ == "both"),
                    None)  # ("who scored both": the parser leaves "both" a bare dependent)
        if dobj is not None and dobj.i < v.i and dobj.pos_ == "PROPN" and v.dep_ != "relcl" \
                and dobj.i + 1 < v.i and self.cols.dep[dobj.i + 1] in ("nsubj", "nsubjpass"):
            dobj = None  # "A B and C D produce": the parser's object is the first name of the subject
        if dobj is not None and dobj.lower_ in PARTITIVES:
            dobj = next((g for c in dobj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                         if g.dep_ == "pobj"), dobj)  # "composed much of the music for X": the music is the object
        preps = {c.lower_: next((g for g in c.children if g.dep_ == "pobj"), None)
                 for c in children if c.dep_ in ("prep", "dative")}
        passive = agent is not None or any(c.dep_ in ("nsubjpass", "auxpass") for c in children) \
            or (v.tag_ == "VBN" and v.dep_ in ("acl", "advcl", "amod", "conj")
                and not (v.dep_ == "conj" and v.head.tag_ == "VBD" and v.head.i < v.i
                         and not any(c.dep_ in ("auxpass", "nsubjpass", "agent") for c in v.head.children)))
        # ("she wrote and directed": the tagger's VBN after an active past verb is active too)
        # What the participle or relative clause is about.
        host = self._host(v)
        if lemma in ("reprise", "return", "cast", "star", "appear", "join", "play", "come", "add", "direct"):
            as_tok = preps.get("as")
            if dobj is not None and lemma in ("cast", "direct", "add"):  # "directed A as X and B as Y": A's "as"
                as_tok = next((g for c in children if c.dep_ == "prep" and c.i == dobj.right_edge.i + 1
                               and c.lower_ == "as" for g in c.children if g.dep_ == "pobj"), as_tok)
            if as_tok is None and dobj is not None:
                as_tok = next((g for c in dobj.children if c.dep_ == "prep" and c.lower_ == "as"
                               for g in c.children if g.dep_ == "pobj"), None)
            if as_tok is not None and as_tok.text.islower() and as_tok.lemma_ == "voice":
                as_tok = next((g for c in as_tok.children if c.dep_ == "prep" and c.lower_ == "of"
                               for g in c.children if g.dep_ == "pobj" and g.text[:1].isupper()), as_tok)
                # (a voice "of" a named part: that part)
            if as_tok is not None and as_tok.text.islower() and as_tok.tag_ == "NNS":
                # "reprising their roles as storm chasers Ivy Stroud and Nico Banerjee": the names
                as_tok = next((c for c in as_tok.children if c.dep_ in ("appos", "compound") and c.pos_ == "PROPN"
                               and c.i > as_tok.i), as_tok)
            as_word = next((c for t in (v, dobj) if t is not None for c in t.children
                            if c.dep_ == "prep" and c.lower_ == "as"), None)
            if as_word is not None and "as" not in self.cols.lower[v.i + 1:as_word.i] \
                    and (as_tok is None or not as_tok.text[:1].isupper()
                         or self.cols.lower[as_word.i + 1] in ("the", "a", "an", "his", "her")):
                named = described_name(self.doc, as_word.i + 1)  # "as the sisters' stern father, Walter Calder"
                if named is not None and self.m.add(*named, "Character", 3.0, exact=True) is not None:
                    as_tok = self.doc[named[1] - 1]
            if lemma == "play" and as_word is not None and dobj is not None and dobj.i < as_word.i and any(
                    self.cols.lower[j] in ("with", "opposite", "alongside") for j in range(dobj.i + 1, as_word.i)):
                as_tok = None  # "A plays X, with B as her co-pilot, Y": the second part is B's
            if as_tok is not None and as_tok.text[:1].isupper():
                titled = lemma == "star" and subj is not None and dobj is not None and dobj.pos_ == "PROPN" \
                    and as_word is not None and as_word.i == dobj.right_edge.i + 1  # "Title stars A as X"
                people = self.person(subj) if subj is not None and subj.dep_ == "nsubj" and not titled else []
                if subj is not None and subj.lower_ in ("he", "she") and subj.dep_ == "nsubj":
                    people = self._main_person(v)  # "He also appeared in X as Y"
                agent = next((g for c in v.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"),
                             None)
                if passive and lemma == "join" and agent is not None and agent.pos_ == "PROPN" and as_word is not None \
                        and agent.i < as_word.i:
                    people = self.person(agent)  # "He is joined by A as X": the part is A's
                elif subj is not None and subj.dep_ == "nsubjpass":  # "A was cast as X"
                    people = self.person(subj)
                elif (lemma in ("add", "cast", "direct") or titled or lemma == "star" and subj is not None
                      and dobj is not None and not self._is_person(subj) and as_word is not None
                      and as_word.i == dobj.right_edge.i + 1) \
                        and dobj is not None and not passive and (
                        dobj.pos_ == "PROPN" or dobj.lower_ in ("him", "her")):
                    people = self.person(dobj)  # "The sequel added A as B's sister C", "B cast A (him) as X"
                    if lemma == "star":  # "Title stars A as X, with B as Y": A's "as", the first
                        as_tok = next((g for g in as_word.children if g.dep_ == "pobj" and g.text[:1].isupper()),
                                      as_tok)
                elif lemma == "direct":
                    people = []  # "A directed Title as a favour": the director plays no part
                film_tok = preps.get("in")
                if lemma in ("star", "appear") or people:
                    self.character_link(people, as_tok, v, film_tok=film_tok)
                if lemma not in ("star", "cast", "add", "direct"):
                    return
        if lemma == "return" and v.tag_ == "VBG":  # "with A and B returning to write and direct"
            crafts = [lex.verbs.get(x.lemma_.lower()) for c in v.children if c.dep_ in ("xcomp", "advcl")
                      and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for x in (c, *c.conjuncts)]
            crafts = [r for r in dict.fromkeys(crafts) if r in ("P57", "P58", "P162", "P86", "P344", "P1040")]
            if crafts and self._with_doer(v, crafts):
                return
        if rel is None:
            return
        if v.tag_ == "VBG" and rel in ("P57", "P58", "P162", "P86", "P344", "P1040", "P750") \
                and self._with_doer(v, [rel]):
            return
        if rel == "P175":
            return self.character_verb(v, subj, dobj, agent_obj, passive, host, preps)
        if rel == "P750":
            return self.release_verb(v, subj, dobj, agent_obj, passive, host, preps)
        if lemma in ("include", "join", "board", "lead", "appear", "headline", "topline", "front", "feature", "star",
                     "co-star", "costar", "cast", "introduce", "add"):
            return self.cast_verb(v, lemma, subj, dobj, agent_obj, passive, host, preps)
        # Crew verbs: direct, write, produce, compose, edit ...
        if (v.tag_ == "VBN" or v.tag_.startswith("VB") and v.lower_.endswith(("ed", "en"))) and agent_obj is None \
                and rel in ("P57", "P58", "P162") and self._shared_on_title(
                v, rel, subj, host, children):
            return
        if passive and agent_obj is not None:
            films = self.film(subj) if subj is not None and subj.dep_ == "nsubjpass" else self.film(host) \
                if host is None or v.dep_ not in ("advcl", "acl") or not self._is_person(host) else []
            # ("A reprised the part in the sequel, Title II (1975), helmed by B": not A's film; the by-phrase's)
            work = subj if subj is not None and subj.dep_ == "nsubjpass" else host
            if not films and work is not None and work.text.islower() and rel in ("P58", "P86") \
                    and self.lex.noun_relations.get(work.lemma_.lower()) == rel:
                # "The screenplay, written by A and B, ...": a part of the film, credited on the film
                owner = next((c if c.dep_ == "poss" else g for c in work.children
                              if c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ in ("for", "of")
                              for g in (c.children if c.dep_ == "prep" else [c]) if c.dep_ == "poss"
                              or g.dep_ == "pobj"), None)  # "the film's screenplay", "the script for X"
                films = self.film(owner) if owner is not None and owner.pos_ != "PRON" \
                    else [self.sentence_film_or_focus(v)]  # ("its screenplay": the film in focus)
            if not films and host is None and subj is None and self._credit_fragment(v):
                films = [self.focus(v)]  # "Produced by A for Studio Films." under a film's paragraph
            banner = preps.get("for") or next((g for c in agent_obj.children if c.dep_ == "prep" and c.lower_ == "for"
                                               for g in c.children if g.dep_ == "pobj"), None)
            banner = banner if rel in ("P162", "P57") else None  # "produced by A for Studio Films"
            banner = banner if banner is not None and banner.pos_ == "PROPN" and self._org_like(banner) and (
                rel == "P162" or self.cols.lower[banner.i] in self.lex.org_suffixes) else None
            # ("directed by A for Studio Pictures": the company that made it, when its name says company)
            partners, actors = [], []  # "written by A with B": B shares the credit ("with C in the lead" acts)
            for c in [*children, *agent_obj.children]:  # (the parser hangs "with B" on either)
                if rel not in ("P57", "P58") or c.dep_ != "prep" or c.lower_ not in ("with", "alongside"):
                    continue
                who = next((g for g in c.children if g.dep_ == "pobj"), None)
                if who is None or who.lower_.endswith("ing") or any(g.dep_ == "acl" for g in who.children):
                    continue  # "with A producing", "with B joining the cast": another credit
                k = who.right_edge.i + 1
                k += k < len(self.doc) and self.cols.text[k] == ","
                # (tokens, not a Span: spaCy joins the whole text for a Span that starts at the doc's end)
                after = [self.doc[j] for j in range(k, min(k + 3, len(self.doc)))]
                if after and (after[0].tag_ in ("VBG", "VBN") or after[0].lower_.endswith("ing")
                              or after[0].lower_ in ("back", "again") or any(t.lower_ == "as" for t in after)):
                    continue  # "with A writing", "with B back as X": another credit, said after the name
                more, cast = self._with_partners(c, rel)
                partners += [p for p in more if p.votes.get("Person", 0) > p.votes.get("Organization", 0)]
                actors += cast
            for f in films:
                for p in self.person(agent_obj) + partners:
                    self.emit(f, rel, p, v, "by")
                    self._crew_company(f, rel, p, v)
                for p in actors:
                    self.emit(f, "P161", p, v, "by", 0.7)
                if banner is not None:
                    self.emit(f, "P272", self.m.vote(banner, "Organization", 2.0), v, "by", 0.75)
        if not passive and dobj is None:
            # "A wrote and produced Title": the first verb shares the object of the second (not "A directed and
            # also wrote the screenplay": a part of the film the second verb's own rule reads)
            dobj = next((g for c in children if c.dep_ == "conj" and c.pos_ == "VERB"
                         for g in c.children if g.dep_ in ("dobj",)), None)
            if dobj is not None and dobj.text.islower() \
                    and self.lex.noun_relations.get(dobj.lemma_.lower(), rel) != rel:
                dobj = None
        if not passive and dobj is not None and dobj.lemma_.lower() in ("music", "score", "soundtrack") \
                and rel in ("P58", "P86"):
            film_tok = next((g for c in dobj.children if c.dep_ == "prep" and c.lower_ in ("for", "of")
                             for g in c.children if g.dep_ == "pobj"), None) or preps.get("for")
            if film_tok is not None and subj is not None:
                for f in self.film(film_tok):
                    for p in self.person(subj):
                        self.emit(f, "P86", p, v, "verb")
            return
        if rel == "P57" and dobj is not None and preps.get("in") is None:  # ("directed A in Title": "in" hangs on A)
            in_film = next((g for c in dobj.children if c.dep_ == "prep" and c.lower_ == "in" for g in c.children
                            if g.dep_ == "pobj"), None)
            if in_film is not None:
                preps = {**preps, "in": in_film}
        if passive and agent_obj is not None:
            pass
        elif not passive and subj is not None and dobj is not None and rel == "P57" and (
                dobj.ent_type_ == "PERSON" or dobj.pos_ == "PROPN" and self._is_person(dobj)
                or dobj.lower_ in ("him", "her") and dobj.tag_ == "PRP"
                or dobj.pos_ == "PROPN" and preps.get("in") is not None and preps["in"].text.islower()
                and preps["in"].lemma_.lower() in self.lex.film_nouns) \
                and preps.get("in") is not None and (preps["in"].text[:1].isupper()
                                                      or preps["in"].lemma_.lower() in self.lex.film_nouns
                                                      and not self._directs_actor(v, dobj)):
            # ("directed her in the thriller Title")
            # "A directed B in Title": B acts in the film A directed
            director = subj if subj.pos_ == "PROPN" else v.head if subj.lower_ == "who" and v.dep_ == "relcl" \
                and v.head.pos_ == "PROPN" else None  # "A, who directed him in Title"
            directors = self.person(director)
            for f in self.film(preps["in"], anaphora=False):
                for p in directors:
                    self.emit(f, "P57", p, v, "verb")
                actors = self.person(dobj) if dobj.pos_ == "PROPN" else self._main_person(
                    v, exclude=frozenset((d.key.split() or [""])[-1] for d in directors))
                named = {w for d in directors for w in d.key.split()}
                for p in actors:  # ("him" is not the director, by full name, surname or first name)
                    if not named & set(p.key.split()):
                        self.emit(f, "P161", p, v, "verb", 0.8)
        elif not passive and subj is not None and dobj is not None and rel == "P57" and subj.pos_ == "PROPN" \
                and self._directs_actor(v, dobj):
            # "A directs B as a ferry captain", "A directs his wife, B, as ...": B acts in the film in focus
            actor = dobj if dobj.pos_ == "PROPN" else next(c for c in dobj.children if c.dep_ == "appos")
            film = self.sentence_film_or_focus(v)
            for p in self.person(subj):
                self.emit(film, "P57", p, v, "verb", 0.7)
            for p in self.person(actor):
                self.emit(film, "P161", p, v, "verb", 0.7)
            if dobj is not actor:
                for p in self.person(subj):
                    self._kin_of(dobj, p, self.person(actor))
        elif not passive and subj is not None and dobj is not None:
            inherited = subj.head.i != v.i  # "A is attached to direct Title"
            people = self.person(subj if subj.dep_ == "nsubj" or inherited else None)
            if subj.lower_ in ("who",) and v.dep_ == "relcl":
                people = self.own_person(v.head) if self.described_apart(v.head) else self.person(v.head)
            elif subj.lower_ == "who" and v.dep_ == "conj" and v.head.dep_ == "relcl" and not people:
                people = self.person(v.head.head)  # "A, who wrote and then directed Title": the relative's subject
            elif subj.lower_ == "which" and v.dep_ == "relcl" and rel == "P162" and v.head.pos_ == "PROPN" \
                    and self._org_like(v.head):
                people = self.person(v.head)  # "Firm Pictures, which produced Title": a production company
            if subj.pos_ == "PRON" and subj.lower_ in ("he", "she"):
                people = self._main_person(v)
            if len(people) > 1 and any(t.lower_ == "respectively" for t in v.sent):
                return  # "A and B produced and directed it, respectively": paired from the surface
            shared = list(dobj.children) if rel in ("P58", "P162") and not dobj.text[:1].isupper() else []
            cast = []  # "co-wrote the thriller with B": the parser hangs "with B" on it
            for c in [*children, *shared]:
                partners, actors = self._with_partners(c, rel)
                people += partners
                cast += actors
            clause = v.head if v.dep_ == "conj" and v.head.dep_ == "relcl" else v  # ("which she wrote and directed")
            if dobj.lower_ in ("which", "that") and clause.dep_ == "relcl":
                # "Title, which A directed": the name right before the relative pronoun
                k = dobj.i - 1 if dobj.i > 0 and self.cols.text[dobj.i - 1] == "," else dobj.i
                antecedent = self.m.by_token.get(k - 1)
                dobj = self.doc[antecedent.end - 1] if antecedent is not None else clause.head
            films = self.film(dobj)
            if dobj.text[:1].isupper() or dobj.lemma_.lower() in self.lex.series_nouns:
                films += [f for f in self._listed_titles(dobj) if f not in films]  # "directed X (1990), Y and Z"
            year = preps.get("in")
            opening = self._opening_year(v)
            for f in films:
                for p in people:
                    self.emit(f, rel, p, v, "verb")
                for p in cast:
                    self.emit(f, "P161", p, v, "verb", 0.7)
                if year is not None and YEAR.match(year.text) and len(films) == 1:
                    self.emit(f, "P577", year.text, v, "year", 0.6)  # "directed Title in 2013"
                elif opening is not None and len(films) == 1:
                    self.emit(f, "P577", opening, v, "release", 0.6)  # "In 2008, he directed Title"
                if preps.get("for") is not None and self._org_like(preps["for"]) and rel in ("P57", "P58", "P162"):
                    # "A is writing Title for Studio": the studio releases it; "A produced it for Firm": Firm
                    # is the production company
                    org = self.m.vote(preps["for"], "Organization", 1.5)
                    self.emit(f, "P272" if rel == "P162" else "P750", org, v, "verb", 0.7)
        elif not passive and dobj is None and (rel in ("P57", "P58", "P162") or rel in ("P86", "P1040") and (
                v.dep_ == "xcomp" or v.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in children)
                or any(c.dep_ == "aux" and c.lower_ in ("will", "'ll") for c in children)
                or v.tag_ == "VBD" and self._in_credit_run(v))) and (
                v.tag_ in ("VBG", "VBZ", "VBD", "VBP") or v.tag_ == "VBN" and v.dep_ == "conj"
                or v.tag_ == "VB" and v.dep_ in ("xcomp", "advcl")
                and v.head.lemma_ in ("return", "set", "tap", "hire", "sign", "board", "attach", "come")
                or v.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ in ("will", "'ll") for c in children)
                or v.tag_ == "VBN" and v.dep_ == "ROOT" and subj is not None and subj.dep_ == "nsubj"):
            # "She is directing from her script and co-producing with A": the film in focus
            # ("His wife, B, produced.": the tagger's VBN, with a subject all the same)
            conj = min((c.i for c in children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > v.i), default=None)
            if any(t.i - v.i <= 5 and self.lex.noun_relations.get(t.lemma_.lower(), rel) != rel
                   and not any(self.cols.lower[k] in ("from", "with", "on", "for", ",") for k in range(v.i + 1, t.i))
                   for t in v.subtree if t.i > v.i and (conj is None or t.i < conj)):  # (not the next verb's object)
                return  # ("A wrote well over 300 scores": the craft the noun names, read by the noun's rule)
            s = subj
            if s is None and v.dep_ == "conj":
                s = subject_of(v.head)
            if s is not None and s.pos_ == "NOUN":  # "Her producing partner B will produce": B
                s = next((c for c in s.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > s.i), s)
            head_v = v.head if v.dep_ == "conj" and v.head.i < v.i and not any(
                c.dep_ in ("nsubj", "nsubjpass") for c in children) else v  # "she wrote and directed"
            k = head_v.i - 1
            while k > self.cols.sent_start[v.i] and self.cols.pos[k] == "AUX":
                k -= 1
            described = None
            they = self.cols.lower[k] == "they" and rel in self.PAIR_CRAFTS  # "the thriller they co-wrote"
            pronoun = (self.cols.lower[k] in ("he", "she") or they) and self.doc[k].i == getattr(s, "i", -1)
            in_relative = head_v.dep_ == "relcl"  # ("Title, the 2021 drama B directed": B right before the verb)
            if (k < head_v.i - 1 or pronoun or in_relative) and (pronoun or self.cols.pos[k] == "PROPN") and (
                    pronoun or self.cols.ent[k] == "PERSON" or in_relative and self._is_person(self.doc[k]) or (
                    self.cols.ent[k] in ("", "PERSON") and self.cols.pos[k - 1] == "PROPN"
                    and not self._org_like(self.doc[k]))) and (
                    s is None or self.doc[k] not in s.conjuncts and self.doc[k].head.i != s.i):
                s = self.doc[k]  # "Title, the thriller A is directing": the name right before the verb group
                j = k
                while j > self.cols.sent_start[v.i] and self.cols.pos[j - 1] == "PROPN":
                    j -= 1
                noun = self.doc[j - 1]
                if noun.lower_ in ("that", "which") and j >= 2:
                    noun = self.doc[j - 2]  # "a western that A will direct"
                film_nouns = self.lex.film_nouns
                filmish = noun.lemma_.lower() in film_nouns
                if head_v.dep_ == "relcl" and head_v.head.i < v.i and head_v.head.pos_ == "NOUN" and (
                        head_v.head.lemma_.lower() in film_nouns or any(c.lemma_.lower() in film_nouns
                                                                        for c in head_v.head.children
                                                                        if c.dep_ in ("amod", "compound"))):
                    noun, filmish = head_v.head, True  # (the parser's "a revisionist [western]")
                if filmish and noun.text.islower():
                    films = self.film(noun) or (self.film(noun.head, anaphora=False) if noun.dep_ == "appos"
                                                and noun.head.pos_ == "PROPN" else [])
                    described = next(iter(films), None)  # the film the clause describes
            sent = v.sent
            unnamed = [q for m in self.m.all if sent.start <= m.start < sent.end and self._original_of_unnamed(m)
                       for q in [self._sequel_of(m)] if q is not None]
            target = unnamed[0] if len(unnamed) == 1 else self.focus(v)  # "a sequel to X, with A returning to direct"
            clause = v.head if v.dep_ == "conj" and v.head.dep_ == "relcl" else v  # ("who wrote and directed")
            relative = s is not None and s.lower_ == "who" and clause.dep_ == "relcl" and clause.head.pos_ == "PROPN" \
                and described is None and not unnamed
            if relative:  # "Title earned a nod for A and B, who co-directed": the film in focus there
                s = clause.head
            if described is not None:
                target = described
                if pronoun:  # "the drama she wrote and directed": the person the text is about
                    for p in self._they_pair(self.doc[k]) if they else self._main_person(v):
                        self.emit(target, rel, p, v, "verb", 0.65)
                    return
            elif s is None or s.pos_ != "PROPN" or not unnamed and not relative and any(
                    not self._in_other_clause(f, v) for f in self.sentence_films(v)):
                return
            sm = self.m.at(s, create=False)
            if not self._is_person(s) and not (rel in ("P57", "P58") and (sm is None or not sm.votes.get("Film"))) \
                    and not (rel == "P162" and self._org_like(s)):
                return  # only people direct or write ("Nolan is directing", whatever NER said of "Nolan");
                # a company produces ("Studio Pictures is producing": its production company)
            people = self.person(s, 1.0)
            cast = []
            for c in children:
                partners, actors = self._with_partners(c, rel)
                people += partners
                cast += actors
            for p in people:
                self.emit(target, rel, p, v, "verb", 0.65)
            for p in cast:
                self.emit(target, "P161", p, v, "verb", 0.6)
            org = preps.get("for")
            if org is not None and org.pos_ == "PROPN" and self._org_like(org):
                # "A and B produced for Studio Productions": its production company (a studio that commissions
                # the writing or directing releases it)
                self.emit(target, "P272" if rel == "P162" else "P750", self.m.vote(org, "Organization", 2.0), v,
                          "verb", 0.65)

    def _shared_on_title(self, v: Token, rel: str, subj, host, children) -> bool:
        """'Title (1996), co-written with B, starred ...': the credit B shares on the title the participle
        describes (whoever the other writer is, the text names only B here)."""
        film_tok = subj if subj is not None and subj.dep_ in ("nsubj", "nsubjpass") else host
        m = self.m.at(film_tok, create=False) if film_tok is not None else None
        if m is None or m.votes.get("Film", 0) < 2.5 or any(c.dep_ == "dobj" for c in children):
            return False
        partners = [p for c in children for p in self._with_partners(c, rel)[0]]
        for p in partners:
            self.emit(m, rel, p, v, "verb", 0.7)
        return bool(partners)

    def _lights_it(self, v: Token) -> bool:
        """Does "shoot" at ``v`` name the cinematographer ("A shot it")? Not the production's shooting ("will
        start shooting Title", "a stock to shoot Title"), not an unnamed subject ("The cinematographer, who shot
        both features"), not a director or another craft shooting ("Its director, A, shot it in Riga")."""
        if v.dep_ in ("xcomp", "advcl", "pcomp", "acl", "amod") or v.tag_ == "VBG" and not any(
                c.dep_ == "aux" and c.lemma_ == "be" for c in v.children):
            return False
        subj = subject_of(v)
        if subj is None or subj.lower_ in ("who", "that") and v.dep_ == "relcl" and v.head.pos_ != "PROPN":
            return False
        said = [subj, subj.head, *(c for c in subj.children if c.dep_ in ("appos", "compound"))]
        return all(self.lex.role_nouns.get(t.lemma_.lower(), "P344") == "P344" for t in said)

    def _in_credit_run(self, v: Token) -> bool:
        """Is ``v`` one of a run of crew verbs with their own subjects ("A shot it, B edited, and C
        composed the score")? There an object-less "edited" or "scored" is a credit on the film in focus."""
        linked = [c for c in v.children if c.dep_ in ("conj", "parataxis")]
        if v.dep_ in ("conj", "parataxis"):
            linked.append(v.head)
        return any(t.pos_ == "VERB" and self.lex.verbs.get(t.lemma_.lower()) in CREW_RELATIONS
                   and any(c.dep_ == "nsubj" for c in t.children) for t in linked)

    def _with_partners(self, prep: Token, rel: str) -> tuple[list, list]:
        """Who a "with"/"alongside" phrase adds to a credit, and who it casts instead: "directs, with A
        in the lead" or "with A as the detective" names an actor, not a co-director."""
        if prep.dep_ != "prep" or prep.lower_ not in ("alongside", "with"):
            return [], []
        partner = next((g for g in prep.children if g.dep_ == "pobj"), None)
        if partner is None:
            return [], []
        after = partner.right_edge.i + 1  # (the parser hangs "as X" on the verb as often as on A)
        if any(GERUND_CREDITS.get(self.cols.lower[k], rel) != rel and k > prep.i + 1
               for k in range(partner.i, min(after + 1, len(self.doc)))):
            return [], []  # "will shoot it, with A cutting": A's own credit, read by the gerund's rule
        preps = [c for t in (partner, *partner.conjuncts) for c in t.children if c.dep_ == "prep"
                 and c.lower_ in ("in", "as")]  # ("with A and B in the leads": on B, or after the pair)
        if after < len(self.doc) and self.cols.lower[after] in ("as", "in") and self.doc[after].dep_ == "prep":
            preps.append(self.doc[after])
        part = next((g for c in preps for g in c.children if g.dep_ == "pobj"), None)
        if part is None:
            return self._named_or_kin(partner), []
        if part.head.lower_ == "as" and part.lemma_.lower() in self.lex.role_nouns:
            # "produced it, with A as producer" shares the credit; "directed it, with A as producer" does not
            return (self._named_or_kin(partner) if rel in self.lex.role_nouns[part.lemma_.lower()] else []), []
        if part.head.lower_ == "as" or part.lemma_.lower() in ("lead", "role", "part"):
            return [], self._named_or_kin(partner)
        return self._named_or_kin(partner), []

    def _directs_actor(self, v: Token, dobj: Token) -> bool:
        """Is the object of "directs" a person playing a part ("directs B as X", "directs his wife, B, as X")?"""
        as_prep = any(c.dep_ == "prep" and c.lower_ == "as" for c in (*v.children, *dobj.children))
        if not as_prep and dobj.pos_ == "PROPN" and dobj.conjuncts and not (dobj.i > 0 and self.cols.text[dobj.i - 1]
                                                                          in OPEN_QUOTES):
            # "A directs B and C in a western": two people named by first names are the cast
            return all(t.pos_ == "PROPN" and self._first_named(t) and self.cols.lower[t.i] not in self.lex.org_suffixes
                       and getattr(self.m.at(t, create=False), "votes", {}).get("Film", 0) < 2
                       for t in (dobj, *dobj.conjuncts))
        if not as_prep:
            return False
        if dobj.pos_ == "PROPN":
            return dobj.ent_type_ == "PERSON" or self._first_named(dobj)
        return dobj.lemma_.lower() in self.lex.kin_spouse | self.lex.kin_sibling and any(
            c.dep_ == "appos" and c.pos_ == "PROPN" for c in dobj.children)

    def _kin_of(self, noun: Token, owners, relatives) -> None:
        """'A directs his wife, B': A and B are spouses (or siblings), as the noun says."""
        lemma = noun.lemma_.lower()
        rel = "P26" if lemma in self.lex.kin_spouse else "P3373" if lemma in self.lex.kin_sibling else None
        if rel is None or lemma == "partner":  # (a partner in work or in crime: no word for marriage)
            return
        for o in relatives:
            self.emit(owners, rel, o, noun, "kin", 0.7)

    def _first_named(self, tok: Token) -> bool:
        """Does the name at ``tok`` open with a first name, as a person's does?"""
        m = self.m.at(tok, create=False)
        if m is None:
            run = name_run(self.doc, tok.i, allow_connectors=False, max_len=4)
            return run is not None and self.m._personal_name(*run)
        return self.m._personal_name(m.start, m.end)

    def _credit_fragment(self, v: Token) -> bool:
        """'Directed by A and written by B.', 'Produced by A for Studio.': a sentence that is only a credit,
        its participle first (as a listing or a festival blurb gives them)."""
        top = v
        while top.dep_ == "conj" and top.head.i != top.i:
            top = top.head
        return top.dep_ == "ROOT" and top.tag_ == "VBN" and top.i == self.cols.sent_start[top.i]

    def _crew_company(self, f, rel, p, v):
        if rel == "P162" and p.votes.get("Organization", 0) > p.votes.get("Person", 0):
            self.emit(f, "P272", p, v, "by", 0.8)

    def _host(self, v: Token) -> Token | None:
        """The noun a participle/relative clause describes, or the subject of the clause it opens."""
        t = v
        while t.dep_ == "conj" and t.head.i != t.i:
            t = t.head
        if t.dep_ in ("acl", "relcl", "amod", "appos") and (t.head.pos_ in ("NOUN", "PROPN", "PRON")
                                                             or t.head.pos_ == "ADJ" and t.head.text.istitle()):
            # (a name the tagger took for an adjective: "Nettlebud, voiced by A, ...")
            h = t.head
            if t.dep_ == "acl" and t.tag_ == "VBN" and t.i > 0 and self.cols.text[t.i - 1] == "," \
                    and h.text.islower() and h.lemma_.lower() not in self.lex.film_nouns:
                up = h  # "Title, a film about a farming cooperative, directed by A": the film, not the cooperative
                while up.dep_ == "pobj" and up.head.dep_ == "prep" and up.head.head.pos_ in ("NOUN", "PROPN"):
                    up = up.head.head
                    if up.lemma_.lower() in self.lex.film_nouns or up.pos_ == "PROPN":
                        return up.head if up.dep_ == "appos" and up.head.pos_ == "PROPN" else up
            return h
        if t.dep_ == "advcl" and t.tag_ == "VBN" and t.i == self.cols.sent_start[t.i]:
            after = self._subject_after_dashes(t.right_edge.i + 1)
            if after is not None:
                return after  # "Directed by A — a change of pace for someone whose last film was X — the film stars B"
        if t.dep_ in ("advcl", "ccomp", "xcomp", "ROOT") and t.head.i != t.i or t.dep_ == "advcl":
            return subject_of(t.head)
        return subject_of(t)

    def _subject_after_dashes(self, k: int) -> Token | None:
        """The subject right after an aside between dashes that opens at token ``k``; the parser, lost in the
        aside, often hangs the clause before it on a word inside it."""
        cols = self.cols
        end = cols.sent_end[k - 1]
        dashes = ("—", "–", "--")  # (not "-": a hyphen the tokenizer split off is one too)
        if k >= end or cols.text[k] not in dashes:
            return None
        close = next((j for j in range(k + 1, end) if cols.text[j] in dashes), None)
        if close is None:
            return None
        return next((self.doc[j] for j in range(close + 1, min(close + 5, end))
                     if cols.dep[j] in ("nsubj", "nsubjpass")), None)

    def _dated_for(self, v: Token) -> None:
        """'Studio has dated the film for July 17, 2026', 'dated Title for summer 2026': a release date."""
        obj = next((c for c in v.children if c.dep_ == "dobj"), None)
        when = next((g for c in v.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children
                     if g.dep_ == "pobj"), None)
        definite = obj is not None and obj.text.islower() and obj.lemma_.lower() in self.lex.film_nouns \
            and any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in obj.children)  # "the tentpole"
        if obj is None or when is None or not (self._film_pronoun(obj) or definite or obj.pos_ == "PROPN"):
            return
        self._release_year(v, obj, {"for": when})

    def _release_year(self, v: Token, film_tok: Token | None, preps: dict) -> None:
        """'Title was released on July 28, 1944' / 'opens in 2025' → release year."""
        if film_tok is None:
            return
        for prep in ("on", "in", "for"):
            obj = preps.get(prep)
            if obj is None:
                continue
            year = next((t.text for t in obj.subtree if YEAR.match(t.text)), None)
            if year is not None:
                for f in self.film(film_tok):
                    # "release" (not "year"): the clause's mood applies ("is expected to open in 2027")
                    self.emit(f, "P577", year, v, "release", 0.8)
                return
        now = self.dateline_year()
        when = [t for c in v.children if c.dep_ in ("npadvmod", "prep", "advmod") for t in c.subtree
                if t.ent_type_ == "DATE"]
        if now is not None and when and v.tag_ in ("VBZ", "VBP", "VB") and not any(YEAR.match(t.text) for t in when):
            for f in self.film(film_tok):  # "opens in theaters nationwide Friday", under a date line of 2025
                if f is not None and getattr(f, "year", None) in (None, str(now)):
                    self.emit(f, "P577", str(now), v, "release", 0.7)

    def _contact_film(self, subj: Token) -> Mention | None:
        """The title a clause whose subject is the name at ``subj`` describes: "Title 2, the sequel Studio will
        release" (a film noun right before the name, after the title and a comma)."""
        m = self.m.at(subj)
        k = m.start if m is not None else subj.i
        cols = self.cols
        if k < 4 or cols.lemma[k - 1] not in self.lex.film_nouns or not cols.text[k - 1].islower() \
                or cols.lower[k - 2] != "the" or cols.text[k - 3] != ",":
            return None
        film = self.m.by_token.get(k - 4)
        return film if film is not None and film.votes.get("Film", 0) >= 2.5 else None

    def release_verb(self, v, subj, dobj, agent_obj, passive, host, preps):
        # "Title released on Service", "Title is distributed by Studio", "Studio released Title"
        org_tok = agent_obj if passive else None
        subj = self._antecedent(subj, v)
        if (v.lemma_ == "distribute" or v.lemma_ == "release" and subj is not None and any(
                c.dep_ == "aux" and c.lower_ in ("will", "'ll") for c in (*v.children, *v.head.children))
                and self._org_like(subj)) and not passive and dobj is None and subj is not None \
                and subj.pos_ == "PROPN" and getattr(self.m.by_token.get(subj.i), "votes", {}).get("Film", 0) < 2.5 \
                and not any(c.dep_ in ("dobj", "ccomp", "xcomp") or c.dep_ == "prep" and c.lower_ not in (
                    "with", "in") for c in v.children) \
                and (self._org_like(subj) or not self._is_person(subj) or not self._first_named(subj)):
            # ("Studio will distribute in Canada", "Studio pays for it and will release")
            # ("Veltra Nordic will distribute.": NER's person, but no first name, and people do not distribute)
            org = self.m.vote(subj, "Organization", 2.0)  # "Orbit Pictures will distribute.": the film in focus
            if org is not None:
                self.emit(self.focus(v), "P750", org, v, "verb", 0.7)
            return
        for prep in ("via", "through", "by", "on"):  # ("on 21 March through Studio": the company, not the day)
            if prep == "on" and preps.get(prep) is not None and preps[prep].ent_type_ in ("DATE", "TIME"):
                continue
            if org_tok is None and preps.get(prep) is not None:
                org_tok = preps[prep]
                if prep == "on" and org_tok.pos_ == "PROPN" and org_tok.ent_type_ not in ("DATE", "TIME"):
                    self.m.vote(org_tok, "Organization", 1.5)
        film = self._contact_film(subj) if not passive and dobj is None and subj is not None \
            and subj.ent_type_ == "ORG" else None
        if film is not None:  # "Title 2, the sequel Studio will release in April": however the parser hung it
            org = self.m.vote(subj, "Organization", 2.0)
            if org is not None:
                self.emit(film, "P750", org, v, "verb", 0.75)
                self._release_year(v, self.doc[film.end - 1], preps)
            return
        clause = v.head if v.dep_ == "conj" and v.head.dep_ == "relcl" else v  # "... and that Studio will release"
        if dobj is not None and dobj.lower_ in ("which", "that") and clause.dep_ == "relcl":
            dobj = None  # "The film, which Studio releases Friday": the pronoun is the clause's antecedent
        if not passive and dobj is None and clause.dep_ == "relcl" and subj is not None and subj.pos_ == "PROPN" \
                and self._org_like(subj) and clause.head.pos_ in ("NOUN", "PROPN"):
            # "Title, a western that Studio will release in 2026": the studio releases the clause's antecedent
            head = clause.head
            films = self.film(head.head, 1.0, anaphora=False) if head.dep_ == "appos" and head.head.pos_ == "PROPN" \
                and head.text.islower() else self.film(head, 1.0)
            org = self.m.vote(subj, "Organization", 2.0)
            for f in films:
                self.emit(f, "P750", org, v, "verb", 0.75)
            if films:
                self._release_year(v, clause.head, preps)
            return
        film_tok = subj if (passive or v.lemma_ in ("release", "stream") and subj is not None) else None
        named = self.m.by_token.get(dobj.i) if dobj is not None else None
        dobj_film = named is not None and any(o.key == named.key and o.votes.get("Film", 0) >= 2.5 for o in self.m.all)
        releaser = not passive and v.lemma_ == "release" and dobj_film and subj is not None \
            and subj.pos_ == "PROPN" and not self._is_person(subj)  # ("Studio releases Title in theaters")
        film_noun = self._film_pronoun(dobj)
        if not passive and dobj is not None and subj is not None and (
                self._org_like(subj) or v.lemma_ == "distribute" and subj.pos_ == "PROPN" or releaser
                or film_noun and subj.pos_ == "PROPN" and (not self._is_person(subj) or v.lemma_ in (
                    "stream", "distribute") and not self._first_named(subj))  # (a streamer NER took for a person)
                or film_noun and v.lemma_ in ("stream", "distribute") and self._bare_name(subj)):
            org_tok, film_tok = subj, dobj  # "Studio released Title", "Studio will open the film in October"
        elif not passive and film_noun:
            film_tok = dobj  # "A will release the film in 2026": the film, whoever A is
        if film_tok is None and v.lemma_ in self.lex.release_verbs and not (not passive and dobj is not None):
            film_tok = subj if subj is not None and not self._is_person(subj) else host  # "Title opens Friday"
        self._release_year(v, film_tok, preps)
        if org_tok is None or not (self._org_like(org_tok) or v.lemma_ in ("distribute", "stream")
                                   and org_tok.text[:1].isupper()
                                   and org_tok.ent_type_ != "PERSON" or (releaser or film_noun) and org_tok is subj):
            # ("A, which put out both previous instalments": no person releases films)
            return
        if film_tok is None:
            film_tok = host
        for f in self.film(film_tok):
            org = self.m.vote(org_tok, "Organization", 2.0)
            self.emit(f, "P750", org, v, "verb", 0.8)
        self._release_year(v, film_tok, preps)

    @staticmethod
    def _bare_name(t: Token) -> bool:
        """'Tremor will stream it': a capitalised singular noun with nothing before it is a name (a common noun
        would take an article), whatever the tagger made of a sentence's first word."""
        return t.tag_ == "NN" and t.text[:1].isupper() and not t.text.isupper() and not any(True for _ in t.lefts)

    def _opening_year(self, v: Token) -> str | None:
        """'In 2007(,) she appeared in Title': the year a past credit came out."""
        sent = v.sent
        if v.tag_ != "VBD" or sent.end - sent.start < 4 or self.cols.lower[sent.start] != "in" \
                or not YEAR.match(self.cols.text[sent.start + 1]):
            return None
        return self.cols.text[sent.start + 1]

    RELEASE_WORDS = frozenset({"premiere", "premiered", "opened", "released", "debuted", "bowed", "arrived"})

    def almanac_rules(self) -> None:
        """'Nov. 17, 1962 - Title premiered', 'In 1958, Title had its premiere': a sentence that opens with
        a date, then a title, and tells of a release gives that film's year (read from the surface: the
        parser hangs such a title on the date)."""
        cols, doc = self.cols, self.doc
        for k in sorted(set(cols.sent_start)):
            head = self.text[cols.idx[k]:cols.idx[k] + 24]
            found = ALMANAC_DATE.match(head) or OPENING_YEAR.match(head)
            if found is None:
                continue
            end = cols.sent_end[k]
            j = next((x for x in range(k, min(end, k + 9)) if cols.idx[x] >= cols.idx[k] + found.end()), None)
            while j is not None and j < end and cols.text[j] in OPEN_QUOTES:
                j += 1
            film = self.m.by_token.get(j) if j is not None else None
            if film is None or film.start != j or film.votes.get("Film", 0) < 2 \
                    or not any(cols.lower[x] in self.RELEASE_WORDS for x in range(film.end, end)) \
                    or any(YEAR.match(cols.text[x]) for x in range(film.end, end)):
                continue  # (not "In 1994, Title's star was born; it premiered in 1996")
            self.emit(film, "P577", found.group(1), doc[j], "release", 0.7)

    def _with_doer(self, v: Token, rels: list[str]) -> bool:
        """'..., with A producing alongside B', 'with A directing and Studio distributing': an
        absolute "with" clause names who does what on the film the sentence is about."""
        np = v.head.head if v.head.dep_ == "appos" else v.head  # ("with Studio chief A producing")
        if v.dep_ == "acl" and np.dep_ == "pobj" and np.head.lower_ == "with" and v.head.pos_ == "PROPN":
            doer = v.head
        elif v.dep_ == "pcomp" and v.head.lower_ == "with":
            doer = next((c for c in v.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"), None)
        else:
            return False
        if doer is None or any(c.dep_ in ("dobj", "attr", "ccomp") for c in v.children):
            return False  # "with A producing Title" names its film: the general rules read it
        film = self.sentence_film_or_focus(v)
        for c in v.children:  # "with A directing and Studio distributing": the parser hangs the second on the first
            second = next((g for g in [*c.children, *v.children] if g.tag_ == "VBG" and g.dep_ in ("xcomp", "acl")
                           and g.i > c.i), None) if c.dep_ == "conj" and c.pos_ == "PROPN" else None
            if second is not None and self.lex.verbs.get(second.lemma_.lower()) == "P750" and self._org_like(c):
                self.emit(film, "P750", self.m.vote(c, "Organization", 2.0), second, "verb", 0.7)
        if rels == ["P750"]:
            doers = [self.m.vote(t, "Organization", 2.0) for t in [doer, *doer.conjuncts]
                     if t.pos_ == "PROPN" and self._org_like(t)]
        else:
            doers = self.person(doer, 1.5)
            for c in v.children:
                if c.dep_ == "prep" and c.lower_ == "alongside":
                    doers += self.person(next((g for g in c.children if g.dep_ == "pobj"), None), 1.0)
        for d in doers:
            for rel in rels:
                self.emit(film, rel, d, v, "verb", 0.7)
        return True

    @staticmethod
    def _antecedent(subj: Token | None, v: Token) -> Token | None:
        """'X is a film that was released in 1944': "that" stands for the noun the clause describes."""
        if subj is not None and subj.lower_ in ("that", "which") and v.dep_ == "relcl":
            return v.head
        return subj

    def _made_film(self, v: Token) -> None:
        """'A made Title (2012)', 'A, who made the debut Title': a filmmaker who makes a named film directs it
        (a company that makes one is read by the company rules)."""
        children = list(v.children)
        dobj = next((c for c in children if c.dep_ == "dobj"), None)
        if dobj is None or v.tag_ == "VBN" and not any(c.dep_ == "nsubj" for c in children) \
                or any(c.dep_ in ("oprd", "ccomp", "xcomp", "dative") for c in children):
            return  # ("made her famous", "made Title a hit", "was made by")
        title = self.m.by_token.get(dobj.i)
        if title is None or dobj.pos_ != "PROPN":
            title = next((self.m.by_token.get(c.i) for c in dobj.children if c.dep_ in ("appos", "compound")
                          and c.pos_ == "PROPN" and c.i in self.m.by_token), None) if dobj.text.islower() else None
        if title is None or title.votes.get("Film", 0) < 2.5 or title.start > dobj.i + 1:
            return
        subj = subject_of(v)
        if subj is None:
            return
        if subj.lower_ == "who" and v.dep_ == "relcl":
            people = self.person(v.head)
        elif subj.pos_ == "PRON":
            people = self._main_person(v) if subj.lower_ in ("he", "she") else []
        else:
            people = self.person(subj)
        for p in people:
            if p.votes.get("Person", 0) > p.votes.get("Organization", 0):
                self.emit(title, "P57", p, v, "verb", 0.6)

    def _hyphen_credit(self, v: Token, rel: str) -> None:
        """'Title, the Ann Vale-directed heist thriller', 'the Ann Vale-scored Title'."""
        cols = self.cols
        hi = v.i - 1
        lo = hi
        while lo - 1 >= 0 and hi - lo < 4 and cols.pos[lo - 1] == "PROPN" and cols.is_title[lo - 1]:
            lo -= 1
        if hi - lo < 2:
            return  # a full name only: "the Vale-directed" may be a studio's
        noun = v.head
        films = self._described_film(noun) if noun.lemma_.lower() in self.lex.film_nouns else \
            self.film(noun, anaphora=False) if noun.pos_ == "PROPN" else []
        person = self.m.add(lo, hi, "Person", 2.0, exact=True) if films else None
        for f in films:
            self.emit(f, rel, person, v, "verb", 0.8)

    def venue_rules(self, venue: Token) -> None:
        """'Title crept into cinemas', 'Title limps into theaters': whatever the verb, what goes into
        cinemas is a film (not a company: "Studio opens it in cinemas")."""
        verb = venue.head.head
        if venue.head.lower_ not in ("into", "in", "to") or verb.pos_ != "VERB" \
                or any(c.dep_ == "dobj" for c in verb.children):
            return
        s_tok = subject_of(verb)
        if s_tok is not None and s_tok.text[:1].isupper() and s_tok.pos_ in ("PROPN", "NOUN") \
                and not self._is_person(s_tok) and not self._org_like(s_tok):
            self.m.vote(s_tok, "Film", 2.5)

    def gerund_credit_rules(self, tok: Token, rel: str) -> bool:
        """'Directing is A.', '- Producing are A and B.': a crew credit named first, on the film in focus
        (not "Editing is handled by A"). True when it read the sentence."""
        cols, i = self.cols, tok.i
        if i + 1 < len(self.doc) and cols.lemma[i + 1] in ("duty", "chore", "credit", "responsibility"):
            self._duties(tok, rel)  # "A takes over directing duties"
            return False
        if i > 1 and cols.text[i - 1][:1].isupper() and cols.sent_start[i] != i:
            self._with_gerund(tok, rel)  # "with A directing and B editing"
            return False
        opens = cols.sent_start[i] == i or cols.text[i - 1] in ("-", "•", "*", "–") and cols.sent_start[i] == i - 1
        if not opens or i + 2 >= len(self.doc) or cols.lower[i + 1] not in ("is", "are") \
                or not cols.text[i + 2][:1].isupper():
            return False
        for run in people_list(self.doc, i + 2):
            self.emit(self.focus(tok), rel, self.m.add(*run, "Person", 2.0), tok, "role", 0.8)
        return True

    def _with_gerund(self, tok: Token, rel: str) -> None:
        """'..., with A directing and B editing': an absolute clause names each credit after its person."""
        cols = self.cols
        run = name_run(self.doc, tok.i - 1, allow_connectors=False, max_len=4)
        if run is None or run[1] != tok.i or run[0] < 1:
            return
        k = run[0] - 1
        if cols.lower[k] not in ("with", "and", ","):
            return
        start = cols.sent_start[tok.i]
        w = next((x for x in range(k, max(start, k - 14) - 1, -1) if cols.lower[x] == "with"), None)
        if w is None or any(cols.text[x] in (";", ".") for x in range(w, tok.i)):
            return
        person = self.m.add(*run, "Person", 1.5)
        if person is not None:
            self.emit(self.sentence_film_or_focus(tok), rel, person, tok, "role", 0.7)

    def _duties(self, tok: Token, rel: str) -> None:
        """'A takes over directing duties', 'A and B share writing duties on Title': the credit is A's."""
        noun = self.doc[tok.i + 1]
        verb = noun.head if noun.dep_ in ("dobj", "pobj") else None
        if verb is not None and verb.dep_ == "prep":
            verb = verb.head
        subj = subject_of(verb) if verb is not None and verb.pos_ in ("VERB", "AUX") else None
        if subj is None or subj.pos_ != "PROPN" or not self._is_person(subj):
            return
        film_tok = next((g for c in noun.children if c.dep_ == "prep" and c.lower_ in ("on", "for")
                         for g in c.children if g.dep_ == "pobj"), None)
        films = self.film(film_tok) if film_tok is not None else []
        for p in self.person(subj, 1.0):
            for f in films or [self.focus(tok)]:
                self.emit(f, rel, p, tok, "role", 0.7)

    def clause_end_return(self, tok: Token) -> None:
        """'Composer A, who scored the original, returns.': the sentence's opening name is back on the film
        in focus, in the craft the text gave it (read from the words: the parser makes "returns" a noun)."""
        cols = self.cols
        start = cols.sent_start[tok.i]
        person = next((m for k in range(start, min(start + 3, tok.i)) for m in [self.m.by_token.get(k)]
                       if m is not None and (m.votes.get("Person", 0) >= 1 or cols.ent[m.start] == "PERSON")), None)
        if person is None or not any(cols.lower[k] in ("who", "whose") for k in range(person.end, tok.i)):
            return
        before = cols.lower[person.start - 1] if person.start > start else cols.lower[start]
        rel = (self.lex.role_nouns.get(before, "") or self._role_of(person) or "P161").split("+")[0]
        if rel in ("P57", "P58", "P162", "P86", "P344", "P1040", "P161"):
            # (the focus read at the full stop: "returns" may already stand for "the original")
            self.emit(self.focus(self.doc[tok.i + 1]), rel, person, tok, "verb", 0.65)

    def clause_end_credit(self, tok: Token) -> None:
        """'A directs Title, and B stars.', 'C produces.': a name, then a credit verb closing the clause that
        the tagger read as a plural noun. B is credited on the sentence's one film, else the film in focus."""
        rel = self.lex.verbs.get(tok.lemma_.lower())
        person = self.m.by_token.get(tok.i - 1)
        if rel not in CREW_RELATIONS | {"P161"} or person is None or person.end != tok.i \
                or not self._is_person(self.doc[tok.i - 1]):
            return
        film = self.sentence_film_or_focus(tok)
        self.emit(film, rel, person, tok, "verb", 0.65)
        for c in tok.children:  # "A stars and produces it.": the parser leaves the second verb no subject
            also = self.lex.verbs.get(c.lemma_.lower()) if c.dep_ == "conj" and c.pos_ == "VERB" else None
            if also in CREW_RELATIONS and not any(g.dep_ in ("nsubj", "nsubjpass") or g.dep_ == "dobj"
                                                  and not self._film_pronoun(g) for g in c.children):
                partners = [p for g in [*c.children, *(g for g in tok.children if g.i > c.i)]
                            for p in self._with_partners(g, also)[0]]  # (the parser hangs "alongside B" on either)
                for p in [person, *partners]:  # ("..., alongside her husband, B": B shares it)
                    self.emit(film, also, p, c, "verb", 0.65)

    def conj_end_credit(self, tok: Token) -> None:
        """'A writes and directs.': the second credit verb, read as a plural noun, shares the first's subject
        and its film (the sentence's one film, else the film in focus)."""
        rel = self.lex.verbs.get(tok.lemma_.lower())
        subj = subject_of(tok.head)
        if rel not in CREW_RELATIONS | {"P161"} or subj is None or subj.pos_ != "PROPN" or not self._is_person(subj):
            return
        for p in self.person(subj, 1.0):
            self.emit(self.sentence_film_or_focus(tok), rel, p, tok, "verb", 0.65)

    def return_rules(self, v: Token) -> None:
        """'A and B are both set to return (for the sequel)': back in the film in focus, in the craft
        the text gave them (the cast unless said otherwise)."""
        part = next((c for c in v.children if c.dep_ == "dobj" and c.pos_ == "PROPN"), None) \
            if v.lemma_ == "reprise" else None
        if part is not None:  # "A reprises locksmith X", "with B reprising X": the part, named
            subj = subject_of(v)
            if subj is not None and subj.i < v.i - 1 and v.i >= 1 and self.cols.pos[v.i - 1] == "PROPN" \
                    and self.doc[v.i - 1] in subj.conjuncts:
                subj = self.doc[v.i - 1]  # "A returns as X, B reprises Y": the parser joins X and B
            if subj is not None and subj.pos_ == "PROPN" and self._is_person(subj) \
                    and not getattr(self.m.at(part, create=False), "votes", {}).get("Film"):
                self.character_link(self.own_person(subj), part, v)
            return
        if any(c.dep_ in ("xcomp", "ccomp", "advcl") or c.dep_ == "prep" and c.lower_ == "as"
               or c.dep_ == "dobj" and not (v.lemma_ == "reprise" and c.lemma_.lower() in ("role", "part"))
               for c in v.children):
            return  # "return to direct", "return as Character": other rules read those
        craft = next((g for c in v.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children
                      if g.dep_ == "pobj" and g.text.islower() and self.lex.verbs.get(g.lemma_.lower()) in (
                          "P57", "P58", "P162", "P86") and not any(d.dep_ == "det" for d in g.children)), None)
        if craft is not None:  # "A returns to helm from a script by B": the tagger reads "helm" as a noun
            subj = subject_of(v)
            if subj is not None and subj.pos_ == "PROPN" and self._is_person(subj):
                for p in self.person(subj, 1.0):
                    self.emit(self.focus(v), self.lex.verbs[craft.lemma_.lower()], p, v, "verb", 0.65)
            return
        if any(c.dep_ == "prep" and c.lower_ == "to" and c.i + 1 < len(self.doc) and self.cols.text[c.i + 1].islower()
               and self.lex.verbs.get(self.cols.lemma[c.i + 1]) in CREW_RELATIONS for c in v.children):
            return  # "A will return to helm Title 3": a crew credit (the director's-chair rule reads it), no part
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
        film_tok = preps.get("in") or preps.get("for") or preps.get("on")  # ("replaced B for Title")
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
        else:  # "A replaced B for Title": in B's craft, when the text gave B one
            old = subject_of(v) if passive else next((c for c in v.children if c.dep_ == "dobj"), None)
            crafts = [self._role_of(p) for p in self.person(old, 0.0)] if old is not None and old.pos_ == "PROPN" \
                else []
            rel = next((c for c in crafts if c in ("P57", "P58", "P162", "P86", "P344", "P1040")), rel)
        if rel not in ("P161", "P57", "P58", "P162", "P86", "P344", "P1040"):
            return
        for f in self.film(film_tok, anaphora=False):
            for p in self.person(newcomer, 1.0):
                self.emit(f, rel, p, v, "verb", 0.7)

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
