"""``vnpolicy diffusion`` and ``export diffusion`` on a generated corpus whose issue dates and lags per
province are known: every first mention, lag, count, window share and silence is recovered exactly,
under both province schemes and both attributions, for several documents (real SQLite file through
the storage API, real CLI in a subprocess)."""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import sqlite3

import pytest

from tests.conftest import run_cli
from tests.research_helpers import add_document

# the press of each province: the 2024 code, how the text names it. Đà Nẵng publishes but never
# mentions any of the documents (silent); provinces outside this list have no press here at all
NAMES = {"01": "thành phố Hà Nội", "22": "tỉnh Quảng Ninh", "79": "Thành phố Hồ Chí Minh", "82": "tỉnh Tiền Giang",
         "83": "tỉnh Bến Tre", "86": "tỉnh Vĩnh Long", "87": "tỉnh Đồng Tháp", "92": "thành phố Cần Thơ",
         "93": "tỉnh Hậu Giang", "94": "tỉnh Sóc Trăng", "48": "thành phố Đà Nẵng"}
SOURCES = {code: f"bao-{code}" for code in NAMES}

DECREE = "98/2018/NĐ-CP"        # issue date in its mentions' text (one mention gives a wrong day)
OTHER = "57/2018/NĐ-CP"         # no issue date in any text: the earliest mention gives it
LAW = "Luật Hợp tác xã 2023"    # a law cited by name and year, issue date in the text
ISSUED = {DECREE: "2018-07-05", LAW: "2023-06-20"}
EARLIEST = {OTHER: "2018-11-01"}
# each document mentioning a legal document: (publisher, province named in the text, lag in days
# after issue, mentions in it); None: no publisher province / no province named / no date
MENTIONING = {
    DECREE: [("83", "86", 3, 1), ("86", "83", 10, 2), ("92", "94", 0, 1), ("94", "93", 45, 1),
             ("01", "22", -20, 1),   # a draft reported before the issue date: kept, flagged
             ("01", "01", 40, 1), ("22", None, 200, 1), (None, "87", 400, 1), ("82", "82", None, 1)],
    OTHER: [("22", "01", 0, 1), ("83", "92", 15, 1), ("92", "83", 15, 1), ("86", "86", 60, 3)],
    LAW: [("87", "82", 5, 1), ("82", "87", 2, 1), ("01", "79", 100, 1), ("79", "01", 30, 2)],
}
# every province's press also publishes other news after each issue date (these offsets)
BACKGROUND_OFFSETS = (1, 50, 300)
WINDOWS = (30, 90, 365)
ANY_SPELLING = {DECREE: "Decree 98/2018", OTHER: "Nghị định 57/2018/ND-CP", LAW: "Luật Hợp tác xã 2023"}


def day(text: str, plus: int) -> str:
    return (dt.date.fromisoformat(text) + dt.timedelta(days=plus)).isoformat()


def issue_date(legal: str) -> str:
    return ISSUED.get(legal) or EARLIEST[legal]


def mention(legal: str, issued: str | None) -> dict:
    if legal == LAW:
        return {"id": legal, "type": "law", "title": "Luật Hợp tác xã", "year": 2023, "relation": "cites", "issued": issued}
    number, year, _ = legal.split("/")
    return {"id": legal, "type": "decree", "number": number, "year": int(year), "issuer": "CP", "relation": "cites",
            "issued": issued}


