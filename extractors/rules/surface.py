"""Rules read from the token surface rather than the parse (``cast-list``, ``by``, some ``verb``).

Cast lines ("Title stars A, B and C", "... and starred A"), "A stars in Title" lines, "X (played
by A)" brackets, "to write and direct Title" and "directed by A" phrases, as
``extractors/surface.py`` finds them; and the trimming of a name that a Title Case headline runs
into the next words ("A Reunites With B").
"""
from __future__ import annotations

from spacy.tokens import Token

from ..columns import columns
from ..titles import YEAR, headline_at, name_run
from .parse import subject_of


class SurfaceRules:
    """Rules read from the token surface: cast lines, by-phrases, headline names."""

    def trim_headline_names(self) -> None:
        """In a Title Case headline a name runs into the next words ("A Reunites With B"):
        cut it back to a name the body of the text uses."""

        body_ms = [m for m in self.m.all if not headline_at(self.doc, m.start)]
        body = {m.text for m in body_ms if " " in m.text}
        surnames = {m.text for m in body_ms if " " not in m.text and m.votes.get("Person", 0) >= 1
                    and m.votes.get("Person", 0) >= m.votes.get("Film", 0)}
        for m in list(self.m.all):
            if not headline_at(self.doc, m.start):
                continue
            words = m.text.split()
            # "Editor Rachel Obi Cut": up to a surname the body uses ("Obi has been cutting ...")
            cut = next((" ".join(words[:i + 1]) for i in range(len(words) - 2, 0, -1) if words[i] in surnames), None)
            for name in sorted(body | ({cut} if cut else set()), key=len, reverse=True):
                if m.text.startswith(name + " ") and m.text != name:
                    n = len(self.doc.char_span(self.cols.idx[m.start], self.cols.idx[m.start] + len(name),
                                               alignment_mode="expand") or [])
                    if 0 < n < m.end - m.start:
                        for k in range(m.start + n, m.end):  # shrink in place: raw facts point at m
                            if self.m.by_token.get(k) is m:
                                del self.m.by_token[k]
                        m.end = m.start + n
                        m.text = self.doc[m.start:m.end].text
                    break

    def surface_rules(self) -> None:
        from ..surface import by_phrases, star_sequences

        doc = self.doc
        cols = columns(doc)
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
            if film_run[1] - film_run[0] == 1 and YEAR.fullmatch(cols.text[film_run[0]]):
                continue  # "a track from 2004 features A": a year, not a film
            f = self.m.add(*film_run, "Film", 2.0)
            for run in people:
                p = self.m.add(*run, "Person", 2.0)
                self.emit(f, "P161", p, doc[i], "cast-list")
            self._cast_parts(people, doc[i], f)
        from ..surface import named_part, person_star_lines, played_by_brackets

        for char_run, person_run, i in played_by_brackets(doc):
            person = self.m.add(*person_run, "Person", 2.0)
            if person is not None and self.m.add(*char_run, None, 0.0, exact=True) is not None:
                self.character_link([person], doc[char_run[1] - 1], doc[i])

        for run, i, film_run in person_star_lines(doc):
            p = self.m.add(*run, "Person", 2.0)
            if p is None:
                continue
            if i + 2 < len(doc) and cols.lower[i + 1] == "as" and cols.text[i + 2][:1].isupper():
                part = name_run(doc, i + 2, allow_connectors=False, max_len=4)  # "A stars as Vera Lind, ..."
                if part is not None and part[0] == i + 2 and not (part[1] < len(doc)
                                                                  and cols.text[part[1]] in ("'s", "’s")):
                    # (not "as B's older brother, C": the part is C, named after)
                    self.character_link([p], doc[part[1] - 1], doc[i])
            elif cols.lower[i] == "plays" and (part := named_part(doc, i + 1)) is not None:
                self.character_link([p], doc[part[1] - 1], doc[i])  # "A plays Skerrow Ambley, a ferry pilot"
            if film_run == "focus":
                self.emit(self.focus(doc[i]), "P161", p, doc[i], "cast-list", 0.7)
            elif film_run is not None:  # "A stars in Title"
                self.emit(self.m.add(*film_run, "Film", 2.0), "P161", p, doc[i], "cast-list", 0.8)
            elif self.m.vote(doc[i], "Film", 0) is None:
                self.emit(self.focus(doc[i]), "P161", p, doc[i], "cast-list", 0.7)
        from ..surface import crew_verb_pairs

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
                if subj is None or subj.i > i or self._is_person(subj) or subj.pos_ in ("ADJ", "ADV"):
                    continue  # ("Much of the praise went to A, ... directed by B": no film is "Much")
                named = self.m.at(subj, create=False)
                if rel == "P161" and subj.pos_ == "PROPN" and (named is None or named.votes.get("Film", 0) < 2.5):
                    continue  # ("Studio paid $4 million for X, toplined by A": not the studio's cast)
                films = self.film(subj, 1.0)
                if not films:
                    continue
                f = films[0]
            elif film_run == "focus":
                f = self.focus(doc[i])
            elif self._past_source(doc[film_run[1] - 1]).i != film_run[1] - 1:
                f = next(iter(self.film(doc[film_run[1] - 1], 1.0)), None)  # (the film a source clause is about)
            else:
                f = self.m.add(*film_run, "Film", 2.0)
            if rel == "P750":
                people = _ampersand_firms(doc, people)
            firms = [r for r in people if doc[r[1] - 1].lower_ in self.lex.org_suffixes]
            for run in people:
                company = doc[run[1] - 1].lower_ in self.lex.org_suffixes or bool(firms) and \
                    doc[run[0]].ent_type_ == "ORG"  # "produced by Frame Films and Arte": both companies
                if rel == "P272" and not (company or doc[run[0]].ent_type_ == "ORG"
                                          or doc[run[0]].lower_ in ("studio", "studios")):
                    continue  # "a film made by A": only a company is a production company
                group = self._group_at(doc[run[0]]) if run[1] - run[0] == 1 and run[0] > 0 \
                    and cols.lower[run[0] - 1] == "the" and cols.text[run[0]].endswith("s") and not company else None
                if group is not None:  # "written by the Wennicks": the family the text names, not one "Wennicks"
                    self.emit(f, rel, group, doc[i], "by")
                    continue
                if rel in ("P750", "P272") or company:
                    p = self.m.add(*run, "Organization", 3.0, exact=True)
                else:
                    p = self.m.add(*run, "Person", 1.5, exact=len(people) > 1)
                if rel == "P162" and company:
                    self.emit(f, "P272", p, doc[i], "by", 0.8)  # "produced by Orbit Films"
                else:
                    self.emit(f, rel, p, doc[i], "by")

    def _cast_parts(self, people, trigger: Token, film) -> None:
        from ..surface import cast_parts

        for run, part in cast_parts(self.doc, people).items():
            person = self.m.by_token.get(run[0])
            if person is not None:
                self.character_link([person], self.doc[part[1] - 1], trigger,
                                    film_tok=self.doc[film.end - 1] if film is not None else None)

    def _maker(self, tok: Token) -> bool:
        """Could the subject of "wrote and directed" be a person? Yes unless it is plainly a company,
        a place or a film (NER calls many unfamiliar names organisations)."""
        if self._is_person(tok):
            return True
        m = self.m.at(tok, create=False)
        return tok.ent_type_ not in ("GPE", "LOC", "NORP") and (m is None or (
            m.votes.get("Film", 0) < 2.5 and self.cols.lower[m.end - 1] not in self.lex.org_suffixes
            and m.votes.get("Organization", 0) <= m.ner.get("Organization", 0)))


def _ampersand_firms(doc, runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """'released by Brackwell & Doune': one distributor, as no person releases a film; two bare names joined
    by "&" are the firm's name (not two firms, as "Studio Films & Other Pictures" are)."""
    out: list[tuple[int, int]] = []
    for run in runs:
        if out and run[0] == out[-1][1] + 1 and doc[out[-1][1]].text == "&" and out[-1][1] - out[-1][0] == 1 \
                and run[1] - run[0] == 1:
            out[-1] = (out[-1][0], run[1])
        else:
            out.append(run)
    return out
