"""Assignments and the agency table in a real corpus built from the seeds, queried through the CLI."""
from __future__ import annotations

import json
import sqlite3

import pytest

from conftest import run_cli


def _hits(result) -> list[str]:
    assert result.returncode == 0, result.stderr
    return [hit["url"] for hit in json.loads(result.stdout)]


def test_search_filters_by_agency_end_to_end(seed_corpus):
    # the English notice tasks the Ministry of Agriculture and Environment; no other seed does
    mae = _hits(run_cli("search", "cooperatives", "--agency", "MAE", "--json", db=seed_corpus))
    assert len(mae) == 1 and "000_" in mae[0]
    # the Vietnamese notice tasks the Ministry of Planning and Investment (before its 2025 merger)
    mpi = _hits(run_cli("search", "hop tac xa", "--agency", "MPI", "--json", db=seed_corpus))
    assert len(mpi) == 1 and "004_" in mpi[0]
    # the Ministry of Finance is tasked in both
    mof_en = _hits(run_cli("search", "cooperatives", "--agency", "MOF", "--json", db=seed_corpus))
    mof_vi = _hits(run_cli("search", "hop tac xa", "--agency", "MOF", "--json", db=seed_corpus))
    assert {u.split("/")[-1][:4] for u in mof_en + mof_vi} == {"000_", "004_"}
    # without the filter the same query also finds documents that task nobody
    # (the Vietnamese phrase stands only in the notice: the other seeds have it inside web addresses,
    # which are not searchable words)
    assert len(_hits(run_cli("search", "cooperatives", "--json", db=seed_corpus))) > len(mof_en)
    # a body no seed tasks filters everything out
    assert _hits(run_cli("search", "cooperatives", "--agency", "MOD", "--json", db=seed_corpus)) == []


def test_assignment_rows_carry_role_deadline_and_provenance(seed_corpus):
    con = sqlite3.connect(seed_corpus)
    rows = con.execute(
        "select a.agency_id, a.role, a.deadline, a.deadline_qualifier, a.assigned_by, a.text, a.sentence, "
        "substr(d.text, a.start + 1, a.end - a.start), a.extractor_version "
        "from assignments a join documents d on d.id = a.document_id where a.agency_id = 'MOF' and d.language = 'en'"
    ).fetchall()
    con.close()
    assert len(rows) == 1
    agency_id, role, deadline, qualifier, by, text, sentence, span, version = rows[0]
    assert (agency_id, role, deadline, qualifier, by) == ("MOF", "lead", "2025-12", "in", "DPM")
    assert span == text == "Ministry of Finance" and text in sentence
    assert "assignments-" in version


def test_agency_table_is_filled_from_the_gazetteer_and_refresh_is_idempotent(copy_corpus):
    from corpus import open_db
    from corpus.agencies import agency_rows, refresh_agencies

    con = sqlite3.connect(copy_corpus)
    before = con.execute("select count(*) from agencies").fetchone()[0]
    mpi = con.execute("select name_vi, name_fr, valid_until, successor from agencies where id = 'MPI'").fetchone()
    con.close()
    assert before == len(agency_rows())
    assert mpi == ("Bộ Kế hoạch và Đầu tư", "ministère du Plan et de l'Investissement", "2025-02-28", "MOF")
    db = open_db(copy_corpus)
    db.execute("insert into agencies (id, name_en) values ('GONE', 'a body the gazetteer dropped')")
    assert refresh_agencies(db) == before
    assert refresh_agencies(db) == before
    assert db.execute("select count(*) from agencies").fetchone()[0] == before
    db.conn.close()


def test_every_assigned_agency_id_is_in_the_agency_table(seed_corpus):
    con = sqlite3.connect(seed_corpus)
    missing = con.execute("select distinct agency_id from assignments where agency_id not in (select id from agencies)").fetchall()
    con.close()
    assert missing == []


# --------------------------------------------------------- issue #13: provincial bodies in the corpus

