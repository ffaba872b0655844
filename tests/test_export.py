"""Bulk export on the seed corpus: every format holds every row with the right values and types,
partitions read back as a dataset, filters select what search selects, and a failed export leaves
nothing behind."""
from __future__ import annotations

import csv
import json
import re
import sqlite3
from pathlib import Path

import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.parquet as pq
import pytest

from conftest import run_cli
from corpus import open_db
from corpus.export import ExportError, Filters, columns, export, export_kinds

FORMATS = ["csv", "jsonl", "parquet"]
FACT_KINDS = ["mentions", "figures", "assignments"]
KINDS = export_kinds()

# publication dates given to the seeds (they are plain text files without one): a day, a time with
# an offset, a month boundary, a missing date (the null partition) and another year
PUBLISHED = {
    "000": "2025-12-10",
    "001": "2025-12-03",
    "002": "2025-12-11T08:00:00+07:00",
    "003": None,
    "004": "2024-02-02",
}

# facts for seeds whose extractors have not landed yet: real spans found in the real texts
SYNTHETIC = {
    "mentions": re.compile(r"\d+/\d{4}/N[DĐ]-CP|\d+/TB-VPCP"),
    "figures": re.compile(r"\b\d{1,3}(?:[ .,]\d{3})+\b|\b\d{2,4}\b"),
    "assignments": re.compile(r"\b(?:Bộ|Ministry of|ministère de) [A-ZĐ][\wđ]+"),
}


def _sentence(text: str, start: int, end: int) -> str:
    left = max(text.rfind(".", 0, start), text.rfind("\n", 0, start)) + 1
    right = min([i for i in (text.find(".", end), text.find("\n", end)) if i != -1] or [len(text)])
    return text[left:right + 1].strip()


def _fill_missing_facts(db) -> None:
    docs = list(db.query("select id, text, language from documents order by id"))
    for kind, pattern in SYNTHETIC.items():
        if db[kind].count:
            continue
        rows = []
        for doc in docs:
            for m in list(pattern.finditer(doc["text"]))[:6]:
                row = {"document_id": doc["id"], "start": m.start(), "end": m.end(), "text": m.group(),
                       "sentence": _sentence(doc["text"], m.start(), m.end()), "language": doc["language"],
                       "extractor_version": "test-1"}
                if kind == "mentions":
                    row.update(legal_id=m.group().replace("ND", "NĐ"), type="decree", number=m.group().split("/")[0],
                               year=int(m.group().split("/")[1]) if m.group().count("/") == 2 else None,
                               issuer="CP", relation="cites")
                elif kind == "figures":
                    digits = re.sub(r"\D", "", m.group())
                    row.update(value=float(digits), low=None, high=None, unit="test units", qualifier=None)
                else:
                    row.update(agency_id="MOF", agency=m.group(), role="lead", task=doc["text"][m.end():m.end() + 40],
                               deadline=None)
                rows.append(row)
        db[kind].insert_all(rows)


@pytest.fixture(scope="session")
def export_corpus(seed_corpus, tmp_path_factory) -> Path:
    """The seed corpus with publication dates and, where no extractor produced any, facts and stories."""
    path = tmp_path_factory.mktemp("export") / "export.db"
    source, dest = sqlite3.connect(seed_corpus), sqlite3.connect(path)
    source.backup(dest)
    source.close()
    dest.close()
    db = open_db(path)
    with db.atomic():
        for key, published in PUBLISHED.items():
            db.execute("update documents set published = ? where url like ?", [published, f"%/{key}_%"])
        _fill_missing_facts(db)
        if not db.execute("select count(*) from documents where story_id is not null").fetchone()[0]:
            # 000 (English) and 002 (French) report the same notice
            for key, story in {"000": 1, "001": 2, "002": 1, "004": 3}.items():
                db.execute("update documents set story_id = ? where url like ?", [story, f"%/{key}_%"])
    db.conn.close()
    return path


