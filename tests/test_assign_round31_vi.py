"""Round 31's Vietnamese assignment classes (issue #13), new sentences written for the tests (no page's sentence), with
look-alikes that must not fire:

- a bare ``Sở`` opening its clause right before an asking verb (``Sở đề nghị …``, ``Sở yêu cầu …``) is the province's
  department named last within reach, the asker of the bodies after it, as the bare ``Bộ`` a ministry (round 29b;
  grammar's ``bodies_named_again``); so a department's bare ``các địa phương`` gives no row (the Vietnamese reading
  of a provincial body's unnamed localities) where it gave a row of the country's provinces with no asker;
- ``UBND tỉnh, thành phố`` written without ``các`` (a ministry's letter: ``Bộ Y tế đề nghị Ủy ban nhân dân tỉnh,
  thành phố …``) is the provinces, as ``UBND các tỉnh, thành phố`` (nlp/lang/vi/agencies.csv PROVINCES), not one
  province's committee;
- ``các sở ngành chức năng`` (the departments with their qualifier, no comma) is the departments as a whole and a
  list goes on after it (``… và UBND các quận, huyện liên quan``: the district committees are partners too), as
  ``các sở ngành liên quan`` (nlp/lang/vi/agencies.csv DEPARTMENTS);
- a request with no subject after a fronted phrase (``Theo đó, với …, giao Sở Xây dựng chủ trì …``) and no asker
  before it is the People's Committee its task reports to in its own sentence (``…, báo cáo UBND TP trước ngày
  15-12``; grammar's ``report_to_words``, extract/assign/askers.py ``_committee_reported_to``), where it had none.

English and French read a department named again as the asker already (``The department asked …``, ``Le service a
demandé …``; the cases at the end hold them); they write no singular level pair for the provinces nor the
qualifier ``chức năng``.
"""
from __future__ import annotations

import pytest

from tests.assign_cases import rows_reader

_rows = rows_reader(published="2025-10-01")
_old = rows_reader(published="2021-08-01")
_bodies = rows_reader("agency_id", "role", "assigned_by", published="2021-08-01")

BARE_DEPARTMENT_ASKS = [
    ("Sở Y tế tỉnh Lào Cai có văn bản gửi các bệnh viện về phòng chống sốt xuất huyết. Sở đề nghị UBND các xã, phường "
     "tăng cường giám sát ổ dịch.",
     [("CPC@15", "assignee", "DOH@15", None)]),
    ("Sở Tài chính tỉnh Lào Cai vừa có công văn về dự toán năm 2026. Sở yêu cầu UBND các xã, phường gửi báo cáo.",
     [("CPC@15", "assignee", "DOF@15", None)]),
    # the department's bare localities: no row once its asker is read (the unnamed localities of a province)
    ("Sở Nông nghiệp và Môi trường tỉnh Lào Cai đề nghị UBND các xã rà soát đất lúa. Sở đề nghị các địa phương hoàn "
     "thành trước ngày 15/11/2025.",
     [("CPC@15", "assignee", "DAE@15", None)]),
    # look-alikes: a facility or an office written with the word, no department named before
    ("Sở Y tế tỉnh Lào Cai có văn bản gửi các bệnh viện. Các cơ sở đề nghị UBND các xã, phường hỗ trợ nhân lực.",
     [("CPC@15", "assignee", None, None)]),
    ("Sở Y tế tỉnh Lào Cai có văn bản gửi các bệnh viện. Trụ sở yêu cầu UBND các xã, phường hỗ trợ nhân lực.",
     [("CPC@15", "assignee", None, None)]),
    ("Bộ Y tế vừa có văn bản về sốt xuất huyết. Sở đề nghị các địa phương tăng cường giám sát.",
     [("PROVINCES", "assignee", None, None)]),
]

SINGULAR_LEVEL_PAIR_OF_PROVINCES = [
    ("Bộ Y tế đề nghị Ủy ban nhân dân tỉnh, thành phố tập trung chỉ đạo phòng chống dịch.",
     [("PROVINCES", "assignee", "MOH", None)]),
    ("Bộ Tài chính đề nghị UBND tỉnh, thành phố trực thuộc Trung ương rà soát tài sản công dôi dư.",
     [("PROVINCES", "assignee", "MOF", None)]),
    ("Bộ Giáo dục và Đào tạo đề nghị UBND tỉnh, thành phố, các đại học chuẩn bị kỳ thi.",
     [("PROVINCES", "assignee", "MOET", None)]),
    # look-alikes: one province's committee, the district level's own pair, the committee and a department
    ("Bộ Y tế đề nghị UBND tỉnh Lào Cai tập trung chỉ đạo phòng chống dịch.",
     [("PPC@15", "assignee", "MOH", None)]),
    ("UBND tỉnh Lào Cai giao Chủ tịch UBND huyện, thành phố xây dựng kế hoạch duy trì trường chuẩn.",
     [("DPC@15", "assignee", "PPC@15", None)]),
    ("Bộ Y tế đề nghị UBND tỉnh, Sở Y tế tỉnh Lào Cai tập trung chỉ đạo phòng chống dịch.",
     [("PPC@15", "assignee", "MOH", None), ("DOH@15", "assignee", "MOH", None)]),
]