def generated_documents() -> list[dict]:
    """The corpus as a plan: (publisher, named province, date, mentions per legal document)."""
    docs = []
    for legal, rows in MENTIONING.items():
        for i, (publisher, named, lag, count) in enumerate(rows):
            # the text gives the issue date in most mentions; once a wrong day, outvoted
            given = ISSUED.get(legal)
            if given and i == 1:
                given = day(given, 1)
            docs.append({"publisher": publisher, "named": named, "published": None if lag is None else day(issue_date(legal), lag),
                         "refs": [mention(legal, given)] * count})
    for legal in MENTIONING:
        for code in NAMES:
            for offset in BACKGROUND_OFFSETS:
                docs.append({"publisher": code, "named": code, "published": day(issue_date(legal), offset), "refs": []})
    docs.append({"publisher": None, "named": None, "published": "2019-01-01", "refs": []})  # national, no province
    return docs


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    from corpus import open_db
    from corpus.process import _after_processing

    path = tmp_path_factory.mktemp("diffusion") / "diffusion.db"
    db = open_db(path)
    db["sources"].insert_all([{"id": s, "name": "Báo " + NAMES[c].replace("Thành phố ", "").replace("thành phố ", "").replace("tỉnh ", ""), "province_code": c}
                              for c, s in SOURCES.items()] + [{"id": "national", "name": "National"}])
    for i, doc in enumerate(generated_documents()):
        place = f"Tin từ {NAMES[doc['named']]}" if doc["named"] else "Tin trong nước"
        cited = " ".join(f"Văn bản {r['id']}." for r in doc["refs"])
        add_document(db, f"http://127.0.0.1/d{i}", f"Bản tin số {i}. {place}: chính sách mới được triển khai. {cited}", language="vi",
                     published=doc["published"], source_id=SOURCES.get(doc["publisher"], "national"),
                     province_code=doc["publisher"], references=[dict(r) for r in doc["refs"]])
    _after_processing(db)
    db.conn.close()
    return path


def in_scheme(code: str | None, scheme: str) -> str | None:
    from nlp import provinces as gazetteer

    return gazetteer.to_scheme(code, scheme) if code else None


def oracle(legal: str, scheme: str, attribution: str) -> dict[str, dict]:
    """What the plan says, counted here by hand from it: per province of the scheme, first lag,
    mentions, documents, mentions before issue and (mentioning, all) documents per window."""
    issue = dt.date.fromisoformat(issue_date(legal))
    docs = generated_documents()
    out: dict[str, dict] = {}
    for doc in docs:
        code = in_scheme(doc["publisher" if attribution == "publisher" else "named"], scheme)
        if code is None:
            continue
        row = out.setdefault(code, {"lag": None, "mentions": 0, "documents": 0, "before": 0,
                                    **{w: [0, 0] for w in WINDOWS}})
        lag = None if doc["published"] is None else (dt.date.fromisoformat(doc["published"]) - issue).days
        cites = sum(1 for r in doc["refs"] if r["id"] == legal)
        for w in WINDOWS:
            if lag is not None and 0 <= lag <= w:
                row[w][1] += 1
                row[w][0] += bool(cites)
        if not cites:
            continue
        row["mentions"] += cites
        row["documents"] += 1
        if lag is not None:
            row["lag"] = lag if row["lag"] is None else min(row["lag"], lag)
            row["before"] += cites if lag < 0 else 0
    return out


def api(db_path, refs, **kwargs):
    from corpus import open_db
    from corpus.diffusion import diffusion

    db = open_db(db_path, readonly=True)
    try:
        return diffusion(db, refs, **kwargs)
    finally:
        db.conn.close()


def test_the_generated_corpus_is_attributed_as_planned(corpus):
    conn = sqlite3.connect(corpus)
    named = dict(conn.execute("select d.url, group_concat(dp.province_code) from documents d left join document_provinces dp "
                              "on dp.document_id = d.id and dp.scheme = '2024' and dp.attribution = 'mention' group by d.id"))
    for i, doc in enumerate(generated_documents()):
        assert named[f"http://127.0.0.1/d{i}"] == doc["named"], doc


