"""graph.store and the article layout: stores, exports, re-ingest, replace, remove, bindings."""
from __future__ import annotations

import io

import pytest
from conftest import make_extraction
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, XSD

from extractors.errors import StoreError
from graph.articles import find_articles, list_articles, remove_article
from graph.build import article_iri
from graph.ingest import ingest, write_extraction
from graph.store import open_store
from ontology import FILM, ID, PROVENANCE_GRAPH

A_TEXT = "Harbor Lights stars Oren Vasquell and Tilda Brask. Marla Quenby directed it."
B_TEXT = "The Salt Road stars Ines Radovan. Marla Quenby directed it."


def two_articles(store):
    a = make_extraction(A_TEXT, "/news/a.txt")
    b = make_extraction(B_TEXT, "/news/b.txt", people=("Ines Radovan",), film="The Salt Road", year="2021")
    write_extraction(store, a)
    write_extraction(store, b)
    return a, b


def dump(store, fmt="nquads") -> bytes:
    buf = io.BytesIO()
    store.export(buf, fmt)
    return buf.getvalue()


def quads(store) -> set:
    ds = Dataset()
    ds.parse(data=dump(store).decode(), format="nquads")
    return {(s, p, o, g.identifier if isinstance(g, Graph) else g) for s, p, o, g in ds.quads()}


def graph_quads(store, graph) -> set:
    return {q for q in quads(store) if q[3] == graph}


@pytest.mark.parametrize("kind", ["memory", "disk"])
def test_memory_and_disk_stores(kind, tmp_store):
    spec = "memory:" if kind == "memory" else str(tmp_store)
    with open_store(spec) as store:
        a, _ = two_articles(store)
        n = store.count()
        assert n > 0
        res = store.query("SELECT ?p WHERE { ?f film:castMember ?p } ORDER BY ?p",
                          bindings={"f": ID["film/harbor-lights"]})
        assert [str(r[0]) for r in res] == [str(ID["person/oren-vasquell"]), str(ID["person/tilda-brask"])]
    if kind == "disk":
        with open_store(spec) as again:  # persisted
            assert again.count() == n
            assert {str(r["source"]) for r in list_articles(again)} == {"/news/a.txt", "/news/b.txt"}


def test_store_path_that_is_a_file(tmp_path):
    f = tmp_path / "file"
    f.write_text("x")
    with pytest.raises(StoreError, match="file"):
        open_store(str(f))


def test_store_in_use_is_a_clear_error(tmp_store):
    with open_store(str(tmp_store)):
        with pytest.raises(StoreError, match=str(tmp_store)):
            open_store(str(tmp_store))


@pytest.mark.parametrize("fmt,rdflib_fmt,dataset", [
    ("nt", "nt", False), ("turtle", "turtle", False),
    ("nquads", "nquads", True), ("trig", "trig", True), ("jsonld", "json-ld", True)])
def test_export_formats_parse_back(memory_store, fmt, rdflib_fmt, dataset):
    two_articles(memory_store)
    data = dump(memory_store, fmt).decode("utf-8")
    g = Dataset() if dataset else Graph()
    g.parse(data=data, format=rdflib_fmt)
    expected = quads(memory_store)
    if dataset:
        got = {(s, p, o, c.identifier if isinstance(c, Graph) else c) for s, p, o, c in g.quads()}
        assert got == expected
    else:
        assert set(g) == {q[:3] for q in expected}
    assert (ID["film/harbor-lights"], FILM.castMember, ID["person/oren-vasquell"]) in (
        {q[:3] for q in expected})


def test_nquads_one_named_graph_per_article_with_source(memory_store):
    a, b = two_articles(memory_store)
    all_quads = quads(memory_store)
    for ex, film in ((a, "harbor-lights"), (b, "the-salt-road")):
        g = article_iri(ex.article)
        mine = {q for q in all_quads if q[3] == g}
        assert (ID[f"film/{film}"], FILM.director, ID["person/marla-quenby"], g) in mine
        assert (g, DCTERMS.source, Literal(ex.article.source), PROVENANCE_GRAPH) in all_quads
        assert (g, RDF.type, FILM.Article, PROVENANCE_GRAPH) in all_quads
    names = {q[3] for q in all_quads}
    assert names == {article_iri(a.article), article_iri(b.article), PROVENANCE_GRAPH}


def test_url_articles_are_named_by_their_url(memory_store):
    ex = make_extraction(A_TEXT, "https://news.example.org/a?id=1", url="https://news.example.org/a?id=1")
    write_extraction(memory_store, ex)
    assert article_iri(ex.article) == URIRef("https://news.example.org/a?id=1")
    assert find_articles(memory_store, "https://news.example.org/a?id=1") == [article_iri(ex.article)]


def test_examples_nquads_name_their_sources(examples_nquads, examples_dir):
    ds = Dataset()
    ds.parse(data=examples_nquads.decode(), format="nquads")
    sources = {str(o) for _, _, o, _ in ds.quads((None, DCTERMS.source, None, None))}
    assert sources == {str(p) for p in sorted(examples_dir.iterdir()) if p.suffix in {".txt", ".md", ".html"}}
    for ctx in ds.contexts():
        if ctx.identifier in (PROVENANCE_GRAPH, ds.default_graph.identifier) or not len(ctx):
            continue
        assert (ctx.identifier, DCTERMS.source, None) in ds.get_context(PROVENANCE_GRAPH)


