"""Bytes to text: the declared charset when it is right, a detected one when it is not.

Legacy Vietnamese encodings (windows-1258, VISCII) still appear on provincial sites; a page whose
bytes are not valid in its declared charset is re-detected with charset-normalizer, never decoded as
UTF-8 with replacement characters.
"""
from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from extract.errors import InputError
from nlp import config

_BOMS = [
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
]
# file signatures of formats that are not text (PDF is handled by extract.pdf)
_BINARY_SIGNATURES = (
    b"\x89PNG", b"\xff\xd8\xff", b"GIF87a", b"GIF89a", b"PK\x03\x04", b"\x1f\x8b", b"BM",
    b"RIFF", b"\x00\x00\x01\x00", b"OggS", b"ID3", b"\x7fELF", b"MZ", b"Rar!", b"7z\xbc\xaf",
    b"SQLite format 3",
)
LEGACY_ENCODINGS = ["cp1258", "cp1252", "latin_1", "iso8859_15", "cp1250", "cp1257", "utf_16", "utf_32"]
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.IGNORECASE)


def sniff_kind(data: bytes) -> str:
    """``pdf``, ``html``, ``binary`` or ``text`` from the leading bytes."""
    head = data[:2048].lstrip()
    if head.startswith(b"%PDF-"):
        return "pdf"
    if any(data.startswith(sig) for sig in _BINARY_SIGNATURES):
        return "binary"
    if b"\x00" in data[:8192] and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "binary"
    lowered = head[:1024].lower()
    if lowered.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<html" in lowered or b"<body" in lowered:
        return "html"
    return "text"


def declared_charset(data: bytes, content_type: str | None = None) -> str | None:
    if content_type:
        m = re.search(r"charset=([\w\-:.]+)", content_type, re.IGNORECASE)
        if m:
            return m.group(1).strip().lower()
    m = _META_CHARSET.search(data[:4096])
    return m.group(1).decode("ascii", "ignore").lower() if m else None


def _nearly_utf8(data: bytes) -> str | None:
    """The text of UTF-8 bytes broken in a few places (a character cut in two, an encoded lone
    surrogate), with U+FFFD for each broken sequence; None unless the valid multi-byte characters
    outnumber the broken sequences by ``[text] utf8_min_valid_per_invalid``. Text in a legacy
    encoding has next to no valid UTF-8 multi-byte sequences, so it never qualifies."""
    text = data.decode("utf-8", errors="replace")
    invalid = text.count("\ufffd") - data.count("\ufffd".encode("utf-8"))
    if invalid <= 0:
        return None
    multibyte = sum(1 for ch in text if ord(ch) > 0x7F) - text.count("\ufffd")
    return text if multibyte >= invalid * config.get_int("text", "utf8_min_valid_per_invalid") else None


def decode(data: bytes, content_type: str | None = None, max_bytes: int | None = None) -> tuple[str, str]:
    """(text, encoding used). Raises InputError for empty, binary or oversized input."""
    limit = max_bytes if max_bytes is not None else config.get_int("text", "max_input_bytes")
    if not data or not data.strip():
        raise InputError("empty input", kind="empty")
    if len(data) > limit:
        raise InputError(f"input of {len(data):,} bytes is larger than the limit of {limit:,}", kind="too_large")
    if sniff_kind(data) == "binary":
        raise InputError("binary content, not text or HTML", kind="binary")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding), encoding
    candidates = [declared_charset(data, content_type), "utf-8"]
    for encoding in candidates:
        if not encoding:
            continue
        try:
            codecs.lookup(encoding)
            return data.decode(encoding), encoding
        except (LookupError, UnicodeDecodeError):
            continue
    nearly_utf8 = _nearly_utf8(data)
    if nearly_utf8 is not None:
        return nearly_utf8, "utf-8 (invalid bytes replaced)"
    # the legacy encodings this press used are tried first; any other only when none of them fits
    best = from_bytes(data, cp_isolation=LEGACY_ENCODINGS).best()
    if best is None or best.chaos > 0.2:
        best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise InputError("no text encoding fits these bytes (binary or corrupt)", kind="binary")
    return str(best), best.encoding
