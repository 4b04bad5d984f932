"""Read articles, extract their facts and write each article to the store in one transaction."""
from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field

from rdflib import Literal
from rdflib.namespace import DCTERMS

from extractors.errors import FilmkgError, InputError
from extractors.model import Article, Extraction
from extractors.readers import DEFAULT_MAX_BYTES, read_inputs
from ontology import PROVENANCE_GRAPH

from .build import article_iri, article_triples, provenance_triples, replace_article_update
from .resolve import resolve
from .store import Store

BATCH = 16


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


def _known(store: Store, article: Article) -> bool:
    """True when this exact text from this exact source is already in the store."""
    res = store.query(
        "ASK { GRAPH ?prov { ?g film:contentHash ?h ; dcterms:source ?src } }",
        bindings={"h": Literal(article.digest), "src": Literal(article.source), "prov": PROVENANCE_GRAPH})
    return bool(res.boolean)


def _same_text_elsewhere(store: Store, article: Article) -> bool:
    res = store.query("ASK { GRAPH ?prov { ?g film:contentHash ?h } }",
                      bindings={"h": Literal(article.digest), "prov": PROVENANCE_GRAPH})
    return bool(res.boolean)


# Worker processes keep one loaded pipeline each.
_EXTRACTOR = None


def _init_worker(model: str | None) -> None:
    global _EXTRACTOR
    from extractors.pipeline import Extractor

    _EXTRACTOR = Extractor(model)


def _extract_batch(articles: list[Article]) -> list[Extraction | InputError]:
    try:
        return list(_EXTRACTOR.extract_many(articles))
    except Exception:  # one bad article must not cost the others: redo the batch one by one
        out: list[Extraction | InputError] = []
        for a in articles:
            try:
                out.append(_EXTRACTOR.extract(a))
            except Exception as exc:  # noqa: BLE001 (reported to the user as one line)
                out.append(InputError(a.source, f"extraction failed ({exc.__class__.__name__}: {exc})"))
        return out


def _extractions(articles: Iterable[Article], model: str | None,
                 workers: int) -> Iterator[Extraction | InputError]:
    batches = _batched(articles, BATCH)
    if workers <= 1:
        if _EXTRACTOR is None or _EXTRACTOR.requested != model:
            _init_worker(model)
        for batch in batches:
            yield from _extract_batch(batch)
        return
    with ProcessPoolExecutor(workers, initializer=_init_worker, initargs=(model,)) as pool:
        for result in pool.map(_extract_batch, batches):
            yield from result


def _batched(items: Iterable, size: int) -> Iterator[list]:
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def write_extraction(store: Store, ex: Extraction) -> int:
    """Replace the article's graph with this extraction, atomically. Returns the facts written."""
    iris, labels = resolve(store, ex)
    graph = article_iri(ex.article)
    store.update(replace_article_update(ex.article, graph, article_triples(ex, iris, labels),
                                        provenance_triples(ex.article, graph)))
    return len(ex.facts)


def ingest(store: Store, inputs: Iterable[str], model: str | None = None, workers: int = 1,
           max_bytes: int = DEFAULT_MAX_BYTES, progress: bool | None = None,
           on_error: Callable[[str], None] | None = None) -> IngestReport:
    """Ingest every article named by ``inputs`` (paths, folders, URLs, ``-``) into ``store``."""
    report = IngestReport()
    on_error = on_error or (lambda msg: print(f"error: {msg}", file=sys.stderr))
    todo: list[Article] = []
    seen: set[tuple[str, str]] = set()
    for item in read_inputs(inputs, max_bytes=max_bytes):
        if isinstance(item, InputError):
            report.failures.append(str(item))
            on_error(str(item))
        elif (item.source, item.digest) in seen or _known(store, item):
            report.unchanged += 1
        elif _same_text_elsewhere(store, item):
            # The same text read from another place: one article with two sources.
            graph = article_iri(item)
            store.update(f"INSERT DATA {{ GRAPH {PROVENANCE_GRAPH.n3()} {{ {graph.n3()} "
                         f"{DCTERMS.source.n3()} {Literal(item.source).n3()} }} }}")
            report.unchanged += 1
        else:
            todo.append(item)
        seen.add((item.source, item.digest) if isinstance(item, Article) else ("", ""))
    if not todo:
        return report
    show = sys.stderr.isatty() if progress is None else progress
    bar = None
    if show:
        from tqdm import tqdm

        bar = tqdm(total=len(todo), unit="article", desc="ingest", file=sys.stderr)
    try:
        for ex in _extractions(todo, model, workers):
            if isinstance(ex, InputError):
                report.failures.append(str(ex))
                on_error(str(ex))
                if bar is not None:
                    bar.update(1)
                continue
            try:
                n = write_extraction(store, ex)
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
    return report
