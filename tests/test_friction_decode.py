"""Issue 16, charsets: a page's bytes are read as what they are, not as what the page declares.

Each page below is made here from a literal text in the encoding named: UTF-8 under a wrong
declaration, windows-1252 French declared ``iso-8859-1``, and the legacy Vietnamese encodings
(windows-1258, VISCII, TCVN3), declared, wrongly declared and undeclared."""
import json
import unicodedata
from pathlib import Path

import pytest

import extract
from extract.decode import CODECS_DIR, decode, vietnamese_syllable_share

from test_decode import to_cp1258

VI = ("Thủ tướng Chính phủ ban hành Nghị định số 98/2018/NĐ-CP về chính sách khuyến khích phát triển "
      "hợp tác, liên kết trong sản xuất và tiêu thụ sản phẩm nông nghiệp. Đồng thời, các bộ, ngành và địa "
      "phương được giao rà soát, sửa đổi các quy định hiện hành trước tháng 12 năm 2025.")
FR = ("Le décret n° 98/2018 « sur les coopératives » précise qu’il faut aider l’économie collective : "
      "c’est l’été, dit-on — et l’État s’engage.")
SV = "Förordningen om kooperativ gäller från den 1 juli 2025; även länsstyrelsen får uppdrag."


def page(body: str, declared: str | None, title: str = "Tin tức") -> str:
    meta = f'<meta charset="{declared}">' if declared else ""
    return (f"<!doctype html><html><head>{meta}<title>{title}</title></head><body><article>"
            f"<h1>{title}</h1><p>{body}</p></article></body></html>")


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


@pytest.mark.parametrize("declared, header", [
    ("iso-8859-1", None),                    # a provincial site's wrong meta declaration
    (None, "text/html; charset=ISO-8859-1"),  # the server's wrong default in the HTTP header
    ("windows-1252", None),                  # another Western declaration
    ("windows-1258", None),                  # a legacy Vietnamese declaration left after a move to UTF-8
])
def test_utf8_bytes_win_over_a_wrong_declaration(declared, header):
    data = page(VI, declared).encode("utf-8")
    text, used = decode(data, content_type=header)
    assert used == "utf-8"
    assert "Nghị định số 98/2018/NĐ-CP" in text and "Nghá»" not in text
    doc = extract.document(data, content_type=header)
    assert "98/2018/NĐ-CP" in [r.id for r in doc.references]


@pytest.mark.parametrize("declared", ["iso-8859-1", "latin1", "ascii", None])
def test_windows_1252_french_keeps_quotes_and_apostrophes(declared):
    # bytes 0x92 (’), 0x97 (—) are windows-1252 only: as latin-1 they become C1 controls
    text, used = decode(page(FR, declared, "Décret").encode("cp1252"))
    assert FR in text
    assert not any("\x80" <= ch <= "\x9f" for ch in text)


def test_swedish_windows_1252_is_not_read_as_vietnamese():
    text, used = decode(page(SV, "iso-8859-1", "Förordning").encode("cp1252"))
    assert SV in text


def encode_legacy(text: str, encoding: str) -> bytes:
    return to_cp1258(text) if encoding == "cp1258" else text.encode(encoding)


@pytest.mark.parametrize("encoding, declared", [
    ("cp1258", "windows-1258"),   # windows-1258 declared (tones as combining marks, read back composed)
    ("cp1258", None),             # windows-1258 undeclared
    ("viscii", "viscii"),         # VISCII declared (RFC 1456 name)
    ("viscii", "iso-8859-1"),     # VISCII under a wrong Western declaration
    ("viscii", None),             # VISCII undeclared
    ("tcvn3", "tcvn"),            # TCVN3 declared
    ("tcvn3", "iso-8859-1"),      # TCVN3 (ABC fonts) under the Western default servers send
    ("tcvn3", None),              # TCVN3 undeclared
])
def test_legacy_vietnamese_encodings_are_read(encoding, declared):
    data = encode_legacy(page(VI, declared), encoding)
    text, used = decode(data)
    assert nfc(VI) in text
    assert used in (encoding, {"cp1258": "cp1258"}.get(encoding))
    doc = extract.document(data)
    assert doc.language == "vi"
    assert "98/2018/NĐ-CP" in [r.id for r in doc.references]


@pytest.mark.parametrize("codec", ["viscii", "tcvn3"])
def test_codec_tables_hold_every_lowercase_vietnamese_letter(codec):
    # the tables are data (extract/data/codecs/*.tsv): each must cover the whole lower-case alphabet
    letters = json.loads((CODECS_DIR / "codecs.json").read_text(encoding="utf-8"))["_vietnamese_letters"]
    encoded = letters.encode(codec)
    assert len(encoded) == len(letters)  # one byte each
    assert encoded.decode(codec) == letters


def test_codec_tables_name_their_source():
    for table in Path(CODECS_DIR).glob("*.tsv"):
        assert "Source:" in table.read_text(encoding="utf-8").split("\n0x", 1)[0], table


@pytest.mark.parametrize("text, expected_high", [
    ("Nghị định về hợp tác xã", True),       # Vietnamese syllables
    ("Förordningen gäller även länsstyrelsen", False),  # Swedish words are not syllables
    ("précisément l’économie coopérative", False),     # nor French ones
])
def test_syllable_share_tells_vietnamese(text, expected_high):
    assert (vietnamese_syllable_share(text) >= 0.8) is expected_high
