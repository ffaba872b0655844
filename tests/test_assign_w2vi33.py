"""Round 33's Vietnamese open classes and the lead's rulings of stop 41 (issue #13, not blind): a subjectless sentence
opening with a task verb and no opener word right after an item in its paragraph continues it (vi, en, fr), not after
the item's task was handed down to bodies outside the table, a sentence between or a new paragraph; ``đẩy mạnh`` after
``Đồng thời,`` continues an item (HCMC's police); a province's ``chính quyền địa phương`` right after its commune-level
committees were asked names them again (CPC@NN); a clause's term of the things a task is about is no deadline of it.
New sentences, not the pages' own."""
import pytest

from tests.assign_cases import rows_reader

_rows = rows_reader(published="2025-10-01")


@pytest.mark.parametrize("text, lang, expected", [
    # a bare task verb right after the item, in its paragraph: the item's body's row; "Chủ trì" leads
    ("UBND tỉnh Cao Bằng yêu cầu Sở Y tế chủ trì, phối hợp với các đơn vị tổ chức giám sát dịch bệnh. Rà soát, báo cáo "
     "kết quả tiêm chủng của năm trước. Chủ trì, phối hợp với các cơ quan liên quan kiểm tra các cơ sở khám chữa bệnh; "
     "báo cáo UBND tỉnh trước ngày 15/12/2025.", "vi",
     [("DOH@04", "lead", "PPC@04", None), ("DOH@04", "assignee", "PPC@04", None),
      ("DOH@04", "lead", "PPC@04", "2025-12-15")]),
    ("UBND tỉnh Cao Bằng yêu cầu Sở Y tế tổ chức giám sát dịch bệnh. Tiếp tục thực hiện nghiêm túc các quy định.", "vi",
     [("DOH@04", "assignee", "PPC@04", None), ("DOH@04", "assignee", "PPC@04", None)]),
    ("The Cao Bang Provincial People's Committee asked the Department of Health to monitor diseases. Review and report "
     "the results of vaccination to the Provincial People's Committee.", "en",
     [("DOH@04", "assignee", "PPC@04", None), ("DOH@04", "assignee", "PPC@04", None)]),
    ("Le Comité populaire de la province de Cao Bang a demandé au Service de la santé de surveiller les maladies. "
     "Examiner et rendre compte des résultats de la vaccination.", "fr",
     [("DOH@04", "assignee", "PPC@04", None), ("DOH@04", "assignee", "PPC@04", None)]),
    # look-alikes: the task handed down to bodies outside the table, a reported statement or another subject between,
    # a new paragraph: no row
    ("UBND tỉnh Cao Bằng yêu cầu Sở Y tế chỉ đạo các bệnh viện chủ động kiểm tra thiết bị. Tiếp tục thực hiện nghiêm "
     "túc các quy định.", "vi", [("DOH@04", "assignee", "PPC@04", None)]),
    ("UBND tỉnh Cao Bằng yêu cầu Sở Y tế kiểm tra các cơ sở. Ông Nguyễn Văn A cho biết, tình hình đã ổn định. Rà soát, "
     "báo cáo kết quả.", "vi", [("DOH@04", "assignee", "PPC@04", None)]),
    ("UBND tỉnh Cao Bằng yêu cầu Sở Y tế kiểm tra các cơ sở. Các bệnh viện phải bảo đảm thuốc. Rà soát, báo cáo kết quả.",
     "vi", [("DOH@04", "assignee", "PPC@04", None)]),
    ("UBND tỉnh Cao Bằng yêu cầu Sở Y tế tổ chức giám sát dịch bệnh.\nRà soát, báo cáo kết quả tiêm chủng.", "vi",
     [("DOH@04", "assignee", "PPC@04", None)]),
    ("The Cao Bang Provincial People's Committee asked the Department of Health to direct hospitals to check equipment. "
     "Continue to strictly implement the regulations.", "en", [("DOH@04", "assignee", "PPC@04", None)]),
    ("The Cao Bang Provincial People's Committee asked the Department of Health to monitor diseases.\nReview and report "
     "the results of vaccination.", "en", [("DOH@04", "assignee", "PPC@04", None)]),
    # a bare completion closes the item and dates it, no row of its own
    ("UBND tỉnh Cao Bằng giao Sở Y tế rà soát các cơ sở khám chữa bệnh; báo cáo UBND tỉnh. Hoàn thành trước ngày "
     "15/12/2025.", "vi", [("DOH@04", "assignee", "PPC@04", "2025-12-15")]),
    ("Le Comité populaire de la province de Cao Bang a demandé au Service de la santé de diriger les hôpitaux à vérifier "
     "les équipements. Poursuivre l'application stricte des règles.", "fr", [("DOH@04", "assignee", "PPC@04", None)]),
])
def test_a_bare_task_verb_continues_the_item(text, lang, expected):
    assert _rows(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # "đẩy mạnh" after "Đồng thời," continues the item, even handed down (stop 40's opener form)
    ("UBND tỉnh Cao Bằng giao Công an tỉnh chỉ đạo lực lượng chức năng tăng cường tuần tra. Đồng thời, đẩy mạnh xử lý "
     "vi phạm qua hình ảnh.", "vi", [("PPS@04", "assignee", "PPC@04", None), ("PPS@04", "assignee", "PPC@04", None)]),
    # a clause's term of the tasks under review is not the continuation's date
    ("UBND tỉnh Cao Bằng yêu cầu Sở Y tế chủ trì kiểm tra các cơ sở. Chủ trì, phối hợp với các cơ quan liên quan rà soát "
     "lại các nhiệm vụ UBND tỉnh đã giao cho các đơn vị có thời hạn hoàn thành trong năm 2025; báo cáo UBND tỉnh kết "
     "quả.", "vi", [("DOH@04", "lead", "PPC@04", None), ("DOH@04", "lead", "PPC@04", None)]),
    # look-alike: the year of the task itself stays its date
    ("UBND tỉnh Cao Bằng yêu cầu Sở Y tế rà soát các cơ sở, hoàn thành trong năm 2025.", "vi",
     [("DOH@04", "assignee", "PPC@04", "2025")]),
])
def test_an_opener_continuation_and_a_described_term(text, lang, expected):
    assert _rows(text, lang) == expected


