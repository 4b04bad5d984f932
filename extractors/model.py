"""Plain data that extractors hand to the graph package.

Every value is a small frozen dataclass carrying character offsets into the article text, so
the evidence for a fact is never lost on its way into the store.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

# Entity types, as in shared SCHEMA.md and ontology/film.ttl.
ENTITY_TYPES = ("Film", "Person", "Character", "Series", "Organization", "Work", "TVSeries")

# Relations are keyed by their Wikidata property id; ontology/film.ttl maps each to a property.
RELATIONS = {
    "P161": ("Film", "Person"),
    "P57": ("Film", "Person"),
    "P58": ("Film", "Person"),
    "P162": ("Film", "Person"),
    "P86": ("Film", "Person"),
    "P344": ("Film", "Person"),
    "P1040": ("Film", "Person"),
    "P155": ("Film", "Film"),
    "P179": ("Film", "Series"),
    "P144": ("Film", "Work"),
    "P750": ("Film", "Organization"),
    "P272": ("Film", "Organization"),
    "P3373": ("Person", "Person"),
    "P26": ("Person", "Person"),
    "P175": ("Character", "Person"),
    "P1441": ("Character", "Film"),
    "P577": ("Film", "Year"),
}
SYMMETRIC = frozenset({"P3373", "P26"})


@dataclass(frozen=True)
class Article:
    """One input text and where it came from."""

    text: str
    source: str  # file path, URL or "<stdin>"
    title: str | None = None
    date: str | None = None  # ISO date (YYYY-MM-DD) when known
    url: str | None = None

    @property
    def digest(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Entity:
    """A thing the article talks about, with every name it uses for it."""

    key: str  # unique within one extraction
    label: str  # the fullest name in the text
    type: str  # one of ENTITY_TYPES
    aliases: tuple[str, ...] = ()
    year: str | None = None  # films: release year when the text gives one
    spans: tuple[tuple[int, int], ...] = ()  # offsets of its mentions


@dataclass(frozen=True)
class Fact:
    """One relation stated (or hedged) by the text, with its evidence."""

    subject: str  # Entity.key
    relation: str  # Wikidata property id, a key of RELATIONS
    object: str  # Entity.key, or a year for P577
    sentence: str
    start: int  # offsets of the sentence in the article text
    end: int
    method: str  # the rule that found it
    confidence: float = 0.9
    hedged: bool = False


@dataclass(frozen=True)
class Extraction:
    """What one article yields: its entities and facts."""

    article: Article
    entities: tuple[Entity, ...] = ()
    facts: tuple[Fact, ...] = field(default_factory=tuple)

    def entity(self, key: str) -> Entity:
        for e in self.entities:
            if e.key == key:
                return e
        raise KeyError(key)
