"""Issue #13, what round 26's Vietnamese after-fix section (docs/quality.md "Round 26, assignments vi after the fixes
(not blind)", "Still open") left, taken up not blind. New sentences written for these tests (not the pages'
sentences), one literal case a line, with the look-alikes that must stay out: the administrative bodies of a level
(``các cơ quan hành chính thuộc đơn vị hành chính cấp huyện``: agencies.csv, the level's committees); a body given
the head of a delegation or the standing role (``giao Sở Tài chính làm trưởng đoàn, phối hợp với …``: cues.json
``lead_after``) leads, where a head named for that post (``phân công Phó Chủ tịch UBND tỉnh làm trưởng đoàn``:
cues.json ``person_posts`` after ``head_titles`` or ``committee_head_titles``) gives no row. English and French
cases where the class exists there."""
from __future__ import annotations

import pytest

from tests.assign_cases import dated, found

# ------------------------------------------------------------------ the administrative bodies of a level


@pytest.mark.parametrize("text, lang, expected", [
    # fail without the fix: the level's bodies unknown, no row
    ("Bộ Tài chính yêu cầu chậm nhất đến ngày 30/6/2025, các cơ quan hành chính thuộc đơn vị hành chính cấp huyện "
     "phải hoàn thành việc bàn giao trụ sở.", "vi", [("DPC", "2025-06-30", "by")]),
    ("UBND tỉnh Nghệ An yêu cầu các cơ quan hành chính cấp xã hoàn thành việc bàn giao trụ sở trước ngày 15/8/2025.",
     "vi", [("CPC@40", "2025-08-15", "before")]),
    ("Bộ Nội vụ đề nghị các cơ quan hành chính thuộc đơn vị hành chính cấp tỉnh rà soát trụ sở dôi dư.", "vi",
     [("PROVINCES", None, None)]),
    ("The Ministry of Finance requested administrative agencies at district level to complete the handover of "
     "offices by June 30, 2025.", "en", [("DPC", "2025-06-30", "by")]),
    ("The Nghe An Provincial People's Committee requested commune-level administrative agencies to complete the "
     "handover by August 15, 2025.", "en", [("CPC@40", "2025-08-15", "by")]),
    ("Le ministère des Finances a demandé aux organismes administratifs au niveau du district d'achever la remise "
     "des sièges avant le 30 juin 2025.", "fr", [("DPC", "2025-06-30", "before")]),
    # held: the level's committees named as before
    ("Bộ Tài chính yêu cầu chậm nhất đến ngày 30/6/2025, UBND các huyện phải hoàn thành việc bàn giao trụ sở.", "vi",
     [("DPC", "2025-06-30", "by")]),
    # look-alike: what the bodies did, no assigning verb
    ("Các cơ quan hành chính cấp huyện đã hoàn thành việc bàn giao trụ sở.", "vi", []),
    ("Administrative agencies at district level have completed the handover of offices.", "en", []),
])
def test_administrative_bodies_of_a_level(text, lang, expected):
    assert dated(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Bộ Tài chính yêu cầu các cơ quan hành chính thuộc đơn vị hành chính cấp huyện phải hoàn thành việc bàn giao "
     "trụ sở.", "vi", [("DPC", "assignee", "MOF")]),
    ("The Ministry of Finance requested administrative agencies at district level to complete the handover of "
     "offices.", "en", [("DPC", "assignee", "MOF")]),
])
def test_administrative_bodies_of_a_level_asked(text, lang, expected):
    assert found(text, lang) == expected


# ------------------------------------------------------------------ the head of a delegation, the standing body


