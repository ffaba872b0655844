"""Bulk export of documents, facts and stories: CSV, JSON Lines and Parquet, streamed in constant memory.

Rows come from one SQLite cursor read in chunks (``fetchmany``) and go straight to the writer, so
memory does not grow with the corpus. Every fact row carries its provenance: the document it comes
from (id, URL, source, province, language, publication date), its character span and its sentence,
and the version of the extractor that made it.

Types. Columns are typed from the tables' declared SQLite types: INTEGER → int64, REAL/FLOAT →
float64, TEXT → string (Parquet gets an explicit Arrow schema, so a column of nulls keeps its type).
Dates stay ISO 8601 strings as the corpus stores them (``2025-12-09``, a deadline may be ``2025-12``
or ``2025``): a date32 column would either invent a day or drop the value. Cast them in the reader
(DuckDB: ``TRY_CAST(published AS DATE)``).

Filters are those of search (corpus.search): language, province, source, agency, dates and a
full-text query, all bound parameters; the SQL around them is built from the database's own
schema, never from user text.

Output is written to a temporary name beside the target and renamed at the end, so an interrupted
export leaves no half file; the temporary folder of one killed outright (kill -9) is removed by
the next export to the same target. ``partition_by="month"`` writes a hive-style folder
(``month=2025-12/part-0.parquet``; documents without a date go to ``month=__HIVE_DEFAULT_PARTITION__``)
that pyarrow.dataset, DuckDB (``read_parquet('out/*/*.parquet', hive_partitioning=true)``) and Spark read.
"""
from __future__ import annotations

import csv
import io
import itertools
import json
import os
import queue
import shutil
import sqlite3
import sys
import tempfile
import threading
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from glob import escape as glob_escape
from operator import itemgetter
from pathlib import Path
from typing import Any, Callable, Iterator, TextIO

import sqlite_utils

from corpus.facts import fact_tables
from nlp import config

FORMATS = ("csv", "jsonl", "parquet", "csv-bom")
SUFFIXES = {"csv": ".csv", "jsonl": ".jsonl", "parquet": ".parquet", "csv-bom": ".csv"}
PARTITIONS = ("month",)
# hive's name for the partition of rows whose key is null; pyarrow, DuckDB and Spark read it as null
NULL_PARTITION = "__HIVE_DEFAULT_PARTITION__"


def fact_export_kinds() -> list[str]:
    """The fact kinds of an export: the tables of the registered stages (``mentions``, ``figures``, …)."""
    return list(fact_tables().values())


def export_kinds() -> list[str]:
    """Every kind of row that can be exported: documents, each registered stage's facts, stories
    (which live on documents.story_id)."""
    return ["documents", *fact_export_kinds(), "stories"]


# the provenance every fact row starts with: (output name, SQL over f = fact table, d = documents)
FACT_PROVENANCE: list[tuple[str, str, str]] = [
    ("id", "f.[id]", "int"),
    ("document_id", "f.[document_id]", "int"),
    ("url", "d.[url]", "str"),
    ("source_id", "d.[source_id]", "str"),
    ("province_code", "d.[province_code]", "str"),
    ("language", "coalesce(f.[language], d.[language])", "str"),
    ("document_language", "d.[language]", "str"),
    ("published", "d.[published]", "str"),
    ("start", "f.[start]", "int"),
    ("end", "f.[end]", "int"),
]
# what a mention's legal document row adds (the law table's details: issue 14), as legal_<column>
LEGAL_DETAILS = ("kind", "adopted", "in_force")
# columns that close every fact row (long text last, so that a CSV stays readable)
FACT_TRAILER = ("sentence", "extractor_version")
DOCUMENT_LEADING = ("url", "canonical_url", "source_id", "province_code", "language", "published", "title")
# derived columns that only serve the full-text index
DOCUMENT_SKIPPED = ("title_folded", "text_folded")
STORY_DOCUMENT_COLUMNS = ("url", "title", "source_id", "province_code", "language", "published")

# the province of a provincial body, from its id (``DOF@22`` → ``22``); null for a national body
AGENCY_PROVINCE_SQL = "case when instr(f.[agency_id], '@') > 0 then substr(f.[agency_id], instr(f.[agency_id], '@') + 1) end"
MONTH_SQL = "case when d.[published] glob '[0-9][0-9][0-9][0-9]-[0-9][0-9]*' then substr(d.[published], 1, 7) end"


class ExportError(Exception):
    """An export that cannot be done or finished; the message is one line for the user."""


