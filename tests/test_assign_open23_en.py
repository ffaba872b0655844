"""The English assignments classes still open after round 22b (README "Open classes after round 22b (assignments en and
vi, not blind)"), fixed as general rules, data first. New sentences written for these tests, one literal case a line,
with the look-alikes that must not change."""
from __future__ import annotations

import pytest

from tests.assign_cases import rows

_DONG_THAP_LETTER = ("On June 14, the People's Committee of Dong Thap province sent a document to agencies, units and "
                     "localities to proactively respond to heavy rain. ")


@pytest.mark.parametrize("text, lang, expected", [
    # a body fronted by a topic opener, its partners before the comma, then a bare imperative (en cues.json
    # topic_task_verbs; frames._past_topic_partners)
    (_DONG_THAP_LETTER + "For the Department of Agriculture and Environment in coordination with the Dong Thap Province "
     "Hydrometeorological Station, closely monitor and warn of heavy rain.", "en",
     [("DPC@87", "assignee", "PPC@87", None, None), ("DAE@87", "assignee", "PPC@87", None, None)]),
    (_DONG_THAP_LETTER + "As for the Department of Construction, review the dykes and report to the committee.", "en",
     [("DPC@87", "assignee", "PPC@87", None, None), ("DOC@87", "assignee", "PPC@87", None, None)]),
    ("Ngày 14/6, UBND tỉnh Đồng Tháp có văn bản yêu cầu các địa phương chủ động ứng phó với mưa lớn. Đối với Sở Nông "
     "nghiệp và Môi trường phối hợp với Đài Khí tượng thủy văn tỉnh, theo dõi chặt chẽ, cảnh báo mưa lớn.", "vi",
     [("DAE@87", "assignee", "PPC@87", None, None)]),
    # look-alikes: a topic of a report, no direction under way; a noun after the comma, not a verb
    ("For the Department of Agriculture and Environment, review of the dykes was completed last year.", "en", []),
    ("The People's Committee of Dong Thap reported on the floods. For the Department of Agriculture and Environment, "
     "monitoring stations were installed.", "en", []),
    ("The People's Committee of Dong Thap reported on the floods. For the Department of Agriculture and Environment in "
     "coordination with the station, the season went well.", "en", []),
])
def test_a_fronted_body_with_its_partners_then_a_bare_imperative(text, lang, expected):
    assert rows(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a task that introduces a list of subjectless works takes the first item's date (en deadlines.json
    # first_item_dates_the_list)
    ("The Prime Minister requested the Ministry of Finance to urgently implement the following tasks:\n"
     "- Arrange chief accountants of communes that are still lacking, complete before October 5, 2025.\n"
     "- Check the working headquarters of communes.", "en",
     [("MOF", "assignee", "PM", "2025-10-05", "before")]),
    ("According to the plan, the Ministry of Home Affairs will preside over and coordinate with the Ministry of Justice "
     "to build:\n1. A resolution on administrative unit standards, to be completed in September 2025.\n2. A decree on "
     "the number of Vice Chairmen.", "en",
     [("MOHA", "lead", None, "2025-09", "in"), ("MOJ", "coordinate", None, "2025-09", "in")]),
    # look-alikes: a first item without a date leaves the task undated; Vietnamese reads the item's date as the
    # item's only (round 10's gold)
    ("The Prime Minister requested the Ministry of Finance to focus on the following tasks:\n- Arrange chief "
     "accountants of communes that are still lacking.\n- Check the headquarters before October 5, 2025.", "en",
     [("MOF", "assignee", "PM", None, None)]),
    ("Thủ tướng yêu cầu Bộ Tài chính tập trung thực hiện một số công việc sau:\n- Khẩn trương bố trí kế toán trưởng "
     "cho các xã, hoàn thành trước ngày 5/10/2025.\n- Kiểm tra trụ sở làm việc.", "vi",
     [("MOF", "assignee", "PM", None, None)]),
])
def test_the_first_items_date_is_the_listed_tasks(text, lang, expected):
    assert rows(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a phrase narrowing the bodies between a letter's addressees and their infinitive (en grammar.json
    # restrictive_complements); the text dated after the 2025 merger, so Dong Thap is 82 and its localities communes
    ("On October 22, 2025, the People's Committee of Dong Thap issued an official dispatch to departments, sectors, and "
     "localities with fishing vessels to concentrate all resources on the peak month against IUU fishing.", "en",
     [("DEPARTMENTS@82", "assignee", "PPC@82", None, None), ("CPC@82", "assignee", "PPC@82", None, None)]),
    ("On October 22, 2025, the People's Committee of Dong Thap sent a document to localities with coastal dykes to "
     "inspect the works before the storm.", "en", [("CPC@82", "assignee", "PPC@82", None, None)]),
    # look-alikes: the narrowing phrase without an infinitive; a thing sent with the letter, the infinitive its purpose
    ("On October 22, 2025, the People's Committee of Dong Thap issued an official dispatch to departments, sectors, and "
     "localities with fishing vessels.", "en", []),
    ("On October 22, 2025, the People's Committee of Dong Thap issued an official dispatch to departments, sectors, and "
     "localities with a plan to fight IUU fishing.", "en", []),
])
def test_a_narrowing_with_phrase_between_a_letters_addressees_and_their_infinitive(text, lang, expected):
    assert rows(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # the commune chairmen after public service units in a long list of addressees (en and vi cues.json list_skips)
    ("On December 1, 2025, the Hung Yen Provincial People's Committee requests heads of departments, branches, sectors, "
     "public service units, Chairmen of Commune and Ward People's Committees and Directors of state-owned enterprises "
     "to study and disseminate relevant documents.", "en",
     [("DEPARTMENTS@33", "assignee", "PPC@33", None, None), ("CPC@33", "assignee", "PPC@33", None, None)]),
    ("Ngày 1/12/2025, UBND tỉnh Hưng Yên yêu cầu Thủ trưởng các sở, ban, ngành, đơn vị sự nghiệp công lập, Chủ tịch "
     "UBND các xã, phường và Giám đốc các doanh nghiệp nhà nước nghiên cứu, phổ biến các văn bản liên quan.", "vi",
     [("DEPARTMENTS@33", "assignee", "PPC@33", None, None), ("CPC@33", "assignee", "PPC@33", None, None)]),
    # a later sentence of bare agencies and units with their own modal: its date is theirs (en cues.json
    # other_party_subjects), not the chairmen's
    ("On December 1, 2025, the Hung Yen Provincial People's Committee requests Chairmen of Commune and Ward People's "
     "Committees to study the relevant documents. Agencies and units must reorganize public service units; urgent "
     "tasks must be completed in December 2025.", "en", [("CPC@33", "assignee", "PPC@33", None, None)]),
    # look-alikes: the units alone are no body; the task's own later sentence keeps its date
    ("On December 1, 2025, the Hung Yen Provincial People's Committee requests public service units to study the "
     "relevant documents.", "en", []),
    ("On December 1, 2025, the Hung Yen Provincial People's Committee requests Chairmen of Commune and Ward People's "
     "Committees to study the relevant documents. The work must be completed in December 2025.", "en",
     [("CPC@33", "assignee", "PPC@33", "2025-12", "in")]),
])
def test_commune_chairmen_late_in_a_long_list_and_a_later_bare_subjects_date(text, lang, expected):
    assert rows(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # bare sectors of a province's text are its departments (en grammar.json provincial_sector_names: sectors)
    ("The Chairman of the Provincial People's Committee requested the Department of Finance to review the budget. "
     "Sectors and localities need to improve the quality of handling administrative procedures.", "en",
     [("DOF", "assignee", "PPC", None, None), ("DEPARTMENTS", "assignee", "PPC", None, None),
      ("DPC", "assignee", "PPC", None, None)]),
    # look-alikes: in a central text the sectors stay unread; sectors of the economy are no body
    ("The Ministry of Health held a meeting on vaccines. Sectors and localities need to improve the quality of "
     "services.", "en", [("PROVINCES", "assignee", None, None, None)]),
    ("The Chairman of the Provincial People's Committee requested the Department of Finance to review the budget. "
     "Economic sectors grew by 5 percent.", "en", [("DOF", "assignee", "PPC", None, None)]),
])
def test_bare_sectors_of_a_provinces_text_are_its_departments(text, lang, expected):
    assert rows(text, lang) == expected
