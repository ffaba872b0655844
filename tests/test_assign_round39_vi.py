"""Round 39 (blind, vi assignments): the classes its first run showed, fixed as classes (not blind). Sentences
written for these tests, not taken from the round's pages; each class with look-alikes that must not fire, and the
same form in English and French where the languages write it (they read it already: checked here so they stay so)."""
from __future__ import annotations

import pytest

from tests.assign_cases import rows_reader

_rows = rows_reader("agency_id", "role", "assigned_by", "deadline", published="2023-06-14")


# 'giao X chủ trì, cùng với Y, Z …': the bodies after 'cùng với' that follows the lead word and its comma are the
# lead's partners (a coordinate row, stop 43's ruling D), not co-subjects tasked as the body before (the co-subject
# reading holds only 'X, cùng với Y, phải …', where X is no lead); English reads 'to take the lead, together with …'
# so already
@pytest.mark.parametrize("text, lang, expected", [
    ("Chủ tịch UBND tỉnh giao Sở Y tế chủ trì, cùng với các sở, ngành, địa phương và đơn vị liên quan căn cứ chức năng "
     "nghiên cứu, triển khai các biện pháp phòng, chống dịch.", "vi",
     [("DOH", "lead", "PPC", None), ("DEPARTMENTS", "coordinate", "PPC", None)]),
    ("UBND tỉnh giao Sở Tài nguyên và Môi trường chủ trì, cùng với Công an tỉnh, UBND các huyện, các đơn vị liên quan "
     "kiểm tra việc khai thác cát.", "vi",
     [("DONRE", "lead", "PPC", None), ("PPS", "coordinate", "PPC", None), ("DPC", "coordinate", "PPC", None)]),
    ("Chủ tịch UBND tỉnh giao Sở Công Thương tiếp tục chủ trì, cùng với các sở, ngành, địa phương theo dõi việc cung "
     "ứng điện.", "vi",
     [("DOIT", "lead", "PPC", None), ("DEPARTMENTS", "coordinate", "PPC", None)]),
    ("The provincial Chairman assigned the Department of Health to take the lead, together with departments, sectors "
     "and relevant units, in implementing the measures.", "en",
     [("DOH", "lead", "PPC", None), ("DEPARTMENTS", "coordinate", "PPC", None)]),
    # look-alikes: a co-subject between commas with no lead word before is tasked as its body is (as before)
    ("UBND tỉnh giao Sở Y tế, cùng với các sở, ngành, địa phương, khẩn trương triển khai các biện pháp.", "vi",
     [("DOH", "assignee", "PPC", None), ("DEPARTMENTS", "assignee", "PPC", None)]),
])
def test_partners_after_the_lead_word_and_cung_voi(text, lang, expected):
    assert _rows(text, lang) == expected
