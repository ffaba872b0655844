"""Options and helpers shared by every command."""
from __future__ import annotations

import csv
import functools
import json
import re
import sys
from datetime import date
from contextlib import contextmanager
from typing import Any, Callable, Iterator

import click

from corpus import CorpusError, open_db
from corpus.db import default_path


def db_option(func: Callable) -> Callable:
    return click.option(
        "--db", "db_path", type=click.Path(dir_okay=False), default=None, envvar="VNPOLICY_DB", show_envvar=True,
        help="Corpus file (default: ./vnpolicy.db).",
    )(func)


def json_option(func: Callable) -> Callable:
    return click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")(func)


# --- filters: each value is checked before any question is asked; a wrong one is refused in one line ---

class FilterError(click.BadParameter):
    """A filter value that means nothing: one line on stderr (no usage text), exit 2."""

    def show(self, file=None) -> None:
        click.echo(f"Error: {self.format_message()}", err=True)


class OneLineChoice(click.Choice):
    """A choice refused in one line, like the other filters."""

    def fail(self, message: str, param=None, ctx=None):
        raise FilterError(message, ctx=ctx, param=param)


_PARTIAL_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


class PartialDate(click.ParamType):
    """A date, a month or a year: ``2024-05-31``, ``2024-05``, ``2024``. The value is kept as written:
    dates compare as ISO strings, so ``--since 2024-05`` starts at May and ``--until 2024-05`` ends with it
    (partial publication dates included)."""

    name = "DATE"

    def convert(self, value, param, ctx):
        if not isinstance(value, str):
            return value
        text = value.strip()
        match = _PARTIAL_DATE.fullmatch(text)
        if not match:
            raise FilterError(f"{value!r} is not a date: give YYYY-MM-DD, YYYY-MM or YYYY", ctx=ctx, param=param)
        year, month, day = (int(g) if g else None for g in match.groups())
        try:
            date(year, month or 1, day or 1)
        except ValueError:
            raise FilterError(f"{value!r} is not a date of the calendar", ctx=ctx, param=param) from None
        return text


class LanguageCode(click.ParamType):
    """An ISO 639-1 code of a language the corpus can hold: one langdetect identifies, or ``und``."""

    name = "LANG"

    def convert(self, value, param, ctx):
        from nlp import languages

        code = value.strip().lower()
        if code in known_languages():
            return code
        expected = ", ".join(languages.expected())
        raise FilterError(f"{value!r} is not a language code vnpolicy knows ({expected}, another ISO 639-1 code "
                          "that langdetect identifies, or und)", ctx=ctx, param=param)


@functools.lru_cache(maxsize=1)
def known_languages() -> frozenset[str]:
    """The codes a document's language can have: langdetect's languages (its profiles), and ``und``."""
    from importlib import resources

    profiles = resources.files("langdetect") / "profiles"
    return frozenset({p.name.split("-")[0] for p in profiles.iterdir()} | {"und"})


class ProvinceCode(click.ParamType):
    """A province by code (pre-2025 or 2025, ``87``) or name (``Đồng Tháp``, ``dong thap``); the
    value is its pre-2025 code, the one publishers and mentions are stored under."""

    name = "PROVINCE"

    def convert(self, value, param, ctx):
        from nlp.provinces import resolve

        code = resolve(value, scheme="2024") if value.strip() else None
        if code is None:
            raise FilterError(f"{value!r} is no province code or name (codes as in `vnpolicy stats`, "
                              "e.g. 01 Hà Nội, 79 TP Hồ Chí Minh)", ctx=ctx, param=param)
        return code


ATTRIBUTION_HELP = ("What --province means: the province of the document's publisher, or a province the "
                    "document names.")


def filter_options(func: Callable) -> Callable:
    """--lang, --province, --attribution, --source, --since, --until: the document filters of search,
    export and coverage, each checked (partial dates allowed)."""
    for option in reversed([
        click.option("--lang", type=LanguageCode(), default=None, help="Only documents in this language (vi, en, fr, sv, …)."),
        click.option("--province", type=ProvinceCode(), default=None,
                     help="Only documents of this province (code or name), as --attribution says."),
        click.option("--attribution", type=OneLineChoice(["publisher", "mention"]), default="publisher",
                     show_default=True, help=ATTRIBUTION_HELP),
        click.option("--source", default=None, help="Only documents from this source id (as in `vnpolicy stats`)."),
        click.option("--since", type=PartialDate(), default=None,
                     help="Published on or after this date: YYYY-MM-DD, or YYYY-MM / YYYY for the whole month or year."),
        click.option("--until", type=PartialDate(), default=None,
                     help="Published on or before this date: YYYY-MM-DD, or YYYY-MM / YYYY for the whole month or year."),
    ]):
        func = option(func)
    return func


