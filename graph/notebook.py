"""Jupyter helpers: a ``%%sparql`` cell magic, DataFrames and inline HTML views.

In a notebook::

    %load_ext graph.notebook
    import graph.notebook as fk
    fk.use(store)                       # or: %%sparql --store ./filmkg-store

    %%sparql --param person="Jane Doe"
    SELECT ?film WHERE { ?f film:castMember ?p ; rdfs:label ?film .
                         ?p rdfs:label ?n FILTER(LCASE(?n) = LCASE(?person)) }

The cell's value is a pandas DataFrame (plain Python values; ``--raw`` keeps RDF terms).
:func:`show_html` puts a whole HTML page (an interactive view) inline as an ``<iframe srcdoc>``,
which JupyterLab, classic Notebook and VS Code all render without serving a file.
"""
from __future__ import annotations

import html
import shlex

from .store import Results, Store, open_store

_STORES: dict[str, Store] = {}
_DEFAULT: Store | None = None


def use(store: Store | str) -> Store:
    """Make ``store`` (a Store or a spec such as ``memory:`` or a folder) the magic's default."""
    global _DEFAULT
    _DEFAULT = get_store(store) if isinstance(store, str) else store
    return _DEFAULT


def get_store(spec: str | None = None) -> Store:
    """An open store for ``spec``, opened once per kernel; ``None`` is the default store."""
    if spec is None:
        if _DEFAULT is not None:
            return _DEFAULT
        from .store import store_spec

        spec = store_spec(None)
    if spec not in _STORES:
        _STORES[spec] = open_store(spec)
    return _STORES[spec]


def to_dataframe(res: Results, raw: bool = False):
    """SELECT results as a DataFrame (columns are the query's variables); ASK as a one-cell frame;
    CONSTRUCT as subject/predicate/object columns."""
    import pandas as pd

    if res.boolean is not None:
        return pd.DataFrame({"boolean": [res.boolean]})
    if res.triples is not None:
        rows = res.triples if raw else [tuple(str(t) for t in tr) for tr in res.triples]
        return pd.DataFrame(rows, columns=["subject", "predicate", "object"])
    rows = res.rows if raw else res.values()
    return pd.DataFrame(list(rows), columns=list(res.vars))


def results_html(res: Results, max_rows: int = 200) -> str:
    """An HTML table for results (used as their rich display)."""
    from .sparql import _cell

    if res.boolean is not None:
        return f"<p><b>{str(res.boolean).lower()}</b></p>"
    if res.triples is not None:
        head, body = ["subject", "predicate", "object"], res.triples
    else:
        head, body = res.vars, res.rows
    out = ["<table class='filmkg-results'><thead><tr>"]
    out += [f"<th>{html.escape(v)}</th>" for v in head]
    out.append("</tr></thead><tbody>")
    for row in body[:max_rows]:
        out.append("<tr>" + "".join(f"<td>{html.escape(_cell(t))}</td>" for t in row) + "</tr>")
    out.append("</tbody></table>")
    more = len(body) - max_rows
    out.append(f"<p>{len(body)} row{'s' * (len(body) != 1)}" + (f", first {max_rows} shown" if more > 0 else "")
               + "</p>")
    return "".join(out)


class HTMLView:
    """A whole HTML page shown inline in an ``<iframe srcdoc=…>``, escaped, with a fixed height."""

    def __init__(self, page: str, height: int = 600, title: str = "filmkg view"):
        self.page = page
        self.height = height
        self.title = title

    def _repr_html_(self) -> str:
        return (f'<iframe srcdoc="{html.escape(self.page, quote=True)}" title="{html.escape(self.title)}" '
                f'style="width:100%;height:{int(self.height)}px;border:1px solid #ddd" '
                'sandbox="allow-scripts allow-popups"></iframe>')

    def __repr__(self) -> str:
        return f"<HTMLView {self.title!r}: {len(self.page):,} characters of HTML>"


def show_html(page, height: int = 600, title: str = "filmkg view") -> HTMLView:
    """Show an HTML page (a string, a path to an .html file, or an object with ``html()``) inline."""
    from pathlib import Path

    if hasattr(page, "html") and callable(page.html):
        title = getattr(page, "title", title)
        page = page.html()
    elif isinstance(page, Path) or (isinstance(page, str) and page.endswith(".html") and "<" not in page):
        page = Path(page).read_text(encoding="utf-8")
    return HTMLView(page, height, title)


def sparql(query: str, store: Store | str | None = None, params=None, graph: str | None = None, raw: bool = False):
    """Run a query (text or saved name) and return a DataFrame."""
    from . import sparql as sp

    st = store if isinstance(store, Store) else get_store(store)
    text, saved = sp.resolve_query(query)
    bindings = {k: (sp.typed_value(v) if isinstance(v, str) else v) for k, v in (params or {}).items()}
    if saved is not None:
        sp.check_params(saved, bindings)
    return to_dataframe(sp.run(st, text, bindings, graph=graph), raw=raw)


# ---------------------------------------------------------------- IPython extension

def _parse_line(line: str) -> dict:
    import argparse

    ap = argparse.ArgumentParser(prog="%%sparql", add_help=False)
    ap.add_argument("--store", default=None)
    ap.add_argument("--param", "-p", action="append", default=[])
    ap.add_argument("--graph", default=None)
    ap.add_argument("--raw", action="store_true")
    ap.add_argument("--results", action="store_true")
    ap.add_argument("out", nargs="?", default=None)
    try:
        return vars(ap.parse_args(shlex.split(line)))
    except SystemExit:
        from extractors.errors import QueryError

        raise QueryError("usage: %%sparql [--store S] [--param NAME=VALUE]... [--graph IRI] [--raw] "
                         "[--results] [VARIABLE]") from None


def sparql_magic(line: str, cell: str):
    """``%%sparql [--store S] [--param NAME=VALUE]... [--graph IRI] [--raw] [--results] [VAR]``:
    run the cell's SPARQL (or a saved query's name) and return a DataFrame (``--results``: the
    raw :class:`~graph.store.Results`). ``VAR`` also stores it in that notebook variable."""
    from extractors.errors import FilmkgError

    from . import sparql as sp

    try:
        args = _parse_line(line)
        st = get_store(args["store"])
        text, saved = sp.resolve_query(cell.strip())
        bindings = sp.parse_params(args["param"])
        if saved is not None:
            sp.check_params(saved, bindings)
        res = sp.run(st, text, bindings, graph=args["graph"])
    except FilmkgError as exc:  # one line, no traceback, as on the command line
        print(f"error: {exc}")
        return None
    value = res if args["results"] else to_dataframe(res, raw=args["raw"])
    if args["out"]:
        from IPython import get_ipython

        get_ipython().user_ns[args["out"]] = value
    return value


def load_ipython_extension(ipython) -> None:
    """``%load_ext graph.notebook``: registers ``%%sparql`` and HTML display for Results."""
    ipython.register_magic_function(sparql_magic, magic_kind="cell", magic_name="sparql")
    formatter = ipython.display_formatter.formatters.get("text/html")
    if formatter is not None:
        formatter.for_type(Results, results_html)
