"""graph.resolve: one node per person, film, franchise across articles, whatever the order.

Every name here is invented for these tests.
"""
from __future__ import annotations

import itertools

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import RDFS, SKOS

from extractors.model import Article, Entity, Extraction, Fact
from graph.build import entity_iri
from graph.ingest import write_extraction
from graph.resolve import resolve
from graph.store import open_store
from ontology import FILM, PROVENANCE_GRAPH


def extraction(source: str, entities: list[tuple], facts: list[tuple]) -> Extraction:
    """entities: (key, label, type[, year]); facts: (subject key, relation, object key or year)."""
    text = f"An article written for the resolution tests ({source})."
    ents = tuple(Entity(e[0], e[1], e[2], year=e[3] if len(e) > 3 else None) for e in entities)
    return Extraction(article=Article(text=text, source=source),
                      entities=ents,
                      facts=tuple(Fact(s, r, o, text, 0, len(text), "test:rule") for s, r, o in facts))


def full_name_article(source="/news/full.txt", person="Marla Quenby", film="Harbor Lights"):
    return extraction(source, [("f", film, "Film"), ("p", person, "Person")], [("f", "P57", "p")])


def bare_name_article(source="/news/bare.txt", word="Quenby", film="Copper Lantern"):
    return extraction(source, [("f", film, "Film"), ("p", word, "Person")], [("f", "P161", "p")])


def quads(store) -> set[tuple]:
    """Every quad outside the provenance graph (which holds ingest times)."""
    rows = store.query("SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } FILTER (?g != ?prov) }",
                       bindings={"prov": PROVENANCE_GRAPH}).rows
    return set(rows)


def nodes_named(store, name: str) -> set[URIRef]:
    rows = store.query("SELECT DISTINCT ?e WHERE { ?e rdfs:label|skos:altLabel ?n }",
                       bindings={"n": Literal(name)}).rows
    return {r[0] for r in rows}


def labels(store, iri: URIRef, graph: URIRef | None = None) -> tuple[set[str], set[str]]:
    q = "SELECT ?p ?l WHERE { ?e ?p ?l FILTER (?p IN (rdfs:label, skos:altLabel)) }"
    rows = store.query(q, bindings={"e": iri}, graph=str(graph) if graph else None).rows
    return {str(lit) for p, lit in rows if p == RDFS.label}, {str(lit) for p, lit in rows if p == SKOS.altLabel}


def used_anywhere(store, iri: URIRef) -> bool:
    return bool(store.query("ASK { GRAPH ?g { { ?x ?p ?o } UNION { ?s ?p ?x } } }", bindings={"x": iri}).boolean)


MARLA = entity_iri("Person", "Marla Quenby")
BARE = entity_iri("Person", "Quenby")


def test_bare_surname_joins_the_one_full_name():
    with open_store("memory:") as store:
        write_extraction(store, full_name_article())
        bare = bare_name_article()
        write_extraction(store, bare)
        assert nodes_named(store, "Quenby") == {MARLA}
        assert not used_anywhere(store, BARE)
        from graph.build import article_iri

        label, alts = labels(store, MARLA, article_iri(bare.article))
        assert label == {"Marla Quenby"} and alts == {"Quenby"}


def test_bare_surname_shared_by_two_people_stays_apart():
    with open_store("memory:") as store:
        write_extraction(store, full_name_article())
        write_extraction(store, full_name_article("/news/other.txt", person="Ines Quenby", film="Salt Road"))
        write_extraction(store, bare_name_article())
        assert nodes_named(store, "Quenby") == {BARE}
        assert used_anywhere(store, MARLA) and used_anywhere(store, entity_iri("Person", "Ines Quenby"))


def test_full_name_arriving_later_absorbs_the_bare_node():
    with open_store("memory:") as store:
        bare = bare_name_article()
        write_extraction(store, bare)
        assert used_anywhere(store, BARE)
        write_extraction(store, full_name_article())
        assert not used_anywhere(store, BARE)
        # The bare article's fact now names the full node, which keeps the full label everywhere.
        cast = store.query("SELECT ?p WHERE { ?f film:castMember ?p }",
                           bindings={"f": entity_iri("Film", "Copper Lantern")}).rows
        assert [r[0] for r in cast] == [MARLA]
        label, alts = labels(store, MARLA)
        assert label == {"Marla Quenby"} and alts == {"Quenby"}
        ev = store.query("SELECT ?o WHERE { ?ev a film:Evidence ; rdf:predicate film:castMember ; rdf:object ?o }")
        assert {r[0] for r in ev.rows} == {MARLA}


