"""Interactive HTML views of the graph: overview, ego, franchise, collaboration and path.

Every view is one self-contained UTF-8 page: vis-network (the standalone build that ships inside
the pyvis package), our CSS and JS are inlined, nothing is fetched from the network, and a
Content-Security-Policy forbids it. pyvis's own template is not used because it pulls Bootstrap
and vis from CDNs and does not escape names. Here the template autoescapes, the graph travels as
JSON with ``<``, ``>``, ``&`` and U+2028/9 escaped, and tooltips are built as text in the page.

Views draw a bounded subgraph: above ``budget`` nodes they keep the most important part (by
PageRank, or by distance for ego views) and say so on the page and in :attr:`View.notice`.
"""
from __future__ import annotations

import json
import math
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

import networkx as nx

from extractors.errors import FilmkgError

from .analysis import collaboration_path, find_node, franchise_films, franchise_name, franchises
from .projections import ROLE_OF_PROPERTY, collaboration_graph, evidence_for, franchise_graph, whole_graph
from .store import Store

HERE = Path(__file__).parent
DEFAULT_BUDGET = 500
# class → (vis shape, colour, legend symbol); shapes that honour ``size`` so centrality shows.
STYLE = {
    "Film": ("square", "#e76f51", "■"),
    "Person": ("dot", "#2a9d8f", "●"),
    "Character": ("triangle", "#d4a017", "▲"),
    "Series": ("star", "#9b5de5", "★"),
    "Organization": ("diamond", "#264653", "◆"),
    "Work": ("triangleDown", "#f4a261", "▼"),
    "TVSeries": ("hexagon", "#577590", "⬢"),
}
EVIDENCE_SHOWN = 5  # sentences per tooltip; the rest are counted
_JSON_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}


@dataclass
class View:
    """One page: vis-network nodes and edges, plus what was left out."""

    title: str
    nodes: list[dict]
    edges: list[dict]
    notice: str | None = None
    options: dict = field(default_factory=dict)

    def html(self) -> str:
        return render(self)

    def write(self, path: str | Path) -> Path:
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(self.html(), encoding="utf-8")
        return path


# ---------------------------------------------------------------- rendering

def script_json(value) -> str:
    """JSON that is safe inside a ``<script>`` element.

    >>> script_json({"name": "</script><b>&"})
    '{"name": "\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e\\\\u0026"}'
    """
    text = json.dumps(value, ensure_ascii=False)
    return re.sub("[<>&\u2028\u2029]", lambda m: _JSON_ESCAPES[m.group()], text)


@lru_cache(maxsize=1)
def _assets() -> tuple[str, str, str]:
    import pyvis

    vis = Path(pyvis.__file__).parent / "lib" / "vis-9.1.2" / "vis-network.min.js"
    if not vis.exists():
        raise FilmkgError(f"{vis}: vis-network is missing from the pyvis package (reinstall pyvis 0.3.2)")
    # A literal "</script" would end the inline element early; none ships today, stay safe anyway.
    js = vis.read_text(encoding="utf-8").replace("</script", "<\\/script")
    return js, (HERE / "static" / "view.css").read_text("utf-8"), (HERE / "static" / "view.js").read_text("utf-8")


@lru_cache(maxsize=1)
def _template():
    from jinja2 import Environment, FileSystemLoader

    env = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=True)
    return env.get_template("view.html")


