"""The corpus in Datasette: read-only, with metadata, facets, saved queries and diacritic-free search.

This module is also the Datasette plugin that makes search work like the CLI. The full-text index
holds folded text (``nlp.fold``: ``Nghị định`` → ``nghi dinh``, ``đ`` included, which SQLite's own
``remove_diacritics`` leaves alone), so the user's words must be folded the same way:

- ``escape_fts()``, the SQL function through which Datasette passes the search box of a table page
  (``?_search=``), is replaced on the corpus connections by one that folds and quotes the words
  exactly as ``vnpolicy search`` does (corpus.search.parse_query);
- ``vnmatch(q)`` does the same for saved queries, ``vnfold(text)`` folds any text and
  ``vnsnippet(text, q)`` cuts a highlighted window from the original (unfolded) text;
- ``vnrefkey(ref)`` turns the way a user writes a legal document (``Decree 98/2018``,
  ``98/2018/ND-CP``) into a folded prefix of its canonical id.

The HTML pages are made readable by ``corpus/data/datasette/display.json`` (data, not code) and by
what each stage declares about its table (``extract/<folder>/stage.json``: hidden columns, readable
numbers; its place in the order the stages run): the corpus's own tables first and internal ones
hidden, the documents table without its folded and hash columns and with a snippet of each text, a
search from its box ranked with highlighted snippets (the saved query ``search_documents``),
numbers as 15.2 trillion. The JSON and CSV answers are untouched.

Read-only: a corpus that no one can write (read-only media or permissions) and that holds all its
writes (no pending write-ahead log) is opened immutable (``-i``); any other is opened with SQLite's
read-only mode, so that Datasette sees what a crawl or processing writes while it serves. Datasette 0.65 refuses any statement
that is not a SELECT, and the saved queries are not writable.
"""
from __future__ import annotations

import contextvars
import html
import ipaddress
import json
import os
import re
import sqlite3
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, NamedTuple

from datasette import hookimpl
from datasette.utils import tilde_encode
from markupsafe import Markup

from corpus.facts import fact_tables
from extract.stages import registered
from nlp.fold import fold

LOOPBACK = "127.0.0.1"
# the database name in the bundled metadata, replaced by the served file's own name
METADATA_DATABASE = "corpus"
# a phrase of no words: a valid FTS5 expression that matches nothing
MATCH_NOTHING = '""'
# names of the databases served as corpora (their connections get the folding escape_fts)
_CORPORA: set[str] = set()


class _Page(NamedTuple):
    """The page being rendered."""

    path: str
    args: dict[str, list[str]]  # its query arguments


class _TablePage(NamedTuple):
    """A table's HTML page of a served corpus."""

    database: str  # as in the URL (tilde-encoded)
    table: str


# the page being rendered, for render_cell, which Datasette 0.65 does not tell
_PAGE: contextvars.ContextVar[_Page | None] = contextvars.ContextVar("vnpolicy_page", default=None)
_MARKED = re.compile(r"«([^«»]*)»")

_REF_SYMBOL = re.compile(
    r"""
    \d+                    # number: 98, 678, 20
    (?: [/-] [\w.]+ )+     # /2018/ND-CP, /TB-VPCP, -NQ/TW (folded, so only ASCII letters)
    """,
    re.VERBOSE,
)

_YEAR_WORD = re.compile(r"\b(?:nam|year|annee|ar) (\d{4})\b")


def fts_match(query: str | None) -> str:
    """The FTS5 expression for a user's query, as vnpolicy search builds it; nothing for no words."""
    from corpus.search import QueryError, parse_query

    try:
        return parse_query(query or "").match
    except QueryError:
        return MATCH_NOTHING


def fts_snippet(text: str | None, query: str | None) -> str | None:
    from corpus.search import QueryError, parse_query, snippet

    if text is None:
        return None
    try:
        groups = parse_query(query or "").groups
    except QueryError:
        groups = []
    return snippet(text, groups, mark=("«", "»"))


def ref_key(ref: str | None) -> str:
    """A folded prefix of canonical ids for a legal document as users write it: the symbol when
    there is one (``Nghị định số 98/2018/NĐ-CP`` → ``98/2018/nd-cp``), else the folded title."""
    folded = fold((ref or "").strip())
    symbol = _REF_SYMBOL.search(folded)
    if symbol:
        return symbol.group()
    # canonical titles carry the bare year: "Luật Hợp tác xã năm 2023" is "Luật Hợp tác xã 2023"
    return _YEAR_WORD.sub(r"\1", " ".join(folded.split()))


