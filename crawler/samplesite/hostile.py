"""A hostile news site on 127.0.0.1: a few honest articles among pages built to hurt a crawler.

Beside the bundled sample site (whose pages other tests count), this site serves, generated on the fly:

- feeds and sitemaps that declare XML entities: billion laughs (nested internal entities), external
  entities reading ``file:///etc/passwd`` or an URL of this server (``/xxe/…``, which no crawler may
  ever request), an external parameter entity;
- compression bombs: an article sent with ``Content-Encoding: gzip`` and a ``.xml.gz`` sitemap, both
  inflating to ``BOMB_BYTES``; the same article in every other encoding Scrapy decodes (``br``,
  ``zstd``, ``deflate``) and a sitemap sent with ``Content-Encoding: br``; an article compressed with
  an encoding no crawler decodes (``xz``);
- endless pagination traps: ``/list?page=N`` for every N (``rel=next``), a calendar whose "next
  month" never ends, a page that links to itself with a new session id each time (``?sid=…``) and a
  relative link that grows the path by one segment per hop (``/deep/a/a/a/…``);
- a feed and a sitemap declaring harmless internal entities as some CMSs emit (``&nbsp;``, and one
  standing for the start of every link), served apart (``entity_documents``) and linking to articles
  found nowhere else, so that a test sees them read with the entities expanded;
- a sitemap index that names the next sitemap index, for ever (``/sitemap-index-N.xml``);
- a redirect chain of fresh URLs that never ends (``/r/1`` → ``/r/2`` → …);
- links with schemes that are not HTTP (``javascript:``, ``mailto:``, ``file:``, ``ftp:``, ``data:``).

Every request is logged, so a test can check what the crawler asked for and what it never did.
"""
from __future__ import annotations

import gzip
import json
import lzma
import zlib
import threading
import uuid
from dataclasses import dataclass, field
from functools import lru_cache
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

HOST = "127.0.0.1"
# how far each bomb inflates: a hundred times the crawler's page-size limit (10 MB)
BOMB_BYTES = 1 << 30
_BOMB_MEMBER_BYTES = 8 << 20
# a line of /etc/passwd that must never reach a stored page or document
PASSWD_MARK = "root:x:0:0"

ARTICLES = [
    ("cooperatives-gain-new-members-20250110", "Cooperatives gain new members",
     "The provincial cooperative alliance reported that more than 1,200 households joined agricultural "
     "cooperatives in the first quarter. Officials said the new members will receive training in "
     "bookkeeping and digital sales."),
    ("rice-exports-rise-in-january-20250201", "Rice exports rise in January",
     "Rice exports rose by 12 percent in January compared with the same month last year, according to "
     "the customs office. Traders expect demand from the Philippines to remain strong."),
    ("new-rules-for-public-investment-20250305", "New rules for public investment",
     "The Government issued new rules on the disbursement of public investment capital. Ministries must "
     "report monthly on the progress of their projects and explain any delay."),
    ("provinces-merge-administrative-units-20250412", "Provinces merge administrative units",
     "Several provinces began merging commune-level administrative units. The Ministry of Home Affairs "
     "will guide localities on staffing and on the handling of public assets."),
]
ARTICLE_PATH = "/news/{slug}.html"
BOMB_ARTICLE = "/news/compressed-bomb-20250101.html"
# the same bomb in the other encodings Scrapy's HttpCompressionMiddleware decodes
ENCODED_BOMB_ARTICLES = {"br": "/news/compressed-bomb-br-20250101.html",
                         "zstd": "/news/compressed-bomb-zstd-20250101.html",
                         "deflate": "/news/compressed-bomb-deflate-20250101.html"}
ENCODED_BOMB_SITEMAP = "/sitemap-bomb-br.xml"
# an article compressed with an encoding that no crawler decodes (xz is no HTTP content coding)
UNDECODABLE_ARTICLE = "/news/unknown-encoding-20250101.html"
ENDLESS_REDIRECT = "/news/endless-redirect-20250101.html"
NON_HTTP_LINKS = ("javascript:alert(document.cookie)", "mailto:editor@example.org", "file:///etc/passwd",
                  "ftp://127.0.0.1/pub/", "data:text/html;base64,PGgxPnBpcmF0ZTwvaDE+", "tel:+842400000000")


