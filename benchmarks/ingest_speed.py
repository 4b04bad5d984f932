"""How fast is `filmkg ingest`? Words per second on a generated corpus, against bare spaCy.

Generates ~30k words of synthetic film news (templates and random invented names), then times,
in the same run:

- bare ``nlp.pipe``: the very pipeline extraction uses (same model, same components up to and
  including the parser, NER and lemmatizer, same batch size) without filmkg's two extraction
  components; this is the baseline;
- ``filmkg ingest`` through the library API into a ``memory:`` store, 1 worker, model preloaded:
  extraction + resolution + RDF building + store writes; its ratio to the baseline is what
  extraction adds (target: at most 1.25x);
- the same with 2 workers (model preloaded, workers forked from it);
- the ``filmkg ingest`` command itself, ``--workers 1`` against ``--workers 2``, as a user runs it
  (interpreter start, imports and model load included): the 2-worker speed-up (target: 1.6x on
  2 cores).

The machine this runs on is noisy: the same 16 articles through bare ``nlp.pipe`` took anywhere
from 0.56 to 1.04 s of CPU time in 30 back-to-back runs. So the extraction ratio is not taken from
whole-corpus runs: each round walks the corpus in batches of 16 articles and, batch by batch,
times bare ``nlp.pipe`` and ``ingest`` on the same batch back to back (alternating which goes
first); the ratio is total ingest time over total bare time, so that a slow spell hits both sides.
(Ingesting batch by batch costs a little more than one call, so the ratio errs against filmkg.)
The 2-worker figures are medians of whole-corpus runs. The load average is printed before and
after: on a busy machine (load above the number of CPUs) the 2-worker speed-up cannot show, since
there are no idle cores to use.

Run: ``.venv/bin/python benchmarks/ingest_speed.py [--words N] [--seed S] [--repeat R]``
(or ``make bench``). Not a test; figures vary by machine, the ratios less so.
"""
from __future__ import annotations

import argparse
import functools
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from graph.cli_common import filmkg_command  # noqa: E402  (after the path is set)

FIRST = ["Marla", "Oren", "Tilda", "Jonah", "Ines", "Callum", "Priya", "Dov", "Elsa", "Rafe", "Naomi", "Aldo",
         "Sefa", "Hanne", "Lorne", "Greta", "Maja", "Tomas", "Agnes", "Bram", "Cosima", "Edvin", "Fenna", "Ilse"]
LAST = ["Quenby", "Vasquell", "Brask", "Pellicott", "Radovan", "Treadwell", "Castellane", "Marchetti",
        "Thorvik", "Kolinsky", "Vell", "Okonkwo", "Osterby", "Abbequist", "Ahlqvor", "Dunmore", "Farrowby",
        "Lisk", "Moravec", "Penhallow", "Quist", "Rendle", "Sallow", "Tegmar"]
WORDS = ["Harbor", "Lights", "Salt", "Road", "Glass", "Orchard", "Night", "Ferry", "Copper", "Lantern",
         "Wolves", "Tide", "Winter", "Signal", "Hollow", "Crown", "River", "Ash", "Paper", "Station"]
STUDIOS = ["Northgate Pictures", "Lantern Bay Studios", "Streamvale", "Kestrel Films", "Greyhound Media"]

TEMPLATES = [
    "{title} ({year}) is a new thriller directed by {p1}. The film stars {p2}, {p3} and {p4}.",
    "{p2} plays {char}, a detective who returns to her home town. {char}, played by {p2}, is the heart of the film.",
    "The screenplay was written by {p5}, and {p6} produced it for {studio}.",
    "{title} 2 is the sequel to {title}, and {p1} returns to direct it with {p2} and {p3}.",
    "Executives call the {title} franchise one of the most valuable properties at {studio}.",
    "The score is by composer {p7}, and cinematographer {p8} shot the film on 35mm.",
    "{p3} and his brother {p4b} appear together for the first time.",
    "{p2} is married to the editor {p8}, who cut the film in four months.",
    "{studio2} will distribute the film, which opens in {month}.",
    "\"We shot most of it at night,\" {p1} said. \"The town was asleep and the harbor was ours.\"",
    "Critics praised the performances but found the middle hour slow.",
]
MONTHS = ["January", "March", "May", "June", "September", "October", "November"]


