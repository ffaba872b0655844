"""URL normalisation (courlan) and the checks every link passes before it is requested."""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from urllib.parse import unquote_plus, urldefrag, urlsplit, urlunsplit

import courlan

SCHEMES = ("http", "https")
# files that are never pages or documents; PDFs are documents and stay in
MEDIA_EXTENSIONS = (
    ".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg", ".ico", ".bmp", ".tif", ".tiff", ".mp3", ".mp4",
    ".m4a", ".avi", ".mov", ".wmv", ".flv", ".webm", ".ogg", ".wav", ".css", ".js", ".json", ".zip",
    ".rar", ".7z", ".gz", ".exe", ".apk", ".dmg", ".woff", ".woff2", ".ttf", ".eot",
)


@lru_cache(maxsize=1)
def session_params() -> frozenset[str]:
    """Names of the parameters that carry a session (crawler/data/session_params.txt)."""
    text = resources.files("crawler").joinpath("data/session_params.txt").read_text(encoding="utf-8")
    return frozenset(line.strip().lower() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def _path_session(names: frozenset[str]) -> re.Pattern[str]:
    return re.compile(r";(?:" + "|".join(map(re.escape, sorted(names))) + r")=[^/?#;]*", re.IGNORECASE)


def strip_session(url: str) -> str:
    """``url`` without session parameters, in the query (``?sid=…``) or the path (``;jsessionid=…``);
    the other parameters keep their order and spelling."""
    names = session_params()
    parts = urlsplit(_path_session(names).sub("", url))
    if parts.query:
        kept = [p for p in parts.query.split("&") if unquote_plus(p.partition("=")[0]).lower() not in names]
        parts = parts._replace(query="&".join(kept))
    return urlunsplit(parts)


def normalize(url: str) -> str:
    """The form a URL is stored and compared in: courlan's normalisation (lower-case host, default
    port dropped, tracking parameters removed, query sorted) without the fragment, and without
    session parameters (a site that puts a fresh session id into every link must not look endless)."""
    try:
        normalized = courlan.normalize_url(strip_session(url))
    except (ValueError, AttributeError):  # courlan raises on URLs it cannot parse; keep them as given
        normalized = url
    return urldefrag(normalized)[0]


def is_http(url: str) -> bool:
    return urlsplit(url).scheme.lower() in SCHEMES


def host_of(url: str) -> str:
    return (urlsplit(url).hostname or "").lower()


def host_allowed(url: str, hosts: tuple[str, ...] | set[str]) -> bool:
    host = host_of(url)
    return bool(host) and host in hosts


def is_media(url: str) -> bool:
    return urlsplit(url).path.lower().endswith(MEDIA_EXTENSIONS)


def why_not_crawlable(url: str) -> str | None:
    """A reason to leave a same-site link alone (login, feeds of comments, …), from courlan."""
    if courlan.is_not_crawlable(url):
        return "not crawlable (login, account or similar)"
    return None