DEPARTMENTS_WITH_THEIR_QUALIFIER = [
    ("UBND tỉnh Lâm Đồng giao Sở Xây dựng chủ trì, phối hợp với các sở ngành chức năng và UBND các huyện liên quan rà "
     "soát công trình vi phạm.",
     [("DOC@68", "lead", "PPC@68", None), ("DEPARTMENTS@68", "coordinate", "PPC@68", None),
      ("DPC@68", "coordinate", "PPC@68", None)]),
    ("UBND tỉnh Lâm Đồng yêu cầu các sở ngành chức năng tăng cường kiểm tra trật tự xây dựng.",
     [("DEPARTMENTS@68", "assignee", "PPC@68", None)]),
    # look-alike: the departments' leaders attending, no task
    ("Lãnh đạo các sở ngành chức năng của tỉnh Lâm Đồng dự buổi làm việc.", []),
]

ASKER_REPORTED_TO = [
    ("Theo đó, với các dự án chậm tiến độ trên địa bàn, giao Sở Tài chính chủ trì, phối hợp với UBND các huyện rà "
     "soát, báo cáo UBND tỉnh Lâm Đồng trước ngày 20/11/2024.",
     [("DOF@68", "lead", "PPC@68", "2024-11-20"), ("DPC@68", "coordinate", "PPC@68", "2024-11-20")]),
    ("Đối với các công trình vi phạm thuộc thẩm quyền của thành phố, giao Sở Xây dựng chủ trì xử lý, báo cáo UBND "
     "thành phố Cần Thơ trước ngày 15/12/2024.",
     [("DOC@92", "lead", "PPC@92", "2024-12-15")]),
    # look-alikes: the report goes to a ministry, the committee only cited, an asker before it keeps its request
    ("Theo đó, với các dự án chậm tiến độ, giao Sở Tài chính chủ trì rà soát, báo cáo Bộ Tài chính trước ngày "
     "20/11/2024.",
     [("DOF", "lead", None, "2024-11-20")]),
    ("Theo đó, với các dự án chậm tiến độ, giao Sở Tài chính chủ trì rà soát theo báo cáo của UBND tỉnh Lâm Đồng.",
     [("DOF@68", "lead", None, None)]),
    ("Thủ tướng yêu cầu Bộ Y tế rà soát. Theo đó, với các bệnh viện quá tải, giao Sở Y tế chủ trì rà soát, báo cáo UBND "
     "tỉnh trước ngày 20/11/2024.",
     [("MOH", "assignee", "PM", None), ("DOH", "lead", None, "2024-11-20")]),
]

OTHER_LANGUAGES = [
    ("en", "The Department of Agriculture and Rural Development of Khanh Hoa sent a letter to the hospitals. The "
           "department asked the district People's Committees to review the lists.",
     [("DPC@56", "assignee", "DARD@56")]),
    ("fr", "Le Département de l'agriculture et du développement rural de Khanh Hoa a envoyé une lettre aux hôpitaux. "
           "Le département a demandé aux comités populaires des districts de revoir les listes.",
     [("DPC@56", "assignee", "DARD@56")]),
]


@pytest.mark.parametrize("text, expected", BARE_DEPARTMENT_ASKS)
def test_a_bare_department_word_before_an_asking_verb_is_the_department_named_last(text, expected):
    assert _rows(text, "vi") == expected


@pytest.mark.parametrize("text, expected", SINGULAR_LEVEL_PAIR_OF_PROVINCES)
def test_the_province_and_city_pair_without_a_plural_is_the_provinces(text, expected):
    assert _rows(text, "vi") == expected


@pytest.mark.parametrize("text, expected", DEPARTMENTS_WITH_THEIR_QUALIFIER)
def test_the_departments_with_their_qualifier_and_the_list_after_them(text, expected):
    assert _old(text, "vi") == expected


@pytest.mark.parametrize("text, expected", ASKER_REPORTED_TO)
def test_a_request_with_no_subject_is_the_committee_its_task_reports_to(text, expected):
    assert _old(text, "vi") == expected


@pytest.mark.parametrize("lang, text, expected", OTHER_LANGUAGES)
def test_other_languages_read_a_department_named_again_as_the_asker_already(lang, text, expected):
    assert _bodies(text, lang) == expected
