"""Hostile HTML at processing time: pages already stored in a real corpus file, processed by the real
``vnpolicy process`` in a subprocess, and the same files through ``vnpolicy ingest``. Each hostile
page is either processed (its text clean) or gets a clear one-line error of its own; the run never
hangs nor blows memory, and the honest pages beside them all become documents."""
from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from crawler.samplesite.hostile import PASSWD_MARK
from tests.conftest import REPO
from tests.processes import tree_rss, wait_measuring
from tests.test_decode import to_cp1258

HONEST_VI = ("Nghị định số 98/2018/NĐ-CP về chính sách khuyến khích phát triển hợp tác xã trong nông nghiệp "
             "được Chính phủ ban hành nhằm hỗ trợ các hợp tác xã tiếp cận vốn và thị trường.")
HONEST_EN = ("The Government issued Decree No. 98/2018/ND-CP on policies to encourage the development of "
             "agricultural cooperatives, with support for credit, training and market access.")
# billion laughs: ten levels of ten, 10^9 copies of "lol" if ever expanded
LAUGHS = "\n".join(['<!ENTITY lol0 "lol">'] + [f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10}">'
                                               for i in range(1, 10)])
# a page of more than spaCy's max_length (1,000,000 characters) in one paragraph: found in pieces
LONG_CHARS = 1_200_000
# the processing run's memory, all its processes together: a billion laughs expanded would need
# gigabytes, a 50 MB page copied in every form a few hundred MB
MAX_TREE_RSS = 1200 * 1024 * 1024


def page(body: str, *, head: str = "", prolog: str = "<!DOCTYPE html>", charset: str = "utf-8") -> str:
    return (f"{prolog}<html lang=\"vi\"><head><meta charset=\"{charset}\"><title>Tin chính sách</title>{head}</head>"
            f"<body><article><h1>Tin chính sách</h1>{body}</article></body></html>")


def paragraphs(text: str, n: int = 3) -> str:
    return "".join(f"<p>{text}</p>" for _ in range(n))


