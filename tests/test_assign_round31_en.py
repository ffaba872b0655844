"""Round 31's error classes of English assignments (docs/quality.md "Round 31 (blind, real public pages): assignments
en"), fixed as general rules: the bodies a tasked body urges in the part of its request after a semicolon that opens
with its lead (`requested the Department of X to organize shifts; take the lead in monitoring and urging departments
and localities to …`) are that body's own task's object, as they are with no semicolon between or with the urging
verb opening the part (round 12; stop 37's convention: urging alone tasks no one, guidance with a task after does).
The same class in Vietnamese (`…; chủ trì theo dõi, đôn đốc các sở, ngành …`); French has no urging cue of a tasked
body (`exhorter` after a tasked service gave no row before this round either). New sentences written for these
tests, one literal case a line, with the look-alikes that must stay as they were."""
from __future__ import annotations

import pytest

from tests.assign_cases import rows_reader

_rows = rows_reader("agency_id", "role", "assigned_by", published="2025-10-01")


@pytest.mark.parametrize("text, lang, expected", [
    # the class: the part after the semicolon opens with the tasked body's lead, no body of its own
    ("The Hai Phong City People's Committee asked the Department of Construction to review the projects; take the "
     "lead in monitoring and urging the People's Committees of communes to finish the site clearance.", "en",
     [("DOC@31", "assignee", "PPC@31")]),
    ("The Provincial People's Committee of Lam Dong requested the Department of Agriculture and Environment to "
     "organize shifts; take the lead in urging departments and localities to implement natural disaster prevention.",
     "en", [("DAE@68", "assignee", "PPC@68")]),
    ("The Quang Ninh Provincial People's Committee asked the Department of Health to stock medicines; preside over "
     "and urge the People's Committees of communes and wards to disinfect flooded areas.", "en",
     [("DOH@22", "assignee", "PPC@22")]),
    ("UBND tỉnh Lâm Đồng yêu cầu Sở Nông nghiệp và Môi trường tổ chức trực ban; chủ trì theo dõi, đôn đốc các sở, "
     "ngành và địa phương triển khai công tác phòng chống thiên tai.", "vi", [("DAE@68", "assignee", "PPC@68")]),
    # read before: the urging verb opens the part (round 12), or no semicolon between
    ("The Provincial People's Committee of Lam Dong requested the Department of Agriculture and Environment to "
     "organize shifts; urge departments and localities to implement natural disaster prevention.", "en",
     [("DAE@68", "assignee", "PPC@68")]),
    ("UBND tỉnh Lâm Đồng yêu cầu Sở Nông nghiệp và Môi trường tổ chức trực ban, chủ trì theo dõi, đôn đốc các sở, "
     "ngành triển khai công tác phòng chống thiên tai.", "vi", [("DAE@68", "assignee", "PPC@68")]),
    # look-alikes: guidance with a task after the bodies tasks them (stop 37's convention)
    ("The Hai Phong City People's Committee asked the Department of Construction to review the projects; take the "
     "lead in urging and guiding the People's Committees of communes to finish the site clearance.", "en",
     [("DOC@31", "assignee", "PPC@31"), ("CPC@31", "assignee", "PPC@31")]),
    ("UBND tỉnh Lâm Đồng yêu cầu Sở Nông nghiệp và Môi trường tổ chức trực ban; chủ trì theo dõi, đôn đốc, hướng "
     "dẫn các sở, ngành triển khai công tác phòng chống thiên tai.", "vi",
     [("DAE@68", "assignee", "PPC@68"), ("DEPARTMENTS@68", "assignee", "PPC@68")]),
    # look-alikes: the part after the semicolon has a subject of its own (a body, a pronoun, the province)
    ("The Hai Phong City People's Committee asked the Department of Construction to review the projects; the "
     "Chairman of the City People's Committee also urged the People's Committees of communes to finish the site "
     "clearance.", "en", [("DOC@31", "assignee", "PPC@31"), ("CPC@31", "assignee", "PPC@31")]),
    ("The Hai Phong City People's Committee asked the Department of Construction to review the projects; it also "
     "urged the People's Committees of communes to finish the site clearance.", "en",
     [("DOC@31", "assignee", "PPC@31"), ("CPC@31", "assignee", "PPC@31")]),
    ("UBND tỉnh Lâm Đồng yêu cầu Sở Nông nghiệp và Môi trường tổ chức trực ban; đồng thời, tỉnh cũng đôn đốc các "
     "sở, ngành triển khai công tác phòng chống thiên tai.", "vi",
     [("DAE@68", "assignee", "PPC@68"), ("DEPARTMENTS@68", "assignee", "PPC@68")]),
    # look-alike: a new request after the semicolon
    ("UBND thành phố Hải Phòng giao Sở Xây dựng rà soát các dự án; đồng thời yêu cầu UBND các xã hoàn thành giải "
     "phóng mặt bằng.", "vi", [("DOC@31", "assignee", "PPC@31"), ("CPC@31", "assignee", "PPC@31")]),
])
def test_urging_in_the_lead_part_after_a_semicolon(text, lang, expected):
    assert _rows(text, lang) == expected
