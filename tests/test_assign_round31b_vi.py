"""Round 31b (vi, blind, issue #13): the classes of its first run that generalise, with look-alikes, in every language
where the class exists (docs/quality.md, "Round 31b, assignments vi after the fixes").

1. A province's department that the provinces as a whole ask (``Chủ tịch UBND các tỉnh, thành phố chỉ đạo Sở Y tế …``)
   is every province's: no code from the one province the text names elsewhere (a photo caption's relief flight).
2. A step's date that the task's completion date follows (``… trong năm 2025 và hoàn thành trước ngày 30-8-2026``):
   the task is due at its completion.
3. A committee's plain verb that no one asks, in a text where that committee asks others, placed in no province or a
   district's (``Nay, UBND tỉnh tiếp tục gửi Văn bản …``, ``Sáng ngày …, UBND huyện tổ chức lấy ý kiến …``): a report,
   no task (round 30b fr's rule, which read only a committee placed in a province); not the level's committees named
   together (``the People's Committees at the commune and district levels … will continue to compile …``, round 25 en).
"""
import pytest

from tests.assign_cases import rows_reader

_rows = rows_reader(published="2025-10-01")
_undated = rows_reader(published=None)


@pytest.mark.parametrize("lang, text, expected", [
    # the provinces as a whole direct their departments: every province's (DOH, DEPARTMENTS, DOET with no code)
    ("vi", "Máy bay trực thăng lên đường cứu trợ tỉnh Cao Bằng. Thủ tướng yêu cầu Chủ tịch UBND các tỉnh, thành phố chỉ "
           "đạo Sở Y tế chủ trì, phối hợp với các sở, ngành rà soát thiệt hại.",
     [("PROVINCES", "assignee", "PM", None), ("DOH", "lead", "PM", None), ("DEPARTMENTS", "coordinate", "PM", None)]),
    ("vi", "Đoàn công tác đã đến tỉnh Cao Bằng. Bộ Y tế đề nghị UBND các tỉnh, thành phố giao Sở Y tế khẩn trương báo cáo "
           "số ca mắc.",
     [("PROVINCES", "assignee", "MOH", None), ("DOH", "assignee", "MOH", None)]),
    ("en", "A helicopter carried relief goods to Lang Son province. The Prime Minister asked the Chairpersons of the "
           "People's Committees of provinces and cities to direct the Departments of Education and Training to review "
           "the damage.",
     [("PROVINCES", "assignee", "PM", None), ("DOET", "assignee", "PM", None)]),
    # look-alikes: the province's own committee asks (its code), a department named with its province keeps it
    ("vi", "Chủ tịch UBND tỉnh Cao Bằng yêu cầu Sở Y tế chủ trì, phối hợp với các sở, ngành rà soát thiệt hại.",
     [("DOH@04", "lead", "PPC@04", None), ("DEPARTMENTS@04", "coordinate", "PPC@04", None)]),
    ("vi", "Đoàn công tác đã đến tỉnh Cao Bằng. Thủ tướng yêu cầu UBND các tỉnh, thành phố chỉ đạo Sở Y tế tỉnh Cao Bằng "
           "báo cáo số ca mắc.",
     [("PROVINCES", "assignee", "PM", None), ("DOH@04", "assignee", "PM", None)]),
    ("en", "The Lang Son Provincial People's Committee asked the Department of Education and Training to review the "
           "damage.",
     [("DOET@20", "assignee", "PPC@20", None)]),
])
def test_department_the_provinces_direct_is_every_provinces(lang, text, expected):
    assert _rows(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    ("vi", "Thủ tướng đã chỉ đạo các bộ, ngành, địa phương quyết tâm hoàn thành việc khởi công xây dựng 100 trường học "
           "trong năm 2025 và hoàn thành trước ngày 30-8-2026.",
     [("MINISTRIES", "assignee", "PM", "2026-08-30"), ("PROVINCES", "assignee", "PM", "2026-08-30")]),
    ("vi", "Thủ tướng yêu cầu các bộ, ngành khởi công các dự án trong quý IV/2025 và hoàn thành trước ngày 30/6/2026.",
     [("MINISTRIES", "assignee", "PM", "2026-06-30")]),
    ("en", "The Prime Minister asked ministries and localities to start construction of the 100 schools in 2025 and "
           "complete them before August 30, 2026.",
     [("MINISTRIES", "assignee", "PM", "2026-08-30"), ("PROVINCES", "assignee", "PM", "2026-08-30")]),
    ("fr", "Le Premier ministre a demandé aux ministères de lancer les travaux en 2025 et de les achever avant le 30 août "
           "2026.",
     [("MINISTRIES", "assignee", "PM", "2026-08-30")]),
    # look-alikes: a completion date then a report's window (the first is the task's), one date alone
    ("vi", "Thủ tướng yêu cầu các bộ, ngành hoàn thành việc rà soát trước ngày 30/6/2026 và báo cáo kết quả trong quý "
           "III/2026.",
     [("MINISTRIES", "assignee", "PM", "2026-06-30")]),
    ("vi", "Thủ tướng yêu cầu các bộ, ngành hoàn thành việc rà soát trước ngày 30/6/2026 và hoàn thành việc sửa chữa trước "
           "ngày 30/9/2026.",
     [("MINISTRIES", "assignee", "PM", "2026-06-30")]),
    ("vi", "Thủ tướng yêu cầu các bộ, ngành hoàn thành việc rà soát trong năm 2025.",
     [("MINISTRIES", "assignee", "PM", "2025")]),
    ("fr", "Le Premier ministre a demandé aux ministères d'achever l'examen avant le 30 juin 2026 et de faire rapport "
           "au troisième trimestre 2026.",
     [("MINISTRIES", "assignee", "PM", "2026-06-30")]),
])
def test_completion_date_after_a_step(lang, text, expected):
    assert _rows(text, lang) == expected


