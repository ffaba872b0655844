"""Issue #13, the Vietnamese assignment classes that round 24 (10 real public pages, blind, after rounds 23 and 23b's
fixes; README "Round 24 (blind, real public pages): assignments vi") showed. New sentences written for these tests
(not the pages' sentences), one literal case a line, with the look-alikes that must stay out: the Government paper's
masthead is no issuer (cues.json ``not_subject_before`` gains ``báo điện tử``, read before a heading's name by
``askers.outside_publication_names``); the press's hyphenated department and ministry abbreviations are names of
the agency table (vi agencies.csv; the departments' forms only: the ministries' forms would let an older class
through, see the README's round 24 section); a sentence opening with a forecast lends its day to no task (deadlines.json
``forecast_openers``, in the four languages)."""
from __future__ import annotations

import pytest

from tests.assign_cases import dated, found

# ------------------------------------------------------------------ the Government paper's masthead


@pytest.mark.parametrize("text, lang, expected", [
    # a decision's duties under the masthead: the PM who signed assigns them, not the paper's "CHÍNH PHỦ" (fails
    # without the fix: GOV)
    ("Tải ứng dụng:\nBÁO ĐIỆN TỬ CHÍNH PHỦ\nThủ tướng Chính phủ vừa ký Quyết định số 2500/QĐ-TTg ngày 20/11/2025 về "
     "việc hỗ trợ kinh phí cho tỉnh Lâm Đồng.\nỦy ban nhân dân tỉnh Lâm Đồng có trách nhiệm:\n1. Quản lý, sử dụng số "
     "kinh phí bổ sung đúng quy định.", "vi", [("PPC@68", "assignee", "PM")]),
    # a dispatch's list item naming the ministers again (fails without the fix: the item's row by GOV)
    ("BÁO ĐIỆN TỬ CHÍNH PHỦ\nThủ tướng Chính phủ yêu cầu Bộ trưởng, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố thực "
     "hiện các công việc sau:\n1. Bộ trưởng, Thủ trưởng cơ quan ngang bộ:\na) Khẩn trương rà soát các thủ tục hành "
     "chính.", "vi", [("PROVINCES", "assignee", "PM"), ("MINISTRIES", "assignee", "PM")]),
    # look-alike: a resolution's own heading in capitals is its issuer (held)
    ("CHÍNH PHỦ\nNGHỊ QUYẾT\nChính phủ yêu cầu Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương:\n1. Ủy ban "
     "nhân dân các tỉnh rà soát các dự án.", "vi", [("PROVINCES", "assignee", "GOV")]),
    # the portal's name in lower case was never a heading (held)
    ("Cổng Thông tin điện tử Chính phủ\nThủ tướng Chính phủ vừa ký Quyết định hỗ trợ kinh phí.\nỦy ban nhân dân các "
     "tỉnh, thành phố có trách nhiệm:\n1. Quản lý, sử dụng kinh phí đúng quy định.", "vi",
     [("PROVINCES", "assignee", "PM")]),
])
def test_masthead_is_no_issuer(text, lang, expected):
    assert found(text, lang) == expected


# ------------------------------------------------------------------ hyphenated abbreviations


@pytest.mark.parametrize("text, lang, expected", [
    # the press's "Sở GD-ĐT", "Sở NN-MT", "Sở TN-MT" (the table had the "&" forms; all fail without the fix)
    ("UBND tỉnh Khánh Hòa yêu cầu Sở GD-ĐT chỉ đạo các trường cho học sinh nghỉ học.", "vi",
     [("DOET@56", "assignee", "PPC@56")]),
    ("UBND tỉnh Khánh Hòa giao Sở NN-MT chủ trì, phối hợp với Sở TN-MT kiểm tra các hồ chứa.", "vi",
     [("DAE@56", "lead", "PPC@56"), ("DONRE@56", "coordinate", "PPC@56")]),
    ("Chủ tịch UBND tỉnh Khánh Hòa giao Sở KH-CN chủ trì, phối hợp với Sở TT-TT xây dựng đề án chuyển đổi số.", "vi",
     [("DOST@56", "lead", "PPC@56"), ("DIC@56", "coordinate", "PPC@56")]),
    # held: the "&" forms
    ("UBND tỉnh Khánh Hòa yêu cầu Sở GD&ĐT chỉ đạo các trường cho học sinh nghỉ học.", "vi",
     [("DOET@56", "assignee", "PPC@56")]),
    # look-alike: the department reporting is not asked
    ("Sở GD-ĐT tỉnh Khánh Hòa cho biết đã có 200 trường cho học sinh nghỉ học.", "vi", []),
])
def test_hyphenated_abbreviations(text, lang, expected):
    assert found(text, lang) == expected


# ------------------------------------------------------------------ a forecast's day


@pytest.mark.parametrize("text, lang, published, expected", [
    # the sentence after the request opens with the forecast: its day is the storm's (the first two fail without the
    # fix: 2025-11-05 in / by)
    ("UBND tỉnh Khánh Hòa ban hành công văn chỉ đạo các sở, ngành chủ động ứng phó với bão. Theo dự báo, vào 13 giờ "
     "ngày 5.11, bão sẽ nằm trên vùng biển phía đông.", "vi", "2025-11-03", [("DEPARTMENTS@56", None, None)]),
    ("The Khanh Hoa People's Committee asked the provincial departments to respond to the storm. According to the "
     "forecast, by 1 p.m. on November 5 the storm will be in the East Sea.", "en", "2025-11-03",
     [("DEPARTMENTS@56", None, None)]),
    ("Le Comité populaire de Khanh Hoa a demandé aux services provinciaux de se préparer à la tempête. Selon les "
     "prévisions, la tempête touchera la côte le 6 novembre.", "fr", "2025-11-03", [("DEPARTMENTS@56", None, None)]),
    # look-alike: a time limit after the request is still its date (held)
    ("UBND tỉnh Khánh Hòa chỉ đạo các sở, ngành chủ động ứng phó với bão. Thời hạn hoàn thành trước ngày 5.11.", "vi",
     "2025-11-03", [("DEPARTMENTS@56", "2025-11-05", "before")]),
])
def test_forecast_day_is_no_deadline(text, lang, published, expected):
    assert dated(text, lang, published) == expected
