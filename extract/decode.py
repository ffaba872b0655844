"""Bytes to text: strict UTF-8 first, then the declared charset when it is right, a detected one when not.

Bytes with non-ASCII characters that decode as strict UTF-8 are UTF-8, whatever the page declares:
text in another encoding almost never forms valid multi-byte sequences, while provincial sites do
declare wrong charsets (UTF-8 Vietnamese under ``iso-8859-1``). Declarations are read and resolved
by w3lib (``iso-8859-1`` and ``ascii`` mean windows-1252, as in browsers, so French quotes and
apostrophes survive). The legacy Vietnamese encodings still met on provincial sites are read too:
windows-1258 (Python's cp1258), and VISCII and TCVN3, which Python lacks, from the byte tables in
``extract/data/codecs/``. A page declared windows-1252 (or not declared) whose bytes read as clearly
Vietnamese in one of them is read in that one. Never UTF-8 with replacement characters, except for a
UTF-8 page broken in a few places.
"""
from __future__ import annotations

import codecs
import json
import re
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from charset_normalizer import from_bytes
from w3lib.encoding import html_body_declared_encoding, http_content_type_encoding

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
CODECS_DIR = Path(__file__).with_name("data") / "codecs"


@lru_cache(maxsize=1)
def _codec_entries() -> dict[str, dict]:
    entries = json.loads((CODECS_DIR / "codecs.json").read_text(encoding="utf-8"))
    return {name: entry for name, entry in entries.items() if not name.startswith("_")}


@lru_cache(maxsize=None)
def _decoding_table(name: str) -> str:
    """256 characters, one per byte: ASCII where the table file says nothing."""
    table = [chr(b) for b in range(128)] + ["\ufffe"] * 128  # U+FFFE: the byte is undefined (strict decoding fails)
    for line in (CODECS_DIR / _codec_entries()[name]["table"]).read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        byte, code_point = line.split("\t")[:2]
        table[int(byte, 16)] = chr(int(code_point[2:], 16))
    return "".join(table)


def _search_legacy_codec(name: str) -> codecs.CodecInfo | None:
    """codecs' search function for the table-driven Vietnamese encodings (by any of their aliases)."""
    wanted = name.lower().replace("_", "-")
    for codec, entry in _codec_entries().items():
        if wanted == codec or wanted in entry["aliases"]:
            table = _decoding_table(codec)
            encoding_map = codecs.charmap_build(table)

            def encode(text: str, errors: str = "strict", _map=encoding_map):
                return codecs.charmap_encode(text, errors, _map)

            def decode_bytes(data: bytes, errors: str = "strict", _table=table):
                return codecs.charmap_decode(data, errors, _table)

            return codecs.CodecInfo(encode, decode_bytes, name=codec)
    return None


codecs.register(_search_legacy_codec)


def vietnamese_legacy_encodings() -> list[str]:
    """The single-byte encodings of Vietnamese: windows-1258 and the table-driven ones."""
    return ["cp1258", *_codec_entries()]


@lru_cache(maxsize=1)
class _SyllableRules(NamedTuple):
    syllable: re.Pattern        # one written Vietnamese syllable
    tone_marks: frozenset[str]
    letters: frozenset[str]     # the non-ASCII lower-case letters


class _Reading(NamedTuple):
    score: tuple[float, float]  # (share of Vietnamese syllables, share of Vietnamese letters)
    text: str
    encoding: str


def _syllable_rules() -> _SyllableRules:
    """The rules of written Vietnamese syllables, from ``codecs.json``."""
    entries = json.loads((CODECS_DIR / "codecs.json").read_text(encoding="utf-8"))
    rules = entries["_vietnamese_syllable"]
    vowels = "aeiouy" + entries["_vietnamese_letters"].replace("đ", "")

    def alternatives(items: list[str]) -> str:
        return "|".join(sorted(items, key=len, reverse=True))

    pattern = re.compile(f"(?:{alternatives(rules['initials'])})?[{vowels}]{{1,3}}(?:{alternatives(rules['finals'])})?")
    return _SyllableRules(pattern, frozenset(rules["tone_marks"]), frozenset(entries["_vietnamese_letters"]))