@dataclass(frozen=True)
class Column:
    name: str
    sql: str
    type: str  # int | float | str


@dataclass(frozen=True)
class Filters:
    """Which documents (and so which facts) to export; the same filters as search."""

    lang: str | None = None
    province: str | None = None
    source: str | None = None
    since: str | None = None
    until: str | None = None
    agency: str | None = None
    query: str | None = None
    attribution: str | None = None  # what province means: "publisher" (None) or "mention"

    def active(self) -> dict[str, str]:
        return {k: v for k, v in asdict(self).items() if v}


@dataclass
class ExportReport:
    kind: str
    format: str
    path: str
    rows: int = 0
    files: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def column_type(declared: str) -> str | None:
    """The export type of a declared SQLite column type, by SQLite's affinity rules; None for BLOB."""
    declared = (declared or "").upper()
    if "INT" in declared:
        return "int"
    if any(word in declared for word in ("CHAR", "CLOB", "TEXT")) or not declared:
        return "str"
    if "BLOB" in declared:
        return None
    return "float"  # REAL, FLOAT, DOUBLE, NUMERIC


def _table_columns(db: sqlite_utils.Database, table: str) -> list[tuple[str, str | None]]:
    if not db[table].exists():
        raise ExportError(f"the corpus has no {table} table")
    return [(c.name, column_type(c.type)) for c in db[table].columns]


def columns(db: sqlite_utils.Database, kind: str) -> list[Column]:
    """The exported columns of ``kind``, in order, typed."""
    if kind in fact_export_kinds():
        table_columns = _table_columns(db, kind)
        out = [Column(n, s, t) for n, s, t in FACT_PROVENANCE]
        taken = {c.name for c in out} | {"language"}
        for name, kind_type in table_columns:
            if name not in taken and name not in FACT_TRAILER and kind_type:
                out.append(Column(name, f"f.[{name}]", kind_type))
                if name == "agency_id":  # a provincial body's province (DOF@22 → 22), in any table naming agencies
                    out.append(Column("agency_province_code", AGENCY_PROVINCE_SQL, "str"))
        types = dict(table_columns)
        if "legal_id" in types and db["legal_documents"].exists():  # a legal document's own details
            known = {c.name for c in db["legal_documents"].columns}
            out.extend(Column(f"legal_{n}", f"l.[{n}]", "str") for n in LEGAL_DETAILS if n in known)
        out.extend(Column(n, f"f.[{n}]", types.get(n) or "str") for n in FACT_TRAILER if n in types)
        return out
    if kind == "documents":
        types = dict(_table_columns(db, "documents"))
        out = [Column("document_id", "d.[id]", "int")]
        out.extend(Column(n, f"d.[{n}]", types[n]) for n in DOCUMENT_LEADING if n in types)
        taken = {"id", "text", *DOCUMENT_LEADING, *DOCUMENT_SKIPPED}
        out.extend(Column(n, f"d.[{n}]", t) for n, t in types.items() if n not in taken and t)
        out.append(Column("text", "d.[text]", "str"))
        return out
    if kind == "stories":
        types = dict(_table_columns(db, "documents"))
        out = [Column("story_id", "d.[story_id]", "int"), Column("document_id", "d.[id]", "int")]
        out.extend(Column(n, f"d.[{n}]", types[n]) for n in STORY_DOCUMENT_COLUMNS if n in types)
        # a stories table, when the story builder keeps one, adds its columns as story_*
        if db["stories"].exists():
            for name, kind_type in _table_columns(db, "stories"):
                if name != "id" and kind_type:
                    out.append(Column(f"story_{name}", f"s.[{name}]", kind_type))
        return out
    raise ExportError(f"unknown export kind {kind!r}; choose from {', '.join(export_kinds())}")


def _where(db: sqlite_utils.Database, filters: Filters) -> tuple[str, list[Any]]:
    """The filter clause over documents ``d`` (search's own filters) and its bound parameters."""
    from corpus.filters import document_filters as _filters
    from corpus.search import parse_query

    where, params = _filters(filters.lang, filters.province, filters.source, filters.since,
                             filters.until, filters.agency, filters.attribution or "publisher")
    if filters.query:
        match, _ = parse_query(filters.query)
        where += " and d.[id] in (select rowid from documents_fts where documents_fts match ?)"
        params.append(match)
    return where, params


@dataclass(frozen=True)
class _Select:
    """The parts of an export's SELECT: its columns, FROM, filter clause (with its parameters) and
    order; ``partition`` is the partition key's SQL, when there is one."""

    kind: str
    cols: list[Column]
    source: str
    where: str
    params: list[Any]
    order: str
    partition: str | None


