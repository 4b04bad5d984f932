"""Shared fixtures: stores, the bundled examples, a CLI runner and hand-made extractions.

Tests that only need graph behaviour build :class:`Extraction` objects by hand
(``make_extraction``) so they do not depend on which facts the extractor finds.
"""
from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from graph.cli_common import filmkg_command

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "articles"


def load_tool(name: str):
    """A script of ``tools/`` (not a package) imported as a module, for testing its functions."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(name, ROOT / "tools" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def run_cli(*args: str, input: bytes | None = None, timeout: float = 300, cwd=None,
            env: dict | None = None) -> subprocess.CompletedProcess:
    """Run ``filmkg ARGS`` in a subprocess; stdout/stderr are decoded text."""
    full_env = {**os.environ, "FILMKG_STORE": "memory:", **(env or {})}
    proc = subprocess.run([*filmkg_command(), *args], input=input, capture_output=True, timeout=timeout,
                          cwd=cwd or ROOT, env=full_env)
    return subprocess.CompletedProcess(proc.args, proc.returncode, proc.stdout.decode("utf-8", "replace"),
                                       proc.stderr.decode("utf-8", "replace"))


def make_extraction(text: str, source: str, people=("Oren Vasquell", "Tilda Brask"), film="Harbor Lights",
                    director="Marla Quenby", year: str | None = "2019", hedged_last: bool = False,
                    url: str | None = None):
    """A hand-made Extraction: ``film`` stars ``people`` and is directed by ``director``."""
    from extractors.model import Article, Entity, Extraction, Fact

    article = Article(text=text, source=source, title=text.split("\n")[0][:80], url=url)
    ents = [Entity("f", film, "Film", year=year)]
    facts = []
    for i, name in enumerate(people):
        ents.append(Entity(f"p{i}", name, "Person"))
        facts.append(Fact("f", "P161", f"p{i}", text, 0, len(text), "test:cast"))
    if director:
        ents.append(Entity("d", director, "Person"))
        facts.append(Fact("f", "P57", "d", text, 0, len(text), "test:director"))
    if year:
        facts.append(Fact("f", "P577", year, text, 0, len(text), "test:year"))
    if hedged_last and facts:
        last = facts.pop()
        facts.append(Fact(last.subject, last.relation, last.object, text, 0, len(text), last.method, 0.5, True))
    return Extraction(article=article, entities=tuple(ents), facts=tuple(facts))


@pytest.fixture
def memory_store():
    from graph.store import open_store

    with open_store("memory:") as store:
        yield store


@pytest.fixture
def tmp_store(tmp_path) -> Path:
    """A path for an on-disk store (not created yet)."""
    return tmp_path / "store"


@pytest.fixture(scope="session")
def examples_dir() -> Path:
    assert EXAMPLES.is_dir() and any(EXAMPLES.iterdir()), "examples/articles is missing"
    return EXAMPLES


@pytest.fixture(scope="session")
def extractor():
    """The spaCy pipeline, loaded once per test session (also primes graph.ingest's worker)."""
    from graph import ingest

    ingest._init_worker(None)
    return ingest._EXTRACTOR


@pytest.fixture(scope="session")
def examples_nquads(extractor, examples_dir) -> bytes:
    """The bundled examples ingested once into a memory store, exported as N-Quads."""
    import io

    from graph.ingest import ingest
    from graph.store import open_store

    with open_store("memory:") as store:
        ingest(store, [str(examples_dir)], progress=False, on_error=lambda msg: None)
        buf = io.BytesIO()
        store.export(buf, "nquads")
    return buf.getvalue()
