"""A remote store: a real ``oxigraph serve`` on a loopback port, driven through ``--store http://…``.

The same end-to-end checks as for the embedded store: ingest, export (one named graph per article
stating its source), saved queries, --graph, stats, infer, errors.
"""
from __future__ import annotations

import io
import json
import socket
import subprocess
import time
import urllib.request

import pytest
from conftest import run_cli
from test_sparql import build_fixture, fixture_extractions

from graph.cli_sparql import oxigraph_binary


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(url: str, proc: subprocess.Popen, timeout: float = 20) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert proc.poll() is None, "server exited"
        try:
            urllib.request.urlopen(url + "?query=ASK%7B%7D", timeout=1).read()
            return
        except OSError:
            time.sleep(0.1)
    raise TimeoutError(url)


@pytest.fixture
def endpoint(tmp_path):
    port = free_port()
    proc = subprocess.Popen([oxigraph_binary(), "serve", "--location", str(tmp_path / "oxdb"),
                             "--bind", f"127.0.0.1:{port}"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/query"
    try:
        wait_for(url, proc)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


def _saved_rows(store):
    from graph.sparql import run_saved

    out = {}
    for name, params in [("filmography", {"person": "tobin reyes"}), ("costars", {"person": "Tobin Reyes"}),
                         ("collaborators", {}), ("franchise", {"series": "Glass Harbor Saga"}),
                         ("second-degree", {"person": "Ines Valcourt"}), ("director-repeats", {}),
                         ("evidence", {"subject": "Glass Harbor III"})]:
        res = run_saved(store, name, **params)
        rows = [tuple(v for k, v in zip(res.vars, row, strict=True) if k not in ("ingested", "films", "titles", "via"))
                for row in res.values()]
        out[name] = sorted(rows, key=repr)
    return out


def test_library_same_answers_as_embedded(endpoint):
    from graph.sparql import infer, remove_inferred
    from graph.stats import store_stats
    from graph.store import RemoteStore, open_store

    remote = open_store(endpoint)
    assert isinstance(remote, RemoteStore) and remote.update_url.endswith("/update")
    build_fixture(remote)
    with open_store("memory:") as local:
        build_fixture(local)
        assert _saved_rows(remote) == _saved_rows(local)
        assert remote.count() == local.count()
        assert store_stats(remote) == store_stats(local)
        assert infer(remote) == infer(local)
        q = "SELECT ?t WHERE { ?p rdfs:label 'Tobin Reyes' ; film:starsIn ?f . ?f rdfs:label ?t } ORDER BY ?t"
        assert remote.query(q).values() == local.query(q).values() != []
        remove_inferred(remote)
        assert remote.query(q).values() == []


def test_graph_restriction_and_export(endpoint):
    from rdflib import Dataset, Literal, URIRef
    from rdflib.namespace import DCTERMS

    from graph.build import article_iri
    from graph.sparql import run, run_saved
    from graph.store import open_store
    from ontology import PROVENANCE_GRAPH

    remote = open_store(endpoint)
    build_fixture(remote)
    a2 = fixture_extractions()[1].article
    g = str(article_iri(a2))
    q = "SELECT DISTINCT ?t WHERE { ?f a film:Film ; rdfs:label ?t } ORDER BY ?t"
    assert [r[0] for r in run(remote, q, graph=g).values()] == ["Glass Harbor", "Glass Harbor II"]
    res = run_saved(remote, "evidence", graph=g, subject="Glass Harbor II", relation="director")
    assert str(res.dicts()[0]["source"]) == "test/a2.txt"
    buf = io.BytesIO()
    remote.export(buf, "nquads")
    ds = Dataset()
    ds.parse(data=buf.getvalue().decode(), format="nquads")
    assert (URIRef(g), DCTERMS.source, Literal("test/a2.txt"), URIRef(PROVENANCE_GRAPH)) in ds
    assert len(list(ds.graph(URIRef(g)))) > 10
    # load into a fresh embedded store and compare
    with open_store("memory:") as local:
        local.load(buf.getvalue(), "nquads")
        assert local.count() == remote.count()


def test_errors_are_one_line(endpoint):
    from extractors.errors import QueryError, StoreError
    from graph.sparql import run
    from graph.store import open_store

    remote = open_store(endpoint)
    with pytest.raises(QueryError) as err:
        run(remote, "SELECT *\nWHERE { ?s ?p }")
    assert "bad SPARQL at line 2, column" in str(err.value) and "\n" not in str(err.value)
    dead = open_store(f"http://127.0.0.1:{free_port()}/query")
    with pytest.raises(StoreError, match="cannot reach SPARQL endpoint"):
        dead.count()
    wrong = open_store(endpoint.replace("/query", "/nothing-here"))
    with pytest.raises(StoreError, match="not a SPARQL endpoint"):
        wrong.count()


def test_cli_end_to_end(endpoint, tmp_path):
    art = tmp_path / "art.txt"
    art.write_text("Copper Lanterns is a 2016 drama directed by Sefa Nkem. It stars Lark Whitby and Tobin Reyes.\n")
    r = run_cli("ingest", str(art), "--store", endpoint)
    assert r.returncode == 0, r.stderr
    assert "1 article ingested" in r.stdout
    r = run_cli("ingest", str(art), "--store", endpoint)
    assert "unchanged" in r.stdout  # the remote store remembers what it has read
    r = run_cli("export", "--store", endpoint, "--format", "nquads")
    assert r.returncode == 0 and str(art) in r.stdout and "http://purl.org/dc/terms/source" in r.stdout
    r = run_cli("stats", "--store", endpoint, "--format", "json")
    assert r.returncode == 0 and json.loads(r.stdout)["articles"] == 1
    r = run_cli("query", "SELECT (COUNT(*) AS ?n) WHERE { ?a a film:Article }", "--store", endpoint,
                "--format", "csv")
    assert r.returncode == 0 and r.stdout.split() == ["n", "1"]
    r = run_cli("query", "--list", "--store", endpoint)
    assert "franchise:" in r.stdout
    r = run_cli("query", "SELECT * WHERE { ?s ?p }", "--store", endpoint)
    assert r.returncode == 1 and r.stderr.startswith("error: bad SPARQL at line 1") and "Traceback" not in r.stderr