def test_reingesting_the_same_files_changes_nothing(extractor, examples_dir):
    with open_store("memory:") as store:
        first = ingest(store, [str(examples_dir)], progress=False)
        before = dump(store)
        again = ingest(store, [str(examples_dir)], progress=False)
        assert dump(store) == before
    assert first.articles == len(list(examples_dir.iterdir())) and not first.failures
    assert again.articles == 0 and again.unchanged == first.articles


def test_changed_text_replaces_the_articles_graph(memory_store):
    old = make_extraction(A_TEXT, "/news/a.txt")
    write_extraction(memory_store, old)
    other = make_extraction(B_TEXT, "/news/b.txt", people=("Ines Radovan",), film="The Salt Road", year="2021")
    write_extraction(memory_store, other)
    other_quads = graph_quads(memory_store, article_iri(other.article))
    new = make_extraction(A_TEXT + " (Corrected.)", "/news/a.txt", people=("Jonah Pellicott",), film="Night Ferry",
                          year="2022")
    write_extraction(memory_store, new)
    all_quads = quads(memory_store)
    assert not {q for q in all_quads if q[3] == article_iri(old.article)}
    assert not {q for q in all_quads if q[0] == article_iri(old.article)}  # old provenance gone too
    fact = (ID["film/night-ferry"], FILM.castMember, ID["person/jonah-pellicott"], article_iri(new.article))
    assert fact in all_quads
    assert not any(q[0] == ID["film/harbor-lights"] for q in all_quads)
    assert graph_quads(memory_store, article_iri(other.article)) == other_quads
    assert [str(r["source"]) for r in list_articles(memory_store)] == ["/news/a.txt", "/news/b.txt"]


def test_changed_file_is_replaced_through_ingest(extractor, tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("Harbor Lights (2019) stars Oren Vasquell. It was directed by Marla Quenby.")
    with open_store("memory:") as store:
        assert ingest(store, [str(f)], progress=False).articles == 1
        (g1,) = find_articles(store, str(f))
        f.write_text("The Salt Road (2021) stars Ines Radovan. It was directed by Marla Quenby.")
        assert ingest(store, [str(f)], progress=False).articles == 1
        (g2,) = find_articles(store, str(f))
        assert g1 != g2
        assert not graph_quads(store, g1) and not [q for q in quads(store) if q[0] == g1]
        assert len(list_articles(store)) == 1


def test_remove_deletes_exactly_one_article(memory_store):
    a, b = two_articles(memory_store)
    before = quads(memory_store)
    assert remove_article(memory_store, "/news/a.txt") == 1
    after = quads(memory_store)
    ga, gb = article_iri(a.article), article_iri(b.article)
    removed = before - after
    assert removed == {q for q in before if q[3] == ga or q[0] == ga}
    assert {q for q in after if q[3] == gb} == {q for q in before if q[3] == gb}
    assert remove_article(memory_store, "/news/a.txt") == 0
    assert remove_article(memory_store, str(gb)) == 1  # by graph IRI
    assert not quads(memory_store)


def test_bindings_are_not_pasted(memory_store):
    tricky = '/news/we"ird } name\'s.txt'
    write_extraction(memory_store, make_extraction(A_TEXT, tricky))
    write_extraction(memory_store, make_extraction(B_TEXT, "/news/b.txt", film="The Salt Road"))
    before = quads(memory_store)
    assert len(find_articles(memory_store, tricky)) == 1
    injection = '" } } ; DROP ALL ; SELECT * WHERE { ?s ?p "'
    res = memory_store.query("SELECT ?g WHERE { GRAPH ?prov { ?g dcterms:source ?src } }",
                             bindings={"prov": PROVENANCE_GRAPH, "src": Literal(injection)})
    assert len(res) == 0
    assert find_articles(memory_store, injection) == []
    assert remove_article(memory_store, injection) == 0
    assert quads(memory_store) == before
    assert remove_article(memory_store, tricky) == 1
    assert len(list_articles(memory_store)) == 1


def test_hedged_facts_are_evidence_only(memory_store):
    ex = make_extraction(A_TEXT, "/news/a.txt", year=None, hedged_last=True)  # director hedged
    write_extraction(memory_store, ex)
    res = memory_store.query("ASK { ?f film:director ?d }")
    assert res.boolean is False
    res = memory_store.query(
        'SELECT ?s WHERE { ?e film:status "hedged" ; rdf:predicate film:director ; rdf:subject ?s }')
    assert [r[0] for r in res] == [ID["film/harbor-lights"]]


def test_a_text_files_date_line_is_every_facts_as_of_date(extractor, tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("Harbor Lights wraps\n\nBy Ann Vale\nMarch 7, 2025\n\nHarbor Lights (2019) stars Oren Vasquell.")
    with open_store("memory:") as store:
        assert ingest(store, [str(f)], progress=False).articles == 1
        evidence = {s for s, p, o, g in quads(store) if p == RDF.type and o == FILM.Evidence}
        dated = {s for s, p, o, g in quads(store) if p == FILM.asOf and o == Literal("2025-03-07", datatype=XSD.date)}
        assert evidence and evidence == dated
        assert any(p == DCTERMS.date and str(o) == "2025-03-07" for s, p, o, g in quads(store))
