"""The private names of Scrapy that the crawler relies on, in this one module (issue 17: a library's
internals behind one small module, each compared with Scrapy's public behaviour in
tests/test_scrapy_private.py, so that a Scrapy upgrade that moves them fails there, by name).

- ``DecompressionMaxSizeExceeded``: what Scrapy's public ``scrapy.utils.gz.gunzip`` raises when a
  body inflates past ``max_size`` (a ValueError), so that the spider tells a compression bomb from a
  broken archive;
- ``zstd``: the zstd module Scrapy decodes ``Content-Encoding: zstd`` with, so that the hostile test
  site's zstd bombs are streams that Scrapy's own decoder reads;
- ``slot_folder``: the folder that Scrapy's downloader-aware priority queue gives a download slot
  in ``JOBDIR/requests.queue``, so that a resumed crawl's repair finds each slot's queue files.
"""
from __future__ import annotations

try:  # private (scrapy.utils._compression): looked up defensively
    from scrapy.utils._compression import _DecompressionMaxSizeExceeded as DecompressionMaxSizeExceeded
except ImportError:  # pragma: no cover - another Scrapy version
    class DecompressionMaxSizeExceeded(ValueError):  # type: ignore[no-redef]
        """Stands in for Scrapy's own class (never raised by Scrapy then: the test says so)."""

# a Scrapy without it decodes no zstd: the hostile site's zstd bomb then cannot be built, and
# tests/test_scrapy_private.py says so by name
from scrapy.utils._compression import zstd


def slot_folder(slot: str) -> str:
    """The folder name of a download slot's queues (``bao.example`` → ``bao.example-<md5>``)."""
    from scrapy.pqueues import _path_safe

    return _path_safe(slot)


__all__ = ["DecompressionMaxSizeExceeded", "slot_folder", "zstd"]
