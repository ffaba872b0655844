"""Legal documents in the corpus: the ``legal_documents`` table derived from ``mentions``, and the
query behind ``vnpolicy mentions``."""
from __future__ import annotations

import hashlib
import json
from typing import Any

import sqlite_utils

from corpus.db import write_transaction
from extract.refs import tables
from extract.refs.query import RefQuery, parse

# the most frequent non-null value of a column among the mentions of one legal document
_MOST_COMMON = (
    "(select m2.{col} from mentions m2 where m2.legal_id = m.legal_id and m2.{col} is not null "
    "group by m2.{col} order by count(*) desc, m2.{col} limit 1)"
)


# the legal ids whose mentions were inserted, deleted or changed since the last refresh, logged by
# triggers on ``mentions`` (``legal_log_*``): a refresh recomputes only their rows. Triggers see every
# change (a document reprocessed within the second its last refresh ran, a mention edited by hand),
# where a processing time would not
CHANGES = "legal_documents_changes"
# what the rows were last derived with (``derivation_version``)
DERIVED_WITH = "legal_documents_derivation"
TRIGGERS = {
    "insert": "insert into [{log}] (legal_id) select new.legal_id where new.legal_id is not null;",
    "delete": "insert into [{log}] (legal_id) select old.legal_id where old.legal_id is not null;",
    "update": ("insert into [{log}] (legal_id) select old.legal_id where old.legal_id is not null; "
               "insert into [{log}] (legal_id) select new.legal_id where new.legal_id is not null;"),
}
# bump when the code deriving a legal document's row changes; the law tables are hashed in as well
DERIVATION_CODE_VERSION = "1"


def derivation_version(db: sqlite_utils.Database) -> str:
    """What a legal document's row is derived with: this code, the reference tables (the law table gives
    titles, kinds and days) and the table's columns (a migration that adds one fills it for every row)."""
    digest = hashlib.sha256(DERIVATION_CODE_VERSION.encode())
    for path in sorted(tables.DATA.glob("*.csv")):
        digest.update(path.name.encode() + path.read_bytes())
    digest.update(",".join(r[1] for r in db.execute("pragma table_info(legal_documents)")).encode())
    return "legal-" + digest.hexdigest()[:12]


def _logging(db: sqlite_utils.Database) -> bool:
    """Whether the change log and its three triggers are in place (a table rebuilt by a migration loses
    its triggers: the changes made meanwhile were not logged)."""
    names = {r[0] for r in db.execute("select name from sqlite_master where type in ('table', 'trigger') "
                                      "and name in (?, ?, ?, ?, ?)",
                                      [CHANGES, DERIVED_WITH, *(f"legal_log_mentions_{e}" for e in TRIGGERS)])}
    return len(names) == 2 + len(TRIGGERS)


def refresh_legal_documents(db: sqlite_utils.Database) -> int:
    """Bring ``legal_documents`` (one row per canonical id) up to date with ``mentions``, in one
    transaction: the rows of the legal ids whose mentions changed since the last refresh (added,
    removed or edited, as the triggers logged them), each worked out from all its mentions as a
    rebuild would (a row depends on its own id's mentions alone); every row when the derivation
    changed or the log was not in place. Returns the number of legal documents."""
    version = derivation_version(db)
    with write_transaction(db):
        logged = _logging(db)
        stored = db.execute(f"select version from [{DERIVED_WITH}]").fetchone() if logged else None
        if not logged or stored is None or stored[0] != version:
            _rebuild(db)
            _start_log(db, version)
        else:
            touched = [r[0] for r in db.execute(f"select distinct legal_id from [{CHANGES}] order by legal_id")]
            if touched:
                _rederive(db, touched)
                db.execute(f"delete from [{CHANGES}]")
    return db.execute("select count(*) from legal_documents").fetchone()[0]


def _start_log(db: sqlite_utils.Database, version: str) -> None:
    """An empty change log, its triggers, and the derivation the rows now have (inside a transaction)."""
    db.execute(f"create table if not exists [{CHANGES}] (legal_id text not null)")
    db.execute(f"delete from [{CHANGES}]")
    for event, body in TRIGGERS.items():
        db.execute(f"create trigger if not exists [legal_log_mentions_{event}] after {event} on mentions "
                   f"begin {body.format(log=CHANGES)} end")
    db.execute(f"create table if not exists [{DERIVED_WITH}] (version text not null)")
    db.execute(f"delete from [{DERIVED_WITH}]")
    db.execute(f"insert into [{DERIVED_WITH}] (version) values (?)", [version])


