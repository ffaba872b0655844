"""The SQLite corpus: schema and migrations, storing pages and documents, search, queries, export."""
from corpus.db import CorpusError, open_db

__all__ = ["CorpusError", "open_db"]