@pytest.mark.parametrize("text, expected", [
    # the province's local authorities right after its communes were asked: the commune-level committees again
    ("UBND tỉnh Đồng Nai giao các phường, xã rà soát lại các giấy phép sử dụng vỉa hè. Song song đó, chính quyền địa "
     "phương hướng dẫn các tổ chức, cá nhân thực hiện thủ tục.",
     [("CPC@75", "assignee", "PPC@75", None), ("CPC@75", "assignee", "PPC@75", None)]),
    # a sentence between citing the Government's decree, and a new paragraph, keep it
    ("UBND tỉnh Đồng Nai giao các phường, xã rà soát lại các giấy phép sử dụng vỉa hè. Nếu không phù hợp với Nghị định "
     "165/2024 của Chính phủ thì đề nghị các tổ chức, cá nhân chấm dứt việc sử dụng.\n\nSong song đó, chính quyền địa "
     "phương hướng dẫn các tổ chức, cá nhân thực hiện thủ tục.",
     [("CPC@75", "assignee", "PPC@75", None), ("CPC@75", "assignee", "PPC@75", None)]),
    # look-alikes: after a department, or alone, or after another body's task, the words stay a list skip
    ("UBND tỉnh Đồng Nai giao các phường, xã rà soát lại các giấy phép. Sở Xây dựng phải kiểm tra các công trình. Chính "
     "quyền địa phương phải báo cáo kết quả.", [("CPC@75", "assignee", "PPC@75", None), ("DOC@75", "assignee", "PPC@75", None)]),
    ("UBND tỉnh Đồng Nai giao Sở Xây dựng kiểm tra các công trình. Chính quyền địa phương phải báo cáo kết quả.",
     [("DOC@75", "assignee", "PPC@75", None)]),
    ("Chính quyền địa phương cần hướng dẫn người dân thực hiện thủ tục.", []),
])
def test_local_authorities_after_the_communes(text, expected):
    assert _rows(text, "vi") == expected


@pytest.mark.parametrize("text, lang, expected", [
    # the province's relevant departments as a tasked body's partners (en's bare_level_partner_cues since round 33)
    ("UBND tỉnh Cao Bằng giao Sở Y tế chủ trì, phối hợp với các sở liên quan kiểm tra các cơ sở.", "vi",
     [("DOH@04", "lead", "PPC@04", None), ("DEPARTMENTS@04", "coordinate", "PPC@04", None)]),
    ("UBND tỉnh Cao Bằng giao Sở Y tế phối hợp với các sở có liên quan kiểm tra các cơ sở.", "vi",
     [("DOH@04", "assignee", "PPC@04", None), ("DEPARTMENTS@04", "coordinate", "PPC@04", None)]),
    ("The Cao Bang Provincial People's Committee assigned the Department of Health to coordinate with relevant "
     "departments to inspect the facilities.", "en",
     [("DOH@04", "assignee", "PPC@04", None), ("DEPARTMENTS@04", "coordinate", "PPC@04", None)]),
    # look-alikes: a ministry's partners of other provinces, a meeting's partners, give none
    ("Bộ Y tế chủ trì, phối hợp với các sở liên quan của các tỉnh kiểm tra.", "vi", [("MOH", "lead", None, None)]),
    ("Sở Y tế đã làm việc với các sở liên quan về dự án.", "vi", []),
])
def test_relevant_departments_as_partners(text, lang, expected):
    assert _rows(text, lang) == expected


