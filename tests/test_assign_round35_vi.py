"""Round 35's Vietnamese classes (issue #13, blind round 35 vi: docs/quality.md, `## Round 35 (blind, real public
pages): assignments vi` and its after-fix section): new literal sentences, not the pages' text, with look-alikes that
must not fire."""
from __future__ import annotations

import pytest

from tests.assign_cases import rows_reader

_rows = rows_reader(published="2018-04-20")


# 1. A unit's name whose second word is typed in lower case (``UBND các huyện Hòa an, Hạ Lang, …: Huy động …``): the
# word is still the name's where a list's comma and another capitalised name, or an item's colon, follow it right away
# (nlp/lang/vi/agencies.json ``lower_case_name_word_before``; nlp.agencies.closes_lower_case_name_word, read by the
# body's name and by the bare units' names).
@pytest.mark.parametrize("text, expected", [
    ("Chủ tịch UBND tỉnh chỉ đạo UBND các huyện Bảo lâm, Bảo Lạc huy động lực lượng sửa chữa nhà ở.",
     [("DPC", "assignee", "PPC", None), ("DPC", "assignee", "PPC", None)]),
    ("Chủ tịch UBND tỉnh chỉ đạo UBND các huyện Hà Quảng, Bảo lâm, Bảo Lạc huy động lực lượng sửa chữa nhà ở.",
     [("DPC@04", "assignee", "PPC@04", None), ("DPC@04", "assignee", "PPC@04", None), ("DPC@04", "assignee", "PPC@04", None)]),
    ("Chủ tịch UBND tỉnh có ý kiến chỉ đạo như sau:\n\nUBND các huyện Thạch an, Hà Quảng: Huy động lực lượng hỗ trợ "
     "nhân dân sửa chữa nhà ở.",
     [("DPC", "assignee", "PPC", None), ("DPC", "assignee", "PPC", None)]),
])
def test_name_with_a_lower_case_second_word(text, expected):
    assert _rows(text, "vi") == expected


@pytest.mark.parametrize("text, expected", [
    # a lower-case word after the name with no separator right after it opens the task, as before
    ("Chủ tịch UBND tỉnh chỉ đạo UBND huyện Bảo Lạc tăng cường, kiểm tra việc sửa chữa nhà ở.",
     [("DPC@04", "assignee", "PPC@04", None)]),
    # after two capitalised words a lower-case word before a colon is the clause's own (a cue), not the name's
    ("Chủ tịch UBND tỉnh có ý kiến chỉ đạo như sau:\n\nUBND huyện Bảo Lạc cần: Huy động lực lượng hỗ trợ nhân dân.",
     [("DPC@04", "assignee", "PPC@04", None)]),
    # a lower-case word and a comma with a lower-case word after it: the task's own words
    ("Chủ tịch UBND tỉnh chỉ đạo UBND các huyện Bảo Lạc, Hà Quảng rà soát, báo cáo thiệt hại.",
     [("DPC@04", "assignee", "PPC@04", None), ("DPC@04", "assignee", "PPC@04", None)]),
])
def test_name_with_a_lower_case_second_word_look_alikes(text, expected):
    assert _rows(text, "vi") == expected


# 2. A bare continuation opening with ``Chỉ đạo`` (the item's body directs its own offices or units outside the table:
# ``UBND các huyện …: Huy động … . Chỉ đạo các cơ quan chuyên môn hướng dẫn nông dân … . Chủ động sử dụng …``): the
# item's body's own row, as ``Rà soát …`` is (stop 41's ruling a, stop 42's call), and the chain goes on past it;
# not the noun (``Chỉ đạo của UBND tỉnh …``, ``Chỉ đạo này …``): cues.json ``bare_continued_task_verbs`` with its
# ``not_followed_by`` (common.bare_continued_task_opening).
@pytest.mark.parametrize("text, expected", [
    ("UBND tỉnh giao Sở Y tế kiểm tra các bếp ăn tập thể. Chỉ đạo các trung tâm y tế lấy mẫu thực phẩm để xét nghiệm.",
     [("DOH", "assignee", "PPC", None), ("DOH", "assignee", "PPC", None)]),
    ("Chủ tịch UBND tỉnh có ý kiến chỉ đạo như sau:\n\nUBND các huyện, thành phố: Huy động lực lượng giúp dân sửa "
     "nhà. Chỉ đạo các phòng chuyên môn hướng dẫn nông dân chăm sóc cây trồng. Chủ động sử dụng kinh phí dự phòng "
     "để hỗ trợ người dân.",
     [("DPC", "assignee", "PPC", None), ("DPC", "assignee", "PPC", None), ("DPC", "assignee", "PPC", None)]),
])
def test_bare_continuation_opening_with_a_directing_verb(text, expected):
    assert _rows(text, "vi") == expected


