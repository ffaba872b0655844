"""The main job on the bundled defaults, offline: serve the sample site on 127.0.0.1, crawl it,
process it, show what the corpus holds."""
from __future__ import annotations

import errno
import time

import click

from vnpolicy.cli.options import db_option, handle_errors, open_corpus, print_table

# the demo serves the sample site here when the port is free (so that a rerun finds the same
# URLs and fetches nothing new), on any free port otherwise
DEMO_PORT = 8765


def _locate_demo_texts() -> None:
    """The demo's texts ship with this package (vnpolicy/data/): the sample site is told where."""
    from importlib import resources
    from pathlib import Path

    from crawler.samplesite.site_data import DemoTexts, locate_demo_texts

    data = Path(str(resources.files("vnpolicy").joinpath("data")))
    locate_demo_texts(DemoTexts(seeds=data / "sample", generated=data / "sample_corpus"))


def _start_server():
    from crawler.samplesite import SampleSiteServer

    _locate_demo_texts()
    try:
        return SampleSiteServer(port=DEMO_PORT, papers=True).start()
    except OSError as exc:
        if exc.errno not in (errno.EADDRINUSE, errno.EACCES):
            raise
        return SampleSiteServer(port=0, papers=True).start()


def _corpus_summary(db) -> dict:
    """What the demo corpus spans: documents, generated ones, languages, publishers' provinces, months."""
    one = lambda sql: db.execute(sql).fetchone()[0]  # noqa: E731
    return {
        "documents": one("select count(*) from documents"),
        "generated": one("select count(*) from documents d join sources s on s.id = d.source_id "
                         "where s.id like 'sample-%'"),
        "languages": one("select count(distinct language) from documents"),
        "provinces": one("select count(distinct province_code) from documents where province_code is not null"),
        "months": one("select count(distinct substr(published, 1, 7)) from documents where length(published) >= 7"),
        "undated": one("select count(*) from documents where published is null"),
        "first": one("select min(published) from documents"), "last": one("select max(published) from documents"),
    }


@click.command()
@db_option
@handle_errors
def demo(db_path: str | None) -> None:
    """Build a demo corpus offline: serve the bundled sample site on 127.0.0.1, crawl it with the
    real crawler, process the pages, and show what the corpus holds.

    The site holds the six real seed texts and, under /p/, 30 outlets (26 provincial papers, four
    national ones) whose few hundred articles in four languages are GENERATED from templates
    (vnpolicy/data/sample_corpus/): they cite real legal documents, but they are not real news.

    \b
    Example:
        vnpolicy demo --db vnpolicy-demo.db
        vnpolicy search "hop tac xa" --db vnpolicy-demo.db
    """
    from corpus.process import process
    from corpus.stats import corpus_stats
    from crawler.run import run_crawl
    from crawler.samplesite.generate import sample_source
    from crawler.samplesite.papers import paper_sources

    started = time.monotonic()
    db_path = db_path or "vnpolicy-demo.db"
    open_corpus(db_path).conn.close()
    server = _start_server()
    try:
        sources = [sample_source(server.url), *paper_sources(server.url)]
        click.echo(f"Serving the sample site on {server.url}/ and crawling it (robots.txt obeyed): the seed "
                   f"texts and {len(sources) - 1} outlets of GENERATED articles (not real news)…")
        report = run_crawl(db_path, sources, local_site=True)
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
    summary = _corpus_summary(db)
    click.echo(f"\nThe demo corpus: {summary['documents']} documents in {summary['languages']} languages, "
               f"from publishers in {summary['provinces']} provinces, over {summary['months']} months "
               f"({summary['first']} to {summary['last']}; {summary['undated']} undated).")
    click.echo(f"{summary['generated']} of them are GENERATED articles (sources sample-*), written from templates "
               f"in vnpolicy/data/sample_corpus/ for this demo: they cite real legal documents but are not real "
               f"news. The decrees' take-up by each province is laid down in "
               f"vnpolicy/data/sample_corpus/diffusion.json.")
    click.echo(f"Built in {time.monotonic() - started:.0f} s.")
    click.echo("\nTry:")
    for example in (
        f'vnpolicy search "hop tac xa" --db {db_path}',
        f'vnpolicy search cooperatives --lang en --db {db_path}',
        f'vnpolicy mentions "Decree 178/2024" --db {db_path}',
        f'vnpolicy coverage --by province --attribution publisher --query "hop tac xa" --plot provinces.png --db {db_path}',
        f"vnpolicy coverage --by month --ref 57-NQ/TW --plot resolution57.png --db {db_path}",
        f"vnpolicy stats --db {db_path}",
        f"vnpolicy serve --db {db_path}",
        f"vnpolicy export pages --format warc -o demo-pages.warc.gz --db {db_path}",
    ):
        click.echo("  " + example)


COMMANDS = [demo]
