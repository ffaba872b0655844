"""``vnpolicy demo`` serves the sample site on 127.0.0.1 (the seed texts and the generated outlets),
crawls and processes it offline, and leaves a corpus on which the product visibly works: hundreds of
documents in four languages, from the papers of many provinces, over many months, with coverage
that differs between provinces, and decrees taken up by the provinces after the lags that
``vnpolicy/data/sample_corpus/diffusion.json`` lays down.

The generator's own tests (no crawl) come first; the built corpus is shared with the notebooks
(``built_demo`` in tests/conftest.py, one build per session)."""
from __future__ import annotations

import json
import re
import sqlite3
from collections import Counter
from datetime import date, timedelta

import pytest

from tests.conftest import run_cli

# the floor for a demo corpus on which the product visibly works
MIN_DOCUMENTS, MIN_PROVINCES, MIN_MONTHS = 300, 20, 12


@pytest.fixture(scope="module")
def articles():
    from crawler.samplesite.papers import generate_articles

    return generate_articles()


# -- the generator, without a crawl

def test_the_generated_corpus_spans_languages_provinces_and_months(articles):
    assert len(articles) >= MIN_DOCUMENTS
    assert set(Counter(a.lang for a in articles)) == {"vi", "en", "fr", "sv"}
    assert min(Counter(a.lang for a in articles).values()) >= 10  # each language has enough to compare
    assert len({a.province_code for a in articles if a.province_code}) >= MIN_PROVINCES
    assert len({a.published.strftime("%Y-%m") for a in articles}) >= MIN_MONTHS


def test_generation_is_the_same_on_every_run(articles):
    from crawler.samplesite import papers

    papers.generate_articles.cache_clear()
    again = papers.generate_articles()
    assert [(a.path, a.title, a.paragraphs) for a in again] == [(a.path, a.title, a.paragraphs) for a in articles]


def test_every_template_is_filled_and_every_article_says_it_is_generated(articles):
    from crawler.samplesite.papers import language_data

    for a in articles:
        text = "\n".join([a.title, a.lead, *a.paragraphs])
        assert not re.search(r"[{}\[\]|]", text), (a.path, text)  # no slot or alternative left over
        assert a.paragraphs[-1] == language_data(a.lang)["generated_note"]
        assert len(set(a.paragraphs)) == len(a.paragraphs)


@pytest.mark.parametrize("written", [" à le ", " à les ", " de le ", " de les "])
def test_french_articles_contract_the_articles(articles, written):
    french = " ".join(" ".join([a.title, a.lead, *a.paragraphs]) for a in articles if a.lang == "fr")
    assert french and written not in french


@pytest.mark.parametrize("lang, text", [
    ("vi", "1.245"), ("en", "1,245"), ("fr", "1 245"), ("sv", "1 245"),  # each language's thousands
])
def test_numbers_follow_each_language(lang, text):
    from crawler.samplesite.papers import format_number

    assert format_number(1245, lang) == text


@pytest.mark.parametrize("lang, scale, expected", [
    ("vi", "billion", "2.350,5 tỷ đồng"),
    ("en", "trillion", "VND2,350.5 trillion"),
    ("fr", "trillion", "2 350 500 milliards de dongs"),  # French has no word for 10^12 dongs in the press: billions
    ("sv", "billion", "2 350,5 miljarder dong"),
])
def test_money_follows_each_language(lang, scale, expected):
    from crawler.samplesite.papers import format_money

    assert format_money(2350.5, scale, lang) == expected


def test_departments_and_ministries_take_their_name_of_the_day():
    """The ministries merged on 1 March 2025: an article before says DARD, one after says DAE."""
    from crawler.samplesite.papers import GeneratedArticle, _Writer
    import random

    def name(day):
        article = GeneratedArticle("x", "vi", day, "coop", "background", None)
        return _Writer(article, random.Random(1), None).slot("ministry:agri")

    assert name(date(2025, 2, 28)) == "Bộ Nông nghiệp và Phát triển nông thôn"
    assert name(date(2025, 3, 1)) == "Bộ Nông nghiệp và Môi trường"


def test_lags_are_realistic_and_differ_between_provinces():
    """Some provinces early, some late, some never: the diffusion curve has something to show."""
    from crawler.samplesite.papers import diffusion

    spec = diffusion()
    assert len(spec["decrees"]) >= 5
    for decree in spec["decrees"]:
        lags = [p["lag_days"] for p in decree["provinces"].values() if p["lag_days"] is not None]
        never = [p for p in decree["provinces"].values() if p["lag_days"] is None]
        assert len(lags) >= 15 and min(lags) <= 10 and max(lags) >= 45, decree["id"]
        assert len(set(lags)) >= 10, decree["id"]
        assert never, f"every province takes up {decree['id']}"


