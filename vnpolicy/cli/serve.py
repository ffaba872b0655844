"""``vnpolicy serve``: the corpus in Datasette, read-only, on this machine unless told otherwise."""
from __future__ import annotations

import click

from corpus.db import default_path
from vnpolicy.cli.options import db_option, handle_errors


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on. Anything but loopback opens the corpus to the network.")
@click.option("--port", type=click.IntRange(1, 65535), default=8001, show_default=True, help="Port to listen on.")
@db_option
@handle_errors
def serve(host: str, port: int, db_path: str | None) -> None:
    """Browse and query the corpus in Datasette (read-only).

    Facets by language, province, source and type; full-text search on documents that works
    without diacritics ("hop tac xa" finds "hợp tác xã"); saved queries for the common questions
    (search_documents, mentions_of_legal_document, documents_per_province, figures_by_unit,
    assignments_by_agency, latest_documents). Listens on 127.0.0.1 unless --host says otherwise.

    \b
    Example:
        vnpolicy serve --db vnpolicy-demo.db --port 8001
    """
    from corpus.serve import is_loopback, plan, run

    serve_plan = plan(db_path or default_path())
    if not is_loopback(host):
        click.secho(f"warning: listening on {host}: anyone who can reach this machine on port {port} "
                    "can read the whole corpus", fg="yellow", err=True)
    mode = "immutable" if serve_plan.immutable else "read-only, live: new writes show up"
    shown = f"[{host}]" if ":" in host else host
    click.echo(f"Serving {serve_plan.path} ({mode}) at http://{shown}:{port}/  (Ctrl-C stops)", err=True)
    run(serve_plan, host, port)


COMMANDS = [serve]
