"""References in the corpus: legal_documents derived from mentions, and `vnpolicy mentions` end to
end against a real SQLite corpus built by `vnpolicy ingest` of the bundled seeds."""
from __future__ import annotations

import json

import pytest

from extract.refs.query import RefQuery, RefQueryError, parse
from tests.conftest import SAMPLE, run_cli


@pytest.fixture(scope="module")
def ingested(tmp_path_factory):
    db = tmp_path_factory.mktemp("refs") / "seeds.db"
    run_cli("ingest", str(SAMPLE), db=db, check=True)
    return db


@pytest.mark.parametrize("typed, expected", [
    ("98/2018/ND-CP", RefQuery(id="98/2018/NĐ-CP")),  # ASCII symbol
    ("98/2018/nd-cp", RefQuery(id="98/2018/NĐ-CP")),  # lower case
    ("Nghị định 98/2018/NĐ-CP", RefQuery(id="98/2018/NĐ-CP")),  # with the Vietnamese type word
    ("Decree No. 98/2018/ND-CP", RefQuery(id="98/2018/NĐ-CP")),  # English
    ("Decree 98/2018", RefQuery(type="decree", number="98", year=2018)),  # no issuer: type, number, year
    ("nghi dinh 98/2018", RefQuery(type="decree", number="98", year=2018)),  # typed without diacritics
    ("Nghị định số 98", RefQuery(type="decree", number="98")),  # number only
    ("1234/qd-ttg", RefQuery(id="1234/QĐ-TTg")),  # PM decision typed in lower case
    ("20-NQ/TW", RefQuery(id="20-NQ/TW")),  # Party resolution
    ("Luật Hợp tác xã 2023", RefQuery(id="Luật Hợp tác xã 2023")),  # named law with year
    ("Law on Cooperatives 2023", RefQuery(id="Luật Hợp tác xã 2023")),  # in English
    ("Luật Hợp tác xã", RefQuery(title="Luật Hợp tác xã")),  # any year
])
def test_typed_references_are_normalised_like_extraction(typed, expected):
    assert parse(typed) == expected


@pytest.mark.parametrize("typed", ["", "hello world", "Foo 98/2018"])
def test_text_naming_no_document_is_refused(typed):
    with pytest.raises(RefQueryError):
        parse(typed)


def test_legal_documents_are_derived_from_mentions(seed_corpus):
    import sqlite3

    conn = sqlite3.connect(seed_corpus)
    rows = {r[0]: r[1:] for r in conn.execute(
        "select id, type, issuer, number, year, issued, mention_count, document_count from legal_documents")}
    assert rows["98/2018/NĐ-CP"] == ("decree", "CP", "98", 2018, "2018-07-05", 2, 2)
    assert rows["20-NQ/TW"][0:2] == ("resolution", "TW") and rows["20-NQ/TW"][5:] == (8, 2)
    assert rows["Luật Hợp tác xã 2023"][0] == "law"
    # every mention's id has exactly one row
    assert conn.execute("select count(distinct legal_id) from mentions").fetchone()[0] == len(rows)


@pytest.mark.parametrize("typed", ["98/2018/ND-CP", "Nghị định 98/2018/NĐ-CP", "Decree 98/2018", "nghi dinh 98/2018"])
def test_mentions_command_finds_the_decree_in_every_spelling(ingested, typed):
    result = run_cli("mentions", typed, "--json", db=ingested, check=True)
    data = json.loads(result.stdout)
    assert {m["legal_id"] for m in data["mentions"]} == {"98/2018/NĐ-CP"}
    assert len({m["document_id"] for m in data["mentions"]}) == 2  # seeds 000 and 001
    for m in data["mentions"]:
        assert m["language"] == "en" and m["text"] == "Decree No. 98/2018/ND-CP"
        assert "98/2018/ND-CP" in m["sentence"] and m["url"]


def test_mentions_command_prints_a_table_and_filters_by_language(ingested):
    table = run_cli("mentions", "20-NQ/TW", db=ingested, check=True).stdout
    assert "20-NQ/TW" in table and "Nghị quyết số 20-NQ/TW" in table and "Resolution No. 20-NQ/TW" in table
    vi_only = json.loads(run_cli("mentions", "20-NQ/TW", "--lang", "vi", "--json", db=ingested, check=True).stdout)
    assert vi_only["mentions"] and {m["language"] for m in vi_only["mentions"]} == {"vi"}


def test_mentions_command_refuses_nonsense_in_one_line(ingested):
    result = run_cli("mentions", "hello world", db=ingested)
    assert result.returncode != 0
    assert "not a legal document reference" in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_mentions_command_says_when_nothing_matches(ingested):
    result = run_cli("mentions", "Thông tư 15/2016/TT-BTC", db=ingested, check=True)
    assert "No mentions of 15/2016/TT-BTC" in result.stdout
