"""Serve the sample site on 127.0.0.1 with a real HTTP server in a thread, logging every request.

On top of the generated pages it serves the pages that misbehave: a 404, a 500 that succeeds on
retry, a redirect chain, a redirect loop, a 20 MB page; and it answers conditional requests
(ETag / Last-Modified) with 304 like a well-behaved news server.
"""
from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlsplit

from crawler.samplesite.generate import Site, build_site

HOST = "127.0.0.1"
_CHUNK = 1 << 16


@dataclass(frozen=True)
class LoggedRequest:
    method: str
    path: str  # path and query, as requested
    status: int
    user_agent: str
    conditional: bool
    at: float


class SampleSiteServer:
    """``with SampleSiteServer() as site: site.url`` — the sample site on a free port of 127.0.0.1.

    ``delay`` (seconds) slows every article response, to leave time to kill a crawl mid-way or to
    let two crawler processes share the work. ``papers`` also serves the generated outlets of the
    demo corpus (``crawler.samplesite.papers``)."""

    def __init__(self, host: str = HOST, port: int = 0, *, delay: float = 0.0, copies: int = 1,
                 papers: bool = False) -> None:
        self.delay = delay
        self._lock = threading.Lock()
        self.requests: list[LoggedRequest] = []
        self._failed_once: set[str] = set()
        self._httpd = ThreadingHTTPServer((host, port), self._handler_class())
        self._httpd.daemon_threads = True
        self.url = f"http://{host}:{self._httpd.server_address[1]}"
        self.site: Site = build_site(self.url, copies=copies, papers=papers)
        self._article_index = {a["path"]: a for a in self.site.articles}
        self._thread: threading.Thread | None = None

    # -- lifecycle
    def start(self) -> "SampleSiteServer":
        self._thread = threading.Thread(target=self._httpd.serve_forever, name="sample-site", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()

    def __enter__(self) -> "SampleSiteServer":
        return self.start()

    def __exit__(self, *exc: Any) -> None:
        self.stop()

    # -- what happened
    def requested_paths(self) -> list[str]:
        with self._lock:
            return [r.path for r in self.requests]

    def count(self, path: str) -> int:
        return sum(1 for p in self.requested_paths() if urlsplit(p).path == path)

    def reset_log(self) -> None:
        with self._lock:
            self.requests.clear()

    def _log(self, entry: LoggedRequest) -> None:
        with self._lock:
            self.requests.append(entry)

    # -- the handler
    def _handler_class(self):
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            server_version = "SampleNews/1.0"

            def log_message(self, format: str, *args: Any) -> None:  # the request log is kept in memory instead
                pass

            def do_HEAD(self) -> None:
                self.do_GET(head=True)

            def do_GET(self, head: bool = False) -> None:
                status = server._respond(self, head)
                conditional = bool(self.headers.get("If-None-Match") or self.headers.get("If-Modified-Since"))
                server._log(LoggedRequest(self.command, self.path, status, self.headers.get("User-Agent", ""),
                                          conditional, time.time()))

        return Handler

    def _send(self, handler: BaseHTTPRequestHandler, status: int, headers: dict[str, str], body: bytes = b"",
              head: bool = False) -> int:
        handler.send_response(status)
        for key, value in headers.items():
            handler.send_header(key, value)
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        if not head and body:
            handler.wfile.write(body)
        return status

    def _redirect(self, handler: BaseHTTPRequestHandler, status: int, location: str) -> int:
        return self._send(handler, status, {"Location": location, "Content-Type": "text/html"}, b"<p>Moved</p>")

    def _respond(self, handler: BaseHTTPRequestHandler, head: bool) -> int:
        site = self.site
        bad = site.bad_pages
        path = handler.path
        plain = urlsplit(path).path
        article_paths = self._article_index
        if plain == bad["not_found"] or (path not in site.resources and plain not in site.resources
                                         and plain not in (*bad["redirect_chain"], *bad["redirect_loop"], bad["huge"])):
            return self._send(handler, 404, {"Content-Type": "text/html; charset=utf-8"}, b"<h1>404 Not Found</h1>", head)
        if plain == bad["redirect_chain"][0]:
            return self._redirect(handler, 301, bad["redirect_chain"][1])
        if plain == bad["redirect_chain"][1]:
            target = next(a["path"] for a in site.articles if a.get("old_url"))
            return self._redirect(handler, 302, target)
        if plain == bad["redirect_loop"][0]:
            return self._redirect(handler, 302, bad["redirect_loop"][1])
        if plain == bad["redirect_loop"][1]:
            return self._redirect(handler, 302, bad["redirect_loop"][0])
        if plain == bad["huge"]:
            return self._send_huge(handler, bad["huge_bytes"], head)
        article = article_paths.get(plain)
        if article is not None:
            if self.delay:
                time.sleep(self.delay)
            if article.get("flaky"):
                with self._lock:
                    first = plain not in self._failed_once
                    self._failed_once.add(plain)
                if first:  # fails once, then works: a crawler that retries gets it
                    return self._send(handler, 500, {"Content-Type": "text/html"}, b"<h1>500 Internal Server Error</h1>", head)
        resource = site.resources.get(path) or site.resources[plain]
        headers = {"Content-Type": resource.content_type, "ETag": resource.etag}
        if resource.last_modified:
            headers["Last-Modified"] = resource.last_modified
        if handler.headers.get("If-None-Match") == resource.etag or (
            resource.last_modified and handler.headers.get("If-Modified-Since") == resource.last_modified
            and not handler.headers.get("If-None-Match")
        ):
            return self._send(handler, 304, {"ETag": resource.etag}, b"", head=True)
        return self._send(handler, resource.status, headers, resource.body, head)

    def _send_huge(self, handler: BaseHTTPRequestHandler, size: int, head: bool) -> int:
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html; charset=utf-8")
        handler.send_header("Content-Length", str(size))
        handler.end_headers()
        if head:
            return 200
        row = b"<tr><td>hop tac xa</td><td>35000</td></tr>\n"
        block = b"<html><body><table>\n" + row * (_CHUNK // len(row))
        sent = 0
        try:
            while sent < size:
                piece = block[: min(len(block), size - sent)]
                handler.wfile.write(piece)
                sent += len(piece)
        except (BrokenPipeError, ConnectionResetError):  # the crawler hung up once the size limit was hit
            handler.close_connection = True
        return 200


def main() -> None:
    """``python -m crawler.samplesite.server [PORT]``: serve the sample site until Ctrl-C."""
    import sys

    port = int(sys.argv[1]) if len(sys.argv) > 1 else 8765
    server = SampleSiteServer(port=port).start()
    print(f"sample site on {server.url}/ (Ctrl-C to stop)")
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        server.stop()


if __name__ == "__main__":
    main()
