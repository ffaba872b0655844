"""``vnpolicy export``: bulk export of the corpus. Each kind of row is a subcommand, added by the
module that owns it (documents and facts in export_facts, raw pages as WARC in export_pages)."""
from __future__ import annotations

import click


@click.group()
def export() -> None:
    """Bulk export of documents, facts or raw pages, streamed in constant memory.

    \b
    Examples:
        vnpolicy export mentions --format csv -o mentions.csv
        vnpolicy export pages --format warc -o pages.warc.gz
    """


COMMANDS = [export]
