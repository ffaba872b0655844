"""``vnpolicy coverage``: compare how provinces, sources, languages, months or agencies cover a query,
a legal document or a fact type."""
from __future__ import annotations

import csv
import sys

import click

from vnpolicy.cli.options import db_option, handle_errors, open_corpus, print_json, print_table


@click.command()
@click.option("--by", "by", type=click.Choice(["province", "source", "language", "month", "agency"]), required=True,
              help="Group documents by this.")
@click.option("--query", "queries", multiple=True, metavar="Q",
              help="Full-text query (diacritics optional); repeat to compare several side by side.")
@click.option("--ref", "refs", multiple=True, metavar="R",
              help="A legal document (98/2018/NĐ-CP): documents mentioning it; repeatable.")
@click.option("--fact", type=click.Choice(["references", "figures", "assignments"]), default=None,
              help="Only documents carrying this kind of fact (alone: count those documents).")
@click.option("--scheme", type=click.Choice(["2025", "2024"]), default="2025", show_default=True,
              help="Provinces after the 2025 merger (34) or before it (63).")
@click.option("--attribution", type=click.Choice(["publisher", "mention"]), default="mention", show_default=True,
              help="A document's province: its publisher's, or the provinces it names.")
@click.option("--stories", is_flag=True, help="Count stories (syndicated copies and translations once) instead of pages.")
@click.option("--lang", default=None, help="Only documents in this language.")
@click.option("--since", default=None, help="Published on or after this date (YYYY-MM-DD).")
@click.option("--until", default=None, help="Published on or before this date (YYYY-MM-DD).")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True,
              help="Output format (csv and json have one row per group and series).")
@click.option("--json", "as_json", is_flag=True, help="Same as --format json.")
@click.option("--plot", type=click.Path(dir_okay=False, writable=True), default=None, metavar="FILE",
              help="Also draw the comparison to this file: PNG, SVG or PDF by its extension (.png, .svg, .pdf).")
@db_option
@handle_errors
def coverage(by, queries, refs, fact, scheme, attribution, stories, lang, since, until, fmt, as_json, plot, db_path) -> None:
    """Compare coverage: matching documents per group, with their share of the group's documents.

    Shares normalise for how much each group publishes (matching documents over all documents of
    that province, source or month), so a small provincial paper and a national one compare.
    Several --query/--ref options are counted side by side, each with its own counts.

    \b
    Examples:
        vnpolicy coverage --by province --query "hop tac xa" --query "doanh nghiep" --plot provinces.png
        vnpolicy coverage --by month --ref 98/2018/NĐ-CP --plot decree98.svg
        vnpolicy coverage --by province --scheme 2024 --attribution publisher --stories --format csv
        vnpolicy coverage --by agency --fact assignments --json
    """
    from corpus import facets
    from corpus.coverage import (CoverageError, coverage as run_coverage, ensure_provinces, facet_names, plot_coverage,
                                 plot_format, provinces_current)
    from corpus.db import CorpusError, default_path, open_db

    if plot:
        try:
            plot_format(plot)
        except ValueError as exc:
            raise click.ClickException(f"--plot: {exc}") from None
    db = open_corpus(db_path, readonly=True)
    if by == "province" and not provinces_current(db):
        db = open_corpus(db_path)  # attribute the documents to provinces once; later runs only read
        ensure_provinces(db)
    needed = facet_names(by, scheme=scheme, attribution=attribution, stories=stories)
    if facets.stale(db, needed):
        try:  # store the group arrays once (a second at a million documents); later runs only read them
            db = open_db(db_path or default_path())
        except CorpusError:
            pass  # a read-only corpus: the arrays are built in memory for this run
        else:
            facets.refresh(db, needed)
    try:
        result = run_coverage(db, by, queries=queries, refs=refs, fact=fact, scheme=scheme, attribution=attribution,
                              stories=stories, lang=lang, since=since, until=until)
    except CoverageError as exc:
        raise click.ClickException(str(exc)) from None
    if plot:
        try:
            plot_coverage(result, plot)
        except OSError as exc:
            raise click.ClickException(f"cannot write {plot}: {exc.strerror or exc}") from None
    fmt = "json" if as_json else fmt
    if fmt == "json":
        print_json(result.to_dict())
    elif fmt == "csv":
        rows = result.long_rows()
        writer = csv.DictWriter(sys.stdout, fieldnames=list(rows[0]) if rows else ["by", "key", "label", "series", "count", "total", "share"],
                                lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    else:
        click.echo(f"{result.unit} by {by}" + (f" ({scheme} provinces, by {attribution})" if by == "province" else ""))
        print_table(result.wide_rows())
    if plot:
        click.echo(f"plot written to {plot}", err=True)


COMMANDS = [coverage]
