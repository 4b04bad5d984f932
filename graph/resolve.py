"""Cross-article entity resolution: decide which existing node each new entity is.

Rules (kept deliberately conservative, since a wrong merge is worse than a split):

- same type and same normalised name → same node (the IRI is minted from the name);
- a name already stored under a type the extractor confuses with this one (a person seen as an
  organisation, a film as a work) is that node; so is a title or company name that differs only
  by a leading "the" ("The Salt Road" / "Salt Road"), unless the stated years differ;
- a company named without its last word ("Quellmoor" for "Quellmoor Pictures") is the stored
  company of the full name, in either order, unless two stored companies share that first word;
- a person named by one word only (a bare surname or first name) joins a person with a fuller
  name only when exactly one known person (in the store or in the same article) has that word as
  a name part; otherwise it stays its own node;
- the same rule runs the other way, so that the outcome does not depend on the order articles
  arrive in: when a full name arrives and a bare one-word node for one of its name parts is
  stored, and exactly one known full name fits that word, the bare node is merged into the full
  one in every graph (the full name stays the label, the short one becomes a ``skos:altLabel``);
- a film whose year differs from the year of an existing film with the same title becomes a
  node of its own (``title-year``).

Cost per article: one query, bounded by the names the article needs (the stored labels and
years of the IRIs its entities may have, looked up by IRI), and a second one of the same kind
only when a stored bare node may be absorbed. Which people have a given name part is answered
by a :class:`NameIndex` kept in memory per store: built with one scan the first time a store is
used, then kept up to date by :func:`graph.ingest.write_extraction`; its answers are checked
against the store by IRI in the same query, so people removed since are not used. Values are
bound through ``VALUES`` blocks of escaped RDF terms, never pasted into strings.
"""
from __future__ import annotations

import weakref
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from rdflib import Literal, URIRef
from rdflib.namespace import RDFS, SKOS

from extractors.model import Entity, Extraction

from .build import entity_iri, nt_iri, slug
from .store import Store

# Types the extractor confuses with each other: a name seen as both is one node, not two.
# A book and its film, or a franchise and its first film, share a title but are different
# things (P144, P179 link them), so only a film and a TV series are confused with each other.
FAMILIES = ({"Person", "Organization"}, {"Film", "TVSeries"})
# Types whose names may come with or without a leading "the" (titles, companies, franchises,
# and companies the extractor took for people).
THE_OPTIONAL = frozenset({"Film", "TVSeries", "Work", "Series", "Organization", "Person"})
# the words that end a company's name and that writers drop after the first mention
COMPANY_SUFFIXES = {w.lower(): w for w in ("Pictures", "Films", "Studios", "Entertainment", "Releasing", "Media",
                                           "Productions", "Animation", "Distribution", "Features")}

_LABELS = """
SELECT DISTINCT ?e ?label ?year WHERE {
  %s
  ?e rdfs:label ?label .
  OPTIONAL { ?e film:releaseYear ?year }
}"""
_FULL_NAMES = """
SELECT DISTINCT ?e ?label WHERE {
  ?e a film:Person ; rdfs:label ?label .
  FILTER (CONTAINS(STR(?label), " "))
}"""
# A bare name with more known bearers than this is ambiguous whatever the store says about them.
MAX_BEARERS = 6


@dataclass
class Resolution:
    """Where an article's entities go in the store."""

    iris: dict[str, URIRef] = field(default_factory=dict)  # entity key → IRI
    labels: dict[URIRef, str] = field(default_factory=dict)  # IRI → its one rdfs:label
    merges: list[tuple[URIRef, URIRef, str]] = field(default_factory=list)  # (old, new, label): see merge_update

    def __iter__(self):  # ``iris, labels = resolve(...)`` keeps working
        return iter((self.iris, self.labels))