# articles linked only from the feed and the sitemap that declare harmless internal entities
ENTITY_ARTICLES = {
    "/news/from-the-entity-feed-20250115.html": ("Farmers receive new seed varieties",
                                                 "The agriculture department handed out new rice seed varieties to 300 households."),
    "/news/from-the-entity-sitemap-20250116.html": ("Border gate reopens after repairs",
                                                    "The border gate reopened after two months of repairs to its customs station."),
}


def article_paths() -> list[str]:
    return [ARTICLE_PATH.format(slug=slug) for slug, _, _ in ARTICLES]


def _page(title: str, body: str) -> bytes:
    return (f"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{title}</title></head>"
            f"<body>{body}</body></html>").encode("utf-8")


def _article(title: str, text: str) -> bytes:
    paragraphs = "".join(f"<p>{text}</p>" for _ in range(3))
    return _page(title, f"<article><h1>{title}</h1><time datetime=\"2025-01-10\">10 January 2025</time>"
                        f"{paragraphs}</article><a href=\"/\">Home</a>")


def _links(paths: list[str]) -> str:
    return "<ul>" + "".join(f"<li><a href=\"{p}\">{p}</a></li>" for p in paths) + "</ul>"


@lru_cache(maxsize=4)
def gzip_bomb(prefix: bytes, size: int = BOMB_BYTES) -> bytes:
    """A gzip stream of ``prefix`` followed by spaces up to ``size`` bytes once inflated: one member
    compressed once and repeated (readers inflate gzip members one after another), about 1 KB on
    the wire per 1 MB inflated."""
    filler = gzip.compress(b" " * _BOMB_MEMBER_BYTES, compresslevel=9, mtime=0)
    return gzip.compress(prefix, mtime=0) + filler * max(1, (size - len(prefix)) // _BOMB_MEMBER_BYTES)


@lru_cache(maxsize=4)
def brotli_bomb(prefix: bytes, size: int = BOMB_BYTES) -> bytes:
    """A brotli stream of ``prefix`` then spaces up to ``size`` bytes (about 200 KB per GiB), fed to
    the compressor in chunks so that building it needs no ``size`` bytes of memory."""
    import brotli

    compressor = brotli.Compressor(quality=1, lgwin=24)
    parts = [compressor.process(prefix)]
    filler = b" " * _BOMB_MEMBER_BYTES
    parts += [compressor.process(filler) for _ in range(max(1, (size - len(prefix)) // _BOMB_MEMBER_BYTES))]
    return b"".join(parts) + compressor.finish()


@lru_cache(maxsize=4)
def zstd_bomb(prefix: bytes, size: int = BOMB_BYTES) -> bytes:
    """A zstd stream of ``prefix`` then spaces up to ``size`` bytes: one frame compressed once and
    repeated (readers decode the frames of a stream one after another)."""
    from crawler.scrapy_private import zstd  # the zstd module Scrapy itself decodes with

    filler = zstd.compress(b" " * _BOMB_MEMBER_BYTES)
    return zstd.compress(prefix) + filler * max(1, (size - len(prefix)) // _BOMB_MEMBER_BYTES)


@lru_cache(maxsize=4)
def deflate_bomb(prefix: bytes, size: int = BOMB_BYTES) -> bytes:
    """One valid zlib (``Content-Encoding: deflate``) stream of ``prefix`` then spaces up to
    ``size`` bytes. After a full flush the compressor forgets what came before, so the block for
    one chunk of spaces is the same each time: compressed once and repeated; the checksum at the
    end is computed over what the stream really inflates to."""
    compressor = zlib.compressobj(9)
    head = compressor.compress(prefix) + compressor.flush(zlib.Z_FULL_FLUSH)
    filler = b" " * _BOMB_MEMBER_BYTES
    block = compressor.compress(filler) + compressor.flush(zlib.Z_FULL_FLUSH)
    repeats = max(1, (size - len(prefix)) // _BOMB_MEMBER_BYTES)
    checksum = zlib.adler32(prefix)
    for _ in range(repeats):
        checksum = zlib.adler32(filler, checksum)
    tail = compressor.flush(zlib.Z_FINISH)[:-4] + checksum.to_bytes(4, "big")
    return head + block * repeats + tail


ENCODERS = {"br": brotli_bomb, "zstd": zstd_bomb, "deflate": deflate_bomb}


@dataclass
class HostileSite:
    base: str

    def url(self, path: str) -> str:
        return self.base + path

    # -- XML that declares entities
    def laughs(self, root: str) -> str:
        """Billion laughs: ten levels of ten, 10^9 copies of "lol" if expanded."""
        levels = ['<!ENTITY lol0 "lol">'] + [
            f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10}">' for i in range(1, 10)]
        return f'<?xml version="1.0"?>\n<!DOCTYPE {root} [\n' + "\n".join(levels) + "\n]>\n"

    def xxe(self, root: str, target: str) -> str:
        return f'<?xml version="1.0"?>\n<!DOCTYPE {root} [<!ENTITY xxe SYSTEM "{target}">]>\n'

    def parameter_xxe(self, root: str) -> str:
        return (f'<?xml version="1.0"?>\n<!DOCTYPE {root} [<!ENTITY % remote SYSTEM "{self.url("/xxe/parameter.dtd")}">'
                f"%remote;]>\n")

    def rss(self, prolog: str, entity: str | None) -> bytes:
        """An RSS feed listing the real articles, plus one item made of ``&entity;``."""
        items = "".join(f"<item><title>{title}</title><link>{self.url(ARTICLE_PATH.format(slug=slug))}</link>"
                        f"<pubDate>Fri, 10 Jan 2025 08:00:00 +0700</pubDate></item>"
                        for slug, title, _ in ARTICLES)
        if entity:
            items += (f"<item><title>&{entity};</title><link>{self.url('/news/')}&{entity};-20250101.html</link>"
                      f"<description>&{entity};</description></item>")
        return (prolog + f"<rss version=\"2.0\"><channel><title>Hostile news</title><link>{self.base}/</link>"
                f"{items}</channel></rss>").encode("utf-8")

    def atom(self, prolog: str, entity: str) -> bytes:
        entries = "".join(f"<entry><title>{title}</title><link href=\"{self.url(ARTICLE_PATH.format(slug=slug))}\"/>"
                          f"<updated>2025-01-10T08:00:00+07:00</updated></entry>" for slug, title, _ in ARTICLES)
        entries += f"<entry><title>&{entity};</title><link href=\"{self.url('/news/')}&{entity};\"/></entry>"
        return (prolog + f"<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Hostile news</title>{entries}</feed>"
                ).encode("utf-8")

    def sitemap_body(self, entity: str | None = None) -> str:
        urls = "".join(f"<url><loc>{self.url(p)}</loc><lastmod>2025-01-10</lastmod></url>" for p in article_paths())
        if entity:
            urls += f"<url><loc>{self.url('/news/')}&{entity};-20250101.html</loc></url>"
        return f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'

    def sitemap(self, prolog: str = '<?xml version="1.0"?>\n', entity: str | None = None) -> bytes:
        return (prolog + self.sitemap_body(entity)).encode("utf-8")

    # -- the XML documents, by path
    def xml_documents(self) -> dict[str, tuple[str, bytes]]:
        rss, atom, xml = "application/rss+xml", "application/atom+xml", "application/xml"
        return {
            "/feed.rss": (rss, self.rss('<?xml version="1.0"?>\n', None)),
            "/feed-laughs.rss": (rss, self.rss(self.laughs("rss"), "lol9")),
            "/feed-xxe-file.rss": (rss, self.rss(self.xxe("rss", "file:///etc/passwd"), "xxe")),
            "/feed-xxe-http.atom": (atom, self.atom(self.xxe("feed", self.url("/xxe/atom-entity")), "xxe")),
            "/feed-xxe-parameter.rss": (rss, self.rss(self.parameter_xxe("rss"), None)),
            "/sitemap.xml": (xml, self.sitemap()),
            "/sitemap-laughs.xml": (xml, self.sitemap(self.laughs("urlset"), "lol9")),
            "/sitemap-xxe-file.xml": (xml, self.sitemap(self.xxe("urlset", "file:///etc/passwd"), "xxe")),
            "/sitemap-xxe-http.xml": (xml, self.sitemap(self.xxe("urlset", self.url("/xxe/sitemap-entity")), "xxe")),
        }

    def entity_documents(self) -> dict[str, tuple[str, bytes]]:
        """A feed and a sitemap that declare harmless internal entities: a character (``&nbsp;``,
        ``&mdash;``) and ``&news;`` for the start of every link, which must be expanded for the
        links to lead anywhere."""
        news = self.url("/news")
        feed_path, sitemap_path = ENTITY_ARTICLES
        prolog = (f'<?xml version="1.0"?>\n<!DOCTYPE {{root}} [<!ENTITY nbsp "&#160;"><!ENTITY mdash "&#8212;">'
                  f'<!ENTITY news "{news}">]>\n')
        title = ENTITY_ARTICLES[feed_path][0].replace(" ", "&nbsp;", 1)
        rss = (prolog.format(root="rss") + f"<rss version=\"2.0\"><channel><title>Entities&nbsp;&mdash; news</title>"
               f"<item><title>{title}</title><link>&news;{feed_path.removeprefix('/news')}</link>"
               f"<pubDate>Wed, 15 Jan 2025 08:00:00 +0700</pubDate></item></channel></rss>")
        sitemap = (prolog.format(root="urlset") + '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                   f"<url><loc>&news;{sitemap_path.removeprefix('/news')}</loc><lastmod>2025-01-16</lastmod></url></urlset>")
        return {"/feed-entities.rss": ("application/rss+xml", rss.encode()),
                "/sitemap-entities.xml": ("application/xml", sitemap.encode())}

    def refused_feeds(self) -> list[str]:
        return ["/feed-laughs.rss", "/feed-xxe-file.rss", "/feed-xxe-http.atom", "/feed-xxe-parameter.rss"]

    def refused_sitemaps(self) -> list[str]:
        return ["/sitemap-laughs.xml", "/sitemap-xxe-file.xml", "/sitemap-xxe-http.xml"]

    # -- the registry entry
    def source_entry(self, **overrides: Any) -> dict[str, Any]:
        docs = self.xml_documents()
        entry = {
            "id": "hostile", "name": "Hostile news (test site)", "homepage": self.base + "/",
            "languages": ["en"], "kind": "other", "province_code": None,
            "discovery": {
                "sitemaps": [p for p in docs if p.startswith("/sitemap")] + ["/sitemap-bomb.xml.gz", ENCODED_BOMB_SITEMAP,
                                                                            "/sitemap-index-1.xml"],
                "feeds": [p for p in docs if p.startswith("/feed")],
                "sections": ["/", "/list", "/calendar/2025/01/", "/browse?sid=start", "/deep/"],
            },
            "article_pattern": r"^/news/[a-z0-9-]+-\d{8}\.html$",
            "follow_pattern": r"^/(list|browse|calendar/\d+/\d+/|deep/(a/)*)(\?.*)?$",
            "robots_sitemaps": False,
            "feeds_from_pages": False,
            "verified": True,
            "notes": "crawler.samplesite.hostile, served on 127.0.0.1 by the tests",
        }
        entry.update(overrides)
        return entry

    def write_registry(self, path: str | Path, **overrides: Any) -> Path:
        from crawler.registry import read_registry

        target = Path(path)
        target.write_text(json.dumps({"defaults": read_registry()["defaults"], "sources": [self.source_entry(**overrides)]},
                                     ensure_ascii=False), encoding="utf-8")
        return target


@dataclass
class Logged:
    path: str
    status: int


@dataclass
class HostileServer:
    """``with HostileServer() as server: server.site.base`` — the hostile site on a free port."""

    bomb_bytes: int = BOMB_BYTES
    requests: list[Logged] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._lock = threading.Lock()
        self._httpd = ThreadingHTTPServer((HOST, 0), self._handler_class())
        self._httpd.daemon_threads = True
        self.site = HostileSite(f"http://{HOST}:{self._httpd.server_address[1]}")
        self._documents = {**self.site.xml_documents(), **self.site.entity_documents()}
        self._articles = {ARTICLE_PATH.format(slug=slug): (title, text) for slug, title, text in ARTICLES}
        self._articles.update(ENTITY_ARTICLES)

    def __enter__(self) -> "HostileServer":
        threading.Thread(target=self._httpd.serve_forever, name="hostile-site", daemon=True).start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()

    def paths(self) -> list[str]:
        with self._lock:
            return [r.path for r in self.requests]

    def count(self, prefix: str) -> int:
        return sum(1 for p in self.paths() if p.startswith(prefix))

    def _handler_class(self):
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:
                pass

            def do_GET(self) -> None:
                status, headers, body = server.respond(self.path)
                self.send_response(status)
                for key, value in headers.items():
                    self.send_header(key, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                try:
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):  # the crawler hung up on a bomb
                    self.close_connection = True
                with server._lock:
                    server.requests.append(Logged(self.path, status))

        return Handler

    def respond(self, target: str) -> tuple[int, dict[str, str], bytes]:
        site = self.site
        parts = urlsplit(target)
        path, query = parts.path, parse_qs(parts.query)
        html = {"Content-Type": "text/html; charset=utf-8"}
        if path == "/robots.txt":
            return 200, {"Content-Type": "text/plain"}, b"User-agent: *\nAllow: /\n"
        if path in self._documents:
            content_type, body = self._documents[path]
            return 200, {"Content-Type": content_type}, body
        if path in self._articles:
            return 200, html, _article(*self._articles[path])
        if path.startswith("/sitemap-index-"):  # an index naming the next index, for ever
            number = int(path.removeprefix("/sitemap-index-").removesuffix(".xml"))
            body = ('<?xml version="1.0"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                    f"<sitemap><loc>{site.url(f'/sitemap-index-{number + 1}.xml')}</loc></sitemap>"
                    f"<sitemap><loc>{site.url('/sitemap.xml')}</loc></sitemap></sitemapindex>")
            return 200, {"Content-Type": "application/xml"}, body.encode()
        if path == "/sitemap-bomb.xml.gz":
            prefix = ('<?xml version="1.0"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                      f"<url><loc>{site.url('/news/from-the-bomb-20250101.html')}</loc></url>").encode()
            return 200, {"Content-Type": "application/x-gzip"}, gzip_bomb(prefix, self.bomb_bytes)
        if path == ENCODED_BOMB_SITEMAP:
            prefix = ('<?xml version="1.0"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                      f"<url><loc>{site.url('/news/from-the-br-bomb-20250101.html')}</loc></url>").encode()
            return 200, {"Content-Type": "application/xml", "Content-Encoding": "br"}, brotli_bomb(prefix, self.bomb_bytes)
        if path == BOMB_ARTICLE:
            body = gzip_bomb(b"<!DOCTYPE html><html><body><p>bomb</p>", self.bomb_bytes)
            return 200, {**html, "Content-Encoding": "gzip"}, body
        for encoding, bomb_path in ENCODED_BOMB_ARTICLES.items():
            if path == bomb_path:
                body = ENCODERS[encoding](b"<!DOCTYPE html><html><body><p>bomb</p>", self.bomb_bytes)
                return 200, {**html, "Content-Encoding": encoding}, body
        if path == UNDECODABLE_ARTICLE:
            return 200, {**html, "Content-Encoding": "xz"}, lzma.compress(_article("Packed", "Packed with xz."))
        if path == ENDLESS_REDIRECT:
            return 302, {"Location": "/r/1"}, b""
        if path.startswith("/r/"):  # a fresh URL at every hop, so no loop is ever seen
            return 302, {"Location": f"/r/{int(path[3:]) + 1}"}, b""
        if path == "/":
            links = [*article_paths()[:1], BOMB_ARTICLE, *ENCODED_BOMB_ARTICLES.values(), UNDECODABLE_ARTICLE,
                     ENDLESS_REDIRECT, *NON_HTTP_LINKS]
            return 200, html, _page("Hostile news", _links(links))
        if path == "/list":  # every page has a next page
            page = int(query.get("page", ["1"])[0])
            slug = ARTICLES[page % len(ARTICLES)][0]
            body = _links([ARTICLE_PATH.format(slug=slug)]) + f'<a rel="next" href="/list?page={page + 1}">Next</a>'
            return 200, html, _page(f"List, page {page}", body)
        if path.startswith("/calendar/"):  # next month, for ever, with no rel=next to go by
            year, month = (int(x) for x in path.strip("/").split("/")[1:3])
            following = f"/calendar/{year + month // 12}/{month % 12 + 1:02d}/"
            body = _links([article_paths()[month % len(ARTICLES)]]) + f'<a href="{following}">Next month</a>'
            return 200, html, _page(f"Calendar {year}-{month:02d}", body)
        if path == "/browse":  # a new session id in every link
            body = _links([article_paths()[2], f"/browse?sid={uuid.uuid4().hex}"])
            return 200, html, _page("Browse", body)
        if path.startswith("/deep/"):  # a relative link: one more segment at each hop
            body = _links([article_paths()[3]]) + '<a href="a/">More</a>'
            return 200, html, _page("Deep", body)
        return 404, html, b"<h1>404</h1>"