@pytest.fixture(scope="module")
def corpus_db(export_corpus):
    db = open_db(export_corpus, readonly=True)
    yield db
    db.conn.close()


def table_count(db, kind: str) -> int:
    if kind == "stories":
        return db.execute("select count(*) from documents where story_id is not null").fetchone()[0]
    return db[kind].count


def read_rows(path: Path, fmt: str) -> list[dict]:
    if fmt == "csv":
        with path.open(encoding="utf-8", newline="") as f:
            return list(csv.DictReader(f))
    if fmt == "jsonl":
        return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    return pq.read_table(path).to_pylist()


def test_the_fixture_has_rows_of_every_kind(corpus_db):
    # the counts below compare something: no kind is empty
    for kind in KINDS:
        assert table_count(corpus_db, kind) > 0, kind


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("kind", KINDS)
def test_export_holds_every_row_of_the_table(corpus_db, tmp_path, kind, fmt):
    target = tmp_path / f"{kind}.{fmt}"
    report = export(corpus_db, kind, target, format=fmt, batch_rows=3)  # several chunks even here
    rows = read_rows(target, fmt)
    assert len(rows) == report.rows == table_count(corpus_db, kind)
    assert list(rows[0]) == [c.name for c in columns(corpus_db, kind)]


@pytest.mark.parametrize("kind", FACT_KINDS)
def test_fact_rows_carry_their_provenance(corpus_db, tmp_path, kind):
    target = tmp_path / f"{kind}.jsonl"
    export(corpus_db, kind, target, format="jsonl")
    documents = {d["id"]: d for d in corpus_db.query("select id, url, text, language, published, source_id, province_code from documents")}
    for row in read_rows(target, "jsonl"):
        doc = documents[row["document_id"]]
        assert (row["url"], row["published"], row["document_language"]) == (doc["url"], doc["published"], doc["language"])
        assert (row["source_id"], row["province_code"]) == (doc["source_id"], doc["province_code"])
        # the span indexes the document text, and the sentence holds the span
        assert doc["text"][row["start"]:row["end"]] == row["text"]
        assert row["text"] in row["sentence"]
        assert row["extractor_version"]


@pytest.mark.parametrize("kind", KINDS)
def test_parquet_values_and_types_equal_the_database(corpus_db, tmp_path, kind):
    target = tmp_path / f"{kind}.parquet"
    export(corpus_db, kind, target, format="parquet", batch_rows=4)
    table = pq.read_table(target)
    expected_types = {"int": pa.int64(), "float": pa.float64(), "str": pa.string()}
    for column in columns(corpus_db, kind):
        assert table.schema.field(column.name).type == expected_types[column.type], column.name
    key = "story_id" if kind == "stories" else ("document_id" if kind == "documents" else "id")
    sql = {
        "documents": "select id as document_id, url, published, title, length, text from documents",
        "stories": "select story_id, id as document_id, url, language from documents where story_id is not null",
    }.get(kind, f"select * from [{kind}]")
    expected = sorted(corpus_db.query(sql), key=lambda r: (r[key], r.get("document_id")))
    got = sorted(table.to_pylist(), key=lambda r: (r[key], r.get("document_id")))
    assert [{k: r[k] for k in e} for r, e in zip(got, expected)] == expected


def test_parquet_types_of_the_contract_columns(corpus_db, tmp_path):
    target = tmp_path / "figures.parquet"
    export(corpus_db, "figures", target, format="parquet")
    schema = pq.read_schema(target)
    assert schema.field("document_id").type == pa.int64()     # ids are integers
    assert schema.field("start").type == pa.int64()           # spans are integers
    assert schema.field("value").type == pa.float64()         # figures are floats
    assert schema.field("low").type == pa.float64()           # even a column of nulls keeps its type
    assert schema.field("published").type == pa.string()      # dates stay ISO strings (may be partial)
    assert json.loads(schema.metadata[b"vnpolicy.filters"]) == {}
    assert schema.metadata[b"vnpolicy.kind"] == b"figures"