def values(var: str, terms: Iterable) -> str:
    """A ``VALUES ?var { ... }`` block of RDF terms (rdflib's N3 form escapes every literal)."""
    return f"VALUES ?{var} {{ {' '.join(sorted({nt_iri(t) if type(t) is URIRef else t.n3() for t in terms}))} }}"


def name_parts(label: str) -> list[str]:
    """The slugs of a name's words: ``"Marla Quenby"`` → ``["marla", "quenby"]``."""
    return [p for p in (slug(w) for w in label.split()) if p != "x"]


def is_one_word(ent: Entity) -> bool:
    return ent.type == "Person" and len(ent.label.split()) == 1


def is_full_name(ent: Entity) -> bool:
    return ent.type == "Person" and len(ent.label.split()) > 1


def the_variant(label: str) -> str:
    """The same name with a leading "the" dropped, or added when it has none."""
    words = label.split()
    if len(words) > 1 and words[0].lower() == "the":
        return " ".join(words[1:])
    return f"The {label.strip()}"


def company_variants(label: str) -> list[str]:
    """A company's other names across articles: "Quellmoor Pictures" is also "Quellmoor", and
    "Quellmoor" may be stored as "Quellmoor Pictures" (or Films, Studios ...)."""
    words = label.split()
    if len(words) >= 2 and words[-1].lower() in COMPANY_SUFFIXES:
        return [" ".join(words[:-1])]
    return [f"{label} {s}" for s in COMPANY_SUFFIXES.values()] if len(words) == 1 else []


def alternatives(ent: Entity) -> list[URIRef]:
    """IRIs this entity may already be stored under, most likely first (not its own)."""
    out: list[URIRef] = []
    types = [ent.type] + sorted(next((f - {ent.type} for f in FAMILIES if ent.type in f), set()))
    names = [ent.label] + ([the_variant(ent.label)] if ent.type in THE_OPTIONAL else [])
    names += company_variants(ent.label) if ent.type == "Organization" else []
    for name in names:
        for type_ in types:
            iri = entity_iri(type_, name)
            if iri not in out:
                out.append(iri)
    return out[1:]


def best_label(labels: Iterable[str]) -> str:
    """One label among several, independent of the order they were found in: the fullest name."""
    return min(labels, key=lambda s: (s[:1].islower(), -len(s.split()), -len(s), s))


class NameIndex:
    """Name part → the people with a name of several words that has it (``"quenby"`` → IRIs)."""

    def __init__(self):
        self.by_part: dict[str, set[URIRef]] = defaultdict(set)

    def add(self, iri: URIRef, label: str) -> None:
        if len(label.split()) > 1:
            for part in name_parts(label):
                self.by_part[part].add(iri)

    def bearers(self, part: str) -> set[URIRef]:
        return self.by_part.get(part, set())


_INDEXES: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def name_index(store: Store, build: bool = True) -> NameIndex | None:
    """The store's name index, built with one query on first use (``None`` if not built and
    ``build`` is false)."""
    try:
        index = _INDEXES.get(store)
    except TypeError:  # not weak-referenceable: no caching
        index = None
    if index is None and build:
        index = NameIndex()
        for e, label in store.query(_FULL_NAMES).rows:
            index.add(e, str(label))
        try:
            _INDEXES[store] = index
        except TypeError:
            pass
    return index


def note_written(store: Store, extraction: Extraction, res: Resolution) -> None:
    """Tell the store's name index about the people an article just written names."""
    index = name_index(store, build=False)
    if index is None:
        return
    for ent in extraction.entities:
        if ent.type == "Person":
            iri = res.iris[ent.key]
            index.add(iri, res.labels.get(iri, ent.label))


def _lookup(store: Store | None, iris: set[URIRef], labels: dict[URIRef, set[str]],
            years: dict[URIRef, str]) -> None:
    """Add the stored labels and release years of ``iris`` (one query, by IRI)."""
    iris = iris - labels.keys()
    if store is None or not iris:
        return
    for e, label, year in store.query(_LABELS % values("e", iris)).rows:
        labels.setdefault(e, set()).add(str(label))
        if year is not None:
            years[e] = min(years.get(e, "9999"), str(year)[:4])