def physics_options(n_nodes: int, n_edges: int) -> dict:
    """vis-network options tuned so that ~1,000 nodes settle within a few seconds.

    Barnes–Hut is O(n log n) per step; stabilisation is capped (fewer steps for big graphs,
    where each costs more), straight edges and hiding edges while dragging keep redraws cheap,
    and the page switches physics off once stabilised. vis's "improved layout" (Kamada–Kawai on
    clusters) is quadratic, so it is used only for small graphs.
    """
    big = n_nodes > 300
    # Measured in headless Chromium on a busy 2-CPU machine: 1,000 nodes took 31 s for 250
    # steps, 4.6 s for 50; stabilisation time is what the reader waits for, so steps shrink
    # as the graph grows; a reader can still drag nodes into place afterwards.
    steps = 400 if n_nodes <= 150 else 250 if n_nodes <= 300 else 60 if n_nodes <= 1500 else 40
    return {
        "autoResize": True,
        "layout": {"improvedLayout": n_nodes <= 150, "randomSeed": 7},
        "physics": {
            "solver": "barnesHut",
            "barnesHut": {"gravitationalConstant": -4000 if big else -6000, "centralGravity": 0.3,
                          "springLength": 110, "springConstant": 0.04, "damping": 0.35,
                          "avoidOverlap": 0 if big else 0.1},
            "minVelocity": 1.5 if big else 0.75,
            "stabilization": {"enabled": True, "iterations": steps, "updateInterval": 20,
                              "fit": True},
        },
        "nodes": {"font": {"size": 14, "strokeWidth": 3, "strokeColor": "#ffffff"}, "borderWidth": 1},
        "edges": {"smooth": False if big or n_edges > 600 else {"type": "continuous"},
                  "font": {"size": 10, "align": "middle", "color": "#555"}, "color": {"color": "#9aa5b1"},
                  "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}}},
        "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": big, "navigationButtons": False},
    }


def render(view: View) -> str:
    vis_js, css, view_js = _assets()
    from markupsafe import Markup

    options = physics_options(len(view.nodes), len(view.edges))
    for key, value in view.options.items():
        options[key] = {**options.get(key, {}), **value}
    present = Counter(n.get("group") for n in view.nodes)
    legend = [{"name": cls, "color": STYLE[cls][1], "symbol": STYLE[cls][2]} for cls in STYLE if present[cls]]
    data = {"nodes": view.nodes, "edges": view.edges, "options": options}
    return _template().render(
        title=view.title, notice=view.notice, legend=legend, node_count=len(view.nodes),
        css=Markup(css), vis_js=Markup(vis_js), view_js=Markup(view_js), data=Markup(script_json(data)))


# ---------------------------------------------------------------- nodes, edges and tooltips

def _words(relation: str) -> str:
    return re.sub(r"(?<=[a-z])(?=[A-Z])", " ", relation).lower()


def _node_text(g: nx.Graph, n: str, extra: str = "") -> str:
    d = g.nodes[n]
    head = d.get("type", "")
    if d.get("year"):
        head += f", {d['year']}"
    lines = [d.get("label", n), head]
    alts = [a for a in d.get("names", []) if a != d.get("label")]
    if alts:
        lines.append("Also known as: " + "; ".join(alts))
    if extra:
        lines.append(extra)
    return "\n".join(lines)


def _vis_node(g: nx.Graph, n: str, weight: float, extra: str = "") -> dict:
    cls = g.nodes[n].get("type", "Person")
    shape, color, _ = STYLE.get(cls, ("dot", "#888888", "●"))
    label = g.nodes[n].get("label", n)
    return {"id": n, "label": label, "name": label, "group": cls, "shape": shape, "color": color,
            "size": round(10 + 30 * math.sqrt(max(weight, 0.0)), 1), "title": _node_text(g, n, extra)}


def _evidence_text(head: str, items: list[dict]) -> str:
    lines = [head]
    for ev in items[:EVIDENCE_SHOWN]:
        sentence = ev["sentence"] if len(ev["sentence"]) <= 300 else ev["sentence"][:299] + "…"
        mark = " (hedged)" if ev["status"] == "hedged" else ""
        lines.append(f"\n“{sentence}”{mark}")
        where = ", ".join(x for x in (ev.get("title"), ev.get("date")) if x)
        lines.append(f"  — {ev.get('source') or 'unknown source'}" + (f" ({where})" if where else ""))
    if len(items) > EVIDENCE_SHOWN:
        lines.append(f"\n… and {len(items) - EVIDENCE_SHOWN} more")
    if not items:
        lines.append("(no evidence recorded)")
    return "\n".join(lines)


