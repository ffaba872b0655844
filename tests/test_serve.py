"""``vnpolicy serve`` end to end: a real server in a subprocess on a free loopback port, driven by
headless Chromium (Debian's chromium and chromedriver, through selenium)."""
from __future__ import annotations

import hashlib
import io
import json
import os
import shutil
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from conftest import REPO, run_cli

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")
# a quiet, isolated browser: no sandbox (containers run as root), no network of its own
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync",
                  "--disable-dev-shm-usage", "--window-size=1280,900"]
DATABASE = "served"  # Datasette names the database after the file


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket() as s:
        s.bind((host, 0))
        return s.getsockname()[1]


def start_server(corpus: Path, *args: str) -> tuple[subprocess.Popen, int]:
    """The server in a subprocess; its output goes to a log file beside the corpus (a pipe nobody
    reads would fill up and stall the server)."""
    port = free_port()
    env = dict(os.environ, PYTHONPATH=str(REPO), PYTHONIOENCODING="utf-8")
    log = open(corpus.with_name(f"serve-{port}.log"), "wb")
    process = subprocess.Popen([sys.executable, "-m", "vnpolicy", "serve", "--db", str(corpus), "--port", str(port), *args],
                               cwd=REPO, env=env, stdout=log, stderr=subprocess.STDOUT)
    process.log_path = Path(log.name)
    log.close()
    return process, port


