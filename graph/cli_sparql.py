"""``filmkg query``, ``filmkg serve`` and ``filmkg infer``: SPARQL on the command line and over HTTP."""
from __future__ import annotations

import functools
import http.server
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

import click

from extractors.errors import StoreError

from .cli_common import friendly as _friendly
from .cli_common import store_option as _store_option

# ---------------------------------------------------------------- query

QUERY_EPILOG = """\b
Examples:
  filmkg query --list
  filmkg query filmography --param person="Jane Doe"
  filmkg query 'SELECT ?f ?t WHERE { ?f a film:Film ; rdfs:label ?t }' --format csv
  filmkg query -f my.rq --param year=2019 --graph https://example.org/some-article

\b
Queries see the union of all graphs (every article, provenance, inferred); --graph IRI makes one
graph the default graph (GRAPH ?g still reaches the others). The prefixes film: fkid: rdf: rdfs:
owl: xsd: skos: dcterms: prov: schema: wdt: are predeclared. A value is bound, never pasted into
the query: <...> is an IRI, film:X a prefixed IRI, 42 an integer, 4.5 a decimal, "..." a string,
anything else a string."""


@click.command(epilog=QUERY_EPILOG)
@click.argument("query", required=False, metavar="SPARQL|NAME|-")
@click.option("-f", "--file", "file", type=click.Path(dir_okay=False), default=None, help="read the query from FILE")
@click.option("-p", "--param", "params", multiple=True, metavar="NAME=VALUE", help="bind ?NAME to VALUE (repeatable)")
@click.option("--list", "list_", is_flag=True, help="list the saved queries and their parameters")
@click.option("--graph", metavar="IRI", default=None,
              help="use only this named graph (e.g. one article) as the default graph")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "tsv", "json"]), default="table",
              show_default=True, help="json is SPARQL 1.1 results JSON; CONSTRUCT prints Turtle (table), "
              "N-Triples (csv/tsv) or JSON-LD (json)")
@_store_option
@_friendly
def query(query, file, params, list_, graph, fmt, store_spec):
    """Run a SPARQL query: text, a file (-f) or a saved query by NAME (see --list)."""
    from . import sparql
    from .store import open_store

    if list_:
        click.echo(sparql.render_list(sparql.list_saved()))
        return
    if query == "-" and file is None:
        text, saved = sys.stdin.read(), None
    else:
        text, saved = sparql.resolve_query(query, file)
    bindings = sparql.parse_params(params)
    if saved is not None:
        sparql.check_params(saved, bindings)
    with open_store(store_spec) as store:
        res = sparql.run(store, text, bindings, graph=graph)
    click.echo(sparql.format_results(res, fmt))


# ---------------------------------------------------------------- serve

def oxigraph_binary() -> str:
    """The Oxigraph server binary: next to this Python (a venv), else on PATH."""
    here = Path(sys.executable).parent / "oxigraph"
    if here.exists():
        return str(here)
    found = shutil.which("oxigraph")
    if not found:
        raise StoreError("the Oxigraph server is not installed (pip install 'filmkg[server]' or 'oxigraph')")
    return found


def _port_free(host: str, port: int) -> bool:
    with socket.socket() as s:
        try:
            s.bind((host, port))
        except OSError:
            return False
    return True


