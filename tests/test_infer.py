"""filmkg infer: OWL-RL over the ontology into its own graph, and --remove back to the extraction."""
from __future__ import annotations

import io

from test_sparql import build_fixture

from ontology import INFERRED_GRAPH


def _dump(store) -> bytes:
    buf = io.BytesIO()
    store.export(buf, "nquads")
    return b"\n".join(sorted(buf.getvalue().splitlines()))


def _labels(store, q):
    from graph.sparql import run

    return sorted({str(v) for row in run(store, q).values() for v in row})


def test_infer_and_remove(memory_store):
    from graph.sparql import infer, remove_inferred, run

    store = build_fixture(memory_store)
    before = _dump(store)
    starsin = """SELECT ?t WHERE { ?p rdfs:label "Tobin Reyes" ; film:starsIn ?f . ?f rdfs:label ?t }"""
    assert _labels(store, starsin) == []
    n = infer(store)
    assert n > 0
    assert _labels(store, starsin) == ["Copper Lanterns", "Glass Harbor", "Glass Harbor III"]
    # directed (inverse of director), followedBy (inverse of follows), symmetric spouse and sibling
    assert _labels(store, """SELECT ?t WHERE { ?p rdfs:label "Ines Valcourt" ; film:directed ?f .
                                              ?f rdfs:label ?t }""") == ["Glass Harbor", "Glass Harbor II",
                                                                         "Glass Harbor III"]
    assert _labels(store, """SELECT ?t WHERE { ?f rdfs:label "Glass Harbor" ; film:followedBy ?n .
                                              ?n rdfs:label ?t }""") == ["Glass Harbor II"]
    assert _labels(store, """SELECT ?t WHERE { ?p rdfs:label "Tobin Reyes" ; film:spouse ?s .
                                              ?s rdfs:label ?t }""") == ["Mira Castellane"]
    assert _labels(store, """SELECT ?t WHERE { ?p rdfs:label "Pell Whitby" ; film:sibling ?s .
                                              ?s rdfs:label ?t }""") == ["Lark Whitby"]
    # only new triples, only filmkg relations and classes, all in the inferred graph
    res = run(store, "SELECT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }", {"g": INFERRED_GRAPH})
    assert len(res) == n
    preds = {str(p).split("#")[-1] for _, p, _ in res.rows}
    assert preds <= {"starsIn", "directed", "followedBy", "spouse", "sibling", "plays", "type"}
    for s, p, o in res.rows:
        assert str(p).startswith("https://w3id.org/filmkg/ontology#") or str(o).startswith(
            "https://w3id.org/filmkg/ontology#")
        assert run(store, "ASK { GRAPH ?g { ?s ?p ?o } FILTER(?g != ?inf) }",
                   {"s": s, "p": p, "o": o, "inf": INFERRED_GRAPH}).boolean is False
    # a hedged claim is evidence only: nothing is inferred from it
    assert _labels(store, """SELECT ?t WHERE { ?p rdfs:label "Pell Whitby" ; film:starsIn ?f .
                                              ?f rdfs:label ?t }""") == []
    # running again replaces, never accumulates
    assert infer(store) == n
    assert remove_inferred(store) == n
    assert _dump(store) == before


def test_cli_infer(tmp_path):
    from click.testing import CliRunner

    from graph.cli import main
    from graph.store import open_store

    path = str(tmp_path / "s")
    with open_store(path) as s:
        build_fixture(s)
    r = CliRunner()
    out = r.invoke(main, ["infer", "--store", path])
    assert out.exit_code == 0 and "inferred triple" in out.output, out.output
    out = r.invoke(main, ["query", "ASK { ?p film:starsIn ?f }", "--store", path])
    assert out.output.strip() == "true"
    out = r.invoke(main, ["infer", "--remove", "--store", path])
    assert out.exit_code == 0 and out.output.startswith("removed ")
    out = r.invoke(main, ["query", "ASK { ?p film:starsIn ?f }", "--store", path])
    assert out.output.strip() == "false"
    assert "--remove" in r.invoke(main, ["infer", "--help"]).output
