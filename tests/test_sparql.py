"""SPARQL: saved queries on a hand-built graph, parameter binding, formats and errors."""
from __future__ import annotations

import csv
import io
import json
import re

import pytest
from rdflib import Literal, URIRef

from extractors.errors import QueryError


def fixture_extractions():
    """Three invented articles about the "Glass Harbor" films and a fourth film.

    Glass Harbor (2011), Glass Harbor II (2014, follows it) and Glass Harbor III (2018) form the
    Glass Harbor Saga; Ines Valcourt directs all three and casts Mira Castellane each time.
    Tobin Reyes is in the first and the third and also in Copper Lanterns (2016, directed by
    Sefa Nkem, with Lark Whitby). Mira Castellane is married to Tobin Reyes; Lark Whitby and
    Pell Whitby are siblings. One hedged claim: Pell Whitby "may join" Glass Harbor III.
    """
    from extractors.model import Article, Entity, Extraction, Fact

    def ex(text, source, date, ents, facts):
        art = Article(text=text, source=source, title=text.split(".")[0], date=date)
        return Extraction(art, tuple(Entity(k, label, t, year=y) for k, label, t, y in ents),
                          tuple(Fact(s, r, o, text, 0, len(text), m, c, h) for s, r, o, m, c, h in facts))

    a1 = ex("Glass Harbor opened in 2011. Ines Valcourt directed Mira Castellane and Tobin Reyes in it.",
            "test/a1.txt", "2011-05-01",
            [("f1", "Glass Harbor", "Film", "2011"), ("d", "Ines Valcourt", "Person", None),
             ("m", "Mira Castellane", "Person", None), ("t", "Tobin Reyes", "Person", None),
             ("s", "Glass Harbor Saga", "Series", None)],
            [("f1", "P57", "d", "rule:dir", 0.9, False), ("f1", "P161", "m", "rule:cast", 0.9, False),
             ("f1", "P161", "t", "rule:cast", 0.8, False), ("f1", "P577", "2011", "rule:year", 0.9, False),
             ("f1", "P179", "s", "rule:series", 0.9, False), ("m", "P26", "t", "rule:spouse", 0.7, False)])
    a2 = ex("Glass Harbor II arrives in 2014, again from Ines Valcourt, with Mira Castellane returning. "
            "It follows Glass Harbor.", "test/a2.txt", "2014-02-03",
            [("f2", "Glass Harbor II", "Film", "2014"), ("f1", "Glass Harbor", "Film", None),
             ("d", "Ines Valcourt", "Person", None), ("m", "Mira Castellane", "Person", None),
             ("s", "Glass Harbor Saga", "Series", None)],
            [("f2", "P57", "d", "rule:dir", 0.9, False), ("f2", "P161", "m", "rule:cast", 0.9, False),
             ("f2", "P577", "2014", "rule:year", 0.9, False), ("f2", "P155", "f1", "rule:sequel", 0.8, False),
             ("f2", "P179", "s", "rule:series", 0.9, False)])
    a3 = ex("Glass Harbor III (2018) reunites Ines Valcourt, Mira Castellane and Tobin Reyes; Pell Whitby "
            "may join. Tobin Reyes also led Copper Lanterns (2016) for Sefa Nkem opposite Lark Whitby, "
            "whose brother is Pell Whitby.", "test/a3.txt", "2018-09-09",
            [("f3", "Glass Harbor III", "Film", "2018"), ("f2", "Glass Harbor II", "Film", None),
             ("c", "Copper Lanterns", "Film", "2016"), ("d", "Ines Valcourt", "Person", None),
             ("m", "Mira Castellane", "Person", None), ("t", "Tobin Reyes", "Person", None),
             ("n", "Sefa Nkem", "Person", None), ("l", "Lark Whitby", "Person", None),
             ("p", "Pell Whitby", "Person", None)],
            [("f3", "P57", "d", "rule:dir", 0.9, False), ("f3", "P161", "m", "rule:cast", 0.9, False),
             ("f3", "P161", "t", "rule:cast", 0.9, False), ("f3", "P577", "2018", "rule:year", 0.9, False),
             ("f3", "P155", "f2", "rule:sequel", 0.8, False), ("f3", "P161", "p", "rule:cast", 0.4, True),
             ("c", "P57", "n", "rule:dir", 0.9, False), ("c", "P161", "t", "rule:cast", 0.9, False),
             ("c", "P161", "l", "rule:cast", 0.9, False), ("c", "P577", "2016", "rule:year", 0.9, False),
             ("l", "P3373", "p", "rule:sibling", 0.8, False)])
    return [a1, a2, a3]


