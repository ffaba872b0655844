"""The sources registry (``crawler/data/sources.json``): what to crawl and how to find its articles.

Each source says where to start (sitemaps, feeds, section pages), which URLs are articles, which
are attachments (PDF notices) and which navigation pages to follow. Nothing about a site lives in
the spider: it reads a :class:`Source`.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Iterable
from urllib.parse import urljoin, urlsplit

from nlp import languages as registered_languages

KINDS = ("government", "party", "national_press", "provincial_press", "aggregator", "other")
LANGUAGES = registered_languages.codes()  # the languages of nlp/lang/ (nlp/languages.py)
REGISTRY = "data/sources.json"


class RegistryError(Exception):
    """A registry entry that cannot be used; the message is one line."""


@dataclass(frozen=True)
class Source:
    id: str
    name: str
    homepage: str
    languages: tuple[str, ...]
    kind: str
    province_code: str | None = None
    sitemaps: tuple[str, ...] = ()
    feeds: tuple[str, ...] = ()
    sections: tuple[str, ...] = ()
    article_pattern: str = ""
    follow_pattern: str | None = None
    attachment_pattern: str | None = None
    pagination_xpath: str = ""
    listing_date_xpath: str = ""
    robots_sitemaps: bool = True
    feeds_from_pages: bool = True
    max_depth: int = 3
    # limits against crawl traps (endless pagination, calendars): "next page" hops followed from one
    # section, and navigation pages (sections, listings, feeds, sitemaps found on the way) per run
    max_listing_pages: int = 50
    max_nav_pages: int = 5000
    hosts: tuple[str, ...] = ()
    verified: bool = False
    notes: str = ""
    article_examples: tuple[str, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    # -- derived
    @property
    def host(self) -> str:
        return urlsplit(self.homepage).hostname or ""

    @property
    def allowed_hosts(self) -> tuple[str, ...]:
        hosts = {self.host, *self.hosts}
        for url in (*self.sitemaps, *self.feeds, *self.sections):
            hosts.add(urlsplit(url).hostname or "")
        return tuple(sorted(h for h in hosts if h))

    def entry_points(self) -> dict[str, tuple[str, ...]]:
        """Absolute URLs to start from, by kind (relative ones are resolved against the homepage)."""
        absolute = lambda urls: tuple(urljoin(self.homepage, u) for u in urls)  # noqa: E731
        return {"sitemap": absolute(self.sitemaps), "feed": absolute(self.feeds),
                "section": absolute(self.sections or (self.homepage,))}

    @lru_cache(maxsize=None)
    def _compiled(self, pattern: str | None) -> re.Pattern[str] | None:
        return re.compile(pattern) if pattern else None

    @staticmethod
    def _target(url: str) -> str:
        parts = urlsplit(url)
        return parts.path + (("?" + parts.query) if parts.query else "")

    def is_article(self, url: str) -> bool:
        pattern = self._compiled(self.article_pattern)
        return bool(pattern and pattern.search(self._target(url)))

    def is_attachment(self, url: str) -> bool:
        pattern = self._compiled(self.attachment_pattern)
        return bool(pattern and pattern.search(urlsplit(url).path.lower()))

    def is_followed(self, url: str) -> bool:
        pattern = self._compiled(self.follow_pattern)
        return bool(pattern and pattern.search(self._target(url)))

    def row(self) -> dict[str, Any]:
        """The row of the ``sources`` table."""
        return {
            "id": self.id, "name": self.name, "homepage": self.homepage,
            "languages": json.dumps(list(self.languages)), "province_code": self.province_code,
            "kind": self.kind,
            "discovery": json.dumps({"sitemaps": list(self.sitemaps), "feeds": list(self.feeds),
                                     "sections": list(self.sections)}, ensure_ascii=False),
            "article_pattern": self.article_pattern, "verified": int(self.verified), "notes": self.notes,
        }


def _validate_pattern(source_id: str, key: str, pattern: str | None) -> None:
    if pattern is None:
        return
    try:
        re.compile(pattern)
    except re.error as exc:
        raise RegistryError(f"source {source_id}: {key} is not a valid regular expression: {exc}") from None


def source_from_entry(entry: dict[str, Any], defaults: dict[str, Any] | None = None) -> Source:
    """A Source from one registry entry, checked; keys it lacks come from ``defaults``."""
    merged = dict(defaults or {})
    merged.update({k: v for k, v in entry.items() if k != "discovery"})
    discovery = {**(defaults or {}).get("discovery", {}), **entry.get("discovery", {})}
    source_id = merged.get("id")
    if not source_id or not re.fullmatch(r"[a-z0-9][a-z0-9-]*", str(source_id)):
        raise RegistryError(f"source id {source_id!r} must be lower-case letters, digits and hyphens")
    for key in ("name", "homepage", "languages", "kind"):
        if not merged.get(key):
            raise RegistryError(f"source {source_id}: missing {key}")
    if urlsplit(merged["homepage"]).scheme not in ("http", "https"):
        raise RegistryError(f"source {source_id}: homepage must be an http(s) URL")
    if merged["kind"] not in KINDS:
        raise RegistryError(f"source {source_id}: kind {merged['kind']!r} is not one of {', '.join(KINDS)}")
    unknown = [lang for lang in merged["languages"] if lang not in LANGUAGES]
    if unknown:
        raise RegistryError(f"source {source_id}: unsupported languages {unknown}")
    for key in ("article_pattern", "follow_pattern", "attachment_pattern"):
        _validate_pattern(source_id, key, merged.get(key))
    known = {f for f in Source.__dataclass_fields__}
    return Source(
        id=source_id, name=merged["name"], homepage=merged["homepage"],
        languages=tuple(merged["languages"]), kind=merged["kind"],
        province_code=merged.get("province_code"),
        sitemaps=tuple(discovery.get("sitemaps", ())), feeds=tuple(discovery.get("feeds", ())),
        sections=tuple(discovery.get("sections", ())),
        article_pattern=merged.get("article_pattern") or "",
        follow_pattern=merged.get("follow_pattern"),
        attachment_pattern=merged.get("attachment_pattern"),
        pagination_xpath=merged.get("pagination_xpath") or "",
        listing_date_xpath=merged.get("listing_date_xpath") or "",
        robots_sitemaps=bool(merged.get("robots_sitemaps", True)),
        feeds_from_pages=bool(merged.get("feeds_from_pages", True)),
        max_depth=int(merged.get("max_depth", 3)),
        max_listing_pages=int(merged.get("max_listing_pages", 50)),
        max_nav_pages=int(merged.get("max_nav_pages", 5000)),
        hosts=tuple(merged.get("hosts", ())),
        verified=bool(merged.get("verified", False)),
        notes=merged.get("notes", ""),
        article_examples=tuple(merged.get("article_examples", ())),
        extra={k: v for k, v in merged.items() if k not in known and not k.startswith("_")},
    )


def registry_path() -> Path:
    return Path(str(resources.files("crawler").joinpath(REGISTRY)))


def read_registry(path: str | Path | None = None) -> dict[str, Any]:
    target = Path(path) if path else registry_path()
    try:
        return json.loads(target.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise RegistryError(f"cannot read the sources registry {target}: {exc}") from None


def load_registry(path: str | Path | None = None) -> dict[str, Source]:
    """Every source of the registry by id, checked (unique ids)."""
    data = read_registry(path)
    defaults = data.get("defaults", {})
    sources: dict[str, Source] = {}
    for entry in data.get("sources", []):
        source = source_from_entry(entry, defaults)
        if source.id in sources:
            raise RegistryError(f"source id {source.id} appears twice in the registry")
        sources[source.id] = source
    return sources


def registry_defaults(path: str | Path | None = None) -> dict[str, Any]:
    return read_registry(path).get("defaults", {})


def select_sources(ids: Iterable[str], path: str | Path | None = None) -> list[Source]:
    registry = load_registry(path)
    chosen = []
    for source_id in ids:
        if source_id not in registry:
            raise RegistryError(f"no source {source_id!r} in the registry (see crawler/data/sources.json)")
        chosen.append(registry[source_id])
    return chosen


def start_url_source(url: str, defaults: dict[str, Any] | None = None) -> Source:
    """A source for one site that is not in the registry: its host, any link on it, its feeds and
    the sitemaps its robots.txt names. Any same-host page that looks like an article is kept."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise RegistryError(f"--start-url must be an http(s) URL, not {url!r}")
    defaults = dict(defaults if defaults is not None else registry_defaults())
    entry = {
        "id": "site-" + re.sub(r"[^a-z0-9]+", "-", parts.hostname.lower()).strip("-"),
        "name": parts.hostname, "homepage": url, "languages": list(LANGUAGES), "kind": "other",
        "discovery": {"sections": [url]},
        "follow_pattern": "", "verified": False, "notes": "crawled from --start-url; not in the registry",
        "start_url_mode": True,
    }
    return source_from_entry(entry, defaults)


def load_sources_table(db, sources: Iterable[Source]) -> int:
    """Insert or update the given sources in the corpus ``sources`` table; returns how many."""
    from crawler.dbwrite import write_transaction

    rows = [s.row() for s in sources]
    with write_transaction(db):
        db["sources"].upsert_all(rows, pk="id", alter=True)
    return len(rows)