@pytest.mark.parametrize("text, expected", [
    # the direction as a noun: no continuation
    ("UBND tỉnh giao Sở Y tế kiểm tra các bếp ăn tập thể. Chỉ đạo của UBND tỉnh là phải xử lý nghiêm các vi phạm.",
     [("DOH", "assignee", "PPC", None)]),
    ("UBND tỉnh giao Sở Y tế kiểm tra các bếp ăn tập thể. Chỉ đạo này được triển khai từ tháng trước.",
     [("DOH", "assignee", "PPC", None)]),
    # the item's body handing its task down to bodies outside the table: the bare sentence is theirs (stop 41)
    ("UBND tỉnh giao Sở Y tế chỉ đạo các trường học tự kiểm tra bếp ăn. Chỉ đạo các trung tâm y tế lấy mẫu thực phẩm.",
     [("DOH", "assignee", "PPC", None)]),
])
def test_bare_continuation_opening_with_a_directing_verb_look_alikes(text, expected):
    assert _rows(text, "vi") == expected


# The same form in English and French (``… . Direct the district health centres to …``, ``… . Diriger les centres …``):
# the item's body's own row; ``Direct investment …`` is a noun's adjective, no continuation.
@pytest.mark.parametrize("text, lang, expected", [
    ("The Provincial People's Committee assigned the Department of Health to inspect collective kitchens. Direct the "
     "district health centres to take food samples for testing.", "en",
     [("DOH", "assignee", "PPC", None), ("DOH", "assignee", "PPC", None)]),
    ("Le Comité populaire provincial a chargé le Service de la santé d'inspecter les cantines. Diriger les centres de "
     "santé des districts pour prélever des échantillons.", "fr",
     [("DOH", "assignee", "PPC", None), ("DOH", "assignee", "PPC", None)]),
    ("The Provincial People's Committee assigned the Department of Health to inspect collective kitchens. Direct "
     "investment in the sector rose last year.", "en",
     [("DOH", "assignee", "PPC", None)]),
])
def test_bare_continuation_opening_with_a_directing_verb_en_fr(text, lang, expected):
    assert _rows(text, lang) == expected


# 3. A list of the district-level committees written short (``UBND các huyện, thị``, en ``the People's Committees of
# districts, towns``) and the provincial agencies after it without their determiner (``ban, ngành cấp tỉnh``): both
# bodies (nlp/lang/vi/agencies.csv DPC and DEPARTMENTS, nlp/lang/en/agencies.csv DPC).
@pytest.mark.parametrize("text, lang, expected", [
    ("UBND tỉnh Nghệ An yêu cầu UBND các huyện, thị, ban, ngành cấp tỉnh tập trung khắc phục hậu quả nắng nóng.", "vi",
     [("DPC@40", "assignee", "PPC@40", None), ("DEPARTMENTS@40", "assignee", "PPC@40", None)]),
    ("UBND tỉnh Nghệ An yêu cầu UBND các huyện, thị xã, ban, ngành cấp tỉnh tập trung khắc phục hậu quả.", "vi",
     [("DPC@40", "assignee", "PPC@40", None), ("DEPARTMENTS@40", "assignee", "PPC@40", None)]),
    ("The Nghe An Provincial People's Committee requested the People's Committees of districts, towns, provincial "
     "departments and branches to focus on the recovery.", "en",
     [("DPC@40", "assignee", "PPC@40", None), ("DEPARTMENTS@40", "assignee", "PPC@40", None)]),
])
def test_short_district_list_and_provincial_agencies(text, lang, expected):
    assert _rows(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # the longer forms keep their reading: a town named after the district committees, the full list
    ("UBND tỉnh yêu cầu UBND các huyện, thị xã Sơn Tây tập trung khắc phục hậu quả.", "vi", [("DPC", "assignee", "PPC", None)]),
    ("UBND tỉnh yêu cầu UBND các huyện, thị xã, thành phố tập trung khắc phục hậu quả.", "vi", [("DPC", "assignee", "PPC", None)]),
    # the provincial agencies as attendants, no task
    ("Lãnh đạo các ban, ngành cấp tỉnh dự hội nghị tổng kết.", "vi", []),
])
def test_short_district_list_look_alikes(text, lang, expected):
    assert _rows(text, lang) == expected