def check_filters(db, *, source: str | None = None, since: str | None = None, until: str | None = None,
                  agency: str | None = None) -> None:
    """Refuse in one line what only the corpus can tell is wrong: a source or agency it does not
    know, a period that ends before it starts."""
    if since and until and since > until + "\uffff":  # a partial --until covers its whole month or year
        raise click.ClickException(f"--since {since} is after --until {until}")
    if source and not _known(db, "sources", "id", source) and not _known(db, "documents", "source_id", source):
        known = [r[0] for r in db.execute("select id from sources order by id limit 8")]
        hint = f" (for example {', '.join(known)}; all in `vnpolicy stats`)" if known else ""
        raise click.ClickException(f"no source {source!r} in this corpus{hint}")
    if agency and not _known(db, "agencies", "id", agency) and not _known(db, "assignments", "agency_id", agency):
        raise click.ClickException(f"no agency {agency!r} in this corpus (ids such as MOF, MAE, PPC@22)")


def _known(db, table: str, column: str, value: str) -> bool:
    if not db[table].exists():
        return False
    return db.execute(f"select 1 from [{table}] where [{column}] = ? limit 1", [value]).fetchone() is not None


def ensure_mentioned_provinces(db, db_path, province: str | None, attribution: str):
    """The corpus, with the provinces its documents name attributed, when a filter needs them."""
    from corpus.coverage import ensure_provinces, provinces_current

    if province and attribution == "mention" and not provinces_current(db):
        db = open_corpus(db_path)  # attribute the documents to provinces once; later runs only read
        ensure_provinces(db)
    return db


def with_current_facets(db, db_path, needed: list[str]):
    """The corpus with the group arrays ``needed`` current: stored once when missing or stale (a second
    at a million documents; later runs only read them), built in memory for this run on a read-only
    corpus. Returns the connection to go on with."""
    from corpus import facets

    if facets.stale(db, needed):
        try:
            db = open_db(db_path or default_path())
        except CorpusError:
            pass  # a read-only corpus: the arrays are built in memory for this run
        else:
            facets.refresh(db, needed)
    return db


def describe_province(code: str | None, attribution: str) -> str | None:
    """``province 87 Đồng Tháp, by publisher``: which meaning a --province filter had."""
    if not code:
        return None
    from nlp.provinces import provinces

    province = provinces("2024").get(code)
    name = f" {province.name_short_vi}" if province else ""
    return f"province {code}{name}, by {attribution}"


# --- output of the query commands: a table, or --json, --nl (JSON lines), --csv ---

def output_options(func: Callable) -> Callable:
    """--json, --nl, --csv (and --csv-bom / --excel) of the query commands; the value is ``output``."""
    for option in reversed([
        click.option("--json", "output", flag_value="json", help="Print JSON."),
        click.option("--nl", "output", flag_value="nl", help="Print JSON lines: one JSON object per row."),
        click.option("--csv", "output", flag_value="csv", help="Print CSV: a header, then one row per line."),
        click.option("--csv-bom", "--excel", "output", flag_value="csv-bom",
                     help="CSV that starts with a UTF-8 byte-order mark, for spreadsheets (Excel reads its accents right)."),
    ]):
        func = option(func)
    return func


def print_rows(rows: list[dict[str, Any]], output: str, columns: list[str] | None = None) -> None:
    """Rows as JSON (a list), JSON lines or CSV on standard output."""
    if output == "json":
        print_json(rows)
    elif output == "nl":
        for row in rows:
            click.echo(json.dumps(row, ensure_ascii=False, default=str))
    elif output in ("csv", "csv-bom"):
        columns = columns or (list(rows[0]) if rows else [])
        out = sys.stdout
        if output == "csv-bom":
            out.write("\ufeff")
        writer = csv.DictWriter(out, fieldnames=columns, extrasaction="ignore", lineterminator="\r\n" if output == "csv-bom" else "\n")
        writer.writeheader()
        writer.writerows(rows)
        out.flush()
    else:
        raise ValueError(f"unknown output {output!r}")


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
