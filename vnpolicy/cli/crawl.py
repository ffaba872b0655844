"""``vnpolicy crawl``: collect pages from the sources registry or one site, then process them."""
from __future__ import annotations

import ipaddress
import json
import logging
import sqlite3
import sys
from contextlib import contextmanager
from dataclasses import replace
from datetime import date
from pathlib import Path
from urllib.parse import urlsplit

import click

from vnpolicy.cli.options import db_option, handle_errors, json_option, open_corpus, print_json

LOOPBACK_NAMES = ("localhost",)


def _is_loopback(host: str) -> bool:
    if host in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _parse_since(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)", param_hint="--since") from None


def _parse_overrides(pairs: tuple[str, ...]) -> dict[str, object]:
    overrides: dict[str, object] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.isupper():
            raise click.BadParameter(f"{pair!r} is not SETTING=VALUE", param_hint="--set")
        try:
            overrides[key] = json.loads(value)
        except json.JSONDecodeError:
            overrides[key] = value
    return overrides


@click.command()
@click.argument("source_ids", nargs=-1)
@click.option("--start-url", help="Crawl one site that is not in the registry: same host, its links, feeds and sitemaps.")
@click.option("--max-pages", type=click.IntRange(min=1), help="Stop after storing this many pages.")
@click.option("--since", "since_text", metavar="DATE", help="Skip articles older than DATE (YYYY-MM-DD); listings stop there.")
@click.option("--refresh", is_flag=True, help="Fetch stored pages again, with conditional requests (ETag/Last-Modified).")
@click.option("--redis", "redis_url", metavar="URL", help="Share one queue and dupefilter with other crawler processes (scrapy-redis), e.g. redis://127.0.0.1:6379/0.")
@click.option("--deliver", is_flag=True, help="With --redis: hand the raw pages to Redis for `vnpolicy store` (one writer, one corpus for many machines) instead of storing them; --db keeps only this crawler's state.")
@click.option("--jobdir", type=click.Path(file_okay=False), help="Keep the crawl's state here so that a stopped crawl resumes (Scrapy JOBDIR).")
@click.option("--contact", envvar="VNPOLICY_CRAWL_CONTACT", show_envvar=True,
              help="E-mail or URL put in the User-Agent so that site operators can reach you.")
@click.option("--registry", "registry_file", type=click.Path(dir_okay=False, exists=True), help="Another sources registry file (default: the bundled one).")
@click.option("--all", "all_sources", is_flag=True, help="Crawl every source of the registry.")
@click.option("--local-site", is_flag=True, help="The site runs on this machine (127.0.0.1) and is yours: no throttling. Refused for any other host.")
@click.option("--set", "settings_pairs", multiple=True, metavar="SETTING=VALUE", help="Override a Scrapy setting (repeatable).")
@click.option("--report", "report_file", type=click.Path(dir_okay=False), help="Write the crawl report as JSON to this file.")
@click.option("--no-process", is_flag=True, help="Store raw pages only; run `vnpolicy process` later.")
@click.option("--max-listing-pages", type=click.IntRange(min=1), metavar="N",
              help="Follow at most N pages of one listing through its \"next page\" links (default: each "
                   "source's max_listing_pages in the registry, 50). Overrides the registry for every source crawled.")
@click.option("--max-nav-pages", type=click.IntRange(min=1), metavar="N",
              help="Fetch at most N navigation pages (sections, listings, feeds, sitemaps) per source in this run, "
                   "against crawl traps such as endless calendars (default: each source's max_nav_pages, 5000). "
                   "Overrides the registry for every source crawled.")
@db_option
@json_option
@handle_errors
def crawl(source_ids, start_url, max_pages, since_text, refresh, redis_url, deliver, jobdir, contact, registry_file, all_sources,
          local_site, settings_pairs, report_file, no_process, max_listing_pages, max_nav_pages, db_path,
          as_json) -> None:
    """Crawl sources of the registry (or one site with --start-url), store the raw pages, then
    process them into documents. robots.txt is obeyed; requests are throttled per site.

    \b
    Examples:
        vnpolicy crawl baochinhphu en-baochinhphu --since 2025-01-01 --contact me@example.org
        vnpolicy crawl --start-url https://baovinhlong.com.vn/ --max-pages 200
        vnpolicy crawl --all --jobdir crawl-state/    # Ctrl-C, then the same command resumes
        vnpolicy crawl --all --redis redis://10.0.0.5:6379/0   # on several machines at once
        vnpolicy crawl --all --redis redis://10.0.0.5:6379/0 --deliver   # one corpus: see `vnpolicy store`
        vnpolicy crawl --start-url https://example.vn/ --max-listing-pages 5 --max-nav-pages 200
    """
    from corpus.db import default_path
    from corpus.process import process
    from crawler.run import open_corpus_waiting, run_crawl

    since = _parse_since(since_text)
    overrides = _parse_overrides(settings_pairs)
    sources = _chosen_sources(source_ids, start_url, all_sources, registry_file, local_site,
                              max_listing_pages=max_listing_pages, max_nav_pages=max_nav_pages)
    overrides = _cluster_overrides(redis_url, deliver, overrides)
    no_process = no_process or deliver  # delivered pages are in the writer's corpus, not in this one
    db_path = db_path or default_path()
    open_corpus_waiting(db_path).conn.close()  # a clear error now for a file that is not a corpus
    if jobdir:
        Path(jobdir).mkdir(parents=True, exist_ok=True)
    with one_line_errors(overrides):
        report = run_crawl(db_path, sources, since=since, refresh=refresh, max_pages=max_pages, contact=contact,
                           jobdir=jobdir, redis_url=redis_url, local_site=local_site, overrides=overrides)
    failed = nothing_fetched(report)
    if failed and redis_url and _cluster_answered(redis_url):
        failed = None  # this process drew only failing requests; the shared crawl fetched others
    result = {"crawl": report.as_dict()}
    if report_file:
        Path(report_file).write_text(report.to_json(), encoding="utf-8")
    if report.write_error is not None:  # the crawl stopped at it; what was stored stays
        if isinstance(report.write_error, sqlite3.OperationalError):
            raise report.write_error  # worded by handle_errors: "the disk is full: …", "the corpus is read-only: …"
        raise click.ClickException(f"the corpus could not be written: {report.write_error}")
    if not no_process:
        result["process"] = process(open_corpus(db_path)).as_dict()
    if failed:  # one line first; the report stays the last lines
        click.echo(f"Error: {failed}", err=True)
    _echo_result(result, report, as_json)
    if failed:
        sys.exit(1)