def _select(db: sqlite_utils.Database, kind: str, filters: Filters, partition_by: str | None) -> _Select:
    cols = columns(db, kind)
    where, params = _where(db, filters)
    if kind in fact_export_kinds():
        source = f"[{kind}] f join documents d on d.[id] = f.[document_id]"
        if any(c.sql.startswith("l.") for c in cols):
            source += " left join legal_documents l on l.[id] = f.[legal_id]"
        order = "f.[id]"
    elif kind == "documents":
        source, order = "documents d", "d.[id]"
    else:
        source = "documents d"
        if any(c.sql.startswith("s.") for c in cols):
            source += " left join stories s on s.[id] = d.[story_id]"
        where += " and d.[story_id] is not null"
        order = "d.[story_id], d.[id]"
    partition = None
    if partition_by == "month":
        partition = MONTH_SQL
        order = f"[__partition] is null, [__partition], {order}"
    elif partition_by:
        raise ExportError(f"cannot partition by {partition_by!r}; choose from {', '.join(PARTITIONS)}")
    return _Select(kind, cols, source, where, params, order, partition)


def select_sql(db: sqlite_utils.Database, kind: str, filters: Filters, *, partition_by: str | None = None) -> tuple[str, list[Any], list[Column]]:
    """(SQL, parameters, columns) of the export; with a partition key, the key is the last column
    and rows come ordered by it, so that each partition is written once, one file at a time."""
    parts = _select(db, kind, filters, partition_by)
    selected = [c.sql + f" as [{c.name}]" for c in parts.cols]
    if parts.partition:
        selected.append(parts.partition + " as [__partition]")
    sql = f"select {', '.join(selected)} from {parts.source} where 1 = 1 {parts.where} order by {parts.order}"
    return sql, parts.params, parts.cols


def count_rows(db: sqlite_utils.Database, kind: str, filters: Filters) -> int:
    sql, params, _ = select_sql(db, kind, filters)
    return db.execute(f"select count(*) from ({sql})", params).fetchone()[0]


def iter_chunks(db: sqlite_utils.Database, sql: str, params: list[Any], size: int) -> Iterator[list[tuple]]:
    cursor = db.conn.execute(sql, params)
    try:
        while chunk := cursor.fetchmany(size):
            yield chunk
    finally:
        cursor.close()


# --- writers: one file each; write(rows) takes a chunk of row tuples --------------------------------
#
# Each writer says what SQLite should select for it (``row_sql``, expressions over the export's
# columns); a trailing partition key is ignored by the writers. CSV and JSON Lines lines are made by
# SQLite itself (printf, json_object), in C, one UTF-8 byte string a row: Python only joins a chunk
# of them and writes it, with no per-field work and no re-encoding, which is what held these
# formats to a third of the speed of the bare SELECT. Parquet gets its text columns as UTF-8 bytes.

# SQLite refuses a function call with more than 127 arguments (SQLITE_MAX_FUNCTION_ARG): a wide row
# is built from several printf calls of at most this many arguments, concatenated
PRINTF_ARGUMENTS = 100
JSON_OBJECT_COLUMNS = 60  # two arguments a column


def _sql_string(text: str) -> str:
    """``text`` as an SQL string literal."""
    return "'" + text.replace("'", "''") + "'"


def _real_text_sql(name: str, otherwise: str, *, as_json: bool = False) -> str:
    """SQLite writes a REAL with 15 significant digits (0.30000000000000004 becomes 0.3); where that
    does not read back as the same double, the 17 digits that do are written, as Python would
    (``as_json``: as a JSON number for json_object); any other value is ``otherwise``. A whole
    number under 10^15, most figures, is exact in 15 digits and skips the check."""
    exact = f"printf('%!.17g', {name})"
    return (f"iif({name} is null or ({name} = cast({name} as integer) and abs({name}) < 1e15), {otherwise}, "
            f"iif(typeof({name}) = 'real' and cast(cast({name} as text) as real) <> {name}, "
            f"{f'json({exact})' if as_json else exact}, {otherwise}))")


