"""``vnpolicy export pages``: the stored raw pages as a WARC file."""
from __future__ import annotations

from pathlib import Path

import click

from vnpolicy.cli.export import export
from vnpolicy.cli.options import check_filters, db_option, handle_errors, open_corpus


@export.command("pages")
@click.option("--format", "fmt", type=click.Choice(["warc"]), default="warc", show_default=True,
              help="Archive format (WARC 1.1, gzipped per record when the file name ends in .gz).")
@click.option("-o", "--output", type=click.Path(dir_okay=False), required=True, help="File to write, e.g. pages.warc.gz.")
@click.option("--source", "source_id", help="Only the pages of this source.")
@db_option
@handle_errors
def pages(fmt: str, output: str, source_id: str | None, db_path: str | None) -> None:
    """Write the raw pages (bytes, HTTP status and headers, fetch time, source) as a WARC file that
    web archives and tools such as warcio, pywb or ArchiveSpark read; `vnpolicy ingest` reads it back.

    \b
    Example:
        vnpolicy export pages --format warc -o pages.warc.gz
    """
    from corpus.warc import write_warc

    target = Path(output)
    if not target.parent.exists():
        raise click.ClickException(f"folder {target.parent} does not exist")
    db = open_corpus(db_path, readonly=True)
    check_filters(db, source=source_id)
    count = write_warc(db, target, source_id=source_id)
    click.echo(f"wrote {count} pages to {target}")


# the subcommand joins the export group on import; nothing to add at the top level
COMMANDS: list = []
