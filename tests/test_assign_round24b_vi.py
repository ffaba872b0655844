"""Issue #13, the Vietnamese assignment classes that round 24b (8 real public pages, blind, after round 24's fixes;
README "Round 24b (blind, real public pages): assignments vi") showed. New sentences written for these tests (not the
pages' sentences), one literal case a line, with the look-alikes that must stay out: a list of addressees goes on past
the Party secretaries named for two committees at once (``Bí thư tỉnh ủy, thành ủy và chủ tịch UBND …``) and past the
member agencies of the provincial civil defence command (cues.json ``list_skips``, vi, en, fr); a later sentence
opening with the asker's next request that names no body ends the task before it, unless it asks for that task's report
(grammar ``asker_requests_end_a_task``, ``asker_request_report_verbs``, vi; fr's ``requests_outside_the_table_end_a_task``
is the broader form)."""
from __future__ import annotations

import pytest

from tests.assign_cases import dated, found

# ------------------------------------------------------------------ names outside the table inside a list


@pytest.mark.parametrize("text, lang, expected", [
    # the secretaries of both Party committees before the chairmen (fails without the fix: no row)
    ("Thủ tướng yêu cầu: Bí thư tỉnh ủy, thành ủy và chủ tịch UBND các tỉnh, thành phố trực tiếp chỉ đạo việc "
     "sửa chữa nhà ở cho người dân.", "vi", [("PROVINCES", "assignee", "PM")]),
    # held: each secretary named in full (the table of skips had them)
    ("Thủ tướng đề nghị Bí thư Tỉnh ủy, Bí thư Thành ủy, Chủ tịch UBND các tỉnh, thành phố tập trung chỉ đạo công tác "
     "phòng, chống dịch.", "vi", [("PROVINCES", "assignee", "PM")]),
    # the member agencies of the civil defence command inside a list split by semicolons (fails without the fix: the
    # communes' row lost)
    ("UBND tỉnh Nghệ An yêu cầu các sở, ngành, cơ quan thành viên Ban Chỉ huy phòng thủ dân sự tỉnh; UBND các xã, "
     "phường; Công ty Thủy điện Bản Vẽ chủ động ứng phó với mưa lũ.", "vi",
     [("DEPARTMENTS@40", "assignee", "PPC@40"), ("CPC@40", "assignee", "PPC@40")]),
    # held: after a named department and commas only; en and fr (fail without the fix: the communes' row lost)
    ("UBND tỉnh Nghệ An yêu cầu Sở Xây dựng, các thành viên Ban Chỉ huy phòng thủ dân sự tỉnh, UBND các xã, phường "
     "kiểm tra an toàn các công trình.", "vi", [("DOC@40", "assignee", "PPC@40"), ("CPC@40", "assignee", "PPC@40")]),
    ("The Nghe An Provincial People's Committee requested the Department of Construction, member agencies of the "
     "Provincial Civil Defence Command and People's Committees of communes and wards to inspect the safety of works.",
     "en", [("DOC@40", "assignee", "PPC@40"), ("CPC@40", "assignee", "PPC@40")]),
    ("Le Comité populaire de la province de Nghe An a demandé au Service de la construction, aux agences membres du "
     "Commandement provincial de la défense civile et aux comités populaires des communes et des quartiers de vérifier "
     "la sécurité des ouvrages.", "fr", [("DOC@40", "assignee", "PPC@40"), ("CPC@40", "assignee", "PPC@40")]),
    # held: a list without the names outside the table
    ("UBND tỉnh Nghệ An yêu cầu các sở, ngành, UBND các xã, phường chủ động ứng phó với mưa lũ.", "vi",
     [("DEPARTMENTS@40", "assignee", "PPC@40"), ("CPC@40", "assignee", "PPC@40")]),
    # look-alike: the command's members alone are no body of the table
    ("UBND tỉnh Nghệ An yêu cầu các thành viên Ban Chỉ huy phòng thủ dân sự tỉnh kiểm tra các hồ đập.", "vi", []),
])
def test_names_outside_the_table_inside_a_list(text, lang, expected):
    assert found(text, lang) == expected


@pytest.mark.parametrize("text, lang, published, expected", [
    # the chairmen found, the day after them is theirs and no longer the earlier sentence's (fails without the fix:
    # the ministries dated 2026-01-15, the chairmen missed)
    ("Thủ tướng vừa ký Công điện, yêu cầu các bộ, ngành nỗ lực hoàn thành chiến dịch. Để hoàn thành chiến dịch, Thủ "
     "tướng yêu cầu: Bí thư tỉnh ủy, thành ủy và chủ tịch UBND các tỉnh, thành phố hoàn thành việc xây dựng lại nhà ở "
     "trước ngày 15/1/2026.", "vi", "2026-01-02",
     [("MINISTRIES", None, None), ("PROVINCES", "2026-01-15", "before")]),
])
def test_secretaries_before_the_chairmen_dated(text, lang, published, expected):
    assert dated(text, lang, published) == expected


# ------------------------------------------------------------------ the asker's next request ends the task


@pytest.mark.parametrize("text, lang, published, expected", [
    # the asker's next request naming no body: its month is not the ministry's (fails without the fix: 2026-03 in)
    ("Thủ tướng yêu cầu Bộ Xây dựng chủ trì quản lý chặt chẽ hoạt động vận tải. Thủ tướng yêu cầu đẩy nhanh tiến độ các "
     "dự án trọng điểm (hoàn thành lập báo cáo nghiên cứu khả thi trong tháng 3 năm 2026).", "vi", "2026-02-25",
     [("MOC", None, None)]),
    # held: a provincial asker's next request with a day of its own
    ("UBND tỉnh Nghệ An giao Sở Xây dựng kiểm tra các công trình. UBND tỉnh cũng yêu cầu đẩy nhanh tiến độ giải ngân "
     "trước ngày 31/12/2025.", "vi", "2025-11-20", [("DOC@40", None, None)]),
    # look-alikes: the asker asking for the task's report, a subjectless restatement, a time limit (held)
    ("Phó Thủ tướng yêu cầu Bộ Tài nguyên và Môi trường khẩn trương trình quy hoạch. Phó Thủ tướng yêu cầu báo cáo Thủ "
     "tướng Chính phủ trước ngày 10/11/2022.", "vi", "2022-08-01", [("MONRE", "2022-11-10", "before")]),
    ("Thủ tướng yêu cầu Bộ Xây dựng chủ trì quản lý chặt chẽ hoạt động vận tải. Yêu cầu hoàn thành trong tháng 3 năm "
     "2026.", "vi", "2026-02-25", [("MOC", "2026-03", "in")]),
    ("Thủ tướng yêu cầu Bộ Xây dựng chủ trì quản lý chặt chẽ hoạt động vận tải. Thời hạn hoàn thành trong tháng 3 năm "
     "2026.", "vi", "2026-02-25", [("MOC", "2026-03", "in")]),
])
def test_the_askers_next_request_ends_the_task(text, lang, published, expected):
    assert dated(text, lang, published) == expected
