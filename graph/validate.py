"""Check the store against ``ontology/shapes.ttl`` with pyshacl.

The data graph is the union of every article graph and the provenance graph (the inferred
graph, if any, is left out: its triples are derived and carry no evidence of their own). The
ontology goes in as ``ont_graph`` so that class hierarchy is known to the ``sh:class`` checks.
"""
from __future__ import annotations

import io
from functools import lru_cache

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SH

from extractors.errors import FilmkgError
from ontology import INFERRED_GRAPH, PREFIXES, SHAPES_TTL, ontology_graph

from .store import Store


@lru_cache(maxsize=1)
def shapes_graph() -> Graph:
    g = Graph()
    g.parse(SHAPES_TTL, format="turtle")
    return g


def data_graph(store: Store) -> Graph:
    """The union of the store's graphs (without the inferred graph) as one rdflib Graph."""
    buf = io.BytesIO()
    store.export(buf, "nquads")
    ds = Dataset()
    ds.parse(data=buf.getvalue().decode("utf-8"), format="nquads")
    g = Graph()
    for s, p, o, ctx in ds.quads((None, None, None, None)):
        name = ctx.identifier if isinstance(ctx, Graph) else ctx
        if name == INFERRED_GRAPH:
            continue
        g.add((s, p, o))
    return g


def _short(term, data: Graph) -> str:
    if term is None:
        return "-"
    if isinstance(term, URIRef):
        text = str(term)
        for prefix, ns in PREFIXES.items():
            if text.startswith(ns):
                text = f"{prefix}:{text[len(ns):]}"
                break
        else:
            text = f"<{text}>"
        labels = sorted(str(x) for x in data.objects(term, RDFS.label))
        return f'{text} "{labels[0]}"' if labels else text
    if isinstance(term, Literal):
        return repr(str(term)) if len(str(term)) < 60 else repr(str(term)[:57] + "...")
    return str(term)


def validate_graph(data: Graph) -> list[str]:
    """SHACL violations in ``data``, one readable line each, sorted."""
    from pyshacl import validate as shacl

    conforms, results, _ = shacl(data, shacl_graph=shapes_graph(), ont_graph=ontology_graph(),
                                 inference="none", advanced=True, allow_warnings=True)
    if conforms:
        return []
    if not isinstance(results, Graph):  # pyshacl's ValidationFailure: the shapes themselves are wrong
        raise FilmkgError(f"SHACL validation could not run: {getattr(results, 'message', results)}")
    lines = set()
    for res in results.subjects(RDF.type, SH.ValidationResult):
        if results.value(res, SH.resultSeverity) != SH.Violation:
            continue
        focus = results.value(res, SH.focusNode)
        path = results.value(res, SH.resultPath)
        value = results.value(res, SH.value)
        msgs = sorted(str(m) for m in results.objects(res, SH.resultMessage)) or ["violation"]
        where = _short(focus, data)
        line = f"{where}: {_short(path, data) if path is not None else '(node)'}: {msgs[0]}"
        if value is not None and value != focus and str(value) not in msgs[0]:
            line += f" (value {_short(value, data)})"
        lines.add(line)
    return sorted(lines)


def validate(store: Store) -> list[str]:
    """Check the store against ontology/shapes.ttl; returns one line per violation (none: valid)."""
    return validate_graph(data_graph(store))
