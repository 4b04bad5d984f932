"""Family rules (``kin``) and who a person word is.

Siblings and spouses ("his brother Rafe", "A and B, the brothers behind Title", "A is the sister
of B", "A is married to B"); and the helpers that say who "he"/"she", "his"/"her" or a clause's
subject is (a profile's subject, the nearest person named before).
"""
from __future__ import annotations

from collections import Counter

from spacy.tokens import Token

from ..lexicon import is_common_noun, is_given_name, name_gender
from ..mentions import Mention
from ..speech import SECOND_PERSON
from ..titles import MONTHS, YEAR, name_run
from .parse import subject_of

PRONOUN_GENDER = {"his": "m", "her": "f", "he": "m", "him": "m", "she": "f", "hers": "f"}


def agrees(m: Mention, gender: str | None, others: list[Mention] = ()) -> bool:
    """May ``m`` be who a pronoun of ``gender`` means? Only a first name known for the other gender says no
    (a bare surname's first name is read from a full name among ``others`` that ends with it)."""
    if gender is None:
        return True
    words = (getattr(m, "full", None) or m.text).split()
    if len(words) > 1:
        return name_gender(words[0]) in (None, gender)
    firsts = [o.text.split()[0] for o in others if len(o.text.split()) >= 2 and o.text.split()[-1] == words[0]
              and o.votes.get("Person", 0) >= 1]  # (a surname two people of the text share: either may be meant)
    return not firsts or any(name_gender(f) in (None, gender) for f in firsts)