@pytest.mark.parametrize("scheme", ["2024", "2025"])
@pytest.mark.parametrize("attribution", ["publisher", "mention"])
def test_lags_counts_and_windows_recovered_exactly(corpus, scheme, attribution):
    results = api(corpus, [ANY_SPELLING[legal] for legal in MENTIONING], scheme=scheme, attribution=attribution,
                  windows=WINDOWS)
    assert [r.legal_ids for r in results] == [[legal] for legal in MENTIONING]
    for legal, result in zip(MENTIONING, results):
        expected = oracle(legal, scheme, attribution)
        assert result.issued == issue_date(legal)
        assert result.issued_from == ("text" if legal in ISSUED else "earliest_mention")
        mentioned = {code: row for code, row in expected.items() if row["documents"]}
        got = {g.key: g for g in result.groups}
        assert set(got) == set(mentioned), legal
        for code, row in mentioned.items():
            g = got[code]
            assert (g.lag_days, g.mentions, g.documents, g.mentions_before_issue) == (
                row["lag"], row["mentions"], row["documents"], row["before"]), (legal, code)
            assert g.first_mention == (None if row["lag"] is None else day(issue_date(legal), row["lag"]))
            assert g.before_issue == (row["lag"] is not None and row["lag"] < 0)
            assert g.windows == {w: tuple(row[w]) for w in WINDOWS}, (legal, code)
        # silence is an answer where the province's press has documents in the longest window
        silent = {code: row[365][1] for code, row in expected.items() if not row["documents"] and row[365][1]}
        assert {s["key"]: s["total_365d"] for s in result.silent} == silent
        from nlp import provinces as gazetteer
        assert {s["key"] for s in result.no_documents} == set(gazetteer.provinces(scheme)) - set(got) - set(silent)
        assert result.mentions == sum(r[3] for r in MENTIONING[legal])
        assert result.documents == len(MENTIONING[legal])


def test_known_lags_by_hand(corpus):
    """The plan read by a person: the merged provinces of 2025 take their earliest member's lag."""
    decree_2024, = api(corpus, ["98/2018/ND-CP"], scheme="2024", attribution="mention")
    decree_2025, = api(corpus, ["98/2018/ND-CP"], scheme="2025", attribution="mention")
    lags_2024 = {g.key: g.lag_days for g in decree_2024.groups}
    lags_2025 = {g.key: g.lag_days for g in decree_2025.groups}
    assert lags_2024 == {"94": 0, "86": 3, "83": 10, "01": 40, "93": 45, "22": -20, "87": 400, "82": None}
    # Bến Tre joins Vĩnh Long (86), Sóc Trăng and Hậu Giang join Cần Thơ (92), Tiền Giang and Đồng Tháp are 82
    assert lags_2025 == {"92": 0, "86": 3, "01": 40, "22": -20, "82": 400}
    assert [g.key for g in decree_2025.groups][:3] == ["22", "92", "86"]  # earliest first, the draft before issue
    assert decree_2025.curve() == [(-20, 1), (0, 2), (3, 3), (40, 4), (400, 5)]
    assert decree_2025.reached(30) == 3 and decree_2025.reached(365) == 4
    by_publisher, = api(corpus, ["Nghị định 57/2018/NĐ-CP"], scheme="2024", attribution="publisher")
    assert {g.key: g.lag_days for g in by_publisher.groups} == {"22": 0, "83": 15, "92": 15, "86": 60}
    assert by_publisher.issued == "2018-11-01" and by_publisher.issued_from == "earliest_mention"
    assert by_publisher.year == 2018 and not by_publisher.issue_date_uncertain  # first seen in its own year
    assert decree_2025.year == 2018 and not decree_2025.issue_date_uncertain  # its text gives the date
    assert {g.key: g.mentions for g in by_publisher.groups}["86"] == 3


def test_by_source(corpus):
    law, = api(corpus, ["Luật Hợp tác xã 2023"], by="source")
    assert {g.key: g.lag_days for g in law.groups} == {"bao-82": 2, "bao-87": 5, "bao-79": 30, "bao-01": 100}
    assert {g.key: g.label for g in law.groups}["bao-82"] == "Báo Tiền Giang"
    assert law.groups[0].windows[30] == (1, 2)  # bao-82: the law, and its news of day 1
    assert "bao-48" in {s["key"] for s in law.silent}  # Đà Nẵng's paper publishes, never on the law