def _chosen_sources(source_ids, start_url, all_sources, registry_file, local_site, **trap_limits: int | None) -> list:
    """The sources the command names (SOURCE_IDs, --all or --start-url), with the trap limits given."""
    from crawler.registry import RegistryError, load_registry, registry_defaults, select_sources, start_url_source

    try:
        if start_url:
            if source_ids or all_sources:
                raise click.UsageError("give either SOURCE_ID… / --all or --start-url, not both")
            sources = [start_url_source(start_url, registry_defaults(registry_file))]
        elif all_sources:
            sources = list(load_registry(registry_file).values())
        elif source_ids:
            sources = select_sources(source_ids, registry_file)
        else:
            raise click.UsageError("name SOURCE_IDs from the registry, or use --all or --start-url")
    except RegistryError as exc:
        raise click.ClickException(str(exc)) from None
    sources = _with_trap_limits(sources, **trap_limits)
    if local_site:
        foreign = sorted({h for s in sources for h in s.allowed_hosts if not _is_loopback(h)})
        if foreign:
            raise click.ClickException(f"--local-site is only for sites on this machine, not {', '.join(foreign)}")
    return sources


def _cluster_overrides(redis_url: str | None, deliver: bool, overrides: dict[str, object]) -> dict[str, object]:
    """The Scrapy settings overridden, after checking --redis and --deliver (--deliver hands the pages
    to Redis through its own item pipeline)."""
    if redis_url and urlsplit(redis_url).scheme not in ("redis", "rediss", "unix"):
        raise click.ClickException(f"--redis needs a redis:// URL, not {redis_url!r}")
    if redis_url:
        _check_redis(redis_url)
    if deliver:
        if not redis_url:
            raise click.UsageError("--deliver hands pages to Redis: give --redis URL too")
        overrides = {**overrides, "ITEM_PIPELINES": {"crawler.cluster.RedisDeliveryPipeline": 300}}
    return overrides


def _echo_result(result: dict, report, as_json: bool) -> None:
    if as_json:
        print_json(result)
        return
    for line in report.summary_lines():
        click.echo(line)
    if "process" in result:
        p = result["process"]
        click.echo(f"processed {p['processed']} pages: {p['documents']} documents, {p['duplicates']} duplicates, "
                   f"{len(p['failed'])} failed")


def nothing_fetched(report) -> str | None:
    """Why the crawl failed as a whole (no page could be fetched: offline, refused, every answer an
    error), or None when it fetched something (stored, unchanged or not modified pages)."""
    if report.stored or report.unchanged or report.not_modified or not report.failed.total():
        return None
    reason = report.failed.counts.most_common(1)[0][0]
    return f"nothing could be fetched: {report.failed.total()} requests failed (most: {reason})"


class OneLineFormatter(logging.Formatter):
    """A log record as one line: the message's first line and, for an exception, its type and text,
    never its traceback (the report says what failed and where)."""

    def format(self, record: logging.LogRecord) -> str:
        message = record.getMessage().strip().split("\n", 1)[0]
        error = record.exc_info[1] if record.exc_info else None
        if error is not None and str(error) not in message:
            message += f" ({type(error).__name__}: {str(error).splitlines()[0] if str(error) else ''})"
        return f"{record.levelname} {record.name}: {message}"


@contextmanager
def one_line_errors(overrides: dict[str, object]):
    """Scrapy's log replaced, for this crawl, by one line a record on stderr at its LOG_LEVEL (errors by
    default): an offline crawl prints a line for each failure, not a traceback. ``--set LOG_ENABLED=true``
    (or any other LOG_ setting) keeps Scrapy's own log."""
    if any(key.startswith("LOG_") for key in overrides):
        yield
        return
    from crawler import settings as crawl_defaults

    overrides["LOG_ENABLED"] = False
    handler = logging.StreamHandler(sys.stderr)
    handler.setLevel(getattr(crawl_defaults, "LOG_LEVEL", "ERROR"))
    handler.setFormatter(OneLineFormatter())
    logging.root.addHandler(handler)
    try:
        yield
    finally:
        logging.root.removeHandler(handler)
        del overrides["LOG_ENABLED"]


def _with_trap_limits(sources: list, **limits: int | None) -> list:
    """The sources with the limits given on the command line in place of the registry's."""
    given = {name: value for name, value in limits.items() if value is not None}
    return [replace(source, **given) for source in sources] if given else sources


def _cluster_answered(url: str) -> bool:
    from crawler.cluster import cluster_answered

    return cluster_answered(url) > 0


def _check_redis(url: str) -> None:
    try:
        import redis
    except ImportError:
        raise click.ClickException("--redis needs the redis and scrapy-redis packages") from None
    try:
        redis.Redis.from_url(url, socket_connect_timeout=3).ping()
    except redis.RedisError as exc:
        raise click.ClickException(f"cannot reach Redis at {url}: {exc}") from None


COMMANDS = [crawl]
