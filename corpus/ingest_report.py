"""What an ingest did: pages stored, pages already there, and every file or record skipped with its
reason. A leaf of the corpus package, shared by local files (corpus.ingest) and WARC files
(corpus.warc), which each may call the other's reader."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class IngestReport:
    stored: int = 0
    unchanged: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (path, reason)

    def as_dict(self) -> dict:
        return {"stored": self.stored, "unchanged": self.unchanged,
                "skipped": [{"path": p, "reason": r} for p, r in self.skipped]}
