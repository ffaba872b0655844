"""Where the sample site's data is: a leaf module that the site's generator (generate) and the
generated outlets (papers) both read, so that neither imports the other for it.

The site's own pages (articles.json, chrome.json, source.json, templates) are the crawler's data
(``crawler/data/sample_site``). The texts of the demo are not: the real seed articles the sample
site's pages are built from and the templates and word data of the generated outlets ship with the
command-line package (``vnpolicy/data/sample`` and ``vnpolicy/data/sample_corpus``), which the
crawler never imports. Whoever serves the site says where they are, once, with
``locate_demo_texts`` (``vnpolicy demo``, the tests' conftest, the crawl benchmark).
"""
from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, NamedTuple

SITE_DATA = "data/sample_site"


class DemoTexts(NamedTuple):
    """The folders of the demo's texts."""

    seeds: Path  # real articles, one .txt each (vnpolicy/data/sample)
    generated: Path  # templates and words of the generated outlets, diffusion.json (vnpolicy/data/sample_corpus)


_located: DemoTexts | None = None


def locate_demo_texts(texts: DemoTexts) -> None:
    """Tell the sample site where the demo's texts are (before it is built)."""
    global _located
    _located = DemoTexts(Path(texts.seeds), Path(texts.generated))


def demo_texts() -> DemoTexts:
    if _located is None:
        raise LookupError("the sample site does not know where the demo's texts are: "
                          "call crawler.samplesite.site_data.locate_demo_texts(...) first")
    return _located


def data_dir() -> Path:
    """The sample site's own data (crawler/data/sample_site)."""
    return Path(str(resources.files("crawler").joinpath(SITE_DATA)))


@lru_cache(maxsize=1)
def site_spec() -> dict[str, Any]:
    return json.loads((data_dir() / "articles.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def chrome_spec() -> dict[str, Any]:
    return json.loads((data_dir() / "chrome.json").read_text(encoding="utf-8"))
