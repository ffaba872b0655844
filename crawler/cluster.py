"""One corpus from many crawler machines: crawlers hand their raw pages to a Redis stream, one writer
stores them.

Crawlers run ``vnpolicy crawl --redis URL --deliver`` on any number of machines: they share
scrapy-redis's queue and dupefilter (each page is fetched once in the cluster) and, instead of
writing a corpus, add every fetched page to the stream ``vnpolicy:pages`` (``XADD``).
``vnpolicy store --redis URL --db corpus.db`` is the one writer: it reads the stream as the only
member of a consumer group (``XREADGROUP``) and stores the pages with ``corpus.store.store_pages``.

Exactly once, across a writer killed at any moment:

- a batch of entries is stored in one SQLite transaction that also records the last stored entry
  id in ``redis_deliveries``; only then are the entries acknowledged (``XACK``) and deleted
  (``XDEL``, so that Redis does not keep every page ever crawled);
- entries read but not acknowledged stay in the group's pending list: a restarted writer reads that
  list first, and skips the entries whose id is not above the recorded one (stored, then killed
  before the acknowledgement);
- stream ids grow, and one writer reads them in order, so "stored" is exactly "id ≤ recorded id".

A page is lost only if Redis loses it (run it with ``appendonly yes`` to survive its own restart)
or a crawler dies between fetching a page and adding it (it is added as soon as it arrives).
"""
from __future__ import annotations

import json
import signal
import time
from dataclasses import asdict, dataclass
from typing import Any, Callable

from corpus.store import RawPage, store_pages
from crawler.pipelines import CorpusPipeline

STREAM = "vnpolicy:pages"
GROUP = "vnpolicy-store"
CONSUMER = "store"  # one writer: its pending entries are found again under the same name
DELIVERIES_TABLE = "redis_deliveries"
PAGE_FIELDS = ("url", "source_id", "origin", "status", "final_url", "content_type", "headers", "fetched_at",
               "etag", "last_modified")


# a counter in Redis, next to scrapy-redis's queue and dupefilter, kept as long as they are
ANSWERED_KEY = "{spider}:answered"


class ClusterAnswers:
    """Scrapy extension used with ``--redis``: counts in Redis the processes of the shared frontier that
    got an answer (2xx or 304). A process may draw only failing requests from the shared queue (the
    broken links, while another process fetched the articles); the whole crawl has failed only if no
    process of it was ever answered. One ``INCR`` a process, at its first answer."""

    def __init__(self, crawler) -> None:
        import redis

        self.redis = redis.Redis.from_url(crawler.settings.get("REDIS_URL"))
        self.answered = False

    @classmethod
    def from_crawler(cls, crawler):
        from scrapy import signals

        extension = cls(crawler)
        crawler.signals.connect(extension.response_received, signal=signals.response_received)
        return extension

    def response_received(self, response, request, spider) -> None:
        if self.answered or not (200 <= response.status < 300 or response.status == 304):
            return
        self.redis.incr(ANSWERED_KEY.format(spider=spider.name))
        self.answered = True


def cluster_answered(redis_url: str, spider: str = "vnpolicy") -> int:
    """How many processes of the shared frontier at ``redis_url`` have been answered so far."""
    import redis

    return int(redis.Redis.from_url(redis_url).get(ANSWERED_KEY.format(spider=spider)) or 0)


class ClusterError(Exception):
    """A writer that cannot run (Redis unreachable, a stream that is not ours); one line for the user."""


def page_entry(page: RawPage) -> dict[str, bytes | str]:
    """A stream entry: the page's bytes as they are, its other fields as one JSON object."""
    meta = {name: getattr(page, name) for name in PAGE_FIELDS}
    return {"page": json.dumps(meta, ensure_ascii=False), "content": page.content}


def entry_page(fields: dict[bytes, bytes]) -> RawPage:
    meta = json.loads(fields[b"page"].decode("utf-8"))
    return RawPage(content=fields[b"content"], **meta)


def _entry_id(entry_id: bytes | str) -> tuple[int, int]:
    text = entry_id.decode() if isinstance(entry_id, bytes) else entry_id
    millis, _, sequence = text.partition("-")
    return int(millis), int(sequence or 0)


class RedisDeliveryPipeline(CorpusPipeline):
    """The crawl's item pipeline with ``--deliver``: every page goes to the Redis stream as soon as
    it arrives, for the writer. The crawler's own ``--db`` keeps only its crawl state (the
    navigation pages' validators)."""

    def __init__(self, crawler) -> None:
        import redis

        super().__init__(crawler)
        self.batch_size = 1  # a page waits for nothing: a crawler killed loses none it fetched
        settings = crawler.settings
        self.stream = settings.get("VNPOLICY_REDIS_STREAM", STREAM)
        self.redis = redis.Redis.from_url(settings.get("REDIS_URL"))

    def flush(self) -> None:
        self.last_flush = time.monotonic()
        if not self.pending:
            return
        pages, self.pending = self.pending, []
        with self.redis.pipeline(transaction=False) as pipe:
            for page in pages:
                pipe.xadd(self.stream, page_entry(page))
            pipe.execute()
        report = self.context.report
        report.stored += len(pages)  # handed to the writer; the writer's report says new or unchanged
        for page in pages:
            self.context.stored[page.url] = (page.etag, page.last_modified)
            report.stored_urls.append(page.url)