def person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def article(rng: random.Random, n: int) -> str:
    title = f"The {rng.choice(WORDS)} {rng.choice(WORDS)}"
    p = {f"p{i}": person(rng) for i in range(1, 9)}
    p["p4b"] = f"{rng.choice(FIRST)} {p['p3'].split()[1]}"
    fields = dict(title=title, year=rng.randint(1995, 2025), char=f"{rng.choice(FIRST)} {rng.choice(LAST)}",
                  studio=rng.choice(STUDIOS), studio2=rng.choice(STUDIOS), month=rng.choice(MONTHS), **p)
    body = [t.format(**fields) for t in rng.sample(TEMPLATES, k=rng.randint(6, len(TEMPLATES)))]
    return f"{title}: news item {n}\n\n" + " ".join(body) + "\n"


def corpus(words: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    texts, total = [], 0
    while total < words:
        texts.append(article(rng, len(texts)))
        total += len(texts[-1].split())
    return texts


def timed(fn, cpu: list[float] | None = None) -> float:
    """Wall-clock seconds of ``fn()``; its CPU seconds in this process are appended to ``cpu``."""
    t0, c0 = time.perf_counter(), time.process_time()
    fn()
    if cpu is not None:
        cpu.append(time.process_time() - c0)
    return time.perf_counter() - t0



def med(xs: list[float]) -> float:
    return statistics.median(xs)


def spread(xs: list[float]) -> str:
    return f"(min {min(xs):.2f}, max {max(xs):.2f})" if len(xs) > 1 else ""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--words", type=int, default=30_000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--repeat", type=int, default=5, help="rounds; figures are medians")
    ap.add_argument("--no-cli", action="store_true", help="skip the filmkg command runs (cold starts)")
    args = ap.parse_args()

    from graph import ingest as ingest_mod
    from graph.store import open_store

    texts = corpus(args.words, args.seed)
    n_words = sum(len(t.split()) for t in texts)
    load_before = os.getloadavg()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        folder.mkdir()
        for i, t in enumerate(texts):
            (folder / f"news-{i:04d}.txt").write_text(t, encoding="utf-8")

        def run(workers: int) -> None:
            with open_store("memory:") as store:
                report = ingest_mod.ingest(store, [str(folder)], workers=workers, progress=False)
            assert not report.failures, report.failures

        ingest_mod._init_worker(None)  # preload: time extraction + RDF + store writes only
        nlp = ingest_mod._EXTRACTOR.nlp
        extraction_pipes = [p for p in ("filmkg_titles", "filmkg_relations") if p in nlp.pipe_names]

        files = sorted(folder.iterdir())
        step = ingest_mod.BATCH
        batches = [list(range(i, min(i + step, len(texts)))) for i in range(0, len(texts), step)]

        def bare_batch(batch: list[int]) -> None:
            with nlp.select_pipes(disable=extraction_pipes):
                for _ in nlp.pipe([texts[i] for i in batch], batch_size=ingest_mod.BATCH):
                    pass

        def ingest_batch(store, batch: list[int]) -> None:
            report = ingest_mod.ingest(store, [str(files[i]) for i in batch], workers=1, progress=False)
            assert not report.failures, report.failures

        bare_batch(batches[0])
        run(1)  # warm up: lazy imports, pattern files, ontology
        bare, paired, warm1, warm2, bare_cpu, paired_cpu, round_ratios = [], [], [], [], [], [], []
        for r in range(args.repeat):
            b_wall = b_cpu = i_wall = i_cpu = 0.0
            with open_store("memory:") as store:
                for k, batch in enumerate(batches):
                    for side in ((0, 1) if (k + r) % 2 == 0 else (1, 0)):
                        cpu: list[float] = []
                        if side == 0:
                            b_wall += timed(functools.partial(bare_batch, batch), cpu)
                            b_cpu += cpu[0]
                        else:
                            i_wall += timed(functools.partial(ingest_batch, store, batch), cpu)
                            i_cpu += cpu[0]
            bare.append(b_wall)
            paired.append(i_wall)
            bare_cpu.append(b_cpu)
            paired_cpu.append(i_cpu)
            round_ratios.append(i_wall / b_wall)
            warm1.append(timed(lambda: run(1)))  # whole corpus, for the 2-worker speed-up
            warm2.append(timed(lambda: run(2)))

        cli1, cli2 = [], []
        if not args.no_cli:
            env = {**os.environ, "PYTHONPATH": str(ROOT)}

            def cli(workers: int) -> None:
                subprocess.run([*filmkg_command(), "ingest", str(folder), "--store", "memory:", "--workers",
                                str(workers), "--no-progress"], check=True, stdout=subprocess.DEVNULL, env=env)

            for _ in range(args.repeat):
                cli1.append(timed(lambda: cli(1)))
                cli2.append(timed(lambda: cli(2)))
    load_after = os.getloadavg()

    ratio = sum(paired) / sum(bare)
    ratio_cpu = sum(paired_cpu) / sum(bare_cpu)
    ratio2 = med([a / b for a, b in zip(warm1, warm2)])
    print(f"corpus: {len(texts)} articles, {n_words:,} words (seed {args.seed}); model {nlp.meta['name']}; "
          f"pipeline {', '.join(nlp.pipe_names)}")
    print(f"machine: {os.cpu_count()} CPUs, load average {load_before[0]:.1f} before, {load_after[0]:.1f} after; "
          f"medians of {args.repeat} rounds")
    print(f"bare nlp.pipe (same pipeline without {' and '.join(extraction_pipes)}), batch by batch:")
    print(f"  {med(bare):6.2f} s {n_words / med(bare):9,.0f} words/s  {spread(bare)}")
    print("filmkg ingest, 1 worker, model preloaded, the same batches (paired with the above):")
    print(f"  {med(paired):6.2f} s {n_words / med(paired):9,.0f} words/s  {spread(paired)}")
    print("filmkg ingest, 1 worker, model preloaded, whole corpus in one call:")
    print(f"  {med(warm1):6.2f} s {n_words / med(warm1):9,.0f} words/s  {spread(warm1)}")
    print("filmkg ingest, 2 workers, model preloaded:")
    print(f"  {med(warm2):6.2f} s {n_words / med(warm2):9,.0f} words/s  {spread(warm2)}")
    if cli1:
        print("filmkg ingest command, --workers 1 (start-up and model load included):")
        print(f"  {med(cli1):6.2f} s {n_words / med(cli1):9,.0f} words/s  {spread(cli1)}")
        print("filmkg ingest command, --workers 2:")
        print(f"  {med(cli2):6.2f} s {n_words / med(cli2):9,.0f} words/s  {spread(cli2)}")
    print(f"ratio ingest (1 worker) / bare pipe: {ratio:.2f}x wall, {ratio_cpu:.2f}x CPU time  "
          f"(target at most 1.25x; rounds {min(round_ratios):.2f}-{max(round_ratios):.2f}x)")
    print(f"speed-up 2 workers over 1, preloaded: {ratio2:.2f}x")
    if cli1:
        speedup = med([a / b for a, b in zip(cli1, cli2)])
        print(f"speed-up 2 workers over 1, filmkg command: {speedup:.2f}x  (target at least 1.6x)")
    if max(load_before[0], load_after[0]) > (os.cpu_count() or 1) - 1:
        print(f"note: other processes kept the machine busy (load average above {(os.cpu_count() or 1) - 1}); "
              "the 2-worker figures are lower bounds, rerun on an idle machine")


if __name__ == "__main__":
    main()
