"""Issue #13, Vietnamese assignment classes still open after round 21b (README "Open classes after round 21b
(assignments vi, not blind)"), read from the rounds' misses and their "Left open" paragraphs. New sentences written for
these tests (not the pages' sentences), one literal case a line, with the look-alikes that must stay out; French and
English cases where the class exists there."""
from __future__ import annotations

import pytest

from extract.assign.deadlines import parse
from tests.assign_cases import rows


# ------------------------------------------------------------------ the report's date in the next request


@pytest.mark.parametrize("text, lang, expected", [
    ("Ngày 3/3/2021, Bộ Xây dựng đề nghị UBND các tỉnh, thành phố trực thuộc Trung ương báo cáo kết quả thực hiện "
     "Chiến lược phát triển nhà ở. Đề nghị UBND các tỉnh, thành phố trực thuộc Trung ương gửi báo cáo về Bộ Xây dựng "
     "trước ngày 30/3/2021.", "vi",
     [("PROVINCES", "assignee", "MOC", "2021-03-30", "before"), ("PROVINCES", "assignee", "MOC", "2021-03-30", "before")]),
    ("Ngày 5/4/2023, UBND tỉnh Quảng Ngãi yêu cầu Sở Tài chính báo cáo tình hình giải ngân vốn đầu tư công. Yêu cầu "
     "Sở Tài chính gửi báo cáo về UBND tỉnh chậm nhất ngày 20/4/2023.", "vi",
     [("DOF@51", "assignee", "PPC@51", "2023-04-20", "by"), ("DOF@51", "assignee", "PPC@51", "2023-04-20", "by")]),
    ("Le 3 mars 2021, le ministère de la Construction a demandé aux comités populaires des provinces de faire rapport "
     "sur les résultats de la stratégie du logement. Il a demandé aux comités populaires des provinces de transmettre "
     "le rapport au ministère avant le 30 mars 2021.", "fr",
     [("PROVINCES", "assignee", "MOC", "2021-03-30", "before"), ("PROVINCES", "assignee", "MOC", "2021-03-30", "before")]),
    # look-alikes: the first request is no report, another asker sends the report, the next request is no sending of it
    ("Ngày 3/3/2021, Bộ Xây dựng đề nghị UBND các tỉnh rà soát các dự án nhà ở. Đề nghị UBND các tỉnh gửi báo cáo "
     "về Bộ Xây dựng trước ngày 30/3/2021.", "vi",
     [("PROVINCES", "assignee", "MOC", None, None), ("PROVINCES", "assignee", "MOC", "2021-03-30", "before")]),
    ("Ngày 3/3/2021, Bộ Xây dựng đề nghị UBND các tỉnh báo cáo kết quả thực hiện. Bộ Tài chính đề nghị UBND các tỉnh "
     "gửi báo cáo về Bộ Tài chính trước ngày 30/3/2021.", "vi",
     [("PROVINCES", "assignee", "MOC", None, None), ("PROVINCES", "assignee", "MOF", "2021-03-30", "before")]),
    ("Ngày 3/3/2021, Bộ Xây dựng đề nghị UBND các tỉnh báo cáo kết quả thực hiện. Đề nghị UBND các tỉnh rà soát các "
     "dự án nhà ở trước ngày 30/3/2021.", "vi",
     [("PROVINCES", "assignee", "MOC", None, None), ("PROVINCES", "assignee", "MOC", "2021-03-30", "before")]),
    # a sentence between the two requests (the second then has no asker: round 21's subjectless request)
    ("Ngày 3/3/2021, Bộ Xây dựng đề nghị UBND các tỉnh báo cáo kết quả thực hiện. Chiến lược giai đoạn 2011-2020 đã "
     "kết thúc. Đề nghị UBND các tỉnh gửi báo cáo về Bộ Xây dựng trước ngày 30/3/2021.", "vi",
     [("PROVINCES", "assignee", "MOC", None, None), ("PROVINCES", "assignee", None, "2021-03-30", "before")]),
])
def test_the_report_takes_the_date_of_the_next_request_to_send_it(text, lang, expected):
    assert rows(text, lang) == expected


@pytest.mark.parametrize("phrase, expected", [
    ("hoàn thành trong quý III-2024", ("2024-Q3", "in")),
    ("trước quý I - 2026", ("2026-Q1", "before")),
    ("chậm nhất trong quý 2-2025", ("2025-Q2", "by")),
    # look-alikes: a quarter range is no quarter, a month's hyphen stays a month
    ("trong quý 2-3 năm nay", None),
    ("trong tháng 6-2025", ("2025-06", "in")),
])
def test_a_quarter_joined_to_its_year_by_a_hyphen(phrase, expected):
    assert parse(phrase, "vi") == expected