def _printf_sql(pieces: list[tuple[str, list[str]]], start: str = "", end: str = "") -> str:
    """Text from (format piece, its argument SQL) pairs, through printf calls of at most
    PRINTF_ARGUMENTS arguments each, concatenated; ``start`` opens it and ``end`` closes it."""
    groups: list[list[tuple[str, list[str]]]] = [[]]
    for piece in pieces:
        if groups[-1] and sum(len(args) for _, args in groups[-1]) + len(piece[1]) > PRINTF_ARGUMENTS:
            groups.append([])
        groups[-1].append(piece)
    calls = []
    for i, group in enumerate(groups):
        fmt = (start if i == 0 else "") + "".join(f for f, _ in group) + (end if i == len(groups) - 1 else "")
        args = [a for _, group_args in group for a in group_args]
        calls.append(f"printf({_sql_string(fmt)}{''.join(', ' + a for a in args)})")
    return " || ".join(calls)


class _TextRendering:
    """A line that SQLite renders from its fields, in C, one UTF-8 byte string a row: Python only
    joins a chunk of them and writes it. A field is a column (rendered by ``column_piece``) or the
    SQL of text rendered before: a run of document columns, rendered once a document by
    ``segment_sql`` (see ``rows_sql``) and taken as it is by each of its facts."""

    start = ""
    separator = ","
    end = ""

    @staticmethod
    def column_piece(column: Column) -> tuple[str, list[str]]:
        raise NotImplementedError

    @classmethod
    def _text_sql(cls, fields: list[Column | str], start: str, end: str) -> str:
        pieces = []
        for i, field_ in enumerate(fields):
            fmt, args = cls.column_piece(field_) if isinstance(field_, Column) else ("%s", [field_])
            pieces.append((("" if i == 0 else cls.separator) + fmt, args))
        return _printf_sql(pieces, start, end)

    @classmethod
    def segment_sql(cls, cols: list[Column]) -> str:
        """The text of a run of columns, as it stands inside a line."""
        return cls._text_sql(list(cols), "", "")

    @classmethod
    def row_sql(cls, fields: list[Column | str]) -> list[str]:
        return [f"cast({cls._text_sql(fields, cls.start, cls.end)} as blob)"]


class _LineWriter:
    """A file of lines that SQLite renders (``row_sql``); rows arrive as (line bytes, ...)."""

    # its work is the kernel's copy of the bytes, done without the GIL: worth a thread of its own
    in_background = True

    def __init__(self, sink: Path | TextIO):
        self.owned = isinstance(sink, Path)
        self.text: TextIO | None = None
        if self.owned:
            self.file = open(sink, "wb")
        else:  # a text stream we only borrow (standard output): its bytes underneath when it has them
            sink.flush()
            self.file = getattr(sink, "buffer", None)
            if self.file is None:
                self.text = sink

    def write(self, rows: list[tuple]) -> None:
        data = b"".join([row[0] for row in rows])
        if self.text is None:
            self.file.write(data)
        else:
            self.text.write(data.decode("utf-8"))

    def close(self) -> None:
        if self.owned:
            self.file.close()
        elif self.text is None:
            self.file.flush()
        else:
            self.text.flush()


def _csv_field(name: str, column: Column) -> str:
    """Every non-null text value is quoted, its quotes doubled, so that commas, quotes and line
    breaks survive; a null is an empty field (concatenation beats printf's ``%w`` here). replace()
    copies every value it is given, and few hold a quote: instr() looks first (300,000 figure rows:
    1.96 s of CPU instead of 2.12 s, a bare SELECT 1.68 s)."""
    if column.type == "str":
        return f"""iif(instr({name}, '"'), '"' || replace({name}, '"', '""') || '"', coalesce('"' || {name} || '"', ''))"""
    if column.type == "float":  # text in a REAL column (SQLite keeps what does not read as a number) is quoted too
        return _real_text_sql(name, f"""iif(typeof({name}) = 'text', '"' || replace({name}, '"', '""') || '"', {name})""")
    return name


class _CsvWriter(_TextRendering, _LineWriter):
    prefix = b""  # what comes before the header
    end = "\r\n"

    def __init__(self, sink: Path | TextIO, cols: list[Column], meta: dict[str, str]):
        super().__init__(sink)
        header = io.StringIO()
        csv.writer(header).writerow([c.name for c in cols])
        self.write([(self.prefix + header.getvalue().encode("utf-8"),)])

    @staticmethod
    def column_piece(column: Column) -> tuple[str, list[str]]:
        return "%s", [_csv_field(column.sql, column)]


