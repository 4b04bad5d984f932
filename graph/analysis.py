"""Analyses of the film graph, one per function, over the projections in :mod:`graph.projections`.

Each function takes a networkx projection (so it runs the same on a store's graph or on one built
by hand), names people and films by label, alternative name or IRI, and returns rows: a list of
dicts with plain values, ready for a terminal table, CSV or JSON. The algorithms are networkx's.

The examples use :data:`EXAMPLE_CREDITS`, a tiny invented cast list.
"""
from __future__ import annotations

import difflib
import itertools
from collections.abc import Iterable

import networkx as nx

from extractors.errors import FilmkgError

from .projections import ROLES

EXAMPLE_CREDITS = [  # (film, role, person): invented names for the examples below
    ("Moonwake", "director", "Ada Renn"), ("Moonwake", "actor", "Bo Lind"), ("Moonwake", "actor", "Cy Marr"),
    ("Tidewater", "director", "Ada Renn"), ("Tidewater", "actor", "Bo Lind"), ("Tidewater", "actor", "Dee Ost"),
    ("Glass Orchard", "director", "Eli Voss"), ("Glass Orchard", "actor", "Dee Ost"),
    ("Glass Orchard", "actor", "Fay Quen"),
]

# Exact betweenness (Brandes) costs O(n·m). On generated collaboration graphs (see
# benchmarks/view_speed.py) it took 0.2 s at 500 people and 1.7 s at 1,000, growing ~8x per
# doubling, so above EXACT_BETWEENNESS_MAX people it is estimated from SAMPLES source nodes
# (14x faster at 1,000): the top of the ranking, which is all the table shows, is stable there.
EXACT_BETWEENNESS_MAX = 1000
SAMPLES = 64
ROLE_PAIRS = ("director-actor", "actor-actor", "any")
LINK_PREDICTORS = {
    "adamic_adar": nx.adamic_adar_index,
    "jaccard": nx.jaccard_coefficient,
    "resource_allocation": nx.resource_allocation_index,
    "preferential_attachment": nx.preferential_attachment,
}


def find_node(g: nx.Graph, name: str, types: Iterable[str] | None = None) -> str:
    """The node ``name`` refers to: an IRI, a label or an alternative name (any case).

    Parameters
    ----------
    g : networkx.Graph
        A projection whose nodes carry ``label`` and ``names``.
    name : str
        What the user typed.
    types : iterable of str, optional
        Only nodes of these classes (``"Person"``, ``"Film"`` ...).

    Returns
    -------
    str
        The node key.

    Raises
    ------
    FilmkgError
        When nothing, or more than one node, has that name.

    Examples
    --------
    >>> from graph.projections import collaboration_from_credits
    >>> c = collaboration_from_credits(EXAMPLE_CREDITS)
    >>> find_node(c, "ada renn")
    'Ada Renn'
    >>> find_node(c, "Ada Ren")
    Traceback (most recent call last):
    ...
    extractors.errors.FilmkgError: no person or film named 'Ada Ren' (did you mean: Ada Renn?)
    """
    wanted = set(types) if types else None
    if name in g and (wanted is None or g.nodes[name].get("type") in wanted):
        return name
    hits, all_names = _named(g, name, wanted)
    if len(hits) == 1:
        return hits[0]
    what = " or ".join(sorted(t.lower() for t in wanted)) if wanted else "person or film"
    if hits:
        labels = ", ".join(sorted(f"{g.nodes[h].get('label', h)} <{h}>" for h in hits))
        raise FilmkgError(f"{name!r} names {len(hits)} nodes ({labels}); give the IRI")
    close = difflib.get_close_matches(name, sorted(set(all_names)), n=3, cutoff=0.6)
    hint = f" (did you mean: {', '.join(close)}?)" if close else ""
    raise FilmkgError(f"no {what} named {name!r}{hint}")


def _named(g: nx.Graph, name: str, wanted: set[str] | None) -> tuple[list[str], list[str]]:
    """The nodes (of the wanted types) with ``name`` among their names, and every name seen."""
    folded = name.casefold().strip()
    hits, all_names = [], []
    for node, data in g.nodes(data=True):
        if wanted is not None and data.get("type") not in wanted:
            continue
        names = data.get("names") or [data.get("label", node)]
        all_names += names
        if any(n.casefold() == folded for n in names):
            hits.append(node)
    return hits, all_names


