"""Issue #13, the Vietnamese assignment classes that round 25 (8 real public pages, blind, after rounds 24 and 24b's
fixes; docs/quality.md "Round 25 (blind, real public pages): assignments vi") showed. New sentences written for these
tests (not the pages' sentences), one literal case a line, with the look-alikes that must stay out: a department
written with the bare word of its own province before its cue (``Sở Tài chính tỉnh có trách nhiệm …``: grammar's
``own_province_words`` inside the subject's apposition); the province or the city itself, unnamed, opening the clause
before an assigning verb (``Tỉnh chỉ đạo Sở Y tế …``: grammar's ``leader_askers``); the provincial inspectorate named
with its province (``Thanh tra tỉnh Phú Thọ được giao …``: cues.json ``name_heads``), no committee of that province;
the commune leaders written without ``các`` (``Lãnh đạo xã, phường phải …``: agencies.csv). English and French cases
are the same sentences, which those languages read already (guards)."""
from __future__ import annotations

import pytest

from tests.assign_cases import dated, found

# ------------------------------------------------------------------ a department with its own province's bare word


@pytest.mark.parametrize("text, lang, expected", [
    # the word between the department and its duty (fails without the fix: no row for the finance department)
    ("UBND tỉnh Nghệ An giao Sở Xây dựng chủ trì kiểm tra các công trình. Sở Tài chính tỉnh có trách nhiệm tham mưu "
     "cân đối nguồn lực.", "vi", [("DOC@40", "lead", "PPC@40"), ("DOF@40", "assignee", "PPC@40")]),
    # its lead's cue after the word (fails without the fix: no row)
    ("UBND tỉnh Nghệ An yêu cầu Sở Xây dựng kiểm tra các công trình. Sở Y tế tỉnh chủ trì cung cấp thuốc cho người "
     "dân.", "vi", [("DOC@40", "assignee", "PPC@40"), ("DOH@40", "lead", "PPC@40")]),
    # after an assigning verb, the lead's cue beyond the word (fails without the fix: an assignee)
    ("UBND tỉnh Nghệ An giao Sở Tài chính tỉnh chủ trì rà soát trụ sở dôi dư.", "vi",
     [("DOF@40", "lead", "PPC@40")]),
    # a city's own department (fails without the fix: no row)
    ("UBND thành phố Hải Phòng yêu cầu Sở Xây dựng kiểm tra các công trình. Sở Nội vụ thành phố có trách nhiệm tổng "
     "hợp kết quả.", "vi", [("DOC@31", "assignee", "PPC@31"), ("DOHA@31", "assignee", "PPC@31")]),
    # held: the province named after the word is part of the department's mention
    ("UBND tỉnh Nghệ An yêu cầu Sở Xây dựng kiểm tra các công trình. Sở Tài chính tỉnh Nghệ An có trách nhiệm tham "
     "mưu cân đối nguồn lực.", "vi", [("DOC@40", "assignee", "PPC@40"), ("DOF@40", "assignee", "PPC@40")]),
    # look-alike: the department tells what it did, no duty
    ("UBND tỉnh Nghệ An yêu cầu Sở Xây dựng kiểm tra các công trình. Sở Tài chính tỉnh đã tham mưu cân đối nguồn "
     "lực.", "vi", [("DOC@40", "assignee", "PPC@40")]),
    # held in English
    ("The Nghe An Provincial People's Committee assigned the Department of Construction to inspect works. The "
     "provincial Department of Finance is responsible for balancing resources.", "en",
     [("DOC@40", "assignee", "PPC@40"), ("DOF@40", "assignee", "PPC@40")]),
])
def test_department_with_its_own_province_word(text, lang, expected):
    assert found(text, lang) == expected


# ------------------------------------------------------------------ the province itself asking, unnamed


@pytest.mark.parametrize("text, lang, expected", [
    # fails without the fix: the health department without its asker
    ("Chủ tịch UBND tỉnh Nghệ An vừa ký công điện khẩn. Tỉnh chỉ đạo Sở Y tế hỗ trợ ngay thuốc cho các xã bị lũ.",
     "vi", [("DOH@40", "assignee", "PPC@40")]),
    ("Chủ tịch UBND thành phố Hải Phòng vừa ký công điện. Thành phố giao Sở Xây dựng kiểm tra ngay các công trình.",
     "vi", [("DOC@31", "assignee", "PPC@31")]),
    # held: after a comma of the clause before, where the committee named asks
    ("Theo công điện của UBND tỉnh Nghệ An, tỉnh yêu cầu Sở Y tế hỗ trợ ngay thuốc.", "vi",
     [("DOH@40", "assignee", "PPC@40")]),
    # held: the committee named asks
    ("UBND tỉnh Nghệ An chỉ đạo Sở Y tế hỗ trợ ngay thuốc cho các xã bị lũ.", "vi",
     [("DOH@40", "assignee", "PPC@40")]),
    # look-alike: the Prime Minister's request to the provinces keeps its asker
    ("Thủ tướng yêu cầu UBND các tỉnh chỉ đạo các lực lượng hỗ trợ người dân.", "vi",
     [("PROVINCES", "assignee", "PM")]),
    # held in English and French
    ("The Nghe An Provincial People's Committee issued a dispatch. The province directed the Department of Health to "
     "supply medicine immediately.", "en", [("DOH@40", "assignee", "PPC@40")]),
    ("Le Comité populaire de la province de Nghe An a publié une dépêche. La province a chargé le Service de la santé "
     "de fournir immédiatement des médicaments.", "fr", [("DOH@40", "assignee", "PPC@40")]),
])
def test_the_province_itself_asks(text, lang, expected):
    assert found(text, lang) == expected


