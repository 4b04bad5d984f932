"""Read articles, extract their facts and write each article to the store in one transaction.

Speed (see ``benchmarks/ingest_speed.py``):

- the store is asked once per group of articles whether their texts are already stored, not
  twice per article;
- with ``workers > 1`` the spaCy model is loaded once, in this process, and worker processes are
  forked from it (where the platform forks), so they start with the model already in memory;
  articles go to them in small chunks, as soon as they are read, so both cores stay busy until
  the end; results come back and are written in input order, so the store ends up the same as
  with one worker;
- resolution asks the store one bounded question per article, by IRI (:mod:`graph.resolve`).
"""
from __future__ import annotations

import gc
import multiprocessing
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field

from rdflib import Literal
from rdflib.namespace import DCTERMS

from extractors.errors import FilmkgError, InputError
from extractors.model import Article, Extraction
from extractors.readers import DEFAULT_MAX_BYTES, read_inputs
from ontology import PROVENANCE_GRAPH

from .build import article_block, article_iri, provenance_triples, replace_article_update
from .resolve import merge_update, note_written, resolve, values
from .store import Store

BATCH = 16  # articles per nlp.pipe call in this process
CHUNK = 8  # articles per task sent to a worker process: small, so that workers finish together
LOOKUP = 64  # articles per "already stored?" query


@dataclass
class IngestReport:
    articles: int = 0  # written (new or changed)
    unchanged: int = 0
    facts: int = 0
    failures: list[str] = field(default_factory=list)
    empty: list[str] = field(default_factory=list)  # read fine, but no film facts found

    def summary(self) -> str:
        parts = [f"{self.articles} article{'s' * (self.articles != 1)} ingested",
                 f"{self.facts} fact{'s' * (self.facts != 1)}"]
        if self.unchanged:
            parts.append(f"{self.unchanged} unchanged")
        if self.empty:
            parts.append(f"{len(self.empty)} without film facts")
        parts.append(f"{len(self.failures)} failed")
        return ", ".join(parts)


_STORED = """
SELECT ?h ?src ?same WHERE {
  { %s GRAPH ?prov { ?g film:contentHash ?h ; dcterms:source ?src } }
  UNION
  { %s GRAPH ?prov { ?g dcterms:source ?same } }
}"""


def stored_sources(store: Store, articles: Iterable[Article]) -> dict[str, set[str]]:
    """Content hash → the sources it is stored from, for these articles' texts (one query).

    The key ``""`` holds which of the articles' sources are stored at all (with any text).
    """
    articles = list(articles)
    out: dict[str, set[str]] = {"": set()}
    if not articles:
        return out
    query = _STORED % (values("h", {Literal(a.digest) for a in articles}),
                       values("same", {Literal(a.source) for a in articles}))
    for h, src, same in store.query(query, bindings={"prov": PROVENANCE_GRAPH}).rows:
        if same is not None:
            out[""].add(str(same))
        else:
            out.setdefault(str(h), set()).add(str(src))
    return out


# Worker processes keep one loaded pipeline each (inherited from the parent when forked).
_EXTRACTOR = None


def _init_worker(model: str | None) -> None:
    global _EXTRACTOR
    if _EXTRACTOR is not None and _EXTRACTOR.requested == model:
        return
    from extractors.pipeline import Extractor

    _EXTRACTOR = Extractor(model)
    # The model is millions of long-lived objects: out of the collector's sight, full collections
    # stop walking them (measured: the 2-worker command went from 11.1-11.4 s to 8.2-9.5 s on 30k
    # words), and forked workers stop writing to the pages they share with this process.
    gc.collect()
    gc.freeze()


def _ready() -> bool:
    return True


def _extract_batch(articles: list[Article]) -> list[Extraction | InputError]:
    try:
        return list(_EXTRACTOR.extract_many(articles, batch_size=max(len(articles), 1)))
    except Exception:  # one bad article must not cost the others: redo the batch one by one
        out: list[Extraction | InputError] = []
        for a in articles:
            try:
                out.append(_EXTRACTOR.extract(a))
            except Exception as exc:  # noqa: BLE001 (reported to the user as one line)
                out.append(InputError(a.source, f"extraction failed ({exc.__class__.__name__}: {exc})"))
        return out