def _label(g: nx.Graph, node: str) -> str:
    if node in g:
        return g.nodes[node].get("label", node)
    return g.graph.get("films", {}).get(node, {}).get("label", node)


def _film_labels(g: nx.Graph, films: Iterable[str]) -> list[str]:
    return [_label(g, f) for f in films]


def central_people(collab: nx.Graph, top: int = 10, exact_max: int = EXACT_BETWEENNESS_MAX,
                   k: int = SAMPLES, seed: int = 0) -> list[dict]:
    """The people at the centre of the collaboration graph, ranked by PageRank.

    Parameters
    ----------
    collab : networkx.Graph
        A collaboration graph (:func:`graph.projections.collaboration_graph`).
    top : int
        Rows to return.
    exact_max : int
        Above this many people, betweenness is estimated from ``k`` sampled sources.
    k, seed : int
        Sample size and random seed for the estimate.

    Returns
    -------
    list of dict
        ``person``, ``collaborators`` (degree), ``shared_films`` (weighted degree), ``pagerank``
        (weighted by shared films) and ``betweenness`` (over hops).

    Examples
    --------
    >>> from graph.projections import collaboration_from_credits
    >>> rows = central_people(collaboration_from_credits(EXAMPLE_CREDITS), top=2)
    >>> [(r["person"], r["collaborators"], r["betweenness"]) for r in rows]
    [('Dee Ost', 4, 0.6), ('Ada Renn', 3, 0.15)]
    """
    if collab.number_of_nodes() == 0:
        return []
    pr = nx.pagerank(collab, weight="weight")
    sample = None if collab.number_of_nodes() <= exact_max else min(k, collab.number_of_nodes())
    bc = nx.betweenness_centrality(collab, k=sample, seed=seed)
    strength = dict(collab.degree(weight="weight"))
    ranked = sorted(collab, key=lambda n: (-pr[n], _label(collab, n)))[:top]
    return [{"person": _label(collab, n), "collaborators": collab.degree(n), "shared_films": strength[n],
             "pagerank": round(pr[n], 4), "betweenness": round(bc[n], 4)} for n in ranked]


def communities(collab: nx.Graph, method: str = "louvain", seed: int = 0, show: int = 8) -> list[dict]:
    """Groups of people who work together more than with others (modularity communities).

    Parameters
    ----------
    collab : networkx.Graph
        A collaboration graph; edge ``weight`` counts shared films.
    method : {"louvain", "greedy"}
        networkx's Louvain or Clauset–Newman–Moore greedy modularity.
    seed : int
        Random seed for Louvain.
    show : int
        Members listed per community (the best connected first).

    Returns
    -------
    list of dict
        ``community`` (1 = largest), ``size``, ``people``.

    Examples
    --------
    >>> from graph.projections import collaboration_from_credits
    >>> for row in communities(collaboration_from_credits(EXAMPLE_CREDITS)):
    ...     print(row["community"], row["size"], row["people"])
    1 3 ['Ada Renn', 'Bo Lind', 'Cy Marr']
    2 3 ['Dee Ost', 'Eli Voss', 'Fay Quen']
    """
    if collab.number_of_nodes() == 0:
        return []
    if method == "louvain":
        found = nx.community.louvain_communities(collab, weight="weight", seed=seed)
    elif method == "greedy":
        found = nx.community.greedy_modularity_communities(collab, weight="weight")
    else:
        raise FilmkgError(f"unknown community method {method!r} (use louvain or greedy)")
    strength = dict(collab.degree(weight="weight"))
    groups = sorted(found, key=lambda c: (-len(c), min(_label(collab, n) for n in c)))
    return [{"community": i, "size": len(c),
             "people": [_label(collab, n) for n in sorted(c, key=lambda n: (-strength[n], _label(collab, n)))][:show]}
            for i, c in enumerate(groups, 1)]


