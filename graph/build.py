"""Turn an :class:`~extractors.model.Extraction` into RDF: minted IRIs, facts and their evidence.

Layout of the dataset (see README, "Data model"):

- one named graph per article, named by the article IRI, holding its entities' types and
  names, the facts it states, and one ``film:Evidence`` node per reading of a fact;
- the provenance graph, holding each article's source, title, date, ingest time, content hash
  and extractor version.
"""
from __future__ import annotations

import re
import unicodedata
import urllib.parse
from datetime import datetime, timezone

from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS, XSD

from extractors.model import Article, Extraction
from ontology import ARTICLE, FILM, ID, PROV, PROVENANCE_GRAPH, property_for_relation

EXTRACTOR_VERSION = "filmkg-rules/0.1"
TYPE_PATH = {"Film": "film", "Person": "person", "Character": "character", "Series": "series",
             "Organization": "org", "Work": "work", "TVSeries": "tv"}


def slug(text: str) -> str:
    """A readable, IRI-safe key for a name: ``"Timothée Chalamet"`` → ``"timothee-chalamet"``."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"['’`]", "", text)
    text = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    return text[:120] or "x"


def entity_iri(type_: str, label: str) -> URIRef:
    return ID[f"{TYPE_PATH.get(type_, 'thing')}/{slug(label)}"]


def article_iri(article: Article) -> URIRef:
    """The named graph of an article: its URL when it has one, else a hash of its text."""
    if article.url and re.match(r"https?://", article.url):
        return URIRef(urllib.parse.quote(article.url, safe=":/?#[]@!$&'()*+,;=%~.-_"))
    return ARTICLE[article.digest[:32]]


def evidence_iri(graph: URIRef, n: int) -> URIRef:
    return URIRef(f"urn:filmkg:evidence:{slug(str(graph))[-48:]}:{n}")


def article_triples(extraction: Extraction, iris: dict[str, URIRef], labels: dict[str, str]) -> list[tuple]:
    """The triples of one article's named graph.

    ``iris`` maps each entity key to the IRI it resolved to, ``labels`` each IRI to the one
    ``rdfs:label`` it carries in the store (an earlier article's when the node already existed).
    """
    props = property_for_relation()
    graph = article_iri(extraction.article)
    date = extraction.article.date
    out: list[tuple] = []
    seen_entities: set[URIRef] = set()
    for e in extraction.entities:
        iri = iris[e.key]
        if iri in seen_entities:
            names = {e.label, *e.aliases}
        else:
            seen_entities.add(iri)
            out.append((iri, RDF.type, FILM[e.type]))
            out.append((iri, RDFS.label, Literal(labels.get(iri, e.label))))
            names = {e.label, *e.aliases}
        for name in sorted(names - {labels.get(iri, e.label)}):
            out.append((iri, SKOS.altLabel, Literal(name)))
    for n, f in enumerate(extraction.facts):
        prop = props[f.relation]
        s = iris[f.subject]
        o = Literal(f.object, datatype=XSD.gYear) if f.relation == "P577" else iris[f.object]
        if not f.hedged:
            out.append((s, prop, o))
        ev = evidence_iri(graph, n)
        out += [
            (ev, RDF.type, FILM.Evidence),
            (ev, RDF.subject, s), (ev, RDF.predicate, prop), (ev, RDF.object, o),
            (ev, FILM.sentence, Literal(f.sentence)),
            (ev, FILM.startChar, Literal(f.start)), (ev, FILM.endChar, Literal(f.end)),
            (ev, FILM.method, Literal(f.method)),
            (ev, FILM.confidence, Literal(round(f.confidence, 3), datatype=XSD.decimal)),
            (ev, FILM.status, Literal("hedged" if f.hedged else "stated")),
            (ev, FILM.article, graph),
        ]
        if date and re.fullmatch(r"\d{4}-\d{2}-\d{2}", date):
            out.append((ev, FILM.asOf, Literal(date, datatype=XSD.date)))
    return out


def provenance_triples(article: Article, graph: URIRef, now: datetime | None = None) -> list[tuple]:
    now = now or datetime.now(timezone.utc)
    out = [
        (graph, RDF.type, FILM.Article),
        (graph, DCTERMS.source, Literal(article.source)),
        (graph, FILM.contentHash, Literal(article.digest)),
        (graph, FILM.extractorVersion, Literal(EXTRACTOR_VERSION)),
        (graph, PROV.generatedAtTime, Literal(now.replace(microsecond=0).isoformat(), datatype=XSD.dateTime)),
    ]
    if article.title:
        out.append((graph, DCTERMS.title, Literal(article.title)))
    if article.date:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", article.date):
            out.append((graph, DCTERMS.date, Literal(article.date, datatype=XSD.date)))
        else:
            out.append((graph, DCTERMS.date, Literal(article.date)))
    return out


def _block(triples: list[tuple]) -> str:
    return "\n".join(f"{s.n3()} {p.n3()} {o.n3()} ." for s, p, o in triples)


def replace_article_update(article: Article, graph: URIRef, triples: list[tuple], prov: list[tuple]) -> str:
    """One SPARQL Update (one transaction) that replaces everything earlier read from this
    article's source, or from this very text, with the new graph and provenance."""
    src = Literal(article.source).n3()
    pg = PROVENANCE_GRAPH.n3()
    g = graph.n3()
    return f"""
DELETE {{ GRAPH ?old {{ ?s ?p ?o }} }}
WHERE {{ VALUES ?src {{ {src} }} GRAPH {pg} {{ ?old {DCTERMS.source.n3()} ?src }} GRAPH ?old {{ ?s ?p ?o }} }} ;
DELETE {{ GRAPH {pg} {{ ?old ?p ?o }} }}
WHERE {{ VALUES ?src {{ {src} }} GRAPH {pg} {{ ?old {DCTERMS.source.n3()} ?src ; ?p ?o }} }} ;
DROP SILENT GRAPH {g} ;
DELETE WHERE {{ GRAPH {pg} {{ {g} ?p ?o }} }} ;
INSERT DATA {{ GRAPH {g} {{
{_block(triples)}
}}
GRAPH {pg} {{
{_block(prov)}
}} }}
"""


def remove_article_update(graph: URIRef) -> str:
    pg = PROVENANCE_GRAPH.n3()
    return f"DROP SILENT GRAPH {graph.n3()} ; DELETE WHERE {{ GRAPH {pg} {{ {graph.n3()} ?p ?o }} }}"
