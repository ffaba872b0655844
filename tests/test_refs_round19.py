"""Round 19 (blind, real public pages), Vietnamese and English: relations whose cue and document have words
between them ('thực hiện thắng lợi Nghị quyết …', 'Thực hiện quy định của Chính phủ tại Nghị định …', 'sửa đổi
nội dung tại Điều 1 Nghị quyết …', 'the execution of the Prime Minister's Decision …'), English issue dates after
'from' right after a number, an English law's adoption day after 'passed by the 15th National Assembly', and the
English short name 'Law on Laws'. Literal cases written for this file (no sentence of the round's pages) and
look-alikes. README "Round 19 (blind, real public pages): references"."""
from __future__ import annotations

import pytest

from extract.refs import find_references


def _relations(text, lang):
    return [(r.id, r.relation) for r in find_references(text, lang=lang, published="2025-03-01")]


@pytest.mark.parametrize("text, expected", [
    ("Các cấp ủy phải thực hiện thắng lợi Nghị quyết số 12-NQ/TU của Tỉnh ủy.", [("12-NQ/TU", "implements")]),
    ("Thực hiện quy định của Chính phủ tại Nghị định số 45/2020/NĐ-CP, Sở Tư pháp rà soát thủ tục.",
     [("45/2020/NĐ-CP", "implements")]),
    ("Thực hiện quy định của Bộ Tài chính tại Thông tư số 30/2021/TT-BTC, Sở lập dự toán.",
     [("30/2021/TT-BTC", "implements")]),
    ("Nghị quyết này sửa đổi nội dung tại Điều 2 Nghị quyết số 10/2022/NQ-HĐND về chế độ chi.",
     [("10/2022/NQ-HĐND", "amends")]),
    ("Đề án sửa đổi một số nội dung của Quyết định số 15/2023/QĐ-TTg đã được trình.", [("15/2023/QĐ-TTg", "amends")]),
    # look-alikes: the same words with no cue before them stay citations
    ("Thắng lợi của Nghị quyết số 12-NQ/TU là bài học lớn.", [("12-NQ/TU", "cites")]),
    ("Theo quy định của Chính phủ tại Nghị định số 45/2020/NĐ-CP, hồ sơ gồm hai bộ.", [("45/2020/NĐ-CP", "cites")]),
    ("Nội dung tại Điều 2 Nghị quyết số 10/2022/NQ-HĐND được giữ nguyên.", [("10/2022/NQ-HĐND", "cites")]),
])
def test_vietnamese_relation_cues_with_words_before_the_document(text, expected):
    assert [x for x in _relations(text, "vi") if x[0] == expected[0][0]] == expected


@pytest.mark.parametrize("text, expected", [
    ("The plan is part of the execution of the Prime Minister's Decision No. 100/QD-TTg.", [("100/QĐ-TTg", "implements")]),
    ("Ministries report on the execution of Resolution No. 50/NQ-CP every quarter.", [("50/NQ-CP", "implements")]),
    # look-alike: 'execution' as the enforcement of a judgment, not before the document
    ("The execution was delayed, as Decree No. 12/2021/ND-CP allows.", [("12/2021/NĐ-CP", "cites")]),
])
def test_english_execution_of_implements(text, expected):
    assert _relations(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    ("It follows Decision No. 222/QD-TTg from March 5, 2024 on the plan.", [("222/QĐ-TTg", "2024-03-05")]),
    ("It embodies Resolution No. 18-NQ/TW from 16 June 2022.", [("18-NQ/TW", "2022-06-16")]),
    # look-alikes: a day the document takes effect from, and a period starting from a day
    ("Decree No. 41/2024/ND-CP takes effect from June 1, 2024.", [("41/2024/NĐ-CP", None)]),
    ("Decree No. 41/2024/ND-CP, effective from 1 June 2024, adds a case.", [("41/2024/NĐ-CP", None)]),
])
def test_english_from_a_day_right_after_the_number_is_its_issue_date(text, expected):
    assert [(r.id, r.issued) for r in find_references(text, lang="en", published="2025-03-01")] == expected


@pytest.mark.parametrize("text, expected", [
    ("The 2013 Land Law, passed by the 13th National Assembly on November 29, 2013, took effect in 2014.",
     [("Luật Đất đai 2013", "2013-11-29")]),
    ("The Housing Law, adopted by the XIII National Assembly on November 25, 2014, lets foreigners buy flats.",
     [("Luật Nhà ở 2014", "2014-11-25")]),
    # control: the plain form keeps working
    ("The Land Law, adopted by the National Assembly on November 29, 2013, applies.", [("Luật Đất đai 2013", "2013-11-29")]),
])
def test_english_adoption_day_after_an_ordinal_national_assembly(text, expected):
    got = find_references(text, lang="en", published="2016-01-01")
    assert [(r.resolved or r.id, r.issued) for r in got] == expected


@pytest.mark.parametrize("text, expected", [
    ("Decree 34/2016 guides the Law on Laws 2015 in detail.",
     [("34/2016/NĐ-CP", None), ("Luật Ban hành văn bản quy phạm pháp luật 2015", None)]),
    ("Under the new Law on Laws, a circular cannot add procedures.",
     [("Luật Ban hành văn bản quy phạm pháp luật", None)]),
    # look-alike: 'laws on laws' in lower case, a plural phrase
    ("Scholars wrote many laws on laws of evidence.", []),
])
def test_the_english_short_name_law_on_laws(text, expected):
    assert [(r.id, r.issued) for r in find_references(text, lang="en", published="2016-08-01")] == expected


@pytest.mark.parametrize("text, expected", [
    # an amending law whose title lists laws past those the title table joins (`Luật Kiểm toán độc lập` is not in
    # it), closed by its adoption day: one reference, dated, the laws inside its title none of their own
    ("Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Đất đai, Luật Nhà ở, Luật Kiểm toán độc lập, "
     "Luật Xây dựng ngày 20 tháng 11 năm 2023;",
     [("Luật sửa đổi, bổ sung một số điều của Luật Đất đai, Luật Nhà ở, Luật Kiểm toán độc lập và Luật Xây dựng 2023",
       "2023-11-20")]),
    ("Luật Sửa đổi, bổ sung một số điều của Luật Chứng khoán, Luật Kế toán, Luật Kiểm toán độc lập, Luật Quản lý thuế "
     "ngày 29 tháng 11 năm 2024 có hiệu lực từ năm 2025.",
     [("Luật sửa đổi, bổ sung một số điều của Luật Chứng khoán, Luật Kế toán, Luật Kiểm toán độc lập và Luật Quản lý "
       "thuế 2024", "2024-11-29")]),
    # look-alikes: a sentence end inside the list, and an item that names no law, keep the laws apart
    ("Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Đất đai, Luật Kiểm toán độc lập. Luật Xây dựng ngày 18 tháng "
     "6 năm 2014 vẫn áp dụng.",
     [("Luật sửa đổi, bổ sung một số điều của Luật Đất đai", None), ("Luật Xây dựng 2014", "2014-06-18")]),
    ("Luật sửa đổi, bổ sung một số điều của Luật Đất đai, Luật Kiểm toán độc lập, theo đề nghị của Bộ, Luật Xây "
     "dựng ngày 18 tháng 6 năm 2014 được dẫn chiếu.",
     [("Luật sửa đổi, bổ sung một số điều của Luật Đất đai", None), ("Luật Xây dựng 2014", "2014-06-18")]),
])
def test_an_amending_title_listing_laws_up_to_its_adoption_day(text, expected):
    assert [(r.id, r.issued) for r in find_references(text, lang="vi", published="2025-03-01")] == expected