def build_fixture(store):
    from graph.ingest import write_extraction

    for ex in fixture_extractions():
        write_extraction(store, ex)
    return store


@pytest.fixture
def fx(memory_store):
    return build_fixture(memory_store)


def rows(res):
    return [tuple(v for v in row) for row in res.values()]


# ---------------------------------------------------------------- saved queries

def test_list_saved_has_headers():
    from graph.sparql import list_saved

    saved = {q.name: q for q in list_saved()}
    assert {"filmography", "costars", "collaborators", "franchise", "second-degree", "director-repeats",
            "evidence"} <= set(saved)
    for q in saved.values():
        assert q.summary and q.example.startswith("filmkg query"), q.name
    assert "person" in saved["filmography"].params
    assert set(saved["evidence"].params) == {"subject", "object", "relation"}


def test_filmography_case_insensitive(fx):
    from graph.sparql import run_saved

    res = run_saved(fx, "filmography", person="tobin REYES")
    assert rows(res) == [("cast", "Glass Harbor", "2011"), ("cast", "Copper Lanterns", "2016"),
                         ("cast", "Glass Harbor III", "2018")]
    res = run_saved(fx, "filmography", person="Ines Valcourt")
    assert [r[:2] for r in rows(res)] == [("director", "Glass Harbor"), ("director", "Glass Harbor II"),
                                          ("director", "Glass Harbor III")]


def test_costars(fx):
    from graph.sparql import run_saved

    got = {r[0]: (r[1], set(r[2].split(" | "))) for r in rows(run_saved(fx, "costars", person="Tobin Reyes"))}
    assert got == {"Mira Castellane": (2, {"Glass Harbor", "Glass Harbor III"}),
                   "Lark Whitby": (1, {"Copper Lanterns"})}


def test_collaborators(fx):
    from graph.sparql import run_saved

    pairs = {(r[0], r[1]): r[2] for r in rows(run_saved(fx, "collaborators"))}
    assert pairs == {("Ines Valcourt", "Mira Castellane"): 3, ("Ines Valcourt", "Tobin Reyes"): 2,
                     ("Mira Castellane", "Tobin Reyes"): 2} or \
        {frozenset(k): v for k, v in pairs.items()} == {
            frozenset({"Ines Valcourt", "Mira Castellane"}): 3, frozenset({"Ines Valcourt", "Tobin Reyes"}): 2,
            frozenset({"Mira Castellane", "Tobin Reyes"}): 2}
    mine = {r[1]: r[2] for r in rows(run_saved(fx, "collaborators", person="mira castellane"))}
    assert mine == {"Ines Valcourt": 3, "Tobin Reyes": 2}


def test_franchise_in_order(fx):
    from graph.sparql import run_saved

    res = run_saved(fx, "franchise", series="glass harbor saga")
    assert rows(res) == [("Glass Harbor", "2011", 0), ("Glass Harbor II", "2014", 1), ("Glass Harbor III", "2018", 2)]


def test_second_degree(fx):
    from graph.sparql import run_saved

    got = {r[0]: (r[1], r[2]) for r in rows(run_saved(fx, "second-degree", person="Ines Valcourt"))}
    # Ines worked with Tobin; Tobin worked with Sefa and Lark on Copper Lanterns.
    assert got == {"Lark Whitby": (1, "Tobin Reyes"), "Sefa Nkem": (1, "Tobin Reyes")}


def test_director_repeats(fx):
    from graph.sparql import run_saved

    got = rows(run_saved(fx, "director-repeats"))
    assert [(r[0], r[1], r[2]) for r in got] == [("Ines Valcourt", "Mira Castellane", 3),
                                                 ("Ines Valcourt", "Tobin Reyes", 2)]


def test_evidence_why(fx):
    from graph.sparql import run_saved

    res = run_saved(fx, "evidence", subject="Glass Harbor III", object="pell whitby")
    d = res.dicts()
    assert len(d) == 1
    assert str(d[0]["status"]) == "hedged" and "may join" in str(d[0]["sentence"])
    assert str(d[0]["source"]) == "test/a3.txt" and str(d[0]["date"]) == "2018-09-09"
    assert d[0]["ingested"] is not None and str(d[0]["title"]).startswith("Glass Harbor III")
    res = run_saved(fx, "evidence", subject="glass harbor", relation="release year")
    assert [str(r["sentence"])[:12] for r in res.dicts()] == ["Glass Harbor"]
    res = run_saved(fx, "evidence", subject="Glass Harbor", object="2011")
    assert len(res) == 1 and str(res.dicts()[0]["property"]).endswith("#releaseYear")
    # the same fact read in two articles is two pieces of evidence
    res = run_saved(fx, "evidence", subject="Glass Harbor II", relation="director")
    assert len(res) == 1


