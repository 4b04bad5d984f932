"""Articles in the store: list them, find them by source or IRI, remove them."""
from __future__ import annotations

from rdflib import Literal, URIRef

from ontology import PROVENANCE_GRAPH

from .build import remove_article_update
from .store import Store

_ARTICLES = """
SELECT ?g ?source ?title ?date ?ingested WHERE { GRAPH ?prov {
  ?g a film:Article ; dcterms:source ?source .
  OPTIONAL { ?g dcterms:title ?title } OPTIONAL { ?g dcterms:date ?date }
  OPTIONAL { ?g prov:generatedAtTime ?ingested } } }
ORDER BY ?source"""


def list_articles(store: Store) -> list[dict]:
    return store.query(_ARTICLES, bindings={"prov": PROVENANCE_GRAPH}).dicts()


def find_articles(store: Store, ref: str) -> list[URIRef]:
    """Graph IRIs of the articles whose source or IRI is ``ref``."""
    found = {row["g"] for row in store.query(
        "SELECT ?g WHERE { GRAPH ?prov { ?g dcterms:source ?src } }",
        bindings={"prov": PROVENANCE_GRAPH, "src": Literal(ref)}).dicts()}
    if ref.startswith(("http://", "https://", "urn:")):
        iri = URIRef(ref)
        if store.query("ASK { GRAPH ?prov { ?g a film:Article } }",
                       bindings={"prov": PROVENANCE_GRAPH, "g": iri}).boolean:
            found.add(iri)
    return sorted(found)


def remove_article(store: Store, ref: str) -> int:
    """Delete the named graph(s) and provenance of the article ``ref``; returns how many."""
    graphs = find_articles(store, ref)
    if graphs:
        store.update(" ;\n".join(remove_article_update(g) for g in graphs))
    return len(graphs)
