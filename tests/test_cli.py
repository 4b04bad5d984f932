"""The filmkg command line: every command and option documented; errors one line, no tracebacks."""
from __future__ import annotations

import re

import click
import pytest
from conftest import ROOT, run_cli

from graph.cli import main

COMMANDS = sorted(main.commands)


def long_options(command: click.Command) -> list[str]:
    opts = []
    for param in command.params:
        if isinstance(param, click.Option):
            opts += [o for o in (*param.opts, *param.secondary_opts) if o.startswith("--")]
    return [o for o in opts if o != "--help"]


def test_contract_commands_exist():
    for name in ("ingest", "export", "remove", "stats", "validate", "demo"):
        assert name in COMMANDS


def test_top_level_help_lists_every_command():
    res = run_cli("--help")
    assert res.returncode == 0
    for name in COMMANDS:
        assert re.search(rf"^\s+{name}\b", res.stdout, re.M), name


@pytest.mark.parametrize("name", COMMANDS)
def test_every_option_appears_in_its_help(name):
    res = run_cli(name, "--help")
    assert res.returncode == 0, res.stderr
    assert f"Usage: filmkg {name}" in res.stdout or f"Usage: python -m graph.cli {name}" in res.stdout
    for opt in long_options(main.commands[name]):
        assert opt in res.stdout, f"{opt} missing from `filmkg {name} --help`"


@pytest.fixture(scope="module")
def readme() -> str:
    path = ROOT / "README.md"
    assert path.exists(), "README.md is missing"
    return path.read_text(encoding="utf-8")


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_and_option_is_in_readme(readme, name):
    assert re.search(rf"filmkg {name}\b", readme), f"`filmkg {name}` is not documented in README.md"
    missing = [opt for opt in long_options(main.commands[name]) if not re.search(rf"{re.escape(opt)}\b", readme)]
    assert not missing, f"options of `filmkg {name}` not documented in README.md: {missing}"


def assert_one_line_error(res, *words):
    assert res.returncode == 1, (res.returncode, res.stdout, res.stderr)
    assert "Traceback" not in res.stderr and "Traceback" not in res.stdout
    errors = [line for line in res.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1, res.stderr
    for w in words:
        assert w in errors[0], errors[0]
    return errors[0]


def test_ingest_missing_path(tmp_path):
    missing = tmp_path / "missing.txt"
    res = run_cli("ingest", str(missing), "--store", "memory:")
    assert_one_line_error(res, str(missing), "no such file")
    assert "1 failed" in res.stdout


def test_bad_store_path_is_a_file(tmp_path):
    f = tmp_path / "not-a-store"
    f.write_text("hello")
    for args in (["stats"], ["export"], ["validate"], ["ingest", str(f)]):
        res = run_cli(*args, "--store", str(f))
        assert_one_line_error(res, str(f), "store")


def test_bad_query():
    if "query" not in COMMANDS:
        pytest.skip("no `filmkg query` command yet")
    res = run_cli("query", "SELEKT ?x WHERE {", "--store", "memory:")
    assert_one_line_error(res, "SPARQL")


def test_unknown_format():
    res = run_cli("export", "--format", "xml", "--store", "memory:")
    assert res.returncode == 2
    assert "Traceback" not in res.stderr
    errors = [line for line in res.stderr.splitlines() if "Error" in line]
    assert len(errors) == 1 and "'xml'" in errors[0] and "--format" in errors[0], res.stderr


def test_unknown_command_and_no_input():
    res = run_cli("frobnicate")
    assert res.returncode == 2 and "Traceback" not in res.stderr
    res = run_cli("ingest")
    assert res.returncode == 2 and "Traceback" not in res.stderr


def test_remove_unknown_article():
    res = run_cli("remove", "/no/such/article.txt", "--store", "memory:")
    assert_one_line_error(res, "/no/such/article.txt", "no such article")


def test_store_from_environment(tmp_path):
    f = tmp_path / "file-store"
    f.write_text("x")
    res = run_cli("stats", env={"FILMKG_STORE": str(f)})
    assert_one_line_error(res, str(f))


def test_ingest_export_remove_stats_roundtrip(tmp_path, examples_dir):
    store = str(tmp_path / "store")
    article = examples_dir / "harbor-lights-first-look.txt"
    res = run_cli("ingest", str(article), "--store", store, "--no-progress")
    assert res.returncode == 0, res.stderr
    assert "1 article ingested" in res.stdout and "0 failed" in res.stdout
    assert "Traceback" not in res.stderr
    again = run_cli("ingest", str(article), "--store", store)
    assert again.returncode == 0 and "1 unchanged" in again.stdout

    out = tmp_path / "graph.nq"
    res = run_cli("export", "--store", store, "--format", "nquads", "-o", str(out))
    assert res.returncode == 0, res.stderr
    assert f'<http://purl.org/dc/terms/source> "{article}"' in out.read_text()
    res = run_cli("export", "--store", store, "--format", "turtle")
    assert res.returncode == 0 and ("@prefix" in res.stdout or "PREFIX" in res.stdout)

    res = run_cli("stats", "--store", store, "--format", "json")
    assert res.returncode == 0, res.stderr

    res = run_cli("remove", str(article), "--store", store)
    assert res.returncode == 0 and "removed 1" in res.stdout
    res = run_cli("export", "--store", store, "--format", "nt")
    assert res.returncode == 0 and str(article) not in res.stdout


def test_ingest_stdin(tmp_path):
    store = str(tmp_path / "store")
    res = run_cli("ingest", "-", "--store", store,
                  input=b"Harbor Lights (2019) stars Oren Vasquell. Marla Quenby directed it.")
    assert res.returncode == 0, res.stderr
    res = run_cli("export", "--store", store, "--format", "nquads")
    assert '"<stdin>"' in res.stdout