# ------------------------------------------------------------------ the provincial inspectorate with its province


@pytest.mark.parametrize("text, lang, expected", [
    # fails without the fix: the province's committee read from the inspectorate's name
    ("UBND tỉnh Nghệ An yêu cầu Sở Xây dựng kiểm tra các công trình. Thanh tra tỉnh Nghệ An được giao theo dõi việc "
     "thực hiện.", "vi", [("DOC@40", "assignee", "PPC@40")]),
    # held: right after an assigning verb, and the ministry's inspectorate is no ministry either
    ("Chủ tịch UBND tỉnh Nghệ An giao Thanh tra tỉnh Nghệ An kiểm tra việc bồi thường.", "vi", []),
    ("Bộ trưởng Bộ Tài chính giao Thanh tra Bộ Tài chính kiểm tra việc quản lý tài sản công.", "vi", []),
    # held: the Government Inspectorate is a body of the table, and a province beside it keeps its row
    ("Thủ tướng yêu cầu Thanh tra Chính phủ phối hợp với tỉnh Nghệ An kiểm tra dự án.", "vi",
     [("GI", "assignee", "PM"), ("PPC@40", "coordinate", "PM")]),
    ("Thủ tướng giao tỉnh Nghệ An chủ trì thực hiện dự án.", "vi", [("PPC@40", "lead", "PM")]),
    # held in English and French
    ("The Nghe An Provincial People's Committee asked the Department of Construction to inspect works. The Nghe An "
     "Provincial Inspectorate was assigned to monitor the implementation.", "en", [("DOC@40", "assignee", "PPC@40")]),
    ("Le Comité populaire de la province de Nghe An a demandé au Service de la construction d'inspecter les ouvrages. "
     "L'Inspection de la province de Nghe An a été chargée de suivre la mise en œuvre.", "fr",
     [("DOC@40", "assignee", "PPC@40")]),
])
def test_provincial_inspectorate_is_no_committee(text, lang, expected):
    assert found(text, lang) == expected


# ------------------------------------------------------------------ commune leaders written without "các"


@pytest.mark.parametrize("text, lang, expected", [
    # fails without the fix (each of the three): the communes without 'các' missed
    ("Chủ tịch UBND tỉnh Nghệ An yêu cầu lãnh đạo các xã, phường tập trung ứng phó. Lãnh đạo xã, phường phải cung "
     "cấp lương thực cho người dân.", "vi", [("CPC@40", "assignee", "PPC@40"), ("CPC@40", "assignee", "PPC@40")]),
    ("UBND tỉnh Nghệ An yêu cầu lãnh đạo xã, phường cung cấp lương thực cho người dân.", "vi",
     [("CPC@40", "assignee", "PPC@40")]),
    ("Chủ tịch UBND tỉnh Nghệ An yêu cầu Sở Y tế hỗ trợ. Lãnh đạo xã, phường, đặc khu phải chủ động sơ tán dân.", "vi",
     [("DOH@40", "assignee", "PPC@40"), ("CPC@40", "assignee", "PPC@40")]),
    # look-alikes: a meeting with them, a visit
    ("Chủ tịch UBND tỉnh Nghệ An làm việc với lãnh đạo xã, phường về công tác cứu trợ.", "vi", []),
    ("Đoàn công tác đã làm việc với lãnh đạo xã, phường và nghe báo cáo.", "vi", []),
    # held in English
    ("The Nghe An Provincial People's Committee asked leaders of communes and wards to focus on the response. Leaders "
     "of communes and wards must provide food to the people.", "en",
     [("CPC@40", "assignee", "PPC@40"), ("CPC@40", "assignee", "PPC@40")]),
])
def test_commune_leaders_without_a_plural_word(text, lang, expected):
    assert found(text, lang) == expected


@pytest.mark.parametrize("text, lang, published, expected", [
    # the bracketed day of the department's second duty, the year from the text's date (held)
    ("Chủ tịch UBND tỉnh Nghệ An vừa ký công điện khẩn. Tỉnh chỉ đạo Sở Y tế hỗ trợ ngay thuốc; tham mưu phân bổ ngay "
     "(trong ngày 21/11) số gạo cứu trợ.", "vi", "2025-11-21", [("DOH@40", "2025-11-21", "in")]),
])
def test_the_province_itself_asks_dated(text, lang, published, expected):
    assert dated(text, lang, published) == expected