def _wait_until_up(url: str, proc: subprocess.Popen, timeout: float = 20.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            return False
        try:
            with urllib.request.urlopen(url + "?query=ASK%7B%7D", timeout=1):  # noqa: S310
                return True
        except OSError:
            time.sleep(0.1)
    return False


class _ViewsHandler(http.server.SimpleHTTPRequestHandler):
    """Serves only the ``*.html`` files directly inside one folder, and an index of them."""

    endpoint = ""
    server_version = "filmkg"
    sys_version = ""

    def log_message(self, *args):  # quiet
        pass

    def do_GET(self):  # noqa: N802
        root = Path(self.directory)
        name = self.path.split("?")[0].lstrip("/")
        if name in ("", "index.html") and not (root / "index.html").is_file():
            pages = sorted(p.name for p in root.glob("*.html"))
            items = ("".join(f'<li><a href="/{n}">{n}</a></li>' for n in pages)
                     or "<li>(no views yet: run filmkg view)</li>")
            body = (f"<!doctype html><meta charset=utf-8><title>filmkg</title><h1>filmkg</h1>"
                    f"<p>SPARQL endpoint: <a href='{self.endpoint}'>{self.endpoint}</a></p><ul>{items}</ul>").encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        if "/" in name or name.startswith(".") or not name.endswith(".html") or not (root / name).is_file():
            self.send_error(404, "not found")
            return
        super().do_GET()

    do_HEAD = do_GET


def _views_dir(store_path: Path, views: str | None) -> Path | None:
    """Where the HTML views are: ``--views DIR``, else rendered by graph.views when it exists."""
    if views:
        path = Path(views)
        if not path.is_dir():
            raise StoreError(f"{views}: no such folder of HTML views")
        return path
    try:
        from . import views as views_mod  # written separately; optional
    except ImportError:
        return None
    render = getattr(views_mod, "demo_views", None)
    if render is None:
        return None
    import tempfile

    from .store import open_store

    out = Path(tempfile.mkdtemp(prefix="filmkg-views-"))
    try:
        with open_store(str(store_path)) as store:
            render(store, out)
    except Exception as exc:  # a view failing must not stop the endpoint
        click.echo(f"note: HTML views not served: {exc}", err=True)
        return None
    return out


@click.command(epilog="""\b
The endpoint is Oxigraph's own server on the same store folder:
  http://HOST:PORT/query   SPARQL 1.1 Protocol (GET and POST; JSON, XML, CSV, TSV results;
                           Turtle, N-Triples, RDF/XML for CONSTRUCT, by the Accept header)
  http://HOST:PORT/update  only with --allow-updates
Queries see the union of all graphs, as with filmkg query. HTML views (from --views DIR, or
rendered by filmkg's view module) are served on PORT+1. Stop with Ctrl-C.""")
@_store_option
@click.option("--host", default="127.0.0.1", show_default=True, help="address to listen on (loopback by default)")
@click.option("--port", default=7878, show_default=True, type=click.IntRange(1, 65535))
@click.option("--allow-updates", is_flag=True, help="accept SPARQL Update and the Graph Store protocol (read-write)")
@click.option("--timeout", default=30, show_default=True, type=click.IntRange(1), help="query time limit, seconds")
@click.option("--views", default=None, metavar="DIR", help="serve the *.html files in DIR on PORT+1")
@click.option("--no-views", is_flag=True, help="do not serve HTML views")
@_friendly
def serve(store_spec, host, port, allow_updates, timeout, views, no_views):
    """Serve the store as a SPARQL 1.1 endpoint (read-only unless --allow-updates)."""
    from .store import store_spec as resolve_spec

    spec = resolve_spec(store_spec)
    if spec in ("memory:", ":memory:") or spec.startswith(("http://", "https://")):
        raise StoreError(f"{spec}: serve needs a store folder (an http store is already an endpoint)")
    path = Path(spec).expanduser()
    if path.exists() and not path.is_dir():
        raise StoreError(f"{spec}: cannot serve: it is a file, not a store folder")
    if not allow_updates and not path.is_dir():
        raise StoreError(f"{spec}: no store here (run filmkg ingest first, or --allow-updates to start empty)")
    if not _port_free(host, port):
        raise StoreError(f"{host}:{port}: port already in use (choose another with --port)")
    views_dir = None if no_views else _views_dir(path, views)
    rendered = views_dir is not None and not views  # a temporary folder of our own
    binary = oxigraph_binary()
    endpoint = f"http://{host}:{port}/query"
    httpd = None
    if views_dir is not None:
        handler = functools.partial(_ViewsHandler, directory=str(views_dir))
        _ViewsHandler.endpoint = endpoint
        try:
            httpd = http.server.ThreadingHTTPServer((host, port + 1), handler)
        except OSError as exc:
            click.echo(f"note: HTML views not served: port {port + 1}: {exc.strerror}", err=True)
        else:
            threading.Thread(target=httpd.serve_forever, daemon=True).start()
    cmd = [binary, "serve" if allow_updates else "serve-read-only", "--location", str(path),
           "--bind", f"{host}:{port}", "--union-default-graph", "--timeout-s", str(timeout)]
    proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)

    def stop(*_):
        if proc.poll() is None:
            proc.terminate()

    signal.signal(signal.SIGTERM, lambda *a: (stop(), sys.exit(0)))
    shown = "localhost" if host in ("127.0.0.1", "::1") else host
    try:
        if not _wait_until_up(endpoint, proc):
            stop()
            err = proc.stderr.read().decode("utf-8", "replace").strip().splitlines() if proc.stderr else []
            reason = err[-1] if err else "did not start"
            if "lock" in reason.lower():
                reason = "the store is in use by another process (stop it, or use --allow-updates there)"
            raise StoreError(f"{spec}: SPARQL server failed: {reason}")
        mode = "read-write" if allow_updates else "read-only"
        click.echo(f"SPARQL endpoint ({mode}, {timeout}s limit): {endpoint}")
        if allow_updates:
            click.echo(f"SPARQL update: http://{shown}:{port}/update")
        if httpd is not None:
            click.echo(f"HTML views: http://{shown}:{port + 1}/")
        click.echo("Ctrl-C to stop", err=True)
        sys.stdout.flush()
        # Drain the server's log so it never blocks on a full pipe; it carries no traces to clients.
        for _ in iter(proc.stderr.readline, b""):
            pass
        proc.wait()
    except KeyboardInterrupt:
        click.echo("stopped", err=True)
    finally:
        if httpd is not None:
            httpd.shutdown()
        if rendered:
            shutil.rmtree(views_dir, ignore_errors=True)
        stop()
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()


# ---------------------------------------------------------------- infer

@click.command(epilog="""\b
What is stored: the triples OWL-RL derives from the ontology that are not already there and that
are filmkg relations or filmkg classes, e.g. film:starsIn for every film:castMember, film:directed
for every film:director, spouse and sibling in both directions, film:Person for whoever is a
cast member. They live in one graph, https://w3id.org/filmkg/graph/inferred, which queries see
as part of the union. Run it again after ingesting; --remove drops it.""")
@_store_option
@click.option("--remove", is_flag=True, help="drop the inferred graph: back to exactly what was extracted")
@_friendly
def infer(store_spec, remove):
    """Materialise what the ontology implies (inverses, symmetric relations, classes) into its own graph."""
    from .sparql import infer as run_infer
    from .sparql import remove_inferred
    from .store import open_store

    with open_store(store_spec) as store:
        if remove:
            n = remove_inferred(store)
            click.echo(f"removed {n} inferred triple{'s' * (n != 1)}")
        else:
            n = run_infer(store)
            click.echo(f"{n} inferred triple{'s' * (n != 1)} stored in the inferred graph")


COMMANDS = [query, serve, infer]
