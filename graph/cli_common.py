"""What every filmkg command shares: the --store option and one-line errors.

Kept apart from ``graph.cli`` so that the command modules it registers can import it
without a circular import.
"""
from __future__ import annotations

import functools
import shutil
import sys
from pathlib import Path

import click

from extractors.errors import FilmkgError

STORE_HELP = "store: a folder (default ./filmkg-store or $FILMKG_STORE), memory:, or an http(s) SPARQL endpoint"


def store_option(f):
    return click.option("--store", "store_spec", envvar="FILMKG_STORE", default=None, metavar="S",
                        help=STORE_HELP)(f)


def friendly(f):
    """Turn filmkg errors into one line on stderr and exit status 1, never a traceback."""
    @functools.wraps(f)
    def wrapper(*args, **kwargs):
        try:
            return f(*args, **kwargs)
        except FilmkgError as exc:
            click.echo(f"error: {exc}", err=True)
            sys.exit(1)
        except KeyboardInterrupt:
            click.echo("interrupted", err=True)
            sys.exit(130)
    return wrapper


def filmkg_command() -> list[str]:
    """How to run this installation's ``filmkg`` as a subprocess (tests and benchmarks do)."""
    here = Path(sys.executable).parent / "filmkg"
    if here.exists():
        return [str(here)]
    found = shutil.which("filmkg")
    return [found] if found else [sys.executable, "-m", "graph.cli"]
