"""Stop 48's calls of the lead and round 39's left classes, Vietnamese assignments (docs/quality.md "Stop 47's left
classes and calls (assignments, not blind, stop 48)"), fixed as general rules, data first. New sentences written for
these tests, one literal case a line, with the look-alikes that must not fire."""
from __future__ import annotations

import pytest

from tests.assign_cases import rows_reader

rows = rows_reader(published="2020-05-01")


@pytest.mark.parametrize("text, expected", [
    # the lead's call 3 of stop 48 (rulings B and E meet): the partner after `phối hợp với` of any named lead outside
    # the table that `chủ trì` is a coordinate row (late39 read it for a programme's coordination office only)
    ("UBND tỉnh Khánh Hòa ban hành kế hoạch. Bộ Chỉ huy Quân sự tỉnh chủ trì, phối hợp với Sở Y tế tổ chức diễn tập.",
     [("DOH@56", "coordinate", "PPC@56", None)]),
    ("UBND tỉnh Khánh Hòa ban hành kế hoạch. Theo đó, Trung tâm Kiểm soát bệnh tật tỉnh chủ trì, phối hợp với Sở Tài "
     "chính mua vắc xin.", [("DOF@56", "coordinate", "PPC@56", None)]),
    # look-alikes: the lead told in the past, a ceremony's or a meeting's chair
    ("UBND tỉnh Khánh Hòa ban hành kế hoạch. Năm qua, Bộ Chỉ huy Quân sự tỉnh đã chủ trì, phối hợp với Sở Y tế tổ "
     "chức diễn tập.", []),
    ("Buổi lễ do Bộ Chỉ huy Quân sự tỉnh chủ trì, phối hợp với Sở Y tế tổ chức.", []),
    ("Hội nghị do đồng chí Nguyễn Văn A chủ trì, phối hợp với Sở Y tế.", []),
])
def test_the_partner_of_a_lead_outside_the_table(text, expected):
    assert rows(text, "vi") == expected