def _bearers(index: NameIndex | None, part: str) -> set[URIRef]:
    found = index.bearers(part) if index is not None else set()
    return set(sorted(found)[:MAX_BEARERS + 1])


def resolve(store: Store | None, extraction: Extraction) -> Resolution:
    """Map each entity key to an IRI, and each IRI to the label it has (or will have) in the store."""
    ents = list(extraction.entities)
    wanted = {e.key: entity_iri(e.type, e.label) for e in ents}
    alts = {e.key: alternatives(e) for e in ents}
    index = name_index(store) if store is not None else None
    words = {name_parts(e.label)[0] for e in ents if is_one_word(e) and name_parts(e.label)}
    parts = {p for e in ents if is_full_name(e) for p in name_parts(e.label)}

    # 1. Stored labels and years of every IRI an entity may be stored under, of the people a
    #    bare name may mean, and of the bare nodes this article's full names may absorb.
    candidates: set[URIRef] = set(wanted.values())
    for e in ents:
        candidates.update(alts[e.key])
        if e.type == "Film" and e.year:
            candidates.add(URIRef(f"{wanted[e.key]}-{e.year}"))
    candidates.update(entity_iri("Person", p) for p in parts)
    for w in words:
        candidates.update(_bearers(index, w))
    stored_labels: dict[URIRef, set[str]] = {}
    years: dict[URIRef, str] = {}
    _lookup(store, candidates, stored_labels, years)
    absorbable = {p for p in parts if entity_iri("Person", p) in stored_labels}
    if absorbable:  # rare: the people who may own a stored bare name, checked the same way
        _lookup(store, set().union(*(_bearers(index, p) for p in absorbable)), stored_labels, years)
    existing = {e: best_label(ls) for e, ls in stored_labels.items()}

    res = Resolution()
    moves: dict[URIRef, URIRef] = {}  # stored node → the node it is merged into
    # 2. Every entity but bare one-word people: its own node, else a stored alternative. When
    #    the alternative is the same title with or without "the", the node ends up under the
    #    IRI of the better name whichever came first.
    for ent in ents:
        if is_one_word(ent):
            continue
        iri = wanted[ent.key]
        if iri not in existing:
            known_alts = [a for a in alts[ent.key] if a in existing]
            variants = {entity_iri("Organization", v) for v in company_variants(ent.label)} \
                if ent.type == "Organization" else set()
            if len(variants.intersection(known_alts)) > 1:  # "Quellmoor" when "Quellmoor Pictures" and
                known_alts = [a for a in known_alts if a not in variants]  # "Quellmoor Media" are both known
            for alt in known_alts:
                if not _year_conflict(ent, years.get(alt)):
                    if _same_type(alt, iri) and best_label([existing[alt], ent.label]) == ent.label:
                        moves[alt] = iri
                    else:
                        iri = alt
                    break
        if ent.type == "Film" and ent.year and iri in existing:
            old_year = years.get(iri)
            if old_year and old_year != ent.year:
                iri = URIRef(f"{wanted[ent.key]}-{ent.year}")
        res.iris[ent.key] = iri

    # 3. Who bears each bare name: stored people (as the index says and the store confirms)
    #    and this article's full names.
    fits: dict[str, set[URIRef]] = {}
    for part in words | absorbable:
        bearers = _bearers(index, part)
        fits[part] = {e for e in bearers if e in existing}
        if len(bearers) > MAX_BEARERS:  # ambiguous, whatever else fits
            fits[part] |= {URIRef("urn:filmkg:many:1"), URIRef("urn:filmkg:many:2")}
    for ent in ents:
        if is_full_name(ent):
            for part in set(name_parts(ent.label)) & fits.keys():
                fits[part].add(res.iris[ent.key])
    known = stored_labels

    # 4. Bare one-word people join the one full name that fits; stored bare nodes are merged.
    for ent in ents:
        if not is_one_word(ent):
            continue
        iri = wanted[ent.key]
        part = name_parts(ent.label)[0] if name_parts(ent.label) else None
        fit = fits.get(part, set()) if part else set()
        if len(fit) == 1:
            full = next(iter(fit))
            if iri in existing and iri != full:
                moves[iri] = full
            iri = full
        elif iri not in existing:
            for alt in alts[ent.key]:
                if alt in existing:
                    iri = alt
                    break
        res.iris[ent.key] = iri
    for part in absorbable:
        bare = entity_iri("Person", part)
        fit = fits.get(part, set())
        if len(fit) == 1 and bare not in fit:
            moves.setdefault(bare, next(iter(fit)))

    # 5. One label per node, whatever order the names came in: the best of every name the node
    #    had as a label (stored, merged into it, or in this article). A stored node whose label
    #    changes is relabelled in every graph, its old label kept as a skos:altLabel.
    pool: dict[URIRef, set[str]] = {}
    for ent in ents:
        iri = res.iris[ent.key]
        pool.setdefault(iri, set()).update({ent.label} | known.get(iri, set()))
    for old, new in moves.items():
        pool.setdefault(new, set()).update(known.get(old, set()))
    for iri, names in pool.items():
        res.labels[iri] = best_label(names)
    for old, new in moves.items():
        res.merges.append((old, new, res.labels[new]))
    for iri, label in res.labels.items():
        if iri not in moves.values() and iri in known and known[iri] != {label}:
            res.merges.append((iri, iri, label))
    return res