# 4. A district committee's addressees opening with its own Front and unions, offices and centres (no bodies of the
# table, stop 31b) before the commune committees (``UBND huyện đề nghị UB.MTTQVN và các đoàn thể huyện, Thủ trưởng các
# phòng, ban, ngành, trung tâm thuộc huyện, Chủ tịch UBND các xã - thị trấn tổ chức …``): the communes are asked, by
# the district (cues.json ``list_skips`` in vi, en and fr).
@pytest.mark.parametrize("text, lang, expected", [
    ("UBND huyện đề nghị UB.MTTQVN và các đoàn thể huyện, Thủ trưởng các phòng, ban, ngành, trung tâm thuộc huyện, "
     "Chủ tịch UBND các xã, thị trấn tổ chức diệt lăng quăng tại cơ quan, đơn vị.", "vi",
     [("CPC", "assignee", "DPC", None)]),
    ("UBND huyện yêu cầu Thủ trưởng các phòng, ban, ngành thuộc huyện, Chủ tịch UBND các xã, thị trấn tổ chức diệt "
     "lăng quăng.", "vi",
     [("CPC", "assignee", "DPC", None)]),
    ("The District People's Committee requested district divisions and the People's Committees of communes to "
     "organise a general clean-up.", "en",
     [("CPC", "assignee", "DPC", None)]),
    ("Le Comité populaire du district a demandé aux services du district et aux comités populaires des communes "
     "d'organiser un grand nettoyage.", "fr",
     [("CPC", "assignee", "DPC", None)]),
])
def test_district_offices_before_its_communes(text, lang, expected):
    assert _rows(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # the offices alone: no body of the table, no row
    ("UBND huyện đề nghị Thủ trưởng các phòng, ban, ngành, trung tâm thuộc huyện tổ chức diệt lăng quăng.", "vi", []),
    # the communes as the offices' partners: coordinate, as before
    ("UBND huyện đề nghị các phòng, ban, ngành, trung tâm thuộc huyện phối hợp với UBND các xã tổ chức tổng vệ sinh.",
     "vi", [("CPC", "coordinate", "DPC", None)]),
])
def test_district_offices_look_alikes(text, lang, expected):
    assert _rows(text, lang) == expected


# 5. A bare ``đơn vị`` closing a subject's list before its plain verb (``Các sở, ngành, địa phương, đơn vị tiếp tục
# thực hiện …`` under a chairman's colon): an item outside the table, so the departments meet their verb
# (cues.json ``list_skips``; English and French read the same form already).
_rows_late = rows_reader(published="2025-12-06")


@pytest.mark.parametrize("text, expected", [
    ("Chủ tịch UBND tỉnh yêu cầu Giám đốc các sở, Chủ tịch UBND các xã, phường triển khai thực hiện như sau:\n\n"
     "Các sở, ngành, địa phương, đơn vị tiếp tục kiểm tra an toàn thực phẩm tại các chợ.",
     [("DEPARTMENTS", "assignee", "PPC", None), ("CPC", "assignee", "PPC", None), ("DEPARTMENTS", "assignee", "PPC", None)]),
    ("Chủ tịch UBND tỉnh yêu cầu Giám đốc các sở triển khai thực hiện như sau:\n\nCác sở, ngành, đơn vị tăng cường "
     "kiểm tra an toàn thực phẩm tại các chợ.",
     [("DEPARTMENTS", "assignee", "PPC", None), ("DEPARTMENTS", "assignee", "PPC", None)]),
])
def test_bare_unit_word_closing_a_subject_list(text, expected):
    assert _rows_late(text, "vi") == expected


