"""Fast paths that reach into a library's internals, one small module per library, each kept only
because the benchmark shows it matters (README, "Processing speed") and each compared with the
library's public API on real text by tests/test_speed.py: ``langdetect`` (the detector), ``spacy``
(the sentencizer), ``sre`` (Python's regex parser, for scanners)."""
