"""Issue #13, classes the round 25 and 25b Vietnamese after-fix sections left (docs/quality.md "Round 25b, assignments
vi after the fixes (not blind)", "Later, not blind"), taken up not blind. New sentences written for these tests (not
the pages' sentences), one literal case a line, with the look-alikes that must stay out:

- a deadline in a later sentence of the same letter: the word for "the localities" opening the sentence after
  communes or districts were asked goes on with them, so the date its sentences reach is theirs too
  (``… yêu cầu các xã, phường … . Các địa phương bố trí … . Phải hoàn thành … trước 18 giờ ngày 15/10/2025.``), where
  the localities give no row of their own (Vietnamese; English and French read them as the communes, a row);
  a request asking again only "the units" (grammar's ``restated_request_addressees``: ``… yêu cầu các đơn vị hoàn
  tất … trong tháng 12-2025``) dates the undated tasks a few paragraphs before it;
- the body after ``tham mưu`` / ``tham mưu cho`` is the one advised, not the subject of the verbs after it (cues.json
  ``not_subject_before``), and the department advising is tasked (``subject_weak`` gains ``tham mưu``):
  ``Sở Tài chính tỉnh Nghệ An tham mưu UBND tỉnh sớm cân đối …`` gives the department, not the committee.
"""
from __future__ import annotations

import pytest

from tests.assign_cases import dated, found

# ------------------------------------------------------------------ a later sentence of the same letter


@pytest.mark.parametrize("text, lang, published, expected", [
    # fails without the fix: the communes' row undated (the localities' sentence between was a task of its own)
    ("Tỉnh Hà Tĩnh yêu cầu các xã, phường triển khai lực lượng rà soát các khu dân cư ven sông. Các địa phương bố trí "
     "chỗ ở tạm cho người dân. Phải hoàn thành việc di dời trước 18 giờ ngày 15/10/2025.", "vi", "2025-10-01",
     [("CPC@42", "2025-10-15", "before")]),
    # look-alike: English and French read the localities as the communes, a row of their own with its date
    ("The Ha Tinh Provincial People's Committee asked communes and wards to check residential areas along rivers. "
     "Localities must arrange temporary shelter for evacuees before 6 p.m. on October 15, 2025.", "en", "2025-10-01",
     [("CPC@42", None, None), ("CPC@42", "2025-10-15", "before")]),
    ("Le Comité populaire de la province de Ha Tinh a demandé aux communes et quartiers de vérifier les zones "
     "résidentielles. Les localités doivent organiser des abris temporaires avant le 15 octobre 2025.", "fr",
     "2025-10-01", [("CPC@42", None, None), ("CPC@42", "2025-10-15", "before")]),
    # fails without the fix: a request asking again only the units closes the letter's requests
    ("Ngày 10-11, UBND tỉnh Gia Lai yêu cầu các sở, ngành liên quan rà soát quỹ đất. Theo đó, UBND tỉnh giao Sở Tài "
     "chính chủ trì, phối hợp với Sở Xây dựng xác định vị trí. Vị trí được chọn phải bảo đảm giao thông thuận lợi. Vị "
     "trí được chọn phải có dư địa phát triển. Phó Chủ tịch UBND tỉnh đã ký văn bản, yêu cầu các đơn vị hoàn tất việc "
     "đề xuất trong tháng 12-2025.", "vi", "2025-11-10",
     [("DEPARTMENTS@52", "2025-12", "in"), ("DOF@52", "2025-12", "in"), ("DOC@52", "2025-12", "in")]),
    ("UBND tỉnh Bình Định giao Sở Y tế rà soát trang thiết bị. UBND tỉnh yêu cầu các cơ quan, đơn vị báo cáo kết quả "
     "trước ngày 30/11/2024.", "vi", "2024-11-01", [("DOH@52", "2024-11-30", "before")]),
    # look-alike: a department asked, then the localities with their own date
    ("UBND tỉnh Hà Tĩnh yêu cầu Sở Y tế chuẩn bị thuốc men. Các địa phương bố trí chỗ ở tạm cho người dân trước ngày "
     "15/10/2025.", "vi", "2025-10-01", [("DOH@42", None, None)]),
    # look-alike: the localities' word not opening the next sentence
    ("Tỉnh Hà Tĩnh yêu cầu các xã, phường rà soát các khu dân cư ven sông. Người dân ở các địa phương được hỗ trợ trước "
     "ngày 15/10/2025.", "vi", "2025-10-01", [("CPC@42", None, None)]),
    # look-alike: the task before the units' request has a date of its own, which it keeps
    ("UBND tỉnh Bình Định giao Sở Y tế rà soát trang thiết bị trước ngày 15/11/2024. UBND tỉnh yêu cầu các đơn vị báo "
     "cáo kết quả trước ngày 30/11/2024.", "vi", "2024-11-01", [("DOH@52", "2024-11-15", "before")]),
])
def test_deadline_in_a_later_sentence_of_the_letter(text, lang, published, expected):
    assert dated(text, lang, published) == expected


# ------------------------------------------------------------------ the body advised after `tham mưu`


@pytest.mark.parametrize("text, lang, expected", [
    # fails without the fix: the committee advised read as the subject of `sớm cân đối`, the department lost
    ("Sở Tài chính tỉnh Nghệ An tham mưu UBND tỉnh sớm cân đối, bố trí vốn để triển khai các dự án giao thông.", "vi",
     [("DOF@40", "assignee", None)]),
    ("Sở Kế hoạch và Đầu tư tỉnh Khánh Hòa tham mưu UBND tỉnh sớm bố trí vốn để triển khai các dự án giao thông.", "vi",
     [("DPI@56", "assignee", None)]),
    # fails without the fix: no row (the committee advised, not tasked, and the department's verb not read)
    ("Sở Tài chính tỉnh Nghệ An tham mưu UBND tỉnh bố trí vốn để triển khai các dự án giao thông.", "vi",
     [("DOF@40", "assignee", None)]),
    # look-alike: the committee itself as the subject, with no `tham mưu` before it, is still tasked
    ("UBND tỉnh Khánh Hòa sớm cân đối, bố trí vốn cho các dự án giao thông.", "vi", [("PPC@56", "assignee", None)]),
    # look-alike: a department given the advice by the committee keeps its row, the committee advised gives none
    ("UBND tỉnh Thanh Hóa giao Sở Nội vụ tham mưu UBND tỉnh ban hành quy chế làm việc.", "vi",
     [("DOHA@38", "assignee", "PPC@38")]),
    # look-alike: a report of advice given (`đã tham mưu`) is no task
    ("Sở Nội vụ tỉnh Thanh Hóa đã tham mưu UBND tỉnh ban hành quy chế làm việc.", "vi", []),
])
def test_body_advised_after_tham_muu(text, lang, expected):
    assert found(text, lang) == expected
