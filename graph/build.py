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
from functools import lru_cache

from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS, XSD

from extractors.model import Article, Extraction
from ontology import ARTICLE, FILM, ID, PROV, PROVENANCE_GRAPH, property_for_relation

EXTRACTOR_VERSION = "filmkg-rules/0.1"
TYPE_PATH = {"Film": "film", "Person": "person", "Character": "character", "Series": "series",
             "Organization": "org", "Work": "work", "TVSeries": "tv"}


@lru_cache(maxsize=1 << 16)
def slug(text: str) -> str:
    """A readable, IRI-safe key for a name: ``"Zoé Bélanger"`` → ``"zoe-belanger"``."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"['’`]", "", text)
    text = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    return text[:120] or "x"


@lru_cache(maxsize=1 << 16)
def entity_iri(type_: str, label: str) -> URIRef:
    return ID[f"{TYPE_PATH.get(type_, 'thing')}/{slug(label)}"]


def article_iri(article: Article) -> URIRef:
    """The named graph of an article: its URL when it has one, else a hash of its text."""
    if article.url and re.match(r"https?://", article.url):
        return URIRef(urllib.parse.quote(article.url, safe=":/?#[]@!$&'()*+,;=%~.-_"))
    return ARTICLE[article.digest[:32]]


def evidence_iri(graph: URIRef, n: int) -> URIRef:
    return URIRef(f"urn:filmkg:evidence:{slug(str(graph))[-48:]}:{n}")


class _RdflibTerms:
    """Terms as rdflib objects (for :func:`article_triples`)."""

    iri = staticmethod(lambda u: u)
    text = staticmethod(Literal)
    typed = staticmethod(lambda value, datatype: Literal(value, datatype=datatype))


@lru_cache(maxsize=1 << 16)
def nt_iri(iri: str) -> str:
    return f"<{iri}>"


def _nt_text(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r") + '"'


class _NTriplesTerms:
    """Terms as N-Triples text (for :func:`article_block`): no rdflib objects on the write path."""

    iri = staticmethod(nt_iri)
    text = staticmethod(_nt_text)
    typed = staticmethod(lambda value, datatype: f'"{value}"^^<{datatype}>')


def _article_statements(extraction: Extraction, iris: dict[str, URIRef], labels: dict[URIRef, str], t) -> list:
    props = property_for_relation()
    graph = article_iri(extraction.article)
    date = extraction.article.date
    as_of = t.typed(date, XSD.date) if date and re.fullmatch(r"\d{4}-\d{2}-\d{2}", date) else None
    a, label_p, alt_p = t.iri(RDF.type), t.iri(RDFS.label), t.iri(SKOS.altLabel)
    out: list[tuple] = []
    seen_entities: set[URIRef] = set()
    for e in extraction.entities:
        iri = iris[e.key]
        label = labels.get(iri, e.label)
        s = t.iri(iri)
        if iri not in seen_entities:
            seen_entities.add(iri)
            out.append((s, a, t.iri(FILM[e.type])))
            out.append((s, label_p, t.text(label)))
        for name in sorted({e.label, *e.aliases} - {label}):
            out.append((s, alt_p, t.text(name)))
    ev_p = {k: t.iri(FILM[k]) for k in ("sentence", "startChar", "endChar", "method", "confidence", "status",
                                         "article", "asOf")}
    subj_p, pred_p, obj_p, evidence, g = (t.iri(RDF.subject), t.iri(RDF.predicate), t.iri(RDF.object),
                                          t.iri(FILM.Evidence), t.iri(graph))
    for n, f in enumerate(extraction.facts):
        prop = t.iri(props[f.relation])
        s = t.iri(iris[f.subject])
        o = t.typed(f.object, XSD.gYear) if f.relation == "P577" else t.iri(iris[f.object])
        if not f.hedged:
            out.append((s, prop, o))
        ev = t.iri(evidence_iri(graph, n))
        out += [
            (ev, a, evidence),
            (ev, subj_p, s), (ev, pred_p, prop), (ev, obj_p, o),
            (ev, ev_p["sentence"], t.text(f.sentence)),
            (ev, ev_p["startChar"], t.typed(f.start, XSD.integer)),
            (ev, ev_p["endChar"], t.typed(f.end, XSD.integer)),
            (ev, ev_p["method"], t.text(f.method)),
            (ev, ev_p["confidence"], t.typed(round(f.confidence, 3), XSD.decimal)),
            (ev, ev_p["status"], t.text("hedged" if f.hedged else "stated")),
            (ev, ev_p["article"], g),
        ]
        if as_of is not None:
            out.append((ev, ev_p["asOf"], as_of))
    return out


def article_triples(extraction: Extraction, iris: dict[str, URIRef], labels: dict[URIRef, str]) -> list[tuple]:
    """The triples of one article's named graph, as rdflib terms.

    ``iris`` maps each entity key to the IRI it resolved to, ``labels`` each IRI to the one
    ``rdfs:label`` it carries in the store (an earlier article's when the node already existed).
    """
    return _article_statements(extraction, iris, labels, _RdflibTerms)


def article_block(extraction: Extraction, iris: dict[str, URIRef], labels: dict[URIRef, str]) -> str:
    """The same triples as :func:`article_triples`, as N-Triples lines (the fast write path)."""
    return "\n".join(f"{s} {p} {o} ." for s, p, o in _article_statements(extraction, iris, labels, _NTriplesTerms))


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


def replace_article_update(article: Article, graph: URIRef, triples: list[tuple] | str, prov: list[tuple],
                           replace: bool = True) -> str:
    """One SPARQL Update (one transaction) that replaces everything earlier read from this
    article's source, or from this very text, with the new graph and provenance.

    ``triples`` are the article graph's triples, or already N-Triples text (:func:`article_block`).
    ``replace=False`` leaves out the deletions, for an article known to be new: neither its
    source nor its text is stored.
    """
    src = Literal(article.source).n3()
    pg = PROVENANCE_GRAPH.n3()
    g = graph.n3()
    deletions = f"""
DELETE {{ GRAPH ?old {{ ?s ?p ?o }} }}
WHERE {{ VALUES ?src {{ {src} }} GRAPH {pg} {{ ?old {DCTERMS.source.n3()} ?src }} GRAPH ?old {{ ?s ?p ?o }} }} ;
DELETE {{ GRAPH {pg} {{ ?old ?p ?o }} }}
WHERE {{ VALUES ?src {{ {src} }} GRAPH {pg} {{ ?old {DCTERMS.source.n3()} ?src ; ?p ?o }} }} ;
DROP SILENT GRAPH {g} ;
DELETE WHERE {{ GRAPH {pg} {{ {g} ?p ?o }} }} ;""" if replace else ""
    return f"""{deletions}
INSERT DATA {{ GRAPH {g} {{
{triples if isinstance(triples, str) else _block(triples)}
}}
GRAPH {pg} {{
{_block(prov)}
}} }}
"""


def remove_article_update(graph: URIRef) -> str:
    pg = PROVENANCE_GRAPH.n3()
    return f"DROP SILENT GRAPH {graph.n3()} ; DELETE WHERE {{ GRAPH {pg} {{ {graph.n3()} ?p ?o }} }}"
