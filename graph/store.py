"""Where the graph lives: an embedded Oxigraph store, an in-memory one, or a remote SPARQL endpoint.

All three speak SPARQL 1.1, so one small interface covers them: ``query`` (values bound, never
pasted), ``update`` (one transaction per call), ``export`` and ``load``. Writes go through
pyoxigraph's transactional SPARQL Update and bulk loader rather than rdflib's triple-at-a-time
store API, which was 14x slower for the same data; :meth:`Store.rdflib_dataset` still gives an
rdflib view of the embedded store (through oxrdflib) for rdflib tools such as pyshacl.
"""
from __future__ import annotations

import io
import json
import os
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

from extractors.errors import QueryError, StoreError
from ontology import PREFIXES

DEFAULT_STORE = "./filmkg-store"
FORMATS = {  # name → (pyoxigraph format attribute, media type)
    "nt": ("N_TRIPLES", "application/n-triples"),
    "nquads": ("N_QUADS", "application/n-quads"),
    "turtle": ("TURTLE", "text/turtle"),
    "trig": ("TRIG", "application/trig"),
    "jsonld": ("JSON_LD", "application/ld+json"),
}
PREFIX_HEADER = "".join(f"PREFIX {k}: <{v}>\n" for k, v in PREFIXES.items())
PREFIX_LINE = " ".join(f"PREFIX {k}: <{v}>" for k, v in PREFIXES.items())


def store_spec(spec: str | None) -> str:
    """The store named by ``--store``, else ``$FILMKG_STORE``, else ``./filmkg-store``."""
    return spec or os.environ.get("FILMKG_STORE") or DEFAULT_STORE


@dataclass
class Results:
    """SELECT results (``vars`` and ``rows`` of rdflib terms), an ASK boolean or CONSTRUCT triples."""

    vars: list[str]
    rows: list[tuple[Node | None, ...]]
    boolean: bool | None = None
    triples: list[tuple[Node, Node, Node]] | None = None

    def __iter__(self):
        return iter(self.rows)

    def __len__(self):
        return len(self.rows)

    def dicts(self) -> list[dict[str, Node | None]]:
        return [dict(zip(self.vars, row, strict=True)) for row in self.rows]

    def values(self) -> list[tuple]:
        """Rows as plain Python values (str, int, float, bool) for tables and DataFrames."""
        return [tuple(None if t is None else (t.toPython() if isinstance(t, Literal) else str(t)) for t in row)
                for row in self.rows]


# ---------------------------------------------------------------- term conversion

def _from_ox(term) -> Node | None:
    import pyoxigraph as ox

    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        dt = term.datatype.value
        if dt == "http://www.w3.org/2001/XMLSchema#string":
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(dt))
    return Literal(str(term))


def as_term(value) -> Node:
    """A Python value as an RDF term for binding: IRIs stay IRIs, everything else is a literal."""
    if isinstance(value, Node):
        return value
    if isinstance(value, str) and value.startswith(("http://", "https://", "urn:")) and " " not in value:
        return URIRef(value)
    return Literal(value)


def values_clause(bindings: Mapping[str, Node]) -> str:
    """A trailing SPARQL VALUES block: how values are bound on endpoints without substitution."""
    names = list(bindings)
    terms = " ".join(as_term(bindings[n]).n3() for n in names)
    return f"\nVALUES ({' '.join('?' + n for n in names)}) {{ ({terms}) }}"


# ---------------------------------------------------------------- stores

class Store:
    """Base interface; use :func:`open_store`."""

    spec: str

    def query(self, sparql: str, bindings: Mapping[str, object] | None = None,
              graph: str | None = None) -> Results:
        raise NotImplementedError

    def update(self, sparql: str) -> None:
        raise NotImplementedError

    def export(self, out: IO[bytes], fmt: str = "nquads") -> None:
        raise NotImplementedError

    def load(self, data: bytes | IO[bytes], fmt: str = "nquads") -> None:
        raise NotImplementedError

    def close(self) -> None:
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def count(self) -> int:
        res = self.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
        return int(res.rows[0][0]) if res.rows else 0


