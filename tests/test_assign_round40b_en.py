"""Round 40b's error classes of English assignments (docs/quality.md "Round 40b (blind, real public pages):
assignments en"), fixed as general rules. New sentences written for these tests, one literal case a line, with the
look-alikes that must stay as they were."""
from __future__ import annotations

import pytest

from tests.assign_cases import rows_reader

_2025 = rows_reader("agency_id", "role", "assigned_by", "deadline", published="2025-12-10")
_2020 = rows_reader("agency_id", "role", "assigned_by", published="2020-12-04")
_2024 = rows_reader("agency_id", "role", "assigned_by", published="2024-07-24")


@pytest.mark.parametrize("text, lang, expected", [
    # the class: the assigning line asks its first body before a colon inside the line, its task after it; the label
    # lines below it ("Department of Construction: …") and the lines an item runs over are items of that list
    ("The Chairman of the Hanoi People's Committee requested the Department of Health: Inspect the clinics.\n"
     "Department of Finance: Allocate the funds; complete in December 2025.", "en",
     [("DOH@01", "assignee", "PPC@01", None), ("DOF@01", "assignee", "PPC@01", "2025-12")]),
    ("The Chairman of the Hanoi People's Committee requested the Department of Health: Inspect the clinics.\n"
     "Department of Finance: Allocate the funds.\n"
     "Preside over and coordinate with Hanoi Police to check the markets.", "en",
     [("DOH@01", "assignee", "PPC@01", None), ("DOF@01", "assignee", "PPC@01", None),
      ("DOF@01", "lead", "PPC@01", None), ("PPS@01", "coordinate", "PPC@01", None)]),
    ("Chủ tịch UBND thành phố Hà Nội yêu cầu Sở Y tế: Kiểm tra các phòng khám.\n"
     "Sở Tài chính: Bố trí kinh phí; hoàn thành trong tháng 12/2025.", "vi",
     [("DOH@01", "assignee", "PPC@01", None), ("DOF@01", "assignee", "PPC@01", "2025-12")]),
    # look-alikes: a colon line that asks no one; a colon far after the asking verb (a whole clause between)
    ("The Hanoi People's Committee reported the results of the year: Many clinics were inspected.\n"
     "Department of Finance: Allocate the funds.", "en", []),
    ("The Chairman of the Hanoi People's Committee requested the Department of Health to inspect the clinics in every "
     "district and every ward of the city before the holiday season starts this year, noting: Many were found.\n"
     "Department of Finance: Allocate the funds.", "en", [("DOH@01", "assignee", "PPC@01", None)]),
])
def test_an_assigning_colon_inside_its_line(text, lang, expected):
    assert _2025(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # the class: a gerund (`Guiding …`) opening a bare continuation of the item in its paragraph
    ("The Hanoi People's Committee asked the Department of Construction to inspect the sites. Guiding investors to "
     "cover the waste; completed in December 2025.", "en",
     [("DOC@01", "assignee", "PPC@01", None), ("DOC@01", "assignee", "PPC@01", "2025-12")]),
    # look-alikes: the words as a noun phrase, or on a new line (a paragraph break, stop 42), give no row
    ("The Hanoi People's Committee asked the Department of Construction to inspect the sites. Guiding principles are "
     "set out in the law.", "en", [("DOC@01", "assignee", "PPC@01", None)]),
    ("The Hanoi People's Committee asked the Department of Construction to inspect the sites.\nGuiding investors to "
     "cover the waste.", "en", [("DOC@01", "assignee", "PPC@01", None)]),
])
def test_guiding_continues_an_item(text, lang, expected):
    assert _2025(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # the class: `the provincial government` is the province's committee, an `official note` a directing document,
    # `the provincial department for culture …` (a level word before the department, `for` in its name) the department,
    # `concerning local authorities` its partners
    ("The Ha Tinh provincial government issued an official note on festivals. The provincial department for culture, "
     "sport and tourism will collaborate with concerning local authorities in guiding the festivals.", "en",
     [("DOCST@42", "assignee", "PPC@42"), ("DPC@42", "coordinate", "PPC@42")]),
    ("The provincial government of Ha Tinh issued an official letter on festivals. The provincial Department of Health "
     "will inspect the food stalls.", "en", [("DOH@42", "assignee", "PPC@42")]),
    ("Le Comité populaire de la province de Ha Tinh a publié une note officielle. Le Service de la santé inspectera "
     "les stands.", "fr", [("DOH@42", "assignee", "PPC@42")]),
    # look-alikes: a report of the department's past work, a note that is no document, a national text's provincial
    # governments (the provinces)
    ("The Ha Tinh provincial government issued an official note on festivals. The provincial Department of Health "
     "inspected the food stalls last year.", "en", []),
    ("The Ha Tinh provincial government said in a note that the provincial Department of Health inspected the stalls.",
     "en", []),
    ("The Prime Minister said provincial governments are required to publish the land prices.", "en",
     [("PROVINCES", "assignee", "PM")]),
])
def test_a_provincial_government_note_and_its_department(text, lang, expected):
    assert _2020(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # the class: provinces named once each in a report, the text's own named once too, with one of its districts
    ("Directive on swine fever\nThe Chairman of the Provincial People's Committee directed: the People's Committees of "
     "districts shall cull the "
     "sick pigs. The ministry reported outbreaks in Lang Son, Quang Ninh and Son La. In Quang Tri, on May 3, 2024, the "
     "disease hit Tan Long commune, Huong Hoa district.", "en",
     [("DPC@45", "assignee", "PPC@45")]),
    ("Chỉ thị về dịch tả lợn\nChủ tịch UBND tỉnh chỉ đạo: UBND các huyện tiêu hủy lợn bệnh. Bộ báo cáo dịch tại Lạng "
     "Sơn, Quảng Ninh, Sơn La. "
     "Tại Quảng Trị, ngày 3/5/2024, dịch xảy ra ở xã Tân Long, huyện Hướng Hóa.", "vi",
     [("DPC@45", "assignee", "PPC@45")]),
    # look-alikes: the district of a province not named most keeps the tie; no district named keeps it too
    ("Directive on swine fever\nThe Chairman of the Provincial People's Committee directed: the People's Committees of "
     "districts shall cull the "
     "sick pigs. The ministry reported outbreaks in Lang Son, Quang Ninh and Son La, and in Quang Ninh again. The "
     "disease hit Huong Hoa district.", "en", [("DPC@22", "assignee", "PPC@22")]),
    ("Directive on swine fever\nThe Chairman of the Provincial People's Committee directed: the People's Committees of "
     "districts shall cull the "
     "sick pigs. The ministry reported outbreaks in Lang Son, Quang Ninh and Son La. In Quang Tri, the disease "
     "spread.", "en", [("DPC", "assignee", "PPC")]),
])
def test_a_tie_of_provinces_broken_by_a_named_district(text, lang, expected):
    assert _2024(text, lang) == expected
