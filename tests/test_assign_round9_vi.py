"""Issue #13, the Vietnamese assignment classes that round 9 (18 real public pages, blind; README "Round 9 (blind,
real public pages): assignments vi") showed, and the leftover of round 8's partners rule (the ``giao`` of ``giao
thông`` read as an asking verb). New sentences written for these tests (not the pages' sentences), one literal case
a line, with the look-alikes that must stay out."""
from __future__ import annotations

import pytest

from tests.assign_cases import found


# ------------------------------------------------------------------ partners of a lead outside the table


@pytest.mark.parametrize("text, lang, expected", [
    # the lead asked is a board the table does not hold, its name holding "giao": the partners are asked by "yêu cầu"
    ("Chủ tịch UBND tỉnh yêu cầu Ban An toàn giao thông tỉnh chủ trì, phối hợp với Sở Y tế, Công an tỉnh kiểm tra "
     "các bến xe khách.", "vi",
     [("DOH", "coordinate", "PPC"), ("PPS", "coordinate", "PPC")]),
    ("UBND tỉnh đề nghị Hội Nông dân tỉnh phối hợp với Sở Tài chính hướng dẫn các hợp tác xã.", "vi",
     [("DOF", "coordinate", "PPC")]),
    # look-alikes: "giao thông" (traffic) asks nobody
    ("Tình hình giao thông trên các tuyến quốc lộ ổn định, lực lượng chức năng phối hợp với Công an tỉnh tuần tra "
     "kiểm soát.", "vi", []),
    ("Hoạt động giao thương qua cửa khẩu tăng mạnh, các doanh nghiệp phối hợp với Sở Công Thương xúc tiến xuất khẩu.",
     "vi", []),
    # look-alike: a new clause whose own bodies were acknowledged, not asked
    ("Cử tri ghi nhận Chính phủ đã quyết liệt chỉ đạo khắc phục sự cố; ghi nhận việc Bộ Y tế, các bộ, ngành tăng "
     "cường kiểm tra, phối hợp với MTTQ Việt Nam giám sát.", "vi", []),
])
def test_partners_of_a_lead_outside_the_table(text, lang, expected):
    assert found(text, lang) == expected
