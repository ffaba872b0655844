"""The crawl report: what was fetched, stored, skipped (and why) and what failed (and why)."""
from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

# URLs kept per reason: enough to find the pages, bounded on a crawl of a million links
EXAMPLES_PER_REASON = 25


@dataclass
class Reasoned:
    """Counts by reason, with the first URLs of each."""

    counts: Counter = field(default_factory=Counter)
    urls: dict[str, list[str]] = field(default_factory=dict)

    def add(self, reason: str, url: str) -> None:
        self.counts[reason] += 1
        examples = self.urls.setdefault(reason, [])
        if len(examples) < EXAMPLES_PER_REASON and url not in examples:
            examples.append(url)

    def total(self) -> int:
        return sum(self.counts.values())

    def as_dict(self) -> dict[str, Any]:
        return {reason: {"count": count, "urls": self.urls.get(reason, [])}
                for reason, count in self.counts.most_common()}


@dataclass
class CrawlReport:
    fetched: int = 0                      # responses received (any status)
    statuses: Counter = field(default_factory=Counter)
    stored: int = 0                       # pages new or changed in the corpus
    unchanged: int = 0                    # fetched again, same bytes
    not_modified: int = 0                 # 304 answers to conditional requests
    retries: int = 0
    skipped: Reasoned = field(default_factory=Reasoned)
    failed: Reasoned = field(default_factory=Reasoned)
    warnings: Reasoned = field(default_factory=Reasoned)
    stored_urls: list[str] = field(default_factory=list)
    finish_reason: str | None = None
    elapsed_seconds: float | None = None  # from the first request to the spider's close
    # the error that stopped the crawl when the corpus could not be written (a full disk…)
    write_error: Exception | None = field(default=None, repr=False)
    # with --jobdir: the requests a stopped crawl left queued, and any repair of its queue files
    resume: dict[str, Any] | None = None

    def response(self, status: int) -> None:
        self.fetched += 1
        self.statuses[status] += 1
        if status == 304:
            self.not_modified += 1

    def skip(self, url: str, reason: str) -> None:
        self.skipped.add(reason, url)

    def fail(self, url: str, reason: str) -> None:
        self.failed.add(reason, url)

    def warn(self, url: str, reason: str) -> None:
        self.warnings.add(reason, url)

    def as_dict(self) -> dict[str, Any]:
        return {
            "fetched": self.fetched,
            "statuses": {str(k): v for k, v in sorted(self.statuses.items())},
            "stored": self.stored,
            "unchanged": self.unchanged,
            "not_modified": self.not_modified,
            "retries": self.retries,
            "skipped": self.skipped.as_dict(),
            "failed": self.failed.as_dict(),
            "warnings": self.warnings.as_dict(),
            "stored_urls": self.stored_urls,
            "finish_reason": self.finish_reason,
            "elapsed_seconds": self.elapsed_seconds,
            "write_error": str(self.write_error) if self.write_error else None,
            "resume": self.resume,
        }

    def to_json(self) -> str:
        return json.dumps(self.as_dict(), ensure_ascii=False, indent=2)

    def summary_lines(self) -> list[str]:
        lines = [f"fetched {self.fetched} responses, stored {self.stored} pages "
                 f"({self.unchanged} unchanged, {self.not_modified} not modified), {self.retries} retries"
                 + (f"; stopped: {self.finish_reason}" if self.finish_reason and self.finish_reason != "finished" else "")]
        if self.resume and (self.resume["queued"] or self.resume["repairs"]):
            lines.append(f"resumed from --jobdir: {self.resume['queued']} requests left queued by the previous run")
            lines += [f"  repaired: {note}" for note in self.resume["repairs"]]
        for title, reasoned in (("skipped", self.skipped), ("failed", self.failed), ("warnings", self.warnings)):
            if reasoned.counts:
                lines.append(f"{title} {reasoned.total()}:")
                for reason, count in reasoned.counts.most_common():
                    example = reasoned.urls.get(reason, [""])[0]
                    lines.append(f"  {count:5d}  {reason}" + (f"  (e.g. {example})" if example else ""))
        return lines
