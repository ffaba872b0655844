"""``vnpolicy export documents|mentions|figures|assignments|stories``: rows of the corpus as CSV, JSON
Lines or Parquet, filtered like search, with provenance columns."""
from __future__ import annotations

import json
import signal
import sys
from pathlib import Path

import click

from vnpolicy.cli.export import export as export_group
from vnpolicy.cli.options import (check_filters, db_option, describe_province, ensure_mentioned_provinces,
                                  filter_options, handle_errors, open_corpus, progress)

FORMAT_BY_SUFFIX = {".csv": "csv", ".jsonl": "jsonl", ".ndjson": "jsonl", ".parquet": "parquet"}

# the kinds that are no stage's facts; a registered stage's table takes its help from the stage's
# declaration (extract/<folder>/stage.json, "export_help")
HELP = {
    "documents": (
        "Documents: id, URL, source, province, language, date, title, story and clean text.",
        "vnpolicy export documents --format parquet -o documents.parquet --lang vi",
    ),
    "stories": (
        "Stories: one row per document of a story (story id, document id, URL, source, language, date).",
        "vnpolicy export stories --format csv -o stories.csv",
    ),
}


def command_help(kind: str) -> tuple[str, str]:
    """(summary, example) of the export of ``kind``: its own, its stage's declared one, or a generic
    one for a stage that declares none."""
    from extract.stages import registered

    if kind in HELP:
        return HELP[kind]
    entry = next((r for r in registered() if r.table == kind), None)
    if entry is not None and entry.export_help is not None:
        return entry.export_help.summary, entry.export_help.example
    return (f"The facts of the table {kind} (a registered stage's), with provenance.",
            f"vnpolicy export {kind} --format csv -o {kind}.csv")


def _stop_on_sigterm() -> None:
    """A terminated export unwinds like an interrupted one, so that its temporary file is removed."""
    def raise_exit(signum, frame):
        raise SystemExit(128 + signum)

    try:
        signal.signal(signal.SIGTERM, raise_exit)
    except ValueError:  # not the main thread (an embedding application): leave its handlers alone
        pass


def make_command(kind: str) -> click.Command:
    summary, example = command_help(kind)

    @click.command(kind, help=f"""{summary}

    Streamed in constant memory. Fact rows start with their provenance: id, document_id, url,
    source_id, province_code, language, document_language, published, start, end, and end with
    sentence and extractor_version. Filters select documents, as in search. Dates are ISO strings.
    Parquet is typed (int64, float64, string); --partition-by month writes a hive-style folder
    (month=2025-12/part-0.parquet) for pyarrow, DuckDB or Spark. Nothing is left at PATH if the
    export stops half-way.

    \b
    Example:
        {example}
    """)
    @click.option("--format", "fmt", type=click.Choice(["csv", "jsonl", "parquet"]), default=None,
                  help="Output format (default: from the file suffix).")
    @click.option("--csv-bom", "--excel", "csv_bom", is_flag=True,
                  help="CSV that starts with a UTF-8 byte-order mark, for spreadsheets (Excel reads its accents right).")
    @click.option("-o", "--output", required=True, help="Output file, a folder with --partition-by, or - for standard output.")
    @filter_options
    @click.option("--agency", default=None, help="Only documents assigning a task to this agency id (DOF or PPC: every province's).")
    @click.option("--query", default=None, help="Only documents matching this full-text query (diacritics optional).")
    @click.option("--partition-by", type=click.Choice(["month"]), default=None,
                  help="Write a folder with one part per month of publication.")
    @db_option
    @click.option("--json", "as_json", is_flag=True, help="Print the report as JSON (on standard error, like the report).")
    @handle_errors
    def command(fmt, csv_bom, output, lang, province, attribution, source, since, until, agency, query, partition_by,
                db_path, as_json):
        from corpus.export import ExportError, Filters, count_rows, export

        fmt = fmt or FORMAT_BY_SUFFIX.get(Path(output).suffix.lower())
        if fmt is None:
            raise click.ClickException(f"cannot tell the format of {output!r}; give --format csv|jsonl|parquet")
        if csv_bom and fmt != "csv":
            raise click.ClickException(f"--csv-bom is for CSV, not {fmt}")
        db = open_corpus(db_path, readonly=True)
        check_filters(db, source=source, since=since, until=until, agency=agency)
        db = ensure_mentioned_provinces(db, db_path, province, attribution)
        filters = Filters(lang=lang, province=province, source=source, since=since, until=until,
                          agency=agency, query=query, attribution=attribution if province else None)
        _stop_on_sigterm()
        try:
            total = count_rows(db, kind, filters) if sys.stderr.isatty() else None
            with progress(f"Exporting {kind}", total) as advance:
                report = export(db, kind, output, format="csv-bom" if csv_bom else fmt, filters=filters,
                                partition_by=partition_by, progress=advance)
        except ExportError as exc:
            raise click.ClickException(str(exc)) from None
        except OSError as exc:
            raise click.ClickException(f"cannot write {output}: {exc.strerror or exc}") from None
        # the report goes to standard error, always: with -o - standard output is the data
        where = describe_province(province, attribution)
        if as_json:
            click.echo(json.dumps(report.as_dict(), ensure_ascii=False, default=str), err=True)
        else:
            target = f"{len(report.files)} files in {output}" if partition_by else ("standard output" if output == "-" else output)
            click.echo(f"exported {report.rows} {kind} rows to {target} ({fmt})" + (f"; {where}" if where else ""), err=True)

    return command


# the documents and stories subcommands; those of the stages' tables are made by the group
# (vnpolicy.cli.export.ExportGroup) from the registry when they are first listed or called
for _kind in HELP:
    export_group.add_command(make_command(_kind))

# the subcommands hang on the export group, which vnpolicy.cli.export registers
COMMANDS: list[click.Command] = []