def _same_type(a: URIRef, b: URIRef) -> bool:
    return str(a).rsplit("/", 1)[0] == str(b).rsplit("/", 1)[0]


def _year_conflict(ent: Entity, stored_year: str | None) -> bool:
    return bool(ent.year and stored_year and ent.year != stored_year)


def merge_update(merges: Iterable[tuple[URIRef, URIRef, str]]) -> str:
    """SPARQL Update operations that merge node ``old`` into ``new`` in every graph.

    Each item is ``(old, new, label)``: every triple naming ``old`` names ``new`` instead, and
    ``label`` becomes ``new``'s one label in every graph, the labels it replaces kept as
    ``skos:altLabel``. ``old == new`` only relabels. Meant to run in the same request (the same
    transaction) as the article that caused it.
    """
    label_p, alt_p = RDFS.label.n3(), SKOS.altLabel.n3()
    ops = []
    for old, new, label in merges:
        pair = f"VALUES (?old ?new) {{ ({old.n3()} {new.n3()}) }}"
        named = f"VALUES (?new ?name) {{ ({new.n3()} {Literal(label).n3()}) }}"
        if old != new:
            ops.append("DELETE { GRAPH ?g { ?old ?p ?o } } INSERT { GRAPH ?g { ?new ?p ?o } } "
                       f"WHERE {{ {pair} GRAPH ?g {{ ?old ?p ?o }} }}")
            ops.append("DELETE { GRAPH ?g { ?s ?p ?old } } INSERT { GRAPH ?g { ?s ?p ?new } } "
                       f"WHERE {{ {pair} GRAPH ?g {{ ?s ?p ?old }} }}")
        ops.append(f"DELETE {{ GRAPH ?g {{ ?new {label_p} ?was }} }} "
                   f"INSERT {{ GRAPH ?g {{ ?new {label_p} ?name . ?new {alt_p} ?was }} }} "
                   f"WHERE {{ {named} GRAPH ?g {{ ?new {label_p} ?was }} FILTER (?was != ?name) }}")
        ops.append(f"DELETE {{ GRAPH ?g {{ ?new {alt_p} ?name }} }} "
                   f"WHERE {{ {named} GRAPH ?g {{ ?new {alt_p} ?name }} }}")
    return " ;\n".join(ops)
