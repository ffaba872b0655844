"""Stop 41's left classes, English (issue #13; helper left34en, not blind): the English forms stop 41's closing note and
left34vien left open (docs/quality.md ``### Stop 41's left classes, English``). New sentences (none copied from a page),
each class with look-alikes that must not fire."""
from __future__ import annotations

import pytest

from tests.assign_cases import rows_reader

_rows = rows_reader(published="2025-10-01")


# --- 5. `The duties of X include:` + items: X's task (en:heldout32b, Lam Dong's DAE) -------------------------------

@pytest.mark.parametrize("text,lang,expected", [
    ("The Nghe An Provincial People's Committee has issued a plan on rural roads. The duties of the Department of "
     "Construction include: Reviewing the damaged roads; reporting to the Provincial People's Committee.", "en",
     [("DOC@40", "assignee", "PPC@40", None)]),
    ("The Nghe An Provincial People's Committee has issued a plan on school meals. Duties of the Department of Health "
     "include: inspecting the school kitchens before December 15, 2025.", "en",
     [("DOH@40", "assignee", "PPC@40", "2025-12-15")]),
    # look-alikes: a body listed after `include:` is no subject; members or a past discussion of the duties are no task
    ("The Nghe An Provincial People's Committee has issued a plan on rural roads. Localities with many damaged roads "
     "include: Do Luong district and Yen Thanh district.", "en", []),
    ("The Nghe An Provincial People's Committee has issued a plan on rural roads. The duties of the Department of "
     "Construction were discussed at the meeting.", "en", []),
    ("The Nghe An Provincial People's Committee has issued a plan on rural roads. Members of the Department of "
     "Construction include: three engineers.", "en", []),
])
def test_duties_of_a_body_include(text, lang, expected):
    assert sorted(_rows(text, lang), key=str) == sorted(expected, key=str)


# --- 3. a proposal to a superior and the bodies under it: no task (stop 42's ruling; en:heldout27 baosonla) ---------

@pytest.mark.parametrize("text,lang,expected", [
    ("The district People's Committee proposed the provincial People's Committee and departments review the dikes.",
     "en", []),
    ("The Dien Bien district People's Committee proposed that the provincial People's Committee and departments "
     "assess the landslide risk.", "en", []),
    ("UBND huyện Mường Nhé đề xuất UBND tỉnh Điện Biên và các sở, ngành rà soát, đánh giá nguy cơ sạt lở.", "vi", []),
    ("Le Comité populaire du district de Muong Nhe a proposé au Comité populaire provincial de Dien Bien et aux "
     "départements d'évaluer les risques de glissements de terrain.", "fr", []),
    # look-alikes: the committee asking its police and departments tasks both; a committee's proposal to bodies below
    # it (no superior asked) tasks them as before
    ("The Dien Bien Provincial People's Committee requested the provincial police and departments to review the dikes.",
     "en", [("PPS@11", "assignee", "PPC@11", None), ("DEPARTMENTS@11", "assignee", "PPC@11", None)]),
    ("The Chairman of the Dien Bien Provincial People's Committee proposed that departments and district People's "
     "Committees review the dikes.", "en",
     [("DEPARTMENTS@11", "assignee", "PPC@11", None), ("DPC@11", "assignee", "PPC@11", None)]),
    ("UBND tỉnh Điện Biên yêu cầu Công an tỉnh và các sở, ngành rà soát nguy cơ sạt lở.", "vi",
     [("PPS@11", "assignee", "PPC@11", None), ("DEPARTMENTS@11", "assignee", "PPC@11", None)]),
])
def test_proposal_to_a_superior_and_its_bodies(text, lang, expected):
    assert sorted(_rows(text, lang), key=str) == sorted(expected, key=str)


# --- 1. a dispatch's list item over an unlabelled line under its assigning colon: the item's body's row, its date -----

_kinds = rows_reader("agency_id", "role", published="2025-07-25")
_dated = rows_reader("agency_id", "deadline", published="2025-07-25")

_DISPATCH_EN = (
    "The dispatch states: the Provincial People's Committee requests departments, branches and localities to carry out "
    "the following contents:\nPeople's Committees of communes and wards: Continue to review the damage caused by the "
    "storm; arrange local budgets to support affected households.\n{line}\nDepartment of Construction: Direct the "
    "repair of damaged roads.")
_DISPATCH_VI = (
    "Công điện nêu rõ: UBND tỉnh yêu cầu các sở, ngành, địa phương thực hiện các nội dung sau:\nUBND các xã, phường: "
    "Tiếp tục kiểm đếm thiệt hại do bão gây ra; bố trí ngân sách địa phương hỗ trợ các hộ bị ảnh hưởng.\n{line}\nSở Xây "
    "dựng: Chỉ đạo sửa chữa các tuyến đường bị hư hỏng.")


# (the English dispatch's `localities` after July 2025 are the communes too: one CPC row of the colon line)
@pytest.mark.parametrize("text,lang,communes,day", [
    (_DISPATCH_EN.format(line="Synthesize the report on the damage caused by the storm before 5:00 p.m. on July 28, "
                              "2025."), "en", 3, ("CPC", "2025-07-28")),
    (_DISPATCH_EN.format(line="Synthesize the report on the storm and proposed solutions to the Department of "
                              "Agriculture and Environment before 5:00 p.m. on July 28, 2025."), "en", 3,
     ("CPC", "2025-07-28")),
    (_DISPATCH_VI.format(line="Rà soát, báo cáo tình hình thiệt hại trước 17 giờ ngày 28/7/2025."), "vi", 2,
     ("CPC", "2025-07-28")),
    # look-alikes: the same line after an item written as a sentence (no label under a colon) is a new paragraph: no
    # row (stop 42); a line under the colon line itself opens no item
    ("The Provincial People's Committee requests People's Committees of communes and wards to continue to review the "
     "damage.\nSynthesize the report on the damage before 5:00 p.m. on July 28, 2025.", "en", 1, None),
    ("UBND tỉnh yêu cầu UBND các xã, phường tiếp tục kiểm đếm thiệt hại do bão gây ra.\nRà soát, báo cáo tình hình "
     "thiệt hại trước 17 giờ ngày 28/7/2025.", "vi", 1, None),
    ("The Provincial People's Committee requests the following contents:\nSynthesize the report on the damage before "
     "5:00 p.m. on July 28, 2025.", "en", 0, None),
])
def test_dispatch_item_over_an_unlabelled_line(text, lang, communes, day):
    found = _kinds(text, lang)
    # the unlabelled line's row is the item's body's, the line's own day its date; the item keeps its own (none)
    assert found.count(("CPC", "assignee")) == communes
    assert all(kind == ("CPC", "assignee") for kind in found if kind[0] not in ("DEPARTMENTS", "DOC"))
    dated = _dated(text, lang)
    if day:
        assert dated.count(day) == 1 and dated.count(("CPC", None)) == communes - 1
