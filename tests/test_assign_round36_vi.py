"""Round 36 (blind, vi assignments): the classes its first run showed, fixed as classes (not blind). Sentences
written for these tests, not taken from the round's pages; each class with look-alikes that must not fire."""
from __future__ import annotations

import pytest

from tests.assign_cases import rows_reader

_rows = rows_reader("agency_id", "role", "assigned_by", published="2022-12-20")


# items outside the table closing a subject's list before its verb ('… và các đơn vị liên quan khẩn trương …', '…
# cùng nhiều đơn vị liên quan được giao …'): the bodies before them are still the subject (list_skips_before_cue,
# now read in Vietnamese as in English and French)
@pytest.mark.parametrize("text, expected", [
    ("Sở Y tế, Sở Tài chính và các đơn vị liên quan khẩn trương kiểm tra các cơ sở.",
     [("DOH", "assignee", None), ("DOF", "assignee", None)]),
    ("Sở Công Thương và các cơ quan liên quan có trách nhiệm kiểm soát giá cả.", [("DOIT", "assignee", None)]),
    ("Bộ Y tế, Bộ Công Thương cùng nhiều đơn vị liên quan được giao nhiệm vụ tuyên truyền.",
     [("MOH", "assignee", None), ("MOIT", "assignee", None)]),
    # look-alikes: a report of what was done, units outside the table alone
    ("Sở Y tế và các đơn vị liên quan đã kiểm tra 20 cơ sở.", []),
    ("Các đơn vị liên quan khẩn trương kiểm tra các cơ sở.", []),
])
def test_items_outside_the_table_close_a_subjects_list(text, expected):
    assert _rows(text, "vi") == expected


_BEFORE = ("Căn cứ Hiến pháp; căn cứ Luật Tổ chức Quốc hội; xét đề nghị của Ủy ban Thường vụ Quốc hội, báo cáo thẩm tra "
           "và ý kiến của các vị đại biểu về chương trình xây dựng luật, pháp lệnh của năm sau và việc điều chỉnh "
           "chương trình của năm nay, bảo đảm chất lượng, tiến độ của các dự án luật trình Quốc hội cho ý kiến, xem xét "
           "thông qua tại các kỳ họp trong năm, cũng như tính khả thi của từng dự án sau khi được thông qua và đi vào "
           "cuộc sống, trên cơ sở tổng kết thực tiễn thi hành pháp luật của các bộ, ngành, địa phương và kinh nghiệm "
           "của các nước trong khu vực. Quốc hội quyết nghị thông qua chương trình với các nội dung sau đây. ")
_ITEM = ("Hội đồng Dân tộc, các Ủy ban của Quốc hội chủ động phối hợp chặt chẽ với cơ quan trình, cơ quan soạn thảo "
         "trong quá trình chuẩn bị dự án.")


# a page that prints a long stretch of a legal text twice tasks its bodies once (the copy of a row's sentence with
# the same long stretch before it is the same fact); a press text's title and lead printed again below them stay a
# row each time (its rows at the page's top)
@pytest.mark.parametrize("text, count", [
    (_BEFORE + _ITEM + "\n\n" + _BEFORE + _ITEM, 1),
    ("Thủ tướng yêu cầu các bộ, ngành khẩn trương rà soát các dự án chậm tiến độ trên phạm vi cả nước trong năm nay.\n\n"
     "Thủ tướng yêu cầu các bộ, ngành khẩn trương rà soát các dự án chậm tiến độ trên phạm vi cả nước trong năm nay.",
     2),
    # look-alike: the same sentence after another stretch is another request
    (_BEFORE + _ITEM + "\n\nTại phiên họp chiều nay, các đại biểu đã thảo luận về chương trình. " + _ITEM, 2),
])
def test_a_long_stretch_printed_twice_tasks_once(text, count):
    assert len(_rows(text, "vi")) == count


