"""Jupyter: the %%sparql magic, inline views, and notebooks/explore.ipynb run top to bottom."""
from __future__ import annotations

import html
import os
import subprocess
import sys

import pytest
from conftest import EXAMPLES, ROOT
from test_sparql import build_fixture

pytest.importorskip("IPython")
pytest.importorskip("pandas")

NOTEBOOK = ROOT / "notebooks" / "explore.ipynb"


@pytest.fixture
def shell(memory_store):
    from IPython.core.interactiveshell import InteractiveShell

    import graph.notebook as fk

    sh = InteractiveShell.instance()
    sh.extension_manager.load_extension("graph.notebook")
    fk.use(build_fixture(memory_store))
    yield sh
    fk._DEFAULT = None


def test_sparql_magic_returns_dataframe(shell):
    import pandas as pd

    df = shell.run_cell_magic("sparql", "", "SELECT DISTINCT ?t WHERE { ?f a film:Film ; rdfs:label ?t } ORDER BY ?t")
    assert isinstance(df, pd.DataFrame) and list(df.columns) == ["t"] and len(df) == 4
    shell.user_ns["who"] = "Tobin Reyes"
    df = shell.run_cell_magic("sparql", '--param person="{who}" films', "filmography")
    assert list(df["film"]) == ["Glass Harbor", "Copper Lanterns", "Glass Harbor III"]
    assert list(df["year"]) == ["2011", "2016", "2018"]
    assert shell.user_ns["films"] is df
    q = "SELECT DISTINCT ?t WHERE { ?f rdfs:label ?t ; film:releaseYear ?y FILTER(xsd:integer(STR(?y)) = ?n) }"
    df = shell.run_cell_magic("sparql", "--param n=2014", q)
    assert list(df["t"]) == ["Glass Harbor II"]


def test_magic_errors_are_one_line(shell, capsys):
    assert shell.run_cell_magic("sparql", "", "SELECT * WHERE { ?s ?p }") is None
    out = capsys.readouterr().out
    assert out.startswith("error: bad SPARQL at line 1") and "Traceback" not in out


def test_results_rich_html(shell):
    from graph.sparql import run

    res = run(shell.user_ns.get("_fk_store") or __import__("graph.notebook").notebook.get_store(),
              "SELECT DISTINCT ?f ?t WHERE { ?f a film:Series ; rdfs:label ?t }")
    data, _ = shell.display_formatter.format(res)
    assert "<table" in data["text/html"] and "Glass Harbor Saga" in data["text/html"]
    assert "fkid:series/glass-harbor-saga" in data["text/html"]


def test_show_html_escapes_into_srcdoc():
    from graph.notebook import show_html

    page = '<html><body><p title="x">a & b</p><script>var s = "</iframe>";</script></body></html>'
    out = show_html(page, height=300)._repr_html_()
    assert out.startswith('<iframe srcdoc="') and out.count("<iframe") == 1
    assert html.escape(page, quote=True) in out and "</iframe>\"" not in out
    assert out.endswith("</iframe>") and "height:300px" in out and 'sandbox="allow-scripts' in out


@pytest.mark.slow
def test_explore_notebook_runs_with_outputs(tmp_path):
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    from jupyter_client.kernelspec import KernelSpecManager, NoSuchKernel

    try:
        KernelSpecManager().get_kernel_spec("python3")
    except NoSuchKernel:
        subprocess.run([sys.executable, "-m", "ipykernel", "install", "--prefix", sys.prefix, "--name", "python3"],
                       check=True, capture_output=True)
    env_examples = EXAMPLES if EXAMPLES.is_dir() and any(EXAMPLES.iterdir()) else None
    if env_examples is None:  # the notebook must work on any content: a small invented article
        env_examples = tmp_path / "articles"
        env_examples.mkdir()
        (env_examples / "a.txt").write_text("Copper Lanterns is a 2016 drama directed by Sefa Nkem. "
                                            "It stars Lark Whitby and Tobin Reyes.\n")
    nb = nbformat.read(NOTEBOOK, as_version=4)
    old = os.environ.get("FILMKG_EXAMPLES")
    os.environ["FILMKG_EXAMPLES"] = str(env_examples)
    try:
        nbclient.NotebookClient(nb, timeout=300, kernel_name="python3",
                                resources={"metadata": {"path": str(NOTEBOOK.parent)}}).execute()
    finally:
        if old is None:
            os.environ.pop("FILMKG_EXAMPLES", None)
        else:
            os.environ["FILMKG_EXAMPLES"] = old
    cells = [c for c in nb.cells if c.cell_type == "code"]
    errors = [o for c in cells for o in c.outputs if o.output_type == "error"]
    assert not errors, errors[0]
    tagged = {t: c for c in cells for t in c.metadata.get("tags", [])}

    def html_of(cell):
        return "".join(o.get("data", {}).get("text/html", "") for o in cell.outputs)

    articles = html_of(tagged["articles"])
    n_articles = len(list(env_examples.iterdir()))
    assert "<table" in articles and articles.count("<tr>") >= 1 + min(n_articles, 1)
    assert "dataframe" in articles  # pandas' own rich display
    people = html_of(tagged["people"])
    assert "<table" in people and "most connected person:" in "".join(o.get("text", "") for o in
                                                                       tagged["people"].outputs)
    view = html_of(tagged["view"])
    assert view.startswith("<iframe srcdoc=") and "&lt;" in view and "<script" not in view
    # every code cell ran, in order
    assert [c.execution_count for c in cells] == list(range(1, len(cells) + 1))
