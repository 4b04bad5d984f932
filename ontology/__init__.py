"""The filmkg ontology: Turtle files plus the namespaces Python code needs to name its terms."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import OWL

HERE = Path(__file__).parent
FILM_TTL = HERE / "film.ttl"
SHAPES_TTL = HERE / "shapes.ttl"

FILM = Namespace("https://w3id.org/filmkg/ontology#")
ID = Namespace("https://w3id.org/filmkg/id/")  # minted entity IRIs
ARTICLE = Namespace("https://w3id.org/filmkg/article/")  # article (named graph) IRIs
PROVENANCE_GRAPH = URIRef("https://w3id.org/filmkg/graph/provenance")
INFERRED_GRAPH = URIRef("https://w3id.org/filmkg/graph/inferred")
WDT = Namespace("http://www.wikidata.org/prop/direct/")
PROV = Namespace("http://www.w3.org/ns/prov#")

PREFIXES = {
    "film": str(FILM), "fkid": str(ID), "wdt": str(WDT), "prov": str(PROV),
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#", "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#", "xsd": "http://www.w3.org/2001/XMLSchema#",
    "skos": "http://www.w3.org/2004/02/skos/core#", "dcterms": "http://purl.org/dc/terms/",
    "schema": "https://schema.org/",
}


@lru_cache(maxsize=1)
def ontology_graph() -> Graph:
    """The ontology as an rdflib Graph (parsed once per process)."""
    g = Graph()
    g.parse(FILM_TTL, format="turtle")
    return g


@lru_cache(maxsize=1)
def property_for_relation() -> dict[str, URIRef]:
    """Wikidata property id (``"P161"``) → the filmkg property declared equivalent to it."""
    out = {}
    for prop, wd in ontology_graph().subject_objects(OWL.equivalentProperty):
        if str(wd).startswith(str(WDT)) and str(prop).startswith(str(FILM)):
            out[str(wd)[len(str(WDT)):]] = prop
    out.pop("P156", None)  # followedBy is stored as the inverse of follows, never minted
    return out


def relation_for_property() -> dict[URIRef, str]:
    return {v: k for k, v in property_for_relation().items()}