def test_cli_json_csv_and_plots(corpus, tmp_path):
    png, svg = tmp_path / "curve.png", tmp_path / "curve.svg"
    data = json.loads(run_cli("diffusion", "98/2018/ND-CP", "Luật Hợp tác xã 2023", "--scheme", "2024",
                              "--attribution", "publisher", "--json", "--plot", str(png), db=corpus, check=True).stdout)
    decree, law = data["documents"]
    expected = oracle(DECREE, "2024", "publisher")
    assert {g["key"]: g["lag_days"] for g in decree["groups"]} == {k: r["lag"] for k, r in expected.items() if r["documents"]}
    assert decree["issued"] == "2018-07-05" and decree["issued_from"] == "text"
    assert decree["mentions_before_issue"] == 1 and [g["key"] for g in decree["groups"] if g["before_issue"]] == ["01"]
    assert law["curve"][0] == [2, 1] and law["curve"][-1][1] == 4
    assert png.read_bytes().startswith(b"\x89PNG\r\n\x1a\n") and png.stat().st_size > 5000
    out = run_cli("diffusion", "Decree 98/2018", "--csv", "--plot", str(svg), db=corpus, check=True).stdout
    rows = list(csv.DictReader(io.StringIO(out)))
    assert {r["status"] for r in rows} == {"mentioned", "silent", "no_documents"}
    vinh_long = next(r for r in rows if r["key"] == "86")
    assert (vinh_long["lag_days"], vinh_long["documents_30d"], vinh_long["total_30d"]) == ("3", "2", "4")
    assert b"<svg" in svg.read_bytes()[:500]
    table = run_cli("diffusion", "98/2018/NĐ-CP", "1/2099/NĐ-CP", db=corpus, check=True).stdout
    assert table.rstrip().endswith("No mentions of 1/2099/NĐ-CP.")  # a document never mentioned: one line
    assert "issued 2018-07-05 (as its mentions' text gives it)" in table and "(before issue)" in table
    assert "silent" in table and "Đà Nẵng" in table
    # a corpus whose facets are current but whose daily counts are not stored (as one made before
    # them): the first question stores them, for the questions after it to read
    import shutil

    copy = tmp_path / "copy.db"
    shutil.copy(corpus, copy)
    with sqlite3.connect(copy) as conn:
        conn.execute("delete from facets where name like 'daily:%'")
    assert run_cli("diffusion", "98/2018/NĐ-CP", "--json", db=copy, check=True).stdout == \
        run_cli("diffusion", "98/2018/NĐ-CP", "--json", db=corpus, check=True).stdout
    stored = {r[0] for r in sqlite3.connect(copy).execute("select name from facets where name like 'daily:%'")}
    assert stored == {"daily:provinces:2025:mention"}


def test_export_many_documents_with_median_lags(corpus, tmp_path):
    target = tmp_path / "groups.csv"
    run_cli("export", "diffusion", "-o", str(target), "--scheme", "2024", "--attribution", "publisher", db=corpus, check=True)
    rows = {r["key"]: r for r in csv.DictReader(target.open(encoding="utf-8"))}
    # Bến Tre's papers: 3 days on the decree, 15 on the other decree; Vĩnh Long's: 10, 60
    assert rows["83"]["median_lag_days"] == "9.0" and rows["83"]["documents_taken_up"] == "2"
    assert rows["86"]["median_lag_days"] == "35.0"
    assert rows["48"]["documents_silent"] == "3" and rows["48"]["median_lag_days"] == ""
    # Tiền Giang's papers are the earliest (2 days on the law; their decree story is undated), Quảng Ninh's the latest
    assert (rows["82"]["rank"], rows["82"]["median_lag_days"]) == ("1", "2.0")
    assert (rows["22"]["rank"], rows["22"]["median_lag_days"]) == ("9", "100.0")
    data = json.loads(run_cli("export", "diffusion", "-o", "-", "--format", "json", "--kind", "decree",
                              "--since", "2018-09-01", db=corpus, check=True).stdout)
    assert [d["document"] for d in data["documents"]] == [OTHER]  # the 2018 decree was issued before
    from corpus import open_db
    from corpus.diffusion import most_cited

    db = open_db(corpus, readonly=True)
    assert [r.name for r in most_cited(db, top=1)] == [DECREE]  # mentioned in the most documents
    assert [r.name for r in most_cited(db, kind="law")] == [LAW]
    assert [r.name for r in most_cited(db, until="2019-12-31")] == [DECREE, OTHER]
    db.conn.close()