@pytest.mark.parametrize("text, lang, expected", [
    # fail without the fix: the body given the delegation's head or the standing role read as an assignee
    ("Chủ tịch UBND tỉnh Nghệ An giao Sở Tài chính làm trưởng đoàn phối hợp với các Sở, ngành liên quan khảo sát tại "
     "các xã.", "vi", [("DOF@40", "lead", "PPC@40"), ("DEPARTMENTS@40", "coordinate", "PPC@40")]),
    ("Chủ tịch UBND tỉnh Nghệ An giao Sở Nội vụ làm thường trực, phối hợp với các sở, ngành tổ chức hội nghị.", "vi",
     [("DOHA@40", "lead", "PPC@40"), ("DEPARTMENTS@40", "coordinate", "PPC@40")]),
    ("Chủ tịch UBND tỉnh Nghệ An giao Sở Nội vụ là cơ quan thường trực, phối hợp với các sở, ngành tổ chức hội nghị.",
     "vi", [("DOHA@40", "lead", "PPC@40"), ("DEPARTMENTS@40", "coordinate", "PPC@40")]),
    ("The Chairman of the Nghe An Provincial People's Committee assigned the Department of Finance to head the "
     "delegation, coordinating with the Department of Construction to survey communes.", "en",
     [("DOF@40", "lead", "PPC@40"), ("DOC@40", "coordinate", "PPC@40")]),
    ("The Nghe An Provincial People's Committee assigned the Department of Home Affairs to act as the standing agency "
     "and coordinate with departments to hold the conference.", "en",
     [("DOHA@40", "lead", "PPC@40"), ("DEPARTMENTS@40", "coordinate", "PPC@40")]),  # the partners as in vi (round 33)
    ("Le président du Comité populaire de la province de Nghe An a chargé le Service des finances de diriger la "
     "délégation, en coordination avec le Service de la construction, pour inspecter les communes.", "fr",
     [("DOF@40", "lead", "PPC@40"), ("DOC@40", "coordinate", "PPC@40")]),
    # held: the focal point already led
    ("Chủ tịch UBND tỉnh Nghệ An giao Sở Nội vụ làm đầu mối, phối hợp với các sở, ngành tổ chức hội nghị.", "vi",
     [("DOHA@40", "lead", "PPC@40"), ("DEPARTMENTS@40", "coordinate", "PPC@40")]),
    # look-alikes: a head named for the post is a person, no committee's or department's row
    ("Chủ tịch UBND tỉnh Nghệ An phân công Phó Chủ tịch UBND tỉnh làm trưởng đoàn kiểm tra các xã.", "vi", []),
    ("Chủ tịch UBND tỉnh Nghệ An phân công Giám đốc Sở Tài chính làm trưởng đoàn kiểm tra các xã.", "vi", []),
    ("Thủ tướng phân công Phó Thủ tướng Trần Hồng Hà làm trưởng đoàn công tác.", "vi", []),
    ("The Chairman of the Nghe An Provincial People's Committee assigned the Vice Chairman of the Provincial People's "
     "Committee to head the delegation to survey communes.", "en", []),
    ("The Chairman of the Nghe An Provincial People's Committee assigned the Director of the Department of Finance to "
     "head the delegation to survey communes.", "en", []),
    ("The Prime Minister assigned Deputy Prime Minister Tran Hong Ha to head the working group.", "en", []),
    ("Le président du Comité populaire de la province de Nghe An a chargé le vice-président du Comité populaire "
     "provincial de diriger la délégation pour inspecter les communes.", "fr", []),
    # look-alike: a report of who headed a delegation, no assigning verb
    ("Đoàn công tác do Sở Tài chính làm trưởng đoàn đã kiểm tra 20 xã.", "vi", []),
    ("Đoàn công tác do Sở Tài chính làm trưởng đoàn đến thăm các xã.", "vi", []),
    # look-alike: a visit headed by the committee's standing vice-chairman, the committee named in his title
    ("Đoàn công tác của UBND tỉnh Bạc Liêu do ông Huỳnh Hữu Trí, Phó chủ tịch thường trực UBND tỉnh làm trưởng đoàn đến "
     "thăm các xã.", "vi", []),
    # held: a head's title with a plain lead cue still stands for the department
    ("Chủ tịch UBND tỉnh Nghệ An giao Giám đốc Sở Tài chính chủ trì, phối hợp với các sở kiểm tra các xã.", "vi",
     [("DOF@40", "lead", "PPC@40")]),
])
def test_head_of_delegation_and_standing_body(text, lang, expected):
    assert found(text, lang) == expected


# ------------------------------------------------------------------ every province's department after a ministry's request


@pytest.mark.parametrize("text, lang, expected", [
    # fail without the fix: the department's line told without an asker had none
    ("Bộ Tài chính yêu cầu các cơ quan hành chính thuộc đơn vị hành chính cấp huyện phải hoàn thành việc bàn giao trụ "
     "sở.\n\nSở Tài chính các địa phương phải chủ trì cập nhật báo cáo tiến độ hàng tuần.", "vi",
     [("DPC", "assignee", "MOF"), ("DOF", "lead", "MOF")]),
    ("Bộ Y tế yêu cầu UBND các tỉnh, thành phố rà soát cơ sở khám bệnh.\n\nSở Y tế các tỉnh, thành phố phải chủ trì báo "
     "cáo kết quả hàng tuần.", "vi", [("PROVINCES", "assignee", "MOH"), ("DOH", "lead", "MOH")]),
    ("The Ministry of Health asked the People's Committees of provinces and cities to review clinics.\n\nThe "
     "Departments of Health of localities must preside over the weekly report.", "en",
     [("PROVINCES", "assignee", "MOH"), ("DOH", "lead", "MOH")]),
    # held: one named province's department is not asked by the ministry's request to all provinces
    ("Bộ Y tế yêu cầu UBND các tỉnh, thành phố rà soát cơ sở khám bệnh.\n\nSở Y tế tỉnh Nghệ An phải chủ trì báo cáo "
     "kết quả hàng tuần.", "vi", [("PROVINCES", "assignee", "MOH"), ("DOH@40", "lead", None)]),
    # held: an authority directing the text asks already
    ("Thủ tướng yêu cầu UBND các tỉnh, thành phố rà soát cơ sở khám bệnh.\n\nSở Y tế các tỉnh, thành phố phải chủ trì "
     "báo cáo kết quả hàng tuần.", "vi", [("PROVINCES", "assignee", "PM"), ("DOH", "lead", "PM")]),
])
def test_every_provinces_department_after_a_ministrys_request(text, lang, expected):
    assert found(text, lang) == expected
