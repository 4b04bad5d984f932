"""Every error filmkg reports to a user, in one place.

Each is one line that names the input it is about; the command line prints it without a
traceback and goes on with the other inputs.
"""
from __future__ import annotations


class FilmkgError(Exception):
    """Base class: ``str(err)`` is the one-line message shown to the user."""


class InputError(FilmkgError):
    """An input could not be read as an article."""

    def __init__(self, source: str, reason: str):
        self.source = source
        self.reason = reason
        super().__init__(f"{source}: {reason}")


class StoreError(FilmkgError):
    """The store could not be opened or written."""


class QueryError(FilmkgError):
    """A SPARQL query or update was rejected."""


class ModelError(FilmkgError):
    """The spaCy model could not be loaded."""


EMPTY = "empty input (no text to read)"
BINARY = "looks like a binary file, not text"
TOO_LARGE = "too large: {size:,} bytes (limit {limit:,}; raise it with --max-bytes)"
TOO_LARGE_STREAM = "too large: more than {limit:,} bytes (raise the limit with --max-bytes)"
NOT_FOUND = "no such file or directory"
NO_TEXT_IN_HTML = "no article text found in the HTML"
UNSUPPORTED = "unsupported file type {suffix!r} (use .txt, .md, .html, .htm or .jsonl)"
BAD_JSONL = "line {line}: {reason}"
URL_FAILED = "could not fetch: {reason}"