def test_provincial_papers_cite_a_tracked_decree_only_from_its_take_up_on(articles):
    """A paper's first article citing a tracked decree is the one diffusion.json dates (by the text)."""
    from crawler.samplesite.papers import _uptake_day, legal_documents

    tracked = {k: d for k, d in legal_documents().items() if d.get("tracked")}
    for a in articles:
        if a.province_code is None:
            continue
        text = "\n".join([a.title, a.lead, *a.paragraphs])
        for key, doc in tracked.items():
            if doc["short"][a.lang] in text:
                taken = _uptake_day(key, a.province_code)
                assert taken is not None and a.published >= taken, (a.path, key)


# -- the demo as a user runs it

def test_demo_builds_the_corpus_and_says_it_is_generated(built_demo):
    out = built_demo.stdout
    assert "Serving the sample site on http://127.0.0.1:" in out
    assert "disallowed by robots.txt" in out and "Documents by language: " in out
    assert "GENERATED" in out and "not real news" in out and "diffusion.json" in out
    summary = re.search(r"The demo corpus: (\d+) documents in (\d) languages, from publishers in (\d+) provinces, "
                        r"over (\d+) months", out)
    assert summary, out
    documents, languages, provinces, months = map(int, summary.groups())
    assert documents >= MIN_DOCUMENTS and languages == 4 and provinces >= MIN_PROVINCES and months >= MIN_MONTHS
    conn = sqlite3.connect(built_demo.path)
    assert conn.execute("select count(*) from documents").fetchone()[0] == documents
    for table in ("mentions", "figures", "assignments"):  # every extractor has something to find
        assert conn.execute(f"select count(*) from {table}").fetchone()[0] >= documents // 2, table


def test_the_demo_corpus_follows_the_diffusion_ground_truth(built_demo):
    """Each province's first document citing a tracked decree is dated issue date + lag_days, and a
    province that never takes it up has none; the generator's file is the truth to test against."""
    from crawler.samplesite.papers import diffusion

    spec = diffusion()
    last = date.fromisoformat(spec["window"]["last_day"])
    conn = sqlite3.connect(built_demo.path)
    for decree in spec["decrees"]:
        issued = date.fromisoformat(decree["issued"])
        first = dict(conn.execute(
            "select d.province_code, min(d.published) from mentions m join documents d on d.id = m.document_id "
            "where m.legal_id = ? and d.province_code is not null group by d.province_code", [decree["id"]]))
        for code, entry in decree["provinces"].items():
            day = issued + timedelta(days=entry["lag_days"]) if entry["lag_days"] is not None else None
            expected = day.isoformat() if day and day <= last else None
            assert first.get(code) == expected, (decree["id"], code)


def test_coverage_differs_between_provinces(built_demo):
    result = run_cli("coverage", "--by", "province", "--attribution", "publisher", "--query", "hop tac xa",
                     "--json", db=built_demo.path, check=True)
    rows = [r for r in json.loads(result.stdout)["rows"] if r["total"] and r["key"]]
    shares = {r["key"]: r["share"] for r in rows}
    assert len(shares) >= MIN_PROVINCES
    assert max(shares.values()) - min(shares.values()) >= 0.2, shares
    assert len({r["total"] for r in rows}) >= 5  # papers publish different amounts too


def test_the_example_queries_work(built_demo):
    db = built_demo.path
    vietnamese = json.loads(run_cli("search", "hop tac xa", "--json", db=db, check=True).stdout)
    assert {hit["language"] for hit in vietnamese} >= {"vi"}
    english = json.loads(run_cli("search", "cooperatives", "--lang", "en", "--json", db=db, check=True).stdout)
    assert len(english) >= 5 and {hit["language"] for hit in english} == {"en"}
    mentions = run_cli("mentions", "Decree 178/2024", "--json", db=db, check=True)
    assert len(json.loads(mentions.stdout)["mentions"]) >= 20


def test_a_rerun_adds_nothing(built_demo, tmp_path):
    db = tmp_path / "again.db"
    source, copy = sqlite3.connect(built_demo.path), sqlite3.connect(db)
    source.backup(copy)
    source.close()
    copy.close()
    again = run_cli("demo", db=db, check=True)
    if "127.0.0.1:8765/" in again.stdout and "127.0.0.1:8765/" in built_demo.stdout:  # same port: same URLs
        assert "stored 0 pages" in again.stdout
