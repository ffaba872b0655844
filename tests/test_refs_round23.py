"""Round 23 (blind, real public pages), Vietnamese, English and French: a legal database's related-documents list with
each item's index glued to the title (`- 1Luật đấu thầu 2013`). Literal cases written for this file (no sentence of the
round's pages) and look-alikes. README "Round 23 (blind, real public pages): references"."""
from __future__ import annotations

import pytest

from extract.refs import find_references


def _ids(text, lang):
    return [r.id for r in find_references(text, lang=lang, published="2023-06-08")]


@pytest.mark.parametrize("text, lang, expected", [
    ("- 1Luật Đầu tư công 2019\n- 2Luật Nhà ở 2014\n", "vi", ["Luật Đầu tư công 2019", "Luật Nhà ở 2014"]),
    ("- 12Luật ngân sách nhà nước 2015\n", "vi", ["Luật Ngân sách nhà nước 2015"]),
    ("- 3Bộ luật Dân sự 2015\n- 4Nghị quyết 26/NQ-CP năm 2020 về kế hoạch\n", "vi", ["Bộ luật Dân sự 2015", "26/NQ-CP"]),
    ("- 1Law on Public Investment 2019\n- 2Housing Law 2014\n", "en", ["Luật Đầu tư công 2019", "Luật Nhà ở 2014"]),
    ("- 1Loi sur l'investissement public 2019\n", "fr", ["Luật Đầu tư công 2019"]),
    # look-alikes: a digit glued to a name elsewhere than a list item's opening starts no name
    ("Theo Điều 1Luật Nhà ở 2014 quy định như sau.\n", "vi", []),
    ("Mục a- 1Luật Nhà ở 2014 quy định như sau.\n", "vi", []),
    ("See item x1Law on Public Investment 2019 below.\n", "en", []),
])
def test_related_list_index_glued_to_the_title(text, lang, expected):
    assert _ids(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("2. Quyết định số 37-BYT/QĐ ngày 29/01/1972 của Bộ trưởng Bộ Y tế về tiêu chuẩn ngành.", "vi",
     [("37-BYT/QĐ", "1972-01-29")]),
    ("Thông tư số 18-BYT/TT ngày 22 tháng 6 năm 1979 hướng dẫn công tác giám định.", "vi", [("18-BYT/TT", "1979-06-22")]),
    ("Decision No. 500-BYT/QD dated April 10, 1992 of the Minister of Health.", "en", [("500-BYT/QĐ", "1992-04-10")]),
    ("la décision n° 695-BYT/QD du 8 septembre 1993 du ministre de la Santé.", "fr", [("695-BYT/QĐ", "1993-09-08")]),
    # look-alikes: the Party's and the 1990s state NUMBER-TYPE/ISSUER keep their shapes; no type word, no symbol
    ("Nghị quyết số 20-NQ/TW và Lệnh số 28-L/CTN.", "vi", [("20-NQ/TW", None), ("28-L/CTN", None)]),
    ("Mã hồ sơ 37-BYT/QĐ ghi trên bìa.", "vi", []),
])
def test_older_symbol_with_the_issuer_before_the_type_code(text, lang, expected):
    assert [(r.id, r.issued) for r in find_references(text, lang=lang)] == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Ces garanties sont régies par le code civil vietnamien de 2005 et ses décrets.", "fr", ["Bộ luật Dân sự 2005"]),
    ("la loi foncière vietnamienne de 2013 prévoit que", "fr", ["Luật Đất đai 2013"]),
    ("Các giao dịch bảo đảm theo Bộ luật Dân sự Việt Nam năm 2005 được giữ nguyên.", "vi", ["Bộ luật Dân sự 2005"]),
    ("Security interests under the Civil Code of Vietnam 2015 are registered.", "en", ["Bộ luật Dân sự 2015"]),
    # look-alikes: the country's adjective or name without a year leaves the name year-less
    ("le code civil vietnamien, adopté en assemblée, prévoit que", "fr", ["Bộ luật Dân sự"]),
    ("Bộ luật Dân sự Việt Nam quy định như sau.", "vi", ["Bộ luật Dân sự"]),
])
def test_the_country_between_a_law_name_and_its_year(text, lang, expected):
    assert [r.id for r in find_references(text, lang=lang, published="2016-01-01")] == expected