def test_csv_and_jsonl_keep_unicode_and_nulls(corpus_db, tmp_path):
    export(corpus_db, "documents", tmp_path / "d.csv", format="csv")
    export(corpus_db, "documents", tmp_path / "d.jsonl", format="jsonl")
    csv_rows = {r["document_id"]: r for r in read_rows(tmp_path / "d.csv", "csv")}
    json_rows = {r["document_id"]: r for r in read_rows(tmp_path / "d.jsonl", "jsonl")}
    vietnamese = corpus_db.execute("select id, text from documents where language = 'vi'").fetchone()
    assert csv_rows[str(vietnamese[0])]["text"] == vietnamese[1]    # diacritics and line breaks survive CSV
    assert json_rows[vietnamese[0]]["text"] == vietnamese[1]
    undated = [r for r in json_rows.values() if r["published"] is None]
    assert len(undated) == 1 and csv_rows[str(undated[0]["document_id"])]["published"] == ""


@pytest.mark.parametrize("fmt", FORMATS)
def test_partitioned_export_is_a_hive_dataset(corpus_db, tmp_path, fmt):
    target = tmp_path / "mentions"
    report = export(corpus_db, "mentions", target, format=fmt, partition_by="month", batch_rows=2)
    months = {r[0] for r in corpus_db.execute(
        "select substr(d.published, 1, 7) from mentions m join documents d on d.id = m.document_id")}
    expected_dirs = {f"month={m}" if m else "month=__HIVE_DEFAULT_PARTITION__" for m in months}
    assert {p.name for p in target.iterdir()} == expected_dirs
    assert len(report.files) == len(expected_dirs)    # one file per month: rows come ordered by month
    if fmt != "parquet":
        total = sum(len(read_rows(target / f, fmt)) for f in report.files)
        assert total == corpus_db["mentions"].count
        return
    dataset = ds.dataset(target, format="parquet", partitioning="hive")
    table = dataset.to_table()
    assert table.num_rows == corpus_db["mentions"].count
    by_id = {r["id"]: r for r in table.to_pylist()}
    for fact_id, published in corpus_db.execute(
            "select m.id, d.published from mentions m join documents d on d.id = m.document_id"):
        assert by_id[fact_id]["month"] == (published[:7] if published else None)
    # a reader can prune partitions
    december = dataset.to_table(filter=ds.field("month") == "2025-12")
    assert december.num_rows == corpus_db.execute(
        "select count(*) from mentions m join documents d on d.id = m.document_id where d.published like '2025-12%'").fetchone()[0]


@pytest.mark.parametrize("filters, where, params", [
    (Filters(lang="vi"), "d.language = ?", ["vi"]),                                   # language
    (Filters(lang="en", since="2025-12-05"), "d.language = 'en' and d.published >= ?", ["2025-12-05"]),  # language and date
    (Filters(until="2025-12-10"), "d.published <= ?", ["2025-12-10\uffff"]),            # until includes that day
    (Filters(query="nong thon"), "d.language = 'vi'", []),                            # folded full text finds "nông thôn" in the Vietnamese seed only
    (Filters(query='"dien dan"'), "d.text_folded glob ?", ["*dien[^a-z0-9]dan*"]),    # đ folds too: "Diễn đàn" (and a URL slug dien-dan)
    (Filters(query='"hop tac xa"'), "d.text_folded glob '*hop?tac?xa*'", []),          # a phrase also matches the hyphenated URL slug
    (Filters(query="kooperativ", lang="fr"), "0", []),                               # a query and a filter that exclude each other
])
@pytest.mark.parametrize("kind", ["documents", "mentions", "figures"])
def test_filters_select_the_documents_search_selects(corpus_db, tmp_path, kind, filters, where, params):
    target = tmp_path / "out.jsonl"
    report = export(corpus_db, kind, target, format="jsonl", filters=filters)
    table = "documents d" if kind == "documents" else f"{kind} f join documents d on d.id = f.document_id"
    expected = corpus_db.execute(f"select count(*) from {table} where {where}", params).fetchone()[0]
    assert report.rows == expected == len(read_rows(target, "jsonl"))