def test_saved_query_param_checks(fx):
    from graph.sparql import run_saved

    with pytest.raises(QueryError, match="missing --param person"):
        run_saved(fx, "filmography")
    with pytest.raises(QueryError, match="unknown parameter actor"):
        run_saved(fx, "filmography", person="x", actor="y")
    with pytest.raises(QueryError, match="no such saved query"):
        run_saved(fx, "nope")


def test_graph_restricts_to_one_article(fx):
    from graph.build import article_iri
    from graph.sparql import run, run_saved

    a2 = fixture_extractions()[1].article
    q = "SELECT DISTINCT ?t WHERE { ?f a film:Film ; rdfs:label ?t } ORDER BY ?t"
    assert [r[0] for r in rows(run(fx, q, graph=str(article_iri(a2))))] == ["Glass Harbor", "Glass Harbor II"]
    assert len(run(fx, q)) == 4  # the union of every article
    # evidence still finds its provenance (a named graph) when restricted
    res = run_saved(fx, "evidence", graph=str(article_iri(a2)), subject="Glass Harbor II", relation="director")
    assert str(res.dicts()[0]["source"]) == "test/a2.txt"


# ---------------------------------------------------------------- binding never pastes

INJECTIONS = ['x" } ; DROP ALL #', "x' } UNION { ?s ?p ?o }", 'a"""b', "}", "{", "\\", 'x\\" . } #\n}',
              "\\u0022 }", "<http://evil>", "?who", "Tobin Reyes\" || true || \""]


@pytest.mark.parametrize("value", INJECTIONS)
def test_injection_is_data(fx, value):
    from graph.sparql import bind, run, run_saved

    assert len(run_saved(fx, "filmography", person=value)) == 0
    res = run(fx, "SELECT ?v WHERE { FILTER(BOUND(?v)) }", {"v": Literal(value)})
    assert rows(res) == [(value,)]
    res = run(fx, "SELECT ?v (STRLEN(?v) AS ?n) WHERE { }", {"v": value})
    assert rows(res) == [(value, len(value))] or value.startswith("<")
    assert fx.count() > 0  # nothing dropped
    text = bind("SELECT * WHERE { ?s ?p ?o }", {"v": Literal(value)})
    assert text.endswith("?s ?p ?o }")


def test_param_typing():
    from graph.sparql import parse_params, typed_value

    p = parse_params(["year=2014", "r=4.5", "who=Mira Castellane", "iri=<https://example.org/a>",
                      "cls=film:Film", 's="2014"', "t=a=b"])
    assert p["year"] == Literal(2014) and p["r"].datatype.endswith("#decimal")
    assert p["who"] == Literal("Mira Castellane") and p["s"] == Literal("2014") and p["t"] == Literal("a=b")
    assert p["iri"] == URIRef("https://example.org/a")
    assert p["cls"] == URIRef("https://w3id.org/filmkg/ontology#Film")
    with pytest.raises(QueryError, match="not a valid IRI"):
        typed_value("<http://a b>")
    with pytest.raises(QueryError, match="NAME=VALUE"):
        parse_params(["novalue"])


def test_bind_filters_and_aggregates_see_params(fx):
    from graph.sparql import run

    q = """SELECT (COUNT(DISTINCT ?f) AS ?n) WHERE { ?f a film:Film ; film:releaseYear ?y
           FILTER(xsd:integer(STR(?y)) > ?after) }"""
    assert rows(run(fx, q, {"after": 2013})) == [(3,)]
    q = "CONSTRUCT { ?f rdfs:label ?t } WHERE { ?f film:releaseYear ?y ; rdfs:label ?t FILTER(STR(?y) = ?yr) }"
    res = run(fx, q, {"yr": "2016"})
    assert [str(t[2]) for t in res.triples] == ["Copper Lanterns"]
    q = "SELECT ?t WHERE { { SELECT ?t WHERE { ?f rdfs:label ?t } } FILTER(?t = ?want) }"
    assert rows(run(fx, q, {"want": "Sefa Nkem"})) == [("Sefa Nkem",)]
    # a WHERE that is only a sub-SELECT: the values join with its results
    q = "SELECT ?t WHERE { SELECT DISTINCT ?t WHERE { ?f a film:Person ; rdfs:label ?t } }"
    assert rows(run(fx, q, {"t": "Sefa Nkem"})) == [("Sefa Nkem",)]
    assert run(fx, "ASK { ?p rdfs:label ?n }", {"n": "Lark Whitby"}).boolean is True