@pytest.mark.parametrize("args, message", [
    (["diffusion", "!!!"], "not a legal document reference: '!!!'"),
    (["diffusion", "98/2018/ND-CP", "--plot", "out.txt"], "PNG or SVG"),
    (["export", "diffusion", "-o", "-", "--format", "csv", "--since", "2019"], "YYYY-MM-DD"),
    (["export", "diffusion", "-o", "-", "--format", "csv", "--kind", "treaty"], "unknown kind 'treaty'; use one of"),
])
def test_errors_are_one_line(corpus, args, message):
    result = run_cli(*args, db=corpus)
    assert result.returncode != 0
    assert message in result.stderr and "Traceback" not in result.stderr


@pytest.mark.parametrize("refs, kwargs, message", [
    (["98/2018/ND-CP", "98/2018/NĐ-CP"], {}, "twice"),
    (["98/2018/ND-CP"], {"windows": ()}, "windows"),
    (["98/2018/ND-CP"], {"scheme": "2030"}, "scheme"),
    (["98/2018/ND-CP"], {"by": "agency"}, "province or source"),
])
def test_questions_that_cannot_be_answered(corpus, refs, kwargs, message):
    from corpus.diffusion import DiffusionError

    with pytest.raises(DiffusionError, match=message):
        api(corpus, refs, **kwargs)


@pytest.mark.parametrize("scheme, attribution", [("2025", "mention"), ("2024", "publisher"), ("", "")])
def test_the_datasette_saved_query_agrees(corpus, scheme, attribution):
    """The saved query diffusion_of_legal_document (Datasette's SQL functions on a real connection)
    gives the issue date, first mentions, lags and counts of the API; empty parameters are the defaults."""
    from corpus.serve import load_metadata, prepare_connection

    sql = load_metadata("corpus")["databases"]["corpus"]["queries"]["diffusion_of_legal_document"]["sql"]
    from corpus import open_db

    conn = open_db(corpus, readonly=True).conn
    prepare_connection(conn, "other", None)
    for legal in MENTIONING:
        rows = conn.execute(sql, {"ref": ANY_SPELLING[legal], "scheme": scheme, "attribution": attribution}).fetchall()
        result, = api(corpus, [legal], scheme=scheme or "2025", attribution=attribution or "mention")
        assert {r[0]: (r[2], r[3], r[4], r[5], r[6], r[7]) for r in rows} == {
            g.key: (result.issued, result.issued_from.replace("_", " "), g.first_mention, g.lag_days, g.mentions, g.documents)
            for g in result.groups}, legal
    conn.close()


def test_a_document_never_mentioned(corpus):
    never, = api(corpus, ["1/2099/NĐ-CP"])
    assert (never.issued, never.mentions, never.groups, never.silent, never.curve()) == (None, 0, [], [], [])


def test_the_saved_query_over_http(corpus, tmp_path):
    """The saved query served by a real `vnpolicy serve` (Datasette) answers like the API."""
    from tests.test_serve import get_json, query_url, start_server, stop, wait_until_answering

    served = tmp_path / "served.db"  # Datasette names the database after the file
    source, dest = sqlite3.connect(corpus), sqlite3.connect(served)
    source.backup(dest)
    source.close()
    dest.close()
    process, port = start_server(served)
    try:
        base = f"http://127.0.0.1:{port}"
        wait_until_answering(process, base + "/-/versions.json")
        status, data = get_json(query_url(base, "served/diffusion_of_legal_document.json", ref="Decree 98/2018",
                                          scheme="2024", attribution="", _shape="objects"))
    finally:
        stop(process)
    assert status == 200, data
    result, = api(corpus, [DECREE], scheme="2024")
    assert {r["province_code"]: (r["issued"], r["first_mention"], r["lag_days"], r["mentions"]) for r in data["rows"]} == {
        g.key: (result.issued, g.first_mention, g.lag_days, g.mentions) for g in result.groups}


