"""``vnpolicy export documents|mentions|figures|assignments|stories``: rows of the corpus as CSV, JSON
Lines or Parquet, filtered like search, with provenance columns."""
from __future__ import annotations

import signal
import sys
from pathlib import Path

import click

from vnpolicy.cli.export import export as export_group
from vnpolicy.cli.options import db_option, handle_errors, json_option, open_corpus, print_json, progress

FORMAT_BY_SUFFIX = {".csv": "csv", ".jsonl": "jsonl", ".ndjson": "jsonl", ".parquet": "parquet"}

HELP = {
    "documents": (
        "Documents: id, URL, source, province, language, date, title, story and clean text.",
        "vnpolicy export documents --format parquet -o documents.parquet --lang vi",
    ),
    "mentions": (
        "Mentions of legal documents (canonical id, type, number, year, issuer, relation), with provenance.",
        "vnpolicy export mentions --format csv -o mentions.csv --query 'hop tac xa'",
    ),
    "figures": (
        "Figures (value, range, qualifier, unit, currency), with provenance.",
        "vnpolicy export figures --format parquet --partition-by month -o figures/",
    ),
    "assignments": (
        "Assignments of tasks to agencies (agency id, role, task, deadline), with provenance.",
        "vnpolicy export assignments --format jsonl -o assignments.jsonl --since 2025-01-01",
    ),
    "stories": (
        "Stories: one row per document of a story (story id, document id, URL, source, language, date).",
        "vnpolicy export stories --format csv -o stories.csv",
    ),
}


def _stop_on_sigterm() -> None:
    """A terminated export unwinds like an interrupted one, so that its temporary file is removed."""
    def raise_exit(signum, frame):
        raise SystemExit(128 + signum)

    try:
        signal.signal(signal.SIGTERM, raise_exit)
    except ValueError:  # not the main thread (an embedding application): leave its handlers alone
        pass


def make_command(kind: str) -> click.Command:
    summary, example = HELP[kind]

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
    @click.option("-o", "--output", required=True, help="Output file, a folder with --partition-by, or - for standard output.")
    @click.option("--lang", default=None, help="Only documents in this language (vi, en, fr, sv, …).")
    @click.option("--province", default=None, help="Only documents attributed to this province code.")
    @click.option("--source", default=None, help="Only documents from this source id.")
    @click.option("--agency", default=None, help="Only documents assigning a task to this agency id.")
    @click.option("--since", default=None, help="Published on or after this date (YYYY-MM-DD).")
    @click.option("--until", default=None, help="Published on or before this date (YYYY-MM-DD).")
    @click.option("--query", default=None, help="Only documents matching this full-text query (diacritics optional).")
    @click.option("--partition-by", type=click.Choice(["month"]), default=None,
                  help="Write a folder with one part per month of publication.")
    @db_option
    @json_option
    @handle_errors
    def command(fmt, output, lang, province, source, agency, since, until, query, partition_by, db_path, as_json):
        from corpus.export import ExportError, Filters, count_rows, export

        fmt = fmt or FORMAT_BY_SUFFIX.get(Path(output).suffix.lower())
        if fmt is None:
            raise click.ClickException(f"cannot tell the format of {output!r}; give --format csv|jsonl|parquet")
        db = open_corpus(db_path, readonly=True)
        filters = Filters(lang=lang, province=province, source=source, since=since, until=until,
                          agency=agency, query=query)
        _stop_on_sigterm()
        try:
            total = count_rows(db, kind, filters) if sys.stderr.isatty() else None
            with progress(f"Exporting {kind}", total) as advance:
                report = export(db, kind, output, format=fmt, filters=filters, partition_by=partition_by,
                                progress=advance)
        except ExportError as exc:
            raise click.ClickException(str(exc)) from None
        except OSError as exc:
            raise click.ClickException(f"cannot write {output}: {exc.strerror or exc}") from None
        if as_json:
            print_json(report.as_dict())
        elif output != "-":
            where = f"{len(report.files)} files in {output}" if partition_by else output
            click.echo(f"exported {report.rows} {kind} rows to {where} ({fmt})", err=True)

    return command


for _kind in HELP:
    export_group.add_command(make_command(_kind))

# the subcommands hang on the export group, which vnpolicy.cli.export registers
COMMANDS: list[click.Command] = []