@pytest.mark.parametrize("text, expected", [
    ("Nay, UBND tỉnh tiếp tục gửi Văn bản đến Sở Công Thương về việc đôn đốc số liệu; UBND tỉnh đề nghị Sở Công "
     "Thương khẩn trương báo cáo.",
     [("DOIT", "assignee", "PPC", None)]),
    ("Sáng ngày 10/3/2022, Ủy ban nhân dân huyện tổ chức lấy ý kiến góp ý báo cáo quy hoạch sử dụng đất. Phó Chủ tịch "
     "UBND huyện yêu cầu UBND các xã tiếp tục rà soát.",
     [("CPC", "assignee", "DPC", None)]),
    # look-alike: the district's committee asked by the province keeps its row
    ("UBND tỉnh yêu cầu UBND các huyện tiếp tục rà soát các hồ sơ đất đai.",
     [("DPC", "assignee", "PPC", None)]),
])
def test_own_committees_report_is_no_task(text, expected):
    assert _undated(text, "vi") == expected


def test_level_committees_together_keep_their_plain_verb():
    # the districts asking the communes, then the commune and district levels together going on: their row stays
    text = ("The People's Committees of districts shall direct the People's Committees of communes to compile the voter "
            "lists. Subsequently, the People's Committees at the commune and district levels will continue to compile and "
            "report the results.")
    assert _undated(text, "en").count(("DPC", "assignee", None, None)) == 2


@pytest.mark.parametrize("text, expected", [
    # 4. a body joined to the owner of the guidance followed ("căn cứ … của … và UBND tỉnh"): an owner, no subject
    ("Phó Chủ tịch UBND tỉnh yêu cầu UBND các xã, phường sắp xếp trạm y tế. UBND các xã, phường căn cứ các chỉ đạo, "
     "hướng dẫn của cấp có thẩm quyền và UBND tỉnh khẩn trương thực hiện sắp xếp trạm y tế.",
     # the communes before "căn cứ" are tasked too (round 31b's gold, Phú Thọ's page: their own row; left open here,
     # read since w2vien31's guidance_phrase_openers): a second CPC row, still no PPC row
     [("CPC", "assignee", "PPC", None), ("CPC", "assignee", "PPC", None)]),
    # look-alikes: a new clause's subject after "và" with no phrase of what is followed; a plain list of subjects
    ("Đoàn kiểm tra làm việc với lãnh đạo của huyện và UBND các xã phải báo cáo kết quả.",
     [("CPC", "assignee", None, None)]),
    ("Theo kế hoạch, Sở Y tế chủ trì tổ chức tập huấn và UBND các xã khẩn trương rà soát danh sách.",
     [("DOH", "lead", None, None), ("CPC", "assignee", None, None)]),
])
def test_owner_joined_in_a_followed_phrase_is_no_subject(text, expected):
    assert rows_reader(published="2025-10-17")(text, "vi") == expected
