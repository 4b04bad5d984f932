"""A real kill: SIGKILL `filmkg ingest` half-way and check the store holds only whole articles."""
from __future__ import annotations

import os
import random
import re
import signal
import subprocess
import sys
import threading
import time

import pytest
from conftest import filmkg_command

from graph.ingest import ingest
from graph.store import open_store
from ontology import PROVENANCE_GRAPH

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs SIGKILL")

FIRST = ["Marla", "Oren", "Tilda", "Jonah", "Ines", "Callum", "Priya", "Dov", "Elsa", "Rafe", "Naomi", "Aldo",
         "Sefa", "Hanne", "Lorne", "Greta", "Maja", "Tomas", "Wren", "Agnes"]
LAST = ["Quenby", "Vasquell", "Brask", "Pellicott", "Radovan", "Treadwell", "Castellane", "Marchetti", "Thorvik",
        "Kolinsky", "Vell", "Okonkwo", "Osterby", "Abbequist", "Ahlqvor", "Dunmore", "Farrowby", "Lisk"]
WORDS = ["Harbor", "Lights", "Salt", "Road", "Glass", "Orchard", "Night", "Ferry", "Copper", "Lantern", "Wolves",
         "Tide", "Winter", "Signal", "Hollow", "Crown", "River", "Ash"]
STUDIOS = ["Northgate Pictures", "Lantern Bay Studios", "Streamvale", "Kestrel Films"]


def person(rng):
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def article(rng, n: int) -> str:
    title = f"The {rng.choice(WORDS)} {rng.choice(WORDS)}"
    year = rng.randint(1995, 2025)
    a, b, c, d, w, p = (person(rng) for _ in range(6))
    return (f"Story {n}: {title} begins filming\n\n"
            f"{title} ({year}) is a new drama directed by {d}. The film stars {a}, {b} and {c}. "
            f"It was written by {w} and produced by {p} for {rng.choice(STUDIOS)}.\n\n"
            f"{a} plays Captain {rng.choice(LAST)}, a harbor master with a secret. "
            f"{d} said the shoot would last {rng.randint(20, 90)} days on the northern coast. "
            f"The score is by {person(rng)}, and {rng.choice(STUDIOS)} will distribute {title} next year.\n\n"
            f"{b} previously worked with {d} on {rng.choice(WORDS)} {rng.choice(WORDS)}. "
            "Producers hope the film will reach festivals before the end of the season.\n")


def counts(store, graph) -> tuple[int, int]:
    total = store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", graph=str(graph)).rows[0][0]
    evidence = store.query("SELECT (COUNT(*) AS ?n) WHERE { ?e a film:Evidence }", graph=str(graph)).rows[0][0]
    return int(total), int(evidence)


def stored_articles(store) -> dict[str, str]:
    """source → article graph IRI, from the provenance graph."""
    rows = store.query("SELECT ?g ?src WHERE { GRAPH ?prov { ?g a film:Article ; dcterms:source ?src } }",
                       bindings={"prov": PROVENANCE_GRAPH}).rows
    return {str(src): str(g) for g, src in rows}


def named_graphs(store) -> set[str]:
    return {str(r[0]) for r in store.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }").rows}


@pytest.mark.slow
def test_sigkill_during_ingest_leaves_only_whole_articles(tmp_path, extractor):
    rng = random.Random(7)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    total = 600
    for n in range(total):
        (corpus / f"story-{n:04d}.txt").write_text(article(rng, n), encoding="utf-8")
    files = sorted(str(p) for p in corpus.iterdir())
    store_path = tmp_path / "store"

    proc = subprocess.Popen([*filmkg_command(), "ingest", str(corpus), "--store", str(store_path), "--progress"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env={**os.environ})
    done = [0]

    def watch():  # tqdm writes "ingest:  3%|...| 17/600" with carriage returns
        buf = b""
        while chunk := proc.stderr.read1(4096):
            buf = (buf + chunk)[-4096:]
            found = re.findall(rb"(\d+)/%d" % total, buf)
            if found:
                done[0] = int(found[-1])

    threading.Thread(target=watch, daemon=True).start()
    deadline = time.monotonic() + 240
    while done[0] < 25 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(random.Random().uniform(0, 0.3))  # land anywhere in a write
    assert proc.poll() is None, "ingest finished before it could be killed"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(30)
    assert proc.returncode == -signal.SIGKILL

    with open_store(str(store_path)) as store:  # opens: no stale lock, no corruption
        stored = stored_articles(store)
        graphs = named_graphs(store) - {str(PROVENANCE_GRAPH)}
        killed = {src: counts(store, g) for src, g in stored.items()}
    assert 0 < len(stored) < total, len(stored)
    # Articles are written in order, one transaction each: what is there is a prefix.
    assert sorted(stored) == files[: len(stored)]
    # Every article graph has its provenance entry (an article without facts has no graph).
    assert graphs <= set(stored.values())

    # Each stored article is exactly what a clean ingest of the same articles writes.
    with open_store("memory:") as clean:
        report = ingest(clean, files[: len(stored)], progress=False)
        assert report.articles == len(stored) and not report.failures
        reference = {src: counts(clean, g) for src, g in stored_articles(clean).items()}
        assert stored_articles(clean) == stored
    print(f"killed after {len(stored)} of {total} articles")
    assert killed == reference
    assert sum(n for n, _ in killed.values()) > 0 or all(ev == 0 for _, ev in reference.values())

    # The killed store takes new writes, and a re-run finishes the job.
    proc = subprocess.run([*filmkg_command(), "ingest", *files[:len(stored) + 5], "--store", str(store_path),
                           "--no-progress"], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert "5 articles ingested" in proc.stdout and f"{len(stored)} unchanged" in proc.stdout, proc.stdout
