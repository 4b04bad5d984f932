"""``filmkg view`` (HTML pages) and ``filmkg analyze`` (tables): the CLI over views and analyses.

graph/cli.py registers :data:`COMMANDS` at its end; the shared option and error wrapper come from
graph.cli_common, which avoids a circular import.
"""
from __future__ import annotations

import csv
import io
import json

import click

from .analysis import EXACT_BETWEENNESS_MAX, LINK_PREDICTORS, ROLE_PAIRS, SAMPLES
from .cli_common import friendly as _friendly
from .cli_common import store_option as _store_option

FORMATS = ("table", "csv", "json")

# ---------------------------------------------------------------- views

def _view_options(default_name: str, budget: bool = True):
    def wrap(f):
        f = click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), default=default_name,
                         show_default=True, help="HTML file to write")(f)
        if budget:
            f = click.option("--budget", default=500, show_default=True, type=click.IntRange(1),
                             help="most nodes to draw; above it the most important part is kept")(f)
        return _store_option(f)
    return wrap


def _write(view, output: str) -> None:
    path = view.write(output)
    if view.notice:
        click.echo(f"note: {view.notice}", err=True)
    n, m = len(view.nodes), len(view.edges)
    click.echo(f"wrote {path} ({n} node{'s' * (n != 1)}, {m} edge{'s' * (m != 1)})")


def _scene(store_spec):
    from .store import open_store
    from .views import Scene

    store = open_store(store_spec)
    return store, Scene(store)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
def view():
    """Write an interactive HTML view of the graph.

    Each page is one self-contained file (no network needed): colour and shape show the class,
    size shows centrality, hovering shows each fact's evidence sentence, source and date, and a
    search box finds a node. Open it in any browser.
    """


@view.command("overview")
@_view_options("filmkg-graph.html")
@_friendly
def view_overview(store_spec, output, budget):
    """The whole graph (the most central BUDGET nodes when larger)."""
    from .views import overview_view

    store, scene = _scene(store_spec)
    with store:
        _write(overview_view(scene, budget=budget), output)


@view.command("ego")
@click.argument("name")
@click.option("--depth", default=1, show_default=True, type=click.IntRange(1, 6), help="steps away from NAME")
@_view_options("filmkg-ego.html")
@_friendly
def view_ego(name, depth, store_spec, output, budget):
    """A person or film (NAME, any of its names or its IRI) and everything within --depth steps."""
    from .views import ego_view

    store, scene = _scene(store_spec)
    with store:
        _write(ego_view(scene, name, depth=depth, budget=budget), output)


@view.command("franchise")
@click.argument("name")
@_view_options("filmkg-franchise.html")
@_friendly
def view_franchise(name, store_spec, output, budget):
    """A franchise (NAME: any of its films or its series), films in release order left to right."""
    from .views import franchise_view

    store, scene = _scene(store_spec)
    with store:
        _write(franchise_view(scene, name, budget=budget), output)


@view.command("collaboration")
@click.argument("name", required=False)
@click.option("--min-films", default=1, show_default=True, type=click.IntRange(1),
              help="draw only pairs sharing at least this many films")
@_view_options("filmkg-collaboration.html")
@_friendly
def view_collaboration(name, min_films, store_spec, output, budget):
    """People linked by shared films (thicker = more); around NAME when given."""
    from .views import collaboration_view

    store, scene = _scene(store_spec)
    with store:
        _write(collaboration_view(scene, name, min_films=min_films, budget=budget), output)


@view.command("path")
@click.argument("person_a")
@click.argument("person_b")
@_view_options("filmkg-path.html", budget=False)
@_friendly
def view_path(person_a, person_b, store_spec, output):
    """The shortest chain of shared films from PERSON_A to PERSON_B, left to right."""
    from .views import path_view

    store, scene = _scene(store_spec)
    with store:
        _write(path_view(scene, person_a, person_b), output)


# ---------------------------------------------------------------- analyses

def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return "; ".join(map(str, value))
    return str(value)


def render_rows(rows: list[dict], fmt: str, width: int = 60) -> str:
    """Rows as an aligned text table, CSV or JSON.

    >>> print(render_rows([{"person": "Ada", "films": 2, "titles": ["A", "B"]}], "table"))
    person  films  titles
    ------  -----  ------
    Ada         2  A; B
    >>> print(render_rows([{"person": "Ada", "films": 2}], "csv"))
    person,films
    Ada,2
    """
    if fmt == "json":
        return json.dumps(rows, ensure_ascii=False, indent=2)
    if not rows:
        return "" if fmt == "csv" else "(no results)"
    cols = list(rows[0])
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(cols)
        writer.writerows([_cell(r.get(c)) for c in cols] for r in rows)
        return out.getvalue().rstrip("\n")
    cells = [[(_cell(r.get(c)) if len(_cell(r.get(c))) <= width else _cell(r.get(c))[:width - 1] + "…")
              for c in cols] for r in rows]
    widths = [max(len(c), *(len(row[i]) for row in cells)) for i, c in enumerate(cols)]
    numeric = [all(isinstance(r.get(c), (int, float)) or r.get(c) is None for r in rows) for c in cols]

    def line(values):
        padded = (v.rjust(w) if num else v.ljust(w) for v, w, num in zip(values, widths, numeric, strict=True))
        return "  ".join(padded).rstrip()

    return "\n".join([line(cols), line(["-" * w for w in widths])] + [line(row) for row in cells])


