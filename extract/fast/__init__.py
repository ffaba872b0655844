"""Fast paths that reach into a library's inner functions, one small module per library, each kept
only because the benchmark shows it matters (README, "Processing speed") and each compared with the
library's public API by tests/test_speed.py: ``trafilatura`` (page loading, the metadata a document
keeps), ``lxml`` (lxml.html's element classes looked up in C)."""
