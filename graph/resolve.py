"""Cross-article entity resolution: decide which existing node each new entity is.

Rules (kept deliberately conservative, since a wrong merge is worse than a split):
- same type and same normalised name → same node (the IRI is minted from the name);
- a person named by one word only (a bare surname or first name) joins an existing person only
  when exactly one known person has that word as a name part; otherwise it stays its own node;
- a film whose year differs from the year of an existing film with the same title becomes a
  node of its own (``title-year``).
"""
from __future__ import annotations

from rdflib import URIRef

from extractors.model import Extraction

from .build import entity_iri, slug
from .store import Store

_LABELS = """
SELECT ?e ?label ?year WHERE {
  ?e rdfs:label ?label .
  OPTIONAL { ?e film:releaseYear ?year }
  FILTER (?e IN (%s))
}"""
# Types the extractor confuses with each other: a name seen as both is one node, not two.
FAMILIES = ({"Person", "Organization"}, {"Film", "TVSeries", "Work", "Series"})
_SAME_SLUG = """
SELECT ?e ?label WHERE { ?e rdfs:label ?label . FILTER (?e IN (%s)) }"""
_ONE_WORD_PEOPLE = """
SELECT DISTINCT ?e ?label WHERE {
  ?e a film:Person ; rdfs:label ?label .
  FILTER (CONTAINS(LCASE(STR(?label)), " "))
}"""


def resolve(store: Store | None, extraction: Extraction) -> tuple[dict[str, URIRef], dict[URIRef, str]]:
    """Map each entity key to an IRI, and each IRI to the label it has (or will have) in the store."""
    iris: dict[str, URIRef] = {}
    wanted = {e.key: entity_iri(e.type, e.label) for e in extraction.entities}
    existing: dict[URIRef, tuple[str, str | None]] = {}
    if store is not None and wanted:
        terms = ", ".join(sorted({i.n3() for i in wanted.values()}))
        for e, label, year in store.query(_LABELS % terms).rows:
            existing[e] = (str(label), str(year)[:4] if year is not None else None)
    # The same name already stored under a related type: reuse that node.
    alternatives: dict[str, URIRef] = {}
    if store is not None and wanted:
        cands = {}
        for ent in extraction.entities:
            if wanted[ent.key] in existing:
                continue
            for fam in FAMILIES:
                if ent.type in fam:
                    for other in fam - {ent.type}:
                        cands[entity_iri(other, ent.label)] = ent.key
        if cands:
            terms = ", ".join(sorted(i.n3() for i in cands))
            for e, label in store.query(_SAME_SLUG % terms).rows:
                alternatives.setdefault(cands[e], e)
                existing.setdefault(e, (str(label), None))
    people: dict[str, list[tuple[URIRef, str]]] = {}
    one_word = [e for e in extraction.entities if e.type == "Person" and " " not in e.label.strip()]
    if store is not None and one_word:
        for e, label in store.query(_ONE_WORD_PEOPLE).rows:
            for part in str(label).split():
                people.setdefault(slug(part), []).append((e, str(label)))
    labels: dict[URIRef, str] = {}
    for ent in extraction.entities:
        iri = wanted[ent.key]
        if iri not in existing and ent.key in alternatives:
            iri = alternatives[ent.key]
        if ent in one_word and iri not in existing:
            fits = {e for e, _ in people.get(slug(ent.label), [])}
            if len(fits) == 1:
                iri = next(iter(fits))
        if ent.type == "Film" and ent.year and iri in existing:
            old_year = existing[iri][1]
            if old_year and old_year != ent.year:
                iri = URIRef(f"{iri}-{ent.year}")
        iris[ent.key] = iri
        if iri in existing:
            labels[iri] = existing[iri][0]
        else:
            for e, label in people.get(slug(ent.label), []):
                if e == iri:
                    labels[iri] = label
            labels.setdefault(iri, ent.label)
    return iris, labels
