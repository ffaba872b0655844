"""Round 31 and 31b's open Vietnamese and English classes (issue #13; not blind), with look-alikes, in every language
where the class exists (docs/quality.md, "Round 31's Vietnamese and English open classes").

1. Field names right after a bare ``phối hợp`` (no ``Sở``) in a province's direction are its departments, a
   coordinate row each, as after ``các sở``; a parenthesis counting the reminder between an asking verb and its body
   (``đôn đốc (lần 2) Sở Xây dựng``) is a filler.
2. The guidance a subject follows, between it and its cue with no comma (``UBND các xã, phường căn cứ các chỉ đạo, hướng
   dẫn của … khẩn trương thực hiện …``), is an aside: the subject is tasked.
3. ``to take charge of`` after an asking verb leads, as ``to take the lead in`` (the Vietnamese ``chủ trì``).
4. The leaders of a named province or centrally-run city (``the leaders of Hanoi City``, ``les dirigeants de la ville de
   Hanoi``) ask for its committee, as the unnamed ``the city leaders`` do.
"""
import pytest

from tests.assign_cases import rows_reader

_rows = rows_reader(published="2022-12-01")


@pytest.mark.parametrize("lang, text, expected", [
    # departments after a bare "phối hợp", the list going on to the collective
    ("vi", "UBND tỉnh Hà Tĩnh giao Sở Y tế chủ trì, phối hợp Tài chính, Kế hoạch và Đầu tư và các sở, ngành liên quan "
           "xây dựng đề án.",
     [("DOH@42", "lead", "PPC@42", None), ("DOF@42", "coordinate", "PPC@42", None),
      ("DPI@42", "coordinate", "PPC@42", None), ("DEPARTMENTS@42", "coordinate", "PPC@42", None)]),
    ("vi", "UBND tỉnh Hà Tĩnh giao Sở Công Thương chủ trì, phối hợp với Nông nghiệp và Phát triển nông thôn, Tài nguyên "
           "và Môi trường và UBND các huyện kiểm tra thị trường.",
     [("DOIT@42", "lead", "PPC@42", None), ("DARD@42", "coordinate", "PPC@42", None),
      ("DONRE@42", "coordinate", "PPC@42", None), ("DPC@42", "coordinate", "PPC@42", None)]),
    # look-alikes: one capitalised group after the verb (its object, a capital by mistake), a central text's fields
    ("vi", "UBND tỉnh Hà Tĩnh giao Sở Y tế chủ trì phối hợp Xây dựng và ban hành kế hoạch kiểm tra.",
     [("DOH@42", "lead", "PPC@42", None)]),
    ("vi", "UBND tỉnh Hà Tĩnh giao Sở Y tế chủ trì, phối hợp Tài chính triển khai kế hoạch.",
     [("DOH@42", "lead", "PPC@42", None)]),
    ("vi", "Thủ tướng giao Bộ Y tế chủ trì, phối hợp Tài chính, Xây dựng triển khai kế hoạch.",
     [("MOH", "lead", "PM", None)]),
    ("vi", "UBND tỉnh Hà Tĩnh giao Sở Y tế chủ trì, phối hợp với các sở Tài chính, Xây dựng triển khai kế hoạch.",
     [("DOH@42", "lead", "PPC@42", None), ("DOF@42", "coordinate", "PPC@42", None),
      ("DOC@42", "coordinate", "PPC@42", None)]),
    # a parenthesis counting the reminder between the asking verb and the body
    ("vi", "UBND tỉnh Hà Tĩnh có văn bản đôn đốc (lần 3) Sở Giao thông vận tải báo cáo tiến độ dự án.",
     [("DOT@42", "assignee", "PPC@42", None)]),
    ("vi", "UBND tỉnh Hà Tĩnh đề nghị (lần thứ hai) Sở Tài chính khẩn trương thẩm định dự toán.",
     [("DOF@42", "assignee", "PPC@42", None)]),
    # look-alikes: the parenthesis after the body, a meeting's count before a partner
    ("vi", "Sở Giao thông vận tải tỉnh Hà Tĩnh (lần 2) đã báo cáo tiến độ dự án.", []),
    ("vi", "UBND tỉnh Hà Tĩnh tổ chức hội nghị (lần 2) với Sở Xây dựng về nhà ở.", []),
])
def test_bare_coordination_departments_and_counted_reminders(lang, text, expected):
    assert _rows(text, lang) == expected