def degrees_of_separation(collab: nx.Graph, a: str, b: str) -> list[dict]:
    """The shortest chain of collaborations from person ``a`` to person ``b``, with the films.

    Returns
    -------
    list of dict
        One row per step: ``step``, ``from``, ``to``, ``films`` (shared by the two).

    Raises
    ------
    FilmkgError
        When either name is unknown or no chain links them.

    Examples
    --------
    >>> from graph.projections import collaboration_from_credits
    >>> c = collaboration_from_credits(EXAMPLE_CREDITS)
    >>> for row in degrees_of_separation(c, "Cy Marr", "Fay Quen"):
    ...     print(row["step"], row["from"], "->", row["to"], row["films"])
    1 Cy Marr -> Ada Renn ['Moonwake']
    2 Ada Renn -> Dee Ost ['Tidewater']
    3 Dee Ost -> Fay Quen ['Glass Orchard']
    """
    path = collaboration_path(collab, a, b)
    return [{"step": i, "from": _label(collab, u), "to": _label(collab, v),
             "films": _film_labels(collab, collab.edges[u, v]["films"])}
            for i, (u, v) in enumerate(itertools.pairwise(path), 1)]


def collaboration_path(collab: nx.Graph, a: str, b: str) -> list[str]:
    """The people (node keys) on a shortest chain of shared films from ``a`` to ``b``.

    Examples
    --------
    >>> from graph.projections import collaboration_from_credits
    >>> collaboration_path(collaboration_from_credits(EXAMPLE_CREDITS), "Bo Lind", "Eli Voss")
    ['Bo Lind', 'Dee Ost', 'Eli Voss']
    """
    src, dst = find_node(collab, a, ["Person"]), find_node(collab, b, ["Person"])
    try:
        return nx.shortest_path(collab, src, dst)
    except nx.NetworkXNoPath:
        raise FilmkgError(f"no chain of shared films links {a!r} and {b!r}") from None


def _role_pair(pair: str) -> tuple[str, str] | None:
    if pair == "any":
        return None
    first, _, second = pair.partition("-")
    if first not in ROLES or second not in ROLES:
        raise FilmkgError(f"unknown role pair {pair!r} (use ROLE-ROLE with roles {', '.join(ROLES)}, or any)")
    return first, second


def repeat_collaborators(collab: nx.Graph, min_films: int = 2, pair: str = "director-actor") -> list[dict]:
    """Pairs of people who shared at least ``min_films`` films in the roles ``pair`` names.

    Parameters
    ----------
    collab : networkx.Graph
        A collaboration graph (edges carry per-film roles).
    min_films : int
        Least number of shared films.
    pair : str
        ``"director-actor"``, ``"actor-actor"``, any ``ROLE-ROLE`` of
        :data:`graph.projections.ROLES`, or ``"any"`` (any roles).

    Returns
    -------
    list of dict
        ``person_a``, ``role_a``, ``person_b``, ``role_b``, ``films`` (count) and ``titles``,
        most films first.

    Examples
    --------
    >>> from graph.projections import collaboration_from_credits
    >>> c = collaboration_from_credits(EXAMPLE_CREDITS)
    >>> [(r["person_a"], r["person_b"], r["titles"]) for r in repeat_collaborators(c)]
    [('Ada Renn', 'Bo Lind', ['Moonwake', 'Tidewater'])]
    >>> repeat_collaborators(c, pair="actor-actor")
    []
    """
    roles = _role_pair(pair)
    rows = []
    for u, v, data in collab.edges(data=True):
        if data["weight"] < min_films:
            continue
        if roles is None:
            found = {(u, "any", v, "any"): data["films"]}
        else:
            found: dict[tuple, list[str]] = {}
            for film, credits in data["roles"].items():
                for x, y in ((u, v), (v, u)):
                    if roles[0] in credits[x] and roles[1] in credits[y]:
                        if roles[0] == roles[1] and _label(collab, x) > _label(collab, y):
                            continue  # same role on both sides: count the pair once
                        found.setdefault((x, roles[0], y, roles[1]), []).append(film)
        for (x, rx, y, ry), films in found.items():
            if len(films) >= min_films:
                titles = sorted(_film_labels(collab, films))
                rows.append({"person_a": _label(collab, x), "role_a": rx, "person_b": _label(collab, y),
                             "role_b": ry, "films": len(films), "titles": titles})
    return sorted(rows, key=lambda r: (-r["films"], r["person_a"], r["person_b"]))