class _JsonlWriter(_LineWriter):
    def __init__(self, sink: Path | TextIO, cols: list[Column], meta: dict[str, str]):
        super().__init__(sink)

    @staticmethod
    def row_sql(cols: list[Column]) -> list[str]:
        # json_object renders strings, numbers and nulls as Python's json.dumps(ensure_ascii=False)
        # reads them back; a REAL that its 15 digits would change goes in as JSON text of 17 digits.
        # One json_object a row is cheaper than json_quote a value (300,000 figure rows: 0.9-1.0 s
        # of CPU against 1.7-2.0 s), so JSON Lines does not take the documents' rendered text
        objects = []
        for start in range(0, len(cols), JSON_OBJECT_COLUMNS):
            pairs = []
            for c in cols[start:start + JSON_OBJECT_COLUMNS]:
                value = _real_text_sql(c.sql, c.sql, as_json=True) if c.type == "float" else c.sql
                pairs.append(f"{_sql_string(c.name)}, {value}")
            objects.append(f"json_object({', '.join(pairs)})")
        # a wide row joins several objects into one: each closes on its own '}' and opens on '{',
        # and no value is an object, so one trim on each side of a seam is exact
        joined = objects[0]
        for nxt in objects[1:]:
            joined = f"rtrim({joined}, '}}') || ',' || ltrim({nxt}, '{{')"
        return [f"cast({joined} || char(10) as blob)"]


# a fact export's document columns, rendered once a document: a temporary table of this connection
RENDERED_DOCUMENTS = "__export_documents_{}"
_rendered_tables = itertools.count(1)


@dataclass
class _Rendering:
    """The SQL of the rows a writer takes, and what must run before it and after it."""

    sql: str
    params: list[Any]
    setup: list[tuple[str, list[Any]]] = field(default_factory=list)
    cleanup: list[str] = field(default_factory=list)


def rows_sql(parts: _Select, fmt: str) -> _Rendering:
    """The rows the writer of ``fmt`` takes: its own expressions (``row_sql``) over the export's
    columns, then the partition key when there is one.

    CSV renders a fact's document columns (URL, source, province, ...) once a document, not once a
    fact: a temporary table keyed by document id holds each run of them, for the filtered
    documents, as rendered text, which the facts' lines take whole (300,000 figure rows as CSV
    lines: 1.1 s of CPU instead of 1.6-1.8 s; a bare SELECT of the same rows 1.1-1.2 s). A
    materialized CTE did as well unfiltered, but with a filter SQLite scanned it for every fact;
    the table's integer key is looked up. The rows and their bytes are those of the plain
    rendering over ``select_sql`` (tests/test_export_sqlite_rendering.py)."""
    writer = WRITERS[fmt]
    fields: list[Column | str] = list(parts.cols)
    source = parts.source
    rendering = _Rendering("", list(parts.params))
    if issubclass(writer, _TextRendering) and parts.kind in fact_export_kinds():
        runs: list[Column | list[Column]] = []
        for c in parts.cols:  # runs of consecutive columns of the document alone
            if c.sql.startswith("d.["):
                if runs and isinstance(runs[-1], list):
                    runs[-1].append(c)
                else:
                    runs.append([c])
            else:
                runs.append(c)
        segments = [run for run in runs if isinstance(run, list)]
        if segments:
            table = "temp.[" + RENDERED_DOCUMENTS.format(next(_rendered_tables)) + "]"
            names = [f"[__segment{i}]" for i in range(len(segments))]
            rendered = ", ".join(writer.segment_sql(run) for run in segments)
            rendering.setup = [
                (f"drop table if exists {table}", []),
                (f"create table {table} ([__id] integer primary key, {', '.join(names)})", []),
                (f"insert into {table} select d.[id], {rendered} from documents d where 1 = 1 {parts.where}", list(parts.params)),
            ]
            rendering.cleanup = [f"drop table if exists {table}"]
            source += f" join {table} r on r.[__id] = f.[document_id]"
            numbered = iter(names)
            fields = [f"r.{next(numbered)}" if isinstance(run, list) else run for run in runs]
    if writer is _ParquetWriter and parts.kind in fact_export_kinds():
        fields = [c for c in parts.cols if not c.sql.startswith("d.[")]  # see _DocumentColumns
    selected = writer.row_sql(fields) + ([parts.partition + " as [__partition]"] if parts.partition else [])
    rendering.sql = f"select {', '.join(selected)} from {source} where 1 = 1 {parts.where} order by {parts.order}"
    return rendering


def _prepare(db: sqlite_utils.Database, rendering: _Rendering) -> None:
    """Run the rendering's setup; a transaction it opens (Python's sqlite3 opens one before an
    INSERT) is committed, one the caller had open is left to the caller."""
    in_transaction = db.conn.in_transaction
    for sql, params in rendering.setup:
        db.conn.execute(sql, params)
    if not in_transaction and db.conn.in_transaction:
        db.conn.commit()


