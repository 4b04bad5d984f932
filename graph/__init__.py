"""filmkg's graph layer: the store, ingest, SPARQL, networkx analysis, pyvis views and the CLI."""

__version__ = "0.1.0"