def _franchise_nodes(franchise: nx.DiGraph, node: str) -> set[str]:
    return nx.node_connected_component(franchise.to_undirected(as_view=True), node)


def franchise_name(franchise: nx.DiGraph, nodes: Iterable[str]) -> str:
    """A franchise's name: its series' label, else its first film's."""
    series = sorted(_label(franchise, n) for n in nodes if franchise.nodes[n].get("type") == "Series")
    if series:
        return series[0]
    films = sorted(nodes, key=lambda n: (franchise.nodes[n].get("year") or 9999, _label(franchise, n)))
    return _label(franchise, films[0])


def franchises(franchise: nx.DiGraph) -> list[dict]:
    """Every franchise (a connected group of sequels and series), the largest first.

    Returns
    -------
    list of dict
        ``franchise`` (its series' name, else its first film), ``films``, ``first`` and ``last``
        release year.

    Examples
    --------
    >>> from graph.projections import franchise_from_links
    >>> f = franchise_from_links([("B", "A"), ("Y", "X")], [("A", "S"), ("C", "S")])
    >>> [(r["franchise"], r["films"]) for r in franchises(f)]
    [('S', 3), ('X', 2)]
    """
    rows = []
    for nodes in nx.weakly_connected_components(franchise):
        films = [n for n in nodes if franchise.nodes[n].get("type") == "Film"]
        years = sorted(y for n in films if (y := franchise.nodes[n].get("year")))
        rows.append({"franchise": franchise_name(franchise, nodes), "films": len(films),
                     "first": years[0] if years else None, "last": years[-1] if years else None})
    return sorted(rows, key=lambda r: (-r["films"], r["franchise"]))


def franchise_films(franchise: nx.DiGraph, name: str) -> list[str]:
    """The films (node keys) of the franchise holding ``name`` (a film or series), in order.

    Sequel links come first (an original before its sequels), then release year, then title;
    films with no sequel link (only a series) slot in by year. Contradictory links (a cycle)
    fall back to year order.

    Examples
    --------
    >>> from graph.projections import franchise_from_links
    >>> f = franchise_from_links([("B", "A")], [("A", "S"), ("C", "S")])
    >>> franchise_films(f, "B")
    ['A', 'B', 'C']

    A series named like its first film is one franchise, not two choices:

    >>> g = franchise_from_links([("A 2", "A")], [("A", "S"), ("A 2", "S")])
    >>> g.nodes["S"]["names"] = ["A"]
    >>> franchise_films(g, "A")
    ['A', 'A 2']
    """
    try:
        node = find_node(franchise, name, ["Film", "Series"])
    except FilmkgError:
        hits, _ = _named(franchise, name, {"Film", "Series"})
        groups = {frozenset(nx.node_connected_component(franchise.to_undirected(as_view=True), h)) for h in hits}
        if len(hits) < 2 or len(groups) != 1:
            raise
        node = hits[0]
    films = [n for n in _franchise_nodes(franchise, node) if franchise.nodes[n].get("type") == "Film"]
    key = lambda n: (franchise.nodes[n].get("year") or 9999, _label(franchise, n))  # noqa: E731
    # follows runs sequel → original; reversed, a topological order puts originals first.
    order_graph = nx.DiGraph()
    order_graph.add_nodes_from(films)
    order_graph.add_edges_from((o, s) for s, o, rel in franchise.edges(films, data="relation") if rel == "follows")
    try:
        return list(nx.lexicographical_topological_sort(order_graph, key=key))
    except nx.NetworkXUnfeasible:
        return sorted(films, key=key)