def _clean_up(db: sqlite_utils.Database, rendering: _Rendering) -> None:
    """Drop what the setup made. A failure here must not hide the export's own error: what is
    left is a temporary table, which SQLite drops with the connection."""
    for sql in rendering.cleanup:
        try:
            db.conn.execute(sql)
        except sqlite3.Error:
            pass


def arrow_schema(cols: list[Column], meta: dict[str, str] | None = None):
    import pyarrow as pa

    types = {"int": pa.int64(), "float": pa.float64(), "str": pa.string()}
    return pa.schema([pa.field(c.name, types[c.type]) for c in cols], metadata=meta)


class _ParquetWriter:
    # Arrow's conversion of the Python values holds the GIL, as SQLite's reading does: on a thread
    # of its own the two only take turns, and the handing over made the export slower (1,000,000
    # rows: 5.1 s of CPU inline, 6.0 s on a thread, bare SELECT 3.6 s). Parquet's encoding and
    # compression of a converted batch do not hold it: they run on a thread of their own while the
    # next chunk is read and converted (one batch waits at most, so memory stays flat; 300,000 rows:
    # faster in 8 of 9 alternating rounds, 0.65-0.93 of the bare SELECT against 0.55-0.76 inline).
    in_background = False

    def __init__(self, path: Path, cols: list[Column], meta: dict[str, str], documents: "_DocumentColumns | None" = None):
        import pyarrow.parquet as pq

        self.schema = arrow_schema(cols, meta)
        # the columns the rows hold: a fact export's document columns come from ``documents`` instead
        self.read = [c for c in cols if documents is None or c.name not in documents.names]
        self.documents = documents
        self.writer = pq.ParquetWriter(str(path), self.schema, compression="zstd")
        self.batches: queue.Queue = queue.Queue(maxsize=1)
        self.failure: list[BaseException] = []
        self.encoder = threading.Thread(target=self._encode, name="export-parquet", daemon=True)
        self.encoder.start()

    def _encode(self) -> None:
        while (batch := self.batches.get()) is not None:
            if not self.failure:  # after an error the rest are only taken off the queue
                try:
                    self.writer.write_batch(batch)
                except BaseException as exc:  # raised again by the reading thread
                    self.failure.append(exc)

    @staticmethod
    def row_sql(cols: list[Column]) -> list[str]:
        # text comes as its UTF-8 bytes (a BLOB): no decoding into Python strings and encoding back,
        # Arrow checks the bytes once when it casts the column to string
        return [f"cast({c.sql} as blob)" if c.type == "str" else c.sql for c in cols]

    def write(self, rows: list[tuple]) -> None:
        import pyarrow as pa

        arrays = {}
        # one transposition in C (zip) instead of a Python loop over the rows for every column;
        # a trailing partition key, past the columns read, is left out
        for column, values in zip(self.read, zip(*rows)):
            arrays[column.name] = _arrow_array(column.name, values, self.schema.field(column.name).type)
        if self.documents is not None:
            arrays.update(self.documents.take(arrays["document_id"]))
        if self.failure:
            raise self.failure[0]
        self.batches.put(pa.RecordBatch.from_arrays([arrays[f.name] for f in self.schema], schema=self.schema))

    def close(self) -> None:
        self.batches.put(None)
        self.encoder.join()
        self.writer.close()
        if self.failure:
            raise self.failure[0]


def _arrow_array(name: str, values: Any, arrow_type):
    """An Arrow array of ``arrow_type`` from a column's values (text as UTF-8 bytes); a value that
    does not fit is a one-line ExportError."""
    import pyarrow as pa

    try:
        if arrow_type == pa.string():
            return pa.array(values, type=pa.binary()).cast(pa.string())
        return pa.array(values, type=arrow_type)
    except (pa.ArrowInvalid, pa.ArrowTypeError, TypeError, OverflowError):
        bad = next((v for v in values if not _fits(v, arrow_type)), None)
        raise ExportError(f"column {name} holds {bad!r}, which is not {arrow_type}") from None