# ---------------------------------------------------------------- errors and formats

def test_bad_query_message_has_line_and_column(fx):
    from graph.sparql import run

    with pytest.raises(QueryError) as err:
        run(fx, "SELECT ?x\nWHERE {\n  ?x ?y ?z .\n  FILTER(?x = )\n}")
    msg = str(err.value)
    assert re.search(r"at line [45], column \d+: expected", msg) and "\n" not in msg and len(msg) < 300
    with pytest.raises(QueryError, match=r"line 1, column \d+: unknown prefix foo:"):
        run(fx, "SELECT * WHERE { ?s a foo:Bar }")
    with pytest.raises(QueryError, match="line 2"):
        run(fx, "SELECT * WHERE {\n ?s ?p }", {"x": "y"})


def test_formats(fx):
    from graph.sparql import format_results, run_saved

    res = run_saved(fx, "filmography", person="Tobin Reyes")
    table = format_results(res, "table")
    assert table.splitlines()[0].split() == ["role", "film", "year"] and "(3 rows)" in table
    parsed = list(csv.reader(io.StringIO(format_results(res, "csv"))))
    assert parsed[0] == ["role", "film", "year"] and parsed[1] == ["cast", "Glass Harbor", "2011"]
    tsv = format_results(res, "tsv").splitlines()
    assert tsv[0] == "?role\t?film\t?year" and tsv[1] == '"cast"\t"Glass Harbor"\t"2011"'
    doc = json.loads(format_results(res, "json"))
    assert doc["head"]["vars"] == ["role", "film", "year"]
    assert doc["results"]["bindings"][0]["film"] == {"type": "literal", "value": "Glass Harbor"}
    costars = json.loads(format_results(run_saved(fx, "costars", person="Tobin Reyes"), "json"))
    assert costars["results"]["bindings"][0]["shared"]["datatype"].endswith("#integer")


def test_cli_query(tmp_path):
    from click.testing import CliRunner

    from graph.cli import main
    from graph.store import open_store

    store_dir = str(tmp_path / "s")
    with open_store(store_dir) as s:
        build_fixture(s)
    r = CliRunner()
    out = r.invoke(main, ["query", "--list"])
    assert out.exit_code == 0 and "filmography:" in out.output and "--param person" in out.output
    out = r.invoke(main, ["query", "filmography", "--store", store_dir, "--param", "person=tobin reyes",
                          "--format", "csv"])
    assert out.exit_code == 0, out.output
    assert out.output.splitlines()[1] == "cast,Glass Harbor,2011"
    out = r.invoke(main, ["query", "SELECT (COUNT(DISTINCT ?f) AS ?n) WHERE { ?f a film:Film }",
                          "--store", store_dir, "--format", "json"])
    assert json.loads(out.output)["results"]["bindings"][0]["n"]["value"] == "4"
    qf = tmp_path / "q.rq"
    qf.write_text("SELECT ?t WHERE { ?f rdfs:label ?t ; film:releaseYear ?y FILTER(STR(?y) = STR(?year)) }")
    out = r.invoke(main, ["query", "-f", str(qf), "--store", store_dir, "-p", "year=2016", "--format", "tsv"])
    assert out.output.splitlines() == ["?t", '"Copper Lanterns"']
    out = r.invoke(main, ["query", "SELECT * WHERE { ?s ?p }", "--store", store_dir])
    assert out.exit_code == 1 and "line 1, column" in out.output and "Traceback" not in out.output
    out = r.invoke(main, ["query", "filmography", "--store", store_dir])
    assert out.exit_code == 1 and "missing --param person" in out.output
    out = r.invoke(main, ["query", "ASK { ?s a film:Film }", "--store", store_dir])
    assert out.output.strip() == "true"
    out = r.invoke(main, ["query", "CONSTRUCT WHERE { ?f a film:Series }", "--store", store_dir])
    assert "film:Series" in out.output
    from graph.build import article_iri

    g = str(article_iri(fixture_extractions()[1].article))
    out = r.invoke(main, ["query", "SELECT DISTINCT ?t WHERE { ?f a film:Film ; rdfs:label ?t }", "--graph", g,
                          "--store", store_dir, "--format", "csv"])
    assert sorted(out.output.split()[1:]) == ["Glass", "Glass", "Harbor", "Harbor", "II"]
