"""Issue #13, the Vietnamese assignment classes that round 10 (15 real public pages, blind; README "Round 10 (blind,
real public pages): assignments vi") showed. New sentences written for these tests (not the pages' sentences), one
literal case a line, with the look-alikes that must stay out. The classes are Vietnamese forms (a ministries' list
after ``các Bộ:``, a provincial committee's letter implementing a national direction): the other languages' grammar
files hold no such list, and their own forms are tested in the round 9 en/fr files."""
from __future__ import annotations

import pytest

from tests.assign_cases import found


# ------------------------------------------------------------------ a ministries' list after "các Bộ:"


@pytest.mark.parametrize("text, lang, expected", [
    # the words before the collective make the frame: asked, partners
    ("Phó Thủ tướng yêu cầu các Bộ: Tài chính, Xây dựng rà soát các quy định về nhà ở.", "vi",
     [("MOF", "assignee", "DPM"), ("MOC", "assignee", "DPM")]),
    ("Thủ tướng giao Bộ Nội vụ chủ trì, phối hợp với các Bộ: Tài chính, Tư pháp xây dựng đề án tinh giản biên chế.",
     "vi", [("MOHA", "lead", "PM"), ("MOF", "coordinate", "PM"), ("MOJ", "coordinate", "PM")]),
    # look-alikes: the partners of a programme between a body and the ministries are no subject
    ("Phó Thủ tướng giao Bộ Y tế kiểm tra an toàn thực phẩm. Hội Nông dân xây dựng chương trình phối hợp giữa Hội với "
     "các Bộ: Tài chính, Công Thương, báo cáo Phó Thủ tướng trong quý III/2016.", "vi", [("MOH", "assignee", "DPM")]),
    ("Thỏa thuận hợp tác được ký giữa Đài Truyền hình Việt Nam với các Bộ: Y tế, Công Thương, triển khai từ tháng 5.",
     "vi", []),
    # a list whose own frame is kept where the words before the collective make none
    ("Bộ trưởng các Bộ: Quốc phòng, Công an tiếp tục chỉ đạo lực lượng chức năng tăng cường tuần tra.", "vi",
     [("MOD", "assignee", None), ("MPS", "assignee", None)]),
])
def test_a_ministries_list_after_a_colon(text, lang, expected):
    assert found(text, lang) == expected
