"""How fast projections, analyses and views are on a generated graph of about a million triples.

Prints seconds, and ratios against baselines measured in the same run:
- collaboration graph: ours (shared films counted per film) vs networkx's weighted bipartite
  projection of the film–person graph;
- views: ours (select, fetch evidence, render, write) vs pyvis's ``from_nx`` + ``write_html`` on
  the same subgraph (which still links CDN assets and escapes nothing);
- betweenness: exact at growing sizes, to justify ``EXACT_BETWEENNESS_MAX``;
- and, in headless Chromium, the time vis-network needs to stabilise 200/1,000/5,000 nodes.

Usage: ``python benchmarks/view_speed.py [--films 8300] [--seed 1] [--no-browser]``
"""
from __future__ import annotations

import argparse
import os
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import networkx as nx  # noqa: E402

from graph import analysis, projections  # noqa: E402
from graph.store import open_store  # noqa: E402
from graph.views import Scene, overview_view  # noqa: E402

FILM = "https://w3id.org/filmkg/ontology#"
ID = "https://w3id.org/filmkg/id/"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
DCT = "http://purl.org/dc/terms/"
XSD = "http://www.w3.org/2001/XMLSchema#"
PROV_GRAPH = "https://w3id.org/filmkg/graph/provenance"
# page.evaluate is exempt from the page's CSP (which forbids the eval wait_for_function polls with).
STABILIZED = """() => new Promise(resolve => window.filmkg.stabilized ? resolve()
    : document.addEventListener("filmkg:stabilized", () => resolve()))"""