class _DocumentColumns:
    """A fact export's document columns for Parquet, read once a document rather than once a fact:
    for each chunk of facts, the rows of its documents (one query by id), then Arrow's take() puts
    them against each fact (300,000 figure rows: reading and converting without the five document
    columns 1.8-1.9 s of CPU against 2.4 s)."""

    def __init__(self, db: sqlite_utils.Database, cols: list[Column]):
        self.db = db
        self.cols = cols
        self.names = {c.name for c in cols}
        selected = ", ".join(_ParquetWriter.row_sql(cols))
        self.sql = f"select d.[id], {selected} from documents d where d.[id] in (select value from json_each(?))"

    def take(self, document_ids) -> dict[str, Any]:
        import pyarrow as pa
        import pyarrow.compute as pc

        wanted = pc.unique(document_ids)
        rows = self.db.conn.execute(self.sql, [json.dumps(wanted.to_pylist())]).fetchall()
        ids, *columns_ = zip(*rows) if rows else ((),) * (len(self.cols) + 1)
        positions = pc.index_in(document_ids, value_set=pa.array(ids, type=pa.int64()))
        return {c.name: _arrow_array(c.name, values, arrow_schema([c]).field(0).type).take(positions)
                for c, values in zip(self.cols, columns_)}


def _fits(value: Any, arrow_type) -> bool:
    import pyarrow as pa

    try:
        if arrow_type == pa.string() and isinstance(value, bytes):
            value = value.decode("utf-8")
        pa.array([value], type=arrow_type)
        return True
    except (pa.ArrowInvalid, pa.ArrowTypeError, TypeError, OverflowError, UnicodeDecodeError):
        return False


class _CsvBomWriter(_CsvWriter):
    """CSV that starts with a UTF-8 byte-order mark: spreadsheets then read it as UTF-8."""

    prefix = "\ufeff".encode("utf-8")


WRITERS = {"csv": _CsvWriter, "jsonl": _JsonlWriter, "parquet": _ParquetWriter, "csv-bom": _CsvBomWriter}


def _metadata(kind: str, filters: Filters) -> dict[str, str]:
    """Provenance of the export itself, kept in the Parquet file's schema metadata."""
    from corpus.version import __version__

    return {
        "vnpolicy.kind": kind,
        "vnpolicy.version": __version__,
        "vnpolicy.filters": json.dumps(filters.active(), ensure_ascii=False),
        "vnpolicy.exported_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
    }


def _partition_dir(value: str | None) -> str:
    return f"month={value if value else NULL_PARTITION}"


def _write_in_background(chunks: Iterator[list[tuple]], write_all: Callable[[Iterator[list[tuple]]], None]) -> None:
    """Run ``write_all`` over the chunks on a thread of its own while this thread reads the next
    chunks from SQLite (the connection stays in the thread that opened it). SQLite's step, the
    kernel's copy into the page cache and Parquet's encoding release the GIL, so reading and
    writing overlap on two cores. Two chunks wait at most, so memory stays flat; an error of the
    writer (a full disk) stops the reading and is raised here."""
    pending: queue.Queue[list[tuple] | None] = queue.Queue(maxsize=2)
    failure: list[BaseException] = []
    done = threading.Event()

    def received() -> Iterator[list[tuple]]:
        while (chunk := pending.get()) is not None:
            yield chunk

    def consume() -> None:
        try:
            write_all(received())
        except BaseException as exc:  # raised again by the reading thread
            failure.append(exc)
        finally:
            done.set()

    def hand_over(item: list[tuple] | None) -> bool:
        while not done.is_set():
            try:
                pending.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    worker = threading.Thread(target=consume, name="export-writer", daemon=True)
    worker.start()
    try:
        for chunk in chunks:
            if not hand_over(chunk):
                break
    finally:
        hand_over(None)
        worker.join()
    if failure:
        raise failure[0]


def _write_stream(chunks: Iterator[list[tuple]], target: Path, fmt: str, cols: list[Column], meta: dict[str, str],
                  partitioned: bool, report: ExportReport, progress: Callable[[int], None],
                  make: Callable[..., Any] | None = None) -> None:
    make = make or WRITERS[fmt]
    if not partitioned:
        writer = make(target, cols, meta)
        try:
            for chunk in chunks:
                writer.write(chunk)
                report.rows += len(chunk)
                progress(len(chunk))
        finally:
            writer.close()
        report.files.append(target.name)
        return
    target.mkdir()
    writer, current = None, object()
    try:
        for chunk in chunks:
            # rows come ordered by their partition key (the last value): a chunk splits where it changes;
            # the writers leave the key out themselves, so that rows are never copied to drop it
            for key, group in itertools.groupby(chunk, itemgetter(-1)):
                rows = list(group)
                if key != current:
                    if writer is not None:
                        writer.close()
                    folder = target / _partition_dir(key)
                    folder.mkdir()
                    name = f"part-0{SUFFIXES[fmt]}"
                    writer, current = make(folder / name, cols, meta), key
                    report.files.append(f"{folder.name}/{name}")
                writer.write(rows)
                report.rows += len(rows)
                progress(len(rows))
    finally:
        if writer is not None:
            writer.close()


