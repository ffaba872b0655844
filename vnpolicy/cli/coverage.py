"""``vnpolicy coverage``: compare how provinces, sources, languages, months or agencies cover a query,
a legal document or a fact type."""
from __future__ import annotations

import click

from corpus.facts import fact_kinds

from vnpolicy.cli.options import (LanguageCode, OneLineChoice, PartialDate, check_filters, db_option,
                                  handle_errors, open_corpus, print_json, print_rows, print_table, with_current_facets)


class FactKind(click.Choice):
    """The fact kinds of the registered stages, read when the option is used or its help is shown
    (a stage registered after this module was imported is a choice too)."""

    def __init__(self) -> None:
        super().__init__(fact_kinds())

    @property
    def choices(self):
        return tuple(fact_kinds())

    @choices.setter
    def choices(self, value) -> None:  # click.Choice sets it once; the registry is the truth
        pass


@click.command()
@click.option("--by", "by", type=click.Choice(["province", "source", "language", "month", "agency"]), required=True,
              help="Group documents by this.")
@click.option("--query", "queries", multiple=True, metavar="Q",
              help="Full-text query (diacritics optional); repeat to compare several side by side.")
@click.option("--ref", "refs", multiple=True, metavar="R",
              help="A legal document (98/2018/NĐ-CP): documents mentioning it; repeatable.")
@click.option("--agency", "agencies", multiple=True, metavar="ID",
              help="Documents assigning a task to this agency id (MOF, DOF@22; DOF: every province's); repeatable.")
@click.option("--fact", type=FactKind(), default=None,
              help="Only documents carrying this kind of fact (alone: count those documents).")
@click.option("--scheme", type=click.Choice(["2025", "2024"]), default="2025", show_default=True,
              help="Provinces after the 2025 merger (34) or before it (63).")
@click.option("--attribution", type=OneLineChoice(["publisher", "mention"]), default="publisher", show_default=True,
              help="With --by province, a document's province: its publisher's, or each province it names "
                   "(the same choice as for --province in search and export).")
@click.option("--stories", is_flag=True, help="Count stories (syndicated copies and translations once) instead of pages.")
@click.option("--lang", type=LanguageCode(), default=None, help="Only documents in this language (vi, en, fr, sv, …).")
@click.option("--since", type=PartialDate(), default=None,
              help="Published on or after this date: YYYY-MM-DD, or YYYY-MM / YYYY for the whole month or year.")
@click.option("--until", type=PartialDate(), default=None,
              help="Published on or before this date: YYYY-MM-DD, or YYYY-MM / YYYY for the whole month or year.")
@click.option("--format", "fmt", type=OneLineChoice(["table", "csv", "csv-bom", "json", "nl"]), default="table",
              show_default=True, help="Output format (csv, json and nl have one row per group and series).")
@click.option("--json", "fmt", flag_value="json", help="Same as --format json.")
@click.option("--nl", "fmt", flag_value="nl", help="Same as --format nl: JSON lines, one row per group and series.")
@click.option("--csv", "fmt", flag_value="csv", help="Same as --format csv.")
@click.option("--csv-bom", "--excel", "fmt", flag_value="csv-bom",
              help="CSV that starts with a UTF-8 byte-order mark, for spreadsheets (Excel reads its accents right).")
@click.option("--plot", type=click.Path(dir_okay=False, writable=True), default=None, metavar="FILE",
              help="Also draw the comparison to this file: PNG, SVG or PDF by its extension (.png, .svg, .pdf).")
@db_option
@handle_errors
def coverage(by, queries, refs, agencies, fact, scheme, attribution, stories, lang, since, until, fmt, plot, db_path) -> None:
    """Compare coverage: matching documents per group, with their share of the group's documents.

    Shares normalise for how much each group publishes (matching documents over all documents of
    that province, source or month), so a small provincial paper and a national one compare.
    Several --query/--ref options are counted side by side, each with its own counts. A province
    is the publisher's (--attribution publisher, the default, as --province in search and export)
    or each province a document names (--attribution mention); the output says which.

    \b
    Examples:
        vnpolicy coverage --by province --query "hop tac xa" --query "doanh nghiep" --plot provinces.png
        vnpolicy coverage --by province --attribution mention --query "hop tac xa" --since 2024 --csv
        vnpolicy coverage --by month --ref 98/2018/NĐ-CP --plot decree98.svg
        vnpolicy coverage --by province --scheme 2024 --attribution publisher --stories --format csv
        vnpolicy coverage --by agency --fact assignments --json
        vnpolicy coverage --by province --agency DOF --agency DPI --csv
    """
    from corpus.coverage import (CoverageError, coverage as run_coverage, ensure_provinces, facet_names, plot_coverage,
                                 plot_format, provinces_current)

    if plot:
        try:
            plot_format(plot)
        except ValueError as exc:
            raise click.ClickException(f"--plot: {exc}") from None
    db = open_corpus(db_path, readonly=True)
    check_filters(db, since=since, until=until)
    for agency in agencies:
        check_filters(db, agency=agency)
    if by == "province" and not provinces_current(db):
        db = open_corpus(db_path)  # attribute the documents to provinces once; later runs only read
        ensure_provinces(db)
    needed = facet_names(by, scheme=scheme, attribution=attribution, stories=stories)
    db = with_current_facets(db, db_path, needed)
    try:
        result = run_coverage(db, by, queries=queries, refs=refs, agencies=agencies, fact=fact, scheme=scheme, attribution=attribution,
                              stories=stories, lang=lang, since=since, until=until)
    except CoverageError as exc:
        raise click.ClickException(str(exc)) from None
    if plot:
        try:
            plot_coverage(result, plot)
        except OSError as exc:
            raise click.ClickException(f"cannot write {plot}: {exc.strerror or exc}") from None
    if fmt == "json":
        print_json(result.to_dict())
    elif fmt in ("csv", "csv-bom", "nl"):
        rows = result.long_rows()
        if by == "province":  # which province a document counts under travels with the rows
            rows = [{**row, "attribution": attribution, "scheme": scheme} for row in rows]
        print_rows(rows, fmt, columns=list(rows[0]) if rows else ["by", "key", "label", "series", "count", "total", "share"])
    else:
        click.echo(f"{result.unit} by {by}" + (f" ({scheme} provinces, by {attribution})" if by == "province" else ""))
        print_table(result.wide_rows())
    if plot:
        click.echo(f"plot written to {plot}", err=True)


COMMANDS = [coverage]
