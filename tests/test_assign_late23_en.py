"""The English assignments classes left after round 23 and the open classes of issue #13 (README "Open classes after
round 22b (assignments en and vi, not blind)", the lines added by late23en), fixed as general rules, data first. New
sentences written for these tests, one literal case a line, with the look-alikes that must not change."""
from __future__ import annotations

import pytest

from tests.assign_cases import rows

_DONG_THAP_EN = "The People's Committee of Dong Thap province issued an official dispatch on IUU fishing. "
_DONG_THAP_FR = "Le Comité populaire de la province de Dong Thap a publié une dépêche officielle sur la pêche INN. "
_DONG_THAP_VI = "UBND tỉnh Đồng Tháp ban hành công điện về chống khai thác IUU. "


@pytest.mark.parametrize("text, lang, expected", [
    # an apposition naming the body's standing role between the body and its cue, without `as` (en, fr, vi cues.json
    # parenthetical_openers)
    (_DONG_THAP_EN + "The provincial Department of Agriculture and Environment, the standing agency of the provincial "
     "Steering Committee for IUU fishing prevention and control, was tasked with completing the registration of all "
     "fishing vessels by October 30, 2025.", "en", [("DAE@87", "assignee", "PPC@87", "2025-10-30", "by")]),
    (_DONG_THAP_EN + "The Department of Finance, the standing body of the price council, must review the prices by "
     "October 30, 2025.", "en", [("DOF@87", "assignee", "PPC@87", "2025-10-30", "by")]),
    (_DONG_THAP_FR + "Le Service de l'Agriculture et de l'Environnement, organe permanent du Comité de pilotage "
     "provincial, est chargé d'achever l'enregistrement des navires avant le 30 octobre 2025.", "fr",
     [("DAE@87", "assignee", "PPC@87", "2025-10-30", "before")]),
    (_DONG_THAP_VI + "Sở Nông nghiệp và Môi trường, cơ quan thường trực Ban Chỉ đạo tỉnh, được giao hoàn thành đăng ký "
     "tàu cá trước ngày 30/10/2025.", "vi", [("DAE@87", "assignee", "PPC@87", "2025-10-30", "before")]),
    # look-alikes: the forms read before (`as the standing agency of`, no apposition, a dash in Vietnamese); a report
    # of the standing agency gives no row
    (_DONG_THAP_EN + "The Department of Finance, as the standing agency of the price council, must review the prices "
     "by October 30, 2025.", "en", [("DOF@87", "assignee", "PPC@87", "2025-10-30", "by")]),
    (_DONG_THAP_EN + "The provincial Department of Agriculture and Environment was tasked with completing the "
     "registration of all fishing vessels by October 30, 2025.", "en",
     [("DAE@87", "assignee", "PPC@87", "2025-10-30", "by")]),
    (_DONG_THAP_VI + "Sở Nông nghiệp và Môi trường - cơ quan thường trực Ban Chỉ đạo tỉnh, được giao hoàn thành đăng ký "
     "tàu cá trước ngày 30/10/2025.", "vi", [("DAE@87", "assignee", "PPC@87", "2025-10-30", "before")]),
    (_DONG_THAP_EN + "The Department of Home Affairs, the standing agency of the council, reported on the results.",
     "en", []),
])
def test_a_standing_agency_apposition_before_the_cue(text, lang, expected):
    assert rows(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # the provinces' departments named in the plural by their field (en, fr agencies.csv): the province's own in a
    # province's text, without a suffix in a national one (as `provincial health departments` DOH)
    ("The People's Committee of Dong Thap province requested provincial construction departments to review the "
     "dykes.", "en", [("DOC@87", "assignee", "PPC@87", None, None)]),
    ("The Ministry of Construction will instruct provincial departments of construction to advise local authorities.",
     "en", [("MOC", "assignee", None, None, None), ("DOC", "assignee", None, None, None)]),
    ("The Ministry of Finance will instruct provincial finance departments to review the prices.", "en",
     [("MOF", "assignee", None, None, None), ("DOF", "assignee", None, None, None)]),
    ("Le ministère de la Construction demande aux services de la construction de conseiller les autorités locales.",
     "fr", [("DOC", "assignee", "MOC", None, None)]),
    # look-alikes read before: the singular department, the Vietnamese plural
    ("The People's Committee of Dong Thap province requested the Department of Construction to review the dykes.",
     "en", [("DOC@87", "assignee", "PPC@87", None, None)]),
    ("Bộ Xây dựng chỉ đạo các Sở Xây dựng tham mưu cho chính quyền địa phương.", "vi",
     [("MOC", "assignee", None, None, None), ("DOC", "assignee", None, None, None)]),
])
def test_the_provinces_departments_by_their_field(text, lang, expected):
    assert rows(text, lang) == expected
