"""The fast paths of graph.ingest give the same store as the plain ones.

Worker processes, chunked hand-out, batched "already stored?" lookups: none of them may change
what ends up in the store. Articles are the bundled examples plus a few written here.
"""
from __future__ import annotations

import shutil

import pytest
from rdflib import URIRef

from graph import ingest as ingest_mod
from graph.ingest import ingest
from graph.store import open_store
from ontology import PROV

FIRST = ["Marla", "Oren", "Tilda", "Jonah", "Ines", "Callum", "Priya", "Dov"]
LAST = ["Quenby", "Vasquell", "Brask", "Pellicott", "Radovan", "Treadwell", "Castellane", "Thorvik"]
TITLES = ["Harbor Lights", "Salt Road", "Glass Orchard", "Night Ferry", "Copper Lantern", "Winter Signal"]


def small_article(n: int) -> str:
    a, b, c = (f"{FIRST[(n + k) % len(FIRST)]} {LAST[(n * 3 + k) % len(LAST)]}" for k in range(3))
    title = TITLES[n % len(TITLES)]
    return (f"{title} news {n}\n\n{title} ({2000 + n}) is a new drama directed by {a}. "
            f"The film stars {b} and {c}. {LAST[(n * 3 + 1) % len(LAST)]} plays a harbor master.\n")


def content(store) -> set[tuple]:
    """Every quad except the ingest time, which differs from run to run."""
    rows = store.query("SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } FILTER (?p != ?t) }",
                       bindings={"t": URIRef(PROV.generatedAtTime)}).rows
    return set(rows)


def ingest_with(workers: int, inputs: list[str]) -> tuple[set[tuple], ingest_mod.IngestReport]:
    with open_store("memory:") as store:
        report = ingest(store, inputs, workers=workers, progress=False, on_error=lambda msg: None)
        return content(store), report


@pytest.fixture(scope="module")
def corpus(tmp_path_factory, examples_dir):
    """The examples and 21 short articles: more than two chunks per worker."""
    folder = tmp_path_factory.mktemp("corpus")
    shutil.copytree(examples_dir, folder / "examples")
    for n in range(21):
        (folder / f"news-{n:02d}.txt").write_text(small_article(n), encoding="utf-8")
    return folder


def test_two_workers_store_the_same_as_one_on_the_examples(extractor, examples_dir):
    one, r1 = ingest_with(1, [str(examples_dir)])
    two, r2 = ingest_with(2, [str(examples_dir)])
    assert one and one == two
    assert (r1.articles, r1.facts, r1.failures) == (r2.articles, r2.facts, r2.failures)


def test_two_workers_and_small_chunks_store_the_same_as_one(extractor, corpus, monkeypatch):
    one, r1 = ingest_with(1, [str(corpus)])
    monkeypatch.setattr(ingest_mod, "CHUNK", 3)
    monkeypatch.setattr(ingest_mod, "LOOKUP", 5)
    two, r2 = ingest_with(2, [str(corpus)])
    assert r1.articles == r2.articles == 30
    assert one == two


def test_unchanged_and_duplicate_inputs_with_batched_lookups(extractor, corpus, monkeypatch, tmp_path):
    monkeypatch.setattr(ingest_mod, "LOOKUP", 4)
    copy = tmp_path / "copy.txt"
    copy.write_text(small_article(3), encoding="utf-8")
    with open_store("memory:") as store:
        first = ingest(store, [str(corpus)], progress=False, on_error=lambda msg: None)
        again = ingest(store, [str(corpus), str(corpus / "news-03.txt"), str(copy)], workers=2, progress=False)
        assert first.articles == 30 and again.articles == 0
        assert again.unchanged == 32  # everything, the repeated file, and the same text elsewhere
        sources = store.query("SELECT ?src WHERE { ?g film:contentHash ?h ; dcterms:source ?src }",
                              bindings={"h": ingest_mod.Article(small_article(3), "x").digest}).rows
        assert {str(r[0]) for r in sources} == {str(corpus / "news-03.txt"), str(copy)}


class CountingStore:
    def __init__(self, store):
        self.store, self.queries = store, 0

    def query(self, *args, **kwargs):
        self.queries += 1
        return self.store.query(*args, **kwargs)

    def update(self, sparql):
        self.store.update(sparql)


def test_lookups_are_one_query_per_group(extractor, corpus):
    with open_store("memory:") as store:
        ingest(store, [str(corpus)], progress=False)
        counting = CountingStore(store)
        report = ingest(counting, [str(corpus)], progress=False)
        assert report.unchanged == 30
        assert counting.queries == 1


def test_fast_ntriples_block_matches_the_rdflib_triples(extractor, examples_dir):
    """article_block (the write path) says exactly what article_triples says, escapes included."""
    from rdflib import Graph

    from extractors.model import Article, Entity, Extraction, Fact
    from extractors.readers import read_inputs
    from graph.build import article_block, article_triples
    from graph.resolve import resolve

    tricky = 'She said "cut!" \\ then left.\nNew line\r\tTabbed, ünïcode — “quotes”'
    odd = Extraction(
        article=Article(text=tricky, source="/news/odd.txt", date="2024-05-01"),
        entities=(Entity("f", 'The "Quoted" Film\\', "Film", aliases=("Quoted",), year="2020"),
                  Entity("p", "Zoë O'Quenby", "Person", aliases=("O'Quenby",))),
        facts=(Fact("f", "P161", "p", tricky, 0, len(tricky), "test:odd", 0.123456),
               Fact("f", "P577", "2020", tricky, 0, 5, "test:year", 1.0, hedged=True)))
    articles = [a for a in read_inputs([str(examples_dir)]) if isinstance(a, Article)]
    for ex in [odd, *extractor.extract_many(articles)]:
        res = resolve(None, ex)
        expected = Graph()
        for t in article_triples(ex, res.iris, res.labels):
            expected.add(t)
        got = Graph().parse(data=article_block(ex, res.iris, res.labels), format="nt")
        assert set(got) == set(expected), ex.article.source
    with open_store("memory:") as store:
        ingest_mod.write_extraction(store, odd)
        rows = store.query("SELECT ?s WHERE { ?ev film:sentence ?s }").rows
        assert {str(r[0]) for r in rows} == {tricky}