def _analysis(f):
    f = click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True,
                     help="table for people, csv or json for machines")(f)
    return _store_option(_friendly(f))


def _emit(rows: list[dict], fmt: str) -> None:
    click.echo(render_rows(rows, fmt))


def _project(store_spec, kind: str, **kwargs):
    from . import projections
    from .store import open_store

    with open_store(store_spec) as store:
        return getattr(projections, kind)(store, **kwargs)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
def analyze():
    """Analyse collaborations and franchises (tables; --format csv|json for machines).

    People and films are named by their label, any other name they go by, or their IRI.
    """


@analyze.command("central")
@click.option("--top", default=10, show_default=True, type=click.IntRange(1))
@click.option("--exact-max", default=EXACT_BETWEENNESS_MAX, show_default=True, type=click.IntRange(1),
              help=f"above this many people, betweenness is estimated from {SAMPLES} sampled sources")
@_analysis
def analyze_central(top, exact_max, store_spec, fmt):
    """The most central people: collaborators, shared films, PageRank, betweenness."""
    from .analysis import central_people

    collab = _project(store_spec, "collaboration_graph")
    if collab.number_of_nodes() > exact_max:
        click.echo(f"note: betweenness estimated from {SAMPLES} of {collab.number_of_nodes():,} people", err=True)
    _emit(central_people(collab, top=top, exact_max=exact_max), fmt)


@analyze.command("communities")
@click.option("--method", type=click.Choice(["louvain", "greedy"]), default="louvain", show_default=True,
              help="networkx Louvain or greedy modularity")
@click.option("--seed", default=0, show_default=True, help="random seed (Louvain)")
@_analysis
def analyze_communities(method, seed, store_spec, fmt):
    """Groups of people who work together more than with others."""
    from .analysis import communities

    _emit(communities(_project(store_spec, "collaboration_graph"), method=method, seed=seed), fmt)


@analyze.command("path")
@click.argument("person_a")
@click.argument("person_b")
@_analysis
def analyze_path(person_a, person_b, store_spec, fmt):
    """Degrees of separation: the shortest chain of shared films from PERSON_A to PERSON_B."""
    from .analysis import degrees_of_separation

    _emit(degrees_of_separation(_project(store_spec, "collaboration_graph"), person_a, person_b), fmt)


@analyze.command("repeat")
@click.option("--min-films", default=2, show_default=True, type=click.IntRange(1), help="least shared films")
@click.option("--roles", "pair", default="director-actor", show_default=True, metavar="PAIR",
              help=f"{', '.join(ROLE_PAIRS)}, or any ROLE-ROLE (roles: actor, director, screenwriter, "
                   "producer, composer, cinematographer, editor)")
@_analysis
def analyze_repeat(min_films, pair, store_spec, fmt):
    """Repeat collaborators: pairs who shared at least --min-films films in the --roles given."""
    from .analysis import repeat_collaborators

    _emit(repeat_collaborators(_project(store_spec, "collaboration_graph"), min_films=min_films, pair=pair), fmt)


@analyze.command("franchises")
@_analysis
def analyze_franchises(store_spec, fmt):
    """Every franchise (films linked by sequels or a series), the largest first."""
    from .analysis import franchises

    _emit(franchises(_project(store_spec, "franchise_graph")), fmt)


@analyze.command("timeline")
@click.argument("name")
@_analysis
def analyze_timeline(name, store_spec, fmt):
    """A franchise's films in order (sequel links, then year); NAME is any film or its series."""
    from .analysis import franchise_timeline

    _emit(franchise_timeline(_project(store_spec, "franchise_graph"), name), fmt)


@analyze.command("suggest")
@click.argument("name")
@click.option("--method", type=click.Choice(list(LINK_PREDICTORS)), default="adamic_adar", show_default=True,
              help="networkx link-prediction index")
@click.option("--top", default=10, show_default=True, type=click.IntRange(1))
@_analysis
def analyze_suggest(name, method, top, store_spec, fmt):
    """People NAME has not worked with yet but shares co-workers with (link prediction)."""
    from .analysis import suggested_collaborators

    _emit(suggested_collaborators(_project(store_spec, "collaboration_graph"), name, top=top, method=method), fmt)


@analyze.command("filmography")
@click.argument("name")
@_analysis
def analyze_filmography(name, store_spec, fmt):
    """The films NAME is credited on, by year, with roles."""
    from .analysis import filmography

    _emit(filmography(_project(store_spec, "film_person_graph"), name), fmt)


@analyze.command("coworkers")
@click.argument("name")
@click.option("--top", default=None, type=click.IntRange(1), help="rows to show (default: all)")
@_analysis
def analyze_coworkers(name, top, store_spec, fmt):
    """Everyone NAME has shared a film with, most shared films first."""
    from .analysis import coworkers

    _emit(coworkers(_project(store_spec, "collaboration_graph"), name, top=top), fmt)


COMMANDS = [view, analyze]
