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
    # the snippet shows the original words, diacritics and all, with the hits marked
    assert "«hợp» «tác» «xã»" in vietnamese[0]["snippet"]
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
    WebDriverWait(browser, 30).until(lambda d: "_search=" in d.current_url)
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
