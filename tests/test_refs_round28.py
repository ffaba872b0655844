"""Round 28's references classes (issue #14, blind round on real public pages): a record field's name is no issuing
verb. Literal cases written for this file (no sentence of the round's
pages) and look-alikes. docs/quality.md "Round 28 (blind, real public pages): references"."""
from __future__ import annotations

import pytest

from extract.refs import find_references


def _issued(text, lang):
    return [(r.id, r.issued) for r in find_references(text, lang=lang)]


@pytest.mark.parametrize("text, lang, expected", [
    # a database record flattened on one line (a page's table rows joined): the issuing verb is part of the next field's
    # name ("Ngày ban hành", "Ngày ký", "Date issued", "Issued date"); the field's date dates no mention (the convention
    # of every record in the golds since round 8)
    ("| Số hiệu | 1587/QĐ-TTg | | Ngày ban hành | 14/08/2023 | | Loại văn bản | Quyết định |", "vi",
     [("1587/QĐ-TTg", None)]),
    ("Số hiệu: 15/2024/TT-BTC Ngày ban hành: 05/03/2024 Người ký: Nguyễn Văn A", "vi", [("15/2024/TT-BTC", None)]),
    ("Số hiệu: 15/2024/TT-BTC Ngày ký: 05/03/2024 Lĩnh vực: Thuế", "vi", [("15/2024/TT-BTC", None)]),
    ("Official number: 59/2024/ND-CP Date issued: 12/05/2024 Type: Decree", "en", [("59/2024/NĐ-CP", None)]),
    ("| Official number: | 59/2024/ND-CP | | Issued date: | 12/05/2024 |", "en", [("59/2024/NĐ-CP", None)]),
    # controls: the verb in a sentence still dates the document
    ("Ngày 14/8/2023, Thủ tướng ban hành Quyết định số 1587/QĐ-TTg.", "vi", [("1587/QĐ-TTg", "2023-08-14")]),
    ("Thông tư số 15/2024/TT-BTC được Bộ Tài chính ban hành ngày 05/03/2024.", "vi", [("15/2024/TT-BTC", "2024-03-05")]),
    ("Decree No. 59/2024/ND-CP was issued on May 12, 2024.", "en", [("59/2024/NĐ-CP", "2024-05-12")]),
    ("On May 12, 2024, the Government issued Decree No. 59/2024/ND-CP.", "en", [("59/2024/NĐ-CP", "2024-05-12")]),
])
def test_a_record_fields_name_is_no_issuing_verb(text, lang, expected):
    assert _issued(text, lang) == expected