@pytest.mark.parametrize("text, expected", [
    # the district's direction spelled out after "Theo đó,": the communes' chairmen's duty, asked by the district;
    # a report over a period of days ("từ ngày … đến trước ngày …") has no deadline
    ("Chủ tịch UBND huyện Hòa An vừa chỉ đạo Chủ tịch UBND các xã, thị trấn tăng cường quản lý đất đai. Theo đó, Chủ "
     "tịch UBND các xã, thị trấn nghiêm túc thực hiện quy định; báo cáo kết quả xử lý vi phạm từ ngày 1/1/2018 đến trước "
     "ngày 1/12/2018.", [("CPC@04", "assignee", "DPC@04", None), ("CPC@04", "assignee", "DPC@04", None)]),
    # look-alikes: a report's past, a year's review, give no row; a plain due date stays one
    ("UBND tỉnh Cao Bằng đánh giá cao kết quả năm 2024. Theo báo cáo, Sở Y tế nghiêm túc thực hiện các quy định.", []),
    ("Năm qua, UBND các xã, thị trấn nghiêm túc thực hiện quy định về quản lý đất đai.", []),
    ("UBND tỉnh Cao Bằng giao Sở Y tế kiểm tra, báo cáo kết quả đến trước ngày 1/12/2025.",
     [("DOH@04", "assignee", "PPC@04", "2025-12-01")]),
])
def test_a_districts_direction_spelled_out(text, expected):
    assert _rows(text, "vi") == expected


def test_a_plans_next_step_is_not_the_districts_request():
    # look-alike in English (round 25's plan): the communes' next step after the districts directed them, with no word
    # saying the direction's content, keeps no asker
    assert _rows("The People's Committees of districts shall direct the People's Committees of communes to compile voter "
                 "lists. Based on these lists, the People's Committees of communes shall establish consultation teams.",
                 "en") == [("DPC", "assignee", None, None), ("CPC", "assignee", "DPC", None), ("CPC", "assignee", None, None)]


@pytest.mark.parametrize("text, expected", [
    # a command's long name of two dashed names, its own "và" inside, opening the addressees: the list goes on
    ("UBND tỉnh Cao Bằng yêu cầu Ban Chỉ huy phòng chống thiên tai – Tìm kiếm cứu nạn và phòng thủ dân sự, các sở, ngành "
     "và địa phương tổ chức trực ban nghiêm túc.", [("DEPARTMENTS@04", "assignee", "PPC@04", None)]),
    # look-alikes: the command alone is no body; a lower-case party after "và" that is no name's tail ends the list
    ("UBND tỉnh Cao Bằng yêu cầu Ban Chỉ huy phòng chống thiên tai – Tìm kiếm cứu nạn và phòng thủ dân sự tỉnh tổ chức "
     "trực ban nghiêm túc.", []),
    ("UBND tỉnh Cao Bằng yêu cầu Ban Quản lý dự án tỉnh và nhà thầu thi công, các sở, ngành tổ chức kiểm tra.", []),
])
def test_a_long_dashed_name_opening_the_addressees(text, expected):
    assert _rows(text, "vi") == expected


@pytest.mark.parametrize("text, expected", [
    # a department's letter asking units and localities, then the communes' duty in the next paragraph: it asks them
    ("Theo đó, Sở Nông nghiệp và Môi trường tỉnh Quảng Trị đề nghị các đơn vị, địa phương theo dõi chặt chẽ các bản tin "
     "cảnh báo."
     "\n\nUBND các xã, phường tiếp tục kiểm tra, đôn đốc các hợp tác xã thu hoạch lúa.",
     [("CPC@44", "assignee", "DAE@44", None)]),
    # look-alikes: the department only reporting (the communes' sentence then reads as news: no row), or the
    # department's request not opening the sentence before, asks no one
    ("Sở Nông nghiệp và Môi trường tỉnh Quảng Trị cho biết các đơn vị, địa phương đã theo dõi chặt chẽ các bản tin."
     "\n\nUBND các xã, phường tiếp tục kiểm tra, đôn đốc các hợp tác xã thu hoạch lúa.", []),
    ("Theo ông Nguyễn Văn A, Sở Nông nghiệp và Môi trường tỉnh Quảng Trị đề nghị các đơn vị, địa phương theo dõi chặt "
     "chẽ các bản tin cảnh báo.\n\nUBND các xã, phường tiếp tục kiểm tra, đôn đốc các hợp tác xã thu hoạch lúa.",
     [("CPC@44", "assignee", None, None)]),
])
def test_a_departments_letter_goes_on_to_the_communes(text, expected):
    assert _rows(text, "vi") == expected
