"""The bad-input matrix through `filmkg ingest`, in one call: every bad input is named in one line,
the good ones are stored whole, and the exit status is 1."""
from __future__ import annotations

import socket

from conftest import run_cli
from rdflib import Dataset, Graph, Literal
from rdflib.namespace import DCTERMS, RDF

from ontology import FILM, PROVENANCE_GRAPH

GOOD = ("Harbor Lights (2019) is a thriller directed by Marla Quenby. The film stars Oren Vasquell "
        "and Tilda Brask, and it was written by Jonas Heddle. Northgate Pictures will release it.")


def test_bad_input_matrix(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    good = d / "good.txt"
    good.write_text("Harbor Lights wraps\n\n" + GOOD, encoding="utf-8")
    empty = d / "empty.txt"
    empty.write_bytes(b"")
    binary = d / "binary.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)
    latin1 = d / "latin1.txt"
    latin1.write_bytes("Café Lumière (2020) stars Zoë Marchetti.\n\nCafé Lumière was directed by "
                       "Renée Dufort and stars Zoë Marchetti.".encode("latin-1"))
    huge = d / "huge.txt"
    with open(huge, "wb") as f:
        f.write((GOOD + "\n").encode() * (20_000_000 // len(GOOD) + 1))
    malformed = d / "malformed.html"
    malformed.write_text("<html><body><p>Director Marla Quenby <b>finished <i>filming Harbor Lights</b> "
                         "with Oren Vasquell.<div><p>The film stars Tilda Brask <table><tr><td>and opens in May")
    nofilm = d / "weather.txt"
    nofilm.write_text("Rain is expected across the north on Tuesday, with strong winds near the coast. "
                      "Temperatures will fall overnight and frost is likely on higher ground.")
    missing = d / "missing.txt"
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    url = f"http://127.0.0.1:{port}/news/article.html"
    store = tmp_path / "store"

    inputs = [good, empty, binary, latin1, huge, malformed, nofilm, missing, url]
    res = run_cli("ingest", *map(str, inputs), "--store", str(store), "--no-progress")

    assert res.returncode == 1, (res.stdout, res.stderr)
    assert "Traceback" not in res.stderr + res.stdout
    lines = res.stderr.splitlines()
    errors = [line for line in lines if line.startswith("error:")]
    expected = {empty: "empty", binary: "binary", huge: "too large", missing: "no such file", url: "could not fetch"}
    assert len(errors) == len(expected), res.stderr
    for item, word in expected.items():
        [line] = [e for e in errors if f"error: {item}:" in e]
        assert word in line, line
    for item in (good, latin1, malformed, nofilm):
        assert not any(str(item) in e for e in errors), res.stderr
    assert [line for line in lines if str(nofilm) in line and "no film facts" in line], res.stderr
    assert "5 failed" in res.stdout and "4 articles ingested" in res.stdout, res.stdout

    export = run_cli("export", "--store", str(store), "--format", "nquads")
    assert export.returncode == 0, export.stderr
    ds = Dataset()
    ds.parse(data=export.stdout, format="nquads")
    prov = ds.graph(PROVENANCE_GRAPH)
    sources = {str(o) for o in prov.objects(None, DCTERMS.source)}
    assert sources == {str(good), str(latin1), str(malformed), str(nofilm)}
    titles = {str(o) for o in prov.objects(None, DCTERMS.title)}
    assert "Café Lumière (2020) stars Zoë Marchetti." in titles  # Latin-1 decoded, not mangled

    # Only whole articles: every named graph has its provenance, every evidence node its article.
    articles = set(prov.subjects(RDF.type, FILM.Article))
    for ctx in ds.contexts():
        name = ctx.identifier
        if name == PROVENANCE_GRAPH or not len(ctx) or name == ds.default_graph.identifier:
            continue
        assert name in articles, name
        assert set(ctx.objects(None, FILM.article)) <= {name}
    union = Graph()
    for s, p, o, _ in ds.quads():
        union.add((s, p, o))
    for ev in union.subjects(RDF.type, FILM.Evidence):
        assert union.value(ev, FILM.article) in articles
        assert isinstance(union.value(ev, FILM.sentence), Literal)
