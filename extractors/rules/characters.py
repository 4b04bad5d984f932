"""Character rules (``character``): a part, its actor and its film.

"A plays X", "X (played by A)", "A will play the lead role of X in Title", "A plays a detective,
Ellen Shaw", "roles including X in Title, Y in Title", "X is a fictional character in Title";
``character_link`` records the part (P175), the actor's cast credit (P161) and the part's film
(P1441).
"""
from __future__ import annotations

from spacy.tokens import Token

from ..columns import columns
from ..lexicon import is_common_noun, is_given_name
from ..mentions import RANKS, Mention
from ..surface import described_name
from ..titles import OPEN_QUOTES, headline_at, name_run, text_lines, title_span
from .base import CREW_RELATIONS, OriginalFilm
from .parse import subject_of

FILM_LABELS = frozenset({"classic", "hit", "favorite", "favourite", "flop", "smash", "version"})
# "A is best known as X", "better known as": a name, not a part
NOT_A_PART = frozenset({"known", "better", "best", "described", "referred", "seen", "regarded", "billed", "credited"})


# a review's verbs for how an actor carries a part ("A broods magnificently as X", "B shines as Y")
PERFORM_VERBS = frozenset({"shine", "excel", "impress", "brood", "sparkle", "dazzle", "smoulder", "smolder",
                           "convince", "charm", "glower", "scowl", "simmer", "sizzle", "delight", "astonish",
                           "mesmerize", "mesmerise", "glow", "radiate", "growl", "snarl"})
PERFORM_FORMS = frozenset({"shines", "shone", "shining"})  # (the small model lemmatises "shines" as "shin")

AGE_WORDS = frozenset({"young", "younger", "teenage", "older", "elderly", "ageing", "aging", "adult", "infant"})


