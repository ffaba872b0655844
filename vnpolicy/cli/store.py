"""``vnpolicy store``: the one writer of a crawler cluster, from a Redis stream into the corpus."""
from __future__ import annotations

from urllib.parse import urlsplit

import click

from vnpolicy.cli.options import db_option, handle_errors, json_option, open_corpus, print_json


@click.command()
@click.option("--redis", "redis_url", metavar="URL", required=True,
              help="The Redis server the crawlers deliver to (crawl --redis URL --deliver), e.g. redis://10.0.0.5:6379/0.")
@click.option("--stream", default=None, metavar="NAME", help="The Redis stream of pages (default: vnpolicy:pages).")
@click.option("--idle-exit", "idle_seconds", type=click.FloatRange(min=0), metavar="SECONDS",
              help="Stop when no page has come for this long (default: run until stopped with Ctrl-C or SIGTERM).")
@click.option("--batch", type=click.IntRange(min=1), default=100, show_default=True,
              help="Store at most this many pages per transaction.")
@db_option
@json_option
@handle_errors
def store(redis_url, stream, idle_seconds, batch, db_path, as_json) -> None:
    """Store the pages that crawlers on any number of machines deliver through Redis into one
    corpus, each exactly once, also across a restart of this writer. Run one writer per corpus;
    `vnpolicy process` turns the stored pages into documents (it may run at the same time).

    \b
    Examples:
        redis-server --bind 10.0.0.5 --appendonly yes                      # one machine
        vnpolicy crawl --all --redis redis://10.0.0.5:6379/0 --deliver   # every crawler machine
        vnpolicy store --redis redis://10.0.0.5:6379/0 --db corpus.db     # the writer
    """
    from crawler.cluster import STREAM, ClusterError, StoreWriter

    if urlsplit(redis_url).scheme not in ("redis", "rediss", "unix"):
        raise click.ClickException(f"--redis needs a redis:// URL, not {redis_url!r}")
    try:
        import redis  # noqa: F401
    except ImportError:
        raise click.ClickException("store needs the redis package") from None
    db = open_corpus(db_path)
    try:
        writer = StoreWriter(db, redis_url, stream=stream or STREAM, batch=batch)
        writer.stop_on_signals()
        report = writer.run(idle_seconds=idle_seconds)
    except ClusterError as exc:
        raise click.ClickException(str(exc)) from None
    except redis.RedisError as exc:
        raise click.ClickException(f"Redis at {redis_url}: {exc}") from None
    finally:
        db.conn.close()
    if as_json:
        print_json(report.as_dict())
        return
    click.echo(f"stored {report.new + report.changed} pages ({report.new} new, {report.changed} changed, "
               f"{report.unchanged} unchanged) from {report.received} entries of {report.stream}; "
               f"{report.already_stored} stored before a restart; {report.stopped}")


COMMANDS = [store]
