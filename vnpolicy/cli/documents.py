"""Commands that put documents into the corpus or read one document: ingest, process, extract."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from vnpolicy.cli.options import LanguageCode, db_option, handle_errors, json_option, open_corpus, print_json, progress


def print_report(title: str, report: dict, as_json: bool) -> None:
    if as_json:
        print_json(report)
        return
    click.echo(title)
    for key, value in report.items():
        if isinstance(value, list):
            for item in value:
                click.echo("  " + f"{key}: " + " — ".join(str(v) for v in item.values()))
        else:
            click.echo(f"  {key}: {value}")


def run_processing(db, reprocess: bool, workers: int | None, as_json: bool) -> dict:
    from corpus.process import pending_pages, process
    import extract

    total = len(pending_pages(db, extract.pipeline_version(), reprocess))
    with progress("Processing", total) as advance:
        report = process(db, reprocess=reprocess, workers=workers, progress=advance)
    return report.as_dict()


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--no-process", is_flag=True, help="Store the raw files only; process them later.")
@db_option
@json_option
@handle_errors
def ingest(paths: tuple[Path, ...], no_process: bool, db_path: str | None, as_json: bool) -> None:
    """Add local .html, .txt and .pdf files (or folders of them, or WARC files) to the corpus.

    Files are stored as raw pages, then processed into documents and facts. Empty, binary and
    oversized files are skipped and listed; a file already stored with the same bytes is not
    stored twice.

    \b
    Example:
        vnpolicy ingest notices/ article.html --db policy.db
    """
    from corpus.ingest import ingest_paths

    missing = [str(p) for p in paths if not p.exists()]
    if missing and len(missing) == len(paths):
        raise click.ClickException(f"no such file or folder: {', '.join(missing)}")
    db = open_corpus(db_path)
    with progress("Reading files") as advance:
        report = ingest_paths(db, paths, progress=advance)
    result = {"ingest": report.as_dict()}
    if not no_process:
        result["process"] = run_processing(db, False, None, as_json)
    if as_json:
        print_json(result)
    else:
        print_report("Ingest", result["ingest"], False)
        if "process" in result:
            print_report("Process", result["process"], False)
    if report.skipped and not report.stored and not report.unchanged:
        sys.exit(1)


@click.command("process")
@click.option("--reprocess", is_flag=True, help="Rebuild every document and fact, not only those that need it.")
@click.option("--workers", type=click.IntRange(1, 64), default=None, help="Worker processes (default: up to 2 cores).")
@db_option
@json_option
@handle_errors
def process_command(reprocess: bool, workers: int | None, db_path: str | None, as_json: bool) -> None:
    """Turn stored raw pages into documents and facts.

    Only pages never processed, changed, or processed by an older extractor version are done;
    --reprocess does them all (after an extractor improves). Safe to interrupt and rerun.

    \b
    Example:
        vnpolicy process --reprocess --db policy.db
    """
    db = open_corpus(db_path)
    print_report("Process", run_processing(db, reprocess, workers, as_json), as_json)


@click.command("extract")
@click.argument("path", type=click.Path(allow_dash=True, path_type=str))
@click.option("--lang", type=LanguageCode(), default=None, help="Language of the text (ISO 639-1); detected when not given.")
@click.option("--url", default=None, help="The page's address, for metadata.")
@click.option("--json", "as_json", is_flag=True, help="Print the document JSON (the default output).")
@handle_errors
def extract_command(path: str, lang: str | None, url: str | None, as_json: bool) -> None:
    """Extract one document (HTML, PDF or text; - reads standard input) and print its JSON.

    No database is used. The JSON holds the clean text, language, title, date and every
    reference, figure and assignment with its span and sentence.

    \b
    Example:
        vnpolicy extract notice.txt --json | jq '.references[].id'
    """
    import extract

    if path == "-":
        data = sys.stdin.buffer.read()
    else:
        file = Path(path)
        if not file.exists():
            raise click.ClickException(f"no such file: {path}")
        if file.is_dir():
            raise click.ClickException(f"{path} is a folder; extract reads one file")
        data = file.read_bytes()
    doc = extract.document(data, url=url, lang=lang)
    print_json(doc.to_dict())


COMMANDS = [ingest, process_command, extract_command]