class PeopleRules:
    """Family rules and who a pronoun or a clause's subject is."""

    def _pronoun_person(self, pron: Token) -> list[Mention]:
        # "his own screenplay": the subject of the clause, when it is a named person.
        head = pron.head
        while head.dep_ not in ("ROOT",) and head.pos_ != "VERB" and head.head.i != head.i:
            head = head.head
        subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.pos_ == "PROPN" and not subj.left_edge.i <= pron.i <= subj.right_edge.i:
            return self.person(subj, 1.0)  # (not 'Title, her fourth film, opens': the pronoun is in its phrase)
        return []

    def _kin_by_surname(self, named: list[Token], noun: Token) -> list[Mention]:
        """'His younger brother, B Perrow, ...': whose brother a pronoun means, when just one person named
        before bears the sibling's surname (siblings mostly share one)."""
        out = []
        for t in named:
            m = self.m.by_token.get(t.i)
            words = m.text.split() if m is not None else []
            if len(words) < 2:
                continue
            kin = {p.key: p for p in self.m.all if p.end <= noun.i and p.votes.get("Person", 0) >= 1
                   and len(p.text.split()) >= 2 and p.text.split()[-1] == words[-1] and p.key != m.key}
            if len(kin) == 1:
                out = list(kin.values())
        return out

    def kin_rules(self, noun: Token, lemma: str) -> None:
        if lemma == "partner":
            return  # a partner in crime, in a firm, in a cop film, a producing partner: no word for marriage
        rel = "P3373" if lemma in self.lex.kin_sibling else "P26"
        if noun.dep_ in ("dobj", "attr", "pobj") and (noun.head.lemma_ in ("play", "portray", "voice")
                                                      or noun.head.lower_ == "as"):
            return  # "B played her brother, Sam": a part in the film, not B's family
        if noun.dep_ == "appos" and noun.head.dep_ == "pobj" and noun.head.head.lower_ == "as":
            return  # "A returns as X, Y's partner in crime": who the part is in the story
        k = noun.i - 1
        while k > 0 and noun.i - k <= 3 and self.cols.text[k].islower() and self.cols.pos[k] in ("ADJ", "VERB"):
            k -= 1
        if k >= 1 and self.cols.lower[k] == "as" and self.cols.lower[k - 1] != "well":
            return  # "are back as feuding sisters X and Y": parts, not family
        subj = next((c for c in noun.head.children if c.dep_ == "nsubj"), None) \
            if noun.dep_ == "attr" and noun.head.lemma_ == "be" else None
        if rel == "P3373" and noun.tag_ == "NNS" and subj is not None and subj.pos_ == "PROPN" and subj.conjuncts \
                and not any(c.dep_ in ("det", "poss", "amod", "prep") for c in noun.children) \
                and not any(c.dep_ == "prep" for c in noun.head.children):  # (not "are twins in Title": parts)
            self._siblings(self.person(subj, 1.0), noun)  # "A and B Vennel are sisters"
            return
        if rel == "P3373" and noun.tag_ == "NNS" and noun.dep_ == "appos" and noun.head.pos_ == "PROPN" \
                and noun.head.conjuncts:
            # "A and B, the brothers behind Title"
            group = self.person(noun.head, 1.0)
            self._siblings(group, noun)
            return
        j = noun.i + 1 + (noun.i + 2 < len(self.doc) and self.cols.text[noun.i + 1] == ",")
        if rel == "P3373" and noun.tag_ == "NNS" and j < len(self.doc) and self.cols.pos[j] == "PROPN":
            from ..surface import people_list  # "directed by brothers Hal and Teddy Okoro"
            runs = people_list(self.doc, j)
            group = [m for r in runs for m in [self.m.add(*r, "Person", 1.0, exact=len(runs) > 1)] if m is not None]
            if len(group) >= 2:
                surname = group[-1].text.split()[-1] if len(group[-1].text.split()) >= 2 else None
                for m in group:
                    if surname and j > noun.i + 1 and len(m.text.split()) == 1:
                        m.full = f"{m.text} {surname}"  # type: ignore[attr-defined]  ("sisters, B and C D")
                owner = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
                self._siblings(group + (self.person(owner, 1.0) if owner is not None else []), noun)
                return  # ("A's sisters, B and C": A's too)
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
        if noun.i + 1 < len(self.doc) and self.cols.text[noun.i + 1] == "(":
            return  # "her partner (Jon Hale)": a part and the actor who plays it
        named = [c for c in noun.children if c.dep_ in ("appos", "compound") and c.pos_ == "PROPN" and c.i > noun.i
                 and c.left_edge.i - noun.i <= 3]  # "his brother (,) Rafe", not a title hung on it further on
        named += [g for c in noun.children if c.dep_ == "appos" and c.pos_ == "NOUN" and not named
                  for g in c.children if g.dep_ in ("appos", "compound") and g.pos_ == "PROPN" and g.i > c.i]
        named = [t for t in named if (self.m.by_token.get(t.i) is None
                                      or self.m.by_token[t.i].votes.get("Film", 0) < 2.5)]
        if not named and noun.dep_ == "compound" and noun.head.pos_ == "PROPN" and noun.head.i > noun.i:
            named = [noun.head]
        if not named and noun.dep_ == "appos" and noun.head.pos_ == "PROPN" and noun.head.i < noun.i \
                and any(c.dep_ == "poss" and (c.pos_ == "PROPN" or self._role_owner(c)) for c in noun.children):
            named = [noun.head]  # "A, B's older brother", "A, the director's sister"
        if not named and noun.dep_ == "attr" and noun.head.lemma_ == "be" \
                and any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in noun.children):
            subj = subject_of(noun.head)  # "A is B's wife", "A, who is also B's wife"
            if subj is not None and subj.lower_ == "who" and noun.head.dep_ == "relcl":
                subj = noun.head.head
            if subj is not None and subj.pos_ == "PROPN":
                named = [subj]
        if not named and noun.i + 1 < len(self.doc) and self.cols.pos[noun.i + 1] == "PROPN":
            named = [self.doc[noun.i + 1]]
        poss = next((c for c in noun.children if c.dep_ == "poss"), None)
        anchor: list[Mention] = []
        k = noun.i - 1
        while k > 0 and self.cols.pos[k] == "ADJ" and noun.i - k <= 2:
            k -= 1
        if poss is not None and poss.pos_ != "PRON" and k > 0 and self.cols.text[k] in ("'s", "’s") \
                and self.cols.pos[k - 1] == "PROPN":
            owner = self.m.vote(self.doc[k - 1], "Person", 1.0)  # "A and B's sister": B's, whatever the parse
            anchor = [owner] if owner is not None else []
        elif poss is not None and poss.lower_ == "whose" and (head := self._relative_antecedent(noun)) is not None:
            # "A, whose brother, B, ...": A's
            anchor = self.person(head, 1.0) or [m for m in [self.m.at(head, create=False)]
                                                 if m is not None and self._is_person(head)]
        elif poss is not None and self._role_owner(poss):
            surnames = {t.text for t in named}  # "the director's sister, B Quintana": the director of her name
            anchor = self._role_holder(poss, noun, surnames)  # else whoever the text last made director
        elif poss is not None and poss.pos_ != "PRON":
            anchor = self.person(poss, 1.0)
        elif poss is not None and poss.lower_ in ("my", "your") and self.m.turns.at(poss.i) is not None:
            anchor = self.speaker(poss)  # "My husband, B, directed it": who speaks
        elif poss is not None and poss.lower_ == "their" and rel == "P3373":
            return  # "Their sister, C": the sister of two people the pronoun does not name one by one
        elif poss is not None:
            anchor = self._kin_by_surname(named, noun) if rel == "P3373" and poss.lower_ in ("his", "her") else []
            anchor = anchor or self._anchor_person(noun) or self._main_person(noun)
            if anchor and not agrees(anchor[0], PRONOUN_GENDER.get(poss.lower_), self.m.all):
                anchor = []  # "he gave her the part, opposite her brother": not his brother; whose, unsure
        if not named or not anchor:
            return
        for t in named:
            end = (self.m.by_token[t.i].end if t.i in self.m.by_token else t.i + 1)
            if end < len(self.doc) and self.cols.text[end] == "(":
                continue  # "her brother Fintan (Desi Hale)": a part and the actor who plays it
            last = t.text
            parts = {m.text.split()[-1] for m in self.m.all if m.votes.get("Character", 0) >= 2 and m.start != t.i
                     and m.end - 1 != t.i}
            if last in parts:  # "A will play Ines Varga ... B is her estranged husband, Cal Varga": a part
                actor = subject_of(attr.head) if attr.dep_ == "attr" and attr.head.lemma_ == "be" else None
                if actor is not None and actor.pos_ == "PROPN":
                    self.character_link(self.person(actor, 1.0), t, noun)
                continue
            other = self.m.vote(t, "Person", 2.0)
            if other is None:
                continue
            a = anchor[0]
            if len(other.text.split()) == 1 and rel == "P3373":
                surname = a.text.split()[-1]  # "his brother Clement": Clement Arkwright
                if len(a.text.split()) >= 2 or any(len(p.text.split()) >= 2 and p.text.split()[-1] == surname
                                                   for p in self.m.all if p.votes.get("Person", 0) >= 1):
                    other.full = f"{other.text} {surname}"  # type: ignore[attr-defined]
            self.emit(a, rel, other, noun, "kin", 0.85)

    def _relative_antecedent(self, noun: Token) -> Token | None:
        """The name a "whose" clause hangs on ("A, whose brother ... wrote"): the relative clause's head."""
        if noun.dep_ == "appos" and noun.head.pos_ == "PROPN" and noun.head.i < noun.i:
            return noun.head  # (the parser often makes "whose brother" an apposition to A)
        t = noun
        for _ in range(4):
            if t.dep_ == "relcl":
                return t.head if t.head.pos_ == "PROPN" else None
            if t.head.i == t.i:
                return None
            t = t.head
        return None

    def _siblings(self, group: list[Mention], trigger: Token) -> None:
        """Every two of a group ("the brothers A, B and C") are siblings."""
        for a in range(len(group)):
            for b in range(a + 1, len(group)):
                self.emit(group[a], "P3373", group[b], trigger, "kin", 0.8)

    def sibling_group_rules(self) -> None:
        """'sibling duo A and B Vale', 'the Vale sisters, A and B': siblings, however the parser tagged 'sibling'."""
        from ..surface import people_list

        cols = self.cols
        for k in cols.where(("sibling", "siblings")):
            j = k + 1
            if j < len(cols.text) and cols.lower[j] in ("duo", "pair", "team", "act"):
                j += 1
            if j >= len(cols.text) or not cols.text[j][:1].isupper():
                continue
            runs = people_list(self.doc, j, limit=4)
            group = [m for r in runs for m in [self.m.add(*r, "Person", 1.5, exact=True)] if m is not None]
            surname = group[-1].text.split()[-1] if group and len(group[-1].text.split()) >= 2 else None
            for m in group:
                if surname and len(m.text.split()) == 1:
                    m.full = f"{m.text} {surname}"  # type: ignore[attr-defined]  ("Nadia and Samir Haddad")
            self._siblings(group, self.doc[k])
        self._kin_pair_teams()

    KIN_PAIR = frozenset({"brother", "sister"})

    def _kin_pair_teams(self) -> None:
        """'the brother-and-sister team of A and B', 'A and B C, the sister-and-brother duo': siblings."""
        cols, doc = self.cols, self.doc
        for k in cols.where(tuple(self.KIN_PAIR)):
            j = k + 1
            while j < len(doc) and j - k <= 3 and cols.lower[j] in ("-", "and", "&"):
                j += 1
            if j == k + 1 or j >= len(doc) - 1 or cols.lower[j] not in self.KIN_PAIR:
                continue
            noun = j + 1 + (cols.lower[j + 1] == "-")
            if noun >= len(doc) or cols.lower[noun] not in self.COUPLE_NOUNS | {"team", "duo", "pair"}:
                continue
            after = noun + 1 + (noun + 1 < len(doc) and cols.lower[noun + 1] == "of")
            pair = self._name_pair(after, forward=True)
            if pair is None:  # "A and B C, the Oslo-born sister-and-brother team": the names before the comma
                lo = k
                while lo > cols.sent_start[k] and cols.text[lo - 1] != "," and k - lo < 6:
                    lo -= 1
                if lo - 1 > cols.sent_start[k] and cols.text[lo - 1] == "," and cols.lower[lo] == "the":
                    pair = self._name_pair(lo - 1, forward=False)
            if pair is None:
                continue
            group = [m for r in pair for m in [self.m.add(*r, "Person", 1.5, exact=True)] if m is not None]
            if len(group) != 2:
                continue
            if len(group[0].text.split()) == 1 and len(group[1].text.split()) >= 2:
                group[0].full = f"{group[0].text} {group[1].text.split()[-1]}"  # type: ignore[attr-defined]
            self._siblings(group, doc[k])

    def _name_pair(self, at: int, forward: bool) -> tuple[tuple[int, int], tuple[int, int]] | None:
        """'A and B C' starting at ``at`` (or ending right before it): the two name runs."""
        cols, doc = self.cols, self.doc
        if forward:
            first = name_run(doc, at, allow_connectors=False, max_len=4) if at < len(doc) else None
            if first is None or first[0] != at or first[1] + 1 >= len(doc) or cols.lower[first[1]] != "and":
                return None
            second = name_run(doc, first[1] + 1, allow_connectors=False, max_len=4)
            return (first, second) if second is not None and second[0] == first[1] + 1 else None
        second = name_run(doc, at - 1, allow_connectors=False, max_len=4) if at >= 1 else None
        if second is None or second[1] != at or second[0] < 2 or cols.lower[second[0] - 1] != "and":
            return None
        first = name_run(doc, second[0] - 2, allow_connectors=False, max_len=4)
        if first is None or first[1] != second[0] - 1:
            if cols.text[second[0] - 2][:1].isupper() and second[0] - 2 == cols.sent_start[at]:
                first = (second[0] - 2, second[0] - 1)  # a first name the tagger read as a verb, opening the sentence
            else:
                return None
        return first, second

    def _role_owner(self, tok: Token) -> bool:
        """'the director's', 'the producer's': a crew role standing for the person who holds it."""
        return tok.pos_ == "NOUN" and tok.text.islower() and self.lex.role_nouns.get(tok.lemma_.lower()) in (
            "P57", "P58", "P162", "P86", "P344", "P1040") and any(c.dep_ == "det" and c.lower_ == "the"
                                                                   for c in tok.children)

    def _role_holder(self, role: Token, before: Token, surnames: set[str] = frozenset()) -> list[Mention]:
        """The person last credited, before ``before``, with the crew role a noun names (one of the
        given surnames first)."""
        rel = self.lex.role_nouns[role.lemma_.lower()]
        holders = [r.object for r in self.raw if r.relation == rel and isinstance(r.object, Mention)
                   and r.trigger.i < before.i and r.object.votes.get("Person", 0) >= 1]
        kin = [h for h in holders if h.text.split()[-1] in surnames]
        return (kin or holders)[-1:]

    def _said_gender(self) -> dict[str, str]:
        """Surname → the gender the text gives a person who is a sentence's subject: the first "she", "her",
        "actress", "he", "his" or "him" after the name in that sentence ("A is an English actress. She ...")."""
        state = (len(self.m.all), self.m.decided)  # (mentions still come and go while the rules run)
        cached = getattr(self, "_said_cache", None)
        if cached is not None and cached[0] == state:
            return cached[1]
        cols, out = self.cols, {}
        words = {**PRONOUN_GENDER, "actress": "f"}
        for m in self.m.all:
            if m.votes.get("Person", 0) < 1 or cols.dep[m.end - 1] not in ("nsubj", "nsubjpass"):
                continue
            surname, verb = (m.key.split() or [""])[-1], cols.head[m.end - 1]
            for k in range(m.end, cols.sent_end[m.start]):
                if k in self.m.by_token and self.m.by_token[k].votes.get("Person", 0) >= 1:
                    break  # (someone else's pronoun from here on)
                if cols.lower[k] in words:
                    if self._in_clause_of(k, verb):
                        out.setdefault(surname, words[cols.lower[k]])
                    break
        self._said_cache = (state, out)
        return out

    def _in_clause_of(self, k: int, verb: int) -> bool:
        """Is token ``k`` in the clause of ``verb`` itself, not in a clause hung on it ("A is noncommittal,
        while B said he ...")?"""
        cols, seen = self.cols, 0
        while k != verb and cols.head[k] != k and seen < 30:
            if cols.dep[k] in ("advcl", "ccomp", "relcl", "conj", "parataxis", "xcomp", "acl"):
                return False
            k, seen = cols.head[k], seen + 1
        return k == verb

    def _main_person(self, tok: Token, exclude: frozenset[str] = frozenset()) -> list[Mention]:
        """Who "he"/"she" opening a sentence most likely is: the person named most often so far
        (the subject of a profile), the most recent one on a tie. ``exclude``: surnames it cannot
        be ("A directed her": "her" is not A)."""
        if self.m.turns and self.m.turns.at(tok.i) is not None:
            return self._turn_person(tok)
        gender = PRONOUN_GENDER.get(tok.lower_)  # ("he" is not Isobel A, the director named last)
        if gender is None:  # a rule asking at the verb ("he also made Title"): the pronoun its clause has
            gender = next((PRONOUN_GENDER[c.lower_] for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")
                           and c.lower_ in PRONOUN_GENDER), None)
        people = [m for m in self.m.all if m.votes.get("Person", 0) >= 1]
        said = self._said_gender()

        def fits(m: Mention) -> bool:
            known = said.get((m.key.split() or [""])[-1])
            return known == gender if known and gender else agrees(m, gender, people)
        for t in tok.sent:  # "A had a role in X, and he is now starring in Y": the clause before
            if t.i >= tok.i:
                break
            if t.dep_ == "nsubj" and t.pos_ == "PROPN" and self._is_person(t):
                m = self.m.at(t, create=False)
                if m is not None and (m.key.split() or [""])[-1] not in exclude and fits(m):
                    return [m]
        opener = self._paragraph_subject(tok)
        if opener is not None and (opener.key.split() or [""])[-1] not in exclude and fits(opener):
            return [opener]  # a press kit's "ULLA QUORVETT (Ida) leads the cast. ... She ...": whom the paragraph is on
        counts: dict[str, int] = {}
        last: dict[str, Mention] = {}
        for m in sorted(self.m.all, key=lambda m: m.start):
            if m.start >= tok.i:
                break
            if m.votes.get("Person", 0) >= 1 and m.votes.get("Person", 0) >= m.votes.get("Film", 0) and fits(m):
                key = m.key.split()[-1] if m.key else m.key
                if key in exclude:
                    continue
                counts[key] = counts.get(key, 0) + 1
                last[key] = m
        if not counts:
            return []
        first_subject = next((m for m in sorted(self.m.all, key=lambda m: m.start)
                              if self.cols.dep[m.end - 1] in ("nsubj", "nsubjpass")
                              and m.votes.get("Person", 0) >= 1 and m.votes.get("Person", 0) >= m.votes.get("Film", 0)),
                             None)
        if first_subject is not None:
            key = first_subject.key.split()[-1]
            if key in counts:
                counts[key] += 3  # a profile's subject: who "he"/"she" usually is
        order = {k: last[k].start for k in last}
        best = max(counts, key=lambda k: (counts[k], order[k]))
        m = last[best]
        if first_subject is not None and first_subject.key.split()[-1] == best and len(first_subject.key.split()) > 1 \
                and fits(first_subject):
            m = first_subject  # a profile's subject, not a relative who shares the surname (nor "she" for her husband)
        m.votes["Person"] += 0.5
        return [m]

    def _paragraph_subject(self, tok: Token) -> Mention | None:
        """The person the first sentence of ``tok``'s paragraph has for subject, when ``tok`` is in a later one."""
        cols = self.cols
        a = self._paragraph_start(tok.i)
        if cols.sent_start[tok.i] == cols.sent_start[a]:
            return None
        for t in self.doc[a:cols.sent_end[a]]:
            if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT" and t.pos_ == "PROPN" and self._is_person(t):
                return self.m.at(t)  # (a bare surname NER left out is a mention too)
        return None

    def _subject_people(self, subj: Token | None, at: Token) -> list[Mention]:
        """Who a clause's subject is: a named person, or for "he"/"she" the person the text is about."""
        if subj is None:
            return []
        if subj.lower_ in ("he", "she"):
            return self._main_person(at)
        if subj.lower_ == "who" and subj.i >= 2 and self.cols.text[subj.i - 1] == ",":
            # "A and B, who had a supporting role in X": the name right before the comma, wherever the parser
            # hung the clause
            run = name_run(self.doc, subj.i - 2, allow_connectors=False, max_len=4)
            if run is not None and run[1] == subj.i - 1 and self.doc[run[0]].ent_type_ not in ("DATE", "GPE", "NORP"):
                m = self.m.add(*run, "Person", 1.0)
                return [m] if m is not None else []
        if subj.lower_ == "who" and subj.head.dep_ == "relcl" and subj.head.head.pos_ == "PROPN":
            return self.person(subj.head.head, 1.0)
        return self.person(subj, 1.0) if subj.pos_ == "PROPN" else []

    def _named_or_kin(self, tok: Token) -> list[Mention]:
        """A person token, or "his brother Rafe" → Rafe, "his wife, actress B" → B."""
        if tok.pos_ == "PROPN":
            return self.person(tok, 1.0)
        named = [c for c in tok.children if c.dep_ in ("appos", "compound") and c.pos_ == "PROPN"]
        for c in tok.children:
            if c.dep_ == "appos" and c.pos_ == "NOUN":  # "his wife, actress B"
                named += [g for g in c.children if g.dep_ in ("appos", "compound") and g.pos_ == "PROPN"]
        if not named and tok.i + 1 < len(self.doc) and self.cols.pos[tok.i + 1] == "PROPN":
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
                                          self.cols.ent[m.start] == "PERSON") and m.in_parens_of is None:
                if before_sentence and m.votes.get("Film", 0) > m.votes.get("Person", 0):
                    continue
                if m.votes.get("Character", 0) > m.votes.get("Person", 0):
                    continue  # "A, who plays X, ... her husband": X is a part, not whose husband
                best = m
        if best is None:
            return []
        best.votes["Person"] += 1.0
        return [best]

    def speaker(self, pron: Token) -> list[Mention]:
        """Who "I", "me" or "my" is in an interview's turn: its label's person, or for "A:" the person the
        introduction names most. "You" and "your": the one other speaker, when there is just one."""
        turns = self.m.turns
        turn = turns.at(pron.i)
        if turn is None:
            return []
        key = turn.label.split()[-1]
        if pron.lower_ in SECOND_PERSON:
            others = {"A"} if key == "Q" else turns.speakers() - {key}
            if len(others) != 1:
                return []
            key = others.pop()
        return self._speaking(key)

    def _speaking(self, key: str) -> list[Mention]:
        """The person a turn's label names ("MARCHETTI"; "A" is the person the introduction names most)."""
        if key == "Q":
            return []  # the interviewer, seldom named
        turns = self.m.turns
        people = [m for m in self.m.all if m.votes.get("Person", 0) >= max(1, m.votes.get("Film", 0))]
        if key == "A":  # (a surname or first name counts for the one full name it is part of)
            outside = [m.key for m in people if m.key and turns.at(m.start) is None]
            full = {k for k in outside if len(k.split()) >= 2}
            counts = Counter(k if k in full else next(iter(f)) for k in outside
                             for f in [{x for x in full if k in x.split()} or {k}] if len(f) == 1)
            if not counts:
                return []
            best = counts.most_common(1)[0][0]
            return [max((m for m in people if m.key == best), key=lambda m: len(m.text))]
        word = key.lower()
        named = [m for m in people if word in m.key.split()]
        if len({m.key for m in named if len(m.key.split()) >= 2}) > 1:
            return []  # "AMSEL:" when the text names two Amsels
        return [max(named, key=lambda m: len(m.key))] if named else []

    def _turn_person(self, pron: Token) -> list[Mention]:
        """Who "he"/"she" is in an interview's answer: never its speaker (who says "I"), but the last
        person of that gender named in this turn or the question before it."""
        turns = self.m.turns
        turn = turns.at(pron.i)
        speaker = {m.key for m in self._speaking(turn.label.split()[-1])}
        before = [t for t in turns.all if t.end <= turn.start]
        lo = before[-1].start if before else turn.start
        gender = PRONOUN_GENDER.get(pron.lower_)
        people = [m for m in self.m.all if m.votes.get("Person", 0) >= 1]
        best = None
        for m in sorted(self.m.all, key=lambda m: m.start):
            if m.start >= pron.i:
                break
            if m.start >= lo and m.votes.get("Person", 0) >= max(1, m.votes.get("Film", 0)) \
                    and m.in_parens_of is None and not any(m.key in k.split() or k in m.key.split() for k in speaker) \
                    and agrees(m, gender, people):
                best = m
        return [best] if best is not None else []

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

    def person_cues(self) -> None:
        """Names a biography's first lines make people: "A (born March 28, 1973) ...", "A is an
        American filmmaker" (an occupation after the copula)."""
        cols, doc = self.cols, self.doc
        nouns = self.lex.person_nouns | set(self.lex.role_nouns)
        for i in cols.where(("born", "né", "née")):
            k = i - 1
            while k >= 0 and cols.text[k] in ("(", "[", ","):
                k -= 1
            if k >= 0 and k < i - 1 and cols.pos[k] == "PROPN":
                self.m.vote(doc[k], "Person", 3.0)  # "A (born 1973)", "A, born in Ohio,"
        for i in cols.where("("):  # "A (11 February 1927 – 12 April 2008)", "A (1927–2008)" opening a sentence
            k = i - 1
            if k < 0 or cols.pos[k] != "PROPN":
                continue
            run = name_run(doc, k, allow_connectors=False, max_len=4)
            if run is None or run[1] != i or run[0] != cols.sent_start[k]:
                continue
            inside = cols.lower[i + 1:min(i + 12, cols.sent_end[i])]
            inside = inside[:inside.index(")")] if ")" in inside else inside
            years = [w for w in inside if YEAR.match(w)]
            dated = any(w in MONTHS for w in inside) and years
            if dated or len(years) >= 2 and any(w in ("–", "-", "—") for w in inside):
                self.m.vote(doc[k], "Person", 3.0)
        for i in cols.where(("is", "was")):
            if cols.dep[i] != "ROOT":
                continue
            attr = next((k for k in range(i + 1, cols.sent_end[i]) if cols.head[k] == i and cols.dep[k] == "attr"),
                        None)
            subj = next((k for k in range(cols.sent_start[i], i) if cols.head[k] == i and cols.dep[k] == "nsubj"),
                        None)
            if attr is None or subj is None or cols.pos[subj] != "PROPN" or cols.text[attr][:1].isupper():
                continue
            if cols.lemma[attr] in nouns and any(cols.lower[k] in ("a", "an") and cols.head[k] == attr
                                                  for k in range(i + 1, attr)):
                self.m.vote(doc[subj], "Person", 2.0)  # "A is an American filmmaker"
        for i in cols.where(("and", "&")):  # "Tamas and Ferenc Vennel": the first name shares the surname
            a, b = i - 1, i + 1
            other = self.m.by_token.get(b)
            if other is None and b + 2 < len(doc) and cols.pos[b] == cols.pos[b + 1] == "PROPN" and cols.pos[b + 2] \
                    != "PROPN" and cols.is_title[b] and cols.is_title[b + 1] and is_given_name(cols.lower[b]) \
                    and cols.ent[a] not in ("ORG", "WORK_OF_ART") and not cols.ent[b]:
                other = self.m.add(b, b + 2, "Person", 1.5, exact=True)  # (NER silent on both names)
            if a < 0 or other is None or other.start != b or other.end - other.start != 2 \
                    or other.votes.get("Person", 0) < 1 or a in self.m.by_token or cols.pos[a] != "PROPN" \
                    or not cols.is_title[a] or cols.ent[a] in ("ORG", "WORK_OF_ART", "DATE") \
                    or cols.lower[a] in self.lex.org_suffixes or is_common_noun(cols.lower[a]) and not (
                        cols.ent[a] in ("GPE", "PERSON") or is_given_name(cols.lower[a])):
                continue
            if a > 0 and not (cols.is_punct[a - 1] or cols.is_space[a - 1] or a == cols.sent_start[a]
                              or cols.lower[a - 1] in ("by", "with", "brothers", "sisters", "siblings", "twins")):
                continue
            first = self.m.add(a, a + 1, "Person", 1.5, exact=True)
            if first is not None:
                first.full = f"{cols.text[a]} {cols.text[other.end - 1]}"  # type: ignore[attr-defined]
        for i in cols.where(tuple(self.lex.person_nouns)):
            # "from British filmmaker A B": an occupation before a name says person (NER called it a place)
            j = i + 1
            if j < len(doc) and cols.pos[i] == "NOUN" and cols.text[i].islower() and cols.pos[j] == "PROPN" \
                    and cols.is_title[j] and cols.ent[j] not in ("ORG", "WORK_OF_ART") \
                    and (j not in self.m.by_token or self.m.by_token[j].start == j):
                self.m.vote(doc[j], "Person", 1.5)

    def couple_rules(self, noun: Token, lemma: str) -> None:
        """'A and B tied the knot', 'A and B are now husband and wife': the two are spouses."""
        if lemma == "knot" and noun.dep_ == "dobj" and noun.head.lemma_.lower() == "tie":
            subj = subject_of(noun.head)
        elif lemma in ("husband", "wife") and noun.dep_ == "attr" and noun.head.lemma_ == "be" and any(
                c.dep_ == "conj" and c.lemma_.lower() in ("husband", "wife") for c in noun.children):
            subj = subject_of(noun.head)
        elif lemma == "husband" and self._couple_phrase(noun):
            return
        else:
            return
        if subj is None or subj.pos_ != "PROPN" or len(subj.conjuncts) != 1:
            return
        couple = self.person(subj, 1.0)
        if len(couple) == 2:
            self.emit(couple[0], "P26", couple[1], noun, "kin", 0.8)

    COUPLE_NOUNS = frozenset({"couple", "team", "duo", "pair", "partners", "producers", "filmmakers", "directors",
                              "writers", "stars", "actors"})

    def _couple_phrase(self, tok: Token) -> bool:
        """'the husband-and-wife team of A and B', 'the married producing team of A and B', 'real-life married
        couple A and B': the two names after the phrase are spouses."""
        cols = self.cols
        k = tok.i + 1
        if tok.lower_ == "husband":  # "husband-and-wife", "husband and wife"
            while k < len(cols.text) and cols.lower[k] in ("-", "and", "wife"):
                k += 1
            if cols.lower[k - 1] != "wife":
                return False
        end = min(cols.sent_end[tok.i], k + 5)
        noun = next((j for j in range(k, end) if cols.lower[j] in self.COUPLE_NOUNS), None)
        if noun is None or any(not cols.text[j].islower() for j in range(k, noun)):
            return False
        j = noun + 1
        if j < len(cols.text) and cols.lower[j] == "of":
            j += 1
        if j >= cols.sent_end[tok.i] or not cols.text[j][:1].isupper():
            return False
        first = name_run(self.doc, j, allow_connectors=False, max_len=5)
        if first is None or first[0] != j or first[1] + 1 >= len(cols.text) or cols.lower[first[1]] not in ("and", "&"):
            return False
        second = name_run(self.doc, first[1] + 1, allow_connectors=False, max_len=5)
        if second is None or second[0] != first[1] + 1:
            return False
        a, b = (self.m.add(*r, "Person", 1.5) for r in (first, second))
        if a is not None and b is not None:
            self.emit(a, "P26", b, tok, "kin", 0.8)
        return True

    def marriage_rules(self, tok: Token) -> None:
        """'A is married to B', 'A married B' → spouses."""
        other = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "to"
                      for g in c.children if g.dep_ == "pobj"), None)
        if other is None:
            other = next((c for c in tok.children if c.dep_ == "dobj"), None)
        if other is None:  # "married to actor A", parsed with "actor" as a verb
            other = next((g for c in tok.children if c.dep_ == "xcomp" for g in c.children
                          if g.dep_ == "dobj" and g.pos_ == "PROPN"), None)
        if tok.lower_ == "married" and tok.dep_ == "amod" and self._couple_phrase(tok):
            return
        if any(c.lower_ in ("onscreen", "on-screen") or c.dep_ == "prep" and c.lower_ == "on"
               and any(g.lower_ == "screen" for g in c.children) for c in tok.children):
            return  # "A married B on screen": parts in a film, not a marriage
        subj = subject_of(tok) if tok.pos_ != "ADJ" else subject_of(tok.head)
        if subj is None and tok.dep_ in ("acomp", "attr"):
            subj = subject_of(tok.head)  # "A and B are married"
        if subj is None:  # ... or with the subject hung on "are"
            subj = next((g for c in tok.children if c.dep_ in ("aux", "auxpass") for g in c.children
                         if g.dep_ in ("nsubj", "nsubjpass")), None)
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
