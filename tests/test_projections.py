"""Projections of a small invented film world, written through the real ingest path (no spaCy).

``make_store`` is shared by the analysis, view and browser tests (pytest puts this folder on
``sys.path``).
"""
from __future__ import annotations

import networkx as nx
import pytest

from extractors.model import Article, Entity, Extraction, Fact
from graph.ingest import write_extraction
from graph.projections import (
    collaboration_graph,
    edges,
    evidence_for,
    film_person_graph,
    franchise_graph,
    node_info,
    whole_graph,
)
from graph.store import open_store

HOSTILE = "<img src=x onerror=alert(1)>"
ID = "https://w3id.org/filmkg/id/"

# (subject, relation, object, sentence, hedged); a subject/object is (type, label[, year]).
F1 = ("Film", "Lanternfall", "2011")
F2 = ("Film", "Lanternfall Rising", "2014")
F3 = ("Film", "Lanternfall: Embers", "2018")
F4 = ("Film", "Salt Meridian", "2016")
F5 = ("Film", "Paper Comets", "2020")
SERIES = ("Series", "Lanternfall saga")
MARA = ("Person", "Mara Quillon")
TEO = ("Person", "Teo Vasquell")
INES = ("Person", "Ines Okorafor")
RAFE = ("Person", "Rafe Dunmoor")
GIL = ("Person", "Gil Arkwrightson")
JUNE = ("Person", "June Tallisford")
ODO = ("Person", "Odo Brennick")
EVIL = ("Person", HOSTILE)

ARTICLES = [
    ("news/lanternfall.txt", "Lanternfall casts its net", "2011-03-02", [
        (F1, "P57", MARA, "Mara Quillon directed Lanternfall.", False),
        (F1, "P161", TEO, "Teo Vasquell stars in Lanternfall.", False),
        (F1, "P161", INES, "Ines Okorafor joins Teo Vasquell in Lanternfall.", False),
        (F1, "P161", EVIL, f"{HOSTILE} has a cameo </script><script>alert(2)</script>\u2028here.", False),
        (F1, "P179", SERIES, "Lanternfall opens the Lanternfall saga.", False),
    ]),
    ("news/rising.txt", "Rising review", "2014-06-10", [
        (F2, "P155", F1, "Lanternfall Rising is the sequel to Lanternfall.", False),
        (F2, "P57", MARA, "Mara Quillon returns to direct Lanternfall Rising.", False),
        (F2, "P161", TEO, "Teo Vasquell is back for Lanternfall Rising.", False),
        (F2, "P161", INES, "Ines Okorafor also returns in Lanternfall Rising.", False),
        (F2, "P161", RAFE, "Rafe Dunmoor joins Lanternfall Rising.", False),
        (F2, "P179", SERIES, "Lanternfall Rising is part of the Lanternfall saga.", False),
    ]),
    ("news/embers.txt", "Embers announced", "2017-09-01", [
        (F3, "P155", F2, "Lanternfall: Embers follows Lanternfall Rising.", False),
        (F3, "P57", MARA, "Mara Quillon will direct Lanternfall: Embers.", False),
        (F3, "P161", TEO, "Teo Vasquell leads Lanternfall: Embers.", False),
        (F3, "P161", JUNE, "June Tallisford is rumoured to join Lanternfall: Embers.", True),
    ]),
    ("news/salt.txt", "Salt Meridian", "2016-01-20", [
        (F4, "P57", GIL, "Gil Arkwrightson directed Salt Meridian.", False),
        (F4, "P161", RAFE, "Rafe Dunmoor stars in Salt Meridian.", False),
        (F4, "P161", JUNE, "June Tallisford co-stars in Salt Meridian.", False),
    ]),
    ("news/comets.txt", "Paper Comets", "2020-02-02", [
        (F5, "P161", ODO, "Odo Brennick stars in Paper Comets.", False),
    ]),
]


