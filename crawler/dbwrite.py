"""Write transactions that several crawler processes can share one corpus file with: BEGIN
IMMEDIATE, waiting for the write lock (``corpus.db.write_transaction``, where processing and
ingest take it too)."""
from __future__ import annotations

from corpus.db import write_transaction

__all__ = ["write_transaction"]