PROVINCIAL_TEXT = """Quảng Ninh rà soát quỹ đất du lịch ven biển

Ngày 2/6/2025, UBND tỉnh Quảng Ninh ban hành Quyết định số 1520/QĐ-UBND, giao Sở Tài chính chủ trì, phối hợp với Sở Xây dựng rà soát quỹ đất của 42 dự án du lịch ven biển trước ngày 30-6. Công an tỉnh được giao kiểm tra an toàn phòng cháy tại 310 khách sạn. Bộ Tài chính đề nghị Bộ Xây dựng hướng dẫn các địa phương.
"""


@pytest.fixture(scope="module")
def provincial_corpus(tmp_path_factory):
    """A real corpus holding one written provincial article (not copied from any paper)."""
    from corpus import open_db
    from corpus.ingest import ingest_paths
    from corpus.process import process

    folder = tmp_path_factory.mktemp("provincial")
    (folder / "quang_ninh.txt").write_text(PROVINCIAL_TEXT, encoding="utf-8")
    path = folder / "provincial.db"
    db = open_db(path)
    ingest_paths(db, [folder / "quang_ninh.txt"])
    process(db, workers=1)
    db.conn.close()
    return path


def test_provincial_bodies_are_stored_with_their_province(provincial_corpus):
    con = sqlite3.connect(provincial_corpus)
    rows = con.execute(
        "select a.agency_id, a.role, a.deadline, a.assigned_by, g.province_code, g.base_id, g.name_vi "
        "from assignments a left join agencies g on g.id = a.agency_id order by a.start").fetchall()
    con.close()
    assert rows == [
        ("DOF@22", "lead", "2025-06-30", "PPC@22", "22", "DOF", "Sở Tài chính tỉnh Quảng Ninh"),
        ("DOC@22", "coordinate", "2025-06-30", "PPC@22", "22", "DOC", "Sở Xây dựng tỉnh Quảng Ninh"),
        # the committee that issues the decision is the text's authority: it assigns its province's bodies (round 9)
        ("PPS@22", "assignee", None, "PPC@22", "22", "PPS", "Công an tỉnh Quảng Ninh"),
        ("MOC", "assignee", None, "MOF", None, "MOC", "Bộ Xây dựng"),
    ]


def test_coverage_by_agency_groups_provincial_bodies_by_province(provincial_corpus):
    result = run_cli("coverage", "--by", "agency", "--fact", "assignments", "--json", db=provincial_corpus)
    assert result.returncode == 0, result.stderr
    rows = [(r["key"], r["province"], r["label"]) for r in json.loads(result.stdout)["rows"]]
    # national bodies first, then the province's own bodies, under its name
    assert rows[0] == ("MOC", None, "Bộ Xây dựng")
    assert {r for r in rows[1:]} == {("DOF@22", "Quảng Ninh", "Sở Tài chính tỉnh Quảng Ninh"),
                                     ("DOC@22", "Quảng Ninh", "Sở Xây dựng tỉnh Quảng Ninh"),
                                     ("PPS@22", "Quảng Ninh", "Công an tỉnh Quảng Ninh")}


def test_export_of_assignments_carries_the_agency_province(provincial_corpus, tmp_path):
    out = tmp_path / "assignments.csv"
    result = run_cli("export", "assignments", "--format", "csv", "-o", str(out), db=provincial_corpus)
    assert result.returncode == 0, result.stderr
    import csv

    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert {(r["agency_id"], r["agency_province_code"]) for r in rows} == {("DOF@22", "22"), ("DOC@22", "22"), ("PPS@22", "22"), ("MOC", "")}


def test_datasette_assignments_by_agency_query_groups_by_province(provincial_corpus):
    from corpus.serve import load_metadata  # the metadata `vnpolicy serve` hands to Datasette

    sql = load_metadata("corpus")["databases"]["corpus"]["queries"]["assignments_by_agency"]["sql"]
    con = sqlite3.connect(provincial_corpus)
    rows = con.execute(sql).fetchall()
    con.close()
    assert [(r[0], r[1], r[2]) for r in rows][0] == (None, None, "MOC")  # national bodies first
    assert {(r[0], r[1], r[2]) for r in rows[1:]} == {("22", "Quảng Ninh", "DOC@22"), ("22", "Quảng Ninh", "DOF@22"),
                                                      ("22", "Quảng Ninh", "PPS@22")}