class _Extractions:
    """Articles in, extractions out, in the same order; in this process or in a worker pool.

    The pool starts with the first article that needs extracting and is fed while inputs are
    still being read.
    """

    def __init__(self, model: str | None, workers: int):
        self.model = model
        self.workers = workers
        self.pool: ProcessPoolExecutor | None = None
        self.chunk: list[Article] = []
        self.queue: deque[Future | list[Article]] = deque()
        self.count = 0

    def _start(self) -> None:
        _init_worker(self.model)  # load once here: forked workers inherit it
        if self.workers <= 1:
            return
        if "fork" in multiprocessing.get_all_start_methods():
            ctx = multiprocessing.get_context("fork")
            self.pool = ProcessPoolExecutor(self.workers, mp_context=ctx)
        else:  # spawn: each worker loads the model itself
            self.pool = ProcessPoolExecutor(self.workers, initializer=_init_worker, initargs=(self.model,))
        for _ in range(self.workers):  # start every worker now, not on demand
            self.pool.submit(_ready)

    def add(self, article: Article) -> None:
        if self.count == 0:
            self._start()
        self.count += 1
        self.chunk.append(article)
        if len(self.chunk) >= (CHUNK if self.pool is not None else BATCH):
            self._flush()

    def _flush(self) -> None:
        if self.chunk:
            self.queue.append(self.pool.submit(_extract_batch, self.chunk) if self.pool is not None
                              else self.chunk)
            self.chunk = []

    def results(self) -> Iterator[Extraction | InputError]:
        self._flush()
        while self.queue:
            item = self.queue.popleft()
            yield from (item.result() if isinstance(item, Future) else _extract_batch(item))

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
            self.pool = None


def _extractions(articles: Iterable[Article], model: str | None,
                 workers: int) -> Iterator[Extraction | InputError]:
    runner = _Extractions(model, workers)
    try:
        for a in articles:
            runner.add(a)
        yield from runner.results()
    finally:
        runner.close()


def write_extraction(store: Store, ex: Extraction, new: bool = False) -> int:
    """Replace the article's graph with this extraction, atomically. Returns the facts written.

    When the article's full names let earlier bare one-word nodes be merged into them, the
    merge runs in the same update, so that the store never holds half of it. ``new`` says that
    neither the article's source nor its text is stored: nothing to delete first.
    """
    res = resolve(store, ex)
    graph = article_iri(ex.article)
    update = replace_article_update(ex.article, graph, article_block(ex, res.iris, res.labels),
                                    provenance_triples(ex.article, graph), replace=not new)
    if res.merges:
        update += " ;\n" + merge_update(res.merges)
    store.update(update)
    note_written(store, ex, res)
    return len(ex.facts)


def ingest(store: Store, inputs: Iterable[str], model: str | None = None, workers: int = 1,
           max_bytes: int = DEFAULT_MAX_BYTES, progress: bool | None = None,
           on_error: Callable[[str], None] | None = None) -> IngestReport:
    """Ingest every article named by ``inputs`` (paths, folders, URLs, ``-``) into ``store``."""
    report = IngestReport()
    on_error = on_error or (lambda msg: print(f"error: {msg}", file=sys.stderr))
    runner = _Extractions(model, workers)
    seen: set[tuple[str, str]] = set()
    seen_sources: set[str] = set()
    seen_texts: set[str] = set()
    new: set[tuple[str, str]] = set()  # (source, digest) of articles whose source and text are not stored
    waiting: list[Article] = []

    def triage() -> None:  # one store query for a group of read articles
        stored = stored_sources(store, waiting)
        for item in waiting:
            key = (item.source, item.digest)
            if key in seen or item.source in stored.get(item.digest, ()):
                report.unchanged += 1
            elif item.digest in stored:
                # The same text read from another place: one article with two sources.
                graph = article_iri(item)
                store.update(f"INSERT DATA {{ GRAPH {PROVENANCE_GRAPH.n3()} {{ {graph.n3()} "
                             f"{DCTERMS.source.n3()} {Literal(item.source).n3()} }} }}")
                stored.setdefault(item.digest, set()).add(item.source)
                report.unchanged += 1
            else:
                if (item.source not in stored[""] and item.source not in seen_sources
                        and item.digest not in seen_texts):
                    new.add(key)
                runner.add(item)
            seen.add(key)
            seen_sources.add(item.source)
            seen_texts.add(item.digest)
        waiting.clear()

    try:
        for item in read_inputs(inputs, max_bytes=max_bytes):
            if isinstance(item, InputError):
                report.failures.append(str(item))
                on_error(str(item))
                continue
            waiting.append(item)
            if len(waiting) >= LOOKUP:
                triage()
        triage()
        if runner.count:
            _write_all(store, runner, report, on_error, progress, new)
    finally:
        runner.close()
    return report


def _write_all(store: Store, runner: _Extractions, report: IngestReport, on_error, progress,
               new: set[tuple[str, str]]) -> None:
    show = sys.stderr.isatty() if progress is None else progress
    bar = None
    if show:
        from tqdm import tqdm

        bar = tqdm(total=runner.count, unit="article", desc="ingest", file=sys.stderr)
    try:
        for ex in runner.results():
            if isinstance(ex, InputError):
                report.failures.append(str(ex))
                on_error(str(ex))
            else:
                try:
                    n = write_extraction(store, ex, new=(ex.article.source, ex.article.digest) in new)
                except FilmkgError as exc:
                    msg = f"{ex.article.source}: not stored: {exc}"
                    report.failures.append(msg)
                    on_error(msg)
                else:
                    report.articles += 1
                    report.facts += n
                    if n == 0:
                        report.empty.append(ex.article.source)
            if bar is not None:
                bar.update(1)
    finally:
        if bar is not None:
            bar.close()
