"""What the rule modules share: the slots a person can fill, ``Focus`` and ``SoleFilm`` (a film
decided only once every title is known: the one in focus at a token, or the one film a short
text is about) and ``Raw`` (a fact before the types of its sides are decided).
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from ..mentions import Mention

# the credits a crew member holds on a film (not the cast)
CREW_RELATIONS = frozenset({"P57", "P58", "P162", "P86", "P344", "P1040"})
# "with A directing and B cutting", "Directing is A": a credit named by its gerund
GERUND_CREDITS = {"directing": "P57", "producing": "P162", "writing": "P58", "scoring": "P86", "editing": "P1040",
                  "cutting": "P1040", "lensing": "P344", "shooting": "P344", "composing": "P86"}
PERSON_SLOTS = ("nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos", "attr", "npadvmod", "dative", "ROOT")


@dataclass(eq=False)
class Focus:
    """"The film", "it": the film in focus at this token, decided once every title is known."""

    tok: Token
    type: str = "Film"

    @property
    def votes(self):
        return {"Film": 3.0}

    # Where a rule reads a film's place or name, the anaphor stands for it: "the film" is at its token,
    # and its key matches no named film's.
    @property
    def start(self) -> int:
        return self.tok.i

    @property
    def end(self) -> int:
        return self.tok.i + 1

    @property
    def key(self) -> str:
        return f"@{self.tok.lower_}:{self.tok.i}"

    @property
    def text(self) -> str:
        return self.tok.text


@dataclass(eq=False)
class SoleFilm(Focus):
    """The one film a text is about (the only one, or the one it plainly dominates); else the film salience
    is sure of at that token; else nothing."""


@dataclass(eq=False)
class OriginalFilm(Focus):
    """"the original", "the first film": the film the sequel in focus follows."""


@dataclass(eq=False)
class AllFilms(Focus):
    """"every film on the slate", "all of the titles": each upcoming film the text names; "every Title film",
    "every Vale picture": the films of that franchise, or those the text says that person directed."""

    owner: str = ""


SERIES = "#series"  # AllFilms.owner of "each instalment": each film of the franchise the text names most
PRIOR = "#prior"  # ... of "the earlier films": each of them but the newest
PRIOR_ONE = "#prior1"  # ... of "its predecessor": the one earlier film, when there is one


@dataclass(eq=False)
class RecentFilms(Focus):
    """"both films", "who directed both", "the two pictures": the last ``count`` films named."""

    count: int = 2
    first: bool = False  # "the first two": the franchise's earliest, wherever the text is


@dataclass
class Raw:
    """A fact before types are decided: sides are mentions (or a year string)."""

    subject: Mention | str
    relation: str
    object: Mention | str
    trigger: Token
    method: str
    confidence: float = 0.85
