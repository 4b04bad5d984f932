"""Query speed: the embedded Oxigraph store against rdflib's in-memory Dataset, in the same run.

Generates a dataset in filmkg's shape (one named graph per article, typed and labelled entities,
facts, one evidence node per fact with its sentence and provenance) of about ``--triples``
triples, then measures, for both stores, the load time of the N-Quads and the median latency of
each saved query (parameters bound as filmkg binds them), and prints the ratios.

    python benchmarks/query_speed.py                 # ~1M triples; several minutes (rdflib)
    python benchmarks/query_speed.py --triples 100000
"""
from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from rdflib import Literal, URIRef  # noqa: E402
from rdflib.namespace import DCTERMS, RDF, RDFS, XSD  # noqa: E402

from graph.sparql import bind, list_saved  # noqa: E402
from ontology import ARTICLE, FILM, ID, PREFIXES, PROV, PROVENANCE_GRAPH  # noqa: E402

ROLES = [FILM.castMember] * 5 + [FILM.director, FILM.screenwriter, FILM.producer, FILM.composer]
SYLLABLES = ["ka", "ro", "mi", "ven", "tal", "su", "dor", "el", "qui", "ba", "nor", "fi", "lu", "zan"]


def name(rng: random.Random, parts: int) -> str:
    return " ".join("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()
                    for _ in range(parts))