class LocalStore(Store):
    """An embedded Oxigraph store, on disk or (``memory:``) in memory."""

    def __init__(self, path: str | None):
        import pyoxigraph as ox

        self.spec = path or "memory:"
        try:
            self._store = ox.Store(path) if path else ox.Store()
        except OSError as exc:
            msg = str(exc).splitlines()[0] if str(exc) else exc.__class__.__name__
            if "lock" in msg.lower():
                msg = "store is in use by another filmkg process (" + msg + ")"
            raise StoreError(f"{path}: cannot open store: {msg}") from None
        self._ox = ox

    @property
    def oxigraph(self):
        """The underlying :class:`pyoxigraph.Store`, for bulk work."""
        return self._store

    def query(self, sparql, bindings=None, graph=None) -> Results:
        ox = self._ox
        kwargs = {"use_default_graph_as_union": graph is None, "prefixes": PREFIXES}
        if graph is not None:
            kwargs = {"default_graph": ox.NamedNode(graph), "prefixes": PREFIXES}
        if bindings:
            # A VALUES block at the start of the WHERE group (see graph.sparql.bind) rather than
            # pyoxigraph's substitutions, which refuse variables that are not projected, or a
            # trailing VALUES clause, which is joined after FILTERs and GROUP BY have run.
            sparql = _bind(sparql, bindings)
        try:
            res = self._store.query(sparql, **kwargs)
        except SyntaxError as exc:
            raise QueryError(f"bad SPARQL: {exc}") from None
        except (OSError, RuntimeError) as exc:
            raise QueryError(f"query failed: {exc}") from None
        if isinstance(res, ox.QueryBoolean):
            return Results([], [], boolean=bool(res))
        if isinstance(res, ox.QueryTriples):
            return Results([], [], triples=[(_from_ox(t.subject), _from_ox(t.predicate), _from_ox(t.object))
                                            for t in res])
        names = [v.value for v in res.variables]
        return Results(names, [tuple(_from_ox(sol[n]) for n in names) for sol in res])

    def update(self, sparql):
        try:
            self._store.update(sparql, prefixes=PREFIXES)
        except SyntaxError as exc:
            raise QueryError(f"bad SPARQL update: {exc}") from None
        except OSError as exc:
            raise StoreError(f"{self.spec}: update failed: {exc}") from None

    def export(self, out, fmt="nquads"):
        fmt_obj = getattr(self._ox.RdfFormat, FORMATS[fmt][0])
        if fmt in ("nt", "turtle"):
            # Triple formats: the union of all graphs, as users of these formats expect.
            import pyoxigraph as ox

            tmp = ox.Store()
            tmp.bulk_extend(ox.Quad(q.subject, q.predicate, q.object) for q in self._store)
            tmp.dump(out, fmt_obj, from_graph=ox.DefaultGraph(),
                     **({"prefixes": PREFIXES} if fmt == "turtle" else {}))
            return
        kwargs = {"prefixes": PREFIXES} if fmt in ("trig", "jsonld") else {}
        try:
            self._store.dump(out, fmt_obj, **kwargs)
        except (TypeError, ValueError):
            self._store.dump(out, fmt_obj)

    def load(self, data, fmt="nquads"):
        fmt_obj = getattr(self._ox.RdfFormat, FORMATS[fmt][0])
        src = io.BytesIO(data) if isinstance(data, bytes) else data
        self._store.bulk_load(src, fmt_obj)

    def close(self):
        try:
            self._store.flush()
        except Exception:
            pass
        self._store = None

    def rdflib_dataset(self):
        """An rdflib Dataset over this same store (via oxrdflib)."""
        from oxrdflib import OxigraphStore
        from rdflib import Dataset

        return Dataset(store=OxigraphStore(store=self._store), default_union=True)


