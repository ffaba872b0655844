"""Options and helpers shared by every command."""
from __future__ import annotations

import functools
import json
import sys
from contextlib import contextmanager
from typing import Any, Callable, Iterator

import click

from corpus import CorpusError, open_db
from corpus.db import default_path


def db_option(func: Callable) -> Callable:
    return click.option(
        "--db", "db_path", type=click.Path(dir_okay=False), default=None,
        help="Corpus file (default: $VNPOLICY_DB or ./vnpolicy.db).",
    )(func)


def json_option(func: Callable) -> Callable:
    return click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")(func)


def open_corpus(db_path: str | None, readonly: bool = False):
    try:
        return open_db(db_path or default_path(), readonly=readonly)
    except CorpusError as exc:
        raise click.ClickException(str(exc)) from None


def print_json(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2, default=str))


def print_table(rows: list[dict[str, Any]], columns: list[str] | None = None, max_width: int = 60) -> None:
    if not rows:
        click.echo("(no rows)")
        return
    columns = columns or list(rows[0].keys())

    def cell(value: Any) -> str:
        text = "" if value is None else str(value).replace("\n", " ")
        return text if len(text) <= max_width else text[: max_width - 1] + "…"

    widths = {c: max(len(c), *(len(cell(r.get(c))) for r in rows)) for c in columns}
    click.echo("  ".join(c.ljust(widths[c]) for c in columns))
    click.echo("  ".join("-" * widths[c] for c in columns))
    for r in rows:
        click.echo("  ".join(cell(r.get(c)).ljust(widths[c]) for c in columns))


@contextmanager
def progress(label: str, length: int | None = None) -> Iterator[Callable[[int], None]]:
    """A progress bar on a terminal (stderr); nothing at all in pipes and files."""
    if not sys.stderr.isatty():
        yield lambda n: None
        return
    with click.progressbar(length=length, label=label, file=sys.stderr) as bar:
        yield bar.update


def handle_errors(func: Callable) -> Callable:
    """Turn expected failures into one-line messages with a non-zero exit."""
    from corpus.search import QueryError
    from extract.errors import InputError
    import sqlite3

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except (InputError, QueryError, CorpusError) as exc:
            raise click.ClickException(str(exc)) from None
        except sqlite3.OperationalError as exc:
            message = str(exc)
            if "readonly" in message or "read-only" in message:
                message = "the corpus is read-only: " + message
            elif "disk" in message and "full" in message:
                message = "the disk is full: " + message
            raise click.ClickException(message) from None

    return wrapper