_rows25 = rows_reader(published="2025-10-01")


@pytest.mark.parametrize("lang, text, expected", [
    # 2. the guidance a subject follows between it and its cue, with no comma: the subject is still tasked
    ("vi", "Chủ tịch UBND tỉnh Hà Tĩnh yêu cầu tăng cường kiểm tra đê điều. UBND các xã căn cứ kế hoạch của Sở Nông "
           "nghiệp và Môi trường khẩn trương triển khai gia cố đê.",
     [("CPC@42", "assignee", "PPC@42", None)]),
    ("vi", "Phó Chủ tịch UBND tỉnh Hà Tĩnh ký văn bản gửi UBND các xã, phường yêu cầu rà soát trường học. UBND các xã, "
           "phường căn cứ vào chỉ đạo, hướng dẫn của cấp trên khẩn trương thực hiện rà soát.",
     [("CPC@42", "assignee", "PPC@42", None), ("CPC@42", "assignee", "PPC@42", None)]),
    # look-alikes: no cue after the guidance (a purpose), the guidance's owner is not the subject
    ("vi", "UBND tỉnh Hà Tĩnh ban hành kế hoạch. UBND các xã căn cứ tình hình thực tế để tổ chức hội nghị.", []),
    # 4. the leaders of a named province or centrally-run city ask for its committee
    ("en", "Along with that, the leaders of Da Nang City also asked the Department of Construction to review the "
           "surplus offices.",
     [("DOC@48", "assignee", "PPC@48", None)]),
    ("en", "The leaders of Lao Cai province asked the Department of Finance to review the budget.",
     [("DOF@15", "assignee", "PPC@15", None)]),
    ("fr", "Les dirigeants de la ville de Da Nang ont chargé le Département de la construction de revoir les sièges.",
     [("DOC@48", "assignee", "PPC@48", None)]),
    # look-alikes: a city inside a province (no province's committee), a department's leaders (the department asks)
    ("en", "The leaders of Thu Duc City assigned the Department of Health to review the surplus offices.",
     [("DOH@79", "assignee", None, None)]),
    ("en", "The leaders of the Department of Finance asked the district People's Committees to review the budget.",
     [("DPC", "assignee", "DOF", None)]),
])
def test_guidance_between_subject_and_cue_and_named_province_leaders(lang, text, expected):
    assert _rows25(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # 3. "to take charge of" after an asking verb leads, as "to take the lead in" (the Vietnamese "chủ trì")
    ("en", "The Da Nang City People's Committee assigned the Department of Health to take charge of and coordinate with "
           "the Department of Finance to inspect hospitals.",
     [("DOH@48", "lead", "PPC@48", None), ("DOF@48", "coordinate", "PPC@48", None)]),
    ("en", "The Da Nang City People's Committee asked the Department of Construction to take charge of reviewing the "
           "surplus offices.",
     [("DOC@48", "lead", "PPC@48", None)]),
    # look-alikes: a level of government taking charge of a workload (a reform told, no task), a body in charge
    ("en", "The Binh Dinh Provincial People's Committee requested the People's Committees of districts to prepare the "
           "handover. After the arrangement, the commune-level government will take charge of the entire workload of "
           "the current commune and district levels.",
     [("DPC@52", "assignee", "PPC@52", None)]),
    ("en", "The Department of Health, which is in charge of the hospitals, reported the results.", []),
])
def test_take_charge_of_leads(lang, text, expected):
    assert _rows25(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # 3. the same bodies' second task with its own date, named as "the new wards and communes" after the merger
    ("en", "The Chairman of the Da Nang City People's Committee requested the People's Committees of the new wards and "
           "communes to arrange the offices. This must be completed within one month. No later than August 15, the "
           "People's Committees of the new wards and communes must report the results to the Department of Finance.",
     [("CPC@48", "assignee", "PPC@48", None), ("CPC@48", "assignee", "PPC@48", "2025-08-15")]),
    # look-alike: the new units' committees telling what they did
    ("en", "The new wards and communes were established on July 1. The People's Committees of the new wards and "
           "communes held their first meetings.", []),
])
def test_new_wards_and_communes_second_task(lang, text, expected):
    assert _rows25(text, lang) == expected