@pytest.mark.parametrize("articles", [
    [full_name_article(), bare_name_article(), bare_name_article("/news/third.txt", film="Night Ferry")],
    [full_name_article(), bare_name_article("/news/first-name.txt", word="Marla", film="Night Ferry")],
    [full_name_article(), full_name_article("/news/film.txt", person="Tilda Brask", film="The Copper Lantern"),
     bare_name_article(), extraction("/news/org.txt", [("o", "Northgate Pictures", "Organization"),
                                                      ("f", "Copper Lantern", "Film")], [("f", "P272", "o")])],
])
def test_resolution_does_not_depend_on_ingest_order(articles):
    outcomes = []
    for order in itertools.permutations(articles):
        with open_store("memory:") as store:
            for ex in order:
                write_extraction(store, ex)
            outcomes.append(quads(store))
    assert all(o == outcomes[0] for o in outcomes[1:])


def test_bare_node_is_not_merged_when_two_full_names_arrive_together():
    with open_store("memory:") as store:
        write_extraction(store, bare_name_article())
        write_extraction(store, extraction("/news/two.txt", [
            ("f", "Harbor Lights", "Film"), ("a", "Marla Quenby", "Person"), ("b", "Ines Quenby", "Person")],
            [("f", "P161", "a"), ("f", "P161", "b")]))
        assert used_anywhere(store, BARE)
        assert nodes_named(store, "Quenby") == {BARE}


def test_same_title_different_years_stay_apart_in_either_order():
    a = extraction("/news/a.txt", [("f", "Glass Orchard", "Film", "1999"), ("p", "Oren Vasquell", "Person")],
                   [("f", "P161", "p"), ("f", "P577", "1999")])
    b = extraction("/news/b.txt", [("f", "Glass Orchard", "Film", "2021"), ("p", "Tilda Brask", "Person")],
                   [("f", "P161", "p"), ("f", "P577", "2021")])
    for order in ((a, b), (b, a)):
        with open_store("memory:") as store:
            for ex in order:
                write_extraction(store, ex)
            rows = store.query("SELECT ?f ?y ?p WHERE { ?f film:releaseYear ?y ; film:castMember ?p }").rows
            by_year = {str(y): (f, p) for f, y, p in rows}
            assert set(by_year) == {"1999", "2021"}
            assert by_year["1999"][0] != by_year["2021"][0]
            assert by_year["1999"][1] == entity_iri("Person", "Oren Vasquell")
            assert by_year["2021"][1] == entity_iri("Person", "Tilda Brask")


def test_same_title_without_a_year_joins_the_stored_film():
    with open_store("memory:") as store:
        write_extraction(store, extraction("/news/a.txt", [("f", "Glass Orchard", "Film", "1999")],
                                           [("f", "P577", "1999")]))
        ex = extraction("/news/b.txt", [("f", "Glass Orchard", "Film"), ("p", "Tilda Brask", "Person")],
                        [("f", "P161", "p")])
        assert resolve(store, ex).iris["f"] == entity_iri("Film", "Glass Orchard")


def test_leading_the_is_the_same_title_unless_the_years_differ():
    with open_store("memory:") as store:
        write_extraction(store, extraction("/news/a.txt", [("f", "The Glass Orchard", "Film", "1999")],
                                           [("f", "P577", "1999")]))
        same = extraction("/news/b.txt", [("f", "Glass Orchard", "Film"), ("p", "Tilda Brask", "Person")],
                          [("f", "P161", "p")])
        write_extraction(store, same)
        node = entity_iri("Film", "The Glass Orchard")
        assert nodes_named(store, "Glass Orchard") == {node}
        assert labels(store, node) == ({"The Glass Orchard"}, {"Glass Orchard"})
        other = extraction("/news/c.txt", [("f", "Glass Orchard", "Film", "2021")], [("f", "P577", "2021")])
        assert resolve(store, other).iris["f"] != node


def test_company_with_and_without_the_and_person_organization_confusion():
    with open_store("memory:") as store:
        write_extraction(store, extraction("/news/a.txt", [("f", "Harbor Lights", "Film"),
                                                           ("o", "the Kestrel Film Company", "Organization")],
                                           [("f", "P272", "o")]))
        ex = extraction("/news/b.txt", [("f", "Salt Road", "Film"), ("o", "Kestrel Film Company", "Person")],
                        [("f", "P161", "o")])
        assert resolve(store, ex).iris["o"] == entity_iri("Organization", "the Kestrel Film Company")


