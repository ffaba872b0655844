"""The main job on the bundled defaults, offline: serve the sample site on 127.0.0.1, crawl it,
process it, show what the corpus holds."""
from __future__ import annotations

import errno
from importlib import resources
from pathlib import Path

import click

from vnpolicy.cli.options import db_option, handle_errors, open_corpus, print_table

SAMPLE = "data/sample"
# the demo serves the sample site here when the port is free (so that a rerun finds the same
# URLs and fetches nothing new), on any free port otherwise
DEMO_PORT = 8765


def sample_path() -> Path:
    return Path(str(resources.files("vnpolicy").joinpath(SAMPLE)))


def _start_server():
    from crawler.samplesite import SampleSiteServer

    try:
        return SampleSiteServer(port=DEMO_PORT).start()
    except OSError as exc:
        if exc.errno not in (errno.EADDRINUSE, errno.EACCES):
            raise
        return SampleSiteServer(port=0).start()


@click.command()
@db_option
@handle_errors
def demo(db_path: str | None) -> None:
    """Build a demo corpus offline: serve the bundled sample site (made from the seed texts) on
    127.0.0.1, crawl it with the real crawler, process the pages, and show what the corpus holds.

    \b
    Example:
        vnpolicy demo --db vnpolicy-demo.db
        vnpolicy search "hop tac xa" --db vnpolicy-demo.db
    """
    from corpus.process import process
    from corpus.stats import corpus_stats
    from crawler.run import run_crawl
    from crawler.samplesite.generate import sample_source

    db_path = db_path or "vnpolicy-demo.db"
    open_corpus(db_path).conn.close()
    server = _start_server()
    try:
        click.echo(f"Serving the sample site on {server.url}/ and crawling it (robots.txt obeyed)…")
        report = run_crawl(db_path, [sample_source(server.url)], local_site=True)
    finally:
        server.stop()
    for line in report.summary_lines():
        click.echo(line)
    db = open_corpus(db_path)
    processed = process(db)
    click.echo(f"\nStored {report.stored} new pages ({report.unchanged} unchanged); "
               f"processed {processed.processed}: {processed.documents} documents, {len(processed.failed)} failed.")
    stats = corpus_stats(db)
    print_table([{"table": k, "rows": v} for k, v in stats["tables"].items()])
    click.echo("\nDocuments by language: " + ", ".join(f"{k} {v}" for k, v in stats["documents_by_language"].items()))
    click.echo("\nTry:")
    for example in (
        f'vnpolicy search "hop tac xa" --db {db_path}',
        f'vnpolicy search cooperatives --lang en --db {db_path}',
        f"vnpolicy stats --db {db_path}",
        f"vnpolicy export pages --format warc -o demo-pages.warc.gz --db {db_path}",
    ):
        click.echo("  " + example)


COMMANDS = [demo]