@pytest.mark.parametrize("legal_ids, issued, issued_from, uncertain", [
    (["Luật Doanh nghiệp 2020"], "2024-02-03", "earliest_mention", True),   # a 2020 law first seen in 2024
    (["98/2018/NĐ-CP"], "2024-02-03", "text", False),                      # the text gives the date
    (["98/2018/NĐ-CP"], "2018-11-01", "earliest_mention", False),          # first seen in its own year
    (["57-NQ/TW"], "2025-01-05", "earliest_mention", False),               # no year in the id
    (["1/2019/NĐ-CP", "1/2020/NĐ-CP"], "2024-01-01", "earliest_mention", False),  # ids disagree on a year
])
def test_an_issue_date_from_a_later_first_mention_is_uncertain(legal_ids, issued, issued_from, uncertain):
    from corpus.diffusion import Diffusion, Group, _common_year, median_lags

    hanoi = Group(key="01", label="Hà Nội", first_mention=issued, lag_days=0, mentions=1, documents=1,
                  undated_documents=0, mentions_before_issue=0, first_after_issue=issued)
    r = Diffusion(name=legal_ids[0], legal_ids=legal_ids, issued=issued, issued_from=issued_from, by="province",
                  scheme="2025", attribution="mention", windows=(30,), mentions=1, documents=1, groups=[hanoi],
                  silent=[], no_documents=[], unattributed_documents=0, year=_common_year(legal_ids))
    assert r.issue_date_uncertain == uncertain
    assert r.to_dict()["issue_date_uncertain"] == uncertain
    # the early and late provinces are ranked on lags from an issue date, not from a first mention
    assert [row["key"] for row in median_lags([r])] == ([] if uncertain else ["01"])


def test_user_text_is_never_pasted_into_sql(corpus, tmp_path):
    """References, kinds and dates fed SQL-injection strings: refused or bound, the corpus unchanged."""
    from corpus import open_db
    from corpus.diffusion import DiffusionError, diffusion, most_cited
    from tests.test_sql_injection import PAYLOADS, assert_bound, table_counts

    copy = tmp_path / "injected.db"
    source, dest = sqlite3.connect(corpus), sqlite3.connect(copy)
    source.backup(dest)
    source.close()
    dest.close()
    before = table_counts(copy)
    db = open_db(copy)
    statements: list[str] = []
    db.conn.set_trace_callback(statements.append)
    for payload in PAYLOADS:
        for ref in (payload, f"Decree 98/2018 {payload}", f"Luật Hợp tác xã 2023 {payload}"):
            try:
                results = diffusion(db, [ref])
            except DiffusionError:
                continue
            # the decree (10 mentions) or the law (5), never more: the rest of the text matched nothing
            assert all(r.mentions in (0, 5, 10) for r in results), ref
        for kwargs in ({"kind": payload}, {"since": payload}, {"until": payload}):
            with pytest.raises(DiffusionError):
                most_cited(db, **kwargs)
        assert_bound(statements, payload)
    db.conn.close()
    after = table_counts(copy)
    assert after.pop("facets") >= before.pop("facets")  # the arrays diffusion reads, stored once
    assert after == before


@pytest.mark.parametrize("ref", [DECREE, ANY_SPELLING[OTHER]])
def test_a_documents_mentions_are_read_from_the_covering_index(corpus, ref):
    """One document's diffusion reads its mentions' documents and issue dates from the index
    (legal_id, document_id, issued), never a table row per mention (the most cited decree of the
    1,000,000-document benchmark has 136,000). A named law is looked up by legal id or resolved id,
    an OR whose rows SQLite gathers by rowid: that one reads rows."""
    from corpus import open_db
    from corpus.diffusion import mentions_sql
    from corpus.legal import mention_filter
    from extract.refs.query import parse

    db = open_db(corpus, readonly=True)
    where, params = mention_filter(parse(ref))
    plan = [row[-1] for row in db.execute("explain query plan " + mentions_sql(where), params)]
    by_id = [step for step in plan if step.startswith("SEARCH") and "(legal_id" in step]
    assert by_id and all("COVERING INDEX idx_mentions_legal_id_document_id_issued" in s for s in by_id), plan


def test_most_cited_of_one_kind_agrees_with_all_kinds(corpus):
    """The most cited of one kind (read from the rows: the kind is not in the covering index) are
    those of every kind (read from the index) that are of that kind, with the same figures."""
    from corpus import open_db
    from corpus.diffusion import most_cited

    db = open_db(corpus, readonly=True)
    every = [r.to_dict() for r in most_cited(db, top=None)]
    decrees = [r.to_dict() for r in most_cited(db, kind="decree", top=None)]
    assert [r["document"] for r in every] == [DECREE, OTHER, LAW]
    assert decrees == [r for r in every if r["document"] in (DECREE, OTHER)]