# --------------------------------------------------------- issue #13: --agency DOF names every province's DOF

DEPARTMENT_TEXTS = {
    "quang_ninh.txt": "Quảng Ninh rà soát giá đất\n\nNgày 2/6/2024, UBND tỉnh Quảng Ninh giao Sở Tài chính rà soát bảng giá đất ven biển.\n",
    "ha_noi.txt": "Hà Nội kiểm tra giá trông giữ xe\n\nNgày 5/3/2024, UBND thành phố Hà Nội yêu cầu Sở Tài chính kiểm tra giá trông giữ xe.\n",
    "no_province.txt": "Rà soát chi thường xuyên\n\nSở Tài chính cần rà soát các khoản chi thường xuyên trong quý III.\n",
    "ministry.txt": "Hướng dẫn quyết toán\n\nNgày 1/4/2024, Thủ tướng giao Bộ Tài chính hướng dẫn quyết toán ngân sách năm 2023.\n",
}


@pytest.fixture(scope="module")
def departments_corpus(tmp_path_factory):
    """A real corpus of four written articles (not copied from any paper): the Department of Finance of
    two provinces, one whose province the text does not tell, and the Ministry of Finance."""
    from corpus import open_db
    from corpus.ingest import ingest_paths
    from corpus.process import process

    folder = tmp_path_factory.mktemp("departments")
    for name, text in DEPARTMENT_TEXTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    path = folder / "departments.db"
    db = open_db(path)
    ingest_paths(db, sorted(folder.glob("*.txt")))
    process(db, workers=1)
    db.conn.close()
    return path


def _files(result) -> set[str]:
    return {url.rsplit("/", 1)[-1] for url in _hits(result)}


def test_agency_kind_filter_matches_every_provinces_body(departments_corpus):
    con = sqlite3.connect(departments_corpus)
    tasked = dict(con.execute("select d.url, a.agency_id from assignments a join documents d on d.id = a.document_id").fetchall())
    con.close()
    assert sorted(tasked.values()) == ["DOF", "DOF@01", "DOF@22", "MOF"]  # what the filter is about
    search = lambda agency: _files(run_cli("search", "tai chinh", "--agency", agency, "--json", db=departments_corpus))
    # the bare kind: every province's department and the one whose province is not known, not the ministry
    assert search("DOF") == {"quang_ninh.txt", "ha_noi.txt", "no_province.txt"}
    # one province's department, the ministry: exactly that body
    assert search("DOF@22") == {"quang_ninh.txt"}
    assert search("DOF@01") == {"ha_noi.txt"}
    assert search("MOF") == {"ministry.txt"}
    # a kind no article tasks (the committees only assign here)
    assert search("PPC") == set()


def test_agency_kind_filter_in_export_and_coverage(departments_corpus, tmp_path):
    import csv

    out = tmp_path / "assignments.csv"
    result = run_cli("export", "assignments", "--agency", "DOF", "--format", "csv", "-o", str(out), db=departments_corpus)
    assert result.returncode == 0, result.stderr
    assert sorted(r["agency_id"] for r in csv.DictReader(out.open(encoding="utf-8"))) == ["DOF", "DOF@01", "DOF@22"]
    result = run_cli("coverage", "--by", "agency", "--agency", "DOF", "--agency", "DOF@22", "--json", db=departments_corpus)
    assert result.returncode == 0, result.stderr
    counts = {(r["key"], r["series"]): r["count"] for r in json.loads(result.stdout)["rows"]}  # one row per group and series
    assert {key: (counts[key, "tasking DOF"], counts[key, "tasking DOF@22"]) for key, _ in counts} == {
        "DOF": (1, 0), "DOF@01": (1, 0), "DOF@22": (1, 1), "MOF": (0, 0)}
    # an agency the corpus does not know: one line, non-zero
    result = run_cli("coverage", "--by", "agency", "--agency", "XYZ", db=departments_corpus)
    assert result.returncode != 0 and "no agency 'XYZ'" in result.stderr