class RemoteStore(Store):
    """A SPARQL 1.1 endpoint that accepts queries and updates over HTTP."""

    def __init__(self, url: str, update_url: str | None = None, timeout: float = 60.0):
        self.spec = url
        self.query_url = url
        self.update_url = update_url or os.environ.get("FILMKG_UPDATE_URL") or _guess_update_url(url)
        self.timeout = timeout
        self.union_param = os.environ.get("FILMKG_UNION_PARAM", "1") not in ("0", "no", "false")

    def graphs(self) -> list[str]:
        """Every named graph on the endpoint."""
        body = self._post(self.query_url, urllib.parse.urlencode(
            {"query": "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"}).encode(),
            "application/x-www-form-urlencoded", "application/sparql-results+json")
        return [str(row[0]) for row in _parse_results_json(json.loads(body)).rows if row[0] is not None]

    def _post(self, url: str, body: bytes, ctype: str, accept: str) -> bytes:
        req = urllib.request.Request(url, data=body, method="POST",
                                     headers={"Content-Type": ctype, "Accept": accept})
        try:
            with urllib.request.urlopen(req, timeout=self.timeout) as resp:  # noqa: S310
                return resp.read()
        except urllib.error.HTTPError as exc:
            detail = " ".join(exc.read().decode("utf-8", "replace").split())[:300] or str(exc.reason)
            base = url.split("?")[0]
            if exc.code in (404, 405) and ctype == "application/sparql-update":
                raise StoreError(f"{base}: this endpoint does not accept SPARQL updates (HTTP {exc.code}); "
                                 "give the update URL in $FILMKG_UPDATE_URL, or start the server read-write") from None
            if exc.code in (401, 403):
                raise StoreError(f"{base}: HTTP {exc.code}: not allowed ({detail})") from None
            if exc.code in (404, 405):
                raise StoreError(f"{base}: HTTP {exc.code}: not a SPARQL endpoint here "
                                 "(Oxigraph: http://HOST:PORT/query, Fuseki: http://HOST:PORT/DATASET/query)") from None
            raise QueryError(f"{base}: HTTP {exc.code}: {detail}") from None
        except (urllib.error.URLError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            raise StoreError(f"{url.split('?')[0]}: cannot reach SPARQL endpoint: {reason}") from None

    def query(self, sparql, bindings=None, graph=None) -> Results:
        # The prefixes go on one extra first line, so parser positions shift by one line only.
        text = PREFIX_LINE + "\n" + (_bind(sparql, bindings) if bindings else sparql)
        params: list[tuple[str, str]] = [("query", text)]
        url = self.query_url
        if graph is not None:
            # An explicit dataset: this graph as the default graph, and (as on the embedded
            # store) every named graph still reachable through GRAPH.
            params.append(("default-graph-uri", str(graph)))
            params += [("named-graph-uri", str(g)) for g in self.graphs()]
        elif self.union_param:
            # Oxigraph server: the union of all graphs as the default graph. Other servers
            # either ignore the parameter or are configured for a union default graph (Fuseki:
            # tdb:unionDefaultGraph; GraphDB and Virtuoso do so by default).
            url += ("&" if "?" in url else "?") + "union-default-graph"
        try:
            body = self._post(url, urllib.parse.urlencode(params).encode(), "application/x-www-form-urlencoded",
                              "application/sparql-results+json, application/n-triples;q=0.9")
        except QueryError as exc:
            raise QueryError(_shift_position(str(exc), -1)) from None
        if body.lstrip().startswith(b"{"):
            return _parse_results_json(json.loads(body))
        from rdflib import Graph

        g = Graph()
        g.parse(data=body.decode("utf-8"), format="nt")
        return Results([], [], triples=list(g))

    def update(self, sparql):
        try:
            self._post(self.update_url, (PREFIX_LINE + "\n" + sparql).encode("utf-8"),
                       "application/sparql-update", "*/*")
        except QueryError as exc:
            raise QueryError(_shift_position(str(exc), -1)) from None

    def export(self, out, fmt="nquads"):
        from rdflib import Dataset

        res = self.query("SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
        ds = Dataset()
        for s, p, o, g in res.rows:
            ds.add((s, p, o, g))
        rd = {"nt": "nt", "nquads": "nquads", "turtle": "turtle", "trig": "trig", "jsonld": "json-ld"}[fmt]
        if fmt in ("nt", "turtle"):
            from rdflib import Graph

            union = Graph()
            for s, p, o, _ in ds.quads((None, None, None, None)):
                union.add((s, p, o))
            out.write(union.serialize(format=rd, encoding="utf-8"))
        else:
            out.write(ds.serialize(format=rd, encoding="utf-8"))

    def load(self, data, fmt="nquads"):
        from rdflib import Dataset

        ds = Dataset()
        raw = data if isinstance(data, bytes) else data.read()
        ds.parse(data=raw.decode("utf-8"), format={"nquads": "nquads", "trig": "trig", "nt": "nt",
                                                   "turtle": "turtle"}.get(fmt, fmt))
        by_graph: dict = {}
        for s, p, o, g in ds.quads((None, None, None, None)):
            by_graph.setdefault(g, []).append(f"{s.n3()} {p.n3()} {o.n3()} .")
        for g, lines in by_graph.items():
            for i in range(0, len(lines), 5000):
                chunk = "\n".join(lines[i:i + 5000])
                self.update(f"INSERT DATA {{ GRAPH {g.n3()} {{ {chunk} }} }}" if isinstance(g, URIRef)
                            else f"INSERT DATA {{ {chunk} }}")


def _shift_position(message: str, lines: int) -> str:
    """Move an ``error at LINE:COL`` position by ``lines`` (undoing the prefix line we added)."""
    import re

    return re.sub(r"error at (\d+):(\d+)", lambda m: f"error at {max(1, int(m.group(1)) + lines)}:{m.group(2)}",
                  message)


def _bind(sparql: str, bindings: Mapping[str, object]) -> str:
    from .sparql import bind

    return bind(sparql, {k: as_term(v) for k, v in bindings.items()})


def _guess_update_url(url: str) -> str:
    # Oxigraph serves /query and /update; Fuseki /ds/query (or /ds/sparql) and /ds/update.
    for tail in ("/query", "/sparql"):
        if url.rstrip("/").endswith(tail):
            return url.rstrip("/")[: -len(tail)] + "/update"
    return url


def _parse_results_json(doc: dict) -> Results:
    if "boolean" in doc:
        return Results([], [], boolean=bool(doc["boolean"]))
    names = doc["head"].get("vars", [])

    def term(b):
        if b is None:
            return None
        if b["type"] == "uri":
            return URIRef(b["value"])
        if b["type"] == "bnode":
            return BNode(b["value"])
        if "xml:lang" in b:
            return Literal(b["value"], lang=b["xml:lang"])
        if b.get("datatype") and b["datatype"] != "http://www.w3.org/2001/XMLSchema#string":
            return Literal(b["value"], datatype=URIRef(b["datatype"]))
        return Literal(b["value"])

    return Results(names, [tuple(term(row.get(n)) for n in names) for row in doc["results"]["bindings"]])


def open_store(spec: str | None = None) -> Store:
    """Open the store ``spec`` names: a path, ``memory:`` or an ``http(s)://`` SPARQL endpoint."""
    spec = store_spec(spec)
    if spec in ("memory:", ":memory:"):
        return LocalStore(None)
    if spec.startswith(("http://", "https://")):
        return RemoteStore(spec)
    path = Path(spec).expanduser()
    if path.exists() and not path.is_dir():
        raise StoreError(f"{spec}: cannot open store: it is a file, not a store folder")
    return LocalStore(str(path))