def holds_folded_index(conn: sqlite3.Connection) -> bool:
    """True when the database's full-text index of documents holds folded text (a vnpolicy corpus),
    whoever serves it: ``vnpolicy serve`` or a plain ``datasette corpus.db`` that loaded this plugin
    through its entry point (pyproject.toml, ``[project.entry-points.datasette]``)."""
    from corpus.fulltext import FTS_COLUMNS, FTS_TABLE

    try:
        row = conn.execute("select sql from sqlite_master where type = 'table' and name = ?", [FTS_TABLE]).fetchone()
    except sqlite3.Error:
        return False
    return bool(row and row[0]) and all(column in row[0] for column in FTS_COLUMNS)


@hookimpl(trylast=True)  # after Datasette's own functions, so that escape_fts is ours on the corpus
def prepare_connection(conn: sqlite3.Connection, database: str, datasette) -> None:
    conn.create_function("vnfold", 1, lambda text: None if text is None else fold(str(text)), deterministic=True)
    conn.create_function("vnmatch", 1, fts_match, deterministic=True)
    conn.create_function("vnsnippet", 2, fts_snippet, deterministic=True)
    conn.create_function("vnrefkey", 1, ref_key, deterministic=True)
    if database in _CORPORA or holds_folded_index(conn):
        conn.create_function("escape_fts", 1, fts_match, deterministic=True)


def display() -> dict[str, Any]:
    """How the HTML pages show the corpus (corpus/data/datasette/display.json)."""
    global _DISPLAY
    if _DISPLAY is None:
        text = resources.files("corpus").joinpath("data/datasette/display.json").read_text(encoding="utf-8")
        _DISPLAY = json.loads(text)
    return _DISPLAY


_DISPLAY: dict[str, Any] | None = None


def table_display(table: str | None) -> dict[str, Any]:
    """How the HTML pages show ``table``: display.json's entry for it, or, for the table of a
    registered stage, what its declaration says (its hidden columns after those every fact table
    hides, its readable numbers). Empty for any other table."""
    spec = display()["tables"].get(table or "")
    if spec is not None:
        return spec
    for entry in registered():
        if entry.table == table:
            hidden = [*display()["fact_hidden_columns"], *entry.hidden_columns]
            return {"hidden_columns": hidden, "readable_numbers": list(entry.readable_numbers)}
    return {}


def table_order() -> list[str]:
    """The tables listed first on the database page: display.json's first tables, the registered
    stages' tables in the order the stages run, then display.json's tables after the facts."""
    return [*display()["first_tables"], *(entry.table for entry in registered()), *display()["tables_after_facts"]]


def readable_number(value: float) -> str:
    """15200000000000.0 → 15.2 trillion, 35000.0 → 35,000, 12.5 → 12.5: a number a reader takes in at
    a glance, with at most three significant digits after a scale word."""
    for size, word in display()["number_scales"]:
        if abs(value) >= size:
            scaled = value / size
            return f"{scaled:,.2f}".rstrip("0").rstrip(".") + f" {word}"
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.3f}".rstrip("0").rstrip(".")