def _relation_label(rel: str) -> str:
    return ROLE_OF_PROPERTY.get(rel, _words(rel))


def _fact_edges(g: nx.MultiDiGraph, chosen: set[str], evidence: dict) -> list[dict]:
    """Every asserted fact among ``chosen`` and every hedged claim, with its evidence as text."""
    out = []
    for u, v, rel in g.edges(chosen, keys=True):
        if v in chosen:
            head = f"{g.nodes[u]['label']} — {_words(rel)} → {g.nodes[v]['label']}"
            out.append({"from": u, "to": v, "label": _relation_label(rel),
                        "title": _evidence_text(head, evidence.get((u, rel, v), []))})
    for (u, rel, v), items in evidence.items():
        if u in chosen and v in chosen and not g.has_edge(u, v, key=rel):
            head = f"{g.nodes[u]['label']} — {_words(rel)}? → {g.nodes[v]['label']} (claimed, not stated)"
            out.append({"from": u, "to": v, "label": _relation_label(rel) + "?", "dashes": True,
                        "title": _evidence_text(head, items)})
    return out


def _scale(scores: dict[str, float], nodes) -> dict[str, float]:
    top = max((scores.get(n, 0.0) for n in nodes), default=0.0) or 1.0
    return {n: scores.get(n, 0.0) / top for n in nodes}


def _cut(ranked: list[str], budget: int, what: str, how: str) -> tuple[list[str], str | None]:
    if len(ranked) <= budget:
        return ranked, None
    return ranked[:budget], (f"Showing {budget:,} of {len(ranked):,} {what}: {how}. "
                             f"Raise --budget or narrow the view (ego, franchise, path) to see more.")


class Scene:
    """The store's graph, projected once and shared by the views built from it."""

    def __init__(self, store: Store):
        self.store = store
        self.graph = whole_graph(store)

    @cached_property
    def undirected(self) -> nx.Graph:
        return nx.Graph(self.graph)

    @cached_property
    def pagerank(self) -> dict[str, float]:
        return nx.pagerank(self.undirected) if self.graph.number_of_nodes() else {}

    @cached_property
    def collaboration(self) -> nx.Graph:
        return collaboration_graph(self.store)

    @cached_property
    def franchise(self) -> nx.DiGraph:
        return franchise_graph(self.store)

    def ranked(self, nodes) -> list[str]:
        return sorted(nodes, key=lambda n: (-self.pagerank.get(n, 0.0), self.graph.nodes[n].get("label", n)))

    def best_first(self, budget: int) -> list[str]:
        """Nodes in the order a best-first walk meets them: always the most central node next to
        those taken. The top ``budget`` by PageRank alone are mostly people with no edge between
        them (they link through films), which draws as scattered dots."""
        import heapq

        ranked = self.ranked(self.graph)
        order: list[str] = []
        seen: set[str] = set()
        frontier: list[tuple[float, str]] = []
        seeds = iter(ranked)
        while len(order) < min(budget, len(ranked)):
            if not frontier:
                seed = next(n for n in seeds if n not in seen)
                seen.add(seed)
                frontier.append((-self.pagerank.get(seed, 0.0), seed))
            _, n = heapq.heappop(frontier)
            order.append(n)
            for m in self.undirected[n]:
                if m not in seen:
                    seen.add(m)
                    heapq.heappush(frontier, (-self.pagerank.get(m, 0.0), m))
        taken = set(order)
        return order + [n for n in ranked if n not in taken]

    def entity_view(self, title: str, nodes: list[str], notice: str | None,
                    positions: dict[str, tuple[float, float]] | None = None) -> View:
        chosen = set(nodes)
        size = _scale(self.pagerank, chosen)
        degree = self.undirected.degree
        vis_nodes = []
        for n in nodes:
            node = _vis_node(self.graph, n, size[n], f"{degree(n)} connection{'s' * (degree(n) != 1)}")
            if positions and n in positions:
                node["x"], node["y"] = positions[n]
                node["fixed"] = {"x": True, "y": True}
            vis_nodes.append(node)
        return View(title, vis_nodes, _fact_edges(self.graph, chosen, evidence_for(self.store, chosen)), notice)


