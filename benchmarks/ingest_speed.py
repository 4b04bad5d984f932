"""How fast is `filmkg ingest`? Words per second on a generated corpus, against bare spaCy.

Generates ~30k words of synthetic film news (templates and random invented names), then times:

- bare ``nlp.pipe`` of the same spaCy model over the same texts (the baseline);
- ``filmkg ingest`` through the library API into a ``memory:`` store, 1 worker (model preloaded,
  so this is extraction + RDF building + store writes);
- the same with 1 and 2 workers from a cold start (each worker process loads the model), which
  gives the 2-worker speed-up.

Run: ``.venv/bin/python benchmarks/ingest_speed.py [--words N] [--seed S]`` (or ``make bench``).
Not a test; figures vary by machine, the ratios less so.
"""
from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

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


def timed(fn, repeat: int = 1) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--words", type=int, default=30_000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--repeat", type=int, default=2, help="best of N for the warm timings")
    args = ap.parse_args()

    import spacy

    from extractors.pipeline import DEFAULT_MODEL, UNUSED
    from graph import ingest as ingest_mod
    from graph.store import open_store

    texts = corpus(args.words, args.seed)
    n_words = sum(len(t.split()) for t in texts)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for i, t in enumerate(texts):
            (folder / f"news-{i:04d}.txt").write_text(t, encoding="utf-8")

        def run(workers: int) -> None:
            with open_store("memory:") as store:
                report = ingest_mod.ingest(store, [str(folder)], workers=workers, progress=False)
            assert not report.failures, report.failures

        nlp = spacy.load(os.environ.get("FILMKG_MODEL") or DEFAULT_MODEL, exclude=list(UNUSED))
        for _ in nlp.pipe(texts[:20]):  # warm up
            pass
        ingest_mod._init_worker(None)  # preload: time extraction + RDF + store writes only
        run(1)  # warm up caches (pattern files, ontology)
        bare, warm1 = float("inf"), float("inf")
        for _ in range(args.repeat):  # interleaved, so that load from other processes hits both alike
            bare = min(bare, timed(lambda: [None for _ in nlp.pipe(texts, batch_size=ingest_mod.BATCH)]))
            warm1 = min(warm1, timed(lambda: run(1)))

        ingest_mod._EXTRACTOR = None  # cold starts: model loading counted, as a user sees it
        cold1 = timed(lambda: run(1))
        ingest_mod._EXTRACTOR = None
        cold2 = timed(lambda: run(2))

    print(f"corpus: {len(texts)} articles, {n_words:,} words (seed {args.seed}); model {nlp.meta['name']}; "
          f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}")
    print(f"bare nlp.pipe                : {bare:6.2f} s  {n_words / bare:9,.0f} words/s")
    print(f"filmkg ingest, 1 worker, warm: {warm1:6.2f} s  {n_words / warm1:9,.0f} words/s  "
          f"ratio to bare pipe {warm1 / bare:.2f}x")
    print(f"filmkg ingest, 1 worker, cold: {cold1:6.2f} s  {n_words / cold1:9,.0f} words/s  (model load included)")
    print(f"filmkg ingest, 2 workers,cold: {cold2:6.2f} s  {n_words / cold2:9,.0f} words/s  "
          f"speed-up over 1 worker {cold1 / cold2:.2f}x")


if __name__ == "__main__":
    main()