def generate(target: int, seed: int = 7) -> tuple[bytes, dict]:
    """N-Quads of about ``target`` triples, and parameters that hit real nodes."""
    rng = random.Random(seed)
    n_films = max(20, target // 110)
    n_people = max(10, n_films // 2)
    n_series = max(2, n_films // 20)
    people = [(ID[f"person/p{i}"], name(rng, 2) + f" {i}") for i in range(n_people)]
    series = [(ID[f"series/s{i}"], name(rng, 1) + f" Saga {i}") for i in range(n_series)]
    lines: list[str] = []

    def q(s, p, o, g):
        lines.append(f"{s.n3()} {p.n3()} {o.n3()} {g.n3()} .")

    prev_in_series: dict[int, URIRef] = {}
    saga_size: dict[int, int] = {}
    first_title = ""
    for f in range(n_films):
        g = ARTICLE[f"a{f}"]
        film, title = ID[f"film/f{f}"], name(rng, 2) + f" {f}"
        if f == 0:
            first_title = title
        year = str(1970 + rng.randrange(55))
        q(film, RDF.type, FILM.Film, g)
        q(film, RDFS.label, Literal(title), g)
        facts = [(film, FILM.releaseYear, Literal(year, datatype=XSD.gYear))]
        crew = rng.sample(range(n_people), len(ROLES))
        for role, p in zip(ROLES, crew, strict=True):
            pid, plabel = people[p]
            q(pid, RDF.type, FILM.Person, g)
            q(pid, RDFS.label, Literal(plabel), g)
            facts.append((film, role, pid))
        if rng.random() < 0.3:
            s = rng.randrange(n_series)
            sid, slabel = series[s]
            q(sid, RDF.type, FILM.Series, g)
            q(sid, RDFS.label, Literal(slabel), g)
            facts.append((film, FILM.partOfSeries, sid))
            if s in prev_in_series:
                facts.append((film, FILM.follows, prev_in_series[s]))
            prev_in_series[s] = film
            saga_size[s] = saga_size.get(s, 0) + 1
        for n, (s, p, o) in enumerate(facts):
            q(s, p, o, g)
            ev = URIRef(f"urn:filmkg:evidence:a{f}:{n}")
            q(ev, RDF.type, FILM.Evidence, g)
            q(ev, RDF.subject, s, g)
            q(ev, RDF.predicate, p, g)
            q(ev, RDF.object, o, g)
            q(ev, FILM.sentence, Literal(f"{title} ({year}) sentence {n}."), g)
            q(ev, FILM.method, Literal("bench"), g)
            q(ev, FILM.confidence, Literal("0.9", datatype=XSD.decimal), g)
            q(ev, FILM.status, Literal("stated"), g)
            q(ev, FILM.article, g, g)
        pg = PROVENANCE_GRAPH
        q(g, RDF.type, FILM.Article, pg)
        q(g, DCTERMS.source, Literal(f"bench/a{f}.txt"), pg)
        q(g, DCTERMS.title, Literal(title), pg)
        q(g, PROV.generatedAtTime, Literal("2024-01-01T00:00:00", datatype=XSD.dateTime), pg)
    # a person (each is credited on ~18 films), the saga with the most films, the first film
    saga = max(saga_size, key=saga_size.get)
    params = {"person": people[0][1].upper(), "series": series[saga][1], "subject": first_title}
    return ("\n".join(lines) + "\n").encode(), params


def median_ms(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def _rdflib_child(ds, text, ns, repeat, conn) -> None:
    n, times = 0, []
    for _ in range(repeat):
        t = time.perf_counter()
        n = len(list(ds.query(text, initNs=ns)))
        times.append((time.perf_counter() - t) * 1000)
        conn.send((n, statistics.median(times)))


def rdflib_median(ds, text, ns, repeat: int, timeout: float) -> tuple[int | None, float]:
    """Median rdflib latency in a forked process, stopped after ``timeout`` seconds (then the
    result is a lower bound: ``(None, timeout)``, or the median of the runs that finished)."""
    import multiprocessing as mp

    ctx = mp.get_context("fork")
    parent, child = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_rdflib_child, args=(ds, text, ns, repeat, child))
    proc.start()
    child.close()
    result, deadline = None, time.monotonic() + timeout
    while time.monotonic() < deadline and proc.is_alive():
        if parent.poll(0.05):
            result = parent.recv()
    while parent.poll():
        result = parent.recv()
    if proc.is_alive():
        proc.kill()
    proc.join()
    if result is None:
        return None, timeout * 1000
    return result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--triples", type=int, default=1_000_000)
    ap.add_argument("--repeat", type=int, default=5, help="runs per query for the embedded store")
    ap.add_argument("--rdflib-repeat", type=int, default=3, help="runs per query for rdflib")
    ap.add_argument("--rdflib-timeout", type=float, default=120, help="seconds allowed per rdflib query")
    args = ap.parse_args()

    t = time.perf_counter()
    data, params = generate(args.triples)
    n = data.count(b"\n")
    print(f"generated {n:,} quads in {time.perf_counter() - t:.1f}s")

    import pyoxigraph as ox
    from rdflib import Dataset

    from graph.store import LocalStore

    with tempfile.TemporaryDirectory() as tmp:
        store = LocalStore(str(Path(tmp) / "store"))
        t = time.perf_counter()
        store.oxigraph.bulk_load(data, ox.RdfFormat.N_QUADS)
        store.oxigraph.flush()
        ox_load = time.perf_counter() - t
        t = time.perf_counter()
        ds = Dataset(default_union=True)
        ds.parse(data=data.decode(), format="nquads")
        rd_load = time.perf_counter() - t
        print(f"\nload {n:,} quads: oxigraph (embedded, on disk) {ox_load:.1f}s, rdflib Dataset {rd_load:.1f}s, "
              f"ratio rdflib/oxigraph {rd_load / ox_load:.1f}x\n")

        ns = dict(PREFIXES)
        rows = []
        for saved in list_saved():
            bindings = {p: params[p] for p in saved.params if params.get(p) is not None}
            text = bind(saved.text, {k: Literal(v) for k, v in bindings.items()})
            n_ox = len(store.query(text))
            ox_ms = median_ms(lambda text=text: store.query(text), args.repeat)
            n_rd, rd_ms = rdflib_median(ds, text, ns, args.rdflib_repeat, args.rdflib_timeout)
            capped = n_rd is None
            rows.append((saved.name, n_ox, n_ox if capped else n_rd, ox_ms, rd_ms))
            more = ">" if capped else " "
            print(f"  {saved.name:<18} rows {n_ox:>6} / {'-' if capped else n_rd!s:<6} oxigraph {ox_ms:>9.1f} ms   "
                  f"rdflib {more}{rd_ms:>10.1f} ms   ratio {more}{rd_ms / ox_ms:>7.1f}x", flush=True)
        store.close()
    ratios = [r[4] / r[3] for r in rows]
    any_capped = any(r[4] >= args.rdflib_timeout * 1000 for r in rows)
    geo = statistics.geometric_mean(ratios)
    print(f"\nmedian query latency, rdflib/oxigraph: geometric mean {'at least ' if any_capped else ''}{geo:.1f}x "
          f"(min {min(ratios):.1f}x, max {max(ratios):.1f}x) over {len(rows)} saved queries")
    mismatched = [r[0] for r in rows if r[1] != r[2]]
    if mismatched:
        print("note: row counts differ for " + ", ".join(mismatched))


if __name__ == "__main__":
    main()