# ---------------------------------------------------------------- the views

def _need_nodes(scene: Scene) -> None:
    if scene.graph.number_of_nodes() == 0:
        raise FilmkgError(f"{scene.store.spec}: the store holds no films or people yet (run filmkg ingest first)")


def overview_view(store: Store | Scene, budget: int = DEFAULT_BUDGET) -> View:
    """Everything in the store; above ``budget`` nodes, the most central by PageRank."""
    scene = store if isinstance(store, Scene) else Scene(store)
    _need_nodes(scene)
    nodes, notice = _cut(scene.best_first(budget), budget, "nodes",
                         "grown from the most central by PageRank through their connections")
    return scene.entity_view("Film graph overview", nodes, notice)


def ego_view(store: Store | Scene, name: str, depth: int = 1, budget: int = DEFAULT_BUDGET) -> View:
    """A person or film and everything within ``depth`` steps; nearer and more central first."""
    scene = store if isinstance(store, Scene) else Scene(store)
    _need_nodes(scene)
    centre = find_node(scene.undirected, name)
    dist = nx.single_source_shortest_path_length(scene.undirected, centre, cutoff=depth)
    ranked = sorted(dist, key=lambda n: (dist[n], -scene.pagerank.get(n, 0.0), scene.graph.nodes[n]["label"]))
    nodes, notice = _cut(ranked, budget, "nodes", "the nearest, then the most central")
    label = scene.graph.nodes[centre]["label"]
    return scene.entity_view(f"{label}: {depth} step{'s' * (depth != 1)} around", nodes, notice)


def franchise_view(store: Store | Scene, name: str, budget: int = DEFAULT_BUDGET) -> View:
    """A franchise's films in release order, left to right, with its series and credited people."""
    scene = store if isinstance(store, Scene) else Scene(store)
    try:
        films = franchise_films(scene.franchise, name)
    except FilmkgError:
        films = []
    if not films:
        raise FilmkgError(f"no franchise holds a film or series named {name!r} (see filmkg analyze franchises)")
    series = {s for f in films for s in scene.franchise.successors(f) if scene.franchise.nodes[s]["type"] == "Series"}
    reach = Counter(n for f in films for n in scene.undirected[f] if n not in series and n not in films)
    others = sorted(reach, key=lambda n: (-reach[n], -scene.pagerank.get(n, 0.0), scene.graph.nodes[n]["label"]))
    kept, notice = _cut(films + sorted(series) + others, budget, "nodes",
                        "all films, then the people and companies credited on most of them")
    step = 260
    positions = {f: (i * step, 0) for i, f in enumerate(films)}
    for j, s in enumerate(sorted(series)):
        positions[s] = ((len(films) - 1) * step / 2 + j * step, -220)
    title = franchise_name(scene.franchise, [*films, *series])
    view = scene.entity_view(f"Franchise: {title} ({len(films)} films, in release order)", kept, notice, positions)
    for node in view.nodes:  # the year under each film makes the timeline readable at a glance
        year = scene.graph.nodes[node["id"]].get("year")
        if node["group"] == "Film" and year:
            node["label"] += f"\n{year}"
    return view