_WORD = re.compile(r"[^\W\d_]+")


def vietnamese_syllable_share(text: str) -> float:
    """Share of the words of ``text`` with a non-ASCII letter that are written Vietnamese syllables
    (at most one tone each): high for Vietnamese, low for the same bytes read in a wrong encoding."""
    pattern, tones = _syllable_rules().syllable, _syllable_rules().tone_marks
    words = [w.lower() for w in _WORD.findall(text) if not w.isascii()]
    if not words:
        return 0.0
    valid = sum(1 for w in words
                if pattern.fullmatch(w) and sum(m in tones for m in unicodedata.normalize("NFD", w)) <= 1)
    return valid / len(words)


def _vietnamese_letter_share(text: str) -> float:
    """Share of the non-ASCII characters of ``text`` that are Vietnamese letters."""
    foreign = [ch for ch in text.lower() if not ch.isascii()]
    letters = _syllable_rules().letters
    return sum(ch in letters for ch in foreign) / len(foreign) if foreign else 0.0


def _vietnamese_reading(data: bytes) -> tuple[str, str] | None:
    """(text, encoding) of ``data`` read in the legacy Vietnamese encoding where it is most clearly
    Vietnamese, if in one of them at least ``[text] legacy_vietnamese_min_share`` of its words with a
    non-ASCII letter are Vietnamese syllables; else None."""
    best: _Reading | None = None
    for encoding in vietnamese_legacy_encodings():
        try:
            text = unicodedata.normalize("NFC", data.decode(encoding))
        except UnicodeDecodeError:
            continue
        # a tie (a short Vietnamese line in an English page) goes to the reading with more Vietnamese letters
        score = (vietnamese_syllable_share(text), _vietnamese_letter_share(text))
        if best is None or score > best.score:
            best = _Reading(score, text, encoding)
    if best is None or best.score[0] < config.get_float("text", "legacy_vietnamese_min_share"):
        return None
    return best.text, best.encoding


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
    """The charset the HTTP header or else the page declares, resolved as browsers do (w3lib:
    ``iso-8859-1`` and ``ascii`` are windows-1252); None when none is declared or Python has no codec."""
    declared = http_content_type_encoding(content_type) if content_type else None
    return declared or html_body_declared_encoding(data[:4096])


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
    try:  # valid multi-byte UTF-8 is no accident: it beats any declaration (and ASCII reads the same in all)
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    declared = declared_charset(data, content_type)
    legacy = vietnamese_legacy_encodings()
    if declared and codecs.lookup(declared).name not in ("cp1252", *legacy):
        try:
            return data.decode(declared), declared
        except UnicodeDecodeError:
            pass
    if declared and codecs.lookup(declared).name in legacy:
        try:
            return unicodedata.normalize("NFC", data.decode(declared)), codecs.lookup(declared).name
        except UnicodeDecodeError:
            pass
    # declared windows-1252 (the default many servers send) or nothing: Vietnamese bytes in a legacy
    # encoding read as Vietnamese first
    vietnamese = _vietnamese_reading(data)
    if vietnamese is not None:
        return vietnamese
    if declared:
        try:
            return data.decode(declared), declared
        except UnicodeDecodeError:
            pass
    nearly_utf8 = _nearly_utf8(data)
    if nearly_utf8 is not None:
        return nearly_utf8, "utf-8 (invalid bytes replaced)"
    # the legacy encodings this press used are tried first; any other only when none of them fits
    best = from_bytes(data, cp_isolation=LEGACY_ENCODINGS).best()
    if best is None or best.chaos > 0.2:
        best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise InputError("no text encoding fits these bytes (binary or corrupt)", kind="binary")
    text = str(best)
    return (unicodedata.normalize("NFC", text) if best.encoding in legacy else text), best.encoding
