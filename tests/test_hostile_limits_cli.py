"""``vnpolicy crawl --max-listing-pages N --max-nav-pages N``: the command line's trap limits take the
place of the registry's for this run, on the hostile site's endless listing and calendar served on
127.0.0.1 and crawled by the real CLI in a subprocess."""
from __future__ import annotations

import json
from urllib.parse import urlsplit

import pytest

from crawler.samplesite.hostile import HostileServer
from tests.conftest import run_cli

# what the registry entry allows: far more than the flags below, so only the flags can stop the traps
# this early (the traps are endless: without any limit the crawl would never end)
REGISTRY_LIMITS = {"max_depth": 1000, "max_listing_pages": 40, "max_nav_pages": 5000}
TRAPS = ["/list", "/calendar/2025/01/"]


def crawl_traps(tmp_path, *flags: str, traps: list[str] = TRAPS) -> tuple[dict, list[str]]:
    with HostileServer() as server:
        discovery = {"sitemaps": [], "feeds": [], "sections": traps}
        registry = server.site.write_registry(tmp_path / "registry.json", discovery=discovery, **REGISTRY_LIMITS)
        report_file = tmp_path / "report.json"
        run_cli("crawl", "hostile", "--registry", str(registry), "--local-site", "--no-process",
                "--contact", "hostile-tests@example.org", "--report", str(report_file), *flags,
                db=tmp_path / "corpus.db", check=True, timeout=120)
        return json.loads(report_file.read_text(encoding="utf-8")), server.paths()


def test_the_listing_flag_overrides_the_registry_limit_of_a_trap(tmp_path):
    listing_cap = 4
    report, requested = crawl_traps(tmp_path, "--max-listing-pages", str(listing_cap), traps=["/list"])
    listing = [p for p in requested if p.startswith("/list")]
    # the listing stops at its own cap (page 1 plus three "next" hops), not the registry's 40
    assert len(listing) == listing_cap
    beyond = report["skipped"]["listing pages of one section beyond max_listing_pages"]["urls"]
    assert [urlsplit(u).query for u in beyond] == [f"page={listing_cap + 1}"]
    assert report["finish_reason"] == "finished"


def test_the_nav_flag_overrides_the_registry_limit_of_two_traps(tmp_path):
    listing_cap, nav_cap = 4, 12
    report, requested = crawl_traps(tmp_path, "--max-listing-pages", str(listing_cap), "--max-nav-pages", str(nav_cap))
    listing = [p for p in requested if p.startswith("/list")]
    calendar = [p for p in requested if p.startswith("/calendar/")]
    # which trap reaches the shared budget first depends on the order responses come back, so only
    # the listing's ceiling is fixed here; the sum is fixed whatever the order: the entry points are
    # always fetched and every navigation page found on the way counts against the one budget
    assert 1 <= len(listing) <= listing_cap
    assert len(listing) + len(calendar) == len(TRAPS) + nav_cap
    assert report["skipped"]["navigation pages of the source beyond max_nav_pages (crawl trap?)"]["count"] >= 1
    assert report["finish_reason"] == "finished"


def test_without_the_flags_the_registry_limit_holds(tmp_path):
    """The contrast: the same registry and a listing cap given only there (set low in the registry
    for a quick run), so the value the flags replaced is the one in force without them."""
    with HostileServer() as server:
        registry = server.site.write_registry(tmp_path / "registry.json", discovery={"sitemaps": [], "feeds": [],
                                              "sections": ["/list"]}, max_depth=1000, max_listing_pages=7)
        report_file = tmp_path / "report.json"
        run_cli("crawl", "hostile", "--registry", str(registry), "--local-site", "--no-process",
                "--contact", "hostile-tests@example.org", "--report", str(report_file),
                db=tmp_path / "corpus.db", check=True, timeout=120)
        assert server.count("/list") == 7
        server.requests.clear()
        run_cli("crawl", "hostile", "--registry", str(registry), "--local-site", "--no-process",
                "--contact", "hostile-tests@example.org", "--max-listing-pages", "2",
                db=tmp_path / "corpus.db", check=True, timeout=120)
        assert server.count("/list") == 2


@pytest.mark.parametrize("flag, value", [
    ("--max-listing-pages", "0"),   # no listing at all is no crawl: at least one page
    ("--max-nav-pages", "-3"),      # negative
    ("--max-nav-pages", "many"),    # not a number
])
def test_a_bad_limit_is_refused_in_one_line(tmp_path, flag, value):
    result = run_cli("crawl", "baochinhphu", flag, value, db=tmp_path / "c.db")
    assert result.returncode == 2
    assert flag in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "c.db").exists()