def _extraction(source: str, title: str, date: str, facts: list) -> Extraction:
    text = " ".join(f[3] for f in facts)
    ents: dict[tuple, Entity] = {}
    out = []
    pos = 0
    for subj, rel, obj, sentence, hedged in facts:
        for e in (subj, obj):
            if e not in ents:
                ents[e] = Entity(key=f"e{len(ents)}", label=e[1], type=e[0], year=e[2] if len(e) > 2 else None)
        out.append(Fact(ents[subj].key, rel, ents[obj].key, sentence, pos, pos + len(sentence), "fixture",
                        0.9, hedged))
        pos += len(sentence) + 1
    years = [(ents[e].key, e[2]) for e in ents if len(e) > 2]
    for key, year in years:
        sentence = next(f.sentence for f in out if key in (f.subject, f.object))
        out.append(Fact(key, "P577", year, sentence, 0, len(sentence), "fixture"))
    return Extraction(Article(text, source, title, date), tuple(ents.values()), tuple(out))


def fill(store) -> None:
    for args in ARTICLES:
        write_extraction(store, _extraction(*args))


def make_store(path: str | None = None):
    """A store (in memory unless ``path``) holding the invented articles above."""
    store = open_store(path or "memory:")
    fill(store)
    return store


def iri(entity: tuple) -> str:
    from graph.build import entity_iri

    return str(entity_iri(entity[0], entity[1]))


@pytest.fixture(scope="module")
def store():
    s = make_store()
    yield s
    s.close()


def test_node_info_has_labels_types_years(store):
    info = node_info(store)
    assert info[iri(F2)] == {"label": "Lanternfall Rising", "type": "Film", "names": ["Lanternfall Rising"],
                             "year": 2014}
    assert info[iri(EVIL)]["label"] == HOSTILE
    assert info[iri(SERIES)]["type"] == "Series"


def test_a_film_typed_a_work_too_stays_a_film():
    # after `filmkg infer`, a film is also a film:Work (a remake is based on a film): views still draw a film
    s = make_store()
    try:
        work = "https://w3id.org/filmkg/ontology#Work"
        s.update(f"INSERT DATA {{ GRAPH <urn:x:inferred> {{ <{iri(F1)}> a <{work}> }} }}")
        assert node_info(s)[iri(F1)]["type"] == "Film"
        assert node_info(s, ("Work", "Film"))[iri(F1)]["type"] == "Work"
    finally:
        s.close()


def test_hedged_claims_are_not_edges(store):
    assert (iri(F3), "castMember", iri(JUNE)) not in set(edges(store))
    ev = evidence_for(store, [iri(F3)])
    assert ev[(iri(F3), "castMember", iri(JUNE))][0]["status"] == "hedged"


def test_evidence_carries_sentence_source_and_date(store):
    ev = evidence_for(store, [iri(F1)])[(iri(F1), "director", iri(MARA))]
    assert ev == [{"sentence": "Mara Quillon directed Lanternfall.", "status": "stated",
                   "source": "news/lanternfall.txt", "title": "Lanternfall casts its net", "date": "2011-03-02"}]


def test_whole_graph_is_typed_multidigraph(store):
    g = whole_graph(store)
    assert isinstance(g, nx.MultiDiGraph)
    assert g.nodes[iri(MARA)]["type"] == "Person"
    assert g.has_edge(iri(F2), iri(F1), key="follows")
    assert g.has_edge(iri(F1), iri(SERIES), key="partOfSeries")
    assert g.number_of_nodes() == 14  # 5 films, 1 series, 8 people


def test_film_person_graph_by_role(store):
    b = film_person_graph(store)
    assert nx.is_bipartite(b)
    assert b.edges[iri(F1), iri(MARA)]["roles"] == ["director"]
    actors = film_person_graph(store, roles=["actor"])
    assert iri(MARA) not in actors and iri(GIL) not in actors


def test_collaboration_weights_match_networkx_projection(store):
    c = collaboration_graph(store)
    assert c.edges[iri(MARA), iri(TEO)]["weight"] == 3
    assert c.edges[iri(MARA), iri(TEO)]["roles"][iri(F1)] == {iri(MARA): ["director"], iri(TEO): ["actor"]}
    b = film_person_graph(store)
    people = [n for n, d in b.nodes(data="bipartite") if d == 1]
    ref = nx.bipartite.weighted_projected_graph(b, people)
    assert {(min(u, v), max(u, v), w) for u, v, w in ref.edges(data="weight")} == \
           {(min(u, v), max(u, v), w) for u, v, w in c.edges(data="weight")}


def test_franchise_graph(store):
    f = franchise_graph(store)
    assert set(f.successors(iri(F3))) == {iri(F2)}
    assert f.nodes[iri(F3)]["year"] == 2018
    assert iri(F4) not in f