@pytest.mark.parametrize("text, expected", [
    # a department named with its role after a comma: still the department, as before
    ("UBND tỉnh giao Sở Y tế, đơn vị thường trực, tổng hợp kết quả kiểm tra.", [("DOH", "assignee", "PPC", None)]),
    # the units alone, outside the table: no row
    ("Chủ tịch UBND tỉnh yêu cầu như sau:\n\nCác đơn vị tăng cường kiểm tra an toàn thực phẩm.", []),
])
def test_bare_unit_word_look_alikes(text, expected):
    assert _rows_late(text, "vi") == expected


# 6. A decision's clause for a province's committee with ``xác định đúng`` / ``xác định chính xác`` (``UBND tỉnh Bắc Kạn
# xác định đúng đối tượng, thời gian hỗ trợ …`` after the Prime Minister's tasks): a plain verb of the task, as
# ``tiếp nhận`` is (cues.json ``subject_weak``); the verb alone states a view (``xác định đây là …``), no task.
_rows_undated = rows_reader()


@pytest.mark.parametrize("text, expected", [
    ("Thủ tướng yêu cầu Bộ Tài chính chịu trách nhiệm về số liệu báo cáo. UBND tỉnh Lai Châu xác định đúng đối tượng, "
     "thời gian hỗ trợ theo quy định.",
     [("MOF", "assignee", "PM", None), ("PPC@12", "assignee", "PM", None)]),
    ("Thủ tướng yêu cầu Bộ Tài chính chịu trách nhiệm về số liệu báo cáo. UBND tỉnh Lai Châu xác định chính xác số hộ "
     "cần hỗ trợ.",
     [("MOF", "assignee", "PM", None), ("PPC@12", "assignee", "PM", None)]),
])
def test_correctly_identify_as_a_task(text, expected):
    assert _rows_undated(text, "vi") == expected


@pytest.mark.parametrize("text, expected", [
    ("Tại hội nghị, UBND tỉnh Lai Châu xác định đây là nhiệm vụ trọng tâm của năm.", []),
    ("Theo báo cáo, Sở Y tế đã xác định đúng nguyên nhân vụ ngộ độc.", []),
])
def test_correctly_identify_look_alikes(text, expected):
    assert _rows_undated(text, "vi") == expected


# 7. The line right after an item whose addressees end with its colon (``Thủ tướng yêu cầu Chủ tịch UBND các tỉnh: Hà
# Tĩnh, Quảng Trị:`` then ``Rà soát …``, ``… provinces and cities: Ha Tinh, Quang Tri, Hue:`` then ``Direct the review
# …``) is the item's own task, no continuation of it: no second row for each body (extractor._subjectless_continuations;
# the bare ``Chỉ đạo`` / ``Direct`` of class 2 made round 25b en's case give one).
_rows_2025 = rows_reader(published="2025-10-10")


@pytest.mark.parametrize("text, lang, expected", [
    ("Thủ tướng yêu cầu Chủ tịch UBND các tỉnh: Hà Tĩnh, Quảng Trị:\nRà soát nhu cầu hỗ trợ lương thực cho người dân.",
     "vi", [("PPC@42", "assignee", "PM", None), ("PPC@44", "assignee", "PM", None)]),
    ("In the telegram, the Prime Minister requested the Chairmen of the People's Committees of the provinces and "
     "cities: Ha Tinh, Quang Tri, Hue:\nReview the needs for food support.", "en",
     [("PPC@42", "assignee", "PM", None), ("PPC@44", "assignee", "PM", None), ("PPC@46", "assignee", "PM", None)]),
])
def test_line_after_an_items_colon_is_its_task(text, lang, expected):
    assert _rows_2025(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # an item with its task on its own line (the label's colon inside it): a bare sentence after it continues it
    ("UBND tỉnh yêu cầu như sau:\n\nUBND các xã, phường: Huy động lực lượng giúp dân sửa nhà. Rà soát thiệt hại "
     "trước ngày 25/10/2025.", "vi",
     [("CPC", "assignee", "PPC"), ("CPC", "assignee", "PPC")]),
])
def test_line_after_an_items_colon_look_alikes(text, lang, expected):
    # (two rows: the item's and its continuation's; the dates are task_deadlines' matter, not this class's)
    assert [r[:3] for r in _rows_2025(text, lang)] == expected
