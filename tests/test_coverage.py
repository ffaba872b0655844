"""``vnpolicy coverage``: counts against direct SQL on the demo corpus, shares, side-by-side series,
mentions of one document over time, agencies, stories, formats and plots (real CLI, real files)."""
from __future__ import annotations

import csv
import io
import json
import sqlite3

import pytest

from tests.conftest import run_cli
from tests.research_helpers import add_document, assign, ref

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


@pytest.fixture(scope="session")
def demo_corpus(seed_corpus):
    """The demo corpus: the bundled sample ingested and processed (tests/conftest.py); coverage
    only reads it."""
    return seed_corpus


def coverage_json(db, *args):
    """The CLI's JSON: a real subprocess."""
    result = run_cli("coverage", *args, "--json", db=db, check=True)
    return json.loads(result.stdout)


def coverage_api(db_path, by, **kwargs):
    """The same answer through the Python API (fast: no interpreter start)."""
    from corpus import open_db
    from corpus.coverage import coverage

    return coverage(open_db(db_path, readonly=True), by, **kwargs).to_dict()


def counts(data, series=None):
    return {r["key"]: (r["count"], r["total"]) for r in data["rows"] if series is None or r["series"] == series}


def assert_png(path):
    from PIL import Image

    data = path.read_bytes()
    assert data.startswith(PNG_SIGNATURE)
    with Image.open(path) as image:
        image.verify()
    with Image.open(path) as image:
        assert image.width > 300 and image.height > 200


@pytest.mark.parametrize("scheme", ["2025", "2024"])
def test_by_province_matches_sql(demo_corpus, scheme):
    data = coverage_json(demo_corpus, "--by", "province", "--scheme", scheme, "--attribution", "mention")
    conn = sqlite3.connect(demo_corpus)
    expected = dict(conn.execute(
        "select province_code, count(distinct document_id) from document_provinces "
        "where scheme = ? and attribution = 'mention' group by 1", [scheme]).fetchall())
    unattributed = conn.execute(
        "select count(*) from documents where id not in (select document_id from document_provinces "
        "where scheme = ? and attribution = 'mention')", [scheme]).fetchone()[0]
    got = counts(data)
    assert {k: v[1] for k, v in got.items() if k != "(none)"} == expected
    assert got["(none)"][1] == unattributed
    assert expected, "the demo corpus names provinces (the Vietnamese seed lists several)"
    # the Vietnamese seed names Đồng Tháp: 82 after the merger, 87 before
    assert ("82" if scheme == "2025" else "87") in expected


def test_query_counts_and_shares_match_sql(demo_corpus):
    data = coverage_api(demo_corpus, "language", queries=["hop tac xa", "cooperatives"])
    conn = sqlite3.connect(demo_corpus)
    for query, match in (("hop tac xa", '"hop" "tac" "xa"'), ("cooperatives", '"cooperatives"')):
        expected = dict(conn.execute(
            "select language, count(*) from documents where id in "
            "(select rowid from documents_fts where documents_fts match ?) group by 1", [match]).fetchall())
        totals = dict(conn.execute("select language, count(*) from documents group by 1").fetchall())
        for row in data["rows"]:
            if row["series"] != query:
                continue
            assert row["count"] == expected.get(row["key"], 0)
            assert row["total"] == totals[row["key"]]
            assert row["share"] == pytest.approx(row["count"] / row["total"])
    # each series keeps its own counts: the Vietnamese seed has "hợp tác xã", not "cooperatives"
    assert counts(data, "hop tac xa")["vi"] == (1, 1)
    assert counts(data, "cooperatives")["vi"] == (0, 1)


def test_side_by_side_equals_separate_runs(demo_corpus):
    both = coverage_api(demo_corpus, "province", queries=["hop tac xa", "cooperatives"])
    for query in ("hop tac xa", "cooperatives"):
        alone = coverage_api(demo_corpus, "province", queries=[query])
        assert counts(both, query) == counts(alone, query)