def test_company_short_name_joins_its_full_name_in_either_order():
    full = extraction("/news/full.txt", [("f", "Dunphail", "Film"), ("o", "Quellmoor Pictures", "Organization")],
                      [("f", "P750", "o")])
    bare = extraction("/news/bare.txt", [("f", "Gorsemoor", "Film"), ("o", "Quellmoor", "Organization")],
                      [("f", "P750", "o")])
    node = entity_iri("Organization", "Quellmoor Pictures")
    for order in ((full, bare), (bare, full)):
        with open_store("memory:") as store:
            for ex in order:
                write_extraction(store, ex)
            assert nodes_named(store, "Quellmoor") == {node}
            assert labels(store, node) == ({"Quellmoor Pictures"}, {"Quellmoor"})


def test_company_short_name_shared_by_two_companies_stays_apart():
    with open_store("memory:") as store:
        write_extraction(store, extraction("/news/a.txt", [("f", "Dunphail", "Film"),
                                                           ("o", "Quellmoor Pictures", "Organization"),
                                                           ("m", "Quellmoor Media", "Organization")],
                                           [("f", "P750", "o"), ("f", "P272", "m")]))
        bare = extraction("/news/b.txt", [("f", "Gorsemoor", "Film"), ("o", "Quellmoor", "Organization")],
                          [("f", "P750", "o")])
        assert resolve(store, bare).iris["o"] == entity_iri("Organization", "Quellmoor")


def test_one_label_per_node_and_names_kept_as_alt_labels():
    with open_store("memory:") as store:
        write_extraction(store, full_name_article())
        write_extraction(store, bare_name_article())
        write_extraction(store, bare_name_article("/news/first.txt", word="Marla", film="Night Ferry"))
        label, alts = labels(store, MARLA)
        assert label == {"Marla Quenby"}
        assert alts == {"Quenby", "Marla"}


def test_names_with_quotes_are_bound_not_pasted():
    with open_store("memory:") as store:
        write_extraction(store, full_name_article(person='Marla "Q" Quen\\by'))
        write_extraction(store, bare_name_article(word='Quen\\by'))
        ex = bare_name_article("/news/q.txt", word='"Q"}')
        write_extraction(store, ex)
        assert store.count() > 0


class CountingStore:
    """A store that counts queries and the rows they return."""

    def __init__(self, store):
        self.store, self.queries, self.rows = store, 0, 0

    def query(self, *args, **kwargs):
        res = self.store.query(*args, **kwargs)
        self.queries += 1
        self.rows = max(self.rows, len(res.rows))
        return res

    def update(self, sparql):
        self.store.update(sparql)


def test_resolution_asks_few_bounded_questions():
    with open_store("memory:") as store:
        for i, (first, last) in enumerate(itertools.product(["Aldo", "Bram", "Cosima", "Dov", "Edvin"],
                                                            ["Ahlqvor", "Lisk", "Moravec", "Penhallow"])):
            write_extraction(store, full_name_article(f"/news/{i}.txt", person=f"{first} {last}",
                                                      film=f"Film Number {i}"))
        counting = CountingStore(store)
        write_extraction(counting, full_name_article("/news/q.txt"))  # first use: the name index is built
        counting.queries = counting.rows = 0
        res = resolve(counting, bare_name_article())
        assert res.iris["p"] == MARLA
        assert counting.queries == 1
        assert counting.rows <= 4  # the article's own names and the one Quenby, not all 21 people
        write_extraction(counting, bare_name_article())
        counting.queries = 0
        res = resolve(counting, bare_name_article("/news/l.txt", word="Lisk"))  # five people: ambiguous
        assert res.iris["p"] == entity_iri("Person", "Lisk")
        assert counting.queries == 1


def test_people_removed_since_are_not_joined():
    from graph.articles import remove_article
    from graph.build import article_iri

    with open_store("memory:") as store:
        full = full_name_article()
        write_extraction(store, full)
        remove_article(store, str(article_iri(full.article)))
        assert resolve(store, bare_name_article()).iris["p"] == BARE


def test_merge_is_one_transaction_with_the_article():
    """The update that writes an article also carries the merge it causes, nothing separate."""
    with open_store("memory:") as store:
        write_extraction(store, bare_name_article())
        updates = []

        class Recording(CountingStore):
            def update(self, sparql):
                updates.append(sparql)
                self.store.update(sparql)

        write_extraction(Recording(store), full_name_article())
        assert len(updates) == 1 and str(BARE) in updates[0]
        assert not used_anywhere(store, BARE)
        assert store.query("ASK { ?p a film:Person }").boolean
        assert {r[0] for r in store.query("SELECT ?t WHERE { ?x a ?t }", bindings={"x": MARLA}).rows} == {
            FILM.Person}
