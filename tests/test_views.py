"""HTML views without a browser: self-contained, escaped, bounded, with evidence in tooltips."""
from __future__ import annotations

import json
import re

import pytest
from test_projections import F1, F3, HOSTILE, JUNE, MARA, TEO, iri, make_store

from extractors.errors import FilmkgError
from graph.views import (
    Scene,
    collaboration_view,
    demo_views,
    ego_view,
    franchise_view,
    overview_view,
    path_view,
    script_json,
)


@pytest.fixture(scope="module")
def scene():
    store = make_store()
    yield Scene(store)
    store.close()


@pytest.fixture(scope="module")
def pages(scene):
    return {
        "overview": overview_view(scene),
        "ego": ego_view(scene, "Teo Vasquell", depth=2),
        "franchise": franchise_view(scene, "Lanternfall"),
        "collaboration": collaboration_view(scene),
        "path": path_view(scene, "Ines Okorafor", "June Tallisford"),
    }


def _data(html: str) -> dict:
    raw = re.search(r'<script type="application/json" id="graph-data">(.*?)</script>', html, re.S).group(1)
    return json.loads(raw)


@pytest.mark.parametrize("kind", ["overview", "ego", "franchise", "collaboration", "path"])
def test_page_is_self_contained(pages, kind):
    html = pages[kind].html()
    assert not re.search(r"""(src|href)\s*=\s*["']?\s*(https?:)?//""", html, re.I)
    assert "@import" not in html and "<link" not in html
    assert "default-src 'none'" in html  # the browser itself refuses any fetch
    assert "vis-network" in html and "window.filmkg" in html
    html.encode("utf-8")


def test_hostile_names_and_sentences_are_escaped(pages):
    html = pages["overview"].html()
    assert HOSTILE not in html and "<script><script>" not in html
    assert "alert(2)" in html and "</script><script>alert(2)" not in html
    assert "\u2028" not in html
    data = _data(html)
    assert HOSTILE in [n["label"] for n in data["nodes"]]  # shown as text once parsed
    assert any("</script><script>alert(2)</script>\u2028" in e["title"] for e in data["edges"])


def test_title_and_notice_are_escaped(scene):
    view = overview_view(scene, budget=2)
    view.title = HOSTILE
    html = view.html()
    assert "&lt;img src=x onerror=alert(1)&gt;" in html and HOSTILE not in html


def test_script_json_escapes_everything_that_ends_a_script():
    text = script_json({"a": "</script>&<!--\u2028\u2029"})
    assert not set("<>&\u2028\u2029") & set(text)
    assert json.loads(text) == {"a": "</script>&<!--\u2028\u2029"}


def test_tooltips_carry_evidence_sentence_source_and_date(pages):
    edges = {(e["from"], e["to"]): e for e in pages["overview"].edges}
    tip = edges[(iri(F1), iri(MARA))]["title"]
    assert "Mara Quillon directed Lanternfall." in tip
    assert "news/lanternfall.txt" in tip and "2011-03-02" in tip and "Lanternfall casts its net" in tip
    hedged = edges[(iri(F3), iri(JUNE))]
    assert hedged["dashes"] is True and "(hedged)" in hedged["title"]


def test_style_by_class_and_size_by_centrality(pages):
    nodes = {n["id"]: n for n in pages["overview"].nodes}
    assert nodes[iri(F1)]["shape"] == "square" and nodes[iri(MARA)]["shape"] == "dot"
    assert nodes[iri(MARA)]["size"] > nodes[iri(("Person", HOSTILE))]["size"]
    legend = re.search(r'<ul id="legend".*?</ul>', pages["overview"].html(), re.S).group()
    assert "Film" in legend and "Series" in legend and "Character" not in legend


