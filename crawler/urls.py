"""URL normalisation (courlan) and the checks every link passes before it is requested."""
from __future__ import annotations

from urllib.parse import urldefrag, urlsplit

import courlan

SCHEMES = ("http", "https")
# files that are never pages or documents; PDFs are documents and stay in
MEDIA_EXTENSIONS = (
    ".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg", ".ico", ".bmp", ".tif", ".tiff", ".mp3", ".mp4",
    ".m4a", ".avi", ".mov", ".wmv", ".flv", ".webm", ".ogg", ".wav", ".css", ".js", ".json", ".zip",
    ".rar", ".7z", ".gz", ".exe", ".apk", ".dmg", ".woff", ".woff2", ".ttf", ".eot",
)


def normalize(url: str) -> str:
    """The form a URL is stored and compared in: courlan's normalisation (lower-case host, default
    port dropped, tracking parameters removed, query sorted) without the fragment."""
    try:
        normalized = courlan.normalize_url(url)
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
