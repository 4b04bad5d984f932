"""filmkg serve: Oxigraph's server on the store folder, queried with SPARQLWrapper as a real client."""
from __future__ import annotations

import os
import signal
import subprocess
import urllib.error
import urllib.request

import pytest
from conftest import ROOT, filmkg_command
from test_remote_store import free_port, wait_for
from test_sparql import build_fixture

pytest.importorskip("SPARQLWrapper")


@pytest.fixture
def store_dir(tmp_path):
    from graph.store import open_store

    path = tmp_path / "store"
    with open_store(str(path)) as s:
        build_fixture(s)
    return path


def start(store_dir, *extra):
    port = free_port()
    proc = subprocess.Popen([*filmkg_command(), "serve", "--store", str(store_dir), "--port", str(port), *extra],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT,
                            env={**os.environ, "PYTHONUNBUFFERED": "1"})
    url = f"http://127.0.0.1:{port}/query"
    wait_for(url, proc)
    return proc, port, url


def stop(proc):
    proc.send_signal(signal.SIGTERM)
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        raise


@pytest.fixture
def server(store_dir, tmp_path):
    views = tmp_path / "views"
    views.mkdir()
    (views / "filmkg-graph.html").write_text("<html><body>a view</body></html>")
    (views / "secret.txt").write_text("no")
    proc, port, url = start(store_dir, "--views", str(views))
    try:
        yield port, url, proc
    finally:
        stop(proc)


Q = "PREFIX film: <https://w3id.org/filmkg/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "


def test_sparqlwrapper_formats(server):
    from SPARQLWrapper import CSV, JSON, POST, TURTLE, XML, SPARQLWrapper

    port, url, _ = server
    select = Q + "SELECT DISTINCT ?t WHERE { ?f a film:Film ; rdfs:label ?t } ORDER BY ?t"
    sw = SPARQLWrapper(url)
    sw.setQuery(select)
    sw.setReturnFormat(JSON)
    got = [b["t"]["value"] for b in sw.query().convert()["results"]["bindings"]]
    assert got == ["Copper Lanterns", "Glass Harbor", "Glass Harbor II", "Glass Harbor III"]  # the union
    sw.setMethod(POST)
    sw.setReturnFormat(XML)
    doc = sw.query().convert()
    assert len(doc.getElementsByTagName("result")) == 4
    sw.setReturnFormat(CSV)
    assert sw.query().convert().decode().split("\r\n")[:2] == ["t", "Copper Lanterns"]
    sw = SPARQLWrapper(url)
    sw.setQuery(Q + "CONSTRUCT { ?f rdfs:label ?t } WHERE { ?f a film:Series ; rdfs:label ?t }")
    sw.setReturnFormat(TURTLE)
    ttl = sw.query().convert()
    from rdflib import Graph

    g = Graph().parse(data=ttl.decode() if isinstance(ttl, bytes) else ttl, format="turtle")
    assert [str(o) for o in g.objects()] == ["Glass Harbor Saga"]


def test_read_only_and_no_traces(server):
    from SPARQLWrapper import POST, SPARQLWrapper
    from SPARQLWrapper.SPARQLExceptions import QueryBadFormed, SPARQLWrapperException

    port, url, _ = server
    sw = SPARQLWrapper(url, updateEndpoint=f"http://127.0.0.1:{port}/update")
    sw.setMethod(POST)
    sw.setQuery("INSERT DATA { <urn:a> <urn:b> <urn:c> }")
    with pytest.raises((SPARQLWrapperException, urllib.error.HTTPError)):
        sw.query()
    sw = SPARQLWrapper(url)
    sw.setQuery("SELECT * WHERE { ?s ?p }")
    with pytest.raises(QueryBadFormed) as err:
        sw.query()
    assert "Traceback" not in str(err.value) and "1:" in str(err.value)
    ask = SPARQLWrapper(url)
    ask.setQuery("ASK { <urn:a> <urn:b> <urn:c> }")
    ask.setReturnFormat("json")
    assert ask.query().convert()["boolean"] is False


def test_views_served(server):
    port, url, proc = server
    page = urllib.request.urlopen(f"http://127.0.0.1:{port + 1}/filmkg-graph.html").read().decode()
    assert "a view" in page
    index = urllib.request.urlopen(f"http://127.0.0.1:{port + 1}/").read().decode()
    assert "filmkg-graph.html" in index and url in index
    for bad in ("secret.txt", "../store", "%2e%2e/x.html"):
        with pytest.raises(urllib.error.HTTPError) as err:
            urllib.request.urlopen(f"http://127.0.0.1:{port + 1}/{bad}")
        assert err.value.code == 404


def test_allow_updates(store_dir):
    from SPARQLWrapper import JSON, POST, SPARQLWrapper

    proc, port, url = start(store_dir, "--allow-updates", "--no-views")
    try:
        sw = SPARQLWrapper(url, updateEndpoint=f"http://127.0.0.1:{port}/update")
        sw.setMethod(POST)
        sw.setQuery("INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:b> 'c' } }")
        sw.query()
        sw = SPARQLWrapper(url)
        sw.setQuery("SELECT ?o WHERE { <urn:a> <urn:b> ?o }")
        sw.setReturnFormat(JSON)
        assert [b["o"]["value"] for b in sw.query().convert()["results"]["bindings"]] == ["c"]
    finally:
        stop(proc)
    # the store folder, written by the server, is still a filmkg store
    from graph.store import open_store

    with open_store(str(store_dir)) as s:
        assert s.query("ASK { <urn:a> <urn:b> 'c' }").boolean is True


def test_serve_errors(tmp_path):
    from click.testing import CliRunner

    from graph.cli import main

    r = CliRunner()
    out = r.invoke(main, ["serve", "--store", "memory:"])
    assert out.exit_code == 1 and "needs a store folder" in out.output
    out = r.invoke(main, ["serve", "--store", str(tmp_path / "none")])
    assert out.exit_code == 1 and "no store here" in out.output
    assert "--allow-updates" in r.invoke(main, ["serve", "--help"]).output
