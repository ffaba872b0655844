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

Read-only: a corpus that no one can write (read-only media or permissions) and that holds all its
writes (no pending write-ahead log) is opened immutable (``-i``); any other is opened with SQLite's
read-only mode, so that Datasette sees what a crawl or processing writes while it serves. Datasette 0.65 refuses any statement
that is not a SELECT, and the saved queries are not writable.
"""
from __future__ import annotations

import ipaddress
import json
import os
import re
import sqlite3
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from datasette import hookimpl
from datasette.utils import tilde_encode

from nlp.fold import fold

LOOPBACK = "127.0.0.1"
# the database name in the bundled metadata, replaced by the served file's own name
METADATA_DATABASE = "corpus"
# a phrase of no words: a valid FTS5 expression that matches nothing
MATCH_NOTHING = '""'
# names of the databases served as corpora (their connections get the folding escape_fts)
_CORPORA: set[str] = set()

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
        return parse_query(query or "")[0]
    except QueryError:
        return MATCH_NOTHING


def fts_snippet(text: str | None, query: str | None) -> str | None:
    from corpus.search import QueryError, parse_query, snippet

    if text is None:
        return None
    try:
        groups = parse_query(query or "")[1]
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


@hookimpl(trylast=True)  # after Datasette's own functions, so that escape_fts is ours on the corpus
def prepare_connection(conn: sqlite3.Connection, database: str, datasette) -> None:
    conn.create_function("vnfold", 1, lambda text: None if text is None else fold(str(text)), deterministic=True)
    conn.create_function("vnmatch", 1, fts_match, deterministic=True)
    conn.create_function("vnsnippet", 2, fts_snippet, deterministic=True)
    conn.create_function("vnrefkey", 1, ref_key, deterministic=True)
    if database in _CORPORA:
        conn.create_function("escape_fts", 1, fts_match, deterministic=True)


def load_metadata(database: str) -> dict[str, Any]:
    """The bundled metadata (vnpolicy/data/datasette/metadata.json) for a corpus named ``database``."""
    text = resources.files("vnpolicy").joinpath("data/datasette/metadata.json").read_text(encoding="utf-8")
    metadata = json.loads(text)
    metadata["databases"] = {database: metadata["databases"][METADATA_DATABASE]}
    # links in the front page point at this corpus
    metadata["description_html"] = metadata["description_html"].replace(
        f'href="/{METADATA_DATABASE}/', f'href="/{tilde_encode(database)}/')
    return metadata


def settings() -> dict[str, Any]:
    with resources.files("vnpolicy").joinpath("data/datasette/settings.json").open(encoding="utf-8") as f:
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
    ds = Datasette(files, immutables=immutables, metadata=load_metadata(serve_plan.database),
                   settings={**settings(), **options.pop("settings", {})}, cache_headers=True, **options)
    return ds


def _this_module():
    import sys

    return sys.modules[__name__]


def run(serve_plan: ServePlan, host: str, port: int, **options: Any) -> None:
    """Serve until interrupted (``options``: see make_datasette)."""
    import asyncio

    import uvicorn

    ds = make_datasette(serve_plan, **options)  # imports datasette.app first: its plugin registry must load before the next line
    from datasette import handle_exception as default_exception_handler

    # a reader's invalid SQL is not a server fault: no 30 KB traceback with locals in the terminal
    # for each (Datasette prints one through rich when it is installed); server errors still print theirs
    default_exception_handler.rich = None
    asyncio.run(ds.invoke_startup())
    uvicorn.run(ds.app(), host=host, port=port, log_level="warning", lifespan="on", workers=1)