def test_filters_are_parameters_not_sql(corpus_db, tmp_path):
    # a value shaped like SQL is a value: it matches nothing and breaks nothing
    report = export(corpus_db, "documents", tmp_path / "x.csv", format="csv",
                    filters=Filters(lang="vi' or '1'='1", query='") OR documents_fts MATCH ("*'))
    assert report.rows == 0


def test_a_failed_export_leaves_nothing_and_keeps_the_old_file(copy_corpus, tmp_path):
    db = open_db(copy_corpus)
    if not db["mentions"].count:
        _fill_missing_facts(db)
    # a value that is not an integer in an INTEGER column, in a late row: Parquet refuses it mid-stream
    last = db.execute("select max(id) from mentions").fetchone()[0]
    db.execute("update mentions set year = 'two thousand' where id = ?", [last])
    db.conn.commit()
    target = tmp_path / "out" / "mentions.parquet"
    target.parent.mkdir()
    target.write_bytes(b"previous export")
    with pytest.raises(ExportError, match="column year holds 'two thousand'"):
        export(db, "mentions", target, format="parquet", batch_rows=1)
    assert target.read_bytes() == b"previous export"
    assert [p.name for p in target.parent.iterdir()] == ["mentions.parquet"]   # no temporary left
    with pytest.raises(ExportError):
        export(db, "mentions", tmp_path / "parts", format="parquet", partition_by="month", batch_rows=1)
    assert not (tmp_path / "parts").exists()


def test_refusals_are_clear(corpus_db, tmp_path):
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "x").write_text("x")
    with pytest.raises(ExportError, match="already exists"):
        export(corpus_db, "figures", tmp_path / "full", format="parquet", partition_by="month")
    with pytest.raises(ExportError, match="does not exist"):
        export(corpus_db, "figures", tmp_path / "nowhere" / "f.csv", format="csv")
    with pytest.raises(ExportError, match="standard output"):
        export(corpus_db, "figures", "-", format="parquet")
    with pytest.raises(ExportError, match="unknown export kind"):
        export(corpus_db, "pages_raw", tmp_path / "p.csv", format="csv")


def test_cli_exports_in_a_subprocess(export_corpus, corpus_db, tmp_path):
    target = tmp_path / "figures.parquet"
    result = run_cli("export", "figures", "--format", "parquet", "-o", str(target), "--lang", "sv", db=export_corpus)
    assert result.returncode == 0, result.stderr
    expected = corpus_db.execute("select count(*) from figures f join documents d on d.id = f.document_id where d.language = 'sv'").fetchone()[0]
    assert pq.read_table(target).num_rows == expected > 0
    assert f"exported {expected} figures rows" in result.stderr
    # the format follows the suffix; - writes to standard output
    result = run_cli("export", "mentions", "-o", "-", "--format", "jsonl", db=export_corpus)
    assert result.returncode == 0, result.stderr
    assert len(result.stdout.splitlines()) == corpus_db["mentions"].count
    result = run_cli("export", "documents", "-o", str(tmp_path / "docs"), "--format", "parquet",
                     "--partition-by", "month", "--json", db=export_corpus)
    assert json.loads(result.stderr)["rows"] == corpus_db["documents"].count  # the report: stderr, always
    assert ds.dataset(tmp_path / "docs", partitioning="hive").count_rows() == corpus_db["documents"].count


@pytest.mark.parametrize("args, message", [
    (["documents", "-o", "out.xlsx"], "cannot tell the format"),                  # unknown suffix, no --format
    (["figures", "-o", "-", "--format", "parquet"], "standard output"),           # binary format to a terminal
    (["mentions", "-o", "m.csv", "--query", "***"], "no words to search for"),    # a query without words
])
def test_cli_errors_are_one_line(export_corpus, tmp_path, args, message):
    result = run_cli("export", *args, db=export_corpus)
    assert result.returncode != 0
    assert message in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