def test_formats_and_plot(demo_corpus, tmp_path):
    plot = tmp_path / "provinces.png"
    result = run_cli("coverage", "--by", "province", "--attribution", "mention", "--query", "hop tac xa",
                     "--query", "cooperatives", "--format", "csv", "--plot", str(plot), db=demo_corpus, check=True)
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert {r["series"] for r in rows} == {"hop tac xa", "cooperatives"}
    assert {"key", "label", "count", "total", "share"} <= set(rows[0])
    assert "Đồng Tháp" in {r["label"] for r in rows}  # Vietnamese labels
    assert_png(plot)


def test_the_same_series_twice_is_refused(demo_corpus):
    from corpus import open_db
    from corpus.coverage import CoverageError, coverage

    with pytest.raises(CoverageError, match="twice"):
        coverage(open_db(demo_corpus, readonly=True), "source", queries=["x", "x"])


def test_month_plot_of_one_reference(tmp_path):
    from corpus import open_db
    from corpus.process import _after_processing

    db_path = tmp_path / "months.db"
    db = open_db(db_path)
    dated = [("2025-01-10", True), ("2025-01-20", False), ("2025-03-05", True), ("2025-03-06", True), ("2025-04-01", False)]
    for i, (day, cites) in enumerate(dated):
        add_document(db, f"http://127.0.0.1/m{i}", f"Tin số {i} về hợp tác xã.", language="vi", published=day,
                     references=[ref("98/2018/NĐ-CP")] if cites else [ref("57/2018/NĐ-CP")])
    _after_processing(db)
    db.conn.close()
    plot = tmp_path / "decree.png"
    data = json.loads(run_cli("coverage", "--by", "month", "--ref", "98/2018/NĐ-CP", "--plot", str(plot), "--json",
                              db=db_path, check=True).stdout)
    assert [(r["key"], r["count"], r["total"]) for r in data["rows"]] == [
        ("2025-01", 1, 2), ("2025-02", 0, 0), ("2025-03", 2, 2), ("2025-04", 0, 1)]  # February filled in
    assert data["rows"][0]["share"] == 0.5
    assert_png(plot)


def test_by_agency_and_stories(tmp_path):
    from corpus import open_db
    from corpus.process import _after_processing

    db_path = tmp_path / "agencies.db"
    db = open_db(db_path)
    add_document(db, "http://127.0.0.1/a1", "Bộ Tài chính chủ trì rà soát quy định về hợp tác xã.", language="vi",
                 assignments=[assign("MOF"), assign("MAE", "coordinate")])
    add_document(db, "http://127.0.0.1/a2", "The Ministry of Finance shall review cooperative rules.", language="en",
                 assignments=[assign("MOF")])
    add_document(db, "http://127.0.0.1/a3", "Ngân hàng Nhà nước nghiên cứu tín dụng xanh.", language="vi",
                 assignments=[assign("SBV")])
    _after_processing(db)
    conn = db.conn
    data = coverage_api(db_path, "agency")
    expected = dict(conn.execute("select agency_id, count(distinct document_id) from assignments group by 1").fetchall())
    assert {k: v[1] for k, v in counts(data).items()} == expected == {"MOF": 2, "MAE": 1, "SBV": 1}
    hop = coverage_api(db_path, "agency", queries=["hop tac xa"])
    assert counts(hop)["MOF"] == (1, 2)
    # the Vietnamese and English reports are one story: counted once with --stories
    conn.execute("update documents set story_id = 7 where url in ('http://127.0.0.1/a1', 'http://127.0.0.1/a2')")
    conn.commit()
    stories = coverage_api(db_path, "agency", stories=True)
    assert stories["unit"] == "stories"
    assert counts(stories)["MOF"] == (1, 1)
    assert counts(stories)["SBV"] == (1, 1)


