"""``vnpolicy serve``: the corpus in Datasette, read-only, on this machine unless told otherwise."""
from __future__ import annotations

import click

from corpus.db import default_path
from vnpolicy.cli.options import db_option, handle_errors

# Datasette's own `serve` options that vnpolicy passes through, by their parameter name in
# datasette.cli.serve, with the keyword argument of Datasette() each becomes ("get" is run here).
PASSED_THROUGH = {
    "cors": "cors", "settings": "settings", "template_dir": "template_dir", "plugins_dir": "plugins_dir",
    "static": "static_mounts", "secret": "secret", "version_note": "version_note", "crossdb": "crossdb",
    "memory": "memory", "get": None,
}


def datasette_options(args: tuple[str, ...]) -> tuple[dict, str | None]:
    """(Datasette keyword arguments, a path to GET and print instead of serving) from Datasette's own
    command-line options, parsed by Datasette's `serve` command itself; one that vnpolicy sets
    (files, --host, --port, --immutable, --metadata …) is refused in one line."""
    if not args:
        return {}, None
    from datasette.cli import serve as datasette_serve

    try:
        ctx = datasette_serve.make_context("datasette serve", list(args), resilient_parsing=False)
    except click.exceptions.Exit:
        raise click.ClickException("give Datasette's options after --, e.g. vnpolicy serve -- --setting sql_time_limit_ms 5000")
    except click.ClickException as exc:
        raise click.ClickException(f"Datasette option: {exc.format_message()}") from None
    options, get = {}, None
    for param in datasette_serve.params:
        value = ctx.params.get(param.name)
        if value in (None, False, ()) or value == param.default:
            continue
        if param.name not in PASSED_THROUGH:
            flag = max(param.opts, key=len) if param.opts and param.opts[0].startswith("-") else param.human_readable_name
            raise click.ClickException(f"Datasette's {flag} is not passed through: vnpolicy serve sets the corpus, "
                                       "--host, --port and read-only mode itself")
        if param.name == "get":
            get = value
        elif param.name == "settings":
            options["settings"] = dict(value)
        else:
            options[PASSED_THROUGH[param.name]] = value
    return options, get


@click.command(context_settings={"ignore_unknown_options": True})
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on. Anything but loopback opens the corpus to the network.")
@click.option("--port", type=click.IntRange(1, 65535), default=8001, show_default=True, help="Port to listen on.")
@db_option
@click.argument("datasette_args", nargs=-1, type=click.UNPROCESSED, metavar="[-- DATASETTE_OPTIONS]")
@handle_errors
def serve(host: str, port: int, db_path: str | None, datasette_args: tuple[str, ...]) -> None:
    """Browse and query the corpus in Datasette (read-only).

    Facets by language, province, source and type; full-text search on documents that works
    without diacritics ("hop tac xa" finds "hợp tác xã"); saved queries for the common questions
    (search_documents, mentions_of_legal_document, documents_per_province, figures_by_unit,
    assignments_by_agency, latest_documents). Listens on 127.0.0.1 unless --host says otherwise.

    Datasette's own options follow "--" and are passed through: --setting NAME VALUE, --cors,
    --template-dir, --plugins-dir, --static, --secret, --version-note, --crossdb, --memory, and
    --get PATH (print that page and exit). Those vnpolicy sets itself (files, --host, --port,
    --immutable, --metadata, …) are refused.

    \b
    Examples:
        vnpolicy serve --db vnpolicy-demo.db --port 8001
        vnpolicy serve --db vnpolicy-demo.db -- --setting sql_time_limit_ms 5000 --cors
        vnpolicy serve --db vnpolicy-demo.db -- --get /-/settings.json
    """
    from corpus.serve import is_loopback, plan, run

    options, get = datasette_options(datasette_args)
    serve_plan = plan(db_path or default_path())
    if get:
        print_page(serve_plan, get, options)
        return
    if not is_loopback(host):
        click.secho(f"warning: listening on {host}: anyone who can reach this machine on port {port} "
                    "can read the whole corpus", fg="yellow", err=True)
    mode = "immutable" if serve_plan.immutable else "read-only, live: new writes show up"
    shown = f"[{host}]" if ":" in host else host
    click.echo(f"Serving {serve_plan.path} ({mode}) at http://{shown}:{port}/  (Ctrl-C stops)", err=True)
    run(serve_plan, host, port, **options)


def print_page(serve_plan, path: str, options: dict) -> None:
    """Datasette's --get: the page at ``path`` printed, exit 1 unless it answered 200."""
    import asyncio

    from datasette.utils.testing import TestClient

    from corpus.serve import make_datasette

    ds = make_datasette(serve_plan, **options)
    asyncio.run(ds.invoke_startup())
    response = TestClient(ds).get(path)
    click.echo(response.text)
    if response.status != 200:
        raise SystemExit(1)


COMMANDS = [serve]