def generate(n_films: int, seed: int) -> tuple[bytes, int]:
    """N-Quads shaped like ingested articles: one graph per film with evidence for every fact."""
    rnd = random.Random(seed)
    n_people = n_films * 2
    # Popularity follows a power law, so some people work together again and again.
    weights = [1 / (i + 1) ** 0.8 for i in range(n_people)]
    lines: list[str] = []
    ev = 0

    def q(s, p, o, g):
        lines.append(f"{s} {p} {o} {g} .")

    for f in range(n_films):
        g = f"<urn:bench:article:{f}>"
        film = f"<{ID}film/f{f}>"
        q(film, f"<{RDF}type>", f"<{FILM}Film>", g)
        q(film, f"<{RDFS}label>", f'"Film {f}"', g)
        q(film, f"<{FILM}releaseYear>", f'"{1970 + f % 55}"^^<{XSD}gYear>', g)
        q(g, f"<{DCT}source>", f'"bench/{f}.txt"', f"<{PROV_GRAPH}>")
        q(g, f"<{DCT}date>", f'"2020-01-{1 + f % 28:02d}"^^<{XSD}date>', f"<{PROV_GRAPH}>")
        cast = set(rnd.choices(range(n_people), weights, k=8))
        director = rnd.choices(range(n_people), weights)[0]
        facts = [("director", director)] + [("castMember", p) for p in cast]
        if f % 10 in (1, 2):  # every ten films, a trilogy: f+1 and f+2 follow f
            facts.append(("follows", f - 1))
        if f % 10 in (0, 1, 2):
            facts.append(("partOfSeries", f // 10))
        for prop, o in facts:
            if prop == "follows":
                obj = f"<{ID}film/f{o}>"
            elif prop == "partOfSeries":
                obj = f"<{ID}series/s{o}>"
                q(obj, f"<{RDF}type>", f"<{FILM}Series>", g)
                q(obj, f"<{RDFS}label>", f'"Saga {o}"', g)
            else:
                obj = f"<{ID}person/p{o}>"
                q(obj, f"<{RDF}type>", f"<{FILM}Person>", g)
                q(obj, f"<{RDFS}label>", f'"Person {o}"', g)
            q(film, f"<{FILM}{prop}>", obj, g)
            e = f"<urn:bench:ev:{ev}>"
            ev += 1
            q(e, f"<{RDF}type>", f"<{FILM}Evidence>", g)
            q(e, f"<{RDF}subject>", film, g)
            q(e, f"<{RDF}predicate>", f"<{FILM}{prop}>", g)
            q(e, f"<{RDF}object>", obj, g)
            q(e, f"<{FILM}sentence>", f'"Sentence {ev} about film {f}."', g)
            q(e, f"<{FILM}method>", '"bench"', g)
            q(e, f"<{FILM}confidence>", f'"0.9"^^<{XSD}decimal>', g)
            q(e, f"<{FILM}status>", '"stated"', g)
            q(e, f"<{FILM}article>", g, g)
    return ("\n".join(lines) + "\n").encode(), len(lines)


def timed(label: str, fn, *args, **kwargs):
    t = time.perf_counter()
    out = fn(*args, **kwargs)
    dt = time.perf_counter() - t
    print(f"  {label:<52} {dt:8.3f} s")
    return out, dt


def pyvis_baseline(scene: Scene, node_ids: list[str], path: Path) -> None:
    from pyvis.network import Network

    sub = nx.DiGraph(scene.graph.subgraph(node_ids))
    for _, d in sub.nodes(data=True):  # pyvis wants scalar attributes
        d.pop("names", None)
    net = Network(cdn_resources="in_line", directed=True)
    net.from_nx(sub)
    net.write_html(str(path), notebook=False)


def _only(url: str):
    """A route handler that lets ``url`` load and refuses every other request."""
    def handle(route):  # one parameter: Playwright passes the request too when a handler takes two
        route.continue_() if route.request.url == url else route.abort()
    return handle


def browser_stabilise(pages: dict[int, Path]) -> dict[int, float]:
    exe = os.environ.get("FILMKG_CHROMIUM") or shutil.which("chromium")
    if not exe:
        print("  (no chromium: skipped)")
        return {}
    from playwright.sync_api import sync_playwright

    args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--no-first-run"]
    out = {}
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=exe, args=args, headless=True)
        for n, path in pages.items():
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            url = path.resolve().as_uri()
            page.route("**/*", _only(url))
            t = time.perf_counter()
            page.goto(url)
            page.evaluate(STABILIZED)
            wall = time.perf_counter() - t
            out[n] = page.evaluate("window.filmkg.stabilizeMs") / 1000
            print(f"  {n:>5} nodes: stabilised in {out[n]:6.2f} s (load + layout {wall:6.2f} s wall)")
            page.close()
        browser.close()
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--films", type=int, default=8300, help="films to generate (8,300 ≈ 1M triples)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--no-browser", action="store_true")
    args = ap.parse_args()

    print(f"networkx {nx.__version__}, python {sys.version.split()[0]}")
    data, n_quads = generate(args.films, args.seed)
    store = open_store("memory:")
    print(f"\ngenerated graph: {args.films:,} films, {n_quads:,} quads")
    timed("bulk load (N-Quads)", store.load, data, "nquads")

    print("\nprojections (SPARQL → networkx)")
    whole, _ = timed("whole graph (typed MultiDiGraph)", projections.whole_graph, store)
    bip, _ = timed("film–person bipartite graph", projections.film_person_graph, store)
    collab, _ = timed("collaboration graph", projections.collaboration_graph, store)
    rows = projections.credits(store)
    info = projections.node_info(store, ("Film", "Person"))
    _, t_ours = timed("  same, from fetched credits (ours: count per film)", projections.collaboration_from_credits,
                      rows, info)

    def networkx_projection():
        b = projections.bipartite_from_credits(rows, info)
        return nx.bipartite.weighted_projected_graph(b, [n for n, side in b.nodes(data="bipartite") if side == 1])

    _, t_nx = timed("  baseline: bipartite + nx weighted_projected_graph", networkx_projection)
    print(f"  → counting shared films directly is {t_nx / t_ours:.1f}x faster than networkx's projection "
          "(and keeps films and roles per edge)")
    fr, _ = timed("franchise graph", projections.franchise_graph, store)
    print(f"  sizes: whole {whole.number_of_nodes():,} nodes / {whole.number_of_edges():,} edges; "
          f"collaboration {collab.number_of_nodes():,} people / {collab.number_of_edges():,} pairs")

    print("\nanalyses")
    timed(f"central people (betweenness sampled, k={analysis.SAMPLES})", analysis.central_people, collab)
    timed("communities (louvain)", analysis.communities, collab)
    a, b = "Person 0", f"Person {collab.number_of_nodes() // 2}"
    timed("degrees of separation", analysis.degrees_of_separation, collab, a, b)
    timed("repeat collaborators (director–actor, ≥2)", analysis.repeat_collaborators, collab)
    timed("repeat collaborators (actor–actor, ≥3)", analysis.repeat_collaborators, collab, 3, "actor-actor")
    timed("franchises", analysis.franchises, fr)
    timed("franchise timeline", analysis.franchise_timeline, fr, "Saga 3")
    timed("suggested collaborators (adamic_adar)", analysis.suggested_collaborators, collab, "Person 1")
    timed("filmography", analysis.filmography, bip, "Person 1")
    timed("coworkers", analysis.coworkers, collab, "Person 1")

    print("\nexact betweenness vs size (why exact stops at "
          f"{analysis.EXACT_BETWEENNESS_MAX:,} people)")
    pick = random.Random(args.seed)
    for size in (250, 500, 1000):
        sub = collab.subgraph(pick.sample(sorted(collab), size)).copy()  # a copy: views are slow to walk
        _, t_exact = timed(f"{size:>5} people, exact", nx.betweenness_centrality, sub)
        _, t_k = timed(f"{size:>5} people, k={analysis.SAMPLES}", nx.betweenness_centrality, sub,
                       k=min(analysis.SAMPLES, size), seed=0)
        print(f"  → sampling is {t_exact / t_k:.1f}x faster at {size:,}")

    print("\nviews (select + evidence + render + write) vs pyvis from_nx + write_html")
    scene = Scene(store)
    scene.graph = whole  # reuse the projection timed above
    timed("scene PageRank (once per page)", lambda: scene.pagerank)
    out = Path(tempfile.mkdtemp(prefix="filmkg-bench-"))
    pages = {}
    for n in (200, 1000, 5000):
        view, t_view = timed(f"{n:>5} nodes: build view", overview_view, scene, budget=n)
        path, t_write = timed(f"{n:>5} nodes: render + write", view.write, out / f"view-{n}.html")
        _, t_pyvis = timed(f"{n:>5} nodes: pyvis baseline", pyvis_baseline, scene,
                           [x["id"] for x in view.nodes], out / f"pyvis-{n}.html")
        size = path.stat().st_size / 1e6
        print(f"  → {len(view.edges):,} edges, {size:.1f} MB page; ours / pyvis time = "
              f"{(t_view + t_write) / t_pyvis:.2f}")
        pages[n] = path

    if not args.no_browser:
        print("\nheadless Chromium: time to stabilise")
        browser_stabilise(pages)
    shutil.rmtree(out, ignore_errors=True)


if __name__ == "__main__":
    main()
