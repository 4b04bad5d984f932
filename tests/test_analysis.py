"""Analyses over the invented store, and the ``filmkg analyze`` / ``filmkg view`` commands."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from test_projections import F1, F2, F3, HOSTILE, MARA, TEO, fill, iri, make_store

from extractors.errors import FilmkgError
from graph import analysis
from graph.cli_views import analyze, view
from graph.projections import collaboration_graph, film_person_graph, franchise_graph
from graph.store import open_store


@pytest.fixture(scope="module")
def store():
    s = make_store()
    yield s
    s.close()


@pytest.fixture(scope="module")
def collab(store):
    return collaboration_graph(store)


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory):
    path = tmp_path_factory.mktemp("store") / "kg"
    with open_store(str(path)) as s:
        fill(s)
    return str(path)


def test_central_people_rank_the_bridge_highest_in_betweenness(collab):
    rows = analysis.central_people(collab, top=20)
    assert max(rows, key=lambda r: r["betweenness"])["person"] == "Rafe Dunmoor"
    assert {r["person"] for r in rows[:2]} == {"Mara Quillon", "Teo Vasquell"}


def test_sampled_betweenness_above_the_threshold(collab):
    rows = analysis.central_people(collab, top=20, exact_max=3, k=4, seed=1)
    assert len(rows) == collab.number_of_nodes()


def test_communities_split_the_franchise_from_the_rest(collab):
    groups = [set(r["people"]) for r in analysis.communities(collab)]
    assert {"Mara Quillon", "Teo Vasquell"} <= groups[0]
    assert {"Odo Brennick"} in groups
    assert len(analysis.communities(collab, method="greedy")) >= 2
    with pytest.raises(FilmkgError):
        analysis.communities(collab, method="nope")


def test_path_lists_films_per_step(collab):
    steps = analysis.degrees_of_separation(collab, "Ines Okorafor", "june tallisford")
    assert [(s["from"], s["to"], s["films"]) for s in steps] == [
        ("Ines Okorafor", "Rafe Dunmoor", ["Lanternfall Rising"]),
        ("Rafe Dunmoor", "June Tallisford", ["Salt Meridian"])]
    with pytest.raises(FilmkgError, match="no chain"):
        analysis.degrees_of_separation(collab, "Odo Brennick", "Teo Vasquell")


def test_repeat_collaborators_by_role(collab):
    rows = analysis.repeat_collaborators(collab, min_films=3)
    assert [(r["person_a"], r["role_a"], r["person_b"], r["role_b"], r["films"]) for r in rows] == [
        ("Mara Quillon", "director", "Teo Vasquell", "actor", 3)]
    actors = analysis.repeat_collaborators(collab, pair="actor-actor")
    assert [(r["person_a"], r["person_b"]) for r in actors] == [("Ines Okorafor", "Teo Vasquell")]
    assert analysis.repeat_collaborators(collab, min_films=2, pair="any")[0]["films"] == 3


def test_franchise_timeline_and_list(store):
    f = franchise_graph(store)
    assert [r["film"] for r in analysis.franchise_timeline(f, "Lanternfall saga")] == [
        "Lanternfall", "Lanternfall Rising", "Lanternfall: Embers"]
    assert analysis.franchise_films(f, iri(F3)) == [iri(F1), iri(F2), iri(F3)]
    assert analysis.franchises(f) == [{"franchise": "Lanternfall saga", "films": 3, "first": 2011, "last": 2018}]


def test_suggestions_are_two_steps_away(collab):
    rows = analysis.suggested_collaborators(collab, "Teo Vasquell")
    assert {r["person"] for r in rows} == {"Gil Arkwrightson", "June Tallisford"}
    assert all(r["via"] == ["Rafe Dunmoor"] for r in rows)
    with pytest.raises(FilmkgError):
        analysis.suggested_collaborators(collab, "Teo Vasquell", method="magic")


def test_filmography_and_coworkers(store, collab):
    films = analysis.filmography(film_person_graph(store), "Mara Quillon")
    assert [(r["film"], r["year"], r["roles"]) for r in films] == [
        ("Lanternfall", 2011, ["director"]), ("Lanternfall Rising", 2014, ["director"]),
        ("Lanternfall: Embers", 2018, ["director"])]
    top = analysis.coworkers(collab, iri(MARA), top=1)
    assert top[0]["person"] == "Teo Vasquell" and top[0]["films"] == 3


def test_find_node_accepts_iri_and_rejects_ambiguity(collab):
    assert analysis.find_node(collab, iri(TEO)) == iri(TEO)
    assert analysis.find_node(collab, HOSTILE.upper()) == iri(("Person", HOSTILE))
    g = collab.copy()
    g.add_node("x", label="Teo Vasquell", type="Person", names=["Teo Vasquell"])
    with pytest.raises(FilmkgError, match="names 2 nodes"):
        analysis.find_node(g, "teo vasquell")


@pytest.mark.parametrize("args", [
    ["central"], ["communities"], ["path", "Ines Okorafor", "June Tallisford"], ["repeat"], ["franchises"],
    ["timeline", "Lanternfall"], ["suggest", "Teo Vasquell"], ["filmography", "Mara Quillon"],
    ["coworkers", "Rafe Dunmoor"]])
def test_analyze_commands_print_tables_and_json(store_dir, args):
    runner = CliRunner()
    table = runner.invoke(analyze, [*args, "--store", store_dir])
    assert table.exit_code == 0, table.output
    assert table.output.splitlines()[1].startswith("-")
    data = runner.invoke(analyze, [*args, "--store", store_dir, "--format", "json"])
    assert isinstance(json.loads(data.output), list) and json.loads(data.output)


def test_cli_errors_are_one_line(store_dir):
    result = CliRunner().invoke(analyze, ["coworkers", "Nobody Known", "--store", store_dir])
    assert result.exit_code == 1
    assert result.output == "error: no person named 'Nobody Known'\n"
    result = CliRunner().invoke(view, ["ego", "Teo Vasquel", "--store", store_dir, "-o", "x.html"])
    assert result.exit_code == 1 and result.output.count("\n") == 1 and "did you mean" in result.output


def test_view_commands_write_pages(store_dir, tmp_path):
    runner = CliRunner()
    for args in (["overview"], ["ego", "Teo Vasquell", "--depth", "2"], ["franchise", "Lanternfall Rising"],
                 ["collaboration", "Mara Quillon"], ["path", "Ines Okorafor", "June Tallisford"]):
        out = tmp_path / f"{args[0]}.html"
        result = runner.invoke(view, [*args, "--store", store_dir, "-o", str(out)])
        assert result.exit_code == 0, result.output
        assert out.read_text("utf-8").startswith("<!DOCTYPE html>")
    result = runner.invoke(view, ["overview", "--budget", "3", "--store", store_dir, "-o", str(tmp_path / "b.html")])
    assert "note: Showing 3 of 14 nodes" in result.output


def test_help_is_helpful():
    for cmd, sub in ((analyze, "repeat"), (view, "ego")):
        result = CliRunner().invoke(cmd, [sub, "--help"])
        assert result.exit_code == 0 and "--store" in result.output
