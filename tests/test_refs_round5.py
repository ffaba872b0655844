"""Round 5's error classes (README, "Round 5 … after the fixes"): new sentences written for the
tests, in the languages where each class exists, with look-alikes that must stay out."""
from __future__ import annotations

import pytest

from extract.refs import find_references


def refs(text: str, **kw):
    return [(r.text, r.id) for r in find_references(text, **kw)]


@pytest.mark.parametrize("text, repeat, expected", [
    # the repeat means the document named last before it, though others of its type came earlier
    ("Bộ Y tế ban hành Thông tư số 05/2019/TT-BYT. Sau đó Bộ Tài chính có Thông tư số 44/2020/TT-BTC về phí. "
     "Thông tư này bãi bỏ mức phí cũ.", "Thông tư này", "44/2020/TT-BTC"),
    ("Nghị định 15/2018/NĐ-CP thay cho Nghị định 38/2012/NĐ-CP. Về sau Chính phủ ban hành Nghị định số 77/2021/NĐ-CP. "
     "Điều 3 của Nghị định này quy định rõ.", "Nghị định này", "77/2021/NĐ-CP"),
    ("The Ministry issued Circular No. 05/2019/TT-BYT. Later, Decree No. 15/2018/ND-CP and Decree No. 77/2021/ND-CP "
     "followed. This Decree takes effect in May.", "This Decree", "77/2021/NĐ-CP"),
    ("Le décret n° 15/2018/ND-CP et le décret n° 77/2021/ND-CP ont suivi. Ce décret entre en vigueur en mai.",
     "Ce décret", "77/2021/NĐ-CP"),
    # a joint circular repeated by the shorter word for a circular
    ("Bốn cơ quan ban hành Thông tư liên tịch số 07/2016/TTLT-BCA-BQP-VKSNDTC-TANDTC về phối hợp. "
     "Thông tư này có hiệu lực từ tháng 8.", "Thông tư này", "7/2016/TTLT-BCA-BQP-VKSNDTC-TANDTC"),
])
def test_type_word_repeat_means_the_last_document_of_its_type(text, repeat, expected):
    found = dict(refs(text))
    assert found[repeat] == expected


def test_type_word_repeat_before_any_document_of_its_type_stays_out():
    # look-alike: no decree named before "Nghị định này" (only a circular): nothing to point back to
    text = "Thông tư số 44/2020/TT-BTC về phí. Nghị định này chưa được ban hành."
    assert refs(text) == [("Thông tư số 44/2020/TT-BTC", "44/2020/TT-BTC")]


@pytest.mark.parametrize("text, expected", [
    # a number alone means the symbol written without a year, not the same number of a given year
    ("Chính phủ ban hành Nghị quyết số 36/NQ-CP năm 2015, rồi Nghị quyết 36-2016/NQ-CP. Nhờ Nghị quyết 36, thủ tục giảm.",
     "36/NQ-CP"),
    ("The Government adopted Resolution No. 36/NQ-CP, then Resolution No. 36/2016/NQ-CP. Resolution 36 cut procedures.",
     "36/NQ-CP"),
])
def test_number_only_repeat_takes_the_symbol_written_without_a_year(text, expected):
    found = find_references(text)
    short = [r for r in found if r.text.endswith("36")]
    assert [r.id for r in short] == [expected]


def test_number_only_repeat_stays_ambiguous_between_two_years():
    # look-alike: two decrees 67 with years, a short without one: which is meant is not said
    text = "Nghị định số 67/2014/NĐ-CP và Nghị định số 67/2018/NĐ-CP. Nghị định 67 được sửa."
    assert [r.id for r in find_references(text)] == ["67/2014/NĐ-CP", "67/2018/NĐ-CP"]