def test_publisher_attribution(tmp_path):
    from corpus import open_db
    from corpus.process import _after_processing

    db_path = tmp_path / "publishers.db"
    db = open_db(db_path)
    db["sources"].insert_all([{"id": "baobentre", "name": "Báo Bến Tre", "province_code": "83"},
                              {"id": "baovinhlong", "name": "Báo Vĩnh Long", "province_code": "86"}])
    add_document(db, "http://127.0.0.1/p1", "Hợp tác xã ở Bến Tre.", language="vi", source_id="baobentre", province_code="83")
    add_document(db, "http://127.0.0.1/p2", "Doanh nghiệp ở Vĩnh Long.", language="vi", source_id="baovinhlong", province_code="86")
    add_document(db, "http://127.0.0.1/p3", "Hợp tác xã ở Vĩnh Long.", language="vi", source_id="baovinhlong", province_code="86")
    _after_processing(db)
    db.conn.close()
    old = coverage_api(db_path, "province", attribution="publisher", scheme="2024", queries=["hop tac xa"])
    assert counts(old) == {"83": (1, 1), "86": (1, 2)}
    new = coverage_api(db_path, "province", attribution="publisher", scheme="2025", queries=["hop tac xa"])
    assert counts(new) == {"86": (2, 3)}  # Bến Tre merged into Vĩnh Long
    by_source = coverage_api(db_path, "source", queries=["hop tac xa"])
    assert {r["key"]: r["label"] for r in by_source["rows"]}["baobentre"] == "Báo Bến Tre"


@pytest.mark.parametrize("args, message", [
    (["--by", "province", "--plot", "out.txt"], "PNG"),                       # a plot must be a .png
    (["--by", "province", "--query", "!!!"], "no words"),                    # a query without words
])
def test_errors_are_one_line(demo_corpus, args, message):
    result = run_cli("coverage", *args, db=demo_corpus)
    assert result.returncode != 0
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_missing_corpus_is_a_clear_error(tmp_path):
    result = run_cli("coverage", "--by", "province", db=tmp_path / "nowhere" / "x.db")
    assert result.returncode != 0 and "Traceback" not in result.stderr


def test_province_series_match_the_pairs_of_every_document(tmp_path):
    """By province, each series (query, legal document, fact type, both) counts a document once in
    each province it names and once under (none) if it names none, the same as SQL over the
    (document, province) pairs of all documents (provinces as mentioned: attribution="mention")."""
    from corpus import open_db
    from corpus.process import _after_processing

    db_path = tmp_path / "pairs.db"
    db = open_db(db_path)
    add_document(db, "http://127.0.0.1/q1", "Hợp tác xã ở Cần Thơ và Đồng Tháp.", language="vi",
                 references=[ref("98/2018/NĐ-CP")])                                  # two provinces, cites
    add_document(db, "http://127.0.0.1/q2", "Hợp tác xã ở Cần Thơ.", language="vi")  # one province
    add_document(db, "http://127.0.0.1/q3", "Hợp tác xã kiểu mới phát triển.", language="vi",
                 references=[ref("98/2018/NĐ-CP")])                                  # no province, cites
    add_document(db, "http://127.0.0.1/q4", "Doanh nghiệp ở Đồng Tháp.", language="vi")  # no match
    add_document(db, "http://127.0.0.1/q5", "Tin khác.", language="vi", references=[ref("57/2018/NĐ-CP")])
    _after_processing(db)
    conn = db.conn
    pairs = """select document_id, province_code from document_provinces where scheme = '2025' and attribution = 'mention'
               union all select id, '(none)' from documents where id not in
                   (select document_id from document_provinces where scheme = '2025' and attribution = 'mention')"""
    hop = "select rowid from documents_fts where documents_fts match '\"hop\" \"tac\" \"xa\"'"
    cites = "select document_id from mentions where legal_id = '98/2018/NĐ-CP'"
    cases = [({"queries": ["hop tac xa"]}, hop), ({"refs": ["98/2018/NĐ-CP"]}, cites),
             ({"fact": "references"}, "select document_id from mentions"),
             ({"queries": ["hop tac xa"], "fact": "references"}, f"{hop} intersect select document_id from mentions")]
    totals = dict(conn.execute(f"select province_code, count(*) from ({pairs}) group by 1").fetchall())
    for kwargs, ids in cases:
        expected = dict(conn.execute(f"select province_code, count(*) from ({pairs}) where document_id in ({ids}) group by 1"))
        got = counts(coverage_api(db_path, "province", attribution="mention", **kwargs))
        assert {k: n for k, (_, n) in got.items()} == totals
        assert {k: c for k, (c, _) in got.items() if c} == expected, kwargs
    assert counts(coverage_api(db_path, "province", attribution="mention", queries=["hop tac xa"]))["(none)"] == (1, 2)