@dataclass
class StoreReport:
    stream: str
    received: int = 0          # entries read from the stream
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    already_stored: int = 0    # read again after a restart, stored before it: skipped
    gone: int = 0              # pending entries deleted from the stream by someone else
    batches: int = 0
    stopped: str = ""

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def _ensure_deliveries_table(db) -> None:
    db.execute(f"create table if not exists [{DELIVERIES_TABLE}] (stream text primary key, last_id text not null, "
               "stored_at text not null)")


def last_stored_id(db, stream: str) -> tuple[int, int]:
    row = db.execute(f"select last_id from [{DELIVERIES_TABLE}] where stream = ?", [stream]).fetchone()
    return _entry_id(row[0]) if row else (0, 0)


class StoreWriter:
    """The one writer of a cluster: Redis stream → corpus, exactly once (see the module's text)."""

    def __init__(self, db, redis_url: str, *, stream: str = STREAM, batch: int = 100, block_ms: int = 1000):
        import redis

        self.db = db
        self.stream = stream
        self.batch = batch
        self.block_ms = block_ms
        self.redis = redis.Redis.from_url(redis_url)
        self.report = StoreReport(stream=stream)
        self.stop_requested = False
        try:
            self.redis.xgroup_create(stream, GROUP, id="0", mkstream=True)
        except redis.ResponseError as exc:
            if "BUSYGROUP" not in str(exc):
                raise ClusterError(f"cannot use the Redis stream {stream}: {exc}") from None
        except redis.RedisError as exc:
            raise ClusterError(f"cannot reach Redis at {redis_url}: {exc}") from None
        from corpus.db import write_transaction

        with write_transaction(db):
            _ensure_deliveries_table(db)
        self.last_id = last_stored_id(db, stream)

    def _read(self, from_id: str, block: int | None) -> list[tuple[bytes, dict[bytes, bytes]]]:
        answer = self.redis.xreadgroup(GROUP, CONSUMER, {self.stream: from_id}, count=self.batch, block=block)
        return answer[0][1] if answer else []

    def store_batch(self, entries: list[tuple[bytes, dict[bytes, bytes]]], *, acknowledge: bool = True) -> None:
        """Store the entries not stored yet and the last one's id in one transaction, then
        acknowledge and delete all of them."""
        from corpus.db import write_transaction

        self.report.received += len(entries)
        fresh = [(entry_id, fields) for entry_id, fields in entries if _entry_id(entry_id) > self.last_id]
        self.report.already_stored += len(entries) - len(fresh)
        # a pending entry whose body someone else deleted (XDEL) comes back without fields: nothing to store
        self.report.gone += sum(1 for _, fields in fresh if not fields)
        fresh = [(entry_id, fields) for entry_id, fields in fresh if fields]
        if fresh:
            last = fresh[-1][0].decode()
            with write_transaction(self.db):
                counts = store_pages(self.db, [entry_page(fields) for _, fields in fresh])
                self.db.execute(f"insert into [{DELIVERIES_TABLE}] (stream, last_id, stored_at) values (?, ?, "
                                "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) on conflict (stream) do update set "
                                "last_id = excluded.last_id, stored_at = excluded.stored_at", [self.stream, last])
            self.last_id = _entry_id(last)
            for outcome in ("new", "changed", "unchanged"):
                setattr(self.report, outcome, getattr(self.report, outcome) + counts[outcome])
            self.report.batches += 1
        if acknowledge and entries:
            ids = [entry_id for entry_id, _ in entries]
            with self.redis.pipeline(transaction=True) as pipe:
                pipe.xack(self.stream, GROUP, *ids)
                pipe.xdel(self.stream, *ids)
                pipe.execute()

    def run(self, *, idle_seconds: float | None = None, on_batch: Callable[[StoreReport], None] | None = None) -> StoreReport:
        """Store until stopped (SIGTERM, SIGINT, ``stop_requested``), or until no page came for
        ``idle_seconds``. Entries this writer read before a restart come first."""
        while not self.stop_requested and (entries := self._read("0", None)):
            self.store_batch(entries)  # the pending list, in id order, from the start each time
        quiet_since = time.monotonic()
        while not self.stop_requested:
            entries = self._read(">", self.block_ms)
            if entries:
                self.store_batch(entries)
                quiet_since = time.monotonic()
                if on_batch:
                    on_batch(self.report)
            elif idle_seconds is not None and time.monotonic() - quiet_since >= idle_seconds:
                self.report.stopped = f"no page for {idle_seconds:g} s"
                return self.report
        self.report.stopped = "stopped"
        return self.report

    def stop_on_signals(self) -> None:
        """SIGTERM and SIGINT finish the batch in hand, then stop."""
        def request_stop(signum, frame):
            self.stop_requested = True

        signal.signal(signal.SIGTERM, request_stop)
        signal.signal(signal.SIGINT, request_stop)
