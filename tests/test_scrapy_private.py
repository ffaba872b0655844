"""crawler.scrapy_private holds the private names of Scrapy that the crawler relies on; each is
compared here with Scrapy's public behaviour, so that a Scrapy upgrade that changes one fails here."""
from __future__ import annotations

import gzip
import os
from types import SimpleNamespace

import pytest
from scrapy import Spider
from scrapy.core.downloader import Downloader
from scrapy.downloadermiddlewares.httpcompression import HttpCompressionMiddleware
from scrapy.http import Request, Response
from scrapy.pqueues import DownloaderAwarePriorityQueue
from scrapy.squeues import PickleLifoDiskQueue
from scrapy.utils.gz import gunzip
from scrapy.utils.misc import build_from_crawler
from scrapy.utils.test import get_crawler

from crawler.scrapy_private import DecompressionMaxSizeExceeded, slot_folder, zstd


def test_gunzip_raises_the_max_size_error_at_its_limit_and_another_on_a_broken_archive():
    body = gzip.compress(b" " * 100_000)
    assert gunzip(body, max_size=200_000) == b" " * 100_000
    with pytest.raises(DecompressionMaxSizeExceeded):  # Scrapy's own class, not the stand-in
        gunzip(body, max_size=10_000)
    with pytest.raises(Exception) as broken:  # not a bomb: the spider must not take it for one
        gunzip(b"\x1f\x8b\x08\x00 broken", max_size=10_000)
    assert not isinstance(broken.value, DecompressionMaxSizeExceeded)


def test_scrapys_middleware_decodes_what_the_zstd_module_encodes():
    crawler = get_crawler(Spider)
    middleware = HttpCompressionMiddleware.from_crawler(crawler)
    text = "Nghị định 98/2018/NĐ-CP về hợp tác xã".encode("utf-8") * 50
    response = Response("https://bao.example/a", body=zstd.compress(text), headers={"Content-Encoding": "zstd"})
    decoded = middleware.process_response(Request("https://bao.example/a"), response)
    assert decoded.body == text


@pytest.mark.parametrize("url, slot", [
    ("https://bao.example/a?b=1", "bao.example"),             # a plain host
    ("http://127.0.0.1:8123/p/x.html", "127.0.0.1"),          # the test sites' host (the port is not in the slot)
    ("https://báo.example/tin", "xn--bo-mia.example"),       # an IDN host, as the downloader names it
])
def test_the_slot_folder_is_the_one_scrapys_priority_queue_makes(tmp_path, url, slot):
    # Scrapy's downloader-aware queue, given a request, makes the folder of its download slot
    crawler = get_crawler(Spider, {"DOWNLOAD_HANDLERS": {"http": None, "https": None}})
    crawler.engine = SimpleNamespace(downloader=Downloader(crawler))  # the queue asks the downloader for the slot
    queue = build_from_crawler(DownloaderAwarePriorityQueue, crawler, downstream_queue_cls=PickleLifoDiskQueue,
                               key=str(tmp_path))
    queue.push(Request(url))
    assert os.listdir(tmp_path) == [slot_folder(slot)]
    queue.close()
