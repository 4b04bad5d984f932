"""`filmkg demo`: ingest the bundled examples, write views, print a summary."""
from __future__ import annotations

from pathlib import Path

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "articles"


def run_demo(store_spec, examples, output_dir: Path, echo=print) -> None:
    from .ingest import ingest
    from .stats import render_stats, store_stats
    from .store import open_store

    examples = Path(examples) if examples else EXAMPLES
    output_dir.mkdir(parents=True, exist_ok=True)
    with open_store(store_spec) as store:
        report = ingest(store, [str(examples)])
        echo(report.summary())
        echo(render_stats(store_stats(store)))
        try:
            from .views import demo_views
        except ImportError:
            return
        for path in demo_views(store, output_dir):
            echo(f"wrote {path}")