def franchise_timeline(franchise: nx.DiGraph, name: str) -> list[dict]:
    """The franchise holding ``name`` (a film or series) as a timeline, in :func:`franchise_films` order.

    Returns
    -------
    list of dict
        ``position``, ``film``, ``year``, ``follows`` (the film it is a sequel to).

    Examples
    --------
    >>> from graph.projections import franchise_from_links
    >>> f = franchise_from_links([("Moonwake II", "Moonwake"), ("Moonwake III", "Moonwake II")],
    ...                          [("Moonwake", "Moon saga"), ("Moon Tales", "Moon saga")])
    >>> for film, year in [("Moonwake", 2005), ("Moonwake II", 2008), ("Moonwake III", 2012), ("Moon Tales", 2010)]:
    ...     f.nodes[film]["year"] = year
    >>> for r in franchise_timeline(f, "moon saga"):
    ...     print(r["position"], r["film"], r["year"], r["follows"])
    1 Moonwake 2005 None
    2 Moonwake II 2008 Moonwake
    3 Moon Tales 2010 None
    4 Moonwake III 2012 Moonwake II
    """
    rows = []
    for i, film in enumerate(franchise_films(franchise, name), 1):
        before = [o for _, o, rel in franchise.out_edges(film, data="relation") if rel == "follows"]
        rows.append({"position": i, "film": _label(franchise, film), "year": franchise.nodes[film].get("year"),
                     "follows": ", ".join(sorted(_label(franchise, o) for o in before)) or None})
    return rows


def suggested_collaborators(collab: nx.Graph, name: str, top: int = 10, method: str = "adamic_adar") -> list[dict]:
    """People ``name`` has not worked with but probably will: link prediction over shared co-workers.

    Parameters
    ----------
    method : {"adamic_adar", "jaccard", "resource_allocation", "preferential_attachment"}
        The networkx link-prediction index; candidates are people two steps away.

    Returns
    -------
    list of dict
        ``person``, ``score``, ``via`` (co-workers they share), best first.

    Examples
    --------
    >>> from graph.projections import collaboration_from_credits
    >>> c = collaboration_from_credits(EXAMPLE_CREDITS)
    >>> [(r["person"], r["via"]) for r in suggested_collaborators(c, "Ada Renn", method="jaccard")]
    [('Eli Voss', ['Dee Ost']), ('Fay Quen', ['Dee Ost'])]
    """
    if method not in LINK_PREDICTORS:
        raise FilmkgError(f"unknown method {method!r} (use {', '.join(LINK_PREDICTORS)})")
    person = find_node(collab, name, ["Person"])
    near = set(collab[person])
    candidates = {x for n in near for x in collab[n]} - near - {person}
    scored = LINK_PREDICTORS[method](collab, [(person, c) for c in sorted(candidates)])
    rows = [{"person": _label(collab, c), "score": round(float(s), 4),
             "via": sorted(_label(collab, n) for n in nx.common_neighbors(collab, person, c))}
            for _, c, s in scored]
    return sorted(rows, key=lambda r: (-r["score"], r["person"]))[:top]


def filmography(bipartite: nx.Graph, name: str) -> list[dict]:
    """The films a person is credited on, by year, with their roles.

    Examples
    --------
    >>> from graph.projections import bipartite_from_credits
    >>> b = bipartite_from_credits(EXAMPLE_CREDITS)
    >>> b.nodes["Tidewater"]["year"] = 2019
    >>> filmography(b, "Bo Lind")
    [{'film': 'Tidewater', 'year': 2019, 'roles': ['actor']}, {'film': 'Moonwake', 'year': None, 'roles': ['actor']}]
    """
    person = find_node(bipartite, name, ["Person"])
    rows = [{"film": _label(bipartite, f), "year": bipartite.nodes[f].get("year"),
             "roles": bipartite.edges[person, f]["roles"]} for f in bipartite[person]]
    return sorted(rows, key=lambda r: (r["year"] or 9999, r["film"]))


def coworkers(collab: nx.Graph, name: str, top: int | None = None) -> list[dict]:
    """Everyone a person has shared a film with, most shared films first.

    Examples
    --------
    >>> from graph.projections import collaboration_from_credits
    >>> [(r["person"], r["films"]) for r in coworkers(collaboration_from_credits(EXAMPLE_CREDITS), "Bo Lind")]
    [('Ada Renn', 2), ('Cy Marr', 1), ('Dee Ost', 1)]
    """
    person = find_node(collab, name, ["Person"])
    rows = [{"person": _label(collab, o), "films": d["weight"], "titles": sorted(_film_labels(collab, d["films"]))}
            for o, d in collab[person].items()]
    return sorted(rows, key=lambda r: (-r["films"], r["person"]))[:top]
