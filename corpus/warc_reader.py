"""warcio's ArchiveIterator with header lines bounded and every record checked whole before it is kept:
the one module that reaches into warcio's iterator and records (its reader, error count and offset,
a record's digest checker and the rest of its length), for corpus.warc.

warcio's public iteration reads a record's header line by line without a bound and skips, with a
warning on stderr, to the next record where a Content-Length was wrong; corpus.warc must refuse a
compression bomb and must not store a record whose body was cut or misread. tests/test_warc_reader.py
checks that on a whole WARC the records are those of warcio's plain ``ArchiveIterator``;
tests/test_hostile_warc.py and tests/test_crawl_warc.py check the damaged ones.
"""
from __future__ import annotations

from nlp import config


class DamagedWARC(ValueError):
    """The WARC file cannot be read on from here; the message says why, in one line."""


def _bounded_reader(iterator):
    """warcio's reader for ``iterator``, with header lines bounded: warcio reads a record's header
    line by line, and a line never ends in a gzip member that inflates to a gigabyte of bytes
    without a line break (a compression bomb), nor in a large file that is no WARC."""
    from warcio.bufferedreaders import DecompressingBufferedReader

    max_line = config.get_int("warc", "max_header_line_bytes")

    class BoundedLineReader(DecompressingBufferedReader):
        def readline(self, length=None):
            line = super().readline(length or max_line + 1)
            if length is None and len(line) > max_line:
                raise DamagedWARC(f"a header line longer than {max_line:,} bytes (a compression bomb, or no WARC)")
            return line

    return BoundedLineReader(iterator.fh)


def record_damage(record, misaligned: bool) -> str | None:
    """Why a record read in full is not to be kept, or None: its bytes do not match its
    WARC-Block-Digest, the file ended inside it, or the next record did not start where its
    Content-Length said (warcio then skips to the next record: this one's body is wrong)."""
    checker = getattr(record, "digest_checker", None)
    if checker is not None and checker.passed is False:
        return "record does not match its WARC-Block-Digest (damaged, or a wrong Content-Length): not stored"
    missing = getattr(record.raw_stream, "limit", 0) or 0
    if missing > 0:
        return f"record cut short ({missing:,} bytes of its Content-Length missing): not stored"
    if misaligned:
        return "record's Content-Length is wrong (the next record does not start where it ends): not stored"
    return None


def open_archive(handle):
    """warcio's ``ArchiveIterator`` over ``handle``, checking digests, with header lines bounded."""
    from warcio.archiveiterator import ArchiveIterator

    iterator = ArchiveIterator(handle, check_digests=True)
    iterator.reader = _bounded_reader(iterator)
    return iterator


def errors_so_far(iterator) -> int:
    """How many times the iterator found the next record away from where the last one said it ends."""
    return iterator.err_count


def end_of_records(iterator) -> int:
    """The offset in the file after the last record the iterator has read."""
    return iterator.offset
