"""networkx projections of the store: the typed whole graph, film–person, collaboration, franchise.

Each projection is fetched with a handful of SPARQL SELECTs (nodes, then the edges of interest)
and assembled in Python; walking rdflib triples one at a time is orders of magnitude slower on a
large store. The assembly steps (``*_from_*``) take plain tuples so that analyses, doctests and
benchmarks can build the same graphs without a store.

Nodes are keyed by IRI (a string) and carry ``label``, ``type`` (class local name, ``"Film"``),
``names`` (label and alternative names) and, for films, ``year``. Only asserted facts become
edges; hedged claims live on as evidence only (see :func:`evidence_for`).
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping

import networkx as nx

from ontology import FILM

from .store import Store

# Film → Person properties, by the role name analyses and the CLI use.
ROLES = {
    "actor": "castMember", "director": "director", "screenwriter": "screenwriter", "producer": "producer",
    "composer": "composer", "cinematographer": "cinematographer", "editor": "editor",
}
ROLE_OF_PROPERTY = {prop: role for role, prop in ROLES.items()}
# Entity-to-entity properties that the whole graph shows; releaseYear is a node attribute instead.
RELATIONS = (*ROLES.values(), "follows", "partOfSeries", "basedOn", "distributor", "productionCompany",
             "sibling", "spouse", "playedBy", "appearsIn")
CLASSES = ("Film", "Person", "Character", "Series", "Organization", "Work", "TVSeries")

# Node facts come one pattern per query and are joined in Python: the same person is typed and
# labelled in every article naming them, and a join across patterns over the union of graphs
# multiplies those copies (one combined query took 56 s on 175k quads, these four under 1 s).
_TYPES = "SELECT DISTINCT ?e ?type WHERE { ?e a ?type . VALUES ?type { %s } }"
_LABELS = "SELECT DISTINCT ?e ?label WHERE { ?e rdfs:label ?label }"
_ALT_LABELS = "SELECT DISTINCT ?e ?alt WHERE { ?e skos:altLabel ?alt }"
_YEARS = "SELECT ?e (MIN(STR(?y)) AS ?year) WHERE { ?e film:releaseYear ?y } GROUP BY ?e"
_EDGES = "SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o . VALUES ?p { %s } }"
_EVIDENCE = """
SELECT ?s ?p ?o ?sentence ?status ?source ?title ?date WHERE {
  VALUES ?s { %s }
  ?ev a film:Evidence ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ;
      film:sentence ?sentence ; film:status ?status ; film:article ?g .
  FILTER(isIRI(?o))
  OPTIONAL { ?g dcterms:source ?source }
  OPTIONAL { ?g dcterms:title ?title }
  OPTIONAL { ?g dcterms:date ?date }
}"""


def _local(iri) -> str:
    return str(iri).rsplit("#", 1)[-1]


def _props(names: Iterable[str]) -> str:
    return " ".join(FILM[n].n3() for n in names)


def node_info(store: Store, classes: Iterable[str] = CLASSES) -> dict[str, dict]:
    """Every entity of ``classes``: IRI → ``{label, type, names, year}``."""
    out: dict[str, dict] = {}
    rank = {c: i for i, c in enumerate(classes)}
    for e, t in store.query(_TYPES % _props(classes)).rows:
        info = out.setdefault(str(e), {"type": _local(t)})
        if rank.get(_local(t), len(rank)) < rank.get(info["type"], len(rank)):
            info["type"] = _local(t)  # typed twice: the first of ``classes`` (a film is a Work too)
    for e, label in store.query(_LABELS).rows:
        info = out.get(str(e))
        if info is not None and "label" not in info:
            info["label"] = str(label)
    alts: dict[str, set[str]] = defaultdict(set)
    for e, alt in store.query(_ALT_LABELS).rows:
        if str(e) in out:
            alts[str(e)].add(str(alt))
    years = {str(e): str(y) for e, y in store.query(_YEARS).rows if str(e) in out}
    for key, info in out.items():
        info.setdefault("label", key)
        info["names"] = [info["label"]] + sorted(alts[key] - {info["label"]})
        if years.get(key, "")[:4].isdigit():
            info["year"] = int(years[key][:4])
    return out


def edges(store: Store, relations: Iterable[str] = RELATIONS) -> list[tuple[str, str, str]]:
    """Asserted ``(subject, relation, object)`` edges for ``relations`` (property local names)."""
    return [(str(s), _local(p), str(o)) for s, p, o in store.query(_EDGES % _props(relations)).rows]


def credits(store: Store, roles: Iterable[str] | None = None) -> list[tuple[str, str, str]]:
    """``(film, role, person)`` for every credit, ``role`` a key of :data:`ROLES`."""
    props = [ROLES[r] for r in (roles or ROLES)]
    return [(f, ROLE_OF_PROPERTY[p], person) for f, p, person in edges(store, props)]


def evidence_for(store: Store, subjects: Iterable[str], chunk: int = 400) -> dict[tuple[str, str, str], list[dict]]:
    """Evidence of every fact whose subject is in ``subjects``, stated or hedged.

    Returns ``(subject, relation, object)`` → list of ``{sentence, status, source, title, date}``.
    Fetched for a chosen subgraph only: on a large store the evidence outweighs the facts.
    """
    out: dict[tuple[str, str, str], list[dict]] = defaultdict(list)
    subjects = sorted(set(subjects))
    for i in range(0, len(subjects), chunk):
        # IRIs taken from the store, not from user input, so writing them into VALUES is safe.
        values = " ".join(f"<{s}>" for s in subjects[i:i + chunk])
        for s, p, o, sentence, status, source, title, date in store.query(_EVIDENCE % values).rows:
            out[(str(s), _local(p), str(o))].append({
                "sentence": str(sentence), "status": str(status),
                "source": None if source is None else str(source),
                "title": None if title is None else str(title),
                "date": None if date is None else str(date),
            })
    return dict(out)


# ---------------------------------------------------------------- assembly from plain tuples

def _add_nodes(g: nx.Graph, keys: Iterable[str], info: Mapping[str, dict], default_type: str | None = None) -> None:
    for k in keys:
        if k not in g:
            attrs = dict(info.get(k) or {"label": k, "names": [k]})
            if default_type and "type" not in attrs:
                attrs["type"] = default_type
            g.add_node(k, **attrs)


def typed_graph(triples: Iterable[tuple[str, str, str]], info: Mapping[str, dict]) -> nx.MultiDiGraph:
    """A MultiDiGraph of every entity in ``info`` with one edge per triple, keyed by relation."""
    g = nx.MultiDiGraph()
    _add_nodes(g, info, info)
    for s, rel, o in triples:
        _add_nodes(g, (s, o), info)
        g.add_edge(s, o, key=rel, relation=rel)
    return g


def bipartite_from_credits(credit_rows: Iterable[tuple[str, str, str]],
                           info: Mapping[str, dict] | None = None) -> nx.Graph:
    """Film–person graph: ``bipartite`` 0 for films, 1 for people; edges carry sorted ``roles``.

    >>> b = bipartite_from_credits([("Arcadia", "director", "Ann"), ("Arcadia", "actor", "Ann")])
    >>> b.edges["Arcadia", "Ann"]["roles"], b.nodes["Arcadia"]["bipartite"]
    (['actor', 'director'], 0)
    """
    info = info or {}
    g = nx.Graph()
    for film, role, person in credit_rows:
        _add_nodes(g, (film,), info, "Film")
        _add_nodes(g, (person,), info, "Person")
        g.nodes[film]["bipartite"] = 0
        g.nodes[person]["bipartite"] = 1
        if g.has_edge(film, person):
            roles = g.edges[film, person]["roles"]
            if role not in roles:
                roles.append(role)
                roles.sort()
        else:
            g.add_edge(film, person, roles=[role])
    return g


def collaboration_from_credits(credit_rows: Iterable[tuple[str, str, str]],
                               info: Mapping[str, dict] | None = None) -> nx.Graph:
    """Person–person graph: an edge per pair sharing a film, ``weight`` = films shared.

    Edges carry ``films`` (sorted) and ``roles``: film → ``{person: [roles]}`` for the two
    people, so analyses can ask "director and actor" per film. Shared films are counted directly
    from each film's crew list; networkx's weighted bipartite projection gives the same weights
    but was 6.6x slower and keeps no films.

    >>> c = collaboration_from_credits([("Arcadia", "director", "Ann"), ("Arcadia", "actor", "Bob"),
    ...                                 ("Arc", "actor", "Ann"), ("Arc", "actor", "Bob")])
    >>> c.edges["Ann", "Bob"]["weight"], c.edges["Ann", "Bob"]["films"]
    (2, ['Arc', 'Arcadia'])
    >>> c.edges["Ann", "Bob"]["roles"]["Arcadia"]
    {'Ann': ['director'], 'Bob': ['actor']}
    """
    info = info or {}
    crew: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for film, role, person in credit_rows:
        crew[film][person].add(role)
    g = nx.Graph()
    for film in sorted(crew):
        people = sorted(crew[film])
        _add_nodes(g, people, info, "Person")
        for i, a in enumerate(people):
            for b in people[i + 1:]:
                roles = {a: sorted(crew[film][a]), b: sorted(crew[film][b])}
                if g.has_edge(a, b):
                    data = g.edges[a, b]
                    data["films"].append(film)
                    data["roles"][film] = roles
                    data["weight"] += 1
                else:
                    g.add_edge(a, b, weight=1, films=[film], roles={film: roles})
    for film in crew:  # films appear in edge data; keep their labels at hand for reports
        g.graph.setdefault("films", {})[film] = dict(info.get(film) or {"label": film, "type": "Film"})
    return g


def franchise_from_links(follows: Iterable[tuple[str, str]], series: Iterable[tuple[str, str]],
                         info: Mapping[str, dict] | None = None) -> nx.DiGraph:
    """Films and series: ``follows`` edges run sequel → original, ``partOfSeries`` film → series.

    >>> f = franchise_from_links([("B", "A")], [("A", "S"), ("B", "S")])
    >>> sorted(f.edges(data="relation"))
    [('A', 'S', 'partOfSeries'), ('B', 'A', 'follows'), ('B', 'S', 'partOfSeries')]
    """
    info = info or {}
    g = nx.DiGraph()
    for sequel, original in follows:
        _add_nodes(g, (sequel, original), info, "Film")
        g.add_edge(sequel, original, relation="follows")
    for film, s in series:
        _add_nodes(g, (film,), info, "Film")
        _add_nodes(g, (s,), info, "Series")
        g.add_edge(film, s, relation="partOfSeries")
    return g


# ---------------------------------------------------------------- from the store

def whole_graph(store: Store) -> nx.MultiDiGraph:
    """Every entity and every asserted entity-to-entity fact, typed (3 queries)."""
    return typed_graph(edges(store), node_info(store))


def film_person_graph(store: Store, roles: Iterable[str] | None = None) -> nx.Graph:
    """The film–person bipartite graph for ``roles`` (default: all)."""
    return bipartite_from_credits(credits(store, roles), node_info(store, ("Film", "Person")))


def collaboration_graph(store: Store, roles: Iterable[str] | None = None) -> nx.Graph:
    """People linked by the films they share, for ``roles`` (default: all)."""
    return collaboration_from_credits(credits(store, roles), node_info(store, ("Film", "Person")))


def franchise_graph(store: Store) -> nx.DiGraph:
    """Films linked by ``follows`` and ``partOfSeries``, with their series."""
    info = node_info(store, ("Film", "Series"))
    rows = edges(store, ("follows", "partOfSeries"))
    return franchise_from_links([(s, o) for s, p, o in rows if p == "follows"],
                                [(s, o) for s, p, o in rows if p == "partOfSeries"], info)
