"""The main job on the bundled defaults, offline."""
from __future__ import annotations

from importlib import resources
from pathlib import Path

import click

from vnpolicy.cli.options import db_option, handle_errors, open_corpus, print_table

SAMPLE = "data/sample"


def sample_path() -> Path:
    return Path(str(resources.files("vnpolicy").joinpath(SAMPLE)))


@click.command()
@db_option
@handle_errors
def demo(db_path: str | None) -> None:
    """Build a demo corpus from the bundled sample, offline, and show what it holds.

    \b
    Example:
        vnpolicy demo --db vnpolicy-demo.db
        vnpolicy search "hop tac xa" --db vnpolicy-demo.db
    """
    from corpus.ingest import ingest_paths
    from corpus.process import process
    from corpus.stats import corpus_stats

    db_path = db_path or "vnpolicy-demo.db"
    db = open_corpus(db_path)
    report = ingest_paths(db, [sample_path()])
    processed = process(db)
    click.echo(f"Stored {report.stored} new pages ({report.unchanged} already there); "
               f"processed {processed.processed}, {len(processed.failed)} failed.")
    stats = corpus_stats(db)
    print_table([{"table": k, "rows": v} for k, v in stats["tables"].items()])
    click.echo("\nDocuments by language: " + ", ".join(f"{k} {v}" for k, v in stats["documents_by_language"].items()))
    click.echo("\nTry:")
    for example in (
        f'vnpolicy search "hop tac xa" --db {db_path}',
        f'vnpolicy search cooperatives --lang en --db {db_path}',
        f"vnpolicy stats --db {db_path}",
    ):
        click.echo("  " + example)


COMMANDS = [demo]
