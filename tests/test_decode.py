import unicodedata

import pytest

from extract.decode import decode, sniff_kind
from extract.errors import InputError

VIETNAMESE = "Nghị định số 98/2018/NĐ-CP về chính sách khuyến khích phát triển hợp tác xã. " * 5


def to_cp1258(text: str) -> bytes:
    """windows-1258 has the base letters ê, ơ, ư, ă, đ but writes tones as combining marks."""
    out = []
    for ch in text:
        try:
            out.append(ch.encode("cp1258"))
        except UnicodeEncodeError:
            base, *marks = unicodedata.normalize("NFD", ch)
            # recompose the letter's own mark (circumflex, horn, breve) when cp1258 has that letter;
            # the tone stays a combining mark
            for i, mark in enumerate(marks):
                letter = unicodedata.normalize("NFC", base + mark)
                try:
                    encoded = letter.encode("cp1258")
                except UnicodeEncodeError:
                    continue
                out.append(encoded + "".join(marks[:i] + marks[i + 1:]).encode("cp1258"))
                break
            else:
                out.append((base + "".join(marks)).encode("cp1258"))
    return b"".join(out)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16", "cp1258", "windows-1252"])
def test_encodings_are_detected_not_guessed(encoding):
    text = VIETNAMESE if encoding != "windows-1252" else "Le décret n° 98/2018 sur les coopératives agricoles, été. " * 5
    data = to_cp1258(text) if encoding == "cp1258" else text.encode(encoding)
    decoded, used = decode(data)
    # cp1258 stores Vietnamese tones as combining marks: compare in NFC
    assert unicodedata.normalize("NFC", decoded) == unicodedata.normalize("NFC", text)


def test_wrong_declared_charset_is_redetected():
    html = ("<html><head><meta charset='iso-8859-1'></head><body><p>" + VIETNAMESE + "</p></body></html>").encode("utf-8")
    # iso-8859-1 decodes any bytes, so the declared charset is tried only when it round-trips: utf-8 text here
    decoded, used = decode(html, content_type="text/html; charset=ascii")
    assert "Nghị định" in decoded


@pytest.mark.parametrize(
    "data, kind",
    [
        (b"", "empty"),
        (b"   \n\t ", "empty"),
        (b"\x89PNG\r\n\x1a\n" + bytes(200), "binary"),
        (bytes(range(256)) * 4, "binary"),
    ],
)
def test_bad_input_raises_clear_error(data, kind):
    with pytest.raises(InputError) as info:
        decode(data)
    assert info.value.kind == kind
    assert "\n" not in str(info.value)


def test_oversized_input_is_refused():
    with pytest.raises(InputError) as info:
        decode(b"a" * 1000, max_bytes=100)
    assert info.value.kind == "too_large"


@pytest.mark.parametrize(
    "data, kind",
    [
        (b"%PDF-1.7\n...", "pdf"),
        (b"<!DOCTYPE html><html><body>x</body></html>", "html"),
        (b"  <html lang='vi'>", "html"),
        ("Nghị định".encode(), "text"),
        (b"GIF89a....", "binary"),
    ],
)
def test_sniff_kind(data, kind):
    assert sniff_kind(data) == kind