_COLUMNS_OF_MENTIONS = {c: _MOST_COMMON.format(col=c) for c in ("type", "issuer", "number", "year", "issued", "title")}
_INSERT_FROM_MENTIONS = (
    "insert into legal_documents (id, type, issuer, number, year, issued, title, mention_count, document_count) "
    "select m.legal_id, {type}, {issuer}, {number}, {year}, {issued}, {title}, count(*), count(distinct m.document_id) "
    "from mentions m where m.legal_id is not null{only} group by m.legal_id"
)


def _rebuild(db: sqlite_utils.Database) -> None:
    """Every row of ``legal_documents`` from ``mentions`` (inside the caller's transaction)."""
    db.execute("delete from legal_documents")
    db.execute(_INSERT_FROM_MENTIONS.format(only="", **_COLUMNS_OF_MENTIONS))
    _law_details(db)


def _rederive(db: sqlite_utils.Database, legal_ids: list[str]) -> None:
    """The rows of ``legal_ids`` worked out again from all their mentions, those no mention names any
    more dropped (inside the caller's transaction)."""
    chosen = json.dumps(legal_ids)
    db.execute("delete from legal_documents where id in (select value from json_each(?))", [chosen])
    db.execute(_INSERT_FROM_MENTIONS.format(only=" and m.legal_id in (select value from json_each(?))",
                                            **_COLUMNS_OF_MENTIONS), [chosen])
    _law_details(db, legal_ids)


# who adopts each kind of named instrument: the National Assembly, its Standing Committee for ordinances
_ADOPTED_BY = {"law": "QH", "code": "QH", "constitution": "QH", "amending_law": "QH", "ordinance": "UBTVQH",
               "resolution": "QH"}  # a resolution named without a number is the National Assembly's (laws.csv)


def law_kind(title: str | None, doc_type: str | None) -> str | None:
    """The kind of a legal document for ``legal_documents.kind``: its type, with constitutions and
    amending laws told apart from other laws."""
    if title and title.startswith("Hiến pháp"):
        return "constitution"
    if title and title.startswith("Luật sửa đổi"):
        return "amending_law"
    return doc_type


def _law_details(db: sqlite_utils.Database, only: list[str] | None = None) -> None:
    """Title, kind, year, issuer, adoption and in-force days of the legal documents the law table
    knows (a named law's dated id or its number), and the dated id a year-less name's mentions
    resolve to when they all agree: of every row, or of the rows ``only`` names."""
    if only is None:
        rows = db.execute("select id, type, title, year, issuer from legal_documents").fetchall()
    else:
        rows = db.execute("select id, type, title, year, issuer from legal_documents "
                          "where id in (select value from json_each(?))", [json.dumps(only)]).fetchall()
    updates = []
    for ref_id, doc_type, title, year, issuer in rows:
        version = tables.law_version_by_id().get(ref_id) or tables.law_version_by_number().get(ref_id)
        title = version.title_vi if version else title
        kind = law_kind(title, doc_type)
        if version is not None:
            updates.append((title, kind, version.year, issuer or _ADOPTED_BY.get(kind), version.adopted,
                            version.in_force, version.id, ref_id))
        elif title:
            updates.append((title, kind, year, issuer or _ADOPTED_BY.get(kind), None, None,
                            _agreed_resolution(db, ref_id) if not year else f"{title} {year}", ref_id))
        else:
            updates.append((title, kind, year, issuer, None, None, ref_id, ref_id))
    db.conn.executemany(
        "update legal_documents set title = ?, kind = ?, year = ?, issuer = ?, adopted = ?, in_force = ?, "
        "resolved = ? where id = ?", updates)


def _agreed_resolution(db: sqlite_utils.Database, ref_id: str) -> str | None:
    found = db.execute("select distinct resolved from mentions where legal_id = ? and resolved is not null limit 2",
                       [ref_id]).fetchall()
    return found[0][0] if len(found) == 1 else None