def hostile_pages() -> dict[str, tuple[bytes, str]]:
    """name → (bytes, Content-Type), each with what it tests."""
    honest = paragraphs(HONEST_VI)
    pages = {
        # internal entities nested ten deep in the DOCTYPE: the HTML parser never expands them
        "billion-laughs": (page(honest + "<p>&lol9;</p>", prolog=f"<!DOCTYPE html [\n{LAUGHS}\n]>").encode(), "text/html"),
        # an external entity naming a local file: never read
        "xxe-file": (page(honest + "<p>&xxe;</p>", prolog='<!DOCTYPE html [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>').encode(),
                     "text/html"),
        # 100,000 nested elements around the text: beyond libxml2's depth limit (256)
        "nested-100k": (page("<div>" * 100_000 + honest + "</div>" * 100_000).encode(), "text/html"),
        # 50 MB of text in one element: over [text] max_input_bytes (20 MB)
        "50-mb-element": (page("<p>" + "Chính phủ ban hành nghị định mới. " * (50_000_000 // 40) + "</p>").encode(), "text/html"),
        # 11 MB of text in one element: under max_input_bytes, over libxml2's 10 MB text-node limit
        "11-mb-element": (page("<p>" + "Chính phủ ban hành nghị định mới. " * (11_000_000 // 40) + "</p>").encode(), "text/html"),
        # over a million characters in one paragraph: processed (sentences found in pieces)
        "long-paragraph": (page("<p>" + (HONEST_VI + " ") * (LONG_CHARS // len(HONEST_VI)) + "</p>").encode(), "text/html"),
        # NUL bytes in the body, after the bytes a binary file is recognised by
        "nul-in-body": (page(" " * 9000 + honest + "<p>ký tự\x00rỗng\x00ở giữa câu này, một đoạn văn đủ dài để giữ lại.</p>").encode(),
                        "text/html"),
        # a NUL among the first bytes: read as a binary file
        "nul-at-start": (b"\x00" + page(honest).encode(), "text/html"),
        # lone surrogates as character references (&#xD800;) and as UTF-8-encoded bytes (ED A0 80)
        "surrogate-refs": (page(honest + "<p>một ký tự &#xD800; lẻ và &#56320; nữa trong một đoạn văn đủ dài.</p>").encode(),
                           "text/html"),
        "surrogate-bytes": (page(honest).replace("hợp tác xã trong", "hợp tác xã \udc80 trong", 1)
                            .encode("utf-8", "surrogatepass").replace(b"\xed\xb2\x80", b"\xed\xa0\x80"), "text/html"),
        # a PNG served as text/html
        "png-as-html": (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 64, "text/html; charset=utf-8"),
        # declared windows-1252 (header and meta), bytes in UTF-8
        "declared-1252-is-utf8": (page(honest, charset="windows-1252").encode(), "text/html; charset=windows-1252"),
        # declared UTF-8, bytes in windows-1258 (Vietnamese legacy)
        "declared-utf8-is-1258": (to_cp1258(page(paragraphs("Chính phủ ban hành Nghị định về hợp tác xã nông nghiệp và "
                                                            "phát triển nông thôn."))), "text/html; charset=utf-8"),
    }
    return pages


# what becomes of each: a document whose text holds this, or an error that says this
EXPECTED = {
    "billion-laughs": ("document", "Nghị định số 98/2018/NĐ-CP"),
    "xxe-file": ("document", "Nghị định số 98/2018/NĐ-CP"),
    "nested-100k": ("error", "nested deeper than the HTML parser's limit of 256 elements"),
    "50-mb-element": ("error", "larger than the limit of 20,000,000"),
    "11-mb-element": ("error", "more text in one element than the HTML parser's limit"),
    "long-paragraph": ("document", "Nghị định số 98/2018/NĐ-CP"),
    "nul-in-body": ("document", "Nghị định số 98/2018/NĐ-CP"),
    "nul-at-start": ("error", "binary content, not text or HTML"),
    "surrogate-refs": ("document", "Nghị định số 98/2018/NĐ-CP"),
    "surrogate-bytes": ("document", "Nghị định số 98/2018/NĐ-CP"),
    "png-as-html": ("error", "binary content, not text or HTML"),
    "declared-1252-is-utf8": ("document", "Nghị định số 98/2018/NĐ-CP"),
    "declared-utf8-is-1258": ("document", "Nghị định về hợp tác xã"),
}
# processed the same way whether crawled or ingested, and slow to: tested once, through `process`
SLOW_TO_PROCESS = frozenset({"long-paragraph", "11-mb-element"})
HONEST = {f"honest-{i}": (page(paragraphs(text + f" Bản tin số {i}.")).encode(), "text/html")
          for i, text in enumerate([HONEST_VI, HONEST_EN, HONEST_VI + " " + HONEST_EN])}


def run_watched(*args: str, db: Path, timeout: float = 240) -> tuple[subprocess.CompletedProcess, int]:
    """The real CLI in a subprocess; its result and the peak memory of its process tree."""
    command = [sys.executable, "-m", "vnpolicy", *args, "--db", str(db), "--json"]
    env = dict(os.environ, PYTHONPATH=str(REPO), PYTHONIOENCODING="utf-8")
    process = subprocess.Popen(command, cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    peak = wait_measuring(process, tree_rss, timeout, f"vnpolicy {args[0]}")
    stdout, stderr = process.communicate()
    return subprocess.CompletedProcess(command, process.returncode, stdout.decode("utf-8"), stderr.decode("utf-8")), peak


def outcomes(db: Path, key: str = "url") -> dict[str, tuple[str | None, str | None]]:
    """Per page (by the last part of its URL, without suffix): (document text, processing error)."""
    with sqlite3.connect(db) as conn:
        rows = conn.execute("select p.url, d.text, p.process_error, p.process_version from pages p "
                            "left join documents d on d.page_id = p.id").fetchall()
    assert all(version for _, _, _, version in rows), "a page was left unprocessed"
    return {url.rsplit("/", 1)[-1].removesuffix(".html"): (text, error) for url, text, error, _ in rows}


def check_outcomes(found: dict[str, tuple[str | None, str | None]], left_out: frozenset[str] = frozenset()) -> None:
    for name, (kind, expected) in EXPECTED.items():
        if name in left_out:
            continue
        text, error = found[name]
        if kind == "document":
            assert error is None and text and expected in text, (name, error)
            assert "\x00" not in text and "lollol" not in text and PASSWD_MARK not in text, name
            text.encode("utf-8")  # no lone surrogate reached the corpus
        else:
            assert text is None and error and expected in error, (name, error)
            assert "\n" not in error and len(error) < 300, (name, error)
    for name in HONEST:
        text, error = found[name]
        assert error is None and text and "98/2018" in text, name


@pytest.fixture(scope="module")
def stored(tmp_path_factory) -> Path:
    """A corpus file holding the hostile pages and the honest ones, as a crawl stores them."""
    from corpus import open_db
    from corpus.store import RawPage, store_pages

    db_path = tmp_path_factory.mktemp("hostile-process") / "corpus.db"
    db = open_db(db_path)
    pages = {**HONEST, **hostile_pages()}
    # honest pages on both sides of the hostile ones, in store order (= processing order)
    order = ["honest-0", *hostile_pages(), "honest-1", "honest-2"]
    store_pages(db, [RawPage(url=f"http://127.0.0.1:9/news/{name}.html", content=pages[name][0],
                             content_type=pages[name][1]) for name in order])
    db.conn.close()
    return db_path


def test_process_handles_every_hostile_page_and_keeps_the_others(stored):
    result, peak = run_watched("process", "--workers", "2", db=stored)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    report = json.loads(result.stdout)
    assert report["processed"] == len(EXPECTED) + len(HONEST)
    failed = {entry["url"].rsplit("/", 1)[-1].removesuffix(".html"): entry["reason"] for entry in report["failed"]}
    assert sorted(failed) == sorted(name for name, (kind, _) in EXPECTED.items() if kind == "error")
    check_outcomes(outcomes(stored))
    assert peak < MAX_TREE_RSS, f"{peak / 2**20:.0f} MB"
    # each page's error is final for this extractor version: a rerun has nothing left to do
    rerun, _ = run_watched("process", db=stored)
    assert json.loads(rerun.stdout)["processed"] == 0


def test_ingest_of_hostile_files_lists_each_and_keeps_the_others(tmp_path):
    folder = tmp_path / "files"
    folder.mkdir()
    for name, (data, _) in {**HONEST, **hostile_pages()}.items():
        if name not in SLOW_TO_PROCESS:
            (folder / f"{name}.html").write_bytes(data)
    db = tmp_path / "ingested.db"
    result, peak = run_watched("ingest", str(folder), db=db)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    report = json.loads(result.stdout)
    skipped = {Path(e["path"]).stem: e["reason"] for e in report["ingest"]["skipped"]}
    # ingest refuses what it can tell from the file alone, before storing it
    assert skipped == {"50-mb-element": f"file of {len(hostile_pages()['50-mb-element'][0]):,} bytes is larger than the limit of 20,000,000",
                       "nul-at-start": "binary file, not text, HTML or PDF",
                       "png-as-html": "binary file, not text, HTML or PDF"}
    assert report["ingest"]["stored"] == len(HONEST) + len(EXPECTED) - len(skipped) - len(SLOW_TO_PROCESS)
    found = outcomes(db)
    assert not set(skipped) & set(found)
    for name in skipped:  # judged at processing time instead when stored through a crawl
        found[name] = {"50-mb-element": (None, "larger than the limit of 20,000,000")}.get(
            name, (None, "binary content, not text or HTML"))
    check_outcomes(found, left_out=SLOW_TO_PROCESS)
    assert peak < MAX_TREE_RSS, f"{peak / 2**20:.0f} MB"