def test_budget_keeps_the_most_central(scene):
    view = overview_view(scene, budget=3)
    assert len(view.nodes) == 3 and "Showing 3 of 14 nodes" in view.notice
    assert iri(("Film", "Lanternfall Rising")) in {n["id"] for n in view.nodes}
    assert all(e["from"] in {n["id"] for n in view.nodes} for e in view.edges)
    assert "Showing 3 of 14 nodes" in view.html()
    ego = ego_view(scene, "Teo Vasquell", depth=3, budget=2)
    assert ego.nodes[0]["id"] == iri(TEO) and ego.notice


def test_franchise_films_are_pinned_left_to_right(pages):
    films = [n for n in pages["franchise"].nodes if n["group"] == "Film"]
    assert [n["name"] for n in films] == ["Lanternfall", "Lanternfall Rising", "Lanternfall: Embers"]
    assert [n["x"] for n in films] == sorted(n["x"] for n in films) and films[0]["label"] == "Lanternfall\n2011"


def test_path_view_alternates_people_and_films(pages):
    assert [n["name"] for n in pages["path"].nodes] == [
        "Ines Okorafor", "Lanternfall Rising", "Rafe Dunmoor", "Salt Meridian", "June Tallisford"]


def test_collaboration_edges_count_films(pages, scene):
    edge = next(e for e in pages["collaboration"].edges if {e["from"], e["to"]} == {iri(MARA), iri(TEO)})
    assert edge["label"] == "3 films" and "Lanternfall (2011): " in edge["title"]
    with pytest.raises(FilmkgError):
        collaboration_view(scene, min_films=9)


def test_unknown_names_are_one_line_errors(scene):
    for build in (lambda: ego_view(scene, "Nobody"), lambda: franchise_view(scene, "Salt Meridian"),
                  lambda: path_view(scene, "Odo Brennick", "Teo Vasquell")):
        with pytest.raises(FilmkgError) as err:
            build()
        assert "\n" not in str(err.value)


def test_big_views_switch_to_cheap_physics(scene):
    from graph.views import physics_options

    small, big = physics_options(50, 80), physics_options(1000, 2000)
    assert big["physics"]["stabilization"]["iterations"] < small["physics"]["stabilization"]["iterations"]
    assert big["layout"]["improvedLayout"] is False and big["edges"]["smooth"] is False


def test_demo_views(scene, tmp_path):
    paths = demo_views(scene.store, tmp_path)
    assert [p.name for p in paths] == ["filmkg-graph.html", "filmkg-franchise-lanternfall-saga.html"]


def test_overview_under_budget_stays_connected(scene):
    view = overview_view(scene, budget=6)
    ids = {n["id"] for n in view.nodes}
    touched = {e["from"] for e in view.edges} | {e["to"] for e in view.edges}
    assert ids == touched  # best-first growth: no node drawn without an edge to the rest


def test_demo_runs_on_the_bundled_examples(extractor, examples_dir, tmp_path):
    """`make demo`'s job end to end: ingest the examples, write the overview and the largest franchise's
    view (whose series and first film share a name, which must not stop it)."""
    from graph.demo import run_demo

    lines = []
    run_demo("memory:", examples_dir, tmp_path, echo=lines.append)
    pages = sorted(p.name for p in tmp_path.glob("*.html"))
    assert "filmkg-graph.html" in pages
    assert any(p.startswith("filmkg-franchise-") for p in pages), lines[-3:]


def test_franchise_view_by_a_name_its_series_and_first_film_share():
    from graph.analysis import franchise_films
    from graph.projections import franchise_from_links

    g = franchise_from_links([("f2", "f1")], [("f1", "s"), ("f2", "s")])
    for node, name in (("f1", "Tide"), ("f2", "Tide 2"), ("s", "Tide")):
        g.nodes[node]["names"] = [name]
    assert franchise_films(g, "Tide") == ["f1", "f2"]
    g.add_node("f9", type="Film", names=["Tide"], label="Tide")  # a film of that name in another franchise
    with pytest.raises(FilmkgError, match="names 3 nodes"):
        franchise_films(g, "Tide")