def mention_filter(query: RefQuery) -> tuple[str, list[Any]]:
    """The clause over mentions ``m`` (and its parameters) that finds every mention of the document
    ``query`` names, as ``vnpolicy mentions`` finds them; coverage and diffusion count with it too."""
    if query.id:
        # a People's Committee document typed without its province matches every province's
        if "@" in query.id:
            return "m.legal_id = ?", [query.id]
        # a named law and its number are one document (Luật Đất đai 2024 = 31/2024/QH15): either finds
        # the mentions of both, and the year-less names that resolve to it
        same = _same_law(query.id)
        if same:
            marks = ", ".join("?" * len(same))
            return f"(m.legal_id in ({marks}) or m.resolved in ({marks}))", [*same, *same]
        # a range rather than LIKE 'id@%', which SQLite cannot answer from the legal_id index
        return "(m.legal_id = ? or (m.legal_id > ? and m.legal_id < ?))", [query.id, query.id + "@", query.id + "A"]
    if query.title:
        # every version, named with or without its year or by its number (the number's title comes
        # from the law table); not the laws that amend it, whose title is their own
        return ("(m.legal_id = ? or (m.title = ? and m.type in ('law', 'code', 'ordinance', 'resolution')))",
                [query.title, query.title])
    clauses, params = ["m.number = ?"], [query.number]
    if query.type:
        clauses.append("m.type = ?")
        params.append(query.type)
    if query.year:
        clauses.append("m.year = ?")
        params.append(query.year)
    return " and ".join(clauses), params


def _same_law(ref_id: str) -> list[str]:
    """The ids of one law version: its dated name and its number, when the law table knows them."""
    version = tables.law_version_by_id().get(ref_id) or tables.law_version_by_number().get(ref_id)
    if version is None:
        return []
    return [version.id] + ([version.number.lstrip("0")] if version.number else [])


def find_mentions(
    db: sqlite_utils.Database,
    reference: str | RefQuery,
    *,
    lang: str | None = None,
    limit: int | None = None,
) -> tuple[RefQuery, list[dict[str, Any]]]:
    """Every mention of the document ``reference`` names (any spelling), oldest document first, with
    its document, source, province, language, date and sentence. Raises RefQueryError for text
    that names no document."""
    query = parse(reference) if isinstance(reference, str) else reference
    where, params = mention_filter(query)
    if lang:
        where += " and m.language = ?"
        params.append(lang)
    only = ""
    if limit and _mentioned_often(db, where, params, limit):
        # a document cited everywhere: its first ``limit`` mentions lie in its first ``limit``
        # documents, found by walking the date index instead of sorting every mention
        ids = _first_documents(db, where, params, int(limit))
        only = f" and m.document_id in ({','.join('?' * len(ids))})" if ids else " and 0"
        params = [*params, *ids]
    sql = (
        "select m.legal_id, m.resolved, m.type, m.relation, m.issued, m.text, m.start, m.[end], m.sentence, m.language, "
        "d.id as document_id, d.title, d.url, d.source_id, d.province_code, d.published "
        f"from mentions m join documents d on d.id = m.document_id where {where}{only} "
        "order by coalesce(d.published, '9999'), d.id, m.start"
    )
    if limit:
        sql += f" limit {int(limit)}"
    cursor = db.execute(sql, params)
    names = [c[0] for c in cursor.description]
    return query, [dict(zip(names, row)) for row in cursor.fetchall()]


def _mentioned_often(db: sqlite_utils.Database, where: str, params: list[Any], limit: int) -> bool:
    """Whether the mentions outnumber ``limit`` many times over (counted no further than that)."""
    ceiling = 50 * int(limit)
    sql = f"select count(*) from (select 1 from mentions m where {where} limit ?)"
    return db.execute(sql, [*params, ceiling + 1]).fetchone()[0] > ceiling


def _first_documents(db: sqlite_utils.Database, where: str, params: list[Any], limit: int) -> list[int]:
    """The first ``limit`` documents holding a matching mention, oldest first, undated ones last."""
    holds = f"exists (select 1 from mentions m where m.document_id = d.id and {where})"
    dated = db.execute(
        f"select d.id from documents d indexed by idx_documents_published where d.published is not null and {holds} "
        "order by d.published, d.id limit ?", [*params, limit]).fetchall()
    ids = [r[0] for r in dated]
    if len(ids) < limit:
        undated = db.execute(f"select d.id from documents d where d.published is null and {holds} order by d.id limit ?",
                             [*params, limit - len(ids)]).fetchall()
        ids += [r[0] for r in undated]
    return ids