PARTIAL_SUFFIX = ".partial"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process: alive
        return True
    return True


def remove_stale_partials(target: Path) -> list[Path]:
    """Remove the temporary folders that exports to ``target`` killed half-way (kill -9, power
    loss) left beside it: those whose process is gone. A running export's folder is left alone."""
    removed = []
    prefix = f".{target.name}."
    for candidate in target.parent.glob(f"{glob_escape(prefix)}*{PARTIAL_SUFFIX}"):
        pid_text = candidate.name[len(prefix):].split(".", 1)[0]
        if candidate.is_dir() and pid_text.isdigit() and not _alive(int(pid_text)):
            shutil.rmtree(candidate, ignore_errors=True)
            removed.append(candidate)
    return removed


def export(
    db: sqlite_utils.Database,
    kind: str,
    output: str | os.PathLike,
    *,
    format: str,
    filters: Filters | None = None,
    partition_by: str | None = None,
    batch_rows: int | None = None,
    progress: Callable[[int], None] | None = None,
    stdout: TextIO | None = None,
) -> ExportReport:
    """Export rows of ``kind`` to ``output`` (a file, a folder with ``partition_by``, or ``-`` for
    standard output in CSV or JSON Lines). Nothing appears at ``output`` unless the export finishes."""
    if format not in FORMATS:
        raise ExportError(f"unknown format {format!r}; choose from {', '.join(FORMATS)}")
    filters = filters or Filters()
    batch = batch_rows or config.get_int("export", "batch_rows")
    progress = progress or (lambda n: None)
    parts = _select(db, kind, filters, partition_by)
    cols = parts.cols
    meta = _metadata(kind, filters)
    report = ExportReport(kind=kind, format=format, path=str(output))
    if str(output) == "-":
        if format == "parquet" or partition_by:
            raise ExportError("only unpartitioned CSV or JSON Lines can go to standard output (-o -)")
        rendering = rows_sql(parts, format)
        chunks = iter_chunks(db, rendering.sql, rendering.params, batch)  # runs from its first chunk on
        writer = WRITERS[format](stdout or sys.stdout, cols, meta)
        try:
            _prepare(db, rendering)
            for chunk in chunks:
                writer.write(chunk)
                report.rows += len(chunk)
        finally:
            writer.close()
            chunks.close()
            _clean_up(db, rendering)
        return report

    target = Path(output)
    if not target.parent.exists():
        raise ExportError(f"folder {target.parent} does not exist")
    if partition_by:
        if target.exists() and (not target.is_dir() or any(target.iterdir())):
            raise ExportError(f"{target} already exists; a partitioned export needs a new or empty folder")
    elif target.is_dir():
        raise ExportError(f"{target} is a folder; give a file name (or --partition-by month for a folder)")

    # the temporary twin lives beside the target, so that the final rename stays on one file system;
    # its name carries this process's id, so that the leftovers of a killed export can be told apart
    remove_stale_partials(target)
    rendering = rows_sql(parts, format)
    chunks = iter_chunks(db, rendering.sql, rendering.params, batch)  # runs from its first chunk on
    temp_root = Path(tempfile.mkdtemp(prefix=f".{target.name}.{os.getpid()}.", suffix=PARTIAL_SUFFIX, dir=target.parent))
    temp = temp_root / target.name
    make = WRITERS[format]
    if format == "parquet" and kind in fact_export_kinds():
        documents = _DocumentColumns(db, [c for c in cols if c.sql.startswith("d.[")])
        make = lambda path, cols_, meta_: _ParquetWriter(path, cols_, meta_, documents)  # noqa: E731
    try:
        _prepare(db, rendering)

        def write_all(received: Iterator[list[tuple]]) -> None:
            _write_stream(received, temp, format, cols, meta, bool(partition_by), report, progress, make)

        if WRITERS[format].in_background:
            _write_in_background(chunks, write_all)
        else:
            write_all(chunks)
        if partition_by and target.is_dir():
            target.rmdir()  # empty, checked above
        os.replace(temp, target)
    finally:
        chunks.close()
        _clean_up(db, rendering)
        shutil.rmtree(temp_root, ignore_errors=True)
    return report