def collaboration_view(store: Store | Scene, name: str | None = None, min_films: int = 1,
                       budget: int = DEFAULT_BUDGET) -> View:
    """People linked by shared films (edge width = films); around ``name`` when given."""
    scene = store if isinstance(store, Scene) else Scene(store)
    collab = scene.collaboration
    strong = nx.Graph((u, v, d) for u, v, d in collab.edges(data=True) if d["weight"] >= min_films)
    strong.add_nodes_from((n, collab.nodes[n]) for n in strong)
    if name:
        centre = find_node(collab, name, ["Person"])
        if centre not in strong:
            raise FilmkgError(f"{name!r} shares at least {min_films} film{'s' * (min_films != 1)} with no one")
        strong = strong.subgraph([centre, *strong[centre]]).copy()
    if strong.number_of_nodes() == 0:
        raise FilmkgError(f"no two people share at least {min_films} film{'s' * (min_films != 1)}")
    pr = nx.pagerank(strong, weight="weight")
    ranked = sorted(strong, key=lambda n: (-pr[n], strong.nodes[n]["label"]))
    kept, notice = _cut(ranked, budget, "people", "the most central by PageRank")
    chosen = set(kept)
    size = _scale(pr, chosen)
    films = collab.graph.get("films", {})
    nodes = [_vis_node(strong, n, size[n], f"{strong.degree(n)} collaborator{'s' * (strong.degree(n) != 1)}")
             for n in kept]
    edges = []
    for u, v, d in strong.subgraph(chosen).edges(data=True):
        lines = [f"{strong.nodes[u]['label']} and {strong.nodes[v]['label']}: {d['weight']} shared "
                 f"film{'s' * (d['weight'] != 1)}"]
        for f in d["films"]:
            info = films.get(f, {})
            year = f" ({info['year']})" if info.get("year") else ""
            roles = "; ".join(f"{strong.nodes[p]['label']}: {', '.join(r)}" for p, r in d["roles"][f].items())
            lines.append(f"• {info.get('label', f)}{year}: {roles}")
        edges.append({"from": u, "to": v, "label": f"{d['weight']} film{'s' * (d['weight'] != 1)}",
                      "width": min(1 + d["weight"], 8), "arrows": {"to": {"enabled": False}},
                      "title": "\n".join(lines)})
    title = "Collaborations" + (f" of {collab.nodes[centre]['label']}" if name else "")
    if min_films > 1:
        title += f" (≥ {min_films} shared films)"
    return View(title, nodes, edges, notice)


def path_view(store: Store | Scene, a: str, b: str) -> View:
    """The shortest chain of shared films from person ``a`` to ``b``, left to right."""
    scene = store if isinstance(store, Scene) else Scene(store)
    people = collaboration_path(scene.collaboration, a, b)
    positions: dict[str, tuple[float, float]] = {}
    order: list[str] = []
    for i, p in enumerate(people):
        positions[p] = (i * 440, 0)
        order.append(p)
        if i + 1 < len(people):
            films = scene.collaboration.edges[p, people[i + 1]]["films"]
            for j, f in enumerate(films):
                positions[f] = (i * 440 + 220, (j - (len(films) - 1) / 2) * 120)
                order.append(f)
    labels = [scene.graph.nodes[p]["label"] for p in (people[0], people[-1])]
    steps = len(people) - 1
    return scene.entity_view(f"From {labels[0]} to {labels[1]}: {steps} step{'s' * (steps != 1)}",
                             order, None, positions)


def demo_views(store: Store, output_dir: str | Path) -> list[Path]:
    """Write the overview (``filmkg-graph.html``) and the largest franchise's view."""
    output_dir = Path(output_dir)
    scene = Scene(store)
    written = [overview_view(scene).write(output_dir / "filmkg-graph.html")]
    biggest = franchises(scene.franchise)
    if biggest and biggest[0]["films"] > 1:
        name = biggest[0]["franchise"]
        view = franchise_view(scene, name)
        written.append(view.write(output_dir / f"filmkg-franchise-{_file_slug(name)}.html"))
    return written


def _file_slug(name: str) -> str:
    from .build import slug

    return slug(name)[:60]
