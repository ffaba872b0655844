"""The sources registry: complete (every 2025 province), well-formed, honest about what is unverified,
and its patterns match their own examples (and not the look-alikes)."""
from __future__ import annotations

import csv
import json
import re

import pytest

from crawler.registry import (
    KINDS, RegistryError, load_registry, load_sources_table, read_registry, registry_path, source_from_entry,
    start_url_source,
)
from crawler.samplesite.generate import sample_source
from crawler.urls import normalize
from tests.conftest import REPO

# the shared reference data sits beside the repository (or beside the worktrees' folder)
PROVINCES_34 = next((p / "shared" / "reference" / "provinces_34_from_2025.csv" for p in (REPO.parent, REPO.parent.parent)
                     if (p / "shared" / "reference" / "provinces_34_from_2025.csv").exists()),
                    REPO.parent / "shared" / "reference" / "provinces_34_from_2025.csv")


@pytest.fixture(scope="module")
def registry():
    return load_registry()


def test_registry_loads_with_unique_ids_and_homepages(registry):
    raw = read_registry()["sources"]
    assert len(registry) == len(raw) >= 60
    homepages = [s.homepage for s in registry.values()]
    assert len(set(homepages)) == len(homepages)


def test_every_2025_province_has_a_provincial_paper(registry):
    if not PROVINCES_34.exists():
        pytest.skip("shared reference data absent")
    codes = {row["code"] for row in csv.DictReader(PROVINCES_34.open(encoding="utf-8"))}
    assert len(codes) == 34
    covered = {s.province_code for s in registry.values() if s.kind == "provincial_press"}
    assert codes - covered == set()
    assert {s.province_code for s in registry.values() if s.province_code} <= codes


@pytest.mark.parametrize("source_id", [
    "baochinhphu", "en-baochinhphu", "chinhphu", "vanban-chinhphu",       # the government portal
    "vietnamplus", "en-vietnamplus", "nhandan", "en-nhandan", "vov", "vovworld",  # national outlets
    "vietnamnews", "lecourrier",                                             # foreign-language national papers
    "vietnamvn-vi", "vietnamvn-en", "vietnamvn-fr", "vietnamvn-sv",          # the aggregator the seeds come from
    "baovinhlong", "baodaklak", "baoninhbinh",                               # provincial papers named in the seeds
])
def test_named_sources_are_present(registry, source_id):
    assert source_id in registry


def test_nothing_unchecked_is_presented_as_verified(registry):
    # compiled offline: no live check was possible, so no entry may claim one
    assert all(not s.verified for s in registry.values())
    assert all(s.notes for s in registry.values())


def test_kinds_and_languages_are_known(registry):
    assert {s.kind for s in registry.values()} <= set(KINDS)
    assert {lang for s in registry.values() for lang in s.languages} == {"vi", "en", "fr", "sv"}


def test_every_source_has_a_way_in(registry):
    for source in registry.values():
        points = source.entry_points()
        assert points["section"] or points["feed"] or points["sitemap"], source.id


def test_article_patterns_match_their_examples(registry):
    sources = [s for s in registry.values() if s.article_examples] + [sample_source("http://127.0.0.1:1")]
    assert len(sources) >= 5
    for source in sources:
        for example in source.article_examples:
            assert source.is_article(example), (source.id, example)


@pytest.mark.parametrize("path, is_article", [
    ("/en/news/government-creates-conditions-for-economic-sectors-20251210.html", True),  # an article
    ("/vi/thoi-su/ket-luan-cua-thu-tuong-tai-dien-dan-kinh-te-hop-tac-20240220.html", True),  # hyphenated section
    ("/en/news/", False),                          # a section page
    ("/topic/cooperatives?page=2", False),         # a paginated listing
    ("/files/thong-bao-2024.pdf", False),          # an attachment, not an article
    ("/en/story/20251203", False),                 # a short redirecting link
])
def test_sample_site_article_pattern(path, is_article):
    assert sample_source("http://127.0.0.1:1").is_article(path) is is_article


@pytest.mark.parametrize("url, is_article", [
    ("https://baochinhphu.vn/phat-trien-kinh-te-tap-the-102251209112307714.htm", True),   # long numeric id
    ("https://baochinhphu.vn/kinh-te.htm", False),                                        # a section
    ("https://baochinhphu.vn/rss/home.rss", False),                                        # its feed
])
def test_government_portal_pattern_and_look_alikes(registry, url, is_article):
    assert registry["baochinhphu"].is_article(url) is is_article


@pytest.mark.parametrize("url, expected", [
    ("http://127.0.0.1:8000/a.html?utm_source=rss&utm_medium=feed", "http://127.0.0.1:8000/a.html"),  # tracking removed
    ("http://127.0.0.1:8000/a.html#comments", "http://127.0.0.1:8000/a.html"),                         # fragment dropped
    ("HTTP://Example.ORG:80/Path", "http://example.org/Path"),                                          # scheme, host, port
    ("http://127.0.0.1:8000/topic/x?page=2", "http://127.0.0.1:8000/topic/x?page=2"),                  # pagination kept
])
def test_url_normalisation(url, expected):
    assert normalize(url) == expected


@pytest.mark.parametrize("entry, message", [
    ({"id": "Bad Id", "name": "x", "homepage": "https://x.vn/", "languages": ["vi"], "kind": "government"}, "lower-case"),
    ({"id": "x", "name": "x", "homepage": "ftp://x.vn/", "languages": ["vi"], "kind": "government"}, "http"),
    ({"id": "x", "name": "x", "homepage": "https://x.vn/", "languages": ["de"], "kind": "government"}, "languages"),
    ({"id": "x", "name": "x", "homepage": "https://x.vn/", "languages": ["vi"], "kind": "blog"}, "kind"),
    ({"id": "x", "name": "x", "homepage": "https://x.vn/", "languages": ["vi"], "kind": "government",
      "article_pattern": "([unclosed"}, "regular expression"),
])
def test_bad_entries_are_refused_with_a_reason(entry, message):
    with pytest.raises(RegistryError, match=message):
        source_from_entry(entry)


@pytest.mark.parametrize("url", ["ftp://127.0.0.1/", "mailto:a@b.vn", "javascript:alert(1)", "/relative"])
def test_start_url_must_be_http(url):
    with pytest.raises(RegistryError):
        start_url_source(url)


def test_start_url_source_stays_on_its_host():
    source = start_url_source("https://baovinhlong.com.vn/kinh-te/")
    assert source.allowed_hosts == ("baovinhlong.com.vn",)
    assert source.extra["start_url_mode"] is True


def test_registry_loads_into_the_sources_table(tmp_path, registry):
    from corpus import open_db

    db = open_db(tmp_path / "c.db")
    assert load_sources_table(db, registry.values()) == len(registry)
    assert load_sources_table(db, registry.values()) == len(registry)  # again: updated, not duplicated
    assert db["sources"].count == len(registry)
    row = db["sources"].get("baovinhlong")
    assert row["province_code"] == "86" and row["verified"] == 0
    assert json.loads(row["discovery"])["sections"] == ["https://baovinhlong.com.vn/"]
    assert re.compile(row["article_pattern"])


def test_registry_file_is_packaged_data():
    assert registry_path().name == "sources.json" and registry_path().parent.name == "data"