class CharacterRules:
    """Character rules: parts, their actors and their films."""

    def character_verb(self, v, subj, dobj, agent_obj, passive, host, preps):
        if not passive and subj is not None and dobj is not None and dobj.lemma_.lower() in ("role", "part",
                                                                                             "character"):
            # "A will play the lead role of X in Title", "A voices the character of X"
            named = next((g for c in dobj.children if c.dep_ == "prep" and c.lower_ in ("of", "as")
                          for g in c.children if g.dep_ == "pobj" and g.text[:1].isupper()), None)
            if named is not None:
                people = self.person(subj) if subj.lower_ not in ("who",) else self.person(v.head)
                film_tok = preps.get("in") or next((g for c in named.children if c.dep_ == "prep" and c.lower_ == "in"
                                                    for g in c.children if g.dep_ == "pobj"), None)
                self.character_link(people, named, v, film_tok=film_tok)
                return
        named_host = {t.i for c in host.children if c.dep_ == "appos" and c.pos_ == "PROPN" for t in c.subtree} \
            if host is not None and host.text.islower() else set()  # "her uncle, B, played by A"
        near = host is not None and (0 < v.i - host.i <= 3 or 0 < v.i - host.i <= 8 and all(
            self.cols.is_punct[k] or self.cols.dep[k] in ("aux", "auxpass") or k in named_host
            for k in range(host.i + 1, v.i)) and (v.i - host.i <= 5 or named_host))
        if passive and host is not None and subj is None and not near:
            host = None  # "X (played by A)", "X, to be played by A" read X right before; a far host is a parse error
        named = next((c for c in dobj.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None) \
            if dobj is not None and not dobj.text[:1].isupper() else None
        if named is None and dobj is not None and dobj.text.islower():  # "plays a farmer named X"
            named = next((g for c in dobj.children if c.dep_ == "acl" and c.lower_ in ("named", "called")
                          for g in c.children if g.dep_ in ("oprd", "dobj", "attr") and g.pos_ == "PROPN"), None)
        if named is None and dobj is not None and dobj.text.islower() and v.lemma_.lower() in ("play", "voice"):
            # "who played the smuggler Ivo Marsk": the parser gives the verb two objects, the name second
            named = next((c for c in v.children if c.dep_ == "dobj" and c.pos_ == "PROPN" and c.i > dobj.i), None)
        who = v.head if subj is not None and subj.lower_ == "who" and v.dep_ == "relcl" \
            and v.head.pos_ == "PROPN" else subj  # "B, who plays a rogue meteorologist, Dr. Lyle Haskett"
        if who is not None and who is not subj and subj.i >= 2 and self.cols.text[subj.i - 1] == "," \
                and self.cols.pos[subj.i - 2] == "PROPN" and who.i != subj.i - 2:
            who = self.doc[subj.i - 2]  # "A (X) and B, who plays Y": the name right before the comma
        if who is None and not passive and v.tag_ == "VBG" and v.lemma_.lower() == "play" and v.i >= 2 \
                and self.cols.text[v.i - 1] == ",":  # "A, playing X, stares ...": the name before the aside
            who = v.head if v.dep_ == "acl" and v.head.pos_ == "PROPN" else \
                subject_of(v.head) if v.dep_ == "advcl" else None
            who = who if who is not None and who.pos_ == "PROPN" and who.i == v.i - 2 else None
        if who is not None and who.pos_ == "NOUN" and who.text.islower():
            who = next((c for c in who.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > who.i), who)
            # ("Her co-star B, whom she married, plays X", "A's younger sister, B, plays X": B plays)
        if named is None and dobj is not None and dobj.text.islower() and dobj.right_edge.i + 2 < len(self.doc) \
                and self.cols.text[dobj.right_edge.i + 1] == "," and v.lemma_.lower() == "play":
            run = name_run(self.doc, dobj.right_edge.i + 2, allow_connectors=False, max_len=4)
            if run is not None and run[0] == dobj.right_edge.i + 2 and (
                    run[1] >= len(self.doc) or self.doc[run[1]].text in (".", ",", ";")):
                named = self.doc[run[1] - 1]  # the parser hung the name on the actor
            elif self.cols.lower[dobj.right_edge.i + 2] in ("a", "an", "the"):
                run = described_name(self.doc, dobj.right_edge.i + 2)  # "plays the lead, a surgeon called X"
                if run is not None and self.m.add(*run, "Character", 3.0, exact=True) is not None:
                    named = self.doc[run[1] - 1]
        if named is None and dobj is not None and dobj.lemma_.lower() == "version":
            # "to portray an older version of the witch X"
            of = next((g for c in dobj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                       if g.dep_ == "pobj"), None)
            if of is not None and of.text.islower():
                named = next((c for c in of.children if c.dep_ in ("appos", "compound") and c.pos_ == "PROPN"
                              and c.i > of.i), None)
            elif of is not None and of.pos_ == "PROPN":
                named = of
        if not passive and who is not None and named is not None and (
                who.pos_ == "PROPN" or who.lower_ in ("he", "she") and self.person(who)):
            # "A plays a detective, Ellen Shaw": the name in apposition is the character
            people = self.person(who)
            if who is not subj:  # "A (X) and B, who plays Y": B alone, not the names B is listed with
                people = [p for p in people if p.start <= who.i < p.end] or people
            self.character_link(people, named, v, film_tok=preps.get("in"))
            return
        if not passive and who is not None and dobj is not None and not dobj.text[:1].isupper() \
                and v.lemma_.lower() == "play" and (who.pos_ == "PROPN" and self._is_person(who)
                                                    or who.lower_ in ("he", "she")) \
                and dobj.lemma_.lower() not in self.lex.played_not_parts:  # (not "A plays the theme on cello")
            # "A plays one of the villains": a part in the film in focus ("the lead in X": in X);
            # "A, who played the despotic administrator in the original, returns"
            in_tok = preps.get("in") or next((g for t in dobj.subtree if t.dep_ == "prep" and t.lower_ == "in"
                                              for g in t.children if g.dep_ == "pobj"), None)
            films = self.film(in_tok) if in_tok is not None else []
            if who is not subj and not films:
                return  # "A, who played football with X": a relative clause names the film it means
            for p in self.person(who):
                self.emit(films[0] if films else self.focus(v), "P161", p, v, "character", 0.7)
            return
        if passive and agent_obj is not None and agent_obj.text.islower() and agent_obj.pos_ == "NOUN":
            # "played by the comedian A": the name in apposition to the noun
            agent_obj = next((c for c in agent_obj.children if c.dep_ == "appos" and c.pos_ == "PROPN"), agent_obj)
        if passive and agent_obj is not None:
            host_i = host.i if host is not None else -1
            target = subj if subj is not None and subj.dep_ == "nsubjpass" else host
            if target is not None and target.lower_ in ("who", "that") and v.dep_ == "relcl":
                target = v.head  # "Mila, who is played by A"; "a daughter, Mila, who is played by A"
            if target is not None and target.text.islower():  # "her captor, Esko Varn, is played by A"
                target = next((c for c in target.children if c.dep_ == "appos" and c.pos_ == "PROPN"), target)
            if target is not None and target.text.islower():  # "The villain, a smuggler called X, was played by A"
                desc = next((c for c in target.children if c.dep_ == "appos" and c.pos_ == "NOUN"
                             and c.left_edge.lower_ in ("a", "an", "the")), None)
                run = described_name(self.doc, desc.left_edge.i) if desc is not None else None
                if run is not None and run[1] <= v.i and self.m.add(*run, "Character", 3.0, exact=True) is not None:
                    target = self.doc[run[1] - 1]
            if target is not None and (target.pos_ == "PROPN" or self._name_noun(target)
                                       or target.pos_ == "ADJ" and target.text.istitle() and target.i == host_i):
                in_tok = preps.get("in") or next((g for c in agent_obj.children if c.dep_ == "prep" and c.lower_ == "in"
                                                  for g in c.children if g.dep_ == "pobj"), None)
                self.character_link(self.person(agent_obj), target, v, film_tok=in_tok)  # "played by A in Title"
        elif (subj is not None or who is not None) and dobj is not None:
            if v.dep_ == "pcomp" and v.head.lower_ == "for" and any(
                    c.dep_ == "dobj" and c.pos_ == "NOUN" for c in v.head.head.children):
                return  # "A praised cinemas for playing Title": they played it, A did not
            people = self.person(who) if subj is None else self.person(subj) if subj.lower_ not in ("who",) \
                else self.person(v.head)
            self.character_link(people, dobj, v, film_tok=preps.get("in"))

    def _name_noun(self, tok: Token) -> bool:
        """A capitalised word the tagger took for a noun ("Voss is played by A"): a name when the text
        capitalises it mid-sentence too."""
        if tok.pos_ != "NOUN" or not tok.text[:1].isupper() or tok.text.isupper():
            return False
        return not tok.is_sent_start or any(
            k != tok.i and self.cols.sent_start[k] != k for k in self.cols.where((tok.lower_,))
            if self.cols.text[k] == tok.text)

    def copula_part_rules(self, v: Token) -> None:
        """'A is Queen Ysa, Corvin's aunt': a rank and a name after an actor's copula name the part."""
        subj = next((c for c in v.children if c.dep_ == "nsubj" and (c.pos_ == "PROPN" or self._name_noun(c))), None)
        attr = next((c for c in v.children if c.dep_ == "attr" and c.pos_ == "PROPN"), None)
        if subj is not None and attr is None and self._is_person(subj):
            self._described_part(v, subj)
            return
        if subj is None or attr is None or not self._is_person(subj):
            return
        first = attr.left_edge
        det = next((c for c in attr.children if c.dep_ == "det"), None)
        if det is not None and det.i == first.i and det.lower_ in ("the", "a") and first.i + 1 < attr.i \
                and self.cols.text[first.i + 1].islower() and attr.i - first.i <= 6:
            first = self.doc[first.i + 1]  # "A is the nervy pickpocket B C": the description, then the part's name
        elif first.i <= v.i or det is not None:
            return
        described = first.text.islower()
        if described:  # "A is plucky detective Lady X": a description, then the part's name
            k = first.i
            while k < attr.i and self.cols.text[k].islower() and self.cols.pos[k] in ("ADJ", "NOUN", "ADV"):
                k += 1
            words = {self.cols.lemma[x] for x in range(first.i, k)}
            if k - first.i > 3 or not self.cols.text[k][:1].isupper() \
                    or words & (self.lex.person_nouns | self.lex.kin_relatives | self.lex.kin_spouse
                                | self.lex.kin_sibling | set(self.lex.role_nouns)):
                return  # (not "A is producer B", "A is director B's sister")
            self.m.add(k, attr.i + 1, "Character", 3.0, exact=True)
        elif first.lower_ not in RANKS or not first.text[:1].isupper() or first.i == attr.i:
            if self._plain_part(v, first, attr) and v.dep_ == "conj" and v.head.lemma_ in ("play", "portray"):
                self.character_link(self.person(subj, 1.0), attr, v.head)  # "B plays X, and A is Y": one film
            elif self._plain_part(v, first, attr):
                self.part_only(self.person(subj, 1.0), attr, v)
            return
        self.character_link(self.person(subj, 1.0), attr, v)

    def _described_part(self, v: Token, subj: Token) -> None:
        """'A is her brother, Oswy', 'B is the boy, Quorn' in a paragraph about who plays whom: the name in
        apposition to a person noun after an actor's "is" is the part."""
        attr = next((c for c in v.children if c.dep_ == "attr" and c.pos_ == "NOUN" and c.text.islower()), None)
        lex = self.lex
        if attr is None or v.tag_ != "VBZ" or attr.lemma_.lower() not in lex.person_nouns | lex.kin_relatives \
                | lex.kin_spouse | lex.kin_sibling:
            return
        named = next((c for c in attr.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i == attr.i + 2
                      and self.cols.text[attr.i + 1] == ","), None)
        if named is None or named.i + 1 < len(self.doc) and self.cols.text[named.i + 1] not in (".", ",", ";"):
            return
        m = self.m.at(named, create=False)
        if m is not None and (m.key in self.roles or m.votes.get("Person", 0) >= 2 or m.votes.get("Film", 0) >= 2.5):
            return  # (not "A is her husband, B": a person the text names otherwise)
        if self._after_cast_cue(v):
            self.character_link(self.person(subj, 1.0), named, v)

    def _after_cast_cue(self, v: Token) -> bool:
        """Has the paragraph said who plays whom before ``v`` ("B plays X, and A is Y")?"""
        return any(self.cols.lemma[k] in ("play", "portray", "cast", "star")
                   for k in range(self._paragraph_start(v.i), v.i))

    def part_only(self, people: list[Mention], char_tok: Token, v: Token, conf: float = 0.75) -> None:
        """The people play the part named at ``char_tok``; no film is said, where the one in focus would too often
        be the wrong one ("the part now goes to A", "B plays X. A is Y.")."""
        char = self.m.vote(char_tok, "Character", 3.0)
        for p in people if char is not None else ():
            self.emit(char, "P175", p, v, "character", conf)

    def _plain_part(self, v: Token, first: Token, attr: Token) -> bool:
        """'A is C D' in a paragraph about who plays whom ("B plays X, and A is Y."): a full name after an
        actor's "is", no one the text gives a craft or a film to, is the part."""
        cols = self.cols
        if v.tag_ != "VBZ" or first.i != v.i + 1 or attr.i - first.i not in (1, 2, 3) \
                or attr.i + 1 < len(self.doc) and cols.text[attr.i + 1] not in (".", ",", ";"):
            return False
        name = self.m.at(attr, create=False)
        if name is not None and (name.key in self.roles or name.votes.get("Film", 0) >= 2.5
                                 or name.votes.get("Organization", 0) >= 2):
            return False
        return self._after_cast_cue(v)

    def _parts_pair(self, back: Token) -> bool:
        """'A and B are back as bickering cousins X and Y Z': A plays X (Z, the surname they share), B plays
        Y Z. True when it read the sentence."""
        doc, cols = self.doc, self.cols
        j = k = back.i + 2
        while j < len(doc) and j - k < 3 and cols.text[j].islower() and (cols.pos[j] in ("ADJ", "NOUN")
                                                                          or cols.tag[j] == "VBG"):
            j += 1  # ("feuding sisters")
        if j == k or cols.tag[j - 1] != "NNS" or j >= len(doc):
            return False
        first = name_run(doc, j, allow_connectors=False, max_len=4)
        if first is None or first[0] != j or first[1] + 1 >= len(doc) or cols.lower[first[1]] != "and":
            return False
        second = name_run(doc, first[1] + 1, allow_connectors=False, max_len=4)
        subj = subject_of(back.head)
        people = self.person(subj, 1.0) if subj is not None and subj.pos_ == "PROPN" else []
        if second is None or second[0] != first[1] + 1 or len(people) != 2:
            return False
        parts = [self.m.add(*first, "Character", 3.0, exact=True), self.m.add(*second, "Character", 3.0, exact=True)]
        if any(c is None for c in parts):
            return False
        if len(parts[0].text.split()) == 1 and len(parts[1].text.split()) >= 2:
            parts[0].text = f"{parts[0].text} {parts[1].text.split()[-1]}"  # "Wren and Dot Harker"
        for p, c in zip(people, parts):
            self.character_link([p], doc[c.end - 1], back)
        return True

    def back_as_rules(self, back: Token) -> None:
        """'A is back as Polly Sugden', 'A returns as X': the part again, in the film in focus."""
        doc = self.doc
        cols = columns(doc)
        if back.i + 2 < len(doc) and cols.lower[back.i + 1] in ("on", "for") \
                and self.lex.craft_nouns.get(cols.lower[back.i + 2]) is not None:
            subj = subject_of(back.head)  # "A is back on music", "B is back on camera": the craft again
            if subj is not None and subj.pos_ == "PROPN" and self._is_person(subj):
                for p in self.person(subj, 1.0):
                    self.emit(self.focus(back), self.lex.craft_nouns[cols.lower[back.i + 2]], p, back, "role", 0.7)
            return
        if back.i + 2 < len(doc) and cols.lower[back.i + 1] == "for" and cols.text[back.i + 2][:1].isupper():
            self._back_for(back)  # "A is back for Title 2"
            return
        if back.i + 2 < len(doc) and cols.lower[back.i + 1] == "as" and self._parts_pair(back):
            return
        if back.i + 1 < len(doc) and cols.lower[back.i + 1] not in ("as", "on", "for", "in", "at", "with"):
            self._crew_back(back)  # "composer A is back (to score it again)"
            return
        if back.i + 2 >= len(doc) or cols.lower[back.i + 1] != "as" or not cols.text[back.i + 2][:1].isupper():
            return
        run = name_run(doc, back.i + 2, allow_connectors=False, max_len=4)  # from the surface: "as" is often
        subj = subject_of(back.head)                                         # parsed as a new clause's marker
        if run is None or run[0] != back.i + 2 or subj is None or subj.pos_ != "PROPN" or not self._maker(subj):
            return  # (who is back as a named part is a person, unless plainly a company, place or film)
        if run[1] - run[0] == 1 and self.lex.role_nouns.get(cols.lower[run[0]], "P161") != "P161":
            return  # "A is back as DP": a crew post
        char = self.m.add(*run, "Character", 3.0, exact=True)
        if char is not None:
            self.character_link(self.person(subj, 1.0), doc[run[1] - 1], back)

    CREW = frozenset({"P57", "P58", "P86", "P344", "P1040", "P162"})

    def _crew_back(self, back: Token) -> None:
        """'Composer A is back.', 'B is back to cut it': in the film in focus, in the craft the text gave them
        (the cast has its own rules)."""
        nxt = self.cols.lower[back.i + 1]
        if nxt not in (".", ",", ";", "and", "to", "-", "--", "—", "–") \
                or nxt == "to" and not (back.i + 2 < len(self.doc) and self.cols.pos[back.i + 2] == "VERB"):
            return
        subj = subject_of(back.head)
        if subj is None or subj.pos_ != "PROPN" or not self._is_person(subj) or self.sentence_films(back):
            return
        for p in self.person(subj, 1.0):
            rel = self._role_of(p)
            if rel in self.CREW:
                self.emit(self.focus(back), rel, p, back, "role", 0.6)

    def _back_for(self, back: Token) -> None:
        """'A is back for Title 2': A is in its cast, unless the text credits A with a craft (then A is back
        in that craft, which the craft's own rules read)."""
        film = self.m.by_token.get(back.i + 2)
        subj = subject_of(back.head)
        if film is None or film.start != back.i + 2 or film.votes.get("Film", 0) < 2 or subj is None \
                or subj.pos_ != "PROPN" or not self._is_person(subj) \
                or any(c.dep_ == "compound" and (c.text.islower() or self.lex.role_nouns.get(c.lower_, "P161")
                                                 != "P161") for c in subj.children):
            return  # ("Composer A is back for Title 2": in the craft, not the cast)
        people = self.person(subj, 1.0)
        keys = {p.key for p in people}
        if any(r.relation in self.CREW and getattr(r.object, "key", None) in keys for r in self.raw):
            return
        for p in people:
            self.emit(film, "P161", p, back, "character", 0.7)

    def character_link(self, people: list[Mention], char_tok: Token, v: Token, film_tok: Token | None = None):
        if not people or char_tok is None or not char_tok.text[:1].isupper():
            return
        if char_tok.lower_ in self.lex.role_nouns and self.lex.role_nouns[char_tok.lower_] != "P161" \
                and not any(c.pos_ == "PROPN" for c in char_tok.children):
            return  # "A is back as DP", "A returns as Director": a crew post (role_rules reads it)
        # "plays a former Navy SEAL": a description of the part, not its name; the actor is still cast
        described = any(c.dep_ == "det" and c.lower_ in ("a", "an") and "," not in self.cols.text[c.i:char_tok.i]
                        for c in char_tok.children) \
            or (char_tok.i > 0 and self.cols.lower[char_tok.i - 1] in ("a", "an"))  # (not "a son, Pim, who")
        if described and char_tok.pos_ == "PROPN" and char_tok.i >= 1 and (
                self.cols.lower[char_tok.i - 1] in RANKS and self.cols.text[char_tok.i - 1][:1].isupper()
                or any(self.cols.lower[j] in AGE_WORDS and self.cols.text[j + 1][:1].isupper()
                       for j in range(max(0, char_tok.i - 5), char_tok.i))):
            described = False  # "cast as a young Queen Morwen", "as a young Major A B": a named part, at an age
        if described and char_tok.pos_ == "PROPN" and char_tok.i >= 2 and self._adjectives_then_name(char_tok):
            described = False  # "as a grizzled A B", "as a twenty-something A B": a first name says it is named
        char = None if described else self.m.vote(char_tok, "Character", 3.0)
        if char is None and not described:
            return
        k = char.start - 1 if char is not None else -1
        if k >= 0 and char.end - char.start <= 3 and self.cols.lower[k] in RANKS and self.cols.text[k][:1].isupper() \
                and k not in self.m.by_token and self.cols.sent_start[k] != k:
            while k - 1 > self.cols.sent_start[k] and self.cols.lower[k - 1] in RANKS \
                    and self.cols.text[k - 1][:1].isupper() and k - 1 not in self.m.by_token:
                k -= 1  # "Detective Inspector A B", "Lieutenant Colonel A"
            char = self.m.add(k, char.end, "Character", 3.0, exact=True) or char  # "as Commander Hollin", "Father A B"
        others = [c for c in char_tok.conjuncts if c.i > char_tok.i and c.pos_ == "PROPN"]
        respective = not described and len(people) >= 2 and len(others) + 1 == len(people)
        if film_tok is None:
            film_tok = next((g for c in char_tok.children if c.dep_ == "prep" and c.lower_ == "in"
                             for g in c.children if g.dep_ == "pobj" and g.text[:1].isupper()), None)
        films = self.film(film_tok) if film_tok is not None else []
        if films:  # "played X in Title and its sequel, Title Rising": the parser hangs the sequel on the part
            films += [f for c in char_tok.conjuncts if c.lemma_.lower() in ("sequel", "prequel", "follow-up")
                      and c.text.islower() for f in self.film(c) if isinstance(f, Mention) and f not in films]
        if not films:
            # "A, who plays X, starred in Title": the part is in the film the relative clause is about
            here = self._relative_clause(v)
            aside = self._person_aside(v)
            clause = [f for f in self.sentence_films(v, asides=True)
                      if self._relative_clause(self.doc[f.end - 1]) == here]
            asides = [self._person_aside(self.doc[f.end - 1], f.start) for f in clause]
            sf = [f for f, k in zip(clause, asides) if k in (None, aside)]
            # (when the sentence's films are all the actor's past, the film in focus before the sentence)
            anchor = self.doc[self.cols.sent_start[v.i]] if clause and not sf else v
            films = sf[:1] if len(sf) == 1 else ([self.focus(anchor)] if self.focus(anchor) else [])
            for f, k in zip(clause, asides):  # "A, the breakout of Title, ...", "A, last seen in Title": A acted in it
                owner = self.m.at(self.doc[k].head, create=False) if k is not None else None
                if owner is not None and k != aside and self.doc[k].lemma_.lower() in self.ASIDE_CAST:
                    for p in people:  # (the aside on this actor, by full name or surname)
                        if isinstance(p, Mention) and (p.key == owner.key or p.key.endswith(" " + owner.key)):
                            self.emit(f, "P161", p, self.doc[k], "character", 0.6)  # (the aside's own credit)
            if not sf and self._returning(v):
                films.append(OriginalFilm(char_tok))  # "A returns as X": in the film the sequel follows too
        if respective:  # "A and B reprise their roles as X and Y": A plays X, B plays Y
            for p, c in zip(people, [char_tok, *others]):
                ch = self.m.vote(c, "Character", 3.0)
                self.emit(ch, "P175", p, v, "character", 0.8)
                for f in films:
                    self.emit(f, "P161", p, v, "character", 0.8)
                    self.emit(ch, "P1441", f, v, "character", 0.8)
            return
        for p in people:
            if char is not None:
                self.emit(char, "P175", p, v, "character", 0.85)
            for f in films:
                self.emit(f, "P161", p, v, "character", 0.8)
        for f in films if char is not None else ():
            self.emit(char, "P1441", f, v, "character", 0.8)

    def _adjectives_then_name(self, char_tok: Token) -> bool:
        """Is ``char_tok`` the end of "a <adjectives> <first name> <surname>"?"""
        cols = self.cols
        run = name_run(self.doc, char_tok.i, allow_connectors=False, max_len=4)
        if run is None or run[1] != char_tok.i + 1 or run[1] - run[0] < 2 or not is_given_name(cols.lower[run[0]]):
            return False
        j = run[0] - 1
        while j > cols.sent_start[char_tok.i] and run[0] - j <= 5 and (cols.text[j] in (",", "-") or (
                cols.text[j].islower() and cols.pos[j] not in ("ADP", "DET", "PRON", "CCONJ", "VERB", "AUX"))
                or cols.tag[j] == "VBN" or "-" in (cols.text[j - 1], cols.text[j + 1])):
            j -= 1  # ("a grizzled", "a younger, sharper", "a twenty-something"; not "a friend of")
        return j < run[0] - 1 and cols.lower[j] in ("a", "an")

    def lent_voice_rules(self, v: Token) -> None:
        """'A lends her voice to X': A voices the part X."""
        voice = next((c for c in v.children if c.dep_ == "dobj" and c.lemma_.lower() == "voice"), None)
        to = next((g for c in [*v.children, *(voice.children if voice is not None else ())] if c.dep_ in
                   ("prep", "dative") and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"), None)
        subj = subject_of(v)
        if voice is None or to is None or subj is None or not to.text[:1].isupper():
            return
        people = self.person(subj) if subj.pos_ == "PROPN" else \
            self._main_person(v) if subj.lower_ in ("he", "she") else []
        self.character_link(people, to, v)

    def _returning(self, v: Token) -> bool:
        """'returns as', 'reprises her role as', 'is back as': the part was played before."""
        if v.lower_ == "as" and v.i > 0:  # (a rule reading "A is back as X" from the surface)
            return self.cols.lower[v.i - 1] in ("back", "returns", "returning", "return", "returned") \
                or v.head.lemma_.lower() in ("return", "reprise")
        return v.lemma_.lower() in ("return", "reprise") or v.lower_ == "back"

    COMPANION_NOUNS = frozenset({"fiancé", "fiancée", "fiance", "fiancee", "co-star", "costar", "girlfriend",
                                 "boyfriend", "partner", "friend"})  # "A, his fiancée, ...": A is a person
    CAST_CUES = frozenset({"star", "cast", "play", "voice", "join", "return", "back", "reprise", "lead", "ensemble",
                           "co-star", "feature", "opposite", "alongside", "with", "also", "direct",
                           "scene", "outing", "turn", "performance", "cameo", "topline", "headline", "toplines",
                           "headlines", "casting", "presence", "break", "trailer", "teaser", "footage", "glimpse",
                           "reveal", "introduce", "front"})
    # ("one good scene as X", "broke through as X", "the casting of A as X")

    def _back_subject(self, be: Token) -> Mention | None:
        """The named subject of "is back (as X)" past an aside that stops the surface reading; a name alone
        ("Edwina, his fiancée, ...") counts when NER, a first name or a person noun in apposition says person."""
        subj = subject_of(be)
        if subj is None or subj.pos_ != "PROPN":
            return None
        nouns = self.lex.person_nouns | self.lex.kin_spouse | self.lex.kin_relatives | set(self.lex.role_nouns) \
            | self.COMPANION_NOUNS
        named = self.m.by_token.get(subj.i)
        if named is None and (subj.ent_type_ == "PERSON" or is_given_name(subj.lower_) or any(
                c.lemma_.lower() in nouns for a in subj.children if a.dep_ == "appos" for c in (a, *a.conjuncts))):
            named = self.m.vote(subj, "Person", 1.0)
        return named

    def as_pair_rules(self) -> None:
        """'A as Character' wherever a sentence is about casting ('the voice cast are A as X, a mate; B as Y',
        'with B as Y', 'A is back for a fourth time as Y'): A plays Y, in the film the sentence means."""
        doc, cols = self.doc, self.cols
        done = {r.trigger.i for r in self.raw if r.relation == "P175"}
        for k in cols.where("as"):
            if k in done or k < 1 or k + 1 >= len(doc) or cols.lower[k + 1] in ("well", "such", "much", "many") \
                    or "such" in cols.lower[max(0, k - 3):k] or cols.lower[k - 2:k] == ["as", "well"]:
                continue  # "as well as", "such shows as X": no part
            if cols.lower[k - 1] in NOT_A_PART:
                continue  # "A, also known as B": another name of A
            described = None if cols.text[k + 1][:1].isupper() and not (k + 2 < len(doc) and cols.tag[k + 2] == "POS") \
                else described_name(doc, k + 1)  # ("as Osk's aunt, Lady Vettle": a part told by another)
            if described is None and cols.lower[k + 1:k + 4] == ["the", "voice", "of"] and k + 4 < len(doc) \
                    and cols.text[k + 4][:1].isupper():
                described = name_run(doc, k + 4, allow_connectors=False, max_len=4)  # the voice "of" a part
                described = described if described is not None and described[0] == k + 4 else None
            lo, hi = cols.sent_start[k], cols.sent_end[k]
            k_adj = k - 3 if k >= 4 and cols.tag[k - 1] == "JJ" and cols.lower[k - 2] == "and" \
                and cols.tag[k - 3] == "JJ" else k - 1  # "A is gruff and tender as X": the first adjective
            performed = k >= 2 and cols.tag[k - 1] in ("JJ", "RB") and cols.lower[k - 1] not in NOT_A_PART and (
                cols.lemma[k - 2] in ("be", "suitably", "very") or k >= 3 and cols.lemma[k - 3] == "be"
                and cols.tag[k - 2] == "RB" or cols.tag[k - 1] == "RB" and cols.lemma[k - 2] in PERFORM_VERBS) \
                or cols.lemma[k - 1] in PERFORM_VERBS or cols.lower[k - 1] in PERFORM_FORMS \
                or k >= 2 and cols.tag[k - 1] == "VBG" and cols.lemma[k - 2] == "be" and cols.lower[k - 1] not in (
                    "serving", "working", "acting", "listed", "known", "billed", "credited")
            # ("A is suitably oily as X", "broods magnificently as X", "A is disarming as X")
            performed = performed or k_adj < k - 1 and cols.lemma[k_adj - 1] == "be"
            if described is None and not cols.text[k + 1][:1].isupper():
                if performed and cols.lower[k + 1] in ("a", "an", "the"):
                    self._performed_part(k)  # "A is quietly devastating as a novice nun"
                continue  # ("as final girl Penny Lark": the part described, then named)
            cue = any(cols.lemma[j] in self.CAST_CUES or cols.lower[j] in self.CAST_CUES for j in range(lo, k))
            left = self.m.by_token.get(k - 1)
            if not performed and described is None and not cue and not self._bare_pair(left, k):
                continue
            if cols.lower[k - 1] in ("him", "her") and cols.tag[k - 1] == "PRP" and k >= 2 \
                    and cols.lemma[k - 2] in ("replace", "succeed"):
                subj = subject_of(doc[k - 2])  # "B replaces him as X": the part is B's now
                people = self.person(subj) if subj is not None and subj.pos_ == "PROPN" else []
                if not people:
                    continue
                left = people[0]
            elif cols.lower[k - 1] in ("him", "her") and cols.tag[k - 1] == "PRP":
                people = self.person(doc[k - 1])  # "B cast him as X": whom "him" means, never B
                if not people:
                    continue
                left = people[0]
            elif left is None and cols.text[k - 1].islower():
                j = k - 1  # "is back for a fourth time as Y", "returns as Y": the subject before the words
                while j > lo and k - j < 10 and (cols.text[j - 1].islower() or cols.text[j - 1] == ","):
                    j -= 1  # ("A, meanwhile, is suitably oily as Y")
                left = self.m.by_token.get(j - 1) if j - 1 >= lo else None
                if left is None and j - 1 >= lo and cols.pos[j - 1] == "PROPN" \
                        and cols.text[j] not in (",", "'s", "’s") and self._surname_of_someone(cols.lower[j - 1]):
                    left = self.m.at(doc[j - 1])  # "brought Plennick back as X": a surname NER left alone
                if left is None and cols.lower[k - 1] == "back" and cols.lemma[k - 2] == "be":
                    left = self._back_subject(doc[k - 2])  # "A, a series regular, is back as X"
            before = cols.lower[left.start - 1] if left is not None and left.start >= 1 else ""
            if before and (cols.lemma[left.start - 1] in self.lex.film_nouns or before in FILM_LABELS):
                continue  # "the 1989 horror classic Title as the investigator X": a film, not the actor
            if left is None or left.votes.get("Person", 0) < max(1.0, left.votes.get("Film", 0),
                                                                 left.votes.get("Organization", 0)) \
                    and not (self.m._personal_name(left.start, left.end) and left.votes == left.ner
                             and max(left.votes.values(), default=0) < 1) \
                    and not (left.end - left.start == 1 and left.votes.get("Film", 0) < 2.5
                             and not {",", "'s", "’s"} & set(cols.text[left.end:k])
                             and self._surname_of_someone(left.key)):
                # ("brought Tamsk back as X": a surname; not "A, after turns for Tamsk, fronted one as X")
                continue  # (NER's weak "work of art" for an unfamiliar full name: its first name says person)
            run = described or name_run(doc, k + 1, allow_connectors=False, max_len=5)
            if run is None or run[0] != (described[0] if described else k + 1) or run[1] > hi:
                continue
            if run[1] - run[0] == 1 and is_common_noun(cols.lower[run[0]]) and headline_at(doc, k):
                continue  # a headline's "A Boards as Villain": every word is capitalised there
            if run[1] < hi and cols.text[run[1]] in ("'s", "’s") and described is None:
                self.emit(self.focus(doc[k]), "P161", left, doc[k], "character", 0.7)
                continue  # "A's turn as Rusk's sister": a part described by another, unnamed
            if any(r.relation == "P175" and getattr(r.subject, "start", None) == run[0] for r in self.raw):
                continue  # the part is read already ("A and B reprise their roles as X and Y": respectively)
            if described is not None:
                self.m.add(*run, "Character", 3.0, exact=True)
            known = self.m.by_token.get(run[0])
            if known is not None and (known.votes.get("Film", 0) >= 2 or known.votes.get("Person", 0) >= 2
                                      or known.votes.get("Organization", 0) >= 1 and described is None
                                      and not ((performed or cue or self._parallel_part(k))
                                               and known.votes == known.ner)):
                continue  # "as Title" or "as A": no part (but "broods as Osk", whatever NER made of it)
            self.character_link([left], doc[run[1] - 1], doc[k])

    def _bare_pair(self, left, k: int) -> bool:
        """'At its centre is A as Mavra Tellick': a person's full name, then 'as' and a two-word name, is a
        part wherever the sentence names no cast word."""
        cols = self.cols
        if left is None or left.end != k or left.end - left.start < 2 or left.votes.get("Person", 0) < 1:
            return False
        run = name_run(self.doc, k + 1, allow_connectors=False, max_len=4)
        return run is not None and run[0] == k + 1 and run[1] - run[0] >= 2 \
            and not is_common_noun(cols.lower[run[0]])  # (a first name; "as Head Coach" is a post)

    def _parallel_part(self, k: int) -> bool:
        """'A as Brann and B as Sefa': a part read earlier in the sentence, so this "as" names one too."""
        lo = self.cols.sent_start[k]
        return any(r.relation == "P175" and lo <= r.trigger.i < k for r in self.raw)

    def _performed_part(self, k: int) -> None:
        """'A is quietly devastating as a novice nun': a review's verdict on a part; A is in the film."""
        verb = self.doc[k - 1].head if self.doc[k - 1].head.lemma_ == "be" else self.doc[k - 1]
        subj = subject_of(verb)
        if subj is None or subj.pos_ != "PROPN" or not self._is_person(subj) or subj.i >= k:
            return
        films = [f for f in self.sentence_films(self.doc[k]) if f.start > k]  # "as a nun in Title"
        for p in self.person(subj):
            self.emit(films[0] if len(films) == 1 else self.focus(self.doc[k]), "P161", p, self.doc[k],
                      "character", 0.7)

    ASIDE_CAST = frozenset({"breakout", "star", "lead", "see", "remember", "know"})

    @staticmethod
    def _relative_clause(tok: Token) -> int | None:
        """The relative clause a token is in (its verb's index), or None in the main clause."""
        for t in [tok, *tok.ancestors]:
            if t.dep_ == "relcl":
                return t.i
        return None

    ROLE_WORDS = frozenset({"role", "roles", "character", "characters", "part", "parts", "playing", "played",
                            "portraying", "portrayed"})
    ITEM_OPENERS = frozenset({",", "and", "including", "as", "playing", "played", "portraying", "portrayed", ":",
                              "include", "includes", "included"})

    def role_list_rules(self) -> None:
        """'roles including A in X, B in Y and nurse C in Z': each character in its title, played by the
        sentence's subject."""
        doc = self.doc
        cols = columns(doc)
        low = self.cols.lower
        for sent in doc.sents:
            cue = next((k for k in range(sent.start, sent.end) if low[k] in self.ROLE_WORDS), None)
            if cue is None:
                continue
            items = []
            for k in range(cue + 1, sent.end - 1):
                if low[k] != "in" or not cols.text[k - 1][:1].isupper() or not cols.text[k + 1][:1].isupper():
                    continue
                run = name_run(doc, k - 1, max_len=4)
                if run is None or run[1] != k:
                    continue
                if run[0] - 2 > cue and doc[run[0] - 1].text == "-" and doc[run[0] - 2].text[:1].isupper():
                    run = (run[0] - 2, run[1])  # "Anne-Marie in X"
                j = run[0] - 1
                while j > cue and cols.text[j].islower() and cols.pos[j] in ("NOUN", "ADJ") and run[0] - j <= 2:
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
            played = {id(r.subject) for r in self.raw if r.relation == "P175"}
            for (cs, ce), (ts, te) in items:
                if id(self.m.by_token.get(cs)) in played:
                    continue  # paired already ("A and B reprise their roles as X and Y in Title")
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

    def _list_title(self, i: int, end: int) -> tuple[int, int] | None:
        """A title in a list, from token i: up to the next comma, "and" + capital, "(" or "for the"."""
        doc = self.doc
        cols = columns(doc)
        known = self.m.by_token.get(i)
        run = (known.start, known.end) if known is not None and known.start == i else title_span(doc, i, stop=end)
        if run is None or run[0] != i:
            return None
        e = run[1]
        for k in range(i + 1, run[1]):
            if cols.lower[k] in ("for", "on", "with", "at", "by", "from") and k + 1 < run[1] \
                    and cols.lower[k + 1] == "the":
                e = k  # "X for the BBC"
                break
            if cols.lower[k] in ("and", ",") and any(cols.lower[x] == "in" and cols.text[x - 1][:1].isupper()
                                                     for x in range(k + 2, min(k + 6, run[1]))):
                e = k  # "X and B in Y": the next item of the list
                break
        return i, e

    def story_rules(self) -> None:
        """'The film follows Wendle, a tortoise', 'Title tells the story of Nell Pryce': a synopsis names a
        character of the film (a name no rule has credited as a person)."""
        doc, cols = self.doc, self.cols
        credited = {getattr(r.object, "key", None) for r in self.raw} | {getattr(r.subject, "key", None)
                                                                         for r in self.raw}
        for k in cols.where(("follows", "follow", "followed", "story")):
            v = doc[k]
            if v.lower_ == "story":  # "tells the story of C"
                if not (v.head.lemma_ == "tell" and v.dep_ == "dobj"):
                    continue
                of = next((g for c in v.children if c.dep_ == "prep" and c.lower_ == "of"
                           for g in c.children if g.dep_ == "pobj"), None)
                verb, target = v.head, of
            else:
                if v.pos_ != "VERB":
                    continue
                verb, target = v, next((c for c in v.children if c.dep_ == "dobj"), None)
            subj = subject_of(verb)
            if target is None or subj is None or target.pos_ != "PROPN" or target.ent_type_ in ("LOC", "FAC", "NORP"):
                continue
            named = self.m.at(subj) if subj.pos_ == "PROPN" else None
            film_subject = self._film_pronoun(subj) or named is not None and any(
                o.key == named.key and o.votes.get("Film", 0) >= 2.5 for o in self.m.all)
            if not film_subject:
                continue
            run = name_run(doc, target.i, allow_connectors=False, max_len=4)
            if run is None or not (run[0] <= target.i < run[1]):
                continue
            known = self.m.by_token.get(target.i)
            if known is not None and (known.key in credited or known.votes.get("Film", 0) >= 2.5
                                      or known.votes.get("Organization", 0) > known.ner.get("Organization", 0)):
                continue  # a credited person, a film or a company is no character
            char = self.m.add(*run, "Character", 3.0, exact=True)
            for f in self.film(subj):
                self.emit(char, "P1441", f, verb, "character", 0.7)

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

    LIST_DASHES = frozenset({"–", "—", "-", ":"})

    def _split_and(self, lo: int, hi: int) -> list[tuple[int, int]]:
        """'A B and C D' → the two names' spans."""
        out, a = [], lo
        for k in range(lo, hi + 1):
            if k == hi or self.cols.lower[k] in ("and", "&"):
                if a < k:
                    out.append((a, k))
                a = k + 1
        return out

    def cast_list_lines(self) -> None:
        """A cast announcement's lines "Kit – A B" (two lines or more): the part, then who plays it, in the film
        in focus there ("A B – Kit" when only the left side opens with a first name)."""
        cols, doc = self.cols, self.doc

        def person_like(k: int) -> bool:
            return cols.lower[k] not in RANKS and (is_given_name(cols.lower[k]) or cols.ent[k] == "PERSON")

        self._as_lines()
        pairs = []
        for a, b in text_lines(cols)[1:]:
            b = min(b, cols.sent_end[a])  # ("Kit – A B. She is perfect.": the line's first sentence)
            while b > a and cols.is_punct[b - 1] and cols.text[b - 1] in (".", ";", ","):
                b -= 1
            dash = next((k for k in range(a + 1, b - 1) if cols.text[k] in self.LIST_DASHES and cols.space[k - 1]
                         and cols.space[k]), None)
            if dash is None or dash - a > 6 or b - dash - 1 > 8:
                continue
            sides = [(a, dash), (dash + 1, b)]
            if not all(cols.text[x][:1].isupper() or cols.lower[x] in ("and", "&") or cols.text[x] in ("-", ".")
                       for lo, hi in sides for x in range(lo, hi)):
                continue
            (ca, cb), (pa, pb) = sides
            if person_like(ca) and not person_like(pa):
                (ca, cb), (pa, pb) = (pa, pb), (ca, cb)  # "A B – Kit"
            pairs.append(((ca, cb), (pa, pb)))
        if len(pairs) < 2:
            return
        for (ca, cb), (pa, pb) in pairs:
            film = self.focus(doc[ca])
            chars, actors = self._split_and(ca, cb), self._split_and(pa, pb)
            if len(chars) != len(actors):  # "Nib and Nob – A and B": one each; else all play the one part
                chars = [(ca, cb)] * len(actors)
            for (c0, c1), (p0, p1) in zip(chars, actors):
                char = self.m.add(c0, c1, "Character", 3.0, exact=True)
                actor = self.m.add(p0, p1, "Person", 2.0, exact=True)
                if actor is None:
                    continue
                if char is not None:
                    self.emit(char, "P175", actor, doc[ca], "character", 0.75)
                    self.emit(char, "P1441", film, doc[ca], "character", 0.75)
                self.emit(film, "P161", actor, doc[ca], "character", 0.75)

    def _as_lines(self) -> None:
        """An encyclopedia's cast section, one line per part: "A B as Part" or "A B as Part, a description"
        (two such lines or more), in the film in focus there."""
        cols, doc = self.cols, self.doc
        found = []
        for a, b in text_lines(cols)[1:]:
            while a < b and cols.text[a] in ("*", "-", "•", "–"):
                a += 1
            k = next((k for k in range(a + 2, min(a + 5, b - 1)) if cols.lower[k] == "as"), None)
            if k is None or not all(cols.is_title[x] or cols.text[x] in ("-", ".") for x in range(a, k)) \
                    or not cols.text[k + 1][:1].isupper():
                continue
            run = name_run(doc, k + 1, allow_connectors=False, max_len=5)
            if run is None or run[0] != k + 1 or run[1] > b:
                continue
            found.append((a, k, run))
        if len(found) < 2:
            return
        done = {r.trigger.i for r in self.raw if r.relation == "P175"}
        for a, k, run in found:
            if k in done:
                continue
            actor = self.m.add(a, k, "Person", 2.0)
            char = self.m.add(*run, "Character", 3.0, exact=True)
            if actor is None or char is None:
                continue
            film = self.focus(doc[k])
            self.emit(char, "P175", actor, doc[k], "character", 0.75)
            self.emit(char, "P1441", film, doc[k], "character", 0.75)
            self.emit(film, "P161", actor, doc[k], "character", 0.75)


    PART_TITLES = frozenset({"grandfather", "grandmother", "uncle", "aunt", "father", "mother", "sister", "brother"})

    def possessive_part_rules(self) -> None:
        """'Edwin Quarrendon's Edwina Skerrow', 'Ada Quell's casino owner Oswy Tamber': an actor's full name in the
        possessive, then the name of a part (after words describing it) — the actor plays it, in the film the
        sentence or the text is about. Not a title ("A's Title (2019)", a name the text calls a film) and not
        a crew member's film ("director A's Title")."""
        doc, cols = self.doc, self.cols
        for k in cols.where(("'s", "’s", "'", "’")):
            if cols.tag[k] != "POS" or k < 2 or k + 2 >= len(doc):
                continue
            owner = self.m.by_token.get(k - 1)
            if owner is None or owner.end != k or len(owner.text.split()) < 2 or owner.votes.get("Person", 0) < 1 \
                    or owner.votes.get("Film", 0) >= 1 or not is_given_name(cols.lower[owner.start]) \
                    or self._role_of(owner) in CREW_RELATIONS or owner.start > 0 and (cols.lower[owner.start - 1]
                                                                             in self.lex.role_nouns or cols.lemma[
                                                                                 owner.start - 1] in ("as", "play")):
                # ("as A's fiance B": the part is B, A is in the story)
                continue
            j = k + 1
            while j < len(doc) and j - k <= 5 and (cols.text[j].islower() and cols.pos[j] in ("ADJ", "NOUN", "ADV")
                                                   or cols.text[j] in ("-", ",")):
                j += 1  # "casino mogul", "tech billionaire,"
            if j >= len(doc) or not cols.is_title[j] or cols.pos[j] != "PROPN":
                continue
            run = name_run(doc, j, allow_connectors=False, max_len=4)
            if run is None or run[0] != j or run[1] < len(doc) and cols.text[run[1]] in ("(", "'s", "’s"):
                continue  # ("A's Title (2019)": a film)
            part = self.m.by_token.get(j)
            if part is not None and (part.votes.get("Film", 0) >= 1 or part.votes.get("Organization", 0) >= 1.5
                                     or any(o.key == part.key and o.votes.get("Film", 0) >= 1 for o in self.m.all)):
                continue
            named = run[1] - run[0] >= 2 and (is_given_name(cols.lower[run[0]]) or cols.lower[run[0]] in
                                                RANKS | self.PART_TITLES)
            if not named or j - 1 > k and cols.text[j - 1] in OPEN_QUOTES \
                    or cols.lower[owner.end - 1] in self.lex.org_suffixes \
                    or cols.lower[run[1] - 1] in self.lex.org_suffixes or cols.tag[run[1] - 1] in ("NNPS", "NNS"):
                continue  # (a part's name opens with a first name or a rank: "A's Edwina Tamm", "B's Captain Tamber")
            self.character_link([owner], doc[run[1] - 1], doc[k])
