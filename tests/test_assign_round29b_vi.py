"""Round 29b's error classes of Vietnamese assignments (docs/quality.md "Round 29b (blind, real public pages):
assignments vi"), fixed as general rules, data first: a count in figures between the asking verb and the bodies
(vi grammar.json count_before_bodies, as English and French have it) and the communes and townships together
(`các xã, thị trấn`, nlp/lang/vi/agencies.csv); a bare `Bộ` opening its clause before an asking verb names the
ministry named before it, the asker (vi grammar.json bodies_named_again); a head's emphasis naming no body goes on
as the asker of the duty told in the next sentence (askers._emphasis_going_on, in vi, en and fr). New sentences
written for these tests, one literal case a line, with the look-alikes that must stay as they were."""
from __future__ import annotations

import pytest

from tests.assign_cases import rows_reader

_rows = rows_reader(published="2025-10-01")


@pytest.mark.parametrize("text, expected", [
    ("Chủ tịch UBND huyện yêu cầu 12 xã, thị trấn rà soát hộ nghèo trước ngày 30/11.",
     [("CPC", "assignee", "DPC", "2025-11-30")]),
    ("UBND tỉnh yêu cầu 25 xã, phường hoàn thành kiểm kê đất đai.", [("CPC", "assignee", "PPC", None)]),
    ("UBND thị xã yêu cầu 9 phường, xã hoàn thành kiểm tra.", [("CPC", "assignee", "DPC", None)]),
    ("Chủ tịch UBND tỉnh yêu cầu 20 sở, ngành hoàn thành số hóa hồ sơ.", [("DEPARTMENTS", "assignee", "PPC", None)]),
    ("UBND huyện yêu cầu UBND các xã, thị trấn báo cáo kết quả tiêm chủng.", [("CPC", "assignee", "DPC", None)]),
    ("Chủ tịch UBND huyện giao các xã, thị trấn tổ chức ra quân dọn vệ sinh.", [("CPC", "assignee", "DPC", None)]),
    # look-alikes: the units counted in a report, a count of days after the verb
    ("Trên địa bàn huyện có 18 xã, thị trấn đã hoàn thành tiêm chủng.", []),
    ("Huyện có 12 xã, thị trấn tham gia chương trình nông thôn mới.", []),
    ("UBND tỉnh yêu cầu trong 15 ngày phải hoàn thành hồ sơ.", []),
])
def test_a_count_in_figures_before_the_bodies_and_the_communes_and_townships(text, expected):
    assert _rows(text, "vi") == expected


@pytest.mark.parametrize("text, expected", [
    ("Bộ Nông nghiệp và Môi trường vừa có văn bản về phòng chống dịch. Bộ đề nghị UBND các tỉnh chỉ đạo kiểm tra.",
     [("PROVINCES", "assignee", "MAE", None)]),
    ("Bộ Xây dựng tổ chức hội nghị trực tuyến. Bộ yêu cầu UBND các tỉnh, thành phố rà soát quy hoạch.",
     [("PROVINCES", "assignee", "MOC", None)]),
    # look-alikes: a word ending in `bộ`, a proposal to the Government (no task), `Toàn bộ đề nghị` as a noun
    ("Bộ Y tế tổ chức hội nghị. Cán bộ yêu cầu người dân khai báo y tế.", []),
    ("Bộ Công Thương làm việc với tỉnh Lào Cai. Bộ đề nghị Chính phủ xem xét cơ chế.", []),
    ("Toàn bộ đề nghị của UBND các tỉnh đã được Bộ Tài chính tiếp thu.", []),
])
def test_a_bare_ministry_word_asking_after_the_ministry_named(text, expected):
    assert _rows(text, "vi") == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Phát biểu kết luận, Chủ tịch UBND tỉnh Lê Văn B nhấn mạnh, năm 2025 là năm cuối của kế hoạch. Trong bối cảnh "
     "đó, các sở, ngành cần khẩn trương tháo gỡ vướng mắc.", "vi", [("DEPARTMENTS", "assignee", "PPC", None)]),
    ("Giám đốc Sở Y tế nhấn mạnh, dịch sốt xuất huyết đang gia tăng. UBND các huyện cần chủ động phun hóa chất.", "vi",
     [("DPC", "assignee", "DOH", None)]),
    ("Concluding the meeting, the Chairman of the Provincial People's Committee stressed that 2025 is the last year "
     "of the plan. Departments and sectors must urgently remove obstacles.", "en",
     [("DEPARTMENTS", "assignee", "PPC", None)]),
    ("En conclusion, le président du Comité populaire provincial a souligné que 2025 est la dernière année du plan. "
     "Les services et secteurs doivent lever rapidement les obstacles.", "fr",
     [("DEPARTMENTS", "assignee", "PPC", None)]),
    # look-alikes: a head who reports, an emphasis about a body named after the verb: no asker
    ("Chủ tịch UBND tỉnh cho biết năm 2025 là năm cuối của kế hoạch. Các sở, ngành cần khẩn trương tháo gỡ vướng "
     "mắc.", "vi", [("DEPARTMENTS", "assignee", None, None)]),
    ("Chủ tịch UBND tỉnh nhấn mạnh Sở Tài chính đã làm tốt công tác tham mưu. Các sở, ngành cần khẩn trương tháo gỡ "
     "vướng mắc.", "vi", [("DEPARTMENTS", "assignee", None, None)]),
    ("The Chairman of the Provincial People's Committee said that 2025 is the last year of the plan. Departments and "
     "sectors must urgently remove obstacles.", "en", [("DEPARTMENTS", "assignee", None, None)]),
])
def test_an_emphasis_going_on_as_the_asker_of_the_next_sentence(text, lang, expected):
    assert _rows(text, lang) == expected