QUESTIONS = [{"by": "province", "scheme": s, "attribution": a} for s in ("2025", "2024") for a in ("mention", "publisher")] \
    + [{"by": "source"}]


def test_one_question_reads_its_own_documents_and_the_daily_counts_only(corpus, tmp_path, monkeypatch):
    """With the documents per group per day stored (``daily:<facet>``, by the first question on a
    writable corpus), a question reads its documents' rows by id and those counts, never the facets
    of every document; the answers are those of the whole arrays (more documents than
    ROWS_READ_LIMIT) and of the counts built in memory on a read-only corpus, figure for figure."""
    import shutil

    from corpus import diffusion as module
    from corpus import facets, open_db

    copy = tmp_path / "copy.db"
    shutil.copy(corpus, copy)
    writer = open_db(copy)
    for kwargs in QUESTIONS:
        module.diffusion(writer, [DECREE], **kwargs)  # stores the daily counts
    writer.conn.close()
    stored = {r[0] for r in sqlite3.connect(copy).execute("select name from facets where name like 'daily:%'")}
    assert stored == {"daily:" + facets.province_facet(q["scheme"], q["attribution"]) if q["by"] == "province"
                      else "daily:source" for q in QUESTIONS}
    refs = [DECREE, ANY_SPELLING[OTHER], LAW]
    db = open_db(copy, readonly=True)
    statements: list[str] = []
    db.conn.set_trace_callback(statements.append)
    by_rows = {i: [r.to_dict() for r in module.diffusion(db, refs, **q)] for i, q in enumerate(QUESTIONS)}
    facet_reads = [s for s in statements if "from facets" in s]
    assert facet_reads and all("'daily:" in s for s in facet_reads), facet_reads
    db.conn.set_trace_callback(None)
    assert all(r["groups"] for rs in by_rows.values() for r in rs)
    in_memory = {i: [r.to_dict() for r in api(corpus, refs, **q)] for i, q in enumerate(QUESTIONS)}
    monkeypatch.setattr(module, "ROWS_READ_LIMIT", 0)  # every question through the whole arrays
    by_arrays = {i: [r.to_dict() for r in module.diffusion(db, refs, **q)] for i, q in enumerate(QUESTIONS)}
    assert json.dumps(by_rows, sort_keys=True) == json.dumps(by_arrays, sort_keys=True) \
        == json.dumps(in_memory, sort_keys=True)


def test_the_daily_counts_follow_a_new_document(corpus, tmp_path):
    """A document added after the daily counts were stored makes them stale (they follow the
    generations of documents and document_provinces); the refresh after processing counts them
    again, and the document is counted in its province's windows."""
    import shutil

    from corpus import facets, open_db
    from corpus.diffusion import diffusion
    from corpus.process import _after_processing

    copy = tmp_path / "copy.db"
    shutil.copy(corpus, copy)
    db = open_db(copy)
    before = {g.key: g.windows for g in diffusion(db, [DECREE])[0].groups}
    add_document(db, "http://127.0.0.1/late", "Bản tin. Tin từ tỉnh Bến Tre: mùa màng.", language="vi",
                 published=day(ISSUED[DECREE], 5), source_id=SOURCES["83"], province_code="83")
    daily = "daily:" + facets.province_facet("2025", "mention")
    assert facets.stale(db, [daily]) == [daily]
    _after_processing(db)  # refreshes the stored facets, the daily counts after the facets they come from
    assert facets.stale(db, [daily]) == [] and facets.refresh(db) == []
    after = {g.key: g.windows for g in diffusion(db, [DECREE])[0].groups}
    code = in_scheme("83", "2025")
    assert {w: (hit, total + 1) for w, (hit, total) in before[code].items()} == after[code]
    assert {k: v for k, v in after.items() if k != code} == {k: v for k, v in before.items() if k != code}
    db.conn.close()