def first_tables(tables: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The database page's tables with the corpus's own first (table_order), the rest after them."""
    order = {name: i for i, name in enumerate(table_order())}
    return sorted(tables, key=lambda t: (t.get("hidden", False), order.get(t["name"], len(order)), t["name"]))


def _table_page(path: str) -> _TablePage | None:
    """The database and table when ``path`` is a table's HTML page, ``/corpus/documents``."""
    parts = [p for p in path.split("/") if p]
    if len(parts) == 2 and "." not in parts[1] and parts[0] in {tilde_encode(d) for d in _CORPORA}:
        return _TablePage(parts[0], parts[1])
    return None


def html_redirect(path: str, args: dict[str, list[str]], default_sort_desc: str | None = None) -> str | None:
    """Where a table's HTML page sends the reader first: a search from the box to the ranked saved
    query (unless the reader sorts: the table's own default order, which its search form repeats,
    does not count); a page that chose no columns to the same page without the hidden columns.
    None: stay."""
    from urllib.parse import urlencode

    page = _table_page(path)
    if page is None:
        return None
    database, table = page
    spec = table_display(table)
    search = (args.get("_search") or [""])[0]
    chosen_sort = "_sort" in args or any(v != default_sort_desc for v in args.get("_sort_desc", []))
    if spec.get("search_query") and search.strip() and not chosen_sort:
        return f"/{database}/{spec['search_query']}?" + urlencode({"q": search})
    if spec.get("hidden_columns") and not ({"_col", "_nocol"} & set(args)):
        pairs = [(k, v) for k, values in args.items() for v in values]
        pairs += [("_nocol", c) for c in spec["hidden_columns"]]
        return f"/{database}/{table}?" + urlencode(pairs)
    return None


@hookimpl
def asgi_wrapper(datasette):
    from urllib.parse import parse_qs

    def wrap(app):
        async def vnpolicy_pages(scope, receive, send):
            if scope.get("type") != "http":
                return await app(scope, receive, send)
            args = parse_qs(scope.get("query_string", b"").decode("latin-1"), keep_blank_values=True)
            path = scope.get("path", "")
            target = None
            page = _table_page(path) if scope.get("method") == "GET" else None
            if page is not None:
                database = next((d for d in _CORPORA if tilde_encode(d) == page.database), page.database)
                default = datasette.metadata("sort_desc", database=database, table=page.table)
                target = html_redirect(path, args, default)
            if target is not None:
                await send({"type": "http.response.start", "status": 302,
                            "headers": [(b"location", target.encode("utf-8")), (b"content-type", b"text/plain")]})
                return await send({"type": "http.response.body", "body": b""})
            token = _PAGE.set(_Page(path, args))
            try:
                return await app(scope, receive, send)
            finally:
                _PAGE.reset(token)

        return vnpolicy_pages

    return wrap


def index_databases(databases: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The index page's databases, each listing its tables with the corpus's own first. Datasette
    lists only the five biggest (lookup tables such as agencies outnumber a small corpus's
    documents): a corpus's first table is put in front even when it was cut."""
    out = []
    for d in databases:
        tables = list(d.get("tables_and_views_truncated") or [])
        if d.get("name") in _CORPORA:
            lead = table_order()[0]
            if lead not in {t["name"] for t in tables}:
                tables = [{"name": lead, "count": None, "hidden": False}] + tables[:-1]
        out.append({**d, "tables_and_views_truncated": first_tables(tables)})
    return out


@hookimpl
def prepare_jinja2_environment(env, datasette):
    env.globals["vnpolicy_first_tables"] = first_tables
    env.globals["vnpolicy_index_databases"] = index_databases


def _highlighted(text: str) -> Markup:
    """A snippet marked «like this» (vnsnippet) as HTML with <mark>."""
    return Markup(_MARKED.sub(r"<mark>\1</mark>", html.escape(text)))


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    if database not in _CORPORA:
        return None
    spec = display()
    table_spec = table_display(table)
    if isinstance(value, (int, float)) and not isinstance(value, bool) and (
            column in table_spec.get("readable_numbers", ())
            or (table is None and column in spec["query_readable_numbers"])):
        return Markup(f'<span class="vnpolicy-number" title="{value!r}">{html.escape(readable_number(value))}</span>')
    if isinstance(value, str) and table is None and column in spec["highlight_columns"]:
        return _highlighted(value)
    page = _PAGE.get()
    if isinstance(value, str) and column == table_spec.get("snippet_column") and page and _table_page(page.path):
        search = (page.args.get("_search") or [""])[0]
        if search.strip():
            return _highlighted(fts_snippet(value, search) or "")
        limit = table_spec.get("snippet_characters", 240)
        short = " ".join(value[: limit + 40].split())
        return short if len(short) <= limit else short[:limit].rsplit(" ", 1)[0] + " …"
    return None


def load_metadata(database: str) -> dict[str, Any]:
    """The bundled metadata (corpus/data/datasette/metadata.json) for a corpus named ``database``."""
    text = resources.files("corpus").joinpath("data/datasette/metadata.json").read_text(encoding="utf-8")
    metadata = json.loads(text)
    metadata["databases"] = {database: metadata["databases"][METADATA_DATABASE]}
    tables = metadata["databases"][database].setdefault("tables", {})
    for stage, table in fact_tables().items():  # a registered stage's table that metadata.json does not describe
        if table not in tables:
            tables[table] = fact_table_metadata(stage, table)
    # links in the front page point at this corpus
    metadata["description_html"] = metadata["description_html"].replace(
        f'href="/{METADATA_DATABASE}/', f'href="/{tilde_encode(database)}/')
    return metadata


def fact_table_metadata(stage: str, table: str) -> dict[str, Any]:
    """The metadata of a fact table from the template corpus/data/datasette/fact_table.json."""
    text = resources.files("corpus").joinpath("data/datasette/fact_table.json").read_text(encoding="utf-8")
    template = json.loads(text)

    declared = next((r.description for r in registered() if r.name == stage), "")

    def fill(value: str) -> str:
        return value.replace("{stage}", stage).replace("{table}", table).replace("{description}", declared)

    description = template["description_declared"] if declared else template["description"]
    return {"description": fill(description), "facets": list(template["facets"]),
            "columns": {name: fill(value) for name, value in template["columns"].items()}}


def settings() -> dict[str, Any]:
    with resources.files("corpus").joinpath("data/datasette/settings.json").open(encoding="utf-8") as f:
        return json.load(f)


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _settle_wal(path: Path) -> bool:
    """True when the file holds every committed write (no write-ahead log left to fold in), so that
    opening it immutable shows everything. Folds a finished crawl's log in when it can."""
    wal = path.with_name(path.name + "-wal")
    if not wal.exists() or wal.stat().st_size == 0:
        return True
    try:
        conn = sqlite3.connect(str(path), timeout=1)
        try:
            busy, _, _ = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return False
    return busy == 0 and (not wal.exists() or wal.stat().st_size == 0)


@dataclass
class ServePlan:
    path: Path
    database: str
    immutable: bool


def plan(path: str | Path) -> ServePlan:
    from corpus.db import CorpusError, open_db

    target = Path(path)
    if not target.exists():
        raise CorpusError(f"{target} does not exist")
    db = open_db(target, readonly=True)  # checks that it is a corpus
    db.conn.close()
    # immutable tells SQLite that nobody will ever write the file: only true where nobody can. A
    # writable corpus at rest now may be crawled into tomorrow while Datasette still serves it, and
    # an immutable connection would go on answering from the old pages (or read torn ones)
    writable = os.access(target, os.W_OK) and os.access(target.parent, os.W_OK)
    settled = _settle_wal(target)
    return ServePlan(path=target.resolve(), database=target.stem, immutable=settled and not writable)


def make_datasette(serve_plan: ServePlan, **options: Any):
    """A Datasette instance for one corpus, with this module as its plugin; ``options`` are more of
    Datasette's own keyword arguments (``cors``, ``settings`` added to ours, ``template_dir`` …)."""
    from datasette.app import Datasette
    from datasette.plugins import pm

    if not pm.is_registered(_this_module()):
        pm.register(_this_module(), name="vnpolicy")
    _CORPORA.add(serve_plan.database)
    files = [] if serve_plan.immutable else [str(serve_plan.path)]
    immutables = [str(serve_plan.path)] if serve_plan.immutable else []
    templates = resources.files("corpus").joinpath("data/datasette/templates")
    ds = Datasette(files, immutables=immutables, metadata=load_metadata(serve_plan.database),
                   settings={**settings(), **options.pop("settings", {})}, cache_headers=True,
                   template_dir=options.pop("template_dir", None) or str(templates), **options)
    return ds


def _this_module():
    import sys

    return sys.modules[__name__]


def quiet_reader_errors() -> None:
    """A reader's invalid SQL is not a server fault: no 30 KB traceback with locals in the terminal for
    each. Datasette's exception handler prints every error it answers through rich's console when
    rich is installed, and a plugin's handler cannot stop it (Datasette runs them all). The serving
    process prints nothing else through rich, so its console is pointed at nothing, with rich's
    public ``reconfigure``; server errors still print their traceback (Datasette prints those with
    the traceback module)."""
    import rich

    rich.reconfigure(file=open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115 (for the process's life)


def run(serve_plan: ServePlan, host: str, port: int, **options: Any) -> None:
    """Serve until interrupted (``options``: see make_datasette)."""
    import asyncio

    import uvicorn

    ds = make_datasette(serve_plan, **options)
    quiet_reader_errors()
    asyncio.run(ds.invoke_startup())
    uvicorn.run(ds.app(), host=host, port=port, log_level="warning", lifespan="on", workers=1)