# units outside the table named by their first words and capitalised names ('Báo Nhân Dân') closing a subject's list
# before a strong cue, as before a weak one (round 22b)
@pytest.mark.parametrize("text, expected", [
    ("Sở Y tế, UBND các huyện, Báo Nhân Dân khẩn trương nghiên cứu nội dung công điện.",
     [("DOH", "assignee", None), ("DPC", "assignee", None)]),
    ("UBND tỉnh yêu cầu Sở Xây dựng kiểm tra các công trình. Công an tỉnh; UBND các huyện; Đài Phát thanh và Truyền "
     "hình tỉnh và Báo Nhân Dân khẩn trương nghiên cứu nội dung.",
     [("DOC", "assignee", "PPC"), ("PPS", "assignee", "PPC"), ("DPC", "assignee", "PPC")]),
    # look-alikes: the paper alone, the paper's report of what was done
    ("Phóng viên Báo Nhân Dân khẩn trương đưa tin.", []),
    ("Sở Y tế, Báo Nhân Dân đã đưa tin về vụ việc.", []),
])
def test_named_units_outside_the_table_close_a_list_before_a_strong_cue(text, expected):
    assert _rows(text, "vi") == expected


# the culture department's and ministry's short name written with a comma ('VH,TT&DL', 'VH, TT&DL'), alone or as a
# field name after the departments' plural
@pytest.mark.parametrize("text, expected", [
    ("UBND tỉnh giao Sở VH,TT&DL tổ chức lễ hội.", [("DOCST", "assignee", "PPC")]),
    ("UBND tỉnh yêu cầu các sở: Y tế, VH,TT&DL, Thông tin và Truyền thông khẩn trương triển khai kế hoạch.",
     [("DOH", "assignee", "PPC"), ("DOCST", "assignee", "PPC"), ("DIC", "assignee", "PPC")]),
    ("Thủ tướng giao Bộ VH, TT&DL tổ chức lễ hội.", [("MOCST", "assignee", "PM")]),
    # look-alike: the sector's words in a topic, no body
    ("UBND tỉnh yêu cầu tăng cường quản lý lĩnh vực VH,TT&DL.", []),
])
def test_the_culture_departments_short_name_with_a_comma(text, expected):
    assert _rows(text, "vi") == expected


# the duty formula written right after the subject with no comma ('theo chức năng, thẩm quyền', 'within their
# functions and tasks', 'selon leurs fonctions et missions'): the subject still meets its cue
@pytest.mark.parametrize("text, lang, expected", [
    ("Sở Văn hóa, Thể thao và Du lịch, UBND các huyện, thành phố theo chức năng, thẩm quyền chỉ đạo, hướng dẫn các "
     "di tích hoạt động bình thường.", "vi", [("DOCST", "assignee", None), ("DPC", "assignee", None)]),
    ("UBND các huyện theo chức năng nhiệm vụ được giao có trách nhiệm kiểm tra các cơ sở.", "vi",
     [("DPC", "assignee", None)]),
    ("The Department of Health and district People's Committees within their functions and tasks shall inspect the "
     "facilities.", "en", [("DOH", "assignee", None), ("DPC", "assignee", None)]),
    ("Le Service de la santé et les comités populaires des districts selon leurs fonctions et missions doivent "
     "inspecter les établissements.", "fr", [("DOH", "assignee", None), ("DPC", "assignee", None)]),
    # look-alikes: 'theo' opening another phrase, the verb 'theo dõi'
    ("Sở Y tế theo đề nghị của Sở Tài chính kiểm tra các cơ sở.", "vi", []),
    ("Sở Y tế theo dõi tình hình dịch bệnh.", "vi", []),
])
def test_a_duty_formula_with_no_comma_after_the_subject(text, lang, expected):
    assert _rows(text, lang) == expected


# a bare 'cơ quan' between the addressees an assigning verb names: the bodies after it are still asked
@pytest.mark.parametrize("text, expected", [
    ("UBND tỉnh yêu cầu các sở, ngành, cơ quan, UBND các huyện kiểm tra các công trình.",
     [("DEPARTMENTS", "assignee", "PPC"), ("DPC", "assignee", "PPC")]),
    ("UBND tỉnh Gia Lai yêu cầu các sở, ban, ngành, cơ quan, UBND các huyện, thị xã, thành phố trong tỉnh có kế hoạch "
     "đáp ứng nhu cầu đi lại.", [("DEPARTMENTS@64", "assignee", "PPC@64"), ("DPC@64", "assignee", "PPC@64")]),
    # look-alike: the press agencies alone
    ("UBND tỉnh yêu cầu các cơ quan báo chí tuyên truyền.", []),
])
def test_a_bare_agency_word_between_addressees(text, expected):
    assert _rows(text, "vi") == expected