def wait_until_answering(process: subprocess.Popen, url: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"vnpolicy serve exited {process.returncode}: {process.log_path.read_text()}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.2)
    raise AssertionError(f"vnpolicy serve did not answer {url} within {timeout}s")


def stop(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def served_corpus(seed_corpus, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("serve") / f"{DATABASE}.db"
    source, dest = sqlite3.connect(seed_corpus), sqlite3.connect(path)
    source.backup(dest)
    source.close()
    dest.close()
    return path


@pytest.fixture(scope="module")
def server(served_corpus):
    process, port = start_server(served_corpus)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_answering(process, base + "/-/versions.json")
        yield {"base": base, "port": port, "process": process, "hash": sha256(served_corpus), "path": served_corpus}
    finally:
        stop(process)


def get_json(url: str) -> tuple[int, dict]:
    try:
        with urllib.request.urlopen(url, timeout=20) as response:
            return response.status, json.load(response)
    except urllib.error.HTTPError as error:
        return error.code, json.load(error)


def query_url(base: str, path: str, **params: str) -> str:
    return f"{base}/{path}?{urllib.parse.urlencode(params)}"


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    if not (CHROMIUM and CHROMEDRIVER):
        pytest.skip("chromium and chromedriver are not installed (apt-get install chromium chromium-driver)")
    webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed (pip install selenium)")
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}")
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(60)
    try:
        yield driver
    finally:
        driver.quit()


def result_rows(driver) -> list[dict[str, str]]:
    """The rows of the results table of a Datasette page, as column name → cell text."""
    from selenium.webdriver.common.by import By

    headers = [th.get_attribute("data-column") or th.text.strip()
               for th in driver.find_elements(By.CSS_SELECTOR, "table.rows-and-columns thead th")]
    return [dict(zip(headers, [td.text for td in tr.find_elements(By.CSS_SELECTOR, "td")]))
            for tr in driver.find_elements(By.CSS_SELECTOR, "table.rows-and-columns tbody tr")]


def check_screenshot(png: bytes, width: int, height: int) -> None:
    """A real picture of the page: a PNG of the window's size with many colours, not a blank."""
    from PIL import Image

    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    image = Image.open(io.BytesIO(png)).convert("RGB")
    assert image.size == (width, height)
    colours = image.getcolors(maxcolors=1 << 20)
    assert len(colours) >= 16, f"only {len(colours)} colours: a blank page?"
    background = max(colours)[0]
    assert background < 0.97 * width * height, "almost every pixel has one colour: a blank page?"


def test_search_page_finds_the_vietnamese_seed_without_diacritics(server, browser, tmp_path):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get(f"{server['base']}/{DATABASE}/search_documents")
    box = WebDriverWait(browser, 30).until(ec.presence_of_element_located((By.CSS_SELECTOR, "input[name=q]")))
    box.clear()
    box.send_keys("hop tac xa")
    box.submit()
    WebDriverWait(browser, 30).until(lambda d: "q=hop" in d.current_url and result_rows(d))
    rows = result_rows(browser)
    vietnamese = [r for r in rows if r["language"] == "vi"]
    assert len(vietnamese) == 1, rows
    # the snippet shows the original words, diacritics and all, with the hits highlighted
    assert "hợp tác xã" in vietnamese[0]["snippet"]
    marks = {m.text for m in browser.find_elements(By.CSS_SELECTOR, "td.col-snippet mark")}
    assert {"hợp", "tác", "xã"} <= marks and "«" not in vietnamese[0]["snippet"]
    assert vietnamese[0]["url"].endswith("004_8e664a3fc7f52003.txt")
    width, height = browser.execute_script(
        "return [window.innerWidth * devicePixelRatio, window.innerHeight * devicePixelRatio]")
    png = browser.get_screenshot_as_png()
    (tmp_path / "search.png").write_bytes(png)
    check_screenshot(png, int(width), int(height))


def test_table_search_box_folds_the_query(server, browser):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get(f"{server['base']}/{DATABASE}/documents")
    box = WebDriverWait(browser, 30).until(ec.presence_of_element_located((By.CSS_SELECTOR, "input[name=_search]")))
    # đ has no Unicode decomposition: SQLite's own folding would miss "dinh" for "định"
    box.send_keys("Nghị định")
    box.submit()
    WebDriverWait(browser, 30).until(lambda d: "search_documents?q=" in d.current_url and result_rows(d))
    languages = {r.get("language") for r in result_rows(browser)}
    assert languages == {"vi"}, result_rows(browser)


@pytest.mark.parametrize("search, languages", [
    ("nghi dinh", {"vi"}),            # no diacritics at all
    ("Nghị định", {"vi"}),            # with them (đ included) the result is the same
    ("NGHI ĐINH", {"vi"}),            # case and a lone đ
    ("kooperativ", {"sv"}),           # another language, untouched
    ('"hop tac xa" OR kooperativ', set()),  # OR is a word, not an operator: no document has all three
])
def test_table_search_over_http(server, search, languages):
    status, data = get_json(query_url(server["base"], f"{DATABASE}/documents.json", _search=search, _shape="objects"))
    assert status == 200, data
    assert {r["language"] for r in data["rows"]} == languages


def test_facets_metadata_and_saved_queries(server):
    base = server["base"]
    status, data = get_json(query_url(base, f"{DATABASE}/documents.json", _extra="facet_results"))
    assert status == 200
    facets = data["facet_results"]
    facets = facets.get("results", facets)
    assert {"language", "province_code", "source_id"} <= set(facets)
    assert {v["value"] for v in facets["language"]["results"]} == {"vi", "en", "fr", "sv"}
    status, mentions = get_json(query_url(base, f"{DATABASE}/mentions.json", _extra="facet_results"))
    assert status == 200
    status, metadata = get_json(base + "/-/metadata.json")
    assert metadata["title"] == "vnpolicy corpus" and "publishers" in metadata["license"]
    tables = metadata["databases"][DATABASE]["tables"]
    assert "legal_id" in tables["mentions"]["columns"] and tables["mentions"]["facets"][0] == "type"
    with urllib.request.urlopen(f"{base}/{DATABASE}/documents", timeout=20) as response:
        page = response.read().decode()
    assert "Canonical id" not in page and "used to drop duplicates" in page   # column descriptions shown
    status, database = get_json(f"{base}/{DATABASE}.json")
    names = {q["name"] for q in database["queries"]}
    assert {"search_documents", "mentions_of_legal_document", "documents_per_province", "figures_by_unit",
            "assignments_by_agency", "latest_documents"} <= names


@pytest.mark.parametrize("query, params", [
    ("search_documents", {"q": ""}),                         # an empty search is no error
    ("search_documents", {"q": "***"}),                      # nor one of no words
    ("mentions_of_legal_document", {"ref": "Decree 98/2018"}),
    ("most_cited_legal_documents", {}),
    ("documents_per_province", {}),
    ("documents_per_month", {}),
    ("figures_by_unit", {}),
    ("assignments_by_agency", {}),
    ("latest_documents", {}),
])
def test_every_saved_query_runs(server, query, params):
    status, data = get_json(query_url(server["base"], f"{DATABASE}/{query}.json", **params, _shape="objects"))
    assert status == 200 and data["ok"], data


def test_saved_queries_count_what_sql_counts(server):
    status, data = get_json(query_url(server["base"], f"{DATABASE}/documents_per_province.json", _shape="objects"))
    assert sum(r["documents"] for r in data["rows"]) == 5
    status, data = get_json(query_url(server["base"], f"{DATABASE}/latest_documents.json", _shape="objects"))
    assert len(data["rows"]) == 5


@pytest.mark.parametrize("sql", [
    "delete from documents",
    "update documents set title = 'changed'",
    "insert into sources (id) values ('x')",
    "drop table mentions",
    "select 1; delete from documents",
    "pragma journal_mode = delete",
])
def test_writes_are_refused(server, sql):
    status, data = get_json(query_url(server["base"], f"{DATABASE}.json", sql=sql))
    assert status == 400 and not data["ok"], data
    assert sha256(server["path"]) == server["hash"]


def test_a_write_through_the_sql_page_is_refused(server, browser):
    from selenium.webdriver.common.by import By

    browser.get(query_url(server["base"], DATABASE, sql="update documents set title = 'changed'"))
    assert "Statement must be a SELECT" in browser.find_element(By.TAG_NAME, "body").text
    status, data = get_json(query_url(server["base"], f"{DATABASE}.json", sql="select count(*) as n from documents where title = 'changed'", _shape="objects"))
    assert data["rows"] == [{"n": 0}]
    assert sha256(server["path"]) == server["hash"]


def _listening_addresses(port: int) -> set[str]:
    """Local addresses (hex, as /proc/net/tcp writes them) of sockets listening on ``port``."""
    found = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        if not os.path.exists(table):
            continue
        for line in Path(table).read_text().splitlines()[1:]:
            fields = line.split()
            address, hex_port = fields[1].split(":")
            if int(hex_port, 16) == port and fields[3] == "0A":  # 0A: LISTEN
                found.add(address)
    return found


@pytest.mark.skipif(not os.path.exists("/proc/net/tcp"), reason="reads listening sockets from Linux's /proc/net/tcp")
def test_listens_on_loopback_only(server):
    assert _listening_addresses(server["port"]) == {"0100007F"}  # 127.0.0.1, nothing else


def test_a_public_host_is_warned_about(served_corpus):
    # 192.0.2.1 is a documentation address no machine has: the warning comes, then a clean bind error
    process, port = start_server(served_corpus, "--host", "192.0.2.1")
    try:
        process.wait(timeout=60)
    finally:
        if process.poll() is None:
            stop(process)
    err = process.log_path.read_text()
    assert "warning: listening on 192.0.2.1" in err
    assert process.returncode != 0 and "Traceback" not in err


def test_a_missing_corpus_is_a_one_line_error(tmp_path):
    result = run_cli("serve", "--port", str(free_port()), db=tmp_path / "none.db")
    assert result.returncode != 0
    assert "does not exist" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "none.db").exists()


# -- a readable web UI (corpus/data/datasette/display.json and templates/), looked at in Chromium

INTERNAL_TABLES = {"_sqlite_migrations", "crawl_state", "document_provinces", "document_provinces_done",
                   "facets", "facet_generations", "stories_done", "story_shingles", "agencies_fingerprint",
                   "documents_fts",
                   "documents_fts_recent"}
HIDDEN_DOCUMENT_COLUMNS = {"page_id", "canonical_url", "text_folded", "title_folded", "sha256", "extractor_version",
                           "processed_at"}
# every kind of page a researcher meets, each screenshot in headless Chromium
PAGES = {
    "index": "/",
    "database": f"/{DATABASE}",
    "documents": f"/{DATABASE}/documents",
    "table-search": f"/{DATABASE}/documents?_search=hop+tac+xa",
    "document": f"/{DATABASE}/documents/1",
    "figures": f"/{DATABASE}/figures",
    "figures-by-unit": f"/{DATABASE}/figures_by_unit",
    "mentions-of-a-decree": f"/{DATABASE}/mentions_of_legal_document?ref=Decree+98%2F2018",
    "assignments": f"/{DATABASE}/assignments",
}


@pytest.fixture(scope="module")
def screenshots(tmp_path_factory) -> Path:
    """Where the screenshots go: $VNPOLICY_SCREENSHOTS (to look at them after a run) or a temporary folder."""
    chosen = os.environ.get("VNPOLICY_SCREENSHOTS")
    folder = Path(chosen) if chosen else tmp_path_factory.mktemp("screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def full_page_screenshot(driver, path: Path) -> None:
    """The whole page (up to 3,000 pixels high) as a PNG, checked not to be blank."""
    height = driver.execute_script("return document.body.scrollHeight")
    driver.set_window_size(1280, min(max(height + 120, 900), 3000))
    try:
        width, shown = driver.execute_script(
            "return [window.innerWidth * devicePixelRatio, window.innerHeight * devicePixelRatio]")
        png = driver.get_screenshot_as_png()
        path.write_bytes(png)
        check_screenshot(png, int(width), int(shown))
    finally:
        driver.set_window_size(1280, 900)


@pytest.mark.parametrize("name", list(PAGES))
def test_every_page_renders_and_is_screenshot(server, browser, screenshots, name):
    from selenium.webdriver.common.by import By

    browser.get(server["base"] + PAGES[name])
    assert "Error" not in browser.title and browser.find_elements(By.CSS_SELECTOR, "h1"), browser.page_source[:500]
    full_page_screenshot(browser, screenshots / f"{name}.png")


def test_the_database_page_lists_documents_first_and_hides_internal_tables(server, browser):
    from selenium.webdriver.common.by import By

    browser.get(f"{server['base']}/{DATABASE}")
    tables = [a.text.strip() for a in browser.find_elements(By.CSS_SELECTOR, "h3 a")]
    assert tables[0] == "documents", tables
    assert not INTERNAL_TABLES & set(tables), tables
    assert {"mentions", "figures", "assignments", "sources", "provinces"} <= set(tables)
    browser.get(f"{server['base']}/")
    listed = [a.text.strip() for a in browser.find_elements(By.XPATH, "//h2[a]/following-sibling::p/a")
              if f"/{DATABASE}/" in (a.get_attribute("href") or "")]  # the database's tables, not the description's links
    assert listed and listed[0] == "documents", listed
    assert not INTERNAL_TABLES & set(listed), listed


def test_the_documents_table_is_readable(server, browser):
    from selenium.webdriver.common.by import By

    browser.get(f"{server['base']}/{DATABASE}/documents")
    columns = {th.get_attribute("data-column") for th in browser.find_elements(By.CSS_SELECTOR, "table.rows-and-columns thead th")}
    assert {"title", "language", "published", "source_id", "text"} <= columns
    assert not HIDDEN_DOCUMENT_COLUMNS & columns, columns  # folded copies, hashes, processing columns
    texts = [td.text for td in browser.find_elements(By.CSS_SELECTOR, "table.rows-and-columns td.col-text")]
    full = dict(sqlite3.connect(server["path"]).execute("select id, length(text) from documents"))
    assert texts and all(len(t) <= 260 for t in texts), [len(t) for t in texts]  # a snippet, not the text
    assert max(full.values()) > 1000
    browser.find_element(By.LINK_TEXT, "show every column").click()
    columns = {th.get_attribute("data-column") for th in browser.find_elements(By.CSS_SELECTOR, "table.rows-and-columns thead th")}
    assert HIDDEN_DOCUMENT_COLUMNS <= columns  # still there for whoever wants them
    status, data = get_json(query_url(server["base"], f"{DATABASE}/documents.json", _shape="objects"))
    assert status == 200 and "text_folded" in data["rows"][0]  # the JSON answer is whole
    assert len(data["rows"][0]["text"]) == full[data["rows"][0]["id"]]


def test_a_document_page_shows_the_whole_text(server, browser):
    from selenium.webdriver.common.by import By

    conn = sqlite3.connect(server["path"])
    document_id, length = conn.execute("select id, length(text) from documents order by length(text) desc").fetchone()
    browser.get(f"{server['base']}/{DATABASE}/documents/{document_id}")
    shown = browser.find_element(By.CSS_SELECTOR, "td.col-text").text
    assert len(shown) >= 0.9 * length


def test_a_search_from_the_table_box_is_ranked_with_highlighted_snippets(server, browser):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    from corpus.search import parse_query

    browser.get(f"{server['base']}/{DATABASE}/documents")
    box = browser.find_element(By.CSS_SELECTOR, "input[name=_search]")
    box.send_keys("cooperatives")
    box.submit()
    WebDriverWait(browser, 30).until(lambda d: "search_documents?q=cooperatives" in d.current_url and result_rows(d))
    shown = [int(r["id"]) for r in result_rows(browser)]
    match = parse_query("cooperatives")[0]
    ranked = [r[0] for r in sqlite3.connect(server["path"]).execute(
        "select rowid from documents_fts where documents_fts match ? order by bm25(documents_fts, 3.0, 1.0)", [match])]
    assert shown == ranked and len(shown) >= 2  # by relevance, not by date
    marks = browser.find_elements(By.CSS_SELECTOR, "td.col-snippet mark")
    from nlp.fold import fold

    assert marks and {fold(m.text) for m in marks} == {"cooperatives"}  # coopératives too: diacritics optional
    # sorting on purpose keeps the table page, with its facets
    browser.get(f"{server['base']}/{DATABASE}/documents?_search=cooperatives&_sort=id")
    assert "/documents?" in browser.current_url and result_rows(browser)


@pytest.mark.parametrize("value, shown", [
    (15200000000000.0, "15.2 trillion"),   # not 15200000000000.0
    (2350500000000.0, "2.35 trillion"),
    (3200000000.0, "3.2 billion"),
    (1234567.0, "1.23 million"),
    (35000.0, "35,000"),
    (12.5, "12.5"),
    (3.0, "3"),
])
def test_numbers_are_readable(value, shown):
    from corpus.serve import readable_number

    assert readable_number(value) == shown


def test_figures_are_shown_readably_with_rates_apart(server, browser):
    from selenium.webdriver.common.by import By

    conn = sqlite3.connect(server["path"])
    big = conn.execute("select id, value from figures where value >= 1e9 order by id limit 1").fetchone()
    assert big, "the seeds state sums in billions of dong"
    browser.get(f"{server['base']}/{DATABASE}/figures?id={big[0]}")
    cell = browser.find_element(By.CSS_SELECTOR, "td.col-value")
    assert any(word in cell.text for word in ("billion", "trillion")) and "e+" not in cell.text, cell.text
    assert float(cell.find_element(By.CSS_SELECTOR, "span").get_attribute("title")) == big[1]
    status, data = get_json(query_url(server["base"], f"{DATABASE}/figures_by_unit.json", _shape="objects"))
    assert status == 200
    rates = [r for r in data["rows"] if r["rate_per"]]
    totals = [r for r in data["rows"] if not r["rate_per"]]
    assert totals and all(r["kind"] == "total" for r in totals) and all(r["kind"] == "rate" for r in rates)
    expected_rates = conn.execute("select count(distinct unit || '|' || coalesce(currency, '') || '|' || per) "
                                  "from figures where per is not null").fetchone()[0]
    assert len(rates) == expected_rates  # a rate (VND a year) is never summed into a total
    browser.get(f"{server['base']}/{DATABASE}/figures_by_unit")
    largest = [td.text for td in browser.find_elements(By.CSS_SELECTOR, "td.col-largest")]
    assert largest and not [t for t in largest if "e+" in t or t.endswith(".0")], largest
